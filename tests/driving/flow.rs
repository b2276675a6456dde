//! The real `App` in a temporary config folder with a hand-moved clock,
//! driven through the widgets (`Driver`): what the flow tests share.

use std::time::Duration;

use iced::keyboard::Key;
use iced_test::{selector, simulator};
use steady::clock::Clock;
use steady::history;
use steady::library::Library;
use steady::paths::Paths;
use steady::settings::{Loaded, Settings};
use steady::ui::screen::{home, player};
use steady::ui::{App, Launch, Message, Sound};

use super::Driver;

pub struct Flow {
    pub app: App,
    pub driver: Driver,
    pub clock: Clock,
    pub paths: Paths,
    _config: tempfile::TempDir,
}

impl Flow {
    /// Steady on its home screen with `settings`, its history loaded.
    pub fn with(settings: Settings) -> Flow {
        Flow::with_files(settings, &[])
    }

    /// As [`Flow::with`], with these exercise files (name, text) in the
    /// person's exercises folder.
    pub fn with_files(settings: Settings, files: &[(String, String)]) -> Flow {
        let config = tempfile::tempdir().expect("temp dir");
        let paths = Paths::at(config.path());
        if !files.is_empty() {
            std::fs::create_dir_all(paths.exercises()).expect("exercises folder");
        }
        for (name, text) in files {
            std::fs::write(paths.exercises().join(name), text).expect("an exercise file");
        }
        let clock = Clock::manual();
        let (mut app, _) = App::new(
            Launch::Home,
            paths.clone(),
            Library::load(&paths),
            Loaded::fresh(settings),
            clock.clone(),
            Sound::new(None),
        );
        let mut driver = Driver::new();
        // Hand the app its history, as the start-up task would.
        driver.update(
            &mut app,
            Message::HistoryLoaded(Box::new(history::load(&paths.history()))),
        );
        Flow {
            app,
            driver,
            clock,
            paths,
            _config: config,
        }
    }

    pub fn update(&mut self, message: Message) {
        self.driver.update(&mut self.app, message);
    }

    /// A key as a keyboard sends it: a character key types its character.
    pub fn key(&mut self, key: impl Into<Key>) {
        let key = key.into();
        let text = match key.as_ref() {
            Key::Character(character) => Some(character.to_owned()),
            _ => None,
        };
        self.driver.press(&mut self.app, key, text.as_deref());
    }

    /// Tab `times` times: the focus walks on.
    pub fn tab(&mut self, times: usize) {
        for _ in 0..times {
            self.key(iced::keyboard::key::Named::Tab);
        }
    }

    /// Shift+Tab: the focus walks back.
    pub fn back_tab(&mut self) {
        self.driver
            .press_shifted(&mut self.app, iced::keyboard::key::Named::Tab);
    }

    pub fn typewrite(&mut self, words: &str) {
        self.driver.typewrite(&mut self.app, words);
    }

    pub fn click(&mut self, label: &'static str) {
        self.driver.click(&mut self.app, label);
    }

    /// Clicks the widget with this id (a text field), then types `words`.
    pub fn type_into(&mut self, field: &'static str, words: &str) {
        self.driver.click(&mut self.app, selector::id(field));
        self.typewrite(words);
    }

    /// Starts `id` as a click on its row on home would.
    pub fn start(&mut self, id: &str) {
        self.update(Message::Home(home::Message::Start(id.into())));
    }

    /// Moves the clock on, then lets the player look.
    pub fn wait(&mut self, seconds: f64) {
        self.clock.advance(Duration::from_secs_f64(seconds));
        self.update(Message::Player(player::Message::Tick));
    }

    pub fn shows(&self, label: &str) -> bool {
        simulator(self.app.view()).find(label).is_ok()
    }

    /// Whether some text on screen contains `part`.
    pub fn shows_containing(&self, part: &str) -> bool {
        simulator(self.app.view())
            .find(|candidate: selector::Candidate<'_>| match candidate {
                selector::Candidate::Text { content, .. } if content.contains(part) => Some(()),
                _ => None,
            })
            .is_ok()
    }

    /// Whether some text field holds text containing `part`.
    pub fn field_contains(&self, part: &str) -> bool {
        simulator(self.app.view())
            .find(|candidate: selector::Candidate<'_>| match candidate {
                selector::Candidate::TextInput { state, .. } if state.text().contains(part) => {
                    Some(())
                }
                _ => None,
            })
            .is_ok()
    }

    pub fn assert_shows(&self, labels: &[&str]) {
        for label in labels {
            assert!(self.shows(label), "expected {label:?} on screen");
        }
    }

    /// The history on disk, as the next start would load it, once the
    /// writes the app started off its thread have ended.
    pub fn on_disk(&mut self) -> history::Loaded {
        self.driver.settle(&mut self.app, Duration::from_secs(5));
        history::load(&self.paths.history())
    }
}
