//! One error type for the whole app. It is `Clone` (sources sit in `Arc`) so an
//! error can travel inside an iced message and be shown to the person.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Error {
    /// The text is not valid RON for the exercise format.
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
    /// The file parses but says something impossible (a zero duration, an empty list...).
    /// `place` names the field, such as `practice.phases[2].seconds`.
    Invalid {
        place: String,
        message: String,
        line: usize,
        column: usize,
    },
    /// Reading or writing a file failed.
    Io {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    /// A path that should be a regular file is a pipe, a device or a folder.
    NotAFile { path: PathBuf, what: String },
    /// A file larger than its kind may be.
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// A file that could not be used, with every problem found in it.
    Broken { path: PathBuf, errors: Vec<Error> },
    /// Steady would not do it, and says why (a duplicate id, a file in the way).
    Refused(String),
    /// No exercise has this id or path.
    UnknownExercise { id: String, close: Vec<String> },
    /// A cue's sound could not be found or decoded.
    Sound { cue: String, message: String },
    /// A step's recording of the person's voice could not be found or decoded.
    Recording { file: String, message: String },
    /// The audio output could not be used.
    Audio(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source: Arc::new(source),
        }
    }

    /// Best known position in the file, 1-based.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Error::Parse { line, column, .. } | Error::Invalid { line, column, .. } => {
                Some((*line, *column))
            }
            _ => None,
        }
    }

    /// The message without its position or file, for `FILE:LINE:COLUMN: error: MESSAGE`.
    pub fn message(&self) -> String {
        match self {
            Error::Parse { message, .. } => message.clone(),
            Error::Invalid { place, message, .. } => format!("{place}: {message}"),
            Error::Io { source, .. } => os_words(source),
            Error::NotAFile { what, .. } => crate::t!("error-not-a-file", what = what),
            Error::TooLarge { size, limit, .. } => crate::t!(
                "error-too-large",
                size = human_size(*size),
                limit = human_size(*limit)
            ),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Parse {
                line,
                column,
                message,
            } => write!(f, "{line}:{column}: {message}"),
            Error::Invalid {
                place,
                message,
                line,
                column,
            } => write!(f, "{line}:{column}: {place}: {message}"),
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), os_words(source)),
            Error::NotAFile { path, .. } | Error::TooLarge { path, .. } => {
                write!(f, "{}: {}", path.display(), self.message())
            }
            Error::Broken { path, errors } => {
                let first =
                    errors
                        .first()
                        .map_or_else(String::new, |error| match error.position() {
                            Some((line, column)) => {
                                format!(":{line}:{column}: {}", error.message())
                            }
                            None => format!(": {}", error.message()),
                        });
                write!(f, "{}{first}", path.display())?;
                match errors.len() {
                    0 | 1 => Ok(()),
                    more => write!(f, " {}", crate::t!("error-more-problems", count = more - 1)),
                }
            }
            Error::UnknownExercise { id, close } if close.is_empty() => {
                f.write_str(&crate::t!("error-no-exercise", id = id.as_str()))
            }
            Error::UnknownExercise { id, close } => f.write_str(&crate::t!(
                "error-no-exercise-close",
                id = id.as_str(),
                close = close.join(", ")
            )),
            Error::Sound { cue, message } => write!(f, "{}: {message}", cue_place(cue)),
            Error::Recording { file, message } => {
                write!(f, "{}: {message}", recording_place(file))
            }
            Error::Refused(message) => f.write_str(message),
            Error::Audio(message) => f.write_str(&crate::t!("error-audio", message = message)),
        }
    }
}

impl std::error::Error for Error {}

/// How a problem with a cue names it: `cue "bell"`.
pub fn cue_place(cue: &str) -> String {
    crate::t!("error-cue", cue = cue)
}

/// How a problem with a recording names it: `recording "my-step.wav"`.
pub fn recording_place(file: &str) -> String {
    crate::t!("error-recording", file = file)
}

/// What went wrong with a file, in the person's language. The system's own
/// text is English whatever the locale (Rust does not set one), so the
/// common cases are said in the catalogue's words; any other keeps the
/// system's text.
pub fn os_words(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let words = match error.kind() {
        ErrorKind::NotFound => crate::t!("os-not-found"),
        ErrorKind::PermissionDenied => crate::t!("os-permission-denied"),
        ErrorKind::AlreadyExists => crate::t!("os-already-exists"),
        ErrorKind::IsADirectory => crate::t!("os-is-a-folder"),
        ErrorKind::NotADirectory => crate::t!("os-not-a-folder"),
        ErrorKind::DirectoryNotEmpty => crate::t!("os-folder-not-empty"),
        ErrorKind::ReadOnlyFilesystem => crate::t!("os-read-only"),
        ErrorKind::StorageFull => crate::t!("os-storage-full"),
        ErrorKind::QuotaExceeded => crate::t!("os-quota-exceeded"),
        ErrorKind::FileTooLarge => crate::t!("os-file-too-large"),
        ErrorKind::InvalidFilename => crate::t!("os-invalid-name"),
        ErrorKind::ResourceBusy => crate::t!("os-busy"),
        ErrorKind::TimedOut => crate::t!("os-timed-out"),
        ErrorKind::UnexpectedEof => crate::t!("os-cut-short"),
        ErrorKind::OutOfMemory => crate::t!("os-out-of-memory"),
        _ => return error.to_string(),
    };
    words.to_owned()
}

/// `512 bytes`, `12 KiB`, `3.4 MiB` (`3,4 MiB` in German).
pub fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes < KIB {
        crate::t!("size-bytes", bytes = bytes)
    } else if bytes < MIB {
        crate::t!("size-kib", kib = bytes / KIB)
    } else {
        let mib = format!("{:.1}", bytes as f64 / MIB as f64);
        crate::t!("size-mib", mib = crate::i18n::decimal(mib))
    }
}
