//! The session history: the file survives damage and keeps every good line,
//! and the counts (streaks, weeks, charts, milestones) are right across
//! month ends, year ends and daylight-saving changes. Fixed dates only.

// The test crate's root sits in tests/, so its parts are named by path.
#[path = "history/files.rs"]
mod files;
#[path = "history/stats.rs"]
mod stats;
#[path = "history/streaks.rs"]
mod streaks;

use chrono::{DateTime, NaiveDate, TimeZone};
use chrono_tz::Europe::Berlin;
use steady::history::{CheckIn, Feeling, Record};

/// A session of `practised` seconds (of 5 minutes planned) at a Berlin wall
/// clock time, with Berlin's offset on that day (CET or CEST).
pub fn session(date: (i32, u32, u32), time: (u32, u32), practised: u64) -> Record {
    let start = Berlin
        .with_ymd_and_hms(date.0, date.1, date.2, time.0, time.1, 0)
        .single()
        .expect("an unambiguous local time")
        .fixed_offset();
    Record {
        session: None,
        start,
        id: "box-breathing".into(),
        title: "Box breathing".into(),
        routine: false,
        planned_seconds: 300,
        practised_seconds: practised,
        finished: practised >= 300,
        stopped_at: None,
        before: None,
        after: None,
        note: None,
    }
}

/// A finished five-minute morning session on each date.
pub fn daily(dates: &[(i32, u32, u32)]) -> Vec<Record> {
    dates
        .iter()
        .map(|&date| session(date, (8, 0), 300))
        .collect()
}

pub fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
}

pub fn check_in(feeling: u8, words: &[&str]) -> CheckIn {
    CheckIn {
        feeling: Feeling::new(feeling).expect("on the scale"),
        words: words.iter().map(|&word| word.to_owned()).collect(),
    }
}

pub fn at(text: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("an RFC 3339 time")
}
