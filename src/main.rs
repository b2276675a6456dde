use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use steady::cli::{self, print_lines, print_lines_with, say};
use steady::library::Library;
use steady::paths::Paths;
use steady::ui::{Launch, RunError};

/// Short calming exercises: breathing, grounding and muscle relaxation.
#[derive(Parser)]
#[command(name = "steady", version, about)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
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
}

fn main() -> ExitCode {
    // The desktop's sound mixer lists Steady by this name (the ALSA route
    // would call it "ALSA plug-in [steady]"). Set before any thread starts.
    std::env::set_var("PULSE_PROP_OVERRIDE_application.name", "Steady");
    std::env::set_var("PULSE_PROP_OVERRIDE_application.icon_name", "steady");
    let args = Args::parse();
    let paths = Paths::detect();
    match args.command {
        None => open_window(Launch::Home, paths, None),
        Some(Command::Run { exercise, lead_in }) => {
            let library = Library::load(&paths);
            match library.resolve(&exercise, &paths) {
                Ok(playable) => open_window(
                    Launch::Player {
                        playable,
                        lead_in: lead_in.map(u64::from),
                    },
                    paths,
                    Some(library),
                ),
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
                    let mut lines = cli::adjustments(&library, &playable);
                    lines.extend(cli::plan(&playable));
                    print_lines(&lines)
                }
                Err(error) => {
                    say(&error.to_string());
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn open_window(launch: Launch, paths: Paths, library: Option<Library>) -> ExitCode {
    match steady::ui::run(launch, paths, library) {
        Ok(()) => ExitCode::SUCCESS,
        Err(RunError::NoWindow(why)) => {
            say(&format!("cannot open a window: {why}"));
            ExitCode::FAILURE
        }
        Err(RunError::Stopped(why)) => {
            say(&format!("stopped unexpectedly: {why}"));
            ExitCode::FAILURE
        }
    }
}
