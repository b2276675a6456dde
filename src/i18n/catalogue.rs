//! The Fluent bundles, one per language, built the first time they are
//! needed; messages without arguments are formatted once and kept.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// A value for a message's placeable: a number (which also picks the
/// plural form) or text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Arg {
            fn from(value: $kind) -> Arg {
                // Counts in Steady are far below 2^53: exact as f64.
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i32, i64, f32, f64);

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

type Bundle = FluentBundle<FluentResource>;

fn slot(language: Language) -> usize {
    match language {
        Language::English => 0,
        Language::German => 1,
    }
}

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    BUNDLES[slot(language)].get_or_init(|| build(language))
}

fn build(language: Language) -> Bundle {
    // A catalogue with a mistake keeps its good messages; the catalogue
    // test fails on any mistake, so a shipped one has none.
    let resource = FluentResource::try_new(language.catalogue().to_owned())
        .unwrap_or_else(|(resource, _)| resource);
    let tag = language
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No invisible direction marks around values: both languages run left
    // to right, and the window's font would draw the marks as boxes.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Every message of the catalogue formatted without arguments.
fn plain_messages(language: Language) -> &'static HashMap<String, String> {
    static PLAIN: [OnceLock<HashMap<String, String>>; 2] = [OnceLock::new(), OnceLock::new()];
    PLAIN[slot(language)].get_or_init(|| {
        let bundle = bundle(language);
        let resource = FluentResource::try_new(language.catalogue().to_owned())
            .unwrap_or_else(|(resource, _)| resource);
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
                _ => None,
            })
            .filter_map(|id| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                Some((id.to_owned(), text.into_owned()))
            })
            .collect()
    })
}

pub fn plain(language: Language, id: &'static str) -> &'static str {
    plain_messages(language).get(id).map_or(id, String::as_str)
}

pub fn format(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Text(text) => FluentValue::from(text.clone()),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}
