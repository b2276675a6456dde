//! The focus ring in a real window under a private Xvfb, by keyboard
//! alone: Tab on home, in settings and in the history draws a ring in the
//! ring's colour (which keeps a contrast of at least 3:1 with the page, in
//! light and dark), and Enter presses what it surrounds. Screenshots land
//! in `target/tmp/screenshots/` for looking at.

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
