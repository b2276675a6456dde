//! From the form back to an exercise: each field is read and checked where
//! it is typed, then the real validation runs on the result, so the editor
//! and `steady check` follow the same rules.

use std::collections::HashMap;
use std::time::Duration;

use crate::exercise::{
    self, seconds_problem, steps, BreathPhase, Exercise, Limits, MuscleGroup, Practice, Prompt,
    Repeat, FORMAT_VERSION,
};

use super::form::{BreathingForm, Field, Form, PracticeForm, RelaxationForm, StepRow};
use super::number::{parse_length, parse_number, parse_whole};

/// What the form makes: the exercise (only when nothing needs fixing), what
/// to fix at which field, and the whole length.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checked {
    pub exercise: Option<Exercise>,
    pub problems: HashMap<Field, String>,
    pub total: Option<Duration>,
}

impl Form {
    pub fn check(&self) -> Checked {
        let mut problems = HashMap::new();
        let title = required(
            &mut problems,
            Field::Title,
            &self.title,
            Limits::TITLE_CHARS,
        );
        let summary = required(
            &mut problems,
            Field::Summary,
            &self.summary,
            Limits::SUMMARY_CHARS,
        );
        let practice = match &self.practice {
            PracticeForm::Breathing(form) => breathing(form, &mut problems),
            PracticeForm::Grounding(steps) => grounding(steps, &mut problems),
            PracticeForm::Relaxation(form) => relaxation(form, &mut problems),
        };
        if !(0.0..=1.0).contains(&self.cue_volume) {
            problems.insert(Field::CueVolume, crate::t!("check-volume").to_owned());
        }
        let (Some(title), Some(summary), Some(practice)) = (title, summary, practice) else {
            return Checked {
                problems,
                ..Checked::default()
            };
        };
        if !problems.is_empty() {
            return Checked {
                problems,
                ..Checked::default()
            };
        }
        let base = &self.base;
        let exercise = Exercise {
            version: FORMAT_VERSION,
            id: base.id.clone(),
            title,
            summary,
            intro: base.intro.clone(),
            closing: base.closing.clone(),
            safety: base.safety.clone(),
            self_talk: base.self_talk,
            practice,
            cues: self.cues.clone(),
            cue_volume: self.cue_volume,
            sounds: base.sounds.clone(),
        };
        if let Err(found) = exercise::validate(&exercise) {
            for problem in found {
                let field = field_of_place(&problem.place, &self.practice);
                let message = sentence(&problem.message);
                problems
                    .entry(field)
                    .and_modify(|known| {
                        known.push(' ');
                        known.push_str(&message);
                    })
                    .or_insert(message);
            }
            return Checked {
                problems,
                ..Checked::default()
            };
        }
        Checked {
            total: Some(steps::total(&exercise)),
            exercise: Some(exercise),
            problems,
        }
    }

    /// The breathing phases as they stand, if every phase field is fine and
    /// at least one phase is left: enough for the preview, even while
    /// another field still needs fixing.
    pub fn rhythm(&self) -> Option<Vec<BreathPhase>> {
        let PracticeForm::Breathing(form) = &self.practice else {
            return None;
        };
        let mut problems = HashMap::new();
        let phases = phases(form, &mut problems);
        (problems.is_empty() && !phases.is_empty()).then_some(phases)
    }
}

/// Where a problem found by validation is shown. The fields check most
/// things themselves; what is left is mostly about the whole exercise.
fn field_of_place(place: &str, practice: &PracticeForm) -> Field {
    match (place, practice) {
        ("title", _) => Field::Title,
        ("summary", _) => Field::Summary,
        ("cue_volume", _) => Field::CueVolume,
        // Too many steps or too long: the rounds or the length are what to change.
        ("practice" | "practice.repeat", PracticeForm::Breathing(form))
            if form.repeat.by_length =>
        {
            Field::Length
        }
        ("practice" | "practice.repeat", PracticeForm::Breathing(_)) => Field::Cycles,
        _ => Field::General,
    }
}

/// "the id is empty" → "The id is empty."
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    let mut sentence: String = chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !sentence.ends_with('.') {
        sentence.push('.');
    }
    sentence
}

/// A text that must not be empty, trimmed.
fn required(
    problems: &mut HashMap<Field, String>,
    field: Field,
    typed: &str,
    limit: usize,
) -> Option<String> {
    let text = typed.trim();
    let length = text.chars().count();
    let problem = if text.is_empty() {
        empty_message(field).to_owned()
    } else if length > limit {
        crate::t!("check-too-long", limit = limit, length = length)
    } else {
        return Some(text.to_owned());
    };
    problems.insert(field, problem);
    None
}

/// What to say when a text that is needed is empty.
fn empty_message(field: Field) -> &'static str {
    match field {
        Field::Title => crate::t!("check-empty-title"),
        Field::Summary => crate::t!("check-empty-summary"),
        Field::StepLabel(_) => crate::t!("check-empty-heading"),
        Field::StepText(_) => crate::t!("check-empty-text"),
        Field::GroupName(_) => crate::t!("check-empty-group-name"),
        Field::GroupTense(_) => crate::t!("check-empty-tense"),
        Field::GroupRelease(_) => crate::t!("check-empty-release"),
        _ => crate::t!("check-empty"),
    }
}

