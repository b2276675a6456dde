//! The real sound path, end to end: `steady run` in a window under a private
//! Xvfb, its cues mixed and sent straight to a private PulseAudio (not
//! through ALSA's plugin and libpulse) whose null sink is recorded. What the recording must show: cues on their grid
//! from the first one on (even with both cores busy), no click at a pause,
//! skip or mute, the new step's cue after a skip while paused, the end bell
//! as soon as the end is skipped to, and sound that comes back after the
//! sound server is killed and started again, with the CPU left alone.

mod support;

use std::time::{Duration, Instant};

use support::listen::{self, ms_to_samples, LEAST_SCORE};
use support::{Pulse, Steady, Xvfb, RATE};

/// Loud enough to hear clearly above the sink's silence.
const SETTINGS: &str = "(volume_db: 0.0, theme: Light)";

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Waits until the recording holds sound; returns the sample where it starts.
fn wait_for_sound(recording: &support::Recording, from: usize, limit: Duration) -> usize {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(at) = listen::first_sound(&recording.samples(), from) {
            return at;
        }
        assert!(Instant::now() < deadline, "no sound within {limit:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Where each expected cue was heard (ms in the recording), searching
/// `slack_ms` around where it was due.
fn hear(heard: &listen::Heard, expected: &[(&str, f64)], slack_ms: f64) -> Vec<f64> {
    expected
        .iter()
        .map(|(name, due)| {
            let (at, score) = heard
                .find(name, *due, slack_ms)
                .unwrap_or_else(|| panic!("{name} near {due:.0} ms: nothing"));
            eprintln!(
                "{name}: heard at {at:.1} ms ({:+.1} ms from due), score {score:.3}",
                at - due
            );
            assert!(
                score >= LEAST_SCORE,
                "{name} near {due:.0} ms matched only {score}"
            );
            at
        })
        .collect()
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[test]
fn the_first_cue_lands_on_the_grid_of_the_others_with_both_cores_busy() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let pulse = Pulse::start();
    let recording = pulse.record();
    let _busy = support::busy_cores();
    let start = recording.samples_so_far();
    let app = Steady::start(
        &["run", &fixture("quick-breath.ron"), "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &pulse.env(),
    );
    let first = wait_for_sound(&recording, start, Duration::from_secs(60));
    std::thread::sleep(Duration::from_secs(11));
    // Shown when the test fails: what Steady itself said.
    eprintln!("Steady's stderr:\n{}", app.stderr());
    drop(app);
    let samples = recording.finish();
    let first_ms = listen::samples_to_ms(first);
    // Steps of one second: rise, tick, fall, tick, twice; then the bell.
    let names = [
        "rise", "tick", "fall", "tick", "rise", "tick", "fall", "tick", "bell",
    ];
    let heard = listen::Heard::new(&samples);
    // The first sound must be the first cue (a rise, not a tick): one that
    // never reached the sink would otherwise shift every name by a step.
    let score_as = |name| {
        heard
            .find(name, first_ms, 100.0)
            .map_or(0.0, |(_, score)| score)
    };
    let (rise, tick) = (score_as("rise"), score_as("tick"));
    assert!(
        rise >= LEAST_SCORE && rise > tick,
        "the first sound is not the first cue (rise); it sounds like: {}",
        heard.sounds_like(&["rise", "tick", "fall", "bell"], first_ms, 100.0)
    );
    let expected: Vec<(&str, f64)> = names
        .iter()
        .enumerate()
        .map(|(index, name)| (*name, first_ms + index as f64 * 1000.0))
        .collect();
    let offsets: Vec<f64> = hear(&heard, &expected, 200.0)
        .iter()
        .zip(&expected)
        .map(|(heard, (_, due))| heard - due)
        .collect();
    let grid = median(&mut offsets[1..].to_vec());
    let errors: Vec<f64> = offsets.iter().map(|offset| offset - grid).collect();
    eprintln!("errors against the grid (ms): {errors:?}");
    assert!(
        errors[0].abs() <= 20.0,
        "the first cue is {} ms off the grid",
        errors[0]
    );
    assert!(
        errors.iter().all(|error| error.abs() <= 20.0),
        "every cue on the grid: {errors:?}"
    );
}

#[test]
fn pause_skip_and_mute_never_click_and_skips_are_heard_at_once() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let pulse = Pulse::start();
    let recording = pulse.record();
    let start = recording.samples_so_far();
    let app = Steady::start(
        &["run", &fixture("three-second-steps.ron"), "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &pulse.env(),
    );
    app.wait_for_window();
    let first = wait_for_sound(&recording, start, Duration::from_secs(30));
    let t0 = Instant::now();
    let at = |seconds: f64| {
        let when = t0 + Duration::from_secs_f64(seconds);
        std::thread::sleep(when.saturating_duration_since(Instant::now()));
    };
    // Each key press, with where the recording was when it was pressed.
    let mut presses: Vec<(&str, usize)> = Vec::new();
    let mut press = |name: &'static str, key: &str| {
        presses.push((name, recording.samples_so_far()));
        app.key(key);
    };
    at(0.5);
    press("pause during the in-breath tone", "space");
    at(1.5);
    press("skip while paused", "Right");
    at(2.5);
    press("resume on the new step", "space");
    at(3.0);
    press("mute during the out-breath tone", "m");
    at(4.0);
    press("unmute", "m");
    at(6.0);
    press("skip during the in-breath tone", "Right");
    at(7.0);
    press("skip", "Right");
    at(8.0);
    press("skip", "Right");
    at(9.0);
    press("skip to the end", "Right");
    at(13.0);
    drop(app);
    let samples = recording.finish();
    let heard = listen::Heard::new(&samples);
    let ms = listen::samples_to_ms;

    // How long after each key its cue was heard.
    let heard_after = |press: usize, name: &str| {
        let pressed = ms(presses[press].1);
        let (at, score) = heard.find(name, pressed + 200.0, 200.0).expect("a cue");
        assert!(
            score >= LEAST_SCORE,
            "{} then {name}: matched only {score}; it sounds like: {}",
            presses[press].0,
            heard.sounds_like(&["rise", "fall", "bell"], pressed + 200.0, 200.0)
        );
        at - pressed
    };
    let resume_to_fall = heard_after(2, "fall");
    let skip_to_fall = heard_after(5, "fall");
    let skip_to_bell = heard_after(8, "bell");
    eprintln!("key to cue: resume {resume_to_fall:.0} ms, skip {skip_to_fall:.0} ms, end {skip_to_bell:.0} ms");
    assert!(
        resume_to_fall < 250.0,
        "the new step's cue is heard on resume"
    );
    assert!(
        skip_to_bell <= skip_to_fall + 50.0,
        "the bell comes within 50 ms of an ordinary skip's cue: {skip_to_bell} vs {skip_to_fall}"
    );

    // Nothing sounds between the pause and the resume.
    let paused = ms_to_samples(ms(presses[0].1) + 150.0)..presses[2].1;
    assert!(
        listen::peak(&samples, paused.clone()) < 0.002,
        "silence while paused"
    );

    // No step larger than the tones' own slope where a key cut them short.
    // Their own: the in-breath tone heard whole at the start, and the
    // out-breath tone from the resume to the mute (it begins at the top of
    // its glide, where it is steepest).
    let own_slope = listen::largest_step(&samples, first + RATE / 5..first + RATE)
        .max(listen::largest_step(&samples, presses[2].1..presses[3].1));
    for (name, pressed) in [presses[0], presses[3], presses[5]] {
        let window = pressed..pressed + RATE / 2;
        let step = listen::largest_step(&samples, window.clone());
        eprintln!("{name}: largest step {step:.4}, the tone's own {own_slope:.4}");
        assert!(
            step <= own_slope * 1.1,
            "{name}: a step of {step} (the tones' own slope is {own_slope})"
        );
    }
    // Pause and mute leave silence behind: the sound dies away over the
    // fade, not at once (where a cut lands near a zero crossing, the step
    // alone would not show it).
    for (name, pressed) in [presses[0], presses[3]] {
        let decay = listen::decay_ms(&samples, pressed + ms_to_samples(20.0))
            .unwrap_or_else(|| panic!("{name}: sound was playing and stopped"));
        eprintln!("{name}: died away over {decay:.0} ms");
        assert!(decay >= 10.0, "{name}: cut in {decay} ms instead of fading");
    }
}

#[test]
fn sound_comes_back_after_the_server_restarts_without_spinning() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let mut pulse = Pulse::start();
    let app = Steady::start(
        &["run", &fixture("minute-of-breaths.ron"), "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &pulse.env(),
    );
    app.wait_for_window();
    {
        let recording = pulse.record();
        let start = recording.samples_so_far();
        wait_for_sound(&recording, start, Duration::from_secs(20));
        recording.finish();
    }
    // The moving shape costs the same with or without a server, so what
    // the sound side spends is what changes when the server goes: a thread
    // that spins would add seconds of CPU in 4 s, a calm retry almost none.
    let cpu_for_4_s = || {
        let before = app.cpu_time();
        std::thread::sleep(Duration::from_secs(4));
        app.cpu_time().saturating_sub(before)
    };
    let with_server = cpu_for_4_s();
    pulse.kill();
    let without = cpu_for_4_s();
    eprintln!("CPU in 4 s: {with_server:?} with the server, {without:?} while it is gone");
    assert!(
        without < with_server + Duration::from_millis(400),
        "no spinning: {without:?} of CPU in 4 s while the server is gone, {with_server:?} with it"
    );
    pulse.start_again();
    let recording = pulse.record();
    let start = recording.samples_so_far();
    std::thread::sleep(Duration::from_secs(12));
    let samples = recording.finish();
    let heard = listen::onsets(&samples[start..], 0.01, 100);
    eprintln!("cues after the restart: {}", heard.len());
    assert!(heard.len() >= 3, "cues come back: {} heard", heard.len());
}

#[test]
fn a_sound_server_that_starts_later_is_found_and_the_stream_is_named_steady() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let mut pulse = Pulse::start();
    pulse.kill();
    let app = Steady::start(
        &["run", &fixture("minute-of-breaths.ron"), "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &pulse.env(),
    );
    app.wait_for_window();
    std::thread::sleep(Duration::from_secs(3));
    pulse.start_again();
    let recording = pulse.record();
    let start = recording.samples_so_far();
    wait_for_sound(&recording, start, Duration::from_secs(15));
    let clients = pulse.pactl(&["list", "clients"]);
    assert!(
        clients.contains("application.name = \"Steady\""),
        "the mixer shows Steady by name:\n{clients}"
    );
    drop(app);
}

/// The sound server's client libraries cost 2.6 MiB while cues play; Steady
/// speaks to the server itself. A quiet fall back to ALSA's plugin would
/// still be heard, so this looks at what the process has loaded.
#[test]
fn cues_go_straight_to_the_sound_server_without_its_libraries() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let pulse = Pulse::start();
    let recording = pulse.record();
    let start = recording.samples_so_far();
    let app = Steady::start(
        &["run", &fixture("minute-of-breaths.ron"), "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &pulse.env(),
    );
    wait_for_sound(&recording, start, Duration::from_secs(30));
    let maps = std::fs::read_to_string(format!("/proc/{}/maps", app.process.id()))
        .expect("the running Steady's memory map");
    let loaded: Vec<&str> = maps
        .lines()
        .filter(|line| line.contains("libpulse") || line.contains("libasound_module_pcm"))
        .collect();
    assert!(
        loaded.is_empty(),
        "the sound server's client library is loaded: {loaded:?}"
    );
    let streams = pulse.pactl(&["list", "sink-inputs"]);
    assert!(
        streams.contains("media.name = \"Exercise sounds\"")
            && streams.contains("application.id = \"io.github.steady_app.Steady\""),
        "the mixer shows the stream by name and Steady by its id:\n{streams}"
    );
    drop(app);
}

#[test]
fn an_idle_steady_closes_its_sound_output() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let pulse = Pulse::start();
    // Home: nothing is opened at all.
    let app = Steady::start(&[], SETTINGS, Some(&x.display), &pulse.env());
    app.wait_for_window();
    std::thread::sleep(Duration::from_secs(2));
    let streams = pulse.pactl(&["list", "short", "sink-inputs"]);
    assert!(
        streams.trim().is_empty(),
        "no stream on the home screen: {streams}"
    );
    drop(app);
    // After a short exercise, the output closes within a quiet minute.
    let app = Steady::start(
        &["run", &fixture("quick-breath.ron"), "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &pulse.env(),
    );
    app.wait_for_window();
    std::thread::sleep(Duration::from_secs(4));
    let streams = pulse.pactl(&["list", "short", "sink-inputs"]);
    assert!(!streams.trim().is_empty(), "a stream while cues play");
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let streams = pulse.pactl(&["list", "short", "sink-inputs"]);
        if streams.trim().is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the output stays open: {streams}"
        );
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// The ear hears a cue by its loudness over time, so what a real sound path
/// may do to the samples does not hide it: here resampled from 48 to
/// 44.1 kHz and back, and stored as 16-bit, a second into silence.
#[test]
fn cues_are_found_through_resampling_and_another_sample_format() {
    // Linear interpolation: a rougher resampler than any sound server's.
    fn resample(samples: &[f32], from: f64, to: f64) -> Vec<f32> {
        let count = (samples.len() as f64 * to / from) as usize;
        (0..count)
            .map(|index| {
                let position = index as f64 * from / to;
                let before = position.floor() as usize;
                let after = (before + 1).min(samples.len() - 1);
                let part = (position - before as f64) as f32;
                samples[before] * (1.0 - part) + samples[after] * part
            })
            .collect()
    }
    for name in ["rise", "tick", "fall", "bell"] {
        let cue = listen::samples_of(name);
        let mut recording = vec![0.0; RATE];
        recording.extend(resample(
            &resample(&cue, 48_000.0, 44_100.0),
            44_100.0,
            48_000.0,
        ));
        recording.extend(vec![0.0; RATE]);
        let stored: Vec<f32> = recording
            .iter()
            .map(|sample| f32::from((sample * 32767.0) as i16) / 32768.0)
            .collect();
        let (at, score) = listen::find_cue(&stored, name, 1000.0, 200.0).expect("found");
        assert!((at - 1000.0).abs() <= 1.0, "{name} at {at} ms, not 1000");
        assert!(score >= LEAST_SCORE, "{name} matched only {score}");
    }
}
