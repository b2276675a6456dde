//! Waiting for a reminder in the background (`steady --background`, no
//! window) against the home window left alone: CPU, memory and how often
//! the process wakes up.

use std::time::{Duration, Instant};

use crate::process::{rss_mib, wakeups};
use crate::report::{self, Row};
use crate::support::{cpu_time, Guard};
use crate::{Bench, Program};

/// Reminders on (at 11:00 and 15:00 on workdays): the background waits.
const REMINDING: &str = "(volume_db: 0.0, theme: Light, reminders: (on: true))";

struct Quiet {
    cpu_percent: f64,
    rss_mib: f64,
    wakeups_per_minute: f64,
}

/// What `pid` costs while `length` passes.
fn watch(pid: u32, length: Duration) -> Quiet {
    let (cpu, woken, start) = (cpu_time(pid), wakeups(pid), Instant::now());
    std::thread::sleep(length);
    let wall = start.elapsed().as_secs_f64();
    Quiet {
        cpu_percent: (cpu_time(pid) - cpu).as_secs_f64() / wall * 100.0,
        rss_mib: rss_mib(pid),
        wakeups_per_minute: (wakeups(pid) - woken) as f64 / wall * 60.0,
    }
}

pub fn rows(bench: &mut Bench, steady: &Program) -> Vec<Row> {
    let length = bench.options.seconds(60, 10);
    eprintln!("waiting in the background, and the home window, {length:?} each");
    let home = bench.launch(steady, &[]);
    std::thread::sleep(Duration::from_secs(3));
    let window = watch(home.process.id(), length);
    drop(home);

    let (mut command, folder) = bench.command(steady, &["--background"], REMINDING);
    let mut waiting = Guard(command.spawn().expect("steady --background starts"));
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        waiting.running(),
        "steady --background exited:\n{}",
        std::fs::read_to_string(folder.join("stderr.log")).unwrap_or_default()
    );
    let background = watch(waiting.id(), length);
    drop(waiting);

    vec![
        Row::new(
            "waiting for a reminder in the background (no window): CPU; wakeups a minute",
            format!(
                "{:.2}%; {:.0}",
                background.cpu_percent, background.wakeups_per_minute
            ),
        )
        .baseline(format!(
            "Steady's home window: {:.2}%; {:.0}",
            window.cpu_percent, window.wakeups_per_minute
        ))
        .target(format!(
            "0% {}",
            report::verdict(background.cpu_percent < 0.05)
        )),
        Row::new(
            "waiting for a reminder in the background: RSS",
            format!("{:.1} MiB", background.rss_mib),
        )
        .baseline(format!("Steady's home window: {:.1} MiB", window.rss_mib))
        .ratio(background.rss_mib, window.rss_mib, Some(1.0)),
    ]
}
