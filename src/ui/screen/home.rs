//! Home: a quick-calm button on top, then the exercises grouped by kind and
//! any broken user files. The list draws only the rows in view, so ten
//! thousand exercises scroll as smoothly as seven; the chosen row is kept
//! in view as the arrows move it.

use iced::widget::scrollable::{AbsoluteOffset, Viewport};
use iced::widget::text::Wrapping;
use iced::widget::{button, column, container, row, scrollable, space, text, Column};
use iced::{Alignment, Element, Length, Task};

use crate::exercise::Group;
use crate::library::{Broken, Entry, Library, RoutineEntry};
use crate::t;
use crate::timeline::format_clock;
use crate::ui::keys::Shortcut;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

/// The list's id, for scrolling it from code.
const LIST: &str = "home-list";
/// The import box's path field, focused when it opens.
const IMPORT_FIELD: &str = "import-path";

/// `~/file.ron` as the shell would read it.
fn expand_home(path: &str) -> std::path::PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => std::path::Path::new(&home).join(rest),
        _ => std::path::PathBuf::from(path),
    }
}
/// Rows drawn beyond the visible ones, above and below.
const OVERSCAN: f32 = 400.0;
/// Items a page of the list holds: see [`Home::list`].
const PAGE: usize = 16;

#[derive(Debug, Clone, Default)]
pub struct Home {
    selected: usize,
    /// The import box, while it is open: the path typed so far.
    import: Option<String>,
    /// The list's scroll position and visible height, from its last scroll.
    offset: f32,
    visible: Option<f32>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Start(String),
    Customise(String),
    OpenHistory,
    OpenAbout,
    ToggleImport,
    ImportPath(String),
    Import,
    DismissNote(usize),
    QuickCalm,
    OpenSettings,
    Scrolled(Viewport),
}

#[derive(Debug)]
pub enum Action {
    None,
    Start(String),
    Customise(String),
    OpenHistory,
    OpenAbout,
    /// Copy this file into the exercises folder.
    Import(std::path::PathBuf),
    DismissNote(usize),
    OpenSettings,
    Run(Task<Message>),
}

/// What the home screen shows besides its own state.
pub struct Context<'a> {
    pub library: &'a Library,
    pub quick_calm: Option<&'a Entry>,
    pub notes: Vec<String>,
    pub sizes: Sizes,
    /// The window's height: how much of the list is visible before the first scroll.
    pub window_height: f32,
}

/// Something on the list that can be started: a routine or an exercise.
#[derive(Debug, Clone, Copy)]
pub struct Startable<'a> {
    pub id: &'a str,
    /// Exercises can be changed in the editor; routines are changed in their file.
    pub customisable: bool,
    pub title: &'a str,
    pub summary: &'a str,
    pub total: std::time::Duration,
}

impl<'a> Startable<'a> {
    fn of_entry(entry: &'a Entry) -> Self {
        Startable {
            id: entry.id(),
            customisable: true,
            title: &entry.exercise.title,
            summary: &entry.exercise.summary,
            total: entry.total,
        }
    }

    fn of_routine(entry: &'a RoutineEntry) -> Self {
        Startable {
            id: entry.id(),
            customisable: false,
            title: &entry.routine.title,
            summary: &entry.routine.summary,
            total: entry.total(),
        }
    }
}

