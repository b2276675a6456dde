//! Routines: several exercises as one session. Flattening, lengths rounded
//! to whole cycles or steps, transitions, and routines that name a missing
//! or broken exercise.

use std::fs;

use std::time::{Duration, Instant};

use steady::library::{Library, SHIPPED_ROUTINES};
use steady::paths::Paths;
use steady::session::Session;
use steady::timeline::StepKind;

fn folder() -> (tempfile::TempDir, Paths) {
    let config = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(config.path());
    fs::create_dir_all(paths.exercises()).expect("mkdir");
    (config, paths)
}

fn write(paths: &Paths, name: &str, text: &str) {
    fs::write(paths.exercises().join(name), text).expect("write");
}

fn routine(parts: &str) -> String {
    format!("(\n  version: 1,\n  id: \"mine\",\n  title: \"Mine\",\n  summary: \"My routine.\",\n  parts: [\n{parts}\n  ],\n)\n")
}

#[test]
fn every_shipped_routine_validates_and_the_morning_is_exactly_five_minutes() {
    let library = Library::builtin();
    assert_eq!(library.routines().len(), SHIPPED_ROUTINES.len());
    assert!(library.broken().is_empty(), "{:?}", library.broken());
    let morning = library.routine("morning-five").expect("shipped");
    assert_eq!(morning.total(), Duration::from_secs(300));
    assert_eq!(morning.timeline.parts().len(), 3);
    let reset = library.routine("two-minute-reset").expect("shipped");
    assert_eq!(reset.total(), Duration::from_secs(120));
    let evening = library.routine("evening-wind-down").expect("shipped");
    assert!(
        evening.routine.journal.is_some(),
        "the evening ends with a journal prompt"
    );
}

#[test]
fn parts_are_joined_by_transitions_and_keep_their_names() {
    let library = Library::builtin();
    let morning = library.routine("morning-five").expect("shipped");
    let timeline = &morning.timeline;
    let transitions: Vec<usize> = timeline
        .segments()
        .iter()
        .enumerate()
        .filter(|(_, segment)| segment.kind == StepKind::Transition)
        .map(|(index, _)| index)
        .collect();
    assert_eq!(transitions.len(), 2, "one before every part but the first");
    for (part, index) in transitions.iter().enumerate() {
        let segment = &timeline.segments()[*index];
        assert_eq!(
            segment.part,
            part + 1,
            "a transition belongs to the part it leads to"
        );
        assert_eq!(segment.cue.as_deref(), Some("transition"));
        assert_eq!(timeline.parts()[part + 1].first_segment, *index);
    }
    // Segments touch end to end, and the total is their sum.
    for pair in timeline.segments().windows(2) {
        assert_eq!(pair[0].end(), pair[1].start);
    }
    let sum: Duration = timeline
        .segments()
        .iter()
        .map(|segment| segment.duration)
        .sum();
    assert_eq!(sum, timeline.total());
}

#[test]
fn lengths_round_to_whole_cycles_or_steps() {
    let (_config, paths) = folder();
    write(
        &paths,
        "mine.ron",
        &routine(
            r#"    (exercise: "coherent-breathing", length: "1:00"),
    (exercise: "grounding-5-4-3-2-1", length: "1:00"),
    (exercise: "pmr-short", length: "1:10"),
    (exercise: "box-breathing", cycles: 2),"#,
        ),
    );
    let library = Library::load(&paths);
    assert!(library.broken().is_empty(), "{:?}", library.broken());
    let entry = library.routine("mine").expect("loaded");
    let words: Vec<&str> = entry.adjusted.iter().map(|a| a.words.as_str()).collect();
    // 60 s of 11 s breaths: 5 cycles (55 s) is nearer than 6 (66 s).
    assert_eq!(words[0], "5 cycles, 0:55 (asked 1:00)");
    assert_eq!(words[1], "every step scaled to 1:00 (asked 1:00)");
    // Groups of 36 s: two (72 s) are nearer 70 s than three (108 s).
    assert_eq!(words[2], "2 of 4 muscle groups, 1:12 (asked 1:10)");
    assert_eq!(words[3], "2 cycles, 0:32");
    let parts = entry.timeline.parts();
    let part_length = |index: usize| {
        let end = parts
            .get(index + 1)
            .map_or(entry.timeline.total(), |next| next.start);
        end - parts[index].start
    };
    // Each pause between parts lasts as long as its words take to read.
    let transition = |index: usize| {
        let segment = &entry.timeline.segments()[parts[index].first_segment];
        assert_eq!(segment.kind, StepKind::Transition);
        let briefing = entry.timeline.briefing(index, Some(&segment.text));
        assert!(segment.duration >= briefing.reading_time().max(Duration::from_secs(5)));
        segment.duration
    };
    assert_eq!(part_length(0), Duration::from_secs(55));
    assert_eq!(part_length(1), Duration::from_secs(60) + transition(1));
    assert_eq!(part_length(2), Duration::from_secs(72) + transition(2));
    assert_eq!(part_length(3), Duration::from_secs(32) + transition(3));
}

