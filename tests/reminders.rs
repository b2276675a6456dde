//! The reminder schedule with fixed dates in real zones: Berlin springs
//! forward on 2025-03-30 and falls back on 2025-10-26; New York springs
//! forward on 2025-03-09. 2025-03-26 is a Wednesday.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::America::New_York;
use chrono_tz::Europe::Berlin;
use chrono_tz::Tz;
use steady::reminders::{
    due, next_after, Days, Occurrence, ReminderState, Reminders, Rule, TimeOfDay, When, GRACE,
};

/// A wall-clock time in Berlin that happens exactly once.
fn berlin(day: &str, time: &str) -> DateTime<Tz> {
    let wall = NaiveDateTime::parse_from_str(&format!("{day} {time}"), "%Y-%m-%d %H:%M")
        .expect("a date and time");
    Berlin
        .from_local_datetime(&wall)
        .single()
        .expect("a time that happens once")
}

/// An instant given in UTC, for the times Berlin's clocks skip or repeat.
fn utc_in_berlin(text: &str) -> DateTime<Tz> {
    text.parse::<DateTime<Utc>>()
        .expect("an RFC 3339 time")
        .with_timezone(&Berlin)
}

fn time(text: &str) -> TimeOfDay {
    text.parse().expect("a time of day")
}

fn at(times: &[&str], days: Days, offer: &str) -> Rule {
    Rule {
        when: When::At(times.iter().map(|text| time(text)).collect()),
        days,
        offer: offer.to_owned(),
    }
}

fn every(minutes: u16, from: &str, until: &str, offer: &str) -> Rule {
    Rule {
        when: When::Every {
            minutes,
            from: time(from),
            until: time(until),
        },
        days: Days::every_day(),
        offer: offer.to_owned(),
    }
}

fn on(rules: Vec<Rule>) -> Reminders {
    Reminders { on: true, rules }
}

fn workday_pauses() -> Reminders {
    on(vec![at(
        &["11:00", "15:00"],
        Days::workdays(),
        "box-breathing",
    )])
}

fn fresh() -> ReminderState {
    ReminderState::default()
}

/// A reminder as the wall clock shows it, or "nothing".
fn shown(occurrence: Option<Occurrence<Tz>>) -> String {
    occurrence.map_or("nothing".to_owned(), |occurrence| {
        let at = occurrence.at.format("%a %Y-%m-%d %H:%M %:z");
        format!("{at} {}", occurrence.offer)
    })
}

fn next(reminders: &Reminders, state: &ReminderState, after: &DateTime<Tz>) -> String {
    shown(next_after(reminders, state, after))
}

fn due_at(reminders: &Reminders, state: &ReminderState, now: &DateTime<Tz>) -> String {
    shown(due(reminders, state, now))
}

/// The first `count` reminders after `start`, following `next_after`.
fn sequence(reminders: &Reminders, start: DateTime<Tz>, count: usize) -> Vec<String> {
    let state = fresh();
    std::iter::successors(next_after(reminders, &state, &start), |previous| {
        next_after(reminders, &state, &previous.at)
    })
    .take(count)
    .map(|occurrence| occurrence.at.format("%H:%M %:z").to_string())
    .collect()
}

#[test]
fn the_next_fixed_time_is_strictly_after() {
    let reminders = workday_pauses();
    let next = |when| next(&reminders, &fresh(), &berlin("2025-03-26", when));
    assert_eq!(next("10:00"), "Wed 2025-03-26 11:00 +01:00 box-breathing");
    assert_eq!(next("10:59"), "Wed 2025-03-26 11:00 +01:00 box-breathing");
    assert_eq!(next("11:00"), "Wed 2025-03-26 15:00 +01:00 box-breathing");
}

#[test]
fn after_the_last_time_the_next_is_tomorrow_across_midnight() {
    let reminders = on(vec![at(
        &["00:15", "23:45"],
        Days::every_day(),
        "pmr-short",
    )]);
    let next = |when| next(&reminders, &fresh(), &berlin("2025-03-26", when));
    assert_eq!(next("23:50"), "Thu 2025-03-27 00:15 +01:00 pmr-short");
    assert_eq!(next("23:59"), "Thu 2025-03-27 00:15 +01:00 pmr-short");
}

#[test]
fn workdays_skip_from_friday_to_monday() {
    let friday_evening = berlin("2025-03-28", "16:00");
    assert_eq!(
        next(&workday_pauses(), &fresh(), &friday_evening),
        "Mon 2025-03-31 11:00 +02:00 box-breathing"
    );
}

