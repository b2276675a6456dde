//! The history file: appended a line at a time, read leniently, cleared only
//! after a backup.

use std::fs;

use steady::history::{self, StoppedAt, MAX_LINE};

use super::{check_in, session};

fn full_record() -> history::Record {
    let mut record = session((2025, 3, 30), (7, 30), 240);
    record.stopped_at = Some(StoppedAt {
        part: Some("Breathe".into()),
        step: "Hold".into(),
    });
    record.before = Some(check_in(2, &["tense", "tired"]));
    record.after = Some(check_in(4, &["calm"]));
    record.note = Some("Slept badly, \"better\" now,\nreally.".into());
    record
}

#[test]
fn a_record_is_one_compact_json_line() {
    let line = serde_json::to_string(&full_record()).expect("serialises");
    assert_eq!(
        line,
        r#"{"start":"2025-03-30T07:30:00+02:00","id":"box-breathing","title":"Box breathing","routine":false,"planned_seconds":300,"practised_seconds":240,"finished":false,"stopped_at":{"part":"Breathe","step":"Hold"},"before":{"feeling":2,"words":["tense","tired"]},"after":{"feeling":4,"words":["calm"]},"note":"Slept badly, \"better\" now,\nreally."}"#
    );
}

#[test]
fn append_and_load_round_trip() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("data/history.jsonl");
    let records = vec![full_record(), session((2025, 3, 31), (21, 5), 60)];
    for record in &records {
        history::append(&path, record).expect("append");
    }
    let loaded = history::load(&path);
    assert_eq!(loaded.records, records);
    assert!(loaded.problems.is_empty() && loaded.error.is_none());
    let text = fs::read_to_string(&path).expect("read");
    assert_eq!(text.lines().count(), 2, "one line per record: {text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the history is private");
    }
}

#[test]
fn a_missing_file_is_an_empty_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = history::load(&dir.path().join("history.jsonl"));
    assert!(loaded.records.is_empty());
    assert!(loaded.problems.is_empty() && loaded.error.is_none());
}

#[test]
fn a_folder_in_its_place_is_one_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    fs::create_dir(&path).expect("mkdir");
    let loaded = history::load(&path);
    assert!(loaded.records.is_empty() && loaded.problems.is_empty());
    let error = loaded.error.expect("the file cannot be read");
    assert!(error.message().contains("a folder"), "{error}");
    assert!(history::append(&path, &full_record()).is_err());
}

#[test]
fn a_corrupt_middle_line_and_a_torn_last_line_cost_only_themselves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    let records: Vec<_> = (1..=4)
        .map(|day| session((2025, 1, day), (8, 0), 300))
        .collect();
    for record in &records {
        history::append(&path, record).expect("append");
    }
    let text = fs::read_to_string(&path).expect("read");
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // A stray colon in line 2, as a careless edit might leave.
    lines[1] = lines[1].replace("\"id\":", "\"id\"::");
    // A fifth session whose save was cut off half way.
    let torn = serde_json::to_string(&full_record()).expect("serialises");
    lines.push(torn[..torn.len() / 2].to_owned());
    fs::write(&path, lines.join("\n")).expect("write");

    let loaded = history::load(&path);
    assert_eq!(
        loaded.records,
        [&records[0], &records[2], &records[3]].map(Clone::clone)
    );
    let problems: Vec<(usize, bool)> = loaded.problems.iter().map(|p| (p.line, p.torn)).collect();
    assert_eq!(problems, [(2, false), (5, true)]);
    assert!(loaded.problems[1].message.contains("cut off"));

    // The next session lands on a line of its own, not glued to the torn one.
    history::append(&path, &records[0]).expect("append");
    let loaded = history::load(&path);
    assert_eq!(loaded.records.len(), 4);
    let problems: Vec<(usize, bool)> = loaded.problems.iter().map(|p| (p.line, p.torn)).collect();
    assert_eq!(problems, [(2, false), (5, false)]);
    assert!(loaded.problems[1].message.contains("cut off"));
}

