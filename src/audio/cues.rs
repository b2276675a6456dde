//! Cue names → sounds → clips ready to play.
//!
//! Lookup order for a name: the exercise's own `sounds`, then the built-in
//! cues. A `File` sound is looked up in the person's sounds folder, then
//! among the shipped sounds (compiled in, so the binary works from anywhere).
//! Every clip is mono at the mixer's rate and matched in loudness to the
//! built-in cues, then scaled by its `volume`.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufReader, Cursor, Read, Seek};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use super::builtin::{self, Builtin};
use super::loudness;
use super::mix::RATE;
use super::tone;
use crate::error::Error;
use crate::exercise::{Exercise, Sound};
use crate::fsio;
use crate::timeline::Timeline;

pub use super::builtin::{COUNT, COUNT_IN, TEST_SOUND, TRANSITION};

const SHIPPED_FILES: [(&str, &[u8]); 1] =
    [("bell.wav", include_bytes!("../../assets/sounds/bell.wav"))];

/// Longest stretch of a sound file ever decoded: a cue, not a song.
pub const MAX_CUE: Duration = Duration::from_secs(20);
/// A sound file cut short ends with a fade this long, not a click.
const CUT_FADE: Duration = Duration::from_millis(30);

/// A cue ready to play, mono at the mixer's rate: a sound file's samples,
/// kept as 16-bit numbers (half the memory of 32-bit ones; the difference
/// is 96 dB below full scale, far under what anyone can hear at a cue's
/// level), or a built-in cue, which holds no samples: it is made from its
/// recipe while it plays.
#[derive(Debug, Clone)]
pub struct Clip {
    sound: Held,
}

#[derive(Debug, Clone)]
enum Held {
    Samples(Arc<[i16]>),
    Recipe {
        builtin: &'static Builtin,
        gain: f32,
    },
}

/// Full scale of a 16-bit sample.
const FULL: f32 = i16::MAX as f32;

impl Clip {
    /// Stores `samples` (-1 to 1; beyond is clipped) in one allocation of
    /// the final size.
    pub fn new(samples: &[f32]) -> Clip {
        Clip {
            sound: Held::Samples(
                samples
                    .iter()
                    .map(|sample| (sample.clamp(-1.0, 1.0) * FULL).round() as i16)
                    .collect(),
            ),
        }
    }

    /// The clip played from sample `from` on.
    pub fn play_from(&self, from: usize) -> Playback {
        Playback(match &self.sound {
            Held::Samples(samples) => Reading::Samples {
                samples: samples.clone(),
                position: from,
            },
            Held::Recipe { builtin, gain } => {
                Reading::Recipe(super::synth::Synth::new(builtin.strikes(), *gain, from))
            }
        })
    }

    pub fn len(&self) -> usize {
        match &self.sound {
            Held::Samples(samples) => samples.len(),
            Held::Recipe { builtin, .. } => builtin::length(builtin),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every sample as played (for tests and measurements).
    pub fn to_vec(&self) -> Vec<f32> {
        self.play_from(0).collect()
    }

    /// The memory the clip's sound takes while it waits to play.
    pub fn held_bytes(&self) -> usize {
        match &self.sound {
            Held::Samples(samples) => std::mem::size_of_val(&**samples),
            Held::Recipe { .. } => 0,
        }
    }

    /// Whether two handles share one copy of the samples (or one recipe).
    pub fn shares(&self, other: &Clip) -> bool {
        match (&self.sound, &other.sound) {
            (Held::Samples(one), Held::Samples(two)) => Arc::ptr_eq(one, two),
            (Held::Recipe { builtin: one, .. }, Held::Recipe { builtin: two, .. }) => {
                one.name == two.name
            }
            _ => false,
        }
    }

    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.len() as f64 / f64::from(RATE))
    }
}

/// A clip being played, sample by sample.
pub struct Playback(Reading);

// A built-in's state (about 1 KB) stays inline: starting a cue allocates
// nothing on the output's thread.
#[allow(clippy::large_enum_variant)]
enum Reading {
    Samples {
        samples: Arc<[i16]>,
        position: usize,
    },
    Recipe(super::synth::Synth),
}