#[test]
fn only_the_chosen_weekdays() {
    let reminders = on(vec![at(&["09:30"], Days::of([Weekday::Sun]), "kind-words")]);
    let wednesday = berlin("2025-03-26", "12:00");
    assert_eq!(
        next(&reminders, &fresh(), &wednesday),
        "Sun 2025-03-30 09:30 +02:00 kind-words"
    );
}

#[test]
fn an_every_rule_steps_through_the_day_then_starts_again_tomorrow() {
    let reminders = on(vec![every(90, "09:00", "11:59", "box-breathing")]);
    let steps = sequence(&reminders, berlin("2025-03-26", "08:00"), 3);
    assert_eq!(steps, ["09:00 +01:00", "10:30 +01:00", "09:00 +01:00"]);

    // The end is included when a step lands on it.
    let hourly = on(vec![every(60, "09:00", "11:00", "box-breathing")]);
    let steps = sequence(&hourly, berlin("2025-03-26", "08:00"), 4);
    assert_eq!(
        steps,
        [
            "09:00 +01:00",
            "10:00 +01:00",
            "11:00 +01:00",
            "09:00 +01:00"
        ]
    );
}

#[test]
fn the_earliest_of_several_rules_comes_first() {
    let reminders = on(vec![
        at(&["15:00"], Days::every_day(), "pmr-short"),
        every(45, "09:00", "17:00", "box-breathing"),
    ]);
    let next = |when| next(&reminders, &fresh(), &berlin("2025-03-26", when));
    assert_eq!(next("14:00"), "Wed 2025-03-26 14:15 +01:00 box-breathing");
    assert_eq!(next("14:59"), "Wed 2025-03-26 15:00 +01:00 pmr-short");
}

#[test]
fn off_empty_or_broken_rules_remind_of_nothing() {
    let morning = berlin("2025-03-26", "08:00");
    let off = Reminders::default();
    assert!(!off.on);
    assert_eq!(next(&off, &fresh(), &morning), "nothing");
    assert_eq!(
        due_at(&off, &fresh(), &berlin("2025-03-27", "11:00")),
        "nothing"
    );
    assert_eq!(next(&on(Vec::new()), &fresh(), &morning), "nothing");
    let broken = on(vec![
        every(30, "17:00", "09:00", "box-breathing"),
        at(&["10:00"], Days::none(), "box-breathing"),
    ]);
    assert_eq!(next(&broken, &fresh(), &morning), "nothing");
}

#[test]
fn a_snoozed_reminder_comes_back_and_skips_the_ones_before_it() {
    let reminders = on(vec![every(5, "11:00", "12:00", "box-breathing")]);
    let shown_at = berlin("2025-03-26", "11:00");
    let state = fresh()
        .offered(&shown_at)
        .snooze("pmr-short", &shown_at, 10);
    assert_eq!(
        next(&reminders, &state, &shown_at),
        "Wed 2025-03-26 11:10 +01:00 pmr-short"
    );
    assert_eq!(
        due_at(&reminders, &state, &berlin("2025-03-26", "11:07")),
        "nothing"
    );

    let back = due(&reminders, &state, &berlin("2025-03-26", "11:10")).expect("the snooze");
    assert_eq!(
        shown(Some(back.clone())),
        "Wed 2025-03-26 11:10 +01:00 pmr-short"
    );
    let state = state.offered(&back.at);
    assert_eq!(state.snoozed, None);
    assert_eq!(
        next(&reminders, &state, &back.at),
        "Wed 2025-03-26 11:15 +01:00 box-breathing"
    );
}

#[test]
fn not_today_skips_the_rest_of_the_day_and_any_snooze() {
    let reminders = workday_pauses();
    let now = berlin("2025-03-26", "11:00");
    let state = fresh().snooze("box-breathing", &now, 10).skip_today(&now);
    assert_eq!(state.snoozed, None);
    assert_eq!(
        next(&reminders, &state, &now),
        "Thu 2025-03-27 11:00 +01:00 box-breathing"
    );
    assert_eq!(
        due_at(&reminders, &state, &berlin("2025-03-26", "15:30")),
        "nothing"
    );
    assert_eq!(
        due_at(&reminders, &state, &berlin("2025-03-27", "11:01")),
        "Thu 2025-03-27 11:00 +01:00 box-breathing"
    );
}

