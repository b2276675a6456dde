//! The history's side of a session: when it starts (and how the person felt
//! before), and the record appended the moment it ends — finished, stopped
//! early, or the window closed mid-session. Never only at exit.

use chrono::{DateTime, FixedOffset, Local};

use super::*;
use crate::history::{self, CheckIn, Record, StoppedAt};
use crate::ui::screen::checkin::{self, CheckInScreen};
use crate::ui::screen::history::HistoryAction;
use crate::ui::screen::player::Summary;

/// A session under way, as the history will record it.
#[derive(Debug, Clone)]
pub struct Underway {
    pub start: DateTime<FixedOffset>,
    pub before: Option<CheckIn>,
}

/// What a check-in screen leads to.
#[derive(Debug, Clone)]
pub enum AfterCheckIn {
    /// Start this session.
    Start(Playable),
    /// Record this finished session, then show the closing screen.
    Finish { summary: Summary, sound: Cues },
}

impl App {
    /// From home: "How do you feel?" first, if the person wants check-ins.
    pub(super) fn begin_with_check_in(&mut self, playable: Playable) -> Task<Message> {
        if !self.settings.check_in {
            return self.start(playable, None);
        }
        self.screen = Screen::CheckIn(CheckInScreen::new(
            checkin::When::Before,
            &playable.title,
            None,
        ));
        self.after_check_in = Some(AfterCheckIn::Start(playable));
        Task::none()
    }

    pub(super) fn check_in_action(&mut self, action: checkin::Action) -> Task<Message> {
        let checkin::Action::Done(answer) = action else {
            return Task::none();
        };
        match self.after_check_in.take() {
            Some(AfterCheckIn::Start(playable)) => {
                self.pending_before = answer.check_in;
                self.start(playable, None)
            }
            Some(AfterCheckIn::Finish { summary, sound }) => {
                self.finish(summary, sound, answer.check_in, answer.note)
            }
            None => self.go_home(Cues::Silent),
        }
    }

    /// The session the player just began, noted for the history.
    pub(super) fn session_began(&mut self) {
        self.underway = Some(Underway {
            start: Local::now().fixed_offset(),
            before: self.pending_before.take(),
        });
    }

    /// Whether a session is running (or waiting for its after check-in).
    pub(super) fn session_in_progress(&self) -> bool {
        match &self.screen {
            Screen::Player(player) => !player.session().is_finished(self.clock.now()),
            Screen::CheckIn(_) => matches!(self.after_check_in, Some(AfterCheckIn::Finish { .. })),
            _ => false,
        }
    }

    /// A finished session: the after check-in first if wanted, then the record.
    pub(super) fn finished(&mut self, summary: Summary) -> Task<Message> {
        // Sound carries on as it was: the end cue rings out.
        let sound = self.wanted_sound().cues;
        if self.settings.check_in {
            let screen = CheckInScreen::new(
                checkin::When::After,
                &summary.title,
                summary.journal.as_deref(),
            );
            let focus = screen.focus().map(Message::CheckIn);
            self.screen = Screen::CheckIn(screen);
            self.after_check_in = Some(AfterCheckIn::Finish { summary, sound });
            return focus;
        }
        self.finish(summary, sound, None, None)
    }

    fn finish(
        &mut self,
        summary: Summary,
        sound: Cues,
        after: Option<CheckIn>,
        note: Option<String>,
    ) -> Task<Message> {
        let Some(record) = self.record_of(&summary, after, note) else {
            self.screen =
                Screen::Finished(finished::Finished::new(summary, sound, Vec::new(), None));
            return Task::none();
        };
        let lines = self.celebrate(&record);
        let note = record.note.clone();
        let append = self.append(record);
        self.screen = Screen::Finished(finished::Finished::new(summary, sound, lines, note));
        append
    }

    /// "Your 10th session", "your third morning this week", how the feeling changed.
    fn celebrate(&self, record: &Record) -> Vec<String> {
        let earlier = self
            .history
            .as_ref()
            .map_or(&[][..], |loaded| &loaded.records[..]);
        history::milestones(earlier, record)
    }

    /// A session stopped early: recorded at once.
    pub(super) fn stopped(&mut self, summary: Summary) -> Task<Message> {
        let append = match self.record_of(&summary, None, None) {
            Some(record) => self.append(record),
            None => Task::none(),
        };
        Task::batch([append, self.go_home(Cues::Silent)])
    }

