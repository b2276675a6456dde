//! Rules a parsed exercise must follow before it can run. Every problem is
//! reported, not just the first, each with the field it is about.

use super::steps::{self, step_duration};
use super::{Exercise, Practice, Repeat, Sound, FORMAT_VERSION};

/// The limits, public so docs, the editor and tests use the same numbers.
pub struct Limits;

impl Limits {
    /// Shortest step: anything less cannot be followed (and is surely a typo).
    pub const MIN_STEP_SECONDS: f64 = 0.5;
    /// Longest single step.
    pub const STEP_SECONDS: f64 = 3600.0;
    /// Longest whole exercise.
    pub const TOTAL_SECONDS: f64 = 3.0 * 3600.0;
    /// Most steps an exercise may make, all cycles counted.
    pub const TOTAL_STEPS: u64 = 5000;
    pub const ID_CHARS: usize = 64;
    pub const TITLE_CHARS: usize = 60;
    pub const LABEL_CHARS: usize = 60;
    pub const SUMMARY_CHARS: usize = 140;
    pub const TEXT_CHARS: usize = 400;
    /// A safety line is read in one glance, before every start.
    pub const SAFETY_CHARS: usize = 160;
    /// Most phases, prompts or muscle groups written in a file.
    pub const STEPS: usize = 1000;
    pub const TONE_SECONDS: f64 = 10.0;
    /// Longest file name of a recording.
    pub const RECORDING_CHARS: usize = 120;
}

/// What is wrong and where (a field path such as `practice.phases[2].seconds`).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub place: String,
    pub message: String,
}

