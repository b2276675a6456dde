//! One check pipeline for exercise files, used by the library, `steady
//! check`, live reload and the editor: every problem at once, each with its
//! position. Cheap checks (does each cue name resolve, is each sound file
//! there) run at load; decoding sound files is left to `steady check` and to
//! the moment an exercise starts.

use std::path::Path;

use crate::audio::cues;
use crate::error::Error;
use crate::exercise::{self, Exercise};
use crate::fsio;
use crate::routine::{self, Routine};

/// What a file holds, once it has been read and checked.
#[derive(Debug, Clone)]
pub enum Checked {
    Exercise(Box<Exercise>),
    /// A routine: its parts are checked against the library later.
    Routine(Routine),
}

/// Reads a file the person pointed Steady at: a regular file within the
/// size cap, as text. Every failure is an error positioned if possible.
pub fn read_text(path: &Path) -> Result<String, Vec<Error>> {
    let bytes = fsio::read_regular(path, fsio::cap::EXERCISE).map_err(|error| vec![error])?;
    let text = exercise::as_text(&bytes).map_err(|error| vec![error])?;
    Ok(text.to_owned())
}

/// Reads, parses and checks one exercise or routine file with the cheap
/// checks. Returns what it holds and its text, or every problem found.
pub fn read_file(path: &Path, sounds_dir: &Path) -> Result<(Checked, String), Vec<Error>> {
    let text = read_text(path)?;
    let checked = if routine::is_routine(&text) {
        Checked::Routine(routine::parse_all(&text)?)
    } else {
        Checked::Exercise(Box::new(check_text(&text, sounds_dir)?))
    };
    Ok((checked, text))
}

/// Reads one file that must be an exercise.
pub fn read_exercise(path: &Path, sounds_dir: &Path) -> Result<(Exercise, String), Vec<Error>> {
    let text = read_text(path)?;
    let exercise = check_text(&text, sounds_dir)?;
    Ok((exercise, text))
}

/// Parses and checks an exercise's text with the cheap checks.
pub fn check_text(text: &str, sounds_dir: &Path) -> Result<Exercise, Vec<Error>> {
    let exercise = exercise::parse_all(text)?;
    let problems = cues::check_names(&exercise, sounds_dir);
    if problems.is_empty() {
        Ok(exercise)
    } else {
        Err(position_cue_problems(text, problems))
    }
}

/// Every check of an exercise's text, decoding its sound files too: for
/// `steady check`.
pub fn check_fully(
    exercise: Exercise,
    text: &str,
    sounds_dir: &Path,
) -> Result<Exercise, Vec<Error>> {
    let problems = cues::check_all(&exercise, sounds_dir);
    if problems.is_empty() {
        Ok(exercise)
    } else {
        Err(position_cue_problems(text, problems))
    }
}

/// Points each cue problem at the first place its name appears in the file.
fn position_cue_problems(text: &str, problems: Vec<Error>) -> Vec<Error> {
    problems
        .into_iter()
        .map(|problem| match &problem {
            Error::Sound { cue, message } => match exercise::position_of_name(text, cue) {
                Some((line, column)) => Error::Invalid {
                    place: crate::error::cue_place(cue),
                    message: message.clone(),
                    line,
                    column,
                },
                None => problem,
            },
            _ => problem,
        })
        .collect()
}
