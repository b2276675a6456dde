//! The speech owner: one thread that talks to speech-dispatcher over its
//! socket (SSIP, with the pure-Rust `ssip-client`: no C library, and the
//! same service, voice and settings the person's screen reader uses).
//!
//! The window sends it the session's anchor, as it does to the cues; the
//! thread says each step's words on time, cancels what is left when the
//! next step, a pause or a stop comes, and ducks the cues while words are
//! heard. It connects only when there is something to say, starting the
//! service if it is installed but not running. When there is no service,
//! or it fails, one status says why and everything else goes on: nothing
//! ever waits for speech.

use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ssip_client::{
    fifo, Client, ClientError, ClientName, ClientScope, MessageScope, NotificationType, Request,
    Response,
};

use super::follow::{Due, Follower};
use super::Choice;
use crate::audio::Audio;
use crate::session::Anchor;
use crate::timeline::Timeline;

/// How long one read of the service's events waits while words are heard:
/// a pause or a skip is noticed within about this long.
const EVENT_POLL: Duration = Duration::from_millis(10);
/// The most an answer to one request may take before the service counts
/// as stuck.
const ANSWER_WAIT: Duration = Duration::from_secs(2);
/// How long a service started by us may take to open its socket.
const START_WAIT: Duration = Duration::from_secs(3);
/// Words not begun this long after they were sent never will be (a module
/// that sends no events): the thread stops listening for them.
const BEGIN_WAIT: Duration = Duration::from_secs(2);

/// How the words sound, from the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// -100 (slowest) to 100 (fastest); 0 is the person's usual rate.
    pub rate: i8,
    /// -100 (quietest) to 100 (loudest).
    pub volume: i8,
    /// The language of the words, such as "de".
    pub language: &'static str,
}

/// What the window hears from the speech side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeechStatus {
    /// Connected: words will be heard.
    Ready,
    /// Words cannot be read aloud, and why, in the person's words.
    Unavailable(String),
}

enum Command {
    Follow(Anchor, Choice),
    Silence,
    Voice(Voice),
}

/// What one read from the service brought.
enum Received {
    Answer(Response),
    Event,
    Nothing,
}

/// A cheap handle to the speech owner.
#[derive(Clone)]
pub struct Speech {
    commands: Sender<Command>,
    status: async_channel::Receiver<SpeechStatus>,
}

impl std::fmt::Debug for Speech {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speech")
    }
}

impl Speech {
    /// Starts the owner thread; returns at once and opens nothing. While
    /// words are heard, `audio` (the cues) is ducked.
    pub fn spawn(voice: Voice, audio: Option<Audio>) -> Speech {
        let (commands, inbox) = mpsc::channel();
        let (status_out, status) = async_channel::unbounded();
        let spawned = std::thread::Builder::new()
            .name("steady-speech".into())
            .spawn(move || Owner::new(voice, audio, status_out).run(&inbox));
        if let Err(error) = spawned {
            let (lost, status) = async_channel::unbounded();
            let _ = lost.try_send(SpeechStatus::Unavailable(error.to_string()));
            return Speech { commands, status };
        }
        Speech { commands, status }
    }

    /// Every change of whether words can be heard.
    pub fn status_changes(&self) -> async_channel::Receiver<SpeechStatus> {
        self.status.clone()
    }

    /// Say the steps of this anchor's session as they come (the one it
    /// lands in from its beginning); whatever was being said stops.
    pub fn follow(&self, anchor: Anchor, choice: Choice) {
        let _ = self.commands.send(Command::Follow(anchor, choice));
    }

    /// Stop at once and say nothing more.
    pub fn silence(&self) {
        let _ = self.commands.send(Command::Silence);
    }

    pub fn set_voice(&self, voice: Voice) {
        let _ = self.commands.send(Command::Voice(voice));
    }
}

struct Owner {
    voice: Voice,
    audio: Option<Audio>,
    status: async_channel::Sender<SpeechStatus>,
    reported: Option<SpeechStatus>,
    client: Option<Client<UnixStream>>,
    follower: Option<Follower>,
    /// The session the service failed in: not tried again until the next.
    failed_in: Option<Arc<Timeline>>,
    /// Words were sent and their end has not been heard yet.
    awaiting_end: bool,
    /// When the last words were sent.
    sent_at: Option<Instant>,
    /// The message being heard now (from its begin event), and whether the
    /// cues are ducked for it.
    heard: Option<String>,
    ducked: bool,
}

impl Owner {
    fn new(
        voice: Voice,
        audio: Option<Audio>,
        status: async_channel::Sender<SpeechStatus>,
    ) -> Owner {
        Owner {
            voice,
            audio,
            status,
            reported: None,
            client: None,
            follower: None,
            failed_in: None,
            awaiting_end: false,
            sent_at: None,
            heard: None,
            ducked: false,
        }
    }

