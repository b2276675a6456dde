//! The form's sections: one labelled input per field, its problem right
//! under it in the danger colour.

use iced::widget::{button, column, pick_list, row, slider, text, text_input, Column};
use iced::{Alignment, Element, Length, Theme};

use super::{CueName, Editor, Message};
use crate::editor::{CueKind, Field, PracticeForm};
use crate::exercise::Breath;
use crate::t;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus;
use crate::ui::widget::focus::Reachable;

/// The widget id of a field's input, so tests and focus can find it.
pub fn field_id(field: Field) -> String {
    match field {
        Field::Title => "title".to_owned(),
        Field::Summary => "summary".to_owned(),
        Field::Phase(i) => format!("phase-{i}"),
        Field::Cycles => "cycles".to_owned(),
        Field::Length => "length".to_owned(),
        Field::StepLabel(i) => format!("step-label-{i}"),
        Field::StepText(i) => format!("step-text-{i}"),
        Field::StepSeconds(i) => format!("step-seconds-{i}"),
        Field::TenseSeconds => "tense-seconds".to_owned(),
        Field::ReleaseSeconds => "release-seconds".to_owned(),
        Field::GroupName(i) => format!("group-name-{i}"),
        Field::GroupTense(i) => format!("group-tense-{i}"),
        Field::GroupRelease(i) => format!("group-release-{i}"),
        Field::Cue(kind) => format!("cue-{kind:?}").to_lowercase(),
        Field::CueVolume => "cue-volume".to_owned(),
        Field::General => "general".to_owned(),
    }
}

/// How wide a short field (seconds, rounds) is: room for its label.
pub(super) fn short_width(sizes: Sizes) -> Length {
    Length::Fixed(sizes.body() * 12.0)
}

