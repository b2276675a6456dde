//! The window in German, on the real `App` (this test program runs in
//! German, as `LANG=de_DE.UTF-8` makes the real one): home, a session with
//! its check-ins, the history with German dates and a week from Monday, and
//! settings. Pictures to look at: `cargo test --test german_flows --
//! --ignored` writes them to `$STEADY_SCREENS` (default: the target
//! folder's tmp).

mod driving;

use chrono::Weekday;
use driving::Flow;
use iced::keyboard::key::Named;
use iced::keyboard::Key;
use steady::history;
use steady::i18n::{Language, Locale};
use steady::settings::{Settings, ThemeChoice};
use steady::ui::screen::home;
use steady::ui::Message;

fn german(settings: Settings) -> Flow {
    let locale = steady::i18n::init(Locale {
        language: Language::German,
        first_weekday: Weekday::Mon,
    });
    assert_eq!(locale.language, Language::German);
    let mut ui = Flow::with(settings);
    ui.update(Message::Window(
        iced::window::Id::unique(),
        steady::ui::window::Change::Resized(iced::Size::new(880.0, 680.0)),
    ));
    ui
}

/// A few mornings of practice, for the history.
fn practise(ui: &mut Flow) {
    let path = ui.paths.history();
    for (day, before, after) in [(20, 2, 4), (21, 3, 3), (23, 2, 4), (24, 3, 5)] {
        let line = format!(
            r#"{{"start":"2026-11-{day}T07:40:00+01:00","id":"morning-five","title":"Fünf Minuten am Morgen","routine":true,"planned_seconds":300,"practised_seconds":300,"finished":true,"before":{{"feeling":{before}}},"after":{{"feeling":{after}}},"note":"Ein ruhiger Start"}}"#
        );
        steady::store::append_line(&path, &line, 0o600).expect("history");
    }
    ui.update(Message::HistoryLoaded(Box::new(history::load(&path))));
}

#[test]
fn home_a_session_and_the_history_speak_german() {
    let mut ui = german(Settings {
        lead_in_seconds: 0,
        ..Settings::default()
    });
    ui.assert_shows(&["Verlauf", "Einstellungen", "Abläufe", "Box-Atmung", "Atmen"]);
    assert!(!ui.shows("History"));
    ui.start("box-breathing");
    ui.assert_shows(&["Wie fühlst du dich gerade?", "Überspringen"]);
    ui.key(Key::Character("4".into()));
    ui.wait(1.0);
    assert!(ui.shows("Einatmen"), "the first breath, in German");
    // To the end: the check-in after.
    ui.wait(150.0);
    ui.assert_shows(&["Geschafft", "Speichern", "ruhig"]);
    ui.key(Named::Escape);
    ui.key(Named::Enter);
    practise(&mut ui);
    ui.update(Message::Home(home::Message::OpenHistory));
    ui.assert_shows(&["Tagebuch", "Diese Woche", "Serie", "Letzte Übungen"]);
    assert!(
        ui.shows_containing("Nov., 07:40"),
        "a session's day and time in German order"
    );
}

/// Home, a breathing exercise, the history and settings in German, light
/// and dark, 100% and 200% text: German words are longer, so look for
/// anything cut off.
#[test]
#[ignore = "writes pictures to look at"]
fn screenshots() {
    let folder = std::env::var_os("STEADY_SCREENS").map_or_else(
        || std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screens"),
        std::path::PathBuf::from,
    );
    let _ = std::fs::create_dir_all(&folder);
    for (dark, scale) in [(false, 100), (true, 200), (true, 100), (false, 200)] {
        let mut ui = german(Settings {
            theme: if dark {
                ThemeChoice::Dark
            } else {
                ThemeChoice::Light
            },
            text_scale: scale,
            lead_in_seconds: 0,
            check_in: false,
            ..Settings::default()
        });
        practise(&mut ui);
        let shot = |ui: &Flow, screen: &str| {
            let theme = ui.app.theme();
            let height = if screen == "settings" { 2000.0 } else { 680.0 };
            let mut window = iced_test::Simulator::with_size(
                iced::Settings::default(),
                iced::Size::new(880.0, height),
                ui.app.view(),
            );
            let file = format!(
                "de-{screen}-{}-{scale}",
                if dark { "dark" } else { "light" }
            );
            let _ = std::fs::remove_file(folder.join(format!("{file}-tiny-skia.png")));
            let snapshot = window.snapshot(&theme).expect("drawn");
            assert!(snapshot
                .matches_image(folder.join(format!("{file}.png")))
                .expect("written"));
        };
        shot(&ui, "home");
        ui.start("morning-five");
        ui.wait(0.5);
        ui.key(Named::Enter);
        ui.wait(3.0);
        shot(&ui, "player");
        ui.key(Key::Character("n".into()));
        ui.wait(1.0);
        shot(&ui, "transition");
        ui.key(Named::Escape);
        ui.update(Message::Quit);
        ui.update(Message::Home(home::Message::OpenHistory));
        shot(&ui, "history");
        ui.key(Named::Escape);
        ui.update(Message::Home(home::Message::OpenSettings));
        ui.update(Message::Settings(
            steady::ui::screen::settings::Message::RemindersOn(true),
        ));
        ui.update(Message::Settings(
            steady::ui::screen::settings::Message::AddRule,
        ));
        shot(&ui, "settings");
        ui.key(Named::Escape);
        ui.key(Key::Character("i".into()));
        shot(&ui, "about");
        ui.key(Named::Escape);
        ui.update(Message::Home(home::Message::Customise("pmr-short".into())));
        shot(&ui, "editor");
        // The check-in before and the closing screen.
        let mut asked = german(Settings {
            check_in: true,
            ..ui.app.settings().clone()
        });
        asked.start("box-breathing");
        shot(&asked, "check-in");
        asked.key(Key::Character("3".into()));
        asked.wait(150.0);
        asked.key(Key::Character("4".into()));
        asked.key(Named::Enter);
        shot(&asked, "finished");
    }
}
