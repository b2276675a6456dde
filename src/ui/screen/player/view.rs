//! How the player looks. The breathing shape keeps at least a third of the
//! window's shorter side at any text size: the words move beside it when
//! there is no room below, and the help line gives way first.

use std::time::Duration;

use iced::widget::text::Wrapping;
use iced::widget::{
    button, column, container, progress_bar, responsive, row, slider, text, Column,
};
use iced::{Alignment, Element, Length, Size};

use super::{Message, Shown};
use crate::exercise::Breath;
use crate::session::{Position, State};
use crate::settings::{MAX_VOLUME_DB, MIN_VOLUME_DB};
use crate::t;
use crate::timeline::{breath_fullness, format_clock, Segment, StepKind};
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus;
use crate::ui::widget::focus::Reachable;
use crate::ui::widget::{breath, repaint};

/// What the player view needs besides its own state.
#[derive(Debug, Clone)]
pub struct Look {
    pub sizes: Sizes,
    pub reduced_motion: bool,
    pub muted: bool,
    pub volume_db: f32,
    /// A problem with sound worth a small line: no device, a cue that failed.
    pub note: Option<String>,
    /// The window's size, to decide what fits.
    pub window: Size,
}

const PADDING: f32 = 24.0;
const SPACING: f32 = 14.0;

/// What fits: decided from the window's size and the text size, so the
/// breathing shape keeps at least a third of the window's shorter side.
#[derive(Debug, Clone, Copy, PartialEq, Hash)]
struct Fit {
    /// The keyboard help line under the controls.
    help: bool,
    /// Short control labels (arrows) in small text, and the phase word and
    /// countdown on one line: for short windows at large text.
    compact: bool,
}

impl Fit {
    fn of(look: &Look, routine: bool) -> Fit {
        let sizes = look.sizes;
        let window = look.window;
        let shorter = window.width.min(window.height);
        // The shape needs this much height (its full circle is 90% of its side).
        let shape = shorter / 3.0 / 0.9;
        let header = sizes.heading() * 1.35;
        let progress = 8.0 + 6.0 + sizes.small() * 1.35 + 8.0;
        let controls_row = |text: f32| text * 1.35 + 16.0;
        let help = sizes.small() * 1.35 + SPACING;
        let fixed = 2.0 * PADDING + header + progress + 3.0 * SPACING;
        let width = window.width - 2.0 * PADDING;
        let full_controls_fit = controls_width(sizes.body(), false, routine) <= width;
        let middle = |controls: f32| window.height - fixed - controls;
        let regular = middle(controls_row(sizes.body()));
        // The help line is one line or none: wrapped, it would take the shape's room.
        let help_fits = help_line(routine).chars().count() as f32 * sizes.small() * 0.55 <= width;
        if full_controls_fit && help_fits && regular - help >= shape + sizes.prompt() * 1.4 {
            Fit {
                help: true,
                compact: false,
            }
        } else if full_controls_fit && regular >= shape {
            Fit {
                help: false,
                compact: false,
            }
        } else {
            Fit {
                help: false,
                compact: true,
            }
        }
    }
}

/// About how wide the control buttons are at `text` size.
fn controls_width(text: f32, compact: bool, routine: bool) -> f32 {
    let labels: &[&str] = match (compact, routine) {
        (false, false) => &[
            t!("player-previous"),
            t!("player-start-now"),
            t!("player-next"),
            t!("player-restart"),
            t!("player-stop"),
        ],
        (false, true) => &[
            t!("player-previous"),
            t!("player-start-now"),
            t!("player-next"),
            t!("player-next-part"),
            t!("player-restart"),
            t!("player-stop"),
        ],
        (true, false) => &[
            "←",
            t!("player-start-now"),
            "→",
            t!("player-restart"),
            t!("player-stop"),
        ],
        (true, true) => &[
            "←",
            t!("player-start-now"),
            "→",
            "⇥",
            t!("player-restart"),
            t!("player-stop"),
        ],
    };
    labels
        .iter()
        .map(|label| label.chars().count() as f32 * text * 0.6 + 36.0)
        .sum::<f32>()
        + 10.0 * (labels.len() - 1) as f32
}

