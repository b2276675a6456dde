//! The real window under a private Xvfb: `steady run ...` opens and draws,
//! the breath shape really grows and shrinks, stays large at any text size,
//! and prompts change with the keys. Screenshots land in
//! `target/tmp/screenshots/` for looking at.

mod support;

use std::time::{Duration, Instant};

use support::{Steady, Xvfb, SCREEN};

const TOOLS: [&str; 4] = ["Xvfb", "import", "xdotool", "convert"];
const PRIMARY_LIGHT: [u8; 3] = [0x3d, 0x7d, 0x70];
const PRIMARY_DARK: [u8; 3] = [0x7d, 0xbd, 0xaf];

/// No sound in window tests: the audio path has its own tests.
fn no_sound() -> Vec<(String, String)> {
    vec![
        (
            "PULSE_SERVER".into(),
            "unix:/nonexistent/steady-test".into(),
        ),
        ("ALSA_CONFIG_PATH".into(), "/nonexistent/alsa.conf".into()),
    ]
}

fn settings(theme: &str, text_scale: u16, window: Option<(u32, u32)>) -> String {
    let window = window.map_or("None".to_owned(), |(width, height)| {
        format!("Some((width: {width}, height: {height}, x: Some(0), y: Some(0)))")
    });
    format!("(theme: {theme}, text_scale: {text_scale}, muted: true, window: {window})")
}

/// Pixels close to `color` within `rows`.
fn count_color(pixels: &[u8], width: usize, color: [u8; 3], rows: std::ops::Range<usize>) -> usize {
    pixels
        .chunks_exact(3)
        .enumerate()
        .filter(|(index, _)| rows.contains(&(index / width)))
        .filter(|(_, pixel)| pixel.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 6))
        .count()
}

