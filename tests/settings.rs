//! Settings survive restarts, and a broken file is kept aside, never lost.

use std::fs;

use steady::settings::{Settings, ThemeChoice, WindowPlacement};

#[test]
fn a_missing_file_gives_defaults_without_a_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = Settings::load(&dir.path().join("settings.ron"));
    assert_eq!(loaded.settings, Settings::default());
    assert!(loaded.note.is_none());
}

#[test]
fn settings_round_trip() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nested/settings.ron");
    let settings = Settings {
        theme: ThemeChoice::Dark,
        text_scale: 150,
        reduced_motion: true,
        window: Some(WindowPlacement {
            width: 1000.0,
            height: 700.0,
            x: Some(40.0),
            y: Some(30.0),
        }),
        volume: 0.4,
        muted: true,
        count_ticks: true,
        last_breathing: Some("breathing-4-7-8".into()),
    };
    settings.save(&path).expect("save");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings, settings);
    assert!(loaded.note.is_none());
    // Nothing but the settings file is left behind.
    let names: Vec<String> = fs::read_dir(path.parent().expect("parent"))
        .expect("list")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, vec!["settings.ron".to_owned()]);
}

#[test]
fn a_corrupt_file_is_moved_aside_with_a_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    fs::write(&path, "(theme: Purple, text_scale: ").expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings, Settings::default());
    let note = loaded.note.expect("a note for the person");
    assert!(note.contains("could not be read"), "{note}");
    assert!(!path.exists(), "the broken file is no longer in the way");
    let kept: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|entry| entry.expect("entry").path())
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(note.contains(&kept[0].display().to_string()), "{note}");
    assert_eq!(
        fs::read_to_string(&kept[0]).expect("read"),
        "(theme: Purple, text_scale: "
    );
}

#[test]
fn out_of_range_values_are_clamped_and_impossible_windows_dropped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    fs::write(
        &path,
        "(text_scale: 900, volume: 7.5, window: Some((width: 5, height: 90000, x: None, y: None)))",
    )
    .expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings.text_scale, 200);
    assert_eq!(loaded.settings.volume, 1.0);
    assert_eq!(loaded.settings.window, None);
    assert!(loaded.note.is_none());
}

#[test]
fn unknown_fields_from_a_newer_version_are_ignored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    fs::write(&path, "(theme: Light, some_future_option: true)").expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings.theme, ThemeChoice::Light);
    assert!(loaded.note.is_none());
}

#[test]
fn saving_where_no_folder_can_be_made_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, "a file where the config folder should be").expect("write");
    let result = Settings::default().save(&blocker.join("settings.ron"));
    let error = result.expect_err("cannot save inside a file");
    assert!(error.to_string().contains("not-a-folder"), "{error}");
    assert_eq!(
        fs::read_to_string(&blocker).expect("read"),
        "a file where the config folder should be"
    );
}

#[test]
fn an_unreadable_settings_file_is_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A folder where the file should be: it cannot be read, and must not be replaced.
    let path = dir.path().join("settings.ron");
    fs::create_dir(&path).expect("mkdir");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings, Settings::default());
    assert!(!loaded.may_save, "saving would replace what is there");
    assert!(loaded
        .note
        .is_some_and(|note| note.contains("leaves the file as it is")));
    assert!(path.is_dir());
}

#[test]
fn a_readable_or_missing_file_may_be_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert!(Settings::load(&dir.path().join("settings.ron")).may_save);
    let path = dir.path().join("broken.ron");
    fs::write(&path, "((((").expect("write");
    assert!(
        Settings::load(&path).may_save,
        "moved aside first, so saving loses nothing"
    );
}
