//! What Steady remembers by itself, apart from the person's choices: where
//! its windows were, the last breathing exercise, the reminders' progress,
//! and notes it says only once. Kept in `$XDG_STATE_HOME/steady/state.ron`,
//! written the same safe way as the settings (atomic, merged under a lock).

mod migration;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::record::{self, lenient, Record};
use crate::reminders::ReminderState;

pub use migration::{load_both, migrate, Migrated};

/// Where the window was and how big, restored on the next start.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowPlacement {
    pub width: f32,
    pub height: f32,
    pub x: Option<f32>,
    pub y: Option<f32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub window: Option<WindowPlacement>,
    pub mini_window: Option<WindowPlacement>,
    /// The breathing exercise "quick calm" starts.
    pub last_breathing: Option<String>,
    #[serde(deserialize_with = "lenient")]
    pub reminder_state: ReminderState,
    /// Closing the window while reminders are on keeps Steady waiting: said once.
    pub background_explained: bool,
    /// Why desktop notifications are not used, said once in settings.
    pub notifications_note: Option<String>,
}

const MIN_WINDOW: f32 = 320.0;
/// The small window is smaller (`ui::window::MINI`, 220 × 260).
const MIN_MINI_WINDOW: f32 = 160.0;
const MAX_WINDOW: f32 = 8_192.0;
const MAX_OFFSET: f32 = 65_536.0;

impl State {
    /// Never fails: see `record::load`.
    pub fn load(path: &Path) -> record::Loaded<State> {
        record::load(path)
    }

    /// Writes this state as it is (the whole file).
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        record::save(self, path)
    }

    /// Saves what changed since `base` merged with the file as it is now,
    /// under a lock (see `record::save_changes`). Call it off the UI thread.
    pub fn save_changes(&self, base: &State, path: &Path) -> Result<State, Error> {
        record::save_changes(self, base, path)
    }

    /// What changed here since `base`, laid over `theirs`.
    pub fn changes_since_applied_to(&self, base: &State, theirs: State) -> State {
        State::merged(self.clone(), base.clone(), theirs)
    }
}

impl Record for State {
    /// Drops impossible window placements.
    fn sanitized(mut self) -> State {
        self.window = self.window.and_then(|window| window.sanitized(MIN_WINDOW));
        self.mini_window = self
            .mini_window
            .and_then(|window| window.sanitized(MIN_MINI_WINDOW));
        self
    }

    fn merged(mine: State, base: State, mut theirs: State) -> State {
        // Destructured so that a new field cannot be forgotten here.
        let State {
            window,
            mini_window,
            last_breathing,
            reminder_state,
            background_explained,
            notifications_note,
        } = mine;
        record::take_if_changed!(
            theirs,
            base,
            window,
            mini_window,
            last_breathing,
            reminder_state,
            background_explained,
            notifications_note
        );
        theirs
    }

    fn kept_aside_note(problem: &str, kept: &Path) -> String {
        crate::t!(
            "state-kept-aside",
            problem = problem,
            kept = kept.display().to_string()
        )
    }

    fn not_moved_note(problem: &str, error: &Error) -> String {
        crate::t!(
            "state-not-moved",
            problem = problem,
            error = error.to_string()
        )
    }

    fn unreadable_note(error: &Error) -> String {
        crate::t!("state-unreadable", error = error.to_string())
    }
}

impl WindowPlacement {
    fn sanitized(self, smallest: f32) -> Option<WindowPlacement> {
        let size_ok = |value: f32| value.is_finite() && (smallest..=MAX_WINDOW).contains(&value);
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
