//! The person's preferences, saved atomically in the config folder. A save
//! writes only what this instance changed, on top of what is on disk now,
//! so two running Steadys never undo each other's changes.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::reminders::{ReminderState, Reminders};
use crate::{fsio, store};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the desktop's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

/// Where the window was and how big, restored on the next start.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowPlacement {
    pub width: f32,
    pub height: f32,
    pub x: Option<f32>,
    pub y: Option<f32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Text size in percent, 100 to 200.
    pub text_scale: u16,
    /// Replace the moving breath shape with a steady bar and words.
    pub reduced_motion: bool,
    pub window: Option<WindowPlacement>,
    /// Master volume for cues in dB, -50 to 0.
    pub volume_db: f32,
    pub muted: bool,
    /// A soft tick each second of a phase.
    pub count_ticks: bool,
    /// Seconds of "get ready" before an exercise starts, 0 to 10.
    pub lead_in_seconds: u8,
    /// The breathing exercise "quick calm" starts.
    pub last_breathing: Option<String>,
    /// "How do you feel?" before and after a session started from home.
    pub check_in: bool,
    /// What `steady quick` and the mid-day pause start.
    pub quick: String,
    /// "Remind me to pause": when, and what each reminder offers. A rule
    /// that cannot be read is dropped, never the whole settings file.
    #[serde(deserialize_with = "lenient")]
    pub reminders: Reminders,
    #[serde(deserialize_with = "lenient")]
    pub reminder_state: ReminderState,
    /// Sessions open in the small always-on-top window (the last choice).
    pub mini: bool,
    pub mini_window: Option<WindowPlacement>,
    /// Closing the window while reminders are on keeps Steady waiting: said once.
    pub background_explained: bool,
    /// Why desktop notifications are not used, said once in settings.
    pub notifications_note: Option<String>,
}

/// A field that cannot be read takes its default instead of failing the
/// whole file: a person's other settings are worth more than one bad value.
fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    // The field's own text, read again on its own: a mistake in it stays in it.
    let raw = Box::<ron::value::RawValue>::deserialize(deserializer)?;
    Ok(crate::exercise::from_ron(raw.get_ron()).unwrap_or_default())
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: ThemeChoice::System,
            text_scale: 100,
            reduced_motion: false,
            window: None,
            volume_db: DEFAULT_VOLUME_DB,
            muted: false,
            count_ticks: false,
            lead_in_seconds: 3,
            last_breathing: None,
            check_in: true,
            quick: "two-minute-reset".to_owned(),
            reminders: Reminders::default(),
            reminder_state: ReminderState::default(),
            mini: false,
            mini_window: None,
            background_explained: false,
            notifications_note: None,
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
const MIN_WINDOW: f32 = 320.0;
const MAX_WINDOW: f32 = 8_192.0;
const MAX_OFFSET: f32 = 65_536.0;
/// Settings files are private to the person.
const NEW_FILE_MODE: u32 = 0o600;

/// The outcome of loading: the settings to use, and what the person should be told.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub settings: Settings,
    pub note: Option<String>,
    /// False when a file is there that could not be read nor moved aside:
    /// saving would destroy it, so this run keeps its settings in memory.
    pub may_save: bool,
}

impl Loaded {
    pub fn fresh(settings: Settings) -> Loaded {
        Loaded {
            settings,
            note: None,
            may_save: true,
        }
    }
}

/// What reading the file gave.
enum Read {
    Missing,
    Good(Settings),
    /// Not settings (bad syntax, not UTF-8, far too large): moved aside.
    Corrupt(String),
    /// Cannot be read at all (a folder, a pipe, no permission): left alone.
    Unreadable(Error),
}

