//! Text → `Exercise`, with every failure pointing at a line and column.

use ron::extensions::Extensions;

use super::{locate, validate, Exercise};
use crate::error::Error;

/// Parses and validates an exercise file's text; the first problem if any.
pub fn parse(text: &str) -> Result<Exercise, Error> {
    parse_all(text).map_err(|mut errors| errors.remove(0))
}

/// Parses and validates, reporting every validation problem at once (a
/// syntax error stops parsing, so it comes alone). Never an empty list.
pub fn parse_all(text: &str) -> Result<Exercise, Vec<Error>> {
    let exercise = parse_unvalidated(text).map_err(|error| vec![error])?;
    validate(&exercise).map_err(|problems| {
        let positions = locate::field_positions(text);
        problems
            .into_iter()
            .map(|problem| {
                let (line, column) = best_position(&positions, &problem.place);
                Error::Invalid {
                    place: problem.place,
                    message: problem.message,
                    line,
                    column,
                }
            })
            .collect::<Vec<_>>()
    })?;
    Ok(exercise)
}

/// Parses raw bytes: anything that is not UTF-8 is reported where it starts.
pub fn parse_bytes(bytes: &[u8]) -> Result<Exercise, Vec<Error>> {
    parse_all(as_text(bytes).map_err(|error| vec![error])?)
}

/// The bytes as text, or a positioned error where they stop being UTF-8.
pub fn as_text(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let (line, column) = end_position(&String::from_utf8_lossy(valid));
        Error::Parse {
            line,
            column,
            message: crate::t!("problem-not-text").into(),
        }
    })
}

/// The RON options every Steady file is read with.
pub fn options() -> ron::Options {
    // `Tone(hz: 440, ...)` rather than `Tone((hz: 440, ...))`.
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Parses without the validation rules; used by tests and tools.
pub fn parse_unvalidated(text: &str) -> Result<Exercise, Error> {
    from_ron(text)
}

/// Any Steady RON type from text, with a clamped position on failure.
pub fn from_ron<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Error> {
    options().from_str::<T>(text).map_err(|error| {
        let (line, column) = clamp(text, error.span.start.line, error.span.start.col);
        Error::Parse {
            line,
            column,
            message: super::syntax_words::words(&error.code),
        }
    })
}

/// The position of the field `place`, or of its closest enclosing field.
fn best_position(
    positions: &std::collections::HashMap<String, (usize, usize)>,
    place: &str,
) -> (usize, usize) {
    let mut candidate = place;
    loop {
        if let Some(&(line, column)) = positions.get(candidate) {
            return (line, column);
        }
        match candidate.rfind(['.', '[']) {
            Some(cut) => candidate = &candidate[..cut],
            None => return (1, 1),
        }
    }
}

/// Keeps a reported position inside the text (ron may point one past the end).
fn clamp(text: &str, line: usize, column: usize) -> (usize, usize) {
    let lines: Vec<&str> = text.split('\n').collect();
    let line = line.clamp(1, lines.len());
    let width = lines[line - 1].chars().count();
    (line, column.clamp(1, width + 1))
}

fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

/// A validation-style error about `place`, positioned in `text`.
pub fn invalid_at(text: &str, place: &str, message: String) -> Error {
    let (line, column) = best_position(&locate::field_positions(text), place);
    Error::Invalid {
        place: place.to_owned(),
        message,
        line,
        column,
    }
}

/// The position of a quoted name's first mention in `text` (for cue problems).
pub fn position_of_name(text: &str, name: &str) -> Option<(usize, usize)> {
    let offset = text.find(&format!("\"{name}\""))?;
    Some(end_position(&text[..offset]))
}
