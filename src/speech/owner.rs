//! The speech owner: one thread that talks to speech-dispatcher over its
//! socket (SSIP, with Steady's own small client in [`super::ssip`]: no C
//! library, and the same service, voice and settings the person's screen
//! reader uses).
//!
//! The window sends it the session's anchor, as it does to the cues; the
//! thread says each step's words on time, cancels what is left when the
//! next step, a pause or a stop comes, and ducks the cues while words are
//! heard. It connects only when there is something to say, starting the
//! service if it is installed but not running. When there is no service,
//! or it fails, one status says why and everything else goes on: nothing
//! ever waits for speech.
//!
//! The thread blocks on one inbox: the window's commands and, from the
//! connection's reading thread, the service's answers and events, in the
//! order they came. Nothing polls the socket: a begin or end event moves
//! the cues the moment it arrives.

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use super::follow::{Due, Follower};
use super::handle::{Command, SpeechStatus, Voice};
use super::ssip::{self, Connection, Error, Event, EventKind, Incoming, Reply, Request};
use crate::audio::Audio;
use crate::timeline::Timeline;

/// The most an answer to one request may take before the service counts
/// as stuck.
const ANSWER_WAIT: Duration = Duration::from_secs(2);
/// Words not begun this long after they were sent never will be (a module
/// that sends no events): the thread stops waiting for them.
const BEGIN_WAIT: Duration = Duration::from_secs(2);

pub(super) struct Owner {
    voice: Voice,
    audio: Option<Audio>,
    status: async_channel::Sender<SpeechStatus>,
    reported: Option<SpeechStatus>,
    inbox: Receiver<Command>,
    /// Given to each connection's reading thread. Weak, so the inbox
    /// closes when the window's handles are gone, connected or not.
    replies: Weak<Sender<Command>>,
    /// Commands that came while a request waited for its answer.
    postponed: VecDeque<Command>,
    connection: Option<Connection>,
    /// Numbers each connection, so that what a closed one still delivers
    /// is told apart from the open one's.
    connection_number: u64,
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
    pub(super) fn new(
        voice: Voice,
        audio: Option<Audio>,
        status: async_channel::Sender<SpeechStatus>,
        inbox: Receiver<Command>,
        replies: Weak<Sender<Command>>,
    ) -> Owner {
        Owner {
            voice,
            audio,
            status,
            reported: None,
            inbox,
            replies,
            postponed: VecDeque::new(),
            connection: None,
            connection_number: 0,
            follower: None,
            failed_in: None,
            awaiting_end: false,
            sent_at: None,
            heard: None,
            ducked: false,
        }
    }

    pub(super) fn run(mut self) {
        loop {
            let now = Instant::now();
            while let Some(due) = self.follower.as_mut().and_then(|f| f.due(now)) {
                self.act(due);
            }
            let mut wait = self.follower.as_ref().and_then(|f| f.next_wake(now));
            if let Some(begin_by) = self.begin_deadline() {
                let left = begin_by.saturating_duration_since(now);
                if left.is_zero() {
                    // Not begun: the cues, still ducked for the words
                    // before, come back up. (Words that begin later are
                    // still cancelled by a pause or a stop: see `hush`.)
                    self.awaiting_end = false;
                    self.duck(false);
                } else {
                    wait = Some(wait.map_or(left, |wait| wait.min(left)));
                }
            }
            let command = match self.postponed.pop_front() {
                Some(command) => command,
                None => match wait {
                    Some(wait) => match self.inbox.recv_timeout(wait) {
                        Ok(command) => command,
                        Err(RecvTimeoutError::Timeout) => continue,
                        Err(RecvTimeoutError::Disconnected) => return self.hush(),
                    },
                    None => match self.inbox.recv() {
                        Ok(command) => command,
                        Err(_) => return self.hush(),
                    },
                },
            };
            self.handle(command);
        }
    }

