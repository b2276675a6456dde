//! Rules a parsed exercise must follow before it can run.

use super::{cycle_count, Exercise, Practice, Repeat, Sound, FORMAT_VERSION};

/// The limits, public so docs and tests use the same numbers.
pub struct Limits;

impl Limits {
    /// Longest single step: anything more is surely a typo.
    pub const STEP_SECONDS: f64 = 3600.0;
    /// Longest whole exercise.
    pub const TOTAL_SECONDS: f64 = 3.0 * 3600.0;
    pub const ID_CHARS: usize = 64;
    pub const TITLE_CHARS: usize = 60;
    pub const LABEL_CHARS: usize = 60;
    pub const SUMMARY_CHARS: usize = 140;
    pub const TEXT_CHARS: usize = 400;
    pub const STEPS: usize = 1000;
    pub const TONE_SECONDS: f64 = 10.0;
}

/// What is wrong and where (a field path such as `practice.phases[2].seconds`).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub place: String,
    pub message: String,
}

type Check = Result<(), Problem>;

fn problem(place: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        place: place.into(),
        message: message.into(),
    }
}

pub fn validate(exercise: &Exercise) -> Check {
    if exercise.version != FORMAT_VERSION {
        return Err(problem(
            "version",
            format!(
                "this file is format version {}, but this Steady reads version {FORMAT_VERSION}",
                exercise.version
            ),
        ));
    }
    check_id(&exercise.id)?;
    check_text("title", &exercise.title, Limits::TITLE_CHARS, true)?;
    check_text("summary", &exercise.summary, Limits::SUMMARY_CHARS, true)?;
    if let Some(intro) = &exercise.intro {
        check_text("intro", intro, Limits::TEXT_CHARS, false)?;
    }
    if let Some(closing) = &exercise.closing {
        check_text("closing", closing, Limits::TEXT_CHARS, false)?;
    }
    check_practice(&exercise.practice)?;
    for (name, sound) in &exercise.sounds {
        check_sound(&format!("sounds.{name}"), sound)?;
    }
    Ok(())
}

