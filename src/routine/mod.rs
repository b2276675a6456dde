//! Routines: several exercises run as one continuous session, such as the
//! morning five minutes. A routine is a RON file beside the exercises, told
//! apart by its `parts` list.

mod flatten;
mod model;
mod validate;

pub use flatten::{flatten, Adjusted, Plan, TRANSITION_SECONDS};
pub use model::{Part, Routine};
pub use validate::validate;

use crate::error::Error;

/// Whether a file's text is a routine (it has a top-level `parts` field)
/// rather than an exercise.
pub fn is_routine(text: &str) -> bool {
    crate::exercise::top_level_fields(text).any(|field| field == "parts")
}

/// Parses a routine's text and checks what can be checked without the
/// library (that the exercises exist is checked when flattening).
pub fn parse_all(text: &str) -> Result<Routine, Vec<Error>> {
    let routine: Routine = crate::exercise::from_ron(text).map_err(|error| vec![error])?;
    validate(&routine).map_err(|problems| {
        problems
            .into_iter()
            .map(|problem| crate::exercise::invalid_at(text, &problem.place, problem.message))
            .collect::<Vec<_>>()
    })?;
    Ok(routine)
}
