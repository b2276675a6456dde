//! About Steady: what it is and is not, where to turn when you feel unsafe,
//! the version and the licence.

use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::ui::keys::Shortcut;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

/// What Steady is, in the same words as the README.
pub const PRACTICE_AID: &str = "Steady is a practice aid, not a treatment. It does not replace care from a doctor or a therapist.";
/// Where to turn, in the same words as the README.
pub const IF_UNSAFE: &str =
    "If you feel unsafe, contact your local emergency services or a crisis line.";
/// How to practise safely, in short.
pub const GENTLY: &str = "Go gently. Stop any exercise that makes you dizzy or hurts. Tense lightly if you are pregnant or have high blood pressure.";

#[derive(Debug, Default)]
pub struct About;

#[derive(Debug, Clone)]
pub enum Message {
    Back,
}

#[derive(Debug)]
pub enum Action {
    None,
    Back,
}

impl About {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Back => Action::Back,
        }
    }

    pub fn shortcut(&mut self, shortcut: Shortcut) -> Action {
        match shortcut {
            Shortcut::Back | Shortcut::Info | Shortcut::Confirm => self.update(Message::Back),
            _ => Action::None,
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let version = format!("Version {}", env!("CARGO_PKG_VERSION"));
        let licence = format!(
            "Free software under the {} licence.",
            env!("CARGO_PKG_LICENSE").replace(" OR ", " or ")
        );
        let header = row![
            text("About Steady").size(sizes.title()),
            iced::widget::space::horizontal(),
            button(text("Back").size(sizes.body()))
                .style(theme::main_button)
                .on_activate(Message::Back),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        let content = column![
            header,
            text("Short, calm pauses: breathing, grounding, kind words and muscle relaxation.")
                .size(sizes.body()),
            container(
                column![
                    text(PRACTICE_AID).size(sizes.body()),
                    text(IF_UNSAFE).size(sizes.body()),
                ]
                .spacing(8),
            )
            .padding([12, 18])
            .style(theme::safety_note),
            text(GENTLY).size(sizes.body()),
            text("Your practice and your notes stay on this computer. Steady sends nothing anywhere.")
                .size(sizes.body()),
            column![
                text(version).size(sizes.small()).style(text::secondary),
                text(licence).size(sizes.small()).style(text::secondary),
            ]
            .spacing(2),
            text("Esc or Enter to go back")
                .size(sizes.small())
                .style(text::secondary),
        ]
        .spacing(18)
        .align_x(Alignment::Start)
        .max_width(760);
        scrollable(container(content).center_x(Length::Fill).padding(24))
            .height(Length::Fill)
            .into()
    }
}