fn check_id(id: &str) -> Check {
    if id.is_empty() {
        return Err(problem(
            "id",
            "the id is empty; use something like \"my-breathing\"",
        ));
    }
    if id.chars().count() > Limits::ID_CHARS {
        return Err(problem(
            "id",
            format!("the id is longer than {} characters", Limits::ID_CHARS),
        ));
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    {
        return Err(problem(
            "id",
            format!("\"{id}\" may only use lowercase letters a-z, digits, '-' and '_'"),
        ));
    }
    Ok(())
}

fn check_text(place: &str, text: &str, limit: usize, required: bool) -> Check {
    if required && text.trim().is_empty() {
        return Err(problem(place, "this text is empty"));
    }
    let length = text.chars().count();
    if length > limit {
        return Err(problem(
            place,
            format!("this text is {length} characters long; the most is {limit}"),
        ));
    }
    Ok(())
}

fn check_seconds(place: &str, seconds: f64, limit: f64) -> Check {
    if !seconds.is_finite() {
        return Err(problem(place, "the duration must be a number of seconds"));
    }
    if seconds <= 0.0 {
        return Err(problem(
            place,
            format!("the duration must be more than 0 seconds, not {seconds}"),
        ));
    }
    if seconds > limit {
        return Err(problem(
            place,
            format!("{seconds} seconds is too long; the most is {limit} seconds"),
        ));
    }
    Ok(())
}

fn check_count(place: &str, count: usize, what: &str) -> Check {
    if count == 0 {
        return Err(problem(
            place,
            format!("there are no {what}; add at least one"),
        ));
    }
    if count > Limits::STEPS {
        return Err(problem(
            place,
            format!("{count} {what} are too many; the most is {}", Limits::STEPS),
        ));
    }
    Ok(())
}

fn check_practice(practice: &Practice) -> Check {
    let total = match practice {
        Practice::Breathing { phases, repeat } => {
            check_count("practice.phases", phases.len(), "phases")?;
            for (index, phase) in phases.iter().enumerate() {
                let place = format!("practice.phases[{index}]");
                check_seconds(
                    &format!("{place}.seconds"),
                    phase.seconds,
                    Limits::STEP_SECONDS,
                )?;
                if let Some(text) = &phase.text {
                    check_text(&format!("{place}.text"), text, Limits::LABEL_CHARS, true)?;
                }
            }
            match *repeat {
                Repeat::Cycles(0) => {
                    return Err(problem(
                        "practice.repeat",
                        "the cycle count must be at least 1",
                    ))
                }
                Repeat::Seconds(seconds) => {
                    check_seconds("practice.repeat", seconds, Limits::TOTAL_SECONDS)?;
                }
                Repeat::Cycles(_) => {}
            }
            let cycle: f64 = phases.iter().map(|phase| phase.seconds).sum();
            cycle * f64::from(cycle_count(phases, *repeat))
        }
        Practice::Grounding { steps } => {
            check_count("practice.steps", steps.len(), "steps")?;
            for (index, step) in steps.iter().enumerate() {
                let place = format!("practice.steps[{index}]");
                check_text(
                    &format!("{place}.label"),
                    &step.label,
                    Limits::LABEL_CHARS,
                    true,
                )?;
                check_text(
                    &format!("{place}.text"),
                    &step.text,
                    Limits::TEXT_CHARS,
                    true,
                )?;
                check_seconds(
                    &format!("{place}.seconds"),
                    step.seconds,
                    Limits::STEP_SECONDS,
                )?;
            }
            steps.iter().map(|step| step.seconds).sum()
        }
        Practice::Relaxation {
            tense_seconds,
            release_seconds,
            groups,
        } => {
            check_seconds(
                "practice.tense_seconds",
                *tense_seconds,
                Limits::STEP_SECONDS,
            )?;
            check_seconds(
                "practice.release_seconds",
                *release_seconds,
                Limits::STEP_SECONDS,
            )?;
            check_count("practice.groups", groups.len(), "muscle groups")?;
            let mut total = 0.0;
            for (index, group) in groups.iter().enumerate() {
                let place = format!("practice.groups[{index}]");
                check_text(
                    &format!("{place}.name"),
                    &group.name,
                    Limits::LABEL_CHARS,
                    true,
                )?;
                check_text(
                    &format!("{place}.tense"),
                    &group.tense,
                    Limits::TEXT_CHARS,
                    true,
                )?;
                check_text(
                    &format!("{place}.release"),
                    &group.release,
                    Limits::TEXT_CHARS,
                    true,
                )?;
                let tense = group.tense_seconds.unwrap_or(*tense_seconds);
                let release = group.release_seconds.unwrap_or(*release_seconds);
                check_seconds(
                    &format!("{place}.tense_seconds"),
                    tense,
                    Limits::STEP_SECONDS,
                )?;
                check_seconds(
                    &format!("{place}.release_seconds"),
                    release,
                    Limits::STEP_SECONDS,
                )?;
                total += tense + release;
            }
            total
        }
    };
    if total > Limits::TOTAL_SECONDS {
        return Err(problem(
            "practice",
            format!(
                "the whole exercise would last {:.0} minutes; the most is {:.0}",
                total / 60.0,
                Limits::TOTAL_SECONDS / 60.0
            ),
        ));
    }
    Ok(())
}

fn check_sound(place: &str, sound: &Sound) -> Check {
    match sound {
        Sound::Tone(tone) => {
            for (field, value) in [("hz", Some(tone.hz)), ("to_hz", tone.to_hz)] {
                if let Some(value) = value {
                    if !(20.0..=20_000.0).contains(&value) {
                        return Err(problem(
                            format!("{place}.{field}"),
                            format!("{value} Hz cannot be heard well; use 20 to 20000"),
                        ));
                    }
                }
            }
            check_seconds(
                &format!("{place}.seconds"),
                tone.seconds,
                Limits::TONE_SECONDS,
            )?;
            check_volume(place, tone.volume)?;
            for (field, value) in [("fade_in", tone.fade_in), ("fade_out", tone.fade_out)] {
                if !value.is_finite() || value < 0.0 {
                    return Err(problem(
                        format!("{place}.{field}"),
                        "a fade must be 0 seconds or more",
                    ));
                }
            }
            if tone.fade_in + tone.fade_out > tone.seconds {
                return Err(problem(
                    format!("{place}.fade_out"),
                    "the fades together are longer than the tone",
                ));
            }
            Ok(())
        }
        Sound::File { path, volume } => {
            if path.trim().is_empty() {
                return Err(problem(format!("{place}.path"), "the file name is empty"));
            }
            check_volume(place, *volume)
        }
    }
}

fn check_volume(place: &str, volume: f64) -> Check {
    if !(0.0..=1.0).contains(&volume) {
        return Err(problem(
            format!("{place}.volume"),
            format!("volume must be from 0.0 to 1.0, not {volume}"),
        ));
    }
    Ok(())
}
