//! The built-in cues, measured: length, loudness (K-weighted, loudest
//! 100 ms and EBU R128's 400 ms), loudness on small laptop speakers, peak,
//! and the share of energy above 400 Hz. Prints the table of docs/sound.md.
//! Run with `cargo bench --bench sounds`.

use steady::audio::builtin::{self, ALL};
use steady::audio::loudness::{self, MOMENTARY_MS};

fn main() {
    println!("| cue | what it means | length | loudness (100 ms) | momentary (400 ms) | small speakers | peak | energy above 400 Hz |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for cue in &ALL {
        let samples = builtin::samples(cue.name).expect("rendered");
        let seconds = samples.len() as f64 / 48_000.0;
        let peak = loudness::peak(&samples);
        println!(
            "| `{}` | {} | {:.2} s | {:.1} LUFS | {:.1} LUFS | {:.1} LUFS | {:.1} dBFS | {:.0}% |",
            cue.name,
            cue.meaning,
            seconds,
            loudness::loudness(&samples),
            loudness::lufs_over(&samples, MOMENTARY_MS),
            loudness::small_speaker_loudness(&samples),
            20.0 * peak.log10(),
            100.0 * loudness::share_above(&samples, 400.0, 48_000),
        );
    }
}
