//! The bar under the form: Save and Cancel with a line saying what saving
//! does or what stops it; or, while something is asked, the question and
//! its two answers, in place of the buttons.

use iced::widget::text::Wrapping;
use iced::widget::{button, column, container, row, text, Row};
use iced::{Alignment, Element, Length, Theme};

use super::fields::breath_label;
use super::{Asking, Editor, Message};
use crate::editor::{Field, PracticeForm, Source};
use crate::t;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

/// "1 field needs fixing…", naming the first one, which may be out of view.
pub fn fix_line(count: usize, first: Option<&str>) -> String {
    let count = count.max(1);
    match first {
        Some(first) => t!("editor-fix-named", count = count, field = first),
        None => t!("editor-fix", count = count),
    }
}

impl Editor {
    pub(super) fn bar(&self, sizes: Sizes) -> Element<'_, Message> {
        if let Some(asking) = self.asking {
            // A take under way is kept or thrown away first.
            return question(asking, !self.voice.is_taking(), sizes);
        }
        // Saving waits for a take under way: it lands in the form first.
        let ready = self.checked.exercise.is_some() && !self.saving && !self.voice.is_taking();
        let hand_written = self.source.hand_written();
        let main_label = if hand_written {
            t!("editor-save-copy")
        } else {
            t!("editor-save")
        };
        let mut buttons = Row::new().spacing(10).push(
            button(text(main_label).size(sizes.body()))
                .padding([8, 22])
                .style(theme::main_button)
                .on_activate_maybe(ready.then_some(Message::Save)),
        );
        if hand_written {
            buttons = buttons.push(
                button(text(t!("editor-replace")).size(sizes.body()))
                    .padding([8, 16])
                    .style(theme::soft_button)
                    .on_activate_maybe(ready.then_some(Message::Ask(Asking::Replace))),
            );
        }
        buttons = buttons.push(
            button(text(t!("home-cancel")).size(sizes.body()))
                .padding([8, 16])
                .style(theme::soft_button)
                .on_activate(Message::Cancel),
        );
        let status = if self.saving {
            text(t!("editor-saving")).size(sizes.small())
        } else if let Some(error) = &self.error {
            text(error.clone()).size(sizes.small()).style(text::danger)
        } else if self.checked.exercise.is_none() {
            text(self.problems_line())
                .size(sizes.small())
                .style(text::danger)
        } else {
            text(self.save_hint())
                .size(sizes.small())
                .style(text::secondary)
        };
        row![
            buttons,
            status.wrapping(Wrapping::WordOrGlyph).width(Length::Fill)
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .into()
    }

    pub(super) fn problems_line(&self) -> String {
        let problems = &self.checked.problems;
        let first = problems.keys().min_by_key(|field| order(**field));
        fix_line(
            problems.len(),
            first.map(|field| self.field_name(*field)).as_deref(),
        )
    }

    /// A field's name as the form shows it.
    fn field_name(&self, field: Field) -> String {
        let phase = |index: usize| match &self.form.practice {
            PracticeForm::Breathing(form) => {
                form.phases.get(index).map_or(t!("group-breathing"), |row| {
                    match (&row.text, form.usual) {
                        (Some(words), false) => words.as_str(),
                        _ => breath_label(row.breath),
                    }
                })
            }
            _ => t!("group-breathing"),
        };
        match field {
            Field::Title => t!("editor-title").to_owned(),
            Field::Summary => t!("editor-summary").to_owned(),
            Field::Phase(index) => phase(index).to_owned(),
            Field::Cycles => t!("editor-rounds").to_owned(),
            Field::Length => t!("editor-how-long").to_owned(),
            Field::StepLabel(i) => t!("editor-field-step-heading", number = i + 1),
            Field::StepText(i) => t!("editor-field-step-text", number = i + 1),
            Field::StepSeconds(i) => t!("editor-field-step-seconds", number = i + 1),
            Field::TenseSeconds => t!("cue-tense").to_owned(),
            Field::ReleaseSeconds => t!("cue-release").to_owned(),
            Field::GroupName(i) => t!("editor-field-group-name", number = i + 1),
            Field::GroupTense(i) => t!("editor-field-group-tense", number = i + 1),
            Field::GroupRelease(i) => t!("editor-field-group-release", number = i + 1),
            Field::Cue(kind) => kind.label().to_owned(),
            Field::CueVolume => t!("editor-cue-volume").to_owned(),
            Field::General => t!("editor-the-list").to_owned(),
        }
    }

    fn save_hint(&self) -> String {
        match &self.source {
            Source::Shipped => t!("editor-hint-shipped").to_owned(),
            Source::Own {
                by_editor: true, ..
            } => t!("editor-hint-own").to_owned(),
            Source::Own { .. } => t!("editor-hint-hand-written").to_owned(),
        }
    }
}

/// Fields in the order the form shows them.
fn order(field: Field) -> (u8, usize, u8) {
    match field {
        Field::Title => (0, 0, 0),
        Field::Summary => (0, 0, 1),
        Field::TenseSeconds => (1, 0, 0),
        Field::ReleaseSeconds => (1, 0, 1),
        Field::Phase(i) => (1, i, 0),
        Field::Cycles | Field::Length => (2, 0, 0),
        Field::StepLabel(i) | Field::GroupName(i) => (2, i, 0),
        Field::StepText(i) | Field::GroupTense(i) => (2, i, 1),
        Field::StepSeconds(i) | Field::GroupRelease(i) => (2, i, 2),
        Field::General => (3, 0, 0),
        Field::Cue(_) => (4, 0, 0),
        Field::CueVolume => (4, 1, 0),
    }
}

/// An inline question with a yes and a no; no is the main button.
fn question(asking: Asking, may_answer: bool, sizes: Sizes) -> Element<'static, Message> {
    let (words, yes, no) = match asking {
        Asking::Leave => (
            t!("editor-ask-leave"),
            t!("editor-leave"),
            t!("editor-keep-editing"),
        ),
        Asking::Replace => (
            t!("editor-ask-replace"),
            t!("editor-replace-it"),
            t!("history-clear-no"),
        ),
        Asking::Delete => (
            t!("editor-ask-delete"),
            t!("editor-delete-it"),
            t!("history-clear-no"),
        ),
        Asking::Reset => (
            t!("editor-ask-reset"),
            t!("editor-reset-it"),
            t!("editor-keep-copy"),
        ),
    };
    let careful = |theme: &Theme, status| button::Style {
        border: iced::border::rounded(10),
        ..button::danger(theme, status)
    };
    let answers = column![
        text(words)
            .size(sizes.body())
            .wrapping(Wrapping::WordOrGlyph),
        row![
            button(text(yes).size(sizes.body()))
                .padding([8, 16])
                .style(careful)
                .on_activate_maybe(may_answer.then_some(Message::Confirm)),
            button(text(no).size(sizes.body()))
                .padding([8, 16])
                .style(theme::main_button)
                .on_activate(Message::Dismiss),
        ]
        .spacing(10)
        .wrap()
        .vertical_spacing(8),
    ]
    .spacing(10);
    container(answers)
        .padding(14)
        .width(Length::Fill)
        .style(container::rounded_box)
        .into()
}
