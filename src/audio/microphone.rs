//! Recording a person's own voice for a step: the default microphone, read
//! on a thread of its own and saved as a WAV file the cues can play. Nothing
//! here knows about iced: the editor reads a few atomics for its level meter
//! and clock, and awaits one [`Finished`] message.
//!
//! The take is kept as the mixer wants it (mono at [`RATE`]), 16-bit, with a
//! short fade at each end so it never starts or ends with a click.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;
use rodio::microphone::{Microphone, MicrophoneBuilder};
use rodio::source::UniformSourceIterator;
use rodio::Source;

use super::mix::RATE;
use crate::error::Error;

/// The longest take: two minutes of mono at 48 kHz is 23 MB while recording.
pub const MAX_LENGTH: Duration = Duration::from_secs(120);
/// Fades that keep the first and last sample from clicking.
const FADE_IN: Duration = Duration::from_millis(10);
const FADE_OUT: Duration = Duration::from_millis(30);
/// A take whose loudest sample stays below this (-50 dBFS) heard nothing: a
/// muted microphone still sends samples, all near zero.
const SILENT_PEAK: f32 = 0.003;
/// The level meter shows the peak of this much sound.
const LEVEL_WINDOW: Duration = Duration::from_millis(50);
/// How often the device's buffer is emptied. rodio's buffer holds 100 ms and
/// drops what does not fit, so this stays well below that.
const POLL: Duration = Duration::from_millis(10);
/// A device that was just opened may take a while to send its first samples
/// (a sound server starts the stream, a null sink's monitor starts late).
const FIRST_SOUND_WAIT: Duration = Duration::from_secs(5);
/// Once sound flows, a gap this long means the device went away.
const STALL: Duration = Duration::from_secs(1);
/// The thread's name, as `top -H` and debuggers show it.
const THREAD_NAME: &str = "steady-microphone";
const CLOSE_THREAD_NAME: &str = "steady-mic-end";

/// What came of one recording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Take {
    pub file: PathBuf,
    pub file_name: String,
    pub length: Duration,
}

/// How a recording ended; sent once.
#[derive(Debug, Clone)]
pub enum Finished {
    Saved(Take),
    Failed(Error),
}

/// What the recording thread tells the UI while it runs.
#[derive(Debug, Default)]
struct Shared {
    /// `f32` bits of the level meter's value.
    level: AtomicU32,
    elapsed_micros: AtomicU64,
    listening: AtomicBool,
    stop: AtomicBool,
}

impl Shared {
    fn show(&self, level: f32, elapsed: Duration) {
        self.level.store(level.to_bits(), Ordering::Relaxed);
        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        self.elapsed_micros.store(micros, Ordering::Relaxed);
        self.listening.store(true, Ordering::Relaxed);
    }

    fn closed(&self) {
        self.level.store(0.0f32.to_bits(), Ordering::Relaxed);
        self.listening.store(false, Ordering::Relaxed);
    }
}

/// One recording under way. Dropping it stops the recording; the take is
/// still saved for whoever holds a receiver from [`Recorder::finished`],
/// and not at all if nobody does.
pub struct Recorder {
    shared: Arc<Shared>,
    finished: async_channel::Receiver<Finished>,
}

impl Recorder {
    /// Starts recording from the default microphone on its own thread, at
    /// most `limit` long (and never more than [`MAX_LENGTH`]); the take will
    /// be saved as `<folder>/<stem>.wav` (or `<stem>-2.wav`…). Returns at once.
    pub fn start(limit: Duration, folder: PathBuf, stem: String) -> Recorder {
        let shared = Arc::new(Shared::default());
        let (sender, finished) = async_channel::bounded(1);
        let limit = capped(limit);
        let thread_shared = Arc::clone(&shared);
        let thread_sender = sender.clone();
        let spawned = std::thread::Builder::new()
            .name(THREAD_NAME.into())
            .spawn(move || run(limit, &folder, &stem, &thread_shared, &thread_sender));
        if let Err(error) = spawned {
            let words = crate::t!("microphone-cannot-start", reason = error.to_string());
            let _ = sender.try_send(Finished::Failed(Error::Refused(words)));
        }
        Recorder { shared, finished }
    }

