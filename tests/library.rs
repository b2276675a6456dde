//! Where exercises come from: shipped ones, the user's folder, overrides, broken files.

use std::fs;
use std::path::Path;

use steady::library::{Library, Origin, SHIPPED};
use steady::paths::Paths;
use steady::Error;

fn user_exercise(id: &str, title: &str) -> String {
    format!(
        "(version: 1, id: \"{id}\", title: \"{title}\", summary: \"Mine.\",
          practice: Breathing(phases: [(breath: Inhale, seconds: 2), (breath: Exhale, seconds: 3)], repeat: Cycles(2)))"
    )
}

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).expect("temp dir is writable");
}

/// A config folder whose exercises folder is `dir`'s `exercises`.
fn folder() -> (tempfile::TempDir, Paths, std::path::PathBuf) {
    let config = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(config.path());
    let exercises = paths.exercises();
    fs::create_dir_all(&exercises).expect("mkdir");
    (config, paths, exercises)
}

#[test]
fn every_shipped_exercise_loads() {
    let library = Library::builtin();
    assert_eq!(library.entries().len(), SHIPPED.len());
    assert!(library.broken().is_empty());
}

#[test]
fn a_missing_user_folder_is_not_an_error() {
    let library = Library::load(&Paths::at("/nonexistent/steady"));
    assert_eq!(library.entries().len(), SHIPPED.len());
    assert!(library.broken().is_empty());
}

#[test]
fn user_files_are_added_and_override_shipped_ids_in_place() {
    let (_config, paths, dir) = folder();
    write(
        dir.as_path(),
        "mine.ron",
        &user_exercise("my-breath", "My breath"),
    );
    write(
        dir.as_path(),
        "box.ron",
        &user_exercise("box-breathing", "My own box"),
    );
    write(dir.as_path(), "notes.txt", "not an exercise");
    let library = Library::load(&paths);
    assert_eq!(library.entries().len(), SHIPPED.len() + 1);
    let first = &library.entries()[0];
    assert_eq!(first.id(), "box-breathing");
    assert_eq!(first.exercise.title, "My own box");
    assert_eq!(first.origin, Origin::File(dir.as_path().join("box.ron")));
    assert!(library.get("my-breath").is_some());
}

#[test]
fn a_broken_file_is_listed_with_its_error_and_hides_nothing() {
    let (_config, paths, dir) = folder();
    write(dir.as_path(), "a-good.ron", &user_exercise("good", "Good"));
    write(dir.as_path(), "b-broken.ron", "(version: 1, id: \"x\",, )");
    write(
        dir.as_path(),
        "c-good.ron",
        &user_exercise("also-good", "Also good"),
    );
    let library = Library::load(&paths);
    assert!(library.get("good").is_some());
    assert!(library.get("also-good").is_some());
    assert_eq!(library.broken().len(), 1);
    let broken = &library.broken()[0];
    assert_eq!(broken.path, dir.as_path().join("b-broken.ron"));
    assert_eq!(broken.errors[0].position(), Some((1, 22)));
}

#[test]
fn duplicate_user_ids_keep_the_first_and_report_the_second() {
    let (_config, paths, dir) = folder();
    write(dir.as_path(), "one.ron", &user_exercise("same", "One"));
    write(dir.as_path(), "two.ron", &user_exercise("same", "Two"));
    let library = Library::load(&paths);
    assert_eq!(
        library.get("same").map(|e| e.exercise.title.as_str()),
        Some("One")
    );
    assert_eq!(library.broken().len(), 1);
    let error = &library.broken()[0].errors[0];
    assert!(matches!(error, Error::Invalid { place, .. } if place == "id"));
    assert!(error.to_string().contains("one.ron"), "{error}");
}

#[test]
fn huge_files_are_refused_quickly() {
    let (_config, paths, dir) = folder();
    write(dir.as_path(), "huge.ron", &" ".repeat(10 * 1024 * 1024));
    let library = Library::load(&paths);
    assert_eq!(library.broken().len(), 1);
    assert!(library.broken()[0].errors[0]
        .to_string()
        .contains("at most"));
}

#[test]
fn unknown_ids_suggest_close_matches() {
    let library = Library::builtin();
    let paths = Paths::at("/nonexistent/steady");
    match library.resolve("box-breathin", &paths) {
        Err(Error::UnknownExercise { close, .. }) => {
            assert_eq!(close.first().map(String::as_str), Some("box-breathing"));
        }
        other => panic!("expected unknown exercise, got {other:?}"),
    }
    match library.resolve("zzzzzzzzzz", &paths) {
        Err(Error::UnknownExercise { close, .. }) => assert!(close.is_empty()),
        other => panic!("expected unknown exercise, got {other:?}"),
    }
}
