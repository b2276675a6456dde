//! How loud a sound is, measured the same way everywhere: when rendering the
//! built-in cues (so they match), in the tests that keep them matched, and
//! for docs/sound.md. Loudness is measured as in ITU-R BS.1770 (K-weighted,
//! in LUFS) over the loudest 100 ms: about the time over which the ear adds
//! up a short sound, so a click is not boosted to match a long tone's
//! energy (EBU R128's 400 ms "momentary" window would do that).

/// The loudness window, for cues that are mostly short.
pub const WINDOW_MS: u32 = 100;
/// EBU R128's momentary window, reported beside ours in docs/sound.md.
pub const MOMENTARY_MS: u32 = 400;

/// A biquad filter: `b` feed-forward, `a` feedback (a0 = 1), run sample
/// by sample so a measurement needs no copy of the sound.
#[derive(Clone, Copy)]
struct Biquad {
    b: [f64; 3],
    a: [f64; 2],
    x: [f64; 2],
    y: [f64; 2],
}

impl Biquad {
    const fn new(b: [f64; 3], a: [f64; 2]) -> Biquad {
        Biquad {
            b,
            a,
            x: [0.0; 2],
            y: [0.0; 2],
        }
    }

    fn next(&mut self, x: f64) -> f64 {
        let y = self.b[0] * x + self.b[1] * self.x[0] + self.b[2] * self.x[1]
            - self.a[0] * self.y[0]
            - self.a[1] * self.y[1];
        self.x = [x, self.x[0]];
        self.y = [y, self.y[0]];
        y
    }
}

fn filtered(samples: &[f32], mut filter: Biquad) -> Vec<f32> {
    samples
        .iter()
        .map(|&x| filter.next(f64::from(x)) as f32)
        .collect()
}

/// BS.1770's K-weighting at 48 kHz: a high shelf (+4 dB above ~1.5 kHz,
/// the head's effect) and a gentle high-pass (the ear's weak bass).
const SHELF: Biquad = Biquad::new(
    [
        1.535_124_859_586_97,
        -2.691_696_189_406_38,
        1.198_392_810_852_85,
    ],
    [-1.690_659_293_182_41, 0.732_480_774_215_85],
);
const BASS_CUT: Biquad = Biquad::new(
    [1.0, -2.0, 1.0],
    [-1.990_047_454_833_98, 0.990_072_250_366_21],
);

/// A second-order high-pass filter (RBJ cookbook, Q = 0.707).
pub fn high_pass(samples: &[f32], cutoff_hz: f32, rate: u32) -> Vec<f32> {
    let w0 = f64::from(std::f32::consts::TAU * cutoff_hz / rate as f32);
    let alpha = w0.sin() / (2.0 * std::f64::consts::FRAC_1_SQRT_2);
    let cos = w0.cos();
    let a0 = 1.0 + alpha;
    let b0 = (1.0 + cos) / 2.0 / a0;
    filtered(
        samples,
        Biquad::new(
            [b0, -(1.0 + cos) / a0, b0],
            [-2.0 * cos / a0, (1.0 - alpha) / a0],
        ),
    )
}

/// The loudest mean square over `window` samples (the whole sound if
/// shorter), keeping only the last window: measuring a cue costs 38 KB,
/// not four copies of it.
fn loudest_mean_square(squares: impl Iterator<Item = f64>, window: usize) -> f64 {
    let window = window.max(1);
    let mut last = vec![0.0f64; window];
    let (mut sum, mut loudest, mut count) = (0.0f64, f64::MIN, 0usize);
    for square in squares {
        let slot = count % window;
        sum += square - last[slot];
        last[slot] = square;
        count += 1;
        if count >= window {
            loudest = loudest.max(sum);
        }
    }
    if count < window {
        loudest = sum;
    }
    loudest.max(0.0) / window as f64
}

/// Loudness in LUFS of mono samples at 48 kHz, over the loudest `window_ms`.
pub fn lufs_over(samples: &[f32], window_ms: u32) -> f32 {
    lufs_of(samples.iter().copied(), window_ms)
}

/// The same, of samples made one at a time (nothing is stored).
fn lufs_of(samples: impl Iterator<Item = f32>, window_ms: u32) -> f32 {
    let window = (48_000 * window_ms / 1000) as usize;
    let (mut shelf, mut bass_cut) = (SHELF, BASS_CUT);
    // Rounded to f32 between the filters, as the stored copies were.
    let squares = samples.map(|x| {
        let shelved = f64::from(shelf.next(f64::from(x)) as f32);
        f64::from(bass_cut.next(shelved) as f32).powi(2)
    });
    let mean_square = loudest_mean_square(squares, window);
    (-0.691 + 10.0 * mean_square.max(1e-12).log10()) as f32
}

/// Loudness in LUFS over the loudest 100 ms ([`WINDOW_MS`]).
pub fn loudness(samples: &[f32]) -> f32 {
    lufs_over(samples, WINDOW_MS)
}

/// The same, of samples made one at a time, as a built-in cue is.
pub fn loudness_of(samples: impl Iterator<Item = f32>) -> f32 {
    lufs_of(samples, WINDOW_MS)
}

/// The same, as heard through small laptop speakers, which give little
/// below 400 Hz.
pub fn small_speaker_loudness(samples: &[f32]) -> f32 {
    loudness(&high_pass(samples, 400.0, 48_000))
}

/// The largest absolute sample.
pub fn peak(samples: &[f32]) -> f32 {
    samples.iter().fold(0.0, |peak, s| peak.max(s.abs()))
}

/// Share of the energy above `hz`.
pub fn share_above(samples: &[f32], hz: f32, rate: u32) -> f32 {
    let energy = |values: &[f32]| values.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>();
    let total = energy(samples);
    if total <= 0.0 {
        return 0.0;
    }
    (energy(&high_pass(samples, hz, rate)) / total) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(hz: f32, seconds: f32, amplitude: f32) -> Vec<f32> {
        (0..(48_000.0 * seconds) as usize)
            .map(|i| amplitude * (std::f32::consts::TAU * hz * i as f32 / 48_000.0).sin())
            .collect()
    }

    #[test]
    fn a_full_scale_1_khz_sine_is_about_minus_three_lufs() {
        // BS.1770's reference: a 0 dBFS 997 Hz sine reads -3.01 LUFS (mono).
        let lufs = lufs_over(&sine(997.0, 1.0, 1.0), MOMENTARY_MS);
        assert!((loudness(&sine(997.0, 1.0, 1.0)) - lufs).abs() < 0.05);
        assert!((lufs + 3.01).abs() < 0.1, "{lufs}");
    }

    #[test]
    fn the_high_pass_takes_away_low_tones() {
        let low = sine(200.0, 1.0, 0.5);
        let high = sine(2_000.0, 1.0, 0.5);
        assert!(small_speaker_loudness(&low) < loudness(&low) - 10.0);
        assert!((small_speaker_loudness(&high) - loudness(&high)).abs() < 0.5);
        assert!(share_above(&high, 400.0, 48_000) > 0.95);
        assert!(share_above(&low, 400.0, 48_000) < 0.25);
    }
}
