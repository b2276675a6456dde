//! The window's side of sound. The app says what it wants to hear now
//! ([`Wanted`]: follow this anchor or be silent, at this gain), computed from
//! its state in one place; [`Sound::sync`] compares it with what was last
//! sent and sends only the difference. Pause, skip, restart, mute and finish
//! therefore only change state: none of them can forget the audio side.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use crate::audio::ready::{Bound, Readiness, Verdict, CUES_WAIT, DEVICE_WAIT};
use crate::audio::{cues, Audio, DeviceStatus};
use crate::error::Error;
use crate::session::Anchor;
use crate::speech::{Choice, Speech, SpeechStatus, Voice};
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
    /// What is read aloud while cues follow a session.
    pub words: Choice,
    pub voice: Voice,
}

/// One change sent to the audio owner (kept for tests to read).
#[derive(Debug, Clone, PartialEq)]
pub enum Sent {
    Cues(Cues),
    Gain(f32),
    TestSound,
    /// One of the person's recordings, played in the editor.
    Listen(String),
    /// Words follow this session's anchor (`Some`) or are silent.
    Words(Option<Choice>),
    Voice(Voice),
}

#[derive(Debug, Default)]
pub struct Sound {
    audio: Option<Audio>,
    speech: Option<Speech>,
    /// Why words cannot be read aloud, while that is so.
    speech_problem: Option<String>,
    last: Option<Wanted>,
    /// The latest changes sent, newest last (a short memory, for tests).
    sent: Vec<Sent>,
    status: Option<DeviceStatus>,
    /// Cues of the running exercise that could not be loaded.
    cue_problems: Vec<String>,
    /// The newest exercise's sound getting ready, and its number: news of
    /// an earlier one is ignored.
    readiness: Readiness,
    preparation: u64,
}

/// News of an exercise's sound getting ready, for [`Sound::readying`].
#[derive(Debug, Clone)]
pub struct Readying {
    preparation: u64,
    news: News,
}

#[derive(Debug, Clone)]
enum News {
    Answer(DeviceStatus),
    Cues(Vec<Error>),
    Waited(Bound),
}

const REMEMBERED: usize = 64;

impl Sound {
    pub fn new(audio: Option<Audio>) -> Sound {
        Sound {
            audio,
            ..Sound::default()
        }
    }

    /// With the speech owner that reads the steps aloud.
    pub fn with_speech(mut self, speech: Speech) -> Sound {
        self.speech = Some(speech);
        self
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
        let words = match &wanted.cues {
            Cues::Follow { anchor, .. } if wanted.words.any() => Some((anchor, wanted.words)),
            _ => None,
        };
        let last_words = last.as_ref().and_then(|last| match &last.cues {
            Cues::Follow { anchor, .. } if last.words.any() => Some((anchor, last.words)),
            _ => None,
        });
        if words != last_words {
            if let Some(speech) = &self.speech {
                match words {
                    Some((anchor, choice)) => speech.follow(anchor.clone(), choice),
                    None => speech.silence(),
                }
            }
            self.remember(Sent::Words(words.map(|(_, choice)| choice)));
        }
        if last.as_ref().map(|last| &last.voice) != Some(&wanted.voice) {
            if let Some(speech) = &self.speech {
                speech.set_voice(wanted.voice.clone());
            }
            self.remember(Sent::Voice(wanted.voice.clone()));
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

    /// Every change of whether words can be read aloud, as messages.
    pub fn speech_changes<M: Send + 'static>(&self, to_message: fn(SpeechStatus) -> M) -> Task<M> {
        match &self.speech {
            Some(speech) => Task::run(speech.status_changes(), to_message),
            None => Task::none(),
        }
    }

    pub fn set_speech_status(&mut self, status: SpeechStatus) {
        self.speech_problem = match status {
            SpeechStatus::Ready => None,
            SpeechStatus::Unavailable(reason) => Some(reason),
        };
    }

    /// Opens the output and decodes the cues; the exercise waits for this
    /// (see [`crate::audio::ready`]), told through [`Sound::readying`].
    pub fn prepare<M: Send + 'static>(
        &mut self,
        timeline: Arc<Timeline>,
        sounds_dir: PathBuf,
        to_message: fn(Readying) -> M,
    ) -> Task<M> {
        self.cue_problems.clear();
        self.readiness = Readiness::new();
        self.preparation += 1;
        let Some(audio) = &self.audio else {
            return Task::none();
        };
        let preparation = self.preparation;
        let news = move |news| to_message(Readying { preparation, news });
        let preparing = audio.prepare(timeline, sounds_dir);
        let after = |wait, bound| {
            Task::perform(smol::Timer::after(wait), move |_| News::Waited(bound)).map(news)
        };
        Task::batch([
            Task::perform(preparing.answer, News::Answer).map(news),
            Task::perform(preparing.cues, News::Cues).map(news),
            after(DEVICE_WAIT, Bound::Device),
            after(CUES_WAIT, Bound::Cues),
        ])
    }

    /// Takes news of the sound getting ready: whether the clock may start.
    pub fn readying(&mut self, readying: Readying) -> Verdict {
        if readying.preparation != self.preparation {
            return Verdict::Done;
        }
        match readying.news {
            News::Answer(status) => {
                // Even after the exercise started without it: the note heals.
                self.status = Some(status);
                self.readiness.answered()
            }
            News::Cues(problems) => {
                self.cue_problems = problems.iter().map(Error::to_string).collect();
                self.readiness.decoded()
            }
            News::Waited(bound) => {
                let verdict = self.readiness.waited(bound);
                if verdict == Verdict::BeginSilent {
                    self.status = Some(DeviceStatus::Unavailable(
                        crate::t!("sound-no-answer").into(),
                    ));
                }
                verdict
            }
        }
    }

    /// Whether there is a sound system at all (the app's own tests run
    /// without one): the editor then looks for a microphone.
    pub fn has_audio(&self) -> bool {
        self.audio.is_some()
    }

    /// Plays one of the person's recordings (the editor's Play): resolves
    /// once it sounds, or with why not.
    pub fn listen(
        &mut self,
        name: String,
        sounds_dir: PathBuf,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), Error>> + Send>> {
        self.remember(Sent::Listen(name.clone()));
        match &self.audio {
            Some(audio) => audio.listen(name, sounds_dir),
            None => Box::pin(async { Err(Error::Audio(crate::t!("sound-none-short").into())) }),
        }
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
            self.speech_problem.clone()
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
        lines.extend(self.speech_problem.iter().cloned());
        (!lines.is_empty()).then(|| lines.join("\n"))
    }
}
