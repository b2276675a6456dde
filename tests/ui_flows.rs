//! The real `App::update`/`view` driven through iced_test's simulator, with a
//! hand-moved clock. Keys go through the same `Message::Key` the keyboard
//! subscription produces.

use std::time::Duration;

use iced::keyboard::key::Named;
use iced::keyboard::Key;
use iced_test::simulator;
use steady::clock::Clock;
use steady::paths::Paths;
use steady::settings::{Loaded, Settings};
use steady::ui::{App, Launch, Message};

struct Harness {
    app: App,
    clock: Clock,
    _config: tempfile::TempDir,
}

impl Harness {
    fn new() -> Harness {
        Harness::with(Settings::default(), None, &[])
    }

    /// A harness whose config folder holds `files` (name, text) in `exercises/`.
    fn with(settings: Settings, note: Option<&str>, files: &[(&str, &str)]) -> Harness {
        let config = tempfile::tempdir().expect("temp dir");
        let folder = config.path().join("exercises");
        std::fs::create_dir_all(&folder).expect("mkdir");
        for (name, text) in files {
            std::fs::write(folder.join(name), text).expect("write");
        }
        let clock = Clock::manual();
        let loaded = Loaded {
            note: note.map(str::to_owned),
            ..Loaded::fresh(settings)
        };
        let (app, _) = App::new(
            Launch::Home,
            Paths::at(config.path()),
            loaded,
            clock.clone(),
            None,
        );
        Harness {
            app,
            clock,
            _config: config,
        }
    }

    fn click(&mut self, label: &str) {
        let mut ui = simulator(self.app.view());
        ui.click(label)
            .unwrap_or_else(|error| panic!("cannot click {label:?}: {error}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        for message in messages {
            let _ = self.app.update(message);
        }
    }

    fn key(&mut self, key: impl Into<Key>) {
        let iced::Event::Keyboard(event) = simulator::press_key(key, None) else {
            unreachable!("press_key makes keyboard events");
        };
        let _ = self.app.update(Message::Key(event));
    }

    fn wait(&mut self, seconds: f64) {
        self.clock.advance(Duration::from_secs_f64(seconds));
        let _ = self
            .app
            .update(Message::Player(steady::ui::screen::player::Message::Tick));
    }

    fn shows(&mut self, label: &str) -> bool {
        simulator(self.app.view()).find(label).is_ok()
    }

    fn assert_shows(&mut self, labels: &[&str]) {
        for label in labels {
            assert!(self.shows(label), "expected {label:?} on screen");
        }
    }
}

#[test]
fn start_pause_skip_and_stop_box_breathing() {
    let mut ui = Harness::new();
    ui.assert_shows(&["Quick calm", "Breathing", "Box breathing"]);

    ui.click("Box breathing");
    ui.assert_shows(&["Breathe in", "4", "Cycle 1 / 9", "2:24 left", "Pause"]);

    ui.wait(1.5);
    ui.assert_shows(&["Breathe in", "3", "2:23 left"]);

    ui.key(Key::Named(Named::Space));
    ui.assert_shows(&["Paused", "Resume"]);
    ui.wait(30.0);
    ui.assert_shows(&["Breathe in", "3", "2:23 left"]);

    ui.key(Key::Named(Named::Space));
    ui.assert_shows(&["Pause", "Cycle 1 / 9"]);
    ui.wait(1.0);
    ui.assert_shows(&["2", "2:22 left"]);

    ui.key(Key::Named(Named::ArrowRight));
    ui.assert_shows(&["Hold", "4", "2:20 left"]);
    ui.wait(4.0);
    ui.assert_shows(&["Breathe out", "4", "2:16 left"]);

    ui.key(Key::Named(Named::ArrowLeft));
    ui.assert_shows(&["Hold", "4", "2:20 left"]);

    ui.key(Key::Named(Named::Escape));
    ui.assert_shows(&["Quick calm", "Box breathing"]);
}

#[test]
fn an_exercise_runs_to_the_closing_screen_and_back_home() {
    let mut ui = Harness::new();
    ui.key(Key::Character("1".into()));
    ui.assert_shows(&["Breathe in"]);
    ui.wait(200.0);
    ui.assert_shows(&[
        "Well done",
        "You did Box breathing for 2:24.",
        "Back to home",
    ]);
    ui.key(Key::Named(Named::Enter));
    ui.assert_shows(&["Quick calm"]);
}

#[test]
fn quick_calm_starts_box_breathing_with_one_key() {
    let mut ui = Harness::new();
    ui.key(Key::Character("q".into()));
    ui.assert_shows(&["Box breathing", "Breathe in", "Cycle 1 / 9"]);
}

#[test]
fn restart_goes_back_to_the_first_step() {
    let mut ui = Harness::new();
    ui.click("Box breathing");
    ui.wait(9.0);
    ui.assert_shows(&["Breathe out"]);
    ui.key(Key::Character("r".into()));
    ui.assert_shows(&["Breathe in", "4", "2:24 left"]);
}

#[test]
fn held_space_does_not_flip_pause_back_and_forth() {
    let mut ui = Harness::new();
    ui.click("Box breathing");
    let iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
        key,
        modified_key,
        physical_key,
        location,
        modifiers,
        text,
        ..
    }) = simulator::press_key(Key::Named(Named::Space), None)
    else {
        unreachable!("press_key makes key presses");
    };
    let repeated = iced::keyboard::Event::KeyPressed {
        key,
        modified_key,
        physical_key,
        location,
        modifiers,
        text,
        repeat: true,
    };
    let _ = ui.app.update(Message::Key(repeated));
    ui.assert_shows(&["Pause"]);
}

