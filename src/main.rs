use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use steady::cli;
use steady::library::Library;
use steady::paths::Paths;
use steady::ui::Launch;

/// Short calming exercises: breathing, grounding and muscle relaxation.
#[derive(Parser)]
#[command(name = "steady", version, about)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// List every exercise: id, kind, length and where it comes from.
    List,
    /// Check exercise files for mistakes.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show the timeline of an exercise, one step a line.
    Plan {
        #[arg(value_name = "ID|FILE")]
        exercise: String,
    },
    /// Open the window straight into an exercise.
    Run {
        #[arg(value_name = "ID|FILE")]
        exercise: String,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    let paths = Paths::detect();
    match args.command {
        None => open_window(Launch::Home, paths),
        Some(Command::Run { exercise }) => {
            let library = Library::load(&paths.exercises());
            match library.resolve(&exercise) {
                Ok(entry) => open_window(Launch::Player(entry), paths),
                Err(error) => {
                    eprintln!("steady: {error}");
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::List) => {
            let library = Library::load(&paths.exercises());
            print_lines(&cli::list(&library));
            ExitCode::SUCCESS
        }
        Some(Command::Check { files }) => {
            let mut all_ok = true;
            for file in &files {
                let (lines, ok) = cli::check(file, |entry| {
                    steady::audio::cues::validate(&entry.exercise, &paths.sounds())
                });
                print_lines(&lines);
                all_ok &= ok;
            }
            if all_ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Some(Command::Plan { exercise }) => {
            let library = Library::load(&paths.exercises());
            match library.resolve(&exercise) {
                Ok(entry) => {
                    print_lines(&cli::plan(&entry));
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("steady: {error}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn open_window(launch: Launch, paths: Paths) -> ExitCode {
    match steady::ui::run(launch, paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("steady: could not open the window: {error}");
            ExitCode::FAILURE
        }
    }
}

fn print_lines(lines: &[String]) {
    for line in lines {
        println!("{line}");
    }
}
