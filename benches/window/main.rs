//! Steady beside a minimal iced window (benches/baseline) built with the same
//! dependencies, features and profile, in one run: start-up to the first
//! frame, memory and CPU idle and while breathing, frames drawn, cue timing
//! over five minutes, loading many user files, and binary size. Prints the
//! Markdown table of docs/performance.md.
//!
//! Run it with `scripts/bench [--quick] [--long] [--runs N]`, which builds
//! both programs first and removes everything it started when it ends.
//! Everything runs on a private Xvfb and a private PulseAudio, started by
//! the tests' own support code (one harness: a fix reaches both).

mod files;
mod hearing;
mod measure;
mod process;
mod report;
#[path = "../../tests/support/mod.rs"]
mod support;
mod waiting;
mod x11;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use measure::measure;
use process::{median, quiet, rss_mib, xdotool};
use support::{cpu_time, Guard, Pulse, Xvfb};

/// Loud enough to hear clearly above the sink's silence; a fixed theme.
const SETTINGS: &str = "(volume_db: 0.0, theme: Light)";
/// Moves all the time: in and out, no holds.
const BREATHING: [&str; 4] = ["run", "coherent-breathing", "--lead-in", "0"];
const TOOLS: [&str; 7] = [
    "Xvfb",
    "xdotool",
    "pulseaudio",
    "pactl",
    "parec",
    "pacat",
    "getconf",
];

struct Options {
    runs: usize,
    quick: bool,
    long: bool,
}

impl Options {
    fn parse() -> Options {
        let (mut quick, mut long, mut runs) = (false, false, None);
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--quick" => quick = true,
                "--long" => long = true,
                "--runs" => runs = args.next().and_then(|n| n.parse::<usize>().ok()),
                // `cargo bench` passes this to every bench.
                "--bench" => {}
                other => panic!("unknown argument {other}: use --quick, --long or --runs N"),
            }
        }
        Options {
            runs: runs.unwrap_or(if quick { 2 } else { 5 }).max(1),
            quick,
            long,
        }
    }

    fn seconds(&self, full: u64, quick: u64) -> Duration {
        Duration::from_secs(if self.quick { quick } else { full })
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Who {
    Steady,
    /// Steady without a sound device: what drawing alone costs.
    SteadySilent,
    Baseline,
}

struct Program {
    who: Who,
    binary: PathBuf,
}

impl Program {
    /// For `xdotool search --name`: "Steady" or "Coherent breathing — Steady".
    fn title(&self) -> &'static str {
        match self.who {
            Who::Steady | Who::SteadySilent => "Steady$",
            Who::Baseline => "^Baseline$",
        }
    }

    fn moving_args(&self) -> &'static [&'static str] {
        match self.who {
            Who::Steady | Who::SteadySilent => &BREATHING,
            Who::Baseline => &["--animate"],
        }
    }
}

struct Launched {
    process: Guard,
    window: u32,
    startup: Duration,
}

/// One run of a program: idle (home) or moving (breathing, animating).
#[derive(Default)]
struct Sample {
    startup_ms: f64,
    rss_mib: f64,
    cpu_percent: f64,
    fps: f64,
    /// CPU time per frame drawn.
    ms_per_frame: f64,
    /// The share of the window each frame repaints.
    share: f64,
}

struct Bench {
    options: Options,
    work: PathBuf,
    x: Xvfb,
    pulse: Pulse,
    screen: x11::Connection,
    launches: usize,
}

impl Bench {
    fn folder(&mut self, what: &str) -> PathBuf {
        self.launches += 1;
        let folder = self.work.join(format!("{:03}-{what}", self.launches));
        std::fs::create_dir_all(&folder).expect("run folder");
        folder
    }

    /// `program ARGS` in a folder of its own, with `settings` if it is Steady.
    fn command(&mut self, program: &Program, args: &[&str], settings: &str) -> (Command, PathBuf) {
        let folder = self.folder(args.first().copied().unwrap_or("home"));
        let mut command = quiet(&program.binary, &folder);
        // Each its own runtime folder (quiet gives one): no instance finds another.
        command
            .args(args)
            .env("DISPLAY", &self.x.display)
            .envs(self.pulse.env());
        if program.who == Who::SteadySilent {
            // As the window tests do: no server to reach, no ALSA devices.
            command
                .env(
                    "PULSE_SERVER",
                    format!("unix:{}", folder.join("nowhere").display()),
                )
                .env("ALSA_CONFIG_PATH", "/nonexistent/alsa.conf");
        }
        if program.who != Who::Baseline {
            let config = folder.join("config");
            std::fs::create_dir_all(&config).expect("config folder");
            std::fs::write(config.join("settings.ron"), settings).expect("settings");
            command
                .env("STEADY_CONFIG_DIR", &config)
                .env("STEADY_DATA_DIR", config.join("data"));
        }
        (command, folder)
    }

