use std::process::ExitCode;

use steady::cli::args::Command;
use steady::cli::{self, print_lines, print_lines_with, say};
use steady::launch::{self, Want};
use steady::library::Library;
use steady::paths::Paths;

fn main() -> ExitCode {
    steady::memory::share_arenas();
    steady::startup::mark("main");
    // The desktop's sound mixer lists Steady by this name (the ALSA route
    // would call it "ALSA plug-in [steady]"). Set before any thread starts.
    std::env::set_var("PULSE_PROP_OVERRIDE_application.name", steady::app_id::NAME);
    std::env::set_var(
        "PULSE_PROP_OVERRIDE_application.icon_name",
        steady::app_id::ICON,
    );
    steady::i18n::init_from_env();
    let args = cli::mistakes::parse();
    let paths = Paths::detect();
    steady::startup::mark("arguments");
    match args.command {
        None if args.background => open(Want::Background, paths),
        None => open(Want::Home, paths),
        Some(Command::Quick) => open(Want::Quick, paths),
        Some(Command::Run {
            exercise,
            lead_in,
            speak,
        }) => {
            let library = Library::load(&paths);
            match library.resolve(&exercise, &paths) {
                Ok(playable) => {
                    let target = cli::absolute_target(&exercise, &playable);
                    let want = Want::Run {
                        playable: Box::new(playable),
                        target,
                        lead_in,
                        speak,
                    };
                    launch::open(want, paths, library)
                }
                Err(error) => {
                    say(&error.to_string());
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::List { ids: false }) => print_lines(&cli::list(&Library::load(&paths))),
        Some(Command::List { ids: true }) => print_lines(&cli::ids(&Library::load(&paths))),
        Some(Command::Completions { shell }) => {
            write_out(|out| out.write_all(cli::manual::completions(shell).as_bytes()))
        }
        Some(Command::Manpage) => {
            write_out(|out| out.write_all(cli::manual::man_page().as_bytes()))
        }
        Some(Command::Import { file }) => {
            let library = Library::load(&paths);
            match steady::userfiles::import(&file, &paths, &library) {
                Ok(target) => print_lines(&[steady::t!(
                    "cli-imported",
                    file = file.display().to_string(),
                    target = target.display().to_string()
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
        Some(Command::Plan { exercise, speak }) => {
            let library = Library::load(&paths);
            match library.resolve(&exercise, &paths) {
                Ok(playable) => {
                    let settings = steady::settings::Settings::peek(&paths.settings());
                    let mut lines = cli::adjustments(&playable);
                    lines.extend(cli::plan(&playable, settings.speech_choice(speak)));
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
    steady::startup::mark("library");
    launch::open(want, paths, library)
}

/// Writes generated text to standard output, like [`print_lines`]: a reader
/// that went away ends quietly, another write error is one line and code 1.
fn write_out(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> ExitCode {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|()| std::io::Write::flush(&mut out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            say(&steady::t!("cli-cannot-write", error = error.to_string()));
            ExitCode::FAILURE
        }
    }
}
