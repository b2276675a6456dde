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

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use iced::keyboard::key::Named;
use iced::keyboard::Key;
use iced_test::{selector, simulator, Simulator};
use steady::clock::Clock;
use steady::editor::{Choice, Field};
use steady::library::Library;
use steady::paths::Paths;
use steady::settings::{Loaded, Settings};
use steady::ui::screen::editor::{self, field_id, Action, Editor};
use steady::ui::screen::{home, player, Screen};
use steady::ui::theme::Sizes;
use steady::ui::{App, Launch, Message, Sound};
use steady::userfiles::{self, SaveAs};

struct Harness {
    app: App,
    clock: Clock,
    paths: Paths,
    _config: tempfile::TempDir,
}

impl Harness {
    fn new() -> Harness {
        Harness::with(
            Settings {
                lead_in_seconds: 0,
                ..Settings::default()
            },
            &[],
        )
    }

    /// A harness whose config folder holds `files` (name, text) in `exercises/`.
    fn with(settings: Settings, files: &[(&str, &str)]) -> Harness {
        let config = tempfile::tempdir().expect("temp dir");
        let paths = Paths::at(config.path());
        std::fs::create_dir_all(paths.exercises()).expect("mkdir");
        for (name, text) in files {
            std::fs::write(paths.exercises().join(name), text).expect("write");
        }
        let clock = Clock::manual();
        let (app, _) = App::new(
            Launch::Home,
            paths.clone(),
            Library::load(&paths),
            Loaded::fresh(settings),
            clock.clone(),
            Sound::new(None),
        );
        Harness {
            app,
            clock,
            paths,
            _config: config,
        }
    }

    fn send(&mut self, messages: impl IntoIterator<Item = Message>) {
        for message in messages {
            let _ = self.app.update(message);
        }
    }

    fn click(&mut self, target: &str) {
        let mut ui = simulator(self.app.view());
        ui.click(target)
            .unwrap_or_else(|error| panic!("cannot click {target:?}: {error}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(!messages.is_empty(), "clicking {target:?} did nothing");
        self.send(messages);
    }

    /// Clicks into a field, deletes what it holds and types `typed`, as a
    /// person would.
    fn retype(&mut self, field: Field, typed: &str) {
        let mut ui = simulator(self.app.view());
        ui.click(selector::id(field_id(field)))
            .unwrap_or_else(|error| panic!("no field {field:?}: {error}"));
        let held = self
            .editor()
            .form()
            .value(field)
            .unwrap_or_default()
            .chars()
            .count();
        for _ in 0..held {
            let _ = ui.tap_key(Named::Backspace);
        }
        let _ = ui.typewrite(typed);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.send(messages);
    }

    fn key(&mut self, key: impl Into<Key>) {
        let iced::Event::Keyboard(event) = simulator::press_key(key, None) else {
            unreachable!("press_key makes keyboard events");
        };
        let _ = self.app.update(Message::Key(event));
    }

    fn customise(&mut self, id: &str) {
        self.send([Message::Home(home::Message::Customise(id.to_owned()))]);
        self.editor();
    }

    fn editor(&self) -> &Editor {
        match self.app.screen() {
            Screen::Editor(editor) => editor,
            _ => panic!("not in the editor"),
        }
    }

    fn shows(&mut self, label: &str) -> bool {
        simulator(self.app.view()).find(label).is_ok()
    }

    fn assert_shows(&mut self, labels: &[&str]) {
        for label in labels {
            assert!(self.shows(label), "expected {label:?} on screen");
        }
    }

    /// What the app's save Task does: write the file off the window's
    /// thread, then tell the app it is done; then the reload the app asks for.
    fn save_as_the_app_would(&mut self, choice: Choice) -> PathBuf {
        let request = self
            .editor()
            .save_request(choice, self.app.library())
            .expect("ready to save");
        let result = userfiles::save(
            &request.exercise,
            &request.how,
            request.based_on.as_deref(),
            &self.paths,
        );
        let path = result.clone().expect("saved");
        let said = format!("Saved \"{}\"", request.exercise.title);
        self.send([Message::FileDone { said, result }]);
        let reloaded = Library::reload(&self.paths, self.app.library());
        self.send([Message::LibraryReloaded(Some(Box::new(reloaded)))]);
        path
    }

    /// Clicks Save and checks it asks the editor to save; see the top of the file.
    fn click_save(&mut self) {
        let mut ui = simulator(self.app.view());
        ui.click("Save").expect("a Save button");
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(
            matches!(messages[..], [Message::Editor(editor::Message::Save)]),
            "{messages:?}"
        );
    }

    fn wait(&mut self, seconds: f64) {
        self.clock.advance(Duration::from_secs_f64(seconds));
        self.send([Message::Player(player::Message::Tick)]);
    }
}

fn steady_check(paths: &Paths, file: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_steady"))
        .arg("check")
        .arg(file)
        .env("STEADY_CONFIG_DIR", paths.config())
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    said
}

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

    // Home again, with a note, the new exercise beside the shipped one.
    assert!(matches!(ui.app.screen(), Screen::Home(_)));
    ui.assert_shows(&[
        &format!("Saved \"My 4-7-8\" ({}).", file.display()),
        "My 4-7-8",
        "Box breathing",
    ]);
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
        "1 field needs fixing before you can save.",
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
        "1 field needs fixing before you can save.",
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
    ui.retype(Field::ReleaseSeconds, "30");
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

/// An editor on its own, in a window tall enough to show the whole form.
fn editor_ui<'a>(editor: &'a Editor, clock: &Clock) -> Simulator<'a, editor::Message> {
    let view = editor.view(Sizes::new(100), clock.now());
    Simulator::with_size(
        iced::Settings::default(),
        iced::Size::new(1024.0, 3000.0),
        view,
    )
}

