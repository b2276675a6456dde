//! Streaks with the forgiving rule, across month ends, year ends and
//! daylight-saving changes.

use steady::history::{current_streak, longest_streak, practice_days, week, Streak};

use super::{daily, day, session};

/// (first, last, practised days) of a streak, for short assertions.
fn span(streak: Option<Streak>) -> Option<(chrono::NaiveDate, chrono::NaiveDate, u32)> {
    streak.map(|streak| (streak.first, streak.last, streak.practised_days))
}

fn january(days: &[u32]) -> Vec<steady::history::Record> {
    daily(&days.iter().map(|&d| (2025, 1, d)).collect::<Vec<_>>())
}

#[test]
fn across_a_month_end() {
    let records = daily(&[(2025, 1, 30), (2025, 1, 31), (2025, 2, 1), (2025, 2, 2)]);
    let current = current_streak(&records, day(2025, 2, 2));
    assert_eq!(span(current), Some((day(2025, 1, 30), day(2025, 2, 2), 4)));
    assert_eq!(current.map(|streak| streak.days()), Some(4));
    assert_eq!(longest_streak(&records), current);
}

#[test]
fn across_a_year_end_and_a_leap_day() {
    let records = daily(&[(2024, 12, 30), (2024, 12, 31), (2025, 1, 1), (2025, 1, 2)]);
    assert_eq!(
        span(current_streak(&records, day(2025, 1, 2))),
        Some((day(2024, 12, 30), day(2025, 1, 2), 4))
    );
    let leap = daily(&[(2024, 2, 28), (2024, 2, 29), (2024, 3, 1)]);
    assert_eq!(longest_streak(&leap).map(|streak| streak.days()), Some(3));
    // A forgiven miss on New Year's Eve: 20 December to 10 January.
    let mut long: Vec<_> = (20..=30).map(|d| (2024, 12, d)).collect();
    long.extend((1..=10).map(|d| (2025, 1, d)));
    let longest = longest_streak(&daily(&long));
    assert_eq!(
        span(longest),
        Some((day(2024, 12, 20), day(2025, 1, 10), 21))
    );
    assert_eq!(longest.map(|streak| streak.days()), Some(22));
}

#[test]
fn across_the_spring_daylight_saving_change() {
    // Berlin moves from +01:00 to +02:00 at 02:00 on Sunday 30 March 2025.
    // Sessions just after midnight belong to the new local day, although in
    // UTC they fall on the day before.
    let records = vec![
        session((2025, 3, 28), (0, 30), 300),
        session((2025, 3, 29), (0, 30), 300),
        session((2025, 3, 30), (0, 30), 300),
        session((2025, 3, 30), (3, 30), 300),
        session((2025, 3, 31), (0, 30), 300),
    ];
    assert_eq!(records[2].start.to_rfc3339(), "2025-03-30T00:30:00+01:00");
    assert_eq!(records[3].start.to_rfc3339(), "2025-03-30T03:30:00+02:00");
    assert_eq!(
        practice_days(&records),
        [
            day(2025, 3, 28),
            day(2025, 3, 29),
            day(2025, 3, 30),
            day(2025, 3, 31)
        ]
    );
    assert_eq!(
        span(current_streak(&records, day(2025, 3, 31))),
        Some((day(2025, 3, 28), day(2025, 3, 31), 4))
    );
    // The week of the change still has seven days; Sunday holds two sessions.
    let that_week = week(&records, day(2025, 3, 30));
    assert_eq!(that_week.first_day, day(2025, 3, 24));
    assert_eq!(
        that_week.practised,
        [false, false, false, false, true, true, true]
    );
    assert_eq!(that_week.seconds[6], 600);
}

#[test]
fn across_the_autumn_daylight_saving_change() {
    // Back to +01:00 at 03:00 on Sunday 26 October 2025.
    let records = daily(&[(2025, 10, 25), (2025, 10, 26), (2025, 10, 27)]);
    assert_ne!(records[0].start.offset(), records[2].start.offset());
    assert_eq!(
        current_streak(&records, day(2025, 10, 27)).map(|streak| streak.days()),
        Some(3)
    );
}

#[test]
fn one_missed_day_in_seven_keeps_the_streak() {
    let records = january(&[1, 2, 3, 5, 6, 7, 8]);
    assert_eq!(
        span(current_streak(&records, day(2025, 1, 8))),
        Some((day(2025, 1, 1), day(2025, 1, 8), 7))
    );
    // Misses seven days apart (the 3rd and the 10th) are both forgiven.
    let records = january(&[1, 2, 4, 5, 6, 7, 8, 9, 11, 12]);
    assert_eq!(
        current_streak(&records, day(2025, 1, 12)).map(|streak| streak.days()),
        Some(12)
    );
}

#[test]
fn two_missed_days_in_seven_break_it() {
    // Misses on the 3rd and the 6th: the streak restarts after the first.
    let records = january(&[1, 2, 4, 5, 7, 8]);
    assert_eq!(
        span(current_streak(&records, day(2025, 1, 8))),
        Some((day(2025, 1, 4), day(2025, 1, 8), 4))
    );
    assert_eq!(
        longest_streak(&records).map(|streak| streak.days()),
        Some(5)
    );
    // Two missed days in a row end it outright.
    let records = january(&[1, 2, 3, 4, 5, 8, 9]);
    assert_eq!(
        span(current_streak(&records, day(2025, 1, 9))),
        Some((day(2025, 1, 8), day(2025, 1, 9), 2))
    );
    assert_eq!(
        longest_streak(&records).map(|streak| streak.days()),
        Some(5)
    );
}

#[test]
fn today_not_yet_practised_keeps_the_current_streak() {
    let records = january(&[1, 2, 3, 4, 5]);
    let five_days = Some((day(2025, 1, 1), day(2025, 1, 5), 5));
    assert_eq!(span(current_streak(&records, day(2025, 1, 6))), five_days);
    // Yesterday missed: practising today would still be forgiven.
    assert_eq!(span(current_streak(&records, day(2025, 1, 7))), five_days);
    // Two days missed: it is over.
    assert_eq!(current_streak(&records, day(2025, 1, 8)), None);
    // Yesterday missed, and another day earlier this week: only the days
    // after that earlier miss can still go on.
    let records = january(&[1, 2, 4, 5]);
    assert_eq!(
        span(current_streak(&records, day(2025, 1, 7))),
        Some((day(2025, 1, 4), day(2025, 1, 5), 2))
    );
}

#[test]
fn only_sessions_that_count_make_a_day() {
    let mut records = january(&[1, 2]);
    records.push(session((2025, 1, 3), (8, 0), 30));
    records.push(session((2025, 1, 4), (8, 0), 30));
    records.push(session((2025, 1, 5), (8, 0), 30));
    assert_eq!(practice_days(&records), [day(2025, 1, 1), day(2025, 1, 2)]);
    // The 3rd and the 4th are both missed days, so the streak is over.
    assert_eq!(current_streak(&records, day(2025, 1, 5)), None);
}

#[test]
fn no_history_no_streak_and_the_future_is_ignored() {
    assert_eq!(current_streak(&[], day(2025, 1, 1)), None);
    assert_eq!(longest_streak(&[]), None);
    // A session dated tomorrow (a wrong clock) does not make today's streak.
    let records = january(&[5, 6]);
    assert_eq!(
        span(current_streak(&records, day(2025, 1, 5))),
        Some((day(2025, 1, 5), day(2025, 1, 5), 1))
    );
}
