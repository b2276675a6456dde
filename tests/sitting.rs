//! The sitting, a session's whole life, with a hand-moved clock and no
//! window: every way a session ends gives exactly one record, at that
//! moment; what is said afterwards is a second line that names it; a
//! history cut off at any moment keeps every earlier session.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use steady::history::{self, CheckIn, Feeling, Line, Outbox};
use steady::library::{Library, Playable};
use steady::paths::Paths;
use steady::sitting::{Effect, Sitting, Stage, Start, Steer};

fn playable(id: &str) -> Playable {
    let folder = tempfile::tempdir().expect("temp dir");
    Library::load(&Paths::at(folder.path()))
        .playable(id)
        .expect("shipped")
}

fn wall() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-02T08:00:00+01:00").expect("date")
}

const AT_ONCE: Start = Start {
    lead_in: Duration::ZERO,
    wait_for_sound: false,
    margin: Duration::ZERO,
};

fn running(id: &str, now: Instant) -> Sitting {
    Sitting::started(playable(id), wall(), now, AT_ONCE)
}

fn appended(effect: Option<Effect>) -> history::Record {
    match effect {
        Some(Effect::Append(record)) => record,
        other => panic!("expected a record, got {other:?}"),
    }
}

fn feeling(value: u8) -> CheckIn {
    CheckIn {
        feeling: Feeling::new(value).expect("on the scale"),
        words: vec![],
    }
}

#[test]
fn finishing_records_once_at_the_end() {
    let now = Instant::now();
    let mut sitting = running("box-breathing", now);
    assert_eq!(sitting.tick(now + Duration::from_secs(100)), None);
    let record = appended(sitting.tick(now + Duration::from_secs(200)));
    assert!(record.finished);
    assert_eq!(record.practised_seconds, 144);
    assert_eq!(record.start, wall());
    assert!(record.session.is_some());
    assert_eq!(sitting.stage(), Stage::Ended);
    // Nothing ends it twice: not time, not a stop, not a steer.
    assert_eq!(sitting.tick(now + Duration::from_secs(300)), None);
    assert_eq!(sitting.stop(now + Duration::from_secs(300)), None);
    assert_eq!(sitting.steer(Steer::Next, now), None);
}

#[test]
fn stopping_records_what_was_practised_and_where() {
    let now = Instant::now();
    let mut sitting = running("box-breathing", now);
    let _ = sitting.steer(Steer::TogglePause, now + Duration::from_secs(10));
    // Paused for a minute: not practice.
    let _ = sitting.steer(Steer::TogglePause, now + Duration::from_secs(70));
    let record = appended(sitting.stop(now + Duration::from_secs(75)));
    assert!(!record.finished);
    assert_eq!(record.practised_seconds, 15);
    let stopped = record.stopped_at.expect("where");
    assert_eq!(
        stopped.step, "Hold",
        "15 s in: the hold after breathing out"
    );
    assert_eq!(sitting.stop(now + Duration::from_secs(80)), None, "once");
    assert!(sitting.anchor().is_none(), "a stopped session is silent");
}

#[test]
fn skipping_to_the_end_records_a_finished_session_at_that_moment() {
    let now = Instant::now();
    let mut sitting = running("grounding-5-4-3-2-1", now);
    let mut effect = None;
    for second in 1..100 {
        effect = sitting.steer(Steer::Next, now + Duration::from_secs(second));
        if effect.is_some() {
            break;
        }
    }
    let record = appended(effect);
    assert!(record.finished);
    assert!(record.practised_seconds < 100);
    assert!(sitting.anchor().is_some(), "the end bell still rings out");
}

#[test]
fn asking_before_records_nothing_until_the_session_starts() {
    let now = Instant::now();
    let mut sitting = Sitting::asking(playable("calm-breathing"));
    assert_eq!(sitting.stage(), Stage::Asking);
    assert!(!sitting.in_progress());
    assert_eq!(sitting.stop(now), None, "nothing practised, nothing kept");
    let mut sitting = Sitting::asking(playable("calm-breathing"));
    sitting.start(Some(feeling(2)), wall(), now, AT_ONCE);
    assert!(sitting.in_progress());
    let record = appended(sitting.stop(now + Duration::from_secs(30)));
    assert_eq!(record.before, Some(feeling(2)));
    assert_eq!(record.practised_seconds, 30);
}

#[test]
fn the_clock_waits_for_sound_and_the_lead_in() {
    let now = Instant::now();
    let start = Start {
        lead_in: Duration::from_secs(3),
        wait_for_sound: true,
        margin: Duration::from_millis(60),
    };
    let box_breathing = playable("box-breathing");
    // The get-ready screen stays until the intro can be read calmly.
    let lead_in = box_breathing
        .get_ready()
        .reading_time()
        .max(Duration::from_secs(3));
    let mut sitting = Sitting::started(box_breathing, wall(), now, start);
    assert!(sitting.is_waiting_for_sound());
    assert!(sitting.anchor().is_none(), "no cues before sound is ready");
    let later = now + Duration::from_secs(5);
    sitting.sound_ready(later);
    let stopped = later + Duration::from_millis(60) + lead_in + Duration::from_secs(9);
    let record = appended(sitting.stop(stopped));
    assert_eq!(
        record.practised_seconds, 9,
        "the margin and the lead-in are not practice"
    );
}

