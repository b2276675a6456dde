//! The window's side of sound. The app says what it wants to hear now
//! ([`Wanted`]: follow this anchor or be silent, at this gain), computed from
//! its state in one place; [`Sound::sync`] compares it with what was last
//! sent and sends only the difference. Pause, skip, restart, mute and finish
//! therefore only change state: none of them can forget the audio side.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use crate::audio::{cues, Audio, DeviceStatus, Prepared};
use crate::error::Error;
use crate::session::Anchor;
use crate::timeline::Timeline;

/// What should be heard.
#[derive(Debug, Clone, PartialEq)]
pub enum Cues {
    /// Nothing follows; what sounds fades out at once (pause, stop).
    Silent,
    /// Nothing follows; what sounds rings out (after the end bell).
    RingOut,
    /// Cues follow this session.
    Follow { anchor: Anchor, count_ticks: bool },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Wanted {
    pub cues: Cues,
    pub gain: f32,
}

/// One change sent to the audio owner (kept for tests to read).
#[derive(Debug, Clone, PartialEq)]
pub enum Sent {
    Cues(Cues),
    Gain(f32),
    TestSound,
}

#[derive(Debug, Default)]
pub struct Sound {
    audio: Option<Audio>,
    last: Option<Wanted>,
    /// The latest changes sent, newest last (a short memory, for tests).
    sent: Vec<Sent>,
    status: Option<DeviceStatus>,
    /// Cues of the running exercise that could not be loaded.
    cue_problems: Vec<String>,
}

const REMEMBERED: usize = 64;

impl Sound {
    pub fn new(audio: Option<Audio>) -> Sound {
        Sound {
            audio,
            ..Sound::default()
        }
    }

    /// Whether a real output stands behind this (false in simulator tests).
    pub fn is_real(&self) -> bool {
        self.audio.is_some()
    }

    /// Sends what changed since the last call: the one place sound is told
    /// what to do.
    pub fn sync(&mut self, wanted: Wanted) {
        let last = self.last.take();
        if last.as_ref().map(|last| &last.cues) != Some(&wanted.cues) {
            if let Some(audio) = &self.audio {
                match &wanted.cues {
                    Cues::Silent => audio.silence(),
                    Cues::RingOut => audio.release(),
                    Cues::Follow {
                        anchor,
                        count_ticks,
                    } => audio.follow(anchor.clone(), *count_ticks),
                }
            }
            self.remember(Sent::Cues(wanted.cues.clone()));
        }
        if last.as_ref().map(|last| last.gain) != Some(wanted.gain) {
            if let Some(audio) = &self.audio {
                audio.set_gain(wanted.gain);
            }
            self.remember(Sent::Gain(wanted.gain));
        }
        self.last = Some(wanted);
    }

    fn remember(&mut self, sent: Sent) {
        if self.sent.len() == REMEMBERED {
            self.sent.remove(0);
        }
        self.sent.push(sent);
    }

    /// The changes sent so far (the last few dozen).
    pub fn sent(&self) -> &[Sent] {
        &self.sent
    }

    /// Every change of the output's status, as messages, for as long as the
    /// app runs.
    pub fn status_changes<M: Send + 'static>(&self, to_message: fn(DeviceStatus) -> M) -> Task<M> {
        match &self.audio {
            Some(audio) => Task::run(audio.status_changes(), to_message),
            None => Task::none(),
        }
    }

    pub fn set_status(&mut self, status: DeviceStatus) {
        self.status = Some(status);
    }

    /// Opens the output and decodes the cues; the exercise waits for this.
    pub fn prepare<M: Send + 'static>(
        &mut self,
        timeline: Arc<Timeline>,
        sounds_dir: PathBuf,
        to_message: fn(Prepared) -> M,
    ) -> Task<M> {
        self.cue_problems.clear();
        match &self.audio {
            Some(audio) => Task::perform(audio.prepare(timeline, sounds_dir), to_message),
            None => Task::none(),
        }
    }

    pub fn prepared(&mut self, prepared: Prepared) {
        self.cue_problems = prepared.problems.iter().map(Error::to_string).collect();
        self.status = Some(prepared.status);
    }

    pub fn play_test(&mut self) {
        if let (Some(audio), Some(clip)) = (&self.audio, cues::builtin_clip(cues::TEST_SOUND)) {
            audio.play(clip);
        }
        self.remember(Sent::TestSound);
    }

    /// A few words for the player's sound line, if sound needs explaining.
    pub fn short_note(&self) -> Option<String> {
        if matches!(self.status, Some(DeviceStatus::Unavailable(_))) {
            Some(crate::t!("sound-none-short").to_owned())
        } else if !self.cue_problems.is_empty() {
            Some(crate::t!("sound-cues-failed").to_owned())
        } else {
            None
        }
    }

    /// The note for home: what is wrong with sound and that it heals itself.
    pub fn device_note(&self) -> Option<String> {
        matches!(self.status, Some(DeviceStatus::Unavailable(_)))
            .then(|| crate::t!("sound-none-note").to_owned())
    }

    /// The full story for settings: the reason, and which cues failed.
    pub fn details(&self) -> Option<String> {
        let mut lines = Vec::new();
        if let Some(DeviceStatus::Unavailable(reason)) = &self.status {
            lines.push(crate::t!("sound-none-details", reason = reason.as_str()));
        }
        lines.extend(self.cue_problems.iter().cloned());
        (!lines.is_empty()).then(|| lines.join("\n"))
    }
}
