//! The history: this week at a glance, streaks with the forgiving rule said
//! plainly, the last sessions with how they felt, and two small charts.

use chrono::{Duration as Days, NaiveDate};
use iced::widget::{button, column, container, row, scrollable, text, Column, Row};
use iced::{Alignment, Element, Length};

use crate::history::{self, streak_rule, Loaded, Record};
use crate::i18n::dates;
use crate::t;
use crate::timeline::format_clock;
use crate::ui::keys::Shortcut;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::chart;
use crate::ui::widget::focus::Reachable;

#[derive(Debug, Default)]
pub struct HistoryScreen {
    /// "Clear the history?" is being asked.
    confirming_clear: bool,
    /// The journal (every note) is shown instead of the overview.
    journal: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Export,
    AskClear,
    Clear(bool),
    /// The journal, or back to the overview.
    ShowJournal(bool),
}

#[derive(Debug)]
pub enum HistoryAction {
    None,
    Back,
    /// Write every record as CSV beside the history file.
    Export,
    /// Empty the history (after keeping a backup).
    Clear,
}

impl HistoryScreen {
    /// Whether the journal is shown (a page of its own for the focus).
    pub fn showing_journal(&self) -> bool {
        self.journal
    }

    pub fn update(&mut self, message: Message) -> HistoryAction {
        match message {
            Message::Back => HistoryAction::Back,
            Message::ShowJournal(shown) => {
                self.journal = shown;
                HistoryAction::None
            }
            Message::Export => HistoryAction::Export,
            Message::AskClear => {
                self.confirming_clear = true;
                HistoryAction::None
            }
            Message::Clear(sure) => {
                self.confirming_clear = false;
                if sure {
                    HistoryAction::Clear
                } else {
                    HistoryAction::None
                }
            }
        }
    }

    pub fn shortcut(&mut self, shortcut: Shortcut) -> HistoryAction {
        match shortcut {
            Shortcut::Back if self.journal => self.update(Message::ShowJournal(false)),
            Shortcut::Back => HistoryAction::Back,
            _ => HistoryAction::None,
        }
    }

    pub fn view<'a>(
        &'a self,
        loaded: &'a Loaded,
        today: NaiveDate,
        unsaved: Option<String>,
        sizes: Sizes,
    ) -> Element<'a, Message> {
        if self.journal {
            return super::journal::view(loaded, today, sizes);
        }
        let records = &loaded.records;
        let header = row![
            text(t!("history-title")).size(sizes.title()),
            iced::widget::space::horizontal(),
            button(text(t!("history-journal")).size(sizes.body()))
                .style(theme::soft_button)
                .on_activate(Message::ShowJournal(true)),
            button(text(t!("back")).size(sizes.body()))
                .style(theme::main_button)
                .on_activate(Message::Back),
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        let mut page = Column::new().spacing(22).push(header);
        // Sessions waiting to be written are shown below like the others;
        // this says plainly that they are not on disk yet, and why.
        if let Some(unsaved) = unsaved {
            page = page.push(text(unsaved).size(sizes.body()).style(text::danger));
        }
        for problem in &loaded.problems {
            page = page.push(
                text(if problem.torn {
                    t!("history-line-torn", line = problem.line)
                } else {
                    t!("history-line-unread", line = problem.line)
                })
                .size(sizes.small())
                .style(text::secondary),
            );
        }
        if loaded.unreported > 0 {
            page = page.push(
                text(t!("history-more-unread", count = loaded.unreported))
                    .size(sizes.small())
                    .style(text::secondary),
            );
        }
        if let Some(error) = &loaded.error {
            page = page.push(
                text(t!("history-unreadable-screen", error = error.to_string()))
                    .size(sizes.small()),
            );
        }
        if records.is_empty() {
            page = page.push(text(t!("history-empty")).size(sizes.body()));
        } else {
            page = page
                .push(week(records, today, sizes))
                .push(streaks(records, today, sizes))
                .push(charts(records, today, sizes))
                .push(last_sessions(records, sizes));
        }
        page = page.push(self.actions(records.is_empty(), sizes));
        page = page.push(
            text(t!("history-stays-here"))
                .size(sizes.small())
                .style(text::secondary),
        );
        scrollable(container(page.padding(24).max_width(760)).center_x(Length::Fill))
            .height(Length::Fill)
            .into()
    }

    fn actions(&self, empty: bool, sizes: Sizes) -> Element<'_, Message> {
        if self.confirming_clear {
            return container(
                column![
                    text(t!("history-clear-question")).size(sizes.body()),
                    row![
                        button(text(t!("history-clear-yes")).size(sizes.body()))
                            .style(theme::main_button)
                            .on_activate(Message::Clear(true)),
                        button(text(t!("history-clear-no")).size(sizes.body()))
                            .style(theme::soft_button)
                            .on_activate(Message::Clear(false)),
                    ]
                    .spacing(10),
                ]
                .spacing(10),
            )
            .padding(12)
            .style(container::rounded_box)
            .into();
        }
        let action = |label: &'static str, message: Message| {
            button(text(label).size(sizes.small()))
                .style(theme::soft_button)
                .on_activate_maybe((!empty).then_some(message))
        };
        row![
            action(t!("history-export"), Message::Export),
            action(t!("history-clear"), Message::AskClear),
        ]
        .spacing(10)
        .into()
    }
}

