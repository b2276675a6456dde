//! Dates and times in the language's words and order: `Wednesday 2 December
//! 2026` / `Mittwoch, 2. Dezember 2026`. Times are 24-hour in both
//! languages (Steady's reminder times are typed that way too). The names
//! and the orders are messages of the catalogue.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike, Weekday};

use super::{Arg, Language};

pub fn weekday_long(language: Language, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => language.tr("weekday-long-mon"),
        Weekday::Tue => language.tr("weekday-long-tue"),
        Weekday::Wed => language.tr("weekday-long-wed"),
        Weekday::Thu => language.tr("weekday-long-thu"),
        Weekday::Fri => language.tr("weekday-long-fri"),
        Weekday::Sat => language.tr("weekday-long-sat"),
        Weekday::Sun => language.tr("weekday-long-sun"),
    }
}

pub fn weekday_short(language: Language, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => language.tr("weekday-short-mon"),
        Weekday::Tue => language.tr("weekday-short-tue"),
        Weekday::Wed => language.tr("weekday-short-wed"),
        Weekday::Thu => language.tr("weekday-short-thu"),
        Weekday::Fri => language.tr("weekday-short-fri"),
        Weekday::Sat => language.tr("weekday-short-sat"),
        Weekday::Sun => language.tr("weekday-short-sun"),
    }
}

/// `M`, `T`, `W` (`M`, `D`, `M` in German): a week chart's column.
pub fn weekday_letter(language: Language, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => language.tr("weekday-letter-mon"),
        Weekday::Tue => language.tr("weekday-letter-tue"),
        Weekday::Wed => language.tr("weekday-letter-wed"),
        Weekday::Thu => language.tr("weekday-letter-thu"),
        Weekday::Fri => language.tr("weekday-letter-fri"),
        Weekday::Sat => language.tr("weekday-letter-sat"),
        Weekday::Sun => language.tr("weekday-letter-sun"),
    }
}

fn month_long(language: Language, month: u32) -> &'static str {
    match month {
        1 => language.tr("month-long-1"),
        2 => language.tr("month-long-2"),
        3 => language.tr("month-long-3"),
        4 => language.tr("month-long-4"),
        5 => language.tr("month-long-5"),
        6 => language.tr("month-long-6"),
        7 => language.tr("month-long-7"),
        8 => language.tr("month-long-8"),
        9 => language.tr("month-long-9"),
        10 => language.tr("month-long-10"),
        11 => language.tr("month-long-11"),
        _ => language.tr("month-long-12"),
    }
}

fn month_short(language: Language, month: u32) -> &'static str {
    match month {
        1 => language.tr("month-short-1"),
        2 => language.tr("month-short-2"),
        3 => language.tr("month-short-3"),
        4 => language.tr("month-short-4"),
        5 => language.tr("month-short-5"),
        6 => language.tr("month-short-6"),
        7 => language.tr("month-short-7"),
        8 => language.tr("month-short-8"),
        9 => language.tr("month-short-9"),
        10 => language.tr("month-short-10"),
        11 => language.tr("month-short-11"),
        _ => language.tr("month-short-12"),
    }
}

/// `Wednesday 2 December 2026`, `Mittwoch, 2. Dezember 2026`.
pub fn long_date(language: Language, date: NaiveDate) -> String {
    language.tr_with(
        "date-long",
        &[
            ("weekday", Arg::from(weekday_long(language, date.weekday()))),
            ("day", Arg::from(date.day())),
            ("month", Arg::from(month_long(language, date.month()))),
            ("year", Arg::from(date.year().to_string())),
        ],
    )
}

/// `Dec 2`, `2. Dez.`
pub fn day_and_month(language: Language, date: NaiveDate) -> String {
    language.tr_with(
        "date-day-month",
        &[
            ("day", Arg::from(date.day())),
            ("month", Arg::from(month_short(language, date.month()))),
        ],
    )
}

/// `Wed Dec 2, 15:00`, `Mi., 2. Dez., 15:00`: when a session started.
pub fn weekday_date_time(language: Language, at: NaiveDateTime) -> String {
    language.tr_with(
        "date-weekday-time",
        &[
            ("weekday", Arg::from(weekday_short(language, at.weekday()))),
            ("day", Arg::from(at.day())),
            ("month", Arg::from(month_short(language, at.month()))),
            ("time", Arg::from(time(at))),
        ],
    )
}

/// `2026-12-02`, `02.12.2026`: a date in a table's column.
pub fn numeric_date(language: Language, date: NaiveDate) -> String {
    language.tr_with(
        "date-numeric",
        &[
            ("year", Arg::from(date.year().to_string())),
            ("month", Arg::from(format!("{:02}", date.month()))),
            ("day", Arg::from(format!("{:02}", date.day()))),
        ],
    )
}

