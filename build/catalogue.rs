//! The messages of one shipped catalogue (i18n/*.ftl), for the command
//! line's words while building: the program reads the same files through
//! fluent-bundle. Only plain messages are taken; the command line's have no
//! placeables.

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
