//! The person's choices, saved atomically in the config folder. A save
//! writes only what this instance changed, on top of what is on disk now,
//! so two running Steadys never undo each other's changes. What Steady
//! remembers by itself (window places, the last exercise, reminder state,
//! notes said once) is kept apart, in `crate::state`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::record::{self, lenient, Record};
use crate::reminders::Reminders;
use crate::state::State;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the desktop's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Text size in percent, 100 to 200.
    pub text_scale: u16,
    /// Replace the moving breath shape with a steady bar and words.
    pub reduced_motion: bool,
    /// Master volume for cues in dB, -50 to 0.
    pub volume_db: f32,
    pub muted: bool,
    /// A soft tick each second of a phase.
    pub count_ticks: bool,
    /// Seconds of "get ready" before an exercise starts, 0 to 10.
    pub lead_in_seconds: u8,
    /// "How do you feel?" before and after a session started from home.
    pub check_in: bool,
    /// What `steady quick` and the mid-day pause start.
    pub quick: String,
    /// "Remind me to pause": when, and what each reminder offers. A rule
    /// that cannot be read is dropped, never the whole settings file.
    #[serde(deserialize_with = "lenient")]
    pub reminders: Reminders,
    /// Sessions open in the small always-on-top window (the last choice).
    pub mini: bool,
    /// Read the words of relaxation, grounding and kind-words steps aloud.
    pub read_aloud: bool,
    /// Say "Breathe in", "Hold"... at each breath, with its cue.
    pub say_breaths: bool,
    /// How fast the voice speaks, -100 to 100 (0: the desktop's usual rate).
    /// Wider than the range, so a hand-typed 150 is clamped, not refused.
    pub voice_rate: i16,
    /// How loud the voice is, -100 to 100 (100: the desktop's full level).
    pub voice_volume: i16,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: ThemeChoice::System,
            text_scale: 100,
            reduced_motion: false,
            volume_db: DEFAULT_VOLUME_DB,
            muted: false,
            count_ticks: false,
            lead_in_seconds: 3,
            check_in: true,
            quick: "two-minute-reset".to_owned(),
            reminders: Reminders::default(),
            mini: false,
            read_aloud: false,
            say_breaths: false,
            voice_rate: 0,
            voice_volume: 100,
        }
    }
}

pub const MIN_TEXT_SCALE: u16 = 100;
pub const MAX_TEXT_SCALE: u16 = 200;
/// The quietest volume the slider offers; below it is "mute".
pub const MIN_VOLUME_DB: f32 = -50.0;
pub const MAX_VOLUME_DB: f32 = 0.0;
/// Calm by default: cues sit well under ordinary music at the same setting.
pub const DEFAULT_VOLUME_DB: f32 = -10.0;
pub const MAX_LEAD_IN: u8 = 10;

/// The outcome of loading: the settings and the state to use, and what the
/// person should be told.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub settings: Settings,
    pub note: Option<String>,
    /// False when a file is there that could not be read nor moved aside:
    /// saving would destroy it, so this run keeps its settings in memory.
    pub may_save: bool,
    /// What Steady remembers by itself, from its own file.
    pub state: record::Loaded<State>,
}

impl Loaded {
    pub fn fresh(settings: Settings) -> Loaded {
        Loaded {
            settings,
            note: None,
            may_save: true,
            state: record::Loaded::fresh(State::default()),
        }
    }
}

impl Settings {
    /// Settings from a file's bytes, within their ranges; `None` if they are
    /// not settings at all.
    pub fn parse(bytes: &[u8]) -> Option<Settings> {
        let text = std::str::from_utf8(bytes).ok()?;
        ron::from_str::<Settings>(text)
            .ok()
            .map(Settings::sanitized)
    }

    /// The settings as they are on disk, for a command that only reads
    /// them: nothing is moved or written; anything unreadable gives defaults.
    pub fn peek(path: &Path) -> Settings {
        crate::fsio::read_regular(path, crate::fsio::cap::SETTINGS)
            .ok()
            .and_then(|bytes| Settings::parse(&bytes))
            .unwrap_or_default()
    }