/// `15:00`: 24-hour in every language.
pub fn time(at: impl Timelike) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// The first day of `date`'s week, for weeks starting on `first`.
pub fn week_start(date: NaiveDate, first: Weekday) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().days_since(first)))
}

/// The week's days in order, from `first`.
pub fn week_days(first: Weekday) -> [Weekday; 7] {
    let mut days = [first; 7];
    for index in 1..7 {
        days[index] = days[index - 1].succ();
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
    }

    #[test]
    fn long_dates_in_each_language_order() {
        let day = date(2026, 12, 2);
        assert_eq!(
            long_date(Language::English, day),
            "Wednesday 2 December 2026"
        );
        assert_eq!(
            long_date(Language::German, day),
            "Mittwoch, 2. Dezember 2026"
        );
        assert_eq!(
            long_date(Language::German, date(2027, 3, 1)),
            "Montag, 1. März 2027"
        );
    }

    #[test]
    fn short_dates_and_times() {
        let at = date(2026, 12, 2).and_time(NaiveTime::from_hms_opt(15, 5, 0).expect("time"));
        assert_eq!(weekday_date_time(Language::English, at), "Wed Dec 2, 15:05");
        assert_eq!(
            weekday_date_time(Language::German, at),
            "Mi., 2. Dez., 15:05"
        );
        assert_eq!(day_and_month(Language::English, at.date()), "Dec 2");
        assert_eq!(day_and_month(Language::German, at.date()), "2. Dez.");
        assert_eq!(numeric_date(Language::English, at.date()), "2026-12-02");
        assert_eq!(numeric_date(Language::German, at.date()), "02.12.2026");
        let evening = NaiveTime::from_hms_opt(21, 30, 0).expect("time");
        assert_eq!(time(evening), "21:30");
    }

    #[test]
    fn weeks_start_on_the_locales_day() {
        // Wednesday 2 December 2026.
        let day = date(2026, 12, 2);
        assert_eq!(week_start(day, Weekday::Mon), date(2026, 11, 30));
        assert_eq!(week_start(day, Weekday::Sun), date(2026, 11, 29));
        assert_eq!(
            week_start(date(2026, 11, 29), Weekday::Sun),
            date(2026, 11, 29)
        );
        assert_eq!(
            week_start(date(2026, 11, 29), Weekday::Mon),
            date(2026, 11, 23)
        );
        assert_eq!(week_days(Weekday::Sun)[0], Weekday::Sun);
        assert_eq!(week_days(Weekday::Sun)[6], Weekday::Sat);
        assert_eq!(week_days(Weekday::Mon)[6], Weekday::Sun);
    }

    #[test]
    fn german_plurals_and_decimals() {
        let de = Language::German;
        let minutes = |count: u64| de.tr_with("count-minutes", &[("count", Arg::from(count))]);
        assert_eq!(minutes(1), "1 Minute");
        assert_eq!(minutes(2), "2 Minuten");
        assert_eq!(minutes(0), "0 Minuten");
        let better = de.tr_with(
            "change-better",
            &[("steps", Arg::from(0.3)), ("shown", Arg::from("0,3"))],
        );
        assert_eq!(better, "0,3 Stufen besser");
        let days = de.tr_with(
            "streak-current",
            &[("now", Arg::from(1u32)), ("longest", Arg::from(12u32))],
        );
        assert_eq!(days, "Aktuelle Serie: 1 Tag. Längste Serie: 12 Tage.");
    }

    #[test]
    fn german_ordinals_in_words_then_numbers() {
        let de = Language::German;
        let session = |count: usize| {
            de.tr_with(
                "milestone-session",
                &[("count", Arg::from(count)), ("ordinal", Arg::from("-"))],
            )
        };
        assert_eq!(session(1), "Deine erste Übung.");
        assert_eq!(session(10), "Deine zehnte Übung.");
        assert_eq!(session(11), "Deine 11. Übung.");
        let mornings = de.tr_with(
            "milestone-part-of-day",
            &[
                ("count", Arg::from(3usize)),
                ("ordinal", Arg::from("-")),
                ("part", Arg::from("am Morgen")),
            ],
        );
        assert_eq!(mornings, "Diese Woche schon zum dritten Mal am Morgen.");
    }

    #[test]
    fn german_day_names() {
        assert_eq!(weekday_short(Language::German, Weekday::Thu), "Do.");
        assert_eq!(weekday_long(Language::German, Weekday::Sat), "Samstag");
    }
}
