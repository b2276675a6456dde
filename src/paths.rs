//! Every folder and file the app uses, decided in one place.

use std::path::{Path, PathBuf};

/// Set this to use another configuration folder (tests, portable installs).
pub const CONFIG_DIR_VAR: &str = "STEADY_CONFIG_DIR";
/// Set this to use another data folder (the history).
pub const DATA_DIR_VAR: &str = "STEADY_DATA_DIR";
/// Set this to use another state folder (window places, reminder state).
pub const STATE_DIR_VAR: &str = "STEADY_STATE_DIR";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    config: PathBuf,
    data: PathBuf,
    /// What Steady remembers by itself, apart from the person's settings.
    state: PathBuf,
    /// The XDG autostart folder ("Start Steady when I log in").
    autostart: Option<PathBuf>,
}

impl Paths {
    /// The config folder: `$STEADY_CONFIG_DIR`, else the platform's
    /// (`$XDG_CONFIG_HOME/steady`, default `~/.config/steady`). The data
    /// folder: `$STEADY_DATA_DIR`, else `$STEADY_CONFIG_DIR/data` when only
    /// that is set (a portable or test setup keeps everything together),
    /// else the platform's (`$XDG_DATA_HOME/steady`, default
    /// `~/.local/share/steady`). The state folder likewise: `$STEADY_STATE_DIR`,
    /// else `$STEADY_CONFIG_DIR/state`, else `$XDG_STATE_HOME/steady`
    /// (default `~/.local/state/steady`), else the local data folder where
    /// the platform has no state folder. `./steady-config`, `./steady-data`
    /// and `./steady-state` if no home folder is known.
    pub fn detect() -> Paths {
        let var = |name| {
            std::env::var_os(name)
                .filter(|dir| !dir.is_empty())
                .map(PathBuf::from)
        };
        let dirs = directories::ProjectDirs::from("", "", "steady");
        let config = var(CONFIG_DIR_VAR).unwrap_or_else(|| {
            dirs.as_ref().map_or_else(
                || PathBuf::from("steady-config"),
                |dirs| dirs.config_dir().to_path_buf(),
            )
        });
        let data = var(DATA_DIR_VAR)
            .or_else(|| var(CONFIG_DIR_VAR).map(|config| config.join("data")))
            .unwrap_or_else(|| {
                dirs.as_ref().map_or_else(
                    || PathBuf::from("steady-data"),
                    |dirs| dirs.data_dir().to_path_buf(),
                )
            });
        let state = var(STATE_DIR_VAR)
            .or_else(|| var(CONFIG_DIR_VAR).map(|config| config.join("state")))
            .unwrap_or_else(|| {
                dirs.as_ref().map_or_else(
                    || PathBuf::from("steady-state"),
                    |dirs| {
                        dirs.state_dir()
                            .unwrap_or_else(|| dirs.data_local_dir())
                            .to_path_buf()
                    },
                )
            });
        Paths {
            config,
            data,
            state,
            autostart: crate::autostart::folder(),
        }
    }

    /// Everything under one folder: config there, data in its `data`
    /// folder, state in its `state` folder, the autostart entry in its `autostart` folder (so a test
    /// never sees or changes the person's own).
    pub fn at(config: impl Into<PathBuf>) -> Paths {
        let config = config.into();
        Paths {
            data: config.join("data"),
            state: config.join("state"),
            autostart: Some(config.join("autostart")),
            config,
        }
    }

    pub fn config(&self) -> &Path {
        &self.config
    }

    pub fn data(&self) -> &Path {
        &self.data
    }

    /// The user's own exercises and routines, `*.ron`.
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

    /// Window places, the last exercise, reminder state, notes said once.
    pub fn state(&self) -> PathBuf {
        self.state.join("state.ron")
    }

    /// Where deleted or replaced exercise files go instead of being erased.
    pub fn trash(&self) -> PathBuf {
        self.config.join("trash")
    }

    /// Where the autostart entry goes, if a folder for it is known.
    pub fn autostart(&self) -> Option<&Path> {
        self.autostart.as_deref()
    }

    /// One session a line, appended as sessions end.
    pub fn history(&self) -> PathBuf {
        self.data.join("history.jsonl")
    }
}
