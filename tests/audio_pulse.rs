//! Real audio: cues go through the audio owner, rodio, ALSA and PulseAudio into
//! a null sink whose monitor `parec` records. The recording must show each cue
//! within 50 ms of its boundary, and silence while paused.
//!
//! Needs PulseAudio with a null sink "v" (`scripts/start-pulse`; `.ci/run`
//! always provides it). Without it the test says so and is skipped.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use steady::audio::{cues, Audio, DeviceStatus};
use steady::library::read_exercise;
use steady::session::Session;
use steady::timeline::Timeline;

const RATE: usize = 48_000;
/// The null sink is digital silence: any sample above this is sound.
const AUDIBLE: i16 = 40;
/// A new onset needs this much silence before it.
const GAP: usize = RATE / 20;

struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn pulse_available() -> bool {
    let reachable = Command::new("pactl")
        .arg("info")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    let has_sink = Command::new("pactl")
        .args(["list", "short", "sinks"])
        .output()
        .is_ok_and(|output| {
            String::from_utf8_lossy(&output.stdout)
                .split_whitespace()
                .any(|word| word == "v")
        });
    if !(reachable && has_sink) {
        eprintln!("skipped: no PulseAudio with a null sink \"v\" (run scripts/start-pulse, as .ci/run does)");
    }
    reachable && has_sink
}

