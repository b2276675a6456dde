//! Lines waiting to be written to the history: a session that ended while
//! the disk was full, the data folder unwritable, or a write still under
//! way. Nothing is dropped: the lines stay here, in order, until a write
//! succeeds, and the reason of the last failure is kept to be shown.

use super::record::Line;
use crate::error::Error;

#[derive(Debug, Default)]
pub struct Outbox {
    waiting: Vec<Line>,
    /// How many of the first lines a write is taking care of now.
    in_flight: usize,
    /// Why the last write failed; cleared by the next one that succeeds.
    failure: Option<Error>,
}

impl Outbox {
    pub fn push(&mut self, line: Line) {
        self.waiting.push(line);
    }

    /// The lines to write now, unless a write is already under way (the
    /// next one starts when it ends, so lines stay in order).
    pub fn take_batch(&mut self) -> Option<Vec<Line>> {
        if self.in_flight > 0 || self.waiting.is_empty() {
            return None;
        }
        self.in_flight = self.waiting.len();
        Some(self.waiting.clone())
    }

    /// The write of the last batch ended: written lines leave, failed ones stay.
    pub fn written(&mut self, result: Result<(), Error>) {
        let count = std::mem::take(&mut self.in_flight).min(self.waiting.len());
        match result {
            Ok(()) => {
                self.waiting.drain(..count);
                self.failure = None;
            }
            Err(error) => self.failure = Some(error),
        }
    }

    /// Everything waiting, for a write that must happen before Steady exits.
    /// A write already under way on another thread may write some of these
    /// lines too; the reader folds a repeated line into one session.
    pub fn take_all(&mut self) -> Vec<Line> {
        self.in_flight = 0;
        std::mem::take(&mut self.waiting)
    }

    /// Puts lines back that could not be written at exit, with the reason.
    pub fn put_back(&mut self, mut lines: Vec<Line>, error: Error) {
        lines.append(&mut self.waiting);
        self.waiting = lines;
        self.failure = Some(error);
    }

    /// The lines not yet on disk, oldest first.
    pub fn waiting(&self) -> &[Line] {
        &self.waiting
    }

    pub fn failure(&self) -> Option<&Error> {
        self.failure.as_ref()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// Sessions not yet on disk (amendments are not counted).
    pub fn sessions_waiting(&self) -> usize {
        self.waiting
            .iter()
            .filter(|line| matches!(line, Line::Record(_)))
            .count()
    }
}
