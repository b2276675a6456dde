//! The built-in cues, synthesised. Each is meant to be recognised with eyes
//! closed and heard on small speakers: breath tones carry upper partials
//! (energy above 400 Hz), the chime and bell are struck bowls with
//! inharmonic partials and a long natural decay, and the ticks are short
//! and different from one another. All are matched in loudness at render
//! time, so changing one never makes it jump out.

use std::f64::consts::TAU;

use super::loudness;
use super::mix::RATE;

/// A built-in cue: its name in exercise files and what it is for.
#[derive(Debug)]
pub struct Builtin {
    pub name: &'static str,
    pub meaning: &'static str,
    /// Loudness relative to the main cues, in dB (the count ticks sit lower).
    pub relative_db: f32,
    render: fn() -> Vec<f32>,
}

/// The soft tick played each second when counting is on.
pub const COUNT: &str = "count";
/// Beats of the lead-in before an exercise starts.
pub const COUNT_IN: &str = "count-in";
/// Between the parts of a routine.
pub const TRANSITION: &str = "transition";
/// What "Play test sound" plays.
pub const TEST_SOUND: &str = "chime";

pub const ALL: [Builtin; 9] = [
    Builtin {
        name: "rise",
        meaning: "breathe in: a warm tone gliding up a fifth",
        relative_db: 0.0,
        render: rise,
    },
    Builtin {
        name: "fall",
        meaning: "breathe out: the same tone gliding down",
        relative_db: 0.0,
        render: fall,
    },
    Builtin {
        name: "tick",
        meaning: "hold: a soft wooden knock",
        relative_db: -3.0,
        render: tick,
    },
    Builtin {
        name: "tense",
        meaning: "tense the muscles: two quick bright taps going up",
        relative_db: 0.0,
        render: tense,
    },
    Builtin {
        name: "chime",
        meaning: "a new prompt, or let go: a small singing bowl",
        relative_db: 0.0,
        render: chime,
    },
    Builtin {
        name: "bell",
        meaning: "the end: a deep bowl that rings out",
        relative_db: 0.0,
        render: bell,
    },
    Builtin {
        name: COUNT,
        meaning: "each second, when counting is on: a tiny high click",
        relative_db: -10.0,
        render: count,
    },
    Builtin {
        name: COUNT_IN,
        meaning: "the lead-in's beats: a soft wooden pluck",
        relative_db: -4.0,
        render: count_in,
    },
    Builtin {
        name: TRANSITION,
        meaning: "between the parts of a routine: two soft bowl notes",
        relative_db: -2.0,
        render: transition,
    },
];

/// The main cues' momentary loudness (LUFS) at full master volume: 6 dB
/// under music mastered for streaming. The master volume scales from here.
pub const REFERENCE_LUFS: f32 = -20.0;

pub fn find(name: &str) -> Option<&'static Builtin> {
    ALL.iter().find(|builtin| builtin.name == name)
}

/// The names people may use in files.
pub fn names() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|builtin| builtin.name)
}

/// A cue's samples (mono, 48 kHz), rendered anew and loudness-matched.
/// What plays is [`super::cues::builtin_clip`], made from these.
pub fn render(builtin: &Builtin) -> Vec<f32> {
    normalized((builtin.render)(), builtin.relative_db)
}

/// The rendered samples of the cue called `name`.
pub fn samples(name: &str) -> Option<Vec<f32>> {
    find(name).map(render)
}

fn normalized(mut samples: Vec<f32>, relative_db: f32) -> Vec<f32> {
    let measured = loudness::loudness(&samples);
    let gain = 10f32.powf((REFERENCE_LUFS + relative_db - measured) / 20.0);
    for sample in &mut samples {
        *sample *= gain;
    }
    samples
}

/// One sine partial of a struck or blown sound.
#[derive(Clone, Copy)]
struct Partial {
    ratio: f64,
    amplitude: f64,
    /// Time for the partial to fall to 1/e; `None` to sustain.
    decay: Option<f64>,
    /// Beating: a second copy this many Hz higher.
    beat_hz: f64,
}

const fn partial(ratio: f64, amplitude: f64, decay: Option<f64>, beat_hz: f64) -> Partial {
    Partial {
        ratio,
        amplitude,
        decay,
        beat_hz,
    }
}

/// Additive synthesis with a pitch glide from `from_hz` to `to_hz` (in equal
/// steps of pitch), a raised-cosine attack and release, and an optional
/// breathy noise layer.
struct Voice<'a> {
    seconds: f64,
    from_hz: f64,
    to_hz: f64,
    attack: f64,
    release: f64,
    partials: &'a [Partial],
    breath: f64,
}

