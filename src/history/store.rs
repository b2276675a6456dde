//! The history file: JSON Lines, one record a line. It is only ever appended
//! to, a line at a time as each session ends, and read leniently: a bad line
//! costs that line, never the rest. Only [`clear`] replaces it, after a backup.

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde_json::error::Category;

use super::record::{Amendment, Line, Record};
use crate::error::{human_size, Error};
use crate::{fsio, store};

/// The history is private to the person.
const NEW_FILE_MODE: u32 = 0o600;
/// Far above the longest valid record (every text at its limit, fully
/// escaped), so only damage reaches it; the parser never sees more.
pub const MAX_LINE: usize = 64 * 1024;
/// Problems kept in full; a file of garbage lines must not turn into
/// millions of messages. The rest are only counted.
pub const MAX_PROBLEMS: usize = 100;
/// serde_json quotes the offending value; a long one is cut to this.
const MAX_MESSAGE: usize = 160;

/// What loading found: the records in file order, the lines skipped, and
/// whether the file as a whole could not be read.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    /// The first [`MAX_PROBLEMS`] lines skipped.
    pub problems: Vec<LineProblem>,
    /// How many more lines were skipped after those.
    pub unreported: usize,
    /// The file exists but is not a readable regular file of a sane size.
    /// A missing file is simply an empty history, not an error.
    pub error: Option<Error>,
}

/// A line that was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    /// 1-based, as editors count.
    pub line: usize,
    pub message: String,
    /// The last line, unfinished and without its newline: a save that was
    /// interrupted.
    pub torn: bool,
}

/// Appends one record as one line and syncs it. If the file ends in the
/// middle of a line (a torn earlier save), a newline goes first so this
/// record stays readable on a line of its own.
pub fn append(path: &Path, record: &Record) -> Result<(), Error> {
    append_lines(path, std::slice::from_ref(&Line::Record(record.clone())))
}

/// Appends lines (sessions and what was added to them) in order, with one
/// write and one sync.
pub fn append_lines(path: &Path, lines: &[Line]) -> Result<(), Error> {
    if lines.is_empty() {
        return Ok(());
    }
    if disk_full_for_tests(path) {
        let full = std::io::Error::from_raw_os_error(libc::ENOSPC);
        return Err(Error::io(path, full));
    }
    let mut json = Vec::with_capacity(lines.len());
    for line in lines {
        let text = match line {
            Line::Record(record) => serde_json::to_string(record),
            Line::Amendment(amendment) => serde_json::to_string(amendment),
        };
        json.push(text.map_err(|error| Error::io(path, error.into()))?);
    }
    let json = json.join("\n");
    let line = if ends_mid_line(path)? {
        format!("\n{json}")
    } else {
        json
    };
    store::append_line(path, &line, NEW_FILE_MODE)
}

/// Reads the whole history. Never fails: problems are reported beside the
/// records that could be read.
pub fn load(path: &Path) -> Loaded {
    match fsio::read_regular(path, fsio::cap::HISTORY) {
        Ok(bytes) => parse(&bytes),
        Err(error) if is_not_found(&error) => Loaded::default(),
        Err(error) => Loaded {
            error: Some(error),
            ..Loaded::default()
        },
    }
}

/// The records in a history file's bytes; blank lines are ignored and each
/// unreadable line is skipped and reported. What was added to a session
/// later (its after check-in, its note) is folded into its record.
pub fn parse(bytes: &[u8]) -> Loaded {
    let mut loaded = Loaded::default();
    // Where each named session's record is, to fold amendments into it.
    let mut by_session: std::collections::HashMap<String, usize> = Default::default();
    for (index, segment) in bytes.split_inclusive(|byte| *byte == b'\n').enumerate() {
        let at_end = !segment.ends_with(b"\n");
        let line = segment.strip_suffix(b"\n").unwrap_or(segment);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = parse_line(line).and_then(|parsed| match parsed {
            Line::Record(record) => {
                if let Some(session) = &record.session {
                    // The same session twice: a write at exit raced one
                    // already under way. It is one session.
                    if by_session.contains_key(session) {
                        return Ok(());
                    }
                    by_session.insert(session.clone(), loaded.records.len());
                }
                loaded.records.push(record);
                Ok(())
            }
            Line::Amendment(amendment) => match by_session.get(&amendment.amends) {
                Some(&at) => {
                    amendment.apply(&mut loaded.records[at]);
                    Ok(())
                }
                None => Err(Skip::from(crate::t!(
                    "history-line-no-session",
                    session = amendment.amends.as_str()
                ))),
            },
        });
        match parsed {
            Ok(()) => {}
            Err(_) if loaded.problems.len() >= MAX_PROBLEMS => loaded.unreported += 1,
            Err(skip) => {
                // Only an unfinished last line is the trace of a cut save;
                // a complete but wrong one is reported like any other.
                let torn = at_end && skip.ends_early;
                loaded.problems.push(LineProblem {
                    line: index + 1,
                    message: if torn {
                        crate::t!("history-line-cut-save").into()
                    } else {
                        skip.message
                    },
                    torn,
                });
            }
        }
    }
    loaded
}

