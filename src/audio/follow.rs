//! Which cue to play when, for a session handed over as an [`Anchor`].
//!
//! The follower lives on the audio side. It is pure (every call takes `now`)
//! so it is tested with a fake clock. Each boundary is heard at most once.
//! When one look crosses several boundaries (the thread stalled for a whole
//! step) only the newest cue plays: three tones stacked late would say nothing
//! useful, while the newest one still says where the person is now.

use std::time::{Duration, Instant};

use crate::session::Anchor;

/// A sound the follower wants now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// The cue of the step with this index.
    Step { index: usize, cue: String },
    /// The person's recording for the step with this index, from `from`
    /// into it: the step's start, or where the session picked up mid-step.
    Recording {
        index: usize,
        name: String,
        from: Duration,
    },
    /// The end of the whole exercise.
    End { cue: String },
    /// A soft tick on a whole second inside a step.
    Count,
    /// One beat of the lead-in's count-in.
    CountIn,
}

#[derive(Debug, Clone)]
pub struct Follower {
    anchor: Anchor,
    count_ticks: bool,
    /// The first segment whose start has not been heard or passed over yet.
    next_step: usize,
    end_done: bool,
    /// Count-in beats still to come.
    count_in: Vec<Instant>,
    /// Exercise position at the last look, for count ticks.
    last_seen: Duration,
    /// A recording due with a step's cue, said at the next call.
    pending: Option<Due>,
}

impl Follower {
    /// Follows `anchor` from `now`: boundaries already behind `now` stay silent,
    /// except the step the anchor announces.
    pub fn new(anchor: Anchor, count_ticks: bool, now: Instant) -> Follower {
        let segments = anchor.timeline.segments();
        let total = anchor.timeline.total();
        let next_step = if anchor.announce {
            segments.partition_point(|segment| segment.start < anchor.position)
        } else {
            segments.partition_point(|segment| segment.start <= anchor.position)
        };
        let whole_beats = anchor.lead_in.as_secs();
        let count_in = (1..=whole_beats)
            .rev()
            .map(|beat| anchor.at - Duration::from_secs(beat))
            // A beat more than a beat late is not worth hearing.
            .filter(|beat| now.saturating_duration_since(*beat) < Duration::from_millis(500))
            .collect();
        // Picked up inside a step (a resume): its recording goes on from
        // there, in step with the clock, as the step's time does.
        let pending = (!anchor.announce)
            .then(|| anchor.timeline.index_at(anchor.position))
            .flatten()
            .and_then(|index| recording_of(&anchor, index, anchor.position));
        Follower {
            pending,
            end_done: anchor.position >= total && !anchor.announce,
            last_seen: anchor.position,
            count_in,
            next_step,
            count_ticks,
            anchor,
        }
    }

    pub fn anchor(&self) -> &Anchor {
        &self.anchor
    }

    /// The sound to start now, if any. Call again until it says `None`.
    pub fn due(&mut self, now: Instant) -> Option<Due> {
        if let Some(&beat) = self.count_in.first() {
            if beat <= now {
                self.count_in.remove(0);
                return Some(Due::CountIn);
            }
        }
        let position = self.anchor.position_at(now);
        let timeline = &self.anchor.timeline;
        let segments = timeline.segments();
        if now < self.anchor.at {
            return None;
        }
        if let Some(pending) = self.pending.take() {
            return Some(pending);
        }
        let mut newest = None;
        while let Some(segment) = segments.get(self.next_step) {
            if segment.start > position || segment.start >= timeline.total() {
                break;
            }
            newest = Some(self.next_step);
            self.next_step += 1;
        }
        let recording = newest.and_then(|index| recording_of(&self.anchor, index, position));
        let mut due = newest.and_then(|index| {
            segments[index]
                .cue
                .clone()
                .map(|cue| Due::Step { index, cue })
        });
        // Both sound together: the cue now, the recording at the next call.
        match due {
            Some(_) => self.pending = recording,
            None => due = recording,
        }
        if position >= timeline.total() && !self.end_done {
            self.end_done = true;
            self.pending = None;
            self.next_step = segments.len();
            due = timeline.end_cue().map(|cue| Due::End {
                cue: cue.to_owned(),
            });
        }
        let from = std::mem::replace(&mut self.last_seen, position);
        if due.is_none()
            && newest.is_none()
            && self.count_ticks
            && crossed_whole_second(&self.anchor, from, position)
        {
            return Some(Due::Count);
        }
        due
    }

    /// Marks everything already due as passed without playing it: used when
    /// the output comes back, so cues resume at the next boundary.
    pub fn skip_to(&mut self, now: Instant) {
        while self.due(now).is_some() {}
    }

    /// How long until something could be due: the next beat, boundary, end
    /// or (with counting on) whole second. `None` when nothing is left.
    pub fn next_wake(&self, now: Instant) -> Option<Duration> {
        if let Some(beat) = self.count_in.first() {
            return Some(beat.saturating_duration_since(now));
        }
        if self.pending.is_some() {
            return Some(self.anchor.at.saturating_duration_since(now));
        }
        let timeline = &self.anchor.timeline;
        // Boundaries without a sound need no waking up for.
        let next_cue = timeline.segments()[self.next_step.min(timeline.segments().len())..]
            .iter()
            .find(|segment| {
                (segment.cue.is_some() || segment.recording.is_some())
                    && segment.start < timeline.total()
            });
        let boundary = match next_cue {
            Some(segment) => segment.start,
            None if !self.end_done => timeline.total(),
            None => return None,
        };
        let until_start = self.anchor.at.saturating_duration_since(now);
        let position = self.anchor.position_at(now);
        let until_boundary = until_start + boundary.saturating_sub(position);
        if !self.count_ticks || until_start > Duration::ZERO {
            return Some(until_boundary);
        }
        let into_second = Duration::from_nanos(u64::from(position.subsec_nanos()));
        Some(until_boundary.min(Duration::from_secs(1).saturating_sub(into_second)))
    }

    /// Whether nothing more will ever be due.
    pub fn is_done(&self) -> bool {
        self.count_in.is_empty() && self.end_done && self.pending.is_none()
    }
}

/// The recording of the step at `index`, from where `position` stands in it.
fn recording_of(anchor: &Anchor, index: usize, position: Duration) -> Option<Due> {
    let segment = anchor.timeline.segments().get(index)?;
    let name = segment.recording.clone()?;
    Some(Due::Recording {
        index,
        name,
        from: position.saturating_sub(segment.start),
    })
}

/// Whether a whole second inside a step (not its start) lies in `(from, to]`.
fn crossed_whole_second(anchor: &Anchor, from: Duration, to: Duration) -> bool {
    if to <= from {
        return false;
    }
    let timeline = &anchor.timeline;
    let Some(index) = timeline.index_at(to) else {
        return false;
    };
    let segment = &timeline.segments()[index];
    let into = to.saturating_sub(segment.start);
    let whole = Duration::from_secs(into.as_secs());
    !whole.is_zero() && segment.start + whole > from && whole < segment.duration
}
