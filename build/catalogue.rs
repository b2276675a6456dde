//! The messages of one shipped catalogue (i18n/*.ftl), while building: the
//! command line's words for the man page and completions, and the program's
//! table of plain messages (those without placeables) with the rest of the
//! catalogue beside it for Fluent.

use std::collections::HashMap;

use fluent_syntax::ast::{Entry, PatternElement};

/// Every plain message of the catalogue at `path`, by id.
pub fn plain_messages(path: &str) -> HashMap<String, &'static str> {
    let text = std::fs::read_to_string(path).expect("the catalogue is readable");
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{path} does not parse: {errors:?}"),
    };
    let mut messages = HashMap::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(pattern) = message.value else {
            continue;
        };
        let mut words = String::new();
        let plain = pattern.elements.iter().all(|element| match element {
            PatternElement::TextElement { value } => {
                words.push_str(value);
                true
            }
            PatternElement::Placeable { .. } => false,
        });
        if plain {
            // A build script lives for one build: these stay until it ends.
            messages.insert(message.id.name.to_owned(), &*words.leak());
        }
    }
    messages
}

/// The catalogue at `path` without its plain messages: the terms and the
/// messages with placeables, which the program formats with Fluent. The
/// plain ones it takes from a table made here, so that Fluent never holds
/// them (0.7 MiB of the window's memory and 2 ms of its start when it did).
/// Entries are cut from the text as written: each starts at the beginning
/// of a line, and every line it continues on starts with a space (or is
/// empty).
pub fn without_plain(path: &str, plain: &HashMap<String, &'static str>) -> String {
    let text = std::fs::read_to_string(path).expect("the catalogue is readable");
    let cut = |referenced: &[String]| {
        let mut kept = String::new();
        let mut keeping = false;
        for line in text.split_inclusive('\n') {
            if line.starts_with(|c: char| !c.is_whitespace()) {
                let id = line.split('=').next().unwrap_or_default().trim();
                // Comments go; terms stay, as messages may use them.
                keeping = !line.starts_with('#')
                    && (!plain.contains_key(id) || referenced.iter().any(|r| r == id));
            }
            if keeping {
                kept.push_str(line);
            }
        }
        kept
    };
    // Plain messages that a kept one names (`{ file-word-saved }`) stay too.
    let referenced = references(&cut(&[]));
    let kept = cut(&referenced);
    // What was cut must be exactly the other plain messages.
    let resource = fluent_syntax::parser::parse(kept.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path} without its plain messages: {errors:?}"));
    let all = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let ids = |body: &[Entry<&str>]| -> Vec<String> {
        body.iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some(message.id.name.to_owned()),
                Entry::Term(term) => Some(format!("-{}", term.id.name)),
                _ => None,
            })
            .collect()
    };
    let expected: Vec<String> = ids(&all.body)
        .into_iter()
        .filter(|id| !plain.contains_key(id) || referenced.contains(id))
        .collect();
    assert_eq!(
        ids(&resource.body),
        expected,
        "{path}: the cut kept other entries"
    );
    kept
}

/// The messages named in placeables: `{ id }`, `{id.attribute}`.
fn references(text: &str) -> Vec<String> {
    text.split('{')
        .skip(1)
        .filter_map(|after| {
            let id: String = after
                .trim_start()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            id.starts_with(|c: char| c.is_ascii_alphabetic())
                .then_some(id)
        })
        .collect()
}

/// Rust source for a table of the plain messages, sorted by id.
pub fn plain_table(plain: &HashMap<String, &'static str>) -> String {
    let mut entries: Vec<_> = plain.iter().collect();
    entries.sort();
    let mut source = String::from("&[\n");
    for (id, text) in entries {
        source.push_str(&format!("    ({id:?}, {text:?}),\n"));
    }
    source.push(']');
    source
}
