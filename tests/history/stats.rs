//! The week at a glance, the 30-day charts, milestones and the summary.

use steady::history::{
    self, average_change, feeling_change_per_day, milestones, minutes_per_day, streak_rule, totals,
    week, LineProblem, Loaded,
};

use super::{check_in, day, session};

#[test]
fn the_week_runs_monday_to_sunday_across_the_year_end() {
    let records = vec![
        session((2024, 12, 29), (9, 0), 600), // Sunday of the week before
        session((2024, 12, 30), (7, 0), 300), // Monday
        session((2024, 12, 30), (20, 0), 150),
        session((2025, 1, 1), (7, 0), 40), // too short to count, minutes still add
        session((2025, 1, 3), (7, 0), 290),
        session((2025, 1, 6), (7, 0), 600), // next Monday
    ];
    let this_week = week(&records, day(2025, 1, 2));
    assert_eq!(this_week.first_day, day(2024, 12, 30));
    assert_eq!(this_week.seconds, [450, 0, 40, 0, 290, 0, 0]);
    assert_eq!(
        this_week.practised,
        [true, false, false, false, true, false, false]
    );
    assert_eq!(this_week.days_practised(), 2);
    assert_eq!(this_week.minutes(), 13, "780 seconds");
}

#[test]
fn minutes_per_day_for_thirty_days() {
    let records = vec![
        session((2025, 1, 31), (23, 59), 600), // the day before the window
        session((2025, 2, 1), (0, 0), 120),
        session((2025, 2, 1), (12, 0), 150),
        session((2025, 2, 15), (8, 0), 300),
        session((2025, 3, 2), (23, 59), 60),
        session((2025, 3, 3), (8, 0), 300), // after today
    ];
    let chart = minutes_per_day(&records, day(2025, 3, 2), 30);
    assert_eq!(chart.len(), 30);
    assert_eq!(chart[0], (day(2025, 2, 1), 5), "270 seconds, rounded");
    assert_eq!(chart[14], (day(2025, 2, 15), 5));
    assert_eq!(chart[29], (day(2025, 3, 2), 1));
    let total: u32 = chart.iter().map(|(_, minutes)| minutes).sum();
    assert_eq!(total, 11);
}

#[test]
fn feeling_change_per_day_and_on_average() {
    let mut records = vec![
        session((2025, 2, 1), (8, 0), 300),
        session((2025, 2, 1), (20, 0), 300),
        session((2025, 2, 2), (8, 0), 300),
        session((2025, 2, 3), (8, 0), 300),
    ];
    records[0].before = Some(check_in(2, &["tense"]));
    records[0].after = Some(check_in(4, &["calm"]));
    records[1].before = Some(check_in(3, &[]));
    records[1].after = Some(check_in(4, &[]));
    records[2].before = Some(check_in(3, &[])); // no "after": not counted
    records[3].before = Some(check_in(4, &[]));
    records[3].after = Some(check_in(3, &[]));
    let chart = feeling_change_per_day(&records, day(2025, 2, 3), 3);
    assert_eq!(
        chart,
        [
            (day(2025, 2, 1), Some(1.5)),
            (day(2025, 2, 2), None),
            (day(2025, 2, 3), Some(-1.0)),
        ]
    );
    assert_eq!(average_change(&records), Some(2.0 / 3.0));
    assert_eq!(average_change(&records[2..3]), None);
}

