//! Real components for tests, each private to the test that starts it: an X
//! server on a free display, a PulseAudio server in a temporary runtime
//! folder with a null sink recorded through its monitor, temporary config
//! folders. Nothing here touches the person's own display, sound server,
//! settings or files.
//!
//! Under CI (`CI` or `STEADY_REQUIRE_REAL` set, as `.ci/run` does) a
//! missing Xvfb or PulseAudio fails the test; elsewhere it is skipped with
//! the reason printed.

#![allow(dead_code)]

pub mod listen;
pub mod sway;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
}

fn required() -> bool {
    ["CI", "STEADY_REQUIRE_REAL"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

fn have(tool: &str) -> bool {
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
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb reports its display");
        Xvfb {
            display: format!(":{}", line.trim()),
            _server: Guard(child),
        }
    }
}

/// A private PulseAudio with a null sink "v" at 48 kHz, in its own runtime folder.
pub struct Pulse {
    pub folder: tempfile::TempDir,
    server: Option<Guard>,
}

impl Pulse {
    pub fn start() -> Pulse {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut pulse = Pulse {
            folder,
            server: None,
        };
        pulse.start_again();
        pulse
    }

    /// What a client sets to reach this server and no other.
    pub fn address(&self) -> String {
        format!("unix:{}", self.socket().display())
    }

    fn socket(&self) -> PathBuf {
        self.folder.path().join("native")
    }

    /// The environment for a client: this server, a private runtime folder.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("PULSE_SERVER".into(), self.address()),
            (
                "PULSE_RUNTIME_PATH".into(),
                self.folder.path().join("client").display().to_string(),
            ),
            (
                "PULSE_COOKIE".into(),
                self.folder.path().join("cookie").display().to_string(),
            ),
            // The client library keeps its own files under HOME: a private one.
            (
                "HOME".into(),
                self.folder.path().join("home").display().to_string(),
            ),
            (
                "XDG_RUNTIME_DIR".into(),
                self.folder.path().display().to_string(),
            ),
        ]
    }

    pub fn start_again(&mut self) {
        let folder = self.folder.path();
        let child = Command::new("pulseaudio")
            .args([
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "--system=false",
                "--log-level=error",
                &format!(
                    "--load=module-native-protocol-unix socket={} auth-anonymous=1",
                    self.socket().display()
                ),
                "--load=module-null-sink sink_name=v rate=48000",
            ])
            .env("HOME", folder)
            .env("XDG_RUNTIME_DIR", folder)
            .env("XDG_CONFIG_HOME", folder.join("config"))
            .env("PULSE_RUNTIME_PATH", folder.join("pulse"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pulseaudio starts");
        self.server = Some(Guard(child));
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.pactl(&["info"]).is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the private PulseAudio did not start");
    }

    /// Kills the server at once, as a crash would.
    pub fn kill(&mut self) {
        self.server = None;
        let _ = std::fs::remove_file(self.socket());
    }

    /// `pactl ARGS` against this server; its output if it succeeded.
    pub fn pactl(&self, args: &[&str]) -> Option<String> {
        let output = Command::new("pactl")
            .args(args)
            .envs(self.env())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Records the sink's monitor until dropped.
    pub fn record(&self) -> Recording {
        let file = self.folder.path().join(format!(
            "monitor-{}.raw",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |time| time.as_nanos())
        ));
        // An idle sink's monitor delivers its first data late; keeping the
        // sink busy with silence keeps the recording's clock steady.
        let busy = Command::new("sh")
            .args([
                "-c",
                "exec pacat --playback --raw -d v --latency-msec=20 < /dev/zero",
            ])
            .envs(self.env())
            .spawn()
            .expect("pacat starts");
        let parec = Command::new("parec")
            .args([
                "-d",
                "v.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
                "--rate=48000",
                "--latency-msec=10",
            ])
            .envs(self.env())
            .stdout(std::fs::File::create(&file).expect("recording file"))
            .spawn()
            .expect("parec starts");
        let recording = Recording {
            file,
            _busy: Guard(busy),
            _parec: Guard(parec),
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while recording.samples_so_far() < RATE / 5 {
            assert!(Instant::now() < deadline, "parec recorded nothing");
            std::thread::sleep(Duration::from_millis(20));
        }
        recording
    }
}

pub const RATE: usize = 48_000;

pub struct Recording {
    pub file: PathBuf,
    _busy: Guard,
    _parec: Guard,
}

impl Recording {
    /// How many samples are recorded by now: the recording's "now".
    pub fn samples_so_far(&self) -> usize {
        std::fs::metadata(&self.file).map_or(0, |meta| meta.len() as usize / 2)
    }

    /// Everything recorded so far, as -1..1.
    pub fn samples(&self) -> Vec<f32> {
        std::fs::read(&self.file)
            .expect("recording")
            .chunks_exact(2)
            .map(|pair| f32::from(i16::from_le_bytes([pair[0], pair[1]])) / 32768.0)
            .collect()
    }
}

/// The `steady` binary with a private config folder and the given display and sound.
pub struct Steady {
    pub config: tempfile::TempDir,
    pub process: Guard,
    pub display: Option<String>,
}

impl Steady {
    /// Starts `steady ARGS` with `settings` (RON) in a fresh config folder.
    pub fn start(
        args: &[&str],
        settings: &str,
        display: Option<&str>,
        env: &[(String, String)],
    ) -> Steady {
        let config = tempfile::tempdir().expect("temp dir");
        std::fs::write(config.path().join("settings.ron"), settings).expect("settings");
        // Its own runtime folder (the one-instance socket) and home: never
        // the person's running Steady or files.
        let runtime = config.path().join("run");
        std::fs::create_dir_all(&runtime).expect("runtime folder");
        let _ = std::fs::set_permissions(
            &runtime,
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        );
        let mut command = Command::new(env!("CARGO_BIN_EXE_steady"));
        command
            .args(args)
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("HOME", config.path().join("home"))
            .env("STEADY_CONFIG_DIR", config.path())
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("DISPLAY")
            .envs(
                env.iter()
                    .map(|(key, value)| (key.as_str(), value.as_str())),
            )
            .current_dir(env!("CARGO_MANIFEST_DIR"))
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
        self.xdotool(&["key", key]);
    }

    /// The whole screen as raw RGB bytes.
    pub fn capture(&self) -> Vec<u8> {
        Command::new("import")
            .args([
                "-display",
                self.display.as_deref().unwrap_or_default(),
                "-window",
                "root",
                "-depth",
                "8",
                "rgb:-",
            ])
            .output()
            .map(|output| output.stdout)
            .unwrap_or_default()
    }

    /// CPU time the process has used so far.
    pub fn cpu_time(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.process.id()))
            .unwrap_or_default();
        // Fields after the command name: utime and stime are the 12th and 13th.
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let fields: Vec<u64> = after
            .split_whitespace()
            .filter_map(|field| field.parse().ok())
            .collect();
        let ticks = fields.get(10).copied().unwrap_or(0) + fields.get(11).copied().unwrap_or(0);
        Duration::from_millis(ticks * 10)
    }
}

/// Saves raw RGB pixels of the whole screen as a PNG (for looking at).
pub fn save_png(pixels: &[u8], width: usize, height: usize, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    let _ = Command::new("convert")
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
        .and_then(|mut child| {
            use std::io::Write;
            if let Some(stdin) = child.stdin.as_mut() {
                stdin.write_all(pixels)?;
            }
            child.wait()
        });
    path
}

/// Two processes spinning on the two cores, for as long as they live.
pub fn busy_cores() -> [Guard; 2] {
    let spin = || {
        Guard(
            Command::new("sh")
                .args(["-c", "while :; do :; done"])
                .spawn()
                .expect("sh starts"),
        )
    };
    [spin(), spin()]
}
