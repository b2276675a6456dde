//! The runs, in order, and the table made from them.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::report::{self, Row};
use crate::support::{listen, RATE};
use crate::{
    elf, files, hearing, median, rss_mib, waiting, Bench, Program, Sample, Who, BREATHING,
};

/// Samples of each program, in this order.
const STEADY: usize = 0;
const BASELINE: usize = 1;
const SILENT: usize = 2;
/// The baseline before 2026-12-02 (moving only).
const PLAIN: usize = 3;
type Samples = [Vec<Sample>; 4];

/// The measurements, as table rows and the values behind the medians.
pub fn measure(bench: &mut Bench, steady: &Program, baseline: &Program) -> (Vec<Row>, String) {
    let silent = Program {
        who: Who::SteadySilent,
        binary: steady.binary.clone(),
    };
    let plain = Program {
        who: Who::BaselinePlain,
        binary: baseline.binary.clone(),
    };
    let programs = [steady, baseline, &silent, &plain];
    // A first start reads each binary from disk; neither is counted.
    for program in [steady, baseline] {
        eprintln!("warming up {}", program.binary.display());
        drop(bench.launch(program, &[]));
    }
    let mut idle: Samples = Default::default();
    let mut moving: Samples = Default::default();
    // Box breathing after 10 s, with and without a sound device: memory only.
    let mut boxed: [Vec<Sample>; 2] = Default::default();
    for run in 0..bench.options.runs {
        // Alternate who goes first, so none always follows another.
        for is_moving in [false, true] {
            // The plain baseline only moves: idle, it is the baseline.
            let mut order = vec![STEADY, BASELINE, SILENT];
            if is_moving {
                order.push(PLAIN);
            }
            if run % 2 == 1 {
                order.reverse();
            }
            for index in order {
                let program = programs[index];
                let sample = bench.run(program, is_moving);
                eprintln!(
                    "run {}/{} {} {}: start-up {:.0} ms, RSS {:.1} MiB, CPU {:.2}%, \
                     {:.1} frames/s repainting {:.0}% of the window",
                    run + 1,
                    bench.options.runs,
                    name(program),
                    if is_moving { "moving" } else { "idle" },
                    sample.startup_ms,
                    sample.rss_mib,
                    sample.cpu_percent,
                    sample.fps,
                    sample.share * 100.0
                );
                [&mut idle, &mut moving][usize::from(is_moving)][index].push(sample);
            }
        }
        for (slot, program) in [steady, &silent].into_iter().enumerate() {
            let sample = bench.box_breathing(program);
            eprintln!(
                "run {}/{} {} box breathing: RSS {:.1} MiB",
                run + 1,
                bench.options.runs,
                name(program),
                sample.rss_mib
            );
            boxed[slot].push(sample);
        }
    }
    let mut rows = window_rows(&idle, &moving, &boxed);
    rows.push(steps_row(&idle[STEADY]));
    rows.extend(cue_rows(bench, steady));
    rows.extend(waiting::rows(bench, steady));
    rows.push(growth_row(bench, steady));
    rows.extend(load_rows(bench, steady));
    // scripts/bench runs benches/history.rs first and hands over its line.
    if let Some(line) = std::env::var("STEADY_BENCH_HISTORY")
        .ok()
        .filter(|line| !line.trim().is_empty())
    {
        rows.push(Row::new(
            "loading the history (`cargo bench --bench history`)",
            line.trim().to_owned(),
        ));
    }
    rows.push(size_row(steady, baseline));
    rows.push(layout_row(steady, baseline));
    rows.extend(silent_rows(&idle, &moving));
    (rows, details(&idle, &moving, &boxed))
}

fn name(program: &Program) -> &'static str {
    match program.who {
        Who::Steady => "Steady",
        Who::SteadySilent => "Steady without sound",
        Who::Baseline => "baseline",
        Who::BaselinePlain => "plain baseline",
    }
}

/// The median of one value over the runs of one program.
fn of(samples: &Samples, index: usize, value: fn(&Sample) -> f64) -> f64 {
    median(&samples[index].iter().map(value).collect::<Vec<_>>())
}

