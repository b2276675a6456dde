//! The real window on Wayland, under a private headless sway (a tiling
//! compositor): it opens and breathes, answers keys, hands over to a second
//! `steady` with the window brought forward, and the small window floats
//! alone at its size. Screenshots land in `target/tmp/screenshots/`.

mod support;

use std::time::{Duration, Instant};

use support::sway::{Sway, Window, OUTPUT, TOOLS};

const PRIMARY_LIGHT: [u8; 3] = [0x3d, 0x7d, 0x70];
const SETTINGS: &str = "(theme: Light, muted: true)";
const WAIT: Duration = Duration::from_secs(30);

fn steady_windows(windows: &[Window]) -> Vec<&Window> {
    windows
        .iter()
        .filter(|window| window.app_id == steady::app_id::APP_ID)
        .collect()
}

/// The only Steady window, once it has this title.
fn only_window_titled(title: &str) -> impl Fn(&[Window]) -> bool + '_ {
    move |windows| matches!(steady_windows(windows)[..], [window] if window.title == title)
}

/// Waits for Steady's window and for it to have drawn.
fn wait_for_window(sway: &Sway, title: &str, app: &support::sway::app::App) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !only_window_titled(title)(&sway.windows()) || !drawn(&sway.capture()) {
        assert!(
            Instant::now() < deadline,
            "no window \"{title}\": {:#?}\n{}",
            sway.windows(),
            app.stderr()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// More than the background: some pixel differs from the first one.
fn drawn(pixels: &[u8]) -> bool {
    pixels.len() == OUTPUT.0 * OUTPUT.1 * 3 && pixels.chunks_exact(3).any(|p| p != &pixels[..3])
}

fn count_color(pixels: &[u8], color: [u8; 3]) -> usize {
    pixels
        .chunks_exact(3)
        .filter(|pixel| pixel.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 6))
        .count()
}

fn differing_pixels(a: &[u8], b: &[u8]) -> usize {
    a.chunks_exact(3)
        .zip(b.chunks_exact(3))
        .filter(|(x, y)| x != y)
        .count()
}

#[test]
fn the_shape_breathes_space_pauses_and_esc_goes_home_on_sway() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let sway = Sway::start();
    let app = sway.steady(&["run", "box-breathing", "--lead-in", "0"], SETTINGS);
    wait_for_window(&sway, "Box breathing — Steady", &app);
    // Sample through an in-breath, a hold and part of the out-breath.
    let mut areas = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(12) {
        let pixels = sway.capture();
        areas.push(count_color(&pixels, PRIMARY_LIGHT));
        std::thread::sleep(Duration::from_millis(300));
    }
    sway.save("wayland-player.png");
    let largest = areas.iter().copied().max().unwrap_or(0);
    let smallest = areas.iter().copied().min().unwrap_or(0);
    assert!(largest > 10_000, "the shape is drawn: {areas:?}");
    assert!(
        largest as f32 > smallest as f32 * 1.5,
        "the shape grows and shrinks: {areas:?}"
    );

    sway.key("space");
    std::thread::sleep(Duration::from_millis(1500));
    let paused = sway.capture();
    std::thread::sleep(Duration::from_millis(3000));
    let later = sway.capture();
    sway.save("wayland-paused.png");
    assert!(drawn(&paused));
    let moved = differing_pixels(&paused, &later);
    assert_eq!(
        moved, 0,
        "nothing moves while paused: {moved} pixels changed"
    );

    sway.key("Escape");
    sway.wait_for(
        "Esc from the paused session goes home",
        WAIT,
        only_window_titled("Steady"),
    );
    assert!(!app.stderr().contains("panicked"), "{}", app.stderr());
}

#[test]
fn settings_and_the_editor_open_on_sway() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let sway = Sway::start();
    let app = sway.steady(&[], SETTINGS);
    wait_for_window(&sway, "Steady", &app);
    std::thread::sleep(Duration::from_millis(500));
    let home = sway.capture();
    sway.save("wayland-home.png");

    sway.key("s");
    let deadline = Instant::now() + WAIT;
    while differing_pixels(&home, &sway.capture()) < 10_000 {
        assert!(Instant::now() < deadline, "S opens settings");
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_millis(500));
    sway.save("wayland-settings.png");

    sway.key("Escape");
    let deadline = Instant::now() + WAIT;
    loop {
        let differing = differing_pixels(&home, &sway.capture());
        // Home redrawn after settings may differ from its first frame in a
        // few anti-aliased edges; settings itself differs in far more.
        if differing < 2_000 {
            break;
        }
        if Instant::now() > deadline {
            sway.save("wayland-not-home.png");
            panic!("Esc goes back home: {differing} pixels differ");
        }
        std::thread::sleep(Duration::from_millis(200));
    }

    // Down past the three routines to Box breathing, which can be customised.
    for _ in 0..3 {
        sway.key("Down");
    }
    sway.key("e");
    let windows = sway.wait_for("E opens the editor", WAIT, |windows| {
        steady_windows(windows)
            .iter()
            .any(|window| window.title.starts_with("Customise "))
    });
    std::thread::sleep(Duration::from_millis(500));
    sway.save("wayland-editor.png");
    assert_eq!(steady_windows(&windows).len(), 1, "{windows:#?}");
    assert!(!app.stderr().contains("panicked"), "{}", app.stderr());
}

