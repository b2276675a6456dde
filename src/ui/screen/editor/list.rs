//! Grounding steps and muscle groups: each in a card with buttons to move
//! it up or down or remove it, and a button to add one more.

use iced::widget::{button, column, container, row, text, Column};
use iced::{Alignment, Element, Length, Theme};

use super::fields::{heading, note, problem_text, short_width};
use super::{Editor, Message};
use crate::editor::{Field, ListEdit, PracticeForm};
use crate::t;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

impl Editor {
    pub(super) fn list(&self, count: usize, sizes: Sizes) -> Element<'_, Message> {
        let grounding = matches!(self.form.practice, PracticeForm::Grounding(_));
        let (title, name, add) = if grounding {
            (t!("editor-steps"), t!("editor-step"), t!("editor-add-step"))
        } else {
            (
                t!("editor-groups"),
                t!("editor-group"),
                t!("editor-add-group"),
            )
        };
        // While a take is recorded, its step keeps its place.
        let editable = !self.voice.is_taking();
        let mut list = Column::new().spacing(12).push(heading(title, sizes));
        for index in 0..count {
            let fields = if grounding {
                self.step(index, sizes)
            } else {
                self.group(index, sizes)
            };
            list = list.push(
                container(
                    column![row_buttons(name, index, count, editable, sizes), fields].spacing(8),
                )
                .padding(12)
                .width(Length::Fill)
                .style(card),
            );
        }
        if let Some(problem) = self.checked.problems.get(&Field::General) {
            list = list.push(problem_text(problem, sizes));
        }
        list.push(
            button(text(add).size(sizes.body()))
                .padding([6, 14])
                .style(theme::soft_button)
                .on_activate_maybe(editable.then_some(Message::List(ListEdit::Add))),
        )
        .into()
    }

    fn step(&self, index: usize, sizes: Sizes) -> Element<'_, Message> {
        column![
            self.input(
                t!("editor-heading"),
                Field::StepLabel(index),
                sizes,
                Length::Fill
            ),
            self.input(
                t!("editor-what-to-do"),
                Field::StepText(index),
                sizes,
                Length::Fill
            ),
            self.input(
                t!("editor-seconds"),
                Field::StepSeconds(index),
                sizes,
                short_width(sizes)
            ),
        ]
        .spacing(8)
        .into()
    }

    fn group(&self, index: usize, sizes: Sizes) -> Element<'_, Message> {
        let mut fields = column![
            self.input(
                t!("editor-name"),
                Field::GroupName(index),
                sizes,
                Length::Fill
            ),
            self.input(
                t!("editor-how-to-tense"),
                Field::GroupTense(index),
                sizes,
                Length::Fill
            ),
            self.input(
                t!("editor-how-to-release"),
                Field::GroupRelease(index),
                sizes,
                Length::Fill
            ),
        ]
        .spacing(8);
        // A group's own times are kept from the file; say so, since the
        // times above do not apply to it.
        let PracticeForm::Relaxation(form) = &self.form.practice else {
            return fields.into();
        };
        if let Some(group) = form.groups.get(index) {
            let tense = group
                .tense_seconds
                .map(|seconds| t!("editor-own-tense", seconds = seconds));
            let release = group
                .release_seconds
                .map(|seconds| t!("editor-own-release", seconds = seconds));
            let times: Vec<String> = [tense, release].into_iter().flatten().collect();
            if !times.is_empty() {
                fields = fields.push(note(
                    &t!("editor-own-times", times = times.join(", ")),
                    sizes,
                ));
            }
        }
        fields.into()
    }
}

/// An outlined card, so the soft buttons inside it keep their tint.
fn card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style::default().border(
        iced::border::rounded(10)
            .color(palette.background.strong.color)
            .width(1),
    )
}

/// "Step 2" with buttons to move it up or down, or remove it.
fn row_buttons(
    name: &str,
    index: usize,
    count: usize,
    editable: bool,
    sizes: Sizes,
) -> Element<'static, Message> {
    let small = |label: &'static str, message: Option<Message>| {
        button(text(label).size(sizes.small()))
            .padding([4, 10])
            .style(theme::soft_button)
            .on_activate_maybe(message)
    };
    let up = (editable && index > 0).then_some(Message::List(ListEdit::Up(index)));
    let down = (editable && index + 1 < count).then_some(Message::List(ListEdit::Down(index)));
    let remove = (editable && count > 1).then_some(Message::List(ListEdit::Remove(index)));
    row![
        text(format!("{name} {}", index + 1))
            .size(sizes.body())
            .width(Length::Fill),
        row![
            small(t!("editor-move-up"), up),
            small(t!("editor-move-down"), down),
            small(t!("editor-remove"), remove),
        ]
        .spacing(6)
        .wrap()
        .vertical_spacing(6),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
    .into()
}
