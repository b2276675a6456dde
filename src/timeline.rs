//! An exercise (or a routine of several) flattened into timed segments.
//! Everything the player and the audio cues need is here, so a session is only
//! "where are we on this list".

use std::collections::BTreeMap;
use std::time::Duration;

use crate::exercise::steps::{self, Step};
pub use crate::exercise::steps::{Cycle, StepKind};
use crate::exercise::Exercise;
use crate::exercise::{Breath, Kind, Sound};

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub start: Duration,
    pub duration: Duration,
    pub kind: StepKind,
    /// Short heading: "Breathe in", "5 things you can see", "Right hand".
    pub label: String,
    /// Longer guidance; empty for plain breathing phases.
    pub text: String,
    /// The words read aloud when reading aloud is on (see `crate::speech`).
    pub spoken: String,
    /// Cue played when the segment begins: the step's own, else the exercise default.
    pub cue: Option<String>,
    /// The person's own recording, played from the segment's start instead
    /// of the spoken words: a file name in their sounds folder.
    pub recording: Option<String>,
    pub cycle: Option<Cycle>,
    /// Which part of a routine this segment belongs to (0 for a single exercise).
    pub part: usize,
    /// How loud its cue is, 0.0 to 1.0.
    pub level: f32,
    /// How full the breath shape is at the start and at the end of a
    /// breathing step (0 = empty lungs, 1 = full); see [`breath_spans`].
    pub fill: (f32, f32),
}

impl Segment {
    pub fn end(&self) -> Duration {
        self.start + self.duration
    }

    /// How full the breath shape is `progress` (0..=1) through this step,
    /// eased so each breath starts and ends gently; `None` for steps that
    /// are not breaths.
    pub fn fullness_at(&self, progress: f32) -> Option<f32> {
        let StepKind::Breath(_) = self.kind else {
            return None;
        };
        Some(span_fullness(self.fill, progress))
    }
}

/// How full the shape is `progress` (0..=1) through a breath spanning
/// `(from, to)`, eased so it starts and ends gently.
pub fn span_fullness((from, to): (f32, f32), progress: f32) -> f32 {
    from + (to - from) * ease(progress)
}

fn ease(progress: f32) -> f32 {
    (1.0 - (std::f32::consts::PI * progress.clamp(0.0, 1.0)).cos()) / 2.0
}

/// Where each breath of a pattern starts and ends, in fullness. Breaths in
/// one after another share one rise: the physiological sigh's short top-up
/// grows from where the first breath in left off, as lungs do, instead of
/// starting again from empty. Each takes its share of the rise in
/// proportion to its length; breaths out one after another share the fall.
pub fn breath_spans(phases: &[(Breath, Duration)]) -> Vec<(f32, f32)> {
    let mut spans = vec![(0.0, 0.0); phases.len()];
    let mut start = 0;
    while start < phases.len() {
        let breath = phases[start].0;
        let end = start
            + phases[start..]
                .iter()
                .take_while(|(other, _)| *other == breath)
                .count();
        let run = &phases[start..end];
        let total: f64 = run.iter().map(|(_, length)| length.as_secs_f64()).sum();
        let mut done = 0.0;
        for (offset, (_, length)) in run.iter().enumerate() {
            let share = |done: f64| {
                if total > 0.0 {
                    (done / total) as f32
                } else {
                    1.0
                }
            };
            let (from, to) = (share(done), share(done + length.as_secs_f64()));
            spans[start + offset] = match breath {
                Breath::Inhale => (from, to),
                Breath::Exhale => (1.0 - from, 1.0 - to),
                Breath::Hold => (1.0, 1.0),
                Breath::HoldEmpty => (0.0, 0.0),
            };
            done += length.as_secs_f64();
        }
        start = end;
    }
    spans
}

/// One exercise within the timeline: a single exercise has exactly one part.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    /// Index of the part's first segment (a transition before it belongs to it).
    pub first_segment: usize,
    pub start: Duration,
    /// The exercise's own intro and safety line, shown before it starts.
    pub intro: Option<String>,
    pub safety: Option<String>,
}

