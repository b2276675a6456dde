//! The timeline engine, driven by a fake clock: a fixed base `Instant` plus offsets.

use std::sync::Arc;
use std::time::{Duration, Instant};

use steady::exercise::parse;
use steady::session::{Boundary, Session};
use steady::timeline::{StepKind, Timeline};

const BOX: &str = r#"(
    version: 1, id: "box", title: "Box", summary: "Box.",
    practice: Breathing(
        phases: [
            (breath: Inhale, seconds: 4),
            (breath: Hold, seconds: 4),
            (breath: Exhale, seconds: 4),
            (breath: HoldEmpty, seconds: 4),
        ],
        repeat: Cycles(3),
    ),
    cues: (inhale: "rise", exhale: "fall", end: "bell"),
)"#;

fn timeline() -> Arc<Timeline> {
    Arc::new(Timeline::from_exercise(
        &parse(BOX).expect("fixture is valid"),
    ))
}

struct FakeClock {
    base: Instant,
}

impl FakeClock {
    fn new() -> Self {
        FakeClock {
            base: Instant::now(),
        }
    }

    fn at(&self, millis: u64) -> Instant {
        self.base + Duration::from_millis(millis)
    }
}

fn secs(value: f64) -> Duration {
    Duration::from_secs_f64(value)
}

#[test]
fn total_is_the_sum_of_segments_and_segments_touch() {
    let timeline = timeline();
    let sum: Duration = timeline.segments().iter().map(|s| s.duration).sum();
    assert_eq!(timeline.total(), sum);
    assert_eq!(timeline.total(), secs(48.0));
    assert_eq!(timeline.segments().len(), 12);
    for pair in timeline.segments().windows(2) {
        assert_eq!(pair[0].end(), pair[1].start);
    }
}

#[test]
fn boundaries_fall_at_exact_times() {
    let clock = FakeClock::new();
    let session = Session::started(timeline(), clock.at(0));
    let at = |ms| session.position(clock.at(ms)).expect("still running");
    assert_eq!(at(0).index, 0);
    assert_eq!(at(3_999).index, 0);
    assert_eq!(at(4_000).index, 1);
    assert_eq!(
        at(4_000).segment.kind,
        StepKind::Breath(steady::exercise::Breath::Hold)
    );
    assert_eq!(at(15_999).index, 3);
    assert_eq!(at(16_000).index, 4);
    assert_eq!(
        at(16_000).segment.cycle.map(|c| (c.number, c.of)),
        Some((2, 3))
    );
    assert_eq!(at(47_999).index, 11);
    assert!(session.position(clock.at(48_000)).is_none());
    assert!(session.is_finished(clock.at(48_000)));
}

#[test]
fn position_reports_time_left_and_progress() {
    let clock = FakeClock::new();
    let session = Session::started(timeline(), clock.at(0));
    let position = session.position(clock.at(5_000)).expect("running");
    assert_eq!(position.in_segment, secs(1.0));
    assert_eq!(position.segment_left, secs(3.0));
    assert!((position.segment_progress - 0.25).abs() < 1e-6);
    assert!((position.overall_progress - 5.0 / 48.0).abs() < 1e-6);
    assert_eq!(position.total_left, secs(43.0));
}

#[test]
fn pause_stops_time_and_resume_continues() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    session.pause(clock.at(2_000));
    assert_eq!(session.elapsed(clock.at(60_000)), secs(2.0));
    session.resume(clock.at(60_000));
    assert_eq!(session.elapsed(clock.at(61_500)), secs(3.5));
}

#[test]
fn ten_thousand_pause_resume_cycles_do_not_drift() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    let mut now = 0u64;
    let mut running = 0u64;
    for cycle in 0..10_000u64 {
        // Run 3 ms, pause for an irregular while.
        now += 3;
        running += 3;
        session.pause(clock.at(now));
        now += 1 + cycle % 7;
        session.resume(clock.at(now));
    }
    assert_eq!(
        session.elapsed(clock.at(now)),
        Duration::from_millis(running)
    );
    assert_eq!(running, 30_000);
}