/// Every problem with `exercise`; an empty list means it can run.
pub fn validate(exercise: &Exercise) -> Result<(), Vec<Problem>> {
    let mut checker = Checker::default();
    checker.exercise(exercise);
    if checker.problems.is_empty() {
        Ok(())
    } else {
        Err(checker.problems)
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            place: place.into(),
            message: message.into(),
        });
    }

    fn exercise(&mut self, exercise: &Exercise) {
        if exercise.version != FORMAT_VERSION {
            self.report("version", version_problem(exercise.version));
            // The rest of a file from another version means something else.
            return;
        }
        self.id("id", &exercise.id);
        self.text("title", &exercise.title, Limits::TITLE_CHARS, true);
        self.text("summary", &exercise.summary, Limits::SUMMARY_CHARS, true);
        if let Some(intro) = &exercise.intro {
            self.text("intro", intro, Limits::TEXT_CHARS, false);
        }
        if let Some(closing) = &exercise.closing {
            self.text("closing", closing, Limits::TEXT_CHARS, false);
        }
        if let Some(safety) = &exercise.safety {
            self.text("safety", safety, Limits::SAFETY_CHARS, true);
        }
        if exercise.self_talk && !matches!(exercise.practice, Practice::Grounding { .. }) {
            self.report("self_talk", crate::t!("problem-self-talk"));
        }
        let before = self.problems.len();
        self.practice(&exercise.practice);
        if self.problems.len() == before {
            self.totals(exercise);
        }
        for (name, sound) in &exercise.sounds {
            self.sound(&format!("sounds.{name}"), sound);
        }
        if !(0.0..=1.0).contains(&exercise.cue_volume) {
            self.report(
                "cue_volume",
                crate::t!(
                    "problem-cue-volume",
                    value = exercise.cue_volume.to_string()
                ),
            );
        }
    }

    pub(super) fn id(&mut self, place: &str, id: &str) {
        if id.is_empty() {
            self.report(place, crate::t!("problem-id-empty"));
        } else if id.chars().count() > Limits::ID_CHARS {
            self.report(
                place,
                crate::t!("problem-id-too-long", most = Limits::ID_CHARS),
            );
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        {
            self.report(place, crate::t!("problem-id-letters", id = id));
        }
    }

    fn text(&mut self, place: &str, text: &str, limit: usize, required: bool) {
        if let Some(message) = text_problem(text, limit, required) {
            self.report(place, message);
        }
    }

    /// A recording is named by its file alone, in the person's sounds
    /// folder: a path could reach any file on the machine.
    fn recording(&mut self, place: &str, recording: Option<&String>) {
        if let Some(name) = recording {
            if let Some(message) = recording_problem(name) {
                self.report(place, message);
            }
        }
    }

    fn seconds(&mut self, place: &str, seconds: f64, limit: f64) {
        if let Some(message) = seconds_problem(seconds, limit) {
            self.report(place, message);
        }
    }

    fn count(&mut self, place: &str, count: usize, what: Many) {
        let most = Limits::STEPS;
        if count == 0 {
            self.report(
                place,
                match what {
                    Many::Phases => crate::t!("problem-no-phases"),
                    Many::Steps => crate::t!("problem-no-steps"),
                    Many::Groups => crate::t!("problem-no-groups"),
                },
            );
        } else if count > most {
            self.report(
                place,
                match what {
                    Many::Phases => {
                        crate::t!("problem-too-many-phases", count = count, most = most)
                    }
                    Many::Steps => {
                        crate::t!("problem-too-many-prompts", count = count, most = most)
                    }
                    Many::Groups => {
                        crate::t!("problem-too-many-groups", count = count, most = most)
                    }
                },
            );
        }
    }

    fn practice(&mut self, practice: &Practice) {
        match practice {
            Practice::Breathing { phases, repeat } => {
                self.count("practice.phases", phases.len(), Many::Phases);
                for (index, phase) in phases.iter().enumerate() {
                    let place = format!("practice.phases[{index}]");
                    self.seconds(
                        &format!("{place}.seconds"),
                        phase.seconds,
                        Limits::STEP_SECONDS,
                    );
                    if let Some(text) = &phase.text {
                        self.text(&format!("{place}.text"), text, Limits::LABEL_CHARS, true);
                    }
                    if let Some(say) = &phase.say {
                        self.text(&format!("{place}.say"), say, Limits::LABEL_CHARS, true);
                    }
                    self.recording(&format!("{place}.recording"), phase.recording.as_ref());
                }
                match *repeat {
                    Repeat::Cycles(0) => {
                        self.report("practice.repeat", crate::t!("problem-cycles-zero"));
                    }
                    Repeat::Seconds(seconds) => {
                        self.seconds("practice.repeat", seconds, Limits::TOTAL_SECONDS);
                    }
                    Repeat::Cycles(_) => {}
                }
            }
            Practice::Grounding { steps } => {
                self.count("practice.steps", steps.len(), Many::Steps);
                for (index, step) in steps.iter().enumerate() {
                    let place = format!("practice.steps[{index}]");
                    self.text(
                        &format!("{place}.label"),
                        &step.label,
                        Limits::LABEL_CHARS,
                        true,
                    );
                    self.text(
                        &format!("{place}.text"),
                        &step.text,
                        Limits::TEXT_CHARS,
                        true,
                    );
                    if let Some(say) = &step.say {
                        self.text(&format!("{place}.say"), say, Limits::TEXT_CHARS, true);
                    }
                    self.recording(&format!("{place}.recording"), step.recording.as_ref());
                    self.seconds(
                        &format!("{place}.seconds"),
                        step.seconds,
                        Limits::STEP_SECONDS,
                    );
                }
            }
            Practice::Relaxation {
                tense_seconds,
                release_seconds,
                groups,
            } => {
                self.seconds(
                    "practice.tense_seconds",
                    *tense_seconds,
                    Limits::STEP_SECONDS,
                );
                self.seconds(
                    "practice.release_seconds",
                    *release_seconds,
                    Limits::STEP_SECONDS,
                );
                self.count("practice.groups", groups.len(), Many::Groups);
                for (index, group) in groups.iter().enumerate() {
                    let place = format!("practice.groups[{index}]");
                    self.text(
                        &format!("{place}.name"),
                        &group.name,
                        Limits::LABEL_CHARS,
                        true,
                    );
                    self.text(
                        &format!("{place}.tense"),
                        &group.tense,
                        Limits::TEXT_CHARS,
                        true,
                    );
                    self.text(
                        &format!("{place}.release"),
                        &group.release,
                        Limits::TEXT_CHARS,
                        true,
                    );
                    for (field, say) in [
                        ("tense_say", &group.tense_say),
                        ("release_say", &group.release_say),
                    ] {
                        if let Some(say) = say {
                            self.text(&format!("{place}.{field}"), say, Limits::TEXT_CHARS, true);
                        }
                    }
                    self.recording(
                        &format!("{place}.tense_recording"),
                        group.tense_recording.as_ref(),
                    );
                    self.recording(
                        &format!("{place}.release_recording"),
                        group.release_recording.as_ref(),
                    );
                    if let Some(tense) = group.tense_seconds {
                        self.seconds(
                            &format!("{place}.tense_seconds"),
                            tense,
                            Limits::STEP_SECONDS,
                        );
                    }
                    if let Some(release) = group.release_seconds {
                        self.seconds(
                            &format!("{place}.release_seconds"),
                            release,
                            Limits::STEP_SECONDS,
                        );
                    }
                }
            }
        }
    }

    /// The number of steps and the whole length, from the same steps the
    /// timeline is built of: the count first, computed without making them.
    fn totals(&mut self, exercise: &Exercise) {
        let count = steps::step_count(&exercise.practice);
        if count > Limits::TOTAL_STEPS {
            self.report(
                "practice",
                crate::t!(
                    "problem-exercise-steps",
                    count = count,
                    most = Limits::TOTAL_STEPS
                ),
            );
            return;
        }
        let total = steps::total(exercise);
        if total > step_duration(Limits::TOTAL_SECONDS) {
            self.report(
                "practice",
                crate::t!(
                    "problem-exercise-minutes",
                    minutes = total.as_secs().div_ceil(60),
                    most = Limits::TOTAL_SECONDS as u64 / 60
                ),
            );
        }
    }

    fn sound(&mut self, place: &str, sound: &Sound) {
        match sound {
            Sound::Tone(tone) => {
                for (field, value) in [("hz", Some(tone.hz)), ("to_hz", tone.to_hz)] {
                    if let Some(value) = value {
                        if !(20.0..=20_000.0).contains(&value) {
                            self.report(
                                format!("{place}.{field}"),
                                crate::t!("problem-tone-hz", hz = crate::i18n::decimal(value)),
                            );
                        }
                    }
                }
                if !tone.seconds.is_finite()
                    || tone.seconds <= 0.0
                    || tone.seconds > Limits::TONE_SECONDS
                {
                    self.report(
                        format!("{place}.seconds"),
                        crate::t!(
                            "problem-tone-seconds",
                            most = crate::i18n::decimal(Limits::TONE_SECONDS)
                        ),
                    );
                }
                self.volume(place, tone.volume);
                for (field, value) in [("fade_in", tone.fade_in), ("fade_out", tone.fade_out)] {
                    if !value.is_finite() || value < 0.0 {
                        self.report(format!("{place}.{field}"), crate::t!("problem-fade"));
                    }
                }
                if tone.fade_in + tone.fade_out > tone.seconds {
                    self.report(
                        format!("{place}.fade_out"),
                        crate::t!("problem-fades-too-long"),
                    );
                }
            }
            Sound::File { path, volume } => {
                if path.trim().is_empty() {
                    self.report(format!("{place}.path"), crate::t!("problem-no-file-name"));
                }
                self.volume(place, *volume);
            }
        }
    }

    fn volume(&mut self, place: &str, volume: f64) {
        if !(0.0..=1.0).contains(&volume) {
            self.report(
                format!("{place}.volume"),
                crate::t!("problem-volume", value = volume.to_string()),
            );
        }
    }
}

