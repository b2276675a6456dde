//! The morning routine from home to the history screen, on the real `App`
//! with a hand-moved clock: the check-in with one key, the parts, the
//! finish with a note, the celebration, the session in the history. Keys
//! and clicks go through the widgets first (`driving`), as in a window.

mod driving;

use driving::Flow;
use iced::keyboard::key::Named;
use iced::keyboard::Key;
use steady::history;
use steady::settings::Settings;
use steady::ui::screen::home;
use steady::ui::Message;

/// Check-ins on, no lead-in.
fn harness() -> Flow {
    Flow::with(Settings {
        lead_in_seconds: 0,
        ..Settings::default()
    })
}

#[test]
fn the_morning_routine_from_check_in_to_history() {
    let mut ui = harness();
    ui.update(Message::Home(home::Message::Start("morning-five".into())));
    ui.assert_shows(&["Before Morning five minutes", "How do you feel right now?"]);
    // One key: 2 ("Low") chooses and starts.
    ui.key(Key::Character("2".into()));
    ui.assert_shows(&["Breathe in", "Calm breathing · part 1 of 3"]);
    // N moves to the next part: its calm transition first.
    ui.key(Key::Character("n".into()));
    ui.assert_shows(&["Next: 5-4-3-2-1 grounding"]);
    // The pause lasts as long as its words take to read: 9 seconds here.
    ui.wait(9.0);
    ui.assert_shows(&["5-4-3-2-1 grounding · part 2 of 3"]);
    ui.key(Key::Character("n".into()));
    // The relaxation's safety line is on its pause, 19 seconds of words.
    ui.assert_shows(&[
        "Next: Quick muscle relaxation",
        "Tense gently. Skip any part that hurts. Keep breathing. Tense lightly if you are pregnant or have high blood pressure.",
    ]);
    ui.wait(19.0);
    ui.assert_shows(&["Quick muscle relaxation · part 3 of 3", "Tense"]);
    // The rest of the routine, in real time.
    ui.wait(80.0);
    ui.assert_shows(&["You are done", "Anything you want to remember?"]);
    ui.click("Good");
    ui.type_into("check-in-note", "Slept well today");
    ui.key(Named::Enter);
    ui.assert_shows(&[
        "Well done",
        "Your first session.",
        "You feel 2 steps better than before.",
        "You wrote:",
        "Slept well today",
    ]);

    let saved = ui.on_disk();
    assert_eq!(saved.records.len(), 1, "{:?}", saved.problems);
    let record = &saved.records[0];
    assert_eq!(record.id, "morning-five");
    assert!(record.routine && record.finished);
    assert_eq!(record.planned_seconds, 300);
    // Two parts were skipped with N: far less than five minutes were spent.
    assert!(
        record.practised_seconds < 120,
        "{}",
        record.practised_seconds
    );
    assert_eq!(record.before.as_ref().map(|c| c.feeling.get()), Some(2));
    assert_eq!(record.after.as_ref().map(|c| c.feeling.get()), Some(4));
    assert_eq!(record.note.as_deref(), Some("Slept well today"));

    ui.key(Named::Enter);
    ui.update(Message::Home(home::Message::OpenHistory));
    assert!(ui.shows_containing("· Morning five minutes"));
    ui.assert_shows(&[
        "Your practice",
        "Felt 2 before, 4 after",
        "“Slept well today”",
        "One missed day in a week doesn't break your streak.",
    ]);
    // The journal: every note by day, newest first.
    ui.click("Journal");
    ui.assert_shows(&["Your journal", "Today", "Slept well today"]);
    ui.key(Named::Escape);
    ui.assert_shows(&["Your practice"]);
}

