//! One sitting: a session's whole life, from "how do you feel?" before it to
//! the note after it, with one owner. It moves through
//! `Asking → Running → Ended` on intents (`start`, `steer`, `stop`,
//! `answer`) and hands back [`Effect`]s instead of doing I/O: the record is
//! appended the moment the session ends, whatever ends it, and what the
//! person says afterwards is a second, small line that names the session.
//!
//! No iced here; every method takes `now` (and the wall-clock time where a
//! record needs it) from the caller's clock, so tests drive it by hand.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use crate::history::{Amendment, CheckIn, Line, Record, StoppedAt};
use crate::library::Playable;
use crate::session::{Anchor, Session};

/// What the owner of a sitting must do for it: write these lines to the
/// history, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// The session ended: its record, to be appended before anything else happens.
    Append(Record),
    /// The person answered afterwards: added to the record already written.
    Amend(Amendment),
}

impl Effect {
    pub fn into_line(self) -> Line {
        match self {
            Effect::Append(record) => Line::Record(record),
            Effect::Amend(amendment) => Line::Amendment(amendment),
        }
    }
}

/// How the session went, for the closing screen and the history.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub closing: Option<String>,
    pub journal: Option<String>,
    pub routine: bool,
    pub planned: Duration,
    /// Time actually spent: not the position skipped to, not pauses.
    pub practised: Duration,
    pub finished: bool,
    /// Where it was stopped early: the part's title (routines) and the step.
    pub stopped_at: Option<(Option<String>, String)>,
}

/// How the clock starts: after the sound is ready (at most a moment), then
/// after a count-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Start {
    /// The "get ready" count-in before the first step.
    pub lead_in: Duration,
    /// Wait for [`Sitting::sound_ready`] before the lead-in begins.
    pub wait_for_sound: bool,
    /// Between "sound is ready" and the clock starting, so the first cue is
    /// already scheduled when the first step begins.
    pub margin: Duration,
}

/// A change to a running session the person asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Steer {
    TogglePause,
    Pause,
    Resume,
    /// End the lead-in now: the first step starts.
    BeginNow,
    Next,
    Previous,
    NextPart,
    Restart,
}

/// Where the sitting is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// "How do you feel?" before the session starts.
    Asking,
    /// Waiting for sound, counting in, moving or paused.
    Running,
    /// Over and recorded; the after check-in may still add to it.
    Ended,
}

#[derive(Debug, Clone)]
pub struct Sitting {
    playable: Playable,
    before: Option<CheckIn>,
    /// The session clock; from `start` on.
    session: Session,
    /// When the session began on the wall clock; set by `start`.
    began: Option<DateTime<FixedOffset>>,
    start: Start,
    waiting_for_sound: bool,
    /// The record, once the session has ended.
    ended: Option<Ended>,
}

#[derive(Debug, Clone)]
struct Ended {
    summary: Summary,
    record: Record,
    /// The person answered (or was not asked): nothing more will be added.
    answered: bool,
}

impl Sitting {
    /// A sitting that first asks how the person feels.
    pub fn asking(playable: Playable) -> Sitting {
        Sitting {
            session: Session::new(playable.timeline.clone()),
            playable,
            before: None,
            began: None,
            start: Start {
                lead_in: Duration::ZERO,
                wait_for_sound: false,
                margin: Duration::ZERO,
            },
            waiting_for_sound: false,
            ended: None,
        }
    }

    /// A sitting whose session starts now (no check-in before it).
    pub fn started(
        playable: Playable,
        wall: DateTime<FixedOffset>,
        now: Instant,
        start: Start,
    ) -> Sitting {
        let mut sitting = Sitting::asking(playable);
        sitting.start(None, wall, now, start);
        sitting
    }

    /// Starts the session (after the check-in, if there was one). Only once.
    pub fn start(
        &mut self,
        before: Option<CheckIn>,
        wall: DateTime<FixedOffset>,
        now: Instant,
        start: Start,
    ) {
        if self.stage() != Stage::Asking {
            return;
        }
        self.before = before;
        self.began = Some(wall);
        self.start = start;
        self.waiting_for_sound = true;
        if !start.wait_for_sound {
            self.sound_ready(now);
        }
    }

    /// Sound is ready (or was waited for long enough): the lead-in starts.
    /// It lasts until the intro and safety line can be read calmly, and at
    /// least the lead-in asked for; the count-in is heard over its last
    /// seconds. A lead-in of 0 is a choice to start at once.
    pub fn sound_ready(&mut self, now: Instant) {
        if self.waiting_for_sound && self.stage() == Stage::Running {
            self.waiting_for_sound = false;
            let margin = if self.start.wait_for_sound {
                self.start.margin
            } else {
                Duration::ZERO
            };
            let count_in = self.start.lead_in;
            let lead_in = if count_in.is_zero() {
                Duration::ZERO
            } else {
                count_in.max(self.playable.get_ready().reading_time())
            };
            self.session
                .start_counting_in(now + margin, lead_in, count_in);
        }
    }

    /// The lead-in asked for: the count-in heard before the first step.
    pub fn count_in(&self) -> Duration {
        self.start.lead_in
    }

    pub fn stage(&self) -> Stage {
        match (&self.began, &self.ended) {
            (None, _) => Stage::Asking,
            (Some(_), None) => Stage::Running,
            (Some(_), Some(_)) => Stage::Ended,
        }
    }