/// What is wrong with a step length, if anything: shared by validation and
/// the editor's fields.
pub fn seconds_problem(seconds: f64, limit: f64) -> Option<String> {
    use crate::i18n::decimal;
    if !seconds.is_finite() {
        return Some(crate::t!("problem-seconds-not-a-number").into());
    }
    if seconds <= 0.0 {
        return Some(crate::t!(
            "problem-seconds-zero",
            seconds = decimal(seconds)
        ));
    }
    if seconds < Limits::MIN_STEP_SECONDS {
        return Some(crate::t!(
            "problem-seconds-too-short",
            seconds = decimal(seconds),
            least = decimal(Limits::MIN_STEP_SECONDS)
        ));
    }
    if seconds > limit {
        return Some(crate::t!(
            "problem-seconds-too-long",
            seconds = decimal(seconds),
            most = decimal(limit)
        ));
    }
    None
}

/// A file written for another version of the format (exercises and routines).
pub fn version_problem(version: u32) -> String {
    crate::t!("problem-version", version = version, reads = FORMAT_VERSION)
}

/// What is wrong with a text field, if anything (exercises and routines).
pub fn text_problem(text: &str, limit: usize, required: bool) -> Option<String> {
    if required && text.trim().is_empty() {
        return Some(crate::t!("problem-text-empty").into());
    }
    let length = text.chars().count();
    (length > limit).then(|| crate::t!("problem-text-too-long", length = length, most = limit))
}

/// What is wrong with a recording's file name, if anything: one plain name
/// of a WAV or Ogg Vorbis file, no folders.
pub fn recording_problem(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        return Some(crate::t!("problem-no-file-name").into());
    }
    let length = name.chars().count();
    if length > Limits::RECORDING_CHARS {
        return Some(crate::t!(
            "problem-text-too-long",
            length = length,
            most = Limits::RECORDING_CHARS
        ));
    }
    // ':' also names a drive or a stream on other systems; control
    // characters would hide in a message or a terminal.
    if name.contains(['/', '\\', ':']) || name.starts_with('.') || name.contains(char::is_control) {
        return Some(crate::t!("problem-recording-folder").into());
    }
    let lower = name.to_lowercase();
    if !(lower.ends_with(".wav") || lower.ends_with(".ogg")) {
        return Some(crate::t!("problem-recording-type").into());
    }
    None
}

/// What a file lists, for the words "there are none" and "too many".
#[derive(Clone, Copy)]
enum Many {
    Phases,
    Steps,
    Groups,
}

/// Whether an id is well formed (for routines and the editor).
pub fn id_problem(id: &str) -> Option<String> {
    let mut checker = Checker::default();
    checker.id("id", id);
    checker
        .problems
        .into_iter()
        .next()
        .map(|problem| problem.message)
}
