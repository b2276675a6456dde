//! The real window under Xvfb: `steady run ...` opens, draws, and the breath
//! shape really grows and shrinks. Skipped (with a message) where Xvfb,
//! ImageMagick or xdotool are missing; `.ci/run` installs them.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WIDTH: usize = 1280;
const HEIGHT: usize = 800;

/// Kills its process on every path out of a test.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn tools_missing() -> bool {
    let missing: Vec<&str> = ["Xvfb", "import", "xdotool"]
        .into_iter()
        .filter(|tool| !have(tool))
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "skipped: {} not installed (run ./scripts/setup --test-deps)",
            missing.join(", ")
        );
    }
    !missing.is_empty()
}

/// Starts Xvfb on a free display and returns it with its `:N` name.
fn start_xvfb() -> (Guard, String) {
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            &format!("{WIDTH}x{HEIGHT}x24"),
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("Xvfb reports its display");
    (Guard(child), format!(":{}", line.trim()))
}

/// One window at a time: on two cores, parallel windows starve each other.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

struct Screen {
    _turn: std::sync::MutexGuard<'static, ()>,
    display: String,
    _xvfb: Guard,
    _app: Guard,
    config: tempfile::TempDir,
}

impl Screen {
    fn open(args: &[&str], text_scale: u16, theme: &str) -> Screen {
        Screen::open_with(args, text_scale, theme, &[])
    }

    fn open_with(args: &[&str], text_scale: u16, theme: &str, env: &[(&str, &str)]) -> Screen {
        let turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (xvfb, display) = start_xvfb();
        let config = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            config.path().join("settings.ron"),
            format!("(theme: {theme}, text_scale: {text_scale}, muted: true)"),
        )
        .expect("write settings");
        let app = Command::new(env!("CARGO_BIN_EXE_steady"))
            .args(args)
            .env("DISPLAY", &display)
            .env_remove("WAYLAND_DISPLAY")
            .env("STEADY_CONFIG_DIR", config.path())
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(config.path().join("stderr.log")).expect("log file"))
            .spawn()
            .expect("steady starts");
        let screen = Screen {
            _turn: turn,
            display,
            _xvfb: xvfb,
            _app: Guard(app),
            config,
        };
        screen.wait_for_window();
        screen
    }

    fn wait_for_window(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            let found = Command::new("xdotool")
                .args(["search", "--name", "Steady"])
                .env("DISPLAY", &self.display)
                .output()
                .is_ok_and(|output| !output.stdout.is_empty());
            if found && self.capture().iter().any(|&byte| byte != 0) {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("no Steady window appeared on {}", self.display);
    }

    /// The whole screen as raw RGB bytes.
    fn capture(&self) -> Vec<u8> {
        let output = Command::new("import")
            .args([
                "-display",
                &self.display,
                "-window",
                "root",
                "-depth",
                "8",
                "rgb:-",
            ])
            .output()
            .expect("import runs");
        output.stdout
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(self.config.path().join("stderr.log")).unwrap_or_default()
    }

    fn save(&self, pixels: &[u8], name: &str) {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
        let _ = std::fs::create_dir_all(&dir);
        let _ = Command::new("convert")
            .args([
                "-size",
                &format!("{WIDTH}x{HEIGHT}"),
                "-depth",
                "8",
                "rgb:-",
            ])
            .arg(dir.join(name))
            .stdin(Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                if let Some(stdin) = child.stdin.as_mut() {
                    stdin.write_all(pixels)?;
                }
                child.wait()
            });
    }

    /// There is no window manager to give the window focus, so give it by hand.
    fn key(&self, key: &str) {
        let xdotool = |args: &[&str]| {
            let _ = Command::new("xdotool")
                .args(args)
                .env("DISPLAY", &self.display)
                .status();
        };
        xdotool(&["search", "--name", "Steady", "windowfocus", "--sync"]);
        std::thread::sleep(Duration::from_millis(300));
        xdotool(&["key", key]);
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// Pixels close to `color` in the upper band of the screen, where the shape
/// is drawn (buttons and the progress bar sit lower).
fn count_color(pixels: &[u8], color: [u8; 3], rows: std::ops::Range<usize>) -> usize {
    pixels
        .chunks_exact(3)
        .enumerate()
        .filter(|(index, _)| rows.contains(&(index / WIDTH)))
        .filter(|(_, pixel)| pixel.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 6))
        .count()
}

