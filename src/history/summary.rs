//! `steady history`: the same summary the history screen shows, as lines.

use chrono::{Days, NaiveDate};

use super::record::{CheckIn, Record};
use super::stats::{average_change, change_words, minutes, totals, week};
use super::store::Loaded;
use super::streak::{current_streak, longest_streak, rule, Streak};
use super::FILE_NAME;
use crate::i18n::dates;
use crate::t;

/// How many sessions the summary lists.
pub const LAST_SESSIONS: usize = 5;

/// This week, the streaks and their rule, totals, the average change in
/// feeling, the last sessions (newest first), then what could not be read.
pub fn summary_lines(loaded: &Loaded, today: NaiveDate) -> Vec<String> {
    let records = &loaded.records;
    let mut lines = if records.is_empty() {
        vec![t!("history-none-yet").to_owned()]
    } else {
        overview(records, today)
    };
    if let Some(error) = &loaded.error {
        lines.push(t!(
            "history-unreadable",
            file = FILE_NAME,
            error = error.message()
        ));
    }
    lines.extend(loaded.problems.iter().map(|problem| {
        let message = plain(&problem.message);
        t!(
            "history-line-skipped",
            file = FILE_NAME,
            line = problem.line.to_string(),
            message = message
        )
    }));
    if loaded.unreported > 0 {
        lines.push(t!(
            "history-more-skipped",
            file = FILE_NAME,
            count = loaded.unreported
        ));
    }
    lines
}

fn overview(records: &[Record], today: NaiveDate) -> Vec<String> {
    let this_week = week(records, today);
    let language = crate::i18n::language();
    let names: Vec<&str> = dates::week_days(crate::i18n::first_weekday())
        .into_iter()
        .map(|day| dates::weekday_short(language, day))
        .zip(this_week.practised)
        .filter_map(|(name, practised)| practised.then_some(name))
        .collect();
    let days = this_week.days_practised();
    let week_line = if names.is_empty() {
        t!("history-week", days = days, minutes = this_week.minutes())
    } else {
        t!(
            "history-week-on",
            days = days,
            minutes = this_week.minutes(),
            names = names.join(", ")
        )
    };
    let all = totals(records);
    let mut lines = vec![
        week_line,
        streak_line(current_streak(records, today), longest_streak(records)),
        rule().to_owned(),
        t!(
            "history-in-all",
            sessions = all.sessions,
            minutes = all.minutes()
        ),
    ];
    if let Some(change) = average_change(records) {
        let words = change_words(change);
        lines.push(if words == t!("change-same") {
            t!("history-average-same").to_owned()
        } else {
            t!("history-average", change = words)
        });
    }
    lines.push(t!("history-last-sessions").to_owned());
    lines.extend(
        records
            .iter()
            .rev()
            .take(LAST_SESSIONS)
            .map(|record| format!("  {}", session_line(record, today))),
    );
    lines
}

/// The streak said without a zero: a streak that has ended is a new one
/// waiting to start.
pub fn streak_line(current: Option<Streak>, longest: Option<Streak>) -> String {
    let days = |streak: Option<Streak>| streak.map_or(0, |streak| streak.days());
    match (days(current), days(longest)) {
        (0, 0) => t!("streak-new").to_owned(),
        (0, longest) => t!("streak-new-longest", longest = longest),
        (now, longest) => t!("streak-current", now = now, longest = longest),
    }
}

/// "2025-03-30 07:30  Box breathing, 4 minutes, finished, feeling 2 → 4, “note”";
/// a session ended before its end: "Box breathing, 2 minutes practised, ended at Hold".
fn session_line(record: &Record, today: NaiveDate) -> String {
    let date = record.date();
    let when = if date == today {
        t!("history-today").to_owned()
    } else if today.checked_sub_days(Days::new(1)) == Some(date) {
        t!("history-yesterday").to_owned()
    } else {
        dates::numeric_date(crate::i18n::language(), date)
    };
    let mut parts = vec![format!(
        "{when} {}  {}",
        dates::time(record.start),
        title(record)
    )];
    if record.finished {
        parts.push(length(record.practised_seconds));
        parts.push(t!("history-finished").to_owned());
    } else {
        parts.push(t!(
            "history-practised",
            length = length(record.practised_seconds)
        ));
        parts.extend(ended_at(record));
    }
    let feeling = |check_in: &Option<CheckIn>| {
        check_in.as_ref().map_or("–".to_owned(), |check_in| {
            check_in.feeling.get().to_string()
        })
    };
    if record.before.is_some() || record.after.is_some() {
        parts.push(t!(
            "history-feeling",
            before = feeling(&record.before),
            after = feeling(&record.after)
        ));
    }
    let note = record.note.as_deref().map(plain).unwrap_or_default();
    if !note.is_empty() {
        parts.push(format!("“{note}”"));
    }
    parts.join(", ")
}

fn title(record: &Record) -> String {
    match plain(&record.title) {
        title if title.is_empty() => plain(&record.id),
        title => title,
    }
}

/// Where a session that did not reach its end was left, plainly.
fn ended_at(record: &Record) -> Option<String> {
    let at = record.stopped_at.as_ref()?;
    Some(match &at.part {
        Some(part) => t!(
            "history-ended-at-part",
            part = plain(part),
            step = plain(&at.step)
        ),
        None => t!("history-ended-at", step = plain(&at.step)),
    })
}

fn length(seconds: u64) -> String {
    if seconds < 60 {
        t!("count-seconds", count = seconds)
    } else {
        t!("count-minutes", count = minutes(seconds))
    }
}

/// Text from the file on one terminal line: line breaks become spaces and
/// control characters (escape sequences a damaged file could hold) go.
fn plain(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| word.chars().filter(|c| !c.is_control()).collect())
        .filter(|word: &String| !word.is_empty())
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_have_plurals() {
        assert_eq!(length(0), "0 seconds");
        assert_eq!(length(1), "1 second");
        assert_eq!(length(90), "2 minutes");
        assert_eq!(length(60), "1 minute");
    }

    #[test]
    fn text_from_the_file_stays_on_one_plain_line() {
        assert_eq!(plain("  two\nlines\t there "), "two lines there");
        assert_eq!(plain("red\u{1b}[31m alert"), "red[31m alert");
    }

    #[test]
    fn lengths() {
        assert_eq!(length(45), "45 seconds");
        assert_eq!(length(60), "1 minute");
        assert_eq!(length(149), "2 minutes");
    }

    #[test]
    fn an_empty_history_says_so() {
        let today = NaiveDate::from_ymd_opt(2025, 1, 1).expect("date");
        let lines = summary_lines(&Loaded::default(), today);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("No sessions yet"));
    }
}