#[test]
fn spring_forward_a_skipped_time_comes_at_the_first_minute_after_it() {
    let reminders = on(vec![at(&["02:30"], Days::every_day(), "box-breathing")]);
    let night = berlin("2025-03-30", "01:00");
    assert_eq!(
        next(&reminders, &fresh(), &night),
        "Sun 2025-03-30 03:00 +02:00 box-breathing"
    );
    let skipped = next_after(&reminders, &fresh(), &night).expect("a reminder");
    assert_eq!(skipped.at, utc_in_berlin("2025-03-30T01:00:00Z"));

    let evening = New_York
        .with_ymd_and_hms(2025, 3, 8, 22, 0, 0)
        .single()
        .expect("a time");
    let skipped = next_after(&reminders, &fresh(), &evening).expect("a reminder");
    assert_eq!(
        skipped.at.format("%Y-%m-%d %H:%M %:z").to_string(),
        "2025-03-09 03:00 -04:00"
    );
}

#[test]
fn spring_forward_an_every_rule_has_no_burst_nor_duplicate() {
    let reminders = on(vec![every(30, "01:00", "04:00", "box-breathing")]);
    let steps = sequence(&reminders, berlin("2025-03-30", "00:00"), 6);
    let expected = [
        "01:00 +01:00",
        "01:30 +01:00",
        "03:00 +02:00",
        "03:30 +02:00",
    ];
    assert_eq!(
        steps,
        [&expected[..], &["04:00 +02:00", "01:00 +02:00"]].concat()
    );

    // 02:00, 02:30 and 03:00 all land at 03:00: one reminder.
    let three = utc_in_berlin("2025-03-30T01:00:00Z");
    let state = fresh().offered(&utc_in_berlin("2025-03-30T00:30:00Z"));
    let offered = due(&reminders, &state, &three).expect("the 03:00 reminder");
    assert_eq!(offered.at, three);
    assert_eq!(
        due_at(&reminders, &state.offered(&offered.at), &three),
        "nothing"
    );
}

#[test]
fn fall_back_a_repeated_time_comes_once_the_first_time() {
    let reminders = on(vec![at(&["02:30"], Days::every_day(), "box-breathing")]);
    let night = berlin("2025-10-26", "01:00");
    let first = next_after(&reminders, &fresh(), &night).expect("a reminder");
    assert_eq!(first.at, utc_in_berlin("2025-10-26T00:30:00Z"));
    assert_eq!(
        next(&reminders, &fresh(), &night),
        "Sun 2025-10-26 02:30 +02:00 box-breathing"
    );
    assert_eq!(
        next(&reminders, &fresh(), &first.at),
        "Mon 2025-10-27 02:30 +01:00 box-breathing"
    );
    // Awake during the second 02:30: the first was offered, nothing more.
    let second_half_past_two = utc_in_berlin("2025-10-26T01:30:00Z");
    let state = fresh().offered(&first.at);
    assert_eq!(due_at(&reminders, &state, &second_half_past_two), "nothing");
}

#[test]
fn fall_back_an_every_rule_follows_the_wall_clock_without_duplicates() {
    let reminders = on(vec![every(30, "01:00", "04:00", "box-breathing")]);
    let steps = sequence(&reminders, berlin("2025-10-26", "00:00"), 7);
    let summer = [
        "01:00 +02:00",
        "01:30 +02:00",
        "02:00 +02:00",
        "02:30 +02:00",
    ];
    let winter = ["03:00 +01:00", "03:30 +01:00", "04:00 +01:00"];
    assert_eq!(steps, [&summer[..], &winter[..]].concat());
}

#[test]
fn waking_past_several_reminders_offers_the_latest_once() {
    let reminders = on(vec![every(30, "09:00", "17:00", "box-breathing")]);
    let state = fresh().offered(&berlin("2025-03-26", "09:00"));
    let woke = berlin("2025-03-26", "10:40");
    let offered = due(&reminders, &state, &woke).expect("one reminder");
    assert_eq!(
        shown(Some(offered.clone())),
        "Wed 2025-03-26 10:30 +01:00 box-breathing"
    );
    let state = state.offered(&offered.at);
    assert_eq!(due_at(&reminders, &state, &woke), "nothing");
    assert_eq!(
        due_at(&reminders, &state, &berlin("2025-03-26", "10:59")),
        "nothing"
    );
    assert_eq!(
        due_at(&reminders, &state, &berlin("2025-03-26", "11:00")),
        "Wed 2025-03-26 11:00 +01:00 box-breathing"
    );
}