impl Iterator for Playback {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        match &mut self.0 {
            Reading::Samples { samples, position } => {
                let sample = samples.get(*position)?;
                *position += 1;
                Some(f32::from(*sample) / FULL)
            }
            Reading::Recipe(synth) => synth.next(),
        }
    }
}

/// What a cue name stands for.
#[derive(Debug, Clone)]
pub enum CueSound {
    Builtin(&'static Builtin),
    Own(Sound),
}

/// The sound a name stands for, given the exercise's own sounds.
pub fn resolve(name: &str, own: &BTreeMap<String, Sound>) -> Option<CueSound> {
    match own.get(name) {
        Some(sound) => Some(CueSound::Own(sound.clone())),
        None => builtin::find(name).map(CueSound::Builtin),
    }
}

/// Every cue name an exercise mentions (step cues and defaults), sorted, once each.
pub fn names_used(exercise: &Exercise) -> Vec<String> {
    use crate::exercise::Practice;
    let defaults = &exercise.cues;
    let mut names: Vec<String> = [
        &defaults.inhale,
        &defaults.hold,
        &defaults.exhale,
        &defaults.hold_empty,
        &defaults.prompt,
        &defaults.tense,
        &defaults.release,
        &defaults.end,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    match &exercise.practice {
        Practice::Breathing { phases, .. } => {
            names.extend(phases.iter().filter_map(|phase| phase.cue.clone()));
        }
        Practice::Grounding { steps } => {
            names.extend(steps.iter().filter_map(|step| step.cue.clone()));
        }
        Practice::Relaxation { .. } => {}
    }
    names.sort();
    names.dedup();
    names
}

/// The cheap checks, fit for loading a whole library: every name resolves,
/// and every sound file is there. Decoding is left for [`load`].
pub fn check_names(exercise: &Exercise, sounds_dir: &Path) -> Vec<Error> {
    names_used(exercise)
        .into_iter()
        .filter_map(|name| match resolve(&name, &exercise.sounds) {
            None => Some(unknown(&name)),
            Some(CueSound::Own(Sound::File { path, .. })) => {
                find_file(&name, &path, sounds_dir).err()
            }
            Some(_) => None,
        })
        .collect()
}

/// Every check, including decoding each sound file: for `steady check`.
pub fn check_all(exercise: &Exercise, sounds_dir: &Path) -> Vec<Error> {
    let mut problems = check_names(exercise, sounds_dir);
    if !problems.is_empty() {
        return problems;
    }
    for name in names_used(exercise) {
        if let Some(sound) = resolve(&name, &exercise.sounds) {
            if let Err(error) = load(&name, &sound, sounds_dir, Duration::from_secs(1)) {
                problems.push(error);
            }
        }
    }
    problems
}

fn unknown(name: &str) -> Error {
    let known: Vec<&str> = builtin::names().collect();
    let close = crate::suggest::closest(name, known.iter().copied());
    let known = known[..6].join(", ");
    Error::Sound {
        message: match close {
            Some(close) => crate::t!("cue-unknown-close", close = close, known = known),
            None => crate::t!("cue-unknown", known = known),
        },
        cue: name.to_owned(),
    }
}

/// Renders or decodes one sound, at most `playable` long (built-ins whole).
pub fn load(
    name: &str,
    sound: &CueSound,
    sounds_dir: &Path,
    playable: Duration,
) -> Result<Clip, Error> {
    match sound {
        CueSound::Builtin(builtin) => builtin_clip(builtin.name).ok_or_else(|| unknown(name)),
        CueSound::Own(Sound::Tone(tone)) => {
            let rendered = tone::render(tone, RATE);
            Ok(Clip::new(&matched(rendered, tone.volume)))
        }
        CueSound::Own(Sound::File { path, volume }) => {
            let decoded = match find_file(name, path, sounds_dir)? {
                Found::User(file) => {
                    let (file, length) = fsio::open_regular(&file, fsio::cap::SOUND)
                        .map_err(|error| sound_error(name, error.to_string()))?;
                    let reader = BufReader::new(file.take(fsio::cap::SOUND));
                    decode(
                        name,
                        path,
                        SeekableTake::new(reader, length),
                        length,
                        playable.min(MAX_CUE),
                    )?
                }
                Found::Shipped(bytes) => decode(
                    name,
                    path,
                    Cursor::new(bytes),
                    bytes.len() as u64,
                    playable.min(MAX_CUE),
                )?,
            };
            Ok(Clip::new(&matched(decoded, *volume)))
        }
    }
}

/// Matches a sound's loudness to the built-in cues, then applies its volume.
pub(super) fn matched(mut samples: Vec<f32>, volume: f64) -> Vec<f32> {
    let measured = loudness::loudness(&samples);
    if measured < -90.0 {
        return samples;
    }
    let gain =
        10f32.powf((builtin::REFERENCE_LUFS - measured) / 20.0) * volume.clamp(0.0, 1.0) as f32;
    for sample in &mut samples {
        *sample *= gain;
    }
    samples
}

enum Found {
    User(std::path::PathBuf),
    Shipped(&'static [u8]),
}

fn find_file(name: &str, path: &str, sounds_dir: &Path) -> Result<Found, Error> {
    let user_file = sounds_dir.join(path);
    if std::fs::symlink_metadata(&user_file).is_ok() {
        return Ok(Found::User(user_file));
    }
    SHIPPED_FILES
        .iter()
        .find(|(shipped, _)| *shipped == path)
        .map(|(_, bytes)| Found::Shipped(bytes))
        .ok_or_else(|| {
            sound_error(
                name,
                crate::t!(
                    "cue-file-not-found",
                    path = path,
                    folder = sounds_dir.display().to_string()
                ),
            )
        })
}

fn sound_error(name: &str, message: String) -> Error {
    Error::Sound {
        cue: name.to_owned(),
        message,
    }
}

/// Decodes only the first `playable` of a file (at most [`MAX_CUE`] for
/// a cue, longer for a recording: the caller decides), converted to mono at the
/// mixer's rate. A decoder that panics on a corrupt file is caught and
/// reported like any other bad file.
pub(super) fn decode<R: Read + Seek + Send + Sync + 'static>(
    name: &str,
    path: &str,
    data: R,
    length: u64,
    playable: Duration,
) -> Result<Vec<f32>, Error> {
    let problem = |message: String| {
        sound_error(
            name,
            crate::t!("cue-cannot-play", path = path, message = message),
        )
    };
    let limit = (playable.as_secs_f64() * f64::from(RATE)) as usize;
    let mut data = data;
    super::vorbis_check::check(&mut data).map_err(problem)?;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let decoder = rodio::Decoder::builder()
            .with_data(data)
            .with_byte_len(length)
            .with_seekable(true)
            .with_hint(path.rsplit('.').next().unwrap_or_default())
            .build()
            .map_err(|error| crate::t!("cue-not-decoded", error = error.to_string()))?;
        let mono = rodio::source::UniformSourceIterator::new(
            decoder,
            std::num::NonZero::<u16>::MIN,
            std::num::NonZero::new(RATE).unwrap_or(std::num::NonZero::<u32>::MIN),
        );
        // One sample more than can play tells whether the file was cut.
        Ok::<_, String>(mono.take(limit + 1).collect::<Vec<f32>>())
    }));
    let mut samples = match outcome {
        Ok(Ok(samples)) => samples,
        Ok(Err(message)) => return Err(problem(message)),
        Err(_) => return Err(problem(crate::t!("cue-decoder-failed").into())),
    };
    if samples.is_empty() || samples.iter().all(|sample| *sample == 0.0) {
        return Err(problem(crate::t!("cue-no-sound").into()));
    }
    if samples.len() > limit {
        samples.truncate(limit);
        fade_end(&mut samples);
    }
    Ok(samples)
}

