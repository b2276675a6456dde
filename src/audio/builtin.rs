//! The built-in cues, synthesised. Each is meant to be recognised with eyes
//! closed and heard on small speakers: breath tones carry upper partials
//! (energy above 400 Hz), the chime and bell are struck bowls with
//! inharmonic partials and a long natural decay, and the ticks are short
//! and different from one another. All are matched in loudness when first
//! played, so changing one never makes it jump out. Each is a recipe of
//! notes (`super::synth`), made sample by sample while it plays.

use std::sync::OnceLock;

use super::loudness;
use super::synth::{self, partial, Note, Partial, Strike, Synth};

/// A built-in cue: its name in exercise files and what it is for.
#[derive(Debug)]
pub struct Builtin {
    pub name: &'static str,
    pub meaning: &'static str,
    /// Loudness relative to the main cues, in dB (the count ticks sit lower).
    pub relative_db: f32,
    /// Its recipe: the notes it strikes, and when.
    strikes: &'static [Strike],
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
        strikes: &RISE,
    },
    Builtin {
        name: "fall",
        meaning: "breathe out: the same tone gliding down",
        relative_db: 0.0,
        strikes: &FALL,
    },
    Builtin {
        name: "tick",
        meaning: "hold: a soft wooden knock",
        relative_db: -3.0,
        strikes: &TICK,
    },
    Builtin {
        name: "tense",
        meaning: "tense the muscles: two quick bright taps going up",
        relative_db: 0.0,
        strikes: &TENSE,
    },
    Builtin {
        name: "chime",
        meaning: "a new prompt, or let go: a small singing bowl",
        relative_db: 0.0,
        strikes: &CHIME,
    },
    Builtin {
        name: "bell",
        meaning: "the end: a deep bowl that rings out",
        relative_db: 0.0,
        strikes: &BELL,
    },
    Builtin {
        name: COUNT,
        meaning: "each second, when counting is on: a tiny high click",
        relative_db: -10.0,
        strikes: &COUNT_TICK,
    },
    Builtin {
        name: COUNT_IN,
        meaning: "the lead-in's beats: a soft wooden pluck",
        relative_db: -4.0,
        strikes: &PLUCK,
    },
    Builtin {
        name: TRANSITION,
        meaning: "between the parts of a routine: two soft bowl notes",
        relative_db: -2.0,
        strikes: &TWO_BOWLS,
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

/// What a built-in cue plays, from sample `from` on: made from its recipe
/// as the mixer asks, loudness-matched. Nothing of it is stored.
pub fn play(builtin: &Builtin, from: usize) -> Synth {
    Synth::new(builtin.strikes, gain(builtin), from)
}

/// Every sample of a cue, as played (for measuring and tests).
pub fn render(builtin: &Builtin) -> Vec<f32> {
    play(builtin, 0).collect()
}

/// The rendered samples of the cue called `name`.
pub fn samples(name: &str) -> Option<Vec<f32>> {
    find(name).map(render)
}

impl Builtin {
    /// Its recipe, for [`Synth`].
    pub fn strikes(&self) -> &'static [Strike] {
        self.strikes
    }
}

/// A cue's length in samples.
pub fn length(builtin: &Builtin) -> usize {
    synth::length(builtin.strikes)
}

/// The gain that brings a cue to its loudness. Measuring makes the whole
/// cue once, sample by sample (no copy of it is kept), the first time it is
/// wanted; the figure is kept for the rest of the run.
pub fn gain(builtin: &Builtin) -> f32 {
    static GAINS: [OnceLock<f32>; ALL.len()] = [const { OnceLock::new() }; ALL.len()];
    let index = ALL
        .iter()
        .position(|known| known.name == builtin.name)
        .unwrap_or(0);
    *GAINS[index].get_or_init(|| {
        let measured = loudness::loudness_of(Synth::new(builtin.strikes, 1.0, 0));
        10f32.powf((REFERENCE_LUFS + builtin.relative_db - measured) / 20.0)
    })
}

const BREATH_TONE: [Partial; 6] = [
    partial(1.0, 1.0, None, 0.0),
    partial(2.0, 0.7, None, 0.0),
    partial(3.0, 0.5, None, 0.0),
    partial(4.0, 0.3, None, 0.0),
    partial(5.0, 0.18, None, 0.0),
    partial(6.0, 0.1, None, 0.0),
];

/// One note struck at the start.
const fn alone(note: Note) -> [Strike; 1] {
    [Strike { at: 0.0, note }]
}

const RISE: [Strike; 1] = alone(Note {
    seconds: 1.4,
    from_hz: 261.6,
    to_hz: 392.0,
    attack: 0.25,
    release: 0.55,
    partials: &BREATH_TONE,
    breath: 0.25,
});

