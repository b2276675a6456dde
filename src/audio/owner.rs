//! The one long-lived audio owner: a thread that opens the output once, keeps
//! the current exercise's cues decoded, and plays them on command. The UI only
//! sends commands; it never waits on audio.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, OnceLock};

use super::cues::{self, Clip};
use super::quiet::without_stderr;
use super::voice::{Controls, Voice};
use crate::error::Error;
use crate::exercise::Exercise;

/// Whether sound can be heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceStatus {
    Ready,
    /// No output could be opened; cues are silent. The text is for the person.
    NoDevice(String),
}

pub const NO_DEVICE_NOTE: &str = "No audio output found — cues are off.";

enum Command {
    Prepare {
        exercise: Arc<Exercise>,
        sounds_dir: PathBuf,
        done: async_channel::Sender<Vec<Error>>,
    },
    Play(String),
    PlayTest(PathBuf),
    StopAll,
    SetGain(f32),
}

/// A cheap handle to the audio owner; clone it freely.
#[derive(Clone)]
pub struct Audio {
    commands: Sender<Command>,
    status: Arc<OnceLock<DeviceStatus>>,
    /// Closed (never sent on) once `status` is set, waking every waiter.
    status_known: async_channel::Receiver<()>,
}

impl std::fmt::Debug for Audio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Audio").field("status", &self.status.get()).finish()
    }
}

impl Audio {
    /// Starts the owner thread; returns at once. `gain` is the master volume (0 = muted).
    pub fn spawn(gain: f32) -> Audio {
        let (commands, inbox) = mpsc::channel();
        let status = Arc::new(OnceLock::new());
        let (known, status_known) = async_channel::bounded(1);
        let shared = status.clone();
        let started = std::thread::Builder::new()
            .name("steady-audio".into())
            .spawn(move || run(inbox, shared, known, gain));
        if let Err(error) = started {
            let _ = status.set(DeviceStatus::NoDevice(format!("{NO_DEVICE_NOTE} ({error})")));
        }
        Audio {
            commands,
            status,
            status_known,
        }
    }

    /// The device status, once the owner has tried the output.
    pub async fn status(&self) -> DeviceStatus {
        if self.status.get().is_none() {
            let _ = self.status_known.recv().await;
        }
        self.current_status()
    }

    /// The same, blocking: for the command line and tests.
    pub fn status_blocking(&self) -> DeviceStatus {
        if self.status.get().is_none() {
            let _ = self.status_known.recv_blocking();
        }
        self.current_status()
    }

    fn current_status(&self) -> DeviceStatus {
        self.status
            .get()
            .cloned()
            .unwrap_or_else(|| DeviceStatus::NoDevice(NO_DEVICE_NOTE.to_owned()))
    }

    /// Decodes every cue of `exercise` on the owner thread. Cues played after
    /// this call wait for it, so the first cue is never missed. The future
    /// yields the cues that could not be loaded (the others still play).
    pub fn prepare(
        &self,
        exercise: Arc<Exercise>,
        sounds_dir: PathBuf,
    ) -> impl std::future::Future<Output = Vec<Error>> + Send + 'static {
        let (done, result) = async_channel::bounded(1);
        let sent = self.commands.send(Command::Prepare {
            exercise,
            sounds_dir,
            done,
        });
        async move {
            if sent.is_err() {
                return vec![Error::Audio("the audio thread has stopped".into())];
            }
            result.recv().await.unwrap_or_default()
        }
    }

    pub fn play(&self, cue: &str) {
        let _ = self.commands.send(Command::Play(cue.to_owned()));
    }

    pub fn play_test_sound(&self, sounds_dir: PathBuf) {
        let _ = self.commands.send(Command::PlayTest(sounds_dir));
    }

    /// Silences every cue that is playing (pause, stop, jump).
    pub fn stop_all(&self) {
        let _ = self.commands.send(Command::StopAll);
    }

    /// Master volume, 0.0 to 1.0; muting is a gain of 0.
    pub fn set_gain(&self, gain: f32) {
        let _ = self.commands.send(Command::SetGain(gain));
    }
}

/// The default output, with stream errors kept off the terminal: a flaky
/// device is not something the person can act on mid-exercise.
fn open_output() -> Result<rodio::MixerDeviceSink, rodio::DeviceSinkError> {
    rodio::DeviceSinkBuilder::from_default_device()
        .and_then(|builder| {
            builder
                .with_error_callback(ignore_stream_error as fn(rodio::cpal::Error))
                .open_sink_or_fallback()
        })
}

fn ignore_stream_error(_: rodio::cpal::Error) {}

fn run(inbox: Receiver<Command>, status: Arc<OnceLock<DeviceStatus>>, known: async_channel::Sender<()>, gain: f32) {
    // alsa-lib prints a screenful while probing for devices that are not there.
    let opened = without_stderr(open_output);
    let sink = match opened {
        Ok(mut sink) => {
            sink.log_on_drop(false);
            let _ = status.set(DeviceStatus::Ready);
            Some(sink)
        }
        Err(error) => {
            let _ = status.set(DeviceStatus::NoDevice(format!("{NO_DEVICE_NOTE} ({error})")));
            None
        }
    };
    known.close();

    let controls = Controls::new(gain);
    let mut clips: HashMap<String, Clip> = HashMap::new();
    let play = |clip: &Clip| {
        if let Some(sink) = &sink {
            if controls.gain() > 0.0 {
                sink.mixer().add(Voice::new(clip.clone(), controls.clone()));
            }
        }
    };
    for command in inbox {
        match command {
            Command::Prepare {
                exercise,
                sounds_dir,
                done,
            } => {
                let (loaded, problems) = cues::load_all(&exercise, &sounds_dir);
                clips = loaded.into_iter().collect();
                let _ = done.try_send(problems);
            }
            Command::Play(name) => {
                if let Some(clip) = clips.get(&name) {
                    play(clip);
                }
            }
            Command::PlayTest(sounds_dir) => {
                if let Ok(clip) = cues::load_builtin(cues::TEST_SOUND, &sounds_dir) {
                    play(&clip);
                }
            }
            Command::StopAll => controls.stop_all(),
            Command::SetGain(gain) => controls.set_gain(gain),
        }
    }
}
