//! Steady on a desktop: one instance (a second command hands over its
//! request; a killed instance's socket does not block the next start),
//! `steady quick`, reminders through a real D-Bus notification service (a
//! small fake one this test runs, which records what it receives) or, with
//! no service, Steady's own window; the small always-on-top window. (How a
//! session's end survives signals and kills: `endings.rs`.) Private Xvfb, private D-Bus,
//! private runtime and config folders.

mod support;

use std::collections::HashMap;
use std::process::Command;
use std::time::{Duration, Instant};

use support::{Steady, Xvfb, SCREEN};

const TOOLS: [&str; 5] = ["Xvfb", "xdotool", "import", "convert", "dbus-run-session"];

/// The environment of one test's Steady: its own runtime folder (so its
/// instance socket is its own), no sound.
fn private(runtime: &std::path::Path) -> Vec<(String, String)> {
    vec![
        ("XDG_RUNTIME_DIR".into(), runtime.display().to_string()),
        (
            "PULSE_SERVER".into(),
            "unix:/nonexistent/steady-test".into(),
        ),
        (
            "DBUS_SESSION_BUS_ADDRESS".into(),
            "unix:path=/nonexistent/bus".into(),
        ),
    ]
}

fn runtime() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let _ = std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    );
    dir
}

/// Window titles on the display.
fn titles(display: &str) -> Vec<String> {
    let output = Command::new("xdotool")
        .args([
            "search",
            "--onlyvisible",
            "--name",
            "Steady",
            "getwindowname",
            "%@",
        ])
        .env("DISPLAY", display)
        .output();
    output
        .map(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn wait_for_title(display: &str, wanted: &str, limit: Duration) {
    let deadline = Instant::now() + limit;
    loop {
        let now = titles(display);
        if now.iter().any(|title| title == wanted) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "no window titled {wanted:?}: {now:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `steady ARGS` as a second command, with the same folders; its exit status.
fn second(app: &Steady, runtime: &std::path::Path, args: &[&str]) -> std::process::ExitStatus {
    support::steady_command(app.config.path())
        .args(args)
        .env("DISPLAY", app.display.as_deref().unwrap_or_default())
        .envs(private(runtime))
        .status()
        .expect("steady runs")
}

const SETTINGS: &str = "(theme: Light, muted: true, lead_in_seconds: 0, check_in: false)";

#[test]
fn a_second_command_hands_over_and_one_window_shows_it() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let run = runtime();
    let app = Steady::start(&[], SETTINGS, Some(&x.display), &private(run.path()));
    app.wait_for_window();
    let status = second(&app, run.path(), &["run", "box-breathing"]);
    assert!(status.success());
    wait_for_title(
        &x.display,
        "Box breathing — Steady",
        Duration::from_secs(10),
    );
    // A second `run` while a session goes on asks before replacing it.
    let status = second(&app, run.path(), &["run", "calm-breathing"]);
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(
        titles(&x.display),
        ["Box breathing — Steady"],
        "one window, not replaced unasked"
    );
    let pixels = app.capture();
    support::save_png(&pixels, SCREEN.0, SCREEN.1, "replace-question.png");
    // Each second command exited at once (status() waited for it): one
    // Steady process runs, with one window.
    assert_eq!(titles(&x.display).len(), 1);
}

#[test]
fn a_killed_instance_does_not_block_the_next_start_and_quick_opens_the_player() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let run = runtime();
    let mut first = Steady::start(&[], SETTINGS, Some(&x.display), &private(run.path()));
    first.wait_for_window();
    // kill -9: the socket file stays behind.
    let _ = first.process.0.kill();
    let _ = first.process.0.wait();
    assert!(
        run.path().join("steady/instance.sock").exists(),
        "a stale socket is left"
    );
    let quick = Steady::start(&["quick"], SETTINGS, Some(&x.display), &private(run.path()));
    wait_for_title(
        &x.display,
        "Two-minute reset — Steady",
        Duration::from_secs(30),
    );
    drop(quick);
}

/// A fake freedesktop notification service: records what it is asked to
/// show, and can invoke an action as a person clicking it would.
struct Fake {
    /// Summary, body, actions, and the icon and desktop-entry hint.
    shown: async_channel::Sender<(String, String, Vec<String>, [String; 2])>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Fake {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let entry = hints
            .get("desktop-entry")
            .map(|value| format!("{value:?}"))
            .unwrap_or_default();
        let _ = self
            .shown
            .try_send((summary, body, actions, [app_icon, entry]));
        7
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "fake".into(),
            "steady tests".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}

    #[zbus(signal)]
    async fn action_invoked(
        emitter: &zbus::object_server::SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;
}

#[test]
fn a_reminder_arrives_as_a_notification_and_start_opens_the_player() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    // The notification service needs a session bus of its own.
    let output = Command::new("dbus-run-session")
        .arg("--")
        .arg(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "reminder_on_a_private_bus",
            "--ignored",
            "--nocapture",
        ])
        .output()
        .expect("dbus-run-session runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{said}");
    assert!(said.contains("1 passed"), "{said}");
}

#[test]
#[ignore = "run by a_reminder_arrives_as_a_notification_and_start_opens_the_player"]
fn reminder_on_a_private_bus() {
    let x = Xvfb::start();
    let run = runtime();
    let (shown, seen) = async_channel::unbounded();
    let connection = futures_lite::future::block_on(async {
        zbus::connection::Builder::session()?
            .name("org.freedesktop.Notifications")?
            .serve_at("/org/freedesktop/Notifications", Fake { shown })?
            .build()
            .await
    })
    .expect("the fake notification service starts");
    let mut env = private(run.path());
    // The bus dbus-run-session made for this test, and no other.
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS").expect("a private session bus");
    env.retain(|(key, _)| key != "DBUS_SESSION_BUS_ADDRESS");
    env.push(("DBUS_SESSION_BUS_ADDRESS".into(), bus));
    env.push(("STEADY_TEST_REMINDER".into(), "two-minute-reset".into()));
    let app = Steady::start(&[], SETTINGS, Some(&x.display), &env);
    app.wait_for_window();
    let (summary, body, actions, [icon, entry]) = futures_lite::future::block_on(
        futures_lite::future::or(async { seen.recv().await.ok() }, async {
            smol::Timer::after(Duration::from_secs(20)).await;
            None
        }),
    )
    .expect("a notification arrives");
    assert_eq!(summary, "Time for a calm pause");
    assert_eq!(body, "Two-minute reset · 2:00");
    // The desktop finds Steady's name and icon by its application id.
    assert_eq!(icon, steady::app_id::ICON);
    assert!(
        entry.contains(&format!("\"{}\"", steady::app_id::APP_ID)),
        "{entry}"
    );
    assert_eq!(
        actions,
        [
            "start",
            "Start",
            "snooze",
            "In 10 minutes",
            "not-today",
            "Not today"
        ]
    );
    futures_lite::future::block_on(async {
        let interface = connection
            .object_server()
            .interface::<_, Fake>("/org/freedesktop/Notifications")
            .await?;
        Fake::action_invoked(interface.signal_emitter(), 7, "start").await
    })
    .expect("the click is sent");
    wait_for_title(
        &x.display,
        "Two-minute reset — Steady",
        Duration::from_secs(15),
    );
    drop(app);
}

#[test]
fn with_no_notification_service_the_reminder_has_its_own_window() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let run = runtime();
    let mut env = private(run.path());
    env.push(("STEADY_TEST_REMINDER".into(), "two-minute-reset".into()));
    let app = Steady::start(&[], SETTINGS, Some(&x.display), &env);
    app.wait_for_window();
    wait_for_title(
        &x.display,
        "Time for a calm pause — Steady",
        Duration::from_secs(20),
    );
    std::thread::sleep(Duration::from_millis(500));
    let pixels = app.capture();
    support::save_png(&pixels, SCREEN.0, SCREEN.1, "reminder-window.png");
    let found = Command::new("xdotool")
        .args([
            "search",
            "--name",
            "Time for a calm pause",
            "windowfocus",
            "--sync",
            "key",
            "Return",
        ])
        .env("DISPLAY", &x.display)
        .status();
    assert!(found.is_ok_and(|status| status.success()));
    assert!(!app.stderr().contains("panicked"), "{}", app.stderr());
}

