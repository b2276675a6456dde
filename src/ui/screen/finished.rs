//! The closing screen: what was done and for how long, said kindly.

use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length};

use crate::timeline::format_clock;
use crate::ui::keys::Shortcut;
use crate::ui::screen::player::Summary;
use crate::ui::theme::Sizes;
use crate::ui::widget::focus::Reachable;

pub struct Finished {
    summary: Summary,
    /// What this session adds: "Your 10th session.", how the feeling changed.
    lines: Vec<String>,
    note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Home,
    Again,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Home,
    Again(String),
}

impl Finished {
    pub fn new(summary: Summary, lines: Vec<String>, note: Option<String>) -> Finished {
        Finished {
            summary,
            lines,
            note,
        }
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Home => Action::Home,
            Message::Again => Action::Again(self.summary.id.clone()),
        }
    }

    pub fn shortcut(&mut self, shortcut: Shortcut) -> Action {
        match shortcut {
            Shortcut::Back | Shortcut::Confirm | Shortcut::TogglePause => {
                self.update(Message::Home)
            }
            Shortcut::Restart => self.update(Message::Again),
            _ => Action::None,
        }
    }

    /// `unsaved` says why the session is not in the history yet, if so.
    pub fn view(&self, sizes: Sizes, unsaved: Option<String>) -> Element<'_, Message> {
        let summary = &self.summary;
        let done = crate::t!(
            "finished-you-did",
            title = summary.title.as_str(),
            length = format_clock(summary.practised)
        );
        let closing = summary
            .closing
            .clone()
            .unwrap_or_else(|| crate::t!("finished-take-a-moment").to_owned());
        let mut said = iced::widget::Column::new()
            .spacing(6)
            .align_x(Alignment::Center);
        // A milestone counted from a history that did not get this session
        // would be a promise the file does not keep: the reason comes instead.
        let saved = unsaved.is_none();
        if let Some(unsaved) = unsaved {
            said = said.push(
                text(unsaved)
                    .size(sizes.body())
                    .style(text::danger)
                    .align_x(Alignment::Center),
            );
        }
        let lines = if saved { &self.lines[..] } else { &[][..] };
        for line in lines {
            said = said.push(
                text(line.clone())
                    .size(sizes.body())
                    .align_x(Alignment::Center),
            );
        }
        if let Some(note) = &self.note {
            // The note keeps its line breaks.
            said = said
                .push(
                    text(crate::t!("finished-you-wrote"))
                        .size(sizes.small())
                        .style(text::secondary),
                )
                .push(
                    text(note.clone())
                        .size(sizes.small())
                        .style(text::secondary)
                        .align_x(Alignment::Center),
                );
        }
        let content = column![
            text(crate::t!("player-well-done")).size(sizes.title()),
            text(done).size(sizes.heading()),
            said,
            text(closing).size(sizes.body()).align_x(Alignment::Center),
            row![
                button(text(crate::t!("finished-home")).size(sizes.body()))
                    .padding([10, 20])
                    .style(crate::ui::theme::main_button)
                    .on_activate(Message::Home),
                button(text(crate::t!("finished-again")).size(sizes.body()))
                    .padding([10, 20])
                    .style(crate::ui::theme::soft_button)
                    .on_activate(Message::Again),
            ]
            .spacing(12),
            text(crate::t!("finished-help"))
                .size(sizes.small())
                .style(text::secondary),
        ]
        .spacing(20)
        .align_x(Alignment::Center)
        .max_width(640);
        container(content).center(Length::Fill).padding(24).into()
    }
}
