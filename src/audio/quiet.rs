//! Keeps alsa-lib's device-probing chatter off the terminal without hiding
//! anyone else's messages: alsa-lib's own thread-local error handler, on the
//! audio owner's thread only (where devices are probed and opened), sends
//! what it would print into a small buffer instead. Standard error is never
//! touched, so a panic message anywhere else is still seen.

/// Installs a fresh quiet buffer for the calling thread, dropping the last
/// one (so what was caught does not pile up over retries).
#[cfg(target_os = "linux")]
pub fn quiet_alsa_on_this_thread() {
    let _ = alsa::Output::local_error_handler();
}

#[cfg(not(target_os = "linux"))]
pub fn quiet_alsa_on_this_thread() {}
