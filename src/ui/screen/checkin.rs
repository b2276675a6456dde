//! "How do you feel right now?": a gentle check-in before and after a
//! session. One key or click each, Esc skips, never required. The keys do
//! what the footer says: on arrival 1–5 choose and Esc skips; the note
//! takes keys only once it is clicked or reached with Tab, and in it Enter
//! saves, Shift+Enter starts a new line and Esc leaves it.

use iced::widget::text_editor::{Binding, KeyPress};
use iced::widget::{button, column, container, row, text, text_editor, Row};
use iced::{keyboard, Alignment, Element, Length, Task};

use crate::history::{shown_word, CheckIn, Feeling, SUGGESTED_WORDS};
use crate::t;
use crate::ui::keys::Shortcut;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

/// Before the session, after it (which also asks for a note), or after a
/// routine that asks a journal question when check-ins are off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Before,
    After,
    JournalOnly,
}

pub struct CheckInScreen {
    when: When,
    title: String,
    feeling: Option<Feeling>,
    words: Vec<&'static str>,
    note: text_editor::Content,
    /// The note has the keys (clicked, or reached with Tab).
    writing: bool,
    /// The note's question: the routine's journal prompt, or the usual one.
    question: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Feeling(u8),
    Word(&'static str),
    Edit(text_editor::Action),
    /// The focus moved: into the note (true) or elsewhere.
    NoteFocused(bool),
    /// Esc in the note: the keys go back to the screen.
    LeaveNote,
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
    /// Focus moves (into the note).
    Run(Task<Message>),
}

const NOTE_FIELD: &str = "check-in-note";

impl CheckInScreen {
    /// Where Tab puts the focus first: the note, if there is one.
    pub fn first_field(&self) -> Option<iced::widget::Id> {
        self.has_note().then(|| iced::widget::Id::new(NOTE_FIELD))
    }

    /// After the focus moved: whether the note has it now.
    pub fn watch_note() -> Task<Message> {
        crate::ui::widget::focus_walk::has_focus(NOTE_FIELD.into()).map(Message::NoteFocused)
    }
}
/// Lines of the note's field before it scrolls.
const NOTE_LINES: f32 = 4.0;
const FEELINGS: [(u8, &str); 5] = [
    (1, "feeling-1"),
    (2, "feeling-2"),
    (3, "feeling-3"),
    (4, "feeling-4"),
    (5, "feeling-5"),
];

/// A feeling's name, from its message id in [`FEELINGS`].
fn feeling_name(id: &str) -> &'static str {
    match id {
        "feeling-1" => t!("feeling-1"),
        "feeling-2" => t!("feeling-2"),
        "feeling-3" => t!("feeling-3"),
        "feeling-4" => t!("feeling-4"),
        _ => t!("feeling-5"),
    }
}

