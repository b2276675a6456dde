//! Safe and faithful: no breath held while tensing, a safety line wherever
//! it matters and time to read it, inside routines too, and the lengths the
//! routines promise.

use std::time::Duration;

use steady::exercise::{parse, Breath, Exercise, Practice};
use steady::library::{Library, SHIPPED};
use steady::paths::Paths;
use steady::timeline::{StepKind, Timeline};

use super::{groups, shipped};

fn every_shipped() -> impl Iterator<Item = Exercise> {
    SHIPPED
        .iter()
        .map(|(name, text)| parse(text).unwrap_or_else(|error| panic!("{name}: {error}")))
}

/// A sentence that speaks of holding and of breath: "take a deep breath and
/// hold it", "hold your breath".
fn holds_the_breath(text: &str) -> bool {
    text.to_lowercase()
        .split(['.', '!', '?', ';'])
        .any(|sentence| {
            sentence.contains("hold")
                && (sentence.contains("breath") || sentence.contains("hold it"))
        })
}

#[test]
fn the_breath_test_catches_the_old_words() {
    assert!(holds_the_breath(
        "Take a deep breath and hold it. Pull your shoulders back."
    ));
    assert!(holds_the_breath(
        "Take a deep breath in and hold it. Feel your chest grow tight."
    ));
    assert!(!holds_the_breath(
        "Lift your shoulders up toward your ears. Hold them there. Keep breathing."
    ));
}

#[test]
fn no_relaxation_step_tenses_and_holds_the_breath() {
    for exercise in every_shipped() {
        for segment in Timeline::from_exercise(&exercise).segments() {
            if segment.kind == StepKind::Tense {
                assert!(
                    !holds_the_breath(&segment.text),
                    "{}: {}: {:?}",
                    exercise.id,
                    segment.label,
                    segment.text
                );
            }
        }
    }
}

#[test]
fn a_step_that_tenses_the_chest_or_belly_says_to_keep_breathing() {
    for exercise in every_shipped() {
        for segment in Timeline::from_exercise(&exercise).segments() {
            let words = segment.label.to_lowercase();
            if segment.kind == StepKind::Tense
                && (words.contains("chest") || words.contains("belly"))
            {
                assert!(
                    segment.text.contains("Keep breathing."),
                    "{}: {}",
                    exercise.id,
                    segment.label
                );
            }
        }
    }
}

#[test]
fn exercises_that_need_one_carry_their_safety_line() {
    let has_holds = |exercise: &Exercise| match &exercise.practice {
        Practice::Breathing { phases, .. } => phases
            .iter()
            .any(|phase| matches!(phase.breath, Breath::Hold | Breath::HoldEmpty)),
        _ => false,
    };
    for exercise in every_shipped() {
        let safety = exercise.safety.clone().unwrap_or_default();
        if has_holds(&exercise) {
            assert!(
                safety.contains("If a hold feels hard, make it shorter."),
                "{}: {safety:?}",
                exercise.id
            );
        }
        if ["physiological-sigh", "breathing-4-7-8"].contains(&exercise.id.as_str()) {
            assert!(
                safety.contains("Stop if you feel dizzy"),
                "{}: {safety:?}",
                exercise.id
            );
        }
        if let Practice::Relaxation { .. } = exercise.practice {
            for words in [
                "Tense gently. Skip any part that hurts. Keep breathing.",
                "Tense lightly if you are pregnant or have high blood pressure.",
            ] {
                assert_eq!(
                    safety.matches(words).count(),
                    1,
                    "{}: once {words:?}",
                    exercise.id
                );
            }
        }
    }
}

#[test]
fn pmr_short_is_bernstein_and_borkovecs_4_groups() {
    let (count, timings) = groups("pmr-short");
    assert_eq!(count, 4, "muscle groups");
    for (tense, release) in timings {
        assert!((5.0..=7.0).contains(&tense), "tense {tense} s");
        assert_eq!(release, 30.0);
    }
    let Practice::Relaxation { groups, .. } = shipped("pmr-short").practice else {
        panic!("relaxation");
    };
    let names: Vec<String> = groups.iter().map(|g| g.name.to_lowercase()).collect();
    assert!(names[0].contains("arms"), "{names:?}");
    assert!(names[1].contains("face") && names[1].contains("neck"));
    for part in ["chest", "shoulders", "back", "belly"] {
        assert!(names[2].contains(part), "{part}: {names:?}");
    }
    assert!(names[3].contains("legs"), "{names:?}");
}

#[test]
fn pmr_full_is_in_bernstein_and_borkovecs_order_from_the_hand_you_write_with() {
    let Practice::Relaxation { groups, .. } = shipped("pmr-full").practice else {
        panic!("relaxation");
    };
    let names: Vec<String> = groups.iter().map(|g| g.name.to_lowercase()).collect();
    assert_eq!(names[0], "the hand you write with");
    let expected = [
        "hand", "arm", "hand", "arm", "forehead", "nose", "jaw", "neck", "chest", "belly", "thigh",
        "calf", "foot", "thigh", "calf", "foot",
    ];
    for (name, part) in names.iter().zip(expected) {
        assert!(name.contains(part), "{name:?} is the {part}");
    }
    for group in &groups {
        let text = format!("{} {}", group.tense, group.release).to_lowercase();
        assert!(
            !text.contains("right") && !text.contains("left"),
            "{}: the side you write with, not right or left",
            group.name
        );
    }
    let neck = &groups[7];
    assert!(
        neck.tense.contains("keep it from touching"),
        "{}",
        neck.tense
    );
}