#[test]
fn a_reminder_is_due_from_its_time_until_the_grace_runs_out() {
    assert_eq!(GRACE, TimeDelta::hours(2));
    let reminders = workday_pauses();
    let due_at = |when| due_at(&reminders, &fresh(), &berlin("2025-03-26", when));
    assert_eq!(due_at("10:59"), "nothing");
    assert_eq!(due_at("11:00"), "Wed 2025-03-26 11:00 +01:00 box-breathing");
    assert_eq!(due_at("13:00"), "Wed 2025-03-26 11:00 +01:00 box-breathing");
    assert_eq!(due_at("13:01"), "nothing");
}

#[test]
fn waking_after_midnight_offers_last_nights_reminder() {
    let reminders = on(vec![at(&["23:30"], Days::every_day(), "pmr-short")]);
    let state = fresh().offered(&berlin("2025-03-26", "22:00"));
    assert_eq!(
        due_at(&reminders, &state, &berlin("2025-03-27", "00:20")),
        "Wed 2025-03-26 23:30 +01:00 pmr-short"
    );
}

#[test]
fn a_clock_set_back_does_not_silence_reminders() {
    let state = fresh().offered(&berlin("2025-04-30", "11:00"));
    assert_eq!(
        due_at(&workday_pauses(), &state, &berlin("2025-03-26", "11:05")),
        "Wed 2025-03-26 11:00 +01:00 box-breathing"
    );
}

#[test]
fn a_realistic_config_round_trips_through_ron() {
    let now = berlin("2025-03-26", "11:00");
    let reminders = on(vec![
        at(&["11:00", "15:00"], Days::workdays(), "box-breathing"),
        Rule {
            days: Days::of([Weekday::Sat, Weekday::Sun]),
            ..every(90, "09:30", "18:00", "pmr-short")
        },
    ]);
    let state = ReminderState {
        not_today: NaiveDate::from_ymd_opt(2025, 3, 25),
        ..fresh().offered(&now).snooze("box-breathing", &now, 10)
    };

    let text = ron::to_string(&reminders).expect("written");
    let rules = concat!(
        r#"(when:At(["11:00","15:00"]),days:[Mon,Tue,Wed,Thu,Fri],offer:"box-breathing"),"#,
        r#"(when:Every(minutes:90,from:"09:30",until:"18:00"),days:[Sat,Sun],offer:"pmr-short")"#,
    );
    assert_eq!(text, format!("(on:true,rules:[{rules}])"));
    assert_eq!(ron::from_str::<Reminders>(&text).expect("read"), reminders);

    let text = ron::to_string(&state).expect("written");
    let snoozed = r#"(until:"2025-03-26T11:10:00+01:00",offer:"box-breathing")"#;
    let rest = r#"not_today:Some("2025-03-25"),last_offered:Some("2025-03-26T11:00:00+01:00")"#;
    assert_eq!(text, format!("(snoozed:Some({snoozed}),{rest})"));
    assert_eq!(ron::from_str::<ReminderState>(&text).expect("read"), state);
}

#[test]
fn hand_written_and_partial_files_load() {
    let text = r#"(
        on: true,
        rules: [
            (when: At(["9:00", "15:30"]), days: [Mon, Wed, Fri], offer: "box-breathing"),
            (when: Every(minutes: 120, from: "10:00", until: "16:00"), offer: "pmr-short"),
            (offer: "kind-words", colour: "blue"),
        ],
    )"#;
    let reminders: Reminders = ron::from_str(text).expect("read");
    let days = Days::of([Weekday::Mon, Weekday::Wed, Weekday::Fri]);
    assert_eq!(reminders.rules[0].days, days);
    assert_eq!(
        reminders.rules[0].when,
        When::At(vec![time("09:00"), time("15:30")])
    );
    assert_eq!(reminders.rules[1].days, Days::every_day());
    assert_eq!(
        reminders.rules[2].problem().as_deref(),
        Some("Add a time of day.")
    );
    assert_eq!(
        ron::from_str::<Reminders>("()").expect("read"),
        Reminders::default()
    );
    assert_eq!(ron::from_str::<ReminderState>("()").expect("read"), fresh());

    let bad = ron::from_str::<Reminders>(r#"(rules: [(when: At(["25:00"]))])"#);
    let error = bad.expect_err("25:00 is no time").to_string();
    assert!(error.contains("\"25:00\" is not a time of day"), "{error}");
}

