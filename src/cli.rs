//! What the `steady` subcommands print, as plain functions of the library, so
//! they are tested without spawning a process; and output that never panics.
//! The definitions of the arguments are in `args`, the man page and the
//! completion scripts made from them in `manual`.

pub mod args;
pub mod manual;
pub mod mistakes;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::audio::recorded;
use crate::check::{self, Checked};
use crate::error::Error;
use crate::library::{Library, Playable};
use crate::paths::Paths;
use crate::timeline::{format_clock, format_precise};

/// `steady list`: one line per exercise and routine, then one per problem
/// of a broken file.
pub fn list(library: &Library) -> Vec<String> {
    let rows: Vec<(&str, &str, std::time::Duration, String)> = library
        .entries()
        .iter()
        .map(|entry| {
            (
                entry.id(),
                entry.kind().word(),
                entry.total,
                entry.origin.describe(),
            )
        })
        .chain(library.routines().iter().map(|entry| {
            (
                entry.id(),
                crate::t!("kind-word-routine"),
                entry.total(),
                entry.origin.describe(),
            )
        }))
        .collect();
    let id_width = rows.iter().map(|row| row.0.len()).max().unwrap_or(0);
    let mut lines: Vec<String> = rows
        .iter()
        .map(|(id, kind, total, origin)| {
            format!(
                "{id:id_width$}  {kind:10}  {:>6}  {origin}",
                format_clock(*total)
            )
        })
        .collect();
    for broken in library.broken() {
        lines.extend(
            broken
                .errors
                .iter()
                .map(|error| error_line(&broken.path, error)),
        );
    }
    lines
}

/// `steady list --ids`: the ids alone, exercises then routines.
pub fn ids(library: &Library) -> Vec<String> {
    let exercises = library.entries().iter().map(|entry| entry.id().to_owned());
    let routines = library.routines().iter().map(|entry| entry.id().to_owned());
    exercises.chain(routines).collect()
}

/// `FILE:LINE:COLUMN: warning: MESSAGE` for a recording that cannot be
/// played, pointing at where the file names it.
fn warning_line(path: &Path, text: &str, problem: &Error) -> String {
    let file = path.display().to_string();
    let position = match problem {
        Error::Recording { file, .. } => crate::exercise::position_of_name(text, file),
        _ => None,
    };
    match position {
        Some((line, column)) => crate::t!(
            "cli-warning-at",
            file = file,
            position = format!("{line}:{column}"),
            message = problem.to_string()
        ),
        None => crate::t!("cli-warning", file = file, message = problem.to_string()),
    }
}

/// `FILE:LINE:COLUMN: error: MESSAGE`, or `FILE: error: MESSAGE` without a position.
pub fn error_line(path: &Path, error: &Error) -> String {
    let file = path.display().to_string();
    match error.position() {
        Some((line, column)) => crate::t!(
            "cli-error-at",
            file = file,
            position = format!("{line}:{column}"),
            message = error.message()
        ),
        None => crate::t!("cli-error", file = file, message = error.message()),
    }
}

/// `steady check`: the lines to print for one file, and whether it is fine.
/// Every problem is listed; sound files are decoded; a routine's parts are
/// checked against the library. A recording that cannot be played is a
/// warning: the exercise still runs, that step with its cue alone.
pub fn check(path: &Path, paths: &Paths, library: &Library) -> (Vec<String>, bool) {
    let sounds = paths.sounds();
    let checked = check::read_file(path, &sounds).and_then(|(checked, text)| match checked {
        Checked::Exercise(exercise) => {
            let warnings: Vec<String> = recorded::problems(&exercise, &sounds)
                .iter()
                .map(|problem| warning_line(path, &text, problem))
                .collect();
            check::check_fully(*exercise, &text, &sounds).map(|exercise| {
                (
                    exercise.title.clone(),
                    crate::exercise::steps::total(&exercise),
                    warnings,
                )
            })
        }
        Checked::Routine(_) => library
            .resolve(&path.display().to_string(), paths)
            .map(|playable| (playable.title, playable.timeline.total(), Vec::new()))
            .map_err(|error| match error {
                Error::Broken { errors, .. } => errors,
                other => vec![other],
            }),
    });
    match checked {
        Ok((title, total, mut lines)) => {
            lines.push(crate::t!(
                "cli-check-ok",
                file = path.display().to_string(),
                title = title,
                length = format_clock(total)
            ));
            (lines, true)
        }
        Err(errors) => (
            errors.iter().map(|error| error_line(path, error)).collect(),
            false,
        ),
    }
}

