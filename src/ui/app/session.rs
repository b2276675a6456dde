//! Starting, running and ending sessions, and what sound should do meanwhile.

use super::*;

impl App {
    /// The breathing exercise "quick calm" starts: the last one used, else box breathing.
    pub(super) fn quick_calm(&self) -> Option<&Entry> {
        self.settings
            .last_breathing
            .as_deref()
            .and_then(|id| self.library.get(id))
            .filter(|entry| entry.kind() == Kind::Breathing)
            .or_else(|| self.library.get("box-breathing"))
            .or_else(|| self.library.of_kind(Kind::Breathing).next())
    }

    /// What should be heard now, from the state alone.
    pub(super) fn wanted_sound(&self) -> Wanted {
        let cues = match (&self.screen, &self.after_check_in) {
            (Screen::Player(player), _) => player.wanted_cues(self.settings.count_ticks),
            (Screen::Finished(finished), _) => finished.wanted_cues(),
            // After a session the end bell rings out during the check-in.
            (Screen::CheckIn(_), Some(journal::AfterCheckIn::Finish { sound, .. })) => {
                sound.clone()
            }
            _ => self.home_sound.clone(),
        };
        Wanted {
            cues,
            gain: self.settings.gain(),
        }
    }

    pub(super) fn sync_sound(&mut self) {
        let wanted = self.wanted_sound();
        self.sound.sync(wanted);
    }

    pub(super) fn begin_player(&mut self) {
        let now = self.clock.now();
        if let Screen::Player(player) = &mut self.screen {
            player.begin(now);
        }
    }

    pub(super) fn start_id(&mut self, id: &str) -> Task<Message> {
        match self.library.playable(id) {
            Some(playable) => self.start(playable, None),
            None => Task::none(),
        }
    }

    /// Opens the player. With a sound output, the clock waits until the
    /// output and every cue are ready (at most [`SOUND_WAIT`]).
    pub(super) fn start(&mut self, playable: Playable, lead_in: Option<Duration>) -> Task<Message> {
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
        self.session_began();
        // The small window, if that was the last choice.
        let mini =
            if self.settings.mini && self.windows.mini.is_none() && self.windows.main.is_some() {
                self.settings.mini = false;
                self.toggle_mini()
            } else {
                Task::none()
            };
        Task::batch([save, prepare, give_up, mini])
    }

    pub(super) fn go_home(&mut self, sound: Cues) -> Task<Message> {
        self.home_sound = sound;
        self.screen = Screen::Home(home::Home::default());
        // The small window is for sessions only.
        if self.windows.mini.is_some() {
            let remembered = self.settings.mini;
            let show = self.show_main();
            self.settings.mini = remembered;
            return show;
        }
        Task::none()
    }

    pub(super) fn player_action(&mut self, action: player::Action) -> Task<Message> {
        match action {
            player::Action::None => {}
            player::Action::Stopped(summary) => return self.stopped(summary),
            player::Action::Volume(volume_db) => {
                self.settings.volume_db = volume_db;
            }
            player::Action::SaveSettings => return self.save_settings(),
            player::Action::ToggleMute => return self.toggle_mute(),
            player::Action::Finished(summary) => return self.finished(summary),
        }
        Task::none()
    }

    pub(super) fn finished_action(&mut self, action: finished::Action) -> Task<Message> {
        match action {
            finished::Action::None => Task::none(),
            finished::Action::Home => {
                let home = self.go_home(Cues::RingOut);
                Task::batch([home, self.close_mini()])
            }
            finished::Action::Again(id) => self.start_id(&id),
        }
    }
}
