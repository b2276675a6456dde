//! The bar under the form: Save and Cancel with a line saying what saving
//! does or what stops it; or, while something is asked, the question and
//! its two answers, in place of the buttons.

use iced::widget::text::Wrapping;
use iced::widget::{button, column, container, row, text, Row};
use iced::{Alignment, Element, Length, Theme};

use super::fields::breath_label;
use super::{Asking, Editor, Message};
use crate::editor::{Field, PracticeForm, Source};
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

/// "1 field needs fixing…", naming the first one, which may be out of view.
pub fn fix_line(count: usize, first: Option<&str>) -> String {
    let count = match count {
        0 | 1 => "1 field needs".to_owned(),
        count => format!("{count} fields need"),
    };
    match first {
        Some(first) => format!("{count} fixing before you can save ({first})."),
        None => format!("{count} fixing before you can save."),
    }
}

impl Editor {
    pub(super) fn bar(&self, sizes: Sizes) -> Element<'_, Message> {
        if let Some(asking) = self.asking {
            return question(asking, sizes);
        }
        let ready = self.checked.exercise.is_some() && !self.saving;
        let hand_written = self.source.hand_written();
        let main_label = if hand_written {
            "Save as a copy"
        } else {
            "Save"
        };
        let mut buttons = Row::new().spacing(10).push(
            button(text(main_label).size(sizes.body()))
                .padding([8, 22])
                .style(theme::main_button)
                .on_activate_maybe(ready.then_some(Message::Save)),
        );
        if hand_written {
            buttons = buttons.push(
                button(text("Replace the file").size(sizes.body()))
                    .padding([8, 16])
                    .style(theme::soft_button)
                    .on_activate_maybe(ready.then_some(Message::Ask(Asking::Replace))),
            );
        }
        buttons = buttons.push(
            button(text("Cancel").size(sizes.body()))
                .padding([8, 16])
                .style(theme::soft_button)
                .on_activate(Message::Cancel),
        );
        let status = if self.saving {
            text("Saving…").size(sizes.small())
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
                form.phases
                    .get(index)
                    .map_or("Breathing", |row| match (&row.text, form.usual) {
                        (Some(words), false) => words.as_str(),
                        _ => breath_label(row.breath),
                    })
            }
            _ => "Breathing",
        };
        match field {
            Field::Title => "Title".to_owned(),
            Field::Summary => "Short description".to_owned(),
            Field::Phase(index) => phase(index).to_owned(),
            Field::Cycles => "Rounds".to_owned(),
            Field::Length => "How long".to_owned(),
            Field::StepLabel(i) => format!("Step {}, Heading", i + 1),
            Field::StepText(i) => format!("Step {}, What to do", i + 1),
            Field::StepSeconds(i) => format!("Step {}, Seconds", i + 1),
            Field::TenseSeconds => "Tense".to_owned(),
            Field::ReleaseSeconds => "Let go".to_owned(),
            Field::GroupName(i) => format!("Muscle group {}, Name", i + 1),
            Field::GroupTense(i) => format!("Muscle group {}, How to tense", i + 1),
            Field::GroupRelease(i) => format!("Muscle group {}, How to let go", i + 1),
            Field::Cue(kind) => kind.label().to_owned(),
            Field::CueVolume => "Cue volume".to_owned(),
            Field::General => "the list".to_owned(),
        }
    }

    fn save_hint(&self) -> String {
        match &self.source {
            Source::Shipped => "Saving makes your own copy. Esc leaves without saving.".to_owned(),
            Source::Own {
                by_editor: true, ..
            } => "Esc leaves without saving.".to_owned(),
            Source::Own { .. } => "Your file stays as it is unless you replace it.".to_owned(),
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
fn question(asking: Asking, sizes: Sizes) -> Element<'static, Message> {
    let (words, yes, no) = match asking {
        Asking::Leave => (
            "Leave without saving? Your changes will be lost.",
            "Leave",
            "Keep editing",
        ),
        Asking::Replace => (
            "Replace the file? The old file goes to the trash folder, with your comments.",
            "Replace it",
            "Keep it",
        ),
        Asking::Delete => (
            "Move this file to the trash folder? You can take it back from there.",
            "Move to the trash",
            "Keep it",
        ),
        Asking::Reset => (
            "Go back to the original? Your copy goes to the trash folder. You can take it back from there.",
            "Go back to the original",
            "Keep my copy",
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
                .on_activate(Message::Confirm),
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
