//! A small RON file the app owns (the settings, the remembered state):
//! read leniently, moved aside when broken, written atomically, and saved
//! as a merge under a lock so two running Steadys never undo each other.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::{fsio, store};

/// The app's own files are private to the person.
pub const NEW_FILE_MODE: u32 = 0o600;

/// What a kind of file needs to be loaded and merged.
pub trait Record: Serialize + DeserializeOwned + Default + Clone + PartialEq {
    /// Every value within its allowed range.
    fn sanitized(self) -> Self;
    /// The fields `mine` changed since `base`, laid over `theirs`.
    fn merged(mine: Self, base: Self, theirs: Self) -> Self;
    /// What to tell the person: the file was broken and moved aside.
    fn kept_aside_note(problem: &str, kept: &Path) -> String;
    /// The file was broken and could not be moved aside either.
    fn not_moved_note(problem: &str, error: &Error) -> String;
    /// The file could not be read at all (left as it is).
    fn unreadable_note(error: &Error) -> String;
}

/// The outcome of loading: the value to use, and what the person should be told.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub value: T,
    pub note: Option<String>,
    /// False when a file is there that could not be read nor moved aside:
    /// saving would destroy it, so this run keeps the value in memory.
    pub may_save: bool,
}

impl<T> Loaded<T> {
    pub fn fresh(value: T) -> Loaded<T> {
        Loaded {
            value,
            note: None,
            may_save: true,
        }
    }
}

/// What reading the file gave.
enum Read<T> {
    Missing,
    Good(T),
    /// Not this kind of file (bad syntax, not UTF-8, far too large): moved aside.
    Corrupt(String),
    /// Cannot be read at all (a folder, a pipe, no permission): left alone.
    Unreadable(Error),
}

fn read<T: Record>(path: &Path) -> Read<T> {
    let bytes = match fsio::read_regular(path, fsio::cap::SETTINGS) {
        Ok(bytes) => bytes,
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            return Read::Missing
        }
        Err(Error::TooLarge { size, .. }) => {
            return Read::Corrupt(crate::t!(
                "record-too-large",
                size = crate::error::human_size(size)
            ))
        }
        Err(error) => return Read::Unreadable(error),
    };
    let text = match crate::exercise::as_text(&bytes) {
        Ok(text) => text,
        Err(error) => return Read::Corrupt(error.to_string()),
    };
    match ron::from_str::<T>(text) {
        Ok(value) => Read::Good(value.sanitized()),
        Err(error) => Read::Corrupt(format!(
            "{}:{}: {}",
            error.span.start.line, error.span.start.col, error.code
        )),
    }
}

/// Never fails: a missing file gives defaults; a broken one is moved aside,
/// gives defaults, and a note saying where the old file went.
pub fn load<T: Record>(path: &Path) -> Loaded<T> {
    match read::<T>(path) {
        Read::Missing => Loaded::fresh(T::default()),
        Read::Good(value) => Loaded::fresh(value),
        Read::Corrupt(problem) => match store::move_aside(path) {
            Ok(kept) => Loaded {
                value: T::default(),
                note: Some(T::kept_aside_note(&problem, &kept)),
                may_save: true,
            },
            Err(error) => Loaded {
                value: T::default(),
                note: Some(T::not_moved_note(&problem, &error)),
                may_save: false,
            },
        },
        Read::Unreadable(error) => Loaded {
            value: T::default(),
            note: Some(T::unreadable_note(&error)),
            may_save: false,
        },
    }
}

/// The value as the file holds it, if the file is there and good.
pub fn read_good<T: Record>(path: &Path) -> Option<T> {
    match read::<T>(path) {
        Read::Good(value) => Some(value),
        _ => None,
    }
}

/// Writes `value` as it is (the whole file), atomically.
pub fn save<T: Record>(value: &T, path: &Path) -> Result<(), Error> {
    let text = ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .map_err(|error| Error::io(path, std::io::Error::other(error.to_string())))?;
    store::write_atomically(path, text.as_bytes(), NEW_FILE_MODE)
}

/// Saves what changed since `base` (the value as last read or written) on
/// top of the file as it is now, and returns the result: another
/// instance's changes to other fields are kept, not undone. A lock beside
/// the file makes the read, merge and write one step, so two instances
/// saving at once cannot each merge with the file as it was before the
/// other's write. It may wait a few seconds at most: call it off the UI
/// thread.
pub fn save_changes<T: Record>(mine: &T, base: &T, path: &Path) -> Result<T, Error> {
    let _turn = store::lock_beside(path, store::LOCK_PATIENCE, NEW_FILE_MODE)?;
    let on_disk = read_good(path).unwrap_or_else(|| base.clone());
    let merged = T::merged(mine.clone(), base.clone(), on_disk);
    save(&merged, path)?;
    Ok(merged)
}

/// A field that cannot be read takes its default instead of failing the
/// whole file: a person's other values are worth more than one bad value.
pub fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    // The field's own text, read again on its own: a mistake in it stays in it.
    let raw = Box::<ron::value::RawValue>::deserialize(deserializer)?;
    Ok(crate::exercise::from_ron(raw.get_ron()).unwrap_or_default())
}

/// Lays the fields of `$mine` that differ from `$base` over `$theirs`.
/// Callers destructure `$mine` first, so that a new field cannot be
/// forgotten.
macro_rules! take_if_changed {
    ($theirs:ident, $base:ident, $($field:ident),*) => {
        $(if $field != $base.$field {
            $theirs.$field = $field;
        })*
    };
}
pub(crate) use take_if_changed;