impl<'a> Shown<'a> {
    pub fn view(self, look: Look) -> Element<'a, Message> {
        let sizes = look.sizes;
        let routine = self.playable.timeline.parts().len() > 1;
        let fit = Fit::of(&look, routine);
        let state = self.session.state(self.now);
        let position = self.session.position(self.now);
        // What the page is made of: when it changes (a step, a pause), the
        // whole page is repainted, so no glyph edge of a text that moved or
        // went away stays behind (see `repaint`).
        let makeup = (
            self.preparing,
            std::mem::discriminant(&state),
            position.map(|position| position.index),
            fit,
        );
        let middle: Element<'a, Message> = if self.preparing {
            self.lead_in_view(None, sizes)
        } else if self.intro.is_some() {
            self.intro_view(sizes)
        } else {
            match (state, position) {
                (State::LeadIn { left }, _) => self.lead_in_view(Some(left), sizes),
                (_, Some(position)) => self.step_view(position, &look, fit),
                (_, None) => container(text(t!("player-well-done")).size(sizes.title()))
                    .center(Length::Fill)
                    .into(),
            }
        };
        let mut page = Column::new()
            .spacing(SPACING)
            .padding(PADDING)
            .push(self.header(state, sizes))
            .push(container(middle).width(Length::Fill).height(Length::Fill))
            .push(self.progress(&look))
            .push(container(self.controls(state, sizes, fit)).center_x(Length::Fill));
        if fit.help {
            page = page.push(
                container(
                    text(help_line(routine))
                        .size(sizes.small())
                        .style(text::secondary),
                )
                .center_x(Length::Fill),
            );
        }
        repaint::whole(page, makeup)
    }

    /// The small always-on-top window: the breathing shape (or the step's
    /// name), the phase word and the time left. Nothing else.
    pub fn mini_view(self, sizes: Sizes) -> Element<'a, Message> {
        let small = Sizes::new(100);
        let _ = sizes;
        let state = self.session.state(self.now);
        let position = self.session.position(self.now);
        let (word, fullness) = match (state, position) {
            (State::LeadIn { left }, _) => (
                t!("player-get-ready-in", seconds = seconds_left(left)),
                Some(0.0),
            ),
            (_, Some(position)) => match position.segment.kind {
                StepKind::Breath(_) => (
                    position.segment.label.clone(),
                    position.segment.fullness_at(position.segment_progress),
                ),
                _ => (position.segment.label.clone(), None),
            },
            (_, None) => (t!("player-well-done").to_owned(), None),
        };
        let left = match position {
            Some(position) => t!("player-left", time = format_clock(position.total_left)),
            None => String::new(),
        };
        let paused = state == State::Paused;
        let fullness_now = fullness;
        let shape: Element<'a, Message> = match fullness_now {
            Some(fullness) => responsive(move |space: Size| {
                let side = space.width.min(space.height);
                container(breath::view(fullness, side, self.backdrop))
                    .center(Length::Fill)
                    .into()
            })
            .into(),
            None => {
                container(text(if paused { t!("player-paused") } else { "" }).size(small.body()))
                    .center(Length::Fill)
                    .into()
            }
        };
        column![
            shape,
            container(changing(
                if paused {
                    t!("player-paused").to_owned()
                } else {
                    word
                },
                |words| words.size(small.heading())
            ))
            .center_x(Length::Fill),
            container(changing(left, |words| words
                .size(small.small())
                .style(text::secondary)))
            .center_x(Length::Fill),
        ]
        .spacing(4)
        .padding(10)
        .into()
    }

    fn header(self, state: State, sizes: Sizes) -> Element<'a, Message> {
        let timeline = &self.playable.timeline;
        let position = self.session.position(self.now);
        let mut title = Column::new().spacing(2).push(
            text(self.playable.title.clone())
                .size(sizes.heading())
                .wrapping(Wrapping::WordOrGlyph),
        );
        if timeline.parts().len() > 1 {
            if let Some(position) = position {
                let part = position.segment.part;
                title = title.push(
                    text(t!(
                        "player-part-of",
                        title = timeline.parts()[part].title.as_str(),
                        part = part + 1,
                        parts = timeline.parts().len()
                    ))
                    .size(sizes.small())
                    .style(text::secondary),
                );
            }
        }
        let status = match (state, position) {
            _ if self.preparing => t!("player-getting-ready").to_owned(),
            (State::LeadIn { .. }, _) => t!("player-get-ready").to_owned(),
            (State::Paused, _) => t!("player-paused").to_owned(),
            (_, Some(position)) => match position.segment.cycle {
                Some(cycle) => t!("player-cycle", number = cycle.number, of = cycle.of),
                None => t!(
                    "player-step",
                    number = position.index + 1,
                    of = timeline.segments().len()
                ),
            },
            (_, None) => String::new(),
        };
        row![
            title.width(Length::Fill),
            changing(status, |words| words.size(sizes.body()))
        ]
        .spacing(12)
        .align_y(Alignment::Start)
        .into()
    }

    fn step_view(self, position: Position<'a>, look: &Look, fit: Fit) -> Element<'a, Message> {
        let segment = position.segment;
        match segment.kind {
            StepKind::Breath(breath) => breathing(&position, breath, look, fit, self.backdrop),
            StepKind::Transition => self.transition_view(&position, look.sizes),
            _ => prompt(segment, position.segment_left, look.sizes),
        }
    }

    fn progress(self, look: &Look) -> Element<'a, Message> {
        let sizes = look.sizes;
        let (fraction, left) = match self.session.position(self.now) {
            Some(position) => (position.overall_progress, position.total_left),
            None if self.session.is_finished(self.now) => (1.0, Duration::ZERO),
            None => (0.0, self.playable.timeline.total()),
        };
        let sound = match (&look.note, look.muted) {
            (Some(note), _) => note.clone(),
            (None, true) => t!("player-sound-off").to_owned(),
            (None, false) => String::new(),
        };
        column![
            progress_bar(0.0..=1.0, fraction).girth(8),
            row![
                changing(t!("player-left", time = format_clock(left)), |words| {
                    words.size(sizes.small())
                }),
                container(
                    text(sound)
                        .size(sizes.small())
                        .style(text::secondary)
                        .wrapping(Wrapping::None),
                )
                .width(Length::Fill)
                .align_x(Alignment::End)
                .clip(true),
                button(
                    text(if look.muted {
                        t!("player-unmute")
                    } else {
                        t!("player-mute")
                    })
                    .size(sizes.small())
                )
                .padding([2, 10])
                .style(theme::soft_button)
                .on_activate(Message::ToggleMute),
                focus::slide(
                    slider(
                        MIN_VOLUME_DB..=MAX_VOLUME_DB,
                        look.volume_db,
                        Message::Volume
                    )
                    .step(1.0)
                    .width(Length::Fixed(110.0))
                    .on_release(Message::VolumeReleased),
                    f64::from(look.volume_db),
                    f64::from(MIN_VOLUME_DB)..=f64::from(MAX_VOLUME_DB),
                    1.0,
                    |value| Message::Volume(value as f32),
                    Message::VolumeReleased,
                ),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        ]
        .spacing(6)
        .into()
    }

    fn controls(self, state: State, sizes: Sizes, fit: Fit) -> Element<'a, Message> {
        let pause_label = match state {
            _ if self.preparing => t!("player-start-now"),
            State::LeadIn { .. } => t!("player-start-now"),
            State::Paused => t!("player-resume"),
            _ => t!("player-pause"),
        };
        // Short windows at large text: arrows and small labels keep one row.
        let (size, previous, next, next_part) = if fit.compact {
            (sizes.small(), "←", "→", "⇥")
        } else {
            (
                sizes.body(),
                t!("player-previous"),
                t!("player-next"),
                t!("player-next-part"),
            )
        };
        let mut controls = row![
            control(previous, Message::Previous, size),
            button(text(pause_label).size(size))
                .padding([8, 22])
                .style(theme::main_button)
                .on_activate_maybe((!self.preparing).then_some(Message::TogglePause)),
            control(next, Message::Next, size),
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        if self.playable.timeline.parts().len() > 1 {
            controls = controls.push(control(next_part, Message::NextPart, size));
        }
        controls
            .push(control(t!("player-restart"), Message::Restart, size))
            .push(control(t!("player-stop"), Message::Stop, size))
            .wrap()
            .vertical_spacing(8)
            .align_x(Alignment::Center)
            .into()
    }
}

