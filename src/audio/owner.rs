//! The one long-lived audio owner: a thread that owns the output, the clips
//! of the current exercise and the follower that decides which cue plays
//! when. The window only says what it wants; it never waits on audio.

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::cues::{self, Clip};
use super::follow::{Due, Follower};
use super::mix::Command as MixCommand;
use super::output::{DeviceStatus, Output};
use super::recorded;
use crate::error::Error;
use crate::session::Anchor;
use crate::timeline::Timeline;

enum Command {
    /// Open the output now: an exercise is about to start.
    Warm(async_channel::Sender<DeviceStatus>),
    Load(Loaded),
    /// Play the cues of this anchor's session from now on, each at its
    /// boundary. Whatever was sounding fades out.
    Follow {
        anchor: Anchor,
        count_ticks: bool,
    },
    /// Stop following and fade out everything.
    Silence,
    /// Stop following; what sounds may ring out.
    Release,
    Gain(f32),
    Duck(bool),
    Play(Clip),
    /// Fades out whatever sounds and plays this clip (a recording heard in
    /// the editor): pressing Play again starts it over, never on top.
    Audition(Clip),
    StreamError(String),
}

/// An exercise's sounds, decoded: its cues by name, and the person's
/// recordings by file name.
#[derive(Default)]
struct Loaded {
    cues: HashMap<String, Clip>,
    recordings: HashMap<String, Clip>,
}

/// A cheap handle to the audio owner; clone it freely.
#[derive(Clone)]
pub struct Audio {
    commands: Sender<Command>,
    status: async_channel::Receiver<DeviceStatus>,
}

impl std::fmt::Debug for Audio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Audio")
    }
}

/// An exercise's sound getting ready: the output's answer and the cues
/// that could not be loaded (the others play) arrive apart, so the window
/// can tell a silent sound system from a busy machine ([`super::ready`]).
pub struct Preparing {
    pub answer: Pin<Box<dyn Future<Output = DeviceStatus> + Send>>,
    pub cues: Pin<Box<dyn Future<Output = Vec<Error>> + Send>>,
}

impl Audio {
    /// Starts the owner thread; returns at once. `gain` is the master gain
    /// (0 = muted). Nothing is opened until sound is wanted.
    pub fn spawn(gain: f32) -> Audio {
        let (commands, inbox) = mpsc::channel();
        let (status_out, status) = async_channel::unbounded();
        let errors = commands.clone();
        let spawned = std::thread::Builder::new()
            .name("steady-audio".into())
            .spawn(move || Owner::new(gain, errors, status_out).run(&inbox));
        if let Err(error) = spawned {
            let (lost, status) = async_channel::unbounded();
            let _ = lost.try_send(DeviceStatus::Unavailable(error.to_string()));
            return Audio { commands, status };
        }
        Audio { commands, status }
    }

    /// Every change of the output's status, for as long as the owner runs.
    pub fn status_changes(&self) -> async_channel::Receiver<DeviceStatus> {
        self.status.clone()
    }

    /// Opens the output and decodes every cue and recording of `timeline` (on a worker
    /// thread, so neither the window nor the output waits on files). The
    /// clips reach the owner before the cues' future resolves, so anything
    /// sent after that finds them.
    pub fn prepare(&self, timeline: Arc<Timeline>, sounds_dir: PathBuf) -> Preparing {
        let (status_tx, status_rx) = async_channel::bounded(1);
        let _ = self.commands.send(Command::Warm(status_tx));
        let (problems_tx, problems_rx) = async_channel::bounded(1);
        let commands = self.commands.clone();
        let decoding = std::thread::Builder::new()
            .name("steady-cues".into())
            .spawn(move || {
                let (cues, mut problems) = cues::prepare(&timeline, &sounds_dir);
                let (recordings, unplayable) = recorded::prepare(&timeline, &sounds_dir);
                problems.extend(unplayable);
                let _ = commands.send(Command::Load(Loaded { cues, recordings }));
                let _ = problems_tx.try_send(problems);
            });
        let answer = async move {
            status_rx.recv().await.unwrap_or_else(|_| {
                DeviceStatus::Unavailable(crate::t!("sound-thread-stopped").into())
            })
        };
        let cues = async move {
            match decoding {
                Ok(_) => problems_rx.recv().await.unwrap_or_default(),
                Err(error) => vec![Error::Audio(error.to_string())],
            }
        };
        Preparing {
            answer: Box::pin(answer),
            cues: Box::pin(cues),
        }
    }

