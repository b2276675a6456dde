//! A virtual microphone in a private PulseAudio: a null sink "mic" whose
//! monitor is the server's default source, so what is played into "mic" is
//! what a recording program hears from "the default microphone". And how a
//! test hears what was recorded: a tone's strength at one frequency
//! (Goertzel), the strongest frequency in a range.

use std::f64::consts::TAU;
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use super::{listen, Guard, Pulse, RATE};

/// The tone played into the microphone: a strong low note and a weaker
/// octave above it, each a whole number of periods in a second so that a
/// second repeated plays on without a seam.
pub const LOW_HZ: f64 = 440.0;
pub const HIGH_HZ: f64 = 880.0;
const LOW_LEVEL: f64 = 0.4;
const HIGH_LEVEL: f64 = 0.2;
/// As the other tests' recorders ask: a desktop's latency.
const LATENCY: &str = "--latency-msec=100";

pub struct VirtualMicrophone<'a> {
    pulse: &'a Pulse,
}

impl<'a> VirtualMicrophone<'a> {
    /// Adds the sink "mic" and makes its monitor the default source.
    pub fn install(pulse: &'a Pulse) -> VirtualMicrophone<'a> {
        pulse.pactl(&[
            "load-module",
            "module-null-sink",
            "sink_name=mic",
            "rate=48000",
            "channels=1",
        ]);
        pulse.pactl(&["set-default-source", "mic.monitor"]);
        let info = pulse.pactl(&["info"]);
        assert!(
            info.contains("Default Source: mic.monitor"),
            "the virtual microphone is the default source:\n{info}"
        );
        VirtualMicrophone { pulse }
    }

    /// Plays [`tone`] into the microphone, on and on, until the returned
    /// guard is dropped; returns once the sink is playing it.
    pub fn play_tone(&self) -> Guard {
        let mut pacat = self
            .pulse
            .tool("pacat")
            .args(["--playback", "--raw", "-d", "mic", "--format=s16le"])
            .args(["--channels=1", "--rate=48000", LATENCY])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pacat starts");
        let mut input = pacat.stdin.take().expect("piped stdin");
        let second: Vec<u8> = tone()
            .iter()
            .flat_map(|sample| ((sample * 32767.0) as i16).to_le_bytes())
            .collect();
        // The pipe blocks while the sink is a second ahead; the write fails
        // (and the thread ends) once pacat is killed.
        std::thread::spawn(move || while input.write_all(&second).is_ok() {});
        let playing = Guard(pacat);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.sink_running() {
            assert!(
                Instant::now() < deadline,
                "the tone did not reach the virtual microphone in 10 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        playing
    }

    fn sink_running(&self) -> bool {
        self.pulse
            .pactl(&["list", "short", "sinks"])
            .lines()
            .any(|line| line.split('\t').nth(1) == Some("mic") && line.contains("RUNNING"))
    }
}

/// One second of the tone: 440 Hz at 0.4 and 880 Hz at 0.2.
pub fn tone() -> Vec<f32> {
    (0..RATE)
        .map(|index| {
            let time = index as f64 / RATE as f64;
            (LOW_LEVEL * (TAU * LOW_HZ * time).sin() + HIGH_LEVEL * (TAU * HIGH_HZ * time).sin())
                as f32
        })
        .collect()
}

/// The strongest frequency in `samples` between `from` and `to` Hz: found
/// in 5 Hz steps, then to a tenth of a hertz around the best.
pub fn strongest_frequency(samples: &[f32], from: f64, to: f64) -> f64 {
    let best_of = |candidates: Vec<f64>| {
        candidates
            .into_iter()
            .map(|hz| (hz, listen::strength(samples, hz)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(0.0, |(hz, _)| hz)
    };
    let steps = ((to - from) / 5.0) as usize;
    let rough = best_of((0..=steps).map(|step| from + step as f64 * 5.0).collect());
    best_of(
        (-50..=50)
            .map(|step| rough + f64::from(step) / 10.0)
            .collect(),
    )
}

/// The largest magnitude in `samples`.
pub fn peak(samples: &[f32]) -> f32 {
    samples.iter().fold(0.0, |loudest, s| loudest.max(s.abs()))
}
