//! However a session ends in a real window — a key, log-out or Ctrl-C
//! (SIGTERM, SIGHUP, SIGINT), or a kill — its record is in the history:
//! written the moment the session ended, before the after check-in, and
//! by the signal itself mid-session. Steady ends within a second of a
//! signal, with status 0 and its instance socket gone. Private Xvfb,
//! runtime and config folders; keys through xdotool.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rustix::process::{kill_process, Pid, Signal};
use support::{Steady, Xvfb};

const TOOLS: [&str; 3] = ["Xvfb", "xdotool", "import"];

/// Check-ins on (the after check-in is where a session used to be lost).
const SETTINGS: &str = "(theme: Light, muted: true, lead_in_seconds: 0, check_in: true)";

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

struct Run {
    app: Steady,
    runtime: tempfile::TempDir,
}

impl Run {
    fn start(x: &Xvfb, args: &[&str]) -> Run {
        let runtime = tempfile::tempdir().expect("temp dir");
        let _ = std::fs::set_permissions(
            runtime.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        );
        let env = vec![
            (
                "XDG_RUNTIME_DIR".into(),
                runtime.path().display().to_string(),
            ),
            (
                "PULSE_SERVER".into(),
                "unix:/nonexistent/steady-test".into(),
            ),
            (
                "DBUS_SESSION_BUS_ADDRESS".into(),
                "unix:path=/nonexistent/bus".into(),
            ),
        ];
        let app = Steady::start(args, SETTINGS, Some(&x.display), &env);
        app.wait_for_window();
        Run { app, runtime }
    }

    fn history(&self) -> PathBuf {
        self.app.config.path().join("data/history.jsonl")
    }

    fn socket(&self) -> PathBuf {
        self.runtime.path().join("steady/instance.sock")
    }

    fn title(&self) -> String {
        let output = Command::new("xdotool")
            .args([
                "search",
                "--onlyvisible",
                "--name",
                "Steady",
                "getwindowname",
            ])
            .env("DISPLAY", self.app.display.as_deref().unwrap_or_default())
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned());
        output.unwrap_or_default()
    }

    fn wait_for_title(&self, wanted: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.title() != wanted {
            assert!(
                Instant::now() < deadline,
                "no window titled {wanted:?}, only {:?}\n{}",
                self.title(),
                self.app.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends `signal`; returns how long Steady took to end, and its status.
    fn signal(&mut self, signal: Signal) -> (Duration, std::process::ExitStatus) {
        let pid = Pid::from_raw(self.app.process.id() as i32).expect("a pid");
        let sent = Instant::now();
        kill_process(pid, signal).expect("signal sent");
        let deadline = sent + Duration::from_secs(10);
        loop {
            if let Some(status) = self.app.process.0.try_wait().expect("wait") {
                return (sent.elapsed(), status);
            }
            assert!(Instant::now() < deadline, "Steady did not end");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn records(&self) -> Vec<steady::history::Record> {
        steady::history::load(&self.history()).records
    }
}

#[test]
fn a_signal_mid_session_records_it_and_steady_ends_within_a_second() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    for signal in [Signal::TERM, Signal::INT, Signal::HUP] {
        let mut run = Run::start(&x, &["run", "box-breathing", "--lead-in", "0"]);
        run.wait_for_title("Box breathing — Steady");
        assert!(run.socket().exists(), "one instance: its socket");
        std::thread::sleep(Duration::from_secs(3));
        let (took, status) = run.signal(signal);
        assert!(
            status.success(),
            "{signal:?}: {status:?}\n{}",
            run.app.stderr()
        );
        assert!(took < Duration::from_secs(1), "{signal:?} took {took:?}");
        assert!(!run.socket().exists(), "{signal:?}: the socket is removed");
        let records = run.records();
        assert_eq!(records.len(), 1, "{signal:?}: {records:?}");
        assert!(!records[0].finished);
        assert!(
            (2..=5).contains(&records[0].practised_seconds),
            "{signal:?}: {}",
            records[0].practised_seconds
        );
    }
}

#[test]
fn a_session_that_ended_survives_any_end_at_the_after_check_in() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let short = fixture("four-seconds.ron");
    for signal in [Signal::TERM, Signal::HUP, Signal::INT, Signal::KILL] {
        let mut run = Run::start(&x, &["run", &short, "--lead-in", "0"]);
        // The after check-in: the title goes back to Steady's own.
        run.wait_for_title("Four seconds — Steady");
        run.wait_for_title("Steady");
        let (took, status) = run.signal(signal);
        if signal != Signal::KILL {
            assert!(status.success(), "{signal:?}: {status:?}");
            assert!(took < Duration::from_secs(1), "{signal:?} took {took:?}");
        }
        let records = run.records();
        assert_eq!(records.len(), 1, "{signal:?}: {records:?}");
        assert!(records[0].finished, "{signal:?}");
    }
}

/// The after check-in in a real window: 4 then Enter saves feeling 4 and
/// no note (the note has no focus until it is clicked or reached with Tab).
#[test]
fn four_then_enter_at_the_after_check_in_saves_the_feeling() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let mut run = Run::start(&x, &["run", &fixture("four-seconds.ron"), "--lead-in", "0"]);
    run.wait_for_title("Four seconds — Steady");
    run.wait_for_title("Steady");
    let asking = run.app.capture();
    run.app.key("4");
    run.app.key("Return");
    // The closing screen.
    let deadline = Instant::now() + Duration::from_secs(10);
    while run.app.capture() == asking {
        assert!(Instant::now() < deadline, "Enter did not save");
        std::thread::sleep(Duration::from_millis(50));
    }
    let (_, status) = run.signal(Signal::TERM);
    assert!(status.success());
    let records = run.records();
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0]
            .after
            .as_ref()
            .map(|check_in| check_in.feeling.get()),
        Some(4)
    );
    assert_eq!(records[0].note, None);
}