impl CheckInScreen {
    pub fn new(when: When, title: &str, journal: Option<&str>) -> CheckInScreen {
        CheckInScreen {
            when,
            title: title.to_owned(),
            feeling: None,
            words: Vec::new(),
            note: text_editor::Content::new(),
            writing: false,
            question: journal.unwrap_or(t!("checkin-question")).to_owned(),
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
            Message::Edit(action) => {
                // A click into the note gives it the keys (the editor focuses itself).
                if matches!(
                    action,
                    text_editor::Action::Click(_) | text_editor::Action::Edit(_)
                ) {
                    self.writing = true;
                }
                let edit = action.is_edit();
                let before = edit.then(|| self.note.text());
                self.note.perform(action);
                if let Some(before) = before {
                    if self.note.text().chars().count() > crate::history::limit::NOTE {
                        self.note = text_editor::Content::with_text(&before);
                    }
                }
            }
            Message::NoteFocused(focused) => self.writing = focused && self.has_note(),
            Message::LeaveNote => self.writing = false,
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

    fn has_note(&self) -> bool {
        self.when != When::Before
    }

    fn done(&self) -> Action {
        let text = self.note.text();
        let note = text.trim();
        Action::Done(Answer {
            check_in: self.feeling.map(|feeling| CheckIn {
                feeling,
                words: self.words.iter().map(|word| (*word).to_owned()).collect(),
            }),
            note: (!note.is_empty()).then(|| note.to_owned()),
        })
    }

    /// Keys the note did not take: 1–5 choose a feeling, Enter is done,
    /// Esc skips. (Tab is the app's: the focus moves, at first into the note.)
    pub fn shortcut(&mut self, shortcut: Shortcut) -> Action {
        match shortcut {
            Shortcut::Number(number @ 1..=5) if self.asks_feeling() => {
                self.update(Message::Feeling(number as u8))
            }
            Shortcut::Confirm => self.update(Message::Done),
            Shortcut::Back => self.update(Message::Skip),
            _ => Action::None,
        }
    }

    fn asks_feeling(&self) -> bool {
        self.when != When::JournalOnly
    }

    /// What the keys do now, as the footer says it.
    pub fn help(&self) -> &'static str {
        match (self.when, self.writing) {
            (When::Before, _) => t!("checkin-help-before"),
            (_, true) => t!("checkin-help-writing"),
            (When::After, false) => t!("checkin-help-after"),
            (When::JournalOnly, false) => t!("checkin-help-journal"),
        }
    }

    /// In the note: Enter saves, Shift+Enter breaks the line, Esc leaves.
    fn note_keys(key_press: KeyPress) -> Option<Binding<Message>> {
        // The editor sees every key, focused or not; the screen's own keys
        // must reach the screen while the note is not being written.
        if !matches!(key_press.status, text_editor::Status::Focused { .. }) {
            return None;
        }
        let KeyPress { key, modifiers, .. } = &key_press;
        match key.as_ref() {
            keyboard::Key::Named(keyboard::key::Named::Enter) if !modifiers.shift() => {
                Some(Binding::Custom(Message::Done))
            }
            keyboard::Key::Named(keyboard::key::Named::Escape) => Some(Binding::Sequence(vec![
                Binding::Unfocus,
                Binding::Custom(Message::LeaveNote),
            ])),
            _ => Binding::from_key_press(key_press),
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let (heading, done) = match self.when {
            When::Before => (
                t!("checkin-before", title = self.title.as_str()),
                t!("checkin-start"),
            ),
            When::After | When::JournalOnly => (t!("checkin-done").to_owned(), t!("checkin-save")),
        };
        let feelings = Row::with_children(FEELINGS.iter().map(|(value, word)| {
            let chosen = self.feeling.is_some_and(|feeling| feeling.get() == *value);
            button(
                column![
                    text(value.to_string()).size(sizes.heading()),
                    text(feeling_name(word)).size(sizes.small()),
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
            .on_activate(Message::Feeling(*value))
        }))
        .spacing(8);
        let words = Row::with_children(SUGGESTED_WORDS.iter().map(|word| {
            let chosen = self.words.contains(word);
            button(text(shown_word(word)).size(sizes.small()))
                .padding([4, 12])
                .style(if chosen {
                    theme::main_button
                } else {
                    theme::soft_button
                })
                .on_activate(Message::Word(word))
        }))
        .spacing(6)
        .wrap()
        .vertical_spacing(6);
        let mut content = column![text(heading).size(sizes.title())]
            .spacing(16)
            .max_width(720);
        if self.asks_feeling() {
            content = content
                .push(text(t!("checkin-how")).size(sizes.heading()))
                .push(feelings)
                .push(text(t!("checkin-words")).size(sizes.body()))
                .push(words);
        }
        if self.has_note() {
            let line = sizes.body() * 1.3;
            content = content
                .push(text(self.question.clone()).size(sizes.body()))
                .push(
                    text_editor(&self.note)
                        .id(NOTE_FIELD)
                        .placeholder(t!("checkin-placeholder"))
                        .on_action(Message::Edit)
                        .key_binding(Self::note_keys)
                        .size(sizes.body())
                        .padding(10)
                        .style(theme::note_field)
                        .height(Length::Fixed(line * NOTE_LINES + 20.0)),
                );
        }
        content = content
            .push(
                row![
                    button(text(done).size(sizes.body()))
                        .padding([8, 20])
                        .style(theme::main_button)
                        .on_activate(Message::Done),
                    button(text(t!("checkin-skip")).size(sizes.body()))
                        .padding([8, 20])
                        .style(theme::soft_button)
                        .on_activate(Message::Skip),
                ]
                .spacing(10),
            )
            .push(text(self.help()).size(sizes.small()).style(text::secondary));
        iced::widget::scrollable(container(content).padding(24).center_x(Length::Fill))
            .height(Length::Fill)
            .into()
    }
}
