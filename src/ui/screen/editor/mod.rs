//! The editor: customise an exercise in a form. (Scaffold: the form itself
//! is filled in next; the app's side — saving, trash, opening files — is
//! wired through `Action`.)

use std::path::PathBuf;
use std::time::Instant;

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Subscription, Task};

use crate::exercise::Exercise;
use crate::library::{Entry, Library, Origin};
use crate::ui::keys::Shortcut;
use crate::ui::theme::{self, Sizes};
use crate::userfiles::SaveAs;

pub struct Editor {
    entry: Entry,
}

#[derive(Debug, Clone)]
pub enum Message {
    Cancel,
    Save,
    OpenFile,
    OpenFolder,
}

/// What the app does for the editor.
#[derive(Debug)]
pub enum Action {
    None,
    /// Leave without saving.
    Cancel,
    Save(Box<SaveRequest>),
    /// Move this file to the trash (delete, or reset to the shipped original).
    Trash(PathBuf),
    OpenFile(PathBuf),
    OpenFolder,
    Run(Task<Message>),
}

#[derive(Debug, Clone)]
pub struct SaveRequest {
    pub exercise: Exercise,
    pub how: SaveAs,
    /// The title of the exercise it was made from, for the file's header.
    pub based_on: Option<String>,
}

impl Editor {
    pub fn new(entry: Entry, _library: &Library, _now: Instant) -> Editor {
        Editor { entry }
    }

    pub fn title(&self) -> &str {
        &self.entry.exercise.title
    }

    pub fn update(&mut self, message: Message, _library: &Library, _now: Instant) -> Action {
        match message {
            Message::Cancel => Action::Cancel,
            Message::Save => Action::Save(Box::new(SaveRequest {
                exercise: (*self.entry.exercise).clone(),
                how: SaveAs::NewFile,
                based_on: Some(self.entry.exercise.title.clone()),
            })),
            Message::OpenFile => match &self.entry.origin {
                Origin::File(path) => Action::OpenFile(path.clone()),
                Origin::BuiltIn => Action::None,
            },
            Message::OpenFolder => Action::OpenFolder,
        }
    }

    /// The result of a save the app did for this editor.
    pub fn save_failed(&mut self, _error: &crate::error::Error) {}

    pub fn shortcut(&mut self, shortcut: Shortcut) -> Action {
        match shortcut {
            Shortcut::Back => Action::Cancel,
            _ => Action::None,
        }
    }

    pub fn view(&self, sizes: Sizes, _now: Instant) -> Element<'_, Message> {
        let content = column![
            text(format!("Customise {}", self.entry.exercise.title)).size(sizes.title()),
            row![
                button(text("Save").size(sizes.body()))
                    .style(theme::main_button)
                    .on_press(Message::Save),
                button(text("Cancel").size(sizes.body()))
                    .style(theme::soft_button)
                    .on_press(Message::Cancel),
            ]
            .spacing(10),
        ]
        .spacing(20)
        .padding(24);
        container(content).width(Length::Fill).into()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::none()
    }
}
