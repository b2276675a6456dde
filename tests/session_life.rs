//! A session's life on the real `App`, driven as a person does (keys and
//! clicks through the widgets first): the after check-in answers the keys
//! it shows, the record is on disk the moment a session ends, and a record
//! that cannot be written is said, kept and written later.

mod driving;

use std::path::Path;
use std::time::Duration;

use iced::keyboard::key::Named;
use iced::keyboard::Key;
use iced_test::{selector, simulator};
use steady::clock::Clock;
use steady::history;
use steady::library::Library;
use steady::paths::Paths;
use steady::settings::{Loaded, Settings};
use steady::ui::screen::{finished, home, player};
use steady::ui::{App, Launch, Message, Sound};

struct Harness {
    app: App,
    driver: driving::Driver,
    clock: Clock,
    paths: Paths,
    _config: tempfile::TempDir,
}

impl Harness {
    fn with(check_in: bool) -> Harness {
        let config = tempfile::tempdir().expect("temp dir");
        let paths = Paths::at(config.path());
        let clock = Clock::manual();
        let settings = Settings {
            lead_in_seconds: 0,
            check_in,
            ..Settings::default()
        };
        let (mut app, _) = App::new(
            Launch::Home,
            paths.clone(),
            Library::load(&paths),
            Loaded::fresh(settings),
            clock.clone(),
            Sound::new(None),
        );
        let mut driver = driving::Driver::new();
        driver.update(
            &mut app,
            Message::HistoryLoaded(Box::new(history::load(&paths.history()))),
        );
        Harness {
            app,
            driver,
            clock,
            paths,
            _config: config,
        }
    }

    fn update(&mut self, message: Message) {
        self.driver.update(&mut self.app, message);
    }

    fn key(&mut self, key: impl Into<Key>) {
        let key = key.into();
        let text = match key.as_ref() {
            Key::Character(character) => Some(character.to_owned()),
            _ => None,
        };
        self.driver.press(&mut self.app, key, text.as_deref());
    }

    fn start(&mut self, id: &str) {
        self.update(Message::Home(home::Message::Start(id.into())));
    }

    fn wait(&mut self, seconds: f64) {
        self.clock.advance(Duration::from_secs_f64(seconds));
        self.update(Message::Player(player::Message::Tick));
    }

    fn shows(&self, label: &str) -> bool {
        simulator(self.app.view()).find(label).is_ok()
    }

    fn shows_containing(&self, part: &str) -> bool {
        simulator(self.app.view())
            .find(|candidate: selector::Candidate<'_>| match candidate {
                selector::Candidate::Text { content, .. } if content.contains(part) => Some(()),
                _ => None,
            })
            .is_ok()
    }

    fn on_disk(&mut self) -> history::Loaded {
        self.driver.settle(&mut self.app, Duration::from_secs(5));
        history::load(&self.paths.history())
    }

    /// Box breathing (2:24) from home to its after check-in, with check-ins
    /// on: Esc skips the one before.
    fn finish_box_breathing(&mut self) {
        self.start("box-breathing");
        self.key(Named::Escape);
        assert!(self.shows("Breathe in"));
        self.wait(150.0);
        assert!(self.shows("You are done"));
    }
}

#[test]
fn four_then_enter_on_the_after_check_in_saves_feeling_four_and_no_note() {
    let mut ui = Harness::with(true);
    ui.finish_box_breathing();
    // The record is on disk before the person answers anything.
    assert_eq!(ui.on_disk().records.len(), 1, "recorded when it ended");
    assert!(ui.shows("1–5 choose · Tab write a note · Enter save · Esc skip"));
    ui.key(Key::Character("4".into()));
    ui.key(Named::Enter);
    assert!(ui.shows("Well done"));
    let saved = ui.on_disk();
    assert_eq!(saved.records.len(), 1, "{:?}", saved.problems);
    let record = &saved.records[0];
    assert_eq!(record.after.as_ref().map(|c| c.feeling.get()), Some(4));
    assert_eq!(record.note, None);
    assert!(record.finished);
}

#[test]
fn escape_on_arrival_skips_the_after_check_in() {
    let mut ui = Harness::with(true);
    ui.finish_box_breathing();
    ui.key(Named::Escape);
    assert!(ui.shows("Well done"), "one Esc is enough");
    let saved = ui.on_disk();
    assert_eq!(saved.records.len(), 1);
    assert_eq!(saved.records[0].after, None);
}

