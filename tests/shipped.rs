//! Every shipped exercise validates and follows its standard protocol.

// The test crate's root sits in tests/, so its parts are named by path.
#[path = "shipped/safety.rs"]
mod safety;

use std::time::Duration;

use steady::exercise::{parse, Breath, Exercise, Practice, Repeat};
use steady::library::{Library, SHIPPED};
use steady::timeline::{StepKind, Timeline};

fn shipped(id: &str) -> Exercise {
    let (_, text) = SHIPPED
        .iter()
        .find(|(name, _)| name.trim_end_matches(".ron") == id)
        .unwrap_or_else(|| panic!("{id} is shipped"));
    parse(text).unwrap_or_else(|error| panic!("{id} is valid: {error}"))
}

/// The breathing pattern as (breath, seconds) pairs.
fn pattern(exercise: &Exercise) -> (Vec<(Breath, f64)>, Repeat) {
    match &exercise.practice {
        Practice::Breathing { phases, repeat } => (
            phases
                .iter()
                .map(|phase| (phase.breath, phase.seconds))
                .collect(),
            *repeat,
        ),
        other => panic!("{} is breathing, not {other:?}", exercise.id),
    }
}

fn total(exercise: &Exercise) -> Duration {
    Timeline::from_exercise(exercise).total()
}