    /// When words sent but not yet begun stop being waited for.
    fn begin_deadline(&self) -> Option<Instant> {
        if !self.awaiting_end || self.heard.is_some() {
            return None;
        }
        self.sent_at.map(|sent| sent + BEGIN_WAIT)
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
                    if self.connection.is_some() {
                        let applied = self.apply_voice();
                        self.check(applied);
                    }
                }
            }
            Command::Heard(number, heard) => {
                if !self.is_current(number) {
                    return;
                }
                match heard {
                    Ok(Incoming::Event(event)) => self.on_event(event),
                    // An answer nobody waits for (none is expected here).
                    Ok(Incoming::Answer(_)) => {}
                    Err(error) => self.fail(error),
                }
            }
        }
    }

    /// Whether this comes from the open connection, not a closed one.
    fn is_current(&self, number: u64) -> bool {
        self.connection.is_some() && number == self.connection_number
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

    /// Whatever is being said stops; the cues come back up. Any words sent
    /// since the last cancel are cancelled, even when their begin was not
    /// heard in time: a slow module may still be about to say them.
    fn hush(&mut self) {
        let sent = self.sent_at.take().is_some();
        if sent && self.connection.is_some() {
            let cancelled = self.request(Request::Cancel);
            self.check(cancelled.map(drop));
        }
        self.awaiting_end = false;
        self.heard = None;
        self.duck(false);
    }

    fn say(&mut self, words: &str) -> Result<(), Error> {
        self.request(Request::Cancel)?;
        self.heard = None;
        // Waiting from here: the words' begin event may come before the
        // answer that queued them.
        self.awaiting_end = true;
        self.sent_at = Some(Instant::now());
        self.request(Request::Speak)?;
        self.request(Request::Text(words))?;
        Ok(())
    }

    /// Whether a connection stands, making one if this session has not
    /// failed yet.
    fn connected(&mut self) -> bool {
        if self.connection.is_some() {
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
        match self.open() {
            Ok(connection) => {
                self.connection = Some(connection);
                let applied = self.introduce();
                self.check(applied);
                if self.connection.is_some() {
                    self.report(SpeechStatus::Ready);
                }
            }
            Err(reason) => {
                self.failed_in = timeline;
                self.report(SpeechStatus::Unavailable(reason));
            }
        }
        self.connection.is_some()
    }

    /// Connects (starting the service if need be), with a reading thread
    /// that hands each reply to this thread's inbox.
    fn open(&mut self) -> Result<Connection, String> {
        let stream = ssip::connect().map_err(|unreachable| match unreachable {
            ssip::Unreachable::NoRuntimeFolder => crate::t!("speech-no-socket").to_owned(),
            ssip::Unreachable::NotInstalled => crate::t!("speech-not-installed").to_owned(),
            ssip::Unreachable::NotAnswering(error) => crate::t!(
                "speech-not-answering",
                reason = crate::error::os_words(&error)
            ),
        })?;
        self.connection_number += 1;
        let number = self.connection_number;
        let inbox = self.replies.clone();
        let deliver = move |heard| {
            inbox
                .upgrade()
                .is_some_and(|inbox| inbox.send(Command::Heard(number, heard)).is_ok())
        };
        Connection::start(stream, deliver).map_err(|error| {
            crate::t!(
                "speech-not-answering",
                reason = crate::error::os_words(&error)
            )
        })
    }

    fn introduce(&mut self) -> Result<(), Error> {
        let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
        self.request(Request::ClientName {
            user: &user,
            application: "steady",
        })?;
        self.request(Request::AllEvents)?;
        self.apply_voice()
    }

    fn apply_voice(&mut self) -> Result<(), Error> {
        let voice = self.voice.clone();
        self.request(Request::Rate(voice.rate))?;
        self.request(Request::Volume(voice.volume))?;
        self.request(Request::Language(voice.language))?;
        Ok(())
    }

    /// A failed exchange ends the connection for this session: said once,
    /// and the cues go on alone.
    fn check(&mut self, result: Result<(), Error>) {
        if let Err(error) = result {
            self.fail(error);
        }
    }

    fn fail(&mut self, error: Error) {
        self.connection = None;
        self.awaiting_end = false;
        self.heard = None;
        self.duck(false);
        self.failed_in = self.follower.as_ref().map(|f| f.anchor().timeline.clone());
        let reason = match error {
            Error::Io(error) => crate::error::os_words(&error),
            other => other.to_string(),
        };
        self.report(SpeechStatus::Unavailable(crate::t!(
            "speech-failed",
            reason = reason
        )));
    }

    /// Sends one request and waits for its answer. Events that come first
    /// are taken as they come; commands wait until the exchange is over.
    fn request(&mut self, request: Request<'_>) -> Result<Reply, Error> {
        let connection = self.connection.as_ref().ok_or(Error::Closed)?;
        connection.send(request)?;
        let deadline = Instant::now() + ANSWER_WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.inbox.recv_timeout(left) {
                Ok(Command::Heard(number, heard)) if self.is_current(number) => match heard? {
                    Incoming::Answer(reply) => return reply.accepted(),
                    Incoming::Event(event) => self.on_event(event),
                },
                // What a closed connection still delivered.
                Ok(Command::Heard(..)) => {}
                Ok(command) => self.postponed.push_back(command),
                Err(RecvTimeoutError::Timeout) => {
                    return Err(Error::Io(std::io::ErrorKind::TimedOut.into()))
                }
                // The window is gone: nobody waits for the answer either.
                Err(RecvTimeoutError::Disconnected) => return Err(Error::Closed),
            }
        }
    }

    /// The cues duck while words are heard.
    fn on_event(&mut self, event: Event) {
        match event.kind {
            EventKind::Begin => {
                if self.awaiting_end {
                    self.heard = Some(event.message);
                    self.duck(true);
                }
            }
            EventKind::End | EventKind::Canceled => {
                // The end of an earlier message (cancelled for this one)
                // may come after this one began.
                if self.heard.as_deref() == Some(event.message.as_str()) {
                    self.heard = None;
                    self.awaiting_end = false;
                    self.sent_at = None;
                    self.duck(false);
                }
            }
            EventKind::IndexMark | EventKind::Paused | EventKind::Resumed => {}
        }
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
