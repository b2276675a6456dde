//! The command line's definitions. `--help`, the man page and the shell
//! completions are all made from these, so they always say the same.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// Short calming exercises: breathing, grounding and muscle relaxation.
#[derive(Parser, Debug)]
#[command(name = "steady", version, about, long_about = LONG_ABOUT)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Start without a window and wait for the next reminder (used when
    /// Steady starts at log-in).
    #[arg(long)]
    pub background: bool,
}

const LONG_ABOUT: &str = "Short calming exercises: breathing, grounding and muscle relaxation.

Without a command, Steady opens its window (or brings a running Steady's window forward).";

/// What FILE means, wherever it appears.
const FILE_HELP: &str = "An exercise or routine file: a plain text file in the RON format \
     ending in .ron, like the ones Steady ships (the format is described in \
     exercise-format.md, in /usr/share/doc/steady or the docs folder of Steady's source)";

/// What ID|FILE means, wherever it appears.
const ID_OR_FILE_HELP: &str = "An exercise or routine: its id, as `steady list` shows it \
     (box-breathing, morning-five), or the path of its .ron file";

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List every exercise and routine: id, kind, length and where it comes from.
    List {
        /// Print only the ids, one a line (for scripts and shell completion).
        #[arg(long)]
        ids: bool,
    },
    /// Check exercise and routine files for mistakes: `FILE: ok (TITLE, m:ss)`,
    /// or `FILE:LINE:COLUMN: error: MESSAGE` for each mistake.
    Check {
        #[arg(required = true, value_name = "FILE", help = FILE_HELP)]
        files: Vec<PathBuf>,
    },
    /// Show the timeline of an exercise or routine, one step a line.
    Plan {
        #[arg(value_name = "ID|FILE", help = ID_OR_FILE_HELP)]
        exercise: String,
    },
    /// Copy a checked exercise or routine file into your exercises folder.
    Import {
        #[arg(value_name = "FILE", help = FILE_HELP)]
        file: PathBuf,
    },
    /// Open the window straight into an exercise or routine.
    Run {
        #[arg(value_name = "ID|FILE", help = ID_OR_FILE_HELP)]
        exercise: String,
        /// Seconds of "get ready" before the first step (0 to 10); 0 starts
        /// as soon as sound is ready.
        #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u8).range(0..=10))]
        lead_in: Option<u8>,
    },
    /// Start the mid-day pause at once (the Two-minute reset, unless you chose another).
    Quick,
    /// Your practice: this week, streaks, the last sessions.
    History {
        /// Every session as CSV, for a spreadsheet.
        #[arg(long, conflicts_with = "journal")]
        csv: bool,
        /// Every note you wrote after a session, by day, newest first.
        #[arg(long)]
        journal: bool,
    },
    /// Print a completion script for a shell (it also completes exercise ids
    /// in bash and fish).
    Completions {
        /// The shell the script is for.
        #[arg(value_enum, value_name = "SHELL")]
        shell: Shell,
    },
    /// Print this manual as a man page (roff), for `man`.
    Manpage,
}

/// The shells `steady completions` writes for.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// The sections after the options, in `--help` and in the man page alike:
/// the title and its lines.
pub const SECTIONS: [(&str, &str); 3] = [
    (
        "Examples",
        "steady                        open the window
steady quick                  a two-minute pause, at once
steady run box-breathing      start box breathing
steady run calm.ron --lead-in 0
                              start your own file, with no get-ready
steady plan morning-five      the steps of a routine, with their times
steady check ~/.config/steady/exercises/*.ron
steady history --csv > practice.csv
steady completions bash > ~/.local/share/bash-completion/completions/steady",
    ),
    (
        "Exit status",
        "0  all went well
1  a file has a mistake (check), a file could not be imported, the output
   could not be written, the window could not open, or a running Steady
   did not take the request
2  the command line is wrong (an unknown command or option, a missing
   argument), or run or plan cannot use what was asked for: no exercise
   has that id, or its file has a mistake",
    ),
    (
        "Files",
        "~/.config/steady/exercises/*.ron    your exercises and routines
~/.config/steady/settings.ron       settings (your choices)
~/.local/share/steady/history.jsonl your practice history
~/.local/state/steady/state.ron     window places, reminder state
$XDG_CONFIG_HOME, $XDG_DATA_HOME and $XDG_STATE_HOME replace ~/.config,
~/.local/share and ~/.local/state; STEADY_CONFIG_DIR replaces the whole
config folder and, unless STEADY_DATA_DIR or STEADY_STATE_DIR is set, holds
the data and the state too.",
    ),
];

/// The whole command line, with [`SECTIONS`] after the options.
pub fn command() -> clap::Command {
    let after: Vec<String> = SECTIONS
        .iter()
        .map(|(title, text)| {
            let indented: Vec<String> = text.lines().map(|line| format!("  {line}")).collect();
            format!("{title}:\n{}", indented.join("\n"))
        })
        .collect();
    Args::command().after_help(after.join("\n\n"))
}

/// The arguments Steady was started with; wrong ones print a message and
/// exit with code 2 (help and version exit with 0).
pub fn parse() -> Args {
    let matches = command().get_matches();
    Args::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}