#[test]
fn a_routine_naming_a_missing_or_broken_exercise_is_reported_with_the_reason() {
    let (_config, paths) = folder();
    write(
        &paths,
        "mine.ron",
        &routine(r#"    (exercise: "box-breathin"),"#),
    );
    write(
        &paths,
        "other.ron",
        &routine(r#"    (exercise: "my-broken"),"#).replace("\"mine\"", "\"other\""),
    );
    write(
        &paths,
        "my-broken.ron",
        "(version: 1, id: \"my-broken\", title: \"B\", summary: \"B.\", practice: Grounding(steps: []))",
    );
    let library = Library::load(&paths);
    assert!(library.routine("mine").is_none());
    assert!(library.routine("other").is_none());
    let broken = |name: &str| {
        library
            .broken()
            .iter()
            .find(|broken| broken.path.ends_with(name))
            .unwrap_or_else(|| panic!("{name} is listed as broken"))
    };
    let missing = &broken("mine.ron").errors[0];
    assert!(
        missing
            .to_string()
            .contains("did you mean \"box-breathing\""),
        "{missing}"
    );
    assert_eq!(
        missing.position().map(|(line, _)| line),
        Some(7),
        "{missing}"
    );
    let named_broken = &broken("other.ron").errors[0];
    assert!(
        named_broken.to_string().contains("has a mistake"),
        "{named_broken}"
    );
    assert!(
        named_broken.to_string().contains("my-broken.ron:1:"),
        "{named_broken}"
    );
}

#[test]
fn cycles_are_only_for_breathing_and_a_length_must_be_readable() {
    let (_config, paths) = folder();
    write(
        &paths,
        "mine.ron",
        &routine(r#"    (exercise: "pmr-short", cycles: 3),"#),
    );
    write(
        &paths,
        "other.ron",
        &routine(r#"    (exercise: "box-breathing", length: "two minutes", cycles: 2),"#)
            .replace("\"mine\"", "\"other\""),
    );
    let library = Library::load(&paths);
    let messages: Vec<String> = library
        .broken()
        .iter()
        .flat_map(|broken| broken.errors.iter().map(ToString::to_string))
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("only a breathing exercise has cycles")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("\"two minutes\" is not a length")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("either cycles or a length")),
        "{messages:?}"
    );
}

#[test]
fn two_parts_may_each_define_a_sound_of_the_same_name() {
    let (_config, paths) = folder();
    let exercise = |id: &str, hz: u32| {
        format!(
            "(version: 1, id: \"{id}\", title: \"T\", summary: \"S.\",
              practice: Breathing(phases: [(breath: Inhale, seconds: 2, cue: \"mine\")], repeat: Cycles(1)),
              sounds: {{ \"mine\": Tone(hz: {hz}, seconds: 0.3) }})"
        )
    };
    write(&paths, "a.ron", &exercise("a", 300));
    write(&paths, "b.ron", &exercise("b", 600));
    write(
        &paths,
        "mine.ron",
        &routine("    (exercise: \"a\"),\n    (exercise: \"b\"),"),
    );
    let library = Library::load(&paths);
    let entry = library.routine("mine").expect("loaded");
    let cues: Vec<&str> = entry
        .timeline
        .segments()
        .iter()
        .filter(|segment| segment.kind != StepKind::Transition)
        .filter_map(|segment| segment.cue.as_deref())
        .collect();
    assert_eq!(cues, ["mine#0", "mine#1"]);
    assert_eq!(entry.timeline.sounds().len(), 2);
}

#[test]
fn next_part_skips_to_the_transition_before_the_next_part() {
    let library = Library::builtin();
    let timeline = library
        .routine("morning-five")
        .expect("shipped")
        .timeline
        .clone();
    let base = Instant::now();
    let mut session = Session::started(timeline.clone(), base);
    session.next_part(base + Duration::from_secs(10));
    let position = session
        .position(base + Duration::from_secs(10))
        .expect("running");
    assert_eq!(position.segment.kind, StepKind::Transition);
    assert_eq!(position.segment.part, 1);
    assert_eq!(position.elapsed, timeline.parts()[1].start);
}

#[test]
fn plan_lists_every_step_with_its_part_and_ends_with_the_total() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .args(["plan", "morning-five"])
        .env("LANGUAGE", "en")
        .env("STEADY_CONFIG_DIR", config.path())
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert_eq!(text.lines().last(), Some("total 5:00"), "{text}");
    assert!(
        text.lines()
            .any(|line| line.starts_with("part 1: Calm breathing: 10 cycles")),
        "{text}"
    );
    let steps = text
        .lines()
        .filter(|line| line.contains(':') && line.starts_with(|c: char| c.is_ascii_digit()));
    for line in steps.filter(|line| !line.contains(" end ")) {
        assert!(
            [
                "Calm breathing:",
                "5-4-3-2-1 grounding:",
                "Quick muscle relaxation:"
            ]
            .iter()
            .any(|part| line.contains(part)),
            "every step names its part: {line}"
        );
    }
}

#[test]
fn check_accepts_a_routine_file_and_names_its_problems() {
    let (config, paths) = folder();
    let good = config.path().join("good.ron");
    fs::write(
        &good,
        routine(r#"    (exercise: "box-breathing", cycles: 2),"#),
    )
    .expect("write");
    let bad = config.path().join("bad.ron");
    fs::write(&bad, routine(r#"    (exercise: "nothing-here"),"#)).expect("write");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_steady"))
        .arg("check")
        .args([&good, &bad])
        .env("LANGUAGE", "en")
        .env("STEADY_CONFIG_DIR", paths.config())
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains(&format!("{}: ok (Mine, 0:32)", good.display())),
        "{text}"
    );
    assert!(text.contains(&format!("{}:7:", bad.display())), "{text}");
    assert!(
        text.contains("there is no exercise \"nothing-here\""),
        "{text}"
    );
}
