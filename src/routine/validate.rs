//! Rules a routine must follow on its own (the exercises it names are
//! checked against the library when it is flattened).

use super::model::{parse_length, Routine};
use crate::exercise::{id_problem, text_problem, version_problem, Limits, Problem, FORMAT_VERSION};

/// Most parts in a routine.
pub const MAX_PARTS: usize = 12;
/// Longest length asked of one part.
const MAX_PART_SECONDS: u64 = 3600;

pub fn validate(routine: &Routine) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut report = |place: String, message: String| problems.push(Problem { place, message });
    if routine.version != FORMAT_VERSION {
        report("version".into(), version_problem(routine.version));
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
        report("parts".into(), crate::t!("problem-no-parts").into());
    }
    if routine.parts.len() > MAX_PARTS {
        report(
            "parts".into(),
            crate::t!(
                "problem-too-many-parts",
                count = routine.parts.len(),
                most = MAX_PARTS
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
                crate::t!("problem-cycles-and-length").into(),
            );
        }
        if part.cycles == Some(0) {
            report(place("cycles"), crate::t!("problem-cycles-zero").into());
        }
        if let Some(length) = &part.length {
            match parse_length(length) {
                None => report(
                    place("length"),
                    crate::t!("problem-not-a-length", length = length),
                ),
                Some(0) => report(place("length"), crate::t!("problem-length-zero").into()),
                Some(seconds) if seconds > MAX_PART_SECONDS => report(
                    place("length"),
                    crate::t!("problem-part-too-long", length = length),
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
