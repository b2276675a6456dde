//! What to say when, for a session handed over as an [`Anchor`]: the same
//! anchor the cues follow, so words and cues can never disagree about where
//! the session is.
//!
//! Every new anchor (a start, a resume, a skip) says the step it lands in
//! from its beginning; each later step is said as it starts. A step with
//! nothing to say hushes what is left of the last one, so words never run
//! into the next step. Pure: every call takes `now`.

use std::time::{Duration, Instant};

use super::{heard, Choice};
use crate::session::Anchor;

/// What the speech side should do now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// Stop what is being said and say these words (the step at `index`).
    Say { index: usize, words: String },
    /// Stop what is being said: a step without words, or the end.
    Hush,
}

#[derive(Debug, Clone)]
pub struct Follower {
    anchor: Anchor,
    choice: Choice,
    /// The first step not yet said or passed over.
    next: usize,
    end_done: bool,
}

impl Follower {
    pub fn new(anchor: Anchor, choice: Choice) -> Follower {
        let timeline = &anchor.timeline;
        let next = timeline
            .index_at(anchor.position)
            .unwrap_or(timeline.segments().len());
        Follower {
            end_done: anchor.position >= timeline.total(),
            anchor,
            choice,
            next,
        }
    }

    pub fn anchor(&self) -> &Anchor {
        &self.anchor
    }

    pub fn choice(&self) -> Choice {
        self.choice
    }

    /// What to do now, if anything. When one look crosses several steps
    /// (the thread stalled) only the newest is said.
    pub fn due(&mut self, now: Instant) -> Option<Due> {
        if now < self.anchor.at {
            return None;
        }
        let timeline = &self.anchor.timeline;
        let segments = timeline.segments();
        let position = self.anchor.position_at(now);
        if position >= timeline.total() {
            if self.end_done {
                return None;
            }
            self.end_done = true;
            self.next = segments.len();
            return Some(Due::Hush);
        }
        let mut newest = None;
        while let Some(segment) = segments.get(self.next) {
            if segment.start > position {
                break;
            }
            newest = Some(self.next);
            self.next += 1;
        }
        let index = newest?;
        Some(match heard(&segments[index], self.choice) {
            Some(words) => Due::Say {
                index,
                words: words.to_owned(),
            },
            None => Due::Hush,
        })
    }

    /// How long until something could be due; `None` when nothing is left.
    pub fn next_wake(&self, now: Instant) -> Option<Duration> {
        if self.end_done {
            return None;
        }
        let timeline = &self.anchor.timeline;
        let boundary = timeline
            .segments()
            .get(self.next)
            .map_or(timeline.total(), |segment| segment.start);
        let until_start = self.anchor.at.saturating_duration_since(now);
        let position = self.anchor.position_at(now);
        Some(until_start + boundary.saturating_sub(position))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::exercise::parse;
    use crate::timeline::Timeline;

    const PMR: &str = r#"(
        version: 1, id: "t", title: "T", summary: "S",
        practice: Relaxation(tense_seconds: 5, release_seconds: 10, groups: [
            (name: "Hands", tense: "Make fists.", release: "Let go."),
            (name: "Feet", tense: "Curl your toes.", release: "Let them rest.",
             tense_say: "Feet. Curl your toes, gently."),
        ]),
    )"#;

    fn anchor(position: u64, at: Instant) -> Anchor {
        let exercise = parse(PMR).expect("a valid exercise");
        let timeline = Arc::new(Timeline::from_exercise(&exercise));
        Anchor {
            timeline,
            position: Duration::from_secs(position),
            at,
            announce: true,
            lead_in: Duration::ZERO,
        }
    }

    const STEPS: Choice = Choice {
        steps: true,
        breaths: false,
    };

    fn say(index: usize, words: &str) -> Option<Due> {
        Some(Due::Say {
            index,
            words: words.to_owned(),
        })
    }

    #[test]
    fn each_step_is_said_as_it_starts_and_the_end_hushes() {
        let start = Instant::now();
        let mut follower = Follower::new(anchor(0, start), STEPS);
        assert_eq!(follower.due(start), say(0, "Hands. Make fists."));
        assert_eq!(follower.due(start), None);
        assert_eq!(follower.next_wake(start), Some(Duration::from_secs(5)));
        let at = |seconds| start + Duration::from_secs(seconds);
        assert_eq!(follower.due(at(4)), None);
        assert_eq!(follower.due(at(5)), say(1, "Let go."));
        assert_eq!(
            follower.due(at(15)),
            say(2, "Feet. Curl your toes, gently.")
        );
        assert_eq!(follower.due(at(20)), say(3, "Let them rest."));
        assert_eq!(follower.due(at(30)), Some(Due::Hush));
        assert_eq!(follower.due(at(31)), None);
        assert_eq!(follower.next_wake(at(31)), None);
    }

    #[test]
    fn a_new_anchor_mid_step_says_that_step_from_its_beginning() {
        // A resume 7 s in: the letting-go step is said again, whole.
        let now = Instant::now();
        let mut follower = Follower::new(anchor(7, now), STEPS);
        assert_eq!(follower.due(now), say(1, "Let go."));
    }

    #[test]
    fn a_lead_in_waits_and_a_stall_says_only_the_newest_step() {
        let now = Instant::now();
        let begins = now + Duration::from_secs(3);
        let mut follower = Follower::new(anchor(0, begins), STEPS);
        assert_eq!(follower.due(now), None);
        assert_eq!(follower.next_wake(now), Some(Duration::from_secs(3)));
        assert_eq!(follower.due(begins), say(0, "Hands. Make fists."));
        assert_eq!(
            follower.due(begins + Duration::from_secs(16)),
            say(2, "Feet. Curl your toes, gently.")
        );
    }

    #[test]
    fn reading_turned_on_mid_session_says_the_step_under_way_only() {
        // The anchor was handed over at the start; reading is turned on 16 s in.
        let start = Instant::now();
        let mut follower = Follower::new(anchor(0, start), STEPS);
        assert_eq!(
            follower.due(start + Duration::from_secs(16)),
            say(2, "Feet. Curl your toes, gently.")
        );
    }

    #[test]
    fn with_reading_off_every_step_hushes() {
        let now = Instant::now();
        let mut follower = Follower::new(anchor(0, now), Choice::default());
        assert_eq!(follower.due(now), Some(Due::Hush));
    }
}