const PRIMARY_LIGHT: [u8; 3] = [0x3d, 0x7d, 0x70];
const SHAPE_ROWS: std::ops::Range<usize> = 90..520;

#[test]
fn box_breathing_shape_grows_and_shrinks() {
    if tools_missing() {
        return;
    }
    let screen = Screen::open(&["run", "box-breathing"], 100, "Light");
    // Sample for 14 s: a full inhale, hold, exhale and part of the hold-empty.
    let mut areas = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(14) {
        let pixels = screen.capture();
        assert_eq!(pixels.len(), WIDTH * HEIGHT * 3);
        areas.push((
            start.elapsed().as_secs_f32(),
            count_color(&pixels, PRIMARY_LIGHT, SHAPE_ROWS),
        ));
        if areas.len() == 1 {
            screen.save(&pixels, "box-first.png");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    let largest = areas.iter().map(|(_, area)| *area).max().unwrap_or(0);
    let smallest = areas.iter().map(|(_, area)| *area).min().unwrap_or(0);
    assert!(largest > 20_000, "the shape is drawn: {areas:?}");
    assert!(
        largest as f32 > smallest as f32 * 2.0,
        "the shape changes size: {areas:?}"
    );
    // Somewhere it grows steadily (inhale) and somewhere it shrinks steadily (exhale).
    let steps: Vec<i64> = areas
        .windows(2)
        .map(|pair| pair[1].1 as i64 - pair[0].1 as i64)
        .collect();
    let grows = steps
        .windows(3)
        .any(|run| run.iter().all(|step| *step > 500));
    let shrinks = steps
        .windows(3)
        .any(|run| run.iter().all(|step| *step < -500));
    assert!(grows, "an inhale grows the shape: {areas:?}");
    assert!(shrinks, "an exhale shrinks the shape: {areas:?}");
    // And it holds still during a hold: two samples in a row of nearly equal size, when full.
    let holds_full = areas
        .windows(2)
        .any(|pair| pair[0].1 > largest * 9 / 10 && pair[0].1.abs_diff(pair[1].1) < largest / 100);
    assert!(holds_full, "a hold keeps the shape full: {areas:?}");
}

#[test]
fn grounding_prompt_changes_with_the_next_step() {
    if tools_missing() {
        return;
    }
    // Also the no-sound path: PulseAudio out of reach, so no audio output at all.
    let no_audio = [
        ("PULSE_SERVER", "unix:/nonexistent/steady-test"),
        ("ALSA_CONFIG_PATH", "/nonexistent/alsa.conf"),
    ];
    let screen = Screen::open_with(&["run", "grounding-5-4-3-2-1"], 100, "Dark", &no_audio);
    let first = screen.capture();
    screen.save(&first, "grounding-dark.png");
    screen.key("Right");
    let second = screen.capture();
    let changed = first.iter().zip(&second).filter(|(a, b)| a != b).count();
    assert!(
        changed > 5_000,
        "the next prompt is drawn: {changed} bytes changed"
    );
    let stderr = screen.stderr();
    assert!(
        stderr.lines().count() <= 2,
        "no flood of ALSA messages without a device:\n{stderr}"
    );
}

#[test]
fn relaxation_tense_and_release_look_different() {
    if tools_missing() {
        return;
    }
    let screen = Screen::open(&["run", "pmr-short"], 200, "Light");
    let tense = screen.capture();
    screen.save(&tense, "pmr-tense-200.png");
    screen.key("Right");
    let release = screen.capture();
    screen.save(&release, "pmr-release-200.png");
    // The badge is amber while tensing and green while releasing.
    let amber = |pixels: &[u8]| count_color(pixels, [210, 188, 166], 0..HEIGHT);
    let green = |pixels: &[u8]| count_color(pixels, [171, 193, 176], 0..HEIGHT);
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
