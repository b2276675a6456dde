//! The closing screen: what was done and for how long, said kindly.

use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length};

use crate::timeline::format_clock;
use crate::ui::keys::Shortcut;
use crate::ui::screen::player::Summary;
use crate::ui::sound::Cues;
use crate::ui::theme::Sizes;

pub struct Finished {
    summary: Summary,
    /// What this session adds: "Your 10th session.", how the feeling changed.
    lines: Vec<String>,
    note: Option<String>,
    /// What sound was doing when the session ended: it carries on, so the
    /// end bell rings out instead of being cut by the change of screen.
    sound: Cues,
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
    pub fn new(
        summary: Summary,
        sound: Cues,
        lines: Vec<String>,
        note: Option<String>,
    ) -> Finished {
        Finished {
            summary,
            sound,
            lines,
            note,
        }
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    pub fn wanted_cues(&self) -> Cues {
        self.sound.clone()
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

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let summary = &self.summary;
        let done = format!(
            "You did {} for {}.",
            summary.title,
            format_clock(summary.practised)
        );
        let closing = summary
            .closing
            .clone()
            .unwrap_or_else(|| "Take a moment before you go back.".to_owned());
        let mut said = iced::widget::Column::new()
            .spacing(6)
            .align_x(Alignment::Center);
        for line in &self.lines {
            said = said.push(
                text(line.clone())
                    .size(sizes.body())
                    .align_x(Alignment::Center),
            );
        }
        if let Some(note) = &self.note {
            said = said.push(
                text(format!("You wrote: “{note}”"))
                    .size(sizes.small())
                    .style(text::secondary)
                    .align_x(Alignment::Center),
            );
        }
        let content = column![
            text("Well done").size(sizes.title()),
            text(done).size(sizes.heading()),
            said,
            text(closing).size(sizes.body()).align_x(Alignment::Center),
            row![
                button(text("Back to home").size(sizes.body()))
                    .padding([10, 20])
                    .style(crate::ui::theme::main_button)
                    .on_press(Message::Home),
                button(text("Do it again").size(sizes.body()))
                    .padding([10, 20])
                    .style(crate::ui::theme::soft_button)
                    .on_press(Message::Again),
            ]
            .spacing(12),
            text("Enter or Esc home · R again")
                .size(sizes.small())
                .style(text::secondary),
        ]
        .spacing(20)
        .align_x(Alignment::Center)
        .max_width(640);
        container(content).center(Length::Fill).padding(24).into()
    }
}
