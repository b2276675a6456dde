//! The application: holds the library, settings and the current screen,
//! turns each screen's `Action` into the next screen or a save, and after
//! every update tells sound what it wants to hear now (in one place).

use std::time::Duration;

use iced::theme::Mode;
use iced::widget::container;
use iced::{keyboard, system, Element, Length, Size, Subscription, Task, Theme};

use crate::audio::DeviceStatus;
use crate::clock::Clock;
use crate::error::Error;
use crate::exercise::Kind;
use crate::library::{Entry, Library, Playable};
use crate::paths::Paths;
use crate::settings::{Loaded, Settings};
use crate::state::State;
use crate::ui::keys::{self, Shortcut};
use crate::ui::screen::{
    about, checkin, editor, finished, history, home, player, settings, Screen,
};
use crate::ui::sound::{Cues, Sent, Sound, Wanted};
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus_walk;
use crate::ui::window;

mod events;
mod files;
mod journal;
mod message;
mod preferences;
mod reminders;
mod requests;
mod session;
mod view;
mod windows;

pub use message::{Inbox, Launch, Message};
pub use windows::Windows;

/// For tests: an exercise id; a reminder offering it is due at start-up.
pub const TEST_REMINDER: &str = "STEADY_TEST_REMINDER";

pub struct App {
    paths: Paths,
    clock: Clock,
    library: Library,
    settings: Settings,
    /// The settings as last read or written: a save writes only what differs.
    saved: Settings,
    /// What Steady remembers by itself (window places, reminder state).
    state: State,
    /// The state as last read or written.
    saved_state: State,
    /// False when the state file could not be read nor moved aside.
    may_save_state: bool,
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
    windows: Windows,
    /// Started at log-in, without a window.
    started_in_background: bool,
    /// "Keep waiting in the background?" is being asked (the first close).
    asking_to_close: bool,
    /// "Start … instead?" while a session runs.
    asking_to_replace: Option<Playable>,
    /// A lead-in asked for by another `steady run --lead-in`.
    pending_lead_in: Option<u64>,
    /// `steady run --speak`: for the next session that starts...
    pending_speak: bool,
    /// ...and then for that session only.
    speak_once: bool,
    /// The history, once loaded (it loads off the window's thread).
    history: Option<crate::history::Loaded>,
    /// The one session's life, from the check-in before it to the note after.
    sitting: Option<crate::sitting::Sitting>,
    /// History lines not yet on disk (a write under way, or one that failed).
    outbox: crate::history::Outbox,
    /// The exercise a reminder offers, while it waits for an answer.
    offered: Option<String>,
    inbox: Inbox,
    tray: Option<crate::tray::Handle>,
    tray_sender: Option<async_channel::Sender<crate::tray::Choice>>,
    tray_tried: bool,
    tray_words: Option<(String, Option<String>)>,
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
        App::with_inbox(
            launch,
            paths,
            library,
            loaded,
            clock,
            sound,
            Inbox::default(),
        )
    }

    /// The app with its outside requests (other `steady` commands, the tray).
    pub fn with_inbox(
        launch: Launch,
        paths: Paths,
        library: Library,
        loaded: Loaded,
        clock: Clock,
        sound: Sound,
        inbox: Inbox,
    ) -> (App, Task<Message>) {
        let window_size = window::main(&loaded.settings, &loaded.state.value).size;
        let mut app = App {
            paths,
            clock,
            library,
            saved: loaded.settings.clone(),
            settings: loaded.settings,
            saved_state: loaded.state.value.clone(),
            state: loaded.state.value,
            may_save_state: loaded.state.may_save,
            notes: loaded.note.into_iter().chain(loaded.state.note).collect(),
            system_mode: Mode::Light,
            screen: Screen::Home(home::Home::default()),
            sound,
            home_sound: Cues::Silent,
            may_save: loaded.may_save,
            window_size,
            windows: Windows::default(),
            started_in_background: matches!(launch, Launch::Background),
            asking_to_close: false,
            asking_to_replace: None,
            pending_lead_in: None,
            pending_speak: false,
            speak_once: false,
            history: None,
            sitting: None,
            outbox: crate::history::Outbox::default(),
            offered: None,
            inbox,
            tray: None,
            tray_sender: None,
            tray_tried: false,
            tray_words: None,
        };
        let mut tasks = vec![
            system::theme().map(Message::SystemTheme),
            app.sound.status_changes(Message::AudioStatus),
            app.sound.speech_changes(Message::SpeechStatus),
            app.load_history(),
        ];
        if !matches!(launch, Launch::Background) {
            // The launcher's token lets the first window take the focus.
            app.windows.activation_token = crate::instance::launcher_token();
        }
        match launch {
            Launch::Home => tasks.push(app.show_main()),
            Launch::Player {
                playable,
                lead_in,
                speak,
            } => {
                app.pending_speak = speak;
                tasks.push(app.show_main());
                tasks.push(app.start(*playable, lead_in.map(Duration::from_secs)));
            }
            Launch::Quick => {
                tasks.push(app.show_main());
                tasks.push(app.request_quick());
            }
            Launch::Background => {}
        }
        if let Some(offer) = std::env::var(TEST_REMINDER)
            .ok()
            .filter(|id| !id.is_empty())
        {
            // A test's way to make a reminder due now.
            tasks.push(app.offer(offer));
        }
        app.sync_sound();
        (app, Task::batch(tasks))
    }

    /// Where the tray's choices go; the icon appears once reminders are on.
    pub fn with_tray(mut self, sender: async_channel::Sender<crate::tray::Choice>) -> App {
        self.tray_sender = Some(sender);
        self.update_tray();
        self
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Player(_) => match &self.sitting {
                Some(sitting) => crate::t!(
                    "window-title-exercise",
                    title = sitting.playable().title.as_str()
                ),
                None => "Steady".to_owned(),
            },
            Screen::History(_) => crate::t!("window-title-history").to_owned(),
            Screen::About(_) => crate::t!("window-title-about").to_owned(),
            Screen::Editor(editor) => crate::t!("window-title-editor", title = editor.title()),
            _ => "Steady".to_owned(),
        }
    }

    /// A window's title: the main one's, the small one's, the reminder's.
    pub fn window_title(&self, id: iced::window::Id) -> String {
        if Some(id) == self.windows.mini {
            "Steady".to_owned()
        } else if Some(id) == self.windows.reminder {
            crate::t!("window-title-reminder").to_owned()
        } else {
            self.title()
        }
    }

    pub fn window_theme(&self, _id: iced::window::Id) -> Theme {
        self.theme()
    }

    /// What a window shows.
    pub fn window_view(&self, id: iced::window::Id) -> Element<'_, Message> {
        static VIEWED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        crate::startup::mark_once("first view", &VIEWED);
        if Some(id) == self.windows.mini {
            self.mini_view()
        } else if Some(id) == self.windows.reminder {
            self.reminder_view()
        } else {
            self.view()
        }
    }

    pub fn theme(&self) -> Theme {
        theme::theme(self.settings.theme, self.system_mode)
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn state(&self) -> &State {
        &self.state
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
        let page = self.page();
        let task = self.handle(message);
        self.sync_sound();
        if self.page() != page {
            // A new screen starts with no focus: the widget tree is reused
            // by position, so the old screen's focus could land on an
            // unrelated control of the new one.
            return focus_walk::clear().chain(task);
        }
        task
    }

    /// Which page is shown, as far as the focus is concerned: a screen, or
    /// a page within one (the journal, a question in the editor).
    fn page(&self) -> (std::mem::Discriminant<Screen>, bool) {
        let within = match &self.screen {
            Screen::History(history) => history.showing_journal(),
            Screen::Editor(editor) => editor.asking().is_some(),
            _ => false,
        };
        (std::mem::discriminant(&self.screen), within)
    }

    /// Tab and Shift-Tab: the focus walks the screen's controls.
    fn move_focus(&mut self, forward: bool) -> Task<Message> {
        match &self.screen {
            Screen::CheckIn(check_in) => focus_walk::walk(forward, check_in.first_field())
                .chain(checkin::CheckInScreen::watch_note().map(Message::CheckIn)),
            _ => focus_walk::walk(forward, None),
        }
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
                let (Screen::Player(player), Some(sitting)) = (&mut self.screen, &self.sitting)
                else {
                    return Task::none();
                };
                let action = player.update(message, sitting, now);
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
                let Screen::Settings(screen) = &mut self.screen else {
                    return Task::none();
                };
                let action = screen.update(&mut self.settings, message);
                self.settings_action(action)
            }
            Message::Editor(message) => {
                let now = self.clock.now();
                let Screen::Editor(editor) = &mut self.screen else {
                    return self.editor_gone(message);
                };
                let action = editor.update(message, &self.library, now);
                self.editor_action(action)
            }
            Message::CheckIn(message) => {
                let Screen::CheckIn(check_in) = &mut self.screen else {
                    return Task::none();
                };
                let action = check_in.update(message);
                self.check_in_action(action)
            }
            Message::History(message) => {
                let Screen::History(screen) = &mut self.screen else {
                    return Task::none();
                };
                let action = screen.update(message);
                self.history_action(action)
            }
            Message::About(message) => {
                let Screen::About(about) = &mut self.screen else {
                    return Task::none();
                };
                match about.update(message) {
                    about::Action::Back => self.go_home(Cues::Silent),
                    about::Action::None => Task::none(),
                }
            }
            other => self.handle_event(other),
        }
    }
}