    pub fn follow(&self, anchor: Anchor, count_ticks: bool) {
        let _ = self.commands.send(Command::Follow {
            anchor,
            count_ticks,
        });
    }

    pub fn silence(&self) {
        let _ = self.commands.send(Command::Silence);
    }

    pub fn release(&self) {
        let _ = self.commands.send(Command::Release);
    }

    /// Master gain, 0.0 to 1.0, reached by a short ramp.
    pub fn set_gain(&self, gain: f32) {
        let _ = self.commands.send(Command::Gain(gain));
    }

    /// Words are being read aloud (true) or have ended: the cues duck to
    /// [`super::mix::DUCK_LEVEL`] and come back, by ramps.
    pub fn duck(&self, down: bool) {
        let _ = self.commands.send(Command::Duck(down));
    }

    /// Plays one clip now (the test sound).
    pub fn play(&self, clip: Clip) {
        let _ = self.commands.send(Command::Play(clip));
    }

    /// Decodes one of the person's recordings on a worker thread, then
    /// plays it in place of whatever sounds. Resolves once it starts, or
    /// with why it cannot.
    pub fn listen(
        &self,
        name: String,
        sounds_dir: PathBuf,
    ) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send>> {
        let (done, result) = async_channel::bounded(1);
        let commands = self.commands.clone();
        let decoding = std::thread::Builder::new()
            .name("steady-cues".into())
            .spawn(move || {
                let loaded =
                    recorded::load(&name, &sounds_dir, recorded::MAX_RECORDING).map(|clip| {
                        let _ = commands.send(Command::Audition(clip));
                    });
                let _ = done.try_send(loaded);
            });
        Box::pin(async move {
            match decoding {
                Ok(_) => result.recv().await.unwrap_or_else(|_| {
                    Err(Error::Audio(crate::t!("sound-thread-stopped").into()))
                }),
                Err(error) => Err(Error::Audio(error.to_string())),
            }
        })
    }
}

struct Owner {
    output: Output,
    clips: Loaded,
    follower: Option<Follower>,
    status: async_channel::Sender<DeviceStatus>,
    reported: Option<DeviceStatus>,
    /// After a stream error: when to look again, the error count and the
    /// samples played then, and why.
    error_check: Option<(Instant, u64, u64, String)>,
}

impl Owner {
    fn new(
        gain: f32,
        commands: Sender<Command>,
        status: async_channel::Sender<DeviceStatus>,
    ) -> Owner {
        let (errors, error_inbox) = mpsc::channel::<String>();
        // Stream errors arrive on the output's thread; forward them as commands.
        let _ = std::thread::Builder::new()
            .name("steady-audio-errors".into())
            .spawn(move || {
                for error in error_inbox {
                    if commands.send(Command::StreamError(error)).is_err() {
                        return;
                    }
                }
            });
        Owner {
            output: Output::new(gain, errors, Instant::now()),
            clips: Loaded::default(),
            follower: None,
            status,
            reported: None,
            error_check: None,
        }
    }

