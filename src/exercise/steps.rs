//! The steps an exercise makes, in order, computed from the model alone.
//!
//! The timeline is built from these steps and validation sums the same steps,
//! so the length a file is checked against is exactly the length it runs.
//! Durations are whole milliseconds, so totals add up exactly.

use std::time::Duration;

use super::{Breath, Exercise, Practice, Repeat};

/// What the person does during a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    Breath(Breath),
    Prompt,
    Tense,
    Release,
    /// A calm pause between the parts of a routine.
    Transition,
}

impl StepKind {
    /// Short word for `steady plan`, in the program's language.
    pub fn word(self) -> &'static str {
        match self {
            StepKind::Breath(Breath::Inhale) => crate::t!("plan-kind-inhale"),
            StepKind::Breath(Breath::Hold) => crate::t!("plan-kind-hold"),
            StepKind::Breath(Breath::Exhale) => crate::t!("plan-kind-exhale"),
            StepKind::Breath(Breath::HoldEmpty) => crate::t!("plan-kind-hold-empty"),
            StepKind::Prompt => crate::t!("plan-kind-prompt"),
            StepKind::Tense => crate::t!("plan-kind-tense"),
            StepKind::Release => crate::t!("plan-kind-release"),
            StepKind::Transition => crate::t!("plan-kind-transition"),
        }
    }
}

/// Which round of a breathing pattern a step belongs to (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub number: u32,
    pub of: u32,
}

/// One step, borrowing its words from the exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<'a> {
    pub kind: StepKind,
    pub duration: Duration,
    pub label: &'a str,
    pub text: &'a str,
    pub cue: Option<&'a str>,
    pub cycle: Option<Cycle>,
    /// How loud the cue is, 0.0 to 1.0 (the exercise's cue volume).
    pub level: f32,
    /// The file's own words to read aloud, if it gives them.
    pub say: Option<&'a str>,
    /// The person's own recording for this step (a file in their sounds folder).
    pub recording: Option<&'a str>,
}

impl Step<'_> {
    /// The words read aloud for this step: the file's own, else what is
    /// shown. A tensing step names its muscles first, so a person with
    /// closed eyes knows which; letting go follows it and needs no name.
    pub fn spoken(&self) -> String {
        if let Some(say) = self.say {
            return say.trim().to_owned();
        }
        match self.kind {
            StepKind::Breath(_) | StepKind::Release => if self.text.is_empty() {
                self.label
            } else {
                self.text
            }
            .trim()
            .to_owned(),
            StepKind::Prompt | StepKind::Tense | StepKind::Transition => {
                sentences(self.label, self.text)
            }
        }
    }
}

/// "Both arms" and "Make a fist." read as "Both arms. Make a fist.": a
/// heading gets a full stop so the voice pauses after it.
fn sentences(heading: &str, text: &str) -> String {
    let heading = heading.trim();
    let text = text.trim();
    if heading.is_empty() {
        return text.to_owned();
    }
    let stop = if heading.ends_with(['.', '!', '?', ':']) {
        ""
    } else {
        "."
    };
    if text.is_empty() {
        format!("{heading}{stop}")
    } else {
        format!("{heading}{stop} {text}")
    }
}

/// Seconds as written in a file, to whole milliseconds. Anything not finite
/// or not positive is zero (validation refuses those before anything runs).
pub fn step_duration(seconds: f64) -> Duration {
    if seconds.is_finite() && seconds > 0.0 {
        Duration::from_millis((seconds * 1000.0).round().min(u64::MAX as f64) as u64)
    } else {
        Duration::ZERO
    }
}

/// How many times a breathing pattern runs: the count, or as many whole
/// cycles as reach the target length (stopping mid-breath feels wrong).
pub fn cycle_count(phases: &[super::BreathPhase], repeat: Repeat) -> u64 {
    match repeat {
        Repeat::Cycles(count) => u64::from(count),
        Repeat::Seconds(target) => {
            let cycle: u128 = phases
                .iter()
                .map(|phase| step_duration(phase.seconds).as_millis())
                .sum();
            let target = step_duration(target).as_millis();
            if cycle == 0 || target == 0 {
                return 0;
            }
            u64::try_from(target.div_ceil(cycle).max(1)).unwrap_or(u64::MAX)
        }
    }
}

