//! Hearing a recording: where a known cue starts, found by matching its
//! loudness envelope (1 ms frames), so slow and fast attacks are timed alike.

use super::RATE;

/// Samples per envelope frame: one millisecond.
const FRAME: usize = RATE / 1000;

/// The RMS of each millisecond.
pub fn envelope(samples: &[f32]) -> Vec<f32> {
    samples
        .chunks(FRAME)
        .map(|frame| (frame.iter().map(|s| s * s).sum::<f32>() / frame.len() as f32).sqrt())
        .collect()
}

/// The millisecond (in `recording`'s envelope) where `template` best
/// matches, searching onsets from `from_ms` to `to_ms`; with the match's
/// score (1 = the same shape).
pub fn locate(
    recording: &[f32],
    template: &[f32],
    from_ms: usize,
    to_ms: usize,
) -> Option<(usize, f32)> {
    // The first 300 ms carry the onset's shape.
    let length = template.len().min(300);
    let template = &template[..length];
    let template_norm = template.iter().map(|v| v * v).sum::<f32>().sqrt();
    if template_norm == 0.0 {
        return None;
    }
    let mut best: Option<(usize, f32)> = None;
    for lag in from_ms..=to_ms.min(recording.len().saturating_sub(length)) {
        let window = &recording[lag..lag + length];
        let norm = window.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm == 0.0 {
            continue;
        }
        let score =
            window.iter().zip(template).map(|(a, b)| a * b).sum::<f32>() / (norm * template_norm);
        if best.is_none_or(|(_, top)| score > top) {
            best = Some((lag, score));
        }
    }
    best
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

/// A built-in cue's envelope at `gain_db`, as the mixer plays it.
pub fn template(name: &str, gain_db: f32) -> Vec<f32> {
    let gain = 10f32.powf(gain_db / 20.0);
    let samples: Vec<f32> = steady::audio::builtin::samples(name)
        .expect("a built-in cue")
        .iter()
        .map(|sample| sample * gain)
        .collect();
    envelope(&samples)
}

/// The sample where `template`'s first 100 ms best match `recording`'s
/// waveform, searching onsets from `from` to `to`; with the match's score.
/// Exact to the sample where the sound reaches the sink unchanged (the
/// private sink runs at the mixer's rate, so nothing is resampled).
pub fn locate_exactly(
    recording: &[f32],
    template: &[f32],
    from: usize,
    to: usize,
) -> Option<(usize, f32)> {
    let length = template.len().min(RATE / 10);
    let template = &template[..length];
    let template_norm = template.iter().map(|v| v * v).sum::<f32>().sqrt();
    let last = to.min(recording.len().saturating_sub(length));
    let mut best: Option<(usize, f32)> = None;
    for lag in from..=last {
        let window = &recording[lag..lag + length];
        let dot: f32 = window.iter().zip(template).map(|(a, b)| a * b).sum();
        if dot <= 0.0 {
            continue;
        }
        let norm = window.iter().map(|v| v * v).sum::<f32>().sqrt();
        let score = dot / (norm * template_norm).max(f32::MIN_POSITIVE);
        if best.is_none_or(|(_, top)| score > top) {
            best = Some((lag, score));
        }
    }
    best
}

/// A built-in cue's samples at `gain_db`, as the mixer plays it.
pub fn samples_of(name: &str, gain_db: f32) -> Vec<f32> {
    let gain = 10f32.powf(gain_db / 20.0);
    steady::audio::builtin::samples(name)
        .expect("a built-in cue")
        .iter()
        .map(|sample| sample * gain)
        .collect()
}

/// Where `name` starts near `around_ms` (± `slack_ms`): first by envelope,
/// then to the sample by waveform. In ms, with the waveform match's score.
pub fn find_cue(
    recording: &[f32],
    name: &str,
    around_ms: f64,
    slack_ms: f64,
) -> Option<(f64, f32)> {
    let rough = envelope(recording);
    let from = (around_ms - slack_ms).max(0.0) as usize;
    let (coarse, _) = locate(
        &rough,
        &template(name, 0.0),
        from,
        (around_ms + slack_ms) as usize,
    )?;
    let samples = samples_of(name, 0.0);
    let from = ms_to_samples(coarse as f64 - 150.0);
    let to = ms_to_samples(coarse as f64 + 150.0);
    let (at, score) = locate_exactly(recording, &samples, from, to)?;
    Some((at as f64 * 1000.0 / RATE as f64, score))
}

/// How long sound took to die away after `from` (a sample index): from the
/// first moment it fell under 70% of its level just before, to the first
/// under 5%; in ms, measured with a 5 ms window sliding by 1 ms. A fade of
/// 20 ms takes about 13 ms here; a cut takes about the window's 5.
pub fn decay_ms(samples: &[f32], from: usize) -> Option<f64> {
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
                return Some((at - start) as f64 * 1000.0 / RATE as f64);
            }
        }
        at += FRAME;
    }
    None
}
