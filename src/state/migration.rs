//! Steady once kept what it remembers by itself in the settings file. On
//! the first start of a version that keeps it apart, that state is copied
//! to the state file first, and only then is the settings file rewritten
//! with the person's choices alone: a failure between the two steps leaves
//! both copies, never none.

use std::path::Path;

use serde::de::{Deserializer, IgnoredAny};
use serde::Deserialize;

use super::State;
use crate::error::Error;
use crate::paths::Paths;
use crate::record::{self, NEW_FILE_MODE};
use crate::settings::{Loaded, Settings};
use crate::store;

/// What `migrate` did.
#[derive(Debug)]
pub enum Migrated {
    /// Nothing to move: the settings file holds only choices, or is missing,
    /// or cannot be read as settings (loading deals with that).
    Nothing,
    /// The state was moved; this is what the state file holds now.
    Moved(State),
    /// It could not be moved, and nothing was lost: `state` is the state to
    /// use this run. Unless `state_saved`, the settings file is the only
    /// copy, so this run must not rewrite it.
    Failed {
        state: State,
        state_saved: bool,
        error: Error,
    },
}

/// Moves the state an old settings file holds to `state_path`. Does
/// nothing the second time. A state file already there is newer (a Steady
/// that had moved its state wrote it) and is kept as it is.
pub fn migrate(settings_path: &Path, state_path: &Path) -> Migrated {
    if old_state(settings_path).is_none() {
        return Migrated::Nothing;
    }
    // Under the settings lock, and read again under it: a second Steady
    // starting now waits, then finds nothing left to move.
    let _turn = match store::lock_beside(settings_path, store::LOCK_PATIENCE, NEW_FILE_MODE) {
        Ok(turn) => turn,
        Err(error) => {
            return old_state(settings_path)
                .map_or(Migrated::Nothing, |state| fail(state, false, error))
        }
    };
    let Some(state) = old_state(settings_path) else {
        return Migrated::Nothing;
    };
    let Some(settings) = record::read_good::<Settings>(settings_path) else {
        return Migrated::Nothing;
    };
    let kept = match keep_state(&state, state_path) {
        Ok(kept) => kept,
        Err(error) => return fail(state, false, error),
    };
    // The one time Steady rewrites the person's settings file without being
    // asked: so that the file they edit by hand holds only their choices.
    // The state it held is safe in the state file by now.
    match settings.save(settings_path) {
        Ok(()) => Migrated::Moved(kept),
        Err(error) => fail(kept, true, error),
    }
}

fn fail(state: State, state_saved: bool, error: Error) -> Migrated {
    Migrated::Failed {
        state,
        state_saved,
        error,
    }
}

/// Writes `state` to the state file unless one is there; returns what the
/// state file holds now.
fn keep_state(state: &State, state_path: &Path) -> Result<State, Error> {
    let _turn = store::lock_beside(state_path, store::LOCK_PATIENCE, NEW_FILE_MODE)?;
    if let Some(newer) = record::read_good::<State>(state_path) {
        return Ok(newer);
    }
    if std::fs::symlink_metadata(state_path).is_ok() {
        // There, but not readable as state: `State::load` moves it aside
        // first, so this is a folder or a pipe. Leave it, and the settings.
        return Err(Error::Refused(crate::t!(
            "state-in-the-way",
            file = state_path.display().to_string()
        )));
    }
    state.save(state_path)?;
    Ok(state.clone())
}

/// The state an old settings file still holds, if it holds any.
fn old_state(settings_path: &Path) -> Option<State> {
    let bytes = crate::fsio::read_regular(settings_path, crate::fsio::cap::SETTINGS).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    let seen = ron::from_str::<Seen>(text).ok()?;
    if !seen.any() {
        return None;
    }
    ron::from_str::<State>(text)
        .ok()
        .map(record::Record::sanitized)
}

/// Loads the settings and the state, moving an old settings file's state
/// out first. Never fails: every problem is a note in the result.
pub fn load_both(paths: &Paths) -> Loaded {
    // First, so that a broken state file is moved aside (and said) before
    // the move below looks for it.
    let state = State::load(&paths.state());
    let migrated = migrate(&paths.settings(), &paths.state());
    let mut loaded = Settings::load(&paths.settings());
    loaded.state = state;
    match migrated {
        Migrated::Nothing => {}
        Migrated::Moved(state) => loaded.state.value = state,
        Migrated::Failed {
            state,
            state_saved,
            error,
        } => {
            loaded.state.value = state;
            loaded.may_save &= state_saved;
            let note = crate::t!("state-not-split", error = error.to_string());
            loaded.note = Some(
                loaded
                    .note
                    .map_or(note.clone(), |old| format!("{old} {note}")),
            );
        }
    }
    loaded
}

/// Which of `State`'s fields a settings file names, whatever their values
/// (`None` too). Keep it in step with `State`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Seen {
    window: Present,
    mini_window: Present,
    last_breathing: Present,
    reminder_state: Present,
    background_explained: Present,
    notifications_note: Present,
}

impl Seen {
    fn any(&self) -> bool {
        let Seen {
            window,
            mini_window,
            last_breathing,
            reminder_state,
            background_explained,
            notifications_note,
        } = self;
        [
            window,
            mini_window,
            last_breathing,
            reminder_state,
            background_explained,
            notifications_note,
        ]
        .iter()
        .any(|field| field.0)
    }
}

/// A field that is there, whatever it holds.
#[derive(Default)]
struct Present(bool);

impl<'de> Deserialize<'de> for Present {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Present, D::Error> {
        IgnoredAny::deserialize(deserializer).map(|_| Present(true))
    }
}
