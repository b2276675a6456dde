//! Safe writes for the files the app owns.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes `contents` so that `path` holds either the old or the new version,
/// never a torn mix: temp file in the same folder, fsync, rename, fsync the folder.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<(), Error> {
    let dir = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|error| Error::io(dir, error))?;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = write_and_sync(&temp, contents)
        .and_then(|()| fs::rename(&temp, path).map_err(|error| Error::io(path, error)));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
        return result;
    }
    // The rename is only durable once the folder itself is synced.
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

fn write_and_sync(path: &Path, contents: &[u8]) -> Result<(), Error> {
    let mut file = File::create(path).map_err(|error| Error::io(path, error))?;
    file.write_all(contents)
        .map_err(|error| Error::io(path, error))?;
    file.sync_all().map_err(|error| Error::io(path, error))
}

/// Moves a file that could not be read to `NAME.corrupt-YYYYmmdd-HHMMSS` beside it,
/// so the person's data is kept for them to look at. Returns the new path.
pub fn move_aside(path: &Path) -> Result<PathBuf, Error> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut target = path.with_file_name(format!("{name}.corrupt-{stamp}"));
    let mut extra = 1;
    while target.exists() {
        target = path.with_file_name(format!("{name}.corrupt-{stamp}-{extra}"));
        extra += 1;
    }
    fs::rename(path, &target).map_err(|error| Error::io(path, error))?;
    Ok(target)
}
