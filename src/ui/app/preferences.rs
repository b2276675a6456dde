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
                    self.settings.reminder_state =
                        self.settings.reminder_state.offered(&self.clock.wall());
                }
                self.update_tray();
                self.save_settings()
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

    /// Saves what changed since the last save, merged with the file as it is
    /// now (another Steady may have changed other settings).
    pub(super) fn save_settings(&self) -> Task<Message> {
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

    pub(super) fn saved_settings(&mut self, sent: Settings, result: Result<Settings, Error>) {
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
                let note = crate::t!("settings-not-saved", error = error.to_string());
                if !self.notes.contains(&note) {
                    self.notes.push(note);
                }
            }
        }
    }
}
