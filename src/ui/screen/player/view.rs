//! How the player looks. The breathing shape keeps at least a third of the
//! window's shorter side at any text size: the words move beside it when
//! there is no room below, and the help line gives way first.

use std::time::Duration;

use iced::widget::text::Wrapping;
use iced::widget::{button, column, container, progress_bar, responsive, row, slider, text, Column};
use iced::{Alignment, Element, Length, Size};

use super::{Message, Player};
use crate::exercise::Breath;
use crate::session::{Position, State};
use crate::settings::{MAX_VOLUME_DB, MIN_VOLUME_DB};
use crate::timeline::{breath_fullness, format_clock, Segment, StepKind};
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::breath;

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

impl Player {
    pub fn view(&self, look: Look) -> Element<'_, Message> {
        let sizes = look.sizes;
        let state = self.session.state(self.now);
        let middle: Element<'_, Message> = if self.preparing {
            self.lead_in_view(None, sizes)
        } else {
            match (state, self.session.position(self.now)) {
                (State::LeadIn { left }, _) => self.lead_in_view(Some(left), sizes),
                (_, Some(position)) => self.step_view(position, &look),
                (_, None) => container(text("Well done").size(sizes.title()))
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
            .push(container(self.controls(state, sizes)).center_x(Length::Fill));
        if show_help(&look) {
            page = page.push(
                container(
                    text(help_line(self.playable.timeline.parts().len() > 1))
                        .size(sizes.small())
                        .style(text::secondary),
                )
                .center_x(Length::Fill),
            );
        }
        page.into()
    }

    fn header(&self, state: State, sizes: Sizes) -> Element<'_, Message> {
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
                    text(format!(
                        "{} · part {} of {}",
                        timeline.parts()[part].title,
                        part + 1,
                        timeline.parts().len()
                    ))
                    .size(sizes.small())
                    .style(text::secondary),
                );
            }
        }
        let status = match (state, position) {
            _ if self.preparing => "Getting ready".to_owned(),
            (State::LeadIn { .. }, _) => "Get ready".to_owned(),
            (State::Paused, _) => "Paused".to_owned(),
            (_, Some(position)) => match position.segment.cycle {
                Some(cycle) => format!("Cycle {} / {}", cycle.number, cycle.of),
                None => format!(
                    "Step {} / {}",
                    position.index + 1,
                    timeline.segments().len()
                ),
            },
            (_, None) => String::new(),
        };
        row![title.width(Length::Fill), text(status).size(sizes.body())]
            .spacing(12)
            .align_y(Alignment::Start)
            .into()
    }

    /// Before the first step: the intro, large, and the count down to the start.
    fn lead_in_view(&self, left: Option<Duration>, sizes: Sizes) -> Element<'_, Message> {
        let mut content = Column::new()
            .spacing(18)
            .align_x(Alignment::Center)
            .max_width(760)
            .push(text("Get ready").size(sizes.prompt()));
        if let Some(intro) = &self.playable.intro {
            content = content.push(
                text(intro.clone())
                    .size(sizes.instruction())
                    .align_x(Alignment::Center),
            );
        }
        let count = left.map_or(String::new(), seconds_left);
        content = content.push(text(count).size(sizes.countdown()).style(text::secondary));
        container(content).center(Length::Fill).into()
    }

    fn step_view<'a>(&'a self, position: Position<'a>, look: &Look) -> Element<'a, Message> {
        let segment = position.segment;
        match segment.kind {
            StepKind::Breath(breath) => breathing(
                segment,
                breath,
                position.segment_progress,
                position.segment_left,
                look.sizes,
                look.reduced_motion,
                &self.backdrop,
            ),
            StepKind::Transition => transition(segment, position.segment_left, look.sizes),
            _ => prompt(segment, position.segment_left, look.sizes),
        }
    }

    fn progress(&self, look: &Look) -> Element<'_, Message> {
        let sizes = look.sizes;
        let (fraction, left) = match self.session.position(self.now) {
            Some(position) => (position.overall_progress, position.total_left),
            None if self.session.is_finished(self.now) => (1.0, Duration::ZERO),
            None => (0.0, self.playable.timeline.total()),
        };
        let sound = match (&look.note, look.muted) {
            (Some(note), _) => note.clone(),
            (None, true) => "Sound off (M)".to_owned(),
            (None, false) => String::new(),
        };
        column![
            progress_bar(0.0..=1.0, fraction).girth(8),
            row![
                text(format!("{} left", format_clock(left))).size(sizes.small()),
                text(sound)
                    .size(sizes.small())
                    .style(text::secondary)
                    .width(Length::Fill)
                    .align_x(Alignment::End),
                button(text(if look.muted { "Unmute" } else { "Mute" }).size(sizes.small()))
                    .padding([2, 10])
                    .style(theme::soft_button)
                    .on_press(Message::ToggleMute),
                slider(MIN_VOLUME_DB..=MAX_VOLUME_DB, look.volume_db, Message::Volume)
                    .step(1.0)
                    .width(Length::Fixed(110.0))
                    .on_release(Message::VolumeReleased),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        ]
        .spacing(6)
        .into()
    }

    fn controls(&self, state: State, sizes: Sizes) -> Element<'_, Message> {
        let pause_label = match state {
            State::Paused => "Resume",
            _ => "Pause",
        };
        let mut controls = row![
            control("Previous", Message::Previous, sizes),
            button(text(pause_label).size(sizes.body()))
                .padding([8, 22])
                .style(theme::main_button)
                .on_press_maybe((!self.preparing).then_some(Message::TogglePause)),
            control("Next", Message::Next, sizes),
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        if self.playable.timeline.parts().len() > 1 {
            controls = controls.push(control("Next part", Message::NextPart, sizes));
        }
        controls
            .push(control("Restart", Message::Restart, sizes))
            .push(control("Stop", Message::Stop, sizes))
            .wrap()
            .vertical_spacing(8)
            .align_x(Alignment::Center)
            .into()
    }
}

