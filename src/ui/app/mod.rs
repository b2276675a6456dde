//! The application: holds the library, settings and the current screen,
//! turns each screen's `Action` into the next screen or a save, and after
//! every update tells sound what it wants to hear now (in one place).

use std::time::Duration;

use iced::theme::Mode;
use iced::widget::container;
use iced::{keyboard, system, Element, Length, Size, Subscription, Task, Theme};

use crate::audio::{DeviceStatus, Prepared};
use crate::clock::Clock;
use crate::error::Error;
use crate::exercise::Kind;
use crate::library::{Entry, Library, Playable};
use crate::paths::Paths;
use crate::settings::{Loaded, Settings};
use crate::ui::keys::{self, Shortcut};
use crate::ui::screen::{editor, finished, home, player, settings, Screen};
use crate::ui::sound::{Cues, Sent, Sound, Wanted};
use crate::ui::theme::{self, Sizes};
use crate::ui::window;

mod files;
mod preferences;
mod session;
mod windows;

/// How long an exercise waits for sound before it starts without it.
const SOUND_WAIT: Duration = Duration::from_millis(1200);

/// Which screen the window opens on.
#[derive(Debug, Clone)]
pub enum Launch {
    Home,
    /// Straight into an exercise; `lead_in` seconds override the setting.
    Player {
        playable: Playable,
        lead_in: Option<u64>,
    },
}

pub struct App {
    paths: Paths,
    clock: Clock,
    library: Library,
    settings: Settings,
    /// The settings as last read or written: a save writes only what differs.
    saved: Settings,
    /// Things the person should know: a settings file moved aside, a failed save.
    notes: Vec<String>,
    system_mode: Mode,
    screen: Screen,
    sound: Sound,
    /// What home wants to hear: silence after a stop, the bell ringing out
    /// after the closing screen.
    home_sound: Cues,
    /// False when the settings file could not be read nor moved aside.
    may_save: bool,
    window_size: Size,
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    Player(player::Message),
    Finished(finished::Message),
    Settings(settings::Message),
    Editor(editor::Message),
    Key(keyboard::Event),
    SystemTheme(Mode),
    Window(window::Change),
    Saved {
        sent: Box<Settings>,
        result: Result<Box<Settings>, Error>,
    },
    AudioStatus(DeviceStatus),
    SoundPrepared(Prepared),
    /// Sound took too long: the exercise starts without waiting more.
    StartAnyway,
    /// The editor's save or trash finished: the file, or why not.
    FileDone {
        said: String,
        result: Result<std::path::PathBuf, Error>,
    },
    /// Files in the exercises folder changed.
    FilesChanged,
    /// The reloaded library (`None` if it could not be loaded off the window's thread).
    LibraryReloaded(Option<Box<Library>>),
}