fn read(path: &Path) -> Read {
    let bytes = match fsio::read_regular(path, fsio::cap::SETTINGS) {
        Ok(bytes) => bytes,
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            return Read::Missing
        }
        Err(Error::TooLarge { size, .. }) => {
            return Read::Corrupt(format!(
                "it is {}, far too large for settings",
                crate::error::human_size(size)
            ))
        }
        Err(error) => return Read::Unreadable(error),
    };
    let text = match crate::exercise::as_text(&bytes) {
        Ok(text) => text,
        Err(error) => return Read::Corrupt(error.to_string()),
    };
    match ron::from_str::<Settings>(text) {
        Ok(settings) => Read::Good(settings.sanitized()),
        Err(error) => Read::Corrupt(format!(
            "{}:{}: {}",
            error.span.start.line, error.span.start.col, error.code
        )),
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

    /// Never fails: a missing file gives defaults; a broken one is moved aside,
    /// gives defaults, and a note saying where the old file went.
    pub fn load(path: &Path) -> Loaded {
        match read(path) {
            Read::Missing => Loaded::fresh(Settings::default()),
            Read::Good(settings) => Loaded::fresh(settings),
            Read::Corrupt(problem) => corrupt(path, &problem),
            Read::Unreadable(error) => Loaded {
                settings: Settings::default(),
                note: Some(format!(
                    "Could not read your settings ({error}). Steady is using defaults for now and leaves the file as it is."
                )),
                may_save: false,
            },
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
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|error| Error::io(path, std::io::Error::other(error.to_string())))?;
        store::write_atomically(path, text.as_bytes(), NEW_FILE_MODE)
    }

    /// Saves what changed since `base` (the settings as last read or
    /// written) on top of the file as it is now, and returns the result:
    /// another instance's changes to other settings are kept, not undone.
    /// A lock beside the file makes the read, merge and write one step, so
    /// two instances saving at once cannot each merge with the file as it
    /// was before the other's write. It may wait a few seconds at most: call
    /// it off the UI thread.
    pub fn save_changes(&self, base: &Settings, path: &Path) -> Result<Settings, Error> {
        let _turn = store::lock_beside(path, store::LOCK_PATIENCE, NEW_FILE_MODE)?;
        let on_disk = match read(path) {
            Read::Good(settings) => settings,
            _ => base.clone(),
        };
        let merged = self.changes_since(base).applied_to(on_disk);
        merged.save(path)?;
        Ok(merged)
    }

    /// The settings that differ from `base`, as a patch.
    pub fn changes_since(&self, base: &Settings) -> Patch {
        Patch {
            mine: self.clone(),
            base: base.clone(),
        }
    }

    /// Clamps every value into its allowed range and drops impossible window placements.
    pub fn sanitized(mut self) -> Settings {
        self.text_scale = self.text_scale.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE);
        self.volume_db = if self.volume_db.is_finite() {
            self.volume_db.clamp(MIN_VOLUME_DB, MAX_VOLUME_DB)
        } else {
            DEFAULT_VOLUME_DB
        };
        self.lead_in_seconds = self.lead_in_seconds.min(MAX_LEAD_IN);
        self.window = self.window.and_then(WindowPlacement::sanitized);
        self.mini_window = self.mini_window.and_then(WindowPlacement::sanitized);
        if crate::exercise::id_problem(&self.quick).is_some() {
            self.quick = Settings::default().quick;
        }
        self
    }
}

/// The fields one instance changed, to lay over another version.
pub struct Patch {
    mine: Settings,
    base: Settings,
}

impl Patch {
    pub fn applied_to(self, mut theirs: Settings) -> Settings {
        // Destructured so that a new field cannot be forgotten here.
        let Settings {
            theme,
            text_scale,
            reduced_motion,
            window,
            volume_db,
            muted,
            count_ticks,
            lead_in_seconds,
            last_breathing,
            check_in,
            quick,
            reminders,
            reminder_state,
            mini,
            mini_window,
            background_explained,
            notifications_note,
        } = self.mine;
        let base = self.base;
        macro_rules! take_if_changed {
            ($($field:ident),*) => {
                $(if $field != base.$field {
                    theirs.$field = $field;
                })*
            };
        }
        take_if_changed!(
            theme,
            text_scale,
            reduced_motion,
            window,
            volume_db,
            muted,
            count_ticks,
            lead_in_seconds,
            last_breathing,
            check_in,
            quick,
            reminders,
            reminder_state,
            mini,
            mini_window,
            background_explained,
            notifications_note
        );
        theirs
    }
}

impl WindowPlacement {
    fn sanitized(self) -> Option<WindowPlacement> {
        let size_ok = |value: f32| value.is_finite() && (MIN_WINDOW..=MAX_WINDOW).contains(&value);
        if !size_ok(self.width) || !size_ok(self.height) {
            return None;
        }
        let offset = |value: Option<f32>| {
            value.filter(|value| value.is_finite() && value.abs() <= MAX_OFFSET)
        };
        let (x, y) = match (offset(self.x), offset(self.y)) {
            (Some(x), Some(y)) => (Some(x), Some(y)),
            _ => (None, None),
        };
        Some(WindowPlacement { x, y, ..self })
    }

    /// The position, if the whole window fits on a screen of `screen` size
    /// whose corner is at the origin.
    pub fn position_on(&self, screen: (f32, f32)) -> Option<(f32, f32)> {
        let (x, y) = self.x.zip(self.y)?;
        let fits = x >= 0.0
            && y >= 0.0
            && x + self.width.min(screen.0) <= screen.0
            && y + self.height.min(screen.1) <= screen.1;
        fits.then_some((x, y))
    }
}

fn corrupt(path: &Path, problem: &str) -> Loaded {
    match store::move_aside(path) {
        Ok(kept) => Loaded {
            settings: Settings::default(),
            note: Some(format!(
                "Your settings file could not be read ({problem}). It was kept as {} and Steady started with default settings.",
                kept.display()
            )),
            may_save: true,
        },
        Err(move_error) => Loaded {
            settings: Settings::default(),
            note: Some(format!(
                "Your settings file could not be read ({problem}) and could not be moved aside ({move_error}). Steady is using defaults for now and leaves the file as it is."
            )),
            may_save: false,
        },
    }
}
