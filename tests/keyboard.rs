//! Every screen by keyboard alone: Tab and Shift+Tab walk the controls in
//! reading order (buttons, toggles, sliders, lists, text fields), Enter and
//! Space press the one with the focus, the arrows move a focused slider,
//! and the screens' own keys still work when no control has the focus.

mod driving;

use driving::Flow;
use iced::keyboard::key::Named;
use iced::keyboard::Key;
use steady::settings::{Settings, ThemeChoice};
use steady::ui::screen::home;
use steady::ui::Message;

fn flow(check_in: bool) -> Flow {
    Flow::with(Settings {
        lead_in_seconds: 0,
        check_in,
        ..Settings::default()
    })
}

#[test]
fn home_reaches_history_settings_and_about_by_tab() {
    let mut ui = flow(false);
    // Reading order: History, Import…, Settings, About, then the list.
    ui.tab(1);
    ui.key(Named::Enter);
    ui.assert_shows(&["Your practice"]);
    ui.key(Named::Escape);
    ui.assert_shows(&["Quick calm"]);

    // A new screen starts without focus: Tab begins at its first control.
    ui.tab(3);
    ui.key(Named::Space);
    ui.assert_shows(&["Settings", "Appearance"]);
    ui.key(Named::Escape);

    ui.tab(4);
    ui.key(Named::Enter);
    ui.assert_shows(&["About Steady"]);
    // About: its one control is Back.
    ui.tab(1);
    ui.key(Named::Space);
    ui.assert_shows(&["Quick calm"]);
}

#[test]
fn shift_tab_walks_back_and_round_the_end() {
    let mut ui = flow(false);
    // Back from nothing: the last control; forward past it: round to the first.
    ui.back_tab();
    ui.tab(1);
    ui.key(Named::Enter);
    ui.assert_shows(&["Your practice"]);
}

#[test]
fn home_starts_quick_calm_and_an_exercise_from_the_list() {
    let mut ui = flow(false);
    // Quick calm follows the four links.
    ui.tab(5);
    ui.key(Named::Enter);
    assert!(ui.shows("Breathe in"), "quick calm started");
    ui.key(Named::Escape);
    ui.key(Named::Escape);

    // Then the list, row by row.
    let mut ui = flow(false);
    ui.tab(6);
    ui.key(Named::Space);
    assert!(
        !ui.shows("Quick calm"),
        "the first row of the list started something"
    );
}

#[test]
fn settings_by_keyboard_alone() {
    let mut ui = flow(false);
    ui.key(Key::Character("s".into()));
    // Done, Follow system, Light, Dark.
    ui.tab(4);
    ui.key(Named::Enter);
    assert_eq!(ui.app.settings().theme, ThemeChoice::Dark);
    // The text size slider: arrows move it a step, and it is saved.
    ui.tab(1);
    ui.key(Named::ArrowRight);
    ui.key(Named::ArrowRight);
    assert_eq!(ui.app.settings().text_scale, 120);
    ui.key(Named::ArrowLeft);
    assert_eq!(ui.app.settings().text_scale, 110);
    // Reduced motion: Space switches it (and does nothing else).
    ui.tab(1);
    ui.key(Named::Space);
    assert!(ui.app.settings().reduced_motion);
    // Back to the slider, and on past the toggle to the lead-in slider.
    ui.back_tab();
    ui.key(Named::ArrowUp);
    assert_eq!(ui.app.settings().text_scale, 120);
    ui.tab(2);
    ui.key(Named::ArrowDown);
    assert_eq!(ui.app.settings().lead_in_seconds, 0, "not below the least");
    ui.key(Named::ArrowUp);
    assert_eq!(ui.app.settings().lead_in_seconds, 1);
    // Volume, then mute: Space on a focused toggle is not a shortcut.
    ui.tab(1);
    ui.key(Named::ArrowLeft);
    assert_eq!(ui.app.settings().volume_db, -11.0);
    ui.tab(1);
    ui.key(Named::Space);
    assert!(ui.app.settings().muted);
    ui.driver
        .settle(&mut ui.app, std::time::Duration::from_secs(5));
    let on_disk = Settings::load(&ui.paths.settings()).settings;
    assert_eq!(on_disk.text_scale, 120);
    assert!(on_disk.muted && on_disk.reduced_motion);
    assert_eq!(on_disk.lead_in_seconds, 1);
    // Esc keeps its meaning: back home.
    ui.key(Named::Escape);
    ui.assert_shows(&["Quick calm"]);
}

#[test]
fn settings_reminders_by_keyboard() {
    let mut ui = flow(false);
    ui.key(Key::Character("s".into()));
    // Done, three themes, text size, reduced motion, get ready, volume,
    // mute, ticks, test sound, reading aloud (two switches, two sliders),
    // check-ins, then "Remind me to pause".
    ui.tab(17);
    ui.key(Named::Space);
    assert!(ui.app.settings().reminders.on);
}

#[test]
fn reading_aloud_by_keyboard() {
    let mut ui = flow(false);
    ui.key(Key::Character("s".into()));
    // Past appearance and sound to "Read each step aloud".
    ui.tab(12);
    ui.key(Named::Space);
    assert!(ui.app.settings().read_aloud);
    ui.tab(1);
    ui.key(Named::Enter);
    assert!(ui.app.settings().say_breaths);
    // The speaking speed, one step slower; the voice volume, one softer.
    ui.tab(1);
    ui.key(Named::ArrowLeft);
    assert_eq!(ui.app.settings().voice_rate, -10);
    ui.tab(1);
    ui.key(Named::ArrowLeft);
    assert_eq!(ui.app.settings().voice_volume, 90);
    ui.assert_shows(&["Speaking speed: slower (10 of 100)", "Voice volume: 95%"]);
}

