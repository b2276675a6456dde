//! What a session adds, said gently on the finished screen: plain counts
//! from the history, never pressure or comparisons with others.

use chrono::{DateTime, FixedOffset, Timelike};

use super::record::Record;
use super::stats::week_start_of;

/// The part of the day a session began in, local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    pub fn of(start: &DateTime<FixedOffset>) -> PartOfDay {
        match start.hour() {
            5..=11 => PartOfDay::Morning,
            12..=17 => PartOfDay::Afternoon,
            18..=22 => PartOfDay::Evening,
            _ => PartOfDay::Night,
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            PartOfDay::Morning => crate::t!("part-of-day-morning"),
            PartOfDay::Afternoon => crate::t!("part-of-day-afternoon"),
            PartOfDay::Evening => crate::t!("part-of-day-evening"),
            PartOfDay::Night => crate::t!("part-of-day-night"),
        }
    }
}

/// Lines for the finished screen about `new`, the session that just ended.
/// `earlier` is the history before it (without `new`). A session that does
/// not count (under a minute, say) only gets the line about feeling.
pub fn milestones(earlier: &[Record], new: &Record) -> Vec<String> {
    let mut lines = Vec::new();
    if new.counts() {
        let count = earlier.iter().filter(|record| record.counts()).count() + 1;
        lines.push(crate::t!(
            "milestone-session",
            count = count,
            ordinal = ordinal(count)
        ));
        lines.extend(part_of_day_line(earlier, new));
    }
    lines.extend(new.feeling_change().map(feeling_line));
    lines
}

/// "Your third morning this week.": the days this week, up to the new
/// session's, with a counted session in the same part of the day. Said only
/// from the second, and only for the first such session of the day.
fn part_of_day_line(earlier: &[Record], new: &Record) -> Option<String> {
    let part = PartOfDay::of(&new.start);
    let (first_day, day) = (week_start_of(new.date()), new.date());
    let mut days: Vec<_> = earlier
        .iter()
        .filter(|record| record.counts() && PartOfDay::of(&record.start) == part)
        .map(Record::date)
        .filter(|date| (first_day..=day).contains(date))
        .collect();
    if days.contains(&day) {
        return None;
    }
    days.sort_unstable();
    days.dedup();
    let count = days.len() + 1;
    (count >= 2).then(|| {
        crate::t!(
            "milestone-part-of-day",
            count = count,
            ordinal = ordinal(count),
            part = part.word()
        )
    })
}

fn feeling_line(change: i8) -> String {
    match change {
        1.. => crate::t!("milestone-feel-better", steps = change),
        0 => crate::t!("milestone-feel-same").to_owned(),
        _ => crate::t!("milestone-feel-lower").to_owned(),
    }
}

/// "first" to "tenth" in words, then "11th", "22nd", "103rd".
pub fn ordinal(count: usize) -> String {
    const WORDS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    if let Some(word) = count.checked_sub(1).and_then(|index| WORDS.get(index)) {
        return (*word).to_owned();
    }
    let suffix = match (count % 10, count % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{count}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let said: Vec<String> = [1, 3, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            said,
            [
                "first", "third", "tenth", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                "111th", "112th"
            ]
        );
    }

    #[test]
    fn parts_of_day() {
        let at = |time: &str| {
            let start = DateTime::parse_from_rfc3339(&format!("2025-03-30T{time}+02:00"))
                .expect("valid time");
            PartOfDay::of(&start)
        };
        assert_eq!(at("04:59:00"), PartOfDay::Night);
        assert_eq!(at("05:00:00"), PartOfDay::Morning);
        assert_eq!(at("11:59:59"), PartOfDay::Morning);
        assert_eq!(at("12:00:00"), PartOfDay::Afternoon);
        assert_eq!(at("18:00:00"), PartOfDay::Evening);
        assert_eq!(at("23:00:00"), PartOfDay::Night);
    }

    #[test]
    fn feeling_lines() {
        assert_eq!(feeling_line(2), "You feel 2 steps better than before.");
        assert_eq!(feeling_line(1), "You feel 1 step better than before.");
        assert!(feeling_line(0).contains("same"));
        assert!(feeling_line(-3).contains("That's okay"));
    }
}