#[test]
fn the_note_takes_keys_after_tab_and_esc_leaves_it() {
    let mut ui = Harness::with(true);
    ui.finish_box_breathing();
    ui.key(Key::Character("5".into()));
    ui.key(Named::Tab);
    assert!(ui.shows("Enter save · Shift+Enter new line · Esc leave the note"));
    ui.driver.typewrite(&mut ui.app, "Calm 3 times");
    // Esc leaves the note (it does not skip): the footer says so.
    ui.key(Named::Escape);
    assert!(ui.shows("You are done"), "Esc in the note only leaves it");
    assert!(ui.shows("1–5 choose · Tab write a note · Enter save · Esc skip"));
    // Digits choose a feeling again.
    ui.key(Key::Character("3".into()));
    ui.key(Named::Enter);
    assert!(ui.shows("Well done"));
    let saved = ui.on_disk();
    let record = &saved.records[0];
    assert_eq!(record.after.as_ref().map(|c| c.feeling.get()), Some(3));
    assert_eq!(record.note.as_deref(), Some("Calm 3 times"));
}

#[test]
fn a_click_into_the_note_and_enter_saves_it() {
    let mut ui = Harness::with(true);
    ui.finish_box_breathing();
    ui.driver.click(&mut ui.app, selector::id("check-in-note"));
    ui.driver.typewrite(&mut ui.app, "4 good things");
    ui.key(Named::Enter);
    assert!(ui.shows("Well done"));
    let saved = ui.on_disk();
    assert_eq!(saved.records[0].note.as_deref(), Some("4 good things"));
    assert_eq!(saved.records[0].after, None, "the 4 was typed, not chosen");
}

#[test]
fn the_evening_journal_is_asked_with_check_ins_off() {
    let mut ui = Harness::with(false);
    ui.start("evening-wind-down");
    assert!(ui.shows_containing("part 1 of"));
    ui.wait(60.0 * 10.0);
    assert!(
        !ui.shows("How do you feel right now?"),
        "check-ins are off: no feeling is asked"
    );
    ui.driver.click(&mut ui.app, selector::id("check-in-note"));
    ui.driver.typewrite(&mut ui.app, "A quiet day.");
    ui.key(Named::Enter);
    assert!(ui.shows("Well done"));
    let saved = ui.on_disk();
    assert_eq!(saved.records[0].note.as_deref(), Some("A quiet day."));
}

#[test]
fn a_session_that_cannot_be_saved_is_said_and_saved_later() {
    let mut ui = Harness::with(false);
    // A file where the data folder should be.
    std::fs::write(ui.paths.data(), b"not a folder").expect("write");
    ui.start("box-breathing");
    ui.wait(150.0);
    assert!(ui.shows("Well done"));
    ui.driver.settle(&mut ui.app, Duration::from_secs(5));
    assert!(
        ui.shows_containing("Your session could not be saved yet"),
        "the closing screen says so"
    );
    assert!(
        !ui.shows("Your first session."),
        "no milestone it cannot keep"
    );
    ui.update(Message::Finished(finished::Message::Home));
    assert!(
        ui.shows_containing("could not be saved yet"),
        "home says so too"
    );
    ui.update(Message::Home(home::Message::OpenHistory));
    assert!(ui.shows_containing("could not be saved yet"), "and history");
    assert!(
        ui.shows_containing("· Box breathing"),
        "the session is listed"
    );
    ui.update(Message::Home(home::Message::OpenHistory));

    // The folder is made right; the next session start writes what waited.
    std::fs::remove_file(ui.paths.data()).expect("remove");
    ui.update(Message::Key(back()));
    ui.start("calm-breathing");
    let saved = ui.on_disk();
    assert_eq!(saved.records.len(), 1, "the first session, kept in memory");
    assert_eq!(saved.records[0].id, "box-breathing");
    assert!(!ui.shows_containing("could not be saved"));
    ui.wait(20.0);
    ui.key(Named::Escape);
    assert_eq!(ui.on_disk().records.len(), 2);
}

#[test]
fn a_full_disk_keeps_the_session_until_there_is_room() {
    // The hook only acts on a history folder that holds its mark.
    std::env::set_var(history::DISK_FULL_HOOK, "1");
    let mut ui = Harness::with(false);
    std::fs::create_dir_all(ui.paths.data()).expect("data folder");
    let flag = ui.paths.data().join(history::DISK_FULL_MARK);
    std::fs::write(&flag, b"").expect("mark");
    ui.start("box-breathing");
    ui.wait(40.0);
    ui.key(Named::Escape);
    ui.driver.settle(&mut ui.app, Duration::from_secs(5));
    assert!(
        ui.shows_containing("No space left on device"),
        "home says why"
    );
    assert!(history::load(&ui.paths.history()).records.is_empty());
    drop_flag(&flag);
    // Ending the next session writes both, in order.
    ui.start("calm-breathing");
    ui.wait(30.0);
    ui.key(Named::Escape);
    let saved = ui.on_disk();
    let ids: Vec<&str> = saved.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["box-breathing", "calm-breathing"]);
    assert!(!ui.shows_containing("could not be saved"));
}

fn drop_flag(path: &Path) {
    std::fs::remove_file(path).expect("remove the flag");
}

fn back() -> iced::keyboard::Event {
    let iced::Event::Keyboard(event) = simulator::press_key(Named::Escape, None) else {
        unreachable!("a key event");
    };
    event
}
