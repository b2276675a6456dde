//! Real components for tests, each private to the test that starts it: an X
//! server on a free display, a PulseAudio server in a temporary runtime
//! folder with a null sink recorded through its monitor, temporary config
//! folders. Nothing here touches the person's own display, sound server,
//! session bus, settings or files. The window bench (benches/window) is
//! built on this module too.
//!
//! Under CI (`CI` or `STEADY_REQUIRE_REAL` set, as `.ci/run` does) a
//! missing Xvfb or PulseAudio fails the test; elsewhere it is skipped with
//! the reason printed.

#![allow(dead_code)]

pub mod listen;
pub mod mic;
pub mod speech;
pub mod sway;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod pulse;
mod recording;

pub use pulse::Pulse;
pub use recording::{Recording, RATE};

/// Kills its process on every way out of a test.
pub struct Guard(pub Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Guard {
    pub fn id(&self) -> u32 {
        self.0.id()
    }

    /// Whether it is still running.
    pub fn running(&mut self) -> bool {
        matches!(self.0.try_wait(), Ok(None))
    }
}

fn required() -> bool {
    ["CI", "STEADY_REQUIRE_REAL"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

/// Whether `tool` is on the PATH.
pub fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Whether every tool is installed. Missing ones fail the test under CI and
/// skip it (saying so) elsewhere.
pub fn tools(names: &[&str]) -> bool {
    let missing: Vec<&str> = names.iter().copied().filter(|tool| !have(tool)).collect();
    if missing.is_empty() {
        return true;
    }
    let message = format!(
        "{} not installed (./scripts/setup --test-deps installs them)",
        missing.join(", ")
    );
    assert!(!required(), "{message}");
    eprintln!("skipped: {message}");
    false
}

/// Runs a helper command to the end: its output, or a failed test saying
/// what went wrong (never an empty answer taken for "nothing there").
pub fn output_of(command: &mut Command) -> Vec<u8> {
    let name = command.get_program().to_string_lossy().into_owned();
    let output = command
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|error| panic!("{name} did not run: {error}"));
    assert!(
        output.status.success(),
        "{name} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr).trim()
    );
    output.stdout
}

/// One real-component test at a time: on two cores, parallel windows and
/// sound servers starve each other and the timings mean nothing.
pub fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A private X server.
pub struct Xvfb {
    pub display: String,
    _server: Guard,
}

pub const SCREEN: (usize, usize) = (1280, 800);

/// What a test that listens to Steady through the null sink needs.
pub const SOUND_TOOLS: [&str; 7] = [
    "Xvfb",
    "xdotool",
    "import",
    "pulseaudio",
    "pactl",
    "parec",
    "pacat",
];

impl Xvfb {
    pub fn start() -> Xvfb {
        Xvfb::start_sized(SCREEN.0, SCREEN.1)
    }

    pub fn start_sized(width: usize, height: usize) -> Xvfb {
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                &format!("{width}x{height}x24"),
                "-nolisten",
                "tcp",
                // Without a window manager holding a connection, every last
                // client leaving would reset the server, refusing whoever
                // connects at that moment.
                "-noreset",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let server = Guard(child);
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb reports its display");
        assert!(!line.trim().is_empty(), "Xvfb did not start");
        Xvfb {
            display: format!(":{}", line.trim()),
            _server: server,
        }
    }
}

/// `program` with nothing of the person's session: an empty environment
/// but PATH, a plain locale and folders of its own under `folder` (home,
/// the XDG config, data, state and cache folders inside it, a private
/// runtime folder), no display, no sound server and no D-Bus session bus
/// until the caller gives private ones. No setting, autostart entry, bus
/// or sound server of the developer's can reach it.
pub fn clean_command(program: &Path, folder: &Path) -> Command {
    let home = folder.join("home");
    let runtime = folder.join("run");
    for made in [&home, &runtime] {
        std::fs::create_dir_all(made).expect("a private folder");
    }
    // A runtime folder is the user's alone, or programs refuse it.
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .expect("the runtime folder is private");
    let mut command = Command::new(program);
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LANG", "C.UTF-8")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_STATE_HOME", home.join(".local/state"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}", runtime.join("no-bus").display()),
        )
        .env(
            "PULSE_SERVER",
            format!("unix:{}", runtime.join("no-sound").display()),
        )
        .env("RUST_BACKTRACE", "1");
    command
}

/// `steady` with a clean environment (see [`clean_command`]) and its
/// configuration in `folder`, run from the project's folder.
pub fn steady_command(folder: &Path) -> Command {
    let mut command = clean_command(Path::new(env!("CARGO_BIN_EXE_steady")), folder);
    command
        .env("STEADY_CONFIG_DIR", folder)
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// The `steady` binary with a private config folder and the given display and sound.
pub struct Steady {
    pub config: tempfile::TempDir,
    pub process: Guard,
    pub display: Option<String>,
}

impl Steady {
    /// Starts `steady ARGS` with `settings` (RON) in a fresh config folder,
    /// a clean environment (see [`clean_command`]) and `env` on top: a
    /// private sound server or D-Bus, test switches.
    pub fn start(
        args: &[&str],
        settings: &str,
        display: Option<&str>,
        env: &[(String, String)],
    ) -> Steady {
        Steady::start_with_files(args, settings, &[], display, env)
    }

    /// As [`Steady::start`], with `files` (path in the config folder,
    /// contents) written before it starts: sounds, exercises.
    pub fn start_with_files(
        args: &[&str],
        settings: &str,
        files: &[(&str, &[u8])],
        display: Option<&str>,
        env: &[(String, String)],
    ) -> Steady {
        let config = tempfile::tempdir().expect("temp dir");
        std::fs::write(config.path().join("settings.ron"), settings).expect("settings");
        for (path, contents) in files {
            let file = config.path().join(path);
            if let Some(folder) = file.parent() {
                std::fs::create_dir_all(folder).expect("a folder in the config");
            }
            std::fs::write(file, contents).expect("a file in the config");
        }
        let mut command = steady_command(config.path());
        command
            .args(args)
            .envs(
                env.iter()
                    .map(|(key, value)| (key.as_str(), value.as_str())),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(config.path().join("stderr.log")).expect("log"));
        if let Some(display) = display {
            command.env("DISPLAY", display);
        }
        let process = Guard(command.spawn().expect("steady starts"));
        Steady {
            config,
            process,
            display: display.map(str::to_owned),
        }
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.config.path().join("stderr.log")).unwrap_or_default()
    }

    /// `xdotool ARGS` on this display; whether it found and did it.
    fn xdotool(&self, args: &[&str]) -> bool {
        Command::new("xdotool")
            .args(args)
            .env("DISPLAY", self.display.as_deref().unwrap_or_default())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    }

    /// Waits until the window is mapped and has drawn something.
    pub fn wait_for_window(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if self.xdotool(&["search", "--name", "Steady"])
                && self.capture().iter().any(|&byte| byte != 0)
            {
                // There is no window manager to give the window focus.
                self.xdotool(&["search", "--name", "Steady", "windowfocus", "--sync"]);
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("no Steady window appeared\n{}", self.stderr());
    }

    /// Presses a key in the window (xdotool key names: space, Right, m...).
    pub fn key(&self, key: &str) {
        self.xdotool(&["search", "--name", "Steady", "windowfocus", "--sync"]);
        assert!(self.xdotool(&["key", key]), "xdotool could not press {key}");
    }

    /// Types `text` into the window, as a keyboard would.
    pub fn type_text(&self, text: &str) {
        self.xdotool(&["search", "--name", "Steady", "windowfocus", "--sync"]);
        assert!(
            self.xdotool(&["type", "--delay", "30", text]),
            "xdotool could not type {text:?}"
        );
    }

    /// The whole screen as raw RGB bytes; a failed capture fails the test
    /// (two failed captures must never compare as "the screen stood still").
    pub fn capture(&self) -> Vec<u8> {
        let pixels = output_of(Command::new("import").args([
            "-display",
            self.display.as_deref().unwrap_or_default(),
            "-window",
            "root",
            "-depth",
            "8",
            "rgb:-",
        ]));
        assert!(!pixels.is_empty(), "import captured nothing");
        pixels
    }

    /// CPU time the process has used so far.
    pub fn cpu_time(&self) -> Duration {
        cpu_time(self.process.id())
    }
}

/// CPU time (user + system, all threads) process `pid` has used so far.
pub fn cpu_time(pid: u32) -> Duration {
    static TICKS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    // The kernel's clock ticks a second, which utime and stime count.
    let ticks = *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|out| String::from_utf8_lossy(&out.stdout).trim().parse().ok())
            .unwrap_or(100)
    });
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // After the command name (which may hold spaces), utime and stime are
    // the 12th and 13th fields.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field = |index: usize| -> u64 {
        fields
            .get(index)
            .and_then(|value| value.parse().ok())
            .unwrap_or(0)
    };
    Duration::from_secs_f64((field(11) + field(12)) as f64 / ticks as f64)
}

/// Saves raw RGB pixels of the whole screen as a PNG (for looking at).
pub fn save_png(pixels: &[u8], width: usize, height: usize, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    let mut convert = Command::new("convert")
        .args([
            "-size",
            &format!("{width}x{height}"),
            "-depth",
            "8",
            "rgb:-",
        ])
        .arg(&path)
        .stdin(Stdio::piped())
        .spawn()
        .expect("convert runs");
    {
        use std::io::Write;
        let mut input = convert.stdin.take().expect("piped stdin");
        input.write_all(pixels).expect("convert takes the pixels");
    }
    let status = convert.wait().expect("convert ends");
    assert!(status.success(), "convert could not save {name}: {status}");
    path
}

/// A process spinning on each core, for as long as they live: every core
/// busy, whatever the machine has.
pub fn busy_cores() -> Vec<Guard> {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    (0..cores)
        .map(|_| {
            Guard(
                Command::new("sh")
                    .args(["-c", "while :; do :; done"])
                    .stdin(Stdio::null())
                    .spawn()
                    .expect("sh starts"),
            )
        })
        .collect()
}
