//! The sound output's life: opened when sound is wanted, closed after a
//! quiet minute (so an idle Steady costs nothing and the sound card can
//! sleep), reopened with growing pauses when it fails or the sound server
//! goes away, never by spinning.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::mix::{Mix, MixHandle, RATE};
use super::quiet::quiet_alsa_on_this_thread;

/// Closed after this long with nothing to play.
pub const IDLE_CLOSE: Duration = Duration::from_secs(60);
/// The first retry after a failure; each next one waits twice as long.
const FIRST_RETRY: Duration = Duration::from_millis(500);
const LONGEST_RETRY: Duration = Duration::from_secs(8);
/// An open output whose samples stop being pulled for this long has died.
pub const STALL: Duration = Duration::from_millis(1500);
/// More stream errors than this within [`ERROR_CHECK`] of the first one
/// means the output is gone.
const ERROR_FLOOD: u64 = 100;
/// How long after a first stream error the owner looks again.
pub const ERROR_CHECK: Duration = Duration::from_millis(250);
/// About 21 ms at 48 kHz: a cue can only start at the next buffer, so small
/// buffers keep cues within a few ms of their boundary.
const OUTPUT_BUFFER_FRAMES: u32 = 1024;

/// Whether sound can be heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceStatus {
    /// The output works (or worked last time it was opened).
    Ready,
    /// No output could be opened, or it was lost; cues are silent until it
    /// comes back. The text says why, for the person.
    Unavailable(String),
}

/// The sound server's socket, if one is found and takes a stream there;
/// `None` sends the output through ALSA.
fn connect_to_server() -> Option<super::pulse::Connected> {
    let var = |name: &str| std::env::var_os(name);
    let socket = super::pulse::server_socket(var)?;
    let names = super::pulse::Names {
        application: crate::app_id::NAME.into(),
        id: crate::app_id::APP_ID.into(),
        icon: crate::app_id::ICON.into(),
        stream: crate::t!("sound-stream-name").into(),
    };
    super::pulse::connect(&socket, &super::pulse::cookie_paths(var), &names).ok()
}

/// Where the mix is played: straight to the sound server, or through ALSA.
enum Route {
    Server(super::pulse::Stream),
    Alsa { _sink: rodio::MixerDeviceSink },
}

struct Open {
    /// The stream plays while this lives; dropping it stops the stream's thread.
    route: Route,
    mix: MixHandle,
    /// Samples rendered at the last watchdog look, and when that was.
    last_rendered: u64,
    last_progress: Instant,
    /// Stream errors reported so far.
    errors: Arc<AtomicU64>,
}

enum State {
    Closed,
    Open(Open),
    Failed { retry_at: Instant, wait: Duration },
}

pub struct Output {
    state: State,
    gain: f32,
    /// Words are being read aloud: the cues are ducked.
    ducked: bool,
    /// Where the output's own thread reports a stream error.
    errors: Sender<String>,
    last_sound: Instant,
}

impl Output {
    pub fn new(gain: f32, errors: Sender<String>, now: Instant) -> Output {
        Output {
            state: State::Closed,
            gain,
            ducked: false,
            errors,
            last_sound: now,
        }
    }

    pub fn mix(&self) -> Option<&MixHandle> {
        match &self.state {
            State::Open(open) => Some(&open.mix),
            _ => None,
        }
    }

    pub fn set_gain(&mut self, gain: f32) {
        self.gain = gain;
        if let Some(mix) = self.mix() {
            mix.send(super::mix::Command::Gain(gain));
        }
    }

    pub fn set_duck(&mut self, down: bool) {
        self.ducked = down;
        if let Some(mix) = self.mix() {
            mix.send(super::mix::Command::Duck(down));
        }
    }

    /// Something was just played or is about to be: keeps the output open.
    pub fn touch(&mut self, now: Instant) {
        self.last_sound = now;
    }

    pub fn is_open(&self) -> bool {
        matches!(self.state, State::Open(_))
    }

    /// Opens the output if it is closed, or if a failed one is due a retry.
    /// Returns the status when an attempt was made.
    pub fn ensure_open(&mut self, now: Instant) -> Option<DeviceStatus> {
        let wait = match &self.state {
            State::Open(_) => return None,
            State::Failed { retry_at, .. } if *retry_at > now => return None,
            State::Failed { wait, .. } => *wait,
            State::Closed => Duration::ZERO,
        };
        self.last_sound = now;
        match self.open(now) {
            Ok(open) => {
                self.state = State::Open(open);
                Some(DeviceStatus::Ready)
            }
            Err(reason) => {
                let next = if wait.is_zero() {
                    FIRST_RETRY
                } else {
                    (wait * 2).min(LONGEST_RETRY)
                };
                self.state = State::Failed {
                    retry_at: now + next,
                    wait: next,
                };
                Some(DeviceStatus::Unavailable(reason))
            }
        }
    }

