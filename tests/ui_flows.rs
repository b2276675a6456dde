//! The real `App::update`/`view` driven through iced_test's simulator, with a
//! hand-moved clock. Keys go through the widgets first and reach the app's
//! shortcuts only when no widget took them, as in a window (`driving`).

mod driving;

use std::time::Duration;

use iced::keyboard::key::Named;
use iced::keyboard::Key;
use iced_test::simulator;
use steady::clock::Clock;
use steady::library::Library;
use steady::paths::Paths;
use steady::settings::{Loaded, Settings};
use steady::ui::{App, Launch, Message, Sound};

/// Exercises start at once: no lead-in, no check-in (their own tests have them).
fn no_lead_in() -> Settings {
    Settings {
        lead_in_seconds: 0,
        check_in: false,
        ..Settings::default()
    }
}

struct Harness {
    app: App,
    driver: driving::Driver,
    clock: Clock,
    _config: tempfile::TempDir,
}

impl Harness {
    /// Settings without the lead-in, so exercises start at once.
    fn new() -> Harness {
        Harness::with(no_lead_in(), None, &[])
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
        let paths = Paths::at(config.path());
        let (app, _) = App::new(
            Launch::Home,
            paths.clone(),
            Library::load(&paths),
            loaded,
            clock.clone(),
            Sound::new(None),
        );
        Harness {
            app,
            driver: driving::Driver::new(),
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
        let key = key.into();
        let text = match key.as_ref() {
            Key::Character(character) => Some(character.to_owned()),
            _ => None,
        };
        self.driver.press(&mut self.app, key, text.as_deref());
    }

    fn wait(&mut self, seconds: f64) {
        self.clock.advance(Duration::from_secs_f64(seconds));
        let _ = self
            .app
            .update(Message::Player(steady::ui::screen::player::Message::Tick));
    }

    /// Starts `id` as a click on its row would (the row may be below the fold).
    fn start(&mut self, id: &str) {
        let _ = self
            .app
            .update(Message::Home(steady::ui::screen::home::Message::Start(
                id.to_owned(),
            )));
    }

    /// The number key (1–9) that starts `id` on home, from the list's order.
    fn number_of(&self, id: &str) -> String {
        let library = Library::load(&Paths::at(self._config.path()));
        let position = steady::ui::screen::home::ordered(&library)
            .iter()
            .position(|row| row.id == id)
            .expect("listed");
        assert!(position < 9, "{id} has a number key");
        (position + 1).to_string()
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
    let box_number = ui.number_of("box-breathing");
    ui.key(Key::Character(box_number.into()));
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
fn start_when_i_log_in_writes_to_the_test_folder_never_the_real_autostart() {
    let mut ui = Harness::new();
    ui.click("Settings");
    // The toggle is below the fold: what turning it on and off sends.
    let toggle = |on| Message::Settings(steady::ui::screen::settings::Message::Autostart(on));
    let _ = ui.app.update(toggle(true));
    let entry = ui
        ._config
        .path()
        .join("autostart")
        .join(steady::app_id::desktop_file());
    assert!(entry.is_file(), "the entry is in the test's own folder");
    let _ = ui.app.update(toggle(false));
    assert!(!entry.exists(), "and removed from there");
}

#[test]
fn a_broken_user_file_is_listed_with_its_position_and_hides_nothing() {
    let mut ui = Harness::with(no_lead_in(), None, &[("oops.ron", "(version: 1,,)")]);
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
    let mut ui = Harness::with(no_lead_in(), Some(note), &[]);
    ui.assert_shows(&[note]);
}

#[test]
fn reduced_motion_shows_a_steady_bar_and_words() {
    let settings = Settings {
        reduced_motion: true,
        ..no_lead_in()
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
    ui.start("grounding-5-4-3-2-1");
    ui.assert_shows(&["Settle", "Step 1 / 7", "15"]);
    ui.key(Key::Named(Named::ArrowRight));
    ui.assert_shows(&["5 things you can see", "50"]);
    ui.key(Key::Named(Named::Escape));
    ui.start("pmr-full");
    ui.assert_shows(&["Tense", "The hand you write with", "6"]);
    ui.wait(6.0);
    ui.assert_shows(&["Release", "The hand you write with", "35"]);
}

#[test]
fn arrow_keys_choose_and_enter_starts() {
    let mut ui = Harness::new();
    let wanted: usize = ui.number_of("breathing-4-7-8").parse().expect("a number");
    for _ in 1..wanted {
        ui.key(Key::Named(Named::ArrowDown));
    }
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

#[test]
fn the_get_ready_screen_stays_until_the_intro_and_safety_line_can_be_read() {
    let settings = Settings {
        check_in: false,
        ..Settings::default()
    };
    let mut ui = Harness::with(settings, None, &[]);
    ui.click("Box breathing");
    // 25 words at 0.4 s a word: 10 seconds, more than the 3-second setting.
    ui.assert_shows(&[
        "Get ready",
        "Sit back and let your shoulders drop. Breathe through your nose if you can. Follow the circle.",
        "If a hold feels hard, make it shorter.",
        "Press Space or Enter when you are ready. It starts by itself in 10 seconds.",
    ]);
    ui.wait(7.2);
    // The count-in: its last seconds.
    ui.assert_shows(&["Get ready", "3"]);
    ui.wait(2.8);
    ui.assert_shows(&["Breathe in", "4", "2:24 left"]);
}

#[test]
fn space_or_enter_starts_sooner_and_i_shows_the_intro_again_paused() {
    let settings = Settings {
        check_in: false,
        ..Settings::default()
    };
    let mut ui = Harness::with(settings, None, &[]);
    ui.click("Box breathing");
    ui.wait(1.0);
    ui.key(Key::Named(Named::Enter));
    ui.wait(1.0);
    ui.assert_shows(&["Breathe in", "3"]);
    ui.key(Key::Character("i".into()));
    ui.assert_shows(&[
        "If a hold feels hard, make it shorter.",
        "Press I, Space or Esc to go on.",
    ]);
    ui.wait(30.0);
    // Paused while reading: nothing moved.
    ui.key(Key::Named(Named::Escape));
    ui.assert_shows(&["Breathe in", "3", "2:23 left"]);
}

/// What the app told sound, read back: the one place that sends.
fn last_follow(ui: &Harness) -> Option<steady::session::Anchor> {
    ui.app
        .sound_sent()
        .iter()
        .rev()
        .find_map(|sent| match sent {
            steady::ui::Sent::Cues(steady::ui::Cues::Follow { anchor, .. }) => Some(anchor.clone()),
            _ => None,
        })
}

fn last_cues(ui: &Harness) -> Option<steady::ui::Cues> {
    ui.app
        .sound_sent()
        .iter()
        .rev()
        .find_map(|sent| match sent {
            steady::ui::Sent::Cues(cues) => Some(cues.clone()),
            _ => None,
        })
}

/// Feeds the anchor the app sent to the audio side's follower, with the same clock.
fn due_now(ui: &Harness) -> Option<String> {
    let anchor = last_follow(ui)?;
    let now = ui.clock.now();
    let mut follower = steady::audio::follow::Follower::new(anchor, false, now);
    follower.due(now).map(|due| match due {
        steady::audio::follow::Due::Step { cue, .. } | steady::audio::follow::Due::End { cue } => {
            cue
        }
        other => format!("{other:?}"),
    })
}

#[test]
fn next_on_the_last_step_shows_well_done_and_rings_the_bell_at_once() {
    let mut ui = Harness::new();
    ui.start("grounding-5-4-3-2-1");
    for _ in 0..6 {
        ui.key(Key::Named(Named::ArrowRight));
    }
    ui.assert_shows(&["Step 7 / 7"]);
    ui.key(Key::Named(Named::ArrowRight));
    ui.assert_shows(&["Well done"]);
    assert_eq!(due_now(&ui).as_deref(), Some("bell"));
}

#[test]
fn next_on_the_last_step_while_paused_still_rings_the_bell() {
    let mut ui = Harness::new();
    ui.start("grounding-5-4-3-2-1");
    for _ in 0..6 {
        ui.key(Key::Named(Named::ArrowRight));
    }
    ui.key(Key::Named(Named::Space));
    assert_eq!(
        last_cues(&ui),
        Some(steady::ui::Cues::Silent),
        "pausing silences"
    );
    ui.key(Key::Named(Named::ArrowRight));
    ui.assert_shows(&["Well done"]);
    assert_eq!(due_now(&ui).as_deref(), Some("bell"));
}

#[test]
fn pause_then_skip_then_resume_starts_the_step_with_its_cue() {
    let mut ui = Harness::new();
    ui.click("Box breathing");
    ui.wait(1.0);
    ui.key(Key::Named(Named::Space));
    ui.key(Key::Named(Named::ArrowRight));
    ui.key(Key::Named(Named::ArrowRight));
    ui.wait(5.0);
    ui.assert_shows(&["Breathe out", "Paused"]);
    ui.key(Key::Named(Named::Space));
    assert_eq!(due_now(&ui).as_deref(), Some("fall"));
    // And R while paused, then resume: the first step's cue.
    ui.key(Key::Named(Named::Space));
    ui.key(Key::Character("r".into()));
    ui.key(Key::Named(Named::Space));
    assert_eq!(due_now(&ui).as_deref(), Some("rise"));
}

#[test]
fn the_closing_screen_reports_time_spent_not_the_position_skipped_to() {
    let mut ui = Harness::new();
    ui.start("grounding-5-4-3-2-1");
    for _ in 0..7 {
        ui.clock.advance(std::time::Duration::from_millis(250));
        ui.key(Key::Named(Named::ArrowRight));
    }
    ui.assert_shows(&["Well done", "You did 5-4-3-2-1 grounding for 0:02."]);
}

#[test]
fn mute_and_volume_reach_sound_as_gain_changes() {
    let mut ui = Harness::new();
    ui.click("Box breathing");
    ui.key(Key::Character("m".into()));
    assert_eq!(
        ui.app.sound_sent().last(),
        Some(&steady::ui::Sent::Gain(0.0))
    );
    ui.key(Key::Character("m".into()));
    let expected = 10f32.powf(steady::settings::DEFAULT_VOLUME_DB / 20.0);
    assert_eq!(
        ui.app.sound_sent().last(),
        Some(&steady::ui::Sent::Gain(expected))
    );
}

#[test]
fn shortcuts_work_with_a_greek_or_cyrillic_layout() {
    let mut ui = Harness::new();
    let press = |key: &str, code: iced::keyboard::key::Code| {
        let iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
            modified_key,
            location,
            modifiers,
            text,
            ..
        }) = simulator::press_key(Key::Character(key.into()), None)
        else {
            unreachable!("press_key makes key presses");
        };
        Message::Key(iced::keyboard::Event::KeyPressed {
            key: Key::Character(key.into()),
            modified_key,
            physical_key: iced::keyboard::key::Physical::Code(code),
            location,
            modifiers,
            text,
            repeat: false,
        })
    };
    // Cyrillic "й" sits on the Q key: quick calm.
    let _ = ui.app.update(press("й", iced::keyboard::key::Code::KeyQ));
    ui.assert_shows(&["Breathe in"]);
    // Greek "μ" on the M key: sound off.
    let _ = ui.app.update(press("μ", iced::keyboard::key::Code::KeyM));
    assert!(ui.app.settings().muted);
}

/// What the app last told the speech side: follow with this choice, or be silent.
fn last_words(ui: &Harness) -> Option<Option<steady::speech::Choice>> {
    ui.app
        .sound_sent()
        .iter()
        .rev()
        .find_map(|sent| match sent {
            steady::ui::Sent::Words(words) => Some(*words),
            _ => None,
        })
}

#[test]
fn reading_aloud_follows_the_session_and_pause_and_stop_silence_it() {
    let mut settings = no_lead_in();
    settings.read_aloud = true;
    let mut ui = Harness::with(settings, None, &[]);
    let steps = steady::speech::Choice {
        steps: true,
        breaths: false,
    };
    ui.start("grounding-5-4-3-2-1");
    assert_eq!(last_words(&ui), Some(Some(steps)));
    // The anchor the words follow is the cues' anchor: the same moment.
    let anchor = last_follow(&ui).expect("cues follow");
    let now = ui.clock.now();
    let mut follower = steady::speech::follow::Follower::new(anchor, steps);
    assert!(
        matches!(
            follower.due(now),
            Some(steady::speech::follow::Due::Say { index: 0, .. })
        ),
        "the first step is read as it begins"
    );
    ui.key(Key::Named(Named::Space));
    assert_eq!(last_words(&ui), Some(None), "a pause silences the words");
    ui.key(Key::Named(Named::Space));
    assert_eq!(last_words(&ui), Some(Some(steps)), "resume reads again");
    ui.key(Key::Named(Named::Escape));
    assert_eq!(last_words(&ui), Some(None), "a stop silences the words");
}

#[test]
fn with_reading_off_nothing_is_sent_to_be_read() {
    let mut ui = Harness::new();
    ui.start("grounding-5-4-3-2-1");
    assert_eq!(last_words(&ui), None);
}
