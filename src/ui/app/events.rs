//! Messages that are not a screen's own (files, keys, the system's theme,
//! windows, sound, reminders...) and the keyboard shortcuts.

use super::*;

impl App {
    /// Everything that is not a screen's own message.
    pub(super) fn handle_event(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::FileDone { said, result, also } => self.file_done(said, result, also),
            Message::Noted(notes) => {
                self.add_notes(notes);
                Task::none()
            }
            Message::Key(event) => match keys::shortcut(&event) {
                Some(shortcut) => self.shortcut(shortcut),
                None => Task::none(),
            },
            Message::SystemTheme(mode) => {
                self.system_mode = mode;
                Task::none()
            }
            Message::Window(id, change) => self.window_changed(id, change),
            Message::Saved { sent, base, result } => {
                self.saved_settings(*sent, *base, result.map(|merged| *merged));
                Task::none()
            }
            Message::StateSaved { sent, base, result } => {
                self.saved_state(*sent, *base, result.map(|merged| *merged));
                Task::none()
            }
            Message::AudioStatus(status) => {
                self.sound.set_status(status);
                Task::none()
            }
            Message::SpeechStatus(status) => {
                if let crate::speech::SpeechStatus::Unavailable(reason) = &status {
                    // For a person who ran `steady run --speak` from a terminal.
                    crate::cli::say(reason);
                }
                self.sound.set_speech_status(status);
                Task::none()
            }
            Message::SoundReadying(readying) => {
                use crate::audio::ready::Verdict;
                if matches!(
                    self.sound.readying(readying),
                    Verdict::Begin | Verdict::BeginSilent
                ) {
                    self.begin_player();
                }
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
            Message::HistoryLoaded(loaded) => {
                let mut loaded = *loaded;
                // Lines still waiting to be written belong in what is shown.
                for line in self.outbox.waiting() {
                    journal::remember(&mut loaded, line);
                }
                self.history = Some(loaded);
                Task::none()
            }
            Message::Recorded(result) => self.recorded(result),
            Message::HistoryDone(result) => {
                let note = match result {
                    Ok(said) => said,
                    Err(error) => error.to_string(),
                };
                self.notes.push(note);
                Task::done(Message::HistoryReload)
            }
            Message::HistoryReload => self.load_history(),
            Message::ReminderTick => self.reminder_tick(),
            Message::Reminded(outcome) => self.reminded(outcome),
            Message::ReminderAnswer(answer) => self.reminder_answered(answer),
            Message::Request(request) => self.handle_request(request),
            Message::Tray(choice) => self.tray_chose(choice),
            Message::KeepWaiting(keep) => self.background_answered(keep),
            Message::Replace(replace) => self.replace_answered(replace),
            Message::ToggleMini => self.toggle_mini(),
            Message::Quit => self.quit(),
            Message::Signal(_) => self.quit_gently(),
            // Screens' own messages are handled in `handle`.
            Message::Home(_)
            | Message::Player(_)
            | Message::Finished(_)
            | Message::Settings(_)
            | Message::Editor(_)
            | Message::CheckIn(_)
            | Message::History(_)
            | Message::About(_) => Task::none(),
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if let Shortcut::Tab | Shortcut::BackTab = shortcut {
            return self.move_focus(shortcut == Shortcut::Tab);
        }
        if shortcut == Shortcut::ToggleMute {
            return self.toggle_mute();
        }
        if shortcut == Shortcut::Mini && matches!(self.screen, Screen::Player(_)) {
            return self.toggle_mini();
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
                let Some(sitting) = &self.sitting else {
                    return Task::none();
                };
                let action = player.shortcut(shortcut, sitting, now);
                self.player_action(action)
            }
            Screen::Finished(finished) => {
                let action = finished.shortcut(shortcut);
                self.finished_action(action)
            }
            Screen::Settings(_) => {
                let action = settings::shortcut(shortcut);
                self.settings_action(action)
            }
            Screen::Editor(editor) => {
                let action = editor.shortcut(shortcut);
                self.editor_action(action)
            }
            Screen::CheckIn(check_in) => {
                let action = check_in.shortcut(shortcut);
                self.check_in_action(action)
            }
            Screen::History(screen) => {
                let action = screen.shortcut(shortcut);
                self.history_action(action)
            }
            Screen::About(about) => match about.shortcut(shortcut) {
                about::Action::Back => self.go_home(Cues::Silent),
                about::Action::None => Task::none(),
            },
        }
    }
}
