//! What Steady remembers by itself lives apart from the person's settings:
//! an old settings file is moved over once, nothing lost, and a broken
//! state file is kept aside and said, as a broken settings file is.

use std::fs;
use std::path::Path;

use steady::paths::Paths;
use steady::reminders::ReminderState;
use steady::settings::{Settings, ThemeChoice};
use steady::state::{self, Migrated, State, WindowPlacement};

/// A settings file as Steady wrote it before the state moved out: the
/// person's choices and the remembered state in one file.
const OLD_SETTINGS: &str = r#"(
    theme: Dark,
    text_scale: 150,
    window: Some((width: 1000.0, height: 700.0, x: Some(40.0), y: Some(30.0))),
    volume_db: -20.0,
    last_breathing: Some("breathing-4-7-8"),
    quick: "box-breathing",
    reminder_state: (snoozed: None, not_today: Some("2026-11-30"), last_offered: None),
    mini: true,
    mini_window: Some((width: 220.0, height: 260.0, x: None, y: None)),
    background_explained: true,
    notifications_note: Some("Reminders come in Steady's own small window."),
)"#;

fn old_state() -> State {
    State {
        window: Some(WindowPlacement {
            width: 1000.0,
            height: 700.0,
            x: Some(40.0),
            y: Some(30.0),
        }),
        mini_window: Some(WindowPlacement {
            width: 220.0,
            height: 260.0,
            x: None,
            y: None,
        }),
        last_breathing: Some("breathing-4-7-8".into()),
        reminder_state: ReminderState {
            not_today: chrono::NaiveDate::from_ymd_opt(2026, 11, 30),
            ..ReminderState::default()
        },
        background_explained: true,
        notifications_note: Some("Reminders come in Steady's own small window.".into()),
    }
}

fn old_choices() -> Settings {
    Settings {
        theme: ThemeChoice::Dark,
        text_scale: 150,
        volume_db: -20.0,
        quick: "box-breathing".into(),
        mini: true,
        ..Settings::default()
    }
}

/// A config folder holding the old settings file.
fn old_install() -> (tempfile::TempDir, Paths) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(dir.path());
    fs::write(paths.settings(), OLD_SETTINGS).expect("write");
    (dir, paths)
}

fn names_state_fields(text: &str) -> bool {
    [
        "window",
        "last_breathing",
        "reminder_state",
        "background_explained",
        "notifications_note",
    ]
    .iter()
    .any(|field| text.contains(field))
}

#[test]
fn an_old_settings_file_is_split_once_and_nothing_is_lost() {
    let (_dir, paths) = old_install();
    let loaded = state::load_both(&paths);
    assert_eq!(loaded.settings, old_choices());
    assert_eq!(loaded.state.value, old_state());
    assert!(loaded.note.is_none() && loaded.state.note.is_none());
    assert!(loaded.may_save && loaded.state.may_save);

    let settings_text = fs::read_to_string(paths.settings()).expect("settings");
    assert!(!names_state_fields(&settings_text), "{settings_text}");
    assert_eq!(Settings::load(&paths.settings()).settings, old_choices());
    assert_eq!(State::load(&paths.state()).value, old_state());
    assert!(paths.state().starts_with(paths.config().join("state")));

    // The second start finds nothing to move and changes nothing.
    let state_text = fs::read_to_string(paths.state()).expect("state");
    assert!(matches!(
        state::migrate(&paths.settings(), &paths.state()),
        Migrated::Nothing
    ));
    let again = state::load_both(&paths);
    assert_eq!(again.settings, old_choices());
    assert_eq!(again.state.value, old_state());
    assert_eq!(
        fs::read_to_string(paths.settings()).expect("settings"),
        settings_text
    );
    assert_eq!(
        fs::read_to_string(paths.state()).expect("state"),
        state_text
    );
}

#[test]
fn when_the_state_cannot_be_written_the_settings_file_is_left_whole() {
    let (dir, paths) = old_install();
    // A file where the state folder should be: the state cannot be written.
    fs::write(dir.path().join("state"), "in the way").expect("write");
    let loaded = state::load_both(&paths);
    assert_eq!(
        fs::read_to_string(paths.settings()).expect("settings"),
        OLD_SETTINGS,
        "the only copy of the state is untouched"
    );
    // This run still has everything, and does not rewrite the settings
    // file (a save would drop the state it still holds).
    assert_eq!(loaded.settings, old_choices());
    assert_eq!(loaded.state.value, old_state());
    assert!(!loaded.may_save);
    let note = loaded.note.expect("a note");
    assert!(note.contains("Nothing is lost"), "{note}");

    // Once the way is clear, the next start moves it.
    fs::remove_file(dir.path().join("state")).expect("remove");
    let loaded = state::load_both(&paths);
    assert_eq!(loaded.state.value, old_state());
    assert_eq!(State::load(&paths.state()).value, old_state());
    assert!(!names_state_fields(
        &fs::read_to_string(paths.settings()).expect("settings")
    ));
}