    pub fn playable(&self) -> &Playable {
        &self.playable
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn is_waiting_for_sound(&self) -> bool {
        self.stage() == Stage::Running && self.waiting_for_sound
    }

    /// A session under way, or one that ended and still waits for the
    /// person's answer: neither is replaced without asking.
    pub fn in_progress(&self) -> bool {
        match &self.ended {
            None => self.began.is_some(),
            Some(ended) => !ended.answered,
        }
    }

    /// What the audio side should follow: the running session, or, once it
    /// has finished, its last moments (the end bell rings out). Nothing
    /// while waiting for sound, asking, or after a stop.
    pub fn anchor(&self) -> Option<Anchor> {
        if self.waiting_for_sound || self.began.is_none() {
            return None;
        }
        match &self.ended {
            Some(ended) if !ended.summary.finished => None,
            _ => self.session.anchor(),
        }
    }

    /// Changes the running session; reaching the end ends the sitting.
    pub fn steer(&mut self, steer: Steer, now: Instant) -> Option<Effect> {
        if self.stage() != Stage::Running || self.waiting_for_sound {
            return None;
        }
        match steer {
            Steer::TogglePause => self.session.toggle(now),
            Steer::Pause => self.session.pause(now),
            Steer::Resume => self.session.resume(now),
            Steer::BeginNow => self.session.begin_now(now),
            Steer::Next => self.session.next(now),
            Steer::Previous => self.session.previous(now),
            Steer::NextPart => self.session.next_part(now),
            Steer::Restart => self.session.restart(now),
        }
        self.tick(now)
    }

    /// Time passed: a session that reached its end is finished and recorded.
    pub fn tick(&mut self, now: Instant) -> Option<Effect> {
        if self.stage() == Stage::Running && self.session.is_finished(now) {
            return self.end(now, true);
        }
        None
    }

    /// The session stops before its end (a key, a closed window, a signal,
    /// another session replacing it): what was done is recorded. Asking
    /// before a session records nothing; an ended one is already recorded.
    pub fn stop(&mut self, now: Instant) -> Option<Effect> {
        match self.stage() {
            Stage::Running if self.session.is_finished(now) => self.end(now, true),
            Stage::Running => self.end(now, false),
            Stage::Asking | Stage::Ended => None,
        }
    }

    fn end(&mut self, now: Instant, finished: bool) -> Option<Effect> {
        let began = self.began?;
        let summary = self.summary_at(now, finished);
        // Stop the clock where it is, so the summary stays what it was.
        if !finished {
            self.session.pause(now);
        }
        let record = Record {
            session: Some(session_name(&began)),
            start: began,
            id: summary.id.clone(),
            title: summary.title.clone(),
            routine: summary.routine,
            planned_seconds: summary.planned.as_secs(),
            practised_seconds: summary.practised.as_secs(),
            finished,
            stopped_at: summary
                .stopped_at
                .clone()
                .map(|(part, step)| StoppedAt { part, step }),
            before: self.before.clone(),
            after: None,
            note: None,
        };
        self.ended = Some(Ended {
            summary,
            record: record.clone(),
            answered: false,
        });
        Some(Effect::Append(record))
    }

    /// What the person said after the session; nothing to write when they
    /// said nothing. Only the first answer counts.
    pub fn answer(&mut self, after: Option<CheckIn>, note: Option<String>) -> Option<Effect> {
        let ended = self.ended.as_mut()?;
        if ended.answered {
            return None;
        }
        ended.answered = true;
        if after.is_none() && note.is_none() {
            return None;
        }
        let amendment = Amendment {
            amends: ended.record.session.clone()?,
            after,
            note,
        };
        amendment.apply(&mut ended.record);
        Some(Effect::Amend(amendment))
    }

    /// How the session went: final once it has ended, up to `now` before.
    pub fn summary(&self, now: Instant) -> Summary {
        match &self.ended {
            Some(ended) => ended.summary.clone(),
            None => self.summary_at(now, self.session.is_finished(now)),
        }
    }

    /// The record as it stands (with what the person added), once ended.
    pub fn record(&self) -> Option<&Record> {
        self.ended.as_ref().map(|ended| &ended.record)
    }

    fn summary_at(&self, now: Instant, finished: bool) -> Summary {
        let timeline = &self.playable.timeline;
        let stopped_at = (!finished)
            .then(|| self.session.position(now))
            .flatten()
            .map(|position| {
                let part = (timeline.parts().len() > 1)
                    .then(|| timeline.parts()[position.segment.part].title.clone());
                (part, position.segment.label.clone())
            });
        Summary {
            id: self.playable.id.clone(),
            title: self.playable.title.clone(),
            closing: self.playable.closing.clone(),
            journal: self.playable.journal.clone(),
            routine: self.playable.routine,
            planned: timeline.total(),
            practised: self.session.practised(now),
            finished,
            stopped_at,
        }
    }
}

/// A name for a session that no other session has: its start to the
/// nanosecond, and this process (two Steadys may start one at once).
fn session_name(began: &DateTime<FixedOffset>) -> String {
    format!(
        "{}-{}",
        began.format("%Y%m%dT%H%M%S%.9f%z"),
        std::process::id()
    )
}
