//! Cue names and sound files are checked: unknown names, missing files and
//! files that cannot be decoded are errors naming the cue and the file.

use std::fs;
use std::path::Path;

use steady::audio::cues;
use steady::exercise::parse;
use steady::Error;

fn exercise_with(cues_line: &str, sounds_line: &str) -> steady::exercise::Exercise {
    let text = format!(
        "(version: 1, id: \"c\", title: \"C\", summary: \"C.\",
          practice: Breathing(phases: [(breath: Inhale, seconds: 2), (breath: Exhale, seconds: 2, cue: \"whoosh\")], repeat: Cycles(2)),
          {cues_line}
          {sounds_line})"
    );
    parse(&text).unwrap_or_else(|error| panic!("{error}"))
}

fn sound_errors(errors: &[Error]) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|error| match error {
            Error::Sound { cue, message } => (cue.clone(), message.clone()),
            other => panic!("expected a sound error, got {other:?}"),
        })
        .collect()
}

#[test]
fn every_shipped_exercise_has_working_cues() {
    let nowhere = Path::new("/nonexistent/sounds");
    for (name, text) in steady::library::SHIPPED {
        let exercise = parse(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert!(cues::validate(&exercise, nowhere).is_empty(), "{name}");
        assert!(!cues::names_used(&exercise).is_empty(), "{name} has cues");
    }
}

#[test]
fn an_unknown_cue_name_is_an_error_naming_it() {
    let exercise = exercise_with("cues: (inhale: \"rise\"),", "");
    let errors = sound_errors(&cues::validate(&exercise, Path::new("/nonexistent")));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "whoosh");
    assert!(errors[0].1.contains("no such cue"), "{}", errors[0].1);
}

#[test]
fn a_defined_tone_is_a_known_cue() {
    let exercise = exercise_with(
        "",
        "sounds: { \"whoosh\": Tone(hz: 300, to_hz: 200, seconds: 0.5) },",
    );
    assert!(cues::validate(&exercise, Path::new("/nonexistent")).is_empty());
}

#[test]
fn a_missing_sound_file_is_an_error_naming_the_file() {
    let exercise = exercise_with("", "sounds: { \"whoosh\": File(path: \"whoosh.ogg\") },");
    let errors = sound_errors(&cues::validate(&exercise, Path::new("/nonexistent/sounds")));
    assert_eq!(errors.len(), 1);
    assert!(errors[0].1.contains("whoosh.ogg"), "{}", errors[0].1);
    assert!(errors[0].1.contains("not found"), "{}", errors[0].1);
}

#[test]
fn a_corrupt_sound_file_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("whoosh.ogg"),
        b"OggS this is not really vorbis at all",
    )
    .expect("write");
    fs::write(dir.path().join("empty.wav"), b"").expect("write");
    let exercise = exercise_with(
        "cues: (inhale: \"empty\"),",
        "sounds: { \"whoosh\": File(path: \"whoosh.ogg\"), \"empty\": File(path: \"empty.wav\") },",
    );
    let errors = sound_errors(&cues::validate(&exercise, dir.path()));
    assert_eq!(errors.len(), 2, "{errors:?}");
    for (_, message) in &errors {
        assert!(message.contains("cannot play"), "{message}");
    }
}

#[test]
fn a_user_sound_file_is_found_and_decoded() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A real WAV: the shipped bell, copied under another name.
    let bell = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sounds/bell.wav");
    fs::copy(bell, dir.path().join("mine.wav")).expect("copy");
    let exercise = exercise_with(
        "",
        "sounds: { \"whoosh\": File(path: \"mine.wav\", volume: 0.5) },",
    );
    let (clips, problems) = cues::load_all(&exercise, dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    let (_, clip) = clips
        .iter()
        .find(|(name, _)| name == "whoosh")
        .expect("decoded");
    assert!(
        (clip.duration_seconds() - 2.0).abs() < 0.05,
        "{}",
        clip.duration_seconds()
    );
    assert!(clip.samples.iter().all(|sample| sample.abs() <= 0.5));
}

#[test]
fn a_broken_cue_leaves_the_others_playable() {
    let exercise = exercise_with("cues: (inhale: \"rise\", end: \"bell\"),", "");
    let (clips, problems) = cues::load_all(&exercise, Path::new("/nonexistent"));
    assert_eq!(problems.len(), 1, "only whoosh fails");
    let names: Vec<&str> = clips.iter().map(|(name, _)| name.as_str()).collect();
    assert!(
        names.contains(&"rise") && names.contains(&"bell"),
        "{names:?}"
    );
}