    /// Loudness of the last ~50 ms, 0.0..=1.0 (peak), for a level meter. 0
    /// before the device opens and after it closes.
    pub fn level(&self) -> f32 {
        f32::from_bits(self.shared.level.load(Ordering::Relaxed))
    }

    /// How much has been recorded so far.
    pub fn elapsed(&self) -> Duration {
        Duration::from_micros(self.shared.elapsed_micros.load(Ordering::Relaxed))
    }

    /// Whether the device is open and samples are arriving.
    pub fn is_listening(&self) -> bool {
        self.shared.listening.load(Ordering::Relaxed)
    }

    /// Asks the recording to end now (Enter, or the Stop button); returns at once.
    pub fn stop(&self) {
        self.shared.stop.store(true, Ordering::Relaxed);
    }

    /// Resolves once, when the take is saved or the recording failed (also
    /// when the limit is reached on its own).
    pub fn finished(&self) -> async_channel::Receiver<Finished> {
        self.finished.clone()
    }
}

impl Drop for Recorder {
    /// A microphone is never left open by a screen that went away.
    fn drop(&mut self) {
        self.stop();
    }
}

impl std::fmt::Debug for Recorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recorder")
            .field("listening", &self.is_listening())
            .field("elapsed", &self.elapsed())
            .finish_non_exhaustive()
    }
}

/// Whether a default microphone exists, checked without recording (quick;
/// call it off the UI thread). Err holds a plain sentence for the editor's
/// buttons, such as "No microphone was found."
pub fn available() -> Result<(), String> {
    MicrophoneBuilder::new()
        .default_device()
        .and_then(|device| device.default_config())
        .map(|_| ())
        .map_err(|error| device_words(&error))
}

/// `limit`, but never more than [`MAX_LENGTH`]: memory stays bounded.
fn capped(limit: Duration) -> Duration {
    limit.min(MAX_LENGTH)
}

/// The whole life of one take, on the recording thread. A take nobody
/// waits for any more (the editor closed while it recorded) leaves no file.
fn run(
    limit: Duration,
    folder: &Path,
    stem: &str,
    shared: &Shared,
    outcome: &async_channel::Sender<Finished>,
) {
    let take = record(limit, shared).and_then(finish_take);
    if take.is_ok() && outcome.receiver_count() == 0 {
        return;
    }
    let finished = match take.and_then(|samples| save(&samples, folder, stem)) {
        Ok(take) => Finished::Saved(take),
        Err(error) => Finished::Failed(error),
    };
    let _ = outcome.try_send(finished);
}

/// Mono samples at the device's rate, with that rate: until `limit`, a stop,
/// or the device failing.
fn record(limit: Duration, shared: &Shared) -> Result<(Vec<f32>, u32), Error> {
    if shared.stop.load(Ordering::Relaxed) {
        return Ok((Vec::new(), RATE));
    }
    let mut microphone = open()?;
    let recorded = listen(&mut microphone, limit, shared);
    close_aside(microphone);
    shared.closed();
    recorded
}

