//! Everything iced. The domain modules know nothing of this one.

mod app;
pub mod desktop;
mod display;
mod icon;
pub mod keys;
pub mod screen;
mod signals;
mod sound;
pub mod theme;
pub mod watch;
pub mod widget;
pub mod window;

pub use app::{App, Launch, Message};
pub use sound::{Cues, Sent, Sound, Wanted};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::clock::Clock;
use crate::instance::Listener;
use crate::library::Library;
use crate::paths::Paths;

/// Runs blocking work (reading a folder of files) on its own thread, so
/// neither the window nor the async executor waits for it.
pub fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> impl std::future::Future<Output = Option<T>> + Send + 'static {
    let (done, result) = async_channel::bounded(1);
    let spawned = std::thread::Builder::new()
        .name("steady-work".into())
        .spawn(move || {
            let _ = done.try_send(work());
        });
    async move {
        spawned.ok()?;
        result.recv().await.ok()
    }
}

/// Why the window could not run.
#[derive(Debug)]
pub enum RunError {
    /// No window could be opened: no display, one that does not answer, a
    /// compositor that refused.
    NoWindow(String),
    /// The window was open and something went wrong.
    Stopped(String),
}

/// Set once the first window is open: a failure after that is not about
/// opening a window.
static WINDOW_OPENED: AtomicBool = AtomicBool::new(false);

pub(crate) fn window_opened() {
    if !WINDOW_OPENED.swap(true, Ordering::Relaxed) {
        crate::startup::mark("window opened");
    }
}

/// Runs Steady until it quits: its windows come and go (none while it
/// waits in the background for a reminder). A missing or silent display,
/// or a windowing library that gives up while starting, is an error with a
/// plain message, never a panic. Other `steady` commands are handed over to
/// this one through `listener`, the instance socket.
pub fn run(
    launch: Launch,
    paths: Paths,
    library: Option<Library>,
    listener: Option<Listener>,
) -> Result<(), RunError> {
    let _answered = display::check().map_err(RunError::NoWindow)?;
    crate::startup::mark("display probe");
    let loaded = crate::state::load_both(&paths);
    crate::startup::mark("settings");
    let library = library.unwrap_or_else(|| Library::load(&paths));
    let caught = signals::catch();
    crate::startup::mark("signals");
    // No thread starts before the event loop exists. Opening it, libX11
    // reads the input method's compose table one character at a time, and
    // once a process has a second thread each of those reads takes a lock:
    // 9 ms more before the first frame (measured 2026-12-03).
    let unstarted = Mutex::new(Some((listener, caught)));
    let started = OnceLock::new();
    // Answers other `steady` commands until Steady ends.
    let server = Arc::new(Mutex::new(None));
    let server_kept = server.clone();
    let (tray_sender, tray_choices) = async_channel::bounded(8);
    let boot = move || {
        crate::startup::mark("event loop");
        let (audio, speech, inbox) = started.get_or_init(|| {
            let (listener, caught) = unstarted
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .unwrap_or_default();
            let gain = loaded.settings.gain();
            let audio = crate::audio::Audio::spawn(gain);
            // Idle until a session has words to read aloud: it opens nothing now.
            let speech = crate::speech::Speech::spawn(loaded.settings.voice(), Some(audio.clone()));
            let requests = listener.and_then(|listener| {
                let (server, requests) = listener.serve_channel(8).ok()?;
                *server_kept.lock().unwrap_or_else(PoisonError::into_inner) = Some(server);
                Some(requests)
            });
            let inbox = app::Inbox {
                requests,
                tray: Some(tray_choices.clone()),
                signals: caught.and_then(signals::Caught::forward),
            };
            crate::startup::mark("threads");
            (audio, speech, inbox)
        });
        let (app, task) = App::with_inbox(
            launch.clone(),
            paths.clone(),
            library.clone(),
            loaded.clone(),
            Clock::System,
            Sound::new(Some(audio.clone())).with_speech(speech.clone()),
            inbox.clone(),
        );
        crate::startup::mark("app");
        let app = app.with_tray(tray_sender.clone());
        crate::startup::mark("tray");
        (app, task)
    };
    let outcome = quietly_catching_panics(|| {
        iced::daemon(boot, App::update, App::window_view)
            .title(App::window_title)
            .theme(App::window_theme)
            .subscription(App::subscription)
            .run()
    });
    // Stops answering other `steady` commands and removes the socket, even
    // if iced still holds the boot function.
    drop(server.lock().unwrap_or_else(PoisonError::into_inner).take());
    let failed = match outcome {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(error)) => error.to_string(),
        Err(panic) => panic,
    };
    if WINDOW_OPENED.load(Ordering::Relaxed) {
        Err(RunError::Stopped(failed))
    } else {
        Err(RunError::NoWindow(failed))
    }
}

/// Runs `f`; a panic on this thread becomes an error with its message
/// instead of the default report (the windowing library panics when it
/// cannot start). Other threads report their panics as usual.
fn quietly_catching_panics<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static MESSAGE: Mutex<Option<String>> = Mutex::new(None);
    let previous: std::sync::Arc<dyn Fn(&std::panic::PanicHookInfo<'_>) + Send + Sync> =
        std::sync::Arc::from(std::panic::take_hook());
    let caller = std::thread::current().id();
    let others = previous.clone();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != caller {
            others(info);
            return;
        }
        let text = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| {
                info.payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
            })
            .unwrap_or_else(|| crate::t!("display-window-system-failed").to_owned());
        *MESSAGE.lock().unwrap_or_else(PoisonError::into_inner) = Some(text);
    }));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let _ = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| previous(info)));
    outcome.map_err(|_| {
        MESSAGE
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
            .unwrap_or_else(|| crate::t!("display-window-system-failed").to_owned())
    })
}
