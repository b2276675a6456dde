//! "Remind me to pause": the times the person chose in settings, and the
//! little state ("in 10 minutes", "not today", what was last offered) that
//! must survive a restart. Pure: every function is handed the time, so the
//! schedule is tested with fixed dates in real time zones.
//!
//! Times are wall-clock times in the zone of the `DateTime` passed in, read
//! the way the person reads the clock on the wall. Daylight saving follows
//! from that (see [`resolve`]):
//! - a time that clocks skip when they spring forward (02:30 on the last
//!   Sunday of March in Berlin) comes at the first minute that exists after
//!   it (03:00): late by the gap rather than lost;
//! - a time that happens twice when clocks fall back comes once, the first time.
//!
//! Several times that land on the same instant are one reminder.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeDelta, TimeZone, Weekday};
use serde::{Deserialize, Serialize};

/// A reminder missed by more than this (the machine slept, or was off) is
/// dropped rather than offered late: a pause suggested hours after its time
/// is noise, and the next one is not far off.
pub const GRACE: TimeDelta = TimeDelta::hours(2);
/// More than this many fixed times a day is no longer a calm reminder.
pub const MAX_TIMES: usize = 24;
/// The longest step of an `Every` rule: twelve hours.
pub const MAX_EVERY_MINUTES: u16 = 720;
/// How many days ahead `next_after` looks: a week covers every weekday,
/// and one more day covers "not today".
const SEARCH_DAYS: usize = 8;
/// The longest run of wall-clock minutes a zone has ever skipped: Samoa
/// skipped a whole day in 2011. Daylight saving skips an hour at most.
const LONGEST_GAP_MINUTES: i64 = 24 * 60;

/// The reminder settings. Off until the person turns them on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reminders {
    pub on: bool,
    pub rules: Vec<Rule>,
}

impl Default for Reminders {
    /// An example to turn on as it is, or to change.
    fn default() -> Self {
        Reminders {
            on: false,
            rules: vec![Rule {
                when: When::At(vec![TimeOfDay::at(11, 0), TimeOfDay::at(15, 0)]),
                days: Days::workdays(),
                // The natural mid-day pause.
                offer: "two-minute-reset".to_owned(),
            }],
        }
    }
}

/// When to remind, on which days, and what to offer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rule {
    pub when: When,
    pub days: Days,
    /// The id of the exercise or routine the reminder offers.
    pub offer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    /// At these times of day.
    At(Vec<TimeOfDay>),
    /// At `from`, then every `minutes`, up to `until` (itself included when a
    /// step lands on it). Both ends are on the same day: `from` < `until`.
    Every {
        minutes: u16,
        from: TimeOfDay,
        until: TimeOfDay,
    },
}

impl Default for When {
    fn default() -> Self {
        When::At(Vec::new())
    }
}

impl When {
    /// The wall-clock times on a day the rule is on, earliest first.
    pub fn times(&self) -> Vec<TimeOfDay> {
        match self {
            When::At(times) => {
                let mut times = times.clone();
                times.sort();
                times.dedup();
                times
            }
            // A zero step would never move on; `Rule::problem` reports it.
            When::Every { minutes: 0, .. } => Vec::new(),
            When::Every {
                minutes,
                from,
                until,
            } => (from.minutes()..=until.minutes())
                .step_by(usize::from(*minutes))
                .filter_map(TimeOfDay::from_minutes)
                .collect(),
        }
    }
}

impl Rule {
    /// What is wrong with the rule, in words for the settings screen. A rule
    /// with a problem never reminds: a half-made rule should not go off.
    pub fn problem(&self) -> Option<String> {
        let problem = match &self.when {
            When::At(times) if times.is_empty() => crate::t!("rule-add-time").to_owned(),
            When::At(times) if times.len() > MAX_TIMES => {
                crate::t!("rule-too-many-times", most = MAX_TIMES)
            }
            When::Every { minutes, .. } if *minutes == 0 || *minutes > MAX_EVERY_MINUTES => {
                crate::t!("rule-every-range", most = MAX_EVERY_MINUTES)
            }
            When::Every { from, until, .. } if from >= until => crate::t!(
                "rule-end-before-start",
                from = from.to_string(),
                until = until.to_string()
            ),
            _ if self.days.is_empty() => crate::t!("rule-no-day").to_owned(),
            _ if self.offer.trim().is_empty() => crate::t!("rule-no-offer").to_owned(),
            _ => return None,
        };
        Some(problem)
    }
}

