//! Requests from outside the window: a second `steady` handing over its
//! command, and the tray icon's menu.

use super::*;
use crate::instance::{Handover, Request};
use crate::tray::Choice;

impl App {
    /// A second `steady`, `steady run ID` or `steady quick` handed its request over.
    /// Its activation token, if any, brings the main window forward.
    pub(super) fn handle_request(&mut self, handover: Handover) -> Task<Message> {
        self.windows.activation_token = handover.activation_token;
        match handover.request {
            Request::Show => self.show_main(),
            Request::Quick => self.request_quick(),
            Request::Run {
                target,
                lead_in,
                speak,
            } => match self.library.resolve(&target, &self.paths) {
                Ok(playable) => {
                    self.pending_lead_in = lead_in.map(u64::from);
                    self.pending_speak = speak;
                    self.request_start_playable(playable, false)
                }
                Err(error) => {
                    self.notes.push(error.to_string());
                    self.show_main()
                }
            },
        }
    }

    /// Starts `id` in the main window (opening it), from a reminder, the
    /// tray or another `steady`. A running session is never replaced
    /// without asking.
    pub(super) fn request_start(&mut self, id: &str, check_in: bool) -> Task<Message> {
        match self.library.playable(id) {
            Some(playable) => self.request_start_playable(playable, check_in),
            None => {
                self.notes.push(crate::t!("request-no-such", id = id));
                self.show_main()
            }
        }
    }

    /// The mid-day pause, as `steady quick` and the tray's Start choose it.
    pub(super) fn request_quick(&mut self) -> Task<Message> {
        match self.library.quick_pause(&self.settings.quick) {
            Some(playable) => self.request_start_playable(playable, false),
            None => {
                self.notes
                    .push(crate::t!("request-nothing-to-start").into());
                self.show_main()
            }
        }
    }

    fn request_start_playable(&mut self, playable: Playable, check_in: bool) -> Task<Message> {
        let show = self.show_main();
        if self.session_in_progress() {
            self.asking_to_replace = Some(playable);
            return show;
        }
        let lead_in = self.pending_lead_in.take().map(Duration::from_secs);
        let start = if check_in {
            self.begin_with_check_in(playable)
        } else {
            self.start(playable, lead_in)
        };
        Task::batch([show, start])
    }

    /// The answer to "Start … instead?" while a session runs.
    pub(super) fn replace_answered(&mut self, replace: bool) -> Task<Message> {
        let Some(playable) = self.asking_to_replace.take() else {
            return Task::none();
        };
        if !replace {
            // What came with the request goes with it.
            self.pending_speak = false;
            self.pending_lead_in = None;
            return Task::none();
        }
        // `start` records the session it replaces before anything else.
        self.start(playable, None)
    }

    pub(super) fn tray_chose(&mut self, choice: Choice) -> Task<Message> {
        match choice {
            Choice::Start => match self.next_reminder() {
                Some((_, offer)) => self.request_start(&offer, false),
                None => self.request_quick(),
            },
            Choice::PauseToday => self.pause_reminders_today(),
            Choice::Open => self.show_main(),
            Choice::Quit => self.quit(),
        }
    }

    /// Keeps the tray icon shown while reminders are on, with current words.
    pub(super) fn update_tray(&mut self) {
        if !self.settings.reminders.on && !self.started_in_background {
            self.tray = None;
            return;
        }
        let start = self.library.quick_pause(&self.settings.quick).map_or_else(
            || crate::t!("tray-start-pause").to_owned(),
            |p| crate::t!("tray-start", title = p.title.as_str()),
        );
        let next = self.next_reminder().map(|(at, _)| {
            crate::t!(
                "tray-next-reminder",
                when = view::when_words(&at, self.clock.wall().date_naive())
            )
        });
        if self.tray_words.as_ref() == Some(&(start.clone(), next.clone())) {
            return;
        }
        self.tray_words = Some((start.clone(), next.clone()));
        match &self.tray {
            Some(tray) => tray.update(start, next),
            None if self.tray_tried => {}
            None => {
                self.tray_tried = true;
                if let Some(sender) = &self.tray_sender {
                    self.tray = crate::tray::show(sender.clone(), start, next);
                }
            }
        }
    }
}
