//! The focus ring in a real window under a private Xvfb, by keyboard
//! alone: Tab on home, in settings and in the history draws a ring in the
//! ring's colour (which keeps a contrast of at least 3:1 with the page, in
//! light and dark), and Enter presses what it surrounds. Screenshots land
//! in `target/tmp/screenshots/` for looking at. The editor and the check-in
//! after a session are used by keyboard alone too: a title typed and saved,
//! a note typed and saved.

mod support;

use std::time::Duration;

use iced::theme::Mode;
use steady::settings::ThemeChoice;
use steady::ui::widget::focus;
use support::{Steady, Xvfb, SCREEN};

const TOOLS: [&str; 4] = ["Xvfb", "import", "xdotool", "convert"];

fn no_sound() -> Vec<(String, String)> {
    vec![
        (
            "PULSE_SERVER".into(),
            "unix:/nonexistent/steady-test".into(),
        ),
        ("ALSA_CONFIG_PATH".into(), "/nonexistent/alsa.conf".into()),
    ]
}

/// Pixels of `color` (within a small tolerance) that `after` has and
/// `before` had not: what a new ring drew.
fn new_pixels_of(before: &[u8], after: &[u8], color: iced::Color) -> usize {
    let [r, g, b, _] = color.into_rgba8();
    let near = |pixel: &[u8]| pixel.iter().zip([r, g, b]).all(|(a, b)| a.abs_diff(b) <= 8);
    before
        .chunks_exact(3)
        .zip(after.chunks_exact(3))
        .filter(|(old, new)| near(new) && !near(old))
        .count()
}

fn press(app: &Steady, key: &str, times: usize) {
    for _ in 0..times {
        app.key(key);
    }
    std::thread::sleep(Duration::from_millis(700));
}

/// Home, settings and history by keyboard, with the ring looked for each
/// time, for one theme and text size.
fn walk(choice: ThemeChoice, text_scale: u16) {
    let name = format!(
        "{}-{text_scale}",
        if choice == ThemeChoice::Dark {
            "dark"
        } else {
            "light"
        }
    );
    let ring = focus::ring_color(&steady::ui::theme::theme(choice, Mode::Light));
    let page = steady::ui::theme::theme(choice, Mode::Light)
        .extended_palette()
        .background
        .base
        .color;
    assert!(
        focus::contrast(ring, page) >= 3.0,
        "{name}: the ring stands out"
    );

    let x = Xvfb::start();
    let app = Steady::start(
        &[],
        &format!("(theme: {choice:?}, text_scale: {text_scale}, muted: true)"),
        Some(&x.display),
        &no_sound(),
    );
    app.wait_for_window();
    std::thread::sleep(Duration::from_millis(1500));
    let home = app.capture();

    // Home: the first Tab rings History; Enter opens it.
    press(&app, "Tab", 1);
    let ringed = app.capture();
    support::save_png(
        &ringed,
        SCREEN.0,
        SCREEN.1,
        &format!("focus-home-{name}.png"),
    );
    let drawn = new_pixels_of(&home, &ringed, ring);
    assert!(drawn > 150, "{name}: a ring on home ({drawn} pixels)");
    press(&app, "Return", 1);
    let history = app.capture();
    press(&app, "Tab", 1);
    let journal_ringed = app.capture();
    support::save_png(
        &journal_ringed,
        SCREEN.0,
        SCREEN.1,
        &format!("focus-history-{name}.png"),
    );
    let drawn = new_pixels_of(&history, &journal_ringed, ring);
    assert!(
        drawn > 150,
        "{name}: a ring in the history ({drawn} pixels)"
    );
    press(&app, "Escape", 1);

    // Settings: Done, the three themes, then the text size slider.
    press(&app, "s", 1);
    let settings = app.capture();
    press(&app, "Tab", 5);
    let slider_ringed = app.capture();
    support::save_png(
        &slider_ringed,
        SCREEN.0,
        SCREEN.1,
        &format!("focus-settings-{name}.png"),
    );
    let drawn = new_pixels_of(&settings, &slider_ringed, ring);
    assert!(drawn > 150, "{name}: a ring in settings ({drawn} pixels)");
    // An arrow moves the focused slider: the text size changes.
    press(&app, if text_scale < 200 { "Right" } else { "Left" }, 1);
    let bigger = app.capture();
    let changed = slider_ringed
        .iter()
        .zip(&bigger)
        .filter(|(a, b)| a != b)
        .count();
    assert!(
        changed > 20_000,
        "{name}: the text size changed ({changed} bytes)"
    );
    // On past the fold: the page scrolls so that the ringed control shows.
    press(&app, "Tab", 6);
    let below = app.capture();
    support::save_png(
        &below,
        SCREEN.0,
        SCREEN.1,
        &format!("focus-settings-below-{name}.png"),
    );
    let drawn = new_pixels_of(&bigger, &below, ring);
    assert!(drawn > 150, "{name}: a ring further down ({drawn} pixels)");
    let stderr = app.stderr();
    assert!(!stderr.contains("panicked"), "{name}: {stderr}");
}

