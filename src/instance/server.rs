//! The first instance's side: a bound socket ([`Listener`]) that starts
//! answering on its own thread ([`Server`]) once the app is ready for
//! requests.

use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use super::private;
use super::wire::{self, LineError, Reply, Request};
use super::Handover;
use crate::error::Error;

/// How long a client has to send its whole request line.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);
/// A failing `accept` (out of file descriptors, say) is retried after this
/// pause rather than at once, so the thread never spins.
const ACCEPT_RETRY: Duration = Duration::from_millis(200);

/// The socket of the first instance: bound, so later starts find it, but
/// not answering yet. Dropping it removes the socket file.
#[derive(Debug)]
pub struct Listener {
    listener: UnixListener,
    file: SocketFile,
}

impl Listener {
    pub(super) fn new(listener: UnixListener, path: PathBuf) -> Result<Listener, Error> {
        let file = SocketFile::new(path)?;
        Ok(Listener { listener, file })
    }

    /// Where the socket is.
    pub fn path(&self) -> &Path {
        &self.file.path
    }

    /// Answers each valid request with `on_request`, one connection at a
    /// time, on a thread of its own until the [`Server`] is dropped.
    /// Malformed, oversized, slow or foreign requests are refused here and
    /// never reach `on_request`.
    pub fn serve(
        self,
        mut on_request: impl FnMut(Request) -> Reply + Send + 'static,
    ) -> Result<Server, Error> {
        self.serve_handovers(move |handover| on_request(handover.request))
    }

    /// Like [`serve`](Self::serve), with each request's activation token.
    pub fn serve_handovers(
        self,
        on_request: impl FnMut(Handover) -> Reply + Send + 'static,
    ) -> Result<Server, Error> {
        let listener = Arc::new(self.listener);
        let stop = Arc::new(AtomicBool::new(false));
        let (thread_listener, thread_stop) = (Arc::clone(&listener), Arc::clone(&stop));
        thread::Builder::new()
            .name("steady-instance".to_string())
            .spawn(move || accept_loop(&thread_listener, &thread_stop, on_request))
            .map_err(|error| Error::io(&self.file.path, error))?;
        Ok(Server {
            listener,
            stop,
            _file: self.file,
        })
    }

    /// Like [`serve`](Self::serve), handing each valid request to the
    /// returned receiver (for an iced subscription) and replying `Accepted`
    /// once it is queued. At most `capacity` requests wait; beyond that, or
    /// once the receiver is gone, requests are refused instead of blocking
    /// the socket thread on a UI that is not reading.
    pub fn serve_channel(
        self,
        capacity: usize,
    ) -> Result<(Server, async_channel::Receiver<Handover>), Error> {
        let (sender, receiver) = async_channel::bounded(capacity.max(1));
        let server = self.serve_handovers(move |handover| match sender.try_send(handover) {
            Ok(()) => Reply::Accepted,
            Err(async_channel::TrySendError::Full(_)) => {
                Reply::Refused(crate::t!("instance-busy").to_owned())
            }
            Err(async_channel::TrySendError::Closed(_)) => {
                Reply::Refused(crate::t!("instance-closing").to_owned())
            }
        })?;
        Ok((server, receiver))
    }
}

/// Answers requests until dropped; dropping it stops the thread and removes
/// the socket file if it is still this instance's.
#[derive(Debug)]
pub struct Server {
    listener: Arc<UnixListener>,
    stop: Arc<AtomicBool>,
    _file: SocketFile,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // On Linux, shutting a listening socket down wakes a blocked
        // `accept` with an error; the thread then sees `stop` and ends.
        let _ = rustix::net::shutdown(&*self.listener, rustix::net::Shutdown::Both);
    }
}

fn accept_loop(
    listener: &UnixListener,
    stop: &AtomicBool,
    mut on_request: impl FnMut(Handover) -> Reply,
) {
    loop {
        let accepted = listener.accept();
        if stop.load(Ordering::SeqCst) {
            return;
        }
        match accepted {
            Ok((stream, _)) => answer(&stream, &mut on_request),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => thread::sleep(ACCEPT_RETRY),
        }
    }
}

/// One connection: at most one request and one reply.
fn answer(stream: &UnixStream, on_request: &mut impl FnMut(Handover) -> Reply) {
    if let Some(reply) = reply_to(stream, on_request) {
        // Best effort: a client that has gone away needs no answer.
        let _ = wire::write_line(
            stream,
            &wire::encode_reply(&reply),
            Instant::now() + REQUEST_TIMEOUT,
        );
    }
}

/// The reply for this connection, or `None` when there is nobody to reply
/// to (a probe that closed at once, a broken connection).
fn reply_to(stream: &UnixStream, on_request: &mut impl FnMut(Handover) -> Reply) -> Option<Reply> {
    match private::same_user(stream) {
        Ok(true) => {}
        Ok(false) => return Some(refused(crate::t!("instance-same-user-only"))),
        Err(_) => return None,
    }
    let line = match wire::read_line(stream, Instant::now() + REQUEST_TIMEOUT) {
        Ok(line) => line,
        Err(LineError::Closed | LineError::Io(_)) => return None,
        Err(LineError::TimedOut) => {
            return Some(refused(&crate::t!(
                "instance-request-timed-out",
                seconds = REQUEST_TIMEOUT.as_secs()
            )))
        }
        Err(error) => {
            return Some(refused(&crate::t!(
                "instance-bad-request",
                error = error.to_string()
            )))
        }
    };
    Some(match wire::decode_request(&line) {
        Ok(handover) => handle(on_request, handover),
        Err(problem) => Reply::Refused(problem),
    })
}

/// Runs the app's handler; should it panic, the request is refused and the
/// socket keeps working for the next one.
fn handle(on_request: &mut impl FnMut(Handover) -> Reply, handover: Handover) -> Reply {
    panic::catch_unwind(AssertUnwindSafe(|| on_request(handover)))
        .unwrap_or_else(|_| refused(crate::t!("instance-not-handled")))
}

fn refused(message: &str) -> Reply {
    Reply::Refused(message.to_string())
}

/// The socket file this instance bound, known by its inode so that the file
/// is removed on drop only if it was not replaced in the meantime (by a
/// later instance that found this one gone).
#[derive(Debug)]
struct SocketFile {
    path: PathBuf,
    identity: (u64, u64),
}

impl SocketFile {
    fn new(path: PathBuf) -> Result<SocketFile, Error> {
        let identity = identity(&path).map_err(|error| Error::io(&path, error))?;
        Ok(SocketFile { path, identity })
    }
}

impl Drop for SocketFile {
    fn drop(&mut self) {
        if identity(&self.path).is_ok_and(|now| now == self.identity) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

fn identity(path: &Path) -> io::Result<(u64, u64)> {
    let metadata = fs::symlink_metadata(path)?;
    Ok((metadata.dev(), metadata.ino()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Weak;

    #[test]
    fn dropping_the_server_ends_its_thread() {
        let temp = tempfile::tempdir().expect("temp dir");
        let path = temp.path().join("instance.sock");
        let listener = UnixListener::bind(&path).expect("binds");
        let server = Listener::new(listener, path)
            .expect("listener")
            .serve(|_| Reply::Accepted)
            .expect("serves");
        let shared: Weak<UnixListener> = Arc::downgrade(&server.listener);
        drop(server);
        // The thread held the other reference; it lets go as it ends.
        let deadline = Instant::now() + Duration::from_secs(1);
        while shared.upgrade().is_some() {
            assert!(Instant::now() < deadline, "the thread is still running");
            thread::sleep(Duration::from_millis(5));
        }
    }
}
