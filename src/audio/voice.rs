//! One cue being played: a decoded clip read out sample by sample, scaled by
//! the master volume, and cut off at once when the owner stops all sound.

use std::num::NonZero;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rodio::Source;

use super::cues::Clip;

/// Shared between the owner and every voice it started.
#[derive(Debug, Default)]
pub struct Controls {
    /// Master gain as `f32` bits; 0 when muted.
    gain: AtomicU32,
    /// Bumped to silence every voice already playing.
    generation: AtomicU64,
}

impl Controls {
    pub fn new(gain: f32) -> Arc<Controls> {
        let controls = Controls::default();
        controls.set_gain(gain);
        Arc::new(controls)
    }

    pub fn set_gain(&self, gain: f32) {
        self.gain
            .store(gain.clamp(0.0, 1.0).to_bits(), Ordering::Relaxed);
    }

    pub fn gain(&self) -> f32 {
        f32::from_bits(self.gain.load(Ordering::Relaxed))
    }

    pub fn stop_all(&self) {
        self.generation.fetch_add(1, Ordering::Relaxed);
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::Relaxed)
    }
}

pub struct Voice {
    clip: Clip,
    position: usize,
    controls: Arc<Controls>,
    generation: u64,
}

impl Voice {
    pub fn new(clip: Clip, controls: Arc<Controls>) -> Voice {
        Voice {
            generation: controls.generation(),
            clip,
            position: 0,
            controls,
        }
    }
}

impl Iterator for Voice {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.controls.generation() != self.generation {
            return None;
        }
        let sample = *self.clip.samples.get(self.position)?;
        self.position += 1;
        Some(sample * self.controls.gain())
    }
}

impl Source for Voice {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> NonZero<u16> {
        NonZero::new(self.clip.channels).unwrap_or(NonZero::<u16>::MIN)
    }

    fn sample_rate(&self) -> NonZero<u32> {
        NonZero::new(self.clip.sample_rate).unwrap_or(NonZero::<u32>::MIN)
    }

    fn total_duration(&self) -> Option<Duration> {
        Some(Duration::from_secs_f64(self.clip.duration_seconds()))
    }
}
