//! The journal: every note you wrote after a session, by day, newest first.
//! Shown from the history screen, whose messages it uses.

use chrono::NaiveDate;
use iced::widget::{button, column, container, row, scrollable, text, Column};
use iced::{Alignment, Element, Length};

use crate::history::{self, Loaded};
use crate::t;
use crate::ui::screen::history::Message;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

pub fn view<'a>(loaded: &'a Loaded, today: NaiveDate, sizes: Sizes) -> Element<'a, Message> {
    let header = row![
        text(t!("journal-title")).size(sizes.title()),
        iced::widget::space::horizontal(),
        button(text(t!("back")).size(sizes.body()))
            .style(theme::main_button)
            .on_activate(Message::ShowJournal(false)),
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    let mut page = Column::new().spacing(24).push(header);
    let days = history::journal(&loaded.records);
    if days.is_empty() {
        page = page.push(text(t!("journal-empty")).size(sizes.body()));
    }
    for day in days {
        let mut entries = Column::new()
            .spacing(14)
            .push(text(history::day_name(day.date, today)).size(sizes.heading()));
        for entry in day.entries {
            entries = entries.push(
                column![
                    text(format!("{} · {}", entry.time, entry.title))
                        .size(sizes.small())
                        .style(text::secondary),
                    text(entry.note.to_owned()).size(sizes.body()),
                ]
                .spacing(4),
            );
        }
        page = page.push(entries);
    }
    page = page.push(
        text(t!("journal-stays-here"))
            .size(sizes.small())
            .style(text::secondary),
    );
    scrollable(container(page.padding(24).max_width(760)).center_x(Length::Fill))
        .height(Length::Fill)
        .into()
}
