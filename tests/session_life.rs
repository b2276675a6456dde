//! A session's life on the real `App`, driven as a person does (keys and
//! clicks through the widgets first): the after check-in answers the keys
//! it shows, the record is on disk the moment a session ends, and a record
//! that cannot be written is said, kept and written later.

mod driving;

use std::path::Path;
use std::time::Duration;

use driving::Flow;
use iced::keyboard::key::Named;
use iced::keyboard::Key;
use iced_test::simulator;
use steady::history;
use steady::settings::Settings;
use steady::ui::screen::{finished, home};
use steady::ui::Message;

/// No lead-in; check-ins as asked.
fn harness(check_in: bool) -> Flow {
    Flow::with(Settings {
        lead_in_seconds: 0,
        check_in,
        ..Settings::default()
    })
}

/// Box breathing (2:24) from home to its after check-in, with check-ins
/// on: Esc skips the one before.
fn finish_box_breathing(ui: &mut Flow) {
    ui.start("box-breathing");
    ui.key(Named::Escape);
    assert!(ui.shows("Breathe in"));
    ui.wait(150.0);
    assert!(ui.shows("You are done"));
}

#[test]
fn four_then_enter_on_the_after_check_in_saves_feeling_four_and_no_note() {
    let mut ui = harness(true);
    finish_box_breathing(&mut ui);
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
    let mut ui = harness(true);
    finish_box_breathing(&mut ui);
    ui.key(Named::Escape);
    assert!(ui.shows("Well done"), "one Esc is enough");
    let saved = ui.on_disk();
    assert_eq!(saved.records.len(), 1);
    assert_eq!(saved.records[0].after, None);
}

#[test]
fn the_note_takes_keys_after_tab_and_esc_leaves_it() {
    let mut ui = harness(true);
    finish_box_breathing(&mut ui);
    ui.key(Key::Character("5".into()));
    ui.key(Named::Tab);
    assert!(ui.shows("Enter save · Shift+Enter new line · Esc leave the note"));
    ui.typewrite("Calm 3 times");
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
    let mut ui = harness(true);
    finish_box_breathing(&mut ui);
    ui.type_into("check-in-note", "4 good things");
    ui.key(Named::Enter);
    assert!(ui.shows("Well done"));
    let saved = ui.on_disk();
    assert_eq!(saved.records[0].note.as_deref(), Some("4 good things"));
    assert_eq!(saved.records[0].after, None, "the 4 was typed, not chosen");
}

#[test]
fn the_evening_journal_is_asked_with_check_ins_off() {
    let mut ui = harness(false);
    ui.start("evening-wind-down");
    assert!(ui.shows_containing("part 1 of"));
    ui.wait(60.0 * 10.0);
    assert!(
        !ui.shows("How do you feel right now?"),
        "check-ins are off: no feeling is asked"
    );
    ui.type_into("check-in-note", "A quiet day.");
    ui.key(Named::Enter);
    assert!(ui.shows("Well done"));
    let saved = ui.on_disk();
    assert_eq!(saved.records[0].note.as_deref(), Some("A quiet day."));
}

#[test]
fn a_session_that_cannot_be_saved_is_said_and_saved_later() {
    let mut ui = harness(false);
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
    let mut ui = harness(false);
    std::fs::create_dir_all(ui.paths.data()).expect("data folder");
    let flag = ui.paths.data().join(history::DISK_FULL_MARK);
    std::fs::write(&flag, b"").expect("mark");
    ui.start("box-breathing");
    ui.wait(40.0);
    ui.key(Named::Escape);
    ui.driver.settle(&mut ui.app, Duration::from_secs(5));
    assert!(ui.shows_containing("the disk is full"), "home says why");
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