    fn open(&self, now: Instant) -> Result<Open, String> {
        let (mix, handle) = Mix::new(self.gain);
        if self.ducked {
            handle.send(super::mix::Command::Duck(true));
        }
        let count = Arc::new(AtomicU64::new(0));
        let route = match connect_to_server() {
            Some(server) => {
                let errors = self.errors.clone();
                let counted = count.clone();
                let report = move || {
                    counted.fetch_add(1, Ordering::Relaxed);
                    let _ = errors.send(crate::t!("sound-output-stopped").into());
                };
                Route::Server(server.play(mix, report)?)
            }
            None => Route::Alsa {
                _sink: self.open_alsa(mix, &count)?,
            },
        };
        Ok(Open {
            route,
            mix: handle,
            last_rendered: 0,
            last_progress: now,
            errors: count,
        })
    }

    fn open_alsa(
        &self,
        mix: Mix,
        count: &Arc<AtomicU64>,
    ) -> Result<rodio::MixerDeviceSink, String> {
        quiet_alsa_on_this_thread();
        let errors = self.errors.clone();
        let counted = count.clone();
        // A dying sound server can make the output's thread report an error
        // a million times a second: count them, and tell the owner only at
        // the 1st, 2nd, 4th, 8th... so it hears of a flood in a few messages.
        let report = move |error: rodio::cpal::Error| {
            let count = counted.fetch_add(1, Ordering::Relaxed) + 1;
            if count.is_power_of_two() {
                let _ = errors.send(error.to_string());
            }
        };
        let mut sink = rodio::DeviceSinkBuilder::from_default_device()
            .and_then(|builder| {
                builder
                    .with_buffer_size(rodio::cpal::BufferSize::Fixed(OUTPUT_BUFFER_FRAMES))
                    .with_error_callback(report)
                    .open_sink_or_fallback()
            })
            .map_err(|error| error.to_string())?;
        sink.log_on_drop(false);
        sink.mixer().add(mix);
        Ok(sink)
    }

    /// Whether the stream's errors go on while it has stopped playing: a
    /// dead server makes them pour in and nothing is pulled any more. A busy
    /// machine makes ALSA's PulseAudio plugin report a burst of errors after
    /// an underrun while the stream plays on; dropping it then would lose
    /// the cues of the next second.
    pub fn errors_continue(&self, since_first: u64, rendered_then: u64) -> bool {
        match &self.state {
            State::Open(Open {
                route: Route::Server(stream),
                ..
            }) => stream.has_ended(),
            State::Open(open) => {
                let pouring = open.errors.load(Ordering::Relaxed) > since_first + ERROR_FLOOD;
                let played = open.mix.rendered().saturating_sub(rendered_then);
                // Half of what the check's time should have played.
                let playing = played as f64 >= ERROR_CHECK.as_secs_f64() * f64::from(RATE) / 2.0;
                pouring && !playing
            }
            _ => false,
        }
    }

    /// Samples the open output has played so far.
    pub fn rendered(&self) -> u64 {
        self.mix().map_or(0, MixHandle::rendered)
    }

    /// Stream errors counted so far on the open output.
    pub fn error_count(&self) -> u64 {
        match &self.state {
            State::Open(open) => open.errors.load(Ordering::Relaxed),
            _ => 0,
        }
    }

    /// The stream reported an error, or stalled: drop it (which stops its
    /// thread) and try again soon. Returns the status to report.
    pub fn lost(&mut self, reason: String, now: Instant) -> Option<DeviceStatus> {
        if !self.is_open() {
            return None;
        }
        self.state = State::Failed {
            retry_at: now + FIRST_RETRY,
            wait: FIRST_RETRY,
        };
        Some(DeviceStatus::Unavailable(reason))
    }

    /// Closes an output that has had nothing to play for [`IDLE_CLOSE`];
    /// forgets a failure when sound is no longer wanted, so nothing retries
    /// while idle.
    pub fn idle(&mut self, now: Instant) {
        let quiet_since = now.saturating_duration_since(self.last_sound);
        let sounding = self.mix().is_some_and(MixHandle::is_sounding);
        match &self.state {
            State::Open(_) if quiet_since >= IDLE_CLOSE && !sounding => self.state = State::Closed,
            State::Failed { .. } => self.state = State::Closed,
            _ => {}
        }
    }

    /// Whether an open output is still pulling samples; a stalled one is
    /// reported as lost.
    pub fn watch(&mut self, now: Instant) -> Option<DeviceStatus> {
        let State::Open(open) = &mut self.state else {
            return None;
        };
        let rendered = open.mix.rendered();
        if rendered != open.last_rendered {
            open.last_rendered = rendered;
            open.last_progress = now;
            return None;
        }
        if now.saturating_duration_since(open.last_progress) < STALL {
            return None;
        }
        self.lost(crate::t!("sound-output-stopped").into(), now)
    }

    /// When the owner should next look at the output, if at all.
    pub fn next_wake(&self, now: Instant, wanted: bool) -> Option<Duration> {
        match &self.state {
            State::Open(open) if wanted => Some(
                (open.last_progress + STALL / 2)
                    .saturating_duration_since(now)
                    .max(Duration::from_millis(100)),
            ),
            State::Open(_) => Some((self.last_sound + IDLE_CLOSE).saturating_duration_since(now)),
            State::Failed { retry_at, .. } if wanted => {
                Some(retry_at.saturating_duration_since(now))
            }
            _ => None,
        }
    }
}