fn help_line(routine: bool) -> &'static str {
    if routine {
        t!("player-help-routine")
    } else {
        t!("player-help")
    }
}

fn control(label: &'static str, message: Message, size: f32) -> Element<'static, Message> {
    button(text(label).size(size))
        .padding([8, 14])
        .style(theme::soft_button)
        .on_activate(message)
}

pub(super) fn seconds_left(left: Duration) -> String {
    // Round up: "1" is shown until the step is really over.
    let secs = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    secs.to_string()
}

fn breathing<'a>(
    position: &Position<'a>,
    breath: Breath,
    look: &Look,
    fit: Fit,
    backdrop: &'a breath::Backdrop,
) -> Element<'a, Message> {
    let (segment, progress, left) = (
        position.segment,
        position.segment_progress,
        position.segment_left,
    );
    let (sizes, compact) = (look.sizes, fit.compact);
    let fullness = segment
        .fullness_at(progress)
        .unwrap_or_else(|| breath_fullness(breath, progress));
    if look.reduced_motion {
        return reduced_motion(segment, breath, fullness, left, sizes);
    }
    let label = segment.label.clone();
    let count = seconds_left(left);
    // Compact: smaller words, so the shape keeps its room.
    let (word_size, count_size) = if compact {
        (sizes.heading(), sizes.heading() * 1.4)
    } else {
        (sizes.prompt(), sizes.countdown())
    };
    responsive(move |space: Size| {
        // The words take about this much room stacked under the shape, or
        // beside it; the shape goes where it can be larger.
        let words_high = word_size * 1.35 + count_size * 1.3 + 8.0;
        let words_wide =
            (label.chars().count() as f32 * word_size * 0.55).max(count_size * 1.5) + 24.0;
        let stacked = (space.height - words_high - 12.0).min(space.width);
        let beside = (space.width - words_wide - 24.0).min(space.height);
        let words = column![
            changing(label.clone(), |words| words.size(word_size)),
            changing(count.clone(), |words| words.size(count_size)),
        ]
        .spacing(4)
        .align_x(Alignment::Center);
        if stacked >= beside {
            column![
                container(breath::view(fullness, stacked.max(0.0), backdrop))
                    .center_x(Length::Fill),
                container(words).center_x(Length::Fill),
            ]
            .spacing(12)
            .into()
        } else {
            row![
                container(breath::view(fullness, beside.max(0.0), backdrop)).center_y(Length::Fill),
                container(words).center(Length::Fill),
            ]
            .spacing(24)
            .into()
        }
    })
    .into()
}

