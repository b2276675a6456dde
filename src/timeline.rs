//! An exercise flattened into timed segments. Everything the player and the
//! audio cues need is here, so a session is only "where are we on this list".

use std::time::Duration;

use crate::exercise::{Breath, Exercise, Kind, Practice};

/// What the person does during a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    Breath(Breath),
    Prompt,
    Tense,
    Release,
}

impl StepKind {
    /// Short word for the command line and tests.
    pub fn word(self) -> &'static str {
        match self {
            StepKind::Breath(Breath::Inhale) => "inhale",
            StepKind::Breath(Breath::Hold) => "hold",
            StepKind::Breath(Breath::Exhale) => "exhale",
            StepKind::Breath(Breath::HoldEmpty) => "hold-empty",
            StepKind::Prompt => "prompt",
            StepKind::Tense => "tense",
            StepKind::Release => "release",
        }
    }
}

/// Which round of a breathing pattern a segment belongs to (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub number: u32,
    pub of: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub start: Duration,
    pub duration: Duration,
    pub kind: StepKind,
    /// Short heading: "Breathe in", "5 things you can see", "Right hand".
    pub label: String,
    /// Longer guidance; empty for plain breathing phases.
    pub text: String,
    /// Cue played when the segment begins: the step's own, else the exercise default.
    pub cue: Option<String>,
    pub cycle: Option<Cycle>,
}

impl Segment {
    pub fn end(&self) -> Duration {
        self.start + self.duration
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    kind: Kind,
    segments: Vec<Segment>,
    total: Duration,
    end_cue: Option<String>,
}

/// Seconds from a validated file; validation already refused anything not finite or ≤ 0.
fn seconds(value: f64) -> Duration {
    Duration::try_from_secs_f64(value).unwrap_or(Duration::ZERO)
}

impl Timeline {
    pub fn from_exercise(exercise: &Exercise) -> Timeline {
        let mut builder = Builder::default();
        let cues = &exercise.cues;
        match &exercise.practice {
            Practice::Breathing { phases, repeat } => {
                let cycles = crate::exercise::cycle_count(phases, *repeat);
                for number in 1..=cycles {
                    for phase in phases {
                        let default_cue = match phase.breath {
                            Breath::Inhale => &cues.inhale,
                            Breath::Hold => &cues.hold,
                            Breath::Exhale => &cues.exhale,
                            Breath::HoldEmpty => &cues.hold_empty,
                        };
                        builder.push(
                            StepKind::Breath(phase.breath),
                            phase.seconds,
                            phase
                                .text
                                .clone()
                                .unwrap_or_else(|| phase.breath.default_text().to_owned()),
                            String::new(),
                            phase.cue.as_ref().or(default_cue.as_ref()),
                            Some(Cycle { number, of: cycles }),
                        );
                    }
                }
            }
            Practice::Grounding { steps } => {
                for step in steps {
                    builder.push(
                        StepKind::Prompt,
                        step.seconds,
                        step.label.clone(),
                        step.text.clone(),
                        step.cue.as_ref().or(cues.prompt.as_ref()),
                        None,
                    );
                }
            }
            Practice::Relaxation {
                tense_seconds,
                release_seconds,
                groups,
            } => {
                for group in groups {
                    builder.push(
                        StepKind::Tense,
                        group.tense_seconds.unwrap_or(*tense_seconds),
                        group.name.clone(),
                        group.tense.clone(),
                        cues.tense.as_ref(),
                        None,
                    );
                    builder.push(
                        StepKind::Release,
                        group.release_seconds.unwrap_or(*release_seconds),
                        group.name.clone(),
                        group.release.clone(),
                        cues.release.as_ref(),
                        None,
                    );
                }
            }
        }
        Timeline {
            kind: exercise.practice.kind(),
            total: builder.at,
            segments: builder.segments,
            end_cue: cues.end.clone(),
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    pub fn total(&self) -> Duration {
        self.total
    }

    pub fn end_cue(&self) -> Option<&str> {
        self.end_cue.as_deref()
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
}

#[derive(Default)]
struct Builder {
    at: Duration,
    segments: Vec<Segment>,
}

impl Builder {
    fn push(
        &mut self,
        kind: StepKind,
        secs: f64,
        label: String,
        text: String,
        cue: Option<&String>,
        cycle: Option<Cycle>,
    ) {
        let duration = seconds(secs);
        self.segments.push(Segment {
            start: self.at,
            duration,
            kind,
            label,
            text,
            cue: cue.cloned(),
            cycle,
        });
        self.at += duration;
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
    let eased = (1.0 - (std::f32::consts::PI * progress.clamp(0.0, 1.0)).cos()) / 2.0;
    match breath {
        Breath::Inhale => eased,
        Breath::Hold => 1.0,
        Breath::Exhale => 1.0 - eased,
        Breath::HoldEmpty => 0.0,
    }
}
