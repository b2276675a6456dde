//! Every folder and file the app uses, decided in one place.

use std::path::{Path, PathBuf};

/// Set this to use another configuration folder (tests, portable installs).
pub const CONFIG_DIR_VAR: &str = "STEADY_CONFIG_DIR";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    config: PathBuf,
}

impl Paths {
    /// `$STEADY_CONFIG_DIR`, else the platform's config folder
    /// (`$XDG_CONFIG_HOME/steady`, default `~/.config/steady`), else `./steady-config`.
    pub fn detect() -> Paths {
        if let Some(dir) = std::env::var_os(CONFIG_DIR_VAR).filter(|dir| !dir.is_empty()) {
            return Paths::at(PathBuf::from(dir));
        }
        let config = directories::ProjectDirs::from("", "", "steady")
            .map(|dirs| dirs.config_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from("steady-config"));
        Paths::at(config)
    }

    pub fn at(config: impl Into<PathBuf>) -> Paths {
        Paths {
            config: config.into(),
        }
    }

    pub fn config(&self) -> &Path {
        &self.config
    }

    /// The user's own exercises, `*.ron`.
    pub fn exercises(&self) -> PathBuf {
        self.config.join("exercises")
    }

    /// The user's own sound files for cues.
    pub fn sounds(&self) -> PathBuf {
        self.config.join("sounds")
    }

    pub fn settings(&self) -> PathBuf {
        self.config.join("settings.ron")
    }
}
