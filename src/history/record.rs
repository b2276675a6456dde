//! One finished or stopped session, as it is kept in the history file.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// A session counts toward a day after this much practice, whatever its end.
pub const MIN_PRACTICE_SECONDS: u64 = 60;

/// Words offered with a check-in; the person may pick any of them.
pub const SUGGESTED_WORDS: &[&str] = &[
    "calm", "tense", "worried", "tired", "sad", "restless", "angry", "okay", "rested", "hopeful",
];

/// A suggested word as shown in the person's language; the history keeps
/// the English word, so a record reads the same in any language.
pub fn shown_word(word: &str) -> &str {
    match word {
        "calm" => crate::t!("word-calm"),
        "tense" => crate::t!("word-tense"),
        "worried" => crate::t!("word-worried"),
        "tired" => crate::t!("word-tired"),
        "sad" => crate::t!("word-sad"),
        "restless" => crate::t!("word-restless"),
        "angry" => crate::t!("word-angry"),
        "okay" => crate::t!("word-okay"),
        "rested" => crate::t!("word-rested"),
        "hopeful" => crate::t!("word-hopeful"),
        other => other,
    }
}

/// Limits checked on load, so a damaged or hostile file cannot fill memory
/// or the screen. Anything longer marks its line as corrupt.
pub mod limit {
    pub const ID: usize = 200;
    pub const TITLE: usize = 200;
    pub const NOTE: usize = 500;
    pub const WORDS: usize = 12;
    pub const WORD: usize = 30;
    /// A part's or a step's name where a session was stopped.
    pub const PLACE: usize = 200;
    /// No real session lasts longer than a day; larger numbers are damage.
    pub const SECONDS: u64 = 24 * 60 * 60;
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Record {
    /// Names this session, so a later line can add the after check-in and
    /// the note to it (see [`Amendment`]). Older records have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    /// When the session began, in local time with the offset of that moment,
    /// so its day stays the day the person lived even after a DST change.
    pub start: DateTime<FixedOffset>,
    /// The exercise's or routine's id.
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub routine: bool,
    #[serde(default)]
    pub planned_seconds: u64,
    /// Time actually spent: not the position skipped to, not pauses.
    pub practised_seconds: u64,
    #[serde(default)]
    pub finished: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<StoppedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<CheckIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<CheckIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What the person said after a session, written as its own small line the
/// moment they say it: the session's record is already on disk, so a crash
/// or a kill during the check-in never costs the session itself. Readers
/// fold it into the record it names.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Amendment {
    /// The [`Record::session`] this adds to.
    pub amends: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<CheckIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Amendment {
    /// Checks the same limits as a record's.
    pub fn check(&self) -> Result<(), String> {
        too_long("amends", &self.amends, limit::ID)?;
        if let Some(note) = &self.note {
            too_long("note", note, limit::NOTE)?;
        }
        if let Some(after) = &self.after {
            check_words("after", &after.words)?;
        }
        Ok(())
    }

    /// Adds what it says to `record`; a later amendment wins over an earlier one.
    pub fn apply(&self, record: &mut Record) {
        if self.after.is_some() {
            record.after.clone_from(&self.after);
        }
        if self.note.is_some() {
            record.note.clone_from(&self.note);
        }
    }
}

/// One line of the history file: a session, or what was added to one later.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Record(Record),
    Amendment(Amendment),
}

/// Where a session was stopped early: the part (routines only) and the step.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct StoppedAt {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    pub step: String,
}

/// "How do you feel right now?": a number and optional words.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct CheckIn {
    pub feeling: Feeling,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
}

/// A feeling on the 1 (low) to 5 (good) scale; no other value can exist.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(try_from = "u8", into = "u8")]
pub struct Feeling(u8);

impl Feeling {
    pub const LOWEST: Feeling = Feeling(1);
    pub const HIGHEST: Feeling = Feeling(5);

    pub fn new(value: u8) -> Option<Feeling> {
        (Self::LOWEST.0..=Self::HIGHEST.0)
            .contains(&value)
            .then_some(Feeling(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Feeling {
    type Error = OutOfScale;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Feeling::new(value).ok_or(OutOfScale(value))
    }
}

impl From<Feeling> for u8 {
    fn from(feeling: Feeling) -> u8 {
        feeling.0
    }
}

/// A feeling outside 1–5 in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfScale(pub u8);

impl fmt::Display for OutOfScale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("history-feeling-out-of-scale", feeling = self.0))
    }
}

impl Record {
    /// The local day the session began on (the record's own offset).
    pub fn date(&self) -> NaiveDate {
        self.start.date_naive()
    }

    /// Whether the session counts as practice for its day: at least a minute
    /// practised, or finished having practised at least half of it. A short
    /// exercise done in full counts; skipping straight to the end does not.
    pub fn counts(&self) -> bool {
        self.practised_seconds >= MIN_PRACTICE_SECONDS
            || (self.finished && self.practised_seconds.saturating_mul(2) >= self.planned_seconds)
    }

