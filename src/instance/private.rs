//! Who may use the socket: only this user. The folder that holds it is
//! private (0700, ours, a real folder), both ends check the other's uid, and
//! claiming the socket is serialised by a lock so two starts cannot both win.

use std::fs::{self, DirBuilder, File, OpenOptions, TryLockError};
use std::io;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::error::Error;

const LOCK: &str = "instance.lock";
/// How often a waiting claim looks at the lock again.
const LOCK_POLL: Duration = Duration::from_millis(10);

/// This process's real user id.
pub fn uid() -> u32 {
    rustix::process::getuid().as_raw()
}

/// Whether the process at the other end of `stream` runs as this user.
pub fn same_user(stream: &UnixStream) -> io::Result<bool> {
    let peer = rustix::net::sockopt::socket_peercred(stream)?;
    Ok(peer.uid.as_raw() == uid())
}

/// Makes `folder` (not its parents: they belong to the system) with mode
/// 0700 if it is missing, then checks it with [`check`].
pub fn ensure(folder: &Path) -> Result<(), Error> {
    match DirBuilder::new().mode(0o700).create(folder) {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
        Err(error) => return Err(Error::io(folder, error)),
    }
    check(folder)
}

/// Refuses a folder another user could use to reach or replace the socket:
/// a symbolic link (someone else's folder in /tmp could hide behind one),
/// a folder owned by another user, or one open to the group or others.
pub fn check(folder: &Path) -> Result<(), Error> {
    let metadata = fs::symlink_metadata(folder).map_err(|error| Error::io(folder, error))?;
    let place = folder.display().to_string();
    if !metadata.file_type().is_dir() {
        return Err(Error::Refused(crate::t!(
            "instance-not-a-folder",
            folder = place
        )));
    }
    if metadata.uid() != uid() {
        return Err(Error::Refused(crate::t!(
            "instance-folder-not-yours",
            folder = place
        )));
    }
    if metadata.mode() & 0o077 != 0 {
        return Err(Error::Refused(crate::t!(
            "instance-folder-open",
            folder = place,
            mode = format!("{:o}", metadata.mode() & 0o777)
        )));
    }
    Ok(())
}

/// Held while a process decides whether it is the first instance: checking
/// for a live socket, removing a stale one and binding happen as one step.
/// Without it two starts could both find the socket stale, and the second
/// would remove the first one's fresh socket and bind its own.
#[derive(Debug)]
pub struct ClaimLock {
    // Closing the file releases the lock, also when the process is killed.
    _file: File,
}

impl ClaimLock {
    /// Waits up to `within` for another claim to finish.
    pub fn take(folder: &Path, within: Duration) -> Result<ClaimLock, Error> {
        let path = folder.join(LOCK);
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(|error| Error::io(&path, error))?;
        let deadline = Instant::now() + within;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(ClaimLock { _file: file }),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(LOCK_POLL);
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(Error::Refused(crate::t!(
                        "instance-still-starting",
                        seconds = crate::i18n::decimal(within.as_secs_f32())
                    )))
                }
                Err(TryLockError::Error(error)) => return Err(Error::io(&path, error)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_missing_folder_is_made_private() {
        let temp = tempfile::tempdir().expect("temp dir");
        let folder = temp.path().join("steady");
        ensure(&folder).expect("made");
        let mode = fs::metadata(&folder).expect("exists").permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
        ensure(&folder).expect("an existing private folder is fine");
    }

    #[test]
    fn a_folder_open_to_others_is_refused() {
        let temp = tempfile::tempdir().expect("temp dir");
        for mode in [0o755, 0o750, 0o701, 0o777] {
            fs::set_permissions(temp.path(), fs::Permissions::from_mode(mode)).expect("chmod");
            assert!(
                matches!(check(temp.path()), Err(Error::Refused(_))),
                "{mode:o}"
            );
        }
    }

    #[test]
    fn a_link_or_a_file_is_refused() {
        let temp = tempfile::tempdir().expect("temp dir");
        let real = temp.path().join("real");
        ensure(&real).expect("made");
        let link = temp.path().join("link");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        assert!(matches!(ensure(&link), Err(Error::Refused(_))));
        let file = temp.path().join("file");
        fs::write(&file, "").expect("file");
        assert!(matches!(ensure(&file), Err(Error::Refused(_))));
    }

    #[test]
    fn a_missing_parent_is_an_error_not_a_panic() {
        let temp = tempfile::tempdir().expect("temp dir");
        assert!(matches!(
            ensure(&temp.path().join("no/such/steady")),
            Err(Error::Io { .. })
        ));
    }

    #[test]
    fn the_claim_lock_is_exclusive_and_released_on_drop() {
        let temp = tempfile::tempdir().expect("temp dir");
        let held = ClaimLock::take(temp.path(), Duration::ZERO).expect("free");
        let started = Instant::now();
        assert!(ClaimLock::take(temp.path(), Duration::from_millis(50)).is_err());
        assert!(started.elapsed() >= Duration::from_millis(50));
        drop(held);
        ClaimLock::take(temp.path(), Duration::ZERO).expect("free again");
    }
}