fn heading(label: &'static str, sizes: Sizes) -> Element<'static, Message> {
    text(label).size(sizes.heading()).into()
}

/// The week from the locale's first day, a dot for each day practised, and the minutes.
fn week<'a>(records: &[Record], today: NaiveDate, sizes: Sizes) -> Element<'a, Message> {
    let week = history::week(records, today);
    let language = crate::i18n::language();
    let letters = dates::week_days(crate::i18n::first_weekday())
        .map(|day| dates::weekday_letter(language, day));
    let days = Row::with_children(letters.iter().enumerate().map(|(index, letter)| {
        let done = week.practised[index];
        let is_today = week.first_day + Days::days(index as i64) == today;
        let mark = if done { "●" } else { "○" };
        column![
            text(*letter).size(sizes.small()).style(if is_today {
                text::primary
            } else {
                text::secondary
            }),
            text(mark).size(sizes.heading()).style(if done {
                text::primary
            } else {
                text::secondary
            }),
        ]
        .align_x(Alignment::Center)
        .width(Length::Fixed(sizes.heading() * 1.6))
        .into()
    }));
    let summary = t!(
        "history-this-week-summary",
        days = week.days_practised(),
        minutes = week.minutes()
    );
    column![
        heading(t!("history-this-week"), sizes),
        days,
        text(summary).size(sizes.body())
    ]
    .spacing(8)
    .into()
}

fn streaks<'a>(records: &[Record], today: NaiveDate, sizes: Sizes) -> Element<'a, Message> {
    column![
        heading(t!("history-streak"), sizes),
        text(history::streak_line(
            history::current_streak(records, today),
            history::longest_streak(records)
        ))
        .size(sizes.body()),
        text(streak_rule())
            .size(sizes.small())
            .style(text::secondary),
    ]
    .spacing(6)
    .into()
}

fn charts<'a>(records: &[Record], today: NaiveDate, sizes: Sizes) -> Element<'a, Message> {
    let minutes: Vec<Option<f32>> = history::minutes_per_day(records, today, 30)
        .into_iter()
        .map(|(_, minutes)| Some(minutes as f32))
        .collect();
    let feeling: Vec<Option<f32>> = history::feeling_change_per_day(records, today, 30)
        .into_iter()
        .map(|(_, change)| change)
        .collect();
    let average = history::average_change(records).map_or_else(
        || t!("history-check-in-hint").to_owned(),
        |change| {
            t!(
                "history-average-screen",
                change = history::change_words(change)
            )
        },
    );
    let first = today - Days::days(29);
    let span = t!(
        "history-span",
        first = dates::day_and_month(crate::i18n::language(), first)
    );
    column![
        heading(t!("history-minutes-chart"), sizes),
        chart::bars(minutes, false, 70.0 * sizes.scale()),
        text(span.clone())
            .size(sizes.small())
            .style(text::secondary),
        heading(t!("history-feeling-chart"), sizes),
        chart::bars(feeling, true, 70.0 * sizes.scale()),
        text(average).size(sizes.small()),
    ]
    .spacing(8)
    .into()
}

fn last_sessions<'a>(records: &[Record], sizes: Sizes) -> Element<'a, Message> {
    let mut list = Column::new()
        .spacing(10)
        .push(heading(t!("history-last"), sizes));
    for record in records.iter().rev().take(8) {
        let practised = format_clock(std::time::Duration::from_secs(record.practised_seconds));
        // The time given, never a verdict on how it ended.
        let how = if record.finished {
            t!("history-row-done", length = practised)
        } else {
            t!("history-row-practised", length = practised)
        };
        let mut lines = column![
            text(format!(
                "{} · {}",
                dates::weekday_date_time(crate::i18n::language(), record.start.naive_local()),
                record.title
            ))
            .size(sizes.body()),
            text(how).size(sizes.small()).style(text::secondary),
        ]
        .spacing(2);
        if let (Some(before), Some(after)) = (&record.before, &record.after) {
            lines = lines.push(
                text(t!(
                    "history-row-felt",
                    before = before.feeling.get(),
                    after = after.feeling.get()
                ))
                .size(sizes.small()),
            );
        }
        if let Some(note) = &record.note {
            lines = lines.push(text(format!("“{note}”")).size(sizes.small()));
        }
        list = list.push(lines);
    }
    list.into()
}
