//! Loading many user files: `steady list` over a config folder holding N
//! exercises (the shipped texts under new ids, as benches/load.rs makes
//! them), timed from spawn to exit, with its peak memory.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use steady::library::SHIPPED;

use crate::process::{quiet, status_kib};

/// A config folder in `folder` with `count` user exercises.
pub fn config_with(folder: &Path, count: usize) -> PathBuf {
    let config = folder.join(format!("config-{count}"));
    let exercises = steady::paths::Paths::at(&config).exercises();
    std::fs::create_dir_all(&exercises).expect("exercises folder");
    for index in 0..count {
        // Real shipped texts under new ids, so each file is a full-size exercise.
        let (_, text) = SHIPPED[index % SHIPPED.len()];
        let original = steady::exercise::parse(text)
            .expect("shipped exercises are valid")
            .id;
        let renamed = text.replacen(&format!("\"{original}\""), &format!("\"user-{index}\""), 1);
        std::fs::write(exercises.join(format!("user-{index:05}.ron")), renamed)
            .expect("write an exercise");
    }
    config
}

pub struct Listed {
    pub wall: Duration,
    /// VmHWM, read every millisecond until the process ends (a peak in its
    /// very last millisecond could be missed).
    pub peak_mib: f64,
    pub lines: usize,
}

/// Runs `steady list` once against `config`.
pub fn list(steady: &Path, config: &Path, folder: &Path) -> Listed {
    let output = folder.join("list.txt");
    let mut command = quiet(steady, folder);
    command
        .arg("list")
        .env("STEADY_CONFIG_DIR", config)
        .env("STEADY_DATA_DIR", config.join("data"))
        .stdout(Stdio::from(
            std::fs::File::create(&output).expect("output file"),
        ));
    let done = AtomicBool::new(false);
    let mut peak_kib = 0;
    let start = Instant::now();
    let mut child = command.spawn().expect("steady list starts");
    let pid = child.id();
    let (wall, status) = std::thread::scope(|scope| {
        let waiter = scope.spawn(|| {
            let status = child.wait().expect("steady list ends");
            let wall = start.elapsed();
            done.store(true, Ordering::Release);
            (wall, status)
        });
        while !done.load(Ordering::Acquire) {
            if let Some(kib) = status_kib(pid, "VmHWM") {
                peak_kib = peak_kib.max(kib);
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        waiter.join().expect("the waiting thread")
    });
    assert!(status.success(), "steady list failed: {status}");
    let text = std::fs::read_to_string(&output).expect("list output");
    assert!(
        !text.contains(": error: "),
        "a generated exercise has a mistake:\n{}",
        text.lines()
            .filter(|line| line.contains(": error: "))
            .take(3)
            .collect::<Vec<_>>()
            .join("\n")
    );
    Listed {
        wall,
        peak_mib: peak_kib as f64 / 1024.0,
        lines: text.lines().count(),
    }
}
