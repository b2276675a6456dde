//! The one sound source the output plays: it mixes the cues that are sounding,
//! ramps every change of level so nothing ever clicks, and keeps the sum from
//! clipping however many cues overlap.
//!
//! The owner thread talks to it through a channel; the source reads the
//! channel between blocks of samples, on the output's own thread.

use std::num::NonZero;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::time::Duration;

use rodio::Source;

use super::cues::{Clip, Playback};

/// Everything is mixed at this rate, in mono; the output converts.
pub const RATE: u32 = 48_000;
/// Stops, skips and mutes fade over this long: short enough to feel instant,
/// long enough that no step is heard.
pub const STOP_FADE: Duration = Duration::from_millis(20);
/// A cue still sounding when the next step's cue starts fades out over this long.
pub const CUT_FADE: Duration = Duration::from_millis(120);
/// While words are read aloud the cues play at this share of their level
/// (about -10 dB): still heard, not in the words' way.
pub const DUCK_LEVEL: f32 = 0.3;
/// Cues go down this quickly when words begin, so the first word is clear...
pub const DUCK_DOWN: Duration = Duration::from_millis(80);
/// ...and come back up this gently when they end.
pub const DUCK_UP: Duration = Duration::from_millis(300);
/// Samples between looks at the command channel.
const BLOCK: usize = 64;
/// Above this level the sum bends smoothly toward the ceiling instead of clipping.
const KNEE: f32 = 0.6;
/// The mix never goes above this, a little under full scale.
const CEILING: f32 = 0.98;

pub enum Command {
    /// Starts a clip at `level` (0..=1), `from` samples into it (a
    /// recording picked up mid-step rises over [`STOP_FADE`] instead of
    /// starting mid-wave). The sound of a step (its cue, its recording)
    /// fades out what other steps left sounding; a tick (`step: None`)
    /// cuts nothing.
    Start {
        clip: Clip,
        level: f32,
        step: Option<usize>,
        from: usize,
    },
    /// Fades out everything that is sounding.
    FadeAll,
    /// The master gain, reached by a ramp.
    Gain(f32),
    /// Words are being read aloud (true) or not: cues duck, by a ramp.
    Duck(bool),
}

/// The owner's side: send commands, see whether the output is pulling samples.
#[derive(Clone)]
pub struct MixHandle {
    commands: Sender<Command>,
    rendered: Arc<AtomicU64>,
    sounding: Arc<AtomicU64>,
}

impl MixHandle {
    pub fn send(&self, command: Command) {
        let _ = self.commands.send(command);
    }

    /// Samples produced so far: if this stops moving, the output has died.
    pub fn rendered(&self) -> u64 {
        self.rendered.load(Ordering::Relaxed)
    }

    /// Whether any cue is still sounding.
    pub fn is_sounding(&self) -> bool {
        self.sounding.load(Ordering::Relaxed) > 0
    }
}

struct Voice {
    playback: Playback,
    level: f32,
    /// The step whose sound this is; `None` for ticks and test sounds.
    step: Option<usize>,
    /// Set while fading out: the level drops by this much each sample.
    fade_step: Option<f32>,
    /// Set while rising in: the level grows by this much each sample.
    rise_step: Option<f32>,
    fade: f32,
}

impl Voice {
    fn new(clip: Clip, level: f32, step: Option<usize>, from: usize) -> Voice {
        let rises = from > 0;
        Voice {
            playback: clip.play_from(from),
            level: level.clamp(0.0, 1.0),
            step,
            fade_step: None,
            rise_step: rises.then(|| 1.0 / (STOP_FADE.as_secs_f32() * RATE as f32)),
            fade: if rises { 0.0 } else { 1.0 },
        }
    }

