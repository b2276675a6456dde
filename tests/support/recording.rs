//! Recording the private sink's monitor, and knowing the recording is whole.
//!
//! A stream of our own plays into the sink all along: silence, and a short
//! noise burst (a marker) when asked. We know to the sample where each
//! marker sits in that stream, so two markers must land in the recording
//! exactly as far apart as they were played. The first one, heard before
//! [`Recording::start`] returns, proves the capture flows (before the app
//! starts); the last one, played by [`Recording::finish`], proves nothing
//! was lost in between, or fails the test saying "the recording lost N ms"
//! rather than blaming the app for what the recording did.
//!
//! The recorder asks for 100 ms of latency, as a desktop's clients do. At
//! 10 ms (as until 2026-12) the null sink ran at 5 ms, since a sink runs at
//! the latency its most hurried client asks for; on a loaded machine
//! Steady's output then underran as it started, ALSA's pulse plugin
//! replaced its stream at each recovery, and the first cues never reached
//! the sink. A second recorder at 100 ms heard the same, and the
//! recording's length kept to the wall clock: the recording had lost and
//! rewritten nothing. What a low-latency capture loses on its own is the
//! first few ms of a stream that starts while it records (0.4–3.4 ms at
//! 10 ms, under 0.3 ms at 100 ms): the sink rewinds to mix the new stream
//! in, and what the recorder was already sent is not sent again. See
//! docs/sound.md, "How the tests listen".

use std::io::Write;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::mpsc::{self, Sender, TryRecvError};
use std::time::{Duration, Instant};

use super::{Guard, Pulse};

pub const RATE: usize = 48_000;
/// What the recorder asks of the sink: a desktop's latency.
const LATENCY: &str = "--latency-msec=100";
/// Our own stream keeps a second queued: busy cores that hold `pacat` back
/// for a moment must not make it fall silent and shift its markers.
const MARKER_LATENCY: &str = "--latency-msec=1000";
/// A marker lasts 20 ms.
const MARKER: usize = RATE / 50;
/// Silence is written in blocks of 10 ms.
const BLOCK: usize = RATE / 100;
/// How far from where it is due the closing marker is looked for.
const SEARCH: usize = RATE * 3 / 10;
/// Markers further apart than this (a millisecond) in the recording than
/// they were played fail the test.
const MOST_LOST: usize = RATE / 1000;

pub struct Recording {
    pub file: PathBuf,
    _parec: Guard,
    markers: Markers,
    /// Recording sample − stream sample: where our stream lands in the recording.
    offset: i64,
}

