//! No part of an earlier frame stays on screen: the window as drawn frame by
//! frame (the renderer repaints only what it finds changed) is compared with
//! the same state drawn whole, after a resize there and back. Large text and
//! the dark theme show stale pixels best. Screenshots land in
//! `target/tmp/screenshots/`.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use support::{Steady, Xvfb, SCREEN};

const TOOLS: [&str; 4] = ["Xvfb", "import", "xdotool", "convert"];
const WINDOW: (usize, usize) = (1024, 700);
/// A channel this far off is a visible mark, not a rounding difference
/// (blending in another order moves a channel by one or two).
const VISIBLE: u8 = 40;

fn settings() -> String {
    format!(
        "(theme: Dark, text_scale: 200, muted: true, check_in: false, lead_in_seconds: 0, \
         window: Some((width: {}, height: {}, x: Some(0), y: Some(0))))",
        WINDOW.0, WINDOW.1
    )
}

fn no_sound() -> Vec<(String, String)> {
    vec![
        (
            "PULSE_SERVER".into(),
            "unix:/nonexistent/steady-test".into(),
        ),
        ("ALSA_CONFIG_PATH".into(), "/nonexistent/alsa.conf".into()),
    ]
}

fn xdotool(app: &Steady, args: &[&str]) -> String {
    Command::new("xdotool")
        .args(args)
        .env("DISPLAY", app.display.as_deref().unwrap_or_default())
        .stderr(Stdio::null())
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
        .unwrap_or_default()
}

/// Resizes the window and back: a new size makes the renderer draw the
/// whole window afresh.
fn draw_whole(app: &Steady) {
    let found = xdotool(app, &["search", "--name", "Steady"]);
    let window = found.lines().next().expect("the window").to_owned();
    for (width, height) in [(WINDOW.0 - 40, WINDOW.1 - 30), WINDOW] {
        let (width, height) = (width.to_string(), height.to_string());
        xdotool(app, &["windowsize", "--sync", &window, &width, &height]);
        std::thread::sleep(Duration::from_millis(1500));
    }
}

/// The window's pixels that differ visibly between two screenshots.
fn visible_differences(before: &[u8], after: &[u8]) -> Vec<(usize, usize)> {
    before
        .chunks_exact(3)
        .zip(after.chunks_exact(3))
        .enumerate()
        .map(|(index, pair)| ((index % SCREEN.0, index / SCREEN.0), pair))
        .filter(|((x, y), _)| *x < WINDOW.0 && *y < WINDOW.1)
        .filter(|(_, (a, b))| {
            a.iter()
                .zip(b.iter())
                .any(|(a, b)| a.abs_diff(*b) > VISIBLE)
        })
        .map(|(place, _)| place)
        .collect()
}

/// Screenshots the window as it is, then drawn whole, and says where they
/// differ.
fn stale_pixels(app: &Steady, name: &str) -> Vec<(usize, usize)> {
    let as_drawn = app.capture();
    draw_whole(app);
    let whole = app.capture();
    support::save_png(
        &as_drawn,
        SCREEN.0,
        SCREEN.1,
        &format!("{name}-as-drawn.png"),
    );
    support::save_png(&whole, SCREEN.0, SCREEN.1, &format!("{name}-whole.png"));
    assert_eq!(as_drawn.len(), whole.len(), "two screenshots");
    visible_differences(&as_drawn, &whole)
}

#[test]
fn home_after_stopping_a_session_is_drawn_whole() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let app = Steady::start(&[], &settings(), Some(&x.display), &no_sound());
    app.wait_for_window();
    // Two-minute reset (the second routine), a few breaths, then stop.
    app.key("2");
    std::thread::sleep(Duration::from_secs(6));
    app.key("Escape");
    std::thread::sleep(Duration::from_secs(2));
    let stale = stale_pixels(&app, "repaint-home");
    assert!(
        stale.is_empty(),
        "{} pixels differ from the whole drawing, first {:?}",
        stale.len(),
        &stale[..stale.len().min(10)]
    );
}

#[test]
fn a_breathing_routine_leaves_no_marks() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    for routine in ["two-minute-reset", "morning-five"] {
        let x = Xvfb::start();
        let app = Steady::start(
            &["run", routine, "--lead-in", "0"],
            &settings(),
            Some(&x.display),
            &no_sound(),
        );
        app.wait_for_window();
        // Some steps and countdowns, then pause to hold the picture still.
        std::thread::sleep(Duration::from_secs(14));
        app.key("space");
        std::thread::sleep(Duration::from_secs(1));
        let stale = stale_pixels(&app, &format!("repaint-{routine}"));
        assert!(
            stale.is_empty(),
            "{routine}: {} pixels differ from the whole drawing: {:?}",
            stale.len(),
            &stale[..stale.len().min(10)]
        );
    }
}
