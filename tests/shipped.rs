//! Every shipped exercise validates and follows its standard protocol.

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
    assert_eq!(SHIPPED.len(), 7);
    for (name, text) in SHIPPED {
        let exercise = parse(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(format!("{}.ron", exercise.id), name);
        assert!(
            exercise.intro.is_some() && exercise.closing.is_some(),
            "{name} has an intro and closing"
        );
        assert!(exercise.cues.end.is_some(), "{name} ends with a cue");
    }
    assert_eq!(Library::builtin().entries().len(), 7);
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

#[test]
fn full_pmr_follows_jacobson() {
    let (count, timings) = groups("pmr-full");
    assert!((14..=16).contains(&count), "{count} muscle groups");
    for (tense, release) in timings {
        assert!((5.0..=7.0).contains(&tense), "tense {tense} s");
        assert!((15.0..=30.0).contains(&release), "release {release} s");
    }
}

#[test]
fn short_pmr_is_about_four_groups_under_five_minutes() {
    let (count, _) = groups("pmr-short");
    assert!((3..=5).contains(&count), "{count} muscle groups");
    assert!(total(&shipped("pmr-short")) < Duration::from_secs(300));
}

#[test]
fn relaxation_alternates_tense_and_release() {
    let timeline = Timeline::from_exercise(&shipped("pmr-full"));
    for (index, segment) in timeline.segments().iter().enumerate() {
        let expected = if index % 2 == 0 {
            StepKind::Tense
        } else {
            StepKind::Release
        };
        assert_eq!(segment.kind, expected);
    }
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
