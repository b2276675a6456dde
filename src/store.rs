//! Safe writes for the files the app owns: atomic, through symbolic links to
//! their target, keeping the file's mode, cleaning up after killed saves.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Error;

/// Writes `contents` so that `path` holds either the old or the new version,
/// never a torn mix: temp file in the same folder, fsync, rename, fsync the
/// folder. A link is followed and its target replaced (the link stays); the
/// target's permissions are kept. A new file gets `new_mode` (unix).
pub fn write_atomically(path: &Path, contents: &[u8], new_mode: u32) -> Result<(), Error> {
    let target = resolve_links(path);
    let dir = folder_of(&target);
    fs::create_dir_all(dir).map_err(|error| Error::io(dir, error))?;
    let name = file_name(&target);
    remove_stale_temps(dir, &name);
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let existing = fs::metadata(&target).ok().map(|meta| meta.permissions());
    let result = write_and_sync(&temp, contents, new_mode)
        .and_then(|()| match existing {
            Some(permissions) => {
                fs::set_permissions(&temp, permissions).map_err(|error| Error::io(&temp, error))
            }
            None => Ok(()),
        })
        .and_then(|()| fs::rename(&temp, &target).map_err(|error| Error::io(&target, error)));
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

/// Appends one line (plus a newline) and syncs it, creating the file with
/// `new_mode` if needed. A line is small, so it lands whole or not at all
/// in practice; a torn last line is skipped by the reader.
pub fn append_line(path: &Path, line: &str, new_mode: u32) -> Result<(), Error> {
    let target = resolve_links(path);
    let dir = folder_of(&target);
    fs::create_dir_all(dir).map_err(|error| Error::io(dir, error))?;
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    set_mode(&mut options, new_mode);
    let mut file = options
        .open(&target)
        .map_err(|error| Error::io(&target, error))?;
    let mut bytes = Vec::with_capacity(line.len() + 1);
    bytes.extend_from_slice(line.as_bytes());
    bytes.push(b'\n');
    file.write_all(&bytes)
        .and_then(|()| file.sync_data())
        .map_err(|error| Error::io(&target, error))
}

/// An advisory lock (`flock`) on `.NAME.lock` beside a file, so that two
/// processes reading, merging and writing it take turns. Held until dropped;
/// the kernel drops it too if the process dies, so a crash never leaves it
/// held. The lock file stays: removing it would let a third process lock a
/// new file while a second still holds the old one.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// How long a save waits for another process's save, which takes
/// milliseconds. Past that, something is stuck: give up rather than wait
/// forever.
pub const LOCK_PATIENCE: Duration = Duration::from_secs(5);

/// Takes the lock for `path`, waiting up to `patience` for another holder.
pub fn lock_beside(path: &Path, patience: Duration, new_mode: u32) -> Result<Lock, Error> {
    let dir = folder_of(path);
    fs::create_dir_all(dir).map_err(|error| Error::io(dir, error))?;
    let lock_path = dir.join(format!(".{}.lock", file_name(path)));
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    set_mode(&mut options, new_mode);
    let file = options
        .open(&lock_path)
        .map_err(|error| Error::io(&lock_path, error))?;
    let deadline = Instant::now() + patience;
    loop {
        // Polled rather than a blocking `lock()`: a holder that hangs must
        // not hang this save (and whatever waits for it) with it.
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(Error::Refused(crate::t!(
                    "file-kept-busy",
                    file = path.display().to_string(),
                    seconds = patience.as_secs()
                )))
            }
            Err(TryLockError::Error(error)) => return Err(Error::io(&lock_path, error)),
        }
    }
}

/// The file a chain of symbolic links ends at (the path itself if it is no
/// link, or the link's target does not exist yet).
pub fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::read_link(&current) {
            Ok(target) => {
                current = if target.is_absolute() {
                    target
                } else {
                    folder_of(&current).join(target)
                };
            }
            Err(_) => return current,
        }
    }
    current
}

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn write_and_sync(path: &Path, contents: &[u8], new_mode: u32) -> Result<(), Error> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    set_mode(&mut options, new_mode);
    let mut file = options.open(path).map_err(|error| Error::io(path, error))?;
    file.write_all(contents)
        .map_err(|error| Error::io(path, error))?;
    file.sync_all().map_err(|error| Error::io(path, error))
}

#[cfg(unix)]
fn set_mode(options: &mut OpenOptions, mode: u32) {
    use std::os::unix::fs::OpenOptionsExt;
    options.mode(mode);
}

#[cfg(not(unix))]
fn set_mode(_: &mut OpenOptions, _: u32) {}

/// Removes `.NAME.PID.tmp` files left by saves that were killed: only those
/// whose process is gone, so another running instance's save is untouched.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(not(target_os = "linux"))]
fn process_alive(_: u32) -> bool {
    // Without a cheap way to know, keep the file: losing nothing matters more.
    true
}

/// Moves a file that could not be read to `NAME.corrupt-YYYYmmdd-HHMMSS` beside it,
/// so the person's data is kept for them to look at. Returns the new path.
pub fn move_aside(path: &Path) -> Result<PathBuf, Error> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let target_of = |suffix: &str| {
        let name = file_name(path);
        path.with_file_name(format!("{name}.{suffix}-{stamp}"))
    };
    let mut target = target_of("corrupt");
    let mut extra = 1;
    while fs::symlink_metadata(&target).is_ok() {
        target = target_of(&format!("corrupt-{extra}"));
        extra += 1;
    }
    fs::rename(path, &target).map_err(|error| Error::io(path, error))?;
    Ok(target)
}

/// Copies `path` to `NAME.backup-YYYYmmdd-HHMMSS` beside it (before a clear).
pub fn back_up(path: &Path) -> Result<PathBuf, Error> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = file_name(path);
    let mut target = path.with_file_name(format!("{name}.backup-{stamp}"));
    let mut extra = 1;
    while fs::symlink_metadata(&target).is_ok() {
        target = path.with_file_name(format!("{name}.backup-{stamp}-{extra}"));
        extra += 1;
    }
    fs::copy(path, &target).map_err(|error| Error::io(&target, error))?;
    Ok(target)
}
