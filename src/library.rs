//! All exercises the person can run: the shipped ones, compiled in, plus their
//! own files. A broken file is listed with its problems and never hides the
//! others. The library keeps parsed exercises; a timeline is built only when
//! one is planned or run.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::check::{self, Checked};
use crate::error::Error;
use crate::exercise::{self, steps, Exercise, Kind};
use crate::paths::Paths;
use crate::routine::{self, Adjusted, Routine};
use crate::timeline::Timeline;

/// The shipped exercises, in the order the home screen shows them.
pub const SHIPPED: [(&str, &str); 12] = [
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
        "morning-breath.ron",
        include_str!("../exercises/morning-breath.ron"),
    ),
    (
        "physiological-sigh.ron",
        include_str!("../exercises/physiological-sigh.ron"),
    ),
    (
        "grounding-5-4-3-2-1.ron",
        include_str!("../exercises/grounding-5-4-3-2-1.ron"),
    ),
    (
        "kind-words.ron",
        include_str!("../exercises/kind-words.ron"),
    ),
    (
        "kind-words-waiting.ron",
        include_str!("../exercises/kind-words-waiting.ron"),
    ),
    ("pmr-short.ron", include_str!("../exercises/pmr-short.ron")),
    ("pmr-7.ron", include_str!("../exercises/pmr-7.ron")),
    ("pmr-full.ron", include_str!("../exercises/pmr-full.ron")),
];