fn click_editor(editor: &mut Editor, library: &Library, clock: &Clock, label: &str) -> Vec<Action> {
    let mut ui = editor_ui(editor, clock);
    ui.click(label)
        .unwrap_or_else(|error| panic!("cannot click {label:?}: {error}"));
    let messages: Vec<editor::Message> = ui.into_messages().collect();
    messages
        .into_iter()
        .map(|message| editor.update(message, library, clock.now()))
        .collect()
}

#[test]
fn deleting_a_file_asks_first_then_moves_it_to_the_trash() {
    let ui = Harness::new();
    let mut mine = steady::exercise::parse(steady::library::SHIPPED[0].1).expect("valid");
    (mine.id, mine.title) = ("my-breath".into(), "My breath".into());
    let file = userfiles::save(&mine, &SaveAs::NewFile, None, &ui.paths).expect("saved");
    let library = Library::load(&ui.paths);
    let entry = library.get("my-breath").cloned().expect("listed");
    let mut editor = Editor::new(entry, &library, ui.clock.now());

    let asked = click_editor(&mut editor, &library, &ui.clock, "Delete");
    assert!(matches!(asked[..], [Action::None]));
    assert!(editor_ui(&editor, &ui.clock)
        .find("Move this file to the trash folder? You can take it back from there.")
        .is_ok());
    let done = click_editor(&mut editor, &library, &ui.clock, "Move to the trash");
    let [Action::Trash(path)] = &done[..] else {
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
    let mut editor = Editor::new(entry, &library, ui.clock.now());
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
    let mut editor = Editor::new(entry, &library, ui.clock.now());
    let _ = click_editor(&mut editor, &library, &ui.clock, "Reset to original");
    let done = click_editor(&mut editor, &library, &ui.clock, "Go back to the original");
    let [Action::Trash(path)] = &done[..] else {
        panic!("expected a move to the trash, got {done:?}")
    };
    assert_eq!(path, &file);

    // What the app's Task does: the copy goes to the trash, the shipped one is back.
    let trashed = userfiles::trash(path, &ui.paths);
    ui.send([Message::FileDone {
        said: "Moved it to the trash folder".into(),
        result: trashed,
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
        let editor = Editor::new(entry.clone(), &shipped, ui.clock.now());
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
        let editor = Editor::new(entry.clone(), &loaded, ui.clock.now());
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

/// Pictures of the editor for people to look at, not to compare: run with
/// `cargo test --test editor_flows -- --ignored`; they land in
/// `$STEADY_SCREENS` (default: the target folder's tmp).
#[test]
#[ignore = "writes pictures to look at"]
fn editor_screenshots() {
    use steady::settings::ThemeChoice;
    let folder = std::env::var_os("STEADY_SCREENS").map_or_else(
        || PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("editor-screens"),
        PathBuf::from,
    );
    let cases: [(&str, &str, ThemeChoice, u16, Option<(Field, &str)>); 9] = [
        (
            "box-light-100",
            "box-breathing",
            ThemeChoice::Light,
            100,
            None,
        ),
        (
            "box-dark-100",
            "box-breathing",
            ThemeChoice::Dark,
            100,
            None,
        ),
        (
            "box-light-200",
            "box-breathing",
            ThemeChoice::Light,
            200,
            None,
        ),
        (
            "box-dark-200",
            "box-breathing",
            ThemeChoice::Dark,
            200,
            None,
        ),
        (
            "box-invalid-light-100",
            "box-breathing",
            ThemeChoice::Light,
            100,
            Some((Field::Phase(0), "0,2")),
        ),
        (
            "sigh-light-100",
            "physiological-sigh",
            ThemeChoice::Light,
            100,
            None,
        ),
        (
            "grounding-invalid-dark-100",
            "grounding-5-4-3-2-1",
            ThemeChoice::Dark,
            100,
            Some((Field::StepSeconds(0), "36000")),
        ),
        ("pmr-light-200", "pmr-short", ThemeChoice::Light, 200, None),
        (
            "pmr-leave-dark-200",
            "pmr-short",
            ThemeChoice::Dark,
            200,
            Some((Field::Title, "")),
        ),
    ];
    for (name, id, theme, scale, typed) in cases {
        let settings = Settings {
            theme,
            text_scale: scale,
            ..Settings::default()
        };
        let mut ui = Harness::with(settings, &[]);
        ui.customise(id);
        if let Some((field, typed)) = typed {
            ui.send([Message::Editor(editor::Message::Typed(
                field,
                typed.to_owned(),
            ))]);
        }
        if name.contains("leave") {
            ui.key(Named::Escape);
        }
        ui.clock.advance(Duration::from_millis(1500));
        let theme = ui.app.theme();
        let mut window = Simulator::with_size(
            iced::Settings::default(),
            iced::Size::new(880.0, 680.0),
            ui.app.view(),
        );
        let path = folder.join(format!("editor-{name}.png"));
        let _ = std::fs::remove_file(folder.join(format!("editor-{name}-tiny-skia.png")));
        assert!(window
            .snapshot(&theme)
            .expect("drawn")
            .matches_image(&path)
            .expect("written"));
    }
}