impl Editor {
    /// A labelled text input with its problem, if any, under it.
    pub(super) fn input<'a>(
        &'a self,
        label: &str,
        field: Field,
        sizes: Sizes,
        width: Length,
    ) -> Element<'a, Message> {
        let value = self.form.value(field).unwrap_or_default();
        let problem = self.checked.problems.get(&field);
        let bad = problem.is_some();
        let mut content = Column::new()
            .spacing(4)
            .width(width)
            .push(text(label.to_owned()).size(sizes.body()))
            .push(
                text_input("", value)
                    .id(field_id(field))
                    .on_input(move |typed| Message::Typed(field, typed))
                    .size(sizes.body())
                    .padding(8)
                    .style(move |theme: &Theme, status| {
                        let mut style = crate::ui::theme::field(theme, status);
                        if bad {
                            style.border = style.border.color(theme.palette().danger).width(2);
                        }
                        style
                    }),
            );
        if let Some(problem) = problem {
            content = content.push(problem_text(problem, sizes));
        }
        content.into()
    }

    pub(super) fn about(&self, sizes: Sizes) -> Element<'_, Message> {
        column![
            heading(t!("editor-about"), sizes),
            self.input(t!("editor-title"), Field::Title, sizes, Length::Fill),
            self.input(
                t!("editor-summary-where"),
                Field::Summary,
                sizes,
                Length::Fill
            ),
        ]
        .spacing(12)
        .into()
    }

    /// The practice's own section; `preview` goes right under the breathing
    /// heading when there is no room beside the form.
    pub(super) fn practice<'a>(
        &'a self,
        sizes: Sizes,
        preview: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        match &self.form.practice {
            PracticeForm::Breathing(form) => {
                self.breathing(form.usual, form.repeat.by_length, sizes, preview)
            }
            PracticeForm::Grounding(steps) => self.list(steps.len(), sizes),
            PracticeForm::Relaxation(relaxation) => column![
                heading(t!("group-relaxation"), sizes),
                note(t!("editor-relaxation-explain"), sizes),
                row![
                    self.input(
                        t!("editor-tense-seconds"),
                        Field::TenseSeconds,
                        sizes,
                        short_width(sizes)
                    ),
                    self.input(
                        t!("editor-release-seconds"),
                        Field::ReleaseSeconds,
                        sizes,
                        short_width(sizes)
                    ),
                ]
                .spacing(16)
                .wrap()
                .vertical_spacing(12),
                self.list(relaxation.groups.len(), sizes),
            ]
            .spacing(12)
            .into(),
        }
    }

    fn breathing<'a>(
        &'a self,
        usual: bool,
        by_length: bool,
        sizes: Sizes,
        preview: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let rows = match &self.form.practice {
            PracticeForm::Breathing(form) => form.phases.as_slice(),
            _ => &[],
        };
        // Two a row, so breathing in and out stay side by side with their holds.
        let mut phases = Column::new().spacing(12);
        for (pair, two) in rows.chunks(2).enumerate() {
            let fields = two.iter().enumerate().map(|(offset, phase)| {
                let label = match (usual, &phase.text) {
                    (false, Some(words)) => words.clone(),
                    _ => breath_label(phase.breath).to_owned(),
                };
                let index = pair * 2 + offset;
                self.input(&label, Field::Phase(index), sizes, short_width(sizes))
            });
            phases = phases.push(row(fields).spacing(16).wrap().vertical_spacing(12));
        }
        let explain = if usual {
            t!("editor-phases-explain")
        } else {
            t!("editor-phases-explain-own")
        };
        let choice = |label: &'static str, on: bool| {
            button(text(label).size(sizes.body()))
                .padding([6, 14])
                .style(if on == by_length {
                    theme::main_button
                } else {
                    theme::soft_button
                })
                .on_activate(Message::ByLength(on))
        };
        let repeat = if by_length {
            column![
                self.input(
                    t!("editor-length-field"),
                    Field::Length,
                    sizes,
                    short_width(sizes)
                ),
                note(t!("editor-length-explain"), sizes),
            ]
            .spacing(4)
        } else {
            column![self.input(
                t!("editor-rounds"),
                Field::Cycles,
                sizes,
                short_width(sizes)
            )]
        };
        column![heading(t!("group-breathing"), sizes)]
            .push(preview)
            .push(note(explain, sizes))
            .push(phases)
            .push(text(t!("editor-how-long")).size(sizes.body()))
            .push(
                row![
                    choice(t!("editor-by-rounds"), false),
                    choice(t!("editor-by-length"), true)
                ]
                .spacing(8)
                .wrap()
                .vertical_spacing(8),
            )
            .push(repeat)
            .spacing(12)
            .into()
    }

    pub(super) fn sounds(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut section = Column::new()
            .spacing(10)
            .push(heading(t!("editor-sounds"), sizes))
            .push(note(t!("editor-sounds-explain"), sizes));
        for kind in CueKind::for_kind(self.form.kind()) {
            let kind = *kind;
            let chosen = CueName(kind.get(&self.form.cues).map(str::to_owned));
            section = section.push(
                row![
                    text(kind.label())
                        .size(sizes.body())
                        .width(short_width(sizes)),
                    focus::choose(
                        pick_list(
                            self.cue_names.as_slice(),
                            Some(chosen.clone()),
                            move |name| { Message::Cue(kind, name) }
                        )
                        .text_size(sizes.body())
                        .padding([6, 10]),
                        &self.cue_names,
                        Some(&chosen),
                        move |name| Message::Cue(kind, name),
                    ),
                ]
                .spacing(12)
                .align_y(Alignment::Center)
                .wrap()
                .vertical_spacing(4),
            );
        }
        let percent = (self.form.cue_volume * 100.0).round();
        section
            .push(text(t!("editor-cue-volume-percent", percent = percent)).size(sizes.body()))
            .push(focus::stepper(
                slider(0.0..=100.0, percent, Message::CueVolume)
                    .step(1.0)
                    .width(Length::Fill),
                Message::CueVolume((percent - 1.0).max(0.0)),
                Message::CueVolume((percent + 1.0).min(100.0)),
            ))
            .into()
    }
}

pub(super) fn breath_label(breath: Breath) -> &'static str {
    match breath {
        Breath::Inhale => t!("breath-in"),
        Breath::Hold => t!("breath-hold"),
        Breath::Exhale => t!("breath-out"),
        Breath::HoldEmpty => t!("breath-hold-empty"),
    }
}

pub(super) fn heading(label: &str, sizes: Sizes) -> Element<'static, Message> {
    text(label.to_owned()).size(sizes.heading()).into()
}

pub(super) fn note(words: &str, sizes: Sizes) -> Element<'static, Message> {
    text(words.to_owned())
        .size(sizes.small())
        .style(text::secondary)
        .into()
}

pub(super) fn problem_text(problem: &str, sizes: Sizes) -> Element<'static, Message> {
    text(problem.to_owned())
        .size(sizes.small())
        .style(text::danger)
        .into()
}