    /// The window closes (or Steady quits, or another session replaces this
    /// one) mid-session: what was done is recorded as stopped early.
    pub(super) fn end_session_on_close(&mut self) -> Task<Message> {
        let now = self.clock.now();
        match (&self.screen, self.after_check_in.take()) {
            (Screen::Player(player), _) if !player.session().is_finished(now) => {
                let summary = player.summary(now, false);
                match self.record_of(&summary, None, None) {
                    Some(record) => self.append_now(record),
                    None => Task::none(),
                }
            }
            (Screen::CheckIn(_), Some(AfterCheckIn::Finish { summary, .. })) => {
                match self.record_of(&summary, None, None) {
                    Some(record) => self.append_now(record),
                    None => Task::none(),
                }
            }
            _ => Task::none(),
        }
    }

    /// The record of a session that ended, if one was under way.
    fn record_of(
        &mut self,
        summary: &Summary,
        after: Option<CheckIn>,
        note: Option<String>,
    ) -> Option<Record> {
        let underway = self.underway.take()?;
        Some(Record {
            start: underway.start,
            id: summary.id.clone(),
            title: summary.title.clone(),
            routine: summary.routine,
            planned_seconds: summary.planned.as_secs(),
            practised_seconds: summary.practised.as_secs(),
            finished: summary.finished,
            stopped_at: summary
                .stopped_at
                .clone()
                .map(|(part, step)| StoppedAt { part, step }),
            before: underway.before,
            after,
            note,
        })
    }

    /// Appends a record off the window's thread; it joins the history shown.
    fn append(&mut self, record: Record) -> Task<Message> {
        let path = self.paths.history();
        if let Some(loaded) = &mut self.history {
            loaded.records.push(record.clone());
        }
        Task::perform(
            crate::ui::off_thread(move || history::append(&path, &record)),
            |result| {
                Message::Recorded(result.unwrap_or_else(|| {
                    Err(Error::Refused("the history could not be written".into()))
                }))
            },
        )
    }

    /// The same, written before returning: the window is closing or Steady
    /// is quitting, and the record must be on disk before it does.
    fn append_now(&mut self, record: Record) -> Task<Message> {
        let result = history::append(&self.paths.history(), &record);
        if let Some(loaded) = &mut self.history {
            loaded.records.push(record);
        }
        match result {
            Ok(()) => Task::none(),
            Err(error) => Task::done(Message::Recorded(Err(error))),
        }
    }

    pub(super) fn recorded(&mut self, result: Result<(), Error>) {
        if let Err(error) = result {
            let note = format!("This session could not be added to your history: {error}");
            if !self.notes.contains(&note) {
                self.notes.push(note);
            }
        }
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

impl App {
    pub(super) fn history_action(&mut self, action: HistoryAction) -> Task<Message> {
        match action {
            HistoryAction::None => Task::none(),
            HistoryAction::Back => self.go_home(Cues::Silent),
            HistoryAction::Export => {
                let source = self.paths.history();
                let target = self
                    .paths
                    .data()
                    .join(format!("history-{}.csv", Local::now().format("%Y-%m-%d")));
                Task::perform(
                    crate::ui::off_thread(move || {
                        let loaded = history::load(&source);
                        crate::store::write_atomically(
                            &target,
                            history::to_csv(&loaded.records).as_bytes(),
                            0o600,
                        )
                        .map(|()| format!("Your history was exported to {}.", target.display()))
                    }),
                    |result| {
                        Message::HistoryDone(result.unwrap_or_else(|| {
                            Err(Error::Refused("the export did not run".into()))
                        }))
                    },
                )
            }
            HistoryAction::Clear => {
                let path = self.paths.history();
                Task::perform(
                    crate::ui::off_thread(move || {
                        history::clear(&path).map(|backup| match backup {
                            Some(backup) => format!(
                                "Your history was cleared. A copy is kept as {}.",
                                backup.display()
                            ),
                            None => "Your history is empty.".to_owned(),
                        })
                    }),
                    |result| {
                        Message::HistoryDone(
                            result.unwrap_or_else(|| {
                                Err(Error::Refused("clearing did not run".into()))
                            }),
                        )
                    },
                )
            }
        }
    }
}
