//! A routine made into one timeline: each part's exercise, shortened or
//! lengthened as asked (to whole cycles or steps), with a calm transition
//! before every part but the first.

use std::collections::BTreeMap;
use std::time::Duration;

use super::model::{parse_length, Part, Routine};
use crate::exercise::steps::{self, step_duration, Step, StepKind};
use crate::exercise::{Exercise, Limits, Practice, Problem, Repeat};
use crate::timeline::{format_clock, Briefing, Builder, Timeline};

/// The shortest calm pause between two parts; longer when the next part's
/// words need more time to be read calmly.
pub const TRANSITION_SECONDS: u64 = 5;
/// Cue played at each transition.
const TRANSITION_CUE: &str = "transition";
/// A grounding step is never shortened below this.
const SHORTEST_PROMPT_SECONDS: u64 = 3;

/// What was changed in a part to meet its length, in words for `steady plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Adjusted {
    pub part: usize,
    pub title: String,
    pub words: String,
}

/// A routine ready to run.
#[derive(Debug, Clone)]
pub struct Plan {
    pub timeline: Timeline,
    pub adjusted: Vec<Adjusted>,
}

/// Flattens `routine`, looking each exercise up with `find` (which says
/// why when an exercise is missing or broken).
pub fn flatten<'a>(
    routine: &Routine,
    find: impl Fn(&str) -> Result<&'a Exercise, String>,
) -> Result<Plan, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut adjusted = Vec::new();
    let mut exercises = Vec::new();
    for (index, part) in routine.parts.iter().enumerate() {
        let place = |field: &str| format!("parts[{index}].{field}");
        let exercise = match find(&part.exercise) {
            Ok(exercise) => exercise,
            Err(why) => {
                problems.push(Problem {
                    place: place("exercise"),
                    message: why,
                });
                continue;
            }
        };
        match adjust(exercise, part) {
            Ok((exercise, words)) => {
                if let Some(words) = words {
                    adjusted.push(Adjusted {
                        part: index,
                        title: exercise.title.clone(),
                        words,
                    });
                }
                exercises.push(namespaced(exercise, index));
            }
            Err((field, message)) => problems.push(Problem {
                place: place(field),
                message,
            }),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let timeline = build(routine, &exercises);
    limits(&timeline).map_err(|message| {
        vec![Problem {
            place: "parts".into(),
            message,
        }]
    })?;
    Ok(Plan { timeline, adjusted })
}

fn build(routine: &Routine, exercises: &[Exercise]) -> Timeline {
    let mut builder = Builder::default();
    let mut sounds = BTreeMap::new();
    for (index, (exercise, part)) in exercises.iter().zip(&routine.parts).enumerate() {
        builder.begin_part(exercise);
        if index > 0 {
            let words = part
                .transition
                .clone()
                .unwrap_or_else(|| crate::t!("routine-transition").into());
            let label = crate::t!("routine-next", title = exercise.title.as_str());
            builder.push(
                index,
                Step {
                    kind: StepKind::Transition,
                    duration: transition_length(&words, exercise),
                    label: &label,
                    text: &words,
                    cue: Some(TRANSITION_CUE),
                    cycle: None,
                    level: 1.0,
                    say: None,
                    recording: None,
                },
            );
        }
        builder.extend(index, steps::steps(exercise));
        sounds.extend(exercise.sounds.clone());
    }
    let end_cue = exercises.last().and_then(|last| last.cues.end.clone());
    let end_level = exercises
        .last()
        .map_or(1.0, |last| last.cue_volume.clamp(0.0, 1.0) as f32);
    builder.finish(end_cue, end_level, sounds)
}

/// Long enough to read the transition's words, the next part's intro and
/// its safety line calmly; never under [`TRANSITION_SECONDS`].
pub fn transition_length(words: &str, next: &Exercise) -> Duration {
    let briefing = Briefing::new(Some(words), next.intro.as_deref(), next.safety.as_deref());
    briefing
        .reading_time()
        .max(Duration::from_secs(TRANSITION_SECONDS))
}

/// The same limits a single exercise has, over the whole routine.
fn limits(timeline: &Timeline) -> Result<(), String> {
    let steps = timeline.segments().len() as u64;
    if steps > Limits::TOTAL_STEPS {
        return Err(crate::t!(
            "problem-routine-steps",
            count = steps,
            most = Limits::TOTAL_STEPS
        ));
    }
    if timeline.total() > step_duration(Limits::TOTAL_SECONDS) {
        return Err(crate::t!(
            "problem-routine-length",
            length = format_clock(timeline.total()),
            most = Limits::TOTAL_SECONDS as u64 / 60
        ));
    }
    Ok(())
}

type Adjustment = Result<(Exercise, Option<String>), (&'static str, String)>;

/// The part's exercise, made as long as asked.
fn adjust(exercise: &Exercise, part: &Part) -> Adjustment {
    let mut exercise = exercise.clone();
    let asked = part.length.as_deref().and_then(parse_length);
    let Practice::Breathing { phases, repeat } = &mut exercise.practice else {
        if part.cycles.is_some() {
            return Err(("cycles", crate::t!("problem-cycles-not-breathing").into()));
        }
        return match asked {
            Some(seconds) => shorten_steps(exercise, seconds),
            None => Ok((exercise, None)),
        };
    };
    let cycle: u64 = phases
        .iter()
        .map(|phase| step_duration(phase.seconds).as_millis() as u64)
        .sum();
    let cycles = match (part.cycles, asked) {
        (Some(cycles), _) => cycles,
        (None, Some(seconds)) if cycle > 0 => {
            // The nearest whole number of breaths.
            u32::try_from(((seconds * 1000 + cycle / 2) / cycle).max(1)).unwrap_or(u32::MAX)
        }
        _ => return Ok((exercise, None)),
    };
    *repeat = Repeat::Cycles(cycles);
    let total = Duration::from_millis(cycle * u64::from(cycles));
    let words = crate::t!(
        "plan-fitted-cycles",
        cycles = cycles,
        length = format_clock(total)
    );
    Ok((exercise, Some(with_asked(words, part))))
}

fn with_asked(words: String, part: &Part) -> String {
    match &part.length {
        Some(length) => crate::t!("plan-fitted-asked", words = words, asked = length),
        None => words,
    }
}

/// A prompt exercise scaled to `seconds` (every prompt kept, each shorter or
/// longer, whole seconds); a muscle relaxation cut to the whole groups that
/// come closest (a tense time is never shortened).
fn shorten_steps(mut exercise: Exercise, seconds: u64) -> Adjustment {
    let part = Part {
        exercise: exercise.id.clone(),
        cycles: None,
        length: Some(format_clock(Duration::from_secs(seconds))),
        transition: None,
    };
    match &mut exercise.practice {
        Practice::Grounding { steps } => {
            let shortest = SHORTEST_PROMPT_SECONDS * steps.len() as u64;
            if seconds < shortest {
                return Err((
                    "length",
                    crate::t!(
                        "problem-steps-need",
                        count = steps.len(),
                        least = format_clock(Duration::from_secs(shortest))
                    ),
                ));
            }
            let weights: Vec<f64> = steps.iter().map(|step| step.seconds).collect();
            for (step, new) in steps.iter_mut().zip(share_out(&weights, seconds)) {
                step.seconds = new as f64;
            }
            let words = crate::t!(
                "plan-fitted-scaled",
                length = format_clock(Duration::from_secs(seconds))
            );
            Ok((exercise, Some(with_asked(words, &part))))
        }
        Practice::Relaxation {
            tense_seconds,
            release_seconds,
            groups,
        } => {
            let group_length = |group: &crate::exercise::MuscleGroup| {
                step_duration(group.tense_seconds.unwrap_or(*tense_seconds))
                    + step_duration(group.release_seconds.unwrap_or(*release_seconds))
            };
            let wanted = Duration::from_secs(seconds);
            let mut total = Duration::ZERO;
            let mut best = (1, Duration::MAX);
            for (count, group) in groups.iter().enumerate() {
                total += group_length(group);
                let distance = total.abs_diff(wanted);
                if distance < best.1 {
                    best = (count + 1, distance);
                }
            }
            let all = groups.len();
            groups.truncate(best.0);
            let kept: Duration = groups.iter().map(group_length).sum();
            let words = crate::t!(
                "plan-fitted-groups",
                kept = best.0,
                all = all,
                length = format_clock(kept)
            );
            Ok((exercise, Some(with_asked(words, &part))))
        }
        Practice::Breathing { .. } => Ok((exercise, None)),
    }
}

/// Whole seconds in proportion to `weights`, adding up to exactly `total`
/// (largest remainders get the spare seconds), none under the shortest prompt.
fn share_out(weights: &[f64], total: u64) -> Vec<u64> {
    let sum: f64 = weights.iter().sum();
    let exact: Vec<f64> = weights.iter().map(|w| w / sum * total as f64).collect();
    let mut whole: Vec<u64> = exact
        .iter()
        .map(|value| (value.floor() as u64).max(SHORTEST_PROMPT_SECONDS))
        .collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|a, b| {
        (exact[*b] - exact[*b].floor()).total_cmp(&(exact[*a] - exact[*a].floor()))
    });
    let mut index = 0;
    while whole.iter().sum::<u64>() < total {
        whole[order[index % order.len()]] += 1;
        index += 1;
    }
    while whole.iter().sum::<u64>() > total {
        if let Some(largest) = (0..whole.len()).max_by_key(|i| whole[*i]) {
            whole[largest] -= 1;
        }
    }
    whole
}

/// An exercise whose own sounds are renamed for its part, so two parts may
/// each define a sound of the same name.
fn namespaced(mut exercise: Exercise, part: usize) -> Exercise {
    if exercise.sounds.is_empty() {
        return exercise;
    }
    let own: Vec<String> = exercise.sounds.keys().cloned().collect();
    let rename = |cue: &mut Option<String>| {
        if let Some(name) = cue.as_mut().filter(|name| own.contains(name)) {
            *name = format!("{name}#{part}");
        }
    };
    let cues = &mut exercise.cues;
    for cue in [
        &mut cues.inhale,
        &mut cues.hold,
        &mut cues.exhale,
        &mut cues.hold_empty,
        &mut cues.prompt,
        &mut cues.tense,
        &mut cues.release,
        &mut cues.end,
    ] {
        rename(cue);
    }
    match &mut exercise.practice {
        Practice::Breathing { phases, .. } => {
            phases.iter_mut().for_each(|phase| rename(&mut phase.cue));
        }
        Practice::Grounding { steps } => {
            steps.iter_mut().for_each(|step| rename(&mut step.cue));
        }
        Practice::Relaxation { .. } => {}
    }
    exercise.sounds = std::mem::take(&mut exercise.sounds)
        .into_iter()
        .map(|(name, sound)| (format!("{name}#{part}"), sound))
        .collect();
    exercise
}

#[cfg(test)]
mod tests {
    use super::share_out;

    #[test]
    fn shares_add_up_exactly() {
        let shares = share_out(&[15.0, 40.0, 40.0, 35.0, 25.0, 20.0, 15.0], 95);
        assert_eq!(shares.iter().sum::<u64>(), 95);
        assert!(shares.iter().all(|share| *share >= 3));
        assert_eq!(shares[1], shares[2], "equal weights, equal shares");
    }
}