/// What to read before a part starts: the words leading into it (a routine's
/// intro, a transition), the part's intro, and its safety line apart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Briefing {
    pub paragraphs: Vec<String>,
    pub safety: Option<String>,
}

/// Calm reading: about 0.4 seconds a word (150 words a minute).
const SECONDS_PER_WORD: f64 = 0.4;

impl Briefing {
    /// The lead, then the intro (blank ones left out), and the safety line.
    pub fn new(lead: Option<&str>, intro: Option<&str>, safety: Option<&str>) -> Briefing {
        let kept = |text: &str| {
            let text = text.trim();
            (!text.is_empty()).then(|| text.to_owned())
        };
        Briefing {
            paragraphs: lead.into_iter().chain(intro).filter_map(kept).collect(),
            safety: safety.and_then(kept),
        }
    }

    pub fn words(&self) -> usize {
        self.paragraphs
            .iter()
            .chain(&self.safety)
            .map(|text| text.split_whitespace().count())
            .sum()
    }

    /// How long the briefing takes to read calmly, in whole seconds.
    pub fn reading_time(&self) -> Duration {
        Duration::from_secs((self.words() as f64 * SECONDS_PER_WORD).ceil() as u64)
    }

    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty() && self.safety.is_none()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    segments: Vec<Segment>,
    parts: Vec<Part>,
    total: Duration,
    end_cue: Option<String>,
    /// How loud the end cue is.
    end_level: f32,
    /// Sounds the segments' cues may name besides the built-in ones.
    sounds: BTreeMap<String, Sound>,
}

impl Timeline {
    pub fn from_exercise(exercise: &Exercise) -> Timeline {
        let mut builder = Builder::default();
        builder.begin_part(exercise);
        builder.extend(0, steps::steps(exercise));
        builder.finish(
            exercise.cues.end.clone(),
            exercise.cue_volume.clamp(0.0, 1.0) as f32,
            exercise.sounds.clone(),
        )
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// The kind of the first part: what a single exercise is.
    pub fn kind(&self) -> Kind {
        self.parts.first().map_or(Kind::Breathing, |part| part.kind)
    }

    pub fn total(&self) -> Duration {
        self.total
    }

    pub fn end_cue(&self) -> Option<&str> {
        self.end_cue.as_deref()
    }

    pub fn end_level(&self) -> f32 {
        self.end_level
    }

    pub fn sounds(&self) -> &BTreeMap<String, Sound> {
        &self.sounds
    }

    /// What to read before part `part`: `lead` (a routine's intro or a
    /// transition's words), then the part's intro and safety line.
    pub fn briefing(&self, part: usize, lead: Option<&str>) -> Briefing {
        let part = self.parts.get(part);
        Briefing::new(
            lead,
            part.and_then(|part| part.intro.as_deref()),
            part.and_then(|part| part.safety.as_deref()),
        )
    }

    /// Index of the segment that is under way at `at`; `None` once the timeline is over.
    pub fn index_at(&self, at: Duration) -> Option<usize> {
        if at >= self.total {
            return None;
        }
        // Segments are sorted by start: the last one starting at or before `at`.
        Some(
            self.segments
                .partition_point(|segment| segment.start <= at)
                .saturating_sub(1),
        )
    }

    /// Whether `at` is exactly where a segment starts (or the very end).
    pub fn is_boundary(&self, at: Duration) -> bool {
        match self.index_at(at) {
            Some(index) => self.segments[index].start == at,
            None => true,
        }
    }
}

/// Builds a timeline part by part; routines use it too.
#[derive(Default)]
pub(crate) struct Builder {
    at: Duration,
    segments: Vec<Segment>,
    parts: Vec<Part>,
}

impl Builder {
    pub(crate) fn begin_part(&mut self, exercise: &Exercise) {
        self.parts.push(Part {
            id: exercise.id.clone(),
            title: exercise.title.clone(),
            kind: exercise.practice.kind(),
            first_segment: self.segments.len(),
            start: self.at,
            intro: exercise.intro.clone(),
            safety: exercise.safety.clone(),
        });
    }

