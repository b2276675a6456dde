//! The one long-lived audio owner: a thread that opens the output once, keeps
//! the current exercise's cues decoded, and plays them on command. The UI only
//! sends commands; it never waits on audio.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, OnceLock};

use std::time::Instant;

use super::cues::{self, Clip};
use super::plan;
use super::quiet::without_stderr;
use super::voice::{Controls, Voice};
use crate::error::Error;
use crate::exercise::Exercise;
use crate::session::Session;

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
    /// Play this session's cues at its boundaries, timed on this thread.
    Follow {
        session: Box<Session>,
        count_ticks: bool,
    },
    Unfollow,
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
        f.debug_struct("Audio")
            .field("status", &self.status.get())
            .finish()
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
            let _ = status.set(DeviceStatus::NoDevice(format!(
                "{NO_DEVICE_NOTE} ({error})"
            )));
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

    /// Plays `session`'s cues from now on, each at its boundary. The owner keeps
    /// its own copy of the session and sleeps exactly until the next boundary,
    /// so cues are on time whatever the window's redraw rate. Send it again
    /// after a resume or a jump; `unfollow` on pause and stop.
    pub fn follow(&self, session: Session, count_ticks: bool) {
        let _ = self.commands.send(Command::Follow {
            session: Box::new(session),
            count_ticks,
        });
    }

    /// Stops playing cues on schedule (sounds already playing go on).
    pub fn unfollow(&self) {
        let _ = self.commands.send(Command::Unfollow);
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
    rodio::DeviceSinkBuilder::from_default_device().and_then(|builder| {
        builder
            // A cue can only start at the next buffer: small buffers keep cues
            // within a few ms of their boundary. A device that refuses this
            // size gets its own default through the fallback.
            .with_buffer_size(rodio::cpal::BufferSize::Fixed(OUTPUT_BUFFER_FRAMES))
            .with_error_callback(ignore_stream_error as fn(rodio::cpal::Error))
            .open_sink_or_fallback()
    })
}

/// About 21 ms at 48 kHz: cues land within that of their boundary, and the
/// always-open stream costs under 1% of a core while nothing plays.
const OUTPUT_BUFFER_FRAMES: u32 = 1024;

fn ignore_stream_error(_: rodio::cpal::Error) {}

fn run(
    inbox: Receiver<Command>,
    status: Arc<OnceLock<DeviceStatus>>,
    known: async_channel::Sender<()>,
    gain: f32,
) {
    // alsa-lib prints a screenful while probing for devices that are not there.
    let opened = without_stderr(open_output);
    let sink = match opened {
        Ok(mut sink) => {
            sink.log_on_drop(false);
            let _ = status.set(DeviceStatus::Ready);
            Some(sink)
        }
        Err(error) => {
            let _ = status.set(DeviceStatus::NoDevice(format!(
                "{NO_DEVICE_NOTE} ({error})"
            )));
            None
        }
    };
    known.close();

    let mut player = Player {
        sink,
        controls: Controls::new(gain),
        clips: HashMap::new(),
    };
    let mut following: Option<(Session, bool)> = None;
    loop {
        let wake = following
            .as_ref()
            .and_then(|(session, count)| plan::next_wake(session, Instant::now(), *count));
        let command = match wake {
            Some(wait) if wait.is_zero() => Err(RecvTimeoutError::Timeout),
            Some(wait) => inbox.recv_timeout(wait),
            None => inbox.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match command {
            Ok(command) => player.handle(command, &mut following),
            Err(RecvTimeoutError::Timeout) => {
                if let Some((session, count)) = following.as_mut() {
                    let crossed = session.take_crossed(Instant::now());
                    if let Some(cue) = plan::cue_to_play(session.timeline(), &crossed, *count) {
                        player.play(cue);
                    }
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The owner's state: the output, the master controls, the decoded cues.
struct Player {
    sink: Option<rodio::MixerDeviceSink>,
    controls: Arc<Controls>,
    clips: HashMap<String, Clip>,
}

impl Player {
    fn handle(&mut self, command: Command, following: &mut Option<(Session, bool)>) {
        match command {
            Command::Prepare {
                exercise,
                sounds_dir,
                done,
            } => {
                let (loaded, problems) = cues::load_all(&exercise, &sounds_dir);
                self.clips = loaded.into_iter().collect();
                let _ = done.try_send(problems);
            }
            Command::Play(name) => self.play(&name),
            Command::Follow {
                session,
                count_ticks,
            } => *following = Some((*session, count_ticks)),
            Command::Unfollow => *following = None,
            Command::PlayTest(sounds_dir) => {
                if let Ok(clip) = cues::load_builtin(cues::TEST_SOUND, &sounds_dir) {
                    self.play_clip(&clip);
                }
            }
            Command::StopAll => self.controls.stop_all(),
            Command::SetGain(gain) => self.controls.set_gain(gain),
        }
    }

    fn play(&self, name: &str) {
        if let Some(clip) = self.clips.get(name) {
            self.play_clip(clip);
        }
    }

    fn play_clip(&self, clip: &Clip) {
        if let Some(sink) = &self.sink {
            if self.controls.gain() > 0.0 {
                sink.mixer()
                    .add(Voice::new(clip.clone(), self.controls.clone()));
            }
        }
    }
}
