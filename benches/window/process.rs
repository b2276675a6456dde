//! Starting programs quietly, and reading what the kernel knows about them:
//! resident memory, its peak, and wake-ups (CPU time and the guard that
//! always ends them are the tests' own, in tests/support).

use std::path::Path;
use std::process::{Command, Stdio};

/// A line of `/proc/PID/status` in KiB (VmRSS, VmHWM).
pub fn status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

pub fn rss_mib(pid: u32) -> f64 {
    status_kib(pid, "VmRSS").map_or(f64::NAN, |kib| kib as f64 / 1024.0)
}

/// Runs `xdotool ARGS` on `display`; its output if it succeeded.
pub fn xdotool(display: &str, args: &[&str]) -> Option<String> {
    let output = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A command with nothing of the person's session (the tests' clean
/// environment: no display, sound server or D-Bus session but the ones
/// given later, so no notification or tray icon reaches their desktop),
/// its folders in `folder`, output to a log there.
pub fn quiet(program: &Path, folder: &Path) -> Command {
    let mut command = crate::support::clean_command(program, folder);
    command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(
        std::fs::File::create(folder.join("stderr.log"))
            .map_or_else(|_| Stdio::null(), Stdio::from),
    );
    command
}

pub fn median(values: &[f64]) -> f64 {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    }
}

/// Times the process's threads have been put to sleep and woken so far,
/// all threads together: what a quiet program keeps near zero.
pub fn wakeups(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return 0;
    };
    tasks
        .flatten()
        .filter_map(|task| std::fs::read_to_string(task.path().join("status")).ok())
        .flat_map(|status| {
            status
                .lines()
                .filter_map(|line| {
                    let (name, value) = line.split_once(':')?;
                    name.ends_with("ctxt_switches")
                        .then(|| value.trim().parse::<u64>().ok())?
                })
                .collect::<Vec<_>>()
        })
        .sum()
}
