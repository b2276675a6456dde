//! Log-out, shutdown and Ctrl-C (SIGTERM, SIGHUP, SIGINT) end Steady
//! gracefully: the session under way is recorded, sound fades, the instance
//! socket goes. The handlers only set a flag and wake a thread; the thread
//! sends the signal's name to the window as a message. A second signal
//! while Steady is ending ends it at once.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGTERM};

const ENDING: [i32; 3] = [SIGTERM, SIGINT, SIGHUP];

/// The ending signals, caught from now on; what arrives before
/// [`Caught::forward`] waits for it.
pub struct Caught {
    signals: signal_hook::iterator::Signals,
}

/// Installs the handlers; `None` if they could not be installed (Steady
/// then ends as any program does on these signals).
pub fn catch() -> Option<Caught> {
    let second = Arc::new(AtomicBool::new(false));
    for signal in ENDING {
        // The shutdown goes first: it fires only once the flag below is set,
        // that is on the second signal.
        signal_hook::flag::register_conditional_shutdown(signal, 1, second.clone()).ok()?;
        signal_hook::flag::register(signal, second.clone()).ok()?;
    }
    let signals = signal_hook::iterator::Signals::new(ENDING).ok()?;
    Some(Caught { signals })
}

impl Caught {
    /// Starts the thread that hands each signal, by name, to the receiver.
    pub fn forward(mut self) -> Option<async_channel::Receiver<&'static str>> {
        let (sender, receiver) = async_channel::bounded(4);
        std::thread::Builder::new()
            .name("steady-signals".into())
            .spawn(move || {
                for signal in self.signals.forever() {
                    if sender.send_blocking(name(signal)).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(receiver)
    }
}

fn name(signal: i32) -> &'static str {
    match signal {
        SIGTERM => "SIGTERM",
        SIGINT => "SIGINT",
        SIGHUP => "SIGHUP",
        _ => "a signal",
    }
}
