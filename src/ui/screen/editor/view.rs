//! How the editor looks: a header with the live total, the scrollable form,
//! and the bar with Save at the bottom. The breathing preview sits beside
//! the form when the form keeps a comfortable width, and otherwise inside
//! it, under the breathing heading, so the form keeps the window's height.

use std::time::Instant;

use iced::widget::text::Wrapping;
use iced::widget::{column, container, responsive, row, scrollable, text, Row};
use iced::{Alignment, Element, Length, Size};

use super::fields::{heading, note};
use super::{preview, Asking, Editor, Message};
use crate::editor::Source;
use crate::exercise::Kind;
use crate::timeline::format_clock;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

/// The form is easiest to read up to about this width.
const FORM_WIDTH: f32 = 720.0;
/// The whole page, preview included, in a very wide window.
const PAGE_WIDTH: f32 = 1100.0;

impl Editor {
    pub fn view(&self, sizes: Sizes, now: Instant) -> Element<'_, Message> {
        let total = match self.checked.total {
            Some(total) => {
                text(crate::t!("editor-total", length = format_clock(total))).size(sizes.heading())
            }
            None => text(crate::t!("editor-total", length = "–"))
                .size(sizes.heading())
                .style(text::secondary),
        };
        let header = row![
            text(crate::t!("home-customise"))
                .size(sizes.heading())
                .style(text::secondary),
            text(self.title().to_owned())
                .size(sizes.heading())
                .wrapping(Wrapping::WordOrGlyph)
                .width(Length::Fill),
            total,
        ]
        .spacing(12)
        .align_y(Alignment::Start);
        let body = responsive(move |space| self.body(space, sizes, now));
        let page = column![header, body, self.bar(sizes)]
            .spacing(14)
            .padding(24)
            .max_width(PAGE_WIDTH);
        container(page).center_x(Length::Fill).into()
    }

    fn body(&self, space: Size, sizes: Sizes, now: Instant) -> Element<'_, Message> {
        let beside_width = (sizes.heading() * 9.0).max(220.0);
        let breathing = self.form.kind() == Kind::Breathing;
        let beside = breathing && space.width >= sizes.body() * 30.0 + beside_width + 24.0;
        let rhythm = self.rhythm.as_deref();
        let inline = (breathing && !beside).then(|| {
            let side = (sizes.body() * 6.0).clamp(80.0, 160.0);
            preview::view(
                rhythm,
                &self.preview,
                now,
                (sizes, side, false),
                &self.backdrop,
            )
        });
        let form = scrollable(
            container(self.form_column(sizes, inline)).padding(iced::Padding::ZERO.right(16)),
        )
        .height(Length::Fill);
        let form = container(form).max_width(FORM_WIDTH + 16.0);
        if !beside {
            return form.into();
        }
        let side = (beside_width - 20.0).min(space.height * 0.5);
        let look = (sizes, side, true);
        row![
            container(form).width(Length::Fill),
            container(preview::view(
                rhythm,
                &self.preview,
                now,
                look,
                &self.backdrop
            ))
            .width(Length::Fixed(beside_width))
            .padding(iced::Padding::ZERO.top(8)),
        ]
        .spacing(24)
        .into()
    }

    fn form_column<'a>(
        &'a self,
        sizes: Sizes,
        preview: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        column![
            self.about(sizes),
            self.practice(sizes, preview),
            self.voice_section(sizes),
            self.sounds(sizes),
            self.file(sizes),
        ]
        .spacing(28)
        .padding(iced::Padding::ZERO.bottom(12))
        .into()
    }

    /// Where the exercise is kept, and what can be done with its file.
    fn file(&self, sizes: Sizes) -> Element<'_, Message> {
        let words = match &self.source {
            Source::Shipped => crate::t!("editor-file-shipped").to_owned(),
            Source::Own {
                path,
                by_editor: true,
                ..
            } => {
                crate::t!("editor-file-own", file = path.display().to_string())
            }
            Source::Own { path, .. } => crate::t!(
                "editor-file-hand-written",
                file = path.display().to_string()
            ),
        };
        let mut buttons = Row::new().spacing(8);
        if self.source.path().is_some() {
            buttons = buttons.push(soft(
                crate::t!("editor-open-file"),
                Some(Message::OpenFile),
                sizes,
            ));
        }
        buttons = buttons.push(soft(
            crate::t!("editor-open-folder"),
            Some(Message::OpenFolder),
            sizes,
        ));
        // For a copy of a shipped exercise, deleting it is going back to
        // the original: one button, named for what it does.
        // Not while a take is recorded: it would have no exercise to land in.
        let idle = !self.voice.is_taking();
        if self.source.replaces_shipped() {
            buttons = buttons.push(soft(
                crate::t!("editor-reset"),
                idle.then_some(Message::Ask(Asking::Reset)),
                sizes,
            ));
        } else if self.source.path().is_some() {
            buttons = buttons.push(soft(
                crate::t!("editor-delete"),
                idle.then_some(Message::Ask(Asking::Delete)),
                sizes,
            ));
        }
        let open_file = self
            .source
            .path()
            .is_some()
            .then(|| note(crate::t!("editor-open-file-explain"), sizes));
        column![
            heading(crate::t!("editor-your-file"), sizes),
            text(words)
                .size(sizes.small())
                .wrapping(Wrapping::WordOrGlyph),
        ]
        .push(open_file)
        .push(buttons.wrap().vertical_spacing(8))
        .spacing(10)
        .into()
    }
}

fn soft(label: &'static str, message: Option<Message>, sizes: Sizes) -> Element<'static, Message> {
    iced::widget::button(text(label).size(sizes.small()))
        .padding([6, 12])
        .style(theme::soft_button)
        .on_activate_maybe(message)
}