/// A kill -9 mid-session costs that session only: every earlier one is
/// kept, and Steady starts normally afterwards.
#[test]
fn a_kill_mid_session_loses_at_most_that_session() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let mut run = Run::start(&x, &["run", "calm-breathing", "--lead-in", "0"]);
    run.wait_for_title("Calm breathing — Steady");
    let history = run.history();
    let earlier = concat!(
        r#"{"start":"2026-11-23T07:30:00+01:00","id":"box-breathing","title":"Box breathing","planned_seconds":144,"practised_seconds":144,"finished":true}"#,
        "\n",
        r#"{"session":"s2","start":"2026-11-24T07:30:00+01:00","id":"box-breathing","title":"Box breathing","planned_seconds":144,"practised_seconds":144,"finished":true}"#,
        "\n",
        r#"{"amends":"s2","note":"slept well"}"#,
        "\n"
    );
    std::fs::create_dir_all(history.parent().expect("folder")).expect("mkdir");
    std::fs::write(&history, earlier).expect("write");
    std::thread::sleep(Duration::from_secs(2));
    let (_, status) = run.signal(Signal::KILL);
    assert!(!status.success(), "killed");
    assert_eq!(
        std::fs::read_to_string(&history).expect("read"),
        earlier,
        "nothing else is lost"
    );

    // The next start is a normal one, in the same folders: the stale
    // socket does not block it, and its session joins the history.
    let env = vec![
        (
            "XDG_RUNTIME_DIR".into(),
            run.runtime.path().display().to_string(),
        ),
        (
            "PULSE_SERVER".into(),
            "unix:/nonexistent/steady-test".into(),
        ),
        (
            "DBUS_SESSION_BUS_ADDRESS".into(),
            "unix:path=/nonexistent/bus".into(),
        ),
        (
            "STEADY_CONFIG_DIR".into(),
            run.app.config.path().display().to_string(),
        ),
    ];
    let again = Steady::start(
        &["run", "box-breathing", "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &env,
    );
    again.wait_for_window();
    let mut second = Run {
        app: again,
        runtime: run.runtime,
    };
    second.wait_for_title("Box breathing — Steady");
    std::thread::sleep(Duration::from_secs(2));
    let (_, status) = second.signal(Signal::TERM);
    assert!(status.success());
    let loaded = steady::history::load(&history);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let notes: Vec<Option<&str>> = loaded.records.iter().map(|r| r.note.as_deref()).collect();
    assert_eq!(notes, [None, Some("slept well"), None]);
    assert!(!loaded.records[2].finished);
}

/// Each screen answers its keys in a real window: home → player (1) → home
/// (Esc) → settings (S) → home (Esc) → history (H) → home (Esc) → the
/// editor (E) → home (Esc).
#[test]
fn every_screen_answers_its_keys_in_a_window() {
    if !support::tools(&TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let mut run = Run::start(&x, &[]);
    run.wait_for_title("Steady");
    let home = run.app.capture();
    let changes = |run: &Run, from: &[u8]| {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let now = run.app.capture();
            if now != from {
                return now;
            }
            assert!(Instant::now() < deadline, "the screen did not change");
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    // Home's first row starts with the before check-in: Esc skips it.
    run.app.key("1");
    let asking = changes(&run, &home);
    run.app.key("Escape");
    let _ = changes(&run, &asking);
    run.wait_for_title(&format!("{} — Steady", first_title()));
    run.app.key("Escape");
    run.wait_for_title("Steady");
    run.app.key("s");
    let settings = changes(&run, &home);
    run.app.key("Escape");
    let _ = changes(&run, &settings);
    run.app.key("h");
    run.wait_for_title("Your practice — Steady");
    run.app.key("Escape");
    run.wait_for_title("Steady");
    // Routines are not customised: choose Box breathing first.
    for _ in 0..row_of("box-breathing") {
        run.app.key("Down");
    }
    run.app.key("e");
    run.wait_for_title("Customise Box breathing — Steady");
    run.app.key("Escape");
    run.wait_for_title("Steady");
    let (_, status) = run.signal(Signal::TERM);
    assert!(status.success(), "{status:?} {}", run.app.stderr());
    assert_eq!(run.records().len(), 1, "the session stopped with Esc");
}

fn shipped_rows() -> Vec<(String, String)> {
    let folder = tempfile::tempdir().expect("temp dir");
    let library = steady::library::Library::load(&steady::paths::Paths::at(folder.path()));
    steady::ui::screen::home::ordered(&library)
        .iter()
        .map(|row| (row.id.to_owned(), row.title.to_owned()))
        .collect()
}

/// The title of home's first row, as the shipped library orders it.
fn first_title() -> String {
    shipped_rows().remove(0).1
}

/// How far down home's list `id` is.
fn row_of(id: &str) -> usize {
    shipped_rows()
        .iter()
        .position(|(row, _)| row == id)
        .expect("listed")
}
