//! The exercise file format, version 1, as plain serde types.
//!
//! Externally tagged enums and struct variants because RON reads them naturally:
//! `Breathing(phases: [...], repeat: Cycles(8))`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The only format version this build understands.
pub const FORMAT_VERSION: u32 = 1;

/// One exercise, as written in a `.ron` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub version: u32,
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<String>,
    /// One short line about doing it safely ("Stop if you feel dizzy."),
    /// shown with the intro before the exercise starts, also inside routines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<String>,
    /// Words to say to yourself rather than things to notice: a prompt
    /// exercise listed under "Kind words" instead of "Grounding".
    #[serde(default, skip_serializing_if = "is_false")]
    pub self_talk: bool,
    pub practice: Practice,
    /// Default cue per kind of step; a step's own `cue` wins.
    #[serde(default)]
    pub cues: CueDefaults,
    /// How loud this exercise's cues are, 0.0 to 1.0 (1.0: as loud as the
    /// master volume lets them be).
    #[serde(default = "full_volume", skip_serializing_if = "is_full_volume")]
    pub cue_volume: f64,
    /// Cues defined by this exercise, by name, in addition to the built-in ones.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sounds: BTreeMap<String, Sound>,
}

/// What the person does, step by step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Practice {
    /// A breathing pattern repeated for a number of cycles or a length of time.
    Breathing {
        phases: Vec<BreathPhase>,
        repeat: Repeat,
    },
    /// A sequence of prompts, such as the five senses.
    Grounding { steps: Vec<Prompt> },
    /// Progressive muscle relaxation: each group is tensed, then released.
    Relaxation {
        tense_seconds: f64,
        release_seconds: f64,
        groups: Vec<MuscleGroup>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Breath {
    Inhale,
    Hold,
    Exhale,
    HoldEmpty,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreathPhase {
    pub breath: Breath,
    pub seconds: f64,
    /// Words shown instead of the default ("Breathe in", "Hold", ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Words said for this phase when breaths are said aloud, instead of
    /// the shown ones (a short phase needs short words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub say: Option<String>,
    /// A recording of the person's own voice for this phase, a file name
    /// in their sounds folder: played at the phase's start instead of the
    /// words read aloud.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Repeat {
    /// Run the whole pattern this many times.
    Cycles(u32),
    /// Run whole cycles until at least this many seconds have passed.
    Seconds(f64),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    /// Short heading, such as "See 5".
    pub label: String,
    pub text: String,
    pub seconds: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Words read aloud instead of the label and text (shorter, or with
    /// pauses); `None` reads the label and the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub say: Option<String>,
    /// A recording of the person's own voice for this step, a file name
    /// in their sounds folder: played at the step's start instead of the
    /// words read aloud.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MuscleGroup {
    pub name: String,
    pub tense: String,
    pub release: String,
    /// Words read aloud for the tensing step instead of the name and
    /// `tense`; `None` reads those.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tense_say: Option<String>,
    /// Words read aloud for the letting go instead of `release`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_say: Option<String>,
    /// Recordings of the person's own voice (file names in their sounds
    /// folder) for the tensing and the letting go, played instead of the
    /// words read aloud.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tense_recording: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_recording: Option<String>,
    /// Overrides the exercise's `tense_seconds` for this group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tense_seconds: Option<f64>,
    /// Overrides the exercise's `release_seconds` for this group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_seconds: Option<f64>,
}

/// Default cue names per kind of step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CueDefaults {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inhale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hold: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exhale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hold_empty: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tense: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release: Option<String>,
    /// Played once when the exercise ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// How a cue sounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Sound {
    /// A generated tone, written `Tone(hz: 440, seconds: 0.5, ...)`.
    Tone(Tone),
    /// A sound file (WAV or Ogg Vorbis), looked up in the user's sounds folder,
    /// then the shipped `assets/sounds`.
    File {
        path: String,
        #[serde(default = "default_volume")]
        volume: f64,
    },
}

/// A generated tone. `to_hz` makes it glide; fades keep it free of clicks.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tone {
    pub hz: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_hz: Option<f64>,
    pub seconds: f64,
    #[serde(default = "default_volume")]
    pub volume: f64,
    #[serde(default = "default_fade")]
    pub fade_in: f64,
    #[serde(default = "default_fade")]
    pub fade_out: f64,
}

fn default_volume() -> f64 {
    0.5
}

fn full_volume() -> f64 {
    1.0
}

// serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_full_volume(volume: &f64) -> bool {
    *volume == 1.0
}

// serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(value: &bool) -> bool {
    !*value
}

fn default_fade() -> f64 {
    0.02
}

impl Breath {
    /// The words shown for this phase when the file gives none.
    pub fn default_text(self) -> &'static str {
        match self {
            Breath::Inhale => crate::t!("breath-in"),
            Breath::Hold => crate::t!("breath-hold"),
            Breath::Exhale => crate::t!("breath-out"),
            Breath::HoldEmpty => crate::t!("breath-hold"),
        }
    }
}

impl Practice {
    pub fn kind(&self) -> Kind {
        match self {
            Practice::Breathing { .. } => Kind::Breathing,
            Practice::Grounding { .. } => Kind::Grounding,
            Practice::Relaxation { .. } => Kind::Relaxation,
        }
    }
}

impl Exercise {
    /// Where the home screen lists it.
    pub fn group(&self) -> Group {
        match self.practice.kind() {
            Kind::Breathing => Group::Breathing,
            Kind::Grounding if self.self_talk => Group::KindWords,
            Kind::Grounding => Group::Grounding,
            Kind::Relaxation => Group::Relaxation,
        }
    }
}

/// The headings of the home screen's list of exercises, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Breathing,
    Grounding,
    KindWords,
    Relaxation,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Breathing,
        Group::Grounding,
        Group::KindWords,
        Group::Relaxation,
    ];

    pub fn heading(self) -> &'static str {
        match self {
            Group::Breathing => Kind::Breathing.heading(),
            Group::Grounding => Kind::Grounding.heading(),
            Group::KindWords => crate::t!("group-kind-words"),
            Group::Relaxation => Kind::Relaxation.heading(),
        }
    }
}

/// The three families of exercise, used for grouping and display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Breathing,
    Grounding,
    Relaxation,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Breathing, Kind::Grounding, Kind::Relaxation];

    /// Short lowercase word for the command line.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Breathing => crate::t!("kind-word-breathing"),
            Kind::Grounding => crate::t!("kind-word-grounding"),
            Kind::Relaxation => crate::t!("kind-word-relaxation"),
        }
    }

    /// Heading for the home screen.
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Breathing => crate::t!("group-breathing"),
            Kind::Grounding => crate::t!("group-grounding"),
            Kind::Relaxation => crate::t!("group-relaxation"),
        }
    }
}
