//! What the windows show, and what the app listens to.

use std::hash::{Hash, Hasher};

use iced::widget::{button, column, row, text};

use super::*;
use crate::instance::Handover;
use crate::tray::Choice;
use crate::ui::widget::focus::Reachable;

/// A channel from outside as a subscription (hashed by a fixed name: there
/// is one of each).
#[derive(Clone)]
struct Requests(async_channel::Receiver<Handover>);

impl Hash for Requests {
    fn hash<H: Hasher>(&self, state: &mut H) {
        "steady-requests".hash(state);
    }
}

#[derive(Clone)]
struct TrayChoices(async_channel::Receiver<Choice>);

impl Hash for TrayChoices {
    fn hash<H: Hasher>(&self, state: &mut H) {
        "steady-tray".hash(state);
    }
}

#[derive(Clone)]
struct Signals(async_channel::Receiver<&'static str>);

impl Hash for Signals {
    fn hash<H: Hasher>(&self, state: &mut H) {
        "steady-signals".hash(state);
    }
}

impl App {
    pub(super) fn home_action(&mut self, action: home::Action) -> Task<Message> {
        match action {
            home::Action::None => Task::none(),
            home::Action::Start(id) => match self.library.playable(&id) {
                Some(playable) => self.begin_with_check_in(playable),
                None => Task::none(),
            },
            home::Action::OpenSettings => {
                self.screen = Screen::Settings(settings::SettingsScreen::new(&self.settings));
                Task::none()
            }
            home::Action::Run(task) => task.map(Message::Home),
            home::Action::Customise(id) => self.customise(&id),
            home::Action::OpenHistory => {
                self.screen = Screen::History(history::HistoryScreen::default());
                self.load_history()
            }
            home::Action::OpenAbout => {
                self.screen = Screen::About(about::About);
                Task::none()
            }
            home::Action::Import(path) => self.import(path),
            home::Action::DismissNote(index) => {
                // The sound note is not the app's to dismiss: it goes when sound is back.
                if index < self.notes.len() {
                    self.notes.remove(index);
                }
                Task::none()
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let sizes = self.sizes();
        let content: Element<'_, Message> = match &self.screen {
            Screen::Home(home) => home
                .view(home::Context {
                    library: &self.library,
                    quick_calm: self.quick_calm(),
                    notes: self.home_notes(),
                    sizes,
                    window_height: self.window_size.height,
                })
                .map(Message::Home),
            Screen::Player(player) => match &self.sitting {
                Some(sitting) => player
                    .view(
                        sitting,
                        player::Look {
                            sizes,
                            reduced_motion: self.settings.reduced_motion,
                            muted: self.settings.muted,
                            volume_db: self.settings.volume_db,
                            note: self.sound.short_note(),
                            window: self.window_size,
                        },
                    )
                    .map(Message::Player),
                None => text("").into(),
            },
            Screen::Finished(finished) => finished
                .view(sizes, self.unsaved_words())
                .map(Message::Finished),
            Screen::About(about) => about.view(sizes).map(Message::About),
            Screen::Editor(editor) => editor.view(sizes, self.clock.now()).map(Message::Editor),
            Screen::CheckIn(check_in) => check_in.view(sizes).map(Message::CheckIn),
            Screen::History(screen) => match &self.history {
                Some(loaded) => screen
                    .view(
                        loaded,
                        self.clock.wall().date_naive(),
                        self.unsaved_words(),
                        sizes,
                    )
                    .map(Message::History),
                None => container(text(crate::t!("history-loading")).size(sizes.body()))
                    .center(Length::Fill)
                    .into(),
            },
            Screen::Settings(screen) => screen
                .view(
                    &self.settings,
                    settings::Context {
                        exercises_folder: self.paths.exercises().display().to_string(),
                        audio_note: self.sound.details(),
                        desktop_note: crate::ui::desktop::limits(),
                        next_reminder: self.next_reminder().map(|(at, offer)| {
                            (
                                when_words(&at, self.clock.wall().date_naive()),
                                self.title_of(&offer),
                            )
                        }),
                        offers: self.offers(),
                        autostart: self.autostart_on(),
                        notifications_note: self.state.notifications_note.clone(),
                    },
                )
                .map(Message::Settings),
        };
        // The window is cleared to the theme's background: no page-sized
        // quad to repaint under every moving pixel. A new screen repaints
        // the whole window (see `repaint`).
        crate::ui::widget::repaint::whole(
            column![self.question(sizes), content],
            std::mem::discriminant(&self.screen),
        )
    }

    /// Home's notes: what went wrong or was done, sound trouble, and a
    /// quiet line when a reminder is near.
    fn home_notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = self
            .notes
            .iter()
            .cloned()
            .chain(self.sound.device_note())
            .chain(self.unsaved_words())
            .collect();
        let now = self.clock.wall();
        if let Some((at, offer)) = self.next_reminder() {
            if at - now <= chrono::TimeDelta::minutes(60) {
                notes.push(crate::t!(
                    "home-next-pause",
                    when = when_words(&at, now.date_naive()),
                    title = self.title_of(&offer)
                ));
            }
        }
        notes
    }

    /// An exercise's or routine's title, or its id if it is gone.
    pub(super) fn title_of(&self, id: &str) -> String {
        self.library
            .playable(id)
            .map_or_else(|| id.to_owned(), |playable| playable.title)
    }

    /// Everything a reminder may offer: id and title.
    fn offers(&self) -> Vec<(String, String)> {
        crate::ui::screen::home::ordered(&self.library)
            .iter()
            .map(|row| (row.id.to_owned(), row.title.to_owned()))
            .collect()
    }

    /// A question that needs an answer before anything else, as a banner.
    fn question(&self, sizes: Sizes) -> Element<'_, Message> {
        let ask = |words: String, yes: (&'static str, Message), no: (&'static str, Message)| {
            container(
                column![
                    text(words).size(sizes.body()),
                    row![
                        button(text(yes.0).size(sizes.body()))
                            .style(theme::main_button)
                            .on_activate(yes.1),
                        button(text(no.0).size(sizes.body()))
                            .style(theme::soft_button)
                            .on_activate(no.1),
                    ]
                    .spacing(10),
                ]
                .spacing(10),
            )
            .padding(16)
            .width(Length::Fill)
            .style(container::rounded_box)
            .into()
        };
        if self.asking_to_close {
            return ask(
                crate::t!("close-keeps-waiting").to_owned(),
                (crate::t!("close-keep-waiting"), Message::KeepWaiting(true)),
                (crate::t!("close-quit"), Message::KeepWaiting(false)),
            );
        }
        if let Some(playable) = &self.asking_to_replace {
            return ask(
                crate::t!("replace-question", title = playable.title.as_str()),
                (crate::t!("replace-start"), Message::Replace(true)),
                (crate::t!("replace-keep-going"), Message::Replace(false)),
            );
        }
        column![].into()
    }

    /// The small always-on-top window: the shape, the phase word and the
    /// time left, nothing else. Closing it (or W) brings the main window back.
    pub(super) fn mini_view(&self) -> Element<'_, Message> {
        let content: Element<'_, Message> = match &self.screen {
            Screen::Player(player) => match &self.sitting {
                Some(sitting) => player.mini_view(sitting, self.sizes()).map(Message::Player),
                None => text("").into(),
            },
            _ => text("").into(),
        };
        container(content)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let screen = match &self.screen {
            Screen::Player(player) => match &self.sitting {
                Some(sitting) => player
                    .subscription(sitting, self.settings.reduced_motion)
                    .map(Message::Player),
                None => Subscription::none(),
            },
            Screen::Editor(editor) => editor.subscription().map(Message::Editor),
            _ => Subscription::none(),
        };
        let requests = match &self.inbox.requests {
            Some(receiver) => {
                Subscription::run_with(Requests(receiver.clone()), |requests| requests.0.clone())
                    .map(Message::Request)
            }
            None => Subscription::none(),
        };
        let tray = match &self.inbox.tray {
            Some(receiver) => {
                Subscription::run_with(TrayChoices(receiver.clone()), |choices| choices.0.clone())
                    .map(Message::Tray)
            }
            None => Subscription::none(),
        };
        let signals = match &self.inbox.signals {
            Some(receiver) => {
                Subscription::run_with(Signals(receiver.clone()), |signals| signals.0.clone())
                    .map(Message::Signal)
            }
            None => Subscription::none(),
        };
        Subscription::batch([
            screen,
            signals,
            keyboard::listen().map(Message::Key),
            system::theme_changes().map(Message::SystemTheme),
            window::changes().map(|(id, change)| Message::Window(id, change)),
            crate::ui::watch::changes(self.paths.exercises()).map(|()| Message::FilesChanged),
            self.reminder_subscription(),
            requests,
            tray,
        ])
    }
}

/// "today at 15:00", "tomorrow at 11:00", "Monday at 11:00".
pub(super) fn when_words(at: &chrono::DateTime<chrono::Local>, today: chrono::NaiveDate) -> String {
    let day = at.date_naive();
    let time = crate::i18n::dates::time(at.time());
    if day == today {
        crate::t!("when-today-at", time = time)
    } else if today.succ_opt() == Some(day) {
        crate::t!("when-tomorrow-at", time = time)
    } else {
        let language = crate::i18n::language();
        let weekday = crate::i18n::dates::weekday_long(language, chrono::Datelike::weekday(&day));
        crate::t!("when-day-at", day = weekday, time = time)
    }
}