#[test]
fn unreadable_history_lines_are_skipped_and_said_with_their_numbers() {
    let mut ui = harness();
    let path = ui.paths.history();
    let good = r#"{"start":"2026-11-24T07:40:00+01:00","id":"box-breathing","title":"Box breathing","planned_seconds":144,"practised_seconds":144,"finished":true}"#;
    steady::store::append_line(&path, good, 0o600).expect("history");
    let broken = history::MAX_PROBLEMS + 2;
    for _ in 0..broken {
        steady::store::append_line(&path, "{not a record", 0o600).expect("history");
    }
    ui.update(Message::HistoryLoaded(Box::new(history::load(&path))));
    ui.update(Message::Home(home::Message::OpenHistory));
    assert!(
        ui.shows_containing("· Box breathing"),
        "the good line stays"
    );
    ui.assert_shows(&[
        "Line 2 of your history could not be read and was skipped.",
        "2 more lines could not be read and were skipped.",
    ]);
}

#[test]
fn escape_skips_the_check_in_and_a_stopped_session_is_recorded_at_once() {
    let mut ui = harness();
    ui.update(Message::Home(home::Message::Start("box-breathing".into())));
    ui.assert_shows(&["How do you feel right now?"]);
    ui.key(Named::Escape);
    ui.assert_shows(&["Breathe in"]);
    ui.wait(30.0);
    ui.key(Named::Escape);
    ui.assert_shows(&["Quick calm"]);
    let saved = ui.on_disk();
    assert_eq!(saved.records.len(), 1);
    let record = &saved.records[0];
    assert!(!record.finished);
    assert_eq!(record.practised_seconds, 30);
    assert!(record.before.is_none() && record.after.is_none());
    let stopped = record.stopped_at.as_ref().expect("where it was stopped");
    assert_eq!(stopped.step, "Hold", "30 s into box breathing is a hold");
}

#[test]
fn a_session_cut_short_by_closing_the_window_is_recorded() {
    let mut ui = harness();
    ui.update(Message::Home(home::Message::Start("calm-breathing".into())));
    ui.key(Named::Escape);
    ui.wait(20.0);
    ui.update(Message::Quit);
    let saved = history::load(&ui.paths.history());
    assert_eq!(saved.records.len(), 1, "written before quitting, not after");
    assert_eq!(saved.records[0].practised_seconds, 20);
    assert!(!saved.records[0].finished);
}