#[test]
fn problems_are_said_in_plain_words() {
    let problem = |rule: Rule| rule.problem().unwrap_or_default();
    assert_eq!(
        problem(at(&["11:00"], Days::workdays(), "box-breathing")),
        ""
    );
    let step = "Choose every 1 to 720 minutes (12 hours).";
    assert_eq!(problem(every(0, "09:00", "17:00", "box-breathing")), step);
    assert_eq!(problem(every(721, "09:00", "17:00", "box-breathing")), step);
    assert_eq!(
        problem(every(30, "17:00", "09:00", "box-breathing")),
        "The end, 09:00, must be later in the day than the start, 17:00."
    );
    assert_eq!(
        problem(every(30, "09:00", "09:00", "box-breathing")),
        "The end, 09:00, must be later in the day than the start, 09:00."
    );
    assert_eq!(
        problem(at(&[], Days::workdays(), "box-breathing")),
        "Add a time of day."
    );
    let hours: Vec<String> = (0..24).map(|hour| format!("{hour:02}:00")).collect();
    let mut many: Vec<&str> = hours.iter().map(String::as_str).collect();
    assert_eq!(problem(at(&many, Days::workdays(), "box-breathing")), "");
    many.push("12:30");
    assert_eq!(
        problem(at(&many, Days::workdays(), "box-breathing")),
        "Choose at most 24 times a day."
    );
    assert_eq!(
        problem(at(&["11:00"], Days::none(), "box-breathing")),
        "Choose at least one day."
    );
    assert_eq!(
        problem(at(&["11:00"], Days::workdays(), " ")),
        "Choose an exercise or routine to offer."
    );
}

mod agreement {
    //! `next_after` and `due` tell the same story, for any rule at any
    //! moment of a year with both daylight-saving changes.
    use super::*;
    use proptest::prelude::*;

    fn days() -> impl Strategy<Value = Days> {
        let week = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        (1u8..128).prop_map(move |bits| {
            Days::of(
                week.into_iter()
                    .enumerate()
                    .filter(|(index, _)| bits & (1 << index) != 0)
                    .map(|(_, day)| day),
            )
        })
    }

    fn rule() -> impl Strategy<Value = Rule> {
        let clock = |minutes: u16| format!("{:02}:{:02}", minutes / 60, minutes % 60);
        let every = (1u16..=720, 0u16..1439, 1u16..1440).prop_map(move |(step, from, length)| {
            let until = (from + length).min(1439);
            super::every(step, &clock(from), &clock(until), "box-breathing")
        });
        let fixed = proptest::collection::vec(0u16..1440, 1..5).prop_map(move |minutes| {
            let times: Vec<String> = minutes.into_iter().map(clock).collect();
            let times: Vec<&str> = times.iter().map(String::as_str).collect();
            at(&times, Days::every_day(), "pmr-short")
        });
        (prop_oneof![every, fixed], days()).prop_map(|(rule, days)| Rule { days, ..rule })
    }

    /// Any second of 2025, or of the two weekends whose clocks change.
    fn moment() -> impl Strategy<Value = DateTime<Tz>> {
        let from = |start: &str, days: i64| {
            let start = utc_in_berlin(start);
            (0..days * 24 * 3600).prop_map(move |seconds| start + TimeDelta::seconds(seconds))
        };
        prop_oneof![
            from("2025-01-01T00:00:00Z", 365),
            from("2025-03-29T00:00:00Z", 2),
            from("2025-10-25T00:00:00Z", 2),
        ]
    }

    proptest! {
        #[test]
        fn the_next_reminder_is_due_when_it_comes_and_not_before(rule in rule(), after in moment()) {
            let reminders = on(vec![rule]);
            let state = fresh().offered(&after);
            let next = next_after(&reminders, &state, &after);
            prop_assert!(next.is_some(), "no reminder within a week");
            let Some(next) = next else { return Ok(()) };
            prop_assert!(next.at > after);
            prop_assert!(next.at - after <= TimeDelta::days(8));
            prop_assert_eq!(due(&reminders, &state, &next.at), Some(next.clone()));
            let just_before = next.at - TimeDelta::seconds(1);
            prop_assert_eq!(due(&reminders, &state, &just_before), None);
        }
    }
}