impl Voice<'_> {
    fn render(&self) -> Vec<f32> {
        let rate = f64::from(RATE);
        let count = (self.seconds * rate) as usize;
        let mut phases = vec![0.0f64; self.partials.len() * 2];
        let mut noise = Noise::default();
        let mut out = Vec::with_capacity(count);
        for index in 0..count {
            let t = index as f64 / rate;
            let progress = t / self.seconds;
            let f0 = self.from_hz * (self.to_hz / self.from_hz).powf(progress);
            let mut value = 0.0;
            for (number, partial) in self.partials.iter().enumerate() {
                let level = partial.amplitude * partial.decay.map_or(1.0, |tau| (-t / tau).exp());
                let hz = f0 * partial.ratio;
                for (copy, extra) in [(0, 0.0), (1, partial.beat_hz)] {
                    if copy == 1 && partial.beat_hz == 0.0 {
                        continue;
                    }
                    let phase = &mut phases[number * 2 + copy];
                    value += level * phase.sin() / if partial.beat_hz == 0.0 { 1.0 } else { 2.0 };
                    *phase = (*phase + TAU * (hz + extra) / rate) % TAU;
                }
            }
            value += self.breath * noise.soft();
            let envelope = ramp(t, self.attack) * ramp(self.seconds - t, self.release);
            out.push((value * envelope) as f32);
        }
        out
    }
}

/// 0 at the edge, rising along half a cosine to 1 after `length` seconds.
fn ramp(position: f64, length: f64) -> f64 {
    if length <= 0.0 || position >= length {
        1.0
    } else {
        (1.0 - (std::f64::consts::PI * position.max(0.0) / length).cos()) / 2.0
    }
}

/// Soft, deterministic noise for the breath layer: the same every run.
#[derive(Default)]
struct Noise {
    state: u32,
    low: f64,
}

impl Noise {
    fn soft(&mut self) -> f64 {
        self.state = self
            .state
            .wrapping_mul(1_664_525)
            .wrapping_add(1_013_904_223);
        let white = f64::from(self.state >> 8) / f64::from(1u32 << 24) * 2.0 - 1.0;
        // A gentle low-pass: air, not hiss.
        self.low += 0.12 * (white - self.low);
        self.low
    }
}

const BREATH_TONE: [Partial; 6] = [
    partial(1.0, 1.0, None, 0.0),
    partial(2.0, 0.7, None, 0.0),
    partial(3.0, 0.5, None, 0.0),
    partial(4.0, 0.3, None, 0.0),
    partial(5.0, 0.18, None, 0.0),
    partial(6.0, 0.1, None, 0.0),
];

fn rise() -> Vec<f32> {
    Voice {
        seconds: 1.4,
        from_hz: 261.6,
        to_hz: 392.0,
        attack: 0.25,
        release: 0.55,
        partials: &BREATH_TONE,
        breath: 0.25,
    }
    .render()
}

fn fall() -> Vec<f32> {
    Voice {
        seconds: 1.4,
        from_hz: 392.0,
        to_hz: 261.6,
        attack: 0.25,
        release: 0.6,
        partials: &BREATH_TONE,
        breath: 0.25,
    }
    .render()
}

fn tick() -> Vec<f32> {
    const WOOD: [Partial; 3] = [
        partial(1.0, 1.0, Some(0.030), 0.0),
        partial(2.75, 0.55, Some(0.016), 0.0),
        partial(5.1, 0.2, Some(0.008), 0.0),
    ];
    Voice {
        seconds: 0.22,
        from_hz: 820.0,
        to_hz: 800.0,
        attack: 0.002,
        release: 0.03,
        partials: &WOOD,
        breath: 0.0,
    }
    .render()
}

fn count() -> Vec<f32> {
    const CLICK: [Partial; 2] = [
        partial(1.0, 1.0, Some(0.006), 0.0),
        partial(1.6, 0.5, Some(0.004), 0.0),
    ];
    Voice {
        seconds: 0.05,
        from_hz: 3_200.0,
        to_hz: 3_200.0,
        attack: 0.001,
        release: 0.01,
        partials: &CLICK,
        breath: 0.0,
    }
    .render()
}

/// A small bowl: partial ratios near those of a struck bowl, each beating slowly.
const SMALL_BOWL: [Partial; 4] = [
    partial(1.0, 1.0, Some(2.2), 0.8),
    partial(2.71, 0.55, Some(1.2), 1.1),
    partial(5.15, 0.25, Some(0.6), 1.7),
    partial(8.43, 0.1, Some(0.3), 2.3),
];

fn chime() -> Vec<f32> {
    Voice {
        seconds: 4.0,
        from_hz: 587.3,
        to_hz: 587.3,
        attack: 0.006,
        release: 0.6,
        partials: &SMALL_BOWL,
        breath: 0.0,
    }
    .render()
}

fn bell() -> Vec<f32> {
    const DEEP_BOWL: [Partial; 5] = [
        partial(1.0, 1.0, Some(4.0), 0.6),
        partial(2.76, 0.75, Some(2.6), 0.9),
        partial(5.40, 0.4, Some(1.4), 1.3),
        partial(8.93, 0.2, Some(0.8), 1.9),
        partial(13.3, 0.08, Some(0.5), 2.6),
    ];
    Voice {
        seconds: 7.0,
        from_hz: 329.6,
        to_hz: 329.6,
        attack: 0.008,
        release: 1.2,
        partials: &DEEP_BOWL,
        breath: 0.0,
    }
    .render()
}

