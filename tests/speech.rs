//! Reading aloud, heard for real: a private speech-dispatcher with espeak-ng
//! speaks into a private PulseAudio, whose null sink is recorded; the window
//! runs under a private Xvfb. Each step's words must start within 300 ms of
//! the step and end before the next, and the step's cue (a steady 2 kHz
//! tone) must be quieter under the words than before them.

mod support;

use std::time::{Duration, Instant};

use support::listen::{self, ms_to_samples, samples_to_ms};
use support::speech::{SpeechServer, SPEECH_TOOLS};
use support::{Pulse, Steady, Xvfb, RATE};

const SETTINGS: &str = "(volume_db: 0.0, theme: Light)";
const STEP_MS: f64 = 3000.0;
const STEPS: usize = 3;
const PROBE_HZ: f64 = 2000.0;
/// Analysis windows of 10 ms.
const WINDOW: usize = RATE / 100;

fn fixture() -> String {
    format!(
        "{}/tests/fixtures/spoken-steps.ron",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// The probe tone's amplitude in `part`.
fn tone_level(part: &[f32]) -> f32 {
    listen::strength(part, PROBE_HZ) as f32
}

/// How loud `part` is with the probe tone taken out: the words.
fn words_level(part: &[f32]) -> f32 {
    let total = part.iter().map(|s| s * s).sum::<f32>() / part.len() as f32;
    let tone = tone_level(part);
    (total - tone * tone / 2.0).max(0.0).sqrt()
}

/// The fixture running with `--speak` under a private Xvfb, heard through
/// `pulse` from before its first sound.
struct Spoken {
    _x: Xvfb,
    app: Steady,
    recording: support::Recording,
    /// Where the recording stood before Steady started.
    start: usize,
    /// The first sound heard: the first step's start.
    first: usize,
}

fn run_fixture(pulse: &Pulse, extra_env: &[(String, String)]) -> Spoken {
    let x = Xvfb::start();
    let recording = pulse.record();
    let start = recording.samples_so_far();
    let mut env = pulse.env();
    env.extend(extra_env.iter().cloned());
    let fixture = fixture();
    let app = Steady::start(
        &["run", &fixture, "--speak", "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &env,
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
    Spoken {
        _x: x,
        app,
        recording,
        start,
        first,
    }
}

#[test]
fn each_step_is_read_aloud_on_time_and_its_cue_ducks_under_the_words() {
    if !support::tools(&support::SOUND_TOOLS) || !support::tools(&SPEECH_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let pulse = Pulse::start();
    let speech = SpeechServer::start(&pulse);
    // Every field bound: one left out would be dropped, Xvfb with it.
    let Spoken {
        _x,
        app,
        recording,
        start,
        first,
    } = run_fixture(&pulse, &speech.env());
    let end = first + ms_to_samples(STEP_MS * STEPS as f64 + 800.0);
    while recording.samples_so_far() < end {
        std::thread::sleep(Duration::from_millis(50));
    }
    let samples = recording.finish();
    let report = || format!("{}\n--- speech-dispatcher:\n{}", app.stderr(), speech.log());

    // Loudness of the tone and of the words, every 10 ms from the start.
    let windows: Vec<(f32, f32)> = (start..samples.len() - WINDOW)
        .step_by(WINDOW)
        .map(|at| {
            let part = &samples[at..at + WINDOW];
            (tone_level(part), words_level(part))
        })
        .collect();
    let ms_of = |window: usize| window as f64 * 10.0;
    let voiced = |window: usize| windows.get(window).is_some_and(|&(_, words)| words > 0.02);
    // Words begin where 30 ms in a row are voiced: a cue's attack, part of
    // one window, fools the tone filter for that window alone.
    let words_begin = |window: usize| (window..window + 3).all(voiced);
    // Where each step begins, as heard: the first sound (the first cue, or
    // the first words if they reach the speaker a little sooner), then
    // every 3 s, as cues keep to their grid within a few ms (real_audio).
    // Speech reaches the 2 kHz filter too, so the cues are not found by it.
    let first = (first - start) / WINDOW;
    let onsets: Vec<usize> = (0..STEPS).map(|step| first + step * 300).collect();
    for (step, &onset) in onsets.iter().enumerate() {
        let next = onset + 300;
        // The words begin within 300 ms of the step, before or after its
        // cue (the two reach the speaker by different paths).
        let began = (onset.saturating_sub(30)..=onset + 30)
            .find(|&window| words_begin(window))
            .unwrap_or_else(|| panic!("step {step}: no words within 300 ms\n{}", report()));
        assert!(
            !(onset.saturating_sub(60)..onset.saturating_sub(30)).any(words_begin),
            "step {step}: words before the step"
        );
        // A long voiced stretch, not a click: words in most of the next 600 ms.
        let voiced_share =
            (began..began + 60).filter(|&window| voiced(window)).count() as f64 / 60.0;
        // They end before the next step's cue, with quiet between.
        let ended = (began..next.saturating_sub(3))
            .rev()
            .find(|&window| voiced(window))
            .expect("words were heard");
        // The tone under the words, against the tone alone after them.
        let median = |range: std::ops::Range<usize>| {
            let mut levels: Vec<f32> = windows
                .get(range)
                .unwrap_or_default()
                .iter()
                .map(|&(tone, _)| tone)
                .collect();
            levels.sort_by(f32::total_cmp);
            levels.get(levels.len() / 2).copied()
        };
        let under = median(began + 20..began + 50).expect("windows under the words");
        let alone = median(ended + 40..onset + 255);
        eprintln!(
            "step {step}: words from {:+.0} ms to {:.0} ms of the step (voiced {:.0}% of their \
             first 600 ms); tone {under:.4} under the words, {alone:?} alone",
            ms_of(began) - ms_of(onset),
            ms_of(ended + 1) - ms_of(onset),
            voiced_share * 100.0
        );
        assert!(
            voiced_share > 0.5,
            "step {step}: no voiced stretch\n{}",
            report()
        );
        assert!(
            ms_of(ended + 1) < ms_of(next) - 100.0,
            "step {step}: the words ran into the next step"
        );
        let alone = alone.unwrap_or_else(|| panic!("step {step}: no tone alone after the words"));
        assert!(
            under < alone * 0.6,
            "step {step}: the cue was not ducked under the words ({under} against {alone})"
        );
    }
}

#[test]
fn pause_hushes_the_words_resume_says_the_step_again_and_a_skip_says_the_next() {
    if !support::tools(&support::SOUND_TOOLS) || !support::tools(&SPEECH_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let pulse = Pulse::start();
    let speech = SpeechServer::start(&pulse);
    // Every field bound: one left out would be dropped, Xvfb with it.
    let Spoken {
        _x,
        app,
        recording,
        start: _,
        first,
    } = run_fixture(&pulse, &speech.env());
    let press_at = |after_ms: f64, key: &str| {
        while recording.samples_so_far() < first + ms_to_samples(after_ms) {
            std::thread::sleep(Duration::from_millis(5));
        }
        let pressed = recording.samples_so_far();
        app.key(key);
        pressed
    };
    // Into the first step's words, pause; resume a second later; once its
    // words are said again, skip (the step has 0.3 s left by then).
    let paused = press_at(600.0, "space");
    let resumed = press_at(1600.0, "space");
    let skipped = press_at(3700.0, "Right");
    while recording.samples_so_far() < skipped + ms_to_samples(1200.0) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let samples = recording.finish();
    let words = |at: usize| words_level(&samples[at..at + WINDOW]) > 0.02;
    // 30 ms voiced in a row: words, not a cue's attack.
    let words_begin = |at: usize| (0..3).all(|n| words(at + n * WINDOW));
    let last_words = |from: usize, to: usize| (from..to).step_by(WINDOW).rfind(|&at| words(at));
    let first_words = |from: usize, to: usize| {
        (from..to.saturating_sub(3 * WINDOW))
            .step_by(WINDOW)
            .find(|&at| words_begin(at))
    };
    let ms = |from: usize, to: usize| samples_to_ms(to) - samples_to_ms(from);

    let hushed = last_words(paused, resumed).map(|at| ms(paused, at + WINDOW));
    let again = first_words(resumed, skipped).map(|at| ms(resumed, at));
    let quiet_before_skip = last_words(resumed, skipped).map(|at| ms(at + WINDOW, skipped));
    let next = first_words(skipped, samples.len() - WINDOW).map(|at| ms(skipped, at));
    eprintln!("words after the pause key until {hushed:?} ms; again {again:?} ms after resume; the next step's {next:?} ms after the skip");
    let hushed = hushed.expect("words were being said at the pause");
    assert!(
        hushed < 250.0,
        "the words went on {hushed:.0} ms after the pause"
    );
    let again = again.expect("resume says the step again");
    assert!(
        again < 400.0,
        "the step was said again {again:.0} ms after resume"
    );
    assert!(
        quiet_before_skip.is_some_and(|quiet| quiet > 100.0),
        "the step's words had ended before the skip: {quiet_before_skip:?}"
    );
    let next = next.expect("the skip says the next step");
    assert!(
        next < 400.0,
        "the next step was said {next:.0} ms after the skip"
    );
}

#[test]
fn without_a_speech_service_one_line_says_why_and_the_cues_go_on() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let pulse = Pulse::start();
    // Neither a running service nor one to start.
    let empty = tempfile::tempdir().expect("temp dir");
    let path = [("PATH".to_string(), empty.path().display().to_string())];
    let Spoken {
        _x,
        app,
        recording,
        start: _,
        first,
    } = run_fixture(&pulse, &path);
    // The second step's cue comes on time: nothing waited for speech.
    let second = first + ms_to_samples(STEP_MS);
    while recording.samples_so_far() < second + ms_to_samples(500.0) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let samples = recording.finish();
    // The first tone ends 300 ms before the second step.
    let cue_again = listen::first_sound(&samples, second - ms_to_samples(250.0))
        .map(|at| samples_to_ms(at) - samples_to_ms(second));
    let stderr = app.stderr();
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("speech"))
        .collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("speech-dispatcher"), "{stderr}");
    assert!(
        cue_again.is_some_and(|offset| offset.abs() < 50.0),
        "the second cue at {cue_again:?} ms from its time\n{stderr}"
    );
}