/// Seconds for a step that must be there (more than 0).
fn seconds(problems: &mut HashMap<Field, String>, field: Field, typed: &str) -> Option<f64> {
    let problem = match parse_number(typed) {
        None => crate::t!("check-seconds").to_owned(),
        Some(value) => match seconds_problem(value, Limits::STEP_SECONDS) {
            Some(problem) => sentence(&problem),
            None => return Some(value),
        },
    };
    problems.insert(field, problem);
    None
}

/// The phases left: an empty field or 0 leaves a phase out.
fn phases(form: &BreathingForm, problems: &mut HashMap<Field, String>) -> Vec<BreathPhase> {
    let mut phases = Vec::new();
    for (index, row) in form.phases.iter().enumerate() {
        let field = Field::Phase(index);
        let typed = row.seconds.trim();
        if typed.is_empty() || parse_number(typed) == Some(0.0) {
            continue;
        }
        if parse_number(typed).is_some_and(|value| value < 0.0) {
            problems.insert(field, crate::t!("check-phase-negative").to_owned());
            continue;
        }
        if let Some(seconds) = seconds(problems, field, typed) {
            phases.push(BreathPhase {
                breath: row.breath,
                seconds,
                text: row.text.clone(),
                cue: row.cue.clone(),
                say: row.say.clone(),
                recording: row.recording.clone(),
            });
        }
    }
    phases
}

fn breathing(form: &BreathingForm, problems: &mut HashMap<Field, String>) -> Option<Practice> {
    let before = problems.len();
    let phases = phases(form, problems);
    if phases.is_empty() && problems.len() == before {
        problems.insert(Field::Phase(0), crate::t!("check-no-phase").to_owned());
    }
    let repeat = if form.repeat.by_length {
        length(problems, &form.repeat.length).map(Repeat::Seconds)
    } else {
        cycles(problems, &form.repeat.cycles).map(Repeat::Cycles)
    }?;
    (!phases.is_empty()).then_some(Practice::Breathing { phases, repeat })
}

fn cycles(problems: &mut HashMap<Field, String>, typed: &str) -> Option<u32> {
    let problem = match parse_whole(typed) {
        None => crate::t!("check-rounds"),
        Some(0) => crate::t!("check-rounds-zero"),
        Some(count) => match u32::try_from(count) {
            Ok(count) => return Some(count),
            Err(_) => crate::t!("check-rounds-too-many"),
        },
    };
    problems.insert(Field::Cycles, problem.to_owned());
    None
}

fn length(problems: &mut HashMap<Field, String>, typed: &str) -> Option<f64> {
    let most = Limits::TOTAL_SECONDS / 60.0;
    let problem = match parse_length(typed) {
        None => crate::t!("check-length").to_owned(),
        Some(seconds) if seconds <= 0.0 => crate::t!("check-length-zero").to_owned(),
        Some(seconds) if seconds > Limits::TOTAL_SECONDS => {
            crate::t!("check-length-too-long", most = most)
        }
        Some(seconds) => return Some(seconds),
    };
    problems.insert(Field::Length, problem);
    None
}

fn grounding(rows: &[StepRow], problems: &mut HashMap<Field, String>) -> Option<Practice> {
    let mut steps = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let label = required(
            problems,
            Field::StepLabel(index),
            &row.label,
            Limits::LABEL_CHARS,
        );
        let text = required(
            problems,
            Field::StepText(index),
            &row.text,
            Limits::TEXT_CHARS,
        );
        let seconds = seconds(problems, Field::StepSeconds(index), &row.seconds);
        if let (Some(label), Some(text), Some(seconds)) = (label, text, seconds) {
            steps.push(Prompt {
                label,
                text,
                seconds,
                cue: row.cue.clone(),
                say: row.say.clone(),
                recording: row.recording.clone(),
            });
        }
    }
    if rows.is_empty() {
        problems.insert(Field::General, crate::t!("check-no-step").to_owned());
    }
    (steps.len() == rows.len()).then_some(Practice::Grounding { steps })
}

fn relaxation(form: &RelaxationForm, problems: &mut HashMap<Field, String>) -> Option<Practice> {
    let tense_seconds = seconds(problems, Field::TenseSeconds, &form.tense);
    let release_seconds = seconds(problems, Field::ReleaseSeconds, &form.release);
    let mut groups = Vec::new();
    for (index, row) in form.groups.iter().enumerate() {
        let name = required(
            problems,
            Field::GroupName(index),
            &row.name,
            Limits::LABEL_CHARS,
        );
        let tense = required(
            problems,
            Field::GroupTense(index),
            &row.tense,
            Limits::TEXT_CHARS,
        );
        let release = required(
            problems,
            Field::GroupRelease(index),
            &row.release,
            Limits::TEXT_CHARS,
        );
        if let (Some(name), Some(tense), Some(release)) = (name, tense, release) {
            groups.push(MuscleGroup {
                name,
                tense,
                release,
                tense_seconds: row.tense_seconds,
                release_seconds: row.release_seconds,
                tense_say: row.tense_say.clone(),
                release_say: row.release_say.clone(),
                tense_recording: row.tense_recording.clone(),
                release_recording: row.release_recording.clone(),
            });
        }
    }
    if form.groups.is_empty() {
        problems.insert(Field::General, crate::t!("check-no-group").to_owned());
    }
    let complete = groups.len() == form.groups.len() && !groups.is_empty();
    match (tense_seconds, release_seconds) {
        (Some(tense_seconds), Some(release_seconds)) if complete => Some(Practice::Relaxation {
            tense_seconds,
            release_seconds,
            groups,
        }),
        _ => None,
    }
}
