//! The editor through the real `App`, driven by iced_test's simulator with
//! a hand-moved clock, as in `ui_flows.rs`.
//!
//! The simulator does not run Tasks. Where the app would hand work to a
//! Task (writing a file, moving one to the trash, reloading the library),
//! the test does that same work itself with the same call the Task makes
//! (`userfiles::save`, `userfiles::trash`, `Library::reload`) and feeds the
//! app the message the Task would bring back (`FileDone`,
//! `LibraryReloaded`). What the save writes is the editor's own
//! `save_request`, the very request its Save button hands the app. The
//! Save click itself is checked but not passed on: the app starts its
//! writing thread at once, and the test's own write must be the only one.

#[path = "editor_flows/harness.rs"]
mod harness;
#[path = "editor_flows/screens.rs"]
mod screens;

use std::time::Duration;

use iced::keyboard::key::Named;
use iced_test::simulator;
use steady::editor::{Choice, Field};
use steady::library::Library;
use steady::settings::Settings;
use steady::ui::screen::editor::{self, Action, Editor};
use steady::ui::screen::{home, Screen};
use steady::ui::Message;
use steady::userfiles::{self, SaveAs};

use harness::{click_editor, editor_ui, steady_check, Harness};

#[test]
fn customise_box_breathing_to_4_7_8_save_and_start_it() {
    let mut ui = Harness::new();
    ui.click("Customise"); // the first row that has one: box breathing
    ui.assert_shows(&[
        "Customise",
        "Box breathing",
        "Total 2:24",
        "Breathe in",
        "Hold with empty lungs",
    ]);

    ui.retype(Field::Phase(1), "7");
    ui.assert_shows(&["Total 2:51"]);
    ui.retype(Field::Phase(2), "8");
    ui.assert_shows(&["Total 3:27"]);
    ui.retype(Field::Phase(3), "0");
    ui.assert_shows(&["Total 2:51"]);
    ui.retype(Field::Title, "My 4-7-8");

    ui.click_save();
    let file = ui.save_as_the_app_would(Choice::Main);
    assert_eq!(
        file,
        ui.paths.exercises().join("my-4-7-8.ron"),
        "a new file named after the title"
    );
    let text = std::fs::read_to_string(&file).expect("written");
    assert!(text.starts_with(userfiles::EDITOR_HEADER), "{text}");
    assert!(text.contains("// Based on \"Box breathing\"."), "{text}");
    assert!(steady_check(&ui.paths, &file).contains("ok (My 4-7-8, 2:51)"));

    // Home again, with a note, and the new exercise in the list beside the
    // shipped one (the list draws only the rows near the top of the window,
    // so the row is looked up in the list's own order).
    assert!(matches!(ui.app.screen(), Screen::Home(_)));
    ui.assert_shows(&[
        &format!("Saved \"My 4-7-8\" ({}).", file.display()),
        "Box breathing",
    ]);
    let listed = home::ordered(ui.app.library());
    let mine = listed
        .iter()
        .find(|row| row.id == "my-4-7-8")
        .expect("on home");
    assert_eq!((mine.title, mine.customisable), ("My 4-7-8", true));
    assert!(
        listed.iter().any(|row| row.id == "box-breathing"),
        "the original stays"
    );
    let entry = ui.app.library().get("my-4-7-8").expect("listed");
    assert_eq!(entry.total, Duration::from_secs(171));

    ui.send([Message::Home(home::Message::Start("my-4-7-8".into()))]);
    ui.assert_shows(&["My 4-7-8", "Breathe in", "Cycle 1 / 9"]);
    ui.wait(4.5);
    ui.assert_shows(&["Hold", "7"]);
    ui.wait(7.0);
    ui.assert_shows(&["Breathe out", "8"]);
}

#[test]
fn no_phase_longer_than_0_blocks_saving_with_a_message_at_the_field() {
    let mut ui = Harness::new();
    ui.customise("box-breathing");
    for phase in 0..4 {
        ui.retype(Field::Phase(phase), "0");
    }
    ui.assert_shows(&[
        "Add at least one phase longer than 0 seconds.",
        "1 field needs fixing before you can save (Breathe in).",
        "Total –",
    ]);
    let mut simulator = simulator(ui.app.view());
    simulator.click("Save").expect("the button is there");
    assert_eq!(
        simulator.into_messages().count(),
        0,
        "a disabled Save does nothing"
    );
    assert!(ui
        .editor()
        .save_request(Choice::Main, ui.app.library())
        .is_err());
}