impl App {
    pub fn new(
        launch: Launch,
        paths: Paths,
        library: Library,
        loaded: Loaded,
        clock: Clock,
        sound: Sound,
    ) -> (App, Task<Message>) {
        let window_size = window::settings(&loaded.settings).size;
        let mut app = App {
            paths,
            clock,
            library,
            saved: loaded.settings.clone(),
            settings: loaded.settings,
            notes: loaded.note.into_iter().collect(),
            system_mode: Mode::Light,
            screen: Screen::Home(home::Home::default()),
            sound,
            home_sound: Cues::Silent,
            may_save: loaded.may_save,
            window_size,
        };
        let mut tasks = vec![
            system::theme().map(Message::SystemTheme),
            app.sound.status_changes(Message::AudioStatus),
        ];
        if let Launch::Player { playable, lead_in } = launch {
            let lead_in = lead_in.map(Duration::from_secs);
            tasks.push(app.start(playable, lead_in));
        }
        app.sync_sound();
        (app, Task::batch(tasks))
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Player(player) => format!("{} — Steady", player.playable().title),
            _ => "Steady".to_owned(),
        }
    }

    pub fn theme(&self) -> Theme {
        theme::theme(self.settings.theme, self.system_mode)
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The changes sent to sound so far (for tests).
    pub fn sound_sent(&self) -> &[Sent] {
        self.sound.sent()
    }

    fn sizes(&self) -> Sizes {
        Sizes::new(self.settings.text_scale)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        self.sync_sound();
        task
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Home(message) => {
                let quick = self.quick_calm().cloned();
                let Screen::Home(home) = &mut self.screen else {
                    return Task::none();
                };
                let action = home.update(message, quick.as_ref());
                self.home_action(action)
            }
            Message::Player(message) => {
                let now = self.clock.now();
                let Screen::Player(player) = &mut self.screen else {
                    return Task::none();
                };
                let action = player.update(message, now);
                self.player_action(action)
            }
            Message::Finished(message) => {
                let Screen::Finished(finished) = &mut self.screen else {
                    return Task::none();
                };
                let action = finished.update(message);
                self.finished_action(action)
            }
            Message::Settings(message) => {
                let action = settings::update(&mut self.settings, message);
                self.settings_action(action)
            }
            Message::Editor(message) => {
                let now = self.clock.now();
                let Screen::Editor(editor) = &mut self.screen else {
                    return Task::none();
                };
                let action = editor.update(message, &self.library, now);
                self.editor_action(action)
            }
            Message::FileDone { said, result } => self.file_done(said, result),
            Message::Key(event) => match keys::shortcut(&event) {
                Some(shortcut) => self.shortcut(shortcut),
                None => Task::none(),
            },
            Message::SystemTheme(mode) => {
                self.system_mode = mode;
                Task::none()
            }
            Message::Window(change) => self.window_changed(change),
            Message::Saved { sent, result } => {
                self.saved_settings(*sent, result.map(|merged| *merged));
                Task::none()
            }
            Message::AudioStatus(status) => {
                self.sound.set_status(status);
                Task::none()
            }
            Message::SoundPrepared(prepared) => {
                self.sound.prepared(prepared);
                self.begin_player();
                Task::none()
            }
            Message::FilesChanged => {
                let paths = self.paths.clone();
                let previous = self.library.clone();
                Task::perform(
                    crate::ui::off_thread(move || Library::reload(&paths, &previous)),
                    |library| Message::LibraryReloaded(library.map(Box::new)),
                )
            }
            Message::LibraryReloaded(library) => {
                // A running session keeps the exercise it started with.
                if let Some(library) = library {
                    self.library = *library;
                }
                Task::none()
            }
            Message::StartAnyway => {
                if matches!(&self.screen, Screen::Player(player) if player.is_preparing()) {
                    self.sound.set_status(DeviceStatus::Unavailable(
                        "the sound output did not answer in time".into(),
                    ));
                }
                self.begin_player();
                Task::none()
            }
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if shortcut == Shortcut::ToggleMute {
            return self.toggle_mute();
        }
        let now = self.clock.now();
        let quick = self.quick_calm().cloned();
        let sizes = self.sizes();
        match &mut self.screen {
            Screen::Home(home) => {
                let action = home.shortcut(shortcut, &self.library, quick.as_ref(), sizes);
                self.home_action(action)
            }
            Screen::Player(player) => {
                let action = player.shortcut(shortcut, now);
                self.player_action(action)
            }
            Screen::Finished(finished) => {
                let action = finished.shortcut(shortcut);
                self.finished_action(action)
            }
            Screen::Settings => {
                let action = settings::shortcut(shortcut);
                self.settings_action(action)
            }
            Screen::Editor(editor) => {
                let action = editor.shortcut(shortcut);
                self.editor_action(action)
            }
        }
    }

    fn home_action(&mut self, action: home::Action) -> Task<Message> {
        match action {
            home::Action::None => Task::none(),
            home::Action::Start(id) => self.start_id(&id),
            home::Action::OpenSettings => {
                self.screen = Screen::Settings;
                Task::none()
            }
            home::Action::Run(task) => task.map(Message::Home),
            home::Action::Customise(id) => self.customise(&id),
            home::Action::OpenHistory => Task::none(),
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
                    notes: self
                        .notes
                        .iter()
                        .cloned()
                        .chain(self.sound.device_note())
                        .collect(),
                    sizes,
                    window_height: self.window_size.height,
                })
                .map(Message::Home),
            Screen::Player(player) => player
                .view(player::Look {
                    sizes,
                    reduced_motion: self.settings.reduced_motion,
                    muted: self.settings.muted,
                    volume_db: self.settings.volume_db,
                    note: self.sound.short_note(),
                    window: self.window_size,
                })
                .map(Message::Player),
            Screen::Finished(finished) => finished.view(sizes).map(Message::Finished),
            Screen::Editor(editor) => editor.view(sizes, self.clock.now()).map(Message::Editor),
            Screen::Settings => settings::view(
                &self.settings,
                settings::Context {
                    exercises_folder: self.paths.exercises().display().to_string(),
                    audio_note: self.sound.details(),
                },
            )
            .map(Message::Settings),
        };
        container(content)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(|theme: &Theme| {
                container::Style::default().background(theme.palette().background)
            })
            .into()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let screen = match &self.screen {
            Screen::Player(player) => player
                .subscription(self.settings.reduced_motion)
                .map(Message::Player),
            Screen::Editor(editor) => editor.subscription().map(Message::Editor),
            _ => Subscription::none(),
        };
        Subscription::batch([
            screen,
            keyboard::listen().map(Message::Key),
            system::theme_changes().map(Message::SystemTheme),
            window::changes().map(Message::Window),
            crate::ui::watch::changes(self.paths.exercises()).map(|()| Message::FilesChanged),
        ])
    }
}