/// The shipped routines, in the order the home screen shows them.
pub const SHIPPED_ROUTINES: [(&str, &str); 3] = [
    (
        "morning-five.ron",
        include_str!("../exercises/morning-five.ron"),
    ),
    (
        "two-minute-reset.ron",
        include_str!("../exercises/two-minute-reset.ron"),
    ),
    (
        "evening-wind-down.ron",
        include_str!("../exercises/evening-wind-down.ron"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl Origin {
    pub fn describe(&self) -> String {
        match self {
            Origin::BuiltIn => crate::t!("origin-built-in").to_owned(),
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
            fitted: Vec::new(),
            routine: false,
            origin: self.origin.clone(),
            timeline: Arc::new(Timeline::from_exercise(exercise)),
        }
    }
}

/// The shipped mid-day pause that `steady quick` starts unless the person chose another.
pub const QUICK_PAUSE: &str = "two-minute-reset";

/// Something that can be run, with its timeline: one exercise or a routine.
#[derive(Debug, Clone)]
pub struct Playable {
    pub id: String,
    pub title: String,
    pub intro: Option<String>,
    pub closing: Option<String>,
    /// A question to write about afterwards (the evening routine's journal).
    pub journal: Option<String>,
    /// For a routine: how each part was fitted to its length, in words.
    pub fitted: Vec<String>,
    pub routine: bool,
    pub origin: Origin,
    pub timeline: Arc<Timeline>,
}

impl Playable {
    /// What the get-ready screen shows: a routine's intro, then its first
    /// part's intro; an exercise's intro; and the safety line.
    pub fn get_ready(&self) -> crate::timeline::Briefing {
        let lead = self.intro.as_deref().filter(|_| self.routine);
        let mut briefing = self.timeline.briefing(0, lead);
        if !self.routine && briefing.paragraphs.is_empty() {
            // An exercise built outside the library may carry only this intro.
            briefing.paragraphs.extend(self.intro.clone());
        }
        briefing
    }

    /// What to read again during part `part` (the I key): its intro and safety line.
    pub fn intro_of(&self, part: usize) -> crate::timeline::Briefing {
        if self.routine {
            self.timeline.briefing(part, None)
        } else {
            self.get_ready()
        }
    }
}

/// A user file that could not be used, with every problem found.
#[derive(Debug, Clone)]
pub struct Broken {
    pub path: PathBuf,
    /// The id the file claims, if it could be read that far.
    pub id: Option<String>,
    pub errors: Vec<Error>,
    /// The file broke while Steady was running: its last good version is
    /// still in the list until it is fixed.
    pub kept_last_good: bool,
}

impl Broken {
    pub fn first(&self) -> Option<&Error> {
        self.errors.first()
    }
}

/// A routine of the library: checked against the exercises, its timeline made.
#[derive(Debug, Clone)]
pub struct RoutineEntry {
    pub origin: Origin,
    pub routine: Arc<Routine>,
    pub timeline: Arc<Timeline>,
    /// How parts were shortened or lengthened, for `steady plan`.
    pub adjusted: Vec<Adjusted>,
}

impl RoutineEntry {
    pub fn id(&self) -> &str {
        &self.routine.id
    }

    pub fn total(&self) -> Duration {
        self.timeline.total()
    }

    pub fn playable(&self) -> Playable {
        let routine = &self.routine;
        Playable {
            id: routine.id.clone(),
            title: routine.title.clone(),
            intro: routine.intro.clone(),
            closing: routine.closing.clone(),
            journal: routine.journal.clone(),
            fitted: self
                .adjusted
                .iter()
                .map(|adjusted| {
                    crate::t!(
                        "plan-fitted-part",
                        part = adjusted.part + 1,
                        title = adjusted.title.as_str(),
                        words = adjusted.words.as_str()
                    )
                })
                .collect(),
            routine: true,
            origin: self.origin.clone(),
            timeline: self.timeline.clone(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    entries: Vec<Entry>,
    routines: Vec<RoutineEntry>,
    broken: Vec<Broken>,
}

/// A routine read but not yet checked against the exercises.
struct Pending {
    origin: Origin,
    routine: Routine,
    text: String,
}

impl Library {
    /// Shipped exercises and routines only, in the program's language.
    pub fn builtin() -> Library {
        Library::builtin_in(crate::i18n::language())
    }

    /// Shipped exercises and routines only, in `language`.
    pub fn builtin_in(language: crate::i18n::Language) -> Library {
        let mut library = Library {
            entries: crate::i18n::shipped::exercises(language)
                .iter()
                .filter_map(|(_, text)| exercise::parse(text).ok())
                .map(|exercise| Entry::new(Origin::BuiltIn, exercise))
                .collect(),
            ..Library::default()
        };
        let shipped = crate::i18n::shipped::routines(language)
            .iter()
            .filter_map(|(_, text)| {
                let routine = routine::parse_all(text).ok()?;
                Some(Pending {
                    origin: Origin::BuiltIn,
                    routine,
                    text: (*text).to_owned(),
                })
            })
            .collect();
        library.add_routines(shipped);
        library
    }

    /// Shipped exercises and routines plus every `*.ron` in the user's
    /// exercises folder (which may not exist).
    pub fn load(paths: &Paths) -> Library {
        let mut library = Library::builtin();
        let user_dir = paths.exercises();
        let (files, folder_error) = ron_files(&user_dir);
        if let Some(error) = folder_error {
            library.broken.push(Broken {
                path: user_dir.clone(),
                id: None,
                errors: vec![error],
                kept_last_good: false,
            });
        }
        let mut claimed: HashMap<String, PathBuf> = HashMap::new();
        let mut routines = Vec::new();
        for path in files {
            let (checked, text) = match check::read_file(&path, &paths.sounds()) {
                Ok(read) => read,
                Err(errors) => {
                    library.broken.push(Broken {
                        id: claimed_id(&path),
                        path,
                        errors,
                        kept_last_good: false,
                    });
                    continue;
                }
            };
            let id = match &checked {
                Checked::Exercise(exercise) => exercise.id.clone(),
                Checked::Routine(routine) => routine.id.clone(),
            };
            if let Some(first) = claimed.get(&id) {
                let error = exercise::invalid_at(
                    &text,
                    "id",
                    crate::t!(
                        "problem-id-taken",
                        id = id.as_str(),
                        file = first.display().to_string()
                    ),
                );
                library.broken.push(Broken {
                    path,
                    id: Some(id),
                    errors: vec![error],
                    kept_last_good: false,
                });
                continue;
            }
            claimed.insert(id, path.clone());
            match checked {
                Checked::Exercise(exercise) => {
                    library.add_user(Entry::new(Origin::File(path), *exercise));
                }
                Checked::Routine(routine) => routines.push(Pending {
                    origin: Origin::File(path),
                    routine,
                    text,
                }),
            }
        }
        // Routines come last: they may name any exercise, shipped or own.
        library
            .routines
            .retain(|shipped| !routines.iter().any(|own| own.routine.id == shipped.id()));
        library.add_routines(routines);
        library
    }

    /// Loads again after files changed. A file that was fine before and is
    /// broken now keeps its last good version in the list (the error is
    /// listed too) until it is fixed.
    pub fn reload(paths: &Paths, previous: &Library) -> Library {
        let mut library = Library::load(paths);
        let broken_paths: Vec<PathBuf> = library
            .broken
            .iter()
            .map(|broken| broken.path.clone())
            .collect();
        for path in broken_paths {
            let origin = Origin::File(path.clone());
            let kept_exercise = previous
                .entries
                .iter()
                .find(|entry| entry.origin == origin)
                .cloned();
            let kept_routine = previous
                .routines
                .iter()
                .find(|entry| entry.origin == origin)
                .cloned();
            let kept = match (kept_exercise, kept_routine) {
                (Some(entry), _)
                    if library
                        .get(entry.id())
                        .is_none_or(|now| now.origin == Origin::BuiltIn) =>
                {
                    library.add_user(entry);
                    true
                }
                (_, Some(entry)) if library.routine(entry.id()).is_none() => {
                    library.routines.push(entry);
                    true
                }
                _ => false,
            };
            if kept {
                for broken in library
                    .broken
                    .iter_mut()
                    .filter(|broken| broken.path == path)
                {
                    broken.kept_last_good = true;
                }
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

    /// Checks each routine against the exercises and makes its timeline; a
    /// routine naming a missing or broken exercise is listed as broken.
    fn add_routines(&mut self, pending: Vec<Pending>) {
        for Pending {
            origin,
            routine,
            text,
        } in pending
        {
            if self.get(&routine.id).is_some() {
                let error = exercise::invalid_at(
                    &text,
                    "id",
                    crate::t!("problem-id-taken-by-exercise", id = routine.id.as_str()),
                );
                self.push_broken(&origin, Some(routine.id.clone()), vec![error]);
                continue;
            }
            match routine::flatten(&routine, |id| self.exercise_for_routine(id)) {
                Ok(plan) => self.routines.push(RoutineEntry {
                    origin,
                    routine: Arc::new(routine),
                    timeline: Arc::new(plan.timeline),
                    adjusted: plan.adjusted,
                }),
                Err(problems) => {
                    let errors = problems
                        .into_iter()
                        .map(|problem| exercise::invalid_at(&text, &problem.place, problem.message))
                        .collect();
                    self.push_broken(&origin, Some(routine.id.clone()), errors);
                }
            }
        }
    }

    fn push_broken(&mut self, origin: &Origin, id: Option<String>, errors: Vec<Error>) {
        let path = match origin {
            Origin::File(path) => path.clone(),
            Origin::BuiltIn => PathBuf::from(format!("({})", crate::t!("origin-built-in"))),
        };
        self.broken.push(Broken {
            path,
            id,
            errors,
            kept_last_good: false,
        });
    }

    /// The exercise a routine's part names, or why it cannot be used.
    fn exercise_for_routine(&self, id: &str) -> Result<&Exercise, String> {
        if let Some(entry) = self.get(id) {
            return Ok(&entry.exercise);
        }
        if let Some(broken) = self
            .broken
            .iter()
            .find(|broken| broken.id.as_deref() == Some(id))
        {
            let first = broken.first().map(|error| match error.position() {
                Some((line, column)) => format!(":{line}:{column}: {}", error.message()),
                None => format!(": {}", error.message()),
            });
            return Err(crate::t!(
                "routine-part-broken",
                id = id,
                file = broken.path.display().to_string(),
                first = first.unwrap_or_default()
            ));
        }
        let close = self.close_matches(id);
        Err(match close.first() {
            Some(close) => crate::t!(
                "routine-part-unknown-close",
                id = id,
                close = close.as_str()
            ),
            None => crate::t!("routine-part-unknown", id = id),
        })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn routines(&self) -> &[RoutineEntry] {
        &self.routines
    }

    pub fn broken(&self) -> &[Broken] {
        &self.broken
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id() == id)
    }

    pub fn routine(&self, id: &str) -> Option<&RoutineEntry> {
        self.routines.iter().find(|entry| entry.id() == id)
    }

    /// An exercise or a routine by id, ready to run.
    pub fn playable(&self, id: &str) -> Option<Playable> {
        self.get(id)
            .map(Entry::playable)
            .or_else(|| self.routine(id).map(RoutineEntry::playable))
    }

    /// What `steady quick`, the tray's Start and a handed-over "quick"
    /// start: the pause the person chose, else the Two-minute reset, else
    /// any breathing exercise. Decided here only.
    pub fn quick_pause(&self, chosen: &str) -> Option<Playable> {
        self.playable(chosen)
            .or_else(|| self.playable(QUICK_PAUSE))
            .or_else(|| self.of_kind(Kind::Breathing).next().map(Entry::playable))
    }

    /// The exercises listed under one heading of the home screen.
    pub fn of_group(&self, group: crate::exercise::Group) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(move |entry| entry.exercise.group() == group)
    }

    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(move |entry| entry.kind() == kind)
    }

    /// An id, or the path of a `.ron` file, ready to run. A broken file that
    /// claims the id, or is named after it, is reported with its problem.
    pub fn resolve(&self, id_or_path: &str, paths: &Paths) -> Result<Playable, Error> {
        if let Some(playable) = self.playable(id_or_path) {
            return Ok(playable);
        }
        let path = Path::new(id_or_path);
        if id_or_path.ends_with(".ron") || path.exists() {
            return self
                .read_playable(path, paths)
                .map_err(|errors| Error::Broken {
                    path: path.to_path_buf(),
                    errors,
                });
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

    /// A file given by path: an exercise, or a routine checked against this library.
    fn read_playable(&self, path: &Path, paths: &Paths) -> Result<Playable, Vec<Error>> {
        let origin = Origin::File(path.to_path_buf());
        match check::read_file(path, &paths.sounds())? {
            (Checked::Exercise(exercise), _) => Ok(Entry::new(origin, *exercise).playable()),
            (Checked::Routine(routine), text) => {
                let mut scratch = self.clone();
                scratch.routines.clear();
                scratch.broken.clear();
                scratch.add_routines(vec![Pending {
                    origin,
                    routine,
                    text,
                }]);
                match (scratch.routines.pop(), scratch.broken.pop()) {
                    (Some(entry), _) => Ok(entry.playable()),
                    (None, Some(broken)) => Err(broken.errors),
                    (None, None) => Err(Vec::new()),
                }
            }
        }
    }

    /// Ids that look like `wanted`: a typo away, or containing it.
    pub fn close_matches(&self, wanted: &str) -> Vec<String> {
        crate::suggest::close_matches(
            wanted,
            self.entries
                .iter()
                .map(Entry::id)
                .chain(self.routines.iter().map(RoutineEntry::id)),
        )
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
