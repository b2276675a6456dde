//! Each kind of bad exercise file gets a clear error that names the place.

use steady::exercise::{parse, parse_bytes};
use steady::Error;

/// A valid breathing exercise with `{PHASES}`, `{REPEAT}` and `{EXTRA}` to fill in.
fn breathing(phases: &str, repeat: &str, extra: &str) -> String {
    format!(
        "(\n    version: 1,\n    id: \"test\",\n    title: \"Test\",\n    summary: \"A test.\",\n{extra}    practice: Breathing(\n        phases: [{phases}],\n        repeat: {repeat},\n    ),\n)\n"
    )
}

const GOOD_PHASES: &str = "(breath: Inhale, seconds: 4), (breath: Exhale, seconds: 4)";

fn invalid(text: &str) -> (String, String, usize, usize) {
    match parse(text) {
        Err(Error::Invalid {
            place,
            message,
            line,
            column,
        }) => (place, message, line, column),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn the_template_itself_is_valid() {
    assert!(parse(&breathing(GOOD_PHASES, "Cycles(3)", "")).is_ok());
}

#[test]
fn malformed_ron_reports_line_and_column() {
    let text =
        breathing(GOOD_PHASES, "Cycles(3)", "").replace("title: \"Test\",", "title: \"Test\"");
    match parse(&text) {
        Err(Error::Parse {
            line,
            column,
            message,
        }) => {
            assert_eq!(
                line, 5,
                "the missing comma shows up where the next field starts"
            );
            assert!(column >= 1);
            assert!(!message.is_empty());
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn unknown_fields_are_named_with_the_expected_ones() {
    let text = breathing(GOOD_PHASES, "Cycles(3)", "    colour: \"blue\",\n");
    let error = parse(&text).expect_err("unknown field");
    let message = error.to_string();
    assert!(message.contains("colour"), "{message}");
    assert!(
        message.contains("summary"),
        "lists expected fields: {message}"
    );
    assert_eq!(error.position().map(|(line, _)| line), Some(6));
}

#[test]
fn unknown_fields_inside_steps_are_rejected() {
    let text = breathing("(breath: Inhale, seconds: 4, sekonds: 2)", "Cycles(3)", "");
    let message = parse(&text).expect_err("unknown field").to_string();
    assert!(message.contains("sekonds"), "{message}");
}

#[test]
fn zero_duration_is_an_error_at_its_field() {
    let text = breathing(
        "(breath: Inhale, seconds: 4), (breath: Exhale, seconds: 0)",
        "Cycles(3)",
        "",
    );
    let (place, message, line, column) = invalid(&text);
    assert_eq!(place, "practice.phases[1].seconds");
    assert!(message.contains("more than 0"), "{message}");
    assert_eq!(line, 7);
    assert!(
        column > 40,
        "points at the second phase, not the first: {column}"
    );
}

#[test]
fn negative_duration_is_an_error() {
    let text = breathing("(breath: Inhale, seconds: -4)", "Cycles(3)", "");
    let (place, message, ..) = invalid(&text);
    assert_eq!(place, "practice.phases[0].seconds");
    assert!(message.contains("-4"), "{message}");
}

#[test]
fn absurd_duration_is_an_error() {
    let text = breathing("(breath: Inhale, seconds: 86400)", "Cycles(3)", "");
    let (_, message, ..) = invalid(&text);
    assert!(message.contains("too long"), "{message}");
}

#[test]
fn not_a_number_duration_is_an_error() {
    let text = breathing("(breath: Inhale, seconds: NaN)", "Cycles(3)", "");
    let (_, message, ..) = invalid(&text);
    assert!(message.contains("number of seconds"), "{message}");
}

#[test]
fn a_zero_cycle_count_is_an_error() {
    let (place, message, ..) = invalid(&breathing(GOOD_PHASES, "Cycles(0)", ""));
    assert_eq!(place, "practice.repeat");
    assert!(message.contains("at least 1"), "{message}");
}

#[test]
fn an_empty_sequence_is_an_error() {
    let (place, message, ..) = invalid(&breathing("", "Cycles(3)", ""));
    assert_eq!(place, "practice.phases");
    assert!(message.contains("no phases"), "{message}");
}

#[test]
fn an_empty_grounding_or_relaxation_is_an_error() {
    let grounding =
        "(version: 1, id: \"g\", title: \"G\", summary: \"G.\", practice: Grounding(steps: []))";
    assert_eq!(invalid(grounding).0, "practice.steps");
    let relaxation = "(version: 1, id: \"r\", title: \"R\", summary: \"R.\", practice: Relaxation(tense_seconds: 5, release_seconds: 20, groups: []))";
    assert_eq!(invalid(relaxation).0, "practice.groups");
}

#[test]
fn over_long_text_is_an_error() {
    let long = "word ".repeat(100);
    let text = breathing(
        GOOD_PHASES,
        "Cycles(3)",
        &format!("    intro: \"{long}\",\n"),
    );
    let (place, message, line, _) = invalid(&text);
    assert_eq!(place, "intro");
    assert!(message.contains("500 characters"), "{message}");
    assert_eq!(line, 6);
}

#[test]
fn an_overall_length_over_three_hours_is_an_error() {
    let (place, ..) = invalid(&breathing(GOOD_PHASES, "Cycles(100000)", ""));
    assert_eq!(place, "practice");
}

#[test]
fn a_bad_id_is_an_error() {
    let text = breathing(GOOD_PHASES, "Cycles(3)", "").replace("\"test\"", "\"My Test\"");
    let (place, message, line, _) = invalid(&text);
    assert_eq!(place, "id");
    assert!(message.contains("lowercase"), "{message}");
    assert_eq!(line, 3);
}

#[test]
fn a_future_version_is_explained() {
    let text = breathing(GOOD_PHASES, "Cycles(3)", "").replace("version: 1", "version: 2");
    let (place, message, ..) = invalid(&text);
    assert_eq!(place, "version");
    assert!(message.contains("version 2"), "{message}");
}

#[test]
fn a_missing_field_is_named() {
    let text = breathing(GOOD_PHASES, "Cycles(3)", "").replace("    summary: \"A test.\",\n", "");
    let message = parse(&text).expect_err("missing").to_string();
    assert!(message.contains("summary"), "{message}");
}

#[test]
fn empty_file_and_binary_garbage_are_errors_not_panics() {
    assert!(matches!(
        parse(""),
        Err(Error::Parse {
            line: 1,
            column: 1,
            ..
        })
    ));
    let garbage = [0x28u8, 0xff, 0xfe, 0x00, 0x9c];
    match parse_bytes(&garbage).map_err(|mut errors| errors.remove(0)) {
        Err(Error::Parse {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (1, 2));
            assert!(message.contains("UTF-8"));
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "(".repeat(100_000), ")".repeat(100_000));
    assert!(parse(&deep).is_err());
    let deep_list = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse(&deep_list).is_err());
}

#[test]
fn bad_tone_settings_are_errors() {
    let sounds = "    sounds: { \"beep\": Tone(hz: 5, seconds: 0.5) },\n";
    let (place, message, ..) = invalid(&breathing(GOOD_PHASES, "Cycles(3)", sounds));
    assert_eq!(place, "sounds.beep.hz");
    assert!(message.contains("20 to 20000"), "{message}");
    let loud = "    sounds: { \"beep\": Tone(hz: 440, seconds: 0.5, volume: 3) },\n";
    assert_eq!(
        invalid(&breathing(GOOD_PHASES, "Cycles(3)", loud)).0,
        "sounds.beep.volume"
    );
}

#[test]
fn a_recording_is_only_a_wav_or_ogg_file_name_in_the_sounds_folder() {
    let with = |name: &str| {
        format!(
            "(version: 1, id: \"g\", title: \"G\", summary: \"G.\", practice: Grounding(steps: [(label: \"See\", text: \"Look.\", seconds: 6, recording: {name:?})]))"
        )
    };
    assert!(parse(&with("my-step.wav")).is_ok());
    assert!(parse(&with("My Step 2.OGG")).is_ok());
    for folder in [
        "../x.wav",
        "sub/x.wav",
        "sub\\x.wav",
        "C:x.wav",
        ".hidden.wav",
        "tab\there.wav",
    ] {
        let (place, message, line, column) = invalid(&with(folder));
        assert_eq!(place, "practice.steps[0].recording", "{folder:?}");
        assert!(
            message.contains("just a file name"),
            "{folder:?}: {message}"
        );
        assert_eq!(line, 1, "{folder:?}");
        assert!(column > 100, "{folder:?} at its field: {column}");
    }
    let (_, message, _, _) = invalid(&with("step.mp3"));
    assert!(!message.contains("just a file name"), "{message}");
    assert!(invalid(&with("")).1.contains("file name"));
}
