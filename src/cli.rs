//! What the `steady` subcommands print, as plain functions of the library, so
//! they are tested without spawning a process.

use std::path::Path;

use crate::error::Error;
use crate::library::{self, Entry, Library};
use crate::timeline::{format_clock, format_precise};

/// `steady list`: one line per exercise, then one per broken file.
pub fn list(library: &Library) -> Vec<String> {
    let id_width = library
        .entries()
        .iter()
        .map(|entry| entry.id().len())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<String> = library
        .entries()
        .iter()
        .map(|entry| {
            format!(
                "{:id_width$}  {:10}  {:>6}  {}",
                entry.id(),
                entry.kind().word(),
                format_clock(entry.timeline.total()),
                entry.origin.describe(),
            )
        })
        .collect();
    for broken in library.broken() {
        lines.push(error_line(&broken.path, &broken.error));
    }
    lines
}

/// `FILE:LINE:COLUMN: error: MESSAGE`, or `FILE: error: MESSAGE` without a position.
pub fn error_line(path: &Path, error: &Error) -> String {
    match error.position() {
        Some((line, column)) => format!(
            "{}:{line}:{column}: error: {}",
            path.display(),
            error.message()
        ),
        None => format!("{}: error: {}", path.display(), plain_message(error)),
    }
}

/// The message without a repeated path for I/O errors.
fn plain_message(error: &Error) -> String {
    match error {
        Error::Io { source, .. } => source.to_string(),
        other => other.message(),
    }
}

/// `steady check`: the lines to print for one file, and whether it is fine.
/// `extra_checks` adds checks beyond the format (the audio cues).
pub fn check(path: &Path, extra_checks: impl Fn(&Entry) -> Vec<Error>) -> (Vec<String>, bool) {
    match library::read_exercise(path) {
        Ok((exercise, text)) => {
            let entry = Entry::new(library::Origin::File(path.to_path_buf()), exercise);
            let problems = extra_checks(&entry);
            if problems.is_empty() {
                let line = format!(
                    "{}: ok ({}, {})",
                    path.display(),
                    entry.exercise.title,
                    format_clock(entry.timeline.total())
                );
                return (vec![line], true);
            }
            let lines = problems
                .iter()
                .map(|problem| error_line(path, &locate_cue_problem(&text, problem)))
                .collect();
            (lines, false)
        }
        Err(error) => (vec![error_line(path, &error)], false),
    }
}

/// Points a cue problem at the first place its name appears in the file.
fn locate_cue_problem(text: &str, problem: &Error) -> Error {
    let Error::Sound { cue, message } = problem else {
        return problem.clone();
    };
    let needle = format!("\"{cue}\"");
    let Some(offset) = text.find(&needle) else {
        return problem.clone();
    };
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    Error::Invalid {
        place: format!("cue \"{cue}\""),
        message: message.clone(),
        line,
        column,
    }
}

/// `steady plan`: `START END KIND LABEL [cue]` per segment, then `total m:ss`.
pub fn plan(entry: &Entry) -> Vec<String> {
    let timeline = &entry.timeline;
    let mut lines: Vec<String> = timeline
        .segments()
        .iter()
        .map(|segment| {
            let cue = segment
                .cue
                .as_ref()
                .map(|cue| format!("  [{cue}]"))
                .unwrap_or_default();
            format!(
                "{:>6}  {:>6}  {:10}  {}{cue}",
                format_precise(segment.start),
                format_precise(segment.end()),
                segment.kind.word(),
                segment.label,
            )
        })
        .collect();
    if let Some(cue) = timeline.end_cue() {
        lines.push(format!(
            "{:>6}  {:>6}  {:10}  {}  [{cue}]",
            format_precise(timeline.total()),
            format_precise(timeline.total()),
            "end",
            "Finished"
        ));
    }
    lines.push(format!("total {}", format_clock(timeline.total())));
    lines
}
