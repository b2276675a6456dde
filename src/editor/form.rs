//! The editor's form: what the person typed, field by field, made from an
//! exercise. Fields hold text rather than numbers, so a half-typed "4," stays
//! as typed; `check` (in `check.rs`) turns them back into an exercise or says
//! what to fix, and where.

use crate::exercise::{Breath, CueDefaults, Exercise, Kind, Practice, Repeat};

use super::cue::CueKind;
use super::number::{length_text, seconds_text};

/// The four breathing phases in the order the form shows them.
pub const USUAL: [Breath; 4] = [
    Breath::Inhale,
    Breath::Hold,
    Breath::Exhale,
    Breath::HoldEmpty,
];

/// One input of the form: where its problem is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Summary,
    /// The seconds of the phase in row `i`. In the usual layout the rows are
    /// breathe in, hold, breathe out, hold with empty lungs (see [`Field::breath`]).
    Phase(usize),
    Cycles,
    /// The target length, "m:ss" or minutes.
    Length,
    StepLabel(usize),
    StepText(usize),
    StepSeconds(usize),
    TenseSeconds,
    ReleaseSeconds,
    GroupName(usize),
    GroupTense(usize),
    GroupRelease(usize),
    Cue(CueKind),
    CueVolume,
    /// The exercise as a whole: its length or number of steps.
    General,
}

impl Field {
    /// The seconds field of `breath` in the usual four-phase layout.
    pub fn breath(breath: Breath) -> Field {
        Field::Phase(USUAL.iter().position(|usual| *usual == breath).unwrap_or(0))
    }
}

/// The whole form. Whatever it does not show (intro, closing, sounds, a
/// step's own cue) is kept from the exercise it was made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub title: String,
    pub summary: String,
    pub practice: PracticeForm,
    pub cues: CueDefaults,
    /// 0.0 to 1.0.
    pub cue_volume: f64,
    pub(super) base: Exercise,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PracticeForm {
    Breathing(BreathingForm),
    Grounding(Vec<StepRow>),
    Relaxation(RelaxationForm),
}

