use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use steady::cli::{self, print_lines, print_lines_with, say};
use steady::launch::{self, Want};
use steady::library::Library;
use steady::paths::Paths;

/// Short calming exercises: breathing, grounding and muscle relaxation.
#[derive(Parser)]
#[command(name = "steady", version, about)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Start without a window and wait for the next reminder (used when
    /// Steady starts at log-in).
    #[arg(long)]
    background: bool,
}

#[derive(Subcommand)]
enum Command {
    /// List every exercise and routine: id, kind, length and where it comes from.
    List,
    /// Check exercise and routine files for mistakes.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show the timeline of an exercise or routine, one step a line.
    Plan {
        #[arg(value_name = "ID|FILE")]
        exercise: String,
    },
    /// Copy a checked exercise or routine file into your exercises folder.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Open the window straight into an exercise or routine.
    Run {
        #[arg(value_name = "ID|FILE")]
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
}

fn main() -> ExitCode {
    // The desktop's sound mixer lists Steady by this name (the ALSA route
    // would call it "ALSA plug-in [steady]"). Set before any thread starts.
    std::env::set_var("PULSE_PROP_OVERRIDE_application.name", "Steady");
    std::env::set_var("PULSE_PROP_OVERRIDE_application.icon_name", "steady");
    let args = Args::parse();
    let paths = Paths::detect();
    match args.command {
        None if args.background => open(Want::Background, paths),
        None => open(Want::Home, paths),
        Some(Command::Quick) => open(Want::Quick, paths),
        Some(Command::Run { exercise, lead_in }) => {
            let library = Library::load(&paths);
            match library.resolve(&exercise, &paths) {
                Ok(playable) => {
                    let target = cli::absolute_target(&exercise, &playable);
                    let want = Want::Run {
                        playable: Box::new(playable),
                        target,
                        lead_in,
                    };
                    launch::open(want, paths, library)
                }
                Err(error) => {
                    say(&error.to_string());
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::List) => print_lines(&cli::list(&Library::load(&paths))),
        Some(Command::Import { file }) => {
            let library = Library::load(&paths);
            match steady::userfiles::import(&file, &paths, &library) {
                Ok(target) => print_lines(&[format!(
                    "Imported {} as {}.",
                    file.display(),
                    target.display()
                )]),
                Err(error) => {
                    say(&error.to_string());
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Check { files }) => {
            let library = Library::load(&paths);
            let mut lines = Vec::new();
            let mut all_ok = true;
            for file in &files {
                let (more, ok) = cli::check(file, &paths, &library);
                lines.extend(more);
                all_ok &= ok;
            }
            let code = if all_ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
            print_lines_with(&lines, code)
        }
        Some(Command::Plan { exercise }) => {
            let library = Library::load(&paths);
            match library.resolve(&exercise, &paths) {
                Ok(playable) => {
                    let mut lines = cli::adjustments(&playable);
                    lines.extend(cli::plan(&playable));
                    print_lines(&lines)
                }
                Err(error) => {
                    say(&error.to_string());
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::History { csv, journal }) => {
            let loaded = steady::history::load(&paths.history());
            if csv {
                cli::print_with(
                    |out| steady::history::write_csv(&loaded.records, out),
                    ExitCode::SUCCESS,
                )
            } else if journal {
                let today = chrono::Local::now().date_naive();
                print_lines(&steady::history::journal_lines(&loaded, today))
            } else {
                let today = chrono::Local::now().date_naive();
                print_lines(&steady::history::summary_lines(&loaded, today))
            }
        }
    }
}

fn open(want: Want, paths: Paths) -> ExitCode {
    let library = Library::load(&paths);
    launch::open(want, paths, library)
}
