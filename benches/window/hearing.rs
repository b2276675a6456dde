//! When each cue was heard in a recording of the null sink, against when the
//! timeline says it is due. A cue is found first by its loudness envelope
//! (1 ms frames: slow and fast attacks are timed alike), then to the sample
//! by matching its waveform (the private sink runs at the mixer's rate, so
//! nothing is resampled on the way).

use steady::library::Library;

use crate::process::median;
use crate::servers::RATE;

/// Samples in one envelope frame: a millisecond.
const FRAME: usize = RATE / 1000;
/// A match below this is not the cue (1 = the same shape).
const LEAST_SCORE: f32 = 0.6;

/// A cue the timeline plays, and when (ms from the first segment's start).
pub struct Due {
    pub name: String,
    pub at_ms: f64,
}

/// Every cue of a shipped exercise: one at each segment that has one, and
/// the end cue.
pub fn schedule(id: &str) -> Vec<Due> {
    let library = Library::builtin();
    let entry = library.get(id).expect("a shipped exercise");
    let timeline = entry.playable().timeline;
    let mut due: Vec<Due> = timeline
        .segments()
        .iter()
        .filter_map(|segment| {
            Some(Due {
                name: segment.cue.clone()?,
                at_ms: segment.start.as_secs_f64() * 1000.0,
            })
        })
        .collect();
    if let Some(end) = timeline.end_cue() {
        due.push(Due {
            name: end.to_owned(),
            at_ms: timeline.total().as_secs_f64() * 1000.0,
        });
    }
    due
}

/// A built-in cue as the mixer plays it at `gain_db`.
fn cue_samples(name: &str, gain_db: f32) -> Vec<f32> {
    let gain = 10f32.powf(gain_db / 20.0);
    steady::audio::builtin::samples(name)
        .expect("a built-in cue")
        .iter()
        .map(|sample| sample * gain)
        .collect()
}

/// The RMS of each millisecond.
fn envelope(samples: &[f32]) -> Vec<f32> {
    samples
        .chunks(FRAME)
        .map(|frame| (frame.iter().map(|s| s * s).sum::<f32>() / frame.len() as f32).sqrt())
        .collect()
}

/// Where in `haystack` (starting between `from` and `to`) `needle` matches
/// best, by normalised cross-correlation; with the score.
fn best_match(haystack: &[f32], needle: &[f32], from: usize, to: usize) -> Option<(usize, f32)> {
    let needle_norm = needle.iter().map(|v| v * v).sum::<f32>().sqrt();
    let last = to.min(haystack.len().saturating_sub(needle.len()));
    let mut best: Option<(usize, f32)> = None;
    for at in from..=last {
        let window = &haystack[at..at + needle.len()];
        let dot: f32 = window.iter().zip(needle).map(|(a, b)| a * b).sum();
        if dot <= 0.0 {
            continue;
        }
        let norm = window.iter().map(|v| v * v).sum::<f32>().sqrt();
        let score = dot / (norm * needle_norm).max(f32::MIN_POSITIVE);
        if best.is_none_or(|(_, top)| score > top) {
            best = Some((at, score));
        }
    }
    best
}

/// The cues' samples and envelopes, made once.
pub struct Ear {
    cues: Vec<(String, Vec<f32>, Vec<f32>)>,
}

impl Ear {
    pub fn new(names: impl IntoIterator<Item = String>, gain_db: f32) -> Ear {
        let mut cues: Vec<(String, Vec<f32>, Vec<f32>)> = Vec::new();
        for name in names {
            if cues.iter().all(|(known, ..)| *known != name) {
                let samples = cue_samples(&name, gain_db);
                let shape = envelope(&samples);
                cues.push((name, samples, shape));
            }
        }
        Ear { cues }
    }

    /// Where `name` starts (ms into the recording) near `around_ms`, within
    /// `slack_ms`; none if nothing there sounds like it.
    pub fn find(
        &self,
        recording: &[f32],
        rough: &[f32],
        name: &str,
        around_ms: f64,
        slack_ms: f64,
    ) -> Option<f64> {
        let (_, samples, shape) = self.cues.iter().find(|(known, ..)| known == name)?;
        // The first 300 ms carry the onset's shape; 100 ms of waveform pin it.
        let shape = &shape[..shape.len().min(300)];
        let from = (around_ms - slack_ms).max(0.0) as usize;
        let (coarse, _) = best_match(rough, shape, from, (around_ms + slack_ms) as usize)?;
        let wave = &samples[..samples.len().min(RATE / 10)];
        let from = (coarse * FRAME).saturating_sub(RATE * 3 / 20);
        let (at, score) = best_match(recording, wave, from, coarse * FRAME + RATE * 3 / 20)?;
        (score >= LEAST_SCORE).then(|| at as f64 * 1000.0 / RATE as f64)
    }
}

/// The envelope a recording is searched by.
pub fn rough(recording: &[f32]) -> Vec<f32> {
    envelope(recording)
}

/// The first sample from `from` on louder than the sink's silence.
pub fn first_sound(samples: &[f32], from: usize) -> Option<usize> {
    samples
        .iter()
        .skip(from)
        .position(|sample| sample.abs() > 0.01)
        .map(|at| from + at)
}

/// How the heard cues sat against the schedule.
pub struct Timing {
    pub heard: usize,
    pub due: usize,
    /// The typical heard − due, the first cue anchoring the grid: how much
    /// the other cues sit later than the first one. Removed from the errors.
    pub grid_ms: f64,
    pub median_error_ms: f64,
    pub worst_error_ms: f64,
    /// The slope of heard − due over time, per five minutes.
    pub drift_ms_per_5_min: f64,
    /// The last cue heard: heard − due.
    pub last_offset_ms: f64,
    /// From the first cue to the last one heard.
    pub span_s: f64,
}

/// The least-squares slope of y over x.
pub fn slope(points: &[(f64, f64)]) -> f64 {
    let count = points.len() as f64;
    let mean_x = points.iter().map(|(x, _)| x).sum::<f64>() / count;
    let mean_y = points.iter().map(|(_, y)| y).sum::<f64>() / count;
    let covariance: f64 = points
        .iter()
        .map(|(x, y)| (x - mean_x) * (y - mean_y))
        .sum();
    let variance: f64 = points.iter().map(|(x, _)| (x - mean_x).powi(2)).sum();
    covariance / variance.max(f64::MIN_POSITIVE)
}

/// Each cue's (due ms, heard − due ms), the first cue anchoring the grid.
pub fn timing(offsets: &[(f64, f64)], due: usize) -> Timing {
    let values: Vec<f64> = offsets.iter().map(|(_, offset)| *offset).collect();
    let latency = median(&values);
    let errors: Vec<f64> = values
        .iter()
        .map(|offset| (offset - latency).abs())
        .collect();
    Timing {
        heard: offsets.len(),
        due,
        grid_ms: latency,
        median_error_ms: median(&errors),
        worst_error_ms: errors.iter().copied().fold(0.0, f64::max),
        drift_ms_per_5_min: slope(offsets) * 300_000.0,
        last_offset_ms: offsets.last().map_or(f64::NAN, |(_, o)| *o),
        span_s: offsets.last().map_or(0.0, |(t, _)| t / 1000.0),
    }
}