/// Starts recording the sink's monitor; returns once data is really flowing,
/// with how many samples were recorded by then (the recorder settling).
fn record(into: &Path) -> (Guard, Guard, usize) {
    // An idle monitor delivers its first data late; keeping the sink busy avoids that.
    let busy = Guard(
        Command::new("sh")
            .args([
                "-c",
                "exec pacat --playback --raw -d v --latency-msec=20 < /dev/zero",
            ])
            .spawn()
            .expect("pacat starts"),
    );
    let file = std::fs::File::create(into).expect("recording file");
    let parec = Guard(
        Command::new("parec")
            .args([
                "-d",
                "v.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
                "--rate=48000",
                "--latency-msec=10",
            ])
            .stdout(file)
            .spawn()
            .expect("parec starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let bytes = std::fs::metadata(into).map_or(0, |meta| meta.len()) as usize;
        if bytes >= RATE / 5 * 2 {
            return (busy, parec, bytes / 2);
        }
        assert!(Instant::now() < deadline, "parec recorded nothing");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn samples(path: &Path) -> Vec<i16> {
    std::fs::read(path)
        .expect("recording")
        .chunks_exact(2)
        .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
        .collect()
}

/// Sample indexes where sound starts after a gap of silence.
fn onsets(samples: &[i16]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut quiet = GAP;
    for (index, sample) in samples.iter().enumerate() {
        if sample.unsigned_abs() > AUDIBLE.unsigned_abs() {
            if quiet >= GAP {
                found.push(index);
            }
            quiet = 0;
        } else {
            quiet += 1;
        }
    }
    found
}

fn to_ms(samples: usize) -> f64 {
    samples as f64 * 1000.0 / RATE as f64
}

fn to_samples(ms: f64) -> usize {
    (ms * RATE as f64 / 1000.0) as usize
}

/// What one run through the real audio path sounded like.
struct Heard {
    /// Onsets, in ms after the first one.
    onsets: Vec<f64>,
    /// When each boundary was due, in ms after the first one.
    due: Vec<f64>,
    recording: Vec<i16>,
    /// Where the first onset sits in the recording, in ms.
    first: f64,
    /// Exercise time of the pause and its real length, in ms.
    pause: Option<(f64, f64)>,
}

impl Heard {
    /// For each boundary, how far its onset is from where it was due, in ms,
    /// once the output's constant latency (the median offset) is taken out.
    /// Onsets pair with boundaries in order, so call this only when the counts match.
    fn errors(&self) -> Vec<f64> {
        let offsets: Vec<f64> = self
            .onsets
            .iter()
            .zip(&self.due)
            .map(|(heard, due)| heard - due)
            .collect();
        let mut sorted = offsets.clone();
        sorted.sort_by(f64::total_cmp);
        let latency = sorted.get(sorted.len() / 2).copied().unwrap_or_default();
        offsets.iter().map(|offset| offset - latency).collect()
    }
}

/// Runs `exercise` through the audio owner with the real clock, optionally
/// pausing at an exercise time for a while, and records it.
fn play_and_record(fixture: &Path, pause: Option<(Duration, Duration)>) -> Heard {
    let (exercise, _) = read_exercise(fixture).expect("fixture is valid");
    let timeline = Arc::new(Timeline::from_exercise(&exercise));
    let dir = tempfile::tempdir().expect("temp dir");
    let recording = dir.path().join("monitor.raw");

    let audio = Audio::spawn(1.0);
    assert_eq!(audio.status_blocking(), DeviceStatus::Ready);
    let problems =
        futures_lite::future::block_on(audio.prepare(Arc::new(exercise), dir.path().to_path_buf()));
    assert!(problems.is_empty(), "{problems:?}");

    let (_busy, parec, settled) = record(&recording);
    std::thread::sleep(Duration::from_millis(300));

    // The same path the app takes: the owner follows the session and times
    // every cue itself; pausing unfollows and silences, resuming follows again.
    let mut session = Session::started(timeline.clone(), Instant::now());
    audio.follow(session.clone(), false);
    let mut real_pause = None;
    if let Some((at, length)) = pause {
        std::thread::sleep(at);
        let paused = Instant::now();
        // As the player does on every update: note what has passed before pausing.
        let _ = session.take_crossed(paused);
        session.pause(paused);
        audio.unfollow();
        audio.stop_all();
        std::thread::sleep(length);
        let resumed = Instant::now();
        session.resume(resumed);
        audio.follow(session.clone(), false);
        let exercise_time = session.elapsed(resumed).as_secs_f64() * 1000.0;
        real_pause = Some((
            exercise_time,
            resumed.duration_since(paused).as_secs_f64() * 1000.0,
        ));
    }
    while !session.is_finished(Instant::now()) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(2_500));
    drop(parec);

    let shift = |at: f64| match real_pause {
        Some((pause_at, length)) if at > pause_at => at + length,
        _ => at,
    };
    let mut due: Vec<f64> = timeline
        .segments()
        .iter()
        .filter(|segment| segment.cue.is_some())
        .map(|segment| segment.start)
        .chain(timeline.end_cue().map(|_| timeline.total()))
        .map(|at| shift(at.as_secs_f64() * 1000.0))
        .collect();
    due.dedup();
    let recorded = samples(&recording);
    let heard: Vec<f64> = onsets(&recorded)
        .into_iter()
        .filter(|&at| at >= settled)
        .map(to_ms)
        .collect();
    assert!(!heard.is_empty(), "nothing was heard at all");
    let first = heard[0];
    Heard {
        onsets: heard.iter().map(|at| at - first).collect(),
        due,
        recording: recorded,
        first,
        pause: real_pause,
    }
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

#[test]
fn cues_land_on_their_boundaries_and_pause_is_silent() {
    if !pulse_available() {
        return;
    }
    let pause = (Duration::from_millis(4_500), Duration::from_millis(1_500));
    let heard = play_and_record(&fixture("tests/fixtures/quick-breath.ron"), Some(pause));
    assert_eq!(heard.due.len(), 9, "8 steps and the end bell");
    assert_eq!(
        heard.onsets.len(),
        heard.due.len(),
        "one onset per boundary, none repeated or lost: {:?}",
        heard.onsets
    );
    let errors = heard.errors();
    eprintln!(
        "onsets (ms after the first): {:?}",
        heard.onsets.iter().map(|h| h.round()).collect::<Vec<_>>()
    );
    eprintln!(
        "errors against the schedule (ms): {:?}",
        errors.iter().map(|e| e.round()).collect::<Vec<_>>()
    );
    assert!(
        errors.iter().all(|error| error.abs() <= 50.0),
        "every cue within 50 ms: {errors:?}"
    );

    // Silence while paused: from 100 ms after the pause (output latency) until the resume.
    let (pause_at, length) = heard.pause.expect("the session paused");
    let from = to_samples(heard.first + pause_at + 100.0);
    let to = to_samples(heard.first + pause_at + length);
    let loud = heard.recording[from..to]
        .iter()
        .filter(|sample| sample.unsigned_abs() > AUDIBLE.unsigned_abs())
        .count();
    assert_eq!(loud, 0, "no sound during the pause (samples {from}..{to})");
}

/// The measurement behind the notes: a 2-minute exercise, every cue's onset
/// error. Run with `scripts/bench-audio-onsets`.
#[test]
#[ignore = "a 2-minute measurement; run scripts/bench-audio-onsets"]
fn two_minute_onset_errors() {
    if !pulse_available() {
        return;
    }
    let heard = play_and_record(&fixture("exercises/calm-breathing.ron"), None);
    let mut errors: Vec<f64> = heard.errors().into_iter().map(f64::abs).collect();
    assert_eq!(
        heard.onsets.len(),
        heard.due.len(),
        "one onset per boundary"
    );
    errors.sort_by(f64::total_cmp);
    println!(
        "{} cues over {:.0} s: onset error median {:.1} ms, worst {:.1} ms",
        errors.len(),
        heard.due.last().copied().unwrap_or_default() / 1000.0,
        errors[errors.len() / 2],
        errors[errors.len() - 1]
    );
}

/// With PulseAudio out of reach, the owner reports no device and every command
/// is a silent no-op. Runs in a child process so the environment is its own.
#[test]
fn without_an_audio_device_cues_are_silent_and_nothing_breaks() {
    let output = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "no_device_child", "--ignored", "--nocapture"])
        .env("PULSE_SERVER", "unix:/nonexistent/steady-test")
        .env("ALSA_CONFIG_PATH", "/nonexistent/steady-alsa.conf")
        .output()
        .expect("child test runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{text}");
    assert!(text.contains("1 passed"), "{text}");
}

#[test]
#[ignore = "run by without_an_audio_device_cues_are_silent_and_nothing_breaks"]
fn no_device_child() {
    let audio = Audio::spawn(1.0);
    let status = audio.status_blocking();
    assert!(matches!(status, DeviceStatus::NoDevice(_)), "{status:?}");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quick-breath.ron");
    let (exercise, _) = read_exercise(&fixture).expect("fixture is valid");
    let problems =
        futures_lite::future::block_on(audio.prepare(Arc::new(exercise), std::env::temp_dir()));
    assert!(problems.is_empty(), "cues still decode: {problems:?}");
    audio.play("rise");
    audio.play_test_sound(std::env::temp_dir());
    audio.stop_all();
    audio.set_gain(0.3);
    assert!(cues::load_builtin("bell", &std::env::temp_dir()).is_ok());
}
