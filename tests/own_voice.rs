//! The person's own recordings in a session, heard for real: the window
//! runs under a private Xvfb and plays into a private PulseAudio whose null
//! sink is recorded. Two steps have recordings (tones of their own
//! pitch, so they are told apart from the 2 kHz cues): each must start with
//! its step and stop by the step's end, and a resume must pick a recording
//! up where the step stands. Also: `steady plan` marks recorded steps and
//! `steady check` warns when a recording is missing.

mod support;

use std::time::{Duration, Instant};

use support::listen::{self, ms_to_samples};
use support::{Pulse, Steady, Xvfb, RATE};

const SETTINGS: &str = "(volume_db: 0.0, theme: Light)";
const STEP_MS: f64 = 3000.0;
/// The first step's recording: 1.2 s of 600 Hz.
const FIRST_HZ: f64 = 600.0;
/// The third step's: 4 s of 900 Hz, longer than its 3-second step.
const THIRD_HZ: f64 = 900.0;
/// Analysis windows of 10 ms.
const WINDOW: usize = RATE / 100;

const EXERCISE: &str = r#"(
    version: 1, id: "own-voice", title: "Own voice", summary: "Test fixture.",
    practice: Grounding(steps: [
        (label: "See", text: "Look around.", seconds: 3, recording: "own-voice-step-1.wav"),
        (label: "Hear", text: "Listen.", seconds: 3),
        (label: "Feel", text: "Feel your feet.", seconds: 3, recording: "own-voice-step-3.wav"),
    ]),
    cues: (prompt: "probe"),
    sounds: {
        "probe": Tone(hz: 2000, seconds: 0.2, volume: 0.5, fade_in: 0.005, fade_out: 0.05),
    },
)"#;

/// A tone as a 16-bit mono 48 kHz WAV file (as Steady records them), with
/// short fades.
fn tone_wav(hz: f64, seconds: f64) -> Vec<u8> {
    let count = (seconds * RATE as f64) as usize;
    let fade = RATE / 100;
    let samples: Vec<f32> = (0..count)
        .map(|i| {
            let edge = (i.min(count - 1 - i) as f64 / fade as f64).min(1.0);
            let wave = (i as f64 * hz * std::f64::consts::TAU / RATE as f64).sin();
            (wave * edge * 0.4) as f32
        })
        .collect();
    steady::audio::microphone::wav_bytes(&samples)
}

/// Steady running the fixture under a private Xvfb, heard from before its
/// first sound.
struct Session {
    _x: Xvfb,
    app: Steady,
    recording: support::Recording,
    /// The first sound heard: the first step's start.
    first: usize,
}

fn run(pulse: &Pulse) -> Session {
    let x = Xvfb::start();
    let recording = pulse.record();
    let start = recording.samples_so_far();
    let first_wav = tone_wav(FIRST_HZ, 1.2);
    let third_wav = tone_wav(THIRD_HZ, 4.0);
    let files: [(&str, &[u8]); 3] = [
        ("exercises/own-voice.ron", EXERCISE.as_bytes()),
        ("sounds/own-voice-step-1.wav", &first_wav),
        ("sounds/own-voice-step-3.wav", &third_wav),
    ];
    let app = Steady::start_with_files(
        &["run", "own-voice", "--lead-in", "0"],
        SETTINGS,
        &files,
        Some(&x.display),
        &pulse.env(),
    );
    app.wait_for_window();
    let deadline = Instant::now() + Duration::from_secs(30);
    let first = loop {
        if let Some(at) = listen::first_sound(&recording.samples(), start) {
            break at;
        }
        assert!(Instant::now() < deadline, "no sound\n{}", app.stderr());
        std::thread::sleep(Duration::from_millis(20));
    };
    Session {
        _x: x,
        app,
        recording,
        first,
    }
}

/// Where `hz` sounds (above `floor`), by 10 ms window, from `from` on.
fn sounding(samples: &[f32], from: usize, hz: f64) -> Vec<bool> {
    (from..samples.len().saturating_sub(WINDOW))
        .step_by(WINDOW)
        .map(|at| listen::strength(&samples[at..at + WINDOW], hz) > 0.01)
        .collect()
}

/// The first and last window where `hz` sounds in `range` (in windows).
fn span(windows: &[bool], range: std::ops::Range<usize>) -> Option<(usize, usize)> {
    let range = range.start.min(windows.len())..range.end.min(windows.len());
    let first = range.clone().find(|&window| windows[window])?;
    let last = range.rev().find(|&window| windows[window])?;
    Some((first, last))
}

