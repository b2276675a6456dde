//! Hearing a recording: where a known cue starts, found by matching how its
//! loudness grows over time, not its waveform. A real sound path may
//! resample the stream or change its sample format, which moves every
//! sample a little and spoils a waveform match; the loudness survives both.

use super::RATE;

/// Samples in one envelope step: a millisecond.
const FRAME: usize = RATE / 1000;
/// Each envelope value is the RMS of this many steps (5 ms): long enough to
/// smooth a low tone's own ripple, short enough to keep an attack sharp.
const SPAN: usize = 5;
/// A match below this is not the cue (1 = the same shape).
pub const LEAST_SCORE: f32 = 0.6;
/// How far from where its loudness places a cue its waveform is looked for.
const REFINE_MS: f64 = 15.0;
/// The part of a cue that is matched: its first 300 ms carry the onset's shape.
const SHAPE_MS: usize = 300;

/// Loudness over time: the RMS of the 5 ms starting at each millisecond.
pub fn envelope(samples: &[f32]) -> Vec<f32> {
    let energy: Vec<f64> = samples
        .chunks(FRAME)
        .map(|frame| frame.iter().map(|s| f64::from(s * s)).sum())
        .collect();
    (0..energy.len())
        .map(|at| {
            let span = &energy[at..(at + SPAN).min(energy.len())];
            (span.iter().sum::<f64>() / (span.len() * FRAME) as f64).sqrt() as f32
        })
        .collect()
}

/// The correlation of `a` and `b` (same length) around their means: 1 for
/// the same shape at any level, 0 for nothing alike.
fn correlation(a: &[f32], b: &[f32]) -> f32 {
    let count = a.len() as f64;
    let mean_a = a.iter().map(|&v| f64::from(v)).sum::<f64>() / count;
    let mean_b = b.iter().map(|&v| f64::from(v)).sum::<f64>() / count;
    let (mut both, mut only_a, mut only_b) = (0.0, 0.0, 0.0);
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = (f64::from(x) - mean_a, f64::from(y) - mean_b);
        both += x * y;
        only_a += x * x;
        only_b += y * y;
    }
    if only_a == 0.0 || only_b == 0.0 {
        return 0.0;
    }
    (both / (only_a * only_b).sqrt()) as f32
}

/// Where in `haystack` `needle` best matches, starting between `from` and
/// `to`: in steps, between steps where the peak lies between two, with
/// the match's score.
fn best_match(haystack: &[f32], needle: &[f32], from: usize, to: usize) -> Option<(f64, f32)> {
    let last = to.min(haystack.len().checked_sub(needle.len())?);
    if from > last {
        return None;
    }
    let scores: Vec<f32> = (from..=last)
        .map(|at| correlation(&haystack[at..at + needle.len()], needle))
        .collect();
    let (index, &top) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    // A parabola through the peak and its neighbours places it between steps.
    let shift = match (
        index.checked_sub(1).map(|i| scores[i]),
        scores.get(index + 1),
    ) {
        (Some(before), Some(&after)) => {
            let curve = before - 2.0 * top + after;
            if curve < 0.0 {
                f64::from(0.5 * (before - after) / curve)
            } else {
                0.0
            }
        }
        _ => 0.0,
    };
    Some(((from + index) as f64 + shift, top))
}

/// A built-in cue's samples, as the mixer plays it at full volume.
pub fn samples_of(name: &str) -> Vec<f32> {
    steady::audio::cues::builtin_clip(name)
        .expect("a built-in cue")
        .to_vec()
}

/// Where sound grows: how much louder each millisecond is than the one
/// [`SPAN`] before (silence before the start). A cue's tail only falls, so
/// it cannot pass for its onset, which a match on loudness alone allows (a
/// fading knock looks like a louder one, a step later).
pub fn onset_strength(envelope: &[f32]) -> Vec<f32> {
    (0..envelope.len())
        .map(|at| {
            let before = at
                .checked_sub(SPAN)
                .map_or(0.0, |earlier| envelope[earlier]);
            (envelope[at] - before).max(0.0)
        })
        .collect()
}

/// A recording, ready to be searched for cues (its onsets found once).
pub struct Heard<'a> {
    samples: &'a [f32],
    onsets: Vec<f32>,
}

