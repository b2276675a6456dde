//! Private servers, as tests/support does it: an Xvfb on a free display and
//! a PulseAudio in its own folder with a null sink "v" at 48 kHz, recorded
//! through its monitor. Nothing here touches the person's own display or
//! sound server.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::process::Guard;

pub const RATE: usize = 48_000;

pub struct Xvfb {
    pub display: String,
    _server: Guard,
}

impl Xvfb {
    pub fn start() -> Xvfb {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-noreset", "-nolisten", "tcp"])
            .args(["-screen", "0", "1280x800x24"])
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

pub struct Pulse {
    folder: PathBuf,
    _server: Guard,
}

impl Pulse {
    /// A server whose socket, runtime files and home are all in `folder`.
    pub fn start(folder: &Path) -> Pulse {
        std::fs::create_dir_all(folder).expect("pulse folder");
        let socket = folder.join("native");
        let server = Guard(
            Command::new("pulseaudio")
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
                        socket.display()
                    ),
                    "--load=module-null-sink sink_name=v rate=48000",
                ])
                .env("HOME", folder)
                .env("XDG_RUNTIME_DIR", folder)
                .env("XDG_CONFIG_HOME", folder.join("config"))
                .env("PULSE_RUNTIME_PATH", folder.join("pulse"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("pulseaudio starts"),
        );
        let pulse = Pulse {
            folder: folder.to_path_buf(),
            _server: server,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !pulse.answers() {
            assert!(
                Instant::now() < deadline,
                "the private PulseAudio did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        pulse
    }

    fn answers(&self) -> bool {
        Command::new("pactl")
            .arg("info")
            .envs(self.env())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    }

    /// What a client sets to reach this server and no other.
    pub fn env(&self) -> Vec<(String, String)> {
        let path = |name: &str| self.folder.join(name).display().to_string();
        vec![
            ("PULSE_SERVER".into(), format!("unix:{}", path("native"))),
            ("PULSE_RUNTIME_PATH".into(), path("client")),
            ("PULSE_COOKIE".into(), path("cookie")),
            ("HOME".into(), path("home")),
            ("XDG_RUNTIME_DIR".into(), self.folder.display().to_string()),
        ]
    }

    /// Records the sink's monitor into `file` until dropped.
    pub fn record(&self, file: &Path) -> Recording {
        // An idle sink's monitor delivers its first data late; keeping the
        // sink busy with silence keeps the recording's clock steady.
        let busy = Guard(
            Command::new("sh")
                .args([
                    "-c",
                    "exec pacat --playback --raw -d v --latency-msec=20 < /dev/zero",
                ])
                .envs(self.env())
                .stderr(Stdio::null())
                .spawn()
                .expect("pacat starts"),
        );
        let parec = Guard(
            Command::new("parec")
                .args(["-d", "v.monitor", "--raw", "--format=s16le", "--channels=1"])
                .args(["--rate=48000", "--latency-msec=10"])
                .envs(self.env())
                .stdout(std::fs::File::create(file).expect("recording file"))
                .stderr(Stdio::null())
                .spawn()
                .expect("parec starts"),
        );
        let recording = Recording {
            file: file.to_path_buf(),
            _busy: busy,
            _parec: parec,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while recording.samples_so_far() < RATE / 5 {
            assert!(Instant::now() < deadline, "parec recorded nothing");
            std::thread::sleep(Duration::from_millis(20));
        }
        recording
    }
}

pub struct Recording {
    file: PathBuf,
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
