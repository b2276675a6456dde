//! Start-up timings, for scripts/bench: with `STEADY_STARTUP_TIMES` set,
//! each step on the way to the first frame writes `startup: STEP
//! MICROSECONDS` (the wall clock, since 1970) to standard error, so the
//! bench can place it against the moment it spawned Steady. Otherwise a
//! step costs one look at a flag.

use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// Notes that `step` just ended.
pub fn mark(step: &str) {
    static ON: OnceLock<bool> = OnceLock::new();
    if *ON.get_or_init(|| std::env::var_os("STEADY_STARTUP_TIMES").is_some()) {
        let micros = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_micros());
        eprintln!("startup: {step} {micros}");
    }
}

/// Notes `step` the first time only (for steps that repeat, like drawing).
pub fn mark_once(step: &'static str, done: &std::sync::atomic::AtomicBool) {
    if !done.swap(true, std::sync::atomic::Ordering::Relaxed) {
        mark(step);
    }
}
