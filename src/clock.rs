//! Where "now" comes from: the real clock, or a hand-moved one for tests.
//! Both kinds of time come from here: the monotonic instant that sessions
//! are timed with, and the wall-clock time that records and reminders use.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

#[derive(Debug, Clone, Default)]
pub enum Clock {
    #[default]
    System,
    Manual(Arc<Mutex<Moment>>),
}

/// A hand-moved clock's reading: both kinds of time move together.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    pub instant: Instant,
    pub wall: DateTime<Local>,
}

impl Clock {
    /// A clock that only moves when `advance` is called; its wall time
    /// starts at the real time now.
    pub fn manual() -> Clock {
        Clock::manual_from(Local::now())
    }

    /// A hand-moved clock whose wall time starts at `wall`.
    pub fn manual_from(wall: DateTime<Local>) -> Clock {
        Clock::Manual(Arc::new(Mutex::new(Moment {
            instant: Instant::now(),
            wall,
        })))
    }

    pub fn now(&self) -> Instant {
        match self {
            Clock::System => Instant::now(),
            Clock::Manual(moment) => {
                moment
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .instant
            }
        }
    }

    /// The local wall-clock time: when a session began, which day it is.
    pub fn wall(&self) -> DateTime<Local> {
        match self {
            Clock::System => Local::now(),
            Clock::Manual(moment) => moment.lock().unwrap_or_else(PoisonError::into_inner).wall,
        }
    }

    /// Moves a manual clock forward; the system clock moves by itself.
    pub fn advance(&self, by: Duration) {
        if let Clock::Manual(moment) = self {
            let mut moment = moment.lock().unwrap_or_else(PoisonError::into_inner);
            moment.instant += by;
            moment.wall += chrono::TimeDelta::from_std(by).unwrap_or(chrono::TimeDelta::zero());
        }
    }
}
