//! The session history: every exercise or routine session, kept as one JSON
//! line in `history.jsonl` in the data folder, and what the history screen,
//! the finished screen and `steady history` say about it. No iced here.
//!
//! Records are appended as each session ends (finished, stopped early or cut
//! short by closing the window), so nothing waits for a clean exit. Dates
//! are local: each record keeps the offset of its start, and its day is the
//! date in that offset, so a daylight-saving change or a trip moves nothing.

mod csv;
mod journal;
mod milestone;
mod outbox;
mod record;
mod stats;
mod store;
mod streak;
mod summary;

pub use csv::{to_csv, write_csv, HEADER as CSV_HEADER};
pub use journal::{day_name, journal, journal_lines, Day as JournalDay, Entry as JournalEntry};
pub use milestone::{milestones, ordinal, PartOfDay};
pub use outbox::Outbox;
pub use record::{
    limit, shown_word, Amendment, CheckIn, Feeling, Line, OutOfScale, Record, StoppedAt,
    MIN_PRACTICE_SECONDS, SUGGESTED_WORDS,
};
pub use stats::{
    average_change, change_words, feeling_change_per_day, minutes, minutes_per_day, totals, week,
    week_start_of, Totals, Week,
};
pub use store::{
    append, append_lines, clear, load, parse, LineProblem, Loaded, DISK_FULL_HOOK, DISK_FULL_MARK,
    MAX_LINE, MAX_PROBLEMS,
};
pub use streak::{current_streak, longest_streak, practice_days, rule as streak_rule, Streak};
pub use summary::{streak_line, summary_lines, LAST_SESSIONS};

/// The history file's name, as `steady history` reports problems in it.
pub const FILE_NAME: &str = "history.jsonl";
