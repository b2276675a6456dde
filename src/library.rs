//! All exercises the person can run: the shipped ones, compiled in, plus their own
//! files. A broken file is listed with its error and never hides the others.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::Error;
use crate::exercise::{self, Exercise, Kind};
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

/// Files bigger than this are not exercises; refusing them keeps loading fast.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

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

#[derive(Debug, Clone)]
pub struct Entry {
    pub origin: Origin,
    pub exercise: Arc<Exercise>,
    pub timeline: Arc<Timeline>,
}

impl Entry {
    pub fn new(origin: Origin, exercise: Exercise) -> Entry {
        Entry {
            timeline: Arc::new(Timeline::from_exercise(&exercise)),
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
}

/// A user file that could not be used, with why.
#[derive(Debug, Clone)]
pub struct Broken {
    pub path: PathBuf,
    pub error: Error,
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

    /// Shipped exercises plus every `*.ron` in `user_dir` (which may not exist).
    pub fn load(user_dir: &Path) -> Library {
        let mut library = Library::builtin();
        let (files, folder_error) = ron_files(user_dir);
        if let Some(error) = folder_error {
            library.broken.push(Broken {
                path: user_dir.to_path_buf(),
                error,
            });
        }
        let mut claimed: HashMap<String, PathBuf> = HashMap::new();
        for path in files {
            match read_exercise(&path) {
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
                        library.broken.push(Broken { path, error });
                        continue;
                    }
                    claimed.insert(exercise.id.clone(), path.clone());
                    library.add_user(Entry::new(Origin::File(path), exercise));
                }
                Err(error) => library.broken.push(Broken { path, error }),
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

    /// An id, or the path of a `.ron` file.
    pub fn resolve(&self, id_or_path: &str) -> Result<Entry, Error> {
        if let Some(entry) = self.get(id_or_path) {
            return Ok(entry.clone());
        }
        let path = Path::new(id_or_path);
        if id_or_path.ends_with(".ron") || path.is_file() {
            let (exercise, _) = read_exercise(path)?;
            return Ok(Entry::new(Origin::File(path.to_path_buf()), exercise));
        }
        Err(Error::UnknownExercise {
            id: id_or_path.to_owned(),
            close: self.close_matches(id_or_path),
        })
    }

    /// Ids that look like `wanted`: a typo away, or containing it.
    pub fn close_matches(&self, wanted: &str) -> Vec<String> {
        let wanted = wanted.to_lowercase();
        let mut scored: Vec<(usize, &str)> = self
            .entries
            .iter()
            .filter_map(|entry| {
                let id = entry.id();
                let distance = edit_distance(&wanted, id);
                let related = !wanted.is_empty() && (id.contains(&wanted) || wanted.contains(id));
                (distance <= 3 || related).then_some((distance, id))
            })
            .collect();
        scored.sort();
        scored
            .into_iter()
            .map(|(_, id)| id.to_owned())
            .take(3)
            .collect()
    }
}

/// Reads and validates one exercise file; also returns its text for positions.
pub fn read_exercise(path: &Path) -> Result<(Exercise, String), Error> {
    let metadata = std::fs::metadata(path).map_err(|error| Error::io(path, error))?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Error::Parse {
            line: 1,
            column: 1,
            message: format!(
                "the file is {} KiB; an exercise file may be at most {} KiB",
                metadata.len() / 1024,
                MAX_FILE_BYTES / 1024
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(|error| Error::io(path, error))?;
    let exercise = exercise::parse_bytes(&bytes)?;
    Ok((exercise, String::from_utf8_lossy(&bytes).into_owned()))
}

/// The `.ron` files of a folder, sorted; a missing folder is simply empty.
fn ron_files(dir: &Path) -> (Vec<PathBuf>, Option<Error>) {
    let reader = match std::fs::read_dir(dir) {
        Ok(reader) => reader,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return (Vec::new(), None),
        Err(error) => return (Vec::new(), Some(Error::io(dir, error))),
    };
    let mut files: Vec<PathBuf> = reader
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron") && !path.is_dir())
        .collect();
    files.sort();
    (files, None)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}
