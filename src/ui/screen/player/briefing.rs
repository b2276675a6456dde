//! Words to read before something starts: the get-ready screen, the calm
//! pause between two parts of a routine, and the intro shown again (I).
//! Each shows the intro in large words and the safety line set apart.

use std::time::Duration;

use iced::widget::{column, container, text, Column};
use iced::{Alignment, Element, Length};

use super::{seconds_left, Message, Player};
use crate::session::Position;
use crate::timeline::Briefing;
use crate::ui::theme::{self, Sizes};

/// The widest the words may run: a comfortable line length.
const MEASURE: f32 = 760.0;

impl Player {
    /// Before the first step: the intro and safety line, and either the
    /// count to the start (its last seconds) or how to start sooner.
    pub(super) fn lead_in_view(
        &self,
        left: Option<Duration>,
        sizes: Sizes,
    ) -> Element<'_, Message> {
        let briefing = self.playable.get_ready();
        let counting = left.filter(|left| *left <= self.lead_in.max(Duration::from_secs(3)));
        let foot: Element<'_, Message> = match (left, counting) {
            (_, Some(left)) => text(seconds_left(left))
                .size(sizes.countdown())
                .style(text::secondary)
                .into(),
            (Some(left), None) => text(format!(
                "Press Space or Enter when you are ready. It starts by itself in {} seconds.",
                seconds_left(left)
            ))
            .size(sizes.body())
            .style(text::secondary)
            .align_x(Alignment::Center)
            .into(),
            (None, None) => text("").size(sizes.body()).into(),
        };
        let content = words(&briefing, "Get ready", sizes).push(foot);
        container(content).center(Length::Fill).into()
    }

    /// Between two parts of a routine: what comes next, its intro and its
    /// safety line, and the seconds until it starts.
    pub(super) fn transition_view(
        &self,
        position: &Position<'_>,
        sizes: Sizes,
    ) -> Element<'_, Message> {
        let segment = position.segment;
        let briefing = self
            .playable
            .timeline
            .briefing(segment.part, Some(&segment.text));
        let content = words(&briefing, &segment.label, sizes).push(
            text(seconds_left(position.segment_left))
                .size(sizes.heading() * 1.3)
                .style(text::secondary),
        );
        container(content).center(Length::Fill).into()
    }

    /// The intro of the part under way, shown again while the session waits.
    pub(super) fn intro_view(&self, sizes: Sizes) -> Element<'_, Message> {
        let part = self
            .session
            .position(self.now)
            .map_or(0, |position| position.segment.part);
        let briefing = self.playable.intro_of(part);
        let title = &self.playable.timeline.parts()
            [part.min(self.playable.timeline.parts().len() - 1)]
        .title;
        let mut content = words(&briefing, title, sizes);
        if briefing.is_empty() {
            content = content.push(text("This exercise has no intro.").size(sizes.body()));
        }
        content = content.push(
            text("Press I, Space or Esc to go on.")
                .size(sizes.body())
                .style(text::secondary),
        );
        container(content).center(Length::Fill).into()
    }
}

/// A heading, the paragraphs in large words, and the safety line set apart.
fn words<'a>(briefing: &Briefing, heading: &str, sizes: Sizes) -> Column<'a, Message> {
    let mut content = Column::new()
        .spacing(18)
        .align_x(Alignment::Center)
        .max_width(MEASURE)
        .push(
            text(heading.to_owned())
                .size(sizes.prompt())
                .align_x(Alignment::Center),
        );
    for paragraph in &briefing.paragraphs {
        content = content.push(
            text(paragraph.clone())
                .size(sizes.instruction())
                .align_x(Alignment::Center),
        );
    }
    if let Some(safety) = &briefing.safety {
        content = content.push(
            container(
                column![text(safety.clone())
                    .size(sizes.body() * 1.1)
                    .align_x(Alignment::Center)]
                .align_x(Alignment::Center),
            )
            .padding([10, 18])
            .style(theme::safety_note),
        );
    }
    content
}
