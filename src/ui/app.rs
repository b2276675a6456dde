//! The application: holds the library, settings and the current screen, and
//! turns each screen's `Action` into the next screen, a save, or a sound.

use iced::theme::Mode;
use iced::widget::container;
use iced::{keyboard, system, Element, Length, Subscription, Task, Theme};

use crate::audio::{Audio, DeviceStatus};
use crate::clock::Clock;
use crate::error::Error;
use crate::library::{Entry, Library};
use crate::paths::Paths;
use crate::settings::{Loaded, Settings};
use crate::ui::keys::{self, Shortcut};
use crate::ui::screen::{finished, home, player, settings, Screen};
use crate::ui::sound::Sound;
use crate::ui::theme::{self, Sizes};
use crate::ui::window;

/// Which screen the window opens on.
#[derive(Debug, Clone)]
pub enum Launch {
    Home,
    Player(Entry),
}

pub struct App {
    paths: Paths,
    clock: Clock,
    library: Library,
    settings: Settings,
    /// Things the person should know: a settings file moved aside, a failed save.
    notes: Vec<String>,
    system_mode: Mode,
    screen: Screen,
    sound: Sound,
    /// False when the settings file could not be read nor moved aside.
    may_save: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    Player(player::Message),
    Finished(finished::Message),
    Settings(settings::Message),
    Key(keyboard::Event),
    SystemTheme(Mode),
    Window(window::Change),
    Saved(Result<(), Error>),
    AudioStatus(DeviceStatus),
    CuesPrepared(Vec<Error>),
}