    /// After minus before, when both check-ins were given: +2 is "2 steps better".
    pub fn feeling_change(&self) -> Option<i8> {
        let (before, after) = (self.before.as_ref()?, self.after.as_ref()?);
        // Both are 1..=5, so the difference fits and cannot overflow.
        Some(after.feeling.get() as i8 - before.feeling.get() as i8)
    }

    /// Checks the limits in [`limit`]; the message names what is wrong.
    pub fn check(&self) -> Result<(), String> {
        too_long("id", &self.id, limit::ID)?;
        if let Some(session) = &self.session {
            too_long("session", session, limit::ID)?;
        }
        too_long("title", &self.title, limit::TITLE)?;
        if let Some(note) = &self.note {
            too_long("note", note, limit::NOTE)?;
        }
        if let Some(stopped) = &self.stopped_at {
            too_long("stopped_at.step", &stopped.step, limit::PLACE)?;
            if let Some(part) = &stopped.part {
                too_long("stopped_at.part", part, limit::PLACE)?;
            }
        }
        for (name, check_in) in [("before", &self.before), ("after", &self.after)] {
            if let Some(check_in) = check_in {
                check_words(name, &check_in.words)?;
            }
        }
        for (name, seconds) in [
            ("planned_seconds", self.planned_seconds),
            ("practised_seconds", self.practised_seconds),
        ] {
            if seconds > limit::SECONDS {
                return Err(crate::t!(
                    "history-field-over-a-day",
                    field = name,
                    seconds = seconds
                ));
            }
        }
        Ok(())
    }
}

fn check_words(name: &str, words: &[String]) -> Result<(), String> {
    if words.len() > limit::WORDS {
        return Err(crate::t!(
            "history-field-too-many-words",
            field = format!("{name}.words"),
            count = words.len(),
            most = limit::WORDS
        ));
    }
    words
        .iter()
        .try_for_each(|word| too_long(&format!("{name}.words"), word, limit::WORD))
}

fn too_long(name: &str, text: &str, max: usize) -> Result<(), String> {
    let length = text.chars().count();
    if length > max {
        Err(crate::t!(
            "history-field-too-long",
            field = name,
            length = length,
            most = max
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(planned: u64, practised: u64, finished: bool) -> Record {
        Record {
            session: None,
            start: DateTime::parse_from_rfc3339("2025-01-31T08:00:00+01:00").expect("date"),
            id: "box-breathing".into(),
            title: "Box breathing".into(),
            routine: false,
            planned_seconds: planned,
            practised_seconds: practised,
            finished,
            stopped_at: None,
            before: None,
            after: None,
            note: None,
        }
    }

    #[test]
    fn feeling_is_one_to_five() {
        assert_eq!(Feeling::new(0), None);
        assert_eq!(Feeling::new(1).map(Feeling::get), Some(1));
        assert_eq!(Feeling::new(5).map(Feeling::get), Some(5));
        assert_eq!(Feeling::new(6), None);
        assert!(serde_json::from_str::<Feeling>("9").is_err());
        assert!(serde_json::from_str::<Feeling>("-1").is_err());
        assert_eq!(serde_json::from_str::<Feeling>("3").ok(), Feeling::new(3));
    }

    #[test]
    fn what_counts_as_practice() {
        assert!(record(120, 60, false).counts(), "a minute, stopped early");
        assert!(!record(120, 59, false).counts(), "less than a minute");
        assert!(record(30, 30, true).counts(), "a short exercise, finished");
        assert!(record(30, 15, true).counts(), "half of it, finished");
        assert!(!record(300, 10, true).counts(), "skipped to the end");
    }

    #[test]
    fn feeling_change_needs_both_check_ins() {
        let check_in = |value| CheckIn {
            feeling: Feeling::new(value).expect("on the scale"),
            words: vec![],
        };
        let mut session = record(120, 120, true);
        session.before = Some(check_in(2));
        assert_eq!(session.feeling_change(), None);
        session.after = Some(check_in(4));
        assert_eq!(session.feeling_change(), Some(2));
        session.before = Some(check_in(5));
        assert_eq!(session.feeling_change(), Some(-1));
    }

    #[test]
    fn limits_are_checked() {
        let mut session = record(120, 120, true);
        assert_eq!(session.check(), Ok(()));
        session.note = Some("é".repeat(limit::NOTE));
        assert_eq!(session.check(), Ok(()), "characters, not bytes");
        session.note = Some("a".repeat(limit::NOTE + 1));
        assert!(session
            .check()
            .is_err_and(|message| message.starts_with("note")));
        session.note = None;
        session.after = Some(CheckIn {
            feeling: Feeling::HIGHEST,
            words: vec!["calm".into(); limit::WORDS + 1],
        });
        assert!(session.check().is_err());
        session.after = None;
        session.practised_seconds = limit::SECONDS + 1;
        assert!(session.check().is_err());
    }
}