    /// Never fails: a missing file gives defaults; a broken one is moved aside,
    /// gives defaults, and a note saying where the old file went. The state
    /// is left at its defaults: `crate::state::load_both` reads both files.
    pub fn load(path: &Path) -> Loaded {
        let loaded = record::load::<Settings>(path);
        Loaded {
            settings: loaded.value,
            note: loaded.note,
            may_save: loaded.may_save,
            ..Loaded::fresh(Settings::default())
        }
    }

    /// What is read aloud; `--speak` turns the steps' words on for one run.
    pub fn speech_choice(&self, speak: bool) -> crate::speech::Choice {
        crate::speech::Choice {
            steps: self.read_aloud || speak,
            breaths: self.say_breaths,
        }
    }

    /// How the words sound, in the program's language.
    pub fn voice(&self) -> crate::speech::Voice {
        crate::speech::Voice {
            rate: self.voice_rate.clamp(-100, 100) as i8,
            volume: self.voice_volume.clamp(-100, 100) as i8,
            language: crate::i18n::language().tag(),
        }
    }

    /// Master gain for the audio owner: 0 when muted.
    pub fn gain(&self) -> f32 {
        if self.muted {
            0.0
        } else {
            10f32.powf(self.volume_db.clamp(MIN_VOLUME_DB, MAX_VOLUME_DB) / 20.0)
        }
    }

    /// Writes these settings as they are (the whole file).
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        record::save(self, path)
    }

    /// Saves what changed since `base` (the settings as last read or
    /// written) on top of the file as it is now, under a lock, and returns
    /// the result (see `record::save_changes`). Call it off the UI thread.
    pub fn save_changes(&self, base: &Settings, path: &Path) -> Result<Settings, Error> {
        record::save_changes(self, base, path)
    }

    /// The settings that differ from `base`, as a patch.
    pub fn changes_since(&self, base: &Settings) -> Patch {
        Patch {
            mine: self.clone(),
            base: base.clone(),
        }
    }
}

impl Record for Settings {
    /// Clamps every value into its allowed range.
    fn sanitized(mut self) -> Settings {
        self.text_scale = self.text_scale.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE);
        self.volume_db = if self.volume_db.is_finite() {
            self.volume_db.clamp(MIN_VOLUME_DB, MAX_VOLUME_DB)
        } else {
            DEFAULT_VOLUME_DB
        };
        self.lead_in_seconds = self.lead_in_seconds.min(MAX_LEAD_IN);
        self.voice_rate = self.voice_rate.clamp(-100, 100);
        self.voice_volume = self.voice_volume.clamp(-100, 100);
        if crate::exercise::id_problem(&self.quick).is_some() {
            self.quick = Settings::default().quick;
        }
        self
    }

    fn merged(mine: Settings, base: Settings, mut theirs: Settings) -> Settings {
        // Destructured so that a new field cannot be forgotten here.
        let Settings {
            theme,
            text_scale,
            reduced_motion,
            volume_db,
            muted,
            count_ticks,
            lead_in_seconds,
            check_in,
            quick,
            reminders,
            mini,
            read_aloud,
            say_breaths,
            voice_rate,
            voice_volume,
        } = mine;
        record::take_if_changed!(
            theirs,
            base,
            theme,
            text_scale,
            reduced_motion,
            volume_db,
            muted,
            count_ticks,
            lead_in_seconds,
            check_in,
            quick,
            reminders,
            mini,
            read_aloud,
            say_breaths,
            voice_rate,
            voice_volume
        );
        theirs
    }

    fn kept_aside_note(problem: &str, kept: &Path) -> String {
        crate::t!(
            "settings-kept-aside",
            problem = problem,
            kept = kept.display().to_string()
        )
    }

    fn not_moved_note(problem: &str, error: &Error) -> String {
        crate::t!(
            "settings-not-moved",
            problem = problem,
            error = error.to_string()
        )
    }

    fn unreadable_note(error: &Error) -> String {
        crate::t!("settings-unreadable", error = error.to_string())
    }
}

/// The fields one instance changed, to lay over another version.
pub struct Patch {
    mine: Settings,
    base: Settings,
}

impl Patch {
    pub fn applied_to(self, theirs: Settings) -> Settings {
        Settings::merged(self.mine, self.base, theirs)
    }
}