#[test]
fn space_during_the_lead_in_starts_at_once() {
    let now = Instant::now();
    let start = Start {
        lead_in: Duration::from_secs(10),
        wait_for_sound: false,
        margin: Duration::ZERO,
    };
    let mut sitting = Sitting::started(playable("box-breathing"), wall(), now, start);
    let _ = sitting.steer(Steer::BeginNow, now + Duration::from_secs(1));
    let record = appended(sitting.stop(now + Duration::from_secs(6)));
    assert_eq!(record.practised_seconds, 5);
}

#[test]
fn the_answer_afterwards_is_a_second_line_naming_the_session() {
    let now = Instant::now();
    let mut sitting = running("box-breathing", now);
    let record = appended(sitting.tick(now + Duration::from_secs(150)));
    assert!(sitting.in_progress(), "waiting for the answer");
    let Some(Effect::Amend(amendment)) = sitting.answer(Some(feeling(4)), Some("ok".into())) else {
        panic!("an amendment");
    };
    assert_eq!(Some(&amendment.amends), record.session.as_ref());
    assert!(!sitting.in_progress());
    assert_eq!(sitting.answer(Some(feeling(1)), None), None, "only once");
    let amended = sitting.record().expect("recorded");
    assert_eq!(amended.after, Some(feeling(4)));
    assert_eq!(amended.note.as_deref(), Some("ok"));

    // Nothing said: nothing written.
    let mut quiet = running("box-breathing", now);
    let _ = quiet.tick(now + Duration::from_secs(150));
    assert_eq!(quiet.answer(None, None), None);
}

/// The file a sitting writes, cut off at every byte: every session whose
/// line is whole is there, with its amendment once that line is whole.
#[test]
fn a_history_cut_off_anywhere_keeps_every_earlier_session() {
    let now = Instant::now();
    let mut lines = Vec::new();
    for (index, id) in ["box-breathing", "calm-breathing"].iter().enumerate() {
        let start = now + Duration::from_secs(1000 * index as u64);
        let mut sitting = Sitting::started(
            playable(id),
            wall() + chrono::TimeDelta::minutes(index as i64),
            start,
            AT_ONCE,
        );
        lines.push(
            sitting
                .stop(start + Duration::from_secs(61))
                .expect("record")
                .into_line(),
        );
        lines.push(
            sitting
                .answer(Some(feeling(5)), Some("thanks".into()))
                .expect("amendment")
                .into_line(),
        );
    }
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("history.jsonl");
    history::append_lines(&path, &lines).expect("written");
    let bytes = std::fs::read(&path).expect("read");
    let ends: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|(_, byte)| **byte == b'\n')
        .map(|(at, _)| at + 1)
        .collect();
    for cut in 0..=bytes.len() {
        let loaded = history::parse(&bytes[..cut]);
        let whole = ends.iter().filter(|end| **end <= cut).count();
        // A line is whole once its closing brace is there.
        let complete = |line: usize| {
            let end = ends[line] - 1;
            cut >= end
        };
        let sessions = [0, 2].iter().filter(|line| complete(**line)).count();
        assert_eq!(
            loaded.records.len(),
            sessions,
            "cut at {cut} ({whole} lines)"
        );
        for (number, record) in loaded.records.iter().enumerate() {
            let amended = complete(number * 2 + 1);
            assert_eq!(record.after.is_some(), amended, "cut at {cut}");
        }
        assert!(loaded
            .problems
            .iter()
            .all(|problem| problem.torn || cut == bytes.len()));
    }
}

#[test]
fn an_outbox_keeps_lines_through_a_failed_write() {
    let now = Instant::now();
    let mut sitting = running("box-breathing", now);
    let line = sitting
        .stop(now + Duration::from_secs(90))
        .expect("record")
        .into_line();
    let mut outbox = Outbox::default();
    outbox.push(line.clone());
    let batch = outbox.take_batch().expect("a batch");
    assert_eq!(outbox.take_batch(), None, "one write at a time");
    let full = std::io::Error::from_raw_os_error(libc::ENOSPC);
    outbox.written(Err(steady::Error::io("/data/history.jsonl", full)));
    assert!(outbox
        .failure()
        .is_some_and(|error| error.to_string().contains("the disk is full")));
    assert_eq!(outbox.sessions_waiting(), 1);
    // The next try writes the same line, and the one that came meanwhile.
    let _ = sitting
        .answer(Some(feeling(3)), None)
        .map(|effect| outbox.push(effect.into_line()));
    let again = outbox.take_batch().expect("tried again");
    assert_eq!(again.len(), 2);
    assert_eq!(again[0], batch[0]);
    assert!(matches!(again[1], Line::Amendment(_)));
    outbox.written(Ok(()));
    assert!(outbox.is_empty() && outbox.failure().is_none());
}

#[test]
fn a_line_written_twice_is_one_session() {
    let now = Instant::now();
    let mut sitting = running("box-breathing", now);
    let line = sitting
        .stop(now + Duration::from_secs(90))
        .expect("record")
        .into_line();
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("history.jsonl");
    history::append_lines(&path, &[line.clone(), line]).expect("written");
    assert_eq!(history::load(&path).records.len(), 1);
}