/// Empties the history after copying it to `history.jsonl.backup-DATE`
/// beside it. Returns the backup's path, or `None` when there was nothing
/// to keep (no file, or an empty one).
pub fn clear(path: &Path) -> Result<Option<PathBuf>, Error> {
    // Checked first so a pipe or device in its place is refused, not copied.
    let length = match fsio::open_regular(path, u64::MAX) {
        Ok((_, length)) => length,
        Err(error) if is_not_found(&error) => return Ok(None),
        Err(error) => return Err(error),
    };
    if length == 0 {
        return Ok(None);
    }
    let backup = store::back_up(path)?;
    store::write_atomically(path, b"", NEW_FILE_MODE)?;
    Ok(Some(backup))
}

/// Why a line was skipped.
struct Skip {
    message: String,
    /// The JSON stops before it is complete, as a cut-off write leaves it.
    ends_early: bool,
}

impl From<String> for Skip {
    fn from(message: String) -> Skip {
        Skip {
            message,
            ends_early: false,
        }
    }
}

/// Only an amendment has this field; a record never does.
#[derive(serde::Deserialize)]
struct Kind {
    amends: Option<serde::de::IgnoredAny>,
}

fn parse_line(line: &[u8]) -> Result<Line, Skip> {
    if line.len() > MAX_LINE {
        return Err(crate::t!(
            "history-line-too-long",
            size = human_size(line.len() as u64),
            most = human_size(MAX_LINE as u64)
        )
        .into());
    }
    let skip = |error: serde_json::Error| Skip {
        message: describe(&error),
        ends_early: error.classify() == Category::Eof,
    };
    let kind: Kind = serde_json::from_slice(line).map_err(skip)?;
    if kind.amends.is_some() {
        let amendment: Amendment = serde_json::from_slice(line).map_err(skip)?;
        amendment.check()?;
        return Ok(Line::Amendment(amendment));
    }
    let record: Record = serde_json::from_slice(line).map_err(skip)?;
    record.check()?;
    Ok(Line::Record(record))
}

/// serde_json's message without its "at line 1" (always line 1 here).
fn describe(error: &serde_json::Error) -> String {
    if error.classify() == Category::Eof {
        return crate::t!("history-line-cut", column = error.column());
    }
    let text = error.to_string();
    let text = text.rfind(" at line ").map_or(&*text, |end| &text[..end]);
    let mut short: String = text.chars().take(MAX_MESSAGE).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    crate::t!(
        "history-line-problem",
        problem = short,
        column = error.column()
    )
}

/// For tests: with this variable set, a history file whose folder holds a
/// file named [`DISK_FULL_MARK`] fails to be written as on a full disk
/// ("No space left on device", which Steady says as "the disk is full"),
/// until the mark is removed.
pub const DISK_FULL_HOOK: &str = "STEADY_TEST_DISK_FULL";
pub const DISK_FULL_MARK: &str = "disk-full-for-tests";

fn disk_full_for_tests(path: &Path) -> bool {
    std::env::var_os(DISK_FULL_HOOK).is_some()
        && path
            .parent()
            .is_some_and(|folder| folder.join(DISK_FULL_MARK).exists())
}