impl App {
    pub fn new(
        launch: Launch,
        paths: Paths,
        loaded: Loaded,
        clock: Clock,
        audio: Option<Audio>,
    ) -> (App, Task<Message>) {
        let library = Library::load(&paths.exercises());
        let mut app = App {
            paths,
            clock,
            library,
            settings: loaded.settings,
            notes: loaded.note.into_iter().collect(),
            system_mode: Mode::Light,
            screen: Screen::Home(home::Home::default()),
            sound: Sound::new(audio),
            may_save: loaded.may_save,
        };
        let mut tasks = vec![
            system::theme().map(Message::SystemTheme),
            app.sound.status(Message::AudioStatus),
        ];
        if let Launch::Player(entry) = launch {
            tasks.push(app.start_entry(entry));
        }
        (app, Task::batch(tasks))
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Player(player) => format!("{} — Steady", player.entry().exercise.title),
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

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    fn sizes(&self) -> Sizes {
        Sizes::new(self.settings.text_scale)
    }

    /// The breathing exercise "quick calm" starts: the last one used, else box breathing.
    fn quick_calm(&self) -> Option<&Entry> {
        self.settings
            .last_breathing
            .as_deref()
            .and_then(|id| self.library.get(id))
            .filter(|entry| entry.kind() == crate::exercise::Kind::Breathing)
            .or_else(|| self.library.get("box-breathing"))
            .or_else(|| {
                self.library
                    .of_kind(crate::exercise::Kind::Breathing)
                    .next()
            })
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
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
            Message::Key(event) => match keys::shortcut(&event) {
                Some(shortcut) => self.shortcut(shortcut),
                None => Task::none(),
            },
            Message::SystemTheme(mode) => {
                self.system_mode = mode;
                Task::none()
            }
            Message::Window(window::Change::CloseRequested(id)) => {
                // Save the window's place first; the window closes whatever the outcome.
                self.save_settings().chain(iced::window::close(id))
            }
            Message::Window(change) => {
                self.settings.window = window::placed(self.settings.window, change);
                Task::none()
            }
            Message::AudioStatus(status) => {
                self.sound.set_status(&status);
                Task::none()
            }
            Message::CuesPrepared(problems) => {
                self.sound.set_cue_problems(&problems);
                Task::none()
            }
            Message::Saved(Ok(())) => Task::none(),
            Message::Saved(Err(error)) => {
                let note = format!("Your settings could not be saved: {error}");
                if !self.notes.contains(&note) {
                    self.notes.push(note);
                }
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
        match &mut self.screen {
            Screen::Home(home) => {
                let action = home.shortcut(shortcut, &self.library, quick.as_ref());
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
        }
    }

    fn start(&mut self, id: &str) -> Task<Message> {
        match self.library.get(id).cloned() {
            Some(entry) => self.start_entry(entry),
            None => Task::none(),
        }
    }

    fn start_entry(&mut self, entry: Entry) -> Task<Message> {
        let id = entry.id().to_owned();
        let id = id.as_str();
        let mut save = Task::none();
        if entry.kind() == crate::exercise::Kind::Breathing
            && self.settings.last_breathing.as_deref() != Some(id)
        {
            self.settings.last_breathing = Some(id.to_owned());
            save = self.save_settings();
        }
        let prepare = self.sound.prepare(
            entry.exercise.clone(),
            self.paths.sounds(),
            Message::CuesPrepared,
        );
        let player = player::Player::new(entry, self.clock.now());
        let follow = self.player_action(player::Action::Follow(player.session().clone()));
        self.screen = Screen::Player(player);
        Task::batch([save, prepare, follow])
    }

    fn go_home(&mut self) -> Task<Message> {
        self.screen = Screen::Home(home::Home::default());
        Task::none()
    }

    fn home_action(&mut self, action: home::Action) -> Task<Message> {
        match action {
            home::Action::None => Task::none(),
            home::Action::Start(id) => self.start(&id),
            home::Action::OpenSettings => {
                self.screen = Screen::Settings;
                Task::none()
            }
        }
    }

    fn player_action(&mut self, action: player::Action) -> Task<Message> {
        match action {
            player::Action::None => {}
            player::Action::Follow(session) => {
                self.sound.follow(session, self.settings.count_ticks);
            }
            player::Action::Silence => self.sound.hush(),
            player::Action::Stopped => {
                self.sound.hush();
                return self.go_home();
            }
            player::Action::Volume(volume) => {
                self.settings.volume = volume.clamp(0.0, 1.0);
                self.sound.set_gain(self.settings.gain());
            }
            player::Action::SaveSettings => return self.save_settings(),
            player::Action::ToggleMute => return self.toggle_mute(),
            // The end cue is the audio owner's to play, on time; nothing to stop.
            player::Action::Finished(summary) => {
                self.screen = Screen::Finished(finished::Finished::new(summary));
            }
        }
        Task::none()
    }

    fn toggle_mute(&mut self) -> Task<Message> {
        self.settings.muted = !self.settings.muted;
        self.sound.set_gain(self.settings.gain());
        self.save_settings()
    }

    fn finished_action(&mut self, action: finished::Action) -> Task<Message> {
        match action {
            finished::Action::None => Task::none(),
            finished::Action::Home => self.go_home(),
            finished::Action::Again(id) => self.start(&id),
        }
    }

    fn settings_action(&mut self, action: settings::Action) -> Task<Message> {
        match action {
            settings::Action::None => Task::none(),
            settings::Action::TestSound => {
                self.sound.play_test(self.paths.sounds());
                Task::none()
            }
            settings::Action::Adjusted => {
                self.sound.set_gain(self.settings.gain());
                Task::none()
            }
            settings::Action::Changed => {
                self.sound.set_gain(self.settings.gain());
                self.save_settings()
            }
            settings::Action::Back => self.go_home(),
        }
    }

    fn save_settings(&self) -> Task<Message> {
        if !self.may_save {
            return Task::none();
        }
        let path = self.paths.settings();
        let settings = self.settings.clone();
        Task::perform(async move { settings.save(&path) }, Message::Saved)
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
                        .chain(self.sound.device_note().map(str::to_owned))
                        .collect(),
                    sizes,
                })
                .map(Message::Home),
            Screen::Player(player) => player
                .view(player::Look {
                    sizes,
                    reduced_motion: self.settings.reduced_motion,
                    muted: self.settings.muted,
                    volume: self.settings.volume,
                    note: self.sound.note(),
                })
                .map(Message::Player),
            Screen::Finished(finished) => finished.view(sizes).map(Message::Finished),
            Screen::Settings => settings::view(
                &self.settings,
                settings::Context {
                    exercises_folder: self.paths.exercises().display().to_string(),
                    audio_note: self.sound.device_note(),
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
            _ => Subscription::none(),
        };
        Subscription::batch([
            screen,
            keyboard::listen().map(Message::Key),
            system::theme_changes().map(Message::SystemTheme),
            window::changes().map(Message::Window),
        ])
    }
}