/// A time of day, 00:00 to 23:59, written "HH:MM" in the settings file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

impl TimeOfDay {
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    /// For constants in this file, where the numbers are known to be right.
    const fn at(hour: u8, minute: u8) -> TimeOfDay {
        TimeOfDay { hour, minute }
    }

    pub fn hour(self) -> u8 {
        self.hour
    }

    pub fn minute(self) -> u8 {
        self.minute
    }

    fn minutes(self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }

    fn from_minutes(minutes: u16) -> Option<TimeOfDay> {
        TimeOfDay::new(u8::try_from(minutes / 60).ok()?, (minutes % 60) as u8)
    }

    fn naive(self) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(self.hour.into(), self.minute.into(), 0)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl FromStr for TimeOfDay {
    type Err = String;

    /// "9:05" or "09:05"; nothing looser, so a typo is reported, not guessed.
    fn from_str(text: &str) -> Result<TimeOfDay, String> {
        let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
        let time = text.split_once(':').and_then(|(hour, minute)| {
            let shaped = matches!(hour.len(), 1 | 2) && minute.len() == 2;
            if !(shaped && digits(hour) && digits(minute)) {
                return None;
            }
            TimeOfDay::new(hour.parse().ok()?, minute.parse().ok()?)
        });
        time.ok_or_else(|| crate::t!("rule-not-a-time", text = text))
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = String;

    fn try_from(text: String) -> Result<TimeOfDay, String> {
        text.parse()
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> String {
        time.to_string()
    }
}

/// The days of the week a rule is on; written `[Mon, Tue, …]` in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<DayName>", into = "Vec<DayName>")]
pub struct Days([bool; 7]);

/// The days' names in the settings file, Monday first like `Days`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
enum DayName {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

const DAY_NAMES: [DayName; 7] = [
    DayName::Mon,
    DayName::Tue,
    DayName::Wed,
    DayName::Thu,
    DayName::Fri,
    DayName::Sat,
    DayName::Sun,
];

impl Days {
    pub const fn every_day() -> Days {
        Days([true; 7])
    }

    pub const fn workdays() -> Days {
        Days([true, true, true, true, true, false, false])
    }

    pub const fn none() -> Days {
        Days([false; 7])
    }

    pub fn of(days: impl IntoIterator<Item = Weekday>) -> Days {
        days.into_iter()
            .fold(Days::none(), |set, day| set.with(day, true))
    }

    /// The same days with `day` turned on or off.
    #[must_use]
    pub fn with(mut self, day: Weekday, on: bool) -> Days {
        self.0[day.num_days_from_monday() as usize] = on;
        self
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0[day.num_days_from_monday() as usize]
    }

    pub fn is_empty(self) -> bool {
        self.0 == [false; 7]
    }
}

impl Default for Days {
    /// A rule that names no days in the file is on every day.
    fn default() -> Self {
        Days::every_day()
    }
}

impl From<Vec<DayName>> for Days {
    fn from(names: Vec<DayName>) -> Days {
        let mut days = Days::none();
        for name in names {
            days.0[name as usize] = true;
        }
        days
    }
}

impl From<Days> for Vec<DayName> {
    fn from(days: Days) -> Vec<DayName> {
        DAY_NAMES
            .into_iter()
            .zip(days.0)
            .filter_map(|(name, on)| on.then_some(name))
            .collect()
    }
}

/// What the person did with earlier reminders. Kept in the settings file so
/// a restart neither repeats a reminder nor forgets "not today".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderState {
    /// A reminder put off with "In 10 minutes".
    pub snoozed: Option<Snoozed>,
    /// "Not today": no reminders for the rest of this local date.
    pub not_today: Option<NaiveDate>,
    /// Reminders at or before this instant have been offered or passed over.
    pub last_offered: Option<DateTime<FixedOffset>>,
}

/// A snoozed reminder: it comes back at `until`, offering the same thing.
/// An incomplete one in the file defaults to long ago, so it is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snoozed {
    pub until: DateTime<FixedOffset>,
    pub offer: String,
}

impl ReminderState {
    /// After offering the reminder at `at`: it and every one before it are
    /// done. Also call it with the current time when reminders are turned
    /// on, so times that passed earlier that day are not offered.
    #[must_use]
    pub fn offered<Tz: TimeZone>(&self, at: &DateTime<Tz>) -> ReminderState {
        let at = at.fixed_offset();
        let mut state = self.clone();
        state.last_offered = Some(state.last_offered.map_or(at, |last| last.max(at)));
        if state
            .snoozed
            .as_ref()
            .is_some_and(|snoozed| snoozed.until <= at)
        {
            state.snoozed = None;
        }
        state
    }

    /// "In N minutes": offer `offer` again then, and nothing before it.
    #[must_use]
    pub fn snooze<Tz: TimeZone>(
        &self,
        offer: &str,
        now: &DateTime<Tz>,
        minutes: u16,
    ) -> ReminderState {
        let mut state = self.offered(now);
        state.snoozed = Some(Snoozed {
            until: now.fixed_offset() + TimeDelta::minutes(minutes.into()),
            offer: offer.to_owned(),
        });
        state
    }

    /// "Not today": nothing more on `now`'s local date, snoozed or not.
    #[must_use]
    pub fn skip_today<Tz: TimeZone>(&self, now: &DateTime<Tz>) -> ReminderState {
        let mut state = self.offered(now);
        state.not_today = Some(now.date_naive());
        state.snoozed = None;
        state
    }
}

/// One reminder: when it comes and what it offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence<Tz: TimeZone> {
    pub at: DateTime<Tz>,
    pub offer: String,
}

/// The first reminder strictly after `after`, for "next reminder at …".
/// None when reminders are off or none comes within the next week.
pub fn next_after<Tz: TimeZone>(
    reminders: &Reminders,
    state: &ReminderState,
    after: &DateTime<Tz>,
) -> Option<Occurrence<Tz>> {
    if !reminders.on {
        return None;
    }
    let tz = after.timezone();
    if let Some(snoozed) = snoozed(state, &tz).filter(|snoozed| snoozed.at > *after) {
        // Everything before a snoozed reminder is skipped, so it comes next.
        return Some(snoozed);
    }
    // From the day before: a time skipped just before midnight comes the
    // next day. Wall times map to instants in order, so the first day with
    // a reminder after `after` holds the earliest one.
    let first = after.date_naive().pred_opt()?;
    first.iter_days().take(SEARCH_DAYS + 2).find_map(|date| {
        let later = ordinary_on(reminders, state, &tz, date).filter(|next| next.at > *after);
        first_of(later, |next, best| next.at < best.at)
    })
}

/// The reminder to offer now, if any: the latest one since the last offered
/// that is at most [`GRACE`] old. After sleeping past several, that is one
/// reminder, not a burst. Call [`ReminderState::offered`] once it is shown.
pub fn due<Tz: TimeZone>(
    reminders: &Reminders,
    state: &ReminderState,
    now: &DateTime<Tz>,
) -> Option<Occurrence<Tz>> {
    if !reminders.on {
        return None;
    }
    let tz = now.timezone();
    let earliest = now.clone() - GRACE;
    // One in the future means the clock was set back: ignored, or it would
    // silence reminders until the clock caught up.
    let done = state.last_offered.filter(|last| last <= now);
    let open =
        |at: &DateTime<Tz>| earliest <= *at && at <= now && done.is_none_or(|done| *at > done);
    let snoozed = snoozed(state, &tz);
    let snoozed_until = snoozed.as_ref().map(|snoozed| snoozed.at.clone());
    let first = earliest.date_naive().pred_opt()?;
    let ordinary = first
        .iter_days()
        .take_while(|date| *date <= now.date_naive())
        .flat_map(|date| ordinary_on(reminders, state, &tz, date))
        .filter(|reminder| {
            snoozed_until
                .as_ref()
                .is_none_or(|until| reminder.at > *until)
        });
    let open_ones = ordinary
        .chain(snoozed)
        .filter(|reminder| open(&reminder.at));
    first_of(open_ones, |reminder, best| reminder.at > best.at)
}

/// The snoozed reminder, unless "not today" covers its day.
fn snoozed<Tz: TimeZone>(state: &ReminderState, tz: &Tz) -> Option<Occurrence<Tz>> {
    let snoozed = state
        .snoozed
        .as_ref()
        .filter(|snoozed| !snoozed.offer.is_empty())?;
    let at = snoozed.until.with_timezone(tz);
    (state.not_today != Some(at.date_naive())).then(|| Occurrence {
        at,
        offer: snoozed.offer.clone(),
    })
}

/// The reminders the rules give on one local date, unless it is "not today".
fn ordinary_on<'a, Tz: TimeZone + 'a>(
    reminders: &'a Reminders,
    state: &ReminderState,
    tz: &'a Tz,
    date: NaiveDate,
) -> impl Iterator<Item = Occurrence<Tz>> + 'a {
    let skipped = state.not_today == Some(date);
    reminders
        .rules
        .iter()
        .filter(move |rule| !skipped && rule.days.contains(date.weekday()))
        .filter(|rule| rule.problem().is_none())
        .flat_map(move |rule| {
            rule.when.times().into_iter().filter_map(move |time| {
                let at = resolve(tz, date, time)?;
                Some(Occurrence {
                    at,
                    offer: rule.offer.clone(),
                })
            })
        })
}