fn library() -> (tempfile::TempDir, Library) {
    let config = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(config.path());
    let library = Library::load(&paths);
    (config, library)
}

#[test]
fn every_routine_shows_each_parts_intro_and_safety_line_long_enough_to_read() {
    let (_config, library) = library();
    assert_eq!(library.routines().len(), 3);
    for entry in library.routines() {
        let playable = library.playable(entry.id()).expect("a routine");
        let timeline = &playable.timeline;
        for (index, part) in timeline.parts().iter().enumerate() {
            let exercise = library.get(&part.id).expect("a shipped exercise");
            let briefing = if index == 0 {
                // The first part's words are on the get-ready screen.
                playable.get_ready()
            } else {
                let segment = &timeline.segments()[part.first_segment];
                assert_eq!(segment.kind, StepKind::Transition, "{}", entry.id());
                let briefing = timeline.briefing(index, Some(&segment.text));
                assert!(
                    segment.duration >= briefing.reading_time(),
                    "{}: {:?} for {} words",
                    entry.id(),
                    segment.duration,
                    briefing.words()
                );
                briefing
            };
            assert_eq!(briefing.safety, exercise.exercise.safety, "{}", part.id);
            if let Some(intro) = &exercise.exercise.intro {
                assert!(briefing.paragraphs.contains(intro), "{}", part.id);
            }
        }
    }
}

#[test]
fn reading_takes_about_four_tenths_of_a_second_a_word() {
    let (_config, library) = library();
    let sigh = library.playable("physiological-sigh").expect("shipped");
    let briefing = sigh.get_ready();
    let words = briefing.words();
    assert!(words >= 20, "intro and safety line: {words} words");
    assert_eq!(
        briefing.reading_time(),
        Duration::from_secs((words as f64 * 0.4).ceil() as u64)
    );
}

fn grounding_seconds_per_thing(timeline: &Timeline) -> Vec<(String, f64)> {
    timeline
        .segments()
        .iter()
        .filter(|segment| segment.kind == StepKind::Prompt)
        .filter_map(|segment| {
            let things: f64 = segment.label.split(' ').next()?.parse().ok()?;
            Some((
                segment.label.clone(),
                segment.duration.as_secs_f64() / things,
            ))
        })
        .collect()
}

#[test]
fn routines_last_what_they_say_with_at_least_4_seconds_for_each_thing_noticed() {
    let (_config, library) = library();
    let length = |id: &str| library.playable(id).expect("shipped").timeline.total();
    assert_eq!(length("two-minute-reset"), Duration::from_secs(120));
    assert_eq!(length("morning-five"), Duration::from_secs(300));
    assert_eq!(length("morning-breath"), Duration::from_secs(300));
    for id in ["two-minute-reset", "morning-five", "grounding-5-4-3-2-1"] {
        let timeline = library.playable(id).expect("shipped").timeline;
        let shares = grounding_seconds_per_thing(&timeline);
        assert_eq!(shares.len(), 5, "{id}: {shares:?}");
        for (label, seconds) in shares {
            assert!(seconds >= 4.0, "{id}: {label}: {seconds} s each");
        }
    }
}

#[test]
fn morning_breath_is_slow_breathing_with_no_holds() {
    let exercise = shipped("morning-breath");
    let Practice::Breathing { phases, .. } = &exercise.practice else {
        panic!("breathing");
    };
    assert!(phases
        .iter()
        .all(|phase| matches!(phase.breath, Breath::Inhale | Breath::Exhale)));
    let cycle: f64 = phases.iter().map(|phase| phase.seconds).sum();
    let per_minute = 60.0 / cycle;
    assert!(
        (4.5..=7.0).contains(&per_minute),
        "{per_minute} breaths a minute"
    );
}

#[test]
fn kind_words_have_their_own_heading() {
    let (_config, library) = library();
    let kind_words: Vec<&str> = library
        .of_group(steady::exercise::Group::KindWords)
        .map(|entry| entry.id())
        .collect();
    assert_eq!(kind_words, ["kind-words", "kind-words-waiting"]);
    assert!(library
        .of_group(steady::exercise::Group::Grounding)
        .all(|entry| !entry.id().starts_with("kind-words")));
}

#[test]
fn the_sighs_top_up_grows_from_where_the_first_breath_left_off() {
    let timeline = Timeline::from_exercise(&shipped("physiological-sigh"));
    let segments = timeline.segments();
    let (first, top_up, out) = (&segments[0], &segments[1], &segments[2]);
    let at = |segment: &steady::timeline::Segment, progress| {
        segment.fullness_at(progress).expect("a breath")
    };
    assert_eq!(at(first, 0.0), 0.0);
    let after_first = at(first, 1.0);
    assert!((0.5..1.0).contains(&after_first), "{after_first}");
    assert_eq!(at(top_up, 0.0), after_first, "no drop to empty");
    assert_eq!(at(top_up, 1.0), 1.0);
    assert!(at(top_up, 0.5) > after_first);
    assert_eq!(at(out, 0.0), 1.0);
    assert_eq!(at(out, 1.0), 0.0);
    // The next sigh starts from empty again.
    assert_eq!(at(&segments[3], 0.0), 0.0);
}
