//! Rules a routine must follow on its own (the exercises it names are
//! checked against the library when it is flattened).

use super::model::{parse_length, Routine};
use crate::exercise::{id_problem, Limits, Problem, FORMAT_VERSION};

/// Most parts in a routine.
pub const MAX_PARTS: usize = 12;
/// Longest length asked of one part.
const MAX_PART_SECONDS: u64 = 3600;

pub fn validate(routine: &Routine) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut report = |place: String, message: String| problems.push(Problem { place, message });
    if routine.version != FORMAT_VERSION {
        report(
            "version".into(),
            format!(
                "this file is format version {}, but this Steady reads version {FORMAT_VERSION}",
                routine.version
            ),
        );
        return Err(problems);
    }
    if let Some(message) = id_problem(&routine.id) {
        report("id".into(), message);
    }
    for (place, text, limit, required) in [
        ("title", Some(&routine.title), Limits::TITLE_CHARS, true),
        (
            "summary",
            Some(&routine.summary),
            Limits::SUMMARY_CHARS,
            true,
        ),
        ("intro", routine.intro.as_ref(), Limits::TEXT_CHARS, false),
        (
            "closing",
            routine.closing.as_ref(),
            Limits::TEXT_CHARS,
            false,
        ),
        (
            "journal",
            routine.journal.as_ref(),
            Limits::LABEL_CHARS * 2,
            false,
        ),
    ] {
        if let Some(message) = text.and_then(|text| text_problem(text, limit, required)) {
            report(place.into(), message);
        }
    }
    if routine.parts.is_empty() {
        report(
            "parts".into(),
            "there are no parts; add at least one exercise".into(),
        );
    }
    if routine.parts.len() > MAX_PARTS {
        report(
            "parts".into(),
            format!(
                "{} parts are too many; the most is {MAX_PARTS}",
                routine.parts.len()
            ),
        );
    }
    for (index, part) in routine.parts.iter().enumerate() {
        let place = |field: &str| format!("parts[{index}].{field}");
        if let Some(message) = id_problem(&part.exercise) {
            report(place("exercise"), message);
        }
        if part.cycles.is_some() && part.length.is_some() {
            report(
                place("length"),
                "give either cycles or a length, not both".into(),
            );
        }
        if part.cycles == Some(0) {
            report(place("cycles"), "the cycle count must be at least 1".into());
        }
        if let Some(length) = &part.length {
            match parse_length(length) {
                None => report(
                    place("length"),
                    format!(
                        "\"{length}\" is not a length; write minutes and seconds like \"2:00\""
                    ),
                ),
                Some(0) => report(place("length"), "the length must be more than 0:00".into()),
                Some(seconds) if seconds > MAX_PART_SECONDS => report(
                    place("length"),
                    format!("\"{length}\" is too long; the most is 60:00"),
                ),
                Some(_) => {}
            }
        }
        if let Some(message) = part
            .transition
            .as_ref()
            .and_then(|text| text_problem(text, Limits::TEXT_CHARS, false))
        {
            report(place("transition"), message);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn text_problem(text: &str, limit: usize, required: bool) -> Option<String> {
    if required && text.trim().is_empty() {
        return Some("this text is empty".into());
    }
    let length = text.chars().count();
    (length > limit).then(|| format!("this text is {length} characters long; the most is {limit}"))
}