#[test]
fn a_second_steady_brings_the_window_forward_with_its_token_on_sway() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let sway = Sway::start();
    let app = sway.steady(&[], SETTINGS);
    wait_for_window(&sway, "Steady", &app);
    // Away to another workspace: Steady's window is neither shown nor focused.
    assert!(sway.msg(&["workspace", "2"]).is_some(), "sway switches");
    sway.wait_for("Steady is out of sight", WAIT, |windows| {
        steady_windows(windows)
            .iter()
            .all(|window| !window.visible && !window.focused)
    });

    // A token sway never gave: the window stays where it is, which shows
    // that Steady activates its window with the token it is handed.
    let second = sway.steady_again(&app, &[], &[("XDG_ACTIVATION_TOKEN", "not-from-sway")]);
    assert!(second.success(), "the second steady hands over: {second}");
    std::thread::sleep(Duration::from_secs(3));
    let windows = sway.windows();
    assert!(
        steady_windows(&windows)
            .iter()
            .all(|window| !window.focused),
        "a made-up token brings nothing forward: {windows:#?}"
    );

    let token = sway.activation_token();
    let second = sway.steady_again(&app, &[], &[("XDG_ACTIVATION_TOKEN", &token)]);
    assert!(second.success(), "the second steady hands over: {second}");
    let windows = sway.wait_for("the window comes forward, focused", WAIT, |windows| {
        steady_windows(windows)
            .iter()
            .any(|window| window.visible && window.focused)
    });
    assert_eq!(
        steady_windows(&windows).len(),
        1,
        "one window: {windows:#?}"
    );
    assert!(!app.stderr().contains("panicked"), "{}", app.stderr());
}

#[test]
fn the_small_window_floats_alone_at_its_size_on_sway() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let sway = Sway::start();
    let app = sway.steady(&["run", "box-breathing", "--lead-in", "0"], SETTINGS);
    wait_for_window(&sway, "Box breathing — Steady", &app);
    let full = steady_windows(&sway.windows())[0].rect;

    sway.key("w");
    let windows = sway.wait_for(
        "the small window alone, the full one gone",
        WAIT,
        only_window_titled("Steady"),
    );
    let small = steady_windows(&windows)[0].clone();
    assert!(small.floating, "a tiling sway floats it: {small:#?}");
    assert_eq!(small.size, (220, 260), "at its own size: {small:#?}");
    std::thread::sleep(Duration::from_millis(800));
    sway.save("wayland-small.png");
    let pixels = sway.capture();
    assert!(
        count_color(&pixels, PRIMARY_LIGHT) > 500,
        "the small window shows the shape"
    );
    std::thread::sleep(Duration::from_millis(2500));
    assert!(
        differing_pixels(&pixels, &sway.capture()) > 100,
        "the session goes on in the small window"
    );

    // W in the small window: the full window is back, at its size, alone.
    sway.key("w");
    // (The small window may show the title for a moment while it closes.)
    let windows = sway.wait_for("the full window back with the session", WAIT, |windows| {
        only_window_titled("Box breathing — Steady")(windows)
            && steady_windows(windows)
                .iter()
                .all(|window| !window.floating)
    });
    let back = steady_windows(&windows)[0].clone();
    assert_eq!(back.rect, full, "at its size");
    assert!(!app.stderr().contains("panicked"), "{}", app.stderr());
}

#[test]
fn a_session_opens_in_the_small_window_alone_when_that_was_the_last_choice_on_sway() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let sway = Sway::start();
    let app = sway.steady(
        &["run", "box-breathing", "--lead-in", "0"],
        "(theme: Light, muted: true, mini: true)",
    );
    let alone = |windows: &[Window]| {
        only_window_titled("Steady")(windows)
            && steady_windows(windows)
                .iter()
                .all(|window| window.floating && window.size == (220, 260))
    };
    sway.wait_for("the small window, alone", Duration::from_secs(60), alone);
    // And it stays alone: the full window does not come back by itself.
    std::thread::sleep(Duration::from_secs(2));
    let windows = sway.windows();
    assert!(alone(&windows), "{windows:#?}\n{}", app.stderr());
}
