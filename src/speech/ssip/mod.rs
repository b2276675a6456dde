//! A small client for speech-dispatcher's protocol, SSIP, over its Unix
//! socket: only what Steady asks of it (a client name, events, rate,
//! volume, language, `SPEAK` and `CANCEL`). [`wire`] turns requests into
//! bytes and replies into values; a [`Connection`] writes requests, and a
//! thread of its own blocks reading the socket, handing on each answer and
//! event the moment it is complete, in the order it came. Nothing polls.
//! Nothing here knows about the window or the sound.

mod wire;

#[cfg(test)]
mod tests;

use std::io::{self, BufReader, Write};
use std::net::Shutdown;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use wire::{Error, Event, EventKind, Incoming, Reply, Request};

/// How long a service started by us may take to open its socket.
const START_WAIT: Duration = Duration::from_secs(3);
/// A request the service does not take in this long (its socket's buffer
/// full) means it is stuck; Steady's requests are a few hundred bytes.
const WRITE_WAIT: Duration = Duration::from_secs(2);

/// One connection to the service. Dropping it closes the socket, which
/// ends its reading thread.
pub struct Connection {
    stream: UnixStream,
}

impl Connection {
    /// Starts reading `stream` on a thread of its own. Each answer and
    /// event goes to `deliver` as it comes; the first error (the service
    /// closed the socket, sent something that is not SSIP) goes too and
    /// ends the thread, as does `deliver` returning false (nobody listens).
    pub fn start<F>(stream: UnixStream, mut deliver: F) -> io::Result<Connection>
    where
        F: FnMut(Result<Incoming, Error>) -> bool + Send + 'static,
    {
        stream.set_write_timeout(Some(WRITE_WAIT))?;
        let reading = stream.try_clone()?;
        std::thread::Builder::new()
            .name("speech-replies".into())
            .spawn(move || {
                let mut replies = wire::Replies::new(BufReader::new(reading));
                loop {
                    let next = replies.next();
                    let ended = next.is_err();
                    if !deliver(next) || ended {
                        return;
                    }
                }
            })?;
        Ok(Connection { stream })
    }

    /// Writes one request; its answer comes through `deliver`.
    pub fn send(&self, request: Request<'_>) -> Result<(), Error> {
        (&self.stream).write_all(request.encode().as_bytes())?;
        Ok(())
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        // Wakes the reading thread: its read ends, and so does it.
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}

/// Why the service could not be reached.
#[derive(Debug)]
pub enum Unreachable {
    /// No `SPEECHD_ADDRESS` socket and no runtime folder to look in.
    NoRuntimeFolder,
    /// Not running, and no `speech-dispatcher` program to start.
    NotInstalled,
    /// Started (or running) but its socket takes no connection.
    NotAnswering(io::Error),
}

/// Connects to the person's speech service, starting it if it is installed
/// and not running (`speech-dispatcher --spawn`, as every client does).
pub fn connect() -> Result<UnixStream, Unreachable> {
    let path = socket_path().ok_or(Unreachable::NoRuntimeFolder)?;
    if let Ok(stream) = UnixStream::connect(&path) {
        return Ok(stream);
    }
    let started = std::process::Command::new("speech-dispatcher")
        .arg("--spawn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    if started.is_err() {
        return Err(Unreachable::NotInstalled);
    }
    let deadline = Instant::now() + START_WAIT;
    loop {
        match UnixStream::connect(&path) {
            Ok(stream) => return Ok(stream),
            Err(error) if Instant::now() >= deadline => {
                return Err(Unreachable::NotAnswering(error))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

/// Where speech-dispatcher listens: `SPEECHD_ADDRESS` when it names a Unix
/// socket, else its usual place in the runtime folder.
fn socket_path() -> Option<PathBuf> {
    if let Ok(address) = std::env::var("SPEECHD_ADDRESS") {
        if let Some(path) = address.strip_prefix("unix_socket:") {
            return Some(PathBuf::from(path));
        }
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")?;
    Some(PathBuf::from(runtime).join("speech-dispatcher/speechd.sock"))
}