/// The sections of the list: routines first, then exercises by heading.
fn sections(library: &Library) -> Vec<(&'static str, Vec<Startable<'_>>)> {
    let mut sections = vec![(
        t!("home-routines"),
        library
            .routines()
            .iter()
            .map(Startable::of_routine)
            .collect(),
    )];
    sections.extend(Group::ALL.iter().map(|group| {
        (
            group.heading(),
            library.of_group(*group).map(Startable::of_entry).collect(),
        )
    }));
    sections.retain(|(_, rows): &(&str, Vec<Startable<'_>>)| !rows.is_empty());
    sections
}

/// Everything startable in the order shown, which is also the order of the 1–9 keys.
pub fn ordered(library: &Library) -> Vec<Startable<'_>> {
    sections(library)
        .into_iter()
        .flat_map(|(_, rows)| rows)
        .collect()
}

/// One line of the list, in order.
enum Item<'a> {
    Heading(&'static str),
    Exercise { row: Startable<'a>, number: usize },
    BrokenHeading,
    Broken(&'a Broken),
}

fn items(library: &Library) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    // Files with mistakes come first: easy to miss at the end of a long list.
    if !library.broken().is_empty() {
        items.push(Item::BrokenHeading);
        items.extend(library.broken().iter().map(Item::Broken));
    }
    let mut number = 0;
    for (heading, rows) in sections(library) {
        items.push(Item::Heading(heading));
        for row in rows {
            number += 1;
            items.push(Item::Exercise { row, number });
        }
    }
    items
}

/// Every row has a fixed height for its kind, so positions are known
/// without laying anything out.
fn height(item: &Item<'_>, sizes: Sizes) -> f32 {
    match item {
        Item::Heading(_) | Item::BrokenHeading => sizes.heading() * 1.3 + 14.0,
        Item::Exercise { .. } => row_height(sizes) + 6.0,
        Item::Broken(_) => sizes.small() * 1.3 * 2.0 + 10.0,
    }
}

fn row_height(sizes: Sizes) -> f32 {
    20.0 + sizes.body() * 1.1 * 1.3 + sizes.small() * 1.3 + 2.0
}

impl Home {
    pub fn update(&mut self, message: Message, quick_calm: Option<&Entry>) -> Action {
        match message {
            Message::Start(id) => Action::Start(id),
            Message::Customise(id) => Action::Customise(id),
            Message::OpenHistory => Action::OpenHistory,
            Message::OpenAbout => Action::OpenAbout,
            Message::ToggleImport => {
                self.import = match self.import {
                    Some(_) => None,
                    None => Some(String::new()),
                };
                match self.import {
                    Some(_) => Action::Run(iced::widget::operation::focus(IMPORT_FIELD)),
                    None => Action::None,
                }
            }
            Message::ImportPath(path) => {
                self.import = Some(path);
                Action::None
            }
            Message::Import => match self.import.take() {
                Some(path) if !path.trim().is_empty() => Action::Import(expand_home(path.trim())),
                other => {
                    self.import = other;
                    Action::None
                }
            },
            Message::DismissNote(index) => Action::DismissNote(index),
            Message::QuickCalm => {
                quick_calm.map_or(Action::None, |entry| Action::Start(entry.id().to_owned()))
            }
            Message::OpenSettings => Action::OpenSettings,
            Message::Scrolled(viewport) => {
                self.offset = viewport.absolute_offset().y;
                self.visible = Some(viewport.bounds().height);
                Action::None
            }
        }
    }

    pub fn shortcut(
        &mut self,
        shortcut: Shortcut,
        library: &Library,
        quick_calm: Option<&Entry>,
        sizes: Sizes,
    ) -> Action {
        let entries = ordered(library);
        let start = |index: usize| {
            entries
                .get(index)
                .map_or(Action::None, |row| Action::Start(row.id.to_owned()))
        };
        match shortcut {
            Shortcut::Up | Shortcut::Previous => {
                self.selected = self.selected.saturating_sub(1);
                self.keep_in_view(library, sizes)
            }
            Shortcut::Down | Shortcut::Next => {
                self.selected = (self.selected + 1).min(entries.len().saturating_sub(1));
                self.keep_in_view(library, sizes)
            }
            Shortcut::Confirm => start(self.selected),
            Shortcut::Edit => entries
                .get(self.selected)
                .filter(|row| row.customisable)
                .map_or(Action::None, |row| Action::Customise(row.id.to_owned())),
            Shortcut::Number(number) => start(number - 1),
            Shortcut::QuickCalm | Shortcut::TogglePause => {
                self.update(Message::QuickCalm, quick_calm)
            }
            Shortcut::Settings => Action::OpenSettings,
            Shortcut::History => Action::OpenHistory,
            Shortcut::Info => Action::OpenAbout,
            _ => Action::None,
        }
    }

    /// Scrolls so the chosen row is fully visible, if it is not.
    fn keep_in_view(&mut self, library: &Library, sizes: Sizes) -> Action {
        let Some(visible) = self.visible else {
            // Never scrolled: the list fits, or its height is not known yet.
            return Action::None;
        };
        let mut top = 0.0;
        for item in items(library) {
            let item_height = height(&item, sizes);
            if let Item::Exercise { number, .. } = item {
                if number == self.selected + 1 {
                    let target = if top < self.offset {
                        Some(top)
                    } else if top + item_height > self.offset + visible {
                        Some(top + item_height - visible)
                    } else {
                        None
                    };
                    return match target {
                        Some(y) => {
                            self.offset = y;
                            Action::Run(iced::widget::operation::scroll_to(
                                LIST,
                                AbsoluteOffset {
                                    x: None,
                                    y: Some(y),
                                },
                            ))
                        }
                        None => Action::None,
                    };
                }
            }
            top += item_height;
        }
        Action::None
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn view<'a>(&self, context: Context<'a>) -> Element<'a, Message> {
        let sizes = context.sizes;
        let link = |label: &'static str, message: Message| {
            button(text(label).size(sizes.small()))
                .style(button::text)
                .on_activate(message)
        };
        let header = row![
            text("Steady").size(sizes.title()),
            space::horizontal(),
            link(t!("home-history"), Message::OpenHistory),
            link(t!("home-import"), Message::ToggleImport),
            link(t!("home-settings"), Message::OpenSettings),
            link(t!("home-about"), Message::OpenAbout),
        ]
        .spacing(4)
        .align_y(Alignment::Center);

        let mut page = Column::new().spacing(14).push(header);
        if let Some(path) = &self.import {
            page = page.push(import_box(path, sizes));
        }
        if let Some(entry) = context.quick_calm {
            page = page.push(quick_calm(entry, sizes));
        }
        for (index, note) in context.notes.iter().enumerate() {
            page = page.push(
                container(
                    row![
                        text(note.clone()).size(sizes.small()).width(Length::Fill),
                        button(text(t!("home-dismiss")).size(sizes.small()))
                            .style(button::text)
                            .on_activate(Message::DismissNote(index)),
                    ]
                    .spacing(8)
                    .align_y(Alignment::Center),
                )
                .padding(10)
                .width(Length::Fill)
                .style(container::rounded_box),
            );
        }
        let visible = self.visible.unwrap_or(context.window_height);
        page = page.push(
            scrollable(self.list(context.library, sizes, visible))
                .id(LIST)
                .on_scroll(Message::Scrolled)
                .height(Length::Fill),
        );
        page = page.push(
            text(t!("home-help"))
                .size(sizes.small())
                .style(text::secondary),
        );
        container(page.padding(24).max_width(760))
            .center_x(Length::Fill)
            .into()
    }

    /// The rows in and near view, with empty space standing in for the rest.
    ///
    /// The list is cut into pages of [`PAGE`] items, and every page is one
    /// child of the column, built or standing as a space of its height.
    /// iced keeps each widget's state (which control has the focus) by its
    /// place among its parent's children, so a row keeps its place while
    /// the view scrolls: leaving out the rows above the view instead moved
    /// every row up a place, and the focus ring jumped to another row.
    fn list<'a>(&self, library: &'a Library, sizes: Sizes, visible: f32) -> Element<'a, Message> {
        let from = self.offset - OVERSCAN;
        let to = self.offset + visible + OVERSCAN;
        let mut column = Column::new().padding(iced::Padding::ZERO.right(14));
        let mut top = 0.0;
        let mut items = items(library).into_iter().peekable();
        while items.peek().is_some() {
            let page: Vec<Item<'a>> = items.by_ref().take(PAGE).collect();
            let heights: Vec<f32> = page.iter().map(|item| height(item, sizes)).collect();
            let page_height: f32 = heights.iter().sum();
            if top + page_height < from || top > to {
                column = column.push(space().height(page_height));
            } else {
                let rows = page.into_iter().zip(heights).map(|(item, item_height)| {
                    container(self.item(item, sizes))
                        .height(item_height)
                        .clip(true)
                        .into()
                });
                column = column.push(Column::with_children(rows));
            }
            top += page_height;
        }
        column.into()
    }

    fn item<'a>(&self, item: Item<'a>, sizes: Sizes) -> Element<'a, Message> {
        match item {
            Item::Heading(heading) => container(text(heading).size(sizes.heading()))
                .padding(iced::Padding::ZERO.top(10))
                .into(),
            Item::Exercise { row, number } => {
                exercise_row(row, number, number - 1 == self.selected, sizes)
            }
            Item::BrokenHeading => container(
                text(t!("home-broken-files"))
                    .size(sizes.body())
                    .style(text::danger),
            )
            .padding(iced::Padding::ZERO.top(10))
            .into(),
            Item::Broken(broken) => broken_file(broken, sizes),
        }
    }
}