    pub(crate) fn extend<'a>(&mut self, part: usize, steps: impl Iterator<Item = Step<'a>>) {
        for step in steps {
            self.push(part, step);
        }
    }

    pub(crate) fn push(&mut self, part: usize, step: Step<'_>) {
        self.segments.push(Segment {
            start: self.at,
            duration: step.duration,
            kind: step.kind,
            label: step.label.to_owned(),
            text: step.text.to_owned(),
            spoken: step.spoken(),
            cue: step.cue.map(str::to_owned),
            recording: step.recording.map(str::to_owned),
            cycle: step.cycle,
            part,
            level: step.level,
            fill: (0.0, 0.0),
        });
        self.at += step.duration;
    }

    pub(crate) fn finish(
        self,
        end_cue: Option<String>,
        end_level: f32,
        sounds: BTreeMap<String, Sound>,
    ) -> Timeline {
        let mut segments = self.segments;
        fill_breaths(&mut segments);
        Timeline {
            total: self.at,
            segments,
            parts: self.parts,
            end_cue,
            end_level,
            sounds,
        }
    }
}

/// Each round of breaths gets its spans: a round is the breathing steps of
/// one cycle of one part.
fn fill_breaths(segments: &mut [Segment]) {
    let mut start = 0;
    while start < segments.len() {
        let round = |segment: &Segment| match segment.kind {
            StepKind::Breath(_) => Some((segment.part, segment.cycle.map(|cycle| cycle.number))),
            _ => None,
        };
        let Some(key) = round(&segments[start]) else {
            start += 1;
            continue;
        };
        let end = start
            + segments[start..]
                .iter()
                .take_while(|segment| round(segment) == Some(key))
                .count();
        let phases: Vec<(Breath, Duration)> = segments[start..end]
            .iter()
            .filter_map(|segment| match segment.kind {
                StepKind::Breath(breath) => Some((breath, segment.duration)),
                _ => None,
            })
            .collect();
        for (segment, span) in segments[start..end].iter_mut().zip(breath_spans(&phases)) {
            segment.fill = span;
        }
        start = end;
    }
}

/// `m:ss`, rounding up so a countdown never shows 0:00 while time is left.
pub fn format_clock(duration: Duration) -> String {
    let secs = duration.as_secs() + u64::from(duration.subsec_nanos() > 0);
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// `m:ss.s` for plans, to the tenth of a second.
pub fn format_precise(duration: Duration) -> String {
    let tenths = (duration.as_millis() + 50) / 100;
    format!("{}:{:02}.{}", tenths / 600, (tenths / 10) % 60, tenths % 10)
}

/// How full the breath shape is (0 = empty lungs, 1 = full) during a breathing
/// step at `progress` (0..=1) through it, eased so the turn at each end is gentle.
pub fn breath_fullness(breath: Breath, progress: f32) -> f32 {
    let eased = ease(progress);
    match breath {
        Breath::Inhale => eased,
        Breath::Hold => 1.0,
        Breath::Exhale => 1.0 - eased,
        Breath::HoldEmpty => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaths_in_a_row_share_one_rise_and_one_fall() {
        let secs = Duration::from_secs;
        let spans = breath_spans(&[
            (Breath::Inhale, secs(2)),
            (Breath::Inhale, secs(1)),
            (Breath::Hold, secs(1)),
            (Breath::Exhale, secs(3)),
            (Breath::Exhale, secs(1)),
            (Breath::HoldEmpty, secs(1)),
        ]);
        let third = 2.0 / 3.0;
        assert_eq!(spans[0], (0.0, third));
        assert_eq!(spans[1], (third, 1.0));
        assert_eq!(spans[2], (1.0, 1.0));
        assert_eq!(spans[3], (1.0, 0.25));
        assert_eq!(spans[4], (0.25, 0.0));
        assert_eq!(spans[5], (0.0, 0.0));
        // One breath each way is the plain full rise and fall.
        let plain = breath_spans(&[(Breath::Inhale, secs(4)), (Breath::Exhale, secs(4))]);
        assert_eq!(plain, [(0.0, 1.0), (1.0, 0.0)]);
    }
}
