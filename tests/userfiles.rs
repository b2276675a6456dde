//! The person's own files: import, save from the editor, trash. Nothing is
//! ever overwritten or erased unasked, and loading never changes a file.

use std::fs;
use std::process::Command;

use steady::library::{Library, SHIPPED};
use steady::paths::Paths;
use steady::userfiles::{self, SaveAs};

fn folder() -> (tempfile::TempDir, Paths) {
    let config = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(config.path());
    fs::create_dir_all(paths.exercises()).expect("mkdir");
    (config, paths)
}

fn steady(paths: &Paths, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_steady"))
        .args(args)
        .env("LANGUAGE", "en")
        .env("STEADY_CONFIG_DIR", paths.config())
        .output()
        .expect("runs")
}

const MINE: &str = "(version: 1, id: \"shared-breath\", title: \"Shared breath\", summary: \"From a friend.\",
  practice: Breathing(phases: [(breath: Inhale, seconds: 4), (breath: Exhale, seconds: 6)], repeat: Cycles(6)))";

#[test]
fn import_adds_a_valid_file_and_refuses_a_second_copy_and_a_broken_one() {
    let (config, paths) = folder();
    let file = config.path().join("from-a-friend.ron");
    fs::write(&file, MINE).expect("write");
    let output = steady(&paths, &["import", file.to_str().expect("utf-8")]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let copied = paths.exercises().join("shared-breath.ron");
    assert_eq!(
        fs::read_to_string(&copied).expect("copied"),
        MINE,
        "copied as it was"
    );
    assert!(Library::load(&paths).get("shared-breath").is_some());

    let again = steady(&paths, &["import", file.to_str().expect("utf-8")]);
    let said = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(1), "{said}");
    assert!(
        said.contains("already an exercise or routine with the id \"shared-breath\""),
        "{said}"
    );

    let broken = config.path().join("broken.ron");
    fs::write(&broken, "(version: 1, id: \"x\",,)").expect("write");
    let refused = steady(&paths, &["import", broken.to_str().expect("utf-8")]);
    let said = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{said}");
    assert!(said.contains("broken.ron:1:"), "{said}");
    assert_eq!(
        fs::read_dir(paths.exercises()).expect("list").count(),
        1,
        "nothing else copied"
    );
}

#[test]
fn import_refuses_the_id_of_a_shipped_exercise() {
    let (config, paths) = folder();
    let file = config.path().join("box.ron");
    fs::write(&file, SHIPPED[0].1).expect("write");
    let output = steady(&paths, &["import", file.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("box-breathing"));
}

#[test]
fn every_shipped_exercise_round_trips_through_the_editor_format() {
    let (_config, paths) = folder();
    for (name, text) in SHIPPED {
        let exercise =
            steady::exercise::parse(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        let written = userfiles::to_text(&exercise, None).expect("written");
        assert!(written.starts_with(userfiles::EDITOR_HEADER));
        let read = steady::exercise::parse(&written)
            .unwrap_or_else(|error| panic!("{name}: {error}\n{written}"));
        assert_eq!(read, exercise, "{name}");
        // And `steady check` accepts what the editor writes.
        let mut copy = exercise.clone();
        copy.id = format!("copy-{}", exercise.id);
        let saved =
            userfiles::save(&copy, &SaveAs::NewFile, Some(&exercise.title), &paths).expect("saved");
        let output = steady(&paths, &["check", saved.to_str().expect("utf-8")]);
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

#[test]
fn saving_never_overwrites_and_replacing_a_hand_written_file_trashes_it_first() {
    let (_config, paths) = folder();
    let mut exercise = steady::exercise::parse(MINE).expect("valid");
    let first = userfiles::save(&exercise, &SaveAs::NewFile, None, &paths).expect("saved");
    let second = userfiles::save(&exercise, &SaveAs::NewFile, None, &paths).expect("saved");
    assert_ne!(first, second, "a second file, not the first overwritten");
    assert!(second.ends_with("shared-breath-2.ron"));

    // A hand-written file, with the person's comments.
    let hand = paths.exercises().join("hand.ron");
    let written = format!("// My own notes: keep these!\n{MINE}");
    fs::write(&hand, &written).expect("write");
    exercise.title = "Changed".into();
    userfiles::save(&exercise, &SaveAs::Replace(hand.clone()), None, &paths).expect("replaced");
    let trashed: Vec<_> = fs::read_dir(paths.trash()).expect("trash").collect();
    assert_eq!(trashed.len(), 1);
    let kept = fs::read_to_string(trashed[0].as_ref().expect("entry").path()).expect("read");
    assert_eq!(
        kept, written,
        "the old file, comments and all, is in the trash"
    );
    // A file the editor made is saved in place without a trip to the trash.
    exercise.title = "Changed again".into();
    userfiles::save(&exercise, &SaveAs::Replace(hand.clone()), None, &paths).expect("replaced");
    assert_eq!(fs::read_dir(paths.trash()).expect("trash").count(), 1);
    assert!(fs::read_to_string(&hand)
        .expect("read")
        .contains("Changed again"));
}

#[test]
fn loading_never_changes_a_file_in_the_folder() {
    let (_config, paths) = folder();
    let files = [
        ("good.ron", MINE.to_owned()),
        ("broken.ron", "(version: 1,,".to_owned()),
        (
            "routine.ron",
            "(version: 1, id: \"r\", title: \"R\", summary: \"S.\", parts: [(exercise: \"nope\")])"
                .to_owned(),
        ),
    ];
    for (name, text) in &files {
        fs::write(paths.exercises().join(name), text).expect("write");
    }
    let before: Vec<_> = files
        .iter()
        .map(|(name, _)| {
            fs::metadata(paths.exercises().join(name))
                .expect("meta")
                .modified()
                .expect("mtime")
        })
        .collect();
    for _ in 0..3 {
        let _ = Library::load(&paths);
    }
    for ((name, text), modified) in files.iter().zip(before) {
        let path = paths.exercises().join(name);
        assert_eq!(&fs::read_to_string(&path).expect("read"), text, "{name}");
        assert_eq!(
            fs::metadata(&path)
                .expect("meta")
                .modified()
                .expect("mtime"),
            modified
        );
    }
    assert_eq!(
        fs::read_dir(paths.exercises()).expect("list").count(),
        files.len()
    );
}

#[test]
fn trash_keeps_every_version() {
    let (_config, paths) = folder();
    for round in 0..3 {
        let file = paths.exercises().join("mine.ron");
        fs::write(&file, format!("// version {round}\n{MINE}")).expect("write");
        userfiles::trash(&file, &paths).expect("trashed");
        assert!(!file.exists());
    }
    assert_eq!(fs::read_dir(paths.trash()).expect("trash").count(), 3);
}
