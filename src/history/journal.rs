//! The journal: every note written after a session, by day, newest first.
//! The notes stay where they are, in the same private history file.

use chrono::{Days, NaiveDate};

use super::record::Record;
use super::store::Loaded;

/// One note and the session it was written after.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    /// "21:40".
    pub time: String,
    pub title: &'a str,
    pub note: &'a str,
}

/// The notes of one day, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Day<'a> {
    pub date: NaiveDate,
    pub entries: Vec<Entry<'a>>,
}

/// Every note in `records`, grouped by day, the newest day and note first.
/// Blank notes are left out.
pub fn journal(records: &[Record]) -> Vec<Day<'_>> {
    let mut noted: Vec<&Record> = records
        .iter()
        .filter(|record| {
            record
                .note
                .as_deref()
                .is_some_and(|note| !note.trim().is_empty())
        })
        .collect();
    // Newest first; records are appended in time order, but a clock change
    // or a merged file may not be, so sort by the moment itself.
    noted.sort_by_key(|record| std::cmp::Reverse(record.start));
    let mut days: Vec<Day<'_>> = Vec::new();
    for record in noted {
        let entry = Entry {
            time: crate::i18n::dates::time(record.start),
            title: if record.title.trim().is_empty() {
                &record.id
            } else {
                &record.title
            },
            note: record.note.as_deref().unwrap_or_default().trim(),
        };
        match days.last_mut() {
            Some(day) if day.date == record.date() => day.entries.push(entry),
            _ => days.push(Day {
                date: record.date(),
                entries: vec![entry],
            }),
        }
    }
    days
}

/// "Today", "Yesterday" or "Monday 3 March 2025".
pub fn day_name(date: NaiveDate, today: NaiveDate) -> String {
    if date == today {
        crate::t!("journal-today").to_owned()
    } else if today.checked_sub_days(Days::new(1)) == Some(date) {
        crate::t!("journal-yesterday").to_owned()
    } else {
        crate::i18n::dates::long_date(crate::i18n::language(), date)
    }
}

/// `steady history --journal`: each day as a heading, then each note with
/// its time and session; a note's own line breaks are kept, indented.
pub fn journal_lines(loaded: &Loaded, today: NaiveDate) -> Vec<String> {
    let days = journal(&loaded.records);
    if days.is_empty() {
        return vec![crate::t!("journal-none-yet").to_owned()];
    }
    let mut lines = Vec::new();
    for (index, day) in days.iter().enumerate() {
        if index > 0 {
            lines.push(String::new());
        }
        lines.push(day_name(day.date, today));
        for entry in &day.entries {
            lines.push(format!("  {}  {}", entry.time, plain(entry.title)));
            lines.extend(
                entry
                    .note
                    .lines()
                    .map(plain)
                    .filter(|line| !line.is_empty())
                    .map(|line| format!("    {line}")),
            );
        }
    }
    lines
}

/// One line of text from the file, safe for a terminal: no control
/// characters (escape sequences a damaged file could hold).
fn plain(text: &str) -> String {
    text.split_whitespace()
        .map(|word| word.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(start: &str, title: &str, note: Option<&str>) -> Record {
        Record {
            session: None,
            start: chrono::DateTime::parse_from_rfc3339(start).expect("a time"),
            id: "evening-wind-down".into(),
            title: title.into(),
            routine: true,
            planned_seconds: 340,
            practised_seconds: 340,
            finished: true,
            stopped_at: None,
            before: None,
            after: None,
            note: note.map(str::to_owned),
        }
    }

    #[test]
    fn notes_by_day_newest_first_blank_ones_left_out() {
        let records = [
            record(
                "2025-03-02T21:00:00+01:00",
                "Evening wind-down",
                Some("A long day."),
            ),
            record("2025-03-03T08:00:00+01:00", "Morning breath", None),
            record("2025-03-03T12:00:00+01:00", "", Some("  ")),
            record(
                "2025-03-03T21:30:00+01:00",
                "Evening wind-down",
                Some("Slept\nwell."),
            ),
            record(
                "2025-03-03T13:00:00+01:00",
                "Two-minute reset",
                Some("Better."),
            ),
        ];
        let days = journal(&records);
        assert_eq!(days.len(), 2);
        assert_eq!(
            days[0].date,
            NaiveDate::from_ymd_opt(2025, 3, 3).expect("date")
        );
        let notes: Vec<&str> = days[0].entries.iter().map(|entry| entry.note).collect();
        assert_eq!(notes, ["Slept\nwell.", "Better."]);
        assert_eq!(days[0].entries[0].time, "21:30");
        assert_eq!(days[1].entries[0].note, "A long day.");
    }

    #[test]
    fn the_command_line_keeps_each_notes_lines_and_says_when_there_are_none() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 3).expect("date");
        let loaded = Loaded {
            records: vec![
                record(
                    "2025-03-01T21:00:00+01:00",
                    "Evening wind-down",
                    Some("Tired."),
                ),
                record(
                    "2025-03-03T21:30:00+01:00",
                    "Evening wind-down",
                    Some("Slept\nwell.\u{1b}[2J"),
                ),
            ],
            ..Loaded::default()
        };
        assert_eq!(
            journal_lines(&loaded, today),
            [
                "Today",
                "  21:30  Evening wind-down",
                "    Slept",
                "    well.[2J",
                "",
                "Saturday 1 March 2025",
                "  21:00  Evening wind-down",
                "    Tired.",
            ]
        );
        assert!(journal_lines(&Loaded::default(), today)[0].starts_with("No notes yet"));
    }
}