    fn run(mut self, inbox: &Receiver<Command>) {
        loop {
            let now = Instant::now();
            while let Some(due) = self.follower.as_mut().and_then(|f| f.due(now)) {
                self.act(due);
            }
            let mut wait = self.follower.as_ref().and_then(|f| f.next_wake(now));
            if self.awaiting_end && self.client.is_some() {
                wait = Some(wait.map_or(EVENT_POLL, |wait| wait.min(EVENT_POLL)));
            }
            let command = match wait {
                Some(wait) => match inbox.recv_timeout(wait) {
                    Ok(command) => Some(command),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return self.hush(),
                },
                None => match inbox.recv() {
                    Ok(command) => Some(command),
                    Err(_) => return self.hush(),
                },
            };
            if let Some(command) = command {
                self.handle(command);
            }
            if self.awaiting_end {
                self.read_events();
                let never_began = self.heard.is_none()
                    && self.sent_at.is_some_and(|sent| sent.elapsed() > BEGIN_WAIT);
                if never_began {
                    self.awaiting_end = false;
                }
            }
        }
    }

    fn handle(&mut self, command: Command) {
        match command {
            Command::Follow(anchor, choice) => {
                // A new choice alone (reading turned on mid-step) says the
                // step under way; the same anchor and choice change nothing.
                let same = self.follower.as_ref().is_some_and(|follower| {
                    *follower.anchor() == anchor && follower.choice() == choice
                });
                if same {
                    return;
                }
                self.hush();
                self.follower = Some(Follower::new(anchor, choice));
            }
            Command::Silence => {
                self.follower = None;
                self.hush();
            }
            Command::Voice(voice) => {
                if voice != self.voice {
                    self.voice = voice;
                    if self.client.is_some() {
                        let applied = self.apply_voice();
                        self.check(applied);
                    }
                }
            }
        }
    }

    fn act(&mut self, due: Due) {
        match due {
            Due::Hush => self.hush(),
            Due::Say { words, .. } => {
                if !self.connected() {
                    return;
                }
                let said = self.say(&words);
                self.check(said);
            }
        }
    }

    /// Whatever is being said stops; the cues come back up.
    fn hush(&mut self) {
        if self.awaiting_end && self.client.is_some() {
            let cancelled = self.request(Request::Cancel(MessageScope::Last));
            self.check(cancelled.map(drop));
        }
        self.awaiting_end = false;
        self.heard = None;
        self.duck(false);
    }

    fn say(&mut self, words: &str) -> Result<(), ClientError> {
        self.request(Request::Cancel(MessageScope::Last))?;
        self.heard = None;
        // Listening from here: the words' begin event may come before the
        // answer that queued them.
        self.awaiting_end = true;
        self.sent_at = Some(Instant::now());
        self.request(Request::Speak)?;
        // A line of a single dot would end the message early.
        let lines = words
            .lines()
            .map(|line| {
                if line.trim() == "." {
                    String::new()
                } else {
                    line.to_owned()
                }
            })
            .collect();
        self.request(Request::SendLines(lines))?;
        Ok(())
    }

    /// Whether a connection stands, making one if this session has not
    /// failed yet.
    fn connected(&mut self) -> bool {
        if self.client.is_some() {
            return true;
        }
        let timeline = self.follower.as_ref().map(|f| f.anchor().timeline.clone());
        let failed_here = match (&self.failed_in, &timeline) {
            (Some(failed), Some(now)) => Arc::ptr_eq(failed, now),
            _ => false,
        };
        if failed_here {
            return false;
        }
        match open() {
            Ok(client) => {
                self.client = Some(client);
                let applied = self.introduce();
                self.check(applied);
                if self.client.is_some() {
                    self.report(SpeechStatus::Ready);
                }
            }
            Err(reason) => {
                self.failed_in = timeline;
                self.report(SpeechStatus::Unavailable(reason));
            }
        }
        self.client.is_some()
    }

    fn introduce(&mut self) -> Result<(), ClientError> {
        // The name's parts are separated by colons and end at a space.
        let user: String = std::env::var("USER")
            .unwrap_or_else(|_| "user".into())
            .chars()
            .take(32)
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.request(Request::SetName(ClientName::new(&user, "steady")))?;
        self.request(Request::SetNotification(NotificationType::All, true))?;
        self.apply_voice()
    }