    fn next(&mut self) -> Option<f32> {
        let sample = self.playback.next()?;
        if let Some(step) = self.rise_step {
            self.fade = (self.fade + step).min(1.0);
            if self.fade >= 1.0 || self.fade_step.is_some() {
                self.rise_step = None;
            }
        }
        if let Some(step) = self.fade_step {
            self.fade -= step;
            if self.fade <= 0.0 {
                return None;
            }
        }
        Some(sample * self.level * self.fade)
    }

    fn fade_out(&mut self, over: Duration) {
        let samples = (over.as_secs_f32() * RATE as f32).max(1.0);
        let step = self.fade / samples;
        // A voice already fading keeps the quicker of the two fades.
        self.fade_step = Some(self.fade_step.map_or(step, |current| current.max(step)));
    }
}

pub struct Mix {
    inbox: Receiver<Command>,
    voices: Vec<Voice>,
    gain: f32,
    target_gain: f32,
    gain_step: f32,
    duck: f32,
    duck_target: f32,
    duck_step: f32,
    until_look: usize,
    rendered: Arc<AtomicU64>,
    sounding: Arc<AtomicU64>,
    /// The pulling thread has asked for a higher priority.
    raised: bool,
}

impl Mix {
    pub fn new(gain: f32) -> (Mix, MixHandle) {
        let (commands, inbox) = mpsc::channel();
        let rendered = Arc::new(AtomicU64::new(0));
        let sounding = Arc::new(AtomicU64::new(0));
        let gain = gain.clamp(0.0, 1.0);
        let mix = Mix {
            inbox,
            voices: Vec::new(),
            gain,
            target_gain: gain,
            gain_step: 0.0,
            duck: 1.0,
            duck_target: 1.0,
            duck_step: 0.0,
            until_look: 0,
            rendered: rendered.clone(),
            sounding: sounding.clone(),
            raised: false,
        };
        let handle = MixHandle {
            commands,
            rendered,
            sounding,
        };
        (mix, handle)
    }

    fn look(&mut self) {
        while let Ok(command) = self.inbox.try_recv() {
            match command {
                Command::Start {
                    clip,
                    level,
                    step,
                    from,
                } => {
                    if step.is_some() {
                        let earlier =
                            |voice: &&mut Voice| voice.step.is_some() && voice.step != step;
                        for voice in self.voices.iter_mut().filter(earlier) {
                            voice.fade_out(CUT_FADE);
                        }
                    }
                    self.voices.push(Voice::new(clip, level, step, from));
                }
                Command::FadeAll => {
                    for voice in &mut self.voices {
                        voice.fade_out(STOP_FADE);
                    }
                }
                Command::Gain(gain) => {
                    self.target_gain = gain.clamp(0.0, 1.0);
                    let samples = STOP_FADE.as_secs_f32() * RATE as f32;
                    self.gain_step = (self.target_gain - self.gain).abs() / samples;
                }
                Command::Duck(down) => {
                    let (target, over) = if down {
                        (DUCK_LEVEL, DUCK_DOWN)
                    } else {
                        (1.0, DUCK_UP)
                    };
                    self.duck_target = target;
                    let samples = over.as_secs_f32() * RATE as f32;
                    self.duck_step = (1.0 - DUCK_LEVEL) / samples;
                }
            }
        }
        self.rendered.fetch_add(BLOCK as u64, Ordering::Relaxed);
        self.sounding
            .store(self.voices.len() as u64, Ordering::Relaxed);
    }

    fn step_gain(&mut self) {
        self.gain = ramp(self.gain, self.target_gain, self.gain_step);
        self.duck = ramp(self.duck, self.duck_target, self.duck_step);
    }
}

/// One sample's step of a ramp from `now` toward `target`.
fn ramp(now: f32, target: f32, step: f32) -> f32 {
    if now < target {
        (now + step).min(target)
    } else {
        (now - step).max(target)
    }
}

