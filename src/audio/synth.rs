//! The built-in cues' synthesis, one sample at a time, as the mixer asks for
//! it. A cue waiting to play is a recipe of a few numbers, not a buffer: the
//! end bell alone would hold 670 KB of 16-bit samples for a whole session.
//!
//! Each note is additive synthesis: sine partials, each decaying on its own
//! and optionally beating against a copy a few Hz higher, with a pitch glide
//! in equal steps of pitch, a raised-cosine attack and release, and an
//! optional breathy noise layer. A cue is one or more notes, each struck at
//! its own moment.

use std::f64::consts::{PI, TAU};

use super::mix::RATE;

/// One sine partial of a struck or blown sound.
#[derive(Debug, Clone, Copy)]
pub struct Partial {
    ratio: f64,
    amplitude: f64,
    /// Time for the partial to fall to 1/e; `None` to sustain.
    decay: Option<f64>,
    /// Beating: a second copy this many Hz higher.
    beat_hz: f64,
}

pub const fn partial(ratio: f64, amplitude: f64, decay: Option<f64>, beat_hz: f64) -> Partial {
    Partial {
        ratio,
        amplitude,
        decay,
        beat_hz,
    }
}

/// One note: how long, its pitch from start to end, its envelope and partials.
#[derive(Debug, Clone, Copy)]
pub struct Note {
    pub seconds: f64,
    pub from_hz: f64,
    pub to_hz: f64,
    pub attack: f64,
    pub release: f64,
    pub partials: &'static [Partial],
    pub breath: f64,
}

/// A note struck `at` seconds into the cue.
#[derive(Debug, Clone, Copy)]
pub struct Strike {
    pub at: f64,
    pub note: Note,
}

/// Room for this many notes in a cue and partials in a note: a cue starts
/// playing without allocating on the output's thread. Every built-in fits
/// (a test says so); anything beyond is left out, never read out of bounds.
pub const MAX_STRIKES: usize = 2;
pub const MAX_PARTIALS: usize = 6;

/// A cue's length in samples.
pub fn length(strikes: &[Strike]) -> usize {
    strikes
        .iter()
        .map(|strike| start_of(strike) + samples_of(&strike.note))
        .max()
        .unwrap_or(0)
}

fn start_of(strike: &Strike) -> usize {
    (strike.at * f64::from(RATE)) as usize
}

fn samples_of(note: &Note) -> usize {
    (note.seconds * f64::from(RATE)) as usize
}

/// A cue being made, sample by sample, from where it started.
#[derive(Debug, Clone)]
pub struct Synth {
    next: usize,
    length: usize,
    gain: f64,
    notes: [Option<Sounding>; MAX_STRIKES],
}

impl Synth {
    /// The cue of `strikes`, scaled by `gain`, from sample `from` on: a
    /// start part way through gives exactly what playing from the start
    /// would have given there.
    pub fn new(strikes: &[Strike], gain: f32, from: usize) -> Synth {
        let mut notes = [None; MAX_STRIKES];
        for (slot, strike) in notes.iter_mut().zip(strikes) {
            let into = from.saturating_sub(start_of(strike));
            if into < samples_of(&strike.note) {
                *slot = Some(Sounding::new(strike, into));
            }
        }
        Synth {
            next: from,
            length: length(strikes),
            gain: f64::from(gain),
            notes,
        }
    }
}

impl Iterator for Synth {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.next >= self.length {
            return None;
        }
        let index = self.next;
        self.next += 1;
        let mut value = 0.0;
        for sounding in self.notes.iter_mut().flatten() {
            value += sounding.sample(index);
        }
        Some((value * self.gain) as f32)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.length.saturating_sub(self.next);
        (left, Some(left))
    }
}

/// One partial (or its beating copy) of a sounding note.
#[derive(Debug, Clone, Copy, Default)]
struct Oscillator {
    phase: f64,
    level: f64,
    /// The level is multiplied by this each sample: its decay.
    fall: f64,
    ratio: f64,
    extra_hz: f64,
}

#[derive(Debug, Clone, Copy)]
struct Sounding {
    note: Note,
    start: usize,
    samples: usize,
    /// The fundamental now, and its change each sample (the glide).
    hz: f64,
    glide: f64,
    oscillators: [Oscillator; 2 * MAX_PARTIALS],
    used: usize,
    /// The breath layer's low-passed noise.
    low: f64,
}

impl Sounding {
    /// The note of `strike`, `into` samples after it was struck. Phases and
    /// levels are worked out directly, so starting late costs no more than
    /// starting on time.
    fn new(strike: &Strike, into: usize) -> Sounding {
        let note = strike.note;
        let rate = f64::from(RATE);
        let glide = (note.to_hz / note.from_hz).powf(1.0 / (note.seconds * rate));
        let steps = into as f64;
        // The sum of the fundamental over the samples already gone: a
        // geometric series while gliding.
        let travelled = if (glide - 1.0).abs() < 1e-15 {
            note.from_hz * steps
        } else {
            note.from_hz * (glide.powf(steps) - 1.0) / (glide - 1.0)
        };
        let mut oscillators = [Oscillator::default(); 2 * MAX_PARTIALS];
        let mut used = 0;
        for partial in note.partials.iter().take(MAX_PARTIALS) {
            let copies: &[f64] = if partial.beat_hz == 0.0 {
                &[0.0]
            } else {
                &[0.0, 1.0]
            };
            // Two beating copies share the partial's amplitude.
            let share = partial.amplitude / copies.len() as f64;
            for &copy in copies {
                let extra_hz = copy * partial.beat_hz;
                let cycles = (partial.ratio * travelled + extra_hz * steps) / rate;
                oscillators[used] = Oscillator {
                    phase: TAU * cycles.fract(),
                    level: share
                        * partial
                            .decay
                            .map_or(1.0, |tau| (-steps / (tau * rate)).exp()),
                    fall: partial.decay.map_or(1.0, |tau| (-1.0 / (tau * rate)).exp()),
                    ratio: partial.ratio,
                    extra_hz,
                };
                used += 1;
            }
        }
        let mut low = 0.0;
        // The breath's filter forgets within a few dozen samples.
        for index in into.saturating_sub(64)..into {
            low += 0.12 * (white(index) - low);
        }
        Sounding {
            note,
            start: start_of(strike),
            samples: samples_of(&note),
            hz: note.from_hz * glide.powf(steps),
            glide,
            oscillators,
            used,
            low,
        }
    }