/// When each of Steady's start-up steps ended (ms after it was spawned),
/// the median over its idle runs, in the order it reports them.
fn steps_row(samples: &[Sample]) -> Row {
    let mut names: Vec<&str> = Vec::new();
    for sample in samples {
        for (step, _) in &sample.steps {
            if !names.contains(&step.as_str()) {
                names.push(step);
            }
        }
    }
    let steps: Vec<String> = names
        .iter()
        .map(|step| {
            let times: Vec<f64> = samples
                .iter()
                .filter_map(|sample| {
                    sample
                        .steps
                        .iter()
                        .find(|(name, _)| name == step)
                        .map(|(_, ms)| *ms)
                })
                .collect();
            format!("{step} {:.1}", median(&times))
        })
        .collect();
    Row::new(
        "start-up steps: when each ended, ms after the spawn (median)",
        if steps.is_empty() {
            "not reported".to_owned()
        } else {
            steps.join(" · ")
        },
    )
}

fn window_rows(idle: &Samples, moving: &Samples, boxed: &[Vec<Sample>; 2]) -> Vec<Row> {
    let both = |samples: &Samples, value: fn(&Sample) -> f64| {
        (of(samples, STEADY, value), of(samples, BASELINE, value))
    };
    let (start_s, start_b) = both(idle, |s| s.startup_ms);
    let (home_s, home_b) = both(idle, |s| s.rss_mib);
    let (breathing_s, breathing_b) = both(moving, |s| s.rss_mib);
    let (idle_s, idle_b) = both(idle, |s| s.cpu_percent);
    let (idle_fps_s, idle_fps_b) = both(idle, |s| s.fps);
    let (cpu_s, cpu_b) = both(moving, |s| s.cpu_percent);
    let (fps_s, fps_b) = both(moving, |s| s.fps);
    let (frame_s, frame_b) = both(moving, |s| s.ms_per_frame);
    let frame_plain = of(moving, PLAIN, |s| s.ms_per_frame);
    let (share_s, share_b) = both(moving, |s| s.share * 100.0);
    let parts = |samples: &Samples, index: usize| {
        format!(
            "{:.1} / {:.1} / {:.1}",
            of(samples, index, |s| s.anon_mib),
            of(samples, index, |s| s.file_mib),
            of(samples, index, |s| s.shmem_mib)
        )
    };
    let rss_of =
        |samples: &[Sample]| median(&samples.iter().map(|s| s.rss_mib).collect::<Vec<_>>());
    let added = rss_of(&boxed[0]) - home_s;
    let added_silent = rss_of(&boxed[1]) - of(idle, SILENT, |s| s.rss_mib);
    vec![
        Row::new("start-up to first frame", format!("{start_s:.0} ms"))
            .baseline(format!("{start_b:.0} ms"))
            .ratio(start_s, start_b, Some(1.1)),
        Row::new(
            "RSS on home, 3 s after the first frame",
            format!("{home_s:.1} MiB"),
        )
        .baseline(format!("{home_b:.1} MiB (idle)"))
        .ratio(home_s, home_b, Some(1.15)),
        Row::new(
            "RSS while breathing, after 10 s",
            format!("{breathing_s:.1} MiB"),
        )
        .baseline(format!("{breathing_b:.1} MiB (animating)"))
        .ratio(breathing_s, breathing_b, Some(1.3)),
        Row::new(
            "RSS of box breathing after 10 s minus RSS on home",
            format!(
                "{added:+.1} MiB ({:.1} MiB; without a sound device {added_silent:+.1} MiB)",
                rss_of(&boxed[0])
            ),
        )
        .target(format!("≤ 3 MiB {}", report::verdict(added <= 3.0))),
        Row::new(
            "RSS on home: heap and stacks / files mapped / shared memory",
            format!("{} MiB", parts(idle, STEADY)),
        )
        .baseline(format!("{} MiB", parts(idle, BASELINE))),
        Row::new(
            "RSS while breathing: heap and stacks / files mapped / shared memory",
            format!("{} MiB", parts(moving, STEADY)),
        )
        .baseline(format!("{} MiB", parts(moving, BASELINE))),
        Row::new(
            "CPU on home, idle (share of one core; frames drawn)",
            format!("{idle_s:.2}%; {idle_fps_s:.1}/s"),
        )
        .baseline(format!("{idle_b:.2}%; {idle_fps_b:.1}/s"))
        .target(format!("0% {}", report::verdict(idle_s < 0.05))),
        Row::new(
            "CPU while breathing (share of one core)",
            format!("{cpu_s:.2}%"),
        )
        .baseline(format!("{cpu_b:.2}% (animating)"))
        .ratio(cpu_s, cpu_b, None),
        Row::new(
            "frames drawn a second while breathing",
            format!("{fps_s:.1}"),
        )
        .baseline(format!("{fps_b:.1}"))
        .ratio(fps_s, fps_b, None)
        .target(format!("60 {}", report::verdict(fps_s >= 57.0))),
        Row::new(
            "CPU time per frame drawn (baseline: the same shape, size and layers)",
            format!("{frame_s:.2} ms"),
        )
        .baseline(format!("{frame_b:.2} ms"))
        .ratio(frame_s, frame_b, Some(1.25)),
        Row::new(
            "CPU time per frame drawn, against the plain circle (the comparison before 2026-12-02)",
            format!("{frame_s:.2} ms"),
        )
        .baseline(format!("{frame_plain:.2} ms (360 px, one layer)"))
        .ratio(frame_s, frame_plain, None),
        Row::new(
            "share of the window each frame repaints",
            format!("{share_s:.0}%"),
        )
        .baseline(format!("{share_b:.0}%"))
        .ratio(share_s, share_b, None),
    ]
}

