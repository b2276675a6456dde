//! Cue names and sound files are checked: unknown names, missing files and
//! files that cannot be decoded are errors naming the cue and the file.

use std::fs;
use std::path::Path;
use std::time::Duration;

use steady::audio::cues;
use steady::exercise::parse;
use steady::Error;

fn timeline_of(exercise: &steady::exercise::Exercise) -> steady::timeline::Timeline {
    steady::timeline::Timeline::from_exercise(exercise)
}

fn exercise_with(cues_line: &str, sounds_line: &str) -> steady::exercise::Exercise {
    let text = format!(
        "(version: 1, id: \"c\", title: \"C\", summary: \"C.\",
          practice: Breathing(phases: [(breath: Inhale, seconds: 2), (breath: Exhale, seconds: 2, cue: \"whoosh\")], repeat: Cycles(2)),
          {cues_line}
          {sounds_line})"
    );
    parse(&text).unwrap_or_else(|error| panic!("{error}"))
}

fn sound_errors(errors: &[Error]) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|error| match error {
            Error::Sound { cue, message } => (cue.clone(), message.clone()),
            other => panic!("expected a sound error, got {other:?}"),
        })
        .collect()
}

#[test]
fn every_shipped_exercise_has_working_cues() {
    let nowhere = Path::new("/nonexistent/sounds");
    for (name, text) in steady::library::SHIPPED {
        let exercise = parse(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert!(cues::check_all(&exercise, nowhere).is_empty(), "{name}");
        assert!(!cues::names_used(&exercise).is_empty(), "{name} has cues");
    }
}

#[test]
fn an_unknown_cue_name_is_an_error_naming_it() {
    let exercise = exercise_with("cues: (inhale: \"rise\"),", "");
    let errors = sound_errors(&cues::check_all(&exercise, Path::new("/nonexistent")));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "whoosh");
    assert!(errors[0].1.contains("no such cue"), "{}", errors[0].1);
}

#[test]
fn a_defined_tone_is_a_known_cue() {
    let exercise = exercise_with(
        "",
        "sounds: { \"whoosh\": Tone(hz: 300, to_hz: 200, seconds: 0.5) },",
    );
    assert!(cues::check_all(&exercise, Path::new("/nonexistent")).is_empty());
}

#[test]
fn a_missing_sound_file_is_an_error_naming_the_file() {
    let exercise = exercise_with("", "sounds: { \"whoosh\": File(path: \"whoosh.ogg\") },");
    let errors = sound_errors(&cues::check_all(
        &exercise,
        Path::new("/nonexistent/sounds"),
    ));
    assert_eq!(errors.len(), 1);
    assert!(errors[0].1.contains("whoosh.ogg"), "{}", errors[0].1);
    assert!(errors[0].1.contains("not found"), "{}", errors[0].1);
}

#[test]
fn a_corrupt_sound_file_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("whoosh.ogg"),
        b"OggS this is not really vorbis at all",
    )
    .expect("write");
    fs::write(dir.path().join("empty.wav"), b"").expect("write");
    let exercise = exercise_with(
        "cues: (inhale: \"empty\"),",
        "sounds: { \"whoosh\": File(path: \"whoosh.ogg\"), \"empty\": File(path: \"empty.wav\") },",
    );
    let errors = sound_errors(&cues::check_all(&exercise, dir.path()));
    assert_eq!(errors.len(), 2, "{errors:?}");
    for (_, message) in &errors {
        assert!(message.contains("cannot play"), "{message}");
    }
}

#[test]
fn a_user_sound_file_is_found_and_decoded() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A real WAV: the shipped bell, copied under another name.
    let bell = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sounds/bell.wav");
    fs::copy(bell, dir.path().join("mine.wav")).expect("copy");
    let exercise = exercise_with(
        "",
        "sounds: { \"whoosh\": File(path: \"mine.wav\", volume: 0.5) },",
    );
    let (clips, problems) = cues::prepare(&timeline_of(&exercise), dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    let clip = clips.get("whoosh").expect("decoded");
    // The exhale's cue can sound until the next cue, 2 s later: the 2 s bell fits.
    let seconds = clip.duration().as_secs_f64();
    assert!((seconds - 2.0).abs() < 0.05, "{seconds}");
    // Matched to the built-in cues' loudness, then at half volume: far from full scale.
    assert!(clip.to_vec().iter().all(|sample| sample.abs() <= 0.5));
}

#[test]
fn a_broken_cue_leaves_the_others_playable() {
    let exercise = exercise_with("cues: (inhale: \"rise\", end: \"bell\"),", "");
    let (clips, problems) = cues::prepare(&timeline_of(&exercise), Path::new("/nonexistent"));
    assert_eq!(problems.len(), 1, "only whoosh fails: {problems:?}");
    assert!(clips.contains_key("rise") && clips.contains_key("bell"));
}

#[test]
fn a_long_sound_file_is_decoded_only_as_far_as_it_can_play() {
    let dir = tempfile::tempdir().expect("temp dir");
    // 30 s of a soft tone as a WAV, on the out-breath: the next in-breath's
    // cue (or the end bell) comes 2 s later.
    write_wav(&dir.path().join("long.wav"), 30.0);
    let exercise = exercise_with(
        "cues: (inhale: \"rise\", end: \"bell\"),",
        "sounds: { \"whoosh\": File(path: \"long.wav\") },",
    );
    let (clips, problems) = cues::prepare(&timeline_of(&exercise), dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    let clip = clips.get("whoosh").expect("decoded");
    assert!((clip.duration().as_secs_f64() - 2.0).abs() < 0.01);
    // Cut with a fade, not a click: the last samples fall to silence.
    let samples = clip.to_vec();
    let tail = &samples[samples.len() - 10..];
    assert!(tail.iter().all(|sample| sample.abs() < 0.01), "{tail:?}");
}

#[test]
fn a_pipe_or_a_folder_as_a_sound_file_is_refused_without_waiting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.wav");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo works");
    fs::create_dir(dir.path().join("folder.wav")).expect("mkdir");
    for name in ["pipe.wav", "folder.wav"] {
        let exercise = exercise_with(
            "",
            &format!("sounds: {{ \"whoosh\": File(path: \"{name}\") }},"),
        );
        let started = std::time::Instant::now();
        let (_, problems) = cues::prepare(&timeline_of(&exercise), dir.path());
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "no waiting on {name}"
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].to_string().contains("not a regular file"),
            "{}",
            problems[0]
        );
    }
}

