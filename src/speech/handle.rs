//! The window's side of reading aloud: a cheap [`Speech`] handle that
//! sends commands to the speech owner's thread ([`super::owner`]) and hears
//! back whether words can be heard. Sending never waits.

use std::sync::mpsc::{self, Sender};
use std::sync::Arc;

use super::owner::Owner;
use super::ssip::{Error, Incoming};
use super::Choice;
use crate::audio::Audio;
use crate::session::Anchor;

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

pub(super) enum Command {
    Follow(Anchor, Choice),
    Silence,
    Voice(Voice),
    /// From the reading thread of the connection with this number.
    Heard(u64, Result<Incoming, Error>),
}

/// A cheap handle to the speech owner. The thread ends when the last
/// handle is dropped: its inbox's only strong sender is shared by them.
#[derive(Clone)]
pub struct Speech {
    commands: Arc<Sender<Command>>,
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
        let commands = Arc::new(commands);
        let replies = Arc::downgrade(&commands);
        let (status_out, status) = async_channel::unbounded();
        let spawned = std::thread::Builder::new()
            .name("steady-speech".into())
            .spawn(move || Owner::new(voice, audio, status_out, inbox, replies).run());
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