/// Reads the open device until `limit`, a stop, or the device failing.
fn listen(
    microphone: &mut Microphone,
    limit: Duration,
    shared: &Shared,
) -> Result<(Vec<f32>, u32), Error> {
    let channels = usize::from(microphone.channels().get());
    let rate = microphone.sample_rate().get();
    let most = frames_in(limit, rate);
    let level_frames = frames_in(LEVEL_WINDOW, rate).max(1);
    // Enough for a short take at once; a long one grows as it goes.
    let mut take = Vec::with_capacity(most.min(frames_in(Duration::from_secs(10), rate)));
    let mut interleaved = Vec::new();
    let mut last_samples = Instant::now();
    loop {
        std::thread::sleep(POLL);
        let ready = waiting_frames(microphone, channels) * channels;
        if ready > 0 {
            interleaved.clear();
            interleaved.extend(microphone.by_ref().take(ready));
            mix_down(&interleaved, channels, &mut take);
            take.truncate(most);
            last_samples = Instant::now();
            let recent = &take[take.len().saturating_sub(level_frames)..];
            shared.show(peak(recent), length_of(take.len(), rate));
        } else {
            let patience = if take.is_empty() {
                FIRST_SOUND_WAIT
            } else {
                STALL
            };
            if last_samples.elapsed() > patience {
                return Err(stalled(take.is_empty()));
            }
        }
        if take.len() >= most || shared.stop.load(Ordering::Relaxed) {
            return Ok((take, rate));
        }
    }
}

/// Closes the device on a thread of its own, so that nothing waits for it.
/// ALSA's PulseAudio plugin can deadlock closing a capture whose server went
/// away (PulseAudio 16: its mainloop and the reading thread wait on each
/// other, and cpal joins the reader); only that thread is then lost, and
/// the person is still told why the recording ended.
fn close_aside(microphone: Microphone) {
    let _ = std::thread::Builder::new()
        .name(CLOSE_THREAD_NAME.into())
        .spawn(move || drop(microphone));
}

/// The default microphone, mono at the mixer's rate if it offers that.
fn open() -> Result<Microphone, Error> {
    let mono = std::num::NonZero::<u16>::MIN;
    let mixer_rate = std::num::NonZero::new(RATE).unwrap_or(std::num::NonZero::<u32>::MIN);
    let builder = MicrophoneBuilder::new()
        .default_device()
        .and_then(|device| device.default_config())
        .map_err(|error| Error::Refused(device_words(&error)))?
        .prefer_channel_counts([mono])
        .prefer_sample_rates([mixer_rate]);
    builder
        .open_stream()
        .map_err(|error| Error::Refused(device_words(&error)))
}

/// Whole frames waiting in the device's buffer: taking only those never
/// blocks (rodio's `next` waits for a sample that may never come).
fn waiting_frames(microphone: &Microphone, channels: usize) -> usize {
    microphone.size_hint().0 / channels.max(1)
}

/// Why a device that was open sends nothing.
fn stalled(never_started: bool) -> Error {
    Error::Refused(if never_started {
        crate::t!("microphone-no-start").to_owned()
    } else {
        crate::t!("microphone-stopped").to_owned()
    })
}

