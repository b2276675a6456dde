//! "How do you feel right now?": a gentle check-in before and after a
//! session. One key or click each, Esc skips, never required.

use iced::widget::{button, column, container, row, text, text_input, Row};
use iced::{Alignment, Element, Length};

use crate::history::{CheckIn, Feeling, SUGGESTED_WORDS};
use crate::ui::keys::Shortcut;
use crate::ui::theme::{self, Sizes};

/// Before the session, or after it (which also asks for a note).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Before,
    After,
}

pub struct CheckInScreen {
    when: When,
    title: String,
    feeling: Option<Feeling>,
    words: Vec<&'static str>,
    note: String,
    /// The note's question: the routine's journal prompt, or the usual one.
    question: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Feeling(u8),
    Word(&'static str),
    Note(String),
    Done,
    Skip,
}

/// What the person said: feeling and words (if a feeling was chosen), note.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub check_in: Option<CheckIn>,
    pub note: Option<String>,
}

#[derive(Debug)]
pub enum Action {
    None,
    Done(Answer),
}

const NOTE_FIELD: &str = "check-in-note";
const FEELINGS: [(u8, &str); 5] = [
    (1, "Very low"),
    (2, "Low"),
    (3, "Okay"),
    (4, "Good"),
    (5, "Very good"),
];

impl CheckInScreen {
    pub fn new(when: When, title: &str, journal: Option<&str>) -> CheckInScreen {
        CheckInScreen {
            when,
            title: title.to_owned(),
            feeling: None,
            words: Vec::new(),
            note: String::new(),
            question: journal
                .unwrap_or("Anything you want to remember?")
                .to_owned(),
        }
    }

    pub fn when(&self) -> When {
        self.when
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Feeling(value) => {
                self.feeling = Feeling::new(value);
                // Before a session one choice is enough: start right away.
                if self.when == When::Before {
                    return self.done();
                }
            }
            Message::Word(word) => {
                if let Some(at) = self.words.iter().position(|known| *known == word) {
                    self.words.remove(at);
                } else {
                    self.words.push(word);
                }
            }
            Message::Note(note) => {
                self.note = note.chars().take(crate::history::limit::NOTE).collect();
            }
            Message::Done => return self.done(),
            Message::Skip => {
                return Action::Done(Answer {
                    check_in: None,
                    note: None,
                })
            }
        }
        Action::None
    }

    fn done(&self) -> Action {
        let note = self.note.trim();
        Action::Done(Answer {
            check_in: self.feeling.map(|feeling| CheckIn {
                feeling,
                words: self.words.iter().map(|word| (*word).to_owned()).collect(),
            }),
            note: (!note.is_empty()).then(|| note.to_owned()),
        })
    }

    /// 1–5 choose a feeling, Enter is done, Esc skips.
    pub fn shortcut(&mut self, shortcut: Shortcut) -> Action {
        match shortcut {
            Shortcut::Number(number @ 1..=5) => self.update(Message::Feeling(number as u8)),
            Shortcut::Confirm => self.update(Message::Done),
            Shortcut::Back => self.update(Message::Skip),
            _ => Action::None,
        }
    }

    /// Focuses the note field after a session (typing goes straight in).
    pub fn focus(&self) -> iced::Task<Message> {
        match self.when {
            When::After => iced::widget::operation::focus(NOTE_FIELD),
            When::Before => iced::Task::none(),
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let (heading, done, help) = match self.when {
            When::Before => (
                format!("Before {}", self.title),
                "Start",
                "1–5 choose and start · Enter start · Esc skip",
            ),
            When::After => (
                "You are done".to_owned(),
                "Save",
                "1–5 choose · Enter save · Esc skip",
            ),
        };
        let feelings = Row::with_children(FEELINGS.iter().map(|(value, word)| {
            let chosen = self.feeling.is_some_and(|feeling| feeling.get() == *value);
            button(
                column![
                    text(value.to_string()).size(sizes.heading()),
                    text(*word).size(sizes.small()),
                ]
                .align_x(Alignment::Center),
            )
            .padding([10, 14])
            .width(Length::Fill)
            .style(if chosen {
                theme::main_button
            } else {
                theme::soft_button
            })
            .on_press(Message::Feeling(*value))
            .into()
        }))
        .spacing(8);
        let words = Row::with_children(SUGGESTED_WORDS.iter().map(|word| {
            let chosen = self.words.contains(word);
            button(text(*word).size(sizes.small()))
                .padding([4, 12])
                .style(if chosen {
                    theme::main_button
                } else {
                    theme::soft_button
                })
                .on_press(Message::Word(word))
                .into()
        }))
        .spacing(6)
        .wrap()
        .vertical_spacing(6);
        let mut content = column![
            text(heading).size(sizes.title()),
            text("How do you feel right now?").size(sizes.heading()),
            feelings,
            text("Any words for it? (if you like)").size(sizes.body()),
            words,
        ]
        .spacing(16)
        .max_width(720);
        if self.when == When::After {
            content = content
                .push(text(self.question.clone()).size(sizes.body()))
                .push(
                    text_input("A few words, if you like", &self.note)
                        .id(NOTE_FIELD)
                        .on_input(Message::Note)
                        .on_submit(Message::Done)
                        .size(sizes.body())
                        .padding(10),
                );
        }
        content = content
            .push(
                row![
                    button(text(done).size(sizes.body()))
                        .padding([8, 20])
                        .style(theme::main_button)
                        .on_press(Message::Done),
                    button(text("Skip").size(sizes.body()))
                        .padding([8, 20])
                        .style(theme::soft_button)
                        .on_press(Message::Skip),
                ]
                .spacing(10),
            )
            .push(text(help).size(sizes.small()).style(text::secondary));
        iced::widget::scrollable(container(content).padding(24).center_x(Length::Fill))
            .height(Length::Fill)
            .into()
    }
}