impl Recording {
    pub(super) fn start(pulse: &Pulse) -> Recording {
        let markers = Markers::start(pulse);
        let file = pulse.folder().join(format!(
            "monitor-{}.raw",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |time| time.as_nanos())
        ));
        let parec = pulse
            .tool("parec")
            .args(["-d", "v.monitor", "--raw", "--format=s16le"])
            .args(["--channels=1", "--rate=48000", LATENCY])
            .stdout(std::fs::File::create(&file).expect("recording file"))
            .stderr(Stdio::null())
            .spawn()
            .expect("parec starts");
        let mut recording = Recording {
            file,
            _parec: Guard(parec),
            markers,
            offset: 0,
        };
        // A null sink's monitor starts late (after up to two seconds).
        let deadline = Instant::now() + Duration::from_secs(15);
        while recording.samples_so_far() < RATE / 10 {
            assert!(Instant::now() < deadline, "parec recorded nothing in 15 s");
            std::thread::sleep(Duration::from_millis(20));
        }
        let from = recording.samples_so_far();
        let played = recording.markers.play();
        let deadline = Instant::now() + Duration::from_secs(10);
        let heard = loop {
            let samples = recording.samples();
            if let Some(at) = find_marker(&samples, from, samples.len()) {
                break at;
            }
            assert!(
                Instant::now() < deadline,
                "the recording did not hear its first marker within 10 s: the capture does not flow"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        recording.offset = heard as i64 - played as i64;
        recording
    }

    /// How many samples are recorded by now: the recording's "now".
    pub fn samples_so_far(&self) -> usize {
        std::fs::metadata(&self.file).map_or(0, |meta| meta.len() as usize / 2)
    }

    /// Everything recorded so far, as -1..1.
    pub fn samples(&self) -> Vec<f32> {
        std::fs::read(&self.file)
            .expect("recording")
            .chunks_exact(2)
            .map(|pair| f32::from(i16::from_le_bytes([pair[0], pair[1]])) / 32768.0)
            .collect()
    }

    /// Plays the closing marker and checks it lands where it is due;
    /// everything recorded before it. Fails the test if the recording lost
    /// (or gained) time since it started.
    pub fn finish(self) -> Vec<f32> {
        let due = (self.markers.play() as i64 + self.offset).max(0) as usize;
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.samples_so_far() < due + MARKER + SEARCH && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut samples = self.samples();
        let heard =
            find_marker(&samples, due.saturating_sub(SEARCH), due + SEARCH).unwrap_or_else(|| {
                panic!(
                    "the recording lost time: its closing marker is not within {} ms of \
                     where it was due ({} s into the recording, which is {} s long)",
                    SEARCH * 1000 / RATE,
                    due as f64 / RATE as f64,
                    samples.len() as f64 / RATE as f64
                )
            });
        let ms = |samples: usize| samples as f64 * 1000.0 / RATE as f64;
        assert!(
            heard + MOST_LOST >= due,
            "the recording lost {:.1} ms between its markers",
            ms(due - heard)
        );
        assert!(
            heard <= due + MOST_LOST,
            "the recording gained {:.1} ms between its markers (its marker stream stalled)",
            ms(heard - due)
        );
        samples.truncate(heard);
        samples
    }
}

/// Our stream into the sink: silence, and a marker when asked.
struct Markers {
    /// Each request is answered with where in the stream its marker starts.
    requests: Sender<Sender<u64>>,
    _pacat: Guard,
}

impl Markers {
    fn start(pulse: &Pulse) -> Markers {
        let mut pacat = pulse
            .tool("pacat")
            .args(["--playback", "--raw", "-d", "v", "--format=s16le"])
            .args(["--channels=1", "--rate=48000", MARKER_LATENCY])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pacat starts");
        let mut input = pacat.stdin.take().expect("piped stdin");
        let (requests, asked) = mpsc::channel::<Sender<u64>>();
        let silence = vec![0u8; BLOCK * 2];
        let marker: Vec<u8> = marker()
            .iter()
            .flat_map(|sample| ((sample * 32767.0) as i16).to_le_bytes())
            .collect();
        // The pipe holds most of a second ahead of the sink: writing stays
        // ahead even when the cores are busy.
        std::thread::spawn(move || {
            let mut written: u64 = 0;
            loop {
                let block = match asked.try_recv() {
                    Ok(reply) => {
                        let _ = reply.send(written);
                        &marker
                    }
                    Err(TryRecvError::Empty) => &silence,
                    Err(TryRecvError::Disconnected) => return,
                };
                if input.write_all(block).is_err() {
                    return;
                }
                written += block.len() as u64 / 2;
            }
        });
        Markers {
            requests,
            _pacat: Guard(pacat),
        }
    }

    /// Queues a marker; where in the stream it starts.
    fn play(&self) -> u64 {
        let (reply, answer) = mpsc::channel();
        self.requests.send(reply).expect("the marker stream runs");
        answer
            .recv_timeout(Duration::from_secs(5))
            .expect("the marker stream takes the marker")
    }
}

/// 20 ms of loud white noise, the same every time: nothing else sounds like it.
fn marker() -> Vec<f32> {
    let mut state: u32 = 0x9e37_79b9;
    (0..MARKER)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state as f32 / u32::MAX as f32 - 0.5) * 0.8
        })
        .collect()
}

/// Where a marker starts in `samples`, starting between `from` and `to`:
/// the best normalised match above 0.8, looked at only where the sound is
/// at least half as strong as a marker (so quick over silence and cues).
fn find_marker(samples: &[f32], from: usize, to: usize) -> Option<usize> {
    let marker = marker();
    let last = to.min(samples.len().saturating_sub(MARKER));
    if from > last {
        return None;
    }
    let marker_energy: f64 = marker.iter().map(|v| f64::from(v * v)).sum();
    let mut energy: f64 = samples[from..from + MARKER]
        .iter()
        .map(|v| f64::from(v * v))
        .sum();
    let mut best: Option<(usize, f64)> = None;
    for lag in from..=last {
        if lag > from {
            energy += f64::from(samples[lag + MARKER - 1].powi(2));
            energy -= f64::from(samples[lag - 1].powi(2));
        }
        if energy < marker_energy / 2.0 {
            continue;
        }
        let dot: f64 = samples[lag..lag + MARKER]
            .iter()
            .zip(&marker)
            .map(|(a, b)| f64::from(a * b))
            .sum();
        let score = dot / (energy * marker_energy).sqrt();
        if score > 0.8 && best.is_none_or(|(_, top)| score > top) {
            best = Some((lag, score));
        }
    }
    best.map(|(lag, _)| lag)
}