#[test]
fn the_small_window_stays_on_top_and_w_brings_the_session_back() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let run = runtime();
    let app = Steady::start(
        &["run", "box-breathing"],
        SETTINGS,
        Some(&x.display),
        &private(run.path()),
    );
    app.wait_for_window();
    app.key("w");
    let deadline = Instant::now() + Duration::from_secs(10);
    while titles(&x.display) != ["Steady"] {
        assert!(
            Instant::now() < deadline,
            "the small window: {:?}",
            titles(&x.display)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(800));
    let pixels = app.capture();
    support::save_png(&pixels, SCREEN.0, SCREEN.1, "mini-light.png");
    let geometry = Command::new("xdotool")
        .args([
            "search",
            "--onlyvisible",
            "--name",
            "^Steady$",
            "getwindowgeometry",
        ])
        .env("DISPLAY", &x.display)
        .output()
        .expect("xdotool");
    let geometry = String::from_utf8_lossy(&geometry.stdout);
    assert!(geometry.contains("220x260"), "a small window: {geometry}");
    // W in the small window: the main one is back with the session.
    let _ = Command::new("xdotool")
        .args([
            "search",
            "--onlyvisible",
            "--name",
            "^Steady$",
            "windowfocus",
            "--sync",
            "key",
            "w",
        ])
        .env("DISPLAY", &x.display)
        .status();
    wait_for_title(
        &x.display,
        "Box breathing — Steady",
        Duration::from_secs(10),
    );
}
