//! A running exercise. Its position is derived from accumulated running time,
//! never counted from ticks: a late or missing tick changes nothing but when we look.
//!
//! Every method takes `now` so tests can drive it with a fake clock.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::timeline::{Segment, Timeline};

#[derive(Debug, Clone)]
pub struct Session {
    timeline: Arc<Timeline>,
    /// Running time folded in at the last pause or jump.
    banked: Duration,
    /// Set while running.
    running_since: Option<Instant>,
    /// The first segment whose start boundary has not been reported yet.
    next_boundary: usize,
    end_reported: bool,
    /// Elapsed time at the last `take_crossed`.
    last_seen: Duration,
}

/// A segment start (by index) or the end of the whole exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boundary {
    Step(usize),
    End,
}

/// What happened since the last look: boundaries in order, and the stretch of
/// exercise time covered (`from` is where a jump landed, if one happened).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crossed {
    pub boundaries: Vec<Boundary>,
    pub from: Duration,
    pub to: Duration,
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
    /// A session at the very beginning, paused until `start`/`resume`.
    pub fn new(timeline: Arc<Timeline>) -> Self {
        Session {
            timeline,
            banked: Duration::ZERO,
            running_since: None,
            next_boundary: 0,
            end_reported: false,
            last_seen: Duration::ZERO,
        }
    }

    /// A session already running from `now`.
    pub fn started(timeline: Arc<Timeline>, now: Instant) -> Self {
        let mut session = Session::new(timeline);
        session.resume(now);
        session
    }

    pub fn timeline(&self) -> &Arc<Timeline> {
        &self.timeline
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn is_finished(&self, now: Instant) -> bool {
        self.elapsed(now) >= self.timeline.total()
    }

    /// Exercise time done so far, never past the end.
    pub fn elapsed(&self, now: Instant) -> Duration {
        let running = self
            .running_since
            .map_or(Duration::ZERO, |since| now.saturating_duration_since(since));
        (self.banked + running).min(self.timeline.total())
    }

    pub fn pause(&mut self, now: Instant) {
        if self.running_since.is_some() {
            self.banked = self.elapsed(now);
            self.running_since = None;
        }
    }

    pub fn resume(&mut self, now: Instant) {
        if self.running_since.is_none() && !self.is_finished(now) {
            self.running_since = Some(now);
        }
    }

    pub fn toggle(&mut self, now: Instant) {
        if self.is_running() {
            self.pause(now);
        } else {
            self.resume(now);
        }
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
        let target = match self.timeline.index_at(self.elapsed(now)) {
            Some(index) => self
                .timeline
                .segments()
                .get(index + 1)
                .map_or(self.timeline.total(), |segment| segment.start),
            None => return,
        };
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

    /// Back to the beginning, keeping the running/paused state.
    pub fn restart(&mut self, now: Instant) {
        self.jump(Duration::ZERO, now);
    }

    fn jump(&mut self, target: Duration, now: Instant) {
        let target = target.min(self.timeline.total());
        self.banked = target;
        if self.running_since.is_some() {
            self.running_since = Some(now);
        }
        // The step we land on announces itself again; steps jumped over stay silent.
        self.next_boundary = self
            .timeline
            .segments()
            .partition_point(|segment| segment.start < target);
        self.end_reported = false;
        self.last_seen = target;
        if target >= self.timeline.total() {
            self.running_since = None;
        }
    }

    /// How long until the next boundary not yet reported (a step start or the
    /// end) is reached, while running; zero if one is already due.
    pub fn until_next_boundary(&self, now: Instant) -> Option<Duration> {
        if !self.is_running() {
            return None;
        }
        let next = match self.timeline.segments().get(self.next_boundary) {
            Some(segment) => segment.start,
            None if !self.end_reported => self.timeline.total(),
            None => return None,
        };
        Some(next.saturating_sub(self.elapsed(now)))
    }

    /// Boundaries passed since the last call, each reported exactly once,
    /// however late or early the call comes.
    pub fn take_crossed(&mut self, now: Instant) -> Crossed {
        let elapsed = self.elapsed(now);
        let segments = self.timeline.segments();
        let mut boundaries = Vec::new();
        while let Some(segment) = segments.get(self.next_boundary) {
            if segment.start > elapsed {
                break;
            }
            boundaries.push(Boundary::Step(self.next_boundary));
            self.next_boundary += 1;
        }
        if elapsed >= self.timeline.total() && !self.end_reported {
            // A step that starts exactly at the end has no length: never report it.
            boundaries.retain(|boundary| match boundary {
                Boundary::Step(index) => segments[*index].start < self.timeline.total(),
                Boundary::End => true,
            });
            boundaries.push(Boundary::End);
            self.end_reported = true;
        }
        let from = self.last_seen;
        self.last_seen = elapsed;
        Crossed {
            boundaries,
            from,
            to: elapsed,
        }
    }
}

fn ratio(part: Duration, whole: Duration) -> f32 {
    if whole.is_zero() {
        return 1.0;
    }
    (part.as_secs_f64() / whole.as_secs_f64()).clamp(0.0, 1.0) as f32
}
