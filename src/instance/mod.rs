//! One Steady per user. The first start binds a socket in a private runtime
//! folder and answers there; a later `steady`, `steady run` or `steady quick`
//! finds it, hands its request over and exits.
//!
//! ```text
//! match Instance::detect().claim() {
//!     Ok(Claim::Primary(listener)) => { /* open the window; listener.serve_channel(..) */ }
//!     Ok(Claim::Secondary) => { /* Instance::detect().send(&request), then exit */ }
//!     Err(_) => { /* run without being single-instance */ }
//! }
//! ```
//!
//! The wire format is one line of JSON each way, at most [`MAX_LINE`] bytes:
//! `{"request":"show"}`, `{"request":"quick"}` or
//! `{"request":"run","target":"box-breathing","lead_in":3}` (`lead_in`
//! optional; any of them may carry the launcher's `"activation_token"`),
//! answered by `{"ok":true}` or `{"ok":false,"error":"..."}`.
//! Nothing here knows about windows: what a request does is the caller's
//! business.

mod handover;
mod private;
mod server;
mod wire;

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::os::unix::fs::FileTypeExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Error;

pub use handover::{launcher_token, Handover, MAX_TOKEN};
pub use server::{Listener, Server, REQUEST_TIMEOUT};
pub use wire::{Reply, Request, MAX_LEAD_IN, MAX_LINE, MAX_PATH};

/// The socket's name in the runtime folder.
pub const SOCKET: &str = "instance.sock";
/// How long [`Instance::send`] waits for the reply. Longer than
/// [`REQUEST_TIMEOUT`]: the primary answers one connection at a time, so it
/// may first have to wait out a slow client.
pub const REPLY_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a claim waits for another start that is claiming at the same time.
const CLAIM_WAIT: Duration = Duration::from_secs(2);
/// Binding fails with "address in use" only if something outside the claim
/// lock binds the socket between our look and our bind; a few more looks
/// settle it.
const CLAIM_ATTEMPTS: usize = 3;

/// The outcome of [`Instance::claim`].
#[derive(Debug)]
pub enum Claim {
    /// This is the first instance; answer requests with the listener.
    Primary(Listener),
    /// Another instance answers: hand the request to it with [`Instance::send`].
    Secondary,
}

/// The runtime folder that holds the socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    folder: PathBuf,
}

impl Instance {
    /// `$XDG_RUNTIME_DIR/steady`; without a runtime folder (some ssh and
    /// container sessions), `steady-UID` in the system's temp folder.
    pub fn detect() -> Instance {
        Instance::at(folder_for(
            std::env::var_os("XDG_RUNTIME_DIR").as_deref(),
            &std::env::temp_dir(),
            private::uid(),
        ))
    }

    /// This folder (tests, or a caller with its own idea of where).
    pub fn at(folder: impl Into<PathBuf>) -> Instance {
        Instance {
            folder: folder.into(),
        }
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    pub fn socket(&self) -> PathBuf {
        self.folder.join(SOCKET)
    }

    /// Becomes the primary instance, or learns that another one answers.
    /// Makes the folder (0700) if it is missing. A socket file nobody answers
    /// on, left by a killed instance, is replaced; one that answers is never
    /// touched. An error (a folder open to others, a file in the way) means
    /// this start cannot be single-instance and should simply run.
    pub fn claim(&self) -> Result<Claim, Error> {
        private::ensure(&self.folder)?;
        let _lock = private::ClaimLock::take(&self.folder, CLAIM_WAIT)?;
        let socket = self.socket();
        for _ in 0..CLAIM_ATTEMPTS {
            if answers(&socket)? {
                return Ok(Claim::Secondary);
            }
            remove_stale(&socket)?;
            match UnixListener::bind(&socket) {
                Ok(listener) => return Ok(Claim::Primary(Listener::new(listener, socket)?)),
                Err(error) if error.kind() == io::ErrorKind::AddrInUse => {}
                Err(error) => return Err(Error::io(&socket, error)),
            }
        }
        Err(Error::Refused(crate::t!(
            "instance-socket-flapping",
            socket = socket.display().to_string()
        )))
    }

    /// Hands `request` to the primary instance and returns its reply. An
    /// invalid request is refused here, before anything is sent.
    pub fn send(&self, request: &Request) -> Result<Reply, Error> {
        self.hand_over(&Handover::new(request.clone(), None))
    }

    /// Like [`send`](Self::send), with the launcher's activation token.
    pub fn hand_over(&self, handover: &Handover) -> Result<Reply, Error> {
        let line = wire::encode_request(handover).map_err(Error::Refused)?;
        private::check(&self.folder)?;
        let socket = self.socket();
        let io_error = |error: io::Error| Error::io(&socket, error);
        let stream = UnixStream::connect(&socket).map_err(io_error)?;
        if !private::same_user(&stream).map_err(io_error)? {
            return Err(Error::Refused(crate::t!(
                "instance-other-user-answers",
                socket = socket.display().to_string()
            )));
        }
        let deadline = Instant::now() + REPLY_TIMEOUT;
        wire::write_line(&stream, &line, deadline).map_err(io_error)?;
        let reply = wire::read_line(&stream, deadline).map_err(|error| io_error(error.into()))?;
        wire::decode_reply(&reply)
            .map_err(|problem| io_error(io::Error::new(io::ErrorKind::InvalidData, problem)))
    }
}

fn folder_for(runtime: Option<&OsStr>, temp: &Path, uid: u32) -> PathBuf {
    match runtime.map(Path::new).filter(|dir| dir.is_absolute()) {
        Some(runtime) => runtime.join("steady"),
        // The uid in the name keeps users sharing /tmp apart; `private::check`
        // refuses the folder if someone else made it first.
        None => temp.join(format!("steady-{uid}")),
    }
}

/// Whether an instance is listening on `socket`. A refused connection or a
/// missing file means no; anything else is an error, not a guess.
fn answers(socket: &Path) -> Result<bool, Error> {
    match UnixStream::connect(socket) {
        // The probe closes at once; the primary ignores a connection that
        // sends nothing.
        Ok(_) => Ok(true),
        Err(error)
            if matches!(
                error.kind(),
                io::ErrorKind::ConnectionRefused | io::ErrorKind::NotFound
            ) =>
        {
            Ok(false)
        }
        Err(error) => Err(Error::io(socket, error)),
    }
}

/// Removes a socket nobody answers on. Anything else at that path is left
/// alone: Steady never deletes what it did not make.
fn remove_stale(socket: &Path) -> Result<(), Error> {
    let metadata = match fs::symlink_metadata(socket) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(Error::io(socket, error)),
    };
    if !metadata.file_type().is_socket() {
        return Err(Error::Refused(crate::t!(
            "instance-not-a-socket",
            socket = socket.display().to_string()
        )));
    }
    match fs::remove_file(socket) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(Error::io(socket, error)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runtime_folder_is_preferred() {
        let temp = Path::new("/tmp");
        assert_eq!(
            folder_for(Some(OsStr::new("/run/user/1000")), temp, 1000),
            Path::new("/run/user/1000/steady")
        );
    }

    #[test]
    fn without_a_usable_runtime_folder_a_per_user_temp_folder_is_used() {
        let temp = Path::new("/tmp");
        for runtime in [None, Some(OsStr::new("")), Some(OsStr::new("relative/run"))] {
            assert_eq!(
                folder_for(runtime, temp, 1000),
                Path::new("/tmp/steady-1000")
            );
        }
    }
}