/// Steady again with no sound device: how much of the difference is sound.
fn silent_rows(idle: &Samples, moving: &Samples) -> Vec<Row> {
    let row = |metric: &str,
               samples: &Samples,
               value: fn(&Sample) -> f64,
               unit: &str,
               decimals: usize| {
        let (silent, baseline) = (of(samples, SILENT, value), of(samples, BASELINE, value));
        Row::new(metric, format!("{silent:.decimals$} {unit}"))
            .baseline(format!("{baseline:.decimals$} {unit}"))
            .ratio(silent, baseline, None)
            .target("diagnostic".to_owned())
    };
    vec![
        row(
            "no sound device: start-up to first frame",
            idle,
            |s| s.startup_ms,
            "ms",
            0,
        ),
        row(
            "no sound device: RSS on home",
            idle,
            |s| s.rss_mib,
            "MiB",
            1,
        ),
        row(
            "no sound device: RSS while breathing",
            moving,
            |s| s.rss_mib,
            "MiB",
            1,
        ),
        row(
            "no sound device: CPU while breathing",
            moving,
            |s| s.cpu_percent,
            "%",
            2,
        ),
        row(
            "no sound device: CPU time per frame drawn",
            moving,
            |s| s.ms_per_frame,
            "ms",
            2,
        ),
    ]
}

/// A metric of each run: label, samples, value, decimals shown.
type Line<'a> = (&'static str, &'a Samples, fn(&Sample) -> f64, usize);

fn details(idle: &Samples, moving: &Samples, boxed: &[Vec<Sample>; 2]) -> String {
    let mut text = String::from("Each run (Steady; baseline; Steady without a sound device):\n\n");
    let lines: [Line; 8] = [
        ("start-up, ms", idle, |s| s.startup_ms, 0),
        ("RSS on home, MiB", idle, |s| s.rss_mib, 1),
        ("RSS while breathing, MiB", moving, |s| s.rss_mib, 1),
        ("CPU idle, %", idle, |s| s.cpu_percent, 2),
        ("CPU while breathing, %", moving, |s| s.cpu_percent, 2),
        ("frames a second while breathing", moving, |s| s.fps, 1),
        ("CPU per frame, ms", moving, |s| s.ms_per_frame, 3),
        (
            "share of the window repainted a frame, %",
            moving,
            |s| s.share * 100.0,
            0,
        ),
    ];
    for (label, samples, value, decimals) in lines {
        let values = |index: usize| samples[index].iter().map(value).collect::<Vec<_>>();
        let _ = writeln!(
            text,
            "- {label}: {}; {}; {}",
            report::runs(&values(STEADY), decimals),
            report::runs(&values(BASELINE), decimals),
            report::runs(&values(SILENT), decimals)
        );
    }
    let plain: Vec<f64> = moving[PLAIN].iter().map(|s| s.ms_per_frame).collect();
    let _ = writeln!(
        text,
        "- CPU per frame of the plain baseline (360 px, one layer), ms: {}",
        report::runs(&plain, 3)
    );
    let boxed: Vec<f64> = boxed[0].iter().map(|s| s.rss_mib).collect();
    let _ = writeln!(
        text,
        "- RSS of box breathing after 10 s (Steady), MiB: {}",
        report::runs(&boxed, 1)
    );
    text
}

