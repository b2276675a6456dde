//! How long loading the history takes after ten years of daily use: 20,000
//! records (two sessions a day, with check-ins and notes). Run with
//! `cargo bench --bench history`; the number goes in the notes, not in a test.

use std::time::{Duration, Instant};

use chrono::{DateTime, Days};
use steady::history::{self, CheckIn, Feeling, Record, StoppedAt};

const RECORDS: usize = 20_000;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    let first = DateTime::parse_from_rfc3339("2015-01-01T07:30:00+01:00").expect("date");
    let mut text = String::new();
    for index in 0..RECORDS {
        let start = first + Days::new(index as u64 / 2);
        let record = record(start, index);
        text.push_str(&serde_json::to_string(&record).expect("serialises"));
        text.push('\n');
    }
    std::fs::write(&path, &text).expect("write");

    let mut times: Vec<Duration> = (0..15)
        .map(|_| {
            let start = Instant::now();
            let loaded = history::load(&path);
            let elapsed = start.elapsed();
            assert_eq!(loaded.records.len(), RECORDS);
            assert!(loaded.problems.is_empty());
            elapsed
        })
        .collect();
    times.sort();
    println!(
        "load {RECORDS} history records ({} KiB): median {:.1} ms, worst {:.1} ms (15 runs)",
        text.len() / 1024,
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
}

/// A realistic record: most finished with both check-ins, some stopped.
fn record(start: DateTime<chrono::FixedOffset>, index: usize) -> Record {
    let feeling = |value: usize| Feeling::new(1 + (value % 5) as u8).expect("on the scale");
    let finished = !index.is_multiple_of(7);
    Record {
        session: None,
        start,
        id: "box-breathing".into(),
        title: "Box breathing".into(),
        routine: index.is_multiple_of(3),
        planned_seconds: 240,
        practised_seconds: if finished { 240 } else { 95 },
        finished,
        stopped_at: (!finished).then(|| StoppedAt {
            part: Some("Breathe".into()),
            step: "Hold".into(),
        }),
        before: Some(CheckIn {
            feeling: feeling(index),
            words: vec!["tense".into(), "tired".into()],
        }),
        after: Some(CheckIn {
            feeling: feeling(index + 2),
            words: vec!["calm".into()],
        }),
        note: index
            .is_multiple_of(4)
            .then(|| "A quieter mind, and the shoulders let go.".into()),
    }
}
