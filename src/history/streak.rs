//! Streaks of practice days, with a forgiving rule: strict midnight resets
//! are what people dislike most in other apps, so one missed day is allowed.
//!
//! The exact rule:
//!
//! - A *practice day* is a local date (the date of a record's `start` in its
//!   own offset) with at least one session that [counts](Record::counts).
//! - A *streak* is a run of consecutive calendar dates that begins and ends
//!   on a practice day and in which every window of 7 consecutive dates holds
//!   at most one day without practice. So a single missed day between two
//!   practice days is forgiven, two missed days in a row end the streak, and
//!   so does a second missed day less than 7 days after the first one.
//! - Its length is its number of calendar dates, the forgiven day included;
//!   [`Streak::practised_days`] counts only the practice days.
//! - The *current* streak is the longest streak that could still go on today:
//!   it ends today or, when today has no practice yet, on the last practice
//!   day before it, as long as practising today would make a valid streak.
//!   So not having practised yet today never breaks it, nor does a missed
//!   yesterday when no other day was missed in the week before.
//!
//! [`rule`] says this in the words the screen shows.

use chrono::NaiveDate;

use super::record::Record;

/// The rule in plain words, shown beside every streak.
pub fn rule() -> &'static str {
    crate::t!("streak-rule")
}

/// A valid run of days: see the module documentation for the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Streak {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub practised_days: u32,
}

impl Streak {
    /// Calendar days from the first to the last, both included.
    pub fn days(&self) -> u32 {
        u32::try_from((self.last - self.first).num_days() + 1).unwrap_or(u32::MAX)
    }
}

/// Every practice day, sorted, each once.
pub fn practice_days(records: &[Record]) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = records
        .iter()
        .filter(|record| record.counts())
        .map(Record::date)
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// The longest streak ever (the latest of equally long ones).
pub fn longest_streak(records: &[Record]) -> Option<Streak> {
    runs(&practice_days(records)).max_by_key(|streak| (streak.days(), streak.practised_days))
}

/// The streak that is still going on `today` (see the module documentation).
/// Practice dated after `today` (a clock that was wrong) is ignored.
pub fn current_streak(records: &[Record], today: NaiveDate) -> Option<Streak> {
    let mut days = practice_days(records);
    days.retain(|day| *day <= today);
    let practised_today = days.last() == Some(&today);
    if practised_today {
        return runs(&days).last();
    }
    // Imagine today practised: the run that would end today starts where the
    // current streak starts, and the real streak ends on the last real day.
    let last = *days.last()?;
    days.push(today);
    let imagined = runs(&days).last()?;
    (imagined.first <= last).then(|| Streak {
        first: imagined.first,
        last,
        practised_days: imagined.practised_days - 1,
    })
}

/// For each practice day in `days` (sorted, unique), the longest valid
/// streak ending on it. Only the latest missed day has to be remembered:
/// earlier ones are at least 7 days before it in a valid run.
fn runs(days: &[NaiveDate]) -> impl Iterator<Item = Streak> + '_ {
    let mut first = 0;
    // The index of the practice day just after the run's latest missed day.
    let mut after_miss: Option<usize> = None;
    days.iter().enumerate().map(move |(index, &day)| {
        let gap = index
            .checked_sub(1)
            .map_or(1, |previous| (day - days[previous]).num_days());
        if gap == 2 {
            // Misses are the days before `days[earlier]` and before `day`;
            // closer than 7 days apart, the run must start after the first.
            if let Some(earlier) =
                after_miss.filter(|&earlier| (day - days[earlier]).num_days() < 7)
            {
                first = earlier;
            }
            after_miss = Some(index);
        } else if gap > 2 {
            first = index;
            after_miss = None;
        }
        Streak {
            first: days[first],
            last: day,
            practised_days: u32::try_from(index - first + 1).unwrap_or(u32::MAX),
        }
    })
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;

    fn date(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, month, day).expect("valid date")
    }

    fn streaks(days: &[u32]) -> Vec<(u32, u32, u32)> {
        let days: Vec<NaiveDate> = days.iter().map(|&day| date(5, day)).collect();
        runs(&days)
            .map(|streak| {
                (
                    streak.first.day0() + 1,
                    streak.last.day0() + 1,
                    streak.practised_days,
                )
            })
            .collect()
    }

    #[test]
    fn consecutive_days_make_one_run() {
        assert_eq!(streaks(&[1, 2, 3]), vec![(1, 1, 1), (1, 2, 2), (1, 3, 3)]);
    }

    #[test]
    fn one_missed_day_is_forgiven_two_in_a_row_are_not() {
        assert_eq!(streaks(&[1, 3]), vec![(1, 1, 1), (1, 3, 2)]);
        assert_eq!(streaks(&[1, 4]), vec![(1, 1, 1), (4, 4, 1)]);
    }

    #[test]
    fn a_second_miss_within_seven_days_restarts_after_the_first() {
        // Misses on the 3rd and the 9th: 6 days apart, one window holds both.
        assert_eq!(
            streaks(&[1, 2, 4, 5, 6, 7, 8, 10]).last(),
            Some(&(4, 10, 6))
        );
        // Misses on the 3rd and the 10th: 7 days apart, no window holds both.
        assert_eq!(
            streaks(&[1, 2, 4, 5, 6, 7, 8, 9, 11]).last(),
            Some(&(1, 11, 9))
        );
    }
}