/// One run of coherent breathing (5:08) with sound, recorded from the sink.
fn cue_rows(bench: &mut Bench, steady: &Program) -> Vec<Row> {
    let schedule = hearing::schedule("coherent-breathing");
    let last_due = schedule.last().map_or(0.0, |due| due.at_ms);
    let length = if bench.options.quick {
        Duration::from_secs(60)
    } else {
        Duration::from_secs_f64(last_due / 1000.0 + 4.0)
    };
    eprintln!("cue timing: coherent breathing with sound for {length:?}");
    let recording = bench.pulse.record();
    let from = recording.samples_so_far();
    let app = bench.launch(steady, &BREATHING);
    let deadline = Instant::now() + Duration::from_secs(60);
    let first = loop {
        if let Some(at) = listen::first_sound(&recording.samples(), from) {
            break at;
        }
        assert!(Instant::now() < deadline, "no sound within a minute");
        std::thread::sleep(Duration::from_millis(50));
    };
    // The recording's clock (the sink's) against the system's, which the
    // screen and the session follow: samples counted twice a second, fitted
    // by a line so the reader's buffering evens out.
    let clock_start = Instant::now();
    let mut counts = Vec::new();
    while clock_start.elapsed() < length {
        counts.push((
            clock_start.elapsed().as_secs_f64(),
            recording.samples_so_far() as f64,
        ));
        std::thread::sleep(Duration::from_millis(500));
    }
    let clock_ppm = (hearing::slope(&counts) / RATE as f64 - 1.0) * 1e6;
    // A time in the recording, in the system's milliseconds.
    let system_ms = |recorded_ms: f64| recorded_ms / (1.0 + clock_ppm * 1e-6);
    drop(app);
    // Checks the recording lost nothing meanwhile.
    let samples = recording.finish();
    let first_ms = listen::samples_to_ms(first);
    let heard_until = listen::samples_to_ms(samples.len()) - 500.0;
    let ear = listen::Heard::new(&samples);
    let find = |name: &str, around_ms: f64, slack_ms: f64| {
        ear.find(name, around_ms, slack_ms)
            .filter(|(_, score)| *score >= listen::LEAST_SCORE)
            .map(|(at, _)| at)
    };
    let anchor = find(&schedule[0].name, first_ms, 200.0).expect("the first cue is heard");
    let due: Vec<&hearing::Due> = schedule
        .iter()
        .filter(|due| anchor + due.at_ms < heard_until)
        .collect();
    let offsets: Vec<(f64, f64)> = due
        .iter()
        .filter_map(|due| {
            let expected = anchor + due.at_ms;
            let heard = find(&due.name, expected, 300.0)?;
            Some((due.at_ms, system_ms(heard) - system_ms(anchor) - due.at_ms))
        })
        .collect();
    let timing = hearing::timing(&offsets, due.len());
    vec![
        Row::new(
            "cue onset error against the schedule: median / worst",
            format!(
                "{:.1} / {:.1} ms ({} of {} cues heard over {:.0} s)",
                timing.median_error_ms,
                timing.worst_error_ms,
                timing.heard,
                timing.due,
                timing.span_s
            ),
        ),
        Row::new(
            "first cue against the grid of the others",
            format!("{:+.1} ms", -timing.grid_ms),
        ),
        Row::new(
            "boundary error at the last cue (heard − due, first cue anchoring)",
            format!("{:+.1} ms", timing.last_offset_ms),
        ),
        Row::new(
            "boundary drift (slope of heard − due), per 5 min",
            format!(
                "{:+.1} ms (in the system's time; the recording's clock ran {clock_ppm:+.0} ppm)",
                timing.drift_ms_per_5_min
            ),
        ),
    ]
}

