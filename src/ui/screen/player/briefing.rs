//! Words to read before something starts: the get-ready screen, the calm
//! pause between two parts of a routine, and the intro shown again (I).
//! Each shows the intro in large words and the safety line set apart.

use std::time::Duration;

use iced::widget::{column, container, responsive, scrollable, text, Column};
use iced::{Alignment, Element, Length, Size};

use super::{seconds_left, Message, Shown};
use crate::session::Position;
use crate::timeline::Briefing;
use crate::ui::theme::{self, Sizes};

/// The widest the words may run: a comfortable line length.
const MEASURE: f32 = 760.0;

impl<'a> Shown<'a> {
    /// Before the first step: the intro and safety line, and either the
    /// count to the start (its last seconds) or how to start sooner.
    pub(super) fn lead_in_view(self, left: Option<Duration>, sizes: Sizes) -> Element<'a, Message> {
        let counting = left.filter(|left| *left <= self.lead_in.max(Duration::from_secs(3)));
        let foot = match (left, counting) {
            (_, Some(left)) => Foot::Count(seconds_left(left), sizes.countdown()),
            (Some(left), None) => {
                let seconds = seconds_left(left);
                Foot::Line(crate::t!(
                    "briefing-starts-in",
                    count = seconds.parse::<u64>().unwrap_or_default(),
                    seconds = seconds
                ))
            }
            (None, None) => Foot::Line(String::new()),
        };
        fitted(
            self.playable.get_ready(),
            crate::t!("player-get-ready").to_owned(),
            sizes,
            foot,
        )
    }

    /// Between two parts of a routine: what comes next, its intro and its
    /// safety line, and the seconds until it starts.
    pub(super) fn transition_view(
        self,
        position: &Position<'_>,
        sizes: Sizes,
    ) -> Element<'a, Message> {
        let segment = position.segment;
        let briefing = self
            .playable
            .timeline
            .briefing(segment.part, Some(&segment.text));
        let foot = Foot::Count(seconds_left(position.segment_left), sizes.heading() * 1.3);
        fitted(briefing, segment.label.clone(), sizes, foot)
    }

    /// The intro of the part under way, shown again while the session waits.
    pub(super) fn intro_view(self, sizes: Sizes) -> Element<'a, Message> {
        let part = self
            .session
            .position(self.now)
            .map_or(0, |position| position.segment.part);
        let briefing = self.playable.intro_of(part);
        let title = self
            .playable
            .timeline
            .parts()
            .get(part)
            .map_or_else(|| self.playable.title.clone(), |part| part.title.clone());
        let foot = Foot::Line(if briefing.is_empty() {
            crate::t!("briefing-no-intro").to_owned()
        } else {
            crate::t!("briefing-go-on").to_owned()
        });
        fitted(briefing, title, sizes, foot)
    }
}

/// What stands under the words.
#[derive(Clone)]
enum Foot {
    /// Seconds, large, at this size.
    Count(String, f32),
    /// A quiet line.
    Line(String),
}

/// The words as large as the room allows: the heading, the paragraphs and
/// the safety line take smaller sizes rather than run off the screen, and
/// scroll when even the smallest do not fit.
fn fitted<'a>(
    briefing: Briefing,
    heading: String,
    sizes: Sizes,
    foot: Foot,
) -> Element<'a, Message> {
    responsive(move |space: Size| {
        let width = space.width.min(MEASURE);
        let foot_height = match &foot {
            Foot::Count(_, size) => size * 1.3,
            Foot::Line(_) => 2.0 * sizes.body() * 1.3,
        };
        let choices = [
            (sizes.prompt(), sizes.instruction(), sizes.body() * 1.1),
            (sizes.heading(), sizes.heading(), sizes.body()),
            (sizes.body(), sizes.body(), sizes.small()),
        ];
        let fits = choices.iter().copied().find(|&(title, words, safety)| {
            height(&briefing, title, words, safety, width) + foot_height <= space.height
        });
        let chosen = fits.unwrap_or(choices[2]);
        let foot: Element<'a, Message> = match &foot {
            Foot::Count(count, size) => super::view::changing(count.clone(), |words| {
                words.size(*size).style(text::secondary)
            }),
            Foot::Line(line) => text(line.clone())
                .size(chosen.2)
                .style(text::secondary)
                .align_x(Alignment::Center)
                .into(),
        };
        let content = words(&briefing, &heading, chosen);
        if fits.is_some() {
            container(content.push(foot)).center(Length::Fill).into()
        } else {
            // Too long even small: the words scroll, the count stays in view.
            column![
                scrollable(container(content).center_x(Length::Fill)).height(Length::Fill),
                container(foot).center_x(Length::Fill),
            ]
            .spacing(8)
            .into()
        }
    })
    .into()
}

/// About how tall the words stand at these sizes in `width` pixels: near
/// enough to choose a size, not to lay out.
fn height(briefing: &Briefing, title: f32, words: f32, safety: f32, width: f32) -> f32 {
    let lines = |text: &str, size: f32, width: f32| {
        let per_line = (width / (size * 0.56)).max(1.0);
        (text.chars().count() as f32 / per_line).ceil().max(1.0)
    };
    let paragraphs: f32 = briefing
        .paragraphs
        .iter()
        .map(|paragraph| lines(paragraph, words, width) * words * 1.4 + 18.0)
        .sum();
    let safety_lines = briefing.safety.as_deref().map_or(0.0, |line| {
        lines(line, safety, width - 36.0) * safety * 1.4 + 20.0 + 18.0
    });
    title * 1.3 + 18.0 + paragraphs + safety_lines
}

/// A heading, the paragraphs in large words, and the safety line set apart.
fn words<'a>(
    briefing: &Briefing,
    heading: &str,
    (title, words, safety): (f32, f32, f32),
) -> Column<'a, Message> {
    let mut content = Column::new()
        .spacing(18)
        .align_x(Alignment::Center)
        .max_width(MEASURE)
        .push(
            text(heading.to_owned())
                .size(title)
                .align_x(Alignment::Center),
        );
    for paragraph in &briefing.paragraphs {
        content = content.push(
            text(paragraph.clone())
                .size(words)
                .align_x(Alignment::Center),
        );
    }
    if let Some(line) = &briefing.safety {
        content = content.push(
            container(
                column![text(line.clone()).size(safety).align_x(Alignment::Center)]
                    .align_x(Alignment::Center),
            )
            .padding([10, 18])
            .style(theme::safety_note),
        );
    }
    content
}