    /// This note's part of the cue's sample `index` (0 outside the note).
    fn sample(&mut self, index: usize) -> f64 {
        let Some(into) = index
            .checked_sub(self.start)
            .filter(|into| *into < self.samples)
        else {
            return 0.0;
        };
        let rate = f64::from(RATE);
        let mut value = 0.0;
        for oscillator in &mut self.oscillators[..self.used] {
            value += oscillator.level * oscillator.phase.sin();
            oscillator.phase += TAU * (oscillator.ratio * self.hz + oscillator.extra_hz) / rate;
            if oscillator.phase >= TAU {
                oscillator.phase -= TAU;
            }
            oscillator.level *= oscillator.fall;
        }
        self.hz *= self.glide;
        if self.note.breath > 0.0 {
            // A gentle low-pass: air, not hiss.
            self.low += 0.12 * (white(into) - self.low);
            value += self.note.breath * self.low;
        }
        let t = into as f64 / rate;
        value * ramp(t, self.note.attack) * ramp(self.note.seconds - t, self.note.release)
    }
}

/// 0 at the edge, rising along half a cosine to 1 after `length` seconds.
fn ramp(position: f64, length: f64) -> f64 {
    if length <= 0.0 || position >= length {
        1.0
    } else {
        (1.0 - (PI * position.max(0.0) / length).cos()) / 2.0
    }
}

/// White noise from -1 to 1 for sample `index`: the same every run, and
/// found for any sample without making the ones before it.
fn white(index: usize) -> f64 {
    // A well-mixing integer hash (Chris Wellons' "lowbias32").
    let mut x = index as u32;
    x ^= x >> 16;
    x = x.wrapping_mul(0x7feb_352d);
    x ^= x >> 15;
    x = x.wrapping_mul(0x846c_a68b);
    x ^= x >> 16;
    f64::from(x >> 8) / f64::from(1u32 << 24) * 2.0 - 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const TONE: [Partial; 2] = [
        partial(1.0, 1.0, Some(0.5), 0.0),
        partial(2.5, 0.5, None, 1.3),
    ];
    const GLIDING: [Strike; 2] = [
        Strike {
            at: 0.0,
            note: Note {
                seconds: 0.5,
                from_hz: 300.0,
                to_hz: 450.0,
                attack: 0.01,
                release: 0.1,
                partials: &TONE,
                breath: 0.2,
            },
        },
        Strike {
            at: 0.2,
            note: Note {
                seconds: 0.4,
                from_hz: 600.0,
                to_hz: 600.0,
                attack: 0.01,
                release: 0.1,
                partials: &TONE,
                breath: 0.0,
            },
        },
    ];

    #[test]
    fn a_late_start_plays_what_the_whole_would_have_played_there() {
        let whole: Vec<f32> = Synth::new(&GLIDING, 1.0, 0).collect();
        assert_eq!(whole.len(), length(&GLIDING));
        assert_eq!(whole.len(), 28_800);
        for from in [1, 4_800, 9_600, 9_601, 20_000, 28_799] {
            let late: Vec<f32> = Synth::new(&GLIDING, 1.0, from).collect();
            assert_eq!(late.len(), whole.len() - from);
            let worst = late
                .iter()
                .zip(&whole[from..])
                .map(|(late, whole)| (late - whole).abs())
                .fold(0.0f32, f32::max);
            assert!(worst < 1e-4, "from {from}: {worst}");
        }
        assert_eq!(Synth::new(&GLIDING, 1.0, 28_800).next(), None);
    }

    #[test]
    fn the_glide_ends_on_its_pitch() {
        let note = GLIDING[0].note;
        let mut sounding = Sounding::new(&GLIDING[0], 0);
        for index in 0..samples_of(&note) {
            sounding.sample(index);
        }
        assert!((sounding.hz - note.to_hz).abs() < 0.01, "{}", sounding.hz);
    }

    #[test]
    fn notes_start_and_end_in_silence() {
        let whole: Vec<f32> = Synth::new(&GLIDING, 1.0, 0).collect();
        assert!(whole[0].abs() < 1e-3);
        assert!(whole[whole.len() - 1].abs() < 1e-3);
        // The second strike comes in without a step: its first sample is 0.
        let at = start_of(&GLIDING[1]);
        let mut second = Sounding::new(&GLIDING[1], 0);
        assert_eq!(second.sample(at - 1), 0.0);
        assert!(second.sample(at).abs() < 1e-3);
    }

    #[test]
    fn noise_is_spread_evenly() {
        let values: Vec<f64> = (0..48_000).map(white).collect();
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        assert!(mean.abs() < 0.02, "{mean}");
        assert!(values.iter().all(|value| (-1.0..1.0).contains(value)));
        let below = values.iter().filter(|value| **value < -0.5).count();
        assert!((11_000..13_000).contains(&below), "{below}");
    }
}