/// Memory over 30 minutes of breathing (--long only).
fn growth_row(bench: &mut Bench, steady: &Program) -> Row {
    const METRIC: &str = "RSS growth over 30 min of breathing";
    if !bench.options.long {
        return Row::new(METRIC, "not measured (--long)".to_owned()).target("none".to_owned());
    }
    let text = steady::library::SHIPPED
        .iter()
        .map(|(_, text)| *text)
        .find(|text| text.contains("id: \"coherent-breathing\""))
        .expect("coherent breathing is shipped");
    let long = text
        .replacen("\"coherent-breathing\"", "\"coherent-breathing-30\"", 1)
        .replacen("repeat: Seconds(300)", "repeat: Seconds(1800)", 1);
    assert!(
        text.contains("repeat: Seconds(300)"),
        "coherent breathing lasts five minutes"
    );
    let file = bench.work.join("coherent-breathing-30.ron");
    std::fs::write(&file, long).expect("the long exercise");
    let path = file.display().to_string();
    eprintln!("30 minutes of breathing");
    let app = bench.launch(steady, &["run", &path, "--lead-in", "0"]);
    let mut minutes = Vec::new();
    for minute in 1..=30 {
        std::thread::sleep(Duration::from_secs(60));
        minutes.push(rss_mib(app.process.id()));
        eprintln!("minute {minute}: RSS {:.1} MiB", minutes[minute - 1]);
    }
    let (first, last) = (minutes[0], minutes[29]);
    let peak = minutes.iter().copied().fold(0.0, f64::max);
    Row::new(
        METRIC,
        format!(
            "{:+.1} MiB ({first:.1} at 1 min, {last:.1} at 30 min, peak {peak:.1})",
            last - first
        ),
    )
    .target(format!("none {}", report::verdict(last - first < 0.5)))
}

fn load_rows(bench: &mut Bench, steady: &Program) -> Vec<Row> {
    let runs = if bench.options.quick {
        1
    } else {
        bench.options.runs
    };
    let folder = bench.work.join("load");
    std::fs::create_dir_all(&folder).expect("load folder");
    let counts = [1_000, 10_000];
    let configs = counts.map(|count| files::config_with(&folder, count));
    let mut timings: [Vec<files::Listed>; 2] = Default::default();
    for _ in 0..runs {
        for (index, config) in configs.iter().enumerate() {
            timings[index].push(files::list(&steady.binary, config, &folder));
        }
    }
    counts
        .iter()
        .zip(&timings)
        .map(|(count, listed)| {
            let wall = median(
                &listed
                    .iter()
                    .map(|l| l.wall.as_secs_f64() * 1000.0)
                    .collect::<Vec<_>>(),
            );
            let peak = listed.iter().map(|l| l.peak_mib).fold(0.0, f64::max);
            let lines = listed.first().map_or(0, |l| l.lines);
            assert!(
                lines >= *count,
                "steady list printed {lines} lines for {count} files"
            );
            Row::new(
                &format!("`steady list` with {count} user files: time; peak RSS"),
                format!("{wall:.0} ms; {peak:.1} MiB"),
            )
        })
        .collect()
}

fn size_row(steady: &Program, baseline: &Program) -> Row {
    let bytes = |program: &Program| {
        std::fs::metadata(&program.binary).map_or(f64::NAN, |meta| meta.len() as f64)
    };
    let (s, b) = (bytes(steady), bytes(baseline));
    // Issue 19: at most 11.2 MB, 1.4 times the baseline of 2026-11-25 (8.0 MB).
    Row::new(
        "binary size (stripped release)",
        format!("{:.1} MB", s / 1e6),
    )
    .baseline(format!("{:.1} MB", b / 1e6))
    .ratio(s, b, None)
    .target(format!("≤ 11.2 MB {}", report::verdict(s <= 11.2e6)))
}

/// How much code the release build placed side by side for start
/// (build/hot-text.ld): if a toolchain stops matching its names, this
/// shows it before memory does.
fn layout_row(steady: &Program, baseline: &Program) -> Row {
    let describe = |program: &Program| match elf::code_sizes(&program.binary) {
        Some((hot, rest)) => format!(
            "{:.1} of {:.1} MB",
            hot as f64 / 1e6,
            (hot + rest) as f64 / 1e6
        ),
        None => "not an ELF file".to_owned(),
    };
    Row::new(
        "code placed side by side for start (`.text.hot`, build/hot-text.ld)",
        describe(steady),
    )
    .baseline(describe(baseline))
}