/// The one `better` prefers; on a tie the first, so the earlier rule in the
/// list decides what a shared time offers.
fn first_of<T>(items: impl Iterator<Item = T>, better: impl Fn(&T, &T) -> bool) -> Option<T> {
    items.reduce(|best, item| if better(&item, &best) { item } else { best })
}

/// The instant `time` on `date` happens in `tz`. A time clocks pass twice
/// (falling back) is the first of the two. A time clocks skip (springing
/// forward) becomes the first minute that exists after it.
fn resolve<Tz: TimeZone>(tz: &Tz, date: NaiveDate, time: TimeOfDay) -> Option<DateTime<Tz>> {
    let wall = date.and_time(time.naive()?);
    (0..=LONGEST_GAP_MINUTES).find_map(|minutes| {
        let later = wall.checked_add_signed(TimeDelta::minutes(minutes))?;
        tz.from_local_datetime(&later).earliest()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> TimeOfDay {
        text.parse().expect("a time of day")
    }

    #[test]
    fn times_of_day_read_and_write_as_hh_mm() {
        assert_eq!(time("9:05"), TimeOfDay::new(9, 5).expect("a time"));
        assert_eq!(time("23:59").to_string(), "23:59");
        assert_eq!(time("07:00").to_string(), "07:00");
        for bad in [
            "24:00", "12:60", "12", "12:5", "+1:00", "123:00", "", "ab:cd", " 9:00",
        ] {
            let error = bad.parse::<TimeOfDay>().expect_err("not a time");
            assert!(error.contains("HH:MM"), "{bad}: {error}");
        }
    }

    #[test]
    fn every_steps_from_start_to_end_inclusive() {
        let every = |minutes, from, until| When::Every {
            minutes,
            from: time(from),
            until: time(until),
        };
        let shown = |when: When| {
            when.times()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shown(every(60, "09:00", "12:00")),
            ["09:00", "10:00", "11:00", "12:00"]
        );
        assert_eq!(
            shown(every(90, "09:00", "12:00")),
            ["09:00", "10:30", "12:00"]
        );
        assert_eq!(shown(every(90, "09:00", "11:59")), ["09:00", "10:30"]);
        assert_eq!(shown(every(0, "09:00", "12:00")), Vec::<String>::new());
        assert_eq!(shown(every(30, "23:00", "23:59")), ["23:00", "23:30"]);
    }

    #[test]
    fn fixed_times_are_sorted_and_unique() {
        let when = When::At(vec![time("15:00"), time("11:00"), time("15:00")]);
        assert_eq!(when.times(), [time("11:00"), time("15:00")]);
    }

    #[test]
    fn days_know_their_weekdays() {
        assert!(Days::workdays().contains(Weekday::Fri));
        assert!(!Days::workdays().contains(Weekday::Sat));
        assert!(Days::none().is_empty());
        let weekend = Days::of([Weekday::Sat, Weekday::Sun]);
        assert_eq!(Vec::<DayName>::from(weekend).len(), 2);
        assert_eq!(weekend.with(Weekday::Sat, false), Days::of([Weekday::Sun]));
    }
}