fn help_line(routine: bool) -> &'static str {
    if routine {
        "Space pause · ← → step · N next part · R restart · M sound · Esc stop"
    } else {
        "Space pause · ← → step · R restart · M sound · Esc stop"
    }
}

/// The help line is the first thing to give way when the window is short
/// for the text size.
fn show_help(look: &Look) -> bool {
    let sizes = look.sizes;
    let chrome = 2.0 * PADDING
        + sizes.heading() * 1.4
        + sizes.small() * 1.6
        + 14.0
        + sizes.body() * 1.4
        + 16.0
        + 4.0 * SPACING;
    let help = sizes.small() * 1.4 + SPACING;
    let shortest = look.window.width.min(look.window.height);
    look.window.height - chrome - help >= shortest / 3.0 + sizes.prompt() * 1.4
}

fn control(label: &'static str, message: Message, sizes: Sizes) -> Element<'static, Message> {
    button(text(label).size(sizes.body()))
        .padding([8, 14])
        .style(theme::soft_button)
        .on_press(message)
        .into()
}

fn seconds_left(left: Duration) -> String {
    // Round up: "1" is shown until the step is really over.
    let secs = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    secs.to_string()
}

fn breathing<'a>(
    segment: &'a Segment,
    breath: Breath,
    progress: f32,
    left: Duration,
    sizes: Sizes,
    reduced: bool,
    backdrop: &'a breath::Backdrop,
) -> Element<'a, Message> {
    let fullness = breath_fullness(breath, progress);
    if reduced {
        return reduced_motion(segment, breath, fullness, left, sizes);
    }
    let label = segment.label.clone();
    let count = seconds_left(left);
    responsive(move |space: Size| {
        // The words take about this much room stacked under the shape, or
        // beside it; the shape goes where it can be larger.
        let words_high = sizes.prompt() * 1.35 + sizes.countdown() * 1.3 + 8.0;
        let words_wide = (label.chars().count() as f32 * sizes.prompt() * 0.55)
            .max(sizes.countdown() * 1.5)
            + 24.0;
        let stacked = (space.height - words_high - 12.0).min(space.width);
        let beside = (space.width - words_wide - 24.0).min(space.height);
        let words = column![
            text(label.clone()).size(sizes.prompt()),
            text(count.clone()).size(sizes.countdown()),
        ]
        .spacing(4)
        .align_x(Alignment::Center);
        if stacked >= beside {
            column![
                container(breath::view(fullness, stacked.max(0.0), backdrop)).center_x(Length::Fill),
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
        Breath::Inhale => "Filling",
        Breath::Hold => "Full",
        Breath::Exhale => "Emptying",
        Breath::HoldEmpty => "Empty",
    };
    let content = column![
        text(state).size(sizes.body()).style(text::secondary),
        progress_bar(0.0..=1.0, fullness)
            .girth(28)
            .length(Length::Fixed(360.0)),
        text(segment.label.clone()).size(sizes.prompt()),
        text(seconds_left(left)).size(sizes.countdown()),
    ]
    .spacing(8)
    .align_x(Alignment::Center);
    container(content).center(Length::Fill).into()
}

type BadgeStyle = fn(&iced::Theme) -> container::Style;

fn prompt<'a>(segment: &'a Segment, left: Duration, sizes: Sizes) -> Element<'a, Message> {
    let badge: Option<(&str, BadgeStyle)> = match segment.kind {
        StepKind::Tense => Some(("Tense", theme::tense_badge)),
        StepKind::Release => Some(("Release", theme::release_badge)),
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
        .push(text(segment.label.clone()).size(sizes.heading()))
        .push(
            text(seconds_left(left))
                .size(sizes.heading() * 1.3)
                .style(text::secondary),
        );
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

/// Between two parts of a routine: what comes next, calmly.
fn transition<'a>(segment: &'a Segment, left: Duration, sizes: Sizes) -> Element<'a, Message> {
    let content = column![
        text(segment.label.clone()).size(sizes.prompt()),
        text(segment.text.clone())
            .size(sizes.instruction())
            .align_x(Alignment::Center),
        text(seconds_left(left))
            .size(sizes.heading() * 1.3)
            .style(text::secondary),
    ]
    .spacing(20)
    .align_x(Alignment::Center)
    .max_width(760);
    container(content).center(Length::Fill).into()
}