#[test]
fn milestones_say_what_this_session_adds() {
    // Monday and Wednesday mornings, a Thursday evening, then Friday morning.
    let earlier = vec![
        session((2025, 3, 24), (7, 0), 300),
        session((2025, 3, 26), (11, 59), 300),
        session((2025, 3, 27), (19, 0), 300),
        session((2025, 3, 27), (7, 0), 20), // too short: neither a session nor a morning
    ];
    let mut new = session((2025, 3, 28), (6, 45), 300);
    new.before = Some(check_in(2, &["worried"]));
    new.after = Some(check_in(4, &["calm"]));
    assert_eq!(
        milestones(&earlier, &new),
        [
            "Your fourth session.",
            "Your third morning this week.",
            "You feel 2 steps better than before.",
        ]
    );
    // A second morning session the same day is not a new morning.
    let mut again = earlier.clone();
    again.push(new);
    let later = session((2025, 3, 28), (9, 30), 300);
    assert_eq!(milestones(&again, &later), ["Your fifth session."]);
    again.push(later);
    // Last week's mornings do not count toward this week's.
    let next_monday = session((2025, 3, 31), (8, 0), 300);
    assert_eq!(milestones(&again, &next_monday), ["Your sixth session."]);
    // A session too short to count only hears about feeling, if anything.
    let short = session((2025, 3, 31), (9, 0), 10);
    assert!(milestones(&again, &short).is_empty());
    let many: Vec<_> = (0..10)
        .map(|_| session((2025, 1, 1), (20, 0), 300))
        .collect();
    assert_eq!(milestones(&many, &next_monday), ["Your 11th session."]);
}

#[test]
fn totals_count_sessions_that_count_and_every_minute() {
    let records = vec![
        session((2025, 1, 1), (8, 0), 300),
        session((2025, 1, 2), (8, 0), 30),
    ];
    let all = totals(&records);
    assert_eq!((all.sessions, all.seconds, all.minutes()), (1, 330, 6));
}

#[test]
fn the_summary_names_the_week_streaks_rule_sessions_and_problems() {
    let mut records: Vec<_> = (27..=31)
        .map(|d| session((2025, 3, d), (8, 0), 300))
        .collect();
    records[4].before = Some(check_in(2, &[]));
    records[4].after = Some(check_in(3, &[]));
    records[4].note = Some("Calmer,\nthank you.".into());
    let loaded = Loaded {
        records,
        problems: vec![LineProblem {
            line: 3,
            message: "the line is cut off (column 12)".into(),
            torn: false,
        }],
        unreported: 2,
        error: None,
    };
    let lines = history::summary_lines(&loaded, day(2025, 3, 31));
    assert_eq!(lines[0], "This week: 1 day, 5 minutes (Mon).");
    assert_eq!(lines[1], "Current streak: 5 days. Longest streak: 5 days.");
    assert_eq!(lines[2], streak_rule());
    assert_eq!(lines[3], "In all: 5 sessions, 25 minutes.");
    assert_eq!(
        lines[4],
        "Feeling after a session: on average 1 step better than before."
    );
    assert_eq!(lines[5], "Last sessions:");
    assert_eq!(
        lines[6],
        "  today 08:00  Box breathing, 5 minutes, finished, feeling 2 → 3, “Calmer, thank you.”"
    );
    assert_eq!(
        lines[7],
        "  yesterday 08:00  Box breathing, 5 minutes, finished"
    );
    assert_eq!(
        lines[8],
        "  2025-03-29 08:00  Box breathing, 5 minutes, finished"
    );
    assert_eq!(
        lines.len(),
        13,
        "five sessions and the problems: {lines:#?}"
    );
    assert_eq!(
        lines[11],
        "history.jsonl:3: skipped: the line is cut off (column 12)"
    );
    assert_eq!(lines[12], "history.jsonl: and 2 more lines skipped");
}

#[test]
fn steady_history_and_the_window_say_the_same_about_a_small_change() {
    // One session a step better and four the same: 0.2 steps on average,
    // which both `steady history` and the history screen call the same.
    let mut records: Vec<_> = (24..=28)
        .map(|d| session((2025, 3, d), (8, 0), 300))
        .collect();
    for (index, record) in records.iter_mut().enumerate() {
        record.before = Some(check_in(3, &[]));
        record.after = Some(check_in(if index == 0 { 4 } else { 3 }, &[]));
    }
    let change = average_change(&records).expect("check-ins");
    assert_eq!(history::change_words(change), "about the same");
    let loaded = Loaded {
        records,
        ..Loaded::default()
    };
    let lines = history::summary_lines(&loaded, day(2025, 3, 28));
    assert!(
        lines.contains(&"Feeling after a session: on average about the same as before.".to_owned()),
        "{lines:#?}"
    );
}