impl<'a> Heard<'a> {
    pub fn new(samples: &'a [f32]) -> Heard<'a> {
        Heard {
            samples,
            onsets: onset_strength(&envelope(samples)),
        }
    }

    /// Where built-in cue `name` starts near `around_ms` (± `slack_ms`), in
    /// ms into the recording, with the match's score (1 = the same shape).
    /// Found by how its loudness grows; then, where the sound path kept
    /// the cue's waveform, placed to the sample by it.
    pub fn find(&self, name: &str, around_ms: f64, slack_ms: f64) -> Option<(f64, f32)> {
        let cue = samples_of(name);
        let grows = onset_strength(&envelope(&cue));
        let shape = &grows[..grows.len().min(SHAPE_MS)];
        let from = (around_ms - slack_ms).max(0.0) as usize;
        let to = (around_ms + slack_ms).max(0.0) as usize;
        let (at, score) = best_match(&self.onsets, shape, from, to)?;
        Some((self.to_the_sample(&cue, at).unwrap_or(at), score))
    }

    /// How well each of `names` matches near `around_ms` (± `slack_ms`),
    /// best first: what a failing test says it heard instead.
    pub fn sounds_like(&self, names: &[&str], around_ms: f64, slack_ms: f64) -> String {
        let mut scores: Vec<(&str, f32)> = names
            .iter()
            .map(|name| {
                let score = self.find(name, around_ms, slack_ms).map_or(0.0, |(_, s)| s);
                (*name, score)
            })
            .collect();
        scores.sort_by(|a, b| b.1.total_cmp(&a.1));
        scores
            .iter()
            .map(|(name, score)| format!("{name} {score:.2}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Within [`REFINE_MS`] of `rough_ms`, where the cue's first 100 ms of
    /// waveform match best, if they match well (a path that resampled the
    /// stream or lost samples may not keep it: then the rough place stands).
    fn to_the_sample(&self, cue: &[f32], rough_ms: f64) -> Option<f64> {
        let wave = &cue[..cue.len().min(RATE / 10)];
        let wave_norm = wave.iter().map(|v| f64::from(v * v)).sum::<f64>().sqrt();
        let from = ms_to_samples(rough_ms - REFINE_MS);
        let last =
            ms_to_samples(rough_ms + REFINE_MS).min(self.samples.len().checked_sub(wave.len())?);
        let mut best: Option<(usize, f64)> = None;
        for at in from..=last {
            let window = &self.samples[at..at + wave.len()];
            let dot: f64 = window.iter().zip(wave).map(|(a, b)| f64::from(a * b)).sum();
            if dot <= 0.0 {
                continue;
            }
            let norm = window.iter().map(|v| f64::from(v * v)).sum::<f64>().sqrt();
            let score = dot / (norm * wave_norm).max(f64::MIN_POSITIVE);
            if best.is_none_or(|(_, top)| score > top) {
                best = Some((at, score));
            }
        }
        best.filter(|(_, score)| *score >= 0.9)
            .map(|(at, _)| samples_to_ms(at))
    }
}

/// Where built-in cue `name` starts near `around_ms` (± `slack_ms`) in
/// `recording`: ms, with the match's score.
pub fn find_cue(
    recording: &[f32],
    name: &str,
    around_ms: f64,
    slack_ms: f64,
) -> Option<(f64, f32)> {
    Heard::new(recording).find(name, around_ms, slack_ms)
}

/// The first sample from `from` on louder than the sink's silence.
pub fn first_sound(samples: &[f32], from: usize) -> Option<usize> {
    samples
        .iter()
        .skip(from)
        .position(|sample| sample.abs() > 0.01)
        .map(|at| from + at)
}

/// Onsets by threshold: sample indexes where sound starts after `gap_ms` of quiet.
pub fn onsets(samples: &[f32], threshold: f32, gap_ms: usize) -> Vec<usize> {
    let gap = gap_ms * FRAME;
    let mut found = Vec::new();
    let mut quiet = gap;
    for (index, sample) in samples.iter().enumerate() {
        if sample.abs() > threshold {
            if quiet >= gap {
                found.push(index);
            }
            quiet = 0;
        } else {
            quiet += 1;
        }
    }
    found
}

/// The largest difference between neighbouring samples in `range`.
pub fn largest_step(samples: &[f32], range: std::ops::Range<usize>) -> f32 {
    let range = range.start.min(samples.len())..range.end.min(samples.len());
    samples[range]
        .windows(2)
        .map(|pair| (pair[1] - pair[0]).abs())
        .fold(0.0, f32::max)
}

/// The loudest sample in `range`.
pub fn peak(samples: &[f32], range: std::ops::Range<usize>) -> f32 {
    let range = range.start.min(samples.len())..range.end.min(samples.len());
    samples[range].iter().fold(0.0, |peak, s| peak.max(s.abs()))
}

pub fn ms_to_samples(ms: f64) -> usize {
    (ms * RATE as f64 / 1000.0).max(0.0) as usize
}

pub fn samples_to_ms(samples: usize) -> f64 {
    samples as f64 * 1000.0 / RATE as f64
}

/// How long sound took to die away after `from` (a sample index), in ms:
/// the length of [`fade_out`]. A fade of 20 ms takes about 13 ms here; a cut
/// takes about the window's 5.
pub fn decay_ms(samples: &[f32], from: usize) -> Option<f64> {
    fade_out(samples, from).map(|fade| samples_to_ms(fade.len()))
}

/// Where sound died away after `from` (a sample index): from the first
/// moment it fell under 70% of its level just before `from`, to the first
/// under 5%; measured with a 5 ms window sliding by 1 ms. `None` if nothing
/// was sounding at `from`, or it never fell that far.
pub fn fade_out(samples: &[f32], from: usize) -> Option<std::ops::Range<usize>> {
    let window = 5 * FRAME;
    let rms = |at: usize| {
        let part = &samples[at.min(samples.len())..(at + window).min(samples.len())];
        (part.iter().map(|s| s * s).sum::<f32>() / part.len().max(1) as f32).sqrt()
    };
    let level = rms(from.saturating_sub(window * 4));
    if level < 0.005 {
        return None;
    }
    let mut start = None;
    let mut at = from;
    while at + window < samples.len() {
        let now = rms(at);
        if start.is_none() && now < 0.7 * level {
            start = Some(at);
        }
        if let Some(start) = start {
            if now < 0.05 * level {
                return Some(start..at);
            }
        }
        at += FRAME;
    }
    None
}

/// The amplitude of `hz` in `samples` (Goertzel): 0.4 for a sine of amplitude 0.4.
pub fn strength(samples: &[f32], hz: f64) -> f64 {
    let omega = std::f64::consts::TAU * hz / RATE as f64;
    let coefficient = 2.0 * omega.cos();
    let (mut previous, mut before) = (0.0f64, 0.0f64);
    for &sample in samples {
        let now = f64::from(sample) + coefficient * previous - before;
        before = previous;
        previous = now;
    }
    let power = previous * previous + before * before - coefficient * previous * before;
    2.0 * power.max(0.0).sqrt() / samples.len().max(1) as f64
}