fn fade_end(samples: &mut [f32]) {
    let length = ((CUT_FADE.as_secs_f64() * f64::from(RATE)) as usize).min(samples.len());
    let start = samples.len() - length;
    for (offset, sample) in samples[start..].iter_mut().enumerate() {
        let left = (length - offset) as f32 / length as f32;
        *sample *= (1.0 - (std::f32::consts::PI * left).cos()) / 2.0;
    }
}

/// Reads at most `length` bytes of an inner reader and seeks within them:
/// a file that grows while it is decoded is still read only up to its cap.
pub(super) struct SeekableTake<R> {
    inner: R,
    position: u64,
    length: u64,
}

impl<R: Read + Seek> SeekableTake<R> {
    pub(super) fn new(inner: R, length: u64) -> Self {
        SeekableTake {
            inner,
            position: 0,
            length,
        }
    }
}

impl<R: Read + Seek> Read for SeekableTake<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let left = self.length.saturating_sub(self.position);
        let wanted = buffer
            .len()
            .min(usize::try_from(left).unwrap_or(usize::MAX));
        let read = self.inner.read(&mut buffer[..wanted])?;
        self.position += read as u64;
        Ok(read)
    }
}

impl<R: Read + Seek> Seek for SeekableTake<R> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let target = match to {
            std::io::SeekFrom::Start(offset) => offset.min(self.length),
            std::io::SeekFrom::End(offset) => self.length.saturating_add_signed(offset),
            std::io::SeekFrom::Current(offset) => self.position.saturating_add_signed(offset),
        }
        .min(self.length);
        self.position = self.inner.seek(std::io::SeekFrom::Start(target))?;
        Ok(self.position)
    }
}