#[derive(Debug, Clone, PartialEq)]
pub struct BreathingForm {
    pub phases: Vec<PhaseRow>,
    /// True when the rows are the usual four in their usual order. A pattern
    /// that repeats a phase (two breaths in, like the physiological sigh)
    /// keeps its own rows and order instead.
    pub usual: bool,
    pub repeat: RepeatForm,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PhaseRow {
    pub breath: Breath,
    /// Empty or 0 leaves the phase out.
    pub seconds: String,
    /// The file's own words, cue and spoken words for this phase, kept
    /// while it stays.
    pub text: Option<String>,
    pub cue: Option<String>,
    pub say: Option<String>,
    /// The person's recording for this phase (a file in their sounds folder).
    pub recording: Option<String>,
}

/// Either a number of rounds or a target length; both are kept while the
/// person switches between them.
#[derive(Debug, Clone, PartialEq)]
pub struct RepeatForm {
    pub by_length: bool,
    pub cycles: String,
    pub length: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StepRow {
    pub label: String,
    pub text: String,
    pub seconds: String,
    /// The file's own cue and spoken words, kept while the step stays.
    pub cue: Option<String>,
    pub say: Option<String>,
    /// The person's recording for this step (a file in their sounds folder).
    pub recording: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RelaxationForm {
    pub tense: String,
    pub release: String,
    pub groups: Vec<GroupRow>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupRow {
    pub name: String,
    pub tense: String,
    pub release: String,
    /// The group's own times from the file, kept as they are.
    pub tense_seconds: Option<f64>,
    pub release_seconds: Option<f64>,
    /// The group's own spoken words, kept as they are.
    pub tense_say: Option<String>,
    pub release_say: Option<String>,
    /// The person's recordings for the tensing and the letting go.
    pub tense_recording: Option<String>,
    pub release_recording: Option<String>,
}

/// A change to the list of steps or muscle groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListEdit {
    Add,
    Remove(usize),
    Up(usize),
    Down(usize),
}

impl Form {
    pub fn new(exercise: &Exercise) -> Form {
        Form {
            title: exercise.title.clone(),
            summary: exercise.summary.clone(),
            practice: PracticeForm::new(&exercise.practice),
            cues: exercise.cues.clone(),
            cue_volume: exercise.cue_volume,
            base: exercise.clone(),
        }
    }

    /// The exercise the form was made from.
    pub fn base(&self) -> &Exercise {
        &self.base
    }

    pub fn kind(&self) -> Kind {
        match self.practice {
            PracticeForm::Breathing(_) => Kind::Breathing,
            PracticeForm::Grounding(_) => Kind::Grounding,
            PracticeForm::Relaxation(_) => Kind::Relaxation,
        }
    }

    /// What a text field holds; `None` for a field this form does not have.
    pub fn value(&self, field: Field) -> Option<&str> {
        let text = match (field, &self.practice) {
            (Field::Title, _) => &self.title,
            (Field::Summary, _) => &self.summary,
            (Field::Phase(i), PracticeForm::Breathing(form)) => &form.phases.get(i)?.seconds,
            (Field::Cycles, PracticeForm::Breathing(form)) => &form.repeat.cycles,
            (Field::Length, PracticeForm::Breathing(form)) => &form.repeat.length,
            (Field::StepLabel(i), PracticeForm::Grounding(steps)) => &steps.get(i)?.label,
            (Field::StepText(i), PracticeForm::Grounding(steps)) => &steps.get(i)?.text,
            (Field::StepSeconds(i), PracticeForm::Grounding(steps)) => &steps.get(i)?.seconds,
            (Field::TenseSeconds, PracticeForm::Relaxation(form)) => &form.tense,
            (Field::ReleaseSeconds, PracticeForm::Relaxation(form)) => &form.release,
            (Field::GroupName(i), PracticeForm::Relaxation(form)) => &form.groups.get(i)?.name,
            (Field::GroupTense(i), PracticeForm::Relaxation(form)) => &form.groups.get(i)?.tense,
            (Field::GroupRelease(i), PracticeForm::Relaxation(form)) => {
                &form.groups.get(i)?.release
            }
            _ => return None,
        };
        Some(text)
    }

    /// Puts what was typed into a text field; a field the form does not
    /// have is ignored.
    pub fn set(&mut self, field: Field, typed: String) {
        let slot = match (field, &mut self.practice) {
            (Field::Title, _) => Some(&mut self.title),
            (Field::Summary, _) => Some(&mut self.summary),
            (Field::Phase(i), PracticeForm::Breathing(form)) => {
                field_of(form.phases.get_mut(i), |row| &mut row.seconds)
            }
            (Field::Cycles, PracticeForm::Breathing(form)) => Some(&mut form.repeat.cycles),
            (Field::Length, PracticeForm::Breathing(form)) => Some(&mut form.repeat.length),
            (Field::StepLabel(i), PracticeForm::Grounding(steps)) => {
                field_of(steps.get_mut(i), |row| &mut row.label)
            }
            (Field::StepText(i), PracticeForm::Grounding(steps)) => {
                field_of(steps.get_mut(i), |row| &mut row.text)
            }
            (Field::StepSeconds(i), PracticeForm::Grounding(steps)) => {
                field_of(steps.get_mut(i), |row| &mut row.seconds)
            }
            (Field::TenseSeconds, PracticeForm::Relaxation(form)) => Some(&mut form.tense),
            (Field::ReleaseSeconds, PracticeForm::Relaxation(form)) => Some(&mut form.release),
            (Field::GroupName(i), PracticeForm::Relaxation(form)) => {
                field_of(form.groups.get_mut(i), |row| &mut row.name)
            }
            (Field::GroupTense(i), PracticeForm::Relaxation(form)) => {
                field_of(form.groups.get_mut(i), |row| &mut row.tense)
            }
            (Field::GroupRelease(i), PracticeForm::Relaxation(form)) => {
                field_of(form.groups.get_mut(i), |row| &mut row.release)
            }
            _ => return,
        };
        if let Some(slot) = slot {
            *slot = typed;
        }
    }

    /// Chooses a cue (`None`: no sound) for a kind of step.
    pub fn set_cue(&mut self, kind: CueKind, name: Option<String>) {
        kind.set(&mut self.cues, name);
    }

    pub fn set_cue_volume(&mut self, volume: f64) {
        self.cue_volume = volume.clamp(0.0, 1.0);
    }

    /// Switches between a number of rounds and a target length. The other
    /// field, if empty, starts from what the pattern does now, so the
    /// length does not jump.
    pub fn set_by_length(&mut self, by_length: bool) {
        let checked = self.check();
        let PracticeForm::Breathing(form) = &mut self.practice else {
            return;
        };
        let repeat = &mut form.repeat;
        repeat.by_length = by_length;
        if by_length && repeat.length.trim().is_empty() {
            if let Some(total) = checked.total {
                repeat.length = length_text(total.as_secs_f64());
            }
        } else if !by_length && repeat.cycles.trim().is_empty() {
            if let Some(Practice::Breathing {
                phases,
                repeat: old,
            }) = checked.exercise.as_ref().map(|exercise| &exercise.practice)
            {
                repeat.cycles = crate::exercise::cycle_count(phases, *old).to_string();
            }
        }
    }

    /// Adds, removes or moves a grounding step or a muscle group. The last
    /// one is never removed: an exercise needs at least one.
    pub fn edit_list(&mut self, edit: ListEdit) {
        match &mut self.practice {
            PracticeForm::Grounding(steps) => {
                let seconds = steps
                    .last()
                    .map_or_else(|| "20".to_owned(), |last| last.seconds.clone());
                apply(steps, edit, || StepRow {
                    seconds,
                    ..StepRow::default()
                });
            }
            PracticeForm::Relaxation(form) => apply(&mut form.groups, edit, GroupRow::default),
            PracticeForm::Breathing(_) => {}
        }
    }
}

fn field_of<T>(
    row: Option<&mut T>,
    pick: impl FnOnce(&mut T) -> &mut String,
) -> Option<&mut String> {
    row.map(pick)
}

fn apply<T>(rows: &mut Vec<T>, edit: ListEdit, new: impl FnOnce() -> T) {
    match edit {
        ListEdit::Add => rows.push(new()),
        ListEdit::Remove(i) if i < rows.len() && rows.len() > 1 => {
            rows.remove(i);
        }
        ListEdit::Up(i) if i > 0 && i < rows.len() => rows.swap(i - 1, i),
        ListEdit::Down(i) if i + 1 < rows.len() => rows.swap(i, i + 1),
        _ => {}
    }
}

impl PracticeForm {
    fn new(practice: &Practice) -> PracticeForm {
        match practice {
            Practice::Breathing { phases, repeat } => {
                let row = |phase: &crate::exercise::BreathPhase| PhaseRow {
                    breath: phase.breath,
                    seconds: seconds_text(phase.seconds),
                    text: phase.text.clone(),
                    cue: phase.cue.clone(),
                    say: phase.say.clone(),
                    recording: phase.recording.clone(),
                };
                let usual = is_usual(phases.iter().map(|phase| phase.breath));
                let phases = if usual {
                    // Every usual phase gets a row; a missing one is empty.
                    USUAL
                        .iter()
                        .map(|breath| {
                            phases
                                .iter()
                                .find(|phase| phase.breath == *breath)
                                .map_or_else(
                                    || PhaseRow {
                                        breath: *breath,
                                        seconds: String::new(),
                                        text: None,
                                        cue: None,
                                        say: None,
                                        recording: None,
                                    },
                                    row,
                                )
                        })
                        .collect()
                } else {
                    phases.iter().map(row).collect()
                };
                let (by_length, cycles, length) = match repeat {
                    Repeat::Cycles(count) => (false, count.to_string(), String::new()),
                    Repeat::Seconds(seconds) => (true, String::new(), length_text(*seconds)),
                };
                PracticeForm::Breathing(BreathingForm {
                    phases,
                    usual,
                    repeat: RepeatForm {
                        by_length,
                        cycles,
                        length,
                    },
                })
            }
            Practice::Grounding { steps } => PracticeForm::Grounding(
                steps
                    .iter()
                    .map(|step| StepRow {
                        label: step.label.clone(),
                        text: step.text.clone(),
                        seconds: seconds_text(step.seconds),
                        cue: step.cue.clone(),
                        say: step.say.clone(),
                        recording: step.recording.clone(),
                    })
                    .collect(),
            ),
            Practice::Relaxation {
                tense_seconds,
                release_seconds,
                groups,
            } => PracticeForm::Relaxation(RelaxationForm {
                tense: seconds_text(*tense_seconds),
                release: seconds_text(*release_seconds),
                groups: groups
                    .iter()
                    .map(|group| GroupRow {
                        name: group.name.clone(),
                        tense: group.tense.clone(),
                        release: group.release.clone(),
                        tense_seconds: group.tense_seconds,
                        release_seconds: group.release_seconds,
                        tense_say: group.tense_say.clone(),
                        release_say: group.release_say.clone(),
                        tense_recording: group.tense_recording.clone(),
                        release_recording: group.release_recording.clone(),
                    })
                    .collect(),
            }),
        }
    }
}

/// Whether the phases are some of the usual four, each at most once, in
/// the usual order: then four fixed fields can show them.
fn is_usual(breaths: impl Iterator<Item = Breath>) -> bool {
    let mut next = 0;
    for breath in breaths {
        match USUAL[next..].iter().position(|usual| *usual == breath) {
            Some(offset) => next += offset + 1,
            None => return false,
        }
    }
    true
}
