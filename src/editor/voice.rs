//! The person's own recordings in the form: which step each belongs to,
//! what a new one is called, how long it may be, and which files are left
//! over once the form is saved or given up (they go to the trash, never
//! erased).

use std::time::Duration;

use super::form::{Form, PracticeForm};
use super::number::parse_number;
use crate::audio::recorded::{self, MAX_RECORDING};
use crate::exercise::Exercise;

/// The step a recording belongs to, by its row in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// A breathing phase (its row).
    Phase(usize),
    /// A grounding or kind-words step.
    Step(usize),
    /// A muscle group's tensing.
    Tense(usize),
    /// A muscle group's letting go.
    Release(usize),
}

/// Recording a step stops by itself after this long when the step's length
/// cannot be read from the form (half typed).
const UNKNOWN_LENGTH: Duration = Duration::from_secs(30);

impl Form {
    /// The recording a step has, if any.
    pub fn recording(&self, slot: Slot) -> Option<&str> {
        match (slot, &self.practice) {
            (Slot::Phase(i), PracticeForm::Breathing(form)) => {
                form.phases.get(i)?.recording.as_deref()
            }
            (Slot::Step(i), PracticeForm::Grounding(steps)) => steps.get(i)?.recording.as_deref(),
            (Slot::Tense(i), PracticeForm::Relaxation(form)) => {
                form.groups.get(i)?.tense_recording.as_deref()
            }
            (Slot::Release(i), PracticeForm::Relaxation(form)) => {
                form.groups.get(i)?.release_recording.as_deref()
            }
            _ => None,
        }
    }

    /// Gives a step a recording (a file name in the sounds folder), or
    /// takes it away; a step the form does not have is left alone.
    pub fn set_recording(&mut self, slot: Slot, file: Option<String>) {
        let place = match (slot, &mut self.practice) {
            (Slot::Phase(i), PracticeForm::Breathing(form)) => {
                form.phases.get_mut(i).map(|row| &mut row.recording)
            }
            (Slot::Step(i), PracticeForm::Grounding(steps)) => {
                steps.get_mut(i).map(|row| &mut row.recording)
            }
            (Slot::Tense(i), PracticeForm::Relaxation(form)) => {
                form.groups.get_mut(i).map(|row| &mut row.tense_recording)
            }
            (Slot::Release(i), PracticeForm::Relaxation(form)) => {
                form.groups.get_mut(i).map(|row| &mut row.release_recording)
            }
            _ => None,
        };
        if let Some(place) = place {
            *place = file;
        }
    }

    /// How long a new recording for this step may be: the step's length
    /// as typed, so it never runs into the next step.
    pub fn recording_limit(&self, slot: Slot) -> Duration {
        let typed = |text: &str| parse_number(text);
        let seconds = match (slot, &self.practice) {
            (Slot::Phase(i), PracticeForm::Breathing(form)) => {
                form.phases.get(i).and_then(|row| typed(&row.seconds))
            }
            (Slot::Step(i), PracticeForm::Grounding(steps)) => {
                steps.get(i).and_then(|row| typed(&row.seconds))
            }
            (Slot::Tense(i), PracticeForm::Relaxation(form)) => form
                .groups
                .get(i)
                .and_then(|group| group.tense_seconds.or_else(|| typed(&form.tense))),
            (Slot::Release(i), PracticeForm::Relaxation(form)) => form
                .groups
                .get(i)
                .and_then(|group| group.release_seconds.or_else(|| typed(&form.release))),
            _ => None,
        };
        seconds
            .filter(|seconds| seconds.is_finite() && *seconds > 0.0)
            .map_or(UNKNOWN_LENGTH, Duration::from_secs_f64)
            .min(MAX_RECORDING)
    }

    /// Every recording the form names now.
    pub fn recordings(&self) -> Vec<&str> {
        let mut named = Vec::new();
        match &self.practice {
            PracticeForm::Breathing(form) => {
                named.extend(
                    form.phases
                        .iter()
                        .filter_map(|row| row.recording.as_deref()),
                );
            }
            PracticeForm::Grounding(steps) => {
                named.extend(steps.iter().filter_map(|row| row.recording.as_deref()));
            }
            PracticeForm::Relaxation(form) => {
                for group in &form.groups {
                    named.extend(group.tense_recording.as_deref());
                    named.extend(group.release_recording.as_deref());
                }
            }
        }
        named
    }
}

