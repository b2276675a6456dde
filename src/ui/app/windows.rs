//! The window's events: its place and size, closing, dropped files.

use super::*;

impl App {
    pub(super) fn window_changed(&mut self, change: window::Change) -> Task<Message> {
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
}