fn reduced_motion<'a>(
    segment: &'a Segment,
    breath: Breath,
    fullness: f32,
    left: Duration,
    sizes: Sizes,
) -> Element<'a, Message> {
    let state = match breath {
        Breath::Inhale => t!("player-filling"),
        Breath::Hold => t!("player-full"),
        Breath::Exhale => t!("player-emptying"),
        Breath::HoldEmpty => t!("player-empty"),
    };
    let content = column![
        changing(state, |words| words
            .size(sizes.body())
            .style(text::secondary)),
        progress_bar(0.0..=1.0, fullness)
            .girth(28)
            .length(Length::Fixed(360.0)),
        changing(segment.label.clone(), |words| words.size(sizes.prompt())),
        changing(seconds_left(left), |words| words.size(sizes.countdown())),
    ]
    .spacing(8)
    .align_x(Alignment::Center);
    container(content).center(Length::Fill).into()
}

type BadgeStyle = fn(&iced::Theme) -> container::Style;

fn prompt<'a>(segment: &'a Segment, left: Duration, sizes: Sizes) -> Element<'a, Message> {
    let badge: Option<(&str, BadgeStyle)> = match segment.kind {
        StepKind::Tense => Some((t!("player-tense"), theme::tense_badge)),
        StepKind::Release => Some((t!("player-release"), theme::release_badge)),
        _ => None,
    };
    // The countdown sits beside the heading so it stays in view at any text size.
    let mut heading = row![].spacing(16).align_y(Alignment::Center);
    if let Some((word, style)) = badge {
        heading = heading.push(
            container(text(word).size(sizes.heading()))
                .padding([6, 18])
                .style(style),
        );
    }
    heading = heading
        .push(changing(segment.label.clone(), |words| {
            words.size(sizes.heading())
        }))
        .push(changing(seconds_left(left), |words| {
            words.size(sizes.heading() * 1.3).style(text::secondary)
        }));
    let content = column![
        heading.wrap().align_x(Alignment::Center),
        text(segment.text.clone())
            .size(sizes.instruction())
            .align_x(Alignment::Center),
    ]
    .spacing(24)
    .align_x(Alignment::Center)
    .max_width(820);
    container(content).center(Length::Fill).into()
}

/// A text that changes while the session runs (a countdown, the step's
/// word): its repainted region reaches a few pixels past it, so no edge of
/// an earlier frame's glyphs stays behind (see `repaint`).
pub(super) fn changing<'a>(
    words: impl Into<String>,
    look: impl FnOnce(text::Text<'a>) -> text::Text<'a>,
) -> Element<'a, Message> {
    let words = words.into();
    repaint::margin(look(text(words.clone())), words)
}
