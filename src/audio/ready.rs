//! When an exercise's clock may start: once the sound output has answered
//! and every cue is decoded, so the first cue is heard on its beat. Two
//! bounds keep a session from waiting on sound for ever, and they are kept
//! apart because they mean different things:
//!
//! - an output that does not answer within [`DEVICE_WAIT`] is a sound system
//!   in trouble: the exercise starts without it and says so;
//! - cues still being decoded (or, with the built-in ones, made) by an
//!   output that did answer are only a busy machine: the clock waits up to
//!   [`CUES_WAIT`], because starting early would drop the first cues
//!   unheard.
//!
//! Pure: the window feeds it what arrived and when a bound passed.

use std::time::Duration;

/// How long an exercise waits for the sound output to answer.
pub const DEVICE_WAIT: Duration = Duration::from_millis(1200);
/// How long it waits for its cues once the output has answered. Every cue
/// file is size-capped, so only a stalled disk takes this long.
pub const CUES_WAIT: Duration = Duration::from_secs(8);

/// Which bound has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Device,
    Cues,
}

/// One exercise's sound getting ready: only what has arrived, not what it
/// said (the output's status and the cues' problems are kept where they
/// are shown, in the window's sound state).
#[derive(Debug, Default)]
pub struct Readiness {
    answered: bool,
    decoded: bool,
    gave_up: bool,
}

/// What the window should do after something arrived.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// Keep waiting.
    Wait,
    /// Start the clock now.
    Begin,
    /// Start the clock now: the output never answered, so sound is off.
    BeginSilent,
    /// Already started; nothing to do.
    Done,
}

impl Readiness {
    pub fn new() -> Readiness {
        Readiness::default()
    }

    /// The output answered (whatever it said).
    pub fn answered(&mut self) -> Verdict {
        self.answered = true;
        self.verdict()
    }

    /// Every cue is decoded or made (some may have failed).
    pub fn decoded(&mut self) -> Verdict {
        self.decoded = true;
        self.verdict()
    }

    /// A bound passed.
    pub fn waited(&mut self, bound: Bound) -> Verdict {
        if self.gave_up || self.is_ready() {
            return Verdict::Done;
        }
        match bound {
            Bound::Device if !self.answered => {
                self.gave_up = true;
                Verdict::BeginSilent
            }
            // The output answered: its cues are coming.
            Bound::Device => Verdict::Wait,
            Bound::Cues => {
                self.gave_up = true;
                Verdict::Begin
            }
        }
    }

    fn is_ready(&self) -> bool {
        self.answered && self.decoded
    }

    fn verdict(&self) -> Verdict {
        match (self.is_ready(), self.gave_up) {
            (_, true) => Verdict::Done,
            (true, false) => Verdict::Begin,
            (false, false) => Verdict::Wait,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_starts_when_both_the_output_and_the_cues_are_in() {
        let mut ready = Readiness::new();
        assert_eq!(ready.decoded(), Verdict::Wait);
        assert_eq!(ready.answered(), Verdict::Begin);
        let mut ready = Readiness::new();
        assert_eq!(ready.answered(), Verdict::Wait);
        assert_eq!(ready.decoded(), Verdict::Begin);
        assert_eq!(ready.waited(Bound::Device), Verdict::Done);
        assert_eq!(ready.waited(Bound::Cues), Verdict::Done);
    }

    #[test]
    fn slow_cues_behind_an_answering_output_are_waited_for() {
        let mut ready = Readiness::new();
        assert_eq!(ready.answered(), Verdict::Wait);
        assert_eq!(ready.waited(Bound::Device), Verdict::Wait);
        assert_eq!(ready.decoded(), Verdict::Begin);
    }

    #[test]
    fn an_output_that_never_answers_starts_the_exercise_without_sound() {
        let mut ready = Readiness::new();
        assert_eq!(ready.decoded(), Verdict::Wait);
        assert_eq!(ready.waited(Bound::Device), Verdict::BeginSilent);
        // What arrives afterwards changes nothing: the clock runs.
        assert_eq!(ready.answered(), Verdict::Done);
        assert_eq!(ready.waited(Bound::Cues), Verdict::Done);
    }

    #[test]
    fn cues_that_never_come_start_the_exercise_at_the_second_bound() {
        let mut ready = Readiness::new();
        assert_eq!(ready.answered(), Verdict::Wait);
        assert_eq!(ready.waited(Bound::Device), Verdict::Wait);
        assert_eq!(ready.waited(Bound::Cues), Verdict::Begin);
        assert_eq!(ready.decoded(), Verdict::Done);
    }
}
