//! Sound's threads ask for a higher scheduling priority, as sound servers
//! do: on a busy machine a thread at the usual priority waits its turn
//! behind everything else, and a cue due now is heard late, or the output
//! runs dry and a cue is lost. Best effort: where the system does not allow
//! it (most desktops give ordinary programs no higher priority), the
//! thread simply keeps the usual one.

/// The niceness PulseAudio asks for its own threads.
const NICE: i32 = -11;

/// Raises the calling thread's priority if the system allows it.
pub fn raise_this_thread() {
    let thread = rustix::thread::gettid();
    // On Linux a thread id names that one thread for setpriority.
    let _ = rustix::process::setpriority_process(Some(thread), NICE);
}