/// Leaves quiet sums alone and bends loud ones smoothly toward ±1: no sum,
/// however many cues overlap, can clip.
pub fn soft_limit(sample: f32) -> f32 {
    let magnitude = sample.abs();
    if magnitude <= KNEE {
        return sample;
    }
    let room = CEILING - KNEE;
    let bent = KNEE + room * ((magnitude - KNEE) / room).tanh();
    bent.copysign(sample)
}

impl Iterator for Mix {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if !self.raised {
            // The output's own thread, which pulls these samples.
            super::priority::raise_this_thread();
            self.raised = true;
        }
        if self.until_look == 0 {
            self.look();
            self.until_look = BLOCK;
        }
        self.until_look -= 1;
        self.step_gain();
        let mut sum = 0.0;
        self.voices.retain_mut(|voice| match voice.next() {
            Some(sample) => {
                sum += sample;
                true
            }
            None => false,
        });
        // The mix never ends: it stays in the output until the output closes.
        Some(soft_limit(sum * self.gain * self.duck))
    }
}

impl Source for Mix {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> NonZero<u16> {
        NonZero::<u16>::MIN
    }

    fn sample_rate(&self) -> NonZero<u32> {
        NonZero::new(RATE).unwrap_or(NonZero::<u32>::MIN)
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clip(samples: Vec<f32>) -> Clip {
        Clip::new(&samples)
    }

    fn pull(mix: &mut Mix, count: usize) -> Vec<f32> {
        (0..count).filter_map(|_| mix.next()).collect()
    }

    fn largest_step(samples: &[f32]) -> f32 {
        samples
            .windows(2)
            .map(|pair| (pair[1] - pair[0]).abs())
            .fold(0.0, f32::max)
    }

    #[test]
    fn a_stop_fades_instead_of_cutting() {
        let (mut mix, handle) = Mix::new(1.0);
        // A loud constant level: any cut would be a step of 0.5.
        handle.send(Command::Start {
            clip: clip(vec![0.5; RATE as usize]),
            level: 1.0,
            step: Some(1),
            from: 0,
        });
        let before = pull(&mut mix, 1_000);
        handle.send(Command::FadeAll);
        let after = pull(&mut mix, 3_000);
        let all: Vec<f32> = before.into_iter().chain(after.clone()).collect();
        // A 20 ms fade of a 0.5 level moves ~0.0005 a sample.
        assert!(largest_step(&all[70..]) < 0.002, "{}", largest_step(&all));
        assert!(after[after.len() - 1].abs() < 1e-6, "silent after the fade");
        assert!(!handle.is_sounding() || mix.voices.is_empty());
    }

    #[test]
    fn gain_changes_ramp() {
        let (mut mix, handle) = Mix::new(1.0);
        handle.send(Command::Start {
            clip: clip(vec![0.5; RATE as usize]),
            level: 1.0,
            step: None,
            from: 0,
        });
        let mut samples = pull(&mut mix, 500);
        handle.send(Command::Gain(0.0));
        samples.extend(pull(&mut mix, 2_000));
        handle.send(Command::Gain(1.0));
        samples.extend(pull(&mut mix, 2_000));
        assert!(largest_step(&samples) < 0.002, "{}", largest_step(&samples));
        assert!(samples[2_400].abs() < 1e-6, "muted");
    }

    #[test]
    fn words_duck_the_cues_by_ramps_down_quickly_and_up_gently() {
        let (mut mix, handle) = Mix::new(1.0);
        handle.send(Command::Start {
            clip: clip(vec![0.5; RATE as usize * 2]),
            level: 1.0,
            step: None,
            from: 0,
        });
        let mut samples = pull(&mut mix, 480);
        handle.send(Command::Duck(true));
        samples.extend(pull(&mut mix, 9_600));
        let ducked_at = samples.len();
        handle.send(Command::Duck(false));
        samples.extend(pull(&mut mix, 19_200));
        assert!(
            largest_step(&samples) < 0.0002,
            "{}",
            largest_step(&samples)
        );
        let level_after = |ms: usize| samples[480 + ms * 48];
        // Down within 80 ms, to the duck level.
        assert!(
            level_after(40) > 0.5 * DUCK_LEVEL + 0.01,
            "still on its way down"
        );
        assert!((level_after(100) - 0.5 * DUCK_LEVEL).abs() < 1e-3);
        // Up over 300 ms.
        let up = |ms: usize| samples[ducked_at + ms * 48];
        assert!(up(150) < 0.45 && up(150) > 0.2, "{}", up(150));
        assert!((up(350) - 0.5).abs() < 1e-3);
    }

    #[test]
    fn a_new_step_cue_fades_the_old_one_but_a_tick_does_not() {
        let (mut mix, handle) = Mix::new(1.0);
        let long = || clip(vec![0.3; RATE as usize * 5]);
        handle.send(Command::Start {
            clip: long(),
            level: 1.0,
            step: Some(2),
            from: 0,
        });
        let _ = pull(&mut mix, 1_000);
        handle.send(Command::Start {
            clip: clip(vec![0.0; 100]),
            level: 1.0,
            step: None,
            from: 0,
        });
        let still = pull(&mut mix, 10_000);
        // Within one step of the clip's 16-bit samples.
        assert!(
            (still[still.len() - 1] - 0.3).abs() < 1.0 / 32_767.0,
            "a tick cuts nothing"
        );
        handle.send(Command::Start {
            clip: clip(vec![0.0; RATE as usize]),
            level: 1.0,
            step: Some(3),
            from: 0,
        });
        let faded = pull(&mut mix, 10_000);
        assert!(largest_step(&faded) < 0.001);
        assert!(faded[faded.len() - 1].abs() < 1e-6, "the old cue is gone");
    }

    #[test]
    fn overlapping_cues_never_clip() {
        let (mut mix, handle) = Mix::new(1.0);
        for _ in 0..6 {
            handle.send(Command::Start {
                clip: clip(vec![0.9; 1_000]),
                level: 1.0,
                step: None,
                from: 0,
            });
        }
        let samples = pull(&mut mix, 1_000);
        assert!(samples.iter().all(|sample| sample.abs() < 1.0));
        assert!(samples[500] > 0.95, "loud sums stay loud");
        assert_eq!(soft_limit(0.3), 0.3, "quiet sums are untouched");
    }

    #[test]
    fn a_recording_picked_up_mid_step_rises_instead_of_starting_mid_wave() {
        let (mut mix, handle) = Mix::new(1.0);
        handle.send(Command::Start {
            clip: clip(vec![0.5; RATE as usize]),
            level: 1.0,
            step: Some(2),
            from: RATE as usize / 2,
        });
        let samples = pull(&mut mix, 3_000);
        assert!(samples[0] < 0.01, "starts near silence: {}", samples[0]);
        assert!(largest_step(&samples) < 0.002, "{}", largest_step(&samples));
        assert!((samples[2_000] - 0.5).abs() < 1e-3, "then at its level");
        // Half the clip was skipped: it ends after the other half.
        let rest = pull(&mut mix, RATE as usize / 2);
        assert!(rest[rest.len() - 1].abs() < 1e-6);
    }

    #[test]
    fn a_steps_cue_and_recording_sound_together_until_the_next_step() {
        let (mut mix, handle) = Mix::new(1.0);
        for _ in 0..2 {
            handle.send(Command::Start {
                clip: clip(vec![0.2; RATE as usize]),
                level: 1.0,
                step: Some(4),
                from: 0,
            });
        }
        let together = pull(&mut mix, 10_000);
        assert!((together[9_999] - 0.4).abs() < 1e-3, "{}", together[9_999]);
        handle.send(Command::Start {
            clip: clip(vec![0.0; RATE as usize]),
            level: 1.0,
            step: Some(5),
            from: 0,
        });
        let next = pull(&mut mix, 10_000);
        assert!(next[9_999].abs() < 1e-6, "the next step fades both");
    }
}
