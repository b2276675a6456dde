//! Settings changes, and saving only what changed.

use super::*;

impl App {
    pub(super) fn toggle_mute(&mut self) -> Task<Message> {
        self.settings.muted = !self.settings.muted;
        self.save_settings()
    }

    pub(super) fn settings_action(&mut self, action: settings::Action) -> Task<Message> {
        match action {
            settings::Action::None | settings::Action::Adjusted => Task::none(),
            settings::Action::TestSound => {
                self.sound.play_test();
                Task::none()
            }
            settings::Action::Changed => self.save_settings(),
            settings::Action::RemindersChanged { turned_on } => {
                if turned_on {
                    // Only what comes from now on: a time passed this morning
                    // is not offered the moment reminders are turned on.
                    self.state.reminder_state =
                        self.state.reminder_state.offered(&self.clock.wall());
                }
                self.update_tray();
                Task::batch([self.save_settings(), self.save_state()])
            }
            settings::Action::Autostart(on) => {
                self.set_autostart(on);
                Task::none()
            }
            settings::Action::Back => self.go_home(Cues::Silent),
        }
    }

    /// Whether Steady starts (in the background) when the person logs in.
    pub(super) fn autostart_on(&self) -> bool {
        self.paths.autostart().is_some_and(crate::autostart::is_on)
    }

    fn set_autostart(&mut self, on: bool) {
        let result = match (self.paths.autostart(), std::env::current_exe()) {
            (Some(folder), Ok(program)) => crate::autostart::set(folder, on, &program),
            (None, _) => Err(Error::Refused(crate::t!("autostart-no-folder").into())),
            (_, Err(error)) => Err(Error::Refused(crate::t!(
                "autostart-no-program",
                error = error.to_string()
            ))),
        };
        if let Err(error) = result {
            self.notes
                .push(crate::t!("autostart-failed", error = error.to_string()));
        }
    }

    /// Saves the settings and the state (quitting, closing a window).
    pub(super) fn save_all(&mut self) -> Task<Message> {
        Task::batch([self.save_settings(), self.save_state()])
    }

    /// Saves what changed in the settings since the last save, merged with
    /// the file as it is now (another Steady may have changed other settings).
    pub(super) fn save_settings(&mut self) -> Task<Message> {
        // Equal to what the last save sent: nothing to write (quitting is
        // quicker, and a window move does not rewrite the settings).
        if !self.may_save || self.settings == self.saved {
            return Task::none();
        }
        let path = self.paths.settings();
        let sent = self.settings.clone();
        // The next save compares with what this one sends: a change made
        // and undone before this save ends (M, M) is then still a change.
        let base = std::mem::replace(&mut self.saved, sent.clone());
        Task::perform(
            async move {
                let result = sent.save_changes(&base, &path).map(Box::new);
                (sent, base, result)
            },
            |(sent, base, result)| Message::Saved {
                sent: Box::new(sent),
                base: Box::new(base),
                result,
            },
        )
    }

    /// Saves what changed in the state, the same way, to its own file.
    pub(super) fn save_state(&mut self) -> Task<Message> {
        if !self.may_save_state || self.state == self.saved_state {
            return Task::none();
        }
        let path = self.paths.state();
        let sent = self.state.clone();
        let base = std::mem::replace(&mut self.saved_state, sent.clone());
        Task::perform(
            async move {
                let result = sent.save_changes(&base, &path).map(Box::new);
                (sent, base, result)
            },
            |(sent, base, result)| Message::StateSaved {
                sent: Box::new(sent),
                base: Box::new(base),
                result,
            },
        )
    }

    pub(super) fn saved_settings(
        &mut self,
        sent: Settings,
        base: Settings,
        result: Result<Settings, Error>,
    ) {
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
                // Not written: the next save sends these changes again.
                if self.saved == sent {
                    self.saved = base;
                }
                self.note_once(crate::t!("settings-not-saved", error = error.to_string()));
            }
        }
    }

    pub(super) fn saved_state(&mut self, sent: State, base: State, result: Result<State, Error>) {
        match result {
            Ok(merged) => {
                self.state = self.state.changes_since_applied_to(&sent, merged.clone());
                self.saved_state = merged;
            }
            Err(error) => {
                if self.saved_state == sent {
                    self.saved_state = base;
                }
                self.note_once(crate::t!("state-not-saved", error = error.to_string()));
            }
        }
    }

    fn note_once(&mut self, note: String) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }
}