#[test]
fn history_and_journal_by_keyboard() {
    let mut ui = flow(false);
    ui.key(Key::Character("h".into()));
    ui.assert_shows(&["Your practice"]);
    // Journal, Back.
    ui.tab(1);
    ui.key(Named::Enter);
    ui.assert_shows(&["Your journal"]);
    ui.tab(1);
    ui.key(Named::Enter);
    ui.assert_shows(&["Your practice"]);
    // Back from the journal, the history starts without focus again.
    ui.tab(2);
    ui.key(Named::Space);
    ui.assert_shows(&["Quick calm"]);
}

#[test]
fn the_editor_by_keyboard() {
    let mut ui = flow(false);
    ui.update(Message::Home(home::Message::Customise(
        "grounding-5-4-3-2-1".into(),
    )));
    ui.assert_shows(&["Customise"]);
    // The first control is the title: typing goes into it.
    ui.tab(1);
    ui.typewrite(" for me");
    assert!(ui.field_contains("for me"), "typed into the first field");
    // Shift+Tab from the first control goes round to the bar's last: Cancel.
    ui.back_tab();
    ui.key(Named::Enter);
    assert!(
        !ui.shows("Quick calm"),
        "a change is not dropped without asking"
    );
    // The question's buttons are the last controls: back past "keep" to "leave".
    ui.back_tab();
    ui.back_tab();
    ui.key(Named::Enter);
    ui.assert_shows(&["Quick calm"]);
}

/// Box breathing to its end, check-ins on: Esc skips the one before.
fn finish_box_breathing(ui: &mut Flow) {
    ui.start("box-breathing");
    ui.key(Named::Escape);
    assert!(ui.shows("Breathe in"));
    ui.wait(150.0);
    assert!(ui.shows("You are done"));
}

#[test]
fn the_check_in_and_the_closing_screen_by_keyboard() {
    let mut ui = flow(true);
    finish_box_breathing(&mut ui);
    // Tab goes into the note first, then on to Save.
    ui.tab(1);
    ui.typewrite("steady");
    ui.tab(1);
    assert!(
        ui.shows("1–5 choose · Tab write a note · Enter save · Esc skip"),
        "out of the note"
    );
    ui.key(Named::Space);
    ui.assert_shows(&["Well done"]);
    let saved = ui.on_disk();
    assert_eq!(saved.records[0].note.as_deref(), Some("steady"));
    // The closing screen: Back to home, Do it again.
    ui.tab(2);
    ui.key(Named::Enter);
    assert!(ui.shows("Breathe in"), "again");
}

#[test]
fn feelings_are_reached_round_the_end() {
    let mut ui = flow(true);
    finish_box_breathing(&mut ui);
    // Note, Save, Skip, then round to the first feeling.
    ui.tab(4);
    ui.key(Named::Enter);
    // Back past Skip to Save.
    ui.back_tab();
    ui.back_tab();
    ui.key(Named::Enter);
    ui.assert_shows(&["Well done"]);
    let saved = ui.on_disk();
    assert_eq!(
        saved.records[0]
            .after
            .as_ref()
            .map(|check| check.feeling.get()),
        Some(1)
    );
}

#[test]
fn space_on_the_focused_pause_button_pauses_once() {
    let mut ui = flow(false);
    ui.start("box-breathing");
    ui.assert_shows(&["Breathe in"]);
    // Without focus, Space is the shortcut.
    ui.key(Named::Space);
    assert!(ui.shows("Resume"), "paused by the shortcut");
    ui.key(Named::Space);
    assert!(ui.shows("Pause"));
    // With the focus on a control, Space presses it, and only it.
    let mut pressed_pause = false;
    for _ in 0..8 {
        ui.tab(1);
        ui.key(Named::Space);
        if ui.shows("Resume") {
            pressed_pause = true;
            break;
        }
    }
    assert!(pressed_pause, "the pause button is reached by Tab");
}

/// Sixty exercises of the person's own, after the shipped ones.
fn long_list() -> Vec<(String, String)> {
    (1..=60)
        .map(|number| {
            let text = format!(
                "(version: 1, id: \"zz-{number:03}\", title: \"Zz {number:03}\", summary: \"Mine.\",\n\
                 practice: Grounding(steps: [(label: \"Look\", text: \"Look around.\", seconds: 2)]))"
            );
            (format!("zz-{number:03}.ron"), text)
        })
        .collect()
}

/// The exercise that Enter starts after `tabs` presses of Tab on home.
fn started_after(tabs: usize) -> String {
    let mut ui = Flow::with_files(
        Settings {
            lead_in_seconds: 0,
            check_in: false,
            ..Settings::default()
        },
        &long_list(),
    );
    ui.tab(tabs);
    ui.key(Named::Enter);
    if ui.shows("Quick calm") {
        return format!("still home after {tabs} tabs");
    }
    (1..=60)
        .map(|number| format!("Zz {number:03}"))
        .find(|title| ui.shows(title))
        .unwrap_or_else(|| format!("none after {tabs} tabs"))
}

#[test]
fn far_down_a_long_list_the_focus_stays_on_the_row_tab_reached() {
    // Each of the person's rows takes two stops (the row, Customise); rows
    // far below the first screen are built only when scrolled to, and the
    // focus must stay on the row it reached while the list is rebuilt.
    let first = (0..80)
        .find(|&tabs| started_after(tabs) == "Zz 001")
        .expect("Tab reaches the first of the person's rows");
    for row in [10, 25, 40, 59] {
        assert_eq!(
            started_after(first + 2 * (row - 1)),
            format!("Zz {row:03}"),
            "Tab to row {row}"
        );
    }
}