/// A mono 16-bit WAV of a quiet 440 Hz tone, `seconds` long.
fn write_wav(path: &Path, seconds: f64) {
    write_tone_wav(path, seconds, 48_000, 1, 2, 0.25);
}

/// A WAV of a 440 Hz tone at `level`, `seconds` long, at `rate` with
/// `channels` of `bytes`-byte integer samples (2 or 3), the same in each.
fn write_tone_wav(path: &Path, seconds: f64, rate: u32, channels: u16, bytes: u16, level: f64) {
    let frames = (seconds * f64::from(rate)) as u32;
    let frame_bytes = u32::from(channels) * u32::from(bytes);
    let data_bytes = frames * frame_bytes;
    let full_scale = f64::from((1u32 << (8 * bytes - 1)) - 1);
    let mut file = Vec::new();
    file.extend_from_slice(b"RIFF");
    file.extend_from_slice(&(36 + data_bytes).to_le_bytes());
    file.extend_from_slice(b"WAVEfmt ");
    file.extend_from_slice(&16u32.to_le_bytes());
    file.extend_from_slice(&1u16.to_le_bytes());
    file.extend_from_slice(&channels.to_le_bytes());
    file.extend_from_slice(&rate.to_le_bytes());
    file.extend_from_slice(&(rate * frame_bytes).to_le_bytes());
    file.extend_from_slice(&(frame_bytes as u16).to_le_bytes());
    file.extend_from_slice(&(8 * bytes).to_le_bytes());
    file.extend_from_slice(b"data");
    file.extend_from_slice(&data_bytes.to_le_bytes());
    for index in 0..frames {
        let value = (f64::from(index) * 440.0 * std::f64::consts::TAU / f64::from(rate)).sin();
        let sample = ((value * level * full_scale) as i32).to_le_bytes();
        for _ in 0..channels {
            file.extend_from_slice(&sample[..usize::from(bytes)]);
        }
    }
    fs::write(path, file).expect("write wav");
}

#[test]
fn a_built_in_cue_holds_no_samples_while_it_waits() {
    let exercise = exercise_with("cues: (inhale: \"rise\", end: \"bell\"),", "");
    let (clips, _) = cues::prepare(&timeline_of(&exercise), Path::new("/nonexistent"));
    let bell = clips.get("bell").expect("the end bell");
    // Made from its recipe while it plays: a session waiting for its end
    // bell holds none of its 7 s.
    assert_eq!(bell.held_bytes(), 0);
    assert_eq!(bell.duration(), Duration::from_secs(7));
    let again = cues::builtin_clip("bell").expect("a built-in cue");
    assert!(bell.shares(&again));
    // What plays is the rendered sound, and starting part way through
    // plays what the whole would have played there.
    let rendered = steady::audio::builtin::samples("bell").expect("a built-in cue");
    let played = bell.to_vec();
    assert_eq!(rendered, played);
    let late: Vec<f32> = bell.play_from(96_000).collect();
    assert_eq!(late.len(), played.len() - 96_000);
    let worst = late
        .iter()
        .zip(&played[96_000..])
        .map(|(late, whole)| (late - whole).abs())
        .fold(0.0f32, f32::max);
    assert!(worst < 1e-5, "{worst}");
    // A sound file's clip holds its samples, as 16-bit numbers.
    let file = cues::Clip::new(&played);
    assert_eq!(file.held_bytes(), played.len() * 2);
    // A plain exercise needs no routine transition.
    assert!(!clips.contains_key(cues::TRANSITION));
}

/// Crossings of zero going up, a second: a tone's frequency.
fn rising_crossings_a_second(samples: &[f32]) -> f64 {
    let rising = samples
        .windows(2)
        .filter(|pair| pair[0] < 0.0 && pair[1] >= 0.0)
        .count();
    rising as f64 / (samples.len() as f64 / 48_000.0)
}

#[test]
fn ogg_vorbis_and_24_bit_stereo_wav_files_are_decoded_to_the_mixers_mono() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Both 1 s of 440 Hz, stereo at 44.1 kHz (the Ogg file made with sox).
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    fs::copy(fixtures.join("tone-440.ogg"), dir.path().join("tone.ogg")).expect("copy");
    write_tone_wav(&dir.path().join("tone.wav"), 1.0, 44_100, 2, 3, 0.5);
    let exercise = exercise_with(
        "cues: (inhale: \"swish\"),",
        "sounds: { \"whoosh\": File(path: \"tone.ogg\"), \"swish\": File(path: \"tone.wav\") },",
    );
    let (clips, problems) = cues::prepare(&timeline_of(&exercise), dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    for name in ["whoosh", "swish"] {
        let samples = clips.get(name).expect("decoded").to_vec();
        let seconds = samples.len() as f64 / 48_000.0;
        assert!((seconds - 1.0).abs() < 0.03, "{name}: {seconds} s");
        let frequency = rising_crossings_a_second(&samples);
        assert!((frequency - 440.0).abs() < 5.0, "{name}: {frequency} Hz");
    }
}
