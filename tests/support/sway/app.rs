//! Steady started in the private sway, as its user, with folders of its own.

use std::path::Path;
use std::process::{Command, Stdio};

use super::super::Guard;
use super::Sway;

/// Steady in a sway: its own config, runtime and home folders.
pub struct App {
    pub config: tempfile::TempDir,
    pub process: Guard,
}

impl App {
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.config.path().join("stderr.log")).unwrap_or_default()
    }
}

impl Sway {
    /// Starts `steady ARGS` with `settings` (RON), silent, in this sway.
    pub fn steady(&self, args: &[&str], settings: &str) -> App {
        let config = tempfile::tempdir().expect("temp dir");
        std::fs::write(config.path().join("settings.ron"), settings).expect("settings");
        let runtime = config.path().join("run");
        std::fs::create_dir_all(&runtime).expect("runtime folder");
        std::fs::set_permissions(
            &runtime,
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .expect("runtime folder is private");
        let log = std::fs::File::create(config.path().join("stderr.log")).expect("log");
        let process = self
            .steady_command(config.path(), args)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("steady starts");
        App {
            config,
            process: Guard(process),
        }
    }

    /// `steady ARGS` started again beside `app` (the same folders), with
    /// `extra` environment; waits for it to hand over and exit.
    pub fn steady_again(
        &self,
        app: &App,
        args: &[&str],
        extra: &[(&str, &str)],
    ) -> std::process::ExitStatus {
        self.steady_command(app.config.path(), args)
            .envs(extra.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("steady starts")
    }

    fn steady_command(&self, config: &Path, args: &[&str]) -> Command {
        let home = config.join("home");
        let mut command = self.command(env!("CARGO_BIN_EXE_steady"));
        command
            .args(args)
            // Its own runtime folder (the one-instance socket); the display
            // by its full path.
            .env("XDG_RUNTIME_DIR", config.join("run"))
            .env("WAYLAND_DISPLAY", self.runtime().join(&self.display))
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("STEADY_CONFIG_DIR", config)
            // No sound in window tests: the audio path has its own tests.
            .env("PULSE_SERVER", "unix:/nonexistent/steady-test")
            .env("ALSA_CONFIG_PATH", "/nonexistent/alsa.conf")
            .env_remove("SWAYSOCK")
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        command
    }
}