#[test]
fn every_shipped_file_is_named_after_its_id_and_valid() {
    assert_eq!(SHIPPED.len(), 12);
    for (name, text) in SHIPPED {
        let exercise = parse(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(format!("{}.ron", exercise.id), name);
        assert!(
            exercise.intro.is_some() && exercise.closing.is_some(),
            "{name} has an intro and closing"
        );
        assert!(exercise.cues.end.is_some(), "{name} ends with a cue");
    }
    assert_eq!(Library::builtin().entries().len(), 12);
}

#[test]
fn box_breathing_is_4_4_4_4() {
    let (phases, _) = pattern(&shipped("box-breathing"));
    use Breath::*;
    assert_eq!(
        phases,
        vec![(Inhale, 4.0), (Hold, 4.0), (Exhale, 4.0), (HoldEmpty, 4.0)]
    );
}

#[test]
fn calm_breathing_is_4_in_4_hold_4_out() {
    let (phases, _) = pattern(&shipped("calm-breathing"));
    use Breath::*;
    assert_eq!(phases, vec![(Inhale, 4.0), (Hold, 4.0), (Exhale, 4.0)]);
}

#[test]
fn breathing_4_7_8_is_4_7_8() {
    let (phases, repeat) = pattern(&shipped("breathing-4-7-8"));
    use Breath::*;
    assert_eq!(phases, vec![(Inhale, 4.0), (Hold, 7.0), (Exhale, 8.0)]);
    assert!(matches!(repeat, Repeat::Cycles(2..=8)), "{repeat:?}");
}

#[test]
fn coherent_breathing_is_about_five_and_a_half_breaths_a_minute() {
    let exercise = shipped("coherent-breathing");
    let (phases, _) = pattern(&exercise);
    let breath: f64 = phases.iter().map(|(_, seconds)| seconds).sum();
    let per_minute = 60.0 / breath;
    assert!(
        (5.0..=6.0).contains(&per_minute),
        "{per_minute} breaths a minute"
    );
    assert!(phases
        .iter()
        .all(|(kind, _)| matches!(kind, Breath::Inhale | Breath::Exhale)));
}

#[test]
fn grounding_counts_down_five_senses() {
    let exercise = shipped("grounding-5-4-3-2-1");
    let Practice::Grounding { steps } = &exercise.practice else {
        panic!("grounding");
    };
    let labels: Vec<String> = steps.iter().map(|step| step.label.to_lowercase()).collect();
    let order = ["5", "4", "3", "2", "1"];
    let senses = ["see", "touch", "hear", "smell", "taste"];
    let mut found = Vec::new();
    for (count, sense) in order.iter().zip(senses) {
        let index = labels
            .iter()
            .position(|label| {
                label.contains(count) && (label.contains(sense) || label.contains("feel"))
            })
            .unwrap_or_else(|| panic!("a step for {count} {sense}: {labels:?}"));
        found.push(index);
    }
    assert!(
        found.windows(2).all(|pair| pair[0] < pair[1]),
        "in order 5 to 1"
    );
}

fn groups(id: &str) -> (usize, Vec<(f64, f64)>) {
    let exercise = shipped(id);
    let Practice::Relaxation {
        tense_seconds,
        release_seconds,
        groups,
    } = &exercise.practice
    else {
        panic!("{id} is relaxation");
    };
    let timings = groups
        .iter()
        .map(|group| {
            (
                group.tense_seconds.unwrap_or(*tense_seconds),
                group.release_seconds.unwrap_or(*release_seconds),
            )
        })
        .collect();
    (groups.len(), timings)
}

/// Bernstein and Borkovec: tense each group 5 to 7 seconds, release 30 to 40.
fn follows_bernstein_and_borkovec(id: &str, timings: &[(f64, f64)]) {
    for (tense, release) in timings {
        assert!((5.0..=7.0).contains(tense), "{id}: tense {tense} s");
        assert!((30.0..=40.0).contains(release), "{id}: release {release} s");
    }
}

#[test]
fn full_pmr_is_bernstein_and_borkovecs_16_groups() {
    let (count, timings) = groups("pmr-full");
    assert_eq!(count, 16, "muscle groups");
    follows_bernstein_and_borkovec("pmr-full", &timings);
    assert_eq!(timings[0], (6.0, 35.0));
}

#[test]
fn pmr_7_is_bernstein_and_borkovecs_7_groups() {
    let (count, timings) = groups("pmr-7");
    assert_eq!(count, 7, "muscle groups");
    follows_bernstein_and_borkovec("pmr-7", &timings);
}

#[test]
fn short_pmr_is_four_groups_under_five_minutes() {
    let (count, _) = groups("pmr-short");
    assert!((3..=5).contains(&count), "{count} muscle groups");
    assert!(total(&shipped("pmr-short")) < Duration::from_secs(300));
}

#[test]
fn relaxation_alternates_tense_and_release() {
    for id in ["pmr-short", "pmr-7", "pmr-full"] {
        let timeline = Timeline::from_exercise(&shipped(id));
        for (index, segment) in timeline.segments().iter().enumerate() {
            let expected = if index % 2 == 0 {
                StepKind::Tense
            } else {
                StepKind::Release
            };
            assert_eq!(segment.kind, expected, "{id}");
        }
    }
}

#[test]
fn relaxation_tenses_with_the_tense_cue_and_lets_go_with_the_chime() {
    for id in ["pmr-short", "pmr-7", "pmr-full"] {
        let cues = shipped(id).cues;
        assert_eq!(cues.tense.as_deref(), Some("tense"), "{id}");
        assert_eq!(cues.release.as_deref(), Some("chime"), "{id}");
    }
}

#[test]
fn physiological_sigh_is_two_breaths_in_and_a_long_breath_out() {
    let exercise = shipped("physiological-sigh");
    let (phases, _) = pattern(&exercise);
    use Breath::*;
    assert!(phases.len() >= 3, "{phases:?}");
    let [(Inhale, first), (Inhale, top_up), (Exhale, out)] = phases[..3] else {
        panic!("in, in again, then out: {phases:?}");
    };
    assert!(
        top_up < first,
        "the top-up is the shorter breath in: {phases:?}"
    );
    assert!(out >= 2.0 * first, "the breath out is long: {phases:?}");
    assert!(
        phases[3..].iter().all(|(kind, _)| *kind == HoldEmpty),
        "at most a rest after the breath out: {phases:?}"
    );
    let length = total(&exercise);
    assert!(
        (Duration::from_secs(90)..=Duration::from_secs(180)).contains(&length),
        "about two minutes: {length:?}"
    );
}

#[test]
fn kind_words_is_a_few_short_sentences_one_per_step() {
    let exercise = shipped("kind-words");
    let Practice::Grounding { steps } = &exercise.practice else {
        panic!("kind-words is a list of prompts");
    };
    assert!((6..=8).contains(&steps.len()), "{} steps", steps.len());
    for step in steps {
        assert!(
            (15.0..=25.0).contains(&step.seconds),
            "{}: {} s",
            step.label,
            step.seconds
        );
        for sentence in step.text.split(['.', '?']) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 16, "{}: {words} words", step.label);
        }
    }
    let length = total(&exercise);
    assert!(
        (Duration::from_secs(120)..=Duration::from_secs(180)).contains(&length),
        "two to three minutes: {length:?}"
    );
}

#[test]
fn shipped_texts_are_short_enough_to_take_in_at_a_glance() {
    for (name, text) in SHIPPED {
        let exercise = parse(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        for segment in Timeline::from_exercise(&exercise).segments() {
            for sentence in segment.text.split(['.', '?']) {
                let words = sentence.split_whitespace().count();
                assert!(
                    words <= 16,
                    "{name}: a sentence of {words} words: {sentence:?}"
                );
            }
        }
    }
}