/// The plan's kind column: as wide as the longest kind word in the
/// person's language, so the words after it line up.
fn kind_width() -> usize {
    [
        crate::t!("plan-kind-inhale"),
        crate::t!("plan-kind-hold"),
        crate::t!("plan-kind-exhale"),
        crate::t!("plan-kind-hold-empty"),
        crate::t!("plan-kind-prompt"),
        crate::t!("plan-kind-tense"),
        crate::t!("plan-kind-release"),
        crate::t!("plan-kind-transition"),
        crate::t!("plan-kind-end"),
    ]
    .iter()
    .map(|word| word.chars().count())
    .max()
    .unwrap_or(10)
}

/// `steady plan`: `START END KIND HEARD LABEL [cue]` per segment, then
/// `total m:ss`. HEARD says whether the step plays the person's recording,
/// has its words read aloud with `choice` (the settings, or `--speak`), or
/// neither.
pub fn plan(playable: &Playable, choice: crate::speech::Choice) -> Vec<String> {
    let timeline = &playable.timeline;
    let routine = timeline.parts().len() > 1;
    let width = kind_width();
    let spoken = crate::t!("plan-spoken");
    let silent = crate::t!("plan-silent");
    let recorded = crate::t!("plan-recorded");
    let heard_width = [&spoken, &silent, &recorded]
        .iter()
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(8);
    let mut lines: Vec<String> = timeline
        .segments()
        .iter()
        .map(|segment| {
            let cue = segment
                .cue
                .as_ref()
                .map(|cue| format!("  [{cue}]"))
                .unwrap_or_default();
            let part = if routine {
                format!("{}: ", timeline.parts()[segment.part].title)
            } else {
                String::new()
            };
            let heard = if segment.recording.is_some() {
                &recorded
            } else if crate::speech::heard(segment, choice).is_some() {
                &spoken
            } else {
                &silent
            };
            format!(
                "{:>6}  {:>6}  {:width$}  {heard:heard_width$}  {part}{}{cue}",
                format_precise(segment.start),
                format_precise(segment.end()),
                segment.kind.word(),
                segment.label,
            )
        })
        .collect();
    if let Some(cue) = timeline.end_cue() {
        lines.push(format!(
            "{:>6}  {:>6}  {:width$}  {:heard_width$}  {}  [{cue}]",
            format_precise(timeline.total()),
            format_precise(timeline.total()),
            crate::t!("plan-kind-end"),
            "",
            crate::t!("plan-finished")
        ));
    }
    lines.push(crate::t!(
        "plan-total",
        length = format_clock(timeline.total())
    ));
    lines
}

/// For a routine: how each part was fitted to its length, in words.
pub fn adjustments(playable: &Playable) -> Vec<String> {
    playable.fitted.clone()
}

/// Prints lines to standard output. A reader that went away (`| head`) ends
/// the command quietly; any other write error is one line and exit code 1.
pub fn print_lines(lines: &[String]) -> ExitCode {
    print_lines_with(lines, ExitCode::SUCCESS)
}

/// [`print_lines`], exiting with `code` when the lines were written.
pub fn print_lines_with(lines: &[String], code: ExitCode) -> ExitCode {
    print_with(
        |out| {
            let mut out = std::io::BufWriter::new(out);
            lines
                .iter()
                .try_for_each(|line| writeln!(out, "{line}"))
                .and_then(|()| out.flush())
        },
        code,
    )
}

/// Lets `write` write standard output as it likes (text that is not lines,
/// such as CSV with line breaks inside fields), ending as [`print_lines`]
/// does: quietly if the reader went away, one line and exit code 1 on any
/// other error, else `code`.
pub fn print_with(
    write: impl FnOnce(&mut std::io::StdoutLock<'static>) -> std::io::Result<()>,
    code: ExitCode,
) -> ExitCode {
    let written = write(&mut std::io::stdout().lock());
    match written {
        Ok(()) => code,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(error) => {
            say(&crate::t!("cli-cannot-write", error = error.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// One line on standard error, `steady: MESSAGE`, never panicking if
/// standard error is closed.
pub fn say(message: &str) {
    let _ = writeln!(std::io::stderr(), "steady: {message}");
}

/// How a running Steady finds what `steady run ARG` asked for: the id, or
/// the file's absolute path (the running Steady has another working folder).
pub fn absolute_target(argument: &str, playable: &Playable) -> String {
    match &playable.origin {
        crate::library::Origin::File(path)
            if argument.ends_with(".ron") || Path::new(argument).exists() =>
        {
            std::fs::canonicalize(path)
                .map_or_else(|_| playable.id.clone(), |path| path.display().to_string())
        }
        _ => playable.id.clone(),
    }
}
