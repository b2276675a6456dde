//! The harness for the editor flows: the real `App` in a temporary config
//! folder with a hand-moved clock, and an editor on its own.

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
use steady::userfiles;

pub struct Harness {
    pub app: App,
    pub clock: Clock,
    pub paths: Paths,
    _config: tempfile::TempDir,
}

impl Harness {
    pub fn new() -> Harness {
        Harness::with(
            Settings {
                lead_in_seconds: 0,
                check_in: false,
                ..Settings::default()
            },
            &[],
        )
    }

    /// A harness whose config folder holds `files` (name, text) in `exercises/`.
    pub fn with(settings: Settings, files: &[(&str, &str)]) -> Harness {
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

    pub fn send(&mut self, messages: impl IntoIterator<Item = Message>) {
        for message in messages {
            let _ = self.app.update(message);
        }
    }

    pub fn click(&mut self, target: &str) {
        let mut ui = simulator(self.app.view());
        ui.click(target)
            .unwrap_or_else(|error| panic!("cannot click {target:?}: {error}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(!messages.is_empty(), "clicking {target:?} did nothing");
        self.send(messages);
    }

    /// Clicks into a field, deletes what it holds and types `typed`, as a
    /// person would.
    pub fn retype(&mut self, field: Field, typed: &str) {
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

    pub fn key(&mut self, key: impl Into<Key>) {
        let iced::Event::Keyboard(event) = simulator::press_key(key, None) else {
            unreachable!("press_key makes keyboard events");
        };
        let _ = self.app.update(Message::Key(event));
    }

    pub fn customise(&mut self, id: &str) {
        self.send([Message::Home(home::Message::Customise(id.to_owned()))]);
        self.editor();
    }

    pub fn editor(&self) -> &Editor {
        match self.app.screen() {
            Screen::Editor(editor) => editor,
            _ => panic!("not in the editor"),
        }
    }

    pub fn shows(&mut self, label: &str) -> bool {
        simulator(self.app.view()).find(label).is_ok()
    }

    pub fn assert_shows(&mut self, labels: &[&str]) {
        for label in labels {
            assert!(self.shows(label), "expected {label:?} on screen");
        }
    }

    /// What the app's save Task does: write the file off the window's
    /// thread, then tell the app it is done; then the reload the app asks for.
    pub fn save_as_the_app_would(&mut self, choice: Choice) -> PathBuf {
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
        self.send([Message::FileDone {
            said,
            result,
            also: Vec::new(),
        }]);
        let reloaded = Library::reload(&self.paths, self.app.library());
        self.send([Message::LibraryReloaded(Some(Box::new(reloaded)))]);
        path
    }

    /// Clicks Save and checks it asks the editor to save; see the top of the file.
    pub fn click_save(&mut self) {
        let mut ui = simulator(self.app.view());
        ui.click("Save").expect("a Save button");
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(
            matches!(messages[..], [Message::Editor(editor::Message::Save)]),
            "{messages:?}"
        );
    }

    pub fn wait(&mut self, seconds: f64) {
        self.clock.advance(Duration::from_secs_f64(seconds));
        self.send([Message::Player(player::Message::Tick)]);
    }
}

pub fn steady_check(paths: &Paths, file: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_steady"))
        .arg("check")
        .arg(file)
        .env("LANGUAGE", "en")
        .env("STEADY_CONFIG_DIR", paths.config())
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "steady check {}: {}\n{said}{}",
        file.display(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    said
}

/// An editor on its own, in a window tall enough to show the whole form.
pub fn editor_ui<'a>(editor: &'a Editor, clock: &Clock) -> Simulator<'a, editor::Message> {
    let view = editor.view(Sizes::new(100), clock.now());
    Simulator::with_size(
        iced::Settings::default(),
        iced::Size::new(1024.0, 3000.0),
        view,
    )
}

pub fn click_editor(
    editor: &mut Editor,
    library: &Library,
    clock: &Clock,
    label: &str,
) -> Vec<Action> {
    let mut ui = editor_ui(editor, clock);
    ui.click(label)
        .unwrap_or_else(|error| panic!("cannot click {label:?}: {error}"));
    let messages: Vec<editor::Message> = ui.into_messages().collect();
    messages
        .into_iter()
        .map(|message| editor.update(message, library, clock.now()))
        .collect()
}