#[test]
fn a_ten_hour_step_blocks_saving_with_a_message_at_the_field() {
    let mut ui = Harness::new();
    ui.customise("grounding-5-4-3-2-1");
    ui.retype(Field::StepSeconds(0), "36000");
    ui.assert_shows(&[
        "36000 seconds is too long; the most is 3600 seconds.",
        "1 field needs fixing before you can save (Step 1, Seconds).",
    ]);
    let mut simulator = simulator(ui.app.view());
    simulator.click("Save").expect("the button is there");
    assert_eq!(simulator.into_messages().count(), 0);
    ui.retype(Field::StepSeconds(0), "36");
    assert!(ui
        .editor()
        .save_request(Choice::Main, ui.app.library())
        .is_ok());
}

#[test]
fn escape_leaves_at_once_without_changes_and_asks_first_with_them() {
    let mut ui = Harness::new();
    ui.customise("pmr-short");
    ui.key(Named::Escape);
    assert!(matches!(ui.app.screen(), Screen::Home(_)));

    ui.customise("pmr-short");
    ui.retype(Field::ReleaseSeconds, "25");
    ui.key(Named::Escape);
    ui.assert_shows(&[
        "Leave without saving? Your changes will be lost.",
        "Keep editing",
    ]);
    ui.key(Named::Escape);
    assert!(!ui.shows("Keep editing"), "Esc answers no");
    ui.click("Cancel");
    ui.click("Leave");
    assert!(matches!(ui.app.screen(), Screen::Home(_)));
}

#[test]
fn deleting_a_file_asks_first_then_moves_it_to_the_trash() {
    let ui = Harness::new();
    let mut mine = steady::exercise::parse(steady::library::SHIPPED[0].1).expect("valid");
    (mine.id, mine.title) = ("my-breath".into(), "My breath".into());
    let file = userfiles::save(&mine, &SaveAs::NewFile, None, &ui.paths).expect("saved");
    let library = Library::load(&ui.paths);
    let entry = library.get("my-breath").cloned().expect("listed");
    let mut editor = Editor::new(entry, ui.paths.sounds(), ui.clock.now());

    let asked = click_editor(&mut editor, &library, &ui.clock, "Delete");
    assert!(matches!(asked[..], [Action::None]));
    assert!(editor_ui(&editor, &ui.clock)
        .find("Move this file to the trash folder? You can take it back from there.")
        .is_ok());
    let done = click_editor(&mut editor, &library, &ui.clock, "Move to the trash");
    let [Action::Trash { file: path, .. }] = &done[..] else {
        panic!("expected a move to the trash, got {done:?}")
    };
    assert_eq!(path, &file);
    // What the app's Task does with it:
    let trashed = userfiles::trash(path, &ui.paths).expect("moved");
    assert!(!file.exists() && trashed.starts_with(ui.paths.trash()));
}

#[test]
fn a_hand_written_file_is_saved_as_a_copy_unless_replacing_is_confirmed() {
    let hand = "// My notes: keep these.\n(version: 1, id: \"mine\", title: \"Mine\", summary: \"Mine.\",\n practice: Breathing(phases: [(breath: Inhale, seconds: 4), (breath: Exhale, seconds: 6)], repeat: Cycles(6)))\n";
    let ui = Harness::with(Settings::default(), &[("mine.ron", hand)]);
    let library = Library::load(&ui.paths);
    let entry = library.get("mine").cloned().expect("listed");
    let mut editor = Editor::new(entry, ui.paths.sounds(), ui.clock.now());
    let _ = editor.update(
        editor::Message::Typed(Field::Phase(0), "5".into()),
        &library,
        ui.clock.now(),
    );

    let copy = editor.save_request(Choice::Main, &library).expect("ready");
    assert_eq!(
        (copy.exercise.id.as_str(), &copy.how),
        ("mine-2", &SaveAs::NewFile),
        "a copy with its own id"
    );
    assert!(editor_ui(&editor, &ui.clock).find("Save as a copy").is_ok());

    let asked = click_editor(&mut editor, &library, &ui.clock, "Replace the file");
    assert!(matches!(asked[..], [Action::None]));
    assert!(editor_ui(&editor, &ui.clock)
        .find("Replace the file? The old file goes to the trash folder, with your comments.")
        .is_ok());
    let done = click_editor(&mut editor, &library, &ui.clock, "Replace it");
    let [Action::Save(request)] = &done[..] else {
        panic!("expected a save, got {done:?}")
    };
    assert_eq!(
        request.how,
        SaveAs::Replace(ui.paths.exercises().join("mine.ron"))
    );
    assert_eq!(request.exercise.id, "mine", "it keeps its id in place");
}

