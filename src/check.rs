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

/// Reads, parses and checks one exercise file with the cheap checks.
/// Returns the exercise and its text, or every problem found.
pub fn read_exercise(path: &Path, sounds_dir: &Path) -> Result<(Exercise, String), Vec<Error>> {
    let bytes = fsio::read_regular(path, fsio::cap::EXERCISE).map_err(|error| vec![error])?;
    let text = exercise::as_text(&bytes).map_err(|error| vec![error])?;
    let exercise = check_text(text, sounds_dir)?;
    Ok((exercise, text.to_owned()))
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

/// Every check, decoding sound files too: for `steady check`.
pub fn check_file_fully(path: &Path, sounds_dir: &Path) -> Result<Exercise, Vec<Error>> {
    let (exercise, text) = read_exercise(path, sounds_dir)?;
    let problems = cues::check_all(&exercise, sounds_dir);
    if problems.is_empty() {
        Ok(exercise)
    } else {
        Err(position_cue_problems(&text, problems))
    }
}

/// Points each cue problem at the first place its name appears in the file.
fn position_cue_problems(text: &str, problems: Vec<Error>) -> Vec<Error> {
    problems
        .into_iter()
        .map(|problem| match &problem {
            Error::Sound { cue, message } => match exercise::position_of_name(text, cue) {
                Some((line, column)) => Error::Invalid {
                    place: format!("cue \"{cue}\""),
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
