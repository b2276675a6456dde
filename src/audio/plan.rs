//! Which cue to play after a look at the session.
//!
//! The session reports every boundary exactly once, however late the look.
//! When one look crosses several boundaries (the app stalled for a whole step)
//! only the newest cue plays: three tones stacked late would say nothing
//! useful, while the newest one still says where the person is now.

use std::time::{Duration, Instant};

use super::cues::COUNT;
use crate::session::{Boundary, Crossed, Session};
use crate::timeline::Timeline;

/// The cue to play now, if any.
pub fn cue_to_play<'a>(
    timeline: &'a Timeline,
    crossed: &Crossed,
    count_ticks: bool,
) -> Option<&'a str> {
    if let Some(newest) = crossed.boundaries.last() {
        return match newest {
            Boundary::End => timeline.end_cue(),
            Boundary::Step(index) => timeline
                .segments()
                .get(*index)
                .and_then(|segment| segment.cue.as_deref()),
        };
    }
    (count_ticks && crossed_whole_second(timeline, crossed.from, crossed.to)).then_some(COUNT)
}

/// How long the audio owner may sleep before something could need playing:
/// the next boundary, or with counting on, the next whole second of a step.
pub fn next_wake(session: &Session, now: Instant, count_ticks: bool) -> Option<Duration> {
    let boundary = session.until_next_boundary(now)?;
    if !count_ticks {
        return Some(boundary);
    }
    let into_second = Duration::from_nanos(u64::from(session.elapsed(now).subsec_nanos()));
    let next_second = Duration::from_secs(1).saturating_sub(into_second);
    Some(boundary.min(next_second))
}

/// Whether a whole second inside a step (not its start) lies in `(from, to]`.
fn crossed_whole_second(timeline: &Timeline, from: Duration, to: Duration) -> bool {
    if to <= from {
        return false;
    }
    let Some(index) = timeline.index_at(to) else {
        return false;
    };
    let segment = &timeline.segments()[index];
    let into = to.saturating_sub(segment.start);
    let whole = Duration::from_secs(into.as_secs());
    !whole.is_zero() && segment.start + whole > from && whole < segment.duration
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::exercise::parse;
    use crate::session::Session;

    const PATTERN: &str = r#"(
        version: 1, id: "t", title: "T", summary: "T.",
        practice: Breathing(
            phases: [(breath: Inhale, seconds: 3), (breath: Hold, seconds: 2), (breath: Exhale, seconds: 3)],
            repeat: Cycles(2),
        ),
        cues: (inhale: "rise", exhale: "fall", end: "bell"),
    )"#;

    fn timeline() -> Arc<Timeline> {
        Arc::new(Timeline::from_exercise(&parse(PATTERN).expect("valid")))
    }

    /// Looks every `step_ms` from 0 to `until_ms`, pausing during `paused`,
    /// and returns (time, cue) for each cue played.
    fn run(
        step_ms: u64,
        until_ms: u64,
        paused: Option<(u64, u64)>,
        count: bool,
    ) -> Vec<(u64, String)> {
        let timeline = timeline();
        let base = Instant::now();
        let at = |ms| base + Duration::from_millis(ms);
        let mut session = Session::started(timeline.clone(), at(0));
        let mut played = Vec::new();
        let mut ms = 0;
        while ms <= until_ms {
            if let Some((pause, resume)) = paused {
                if ms == pause {
                    session.pause(at(ms));
                }
                if ms == resume {
                    session.resume(at(ms));
                }
            }
            let crossed = session.take_crossed(at(ms));
            if let Some(cue) = cue_to_play(&timeline, &crossed, count) {
                played.push((ms, cue.to_owned()));
            }
            ms += step_ms;
        }
        played
    }

    fn names(played: &[(u64, String)]) -> Vec<&str> {
        played.iter().map(|(_, name)| name.as_str()).collect()
    }

    #[test]
    fn each_step_cue_plays_once_at_its_boundary() {
        let played = run(100, 20_000, None, false);
        assert_eq!(
            played,
            vec![
                (0, "rise".to_owned()),
                (5_000, "fall".to_owned()),
                (8_000, "rise".to_owned()),
                (13_000, "fall".to_owned()),
                (16_000, "bell".to_owned()),
            ]
        );
    }

    #[test]
    fn nothing_repeats_after_pause_and_resume() {
        // Pause in the middle of the first exhale for 4 s.
        let played = run(100, 25_000, Some((6_000, 10_000)), false);
        assert_eq!(names(&played), ["rise", "fall", "rise", "fall", "bell"]);
        // Every later cue is shifted by exactly the pause.
        assert_eq!(played[2].0, 12_000);
        assert_eq!(played[4].0, 20_000);
        // And nothing at all plays while paused.
        assert!(played.iter().all(|(ms, _)| !(6_000..10_000).contains(ms)));
    }

    #[test]
    fn a_late_look_plays_the_cue_it_missed_late_instead_of_skipping_it() {
        // Looks come every 700 ms: the 5 s exhale cue is heard at 5.6 s, once.
        let played = run(700, 20_000, None, false);
        assert_eq!(names(&played), ["rise", "fall", "rise", "fall", "bell"]);
        assert_eq!(played[1].0, 5_600);
    }

    #[test]
    fn a_look_that_crosses_several_boundaries_plays_only_the_newest() {
        // One look per 6 s. At 6 s it crossed hold and exhale: "fall" plays once.
        // At 12 s it crossed inhale and hold: the person is holding, so silence.
        let played = run(6_000, 18_000, None, false);
        assert_eq!(
            played,
            [
                (0, "rise".to_owned()),
                (6_000, "fall".to_owned()),
                (18_000, "bell".to_owned())
            ]
        );
    }

    #[test]
    fn the_owner_sleeps_exactly_until_the_next_boundary_or_second() {
        let timeline = timeline();
        let base = Instant::now();
        let at = |ms| base + Duration::from_millis(ms);
        let mut session = Session::started(timeline, at(0));
        assert_eq!(next_wake(&session, at(0), false), Some(Duration::ZERO));
        let _ = session.take_crossed(at(0));
        assert_eq!(
            next_wake(&session, at(1_200), false),
            Some(Duration::from_millis(1_800))
        );
        assert_eq!(
            next_wake(&session, at(1_200), true),
            Some(Duration::from_millis(800))
        );
        session.pause(at(1_200));
        assert_eq!(next_wake(&session, at(5_000), false), None);
    }

    #[test]
    fn count_ticks_fall_on_whole_seconds_inside_steps() {
        let played = run(100, 8_000, None, true);
        let ticks: Vec<u64> = played
            .iter()
            .filter(|(_, name)| name == COUNT)
            .map(|(ms, _)| *ms)
            .collect();
        // Inhale 0-3 s: ticks at 1 and 2; hold 3-5: at 4; exhale 5-8: at 6 and 7.
        assert_eq!(ticks, [1_000, 2_000, 4_000, 6_000, 7_000]);
        assert!(run(100, 8_000, None, false)
            .iter()
            .all(|(_, name)| name != COUNT));
    }
}