/// How long each cue of a timeline can sound before the next cue takes
/// over: only that much of a sound file is decoded.
pub fn playable(timeline: &Timeline) -> HashMap<String, Duration> {
    let mut lengths: HashMap<String, Duration> = HashMap::new();
    let cued: Vec<(Duration, &str)> = timeline
        .segments()
        .iter()
        .filter_map(|segment| segment.cue.as_deref().map(|cue| (segment.start, cue)))
        .collect();
    // After the last step's cue, the end cue (if any) takes over.
    let after_last = match timeline.end_cue() {
        Some(_) => timeline.total(),
        None => timeline.total() + MAX_CUE,
    };
    for (index, (start, cue)) in cued.iter().enumerate() {
        let until = cued.get(index + 1).map_or(after_last, |(next, _)| *next);
        let length = until.saturating_sub(*start).min(MAX_CUE);
        let entry = lengths.entry((*cue).to_owned()).or_default();
        *entry = (*entry).max(length);
    }
    if let Some(end) = timeline.end_cue() {
        lengths.insert(end.to_owned(), MAX_CUE);
    }
    lengths
}

/// Every cue a timeline needs, ready to play, plus the problems with any that
/// failed (the others still play). Slow: run it off the window's thread.
pub fn prepare(timeline: &Timeline, sounds_dir: &Path) -> (HashMap<String, Clip>, Vec<Error>) {
    let mut clips = HashMap::new();
    let mut problems = Vec::new();
    let mut wanted = playable(timeline);
    // A routine's transitions are among its timeline's cues; these two are
    // played apart from the timeline, when counting or a lead-in is on.
    for name in [COUNT, COUNT_IN] {
        wanted.entry(name.to_owned()).or_insert(Duration::ZERO);
    }
    for (name, length) in wanted {
        match resolve(&name, timeline.sounds()) {
            Some(sound) => match load(&name, &sound, sounds_dir, length) {
                Ok(clip) => {
                    clips.insert(name, clip);
                }
                Err(error) => problems.push(error),
            },
            None => problems.push(unknown(&name)),
        }
    }
    problems.sort_by_key(ToString::to_string);
    (clips, problems)
}

/// One built-in cue, ready to play: its recipe and the gain that matches
/// its loudness (measured the first time it is wanted). It holds no
/// samples, so any number of sessions and test sounds can hold it.
pub fn builtin_clip(name: &str) -> Option<Clip> {
    let builtin = builtin::find(name)?;
    Some(Clip {
        sound: Held::Recipe {
            builtin,
            gain: builtin::gain(builtin),
        },
    })
}