/// The widest run of `color` across any row: the full circle's diameter.
fn widest_run(pixels: &[u8], width: usize, color: [u8; 3]) -> usize {
    pixels
        .chunks_exact(width * 3)
        .map(|row| {
            let mut best = 0;
            let mut run = 0;
            for pixel in row.chunks_exact(3) {
                if pixel.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 6) {
                    run += 1;
                    best = best.max(run);
                } else {
                    run = 0;
                }
            }
            best
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn box_breathing_shape_grows_and_shrinks() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let app = Steady::start(
        &["run", "box-breathing", "--lead-in", "0"],
        &settings("Light", 100, None),
        Some(&x.display),
        &no_sound(),
    );
    app.wait_for_window();
    // Sample for 14 s: a full inhale, hold, exhale and part of the hold-empty.
    let mut areas = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(14) {
        let pixels = app.capture();
        assert_eq!(pixels.len(), SCREEN.0 * SCREEN.1 * 3);
        areas.push(count_color(&pixels, SCREEN.0, PRIMARY_LIGHT, 0..SCREEN.1));
        if areas.len() == 1 {
            support::save_png(&pixels, SCREEN.0, SCREEN.1, "box-first.png");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    let largest = areas.iter().copied().max().unwrap_or(0);
    let smallest = areas.iter().copied().min().unwrap_or(0);
    assert!(largest > 20_000, "the shape is drawn: {areas:?}");
    assert!(
        largest as f32 > smallest as f32 * 2.0,
        "the shape changes size: {areas:?}"
    );
    let steps: Vec<i64> = areas
        .windows(2)
        .map(|pair| pair[1] as i64 - pair[0] as i64)
        .collect();
    let grows = steps
        .windows(3)
        .any(|run| run.iter().all(|step| *step > 500));
    let shrinks = steps
        .windows(3)
        .any(|run| run.iter().all(|step| *step < -500));
    assert!(grows, "an inhale grows the shape: {areas:?}");
    assert!(shrinks, "an exhale shrinks the shape: {areas:?}");
    let holds_full = areas
        .windows(2)
        .any(|pair| pair[0] > largest * 9 / 10 && pair[0].abs_diff(pair[1]) < largest / 100);
    assert!(holds_full, "a hold keeps the shape full: {areas:?}");
}

/// Waits until the exercise has started (the shape grows): keys pressed
/// while Steady still gets ready for sound do not move the session.
fn wait_until_moving(app: &Steady) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut before = app.capture();
    loop {
        std::thread::sleep(Duration::from_millis(250));
        let now = app.capture();
        if now != before {
            return;
        }
        assert!(Instant::now() < deadline, "the exercise never started");
        before = now;
    }
}

/// The full shape (during the hold after the first in-breath), in a window
/// of `window` size at `text_scale`: its diameter in pixels.
fn full_shape(
    theme: &str,
    text_scale: u16,
    window: (u32, u32),
    screen: (usize, usize),
    name: &str,
) -> usize {
    let x = Xvfb::start_sized(screen.0, screen.1);
    let app = Steady::start(
        &["run", "box-breathing", "--lead-in", "0"],
        &settings(theme, text_scale, Some(window)),
        Some(&x.display),
        &no_sound(),
    );
    app.wait_for_window();
    wait_until_moving(&app);
    app.key("Right");
    std::thread::sleep(Duration::from_millis(800));
    let pixels = app.capture();
    support::save_png(&pixels, screen.0, screen.1, name);
    let color = if theme == "Dark" {
        PRIMARY_DARK
    } else {
        PRIMARY_LIGHT
    };
    widest_run(&pixels, screen.0, color)
}

#[test]
fn the_shape_keeps_a_third_of_the_window_at_large_text() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    for (theme, scale, window, screen) in [
        ("Light", 200, (640, 480), SCREEN),
        ("Dark", 200, (880, 680), SCREEN),
        ("Light", 150, (640, 480), SCREEN),
        ("Dark", 100, (1920, 1080), (1920, 1080)),
    ] {
        let name = format!(
            "shape-{}-{scale}-{}x{}.png",
            theme.to_lowercase(),
            window.0,
            window.1
        );
        let diameter = full_shape(theme, scale, window, screen, &name);
        let shorter = window.0.min(window.1) as usize;
        eprintln!(
            "{name}: the full shape is {diameter} px across (window's shorter side {shorter})"
        );
        assert!(
            diameter * 3 >= shorter,
            "{name}: the shape is {diameter} px, under a third of {shorter}"
        );
    }
}

#[test]
fn grounding_prompt_changes_with_the_next_step_without_sound() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let app = Steady::start(
        &["run", "grounding-5-4-3-2-1", "--lead-in", "0"],
        &settings("Dark", 100, None),
        Some(&x.display),
        &no_sound(),
    );
    app.wait_for_window();
    std::thread::sleep(Duration::from_millis(1500));
    let first = app.capture();
    support::save_png(&first, SCREEN.0, SCREEN.1, "grounding-dark.png");
    app.key("Right");
    std::thread::sleep(Duration::from_millis(500));
    let second = app.capture();
    let changed = first.iter().zip(&second).filter(|(a, b)| a != b).count();
    assert!(
        changed > 5_000,
        "the next prompt is drawn: {changed} bytes changed"
    );
    let stderr = app.stderr();
    assert!(
        stderr.lines().count() <= 2,
        "no flood of ALSA messages without a device:\n{stderr}"
    );
}

#[test]
fn relaxation_tense_and_release_look_different() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let app = Steady::start(
        &["run", "pmr-short", "--lead-in", "0"],
        &settings("Light", 200, None),
        Some(&x.display),
        &no_sound(),
    );
    app.wait_for_window();
    let amber = |pixels: &[u8]| count_color(pixels, SCREEN.0, [210, 188, 166], 0..SCREEN.1);
    let green = |pixels: &[u8]| count_color(pixels, SCREEN.0, [171, 193, 176], 0..SCREEN.1);
    // The first step shows once Steady is ready for sound (or gave up on it).
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut tense = app.capture();
    while amber(&tense) <= 2_000 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        tense = app.capture();
    }
    support::save_png(&tense, SCREEN.0, SCREEN.1, "pmr-tense-200.png");
    app.key("Right");
    std::thread::sleep(Duration::from_millis(500));
    let release = app.capture();
    support::save_png(&release, SCREEN.0, SCREEN.1, "pmr-release-200.png");
    // The badge is amber while tensing and green while releasing.
    let (tense_amber, tense_green) = (amber(&tense), green(&tense));
    let (release_amber, release_green) = (amber(&release), green(&release));
    assert!(
        tense_amber > 2_000 && tense_amber > 10 * tense_green,
        "tense badge is amber: {tense_amber} amber, {tense_green} green"
    );
    assert!(
        release_green > 2_000 && release_green > 10 * release_amber,
        "release badge is green: {release_amber} amber, {release_green} green"
    );
}
