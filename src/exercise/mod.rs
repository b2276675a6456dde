//! Exercise files: the model, parsing with positions, and validation.

mod locate;
mod model;
mod parse;
mod validate;

pub use model::*;
pub use parse::{invalid_at, parse, parse_bytes, parse_unvalidated};
pub use validate::{validate, Limits, Problem};

/// How many times a breathing pattern runs.
pub fn cycle_count(phases: &[BreathPhase], repeat: Repeat) -> u32 {
    match repeat {
        Repeat::Cycles(count) => count,
        Repeat::Seconds(target) => {
            let cycle: f64 = phases.iter().map(|phase| phase.seconds).sum();
            if cycle > 0.0 && target.is_finite() && target > 0.0 {
                // Whole cycles only: stopping mid-breath feels wrong.
                (target / cycle).ceil().clamp(1.0, f64::from(u32::MAX)) as u32
            } else {
                0
            }
        }
    }
}