    fn apply_voice(&mut self) -> Result<(), ClientError> {
        let voice = self.voice.clone();
        self.request(Request::SetRate(
            ClientScope::Current,
            voice.rate.clamp(-100, 100),
        ))?;
        self.request(Request::SetVolume(
            ClientScope::Current,
            voice.volume.clamp(-100, 100),
        ))?;
        self.request(Request::SetLanguage(
            ClientScope::Current,
            voice.language.to_owned(),
        ))?;
        Ok(())
    }

    /// A failed exchange ends the connection for this session: said once,
    /// and the cues go on alone.
    fn check(&mut self, result: Result<(), ClientError>) {
        let Err(error) = result else {
            return;
        };
        self.client = None;
        self.awaiting_end = false;
        self.heard = None;
        self.duck(false);
        self.failed_in = self.follower.as_ref().map(|f| f.anchor().timeline.clone());
        let reason = match error {
            ClientError::Io(error) => crate::error::os_words(&error),
            other => other.to_string(),
        };
        self.report(SpeechStatus::Unavailable(crate::t!(
            "speech-failed",
            reason = reason
        )));
    }

    /// Sends one request and waits for its answer, taking the events that
    /// come before it.
    fn request(&mut self, request: Request) -> Result<Response, ClientError> {
        let client = self.client.as_mut().ok_or(ClientError::NotReady)?;
        client.send(request)?;
        let deadline = Instant::now() + ANSWER_WAIT;
        loop {
            match self.receive()? {
                Received::Answer(response) => return Ok(response),
                Received::Event => {}
                Received::Nothing if Instant::now() < deadline => {}
                Received::Nothing => {
                    return Err(ClientError::Io(std::io::ErrorKind::TimedOut.into()))
                }
            }
        }
    }

    /// Takes the events that came, waiting at most one short poll.
    fn read_events(&mut self) {
        loop {
            match self.receive() {
                Ok(Received::Event) => {}
                // An answer nobody waits for (none is expected here).
                Ok(Received::Answer(_)) => {}
                Ok(Received::Nothing) => return,
                Err(error) => return self.check(Err(error)),
            }
        }
    }

    /// One answer or event, waiting at most one short poll. Events are
    /// handled here: the cues duck while words are heard.
    fn receive(&mut self) -> Result<Received, ClientError> {
        let client = self.client.as_mut().ok_or(ClientError::NotReady)?;
        // ssip-client panics on a status code it does not know; a server
        // that sends one is a failed exchange like any other.
        let received = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| client.receive()))
            .unwrap_or(Err(ClientError::UnexpectedStatus(0)));
        let response = match received {
            Ok(response) => response,
            Err(ClientError::Io(error))
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Ok(Received::Nothing)
            }
            Err(error) => return Err(error),
        };
        match response {
            Response::EventBegin(id) => {
                if self.awaiting_end {
                    self.heard = Some(id.message);
                    self.duck(true);
                }
            }
            Response::EventEnd(id) | Response::EventCanceled(id) => {
                // The end of an earlier message (cancelled for this one)
                // may come after this one began.
                if self.heard.as_deref() == Some(id.message.as_str()) {
                    self.heard = None;
                    self.awaiting_end = false;
                    self.duck(false);
                }
            }
            Response::EventIndexMark(..) | Response::EventPaused(_) | Response::EventResumed(_) => {
            }
            answer => return Ok(Received::Answer(answer)),
        }
        Ok(Received::Event)
    }

    fn duck(&mut self, down: bool) {
        if self.ducked != down {
            self.ducked = down;
            if let Some(audio) = &self.audio {
                audio.duck(down);
            }
        }
    }

    fn report(&mut self, status: SpeechStatus) {
        if self.reported.as_ref() != Some(&status) {
            self.reported = Some(status.clone());
            let _ = self.status.try_send(status);
        }
    }
}

impl Drop for Owner {
    /// However the thread ends, the cues are not left ducked.
    fn drop(&mut self) {
        self.duck(false);
    }
}

/// Connects to the person's speech service, starting it if it is installed
/// and not running (as every speech-dispatcher client does).
fn open() -> Result<Client<UnixStream>, String> {
    let path = socket_path().ok_or_else(|| crate::t!("speech-no-socket").to_owned())?;
    let build = || fifo::Builder::new().path(&path).timeout(EVENT_POLL).build();
    if let Ok(client) = build() {
        return Ok(client);
    }
    let started = std::process::Command::new("speech-dispatcher")
        .arg("--spawn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    if started.is_err() {
        return Err(crate::t!("speech-not-installed").to_owned());
    }
    let deadline = Instant::now() + START_WAIT;
    loop {
        match build() {
            Ok(client) => return Ok(client),
            Err(error) if Instant::now() >= deadline => {
                return Err(crate::t!(
                    "speech-not-answering",
                    reason = crate::error::os_words(&error)
                ))
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
