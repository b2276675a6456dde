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

mod elf;
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
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use measure::measure;
use process::{median, quiet, rss_mib, status_kib, xdotool};
use support::{cpu_time, Guard, Pulse, Xvfb};

/// Loud enough to hear clearly above the sink's silence; a fixed theme.
const SETTINGS: &str = "(volume_db: 0.0, theme: Light)";
/// Moves all the time: in and out, no holds.
const BREATHING: [&str; 4] = ["run", "coherent-breathing", "--lead-in", "0"];
/// What memory while breathing is checked with (issue 19): holds too.
const BOX: [&str; 4] = ["run", "box-breathing", "--lead-in", "0"];
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
    /// The baseline before 2026-12-02: a smaller circle, one layer.
    BaselinePlain,
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
            Who::Baseline | Who::BaselinePlain => "^Baseline$",
        }
    }

    fn moving_args(&self) -> &'static [&'static str] {
        match self.who {
            Who::Steady | Who::SteadySilent => &BREATHING,
            Who::Baseline => &["--animate"],
            Who::BaselinePlain => &["--animate", "--plain"],
        }
    }
}

struct Launched {
    process: Guard,
    window: u32,
    startup: Duration,
    /// Where its standard error goes.
    log: PathBuf,
    spawned: SystemTime,
}

/// One run of a program: idle (home) or moving (breathing, animating).
#[derive(Default)]
struct Sample {
    startup_ms: f64,
    rss_mib: f64,
    /// The parts of RSS: the heap and stacks, mapped files (the program,
    /// libraries, fonts), shared memory (the sound server's buffers).
    anon_mib: f64,
    file_mib: f64,
    shmem_mib: f64,
    /// Steady's own timings of its start-up steps (STEADY_STARTUP_TIMES).
    steps: Vec<(String, f64)>,
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
        if matches!(program.who, Who::Steady | Who::SteadySilent) {
            let config = folder.join("config");
            std::fs::create_dir_all(&config).expect("config folder");
            std::fs::write(config.join("settings.ron"), settings).expect("settings");
            command
                .env("STEADY_CONFIG_DIR", &config)
                .env("STEADY_DATA_DIR", config.join("data"))
                .env("STEADY_STARTUP_TIMES", "1");
        }
        (command, folder)
    }

    /// Starts `program ARGS` and waits until its window is mapped and shows
    /// something, checking every 5 ms.
    fn launch(&mut self, program: &Program, args: &[&str]) -> Launched {
        let (mut command, folder) = self.command(program, args, SETTINGS);
        let (start, spawned) = (Instant::now(), SystemTime::now());
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
                        log: folder.join("stderr.log"),
                        spawned,
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
        let settle = if moving {
            self.options.seconds(10, 5)
        } else {
            Duration::from_secs(3)
        };
        let (launched, mut sample) = self.settled(program, args, settle);
        self.watch(&launched, self.options.seconds(20, 5), &mut sample);
        sample
    }

    /// Starts `program ARGS` and measures its memory after `settle`.
    fn settled(
        &mut self,
        program: &Program,
        args: &[&str],
        settle: Duration,
    ) -> (Launched, Sample) {
        let launched = self.launch(program, args);
        std::thread::sleep(settle);
        let pid = launched.process.id();
        let part = |field| status_kib(pid, field).map_or(f64::NAN, |kib| kib as f64 / 1024.0);
        let sample = Sample {
            startup_ms: launched.startup.as_secs_f64() * 1000.0,
            rss_mib: rss_mib(pid),
            anon_mib: part("RssAnon"),
            file_mib: part("RssFile"),
            shmem_mib: part("RssShmem"),
            steps: startup_steps(&launched.log, launched.spawned),
            ..Sample::default()
        };
        (launched, sample)
    }

    /// RSS of box breathing after 10 s, as issue 19 checks it.
    fn box_breathing(&mut self, program: &Program) -> Sample {
        self.settled(program, &BOX, Duration::from_secs(10)).1
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

/// The lines `startup: STEP MICROSECONDS` (since 1970) Steady wrote to
/// `log`: when each step before the first frame ended, in ms after it was
/// spawned.
fn startup_steps(log: &Path, spawned: SystemTime) -> Vec<(String, f64)> {
    let spawned = spawned
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1000.0);
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let (step, micros) = line.strip_prefix("startup: ")?.rsplit_once(' ')?;
            let micros: f64 = micros.parse().ok()?;
            Some((step.to_owned(), micros / 1000.0 - spawned))
        })
        .collect()
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