/// How many steps the exercise makes, computed without making them, so a
/// file asking for billions of steps is refused before anything is built.
pub fn step_count(practice: &Practice) -> u64 {
    match practice {
        Practice::Breathing { phases, repeat } => {
            cycle_count(phases, *repeat).saturating_mul(phases.len() as u64)
        }
        Practice::Grounding { steps } => steps.len() as u64,
        Practice::Relaxation { groups, .. } => (groups.len() as u64).saturating_mul(2),
    }
}

/// The exercise's steps in order. Call only on an exercise whose `step_count`
/// is within the limits: a breathing pattern yields every cycle.
pub fn steps(exercise: &Exercise) -> Box<dyn Iterator<Item = Step<'_>> + '_> {
    let cues = &exercise.cues;
    let level = exercise.cue_volume.clamp(0.0, 1.0) as f32;
    match &exercise.practice {
        Practice::Breathing { phases, repeat } => {
            let cycles = u32::try_from(cycle_count(phases, *repeat)).unwrap_or(u32::MAX);
            Box::new((1..=cycles).flat_map(move |number| {
                phases.iter().map(move |phase| {
                    let default_cue = match phase.breath {
                        Breath::Inhale => &cues.inhale,
                        Breath::Hold => &cues.hold,
                        Breath::Exhale => &cues.exhale,
                        Breath::HoldEmpty => &cues.hold_empty,
                    };
                    Step {
                        kind: StepKind::Breath(phase.breath),
                        duration: step_duration(phase.seconds),
                        label: phase
                            .text
                            .as_deref()
                            .unwrap_or_else(|| phase.breath.default_text()),
                        text: "",
                        cue: phase.cue.as_deref().or(default_cue.as_deref()),
                        cycle: Some(Cycle { number, of: cycles }),
                        level,
                        say: phase.say.as_deref(),
                        recording: phase.recording.as_deref(),
                    }
                })
            }))
        }
        Practice::Grounding { steps } => Box::new(steps.iter().map(move |step| Step {
            kind: StepKind::Prompt,
            duration: step_duration(step.seconds),
            label: &step.label,
            text: &step.text,
            cue: step.cue.as_deref().or(cues.prompt.as_deref()),
            cycle: None,
            level,
            say: step.say.as_deref(),
            recording: step.recording.as_deref(),
        })),
        Practice::Relaxation {
            tense_seconds,
            release_seconds,
            groups,
        } => Box::new(groups.iter().flat_map(move |group| {
            [
                Step {
                    kind: StepKind::Tense,
                    duration: step_duration(group.tense_seconds.unwrap_or(*tense_seconds)),
                    label: &group.name,
                    text: &group.tense,
                    cue: cues.tense.as_deref(),
                    cycle: None,
                    level,
                    say: group.tense_say.as_deref(),
                    recording: group.tense_recording.as_deref(),
                },
                Step {
                    kind: StepKind::Release,
                    duration: step_duration(group.release_seconds.unwrap_or(*release_seconds)),
                    label: &group.name,
                    text: &group.release,
                    cue: cues.release.as_deref(),
                    cycle: None,
                    level,
                    say: group.release_say.as_deref(),
                    recording: group.release_recording.as_deref(),
                },
            ]
        })),
    }
}

/// The whole length, from the same steps the timeline is built of.
pub fn total(exercise: &Exercise) -> Duration {
    steps(exercise).map(|step| step.duration).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_become_whole_milliseconds() {
        assert_eq!(step_duration(5.5), Duration::from_millis(5_500));
        assert_eq!(step_duration(0.1 + 0.2), Duration::from_millis(300));
        assert_eq!(step_duration(-1.0), Duration::ZERO);
        assert_eq!(step_duration(f64::NAN), Duration::ZERO);
    }

    #[test]
    fn a_target_length_rounds_up_to_whole_cycles_exactly() {
        let phase = |seconds| super::super::BreathPhase {
            breath: Breath::Inhale,
            seconds,
            text: None,
            cue: None,
            say: None,
            recording: None,
        };
        // 0.1 + 0.2 s cycles: floating point would make 3.0 / 0.3 a hair over 10.
        let phases = [phase(0.1), phase(0.2)];
        assert_eq!(cycle_count(&phases, Repeat::Seconds(3.0)), 10);
        assert_eq!(cycle_count(&phases, Repeat::Seconds(3.01)), 11);
        assert_eq!(cycle_count(&phases, Repeat::Seconds(0.001)), 1);
    }
}
