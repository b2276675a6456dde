//! Counts for the history screen and `steady history`: the week at a glance,
//! minutes and feeling per day for the charts, totals. Days are local dates
//! of each record's start; `today` is passed in so tests never use the clock.

use chrono::{Days, NaiveDate};

use super::record::Record;

/// The week around a date, from the locale's first day of the week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    pub first_day: NaiveDate,
    /// Seconds practised each day, from `first_day`.
    pub seconds: [u64; 7],
    /// Whether each day is a practice day ([`Record::counts`]).
    pub practised: [bool; 7],
}

impl Week {
    pub fn days_practised(&self) -> usize {
        self.practised.iter().filter(|&&day| day).count()
    }

    pub fn minutes(&self) -> u64 {
        minutes(self.seconds.iter().sum())
    }
}

/// All sessions so far: those that count, and every second practised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub sessions: usize,
    pub seconds: u64,
}

impl Totals {
    pub fn minutes(&self) -> u64 {
        minutes(self.seconds)
    }
}

/// Seconds as whole minutes, rounded to the nearest.
pub fn minutes(seconds: u64) -> u64 {
    seconds.saturating_add(30) / 60
}

/// The first day of `date`'s week: Monday, or where the locale's weeks
/// start on another day, that day.
pub fn week_start_of(date: NaiveDate) -> NaiveDate {
    crate::i18n::dates::week_start(date, crate::i18n::first_weekday())
}

pub fn week(records: &[Record], today: NaiveDate) -> Week {
    let first_day = week_start_of(today);
    let mut week = Week {
        first_day,
        seconds: [0; 7],
        practised: [false; 7],
    };
    for record in records {
        if let Some(day) = index_from(first_day, record.date(), 7) {
            week.seconds[day] = week.seconds[day].saturating_add(record.practised_seconds);
            week.practised[day] |= record.counts();
        }
    }
    week
}

pub fn totals(records: &[Record]) -> Totals {
    Totals {
        sessions: records.iter().filter(|record| record.counts()).count(),
        seconds: records.iter().fold(0, |sum: u64, record| {
            sum.saturating_add(record.practised_seconds)
        }),
    }
}

/// Minutes practised on each of the `days` days ending with `today`, oldest first.
pub fn minutes_per_day(records: &[Record], today: NaiveDate, days: u32) -> Vec<(NaiveDate, u32)> {
    let first = first_day(today, days);
    let mut seconds = vec![0u64; days as usize];
    for record in records {
        if let Some(day) = index_from(first, record.date(), days) {
            seconds[day] = seconds[day].saturating_add(record.practised_seconds);
        }
    }
    first
        .iter_days()
        .zip(seconds)
        .map(|(date, seconds)| (date, u32::try_from(minutes(seconds)).unwrap_or(u32::MAX)))
        .collect()
}

/// The average change in feeling (after − before) on each of the `days` days
/// ending with `today`, oldest first; `None` on days without both check-ins.
pub fn feeling_change_per_day(
    records: &[Record],
    today: NaiveDate,
    days: u32,
) -> Vec<(NaiveDate, Option<f32>)> {
    let first = first_day(today, days);
    let mut sums = vec![(0i64, 0u32); days as usize];
    for record in records {
        let day = index_from(first, record.date(), days);
        if let (Some(day), Some(change)) = (day, record.feeling_change()) {
            sums[day].0 += i64::from(change);
            sums[day].1 += 1;
        }
    }
    first
        .iter_days()
        .zip(sums)
        .map(|(date, (sum, count))| (date, (count > 0).then(|| sum as f32 / count as f32)))
        .collect()
}

/// The average change in feeling over every session with both check-ins.
pub fn average_change(records: &[Record]) -> Option<f32> {
    let (sum, count) = records
        .iter()
        .filter_map(Record::feeling_change)
        .fold((0i64, 0u32), |(sum, count), change| {
            (sum + i64::from(change), count + 1)
        });
    (count > 0).then(|| sum as f32 / count as f32)
}

/// The average change in feeling in words, for the history screen and
/// `steady history` alike: "0.8 steps better", "about the same", "1 step
/// lower". Feelings are whole steps from 1 to 5, so a change under a quarter
/// step is "about the same"; others are said to a tenth of a step.
pub fn change_words(change: f32) -> String {
    if change.is_nan() || change.abs() < 0.25 {
        return crate::t!("change-same").to_owned();
    }
    let steps = (change.abs() * 10.0).round() / 10.0;
    let shown = crate::i18n::decimal(steps);
    if change > 0.0 {
        crate::t!("change-better", steps = steps, shown = shown)
    } else {
        crate::t!("change-lower", steps = steps, shown = shown)
    }
}

fn first_day(today: NaiveDate, days: u32) -> NaiveDate {
    today - Days::new(u64::from(days.saturating_sub(1)))
}

/// `date`'s place in the `days` days from `first`, if it is one of them.
fn index_from(first: NaiveDate, date: NaiveDate, days: u32) -> Option<usize> {
    let offset = (date - first).num_days();
    (0..i64::from(days))
        .contains(&offset)
        .then_some(offset as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2025-01-01 is a Wednesday; its week starts in the old year.
        assert_eq!(week_start_of(date(2025, 1, 1)), date(2024, 12, 30));
        assert_eq!(week_start_of(date(2024, 12, 30)), date(2024, 12, 30));
        assert_eq!(week_start_of(date(2025, 1, 5)), date(2024, 12, 30));
    }

    #[test]
    fn minutes_round_to_the_nearest() {
        assert_eq!(minutes(29), 0);
        assert_eq!(minutes(30), 1);
        assert_eq!(minutes(150), 3);
        assert_eq!(minutes(u64::MAX), u64::MAX / 60);
    }

    #[test]
    fn a_change_under_a_quarter_step_is_about_the_same() {
        assert_eq!(change_words(0.0), "about the same");
        assert_eq!(change_words(0.24), "about the same");
        assert_eq!(change_words(-0.24), "about the same");
        assert_eq!(change_words(f32::NAN), "about the same");
        assert_eq!(change_words(0.25), "0.3 steps better");
        assert_eq!(change_words(0.75), "0.8 steps better");
        assert_eq!(change_words(1.0), "1 step better");
        assert_eq!(change_words(-1.04), "1 step lower");
        assert_eq!(change_words(-2.5), "2.5 steps lower");
    }

    #[test]
    fn only_days_in_range_have_an_index() {
        let first = date(2025, 1, 30);
        assert_eq!(index_from(first, date(2025, 1, 29), 3), None);
        assert_eq!(index_from(first, date(2025, 2, 1), 3), Some(2));
        assert_eq!(index_from(first, date(2025, 2, 2), 3), None);
    }
}