    fn run(mut self, inbox: &Receiver<Command>) {
        // Cues are sent from here the moment they fall due.
        super::priority::raise_this_thread();
        loop {
            let now = Instant::now();
            let command = match self.next_wake(now) {
                Some(wait) if wait.is_zero() => Err(RecvTimeoutError::Timeout),
                Some(wait) => inbox.recv_timeout(wait),
                None => inbox.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match command {
                Ok(command) => self.handle(command, Instant::now()),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            self.look(Instant::now());
        }
    }

    /// Whether the output should be open: cues are still to come or sounding.
    fn wants_output(&self) -> bool {
        self.follower
            .as_ref()
            .is_some_and(|follower| !follower.is_done())
            || self
                .output
                .mix()
                .is_some_and(super::mix::MixHandle::is_sounding)
    }

    fn next_wake(&self, now: Instant) -> Option<Duration> {
        let follower = self.follower.as_ref().and_then(|f| f.next_wake(now));
        let output = self.output.next_wake(now, self.wants_output());
        let check = self
            .error_check
            .as_ref()
            .map(|(at, _, _, _)| at.saturating_duration_since(now));
        [follower, output, check].into_iter().flatten().min()
    }

    fn handle(&mut self, command: Command, now: Instant) {
        match command {
            Command::Warm(reply) => {
                self.open(now);
                let status = self.reported.clone().unwrap_or(DeviceStatus::Ready);
                let _ = reply.try_send(status);
            }
            Command::Load(clips) => self.clips = clips,
            Command::Follow {
                anchor,
                count_ticks,
            } => {
                self.fade_all();
                self.follower = Some(Follower::new(anchor, count_ticks, now));
                self.open(now);
            }
            Command::Silence => {
                self.fade_all();
                self.follower = None;
            }
            Command::Release => self.follower = None,
            Command::Gain(gain) => self.output.set_gain(gain),
            Command::Duck(down) => self.output.set_duck(down),
            Command::Play(clip) => {
                self.open(now);
                self.start(clip, None, 1.0, now, Duration::ZERO);
            }
            Command::Audition(clip) => {
                self.fade_all();
                self.open(now);
                self.start(clip, None, 1.0, now, Duration::ZERO);
            }
            Command::StreamError(reason) => {
                if self.error_check.is_none() {
                    let count = self.output.error_count();
                    let rendered = self.output.rendered();
                    self.error_check =
                        Some((now + super::output::ERROR_CHECK, count, rendered, reason));
                }
            }
        }
    }

    fn open(&mut self, now: Instant) {
        let was_open = self.output.is_open();
        let status = self.output.ensure_open(now);
        if !was_open && self.output.is_open() {
            // Back after a loss: what fell due meanwhile stays unheard;
            // cues resume at the next boundary.
            if let Some(follower) = &mut self.follower {
                follower.skip_to(now);
            }
        }
        self.report(status);
    }

    /// Plays what is due, keeps the output open, healthy or closed as needed.
    fn look(&mut self, now: Instant) {
        if let Some((at, count, rendered, reason)) = self.error_check.take() {
            if at > now {
                self.error_check = Some((at, count, rendered, reason));
            } else if self.output.errors_continue(count, rendered) {
                // Dropping the stream here (not on its own thread) stops it.
                let status = self.output.lost(reason, now);
                self.report(status);
            }
        }
        if self.wants_output() {
            self.open(now);
            let status = self.output.watch(now);
            self.report(status);
        }
        let mut due = Vec::new();
        if let Some(follower) = &mut self.follower {
            while let Some(next) = follower.due(now) {
                due.push(next);
            }
        }
        for next in due {
            self.play(next, now);
        }
        if !self.wants_output() {
            self.output.idle(now);
        }
    }

    fn play(&mut self, due: Due, now: Instant) {
        let timeline = self
            .follower
            .as_ref()
            .map(|follower| follower.anchor().timeline.clone());
        let steps = timeline
            .as_ref()
            .map_or(0, |timeline| timeline.segments().len());
        let (clip, step, level, from) = match &due {
            Due::Step { cue, index } => {
                let level = timeline
                    .as_ref()
                    .and_then(|timeline| timeline.segments().get(*index))
                    .map_or(1.0, |segment| segment.level);
                (
                    self.clips.cues.get(cue),
                    Some(*index),
                    level,
                    Duration::ZERO,
                )
            }
            // The person's own voice plays at its own (matched) level: the
            // exercise's cue volume is for cues.
            Due::Recording { index, name, from } => {
                (self.clips.recordings.get(name), Some(*index), 1.0, *from)
            }
            Due::End { cue } => (
                self.clips.cues.get(cue),
                Some(steps),
                timeline.map_or(1.0, |t| t.end_level()),
                Duration::ZERO,
            ),
            Due::Count => (self.clips.cues.get(cues::COUNT), None, 1.0, Duration::ZERO),
            Due::CountIn => (
                self.clips.cues.get(cues::COUNT_IN),
                None,
                1.0,
                Duration::ZERO,
            ),
        };
        if let Some(clip) = clip.cloned() {
            self.start(clip, step, level, now, from);
        }
    }

    fn start(&mut self, clip: Clip, step: Option<usize>, level: f32, now: Instant, from: Duration) {
        self.output.touch(now);
        if let Some(mix) = self.output.mix() {
            mix.send(MixCommand::Start {
                clip,
                level,
                step,
                from: (from.as_secs_f64() * f64::from(super::mix::RATE)) as usize,
            });
        }
    }

    fn fade_all(&self) {
        if let Some(mix) = self.output.mix() {
            mix.send(MixCommand::FadeAll);
        }
    }

    fn report(&mut self, status: Option<DeviceStatus>) {
        if let Some(status) = status {
            if self.reported.as_ref() != Some(&status) {
                self.reported = Some(status.clone());
                let _ = self.status.try_send(status);
            }
        }
    }
}
