//! The messages of each language: plain ones from a table built into the
//! binary, the others from a Fluent bundle built the first time one is
//! needed.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

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

/// Each language's plain messages (no placeables), sorted by id, and the
/// rest of its catalogue: the terms and the messages with placeables. Both
/// are made from `i18n/*.ftl` by build.rs (build/catalogue.rs): plain
/// messages are text as they stand, so they are looked up where they lie in
/// the binary and Fluent parses and holds only the rest.
struct Shipped {
    plain: &'static [(&'static str, &'static str)],
    rich: &'static str,
}

fn shipped(language: Language) -> Shipped {
    match language {
        Language::English => Shipped {
            plain: include!(concat!(env!("OUT_DIR"), "/plain.en.rs")),
            rich: include_str!(concat!(env!("OUT_DIR"), "/rich.en.ftl")),
        },
        Language::German => Shipped {
            plain: include!(concat!(env!("OUT_DIR"), "/plain.de.rs")),
            rich: include_str!(concat!(env!("OUT_DIR"), "/rich.de.ftl")),
        },
    }
}

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
    let resource = FluentResource::try_new(shipped(language).rich.to_owned())
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

/// A plain message as it lies in the binary.
fn plain_text(language: Language, id: &str) -> Option<&'static str> {
    let plain = shipped(language).plain;
    plain
        .binary_search_by(|(key, _)| (*key).cmp(id))
        .ok()
        .map(|index| plain[index].1)
}

/// Messages with placeables asked for without arguments (those that only
/// name a term), each formatted once.
fn formatted_once(language: Language, id: &'static str) -> &'static str {
    static FORMATTED: [OnceLock<Mutex<HashMap<&'static str, &'static str>>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let cache = FORMATTED[slot(language)].get_or_init(Mutex::default);
    let mut cache = cache.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(text) = cache.get(id) {
        return text;
    }
    let Some(pattern) = bundle(language).get_message(id).and_then(|m| m.value()) else {
        return id;
    };
    let mut errors = Vec::new();
    let text = bundle(language).format_pattern(pattern, None, &mut errors);
    // Kept for the rest of the run, as `t!` gives `&'static str`: at most
    // one string per message id in the catalogue.
    let text: &'static str = Box::leak(text.into_owned().into_boxed_str());
    cache.insert(id, text);
    text
}

pub fn plain(language: Language, id: &'static str) -> &'static str {
    plain_text(language, id).unwrap_or_else(|| formatted_once(language, id))
}

pub fn format(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        // A plain message has nothing to put the arguments in.
        return plain_text(language, id).unwrap_or(id).to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args(args)), &mut errors)
        .into_owned()
}

fn fluent_args<'a>(args: &[(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Text(text) => FluentValue::from(text.clone()),
        };
        fluent_args.set(*name, value);
    }
    fluent_args
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bundle of the whole catalogue as written, as the program used
    /// before plain messages became a table.
    fn whole(language: Language) -> Bundle {
        let resource = FluentResource::try_new(language.catalogue().to_owned())
            .unwrap_or_else(|(resource, _)| resource);
        let mut bundle = FluentBundle::new_concurrent(vec![language
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default())]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    }

    fn ids(language: Language) -> Vec<&'static str> {
        let resource = fluent_syntax::parser::parse(language.catalogue())
            .unwrap_or_else(|(resource, _)| resource);
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_message_reads_as_the_whole_catalogue_gives_it() {
        let samples: [&[(&str, Arg)]; 3] = [
            &[("count", Arg::Number(1.0)), ("name", Arg::from("Ana"))],
            &[("count", Arg::Number(3.0)), ("minutes", Arg::Number(2.0))],
            &[("seconds", Arg::Number(0.5)), ("title", Arg::from("Box"))],
        ];
        for language in Language::ALL {
            let whole = whole(language);
            let ids = ids(language);
            assert!(ids.len() > 500, "{language:?}: {} messages", ids.len());
            for id in ids {
                let Some(pattern) = whole.get_message(id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errors = Vec::new();
                let expected = whole.format_pattern(pattern, None, &mut errors);
                assert_eq!(plain(language, id), expected, "{language:?} {id}");
                for args in samples {
                    let expected =
                        whole.format_pattern(pattern, Some(&fluent_args(args)), &mut errors);
                    assert_eq!(format(language, id, args), expected, "{language:?} {id}");
                }
            }
        }
    }

    #[test]
    fn fluent_holds_only_what_has_placeables() {
        for language in Language::ALL {
            let shipped = shipped(language);
            assert!(shipped.plain.windows(2).all(|pair| pair[0].0 < pair[1].0));
            assert!(shipped.plain.len() > 400, "{language:?}");
            // The cut keeps well under half of the catalogue's text.
            assert!(
                shipped.rich.len() * 2 < language.catalogue().len(),
                "{language:?}"
            );
            assert!(plain_text(language, "no-such-message").is_none());
        }
    }
}