#[test]
fn bad_lines_are_rejected_one_by_one() {
    let good = serde_json::to_string(&session((2025, 1, 1), (8, 0), 300)).expect("serialises");
    let lines = [
        good.replace("300", "\"five minutes\""),
        good.replace(
            "\"practised_seconds\"",
            "\"after\":{\"feeling\":9},\"practised_seconds\"",
        ),
        good.replace(
            "\"practised_seconds\"",
            "\"before\":{\"feeling\":0},\"practised_seconds\"",
        ),
        good.replace("Box breathing", &"a".repeat(MAX_LINE)),
        good.replace("Box breathing", &"a".repeat(history::limit::TITLE + 1)),
        good.replace("2025-01-01T08:00:00+01:00", "yesterday"),
        "[1, 2, 3]".to_owned(),
        good.clone(),
    ];
    let loaded = history::parse(lines.join("\n").as_bytes());
    assert_eq!(loaded.records.len(), 1);
    let numbers: Vec<usize> = loaded.problems.iter().map(|p| p.line).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7]);
    assert!(loaded.problems[1].message.contains("feeling 9"));
    assert!(loaded.problems[3].message.contains("KiB"));
    assert!(loaded.problems[4].message.starts_with("title"));
    // A complete but wrong last line is not mistaken for a cut-off save.
    let wrong_last = history::parse(good.replace("300", "-5").as_bytes());
    assert!(!wrong_last.problems[0].torn, "{:?}", wrong_last.problems);
}

#[test]
fn a_file_of_garbage_reports_a_bounded_number_of_problems() {
    let good = serde_json::to_string(&full_record()).expect("serialises");
    let text = format!("{}{good}\n", "x\n".repeat(history::MAX_PROBLEMS + 5));
    let loaded = history::parse(text.as_bytes());
    assert_eq!(loaded.records.len(), 1);
    assert_eq!(loaded.problems.len(), history::MAX_PROBLEMS);
    assert_eq!(loaded.unreported, 5);
}

#[test]
fn clear_keeps_a_backup_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    assert_eq!(history::clear(&path).expect("nothing to clear"), None);
    history::append(&path, &full_record()).expect("append");
    let before = fs::read(&path).expect("read");

    let backup = history::clear(&path).expect("clear").expect("a backup");
    assert_eq!(fs::read(&backup).expect("backup"), before);
    assert!(backup
        .file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with("history.jsonl.backup-")));
    assert!(history::load(&path).records.is_empty());
    assert_eq!(fs::read(&path).expect("read").len(), 0);
    assert_eq!(history::load(&backup).records, vec![full_record()]);
    assert_eq!(history::clear(&path).expect("already empty"), None);
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks() {
    let mut plain = session((2025, 1, 2), (18, 45), 300);
    plain.title = "=cmd".into();
    let csv = history::to_csv(&[full_record(), plain]);
    let expected = concat!(
        "start,id,title,routine,planned_seconds,practised_seconds,finished,stopped_part,",
        "stopped_step,before_feeling,before_words,after_feeling,after_words,note\n",
        "2025-03-30T07:30:00+02:00,box-breathing,Box breathing,false,300,240,false,Breathe,",
        "Hold,2,tense;tired,4,calm,\"Slept badly, \"\"better\"\" now,\nreally.\"\n",
        "2025-01-02T18:45:00+01:00,box-breathing,'=cmd,false,300,300,true,,,,,,,\n",
    );
    assert_eq!(csv, expected);
}

mod never_panics {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Whatever surrounds it, a good line is always kept.
        #[test]
        fn garbage_around_a_good_line(
            noise in proptest::collection::vec(any::<u8>(), 0..300),
            after in "[ -~]{0,80}",
        ) {
            let good = serde_json::to_string(&super::full_record()).expect("serialises");
            let mut bytes = noise.clone();
            bytes.push(b'\n');
            bytes.extend_from_slice(good.as_bytes());
            bytes.push(b'\n');
            bytes.extend_from_slice(after.as_bytes());
            let loaded = steady::history::parse(&bytes);
            prop_assert!(loaded.records.contains(&super::full_record()));
        }
    }
}
