//! The shipped exercises and routines in each language. A translation is a
//! whole copy in `exercises/LANGUAGE/` with the same name, id and timings
//! and only the words changed (tests/shipped_translations.rs checks the
//! timings); a person's own files are never translated and need none of
//! this.

use super::Language;
use crate::library::{SHIPPED, SHIPPED_ROUTINES};

/// The shipped exercises in German, in the order of [`SHIPPED`].
pub const EXERCISES_DE: [(&str, &str); 12] = [
    (
        "box-breathing.ron",
        include_str!("../../exercises/de/box-breathing.ron"),
    ),
    (
        "calm-breathing.ron",
        include_str!("../../exercises/de/calm-breathing.ron"),
    ),
    (
        "breathing-4-7-8.ron",
        include_str!("../../exercises/de/breathing-4-7-8.ron"),
    ),
    (
        "coherent-breathing.ron",
        include_str!("../../exercises/de/coherent-breathing.ron"),
    ),
    (
        "morning-breath.ron",
        include_str!("../../exercises/de/morning-breath.ron"),
    ),
    (
        "physiological-sigh.ron",
        include_str!("../../exercises/de/physiological-sigh.ron"),
    ),
    (
        "grounding-5-4-3-2-1.ron",
        include_str!("../../exercises/de/grounding-5-4-3-2-1.ron"),
    ),
    (
        "kind-words.ron",
        include_str!("../../exercises/de/kind-words.ron"),
    ),
    (
        "kind-words-waiting.ron",
        include_str!("../../exercises/de/kind-words-waiting.ron"),
    ),
    (
        "pmr-short.ron",
        include_str!("../../exercises/de/pmr-short.ron"),
    ),
    ("pmr-7.ron", include_str!("../../exercises/de/pmr-7.ron")),
    (
        "pmr-full.ron",
        include_str!("../../exercises/de/pmr-full.ron"),
    ),
];

/// The shipped routines in German, in the order of [`SHIPPED_ROUTINES`].
pub const ROUTINES_DE: [(&str, &str); 3] = [
    (
        "morning-five.ron",
        include_str!("../../exercises/de/morning-five.ron"),
    ),
    (
        "two-minute-reset.ron",
        include_str!("../../exercises/de/two-minute-reset.ron"),
    ),
    (
        "evening-wind-down.ron",
        include_str!("../../exercises/de/evening-wind-down.ron"),
    ),
];

/// The shipped exercises' file names and texts in `language`.
pub fn exercises(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::English => &SHIPPED,
        Language::German => &EXERCISES_DE,
    }
}

/// The shipped routines' file names and texts in `language`.
pub fn routines(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::English => &SHIPPED_ROUTINES,
        Language::German => &ROUTINES_DE,
    }
}
