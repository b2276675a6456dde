//! "Start Steady when I log in": an XDG autostart entry that starts Steady
//! in the background, with no window, to wait for the next reminder.

use std::path::{Path, PathBuf};

use crate::app_id;
use crate::error::Error;
use crate::store;

/// `$XDG_CONFIG_HOME/autostart` (default `~/.config/autostart`).
pub fn folder() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.config_dir().to_path_buf()))
        .map(|config| config.join("autostart"))
}

/// The text of the entry, starting `program` (the running binary) with `--background`.
pub fn entry(program: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Steady\n\
         Comment={}\n\
         Comment[de]={}\n\
         Exec=\"{}\" --background\n\
         Icon={}\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n\
         NoDisplay=true\n",
        // Every language's words: the desktop picks, whatever Steady's language.
        crate::i18n::Language::English.tr("autostart-comment"),
        crate::i18n::Language::German.tr("autostart-comment"),
        program.display(),
        app_id::ICON
    )
}

/// Whether Steady's autostart entry is there.
pub fn is_on(folder: &Path) -> bool {
    folder.join(app_id::desktop_file()).is_file()
}

/// Writes (or removes) the entry. Removing only ever removes Steady's own file.
pub fn set(folder: &Path, on: bool, program: &Path) -> Result<(), Error> {
    let file = folder.join(app_id::desktop_file());
    if on {
        store::write_atomically(&file, entry(program).as_bytes(), 0o644)
    } else {
        match std::fs::remove_file(&file) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(Error::io(&file, error)),
        }
    }
}

/// Moves an entry made before the application id (`steady.desktop`) to
/// the id's name, starting `program`: when it is there, the new entry is
/// written and the old one removed, so log-in starts Steady once. Only
/// Steady's own old entry is touched (one starting it with `--background`).
/// Returns whether an old entry was moved.
pub fn migrate(folder: &Path, program: &Path) -> Result<bool, Error> {
    let old = folder.join(app_id::OLD_DESKTOP_FILE);
    let Ok(text) = std::fs::read_to_string(&old) else {
        return Ok(false);
    };
    let ours = text.lines().any(|line| {
        line.starts_with("Exec=") && line.contains("steady") && line.ends_with(" --background")
    });
    if !ours {
        return Ok(false);
    }
    set(folder, true, program)?;
    std::fs::remove_file(&old).map_err(|error| Error::io(&old, error))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_is_written_and_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("autostart");
        assert!(!is_on(&folder));
        set(&folder, true, Path::new("/home/me/.local/bin/steady")).expect("written");
        assert!(is_on(&folder));
        let text = std::fs::read_to_string(folder.join(app_id::desktop_file())).expect("read");
        assert!(text.contains("Exec=\"/home/me/.local/bin/steady\" --background"));
        set(&folder, false, Path::new("/unused")).expect("removed");
        assert!(!is_on(&folder));
        set(&folder, false, Path::new("/unused")).expect("removing twice is fine");
    }
}
