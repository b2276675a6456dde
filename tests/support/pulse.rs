//! A private PulseAudio: a null sink "v" at 48 kHz, in a folder of its own,
//! reached only by the clients given [`Pulse::env`]. Its own tools (`pactl`,
//! `parec`, `pacat`) run with a clean environment too, so no client.conf or
//! daemon.conf of the person's changes what a test hears.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Guard, Recording};

pub struct Pulse {
    folder: PathBuf,
    /// Removes the folder at the end, unless the caller gave its own.
    _temporary: Option<tempfile::TempDir>,
    server: Option<Guard>,
}

impl Pulse {
    /// A server in a temporary folder.
    pub fn start() -> Pulse {
        let temporary = tempfile::tempdir().expect("temp dir");
        Pulse::start_with(temporary.path().to_path_buf(), Some(temporary))
    }

    /// A server whose socket, runtime files and home are all in `folder`.
    pub fn start_in(folder: &Path) -> Pulse {
        Pulse::start_with(folder.to_path_buf(), None)
    }

    fn start_with(folder: PathBuf, temporary: Option<tempfile::TempDir>) -> Pulse {
        std::fs::create_dir_all(folder.join("home")).expect("the sound server's folder");
        let mut pulse = Pulse {
            folder,
            _temporary: temporary,
            server: None,
        };
        pulse.start_again();
        pulse
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// What a client sets to reach this server and no other.
    pub fn address(&self) -> String {
        format!("unix:{}", self.socket().display())
    }

    fn socket(&self) -> PathBuf {
        self.folder.join("native")
    }

    /// The environment a client needs to reach this server (and no other).
    pub fn env(&self) -> Vec<(String, String)> {
        let path = |name: &str| self.folder.join(name).display().to_string();
        vec![
            ("PULSE_SERVER".into(), self.address()),
            ("PULSE_RUNTIME_PATH".into(), path("client")),
            ("PULSE_COOKIE".into(), path("cookie")),
        ]
    }

    /// `program` as a client of this server, with nothing of the person's
    /// session: the client library reads its files under HOME, a private one.
    pub fn tool(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.folder.join("home"))
            .env("XDG_RUNTIME_DIR", &self.folder)
            .envs(self.env())
            .stdin(Stdio::null());
        command
    }

    pub fn start_again(&mut self) {
        let folder = &self.folder;
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
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", folder)
            .env("XDG_RUNTIME_DIR", folder)
            .env("XDG_CONFIG_HOME", folder.join("config"))
            .env("PULSE_RUNTIME_PATH", folder.join("pulse"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pulseaudio starts");
        self.server = Some(Guard(child));
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.try_pactl(&["info"]) {
                Ok(_) => return,
                Err(error) => assert!(
                    Instant::now() < deadline,
                    "the private PulseAudio did not start: {error}"
                ),
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills the server at once, as a crash would.
    pub fn kill(&mut self) {
        self.server = None;
        let _ = std::fs::remove_file(self.socket());
    }

    /// `pactl ARGS` against this server: its output, or what went wrong.
    pub fn try_pactl(&self, args: &[&str]) -> Result<String, String> {
        let output = self
            .tool("pactl")
            .args(args)
            .output()
            .map_err(|error| format!("pactl did not run: {error}"))?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        } else {
            Err(format!(
                "pactl {} failed ({}): {}",
                args.join(" "),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    }

    /// `pactl ARGS` against this server; a failure fails the test (it is
    /// never taken for "nothing there").
    pub fn pactl(&self, args: &[&str]) -> String {
        self.try_pactl(args)
            .unwrap_or_else(|error| panic!("{error}"))
    }

    /// Records the sink's monitor from now until dropped, once the
    /// recording is known to flow. See [`Recording`].
    pub fn record(&self) -> Recording {
        Recording::start(self)
    }
}
