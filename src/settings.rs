//! The person's preferences, saved atomically in the config folder.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::store;

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
    /// Master volume for cues, 0.0 to 1.0.
    pub volume: f32,
    pub muted: bool,
    /// A soft tick each second of a phase.
    pub count_ticks: bool,
    /// The breathing exercise "quick calm" starts.
    pub last_breathing: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: ThemeChoice::System,
            text_scale: 100,
            reduced_motion: false,
            window: None,
            volume: 0.7,
            muted: false,
            count_ticks: false,
            last_breathing: None,
        }
    }
}

pub const MIN_TEXT_SCALE: u16 = 100;
pub const MAX_TEXT_SCALE: u16 = 200;
const MIN_WINDOW: f32 = 320.0;
const MAX_WINDOW: f32 = 16_384.0;
const MAX_OFFSET: f32 = 65_536.0;

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

impl Settings {
    /// Never fails: a missing file gives defaults; a broken one is moved aside,
    /// gives defaults, and a note saying where the old file went.
    pub fn load(path: &Path) -> Loaded {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Loaded::fresh(Settings::default())
            }
            Err(error) => {
                return Loaded {
                    settings: Settings::default(),
                    note: Some(format!(
                        "Could not read your settings ({}). Steady is using defaults for now and leaves the file as it is.",
                        Error::io(path, error)
                    )),
                    may_save: false,
                }
            }
        };
        match ron::from_str::<Settings>(&text) {
            Ok(settings) => Loaded::fresh(settings.sanitized()),
            Err(error) => corrupt(path, &error),
        }
    }

    /// Master volume for the audio owner: 0 when muted.
    pub fn gain(&self) -> f32 {
        if self.muted {
            0.0
        } else {
            self.volume
        }
    }

    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|error| Error::io(path, std::io::Error::other(error.to_string())))?;
        store::write_atomically(path, text.as_bytes())
    }

    /// Clamps every value into its allowed range and drops impossible window placements.
    pub fn sanitized(mut self) -> Settings {
        self.text_scale = self.text_scale.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE);
        self.volume = if self.volume.is_finite() {
            self.volume.clamp(0.0, 1.0)
        } else {
            Settings::default().volume
        };
        self.window = self.window.and_then(WindowPlacement::sanitized);
        self
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
}

fn corrupt(path: &Path, error: &ron::error::SpannedError) -> Loaded {
    let problem = format!(
        "{}:{}: {}",
        error.span.start.line, error.span.start.col, error.code
    );
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
