//! A sitting's life as the app sees it: one `Option<Sitting>` owns the
//! session from the check-in before it to the note after it, and every
//! effect it hands back (the record the moment the session ends, whatever
//! ends it; what the person adds afterwards) is written here, in one place.
//! A write that fails is kept and tried again; the person is told.

use super::*;
use crate::history::{self, Line, Record};
use crate::sitting::{Effect, Sitting, Stage, Start, Steer};
use crate::ui::screen::checkin::{self, CheckInScreen};
use crate::ui::screen::history::HistoryAction;

impl App {
    /// From home: "How do you feel?" first, if the person wants check-ins.
    pub(super) fn begin_with_check_in(&mut self, playable: Playable) -> Task<Message> {
        if !self.settings.check_in {
            return self.start(playable, None);
        }
        let ended = self.end_sitting();
        self.screen = Screen::CheckIn(CheckInScreen::new(
            checkin::When::Before,
            &playable.title,
            None,
        ));
        self.sitting = Some(Sitting::asking(playable));
        ended
    }

    pub(super) fn check_in_action(&mut self, action: checkin::Action) -> Task<Message> {
        match action {
            checkin::Action::None => Task::none(),
            checkin::Action::Run(task) => task.map(Message::CheckIn),
            checkin::Action::Done(answer) => {
                let stage = self.sitting.as_ref().map(Sitting::stage);
                match stage {
                    Some(Stage::Asking) => self.start_asked(answer.check_in),
                    Some(Stage::Ended) => {
                        let effect = self
                            .sitting
                            .as_mut()
                            .and_then(|sitting| sitting.answer(answer.check_in, answer.note));
                        let write = self.apply(effect);
                        self.show_finished();
                        write
                    }
                    Some(Stage::Running) | None => self.go_home(Cues::Silent),
                }
            }
        }
    }

    /// Starts the session the before check-in was about.
    fn start_asked(&mut self, before: Option<history::CheckIn>) -> Task<Message> {
        let lead_in = self.pending_lead_in.take().map(Duration::from_secs);
        let start = self.start_of(lead_in);
        let wall = self.clock.wall().fixed_offset();
        let now = self.clock.now();
        let Some(sitting) = &mut self.sitting else {
            return Task::none();
        };
        sitting.start(before, wall, now, start);
        let playable = sitting.playable().clone();
        self.open_player(playable)
    }

    /// How a session starts now: the lead-in, and whether to wait for sound.
    pub(super) fn start_of(&self, lead_in: Option<Duration>) -> Start {
        Start {
            lead_in: lead_in
                .unwrap_or_else(|| Duration::from_secs(u64::from(self.settings.lead_in_seconds))),
            wait_for_sound: self.sound.is_real(),
            margin: player::START_MARGIN,
        }
    }

    /// A new sitting whose session starts now; the one before it ends first.
    pub(super) fn new_sitting(
        &mut self,
        playable: Playable,
        lead_in: Option<Duration>,
    ) -> Task<Message> {
        let ended = self.end_sitting();
        let start = self.start_of(lead_in);
        self.sitting = Some(Sitting::started(
            playable,
            self.clock.wall().fixed_offset(),
            self.clock.now(),
            start,
        ));
        ended
    }

    /// Whether a session is running (or waiting for its after check-in).
    pub(super) fn session_in_progress(&self) -> bool {
        self.sitting.as_ref().is_some_and(Sitting::in_progress)
    }

    /// The player asked the sitting for something.
    pub(super) fn steer(&mut self, steer: Option<Steer>) -> Task<Message> {
        let now = self.clock.now();
        let Some(sitting) = &mut self.sitting else {
            return Task::none();
        };
        let effect = match steer {
            Some(steer) => sitting.steer(steer, now),
            None => sitting.tick(now),
        };
        if effect.is_none() {
            return Task::none();
        }
        // Only reaching the end ends a session here.
        let write = self.apply(effect);
        Task::batch([write, self.session_finished()])
    }

