//! Text → `Exercise`, with every failure pointing at a line and column.

use ron::extensions::Extensions;

use super::{locate, validate, Exercise};
use crate::error::Error;

/// Parses and validates an exercise file's text.
pub fn parse(text: &str) -> Result<Exercise, Error> {
    let exercise = parse_unvalidated(text)?;
    validate(&exercise).map_err(|problem| {
        let (line, column) = best_position(text, &problem.place);
        Error::Invalid {
            place: problem.place,
            message: problem.message,
            line,
            column,
        }
    })?;
    Ok(exercise)
}

/// Parses raw bytes: anything that is not UTF-8 is reported where it starts.
pub fn parse_bytes(bytes: &[u8]) -> Result<Exercise, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let (line, column) = end_position(&String::from_utf8_lossy(valid));
            Err(Error::Parse {
                line,
                column,
                message: "this is not a text file (it is not valid UTF-8)".into(),
            })
        }
    }
}

/// Parses without the validation rules; used by tests and tools.
pub fn parse_unvalidated(text: &str) -> Result<Exercise, Error> {
    ron::Options::default()
        // `Tone(hz: 440, ...)` rather than `Tone((hz: 440, ...))`.
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .from_str::<Exercise>(text)
        .map_err(|error| {
            let (line, column) = clamp(text, error.span.start.line, error.span.start.col);
            Error::Parse {
                line,
                column,
                message: error.code.to_string(),
            }
        })
}

/// The position of the field `place`, or of its closest enclosing field.
fn best_position(text: &str, place: &str) -> (usize, usize) {
    let positions = locate::field_positions(text);
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
    let (line, column) = best_position(text, place);
    Error::Invalid {
        place: place.to_owned(),
        message,
        line,
        column,
    }
}
