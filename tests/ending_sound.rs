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
    // Well inside a desktop's log-out grace; the record's fsync waits for
    // the disk, which just after a large build is slow (674 ms seen in CI).
    assert!(took < Duration::from_secs(2), "ended after {took:?}");

    // Where the fade is in the recording: after the signal by the time the
    // window took to hear it, plus what the output's and the capture's
    // buffers held (about 50 ms here when all is well).
    let fade = listen::fade_out(&samples, signalled + ms_to_samples(20.0))
        .expect("the tone was sounding and stopped");
    let heard_after = listen::samples_to_ms(fade.start - signalled);
    let decay = listen::samples_to_ms(fade.len());
    eprintln!(
        "began to fade {heard_after:.0} ms after the signal, died away over {decay:.0} ms, \
         Steady ended after {took:?}"
    );
    assert!(
        heard_after < 250.0,
        "the cue went on for {heard_after:.0} ms after the signal"
    );
    assert!(decay >= 10.0, "cut in {decay} ms instead of fading");

    // The tone's own steepest step, heard whole before the signal, against
    // the steepest step from the signal to well after the fade.
    let own = listen::largest_step(&samples, first + RATE / 10..signalled);
    let at_the_end = listen::largest_step(&samples, signalled..fade.end + RATE / 4);
    eprintln!("largest step: the tone's own {own:.4}, at the signal {at_the_end:.4}");
    assert!(
        at_the_end <= own * 1.1,
        "a step of {at_the_end} where the tone's own is {own}: a click"
    );
    assert!(
        listen::peak(&samples, fade.end + ms_to_samples(20.0)..samples.len()) < 0.002,
        "silence after the fade"
    );

    let history = app.config.path().join("data/history.jsonl");
    let records = steady::history::load(&history).records;
    assert_eq!(records.len(), 1, "the session is recorded");
    assert!(!records[0].finished);
}
