//! A private speech-dispatcher speaking with espeak-ng into a private
//! PulseAudio: its socket, configuration and logs in a folder of its own,
//! reached only by the clients given [`SpeechServer::env`].

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Guard, Pulse};

/// What the speech tests need besides the sound tools.
pub const SPEECH_TOOLS: [&str; 2] = ["speech-dispatcher", "espeak-ng"];

pub struct SpeechServer {
    folder: tempfile::TempDir,
    _server: Guard,
}

impl SpeechServer {
    /// Starts the server and waits until its socket takes connections.
    pub fn start(pulse: &Pulse) -> SpeechServer {
        let folder = tempfile::tempdir().expect("temp dir");
        let config = folder.path().join("config");
        std::fs::create_dir_all(&config).expect("config folder");
        std::fs::write(
            config.join("speechd.conf"),
            "AudioOutputMethod \"pulse\"\n\
             AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n\
             DefaultModule espeak-ng\n\
             DefaultLanguage \"en\"\n\
             LogLevel 2\n",
        )
        .expect("speechd.conf");
        let home = folder.path().join("home");
        let runtime = folder.path().join("run");
        for made in [&home, &runtime] {
            std::fs::create_dir_all(made).expect("a private folder");
        }
        std::fs::set_permissions(
            &runtime,
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .expect("private runtime folder");
        let socket = folder.path().join("speechd.sock");
        let log = std::fs::File::create(folder.path().join("speechd.log")).expect("log");
        let server = Command::new("speech-dispatcher")
            .args(["--run-single", "--timeout", "0", "--config-dir"])
            .arg(&config)
            .arg("--socket-path")
            .arg(&socket)
            .arg("--pid-file")
            .arg(folder.path().join("speechd.pid"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .envs(pulse.env())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("speech-dispatcher starts");
        let speech = SpeechServer {
            folder,
            _server: Guard(server),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::os::unix::net::UnixStream::connect(speech.socket()).is_err() {
            assert!(
                Instant::now() < deadline,
                "speech-dispatcher did not open its socket\n{}",
                speech.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        speech
    }

    fn socket(&self) -> PathBuf {
        self.folder.path().join("speechd.sock")
    }

    /// What a client sets to reach this server and no other.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![(
            "SPEECHD_ADDRESS".into(),
            format!("unix_socket:{}", self.socket().display()),
        )]
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.folder.path().join("speechd.log")).unwrap_or_default()
    }
}
