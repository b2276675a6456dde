//! Customising an exercise: a form of what people change most, checked
//! field by field with the same rules as a file, and the choice of where
//! the result is saved. No iced here: the editor screen only shows it.

mod check;
mod cue;
mod form;
pub mod number;
mod saving;
pub mod voice;

pub use check::Checked;
pub use cue::CueKind;
pub use form::{
    BreathingForm, Field, Form, GroupRow, ListEdit, PhaseRow, PracticeForm, RelaxationForm,
    RepeatForm, StepRow, USUAL,
};
pub use saving::{plan, shipped_ids, Choice, Plan, Source};
pub use voice::Slot;