fn ends_mid_line(path: &Path) -> Result<bool, Error> {
    let (mut file, length) = match fsio::open_regular(path, u64::MAX) {
        Ok(opened) => opened,
        Err(error) if is_not_found(&error) => return Ok(false),
        Err(error) => return Err(error),
    };
    if length == 0 {
        return Ok(false);
    }
    let mut last = [0u8; 1];
    file.seek(SeekFrom::End(-1))
        .and_then(|_| file.read_exact(&mut last))
        .map_err(|error| Error::io(path, error))?;
    Ok(last[0] != b'\n')
}

fn is_not_found(error: &Error) -> bool {
    matches!(error, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str =
        r#"{"start":"2025-01-31T08:00:00+01:00","id":"box-breathing","practised_seconds":120}"#;

    #[test]
    fn blank_lines_and_crlf_are_fine() {
        let text = format!("{GOOD}\n\n   \n{GOOD}\r\n");
        let loaded = parse(text.as_bytes());
        assert_eq!(loaded.records.len(), 2);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    }

    #[test]
    fn a_complete_last_line_without_newline_is_kept() {
        let loaded = parse(GOOD.as_bytes());
        assert_eq!(loaded.records.len(), 1);
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn each_bad_line_is_reported_with_its_number() {
        let text = format!(
            "{GOOD}\nnot json\n{}\n{}\n{}\n{GOOD}\n{}",
            GOOD.replace("120", "\"two minutes\""),
            GOOD.replace("\"practised", "\"before\":{\"feeling\":9},\"practised"),
            GOOD.replace("\"start\":\"2025-01-31T08:00:00+01:00\",", ""),
            &GOOD[..40],
        );
        let loaded = parse(text.as_bytes());
        assert_eq!(loaded.records.len(), 2);
        let lines: Vec<(usize, bool)> = loaded
            .problems
            .iter()
            .map(|problem| (problem.line, problem.torn))
            .collect();
        assert_eq!(
            lines,
            vec![(2, false), (3, false), (4, false), (5, false), (7, true)]
        );
        let messages: Vec<&str> = loaded.problems.iter().map(|p| &*p.message).collect();
        assert!(messages[1].contains("invalid type"), "{}", messages[1]);
        assert!(
            messages[2].contains("not on the 1–5 scale"),
            "{}",
            messages[2]
        );
        assert!(
            messages[3].contains("missing field `start`"),
            "{}",
            messages[3]
        );
        assert!(
            !messages[1].contains("line 1"),
            "no confusing inner line number"
        );
    }

    #[test]
    fn unknown_fields_from_newer_versions_are_ignored() {
        let text = GOOD.replace("\"id\"", "\"mood_colour\":\"blue\",\"id\"");
        let loaded = parse(text.as_bytes());
        assert_eq!(loaded.records.len(), 1);
    }

    #[test]
    fn a_huge_line_is_refused_before_parsing() {
        let note = "a".repeat(MAX_LINE);
        let text = GOOD.replace("\"id\"", &format!("\"note\":\"{note}\",\"id\""));
        let loaded = parse(format!("{text}\n{GOOD}\n").as_bytes());
        assert_eq!(loaded.records.len(), 1);
        assert_eq!(loaded.problems.len(), 1);
        assert!(loaded.problems[0].message.contains("at most 64 KiB"));
    }

    #[test]
    fn a_long_value_in_a_message_is_cut() {
        let long = "x".repeat(10_000);
        let text = GOOD.replace("120", &format!("\"{long}\""));
        let loaded = parse(text.as_bytes());
        let message = &loaded.problems[0].message;
        assert!(message.len() < 300 && message.contains("…"), "{message}");
    }

    #[test]
    fn invalid_utf8_costs_only_its_line() {
        let mut bytes = GOOD.replace("box-breathing", "box-\u{1}").into_bytes();
        if let Some(at) = bytes.iter().position(|byte| *byte == 1) {
            bytes[at] = 0xff;
        }
        bytes.push(b'\n');
        bytes.extend_from_slice(GOOD.as_bytes());
        let loaded = parse(&bytes);
        assert_eq!(loaded.records.len(), 1);
        assert_eq!(loaded.problems.len(), 1);
        assert_eq!(loaded.problems[0].line, 1);
    }
}