#[test]
fn each_recording_starts_with_its_step_and_stops_by_its_end() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let pulse = Pulse::start();
    let Session {
        _x,
        app,
        recording,
        first,
    } = run(&pulse);
    let end = first + ms_to_samples(STEP_MS * 3.0 + 800.0);
    while recording.samples_so_far() < end {
        std::thread::sleep(Duration::from_millis(50));
    }
    let samples = recording.finish();
    // The step grid, from the first sound: cues keep to it within a few ms.
    let step = (STEP_MS / 10.0) as usize;
    let first_voice = sounding(&samples, first, FIRST_HZ);
    let third_voice = sounding(&samples, first, THIRD_HZ);

    let (began, ended) = span(&first_voice, 0..step)
        .unwrap_or_else(|| panic!("the first step's recording was not heard\n{}", app.stderr()));
    eprintln!(
        "first recording: {} ms to {} ms of its step",
        began * 10,
        (ended + 1) * 10
    );
    assert!(
        began <= 2,
        "it starts with the step, not {} ms in",
        began * 10
    );
    assert!(
        (110..=130).contains(&(ended + 1)),
        "it lasts its 1.2 s, not {} ms",
        (ended + 1) * 10
    );
    assert!(
        span(&first_voice, step..3 * step).is_none()
            && span(&third_voice, step..2 * step).is_none(),
        "the second step has no recording"
    );

    let (began, ended) = span(&third_voice, 2 * step..4 * step)
        .unwrap_or_else(|| panic!("the third step's recording was not heard\n{}", app.stderr()));
    eprintln!(
        "third recording: {} ms to {} ms of its step",
        began * 10 - 2 * step * 10,
        (ended + 1) * 10 - 2 * step * 10
    );
    assert!(began <= 2 * step + 2, "it starts with its step");
    // 4 s recorded for a 3-second step: it ends with the step, faded.
    let over = (ended + 1) as i64 - 3 * step as i64;
    assert!(
        (-5..=15).contains(&over),
        "it stops at the step's end, not {} ms from it",
        over * 10
    );
    let cut = first + ms_to_samples(STEP_MS * 3.0);
    assert!(
        listen::largest_step(&samples, cut - RATE / 10..cut + RATE / 5) < 0.05,
        "no click where it stops"
    );
}

#[test]
fn a_resume_picks_the_recording_up_where_the_step_stands() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let pulse = Pulse::start();
    let Session {
        _x,
        app,
        recording,
        first,
    } = run(&pulse);
    // Pause 1 s into the third step, for a second.
    let wait_until = |at: usize| {
        while recording.samples_so_far() < at {
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    let paused_at = first + ms_to_samples(STEP_MS * 2.0 + 1000.0);
    wait_until(paused_at);
    app.key("space");
    wait_until(paused_at + RATE);
    app.key("space");
    let end = paused_at + RATE + ms_to_samples(2500.0);
    wait_until(end);
    let samples = recording.finish();
    let third_voice = sounding(&samples, paused_at, THIRD_HZ);
    let quiet = (30..90).filter(|&window| third_voice[window]).count();
    assert!(
        quiet < 5,
        "paused, the recording is silent ({quiet} windows)"
    );
    let (began, ended) = span(&third_voice, 90..third_voice.len())
        .unwrap_or_else(|| panic!("the recording did not come back\n{}", app.stderr()));
    eprintln!(
        "after resume: from {} ms to {} ms after the pause",
        began * 10,
        (ended + 1) * 10
    );
    // Back within 300 ms of the resume key, and on until the step's end:
    // about 2 s more, not the 3 s of starting over.
    assert!(began < 130, "it comes back with the resume");
    let heard = (ended + 1 - began) * 10;
    assert!(
        (1_700..=2_300).contains(&heard),
        "it goes on where the step stands: {heard} ms after the resume"
    );
}

#[test]
fn plan_marks_recorded_steps_and_check_warns_about_a_missing_recording() {
    let folder = tempfile::tempdir().expect("temp dir");
    let exercises = folder.path().join("exercises");
    std::fs::create_dir_all(&exercises).expect("folder");
    let file = exercises.join("own-voice.ron");
    std::fs::write(&file, EXERCISE).expect("written");
    std::fs::create_dir_all(folder.path().join("sounds")).expect("folder");
    std::fs::write(
        folder.path().join("sounds/own-voice-step-1.wav"),
        tone_wav(FIRST_HZ, 1.2),
    )
    .expect("written");

    let plan = support::output_of(
        support::steady_command(folder.path())
            .args(["plan", "own-voice"])
            .env("LANGUAGE", "en"),
    );
    let plan = String::from_utf8_lossy(&plan).into_owned();
    let heard: Vec<&str> = plan
        .lines()
        .filter(|line| line.contains("prompt"))
        .map(|line| {
            ["recorded", "spoken", "silent"]
                .into_iter()
                .find(|word| line.contains(word))
                .unwrap_or("?")
        })
        .collect();
    assert_eq!(heard, ["recorded", "silent", "recorded"], "{plan}");
    // Read aloud, the recorded steps still play the recordings instead.
    let plan = support::output_of(
        support::steady_command(folder.path())
            .args(["plan", "own-voice", "--speak"])
            .env("LANGUAGE", "en"),
    );
    let plan = String::from_utf8_lossy(&plan).into_owned();
    let spoken = plan
        .lines()
        .filter(|line| line.contains(" spoken "))
        .count();
    let recorded = plan
        .lines()
        .filter(|line| line.contains(" recorded "))
        .count();
    assert_eq!((recorded, spoken), (2, 1), "{plan}");

    // The third step's recording is missing: a warning, and still fine.
    let checked = support::steady_command(folder.path())
        .arg("check")
        .arg(&file)
        .env("LANGUAGE", "en")
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&checked.stdout);
    assert!(checked.status.success(), "{said}");
    let warning = said
        .lines()
        .find(|line| line.contains("warning"))
        .unwrap_or_else(|| panic!("no warning in {said}"));
    assert!(
        warning.starts_with(&format!("{}:6:", file.display()))
            && warning.contains(r#"recording "own-voice-step-3.wav": the file was not found in"#),
        "{warning}"
    );
    assert!(said.contains(": ok (Own voice, 0:09)"), "{said}");
}