#[test]
fn a_customised_shipped_exercise_replaces_it_until_reset_to_original() {
    let mut ui = Harness::new();
    ui.customise("box-breathing");
    ui.retype(Field::Cycles, "5");
    ui.click_save();
    let file = ui.save_as_the_app_would(Choice::Main);
    let entry = ui.app.library().get("box-breathing").expect("listed");
    assert_eq!(
        (entry.total, entry.origin.describe()),
        (Duration::from_secs(80), file.display().to_string())
    );

    // Load → save → load gives the same exercise, and the file is saved in place.
    ui.customise("box-breathing");
    let again = ui
        .editor()
        .save_request(Choice::Main, ui.app.library())
        .expect("ready");
    assert_eq!(again.how, SaveAs::Replace(file.clone()));
    assert_eq!(
        &again.exercise,
        &*ui.app
            .library()
            .get("box-breathing")
            .expect("listed")
            .exercise
    );

    // The question is asked in the app (its button is below the fold, so
    // its message is sent); the answer's Action is read from an editor on
    // the same entry, clicked in a tall window, since the app turns it into a Task.
    ui.send([Message::Editor(editor::Message::Ask(editor::Asking::Reset))]);
    ui.assert_shows(&["Go back to the original? Your copy goes to the trash folder. You can take it back from there."]);
    let library = ui.app.library().clone();
    let entry = library.get("box-breathing").cloned().expect("listed");
    let mut editor = Editor::new(entry, ui.paths.sounds(), ui.clock.now());
    let _ = click_editor(&mut editor, &library, &ui.clock, "Reset to original");
    let done = click_editor(&mut editor, &library, &ui.clock, "Go back to the original");
    let [Action::Trash { file: path, .. }] = &done[..] else {
        panic!("expected a move to the trash, got {done:?}")
    };
    assert_eq!(path, &file);

    // What the app's Task does: the copy goes to the trash, the shipped one is back.
    let trashed = userfiles::trash(path, &ui.paths);
    ui.send([Message::FileDone {
        said: "Moved it to the trash folder".into(),
        result: trashed,
        also: Vec::new(),
    }]);
    let reloaded = Library::reload(&ui.paths, ui.app.library());
    ui.send([Message::LibraryReloaded(Some(Box::new(reloaded)))]);
    let entry = ui.app.library().get("box-breathing").expect("listed");
    assert_eq!(
        (entry.total, entry.origin.clone()),
        (Duration::from_secs(144), steady::library::Origin::BuiltIn)
    );
}

#[test]
fn files_written_by_the_editor_round_trip_and_pass_steady_check() {
    let ui = Harness::new();
    let shipped = Library::builtin();
    let mut written = Vec::new();
    for entry in shipped.entries() {
        let editor = Editor::new(entry.clone(), ui.paths.sounds(), ui.clock.now());
        let request = editor.save_request(Choice::Main, &shipped).expect("ready");
        let file = userfiles::save(
            &request.exercise,
            &request.how,
            request.based_on.as_deref(),
            &ui.paths,
        )
        .expect("saved");
        written.push((file, request.exercise));
    }
    let loaded = Library::load(&ui.paths);
    assert!(loaded.broken().is_empty(), "{:?}", loaded.broken());
    for (file, exercise) in &written {
        let entry = loaded.get(&exercise.id).expect("listed");
        assert_eq!(entry.origin, steady::library::Origin::File(file.clone()));
        assert_eq!(&*entry.exercise, exercise, "load → save → load");
        assert!(steady_check(&ui.paths, file).contains(": ok ("));

        // Opened again, it is saved in place, to the very same text.
        let before = std::fs::read_to_string(file).expect("read");
        let editor = Editor::new(entry.clone(), ui.paths.sounds(), ui.clock.now());
        let again = editor.save_request(Choice::Main, &loaded).expect("ready");
        assert_eq!(again.how, SaveAs::Replace(file.clone()));
        userfiles::save(
            &again.exercise,
            &again.how,
            again.based_on.as_deref(),
            &ui.paths,
        )
        .expect("saved");
        assert_eq!(
            std::fs::read_to_string(file).expect("read"),
            before,
            "{}",
            file.display()
        );
    }
    assert!(!ui.paths.trash().exists(), "nothing went to the trash");
}