    /// Starts `program ARGS` and waits until its window is mapped and shows
    /// something, checking every 5 ms.
    fn launch(&mut self, program: &Program, args: &[&str]) -> Launched {
        let (mut command, folder) = self.command(program, args, SETTINGS);
        let start = Instant::now();
        let mut process = Guard(command.spawn().expect("the program starts"));
        let mut window = None;
        loop {
            let log = || std::fs::read_to_string(folder.join("stderr.log")).unwrap_or_default();
            assert!(process.running(), "{args:?} exited early:\n{}", log());
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no window for {args:?}:\n{}",
                log()
            );
            if window.is_none() {
                window = xdotool(
                    &self.x.display,
                    &["search", "--onlyvisible", "--name", program.title()],
                )
                .and_then(|found| found.lines().next()?.trim().parse::<u32>().ok());
            }
            if let Some(window) = window {
                if self.screen.shows_something(window) {
                    return Launched {
                        process,
                        window,
                        startup: start.elapsed(),
                    };
                }
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Fills in CPU (share of one core) and frames drawn while `length` passes.
    fn watch(&self, launched: &Launched, length: Duration, sample: &mut Sample) {
        let counter = x11::Connection::open(&self.x.display).expect("a second X connection");
        let pid = launched.process.id();
        let (cpu_before, start) = (cpu_time(pid), Instant::now());
        let drawing = counter
            .drawing(launched.window, start + length)
            .expect("frames counted");
        let (cpu, wall) = (cpu_time(pid) - cpu_before, start.elapsed());
        let frames = drawing.frames();
        sample.cpu_percent = cpu.as_secs_f64() / wall.as_secs_f64() * 100.0;
        sample.fps = frames as f64 / wall.as_secs_f64();
        sample.ms_per_frame = cpu.as_secs_f64() * 1000.0 / frames as f64;
        sample.share = drawing.share_per_frame();
    }

    fn run(&mut self, program: &Program, moving: bool) -> Sample {
        let args = if moving { program.moving_args() } else { &[] };
        let launched = self.launch(program, args);
        let settle = if moving {
            self.options.seconds(10, 5)
        } else {
            Duration::from_secs(3)
        };
        std::thread::sleep(settle);
        let mut sample = Sample {
            startup_ms: launched.startup.as_secs_f64() * 1000.0,
            rss_mib: rss_mib(launched.process.id()),
            ..Sample::default()
        };
        self.watch(&launched, self.options.seconds(20, 5), &mut sample);
        sample
    }
}

fn main() {
    let options = Options::parse();
    let missing: Vec<&str> = TOOLS
        .into_iter()
        .filter(|tool| !support::have(tool))
        .collect();
    assert!(
        missing.is_empty(),
        "{} not installed: ./scripts/setup --test-deps installs them",
        missing.join(", ")
    );
    let binaries = binaries_folder();
    let steady = Program {
        who: Who::Steady,
        binary: binaries.join("steady"),
    };
    let baseline = Program {
        who: Who::Baseline,
        binary: binaries.join("baseline"),
    };
    for program in [&steady, &baseline] {
        assert!(
            program.binary.exists(),
            "{} is missing: run scripts/bench, which builds it",
            program.binary.display()
        );
    }
    // scripts/bench gives a folder it removes itself, even when interrupted.
    let _own;
    let work = match std::env::var_os("STEADY_BENCH_TMP") {
        Some(folder) => PathBuf::from(folder),
        None => {
            _own = tempfile::tempdir().expect("temp dir");
            _own.path().to_path_buf()
        }
    };
    let x = Xvfb::start();
    let pulse = Pulse::start_in(&work.join("pulse"));
    let screen = x11::Connection::open(&x.display).expect("an X connection");
    let mut bench = Bench {
        options,
        work: work.clone(),
        x,
        pulse,
        screen,
        launches: 0,
    };
    let load_before = load_average();
    let rows = measure(&mut bench, &steady, &baseline);
    print_header(&bench.options, &load_before);
    report::print(&rows.0);
    println!();
    println!("{}", rows.1);
}

/// The folder both programs were built into: this bench's own
/// (target/release/deps/..), unless STEADY_BENCH_BIN says otherwise.
fn binaries_folder() -> PathBuf {
    if let Some(folder) = std::env::var_os("STEADY_BENCH_BIN") {
        return PathBuf::from(folder);
    }
    let exe = std::env::current_exe().expect("the bench's own path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target/release/deps")
        .to_path_buf()
}

/// The 1, 5 and 15 minute load averages: other work on the machine skews timings.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

fn print_header(options: &Options, load_before: &str) {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("model name")?.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    println!(
        "Measured {} on {cores} cores ({cpu}); private Xvfb 1280x800 (no vsync), tiny-skia; \
         medians of {} alternating runs each{}.",
        chrono::Local::now().format("%Y-%m-%d"),
        options.runs,
        if options.quick {
            " (--quick: 5 s windows, 60 s of cues)"
        } else {
            ""
        }
    );
    println!(
        "Load average (1, 5, 15 min) before: {load_before}; after: {}.",
        load_average()
    );
    println!();
}
