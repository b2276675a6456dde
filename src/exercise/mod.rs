//! Exercise files: the model, parsing with positions, and validation.

mod locate;
mod model;
mod parse;
pub mod steps;
mod syntax_words;
mod validate;

pub use model::*;
pub use parse::{
    as_text, from_ron, invalid_at, options, parse, parse_all, parse_bytes, parse_unvalidated,
    position_of_name,
};
pub use validate::{
    id_problem, recording_problem, seconds_problem, text_problem, validate, version_problem,
    Limits, Problem,
};

pub use steps::{cycle_count, step_count, StepKind};

/// The names of the top-level fields of a RON text, in order.
pub fn top_level_fields(text: &str) -> impl Iterator<Item = String> {
    locate::field_positions(text)
        .into_keys()
        .filter(|path| !path.contains(['.', '[']))
}
