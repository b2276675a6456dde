//! The live preview of a breathing rhythm: the player's shape, looping
//! through the phases the form holds now, with the phase word under it.
//! Its clock is local: time played since the editor opened, minus pauses.

use std::time::{Duration, Instant};

use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::Message;
use crate::exercise::steps::step_duration;
use crate::exercise::{Breath, BreathPhase};
use crate::timeline::{breath_spans, span_fullness};
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::breath;
use crate::ui::widget::focus::Reachable;

/// How long the preview has played, paused or not.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    playing: bool,
    /// When it last started playing.
    since: Instant,
    /// Time played before that.
    before: Duration,
}

impl Clock {
    pub fn new(now: Instant) -> Clock {
        Clock {
            playing: true,
            since: now,
            before: Duration::ZERO,
        }
    }

    pub fn is_playing(&self) -> bool {
        self.playing
    }

    fn played(&self, now: Instant) -> Duration {
        if self.playing {
            self.before + now.saturating_duration_since(self.since)
        } else {
            self.before
        }
    }

    pub fn toggle(&mut self, now: Instant) {
        self.before = self.played(now);
        self.since = now;
        self.playing = !self.playing;
    }
}

/// Where the loop is: the phase, how far through it (0..=1), its words, and
/// the fullness it spans (breaths in a row share one rise, as in the player).
type Place<'a> = (Breath, f32, &'a str, (f32, f32));

fn position(rhythm: &[BreathPhase], played: Duration) -> Option<Place<'_>> {
    let lengths: Vec<u128> = rhythm
        .iter()
        .map(|phase| step_duration(phase.seconds).as_millis())
        .collect();
    let spans = breath_spans(
        &rhythm
            .iter()
            .map(|phase| (phase.breath, step_duration(phase.seconds)))
            .collect::<Vec<_>>(),
    );
    let cycle: u128 = lengths.iter().sum();
    if cycle == 0 {
        return None;
    }
    let mut into = played.as_millis() % cycle;
    for ((phase, length), span) in rhythm.iter().zip(lengths).zip(spans) {
        if into < length {
            let words = phase
                .text
                .as_deref()
                .unwrap_or_else(|| phase.breath.default_text());
            return Some((phase.breath, into as f32 / length as f32, words, span));
        }
        into -= length;
    }
    None
}

/// The shape `side` pixels wide, its words, and the pause button; beside
/// one another when `wide` is false (the preview then sits above the form).
pub fn view<'a>(
    rhythm: Option<&'a [BreathPhase]>,
    clock: &Clock,
    now: Instant,
    look: (Sizes, f32, bool),
    backdrop: &'a breath::Backdrop,
) -> Element<'a, Message> {
    let (sizes, side, stacked) = look;
    let Some((_, progress, words, span)) =
        rhythm.and_then(|rhythm| position(rhythm, clock.played(now)))
    else {
        return container(
            text(crate::t!("editor-preview-waits"))
                .size(sizes.small())
                .style(text::secondary),
        )
        .padding(8)
        .into();
    };
    let shape = breath::view(span_fullness(span, progress), side, backdrop);
    let toggle = button(
        text(if clock.is_playing() {
            crate::t!("editor-preview-pause")
        } else {
            crate::t!("editor-preview-play")
        })
        .size(sizes.small()),
    )
    .padding([4, 12])
    .style(theme::soft_button)
    .on_activate(Message::TogglePreview);
    let words = text(words.to_owned()).size(sizes.heading());
    if stacked {
        column![shape, words, toggle]
            .spacing(10)
            .align_x(Alignment::Center)
            .width(Length::Fill)
            .into()
    } else {
        row![shape, column![words, toggle].spacing(8)]
            .spacing(16)
            .align_y(Alignment::Center)
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phase(breath: Breath, seconds: f64) -> BreathPhase {
        BreathPhase {
            breath,
            seconds,
            text: None,
            cue: None,
            say: None,
            recording: None,
        }
    }

    #[test]
    fn the_loop_goes_round_and_pauses() {
        let rhythm = [phase(Breath::Inhale, 4.0), phase(Breath::Exhale, 6.0)];
        let at = |seconds: f64| position(&rhythm, Duration::from_secs_f64(seconds));
        assert_eq!(at(1.0).map(|(breath, ..)| breath), Some(Breath::Inhale));
        assert_eq!(at(5.0).map(|(breath, ..)| breath), Some(Breath::Exhale));
        assert_eq!(at(12.0).map(|(_, progress, ..)| progress), Some(0.5));

        let start = crate::clock::Clock::manual().now();
        let mut clock = Clock::new(start);
        clock.toggle(start + Duration::from_secs(3));
        assert_eq!(
            clock.played(start + Duration::from_secs(9)),
            Duration::from_secs(3)
        );
        clock.toggle(start + Duration::from_secs(10));
        assert_eq!(
            clock.played(start + Duration::from_secs(11)),
            Duration::from_secs(4)
        );
    }
}