const FALL: [Strike; 1] = alone(Note {
    seconds: 1.4,
    from_hz: 392.0,
    to_hz: 261.6,
    attack: 0.25,
    release: 0.6,
    partials: &BREATH_TONE,
    breath: 0.25,
});

const WOOD: [Partial; 3] = [
    partial(1.0, 1.0, Some(0.030), 0.0),
    partial(2.75, 0.55, Some(0.016), 0.0),
    partial(5.1, 0.2, Some(0.008), 0.0),
];

const TICK: [Strike; 1] = alone(Note {
    seconds: 0.22,
    from_hz: 820.0,
    to_hz: 800.0,
    attack: 0.002,
    release: 0.03,
    partials: &WOOD,
    breath: 0.0,
});

const CLICK: [Partial; 2] = [
    partial(1.0, 1.0, Some(0.006), 0.0),
    partial(1.6, 0.5, Some(0.004), 0.0),
];

const COUNT_TICK: [Strike; 1] = alone(Note {
    seconds: 0.05,
    from_hz: 3_200.0,
    to_hz: 3_200.0,
    attack: 0.001,
    release: 0.01,
    partials: &CLICK,
    breath: 0.0,
});

/// A small bowl: partial ratios near those of a struck bowl, each beating slowly.
const SMALL_BOWL: [Partial; 4] = [
    partial(1.0, 1.0, Some(2.2), 0.8),
    partial(2.71, 0.55, Some(1.2), 1.1),
    partial(5.15, 0.25, Some(0.6), 1.7),
    partial(8.43, 0.1, Some(0.3), 2.3),
];

const CHIME: [Strike; 1] = alone(Note {
    seconds: 4.0,
    from_hz: 587.3,
    to_hz: 587.3,
    attack: 0.006,
    release: 0.6,
    partials: &SMALL_BOWL,
    breath: 0.0,
});

const DEEP_BOWL: [Partial; 5] = [
    partial(1.0, 1.0, Some(4.0), 0.6),
    partial(2.76, 0.75, Some(2.6), 0.9),
    partial(5.40, 0.4, Some(1.4), 1.3),
    partial(8.93, 0.2, Some(0.8), 1.9),
    partial(13.3, 0.08, Some(0.5), 2.6),
];

const BELL: [Strike; 1] = alone(Note {
    seconds: 7.0,
    from_hz: 329.6,
    to_hz: 329.6,
    attack: 0.008,
    release: 1.2,
    partials: &DEEP_BOWL,
    breath: 0.0,
});

const BRIGHT: [Partial; 3] = [
    partial(1.0, 1.0, Some(0.18), 0.0),
    partial(2.0, 0.5, Some(0.10), 0.0),
    partial(3.0, 0.35, Some(0.06), 0.0),
];

const fn bright_strike(at: f64, hz: f64) -> Strike {
    Strike {
        at,
        note: Note {
            seconds: 0.7,
            from_hz: hz,
            to_hz: hz,
            attack: 0.003,
            release: 0.2,
            partials: &BRIGHT,
            breath: 0.0,
        },
    }
}

/// Two quick taps, the second a fourth higher.
const TENSE: [Strike; 2] = [bright_strike(0.0, 659.3), bright_strike(0.16, 880.0)];

/// Marimba-like: the bar's fourth partial is tuned two octaves up.
const BAR: [Partial; 3] = [
    partial(1.0, 1.0, Some(0.16), 0.0),
    partial(4.0, 0.35, Some(0.05), 0.0),
    partial(9.9, 0.06, Some(0.02), 0.0),
];

const PLUCK: [Strike; 1] = alone(Note {
    seconds: 0.6,
    from_hz: 523.3,
    to_hz: 523.3,
    attack: 0.002,
    release: 0.15,
    partials: &BAR,
    breath: 0.0,
});

const fn bowl_strike(at: f64, hz: f64) -> Strike {
    Strike {
        at,
        note: Note {
            seconds: 3.0,
            from_hz: hz,
            to_hz: hz,
            attack: 0.01,
            release: 0.8,
            partials: &SMALL_BOWL,
            breath: 0.0,
        },
    }
}

/// Two soft bowl notes, going down.
const TWO_BOWLS: [Strike; 2] = [bowl_strike(0.0, 523.3), bowl_strike(0.45, 392.0)];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audio::loudness::{loudness, peak, share_above, small_speaker_loudness};
    use crate::audio::mix::RATE;

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
    fn every_recipe_fits_the_room_a_playing_cue_has() {
        for builtin in &ALL {
            assert!(
                builtin.strikes.len() <= synth::MAX_STRIKES,
                "{}",
                builtin.name
            );
            for strike in builtin.strikes {
                assert!(
                    strike.note.partials.len() <= synth::MAX_PARTIALS,
                    "{}",
                    builtin.name
                );
            }
            assert_eq!(render(builtin).len(), length(builtin), "{}", builtin.name);
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
