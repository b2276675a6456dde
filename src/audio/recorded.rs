//! The person's own recordings: a step's guidance in their own voice, a
//! WAV or Ogg Vorbis file in their sounds folder, named in the exercise
//! file. Decoded like a cue's sound file, but as long as its step and
//! never looked for among the shipped sounds: a recording is the person's.
//!
//! A missing recording never stops an exercise from loading (the step is
//! then heard as a cue alone); `steady check` warns about it, and the
//! player says so when the exercise starts.

use std::collections::HashMap;
use std::io::{BufReader, Read};
use std::path::Path;
use std::time::Duration;

use super::cues::{self, Clip, SeekableTake};
use crate::error::Error;
use crate::exercise::{Exercise, Practice};
use crate::fsio;
use crate::timeline::Timeline;

/// Longest stretch of a recording ever decoded: a step's guidance, not a
/// talk. Two minutes at the mixer's rate are 11 MiB as 16-bit samples.
pub const MAX_RECORDING: Duration = Duration::from_secs(120);

/// Every recording an exercise names, once each, in the order they appear.
pub fn names(exercise: &Exercise) -> Vec<&str> {
    let named: Vec<&str> = match &exercise.practice {
        Practice::Breathing { phases, .. } => phases
            .iter()
            .filter_map(|phase| phase.recording.as_deref())
            .collect(),
        Practice::Grounding { steps } => steps
            .iter()
            .filter_map(|step| step.recording.as_deref())
            .collect(),
        Practice::Relaxation { groups, .. } => groups
            .iter()
            .flat_map(|group| [&group.tense_recording, &group.release_recording])
            .filter_map(Option::as_deref)
            .collect(),
    };
    let mut once = Vec::with_capacity(named.len());
    for name in named {
        if !once.contains(&name) {
            once.push(name);
        }
    }
    once
}

/// Every recording a timeline plays, with how much of it can be heard: as
/// long as the longest step it belongs to.
pub fn wanted(timeline: &Timeline) -> HashMap<String, Duration> {
    let mut lengths: HashMap<String, Duration> = HashMap::new();
    for segment in timeline.segments() {
        if let Some(name) = &segment.recording {
            let entry = lengths.entry(name.clone()).or_default();
            *entry = (*entry).max(segment.duration.min(MAX_RECORDING));
        }
    }
    lengths
}

/// Decodes one recording from the sounds folder, at most `playable` long,
/// matched in loudness to the cues so a quiet microphone is still heard.
pub fn load(name: &str, sounds_dir: &Path, playable: Duration) -> Result<Clip, Error> {
    let problem = |message: String| Error::Recording {
        file: name.to_owned(),
        message,
    };
    let file = sounds_dir.join(name);
    if std::fs::symlink_metadata(&file).is_err() {
        return Err(problem(crate::t!(
            "recording-not-found",
            folder = sounds_dir.display().to_string()
        )));
    }
    let (opened, length) =
        fsio::open_regular(&file, fsio::cap::SOUND).map_err(|error| problem(error.to_string()))?;
    let reader = BufReader::new(opened.take(fsio::cap::SOUND));
    let samples = cues::decode(
        name,
        name,
        SeekableTake::new(reader, length),
        length,
        playable.min(MAX_RECORDING),
    )
    .map_err(|error| match error {
        Error::Sound { message, .. } => problem(message),
        other => other,
    })?;
    Ok(Clip::new(&cues::matched(samples, 1.0)))
}

/// Every recording a timeline plays, ready, plus the problems with any that
/// cannot be played (their steps still run, with their cues). Slow: run it
/// off the window's thread.
pub fn prepare(timeline: &Timeline, sounds_dir: &Path) -> (HashMap<String, Clip>, Vec<Error>) {
    let mut clips = HashMap::new();
    let mut problems = Vec::new();
    for (name, length) in wanted(timeline) {
        match load(&name, sounds_dir, length) {
            Ok(clip) => {
                clips.insert(name, clip);
            }
            Err(error) => problems.push(error),
        }
    }
    problems.sort_by_key(ToString::to_string);
    (clips, problems)
}

/// The recordings of `exercise` that cannot be played, each said once:
/// for `steady check`, which decodes them all.
pub fn problems(exercise: &Exercise, sounds_dir: &Path) -> Vec<Error> {
    names(exercise)
        .into_iter()
        .filter_map(|name| load(name, sounds_dir, Duration::from_secs(1)).err())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::parse;

    const PMR: &str = r#"(
        version: 1, id: "t", title: "T", summary: "S",
        practice: Relaxation(tense_seconds: 5, release_seconds: 10, groups: [
            (name: "Hands", tense: "Make fists.", release: "Let go.",
             tense_recording: "t-hands-tense.wav", release_recording: "t-hands-release.wav"),
            (name: "Feet", tense: "Curl your toes.", release: "Let them rest.",
             release_recording: "t-hands-release.wav"),
        ]),
    )"#;

    #[test]
    fn each_recording_is_named_once_in_order() {
        let exercise = parse(PMR).expect("a valid exercise");
        assert_eq!(
            names(&exercise),
            ["t-hands-tense.wav", "t-hands-release.wav"]
        );
    }

    #[test]
    fn a_recording_is_wanted_as_long_as_its_longest_step() {
        let exercise = parse(PMR).expect("a valid exercise");
        let timeline = Timeline::from_exercise(&exercise);
        let wanted = wanted(&timeline);
        assert_eq!(wanted["t-hands-tense.wav"], Duration::from_secs(5));
        assert_eq!(wanted["t-hands-release.wav"], Duration::from_secs(10));
        assert_eq!(wanted.len(), 2);
    }

    #[test]
    fn a_missing_recording_says_where_it_was_looked_for() {
        let exercise = parse(PMR).expect("a valid exercise");
        let folder = tempfile::tempdir().expect("temp dir");
        let problems = problems(&exercise, folder.path());
        assert_eq!(problems.len(), 2);
        let said = problems[0].to_string();
        assert!(said.contains("t-hands-tense.wav"), "{said}");
        assert!(
            said.contains(&folder.path().display().to_string()),
            "{said}"
        );
    }

    #[test]
    fn a_recording_is_never_taken_from_the_shipped_sounds() {
        let folder = tempfile::tempdir().expect("temp dir");
        let loaded = load("bell.wav", folder.path(), Duration::from_secs(1));
        assert!(matches!(loaded, Err(Error::Recording { .. })));
    }
}
