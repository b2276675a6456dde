//! Starting, running and ending sessions, and what sound should do meanwhile.

use super::*;

impl App {
    /// The breathing exercise "quick calm" starts: the last one used, else box breathing.
    pub(super) fn quick_calm(&self) -> Option<&Entry> {
        self.state
            .last_breathing
            .as_deref()
            .and_then(|id| self.library.get(id))
            .filter(|entry| entry.kind() == Kind::Breathing)
            .or_else(|| self.library.get("box-breathing"))
            .or_else(|| self.library.of_kind(Kind::Breathing).next())
    }

    /// What should be heard now, from the state alone.
    pub(super) fn wanted_sound(&self) -> Wanted {
        // The session's cues while it runs; after it has finished, through
        // the check-in and the closing screen, the end bell rings out.
        let cues = match (&self.screen, &self.sitting) {
            (Screen::Player(_) | Screen::CheckIn(_) | Screen::Finished(_), Some(sitting)) => {
                player::Player::wanted_cues(sitting, self.settings.count_ticks)
            }
            _ => self.home_sound.clone(),
        };
        Wanted {
            cues,
            gain: self.settings.gain(),
            words: self.settings.speech_choice(self.speak_once),
            voice: self.settings.voice(),
        }
    }

    pub(super) fn sync_sound(&mut self) {
        let wanted = self.wanted_sound();
        self.sound.sync(wanted);
    }

    /// Sound is ready (or waited for long enough): the lead-in starts.
    pub(super) fn begin_player(&mut self) {
        let now = self.clock.now();
        if let (Screen::Player(player), Some(sitting)) = (&mut self.screen, &mut self.sitting) {
            sitting.sound_ready(now);
            // The view and the next tick start from this moment.
            player.look_at(now);
        }
    }

    pub(super) fn start_id(&mut self, id: &str) -> Task<Message> {
        match self.library.playable(id) {
            Some(playable) => self.start(playable, None),
            None => Task::none(),
        }
    }

    /// Starts a session at once (no check-in before it): the one under way
    /// is recorded first. With a sound output, the clock waits until the
    /// output and every cue are ready (within the bounds of
    /// [`crate::audio::ready`]).
    pub(super) fn start(&mut self, playable: Playable, lead_in: Option<Duration>) -> Task<Message> {
        let ended = self.new_sitting(playable.clone(), lead_in);
        Task::batch([ended, self.open_player(playable)])
    }

    /// Shows the player for the sitting just started, and readies its sound.
    pub(super) fn open_player(&mut self, playable: Playable) -> Task<Message> {
        // Every session starts here: `--speak` is for the one it came with.
        self.speak_once = std::mem::take(&mut self.pending_speak);
        let mut save = Task::none();
        let single_breathing = !playable.routine && playable.timeline.kind() == Kind::Breathing;
        if single_breathing && self.state.last_breathing.as_deref() != Some(&playable.id) {
            self.state.last_breathing = Some(playable.id.clone());
            save = self.save_state();
        }
        let prepare = self.sound.prepare(
            playable.timeline.clone(),
            self.paths.sounds(),
            Message::SoundReadying,
        );
        self.screen = Screen::Player(player::Player::new(self.clock.now()));
        // A session start is a good moment to retry a history write that failed.
        let retry = self.write_waiting();
        // The small window, if that was the last choice.
        let mini =
            if self.settings.mini && self.windows.mini.is_none() && self.windows.main.is_some() {
                self.settings.mini = false;
                self.toggle_mini()
            } else {
                Task::none()
            };
        Task::batch([save, prepare, retry, mini])
    }

    pub(super) fn go_home(&mut self, sound: Cues) -> Task<Message> {
        self.home_sound = sound;
        // A sitting still open here has ended and been recorded (a stop, or
        // the closing screen left); nothing more will be added to it.
        if let Some(sitting) = &mut self.sitting {
            if sitting.stage() != crate::sitting::Stage::Running {
                let _ = sitting.answer(None, None);
                self.sitting = None;
            }
        }
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
            player::Action::Tick => return self.steer(None),
            player::Action::Steer(steers) => {
                let tasks: Vec<Task<Message>> = steers
                    .into_iter()
                    .map(|steer| self.steer(Some(steer)))
                    .collect();
                return Task::batch(tasks);
            }
            player::Action::Stop => return self.stop_sitting(),
            player::Action::Volume(volume_db) => {
                self.settings.volume_db = volume_db;
            }
            player::Action::SaveSettings => return self.save_settings(),
            player::Action::ToggleMute => return self.toggle_mute(),
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