/// A path to a shared exercise file, checked and copied on "Import" (or
/// drop the file on the window).
fn import_box(path: &str, sizes: Sizes) -> Element<'static, Message> {
    let field = iced::widget::text_input(t!("home-import-placeholder"), path)
        .id(IMPORT_FIELD)
        .on_input(Message::ImportPath)
        .on_submit(Message::Import)
        .size(sizes.body())
        .padding(8)
        .style(crate::ui::theme::field);
    container(
        column![
            text(t!("home-import-explain")).size(sizes.small()),
            row![
                field,
                button(text(t!("home-import-button")).size(sizes.body()))
                    .style(theme::main_button)
                    .on_activate(Message::Import),
                button(text(t!("home-cancel")).size(sizes.body()))
                    .style(theme::soft_button)
                    .on_activate(Message::ToggleImport),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(8),
    )
    .padding(12)
    .width(Length::Fill)
    .style(container::rounded_box)
    .into()
}

fn quick_calm(entry: &Entry, sizes: Sizes) -> Element<'static, Message> {
    let label = column![
        text(t!("home-quick-calm")).size(sizes.heading()),
        text(t!(
            "home-quick-calm-line",
            title = entry.exercise.title.as_str(),
            length = format_clock(entry.total)
        ))
        .size(sizes.small()),
    ]
    .spacing(2);
    button(label)
        .padding([12, 20])
        .width(Length::Fill)
        .style(theme::main_button)
        .on_activate(Message::QuickCalm)
}

