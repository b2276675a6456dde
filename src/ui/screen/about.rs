//! About Steady: what it is and is not, where to turn when you feel unsafe,
//! the version and the licence.

use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::t;
use crate::ui::keys::Shortcut;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

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
        let version = t!("about-version", version = env!("CARGO_PKG_VERSION"));
        let licence = t!(
            "about-licence",
            licence = env!("CARGO_PKG_LICENSE").replace(" OR ", t!("about-or"))
        );
        let header = row![
            text(t!("about-title")).size(sizes.title()),
            iced::widget::space::horizontal(),
            button(text(t!("back")).size(sizes.body()))
                .style(theme::main_button)
                .on_activate(Message::Back),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        let content = column![
            header,
            text(t!("about-what")).size(sizes.body()),
            container(
                column![
                    // What Steady is and where to turn, in the README's words.
                    text(t!("about-practice-aid")).size(sizes.body()),
                    text(t!("about-if-unsafe")).size(sizes.body()),
                ]
                .spacing(8),
            )
            .padding([12, 18])
            .style(theme::safety_note),
            text(t!("about-gently")).size(sizes.body()),
            text(t!("about-private")).size(sizes.body()),
            column![
                text(version).size(sizes.small()).style(text::secondary),
                text(licence).size(sizes.small()).style(text::secondary),
            ]
            .spacing(2),
            text(t!("about-help"))
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
