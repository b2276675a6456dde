//! How the C library's allocator holds memory. glibc gives each thread
//! that allocates an arena of its own (up to eight per core), and every
//! arena keeps some of what was freed in it for later. Steady has a dozen
//! threads (sound, speech, the desktop's D-Bus, the folder watcher), most of
//! them asleep, and the sound output's threads start with the first
//! session, so each kept a little: box breathing held about 0.1 MiB more
//! over the home window (docs/performance.md, 2026-12-03). Two arenas are
//! plenty for threads that rarely allocate at the same time.

/// Caps the allocator's arenas at two. Call it first thing in `main`,
/// before any thread starts.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn share_arenas() {
    // SAFETY: mallopt only sets a limit that glibc reads when a thread first
    // allocates; it is called before any other thread exists. A refusal
    // (return value 0) leaves glibc's default, which is also correct.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Other C libraries keep their own ways.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn share_arenas() {}
