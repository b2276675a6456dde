//! Generated tones: a sine that may glide from one pitch to another, with
//! raised-cosine fades so it starts and ends at silence (no clicks).

pub use crate::exercise::Tone;

/// Renders a tone to mono samples at `sample_rate`.
pub fn render(tone: &Tone, sample_rate: u32) -> Vec<f32> {
    let rate = f64::from(sample_rate);
    let count = (tone.seconds.max(0.0) * rate).round() as usize;
    let end_hz = tone.to_hz.unwrap_or(tone.hz);
    let fade_in = (tone.fade_in.max(0.0) * rate).round();
    let fade_out = (tone.fade_out.max(0.0) * rate).round();
    let volume = tone.volume.clamp(0.0, 1.0);
    let mut phase = 0.0f64;
    let mut samples = Vec::with_capacity(count);
    for index in 0..count {
        let progress = if count > 1 {
            index as f64 / (count - 1) as f64
        } else {
            0.0
        };
        // Glide in equal steps of pitch (exponentially), as the ear hears it.
        let hz = tone.hz * (end_hz / tone.hz).powf(progress);
        let envelope = fade(index as f64, fade_in) * fade((count - 1 - index) as f64, fade_out);
        samples.push((phase.sin() * envelope * volume) as f32);
        // Accumulating phase keeps the wave continuous while the pitch moves.
        phase = (phase + std::f64::consts::TAU * hz / rate) % std::f64::consts::TAU;
    }
    samples
}

/// 0 at the edge, rising along half a cosine to 1 after `length` samples.
fn fade(position: f64, length: f64) -> f64 {
    if length <= 0.0 || position >= length {
        1.0
    } else {
        (1.0 - (std::f64::consts::PI * position / length).cos()) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 48_000;

    fn tone(hz: f64, to_hz: Option<f64>) -> Tone {
        Tone {
            hz,
            to_hz,
            seconds: 0.5,
            volume: 0.5,
            fade_in: 0.05,
            fade_out: 0.1,
        }
    }

    fn zero_crossings(samples: &[f32]) -> usize {
        samples
            .windows(2)
            .filter(|pair| (pair[0] < 0.0) != (pair[1] < 0.0))
            .count()
    }

    #[test]
    fn length_matches_the_seconds() {
        assert_eq!(render(&tone(440.0, None), RATE).len(), 24_000);
    }

    #[test]
    fn starts_and_ends_silent_and_peaks_near_the_volume() {
        let samples = render(&tone(440.0, None), RATE);
        assert!(samples[0].abs() < 1e-6);
        assert!(samples[samples.len() - 1].abs() < 1e-3);
        let peak = samples
            .iter()
            .fold(0.0f32, |peak, sample| peak.max(sample.abs()));
        assert!((0.49..=0.5).contains(&peak), "{peak}");
        assert!(samples.iter().all(|sample| sample.abs() <= 1.0));
    }

    #[test]
    fn fades_rise_smoothly_without_jumps() {
        let samples = render(&tone(440.0, None), RATE);
        // The fade-in takes 50 ms: early samples stay well under the peak.
        let early = samples[..240]
            .iter()
            .fold(0.0f32, |peak, s| peak.max(s.abs()));
        assert!(early < 0.05, "{early}");
        // No click: neighbouring samples never jump more than a 440 Hz sine can.
        let max_step = (std::f64::consts::TAU * 440.0 / f64::from(RATE) * 0.5) as f32 + 1e-3;
        assert!(samples
            .windows(2)
            .all(|pair| (pair[1] - pair[0]).abs() <= max_step));
    }

    #[test]
    fn a_glide_moves_the_pitch() {
        let samples = render(&tone(220.0, Some(440.0)), RATE);
        let first = zero_crossings(&samples[4_800..9_600]);
        let last = zero_crossings(&samples[14_400..19_200]);
        // 220→440 Hz over 0.5 s: about 270 Hz at 0.15 s, about 357 Hz at 0.35 s.
        assert!(last as f64 > first as f64 * 1.25, "{first} then {last}");
        let steady = render(&tone(220.0, None), RATE);
        let crossings = zero_crossings(&steady[4_800..9_600]);
        assert!(
            (42..=46).contains(&crossings),
            "220 Hz over 0.1 s: {crossings}"
        );
    }

    #[test]
    fn volume_scales_and_zero_is_silent() {
        let silent = render(
            &Tone {
                volume: 0.0,
                ..tone(440.0, None)
            },
            RATE,
        );
        assert!(silent.iter().all(|sample| *sample == 0.0));
    }
}