/// The file name (without `.wav`) of a new recording: the exercise's id
/// and the step, so a person looking in the sounds folder knows whose it is.
pub fn stem(exercise_id: &str, slot: Slot) -> String {
    match slot {
        Slot::Phase(i) => format!("{exercise_id}-phase-{}", i + 1),
        Slot::Step(i) => format!("{exercise_id}-step-{}", i + 1),
        Slot::Tense(i) => format!("{exercise_id}-group-{}-tense", i + 1),
        Slot::Release(i) => format!("{exercise_id}-group-{}-release", i + 1),
    }
}

/// The recordings nobody needs any more: those named `before` or made
/// while editing, that `kept` no longer names and no other exercise in
/// the library (`others`) names either, as a recording or a cue's sound
/// file. They go to the trash.
pub fn left_over<'a>(
    before: &[&str],
    made: &[String],
    kept: &[&str],
    others: impl IntoIterator<Item = &'a Exercise>,
) -> Vec<String> {
    let mut candidates: Vec<&str> = before
        .iter()
        .copied()
        .chain(made.iter().map(String::as_str))
        .filter(|name| !kept.contains(name))
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    if candidates.is_empty() {
        return Vec::new();
    }
    // Another exercise may name the same file as a recording or as the
    // sound of one of its cues.
    let used: Vec<&str> = others
        .into_iter()
        .flat_map(|exercise| {
            let cue_files = exercise.sounds.values().filter_map(|sound| match sound {
                crate::exercise::Sound::File { path, .. } => Some(path.as_str()),
                crate::exercise::Sound::Tone(_) => None,
            });
            recorded::names(exercise).into_iter().chain(cue_files)
        })
        .collect();
    candidates
        .into_iter()
        .filter(|name| !used.contains(name))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::parse;

    const PMR: &str = r#"(
        version: 1, id: "t", title: "T", summary: "S",
        practice: Relaxation(tense_seconds: 5, release_seconds: 10, groups: [
            (name: "Hands", tense: "Make fists.", release: "Let go.",
             tense_recording: "t-group-1-tense.wav"),
            (name: "Feet", tense: "Curl your toes.", release: "Let them rest.",
             release_seconds: 200),
        ]),
    )"#;

    fn form() -> Form {
        Form::new(&parse(PMR).expect("a valid exercise"))
    }

    #[test]
    fn a_recording_belongs_to_its_step_and_moves_with_it() {
        let mut form = form();
        assert_eq!(form.recording(Slot::Tense(0)), Some("t-group-1-tense.wav"));
        assert_eq!(form.recording(Slot::Release(0)), None);
        form.edit_list(crate::editor::ListEdit::Down(0));
        assert_eq!(form.recording(Slot::Tense(1)), Some("t-group-1-tense.wav"));
        form.set_recording(Slot::Release(0), Some("mine.wav".into()));
        assert_eq!(form.recordings(), ["mine.wav", "t-group-1-tense.wav"]);
        let saved = form.check().exercise.expect("still valid");
        assert_eq!(recorded::names(&saved), ["mine.wav", "t-group-1-tense.wav"]);
    }

    #[test]
    fn a_recording_is_as_long_as_its_step_at_most() {
        let mut form = form();
        assert_eq!(form.recording_limit(Slot::Tense(0)), Duration::from_secs(5));
        assert_eq!(form.recording_limit(Slot::Release(1)), MAX_RECORDING);
        form.set(crate::editor::Field::TenseSeconds, "7,5".into());
        assert_eq!(
            form.recording_limit(Slot::Tense(0)),
            Duration::from_millis(7_500)
        );
        form.set(crate::editor::Field::TenseSeconds, "seven".into());
        assert_eq!(form.recording_limit(Slot::Tense(0)), UNKNOWN_LENGTH);
        assert_eq!(form.recording_limit(Slot::Step(0)), UNKNOWN_LENGTH);
    }

    #[test]
    fn only_recordings_nobody_names_are_left_over() {
        let other = parse(&PMR.replace("\"t\"", "\"other\"")).expect("valid");
        let left = left_over(
            &["t-group-1-tense.wav", "old.wav"],
            &["new.wav".into(), "kept.wav".into()],
            &["kept.wav"],
            [&other],
        );
        assert_eq!(left, ["new.wav", "old.wav"]);
    }

    #[test]
    fn new_recordings_are_named_after_the_exercise_and_step() {
        assert_eq!(stem("box", Slot::Phase(0)), "box-phase-1");
        assert_eq!(stem("pmr", Slot::Release(2)), "pmr-group-3-release");
    }
}