#[test]
fn when_the_settings_cannot_be_rewritten_the_state_is_already_safe() {
    let (dir, paths) = old_install();
    // A folder where the rewrite's temporary file goes: the rewrite fails
    // after the state was written.
    let temp = dir
        .path()
        .join(format!(".settings.ron.{}.tmp", std::process::id()));
    fs::create_dir(&temp).expect("mkdir");
    let loaded = state::load_both(&paths);
    assert_eq!(
        fs::read_to_string(paths.settings()).expect("settings"),
        OLD_SETTINGS
    );
    assert_eq!(State::load(&paths.state()).value, old_state());
    assert_eq!(loaded.state.value, old_state());
    // The state has a copy of its own: saving settings loses nothing now.
    assert!(loaded.may_save);
    assert!(loaded.note.is_some());

    // Meanwhile this Steady moved its window; the next start keeps that,
    // not the older copy still in the settings file.
    let moved = State {
        window: None,
        ..old_state()
    };
    moved.save(&paths.state()).expect("save");
    fs::remove_dir(&temp).expect("rmdir");
    let loaded = state::load_both(&paths);
    assert_eq!(loaded.state.value, moved);
    assert_eq!(loaded.settings, old_choices());
    assert!(!names_state_fields(
        &fs::read_to_string(paths.settings()).expect("settings")
    ));
}

#[test]
fn a_corrupt_state_file_is_moved_aside_and_said() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(dir.path());
    old_choices().save(&paths.settings()).expect("save");
    fs::create_dir_all(paths.state().parent().expect("folder")).expect("mkdir");
    fs::write(paths.state(), "(window: Some((width: ").expect("write");
    let loaded = state::load_both(&paths);
    assert_eq!(loaded.settings, old_choices(), "the settings are untouched");
    assert!(loaded.note.is_none());
    assert_eq!(loaded.state.value, State::default());
    assert!(loaded.state.may_save);
    let note = loaded.state.note.expect("a note");
    let kept: Vec<_> = fs::read_dir(paths.state().parent().expect("folder"))
        .expect("list")
        .map(|entry| entry.expect("entry").path())
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(note.contains(&kept[0].display().to_string()), "{note}");
    assert_eq!(
        fs::read_to_string(&kept[0]).expect("read"),
        "(window: Some((width: "
    );
}

#[test]
fn a_settings_file_holds_only_choices() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    old_choices().save(&path).expect("save");
    let text = fs::read_to_string(&path).expect("read");
    assert!(!names_state_fields(&text), "{text}");
}

#[test]
fn impossible_windows_are_dropped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("state.ron");
    fs::write(
        &path,
        "(window: Some((width: 5, height: 90000, x: None, y: None)), last_breathing: Some(\"box-breathing\"))",
    )
    .expect("write");
    let loaded = State::load(&path);
    assert_eq!(loaded.value.window, None);
    assert_eq!(
        loaded.value.last_breathing.as_deref(),
        Some("box-breathing")
    );
    assert!(loaded.note.is_none());
}

#[test]
fn two_instances_keep_each_others_state() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("state.ron");
    let base = State::default();
    let first = State {
        last_breathing: Some("box-breathing".into()),
        ..base.clone()
    };
    first.save_changes(&base, &path).expect("save");
    let second = State {
        background_explained: true,
        ..base.clone()
    };
    let merged = second.save_changes(&base, &path).expect("save");
    assert_eq!(merged.last_breathing.as_deref(), Some("box-breathing"));
    assert!(merged.background_explained);
    assert_eq!(State::load(&path).value, merged);
}

/// Whether `path` names no file (and so holds no state).
fn absent(path: &Path) -> bool {
    fs::symlink_metadata(path).is_err()
}

#[test]
fn a_fresh_start_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(dir.path().join("config"));
    let loaded = state::load_both(&paths);
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.state.value, State::default());
    assert!(absent(paths.config()), "no folder made just by starting");
}

mod driving;

/// The app keeps what it remembers in the state file and only choices in
/// the settings file.
#[test]
fn the_app_remembers_in_the_state_file() {
    use std::time::Duration;
    let mut ui = driving::Flow::with(Settings {
        lead_in_seconds: 0,
        check_in: false,
        ..Settings::default()
    });
    ui.update(steady::ui::Message::Window(
        iced::window::Id::unique(),
        steady::ui::window::Change::Resized(iced::Size::new(900.0, 700.0)),
    ));
    ui.start("box-breathing");
    ui.key(iced::keyboard::Key::Character("m".into()));
    ui.update(steady::ui::Message::Quit);
    ui.driver.settle(&mut ui.app, Duration::from_secs(5));
    let state = State::load(&ui.paths.state()).value;
    assert_eq!(state.last_breathing.as_deref(), Some("box-breathing"));
    assert_eq!(ui.app.state(), &state);
    let settings = fs::read_to_string(ui.paths.settings()).expect("settings");
    assert!(!names_state_fields(&settings), "{settings}");
    assert!(Settings::load(&ui.paths.settings()).settings.muted);
}