#[test]
fn settings_open_change_and_close() {
    let mut ui = Harness::new();
    ui.click("Settings");
    ui.assert_shows(&["Text size: 100%", "Dark"]);
    ui.click("Dark");
    assert_eq!(ui.app.settings().theme, steady::settings::ThemeChoice::Dark);
    ui.key(Key::Named(Named::Escape));
    ui.assert_shows(&["Quick calm"]);
}

#[test]
fn a_broken_user_file_is_listed_with_its_position_and_hides_nothing() {
    let mut ui = Harness::with(Settings::default(), None, &[("oops.ron", "(version: 1,,)")]);
    ui.assert_shows(&["Box breathing", "Files that could not be read"]);
    let listed = simulator(ui.app.view())
        .find(
            |candidate: iced_test::selector::Candidate<'_>| match candidate {
                iced_test::selector::Candidate::Text { content, .. }
                    if content.starts_with("oops.ron:1:") =>
                {
                    Some(())
                }
                _ => None,
            },
        )
        .is_ok();
    assert!(listed, "the broken file is listed with line and column");
}

#[test]
fn a_settings_note_is_shown_on_home() {
    let note = "Your settings file could not be read. It was kept as settings.ron.corrupt-1.";
    let mut ui = Harness::with(Settings::default(), Some(note), &[]);
    ui.assert_shows(&[note]);
}

#[test]
fn reduced_motion_shows_a_steady_bar_and_words() {
    let settings = Settings {
        reduced_motion: true,
        ..Settings::default()
    };
    let mut ui = Harness::with(settings, None, &[]);
    ui.click("Box breathing");
    ui.assert_shows(&["Filling", "Breathe in"]);
    ui.wait(4.5);
    ui.assert_shows(&["Full", "Hold"]);
}

#[test]
fn m_toggles_mute_and_the_player_says_so() {
    let mut ui = Harness::new();
    ui.click("Box breathing");
    assert!(!ui.app.settings().muted);
    ui.key(Key::Character("m".into()));
    assert!(ui.app.settings().muted);
    ui.assert_shows(&["Sound off (M)"]);
    ui.key(Key::Character("m".into()));
    assert!(!ui.app.settings().muted);
}

#[test]
fn grounding_and_relaxation_show_their_prompts() {
    let mut ui = Harness::new();
    ui.click("5-4-3-2-1 grounding");
    ui.assert_shows(&["Settle", "Step 1 / 7", "15"]);
    ui.key(Key::Named(Named::ArrowRight));
    ui.assert_shows(&["5 things you can see", "40"]);
    ui.key(Key::Named(Named::Escape));
    ui.click("Full muscle relaxation");
    ui.assert_shows(&["Tense", "Right hand and forearm", "6"]);
    ui.wait(6.0);
    ui.assert_shows(&["Release", "Right hand and forearm", "20"]);
}

#[test]
fn arrow_keys_choose_and_enter_starts() {
    let mut ui = Harness::new();
    ui.key(Key::Named(Named::ArrowDown));
    ui.key(Key::Named(Named::ArrowDown));
    ui.key(Key::Named(Named::Enter));
    ui.assert_shows(&["4-7-8 breathing", "Breathe in through your nose"]);
}

#[test]
fn the_player_has_its_own_mute_button() {
    let mut ui = Harness::new();
    ui.click("Box breathing");
    ui.click("Mute");
    assert!(ui.app.settings().muted);
    ui.assert_shows(&["Unmute", "Sound off (M)"]);
    ui.click("Unmute");
    assert!(!ui.app.settings().muted);
}

#[test]
fn s_opens_settings_and_escape_closes_them() {
    let mut ui = Harness::new();
    ui.key(Key::Character("s".into()));
    ui.assert_shows(&["Settings", "Appearance", "Play test sound"]);
    ui.key(Key::Named(Named::Escape));
    ui.assert_shows(&["Quick calm"]);
}
