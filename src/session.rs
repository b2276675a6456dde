//! A running exercise as a pure clock. Its position is derived from the
//! position at the last change plus the running time since, never counted
//! from ticks: a late or missing tick changes nothing but when we look.
//!
//! The session does not decide what is heard. It hands out an [`Anchor`]
//! ("at this instant we were here, and moving"); the audio side follows it.
//! Every method takes `now` so tests can drive it with a fake clock.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::timeline::{Segment, Timeline};

#[derive(Debug, Clone)]
pub struct Session {
    timeline: Arc<Timeline>,
    /// Exercise position when the session last started, paused or jumped.
    banked: Duration,
    /// When the position started moving from `banked`; in the future during
    /// the lead-in, `None` while paused.
    running_since: Option<Instant>,
    /// Running time actually spent before `running_since`: skipped steps do not count.
    practised_before: Duration,
    /// The count-in heard just before `running_since`, while it lasts (the
    /// last seconds of the lead-in, however long the lead-in is).
    lead_in: Duration,
}

/// What the audio side needs to follow a moving session: at `at` the session
/// is at `position` and moves in real time from there.
#[derive(Debug, Clone)]
pub struct Anchor {
    pub timeline: Arc<Timeline>,
    pub position: Duration,
    pub at: Instant,
    /// The step at `position` (or the end) starts right there and should be heard.
    pub announce: bool,
    /// A count-in of this many seconds before `at` (the lead-in).
    pub lead_in: Duration,
}

impl PartialEq for Anchor {
    fn eq(&self, other: &Anchor) -> bool {
        Arc::ptr_eq(&self.timeline, &other.timeline)
            && self.position == other.position
            && self.at == other.at
            && self.announce == other.announce
            && self.lead_in == other.lead_in
    }
}

impl Anchor {
    /// Exercise position at `now` (before `at` it is still `position`).
    pub fn position_at(&self, now: Instant) -> Duration {
        (self.position + now.saturating_duration_since(self.at)).min(self.timeline.total())
    }
}

/// Where the session is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Counting in before the first step; `left` until it starts.
    LeadIn {
        left: Duration,
    },
    Running,
    Paused,
    Finished,
}

/// A snapshot of where the session is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position<'a> {
    pub index: usize,
    pub segment: &'a Segment,
    pub elapsed: Duration,
    pub in_segment: Duration,
    pub segment_left: Duration,
    /// 0.0 ..= 1.0 through the current segment.
    pub segment_progress: f32,
    /// 0.0 ..= 1.0 through the whole exercise.
    pub overall_progress: f32,
    pub total_left: Duration,
}

impl Session {
    /// A session at the very beginning, paused until `start`.
    pub fn new(timeline: Arc<Timeline>) -> Self {
        Session {
            timeline,
            banked: Duration::ZERO,
            running_since: None,
            practised_before: Duration::ZERO,
            lead_in: Duration::ZERO,
        }
    }

    /// A session already running from `now`, without a lead-in.
    pub fn started(timeline: Arc<Timeline>, now: Instant) -> Self {
        let mut session = Session::new(timeline);
        session.start(now, Duration::ZERO);
        session
    }

    /// Starts moving after a lead-in of `lead_in` from `now`.
    pub fn start(&mut self, now: Instant, lead_in: Duration) {
        self.start_counting_in(now, lead_in, lead_in);
    }

    /// Starts moving after `lead_in` from `now`, with a count-in heard over
    /// its last `count_in` (a long lead-in is time to read, counted only at
    /// the end).
    pub fn start_counting_in(&mut self, now: Instant, lead_in: Duration, count_in: Duration) {
        if self.state(now) == State::Paused {
            self.running_since = Some(now + lead_in);
            self.lead_in = count_in.min(lead_in);
        }
    }

    /// Ends the lead-in early: the first step starts at `now`.
    pub fn begin_now(&mut self, now: Instant) {
        if let State::LeadIn { .. } = self.state(now) {
            self.running_since = Some(now);
            self.lead_in = Duration::ZERO;
        }
    }

    pub fn timeline(&self) -> &Arc<Timeline> {
        &self.timeline
    }

    pub fn state(&self, now: Instant) -> State {
        if self.banked >= self.timeline.total() || self.elapsed(now) >= self.timeline.total() {
            return State::Finished;
        }
        match self.running_since {
            None => State::Paused,
            Some(since) if since > now => State::LeadIn { left: since - now },
            Some(_) => State::Running,
        }
    }

    /// Moving or counting in (not paused, not over).
    pub fn is_running(&self, now: Instant) -> bool {
        matches!(self.state(now), State::Running | State::LeadIn { .. })
    }

    pub fn is_finished(&self, now: Instant) -> bool {
        self.state(now) == State::Finished
    }

