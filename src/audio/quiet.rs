//! Keeps alsa-lib's device-probing chatter off the terminal.

/// Runs `f` with file descriptor 2 pointed at /dev/null, then puts it back.
/// alsa-lib writes straight to fd 2 from C, so Rust's stderr cannot catch it.
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn without_stderr<T>(f: impl FnOnce() -> T) -> T {
    use std::os::fd::AsRawFd;
    let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") else {
        return f();
    };
    // SAFETY: dup/dup2/close are called on descriptors we own or on fd 2, which
    // always exists in a process; a failed dup leaves fd 2 untouched.
    let saved = unsafe { libc::dup(2) };
    if saved < 0 {
        return f();
    }
    unsafe { libc::dup2(null.as_raw_fd(), 2) };
    let result = f();
    unsafe {
        libc::dup2(saved, 2);
        libc::close(saved);
    }
    result
}

#[cfg(not(unix))]
pub fn without_stderr<T>(f: impl FnOnce() -> T) -> T {
    f()
}
