//! Cue names → sounds → decoded clips ready to play.
//!
//! Lookup order for a name: the exercise's own `sounds`, then the built-in cues.
//! A `File` sound is looked up in the person's sounds folder, then among the
//! shipped sounds (compiled in, so the binary works from anywhere).

use std::collections::BTreeMap;
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;

use rodio::Source;

use super::tone::{self, Tone};
use crate::error::Error;
use crate::exercise::{Exercise, Sound};

/// The soft tick played each second when counting is on.
pub const COUNT: &str = "count";
/// What the settings' "Play test sound" button plays.
pub const TEST_SOUND: &str = "chime";
/// Tones are rendered at this rate; the mixer converts to the device's.
pub const TONE_RATE: u32 = 48_000;

const SHIPPED_FILES: [(&str, &[u8]); 1] =
    [("bell.wav", include_bytes!("../../assets/sounds/bell.wav"))];

/// The built-in cues every exercise may name.
pub fn builtin(name: &str) -> Option<Sound> {
    let tone = |hz, to_hz, seconds, volume, fade_in, fade_out| {
        Sound::Tone(Tone {
            hz,
            to_hz,
            seconds,
            volume,
            fade_in,
            fade_out,
        })
    };
    Some(match name {
        "rise" => tone(220.0, Some(330.0), 0.8, 0.45, 0.08, 0.35),
        "fall" => tone(330.0, Some(220.0), 0.8, 0.45, 0.08, 0.35),
        "tick" => tone(880.0, None, 0.07, 0.25, 0.005, 0.05),
        "chime" => tone(660.0, None, 0.9, 0.4, 0.01, 0.8),
        COUNT => tone(1200.0, None, 0.04, 0.12, 0.004, 0.03),
        "bell" => Sound::File {
            path: "bell.wav".to_owned(),
            volume: 0.8,
        },
        _ => return None,
    })
}

pub const BUILTIN_NAMES: [&str; 6] = ["rise", "fall", "tick", "chime", "bell", COUNT];

/// A decoded cue: interleaved samples.
#[derive(Debug, Clone)]
pub struct Clip {
    pub samples: Arc<[f32]>,
    pub channels: u16,
    pub sample_rate: u32,
}

impl Clip {
    pub fn duration_seconds(&self) -> f64 {
        self.samples.len() as f64
            / f64::from(self.channels.max(1))
            / f64::from(self.sample_rate.max(1))
    }
}

/// The sound a name stands for in this exercise.
pub fn resolve(name: &str, own: &BTreeMap<String, Sound>) -> Option<Sound> {
    own.get(name).cloned().or_else(|| builtin(name))
}

/// Every cue name an exercise uses (step cues and defaults), sorted, once each.
pub fn names_used(exercise: &Exercise) -> Vec<String> {
    let timeline = crate::timeline::Timeline::from_exercise(exercise);
    let mut names: Vec<String> = timeline
        .segments()
        .iter()
        .filter_map(|segment| segment.cue.clone())
        .chain(timeline.end_cue().map(str::to_owned))
        .collect();
    let defaults = &exercise.cues;
    names.extend(
        [
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
        .cloned(),
    );
    names.sort();
    names.dedup();
    names
}

/// Problems with an exercise's cues: unknown names, missing or unreadable files.
pub fn validate(exercise: &Exercise, sounds_dir: &Path) -> Vec<Error> {
    names_used(exercise)
        .into_iter()
        .filter_map(|name| match resolve(&name, &exercise.sounds) {
            None => Some(Error::Sound {
                message: format!(
                    "no such cue; use one of {} or define it under `sounds`",
                    BUILTIN_NAMES[..5].join(", ")
                ),
                cue: name,
            }),
            Some(sound) => load(&name, &sound, sounds_dir).err(),
        })
        .collect()
}

/// Renders or decodes one sound.
pub fn load(name: &str, sound: &Sound, sounds_dir: &Path) -> Result<Clip, Error> {
    match sound {
        Sound::Tone(tone) => Ok(Clip {
            samples: tone::render(tone, TONE_RATE).into(),
            channels: 1,
            sample_rate: TONE_RATE,
        }),
        Sound::File { path, volume } => {
            let bytes = read_sound_file(name, path, sounds_dir)?;
            let clip = decode(name, path, bytes)?;
            let gain = volume.clamp(0.0, 1.0) as f32;
            Ok(Clip {
                samples: clip.samples.iter().map(|sample| sample * gain).collect(),
                ..clip
            })
        }
    }
}

fn read_sound_file(name: &str, path: &str, sounds_dir: &Path) -> Result<Vec<u8>, Error> {
    let user_file = sounds_dir.join(path);
    match std::fs::read(&user_file) {
        Ok(bytes) => return Ok(bytes),
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            return Err(Error::Sound {
                cue: name.to_owned(),
                message: format!("cannot read {}: {error}", user_file.display()),
            })
        }
        Err(_) => {}
    }
    SHIPPED_FILES
        .iter()
        .find(|(shipped, _)| *shipped == path)
        .map(|(_, bytes)| bytes.to_vec())
        .ok_or_else(|| Error::Sound {
            cue: name.to_owned(),
            message: format!(
                "the sound file \"{path}\" was not found in {} or among the shipped sounds",
                sounds_dir.display()
            ),
        })
}

/// Decodes a whole file into memory. A decoder that panics on a corrupt file is
/// caught and reported like any other bad file.
fn decode(name: &str, path: &str, bytes: Vec<u8>) -> Result<Clip, Error> {
    let problem = |message: String| Error::Sound {
        cue: name.to_owned(),
        message: format!("cannot play \"{path}\": {message}"),
    };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let decoder = rodio::Decoder::new(Cursor::new(bytes)).map_err(|error| error.to_string())?;
        let channels = decoder.channels().get();
        let sample_rate = decoder.sample_rate().get();
        // Cues are short; a long file is cut rather than held whole in memory.
        let limit = MAX_CUE_SECONDS * sample_rate as usize * usize::from(channels);
        let samples: Vec<f32> = decoder.take(limit).collect();
        Ok::<_, String>(Clip {
            samples: samples.into(),
            channels,
            sample_rate,
        })
    }));
    match outcome {
        Ok(Ok(clip)) if clip.samples.is_empty() => Err(problem("the file holds no sound".into())),
        Ok(Ok(clip)) => Ok(clip),
        Ok(Err(message)) => Err(problem(message)),
        Err(_) => Err(problem("the decoder failed on this file".into())),
    }
}

/// Longest cue kept from a sound file.
const MAX_CUE_SECONDS: usize = 20;

/// Every cue an exercise needs, decoded, plus the problems with any that failed.
pub fn load_all(exercise: &Exercise, sounds_dir: &Path) -> (Vec<(String, Clip)>, Vec<Error>) {
    let mut clips = Vec::new();
    let mut problems = Vec::new();
    let mut names = names_used(exercise);
    names.push(COUNT.to_owned());
    for name in names {
        match resolve(&name, &exercise.sounds).map(|sound| load(&name, &sound, sounds_dir)) {
            Some(Ok(clip)) => clips.push((name, clip)),
            Some(Err(error)) => problems.push(error),
            None => problems.push(Error::Sound {
                cue: name,
                message: "no such cue".into(),
            }),
        }
    }
    (clips, problems)
}

/// One built-in cue, decoded (the test sound).
pub fn load_builtin(name: &str, sounds_dir: &Path) -> Result<Clip, Error> {
    let sound = builtin(name).ok_or_else(|| Error::Sound {
        cue: name.to_owned(),
        message: "no such cue".into(),
    })?;
    load(name, &sound, sounds_dir)
}