    /// Running time since `running_since`, never past the end of the exercise.
    fn running_part(&self, now: Instant) -> Duration {
        self.running_since.map_or(Duration::ZERO, |since| {
            now.saturating_duration_since(since)
                .min(self.timeline.total().saturating_sub(self.banked))
        })
    }

    /// Exercise position: where in the timeline the person is, never past the end.
    pub fn elapsed(&self, now: Instant) -> Duration {
        (self.banked + self.running_part(now)).min(self.timeline.total())
    }

    /// Time actually spent in the exercise: the running time, without pauses,
    /// the lead-in or the steps skipped over.
    pub fn practised(&self, now: Instant) -> Duration {
        self.practised_before + self.running_part(now)
    }

    pub fn pause(&mut self, now: Instant) {
        if self.is_running(now) {
            self.fold(now);
            self.running_since = None;
        }
    }

    pub fn resume(&mut self, now: Instant) {
        if self.state(now) == State::Paused {
            self.running_since = Some(now);
        }
    }

    pub fn toggle(&mut self, now: Instant) {
        if self.is_running(now) {
            self.pause(now);
        } else {
            self.resume(now);
        }
    }

    /// What the audio side should follow, while the session moves or has
    /// just been moved to its end (the end cue is still to be heard).
    pub fn anchor(&self) -> Option<Anchor> {
        let at = self.running_since?;
        Some(Anchor {
            timeline: self.timeline.clone(),
            position: self.banked,
            at,
            announce: self.timeline.is_boundary(self.banked),
            lead_in: self.lead_in,
        })
    }

    /// Where the session stands at `now`; `None` once it is over.
    pub fn position(&self, now: Instant) -> Option<Position<'_>> {
        let elapsed = self.elapsed(now);
        let index = self.timeline.index_at(elapsed)?;
        let segment = &self.timeline.segments()[index];
        let in_segment = elapsed.saturating_sub(segment.start);
        let total = self.timeline.total();
        Some(Position {
            index,
            segment,
            elapsed,
            in_segment,
            segment_left: segment.duration.saturating_sub(in_segment),
            segment_progress: ratio(in_segment, segment.duration),
            overall_progress: ratio(elapsed, total),
            total_left: total.saturating_sub(elapsed),
        })
    }

    /// Skip to the start of the next step (or the end).
    pub fn next(&mut self, now: Instant) {
        let Some(index) = self.timeline.index_at(self.elapsed(now)) else {
            return;
        };
        let target = self
            .timeline
            .segments()
            .get(index + 1)
            .map_or(self.timeline.total(), |segment| segment.start);
        self.jump(target, now);
    }

    /// Back to the start of this step, or to the previous one when this step
    /// has only just begun (as music players do).
    pub fn previous(&mut self, now: Instant) {
        const GRACE: Duration = Duration::from_millis(1500);
        let elapsed = self.elapsed(now);
        let segments = self.timeline.segments();
        let index = self
            .timeline
            .index_at(elapsed)
            .unwrap_or(segments.len().saturating_sub(1));
        let Some(current) = segments.get(index) else {
            return;
        };
        let target = if elapsed.saturating_sub(current.start) < GRACE && index > 0 {
            segments[index - 1].start
        } else {
            current.start
        };
        self.jump(target, now);
    }

    /// Skip to the first step of the next part of a routine (or the end).
    pub fn next_part(&mut self, now: Instant) {
        let Some(index) = self.timeline.index_at(self.elapsed(now)) else {
            return;
        };
        let part = self.timeline.segments()[index].part;
        let target = self
            .timeline
            .parts()
            .get(part + 1)
            .map_or(self.timeline.total(), |next| next.start);
        self.jump(target, now);
    }

    /// Back to the beginning, keeping the running/paused state.
    pub fn restart(&mut self, now: Instant) {
        self.jump(Duration::ZERO, now);
    }

    /// Moves to `target`. A running session keeps running from there; a
    /// paused one stays paused, unless the jump reaches the end, which is
    /// reached "now" so the end can still be heard.
    pub fn jump(&mut self, target: Duration, now: Instant) {
        let target = target.min(self.timeline.total());
        let was_running = self.is_running(now);
        self.fold(now);
        self.banked = target;
        self.running_since = (was_running || target >= self.timeline.total()).then_some(now);
    }

    /// Folds the running time so far into the banked position and practice.
    fn fold(&mut self, now: Instant) {
        let running = self.running_part(now);
        self.banked = (self.banked + running).min(self.timeline.total());
        self.practised_before += running;
        self.lead_in = Duration::ZERO;
        if self.running_since.is_some() {
            self.running_since = Some(now);
        }
    }
}

fn ratio(part: Duration, whole: Duration) -> f32 {
    if whole.is_zero() {
        return 1.0;
    }
    (part.as_secs_f64() / whole.as_secs_f64()).clamp(0.0, 1.0) as f32
}
