//! Opening Steady's window, once: the first `steady` runs the app; a second
//! `steady`, `steady run ID` or `steady quick` hands its request to the
//! running one and exits.

use std::process::ExitCode;

use crate::cli::say;
use crate::instance::{launcher_token, Claim, Handover, Instance, Listener, Reply, Request};
use crate::library::{Library, Playable};
use crate::paths::Paths;
use crate::ui::{Launch, RunError};

/// What this start of Steady should do.
pub enum Want {
    Home,
    /// An exercise, already found; `target` is how the running instance finds it.
    Run {
        playable: Box<Playable>,
        target: String,
        lead_in: Option<u8>,
        /// Read the steps aloud this time (`--speak`).
        speak: bool,
    },
    /// The mid-day pause (`steady quick`).
    Quick,
    /// No window: wait for reminders (started at log-in).
    Background,
}

/// Runs the window for `want`, or hands it to Steady if it is already running.
pub fn open(want: Want, paths: Paths, library: Library) -> ExitCode {
    let instance = Instance::detect();
    let claim = instance.claim();
    crate::startup::mark("instance socket");
    match claim {
        Ok(Claim::Secondary) => hand_over(&instance, want),
        // Bound now, so a second `steady` finds it; it answers once the
        // window's event loop runs (crate::ui::run).
        Ok(Claim::Primary(listener)) => run(want, paths, library, Some(listener)),
        // Without a private runtime folder Steady still runs, just not as one instance.
        Err(_) => run(want, paths, library, None),
    }
}

fn hand_over(instance: &Instance, want: Want) -> ExitCode {
    let request = match want {
        // Already waiting in the background: nothing to do.
        Want::Background => return ExitCode::SUCCESS,
        Want::Home => Request::Show,
        Want::Quick => Request::Quick,
        Want::Run {
            target,
            lead_in,
            speak,
            ..
        } => Request::Run {
            target,
            lead_in,
            speak,
        },
    };
    match instance.hand_over(&Handover::new(request, launcher_token())) {
        Ok(Reply::Accepted) => ExitCode::SUCCESS,
        Ok(Reply::Refused(why)) => {
            say(&crate::t!("cli-handover-refused", why = why));
            ExitCode::FAILURE
        }
        Err(error) => {
            say(&crate::t!("cli-handover-failed", error = error.to_string()));
            ExitCode::FAILURE
        }
    }
}

fn run(want: Want, paths: Paths, library: Library, listener: Option<Listener>) -> ExitCode {
    move_old_autostart();
    crate::startup::mark("autostart entry");
    let launch = match want {
        Want::Home => Launch::Home,
        Want::Background => Launch::Background,
        Want::Run {
            playable,
            lead_in,
            speak,
            ..
        } => Launch::Player {
            playable,
            lead_in: lead_in.map(u64::from),
            speak,
        },
        Want::Quick => Launch::Quick,
    };
    match crate::ui::run(launch, paths, Some(library), listener) {
        Ok(()) => ExitCode::SUCCESS,
        Err(RunError::NoWindow(why)) => {
            say(&crate::t!("cli-no-window", why = why));
            ExitCode::FAILURE
        }
        Err(RunError::Stopped(why)) => {
            say(&crate::t!("cli-stopped", why = why));
            ExitCode::FAILURE
        }
    }
}

/// Moves a log-in entry made before the application id to the id's name.
/// Only the Steady that owns the window does it, so two never race.
fn move_old_autostart() {
    let (Some(folder), Ok(program)) = (crate::autostart::folder(), std::env::current_exe()) else {
        return;
    };
    if let Err(error) = crate::autostart::migrate(&folder, &program) {
        say(&crate::t!(
            "cli-autostart-update",
            error = error.to_string()
        ));
    }
}
