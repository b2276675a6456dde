//! `steady history --csv`: every record as one CSV row (RFC 4180 quoting
//! by the `csv` crate, `\n` line ends), for a spreadsheet or the person's own
//! tools. The same rows go to standard output and to the exported file.

use std::borrow::Cow;
use std::io::{self, Write};

use super::record::{CheckIn, Record};

pub const HEADER: [&str; 14] = [
    "start",
    "id",
    "title",
    "routine",
    "planned_seconds",
    "practised_seconds",
    "finished",
    "stopped_part",
    "stopped_step",
    "before_feeling",
    "before_words",
    "after_feeling",
    "after_words",
    "note",
];

/// Writes a header row, then one row per record in the order given, to
/// `out` as it goes. A field is quoted only when it holds a comma, a quote
/// or a line break (kept as it is, `\r` too); quotes inside are doubled.
/// The first error from `out` ends the writing and is returned as it came.
pub fn write_csv(records: &[Record], out: impl Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER).map_err(into_io)?;
    for record in records {
        writer
            .write_record(row(record).iter().map(|field| field.as_bytes()))
            .map_err(into_io)?;
    }
    writer.flush()
}

/// [`write_csv`] into a string, for the file the history screen exports.
pub fn to_csv(records: &[Record]) -> String {
    let mut bytes = Vec::new();
    // Writing into memory cannot fail, and every field is text already.
    let _ = write_csv(records, &mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The writer's own error, with the kind of the I/O error inside it kept
/// (a closed pipe must still read as one).
fn into_io(error: csv::Error) -> io::Error {
    if !error.is_io_error() {
        return io::Error::other(error);
    }
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn row(record: &Record) -> [Cow<'_, str>; 14] {
    let stopped = record.stopped_at.as_ref();
    let (before_feeling, before_words) = check_in(record.before.as_ref());
    let (after_feeling, after_words) = check_in(record.after.as_ref());
    [
        record.start.to_rfc3339().into(),
        text(&record.id),
        text(&record.title),
        record.routine.to_string().into(),
        record.planned_seconds.to_string().into(),
        record.practised_seconds.to_string().into(),
        record.finished.to_string().into(),
        text(stopped.and_then(|at| at.part.as_deref()).unwrap_or("")),
        text(stopped.map_or("", |at| &at.step)),
        before_feeling,
        before_words,
        after_feeling,
        after_words,
        text(record.note.as_deref().unwrap_or("")),
    ]
}

fn check_in(check_in: Option<&CheckIn>) -> (Cow<'static, str>, Cow<'static, str>) {
    check_in.map_or((Cow::Borrowed(""), Cow::Borrowed("")), |check_in| {
        (
            check_in.feeling.get().to_string().into(),
            text(&check_in.words.join(";")).into_owned().into(),
        )
    })
}

/// Text the person or an exercise file wrote. A spreadsheet runs a cell
/// starting with `=`, `+`, `-` or `@` as a formula, so such text (from a
/// shared exercise's title, say) gets a leading `'`, as OWASP advises.
fn text(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(field: &str) -> String {
        let mut out = Vec::new();
        let mut writer = csv::Writer::from_writer(&mut out);
        writer.write_record(["x", field]).expect("write");
        writer.flush().expect("flush");
        drop(writer);
        let line = String::from_utf8(out).expect("text");
        line["x,".len()..line.len() - 1].to_owned()
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(quoted("calm"), "calm");
        assert_eq!(quoted("calm, then tired"), "\"calm, then tired\"");
        assert_eq!(quoted("a \"good\" one"), "\"a \"\"good\"\" one\"");
        assert_eq!(quoted("two\nlines"), "\"two\nlines\"");
        assert_eq!(quoted("two\r\nlines"), "\"two\r\nlines\"");
        assert_eq!(quoted(""), "");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(text("=1+1"), "'=1+1");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("calm = good"), "calm = good");
    }

    #[test]
    fn no_records_is_only_the_header() {
        assert_eq!(to_csv(&[]), format!("{}\n", HEADER.join(",")));
    }
}