fn exercise_row(
    row: Startable<'_>,
    number: usize,
    selected: bool,
    sizes: Sizes,
) -> Element<'static, Message> {
    let key = if number <= 9 {
        format!("{number}")
    } else {
        String::new()
    };
    let content = iced::widget::row![
        text(key)
            .size(sizes.small())
            .width(Length::Fixed(sizes.small() * 1.5))
            .style(text::secondary),
        column![
            text(row.title.to_owned())
                .size(sizes.body() * 1.1)
                .wrapping(Wrapping::None),
            text(row.summary.to_owned())
                .size(sizes.small())
                .wrapping(Wrapping::None)
                .style(text::secondary),
        ]
        .spacing(2)
        .width(Length::Fill)
        .clip(true),
        text(format_clock(row.total)).size(sizes.body()),
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    let start = button(content)
        .padding([10, 14])
        .width(Length::Fill)
        .height(row_height(sizes))
        .style(theme::list_row(selected))
        .on_activate(Message::Start(row.id.to_owned()));
    if !row.customisable {
        return start;
    }
    iced::widget::row![
        start,
        button(text(t!("home-customise")).size(sizes.small()))
            .padding([6, 10])
            .style(theme::soft_button)
            .on_activate(Message::Customise(row.id.to_owned())),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
    .into()
}

fn broken_file(broken: &Broken, sizes: Sizes) -> Element<'static, Message> {
    let name = broken.path.file_name().map_or_else(
        || broken.path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let Some(error) = broken.first() else {
        return text(name).size(sizes.small()).into();
    };
    let place = error
        .position()
        .map(|(line, column)| format!(":{line}:{column}"))
        .unwrap_or_default();
    let mut more = match broken.errors.len() {
        0 | 1 => String::new(),
        count => t!("home-more-problems", count = count - 1),
    };
    if broken.kept_last_good {
        more.push_str(t!("home-last-good-used"));
    }
    column![
        text(format!("{name}{place}{more}"))
            .size(sizes.small())
            .wrapping(Wrapping::None),
        text(error.message())
            .size(sizes.small())
            .wrapping(Wrapping::None)
            .style(text::secondary),
    ]
    .spacing(2)
    .into()
}
