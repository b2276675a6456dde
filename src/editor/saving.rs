//! Where an edited exercise is saved. A shipped exercise becomes the
//! person's own copy; a file the editor wrote is saved in place; a
//! hand-written file is never rewritten unless the person chooses to
//! replace it (and then the old one goes to the trash folder first).

use std::path::{Path, PathBuf};

use crate::exercise::{self, id_problem, Exercise};
use crate::library::{Library, Origin, SHIPPED};
use crate::userfiles::{self, SaveAs};

/// Where the exercise being edited came from, as far as saving goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Shipped with Steady: saving makes the person's own copy.
    Shipped,
    /// The person's file.
    Own {
        path: PathBuf,
        /// Written by Steady's editor: saved in place, nothing to lose.
        by_editor: bool,
        /// What the editor's header says it was made from.
        based_on: Option<String>,
        /// Its id is a shipped exercise's: it stands in for that one, and
        /// "Reset to original" can bring the shipped one back.
        replaces_shipped: bool,
    },
}

impl Source {
    /// Reads the file's header to learn whether the editor wrote it: one
    /// small read of a file the library has just read.
    pub fn of(origin: &Origin, id: &str) -> Source {
        match origin {
            Origin::BuiltIn => Source::Shipped,
            Origin::File(path) => {
                let by_editor = userfiles::made_by_editor(path);
                Source::Own {
                    based_on: by_editor.then(|| based_on(path)).flatten(),
                    by_editor,
                    replaces_shipped: shipped_ids().any(|shipped| shipped == id),
                    path: path.clone(),
                }
            }
        }
    }

    pub fn path(&self) -> Option<&Path> {
        match self {
            Source::Shipped => None,
            Source::Own { path, .. } => Some(path),
        }
    }

    /// A hand-written file: saved as a copy unless the person asks to replace it.
    pub fn hand_written(&self) -> bool {
        matches!(
            self,
            Source::Own {
                by_editor: false,
                ..
            }
        )
    }

    pub fn replaces_shipped(&self) -> bool {
        matches!(
            self,
            Source::Own {
                replaces_shipped: true,
                ..
            }
        )
    }
}

/// The title in an editor header's `// Based on "TITLE".` line, so saving
/// in place keeps it.
fn based_on(path: &Path) -> Option<String> {
    let bytes = crate::fsio::read_regular(path, crate::fsio::cap::EXERCISE).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    text.lines()
        .take_while(|line| line.starts_with("//"))
        .find_map(|line| {
            line.strip_prefix("// Based on \"")?
                .strip_suffix("\".")
                .map(str::to_owned)
        })
}

/// The ids of the shipped exercises.
pub fn shipped_ids() -> impl Iterator<Item = String> {
    SHIPPED
        .iter()
        .filter_map(|(_, text)| exercise::parse(text).ok())
        .map(|exercise| exercise.id)
}

/// Which save button was pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// "Save" (a shipped exercise or the editor's own file), or "Save as a
    /// copy" (a hand-written file).
    Main,
    /// "Replace the file": only for a hand-written file, after asking.
    Replace,
}

/// What to write and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub exercise: Exercise,
    pub how: SaveAs,
    /// The title it was made from, for the file's header.
    pub based_on: Option<String>,
}

/// How a checked exercise (still carrying the original's id) is saved.
/// `original` is the title it had when the editor opened.
pub fn plan(
    source: &Source,
    original: &str,
    mut exercise: Exercise,
    choice: Choice,
    library: &Library,
) -> Result<Plan, String> {
    let renamed = exercise.title != original;
    let (how, new_id) = match source {
        // An unchanged title keeps the shipped id: the copy takes the
        // original's place. A new title makes a new exercise beside it.
        Source::Shipped => (SaveAs::NewFile, renamed),
        Source::Own {
            path,
            by_editor: true,
            ..
        } => (SaveAs::Replace(path.clone()), false),
        Source::Own { path, .. } if choice == Choice::Replace => {
            (SaveAs::Replace(path.clone()), false)
        }
        Source::Own { .. } => (SaveAs::NewFile, true),
    };
    if new_id {
        exercise.id = userfiles::free_id(&exercise.title, library, None);
    }
    if let Some(problem) = id_problem(&exercise.id) {
        return Err(crate::t!("editor-id-unusable", problem = problem));
    }
    // The first exercise in the line it came from: an editor's file keeps
    // what its header says; anything else names the one it was made from.
    let based_on = match source {
        Source::Own {
            by_editor: true,
            based_on,
            ..
        } => based_on
            .clone()
            .or_else(|| renamed.then(|| original.to_owned())),
        _ => Some(original.to_owned()),
    };
    Ok(Plan {
        exercise,
        how,
        based_on,
    })
}