#[test]
fn a_late_look_reports_every_boundary_once_in_order() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    assert_eq!(
        session.take_crossed(clock.at(0)).boundaries,
        vec![Boundary::Step(0)]
    );
    // The tick that should have come at 4 s comes 3 s late, at 7 s... then one at 11 s.
    let late = session.take_crossed(clock.at(7_000));
    assert_eq!(late.boundaries, vec![Boundary::Step(1)]);
    assert_eq!((late.from, late.to), (secs(0.0), secs(7.0)));
    // A very late look crosses two boundaries: both reported, in order.
    let very_late = session.take_crossed(clock.at(13_000));
    assert_eq!(
        very_late.boundaries,
        vec![Boundary::Step(2), Boundary::Step(3)]
    );
    // Looking again at once reports nothing new.
    assert!(session.take_crossed(clock.at(13_000)).boundaries.is_empty());
}

#[test]
fn boundaries_are_not_repeated_after_pause_and_resume() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    let mut seen = Vec::new();
    for ms in (0..=60_000).step_by(250) {
        if ms == 4_000 {
            session.pause(clock.at(ms));
        }
        if ms == 9_000 {
            session.resume(clock.at(ms));
        }
        seen.extend(session.take_crossed(clock.at(ms)).boundaries);
    }
    let mut expected: Vec<Boundary> = (0..12).map(Boundary::Step).collect();
    expected.push(Boundary::End);
    assert_eq!(seen, expected);
}

#[test]
fn next_and_previous_jump_to_step_starts() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    session.next(clock.at(1_000));
    assert_eq!(session.elapsed(clock.at(1_000)), secs(4.0));
    assert_eq!(session.elapsed(clock.at(2_000)), secs(5.0));
    // Past the grace period: back to the start of this step.
    session.previous(clock.at(3_000));
    assert_eq!(session.elapsed(clock.at(3_000)), secs(4.0));
    // Right at a step start: back to the step before.
    session.previous(clock.at(3_100));
    assert_eq!(session.elapsed(clock.at(3_100)), secs(0.0));
    // Previous at the very first step stays there.
    session.previous(clock.at(3_200));
    assert_eq!(session.elapsed(clock.at(3_200)), secs(0.0));
}

#[test]
fn skipping_announces_the_step_landed_on_but_not_the_ones_jumped_over() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    let _ = session.take_crossed(clock.at(0));
    session.next(clock.at(500));
    assert_eq!(
        session.take_crossed(clock.at(500)).boundaries,
        vec![Boundary::Step(1)]
    );
    session.restart(clock.at(600));
    assert_eq!(
        session.take_crossed(clock.at(600)).boundaries,
        vec![Boundary::Step(0)]
    );
    assert!(session.is_running());
}

#[test]
fn skipping_past_the_last_step_ends_the_session_once() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    let _ = session.take_crossed(clock.at(0));
    for _ in 0..12 {
        session.next(clock.at(100));
    }
    assert!(session.is_finished(clock.at(100)));
    assert!(!session.is_running());
    assert_eq!(
        session.take_crossed(clock.at(100)).boundaries,
        vec![Boundary::End]
    );
    assert!(session.take_crossed(clock.at(200)).boundaries.is_empty());
    // Nothing further to skip to.
    session.next(clock.at(300));
    assert!(session.is_finished(clock.at(300)));
}

#[test]
fn a_paused_new_session_does_not_move() {
    let clock = FakeClock::new();
    let session = Session::new(timeline());
    assert_eq!(session.elapsed(clock.at(10_000)), Duration::ZERO);
    assert!(!session.is_running());
}

#[test]
fn cues_come_from_steps_then_exercise_defaults() {
    let timeline = timeline();
    let cues: Vec<Option<&str>> = timeline.segments()[..4]
        .iter()
        .map(|s| s.cue.as_deref())
        .collect();
    assert_eq!(cues, vec![Some("rise"), None, Some("fall"), None]);
    assert_eq!(timeline.end_cue(), Some("bell"));
}

#[test]
fn a_copy_handed_over_on_resume_announces_only_what_is_new() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    // The holder looks at 5.5 s (inhale and hold passed), pauses, resumes later.
    let _ = session.take_crossed(clock.at(5_500));
    session.pause(clock.at(5_500));
    session.resume(clock.at(9_000));
    let mut copy = session.clone();
    assert!(copy.take_crossed(clock.at(9_000)).boundaries.is_empty());
    // 2.5 s of running later the exhale starts: the copy announces it, once.
    assert_eq!(
        copy.take_crossed(clock.at(11_500)).boundaries,
        vec![Boundary::Step(2)]
    );
    assert_eq!(copy.until_next_boundary(clock.at(11_500)), Some(secs(4.0)));
}
