//! Settings survive restarts, and a broken file is kept aside, never lost.

use std::fs;

use steady::settings::{Settings, ThemeChoice};
use steady::state::WindowPlacement;

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
        volume_db: -20.0,
        muted: true,
        count_ticks: true,
        lead_in_seconds: 5,
        check_in: false,
        quick: "box-breathing".into(),
        mini: true,
        ..Settings::default()
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
fn out_of_range_values_are_clamped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    fs::write(
        &path,
        "(text_scale: 900, volume_db: 7.5, lead_in_seconds: 99)",
    )
    .expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings.text_scale, 200);
    assert_eq!(loaded.settings.volume_db, 0.0);
    assert_eq!(loaded.settings.lead_in_seconds, 10);
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

#[test]
fn a_file_that_is_not_text_is_moved_aside_as_corrupt() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    fs::write(&path, [0xff, 0xfe, 0x28, 0x00]).expect("write");
    let loaded = Settings::load(&path);
    assert!(loaded.may_save);
    assert!(loaded.note.is_some_and(|note| note.contains("kept as")));
    assert!(!path.exists());
    Settings::default().save(&path).expect("saving works again");
}

#[test]
fn a_pipe_named_settings_is_left_alone_without_waiting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo works");
    let started = std::time::Instant::now();
    let loaded = Settings::load(&path);
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    assert!(!loaded.may_save);
    assert!(loaded.note.is_some_and(|note| note.contains("named pipe")));
}

#[cfg(unix)]
#[test]
fn saving_writes_through_a_link_and_keeps_the_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let dotfiles = dir.path().join("dotfiles");
    fs::create_dir(&dotfiles).expect("mkdir");
    let target = dotfiles.join("steady-settings.ron");
    fs::write(&target, "(theme: Light)").expect("write");
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).expect("chmod");
    let link = dir.path().join("settings.ron");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");

    let settings = Settings {
        theme: ThemeChoice::Dark,
        ..Settings::default()
    };
    settings.save(&link).expect("save");
    assert!(fs::symlink_metadata(&link)
        .expect("link")
        .file_type()
        .is_symlink());
    assert_eq!(Settings::load(&target).settings.theme, ThemeChoice::Dark);
    let mode = fs::metadata(&target).expect("target").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    // A new settings file is private.
    let fresh = dir.path().join("fresh.ron");
    settings.save(&fresh).expect("save");
    assert_eq!(
        fs::metadata(&fresh).expect("meta").permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn temp_files_of_killed_saves_are_cleaned_up_but_not_those_of_live_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    // No process has this id (above the kernel's limit of 2^22).
    let dead = dir.path().join(".settings.ron.4194305.tmp");
    fs::write(&dead, "half a save").expect("write");
    // This test's own parent is alive.
    let alive = dir.path().join(format!(
        ".settings.ron.{}.tmp",
        std::os::unix::process::parent_id()
    ));
    fs::write(&alive, "another Steady saving right now").expect("write");
    Settings::default().save(&path).expect("save");
    assert!(!dead.exists());
    assert!(alive.exists());
}

#[test]
fn two_instances_keep_each_others_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    Settings::default().save(&path).expect("save");
    // Both start from the same file.
    let base = Settings::load(&path).settings;
    // The first changes the theme and saves.
    let first = Settings {
        theme: ThemeChoice::Dark,
        ..base.clone()
    };
    let first_saved = first.save_changes(&base, &path).expect("save");
    assert_eq!(first_saved.theme, ThemeChoice::Dark);
    // The second, still holding the old theme, changes the text size.
    let second = Settings {
        text_scale: 150,
        ..base.clone()
    };
    let merged = second.save_changes(&base, &path).expect("save");
    assert_eq!(
        merged.theme,
        ThemeChoice::Dark,
        "the first one's change is kept"
    );
    assert_eq!(merged.text_scale, 150);
    assert_eq!(Settings::load(&path).settings, merged);
}

#[test]
fn a_saved_position_is_used_only_if_the_window_fits_the_screen() {
    let placement = |x, y| WindowPlacement {
        width: 800.0,
        height: 600.0,
        x: Some(x),
        y: Some(y),
    };
    assert_eq!(
        placement(100.0, 50.0).position_on((1920.0, 1080.0)),
        Some((100.0, 50.0))
    );
    assert_eq!(
        placement(1500.0, 50.0).position_on((1920.0, 1080.0)),
        None,
        "off the right edge"
    );
    assert_eq!(
        placement(-900.0, 50.0).position_on((1920.0, 1080.0)),
        None,
        "off the left edge"
    );
    assert_eq!(
        placement(5000.0, 3000.0).position_on((1280.0, 800.0)),
        None,
        "a screen unplugged"
    );
}

#[test]
fn reminders_survive_a_save_and_a_bad_rule_costs_only_the_reminders() {
    use steady::reminders::{Days, Reminders, Rule, TimeOfDay, When};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    let settings = Settings {
        reminders: Reminders {
            on: true,
            rules: vec![
                Rule {
                    when: When::At(vec![
                        TimeOfDay::new(11, 0).expect("a time"),
                        TimeOfDay::new(15, 30).expect("a time"),
                    ]),
                    days: Days::workdays(),
                    offer: "two-minute-reset".into(),
                },
                Rule {
                    when: When::Every {
                        minutes: 90,
                        from: TimeOfDay::new(9, 0).expect("a time"),
                        until: TimeOfDay::new(17, 0).expect("a time"),
                    },
                    days: Days::every_day(),
                    offer: "box-breathing".into(),
                },
            ],
        },
        theme: ThemeChoice::Dark,
        ..Settings::default()
    };
    settings.save(&path).expect("save");
    let loaded = Settings::load(&path);
    assert!(loaded.note.is_none());
    assert_eq!(loaded.settings, settings);

    // A hand-made mistake in a time: the reminders fall back, the rest stays.
    let text = fs::read_to_string(&path)
        .expect("read")
        .replace("15:30", "25:30");
    fs::write(&path, text).expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings.theme, ThemeChoice::Dark);
    assert_eq!(loaded.settings.reminders, Reminders::default());
    assert!(path.exists(), "not moved aside for one bad value");
}
