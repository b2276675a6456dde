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

    /// The breathing exercise "quick calm" starts: the last one used, else box breathing.
    fn quick_calm(&self) -> Option<&Entry> {
        self.settings
            .last_breathing
            .as_deref()
            .and_then(|id| self.library.get(id))
            .filter(|entry| entry.kind() == Kind::Breathing)
            .or_else(|| self.library.get("box-breathing"))
            .or_else(|| self.library.of_kind(Kind::Breathing).next())
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        self.sync_sound();
        task
    }

    /// What should be heard now, from the state alone.
    fn wanted_sound(&self) -> Wanted {
        let cues = match &self.screen {
            Screen::Player(player) => player.wanted_cues(self.settings.count_ticks),
            Screen::Finished(finished) => finished.wanted_cues(),
            _ => self.home_sound.clone(),
        };
        Wanted {
            cues,
            gain: self.settings.gain(),
        }
    }

    fn sync_sound(&mut self) {
        let wanted = self.wanted_sound();
        self.sound.sync(wanted);
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

    fn begin_player(&mut self) {
        let now = self.clock.now();
        if let Screen::Player(player) = &mut self.screen {
            player.begin(now);
        }
    }

    fn window_changed(&mut self, change: window::Change) -> Task<Message> {
        match change {
            window::Change::CloseRequested(id) => {
                // Save the window's place first; the window closes whatever the outcome.
                self.save_settings().chain(iced::window::close(id))
            }
            window::Change::Opened(id) => {
                crate::ui::window_opened();
                window::ask_screen(id).map(Message::Window)
            }
            window::Change::Screen { id, size } => {
                window::fit(id, self.window_size, size).map(Message::Window)
            }
            window::Change::Resized(size) => {
                self.window_size = size;
                self.settings.window = window::placed(self.settings.window, change);
                Task::none()
            }
            window::Change::Moved(_) => {
                self.settings.window = window::placed(self.settings.window, change);
                Task::none()
            }
            // Dropping a file on home imports it; elsewhere it waits for home.
            window::Change::FileDropped(path) if matches!(self.screen, Screen::Home(_)) => {
                self.import(path)
            }
            window::Change::FileDropped(_) => Task::none(),
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

    fn customise(&mut self, id: &str) -> Task<Message> {
        let Some(entry) = self.library.get(id).cloned() else {
            return Task::none();
        };
        let editor = editor::Editor::new(entry, &self.library, self.clock.now());
        self.screen = Screen::Editor(Box::new(editor));
        Task::none()
    }

    fn editor_action(&mut self, action: editor::Action) -> Task<Message> {
        match action {
            editor::Action::None => Task::none(),
            editor::Action::Cancel => self.go_home(Cues::Silent),
            editor::Action::Run(task) => task.map(Message::Editor),
            editor::Action::Save(request) => {
                let paths = self.paths.clone();
                let said = format!("Saved \"{}\"", request.exercise.title);
                Task::perform(
                    crate::ui::off_thread(move || {
                        crate::userfiles::save(
                            &request.exercise,
                            &request.how,
                            request.based_on.as_deref(),
                            &paths,
                        )
                    }),
                    move |result| Message::FileDone {
                        said: said.clone(),
                        result: result.unwrap_or_else(|| {
                            Err(Error::Refused("the file could not be written".into()))
                        }),
                    },
                )
            }
            editor::Action::Trash(path) => {
                let paths = self.paths.clone();
                let said = format!("Moved {} to the trash folder", path.display());
                Task::perform(
                    crate::ui::off_thread(move || crate::userfiles::trash(&path, &paths)),
                    move |result| Message::FileDone {
                        said: said.clone(),
                        result: result.unwrap_or_else(|| {
                            Err(Error::Refused("the file could not be moved".into()))
                        }),
                    },
                )
            }
            editor::Action::OpenFile(path) => {
                self.note_failure(crate::desktop::open(&path));
                Task::none()
            }
            editor::Action::OpenFolder => {
                let folder = self.paths.exercises();
                let _ = std::fs::create_dir_all(&folder);
                self.note_failure(crate::desktop::open(&folder));
                Task::none()
            }
        }
    }

    /// After a save or a move to the trash: home, with a note, and the
    /// library reloaded (the watcher would also notice, a moment later).
    fn file_done(&mut self, said: String, result: Result<std::path::PathBuf, Error>) -> Task<Message> {
        match result {
            Ok(path) => {
                self.notes.retain(|note| {
                    !["Saved ", "Moved ", "Imported "].iter().any(|done| note.starts_with(done))
                });
                self.notes.push(format!("{said} ({}).", path.display()));
                let _ = self.go_home(Cues::Silent);
                Task::done(Message::FilesChanged)
            }
            Err(error) => {
                if let Screen::Editor(editor) = &mut self.screen {
                    editor.save_failed(&error);
                } else {
                    let note = error.to_string();
                    self.notes.retain(|known| *known != note);
                    self.notes.push(note);
                }
                Task::none()
            }
        }
    }

    /// Checks a shared file and copies it into the exercises folder.
    fn import(&mut self, file: std::path::PathBuf) -> Task<Message> {
        let paths = self.paths.clone();
        let library = self.library.clone();
        let said = format!("Imported {}", file.display());
        Task::perform(
            crate::ui::off_thread(move || crate::userfiles::import(&file, &paths, &library)),
            move |result| Message::FileDone {
                said: said.clone(),
                result: result.unwrap_or_else(|| Err(Error::Refused("the file could not be read".into()))),
            },
        )
    }

    fn note_failure(&mut self, result: Result<(), Error>) {
        if let Err(error) = result {
            let note = error.to_string();
            if !self.notes.contains(&note) {
                self.notes.push(note);
            }
        }
    }

    fn start_id(&mut self, id: &str) -> Task<Message> {
        match self.library.playable(id) {
            Some(playable) => self.start(playable, None),
            None => Task::none(),
        }
    }

    /// Opens the player. With a sound output, the clock waits until the
    /// output and every cue are ready (at most [`SOUND_WAIT`]).
    fn start(&mut self, playable: Playable, lead_in: Option<Duration>) -> Task<Message> {
        let mut save = Task::none();
        let single_breathing = !playable.routine && playable.timeline.kind() == Kind::Breathing;
        if single_breathing && self.settings.last_breathing.as_deref() != Some(&playable.id) {
            self.settings.last_breathing = Some(playable.id.clone());
            save = self.save_settings();
        }
        let lead_in = lead_in
            .unwrap_or_else(|| Duration::from_secs(u64::from(self.settings.lead_in_seconds)));
        let wait = self.sound.is_real();
        let prepare = self.sound.prepare(
            playable.timeline.clone(),
            self.paths.sounds(),
            Message::SoundPrepared,
        );
        let give_up = if wait {
            Task::perform(smol::Timer::after(SOUND_WAIT), |_| Message::StartAnyway)
        } else {
            Task::none()
        };
        self.screen = Screen::Player(player::Player::new(
            playable,
            self.clock.now(),
            lead_in,
            wait,
        ));
        Task::batch([save, prepare, give_up])
    }

    fn go_home(&mut self, sound: Cues) -> Task<Message> {
        self.home_sound = sound;
        self.screen = Screen::Home(home::Home::default());
        Task::none()
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

    fn player_action(&mut self, action: player::Action) -> Task<Message> {
        match action {
            player::Action::None => {}
            player::Action::Stopped(_summary) => return self.go_home(Cues::Silent),
            player::Action::Volume(volume_db) => {
                self.settings.volume_db = volume_db;
            }
            player::Action::SaveSettings => return self.save_settings(),
            player::Action::ToggleMute => return self.toggle_mute(),
            player::Action::Finished(summary) => {
                // Sound carries on as it was: the end cue rings out.
                let sound = self.wanted_sound().cues;
                self.screen = Screen::Finished(finished::Finished::new(summary, sound));
            }
        }
        Task::none()
    }

    fn toggle_mute(&mut self) -> Task<Message> {
        self.settings.muted = !self.settings.muted;
        self.save_settings()
    }

    fn finished_action(&mut self, action: finished::Action) -> Task<Message> {
        match action {
            finished::Action::None => Task::none(),
            finished::Action::Home => self.go_home(Cues::RingOut),
            finished::Action::Again(id) => self.start_id(&id),
        }
    }

    fn settings_action(&mut self, action: settings::Action) -> Task<Message> {
        match action {
            settings::Action::None | settings::Action::Adjusted => Task::none(),
            settings::Action::TestSound => {
                self.sound.play_test();
                Task::none()
            }
            settings::Action::Changed => self.save_settings(),
            settings::Action::Back => self.go_home(Cues::Silent),
        }
    }

    /// Saves what changed since the last save, merged with the file as it is
    /// now (another Steady may have changed other settings).
    fn save_settings(&self) -> Task<Message> {
        if !self.may_save {
            return Task::none();
        }
        let path = self.paths.settings();
        let sent = self.settings.clone();
        let base = self.saved.clone();
        Task::perform(
            async move {
                let result = sent.save_changes(&base, &path).map(Box::new);
                (sent, result)
            },
            |(sent, result)| Message::Saved {
                sent: Box::new(sent),
                result,
            },
        )
    }

    fn saved_settings(&mut self, sent: Settings, result: Result<Settings, Error>) {
        match result {
            Ok(merged) => {
                // Take what another instance changed, keep what changed here
                // since this save was sent.
                self.settings = self
                    .settings
                    .changes_since(&sent)
                    .applied_to(merged.clone());
                self.saved = merged;
            }
            Err(error) => {
                let note = format!("Your settings could not be saved: {error}");
                if !self.notes.contains(&note) {
                    self.notes.push(note);
                }
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
