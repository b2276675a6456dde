//! Reading files people point Steady at, safely: only regular files (after
//! following links), never blocking on a pipe or a device, and never more
//! than a size cap for their kind.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::Path;

use crate::error::Error;

/// Size caps for each kind of file Steady reads.
pub mod cap {
    /// An exercise or routine: the longest real one is a few KiB.
    pub const EXERCISE: u64 = 1024 * 1024;
    pub const SETTINGS: u64 = 256 * 1024;
    /// A sound file for a cue (only its first seconds are decoded).
    pub const SOUND: u64 = 64 * 1024 * 1024;
    /// The history: decades of daily sessions fit many times over.
    pub const HISTORY: u64 = 64 * 1024 * 1024;
}

/// Opens `path` for reading if it is a regular file no larger than `cap`
/// bytes. Opening never blocks: a named pipe or a device is refused.
pub fn open_regular(path: &Path, cap: u64) -> Result<(File, u64), Error> {
    let file = open_nonblocking(path).map_err(|error| Error::io(path, error))?;
    let metadata = file.metadata().map_err(|error| Error::io(path, error))?;
    if !metadata.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
            what: describe(&metadata.file_type()),
        });
    }
    if metadata.len() > cap {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: metadata.len(),
            limit: cap,
        });
    }
    Ok((file, metadata.len()))
}

/// The whole of a small regular file, read with [`open_regular`]'s rules.
/// A file that grows while it is read is still cut at `cap`.
pub fn read_regular(path: &Path, cap: u64) -> Result<Vec<u8>, Error> {
    let (file, length) = open_regular(path, cap)?;
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| Error::io(path, error))?;
    if bytes.len() as u64 > cap {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: cap,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of
    // waiting forever. It has no effect on reading regular files.
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

fn describe(kind: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return crate::t!("file-kind-pipe").into();
        }
        if kind.is_char_device() || kind.is_block_device() {
            return crate::t!("file-kind-device").into();
        }
        if kind.is_socket() {
            return crate::t!("file-kind-socket").into();
        }
    }
    if kind.is_dir() {
        crate::t!("file-kind-folder").into()
    } else {
        crate::t!("file-kind-other").into()
    }
}
