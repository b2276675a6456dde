//! Log-out or Ctrl-C in the middle of a cue: the cue fades out (no click),
//! the session is recorded, and Steady ends with status 0 — heard through a
//! private PulseAudio null sink, with the window under a private Xvfb.

mod support;

use std::time::{Duration, Instant};

use rustix::process::{kill_process, Pid, Signal};
use support::listen::{self, ms_to_samples};
use support::{Pulse, Steady, Xvfb, RATE};

const SETTINGS: &str = "(volume_db: 0.0, theme: Light)";

#[test]
fn a_signal_fades_the_cue_out_and_records_the_session() {
    if !support::tools(&support::SOUND_TOOLS) {
        return;
    }
    let _turn = support::one_at_a_time();
    let x = Xvfb::start();
    let pulse = Pulse::start();
    let recording = pulse.record();
    let start = recording.samples_so_far();
    let fixture = format!(
        "{}/tests/fixtures/three-second-steps.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut app = Steady::start(
        &["run", &fixture, "--lead-in", "0"],
        SETTINGS,
        Some(&x.display),
        &pulse.env(),
    );
    app.wait_for_window();
    let deadline = Instant::now() + Duration::from_secs(30);
    let first = loop {
        if let Some(at) = listen::first_sound(&recording.samples(), start) {
            break at;
        }
        assert!(Instant::now() < deadline, "no sound");
        std::thread::sleep(Duration::from_millis(20));
    };
    // Half a second into the in-breath tone.
    std::thread::sleep(Duration::from_millis(500));
    let signalled = recording.samples_so_far();
    let pid = Pid::from_raw(app.process.id() as i32).expect("a pid");
    let sent = Instant::now();
    kill_process(pid, Signal::TERM).expect("signal sent");
    let status = loop {
        if let Some(status) = app.process.0.try_wait().expect("wait") {
            break status;
        }
        assert!(
            sent.elapsed() < Duration::from_secs(5),
            "Steady did not end"
        );
        std::thread::sleep(Duration::from_millis(5));
    };
    let took = sent.elapsed();
    std::thread::sleep(Duration::from_millis(300));
    let samples = recording.finish();
    assert!(status.success(), "{status:?}\n{}", app.stderr());
    assert!(took < Duration::from_secs(1), "ended after {took:?}");

    // The tone's own steepest step, heard whole before the signal, against
    // the steepest step where the signal stopped it.
    let own = listen::largest_step(&samples, first + RATE / 10..signalled);
    let at_the_end = listen::largest_step(&samples, signalled..signalled + RATE / 2);
    eprintln!("largest step: the tone's own {own:.4}, at the signal {at_the_end:.4}");
    assert!(
        at_the_end <= own * 1.1,
        "a step of {at_the_end} where the tone's own is {own}: a click"
    );
    let decay = listen::decay_ms(&samples, signalled + ms_to_samples(20.0))
        .expect("the tone was sounding and stopped");
    eprintln!("died away over {decay:.0} ms, Steady ended after {took:?}");
    assert!(decay >= 10.0, "cut in {decay} ms instead of fading");
    assert!(
        listen::peak(&samples, signalled + RATE / 4..samples.len()) < 0.002,
        "silence after the fade"
    );

    let history = app.config.path().join("data/history.jsonl");
    let records = steady::history::load(&history).records;
    assert_eq!(records.len(), 1, "the session is recorded");
    assert!(!records[0].finished);
}
