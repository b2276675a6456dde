//! The windows: the main one (which may close while Steady waits for the
//! next reminder), the small always-on-top one, and a reminder's own one.
//! Their places and sizes are remembered; dropped files are imported.
//! While the small window shows, the main one is hidden (X11) or closed, to
//! open again at its size (Wayland, where a window cannot hide itself).

use super::reminders::ReminderAnswer;
use super::*;
use iced::window::{self as iced_window, Id};

/// Which windows are open.
#[derive(Debug, Default, Clone)]
pub struct Windows {
    pub main: Option<Id>,
    pub mini: Option<Id>,
    pub reminder: Option<Id>,
    /// The token another `steady` brought, kept until the main window it
    /// should bring forward is there.
    pub activation_token: Option<String>,
    /// Windows Steady closed that may still report before they are gone:
    /// their events are not the current windows'.
    pub closing: Vec<Id>,
}

impl App {
    /// Opens the main window, or brings it forward if it is open (and shows
    /// it again if the small window had hidden it).
    pub(super) fn show_main(&mut self) -> Task<Message> {
        let close_mini = self.close_mini();
        if let Some(id) = self.windows.main {
            let token = self.windows.activation_token.take();
            return close_mini
                .chain(iced_window::set_mode(id, iced_window::Mode::Windowed))
                .chain(crate::ui::desktop::raise(id, token));
        }
        let (id, opened) = iced_window::open(window::main(&self.settings, &self.state));
        self.windows.main = Some(id);
        self.window_size = window::main(&self.settings, &self.state).size;
        Task::batch([close_mini, opened.discard()])
    }

    /// Whether closing the main window leaves Steady waiting (for the next
    /// reminder) rather than quitting.
    pub(super) fn waits_in_background(&self) -> bool {
        self.settings.reminders.on || self.started_in_background
    }

    pub(super) fn window_changed(&mut self, id: Id, change: window::Change) -> Task<Message> {
        if let Some(at) = self
            .windows
            .closing
            .iter()
            .position(|closing| *closing == id)
        {
            if change == window::Change::Closed {
                self.windows.closing.remove(at);
            }
            return Task::none();
        }
        if Some(id) == self.windows.mini {
            return self.mini_changed(id, change);
        }
        if Some(id) == self.windows.reminder {
            return match change {
                window::Change::CloseRequested => self.reminder_answered(ReminderAnswer::Dismissed),
                _ => Task::none(),
            };
        }
        match change {
            window::Change::CloseRequested => self.close_main_asked(),
            window::Change::Closed => {
                self.windows.main = None;
                Task::none()
            }
            window::Change::Opened => {
                crate::ui::window_opened();
                let raise = match self.windows.activation_token.take() {
                    Some(token) => crate::ui::desktop::raise(id, Some(token)),
                    None => Task::none(),
                };
                Task::batch([
                    crate::ui::desktop::learn(id),
                    window::ask_screen(id).map(|(id, change)| Message::Window(id, change)),
                    raise,
                ])
            }
            window::Change::Screen(size) => window::fit(id, self.window_size, size),
            window::Change::Resized(size) => {
                self.window_size = size;
                self.state.window =
                    window::placed(self.state.window, &change, window::default_size());
                Task::none()
            }
            window::Change::Moved(_) => {
                self.state.window =
                    window::placed(self.state.window, &change, window::default_size());
                Task::none()
            }
            // Dropping a file on home imports it; elsewhere it waits for home.
            window::Change::FileDropped(path) if matches!(self.screen, Screen::Home(_)) => {
                self.import(path)
            }
            window::Change::FileDropped(_) => Task::none(),
        }
    }

    /// The main window's close button. A running session is recorded as
    /// stopped; then Steady quits, or keeps waiting for reminders (said
    /// once, with a way to quit).
    fn close_main_asked(&mut self) -> Task<Message> {
        if self.waits_in_background() && !self.state.background_explained {
            self.asking_to_close = true;
            return Task::none();
        }
        self.close_main()
    }

    pub(super) fn close_main(&mut self) -> Task<Message> {
        self.asking_to_close = false;
        let ended = self.end_session_on_close();
        let save = self.save_all();
        let Some(id) = self.windows.main.take() else {
            return Task::batch([ended, save]);
        };
        if self.waits_in_background() {
            self.windows.closing.push(id);
            // The small window first, so that going home opens nothing.
            let close_mini = self.close_mini();
            let _ = self.go_home(Cues::Silent);
            Task::batch([ended, save.chain(iced_window::close(id)), close_mini])
        } else {
            Task::batch([ended, save]).chain(iced::exit())
        }
    }

    /// The answer to "keep waiting in the background?".
    pub(super) fn background_answered(&mut self, keep_waiting: bool) -> Task<Message> {
        self.state.background_explained = true;
        if keep_waiting {
            self.close_main()
        } else {
            self.quit()
        }
    }

    /// Quits Steady, recording a running session first.
    pub(super) fn quit(&mut self) -> Task<Message> {
        let ended = self.end_session_on_close();
        Task::batch([ended, self.save_all()]).chain(iced::exit())
    }

    /// Quits on a signal: sound starts to fade (instead of being cut) and
    /// the session is recorded, before anything else; then Steady exits.
    pub(super) fn quit_gently(&mut self) -> Task<Message> {
        /// Longer than sound's fade, so the last cue ends softly.
        const FADE_OUT: Duration = Duration::from_millis(120);
        // Home wants silence: ending the session tells sound, which fades
        // the cues out while the record is written.
        let _ = self.go_home(Cues::Silent);
        let ended = self.end_session_on_close();
        let save = self.save_all();
        let fade = Task::perform(smol::Timer::after(FADE_OUT), |_| ()).discard();
        Task::batch([ended, save, fade]).chain(iced::exit())
    }

    /// Opens or closes the small always-on-top window for the session.
    pub(super) fn toggle_mini(&mut self) -> Task<Message> {
        if self.windows.mini.is_some() {
            self.settings.mini = false;
            return self.show_main();
        }
        if !matches!(self.screen, Screen::Player(_)) {
            return Task::none();
        }
        self.settings.mini = true;
        let (id, opened) = iced_window::open(window::mini(&self.state));
        self.windows.mini = Some(id);
        let hide_main = match self.windows.main {
            // Its size is remembered, for when it opens again.
            Some(main) if crate::ui::desktop::on_wayland() => {
                self.windows.main = None;
                self.windows.closing.push(main);
                iced_window::close(main)
            }
            Some(main) => iced_window::set_mode(main, iced_window::Mode::Hidden),
            None => Task::none(),
        };
        Task::batch([opened.discard(), hide_main, self.save_all()])
    }

    /// Closes the small window (the session goes on in the main one).
    pub(super) fn close_mini(&mut self) -> Task<Message> {
        match self.windows.mini.take() {
            Some(id) => {
                self.windows.closing.push(id);
                iced_window::close(id)
            }
            None => Task::none(),
        }
    }

    fn mini_changed(&mut self, id: Id, change: window::Change) -> Task<Message> {
        match change {
            // Closing the small window brings the session back to the main one.
            window::Change::CloseRequested => {
                self.settings.mini = false;
                let show = self.show_main();
                Task::batch([show, self.save_all()])
            }
            window::Change::Closed => {
                if self.windows.mini == Some(id) {
                    self.windows.mini = None;
                }
                Task::none()
            }
            window::Change::Moved(_) | window::Change::Resized(_) => {
                self.state.mini_window =
                    window::placed(self.state.mini_window, &change, window::MINI);
                Task::none()
            }
            _ => Task::none(),
        }
    }
}