/// Pictures to look at (not compared): the check-in, a routine's
/// transition, the closing screen, the history and the reminder settings,
/// light and dark, 100% and 200% text. Run with
/// `cargo test --test history_flows -- --ignored`; they land in
/// `$STEADY_SCREENS` (default: the target folder's tmp).
#[test]
#[ignore = "writes pictures to look at"]
fn screenshots() {
    use steady::settings::ThemeChoice;
    let folder = std::env::var_os("STEADY_SCREENS").map_or_else(
        || std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screens"),
        std::path::PathBuf::from,
    );
    let _ = std::fs::create_dir_all(&folder);
    for (dark, scale) in [(false, 100), (true, 200), (true, 100), (false, 200)] {
        let settings = Settings {
            theme: if dark {
                ThemeChoice::Dark
            } else {
                ThemeChoice::Light
            },
            text_scale: scale,
            lead_in_seconds: 0,
            ..Settings::default()
        };
        let mut ui = Flow::with(settings);
        // The window the pictures are drawn in: what fits is decided from it.
        ui.update(Message::Window(
            iced::window::Id::unique(),
            steady::ui::window::Change::Resized(iced::Size::new(880.0, 680.0)),
        ));
        // A few days of practice, for the history.
        let path = ui.paths.history();
        for (day, before, after) in [(20, 2, 4), (21, 3, 3), (23, 2, 4), (24, 3, 5)] {
            let line = format!(
                r#"{{"start":"2026-11-{day}T07:40:00+01:00","id":"morning-five","title":"Morning five minutes","routine":true,"planned_seconds":300,"practised_seconds":300,"finished":true,"before":{{"feeling":{before}}},"after":{{"feeling":{after}}},"note":"A calm start"}}"#
            );
            steady::store::append_line(&path, &line, 0o600).expect("history");
        }
        ui.update(Message::HistoryLoaded(Box::new(history::load(&path))));
        let name =
            |screen: &str| format!("{screen}-{}-{scale}", if dark { "dark" } else { "light" });
        let shot = |ui: &Flow, screen: &str| {
            let theme = ui.app.theme();
            // Settings are long: the whole page, to see the reminders.
            let height = if screen == "settings" { 2000.0 } else { 680.0 };
            let mut window = iced_test::Simulator::with_size(
                iced::Settings::default(),
                iced::Size::new(880.0, height),
                ui.app.view(),
            );
            let file = name(screen);
            let _ = std::fs::remove_file(folder.join(format!("{file}-tiny-skia.png")));
            let snapshot = window.snapshot(&theme).expect("drawn");
            assert!(snapshot
                .matches_image(folder.join(format!("{file}.png")))
                .expect("written"));
        };
        shot(&ui, "home");
        ui.update(Message::Home(home::Message::Start("morning-five".into())));
        ui.key(Key::Character("3".into()));
        ui.update(Message::Home(home::Message::Start("morning-five".into())));
        ui.key(Named::Escape);
        ui.update(Message::Quit);
        ui.update(Message::Home(home::Message::Start(
            "evening-wind-down".into(),
        )));
        shot(&ui, "check-in-before");
        ui.key(Key::Character("2".into()));
        ui.key(Key::Character("n".into()));
        ui.wait(2.0);
        shot(&ui, "transition");
        ui.wait(200.0);
        ui.click("Good");
        ui.click("calm");
        shot(&ui, "check-in-after");
        ui.type_into("check-in-note", "Quiet day, good walk");
        ui.key(Named::Enter);
        shot(&ui, "finished");
        ui.key(Named::Enter);
        ui.update(Message::Home(home::Message::OpenHistory));
        shot(&ui, "history");
        ui.click("Journal");
        shot(&ui, "journal");
        ui.key(Named::Escape);
        ui.key(Named::Escape);
        ui.key(Key::Character("i".into()));
        shot(&ui, "about");
        ui.key(Named::Escape);
        ui.update(Message::Home(home::Message::OpenSettings));
        ui.update(Message::Settings(
            steady::ui::screen::settings::Message::RemindersOn(true),
        ));
        ui.update(Message::Settings(
            steady::ui::screen::settings::Message::AddRule,
        ));
        shot(&ui, "settings");
        // The get-ready screen with a long intro and a safety line.
        let mut ready = Flow::with(Settings {
            lead_in_seconds: 3,
            check_in: false,
            ..ui.app.settings().clone()
        });
        let _ = ready.app.update(Message::Window(
            iced::window::Id::unique(),
            steady::ui::window::Change::Resized(iced::Size::new(880.0, 680.0)),
        ));
        let _ = ready
            .app
            .update(Message::Home(home::Message::Start("pmr-full".into())));
        ready.wait(1.0);
        shot(&ready, "get-ready");
        ready.key(Named::Enter);
        ready.wait(8.0);
        ready.key(Key::Character("i".into()));
        shot(&ready, "intro-again");
        // A routine's pause: the next part's intro and safety line.
        let mut routine = Flow::with(ready.app.settings().clone());
        let _ = routine.app.update(Message::Window(
            iced::window::Id::unique(),
            steady::ui::window::Change::Resized(iced::Size::new(880.0, 680.0)),
        ));
        let _ = routine
            .app
            .update(Message::Home(home::Message::Start("morning-five".into())));
        routine.wait(0.5);
        routine.key(Named::Enter);
        routine.key(Key::Character("n".into()));
        routine.wait(0.5);
        routine.key(Key::Character("n".into()));
        routine.wait(1.0);
        shot(&routine, "transition-safety");
    }
}