/// A sentence for a device that cannot be used, from what cpal says went
/// wrong (rodio wraps its errors, and does not export its own type).
fn device_words(error: &(dyn std::error::Error + 'static)) -> String {
    use rodio::cpal::traits::HostTrait;
    use rodio::CpalErrorKind as Kind;
    match cpal_error_in(error).map(rodio::CpalError::kind) {
        Some(Kind::DeviceNotAvailable | Kind::HostUnavailable) => {
            crate::t!("microphone-none").to_owned()
        }
        Some(Kind::DeviceBusy) => crate::t!("microphone-busy").to_owned(),
        Some(Kind::PermissionDenied) => crate::t!("microphone-not-allowed").to_owned(),
        _ if rodio::cpal::default_host().default_input_device().is_none() => {
            crate::t!("microphone-none").to_owned()
        }
        _ => crate::t!("microphone-cannot-open", reason = deepest_cause(error)),
    }
}

/// cpal's own error, wherever it sits among `error`'s causes.
fn cpal_error_in<'a>(error: &'a (dyn std::error::Error + 'static)) -> Option<&'a rodio::CpalError> {
    std::iter::successors(Some(error), |error| error.source())
        .find_map(|error| error.downcast_ref::<rodio::CpalError>())
}

/// The first cause of `error`: the system's own words, where rodio's say
/// only "could not open".
fn deepest_cause(error: &(dyn std::error::Error + 'static)) -> String {
    std::iter::successors(Some(error), |error| error.source())
        .last()
        .map_or_else(String::new, ToString::to_string)
}

/// Appends each frame of `interleaved` as the mean of its channels.
fn mix_down(interleaved: &[f32], channels: usize, into: &mut Vec<f32>) {
    let channels = channels.max(1);
    let scale = 1.0 / channels as f32;
    into.extend(
        interleaved
            .chunks_exact(channels)
            .map(|frame| frame.iter().sum::<f32>() * scale),
    );
}

/// A recorded take made ready to keep: at the mixer's rate, checked for
/// sound, faded at both ends.
fn finish_take((samples, rate): (Vec<f32>, u32)) -> Result<Vec<f32>, Error> {
    if samples.is_empty() {
        return Err(Error::Refused(crate::t!("microphone-empty").to_owned()));
    }
    if is_silent(&samples) {
        return Err(Error::Refused(crate::t!("microphone-silent").to_owned()));
    }
    let mut samples = at_mixer_rate(samples, rate);
    fade_ends(&mut samples);
    Ok(samples)
}

/// Whether nothing was heard: the loudest sample is near zero.
fn is_silent(samples: &[f32]) -> bool {
    peak(samples) < SILENT_PEAK
}

/// The largest magnitude in `samples`, at most 1.
fn peak(samples: &[f32]) -> f32 {
    samples
        .iter()
        .fold(0.0f32, |loudest, sample| loudest.max(sample.abs()))
        .min(1.0)
}

/// Mono `samples` at `rate`, resampled to [`RATE`] if they are not already.
fn at_mixer_rate(samples: Vec<f32>, rate: u32) -> Vec<f32> {
    let (Some(from), Some(to)) = (std::num::NonZero::new(rate), std::num::NonZero::new(RATE))
    else {
        return samples;
    };
    if from == to {
        return samples;
    }
    let mono = std::num::NonZero::<u16>::MIN;
    UniformSourceIterator::new(SamplesBuffer::new(mono, from, samples), mono, to).collect()
}

/// A 10 ms fade-in and a 30 ms fade-out, so the take never clicks.
fn fade_ends(samples: &mut [f32]) {
    let fade_in = frames_in(FADE_IN, RATE).min(samples.len());
    for (index, sample) in samples.iter_mut().take(fade_in).enumerate() {
        *sample *= index as f32 / fade_in as f32;
    }
    let fade_out = frames_in(FADE_OUT, RATE).min(samples.len());
    for (index, sample) in samples.iter_mut().rev().take(fade_out).enumerate() {
        *sample *= index as f32 / fade_out as f32;
    }
}

/// How many frames at `rate` last `length`.
fn frames_in(length: Duration, rate: u32) -> usize {
    (length.as_secs_f64() * f64::from(rate)).round() as usize
}

/// How long `frames` at `rate` last.
fn length_of(frames: usize, rate: u32) -> Duration {
    Duration::from_secs_f64(frames as f64 / f64::from(rate.max(1)))
}

/// Writes the take to a free name in `folder`, never over another file.
fn save(samples: &[f32], folder: &Path, stem: &str) -> Result<Take, Error> {
    let file = free_wav_name(folder, stem);
    crate::store::write_atomically(&file, &wav_bytes(samples), 0o644).map_err(|error| {
        Error::Refused(crate::t!(
            "microphone-not-saved",
            folder = folder.display().to_string(),
            reason = error.message()
        ))
    })?;
    let file_name = file
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    Ok(Take {
        file,
        file_name,
        length: length_of(samples.len(), RATE),
    })
}

/// `<folder>/<stem>.wav`, or `<stem>-2.wav`, `-3`… if that is taken. A stem
/// that would leave the folder or hide the file is made plain.
fn free_wav_name(folder: &Path, stem: &str) -> PathBuf {
    let stem = plain_stem(stem);
    let mut candidate = folder.join(format!("{stem}.wav"));
    let mut number = 2;
    while std::fs::symlink_metadata(&candidate).is_ok() {
        candidate = folder.join(format!("{stem}-{number}.wav"));
        number += 1;
    }
    candidate
}

/// `stem` without path separators or a leading dot; "voice" if nothing is left.
fn plain_stem(stem: &str) -> String {
    let plain: String = stem
        .chars()
        .map(|letter| match letter {
            '/' | '\\' | '\0' => '-',
            other => other,
        })
        .collect();
    let plain = plain.trim().trim_start_matches('.').trim();
    if plain.is_empty() {
        "voice".to_owned()
    } else {
        plain.to_owned()
    }
}

/// A 16-bit PCM mono WAV file at [`RATE`]: the 44-byte RIFF header, then
/// the samples. Written by hand: a crate for 25 lines was not worth it.
pub fn wav_bytes(samples: &[f32]) -> Vec<u8> {
    const HEADER: usize = 44;
    const BYTES_PER_SAMPLE: u16 = 2;
    // At most MAX_LENGTH of samples arrive here, far below 4 GiB.
    let data_size = u32::try_from(samples.len() * usize::from(BYTES_PER_SAMPLE))
        .unwrap_or(u32::MAX - HEADER as u32);
    let mut bytes = Vec::with_capacity(HEADER + data_size as usize);
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(data_size + HEADER as u32 - 8).to_le_bytes());
    bytes.extend_from_slice(b"WAVE");
    bytes.extend_from_slice(b"fmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes()); // size of this chunk
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&RATE.to_le_bytes());
    bytes.extend_from_slice(&(RATE * u32::from(BYTES_PER_SAMPLE)).to_le_bytes()); // bytes a second
    bytes.extend_from_slice(&BYTES_PER_SAMPLE.to_le_bytes()); // bytes a frame
    bytes.extend_from_slice(&(BYTES_PER_SAMPLE * 8).to_le_bytes()); // bits a sample
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data_size.to_le_bytes());
    for &sample in samples {
        bytes.extend_from_slice(&to_i16(sample).to_le_bytes());
    }
    bytes
}

/// A sample as 16 bits, scaled by 32768 as decoders divide by it, so a
/// sample read back is the one written to within half a step.
fn to_i16(sample: f32) -> i16 {
    (sample * 32768.0)
        .round()
        .clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: Vec<u8>) -> (u16, u32, Vec<f32>) {
        let decoder = rodio::Decoder::new(std::io::Cursor::new(bytes)).expect("a WAV file");
        let (channels, rate) = (decoder.channels().get(), decoder.sample_rate().get());
        (channels, rate, decoder.collect())
    }

    #[test]
    fn wav_bytes_round_trip_through_rodios_decoder() {
        let samples: Vec<f32> = (0..4800)
            .map(|index| (index as f32 * 0.05).sin() * 0.8)
            .chain([1.0, -1.0, 0.0, 0.5, -0.25, 1.5, -1.5])
            .collect();
        let bytes = wav_bytes(&samples);
        assert_eq!(bytes.len(), 44 + samples.len() * 2);
        assert_eq!(&bytes[0..4], b"RIFF");
        assert_eq!(&bytes[8..16], b"WAVEfmt ");
        let (channels, rate, decoded) = decode(bytes);
        assert_eq!((channels, rate), (1, RATE));
        assert_eq!(decoded.len(), samples.len());
        for (index, (written, read)) in samples.iter().zip(&decoded).enumerate() {
            let expected = written.clamp(-1.0, 1.0);
            assert!(
                (expected - read).abs() <= 1.0 / 32768.0,
                "sample {index}: wrote {written}, read {read}"
            );
        }
    }

    #[test]
    fn an_empty_take_is_still_a_valid_file() {
        let (channels, rate, decoded) = decode(wav_bytes(&[]));
        assert_eq!((channels, rate, decoded.len()), (1, RATE, 0));
    }

    #[test]
    fn the_ends_fade_in_over_10_ms_and_out_over_30_ms() {
        let mut samples = vec![0.5; RATE as usize];
        fade_ends(&mut samples);
        let fade_in = RATE as usize / 100;
        let fade_out = RATE as usize * 3 / 100;
        let last = samples.len() - 1;
        assert_eq!(samples[0], 0.0, "starts from silence");
        assert_eq!(samples[last], 0.0, "ends in silence");
        assert!((samples[fade_in / 2] - 0.25).abs() < 0.001, "halfway in");
        assert!((samples[last - fade_out / 2] - 0.25).abs() < 0.001);
        assert_eq!(samples[fade_in], 0.5, "full after the fade-in");
        assert_eq!(samples[last - fade_out], 0.5, "full until the fade-out");
        // Each step of a fade is small: no click anywhere.
        let largest_step = samples
            .windows(2)
            .map(|pair| (pair[1] - pair[0]).abs())
            .fold(0.0, f32::max);
        assert!(largest_step <= 0.5 / fade_in as f32 + 1e-6);
    }

    #[test]
    fn a_take_shorter_than_its_fades_still_ends_at_zero() {
        let mut samples = vec![0.5; 100];
        fade_ends(&mut samples);
        assert_eq!(samples[0], 0.0);
        assert_eq!(samples[99], 0.0);
        assert!(samples.iter().all(|sample| (0.0..=0.5).contains(sample)));
    }

    #[test]
    fn a_free_name_never_takes_an_existing_file() {
        let folder = tempfile::tempdir().expect("temp dir");
        let first = free_wav_name(folder.path(), "step-1");
        assert_eq!(first, folder.path().join("step-1.wav"));
        std::fs::write(&first, b"taken").expect("write");
        let second = free_wav_name(folder.path(), "step-1");
        assert_eq!(second, folder.path().join("step-1-2.wav"));
        std::fs::write(&second, b"taken").expect("write");
        assert_eq!(
            free_wav_name(folder.path(), "step-1"),
            folder.path().join("step-1-3.wav")
        );
        assert_eq!(
            free_wav_name(folder.path(), "other"),
            folder.path().join("other.wav")
        );
    }

    #[test]
    fn a_stem_never_leaves_its_folder_or_hides_the_file() {
        assert_eq!(plain_stem("../secret"), "-secret");
        assert_eq!(plain_stem("a/b"), "a-b");
        assert_eq!(plain_stem(".hidden"), "hidden");
        assert_eq!(plain_stem(""), "voice");
        assert_eq!(plain_stem(" .. "), "voice");
        assert_eq!(plain_stem("Einatmen ü"), "Einatmen ü");
    }

    #[test]
    fn a_saved_take_is_named_and_timed_and_leaves_others_alone() {
        let folder = tempfile::tempdir().expect("temp dir");
        std::fs::write(folder.path().join("voice.wav"), b"older").expect("write");
        let take = save(&vec![0.1; RATE as usize / 2], folder.path(), "voice").expect("saved");
        assert_eq!(take.file_name, "voice-2.wav");
        assert_eq!(take.length, Duration::from_millis(500));
        assert_eq!(
            std::fs::read(folder.path().join("voice.wav")).expect("read"),
            b"older"
        );
        let (_, _, decoded) = decode(std::fs::read(&take.file).expect("read"));
        assert_eq!(decoded.len(), RATE as usize / 2);
    }

    #[test]
    fn a_take_that_cannot_be_written_says_where() {
        let folder = tempfile::tempdir().expect("temp dir");
        // A file where the folder should be: nothing can be saved inside it.
        let blocked = folder.path().join("blocked");
        std::fs::write(&blocked, b"a file").expect("write");
        let Err(error) = save(&[0.1; 480], &blocked, "voice") else {
            panic!("saved inside a file");
        };
        let words = error.to_string();
        assert!(
            words.contains(&blocked.display().to_string()),
            "names the folder: {words}"
        );
        assert!(
            words.starts_with("The recording could not be saved"),
            "{words}"
        );
    }

    #[test]
    fn silence_and_a_muted_microphone_are_told_from_a_quiet_voice() {
        assert!(is_silent(&[0.0; 4800]));
        let hiss: Vec<f32> = (0..4800)
            .map(|index| if index % 2 == 0 { 0.002 } else { -0.002 })
            .collect();
        assert!(is_silent(&hiss), "a muted microphone's faint hiss");
        let mut quiet_voice = hiss.clone();
        quiet_voice[2400] = 0.02;
        assert!(!is_silent(&quiet_voice));
        assert!(!is_silent(&[0.5, -0.9]));
    }

    #[test]
    fn a_silent_or_empty_take_fails_with_words_a_person_understands() {
        let silent = finish_take((vec![0.0; 48_000], RATE)).map(|_| ());
        let Err(error) = silent else {
            panic!("a silent take was kept");
        };
        assert_eq!(
            error.to_string(),
            "Nothing was heard. Is the microphone muted?"
        );
        let Err(error) = finish_take((Vec::new(), RATE)) else {
            panic!("an empty take was kept");
        };
        assert_eq!(error.to_string(), "Nothing was recorded.");
    }

    #[test]
    fn a_short_take_is_kept_faded() {
        let kept = finish_take((vec![0.3; 4800], RATE)).expect("a short take is kept");
        assert_eq!(kept.len(), 4800);
        assert_eq!(kept[0], 0.0);
        assert_eq!(kept[2400], 0.3);
    }

    #[test]
    fn the_limit_is_capped_at_two_minutes() {
        assert_eq!(capped(Duration::from_secs(3600)), MAX_LENGTH);
        assert_eq!(capped(Duration::from_secs(121)), MAX_LENGTH);
        assert_eq!(capped(Duration::from_secs(5)), Duration::from_secs(5));
        assert_eq!(capped(Duration::ZERO), Duration::ZERO);
        assert_eq!(frames_in(capped(Duration::MAX), RATE), 120 * RATE as usize);
    }

    #[test]
    fn stereo_is_mixed_down_to_the_mean_of_each_frame() {
        let mut mono = Vec::new();
        mix_down(&[0.2, 0.4, -1.0, 1.0, 0.5, 0.5], 2, &mut mono);
        assert_eq!(mono, vec![0.3f32, 0.0, 0.5]);
        mix_down(&[0.1, 0.2], 1, &mut mono);
        assert_eq!(mono.len(), 5);
    }

    #[test]
    fn another_device_rate_is_resampled_to_the_mixers() {
        let at_44k: Vec<f32> = (0..44_100)
            .map(|index| (index as f32 * 440.0 * std::f32::consts::TAU / 44_100.0).sin() * 0.5)
            .collect();
        let resampled = at_mixer_rate(at_44k, 44_100);
        let expected = RATE as i64;
        assert!(
            (resampled.len() as i64 - expected).abs() <= 2,
            "{} samples",
            resampled.len()
        );
        assert!(peak(&resampled) > 0.45);
        let same = at_mixer_rate(vec![0.1; 10], RATE);
        assert_eq!(same, vec![0.1; 10]);
    }

    #[test]
    fn the_level_is_the_peak_within_zero_and_one() {
        assert_eq!(peak(&[]), 0.0);
        assert_eq!(peak(&[0.1, -0.6, 0.3]), 0.6);
        assert_eq!(peak(&[2.0]), 1.0);
    }

    #[test]
    fn a_recorder_stopped_before_it_starts_ends_without_opening_a_device() {
        let shared = Shared::default();
        shared.stop.store(true, Ordering::Relaxed);
        let (samples, _) = record(Duration::from_secs(1), &shared).expect("no device needed");
        assert!(samples.is_empty());
    }
}
