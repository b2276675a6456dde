//! Home: the exercises grouped by kind, a quick-calm button on top, and any
//! broken user files in their own small section.

use iced::widget::{button, column, container, row, scrollable, text, Column};
use iced::{Alignment, Element, Length};

use crate::exercise::Kind;
use crate::library::{Entry, Library};
use crate::timeline::format_clock;
use crate::ui::keys::Shortcut;
use crate::ui::theme::Sizes;

#[derive(Debug, Clone, Default)]
pub struct Home {
    selected: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Start(String),
    QuickCalm,
    OpenSettings,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Start(String),
    OpenSettings,
}

/// What the home screen shows besides its own state.
pub struct Context<'a> {
    pub library: &'a Library,
    pub quick_calm: Option<&'a Entry>,
    pub notes: Vec<String>,
    pub sizes: Sizes,
}

/// The exercises in the order shown, which is also the order of the 1–9 keys.
pub fn ordered(library: &Library) -> Vec<&Entry> {
    Kind::ALL
        .iter()
        .flat_map(|kind| library.of_kind(*kind))
        .collect()
}

impl Home {
    pub fn update(&mut self, message: Message, quick_calm: Option<&Entry>) -> Action {
        match message {
            Message::Start(id) => Action::Start(id),
            Message::QuickCalm => {
                quick_calm.map_or(Action::None, |entry| Action::Start(entry.id().to_owned()))
            }
            Message::OpenSettings => Action::OpenSettings,
        }
    }

    pub fn shortcut(
        &mut self,
        shortcut: Shortcut,
        library: &Library,
        quick_calm: Option<&Entry>,
    ) -> Action {
        let entries = ordered(library);
        let start = |index: usize| {
            entries
                .get(index)
                .map_or(Action::None, |entry| Action::Start(entry.id().to_owned()))
        };
        match shortcut {
            Shortcut::Up | Shortcut::Previous => {
                self.selected = self.selected.saturating_sub(1);
                Action::None
            }
            Shortcut::Down | Shortcut::Next => {
                self.selected = (self.selected + 1).min(entries.len().saturating_sub(1));
                Action::None
            }
            Shortcut::Confirm => start(self.selected),
            Shortcut::Number(number) => start(number - 1),
            Shortcut::QuickCalm | Shortcut::TogglePause => {
                self.update(Message::QuickCalm, quick_calm)
            }
            Shortcut::Settings => Action::OpenSettings,
            _ => Action::None,
        }
    }

    pub fn view<'a>(&self, context: Context<'a>) -> Element<'a, Message> {
        let sizes = context.sizes;
        let header = row![
            text("Steady").size(sizes.title()),
            iced::widget::space::horizontal(),
            button(text("Settings").size(sizes.small()))
                .style(button::text)
                .on_press(Message::OpenSettings),
        ]
        .align_y(Alignment::Center);

        let mut page = Column::new().spacing(18).push(header);
        if let Some(entry) = context.quick_calm {
            page = page.push(quick_calm(entry, sizes));
        }
        for note in &context.notes {
            page = page.push(
                container(text(note.clone()).size(sizes.small()))
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::rounded_box),
            );
        }
        let mut number = 0;
        for kind in Kind::ALL {
            let entries: Vec<&Entry> = context.library.of_kind(kind).collect();
            if entries.is_empty() {
                continue;
            }
            let mut section = Column::new()
                .spacing(6)
                .push(text(kind.heading()).size(sizes.heading()));
            for entry in entries {
                number += 1;
                section = section.push(exercise_row(
                    entry,
                    number,
                    number - 1 == self.selected,
                    sizes,
                ));
            }
            page = page.push(section);
        }
        if !context.library.broken().is_empty() {
            page = page.push(broken_files(context.library, sizes));
        }
        page = page.push(
            text("Enter start · ↑↓ choose · 1–9 start by number · Q or Space quick calm · S settings")
                .size(sizes.small())
                .style(text::secondary),
        );
        scrollable(container(page.padding(24).max_width(760)).center_x(Length::Fill))
            .height(Length::Fill)
            .into()
    }
}

fn quick_calm(entry: &Entry, sizes: Sizes) -> Element<'static, Message> {
    let label = column![
        text("Quick calm").size(sizes.heading()),
        text(format!(
            "{} · {} · press Q",
            entry.exercise.title,
            format_clock(entry.timeline.total())
        ))
        .size(sizes.small()),
    ]
    .spacing(2);
    button(label)
        .padding([14, 20])
        .width(Length::Fill)
        .style(crate::ui::theme::main_button)
        .on_press(Message::QuickCalm)
        .into()
}

fn exercise_row(
    entry: &Entry,
    number: usize,
    selected: bool,
    sizes: Sizes,
) -> Element<'static, Message> {
    let key = if number <= 9 {
        format!("{number}")
    } else {
        String::new()
    };
    let content = row![
        text(key)
            .size(sizes.small())
            .width(Length::Fixed(sizes.small() * 1.5))
            .style(text::secondary),
        column![
            text(entry.exercise.title.clone()).size(sizes.body() * 1.1),
            text(entry.exercise.summary.clone())
                .size(sizes.small())
                .style(text::secondary),
        ]
        .spacing(2)
        .width(Length::Fill),
        text(format_clock(entry.timeline.total())).size(sizes.body()),
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    button(content)
        .padding([10, 14])
        .width(Length::Fill)
        .style(crate::ui::theme::list_row(selected))
        .on_press(Message::Start(entry.id().to_owned()))
        .into()
}

fn broken_files(library: &Library, sizes: Sizes) -> Element<'static, Message> {
    let mut list = Column::new().spacing(4).push(
        text("Files that could not be read")
            .size(sizes.body())
            .style(text::danger),
    );
    for broken in library.broken() {
        let name = broken.path.file_name().map_or_else(
            || broken.path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let place = broken
            .error
            .position()
            .map(|(line, column)| format!(":{line}:{column}"))
            .unwrap_or_default();
        list = list
            .push(text(format!("{name}{place} — {}", broken.error.message())).size(sizes.small()));
    }
    container(list)
        .padding(12)
        .width(Length::Fill)
        .style(container::rounded_box)
        .into()
}