#[test]
fn the_focus_ring_shows_in_light_and_dark_at_100_and_200_percent() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    for choice in [ThemeChoice::Light, ThemeChoice::Dark] {
        for text_scale in [100, 200] {
            walk(choice, text_scale);
        }
    }
}

/// Whether some file under `folder` (its name ending in `suffix`) holds `text`.
fn a_file_holds(folder: &std::path::Path, suffix: &str, text: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let path = entry.path();
        if path.is_dir() {
            return a_file_holds(&path, suffix, text);
        }
        path.to_string_lossy().ends_with(suffix)
            && std::fs::read_to_string(&path).is_ok_and(|content| content.contains(text))
    })
}

/// Rings drawn by `keys` pressed from `before`, saved as `shot`.
fn ring_after(app: &Steady, keys: (&str, usize), ring: iced::Color, shot: &str) -> Vec<u8> {
    let before = app.capture();
    press(app, keys.0, keys.1);
    let after = app.capture();
    support::save_png(&after, SCREEN.0, SCREEN.1, &format!("{shot}.png"));
    let drawn = new_pixels_of(&before, &after, ring);
    assert!(drawn > 150, "{shot}: a ring ({drawn} pixels)");
    after
}

/// The editor and the check-in after a session, by keyboard alone: a
/// title typed and saved, a note typed and saved, each step with a ring.
fn edit_and_check_in(choice: ThemeChoice, text_scale: u16) {
    let name = format!("{choice:?}-{text_scale}").to_lowercase();
    let ring = focus::ring_color(&steady::ui::theme::theme(choice, Mode::Light));
    let x = Xvfb::start();
    let app = Steady::start(
        &[],
        &format!("(theme: {choice:?}, text_scale: {text_scale}, muted: true, check_in: true)"),
        Some(&x.display),
        &no_sound(),
    );
    app.wait_for_window();
    std::thread::sleep(Duration::from_millis(1500));

    // Down to box breathing (routines come first), E customises it; the
    // first Tab is its title.
    press(&app, "Down", 3);
    press(&app, "e", 1);
    ring_after(
        &app,
        ("Tab", 1),
        ring,
        &format!("focus-editor-title-{name}"),
    );
    app.type_text(" for me");
    // Round the start to the bar's last button (Cancel), then Save.
    press(&app, "shift+Tab", 1);
    ring_after(
        &app,
        ("shift+Tab", 1),
        ring,
        &format!("focus-editor-save-{name}"),
    );
    press(&app, "Return", 1);
    std::thread::sleep(Duration::from_millis(1000));
    let exercises = app.config.path().join("exercises");
    assert!(
        a_file_holds(&exercises, ".ron", "for me"),
        "{name}: the typed title was saved\n{}",
        app.stderr()
    );
    drop(app);

    // A short exercise with check-ins (`steady run` asks only after it);
    // once it has ended, the first Tab is the note.
    let app = Steady::start(
        &[
            "run",
            &format!(
                "{}/tests/fixtures/quick-breath.ron",
                env!("CARGO_MANIFEST_DIR")
            ),
            "--lead-in",
            "0",
        ],
        &format!("(theme: {choice:?}, text_scale: {text_scale}, muted: true, check_in: true)"),
        Some(&x.display),
        &no_sound(),
    );
    app.wait_for_window();
    std::thread::sleep(Duration::from_millis(1500));
    std::thread::sleep(Duration::from_secs(10));
    ring_after(
        &app,
        ("Tab", 1),
        ring,
        &format!("focus-check-in-note-{name}"),
    );
    app.type_text("steady");
    ring_after(
        &app,
        ("Tab", 1),
        ring,
        &format!("focus-check-in-save-{name}"),
    );
    press(&app, "space", 1);
    // The closing screen: its buttons take the ring too.
    ring_after(&app, ("Tab", 1), ring, &format!("focus-closing-{name}"));
    let data = app.config.path().join("data");
    assert!(
        a_file_holds(&data, ".jsonl", "\"steady\""),
        "{name}: the typed note was saved\n{}",
        app.stderr()
    );
    let stderr = app.stderr();
    assert!(!stderr.contains("panicked"), "{name}: {stderr}");
}

#[test]
fn the_editor_and_the_check_in_by_keyboard_alone_in_light_and_dark_at_100_and_200_percent() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    for (choice, text_scale) in [(ThemeChoice::Light, 100), (ThemeChoice::Dark, 200)] {
        edit_and_check_in(choice, text_scale);
    }
}
