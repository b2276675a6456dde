//! All exercises the person can run: the shipped ones, compiled in, plus their
//! own files. A broken file is listed with its problems and never hides the
//! others. The library keeps parsed exercises; a timeline is built only when
//! one is planned or run.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::check;
use crate::error::Error;
use crate::exercise::{self, steps, Exercise, Kind};
use crate::paths::Paths;
use crate::timeline::Timeline;

/// The shipped exercises, in the order the home screen shows them.
pub const SHIPPED: [(&str, &str); 7] = [
    (
        "box-breathing.ron",
        include_str!("../exercises/box-breathing.ron"),
    ),
    (
        "calm-breathing.ron",
        include_str!("../exercises/calm-breathing.ron"),
    ),
    (
        "breathing-4-7-8.ron",
        include_str!("../exercises/breathing-4-7-8.ron"),
    ),
    (
        "coherent-breathing.ron",
        include_str!("../exercises/coherent-breathing.ron"),
    ),
    (
        "grounding-5-4-3-2-1.ron",
        include_str!("../exercises/grounding-5-4-3-2-1.ron"),
    ),
    ("pmr-short.ron", include_str!("../exercises/pmr-short.ron")),
    ("pmr-full.ron", include_str!("../exercises/pmr-full.ron")),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl Origin {
    pub fn describe(&self) -> String {
        match self {
            Origin::BuiltIn => "built-in".to_owned(),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// One exercise of the library: parsed, checked, its length known.
#[derive(Debug, Clone)]
pub struct Entry {
    pub origin: Origin,
    pub exercise: Arc<Exercise>,
    pub total: Duration,
}

impl Entry {
    pub fn new(origin: Origin, exercise: Exercise) -> Entry {
        Entry {
            total: steps::total(&exercise),
            exercise: Arc::new(exercise),
            origin,
        }
    }

    pub fn id(&self) -> &str {
        &self.exercise.id
    }

    pub fn kind(&self) -> Kind {
        self.exercise.practice.kind()
    }

    /// Ready to run: the timeline is built now.
    pub fn playable(&self) -> Playable {
        let exercise = &self.exercise;
        Playable {
            id: exercise.id.clone(),
            title: exercise.title.clone(),
            intro: exercise.intro.clone(),
            closing: exercise.closing.clone(),
            journal: None,
            routine: false,
            origin: self.origin.clone(),
            timeline: Arc::new(Timeline::from_exercise(exercise)),
        }
    }
}

/// Something that can be run, with its timeline: one exercise or a routine.
#[derive(Debug, Clone)]
pub struct Playable {
    pub id: String,
    pub title: String,
    pub intro: Option<String>,
    pub closing: Option<String>,
    /// A question to write about afterwards (the evening routine's journal).
    pub journal: Option<String>,
    pub routine: bool,
    pub origin: Origin,
    pub timeline: Arc<Timeline>,
}

/// A user file that could not be used, with every problem found.
#[derive(Debug, Clone)]
pub struct Broken {
    pub path: PathBuf,
    /// The id the file claims, if it could be read that far.
    pub id: Option<String>,
    pub errors: Vec<Error>,
}

impl Broken {
    pub fn first(&self) -> Option<&Error> {
        self.errors.first()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    entries: Vec<Entry>,
    broken: Vec<Broken>,
}

impl Library {
    /// Shipped exercises only.
    pub fn builtin() -> Library {
        let entries = SHIPPED
            .iter()
            .filter_map(|(_, text)| exercise::parse(text).ok())
            .map(|exercise| Entry::new(Origin::BuiltIn, exercise))
            .collect();
        Library {
            entries,
            broken: Vec::new(),
        }
    }

    /// Shipped exercises plus every `*.ron` in the user's exercises folder
    /// (which may not exist).
    pub fn load(paths: &Paths) -> Library {
        let mut library = Library::builtin();
        let user_dir = paths.exercises();
        let (files, folder_error) = ron_files(&user_dir);
        if let Some(error) = folder_error {
            library.broken.push(Broken {
                path: user_dir.clone(),
                id: None,
                errors: vec![error],
            });
        }
        let mut claimed: HashMap<String, PathBuf> = HashMap::new();
        for path in files {
            match check::read_exercise(&path, &paths.sounds()) {
                Ok((exercise, text)) => {
                    if let Some(first) = claimed.get(&exercise.id) {
                        let error = exercise::invalid_at(
                            &text,
                            "id",
                            format!(
                                "the id \"{}\" is already used by {}",
                                exercise.id,
                                first.display()
                            ),
                        );
                        library.broken.push(Broken {
                            path,
                            id: Some(exercise.id),
                            errors: vec![error],
                        });
                        continue;
                    }
                    claimed.insert(exercise.id.clone(), path.clone());
                    library.add_user(Entry::new(Origin::File(path), exercise));
                }
                Err(errors) => library.broken.push(Broken {
                    id: claimed_id(&path),
                    path,
                    errors,
                }),
            }
        }
        library
    }

    /// A user exercise replaces a shipped one with the same id, in its place.
    fn add_user(&mut self, entry: Entry) {
        match self
            .entries
            .iter_mut()
            .find(|known| known.id() == entry.id())
        {
            Some(known) => *known = entry,
            None => self.entries.push(entry),
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn broken(&self) -> &[Broken] {
        &self.broken
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id() == id)
    }

    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(move |entry| entry.kind() == kind)
    }

    /// An id, or the path of a `.ron` file, ready to run. A broken file that
    /// claims the id, or is named after it, is reported with its problem.
    pub fn resolve(&self, id_or_path: &str, paths: &Paths) -> Result<Playable, Error> {
        if let Some(entry) = self.get(id_or_path) {
            return Ok(entry.playable());
        }
        let path = Path::new(id_or_path);
        if id_or_path.ends_with(".ron") || path.exists() {
            return match check::read_exercise(path, &paths.sounds()) {
                Ok((exercise, _)) => {
                    Ok(Entry::new(Origin::File(path.to_path_buf()), exercise).playable())
                }
                Err(errors) => Err(Error::Broken {
                    path: path.to_path_buf(),
                    errors,
                }),
            };
        }
        if let Some(broken) = self.broken.iter().find(|broken| {
            broken.id.as_deref() == Some(id_or_path)
                || broken
                    .path
                    .file_stem()
                    .is_some_and(|stem| stem == id_or_path)
        }) {
            return Err(Error::Broken {
                path: broken.path.clone(),
                errors: broken.errors.clone(),
            });
        }
        Err(Error::UnknownExercise {
            id: id_or_path.to_owned(),
            close: self.close_matches(id_or_path),
        })
    }

    /// Ids that look like `wanted`: a typo away, or containing it.
    pub fn close_matches(&self, wanted: &str) -> Vec<String> {
        crate::suggest::close_matches(wanted, self.entries.iter().map(Entry::id))
    }
}

/// The id a broken file claims, read from a loose look at its text, so
/// `steady run ID` can name the file instead of saying there is no such id.
fn claimed_id(path: &Path) -> Option<String> {
    let bytes = crate::fsio::read_regular(path, crate::fsio::cap::EXERCISE).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let after = text.split_once("id:")?.1.trim_start().strip_prefix('"')?;
    let id = after.split('"').next()?;
    (!id.is_empty() && id.len() <= exercise::Limits::ID_CHARS).then(|| id.to_owned())
}

/// The `.ron` files of a folder, sorted; a missing folder is simply empty.
/// Only the names are listed here: each file is checked when it is read.
fn ron_files(dir: &Path) -> (Vec<PathBuf>, Option<Error>) {
    let reader = match std::fs::read_dir(dir) {
        Ok(reader) => reader,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return (Vec::new(), None),
        Err(error) => return (Vec::new(), Some(Error::io(dir, error))),
    };
    let mut files: Vec<PathBuf> = reader
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    (files, None)
}
