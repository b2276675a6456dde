//! Reading each step's words aloud through the desktop's speech service
//! (speech-dispatcher). [`follow`] decides, with a fake clock in tests, what
//! is said when; [`owner`] is the thread that talks to the service (through
//! [`ssip`], Steady's own small client of its protocol) and ducks the cues
//! while words are heard; [`handle`] is the window's way to it. Nothing here
//! knows about iced.

pub mod follow;
mod handle;
mod owner;
mod ssip;

pub use handle::{Speech, SpeechStatus, Voice};

use crate::timeline::{Segment, StepKind};

/// What the person chose to hear read aloud.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Choice {
    /// The words of relaxation, grounding and kind-words steps, and the
    /// pauses between a routine's parts.
    pub steps: bool,
    /// The phase word of each breath ("Breathe in", "Hold", ...).
    pub breaths: bool,
}

impl Choice {
    pub fn any(self) -> bool {
        self.steps || self.breaths
    }
}

/// The one decision of whether a step is read aloud, and which words: the
/// player and `steady plan` both ask here. A step with the person's own
/// recording is never read: the recording plays instead.
pub fn heard(segment: &Segment, choice: Choice) -> Option<&str> {
    if segment.recording.is_some() {
        return None;
    }
    let wanted = match segment.kind {
        StepKind::Breath(_) => choice.breaths,
        StepKind::Prompt | StepKind::Tense | StepKind::Release | StepKind::Transition => {
            choice.steps
        }
    };
    (wanted && !segment.spoken.is_empty()).then_some(segment.spoken.as_str())
}
