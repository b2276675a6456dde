//! The default cue of each kind of step, as the form's sound choices.

use crate::exercise::{CueDefaults, Kind};

/// A kind of step that has a default cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Inhale,
    Hold,
    Exhale,
    HoldEmpty,
    Prompt,
    Tense,
    Release,
    End,
}

impl CueKind {
    /// The cues that play in an exercise of this kind, in the order shown.
    pub fn for_kind(kind: Kind) -> &'static [CueKind] {
        match kind {
            Kind::Breathing => &[
                CueKind::Inhale,
                CueKind::Hold,
                CueKind::Exhale,
                CueKind::HoldEmpty,
                CueKind::End,
            ],
            Kind::Grounding => &[CueKind::Prompt, CueKind::End],
            Kind::Relaxation => &[CueKind::Tense, CueKind::Release, CueKind::End],
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CueKind::Inhale => crate::t!("breath-in"),
            CueKind::Hold => crate::t!("breath-hold"),
            CueKind::Exhale => crate::t!("breath-out"),
            CueKind::HoldEmpty => crate::t!("breath-hold-empty"),
            CueKind::Prompt => crate::t!("cue-prompt"),
            CueKind::Tense => crate::t!("cue-tense"),
            CueKind::Release => crate::t!("cue-release"),
            CueKind::End => crate::t!("cue-end"),
        }
    }

    pub fn get(self, cues: &CueDefaults) -> Option<&str> {
        self.slot_ref(cues).as_deref()
    }

    pub(super) fn set(self, cues: &mut CueDefaults, name: Option<String>) {
        *self.slot(cues) = name;
    }

    fn slot_ref(self, cues: &CueDefaults) -> &Option<String> {
        match self {
            CueKind::Inhale => &cues.inhale,
            CueKind::Hold => &cues.hold,
            CueKind::Exhale => &cues.exhale,
            CueKind::HoldEmpty => &cues.hold_empty,
            CueKind::Prompt => &cues.prompt,
            CueKind::Tense => &cues.tense,
            CueKind::Release => &cues.release,
            CueKind::End => &cues.end,
        }
    }

    fn slot(self, cues: &mut CueDefaults) -> &mut Option<String> {
        match self {
            CueKind::Inhale => &mut cues.inhale,
            CueKind::Hold => &mut cues.hold,
            CueKind::Exhale => &mut cues.exhale,
            CueKind::HoldEmpty => &mut cues.hold_empty,
            CueKind::Prompt => &mut cues.prompt,
            CueKind::Tense => &mut cues.tense,
            CueKind::Release => &mut cues.release,
            CueKind::End => &mut cues.end,
        }
    }
}
