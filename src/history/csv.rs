//! `steady history --csv`: every record as one CSV row (RFC 4180 quoting,
//! `\n` line ends), for a spreadsheet or the person's own tools.

use std::borrow::Cow;

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

/// A header row, then one row per record in the order given.
pub fn to_csv(records: &[Record]) -> String {
    let mut out = String::new();
    push_row(&mut out, HEADER.map(Cow::Borrowed));
    for record in records {
        push_row(&mut out, row(record));
    }
    out
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

fn push_row<'a>(out: &mut String, fields: impl IntoIterator<Item = Cow<'a, str>>) {
    for (index, field) in fields.into_iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        push_field(out, &field);
    }
    out.push('\n');
}

/// Quotes a field only when it must be: it holds a comma, a quote or a line
/// break. Quotes inside are doubled.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(field: &str) -> String {
        let mut out = String::new();
        push_field(&mut out, field);
        out
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(quoted("calm"), "calm");
        assert_eq!(quoted("calm, then tired"), "\"calm, then tired\"");
        assert_eq!(quoted("a \"good\" one"), "\"a \"\"good\"\" one\"");
        assert_eq!(quoted("two\nlines"), "\"two\nlines\"");
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
