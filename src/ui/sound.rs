//! The window's side of sound: the audio owner's handle (absent in tests) and
//! what the person should be told about sound.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use crate::audio::{Audio, DeviceStatus, NO_DEVICE_NOTE};
use crate::error::Error;
use crate::exercise::Exercise;
use crate::session::Session;

#[derive(Debug, Default)]
pub struct Sound {
    audio: Option<Audio>,
    /// Set when no output could be opened: shown, never an error dialog.
    no_device: bool,
    /// Cues of the running exercise that could not be loaded.
    cue_problems: Vec<String>,
}

impl Sound {
    pub fn new(audio: Option<Audio>) -> Sound {
        Sound {
            audio,
            ..Sound::default()
        }
    }

    /// Learns whether an output was found, without blocking the window.
    pub fn status<M: Send + 'static>(&self, to_message: fn(DeviceStatus) -> M) -> Task<M> {
        match self.audio.clone() {
            Some(audio) => Task::perform(async move { audio.status().await }, to_message),
            None => Task::none(),
        }
    }

    pub fn set_status(&mut self, status: &DeviceStatus) {
        self.no_device = matches!(status, DeviceStatus::NoDevice(_));
    }

    /// Decodes the exercise's cues on the audio thread. It handles commands in
    /// order, so the opening cue waits for its sound and is never lost.
    pub fn prepare<M: Send + 'static>(
        &mut self,
        exercise: Arc<Exercise>,
        sounds_dir: PathBuf,
        to_message: fn(Vec<Error>) -> M,
    ) -> Task<M> {
        self.cue_problems.clear();
        match &self.audio {
            Some(audio) => Task::perform(audio.prepare(exercise, sounds_dir), to_message),
            None => Task::none(),
        }
    }

    pub fn set_cue_problems(&mut self, problems: &[Error]) {
        self.cue_problems = problems.iter().map(Error::to_string).collect();
    }

    /// Cues follow this session from now on. A jump cuts the old step's cue
    /// short; the new step announces itself.
    pub fn follow(&self, session: Session, count_ticks: bool) {
        if let Some(audio) = &self.audio {
            audio.stop_all();
            audio.follow(session, count_ticks);
        }
    }

    /// Paused or stopped: no more cues, and silence now.
    pub fn hush(&self) {
        if let Some(audio) = &self.audio {
            audio.unfollow();
            audio.stop_all();
        }
    }

    pub fn set_gain(&self, gain: f32) {
        if let Some(audio) = &self.audio {
            audio.set_gain(gain);
        }
    }

    pub fn play_test(&self, sounds_dir: PathBuf) {
        if let Some(audio) = &self.audio {
            audio.play_test_sound(sounds_dir);
        }
    }

    /// One line for the person, if sound needs explaining.
    pub fn note(&self) -> Option<&str> {
        if self.no_device {
            Some(NO_DEVICE_NOTE)
        } else {
            self.cue_problems.first().map(String::as_str)
        }
    }

    /// The note for places that only mention the device.
    pub fn device_note(&self) -> Option<&str> {
        self.no_device.then_some(NO_DEVICE_NOTE)
    }
}
