//! `steady history`: the same summary the history screen shows, as lines.

use chrono::{Days, NaiveDate};

use super::record::{CheckIn, Record};
use super::stats::{average_change, change_words, minutes, totals, week, ABOUT_THE_SAME};
use super::store::Loaded;
use super::streak::{current_streak, longest_streak, Streak, RULE};
use super::FILE_NAME;

/// How many sessions the summary lists.
pub const LAST_SESSIONS: usize = 5;

/// This week, the streaks and their rule, totals, the average change in
/// feeling, the last sessions (newest first), then what could not be read.
pub fn summary_lines(loaded: &Loaded, today: NaiveDate) -> Vec<String> {
    let records = &loaded.records;
    let mut lines = if records.is_empty() {
        vec!["No sessions yet. When you finish one, it will show here.".to_owned()]
    } else {
        overview(records, today)
    };
    if let Some(error) = &loaded.error {
        lines.push(format!(
            "{FILE_NAME}: could not be read: {}",
            error.message()
        ));
    }
    lines.extend(loaded.problems.iter().map(|problem| {
        let message = plain(&problem.message);
        format!("{FILE_NAME}:{}: skipped: {message}", problem.line)
    }));
    if loaded.unreported > 0 {
        let more = plural(loaded.unreported as u64, "more line");
        lines.push(format!("{FILE_NAME}: and {more} skipped"));
    }
    lines
}

fn overview(records: &[Record], today: NaiveDate) -> Vec<String> {
    let this_week = week(records, today);
    let names: Vec<&str> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .into_iter()
        .zip(this_week.practised)
        .filter_map(|(name, practised)| practised.then_some(name))
        .collect();
    let days = this_week.days_practised();
    let mut week_line = format!(
        "This week: {}, {}",
        plural(days as u64, "day"),
        plural(this_week.minutes(), "minute")
    );
    if !names.is_empty() {
        week_line.push_str(&format!(" ({})", names.join(", ")));
    }
    week_line.push('.');
    let all = totals(records);
    let mut lines = vec![
        week_line,
        streak_line(current_streak(records, today), longest_streak(records)),
        RULE.to_owned(),
        format!(
            "In all: {}, {}.",
            plural(all.sessions as u64, "session"),
            plural(all.minutes(), "minute")
        ),
    ];
    if let Some(change) = average_change(records) {
        let words = change_words(change);
        let than = if words == ABOUT_THE_SAME {
            "as"
        } else {
            "than"
        };
        lines.push(format!(
            "Feeling after a session: on average {words} {than} before."
        ));
    }
    lines.push("Last sessions:".to_owned());
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
        (0, 0) => NEW_STREAK.to_owned(),
        (0, longest) => format!(
            "{NEW_STREAK} Longest streak: {}.",
            plural(longest.into(), "day")
        ),
        (now, longest) => format!(
            "Current streak: {}. Longest streak: {}.",
            plural(now.into(), "day"),
            plural(longest.into(), "day")
        ),
    }
}

/// Said instead of "0 days".
pub const NEW_STREAK: &str = "A new streak starts with your next session.";

/// "2025-03-30 07:30  Box breathing, 4 minutes, finished, feeling 2 → 4, “note”";
/// a session ended before its end: "Box breathing, 2 minutes practised, ended at Hold".
fn session_line(record: &Record, today: NaiveDate) -> String {
    let date = record.date();
    let when = if date == today {
        "today".to_owned()
    } else if today.checked_sub_days(Days::new(1)) == Some(date) {
        "yesterday".to_owned()
    } else {
        date.format("%Y-%m-%d").to_string()
    };
    let mut parts = vec![format!(
        "{when} {}  {}",
        record.start.format("%H:%M"),
        title(record)
    )];
    if record.finished {
        parts.push(length(record.practised_seconds));
        parts.push("finished".to_owned());
    } else {
        parts.push(format!("{} practised", length(record.practised_seconds)));
        parts.extend(ended_at(record));
    }
    let feeling = |check_in: &Option<CheckIn>| {
        check_in.as_ref().map_or("–".to_owned(), |check_in| {
            check_in.feeling.get().to_string()
        })
    };
    if record.before.is_some() || record.after.is_some() {
        parts.push(format!(
            "feeling {} → {}",
            feeling(&record.before),
            feeling(&record.after)
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
        Some(part) => format!("ended at {}: {}", plain(part), plain(&at.step)),
        None => format!("ended at {}", plain(&at.step)),
    })
}

fn length(seconds: u64) -> String {
    if seconds < 60 {
        plural(seconds, "second")
    } else {
        plural(minutes(seconds), "minute")
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

fn plural(count: u64, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(plural(0, "day"), "0 days");
        assert_eq!(plural(1, "day"), "1 day");
        assert_eq!(plural(2, "minute"), "2 minutes");
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
