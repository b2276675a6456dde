//! When each cue was heard in a recording of the null sink, against when the
//! timeline says it is due. Cues are found as the tests find them
//! (tests/support/listen.rs: by their loudness envelope).

use steady::library::Library;

use crate::process::median;

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