/// Two struck notes, the second `gap` seconds after the first (added into
/// the first: no third buffer).
fn two_strikes(mut first: Vec<f32>, second: Vec<f32>, gap: f64) -> Vec<f32> {
    let offset = (gap * f64::from(RATE)) as usize;
    if first.len() < offset + second.len() {
        first.resize(offset + second.len(), 0.0);
    }
    for (index, sample) in second.into_iter().enumerate() {
        first[offset + index] += sample;
    }
    first
}

fn tense() -> Vec<f32> {
    const BRIGHT: [Partial; 3] = [
        partial(1.0, 1.0, Some(0.18), 0.0),
        partial(2.0, 0.5, Some(0.10), 0.0),
        partial(3.0, 0.35, Some(0.06), 0.0),
    ];
    let strike = |hz| {
        Voice {
            seconds: 0.7,
            from_hz: hz,
            to_hz: hz,
            attack: 0.003,
            release: 0.2,
            partials: &BRIGHT,
            breath: 0.0,
        }
        .render()
    };
    two_strikes(strike(659.3), strike(880.0), 0.16)
}

fn count_in() -> Vec<f32> {
    // Marimba-like: the bar's fourth partial is tuned two octaves up.
    const BAR: [Partial; 3] = [
        partial(1.0, 1.0, Some(0.16), 0.0),
        partial(4.0, 0.35, Some(0.05), 0.0),
        partial(9.9, 0.06, Some(0.02), 0.0),
    ];
    Voice {
        seconds: 0.6,
        from_hz: 523.3,
        to_hz: 523.3,
        attack: 0.002,
        release: 0.15,
        partials: &BAR,
        breath: 0.0,
    }
    .render()
}

fn transition() -> Vec<f32> {
    let strike = |hz| {
        Voice {
            seconds: 3.0,
            from_hz: hz,
            to_hz: hz,
            attack: 0.01,
            release: 0.8,
            partials: &SMALL_BOWL,
            breath: 0.0,
        }
        .render()
    };
    two_strikes(strike(523.3), strike(392.0), 0.45)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audio::loudness::{loudness, peak, share_above, small_speaker_loudness};

    fn rendered(name: &str) -> Vec<f32> {
        samples(name).expect("a built-in cue")
    }

    #[test]
    fn every_cue_is_loudness_matched_and_leaves_headroom() {
        for builtin in &ALL {
            let samples = rendered(builtin.name);
            let db = loudness(&samples);
            let wanted = REFERENCE_LUFS + builtin.relative_db;
            assert!((db - wanted).abs() < 0.1, "{}: {db} dB", builtin.name);
            // A single cue never reaches the mixer's limiter (its knee is at 0.6).
            assert!(
                peak(&samples) < 0.5,
                "{}: peak {}",
                builtin.name,
                peak(&samples)
            );
            assert!(samples[0].abs() < 1e-3 && samples[samples.len() - 1].abs() < 1e-3);
        }
    }

    #[test]
    fn breath_tones_carry_on_small_speakers() {
        let tick = small_speaker_loudness(&rendered("tick"));
        for name in ["rise", "fall"] {
            let samples = rendered(name);
            let loss = loudness(&samples) - small_speaker_loudness(&samples);
            assert!(loss < 5.0, "{name} loses {loss} dB on small speakers");
            assert!(share_above(&samples, 400.0, RATE) > 0.4, "{name}");
            assert!(
                small_speaker_loudness(&samples) > tick,
                "{name} is louder than the hold tick on small speakers"
            );
        }
    }

    #[test]
    fn bowls_ring_out_slowly() {
        for (name, at_least) in [("chime", 2.0), ("bell", 4.0)] {
            let samples = rendered(name);
            let seconds = samples.len() as f32 / RATE as f32;
            assert!(seconds >= at_least, "{name} lasts {seconds} s");
            // Still clearly sounding half way through: a decay, not a beep.
            let middle = &samples[samples.len() / 2..samples.len() / 2 + 4_800];
            assert!(peak(middle) > peak(&samples) * 0.1, "{name}");
        }
    }

    #[test]
    fn ticks_differ_from_each_other() {
        let hold = rendered("tick");
        let count = rendered(COUNT);
        // The count tick is much shorter, and much brighter.
        assert!(count.len() * 3 < hold.len());
        assert!(share_above(&count, 2_000.0, RATE) > 0.8);
        assert!(share_above(&hold, 2_000.0, RATE) < 0.3);
        let tense = rendered("tense");
        assert!(tense.len() > hold.len() * 3, "the tense cue is two strikes");
    }
}