    /// The session reached its end: the after check-in first if wanted,
    /// then the closing screen. The record is already on its way to disk.
    fn session_finished(&mut self) -> Task<Message> {
        let Some(sitting) = &mut self.sitting else {
            return Task::none();
        };
        let summary = sitting.summary(self.clock.now());
        if !self.settings.check_in && summary.journal.is_none() {
            let _ = sitting.answer(None, None);
            self.show_finished();
            return Task::none();
        }
        let when = if self.settings.check_in {
            checkin::When::After
        } else {
            checkin::When::JournalOnly
        };
        self.screen = Screen::CheckIn(CheckInScreen::new(
            when,
            &summary.title,
            summary.journal.as_deref(),
        ));
        Task::none()
    }

    /// The closing screen for the sitting that ended.
    fn show_finished(&mut self) {
        let Some(sitting) = &self.sitting else {
            return;
        };
        let summary = sitting.summary(self.clock.now());
        let (lines, note) = match sitting.record() {
            Some(record) => (self.celebrate(record), record.note.clone()),
            None => (Vec::new(), None),
        };
        self.screen = Screen::Finished(finished::Finished::new(summary, lines, note));
    }

    /// "Your 10th session", "your third morning this week", how the feeling changed.
    fn celebrate(&self, record: &Record) -> Vec<String> {
        let earlier: Vec<Record> = self
            .history
            .as_ref()
            .map(|loaded| {
                loaded
                    .records
                    .iter()
                    .filter(|earlier| {
                        earlier.session.is_none() || earlier.session != record.session
                    })
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        history::milestones(&earlier, record)
    }

    /// The person stopped the session: recorded at once, then home.
    pub(super) fn stop_sitting(&mut self) -> Task<Message> {
        let ended = self.end_sitting();
        Task::batch([ended, self.go_home(Cues::Silent)])
    }

    /// Ends the sitting, whatever it was doing: a running session is
    /// recorded as stopped early, an ended one keeps what it has. The
    /// write goes off the window's thread.
    pub(super) fn end_sitting(&mut self) -> Task<Message> {
        self.close_sitting();
        self.write_waiting()
    }

    /// Ends the sitting and queues its record, without writing yet.
    fn close_sitting(&mut self) {
        let now = self.clock.now();
        if let Some(mut sitting) = self.sitting.take() {
            let effect = sitting.stop(now);
            let _ = sitting.answer(None, None);
            self.queue(effect);
        }
    }

    /// The window closes, Steady quits or a signal asks it to end: the
    /// sitting ends and everything waiting is written before returning.
    /// Sound hears of the end before the write, so a slow disk (an fsync
    /// can take half a second after a large copy) never holds a cue on.
    pub(super) fn end_session_on_close(&mut self) -> Task<Message> {
        self.close_sitting();
        self.sync_sound();
        self.write_now()
    }

    /// Takes an effect of the sitting: its line joins the history shown and
    /// goes to disk.
    fn apply(&mut self, effect: Option<Effect>) -> Task<Message> {
        self.queue(effect);
        self.write_waiting()
    }

    fn queue(&mut self, effect: Option<Effect>) {
        if let Some(effect) = effect {
            let line = effect.into_line();
            if let Some(loaded) = &mut self.history {
                remember(loaded, &line);
            }
            self.outbox.push(line);
        }
    }

    /// Writes what waits, off the window's thread (one write at a time, so
    /// lines stay in order).
    pub(super) fn write_waiting(&mut self) -> Task<Message> {
        let Some(lines) = self.outbox.take_batch() else {
            return Task::none();
        };
        let path = self.paths.history();
        Task::perform(
            crate::ui::off_thread(move || history::append_lines(&path, &lines)),
            |result| {
                Message::Recorded(result.unwrap_or_else(|| {
                    Err(Error::Refused(crate::t!("history-not-written").into()))
                }))
            },
        )
    }

    /// The same, before returning: Steady is about to exit.
    fn write_now(&mut self) -> Task<Message> {
        let lines = self.outbox.take_all();
        if lines.is_empty() {
            return Task::none();
        }
        if let Err(error) = history::append_lines(&self.paths.history(), &lines) {
            self.outbox.put_back(lines, error);
            if let Some(words) = self.unsaved_words() {
                crate::cli::say(&words);
            }
        }
        Task::none()
    }

    pub(super) fn recorded(&mut self, result: Result<(), Error>) -> Task<Message> {
        self.outbox.written(result);
        if self.outbox.failure().is_some() {
            // Said on home, the closing and the history screens while it
            // lasts; tried again when the next session starts or ends.
            return Task::none();
        }
        // Lines that came while the last write was under way.
        self.write_waiting()
    }

    /// "This session could not be saved yet: …", while it is so.
    pub(super) fn unsaved_words(&self) -> Option<String> {
        let error = self.outbox.failure()?;
        let sessions = self.outbox.sessions_waiting();
        Some(crate::t!(
            "history-unsaved",
            sessions = sessions,
            error = error.to_string(),
            folder = self.paths.data().display().to_string()
        ))
    }

    /// Loads the history off the window's thread (at start-up).
    pub(super) fn load_history(&self) -> Task<Message> {
        let path = self.paths.history();
        Task::perform(
            crate::ui::off_thread(move || history::load(&path)),
            |loaded| Message::HistoryLoaded(Box::new(loaded.unwrap_or_default())),
        )
    }
}

/// Adds a line to the history shown, as the file will have it.
pub(super) fn remember(loaded: &mut history::Loaded, line: &Line) {
    match line {
        Line::Record(record) => {
            let known = record.session.is_some()
                && loaded
                    .records
                    .iter()
                    .any(|known| known.session == record.session);
            if !known {
                loaded.records.push(record.clone());
            }
        }
        Line::Amendment(amendment) => {
            if let Some(record) = loaded
                .records
                .iter_mut()
                .rev()
                .find(|record| record.session.as_deref() == Some(&amendment.amends))
            {
                amendment.apply(record);
            }
        }
    }
}

impl App {
    pub(super) fn history_action(&mut self, action: HistoryAction) -> Task<Message> {
        match action {
            HistoryAction::None => Task::none(),
            HistoryAction::Back => self.go_home(Cues::Silent),
            HistoryAction::Export => {
                let source = self.paths.history();
                let target = self.paths.data().join(format!(
                    "history-{}.csv",
                    self.clock.wall().format("%Y-%m-%d")
                ));
                Task::perform(
                    crate::ui::off_thread(move || {
                        let loaded = history::load(&source);
                        crate::store::write_atomically(
                            &target,
                            history::to_csv(&loaded.records).as_bytes(),
                            0o600,
                        )
                        .map(|()| {
                            crate::t!("history-exported", file = target.display().to_string())
                        })
                    }),
                    |result| {
                        Message::HistoryDone(result.unwrap_or_else(|| {
                            Err(Error::Refused(
                                crate::t!("history-export-did-not-run").into(),
                            ))
                        }))
                    },
                )
            }
            HistoryAction::Clear => {
                let path = self.paths.history();
                Task::perform(
                    crate::ui::off_thread(move || {
                        history::clear(&path).map(|backup| match backup {
                            Some(backup) => {
                                crate::t!("history-cleared", file = backup.display().to_string())
                            }
                            None => crate::t!("history-already-empty").to_owned(),
                        })
                    }),
                    |result| {
                        Message::HistoryDone(result.unwrap_or_else(|| {
                            Err(Error::Refused(
                                crate::t!("history-clear-did-not-run").into(),
                            ))
                        }))
                    },
                )
            }
        }
    }
}
