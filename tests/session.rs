//! The timeline engine, driven by a fake clock: a fixed base `Instant` plus offsets.

use std::sync::Arc;
use std::time::{Duration, Instant};

use steady::exercise::parse;
use steady::session::{Session, State};
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
fn skipping_past_the_last_step_ends_the_session_at_once() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    for _ in 0..12 {
        session.next(clock.at(100));
    }
    assert!(session.is_finished(clock.at(100)));
    assert!(!session.is_running(clock.at(100)));
    assert_eq!(session.state(clock.at(100)), State::Finished);
    // Nothing further to skip to.
    session.next(clock.at(300));
    assert!(session.is_finished(clock.at(300)));
}

#[test]
fn a_paused_new_session_does_not_move() {
    let clock = FakeClock::new();
    let session = Session::new(timeline());
    assert_eq!(session.elapsed(clock.at(10_000)), Duration::ZERO);
    assert!(!session.is_running(clock.at(10_000)));
    assert!(session.anchor().is_none(), "nothing to hear");
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
fn practised_time_is_time_spent_not_the_position_skipped_to() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    // Skip all twelve steps within two seconds.
    for step in 0..12 {
        session.next(clock.at(step * 160));
    }
    assert!(session.is_finished(clock.at(2_000)));
    assert_eq!(session.elapsed(clock.at(2_000)), secs(48.0));
    assert_eq!(
        session.practised(clock.at(2_000)),
        Duration::from_millis(11 * 160)
    );
    // Pauses do not count either, nor time after the end.
    let mut session = Session::started(timeline(), clock.at(0));
    session.pause(clock.at(10_000));
    session.resume(clock.at(70_000));
    assert_eq!(session.practised(clock.at(75_000)), secs(15.0));
    assert_eq!(session.practised(clock.at(500_000)), secs(48.0));
}

#[test]
fn the_lead_in_counts_down_before_the_clock_moves() {
    let clock = FakeClock::new();
    let mut session = Session::new(timeline());
    session.start(clock.at(0), secs(3.0));
    assert_eq!(
        session.state(clock.at(1_000)),
        State::LeadIn { left: secs(2.0) }
    );
    assert!(session.is_running(clock.at(1_000)));
    assert_eq!(session.elapsed(clock.at(2_999)), Duration::ZERO);
    assert_eq!(session.practised(clock.at(2_999)), Duration::ZERO);
    assert_eq!(session.state(clock.at(3_000)), State::Running);
    assert_eq!(session.elapsed(clock.at(7_000)), secs(4.0));
    let anchor = session.anchor().expect("moving");
    assert_eq!(anchor.at, clock.at(3_000));
    assert_eq!(anchor.lead_in, secs(3.0));
    assert!(anchor.announce, "the first step is heard");
}

#[test]
fn a_long_lead_in_to_read_counts_in_only_at_its_end_and_can_end_early() {
    let clock = FakeClock::new();
    let mut session = Session::new(timeline());
    // Twenty seconds to read the intro, the usual three-second count-in.
    session.start_counting_in(clock.at(0), secs(20.0), secs(3.0));
    assert_eq!(
        session.state(clock.at(5_000)),
        State::LeadIn { left: secs(15.0) }
    );
    let anchor = session.anchor().expect("counting in");
    assert_eq!(anchor.at, clock.at(20_000));
    assert_eq!(
        anchor.lead_in,
        secs(3.0),
        "only the last seconds are counted"
    );
    // Space: the first step starts now, and is heard now.
    session.begin_now(clock.at(6_000));
    assert_eq!(session.state(clock.at(6_000)), State::Running);
    assert_eq!(session.elapsed(clock.at(8_000)), secs(2.0));
    let anchor = session.anchor().expect("moving");
    assert_eq!(anchor.at, clock.at(6_000));
    assert_eq!(anchor.lead_in, Duration::ZERO);
    assert!(anchor.announce);
    // Once running, it does nothing.
    session.begin_now(clock.at(9_000));
    assert_eq!(session.elapsed(clock.at(9_000)), secs(3.0));
}

#[test]
fn an_anchor_announces_only_a_step_start() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    session.pause(clock.at(5_500));
    session.resume(clock.at(9_000));
    let anchor = session.anchor().expect("running");
    assert_eq!(anchor.position, secs(5.5));
    assert!(!anchor.announce, "resuming mid-step repeats nothing");
    session.next(clock.at(9_500));
    let anchor = session.anchor().expect("running");
    assert_eq!(anchor.position, secs(8.0));
    assert!(
        anchor.announce,
        "a skip lands on a step start, which is heard"
    );
}

#[test]
fn skipping_while_paused_stays_paused_and_resumes_on_the_new_step() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    session.pause(clock.at(1_000));
    session.next(clock.at(2_000));
    assert_eq!(session.state(clock.at(3_000)), State::Paused);
    assert!(session.anchor().is_none());
    session.resume(clock.at(5_000));
    let anchor = session.anchor().expect("running");
    assert_eq!((anchor.position, anchor.announce), (secs(4.0), true));
    // Restart while paused likewise.
    session.pause(clock.at(6_000));
    session.restart(clock.at(7_000));
    session.resume(clock.at(8_000));
    let anchor = session.anchor().expect("running");
    assert_eq!((anchor.position, anchor.announce), (Duration::ZERO, true));
}

#[test]
fn skipping_to_the_end_while_paused_still_reaches_the_end_now() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    session.next(clock.at(0));
    for _ in 0..10 {
        session.next(clock.at(100));
    }
    session.pause(clock.at(200));
    session.next(clock.at(300));
    assert!(session.is_finished(clock.at(300)));
    let anchor = session.anchor().expect("the end is still to be heard");
    assert_eq!(anchor.position, secs(48.0));
    assert_eq!(anchor.at, clock.at(300));
    assert!(anchor.announce);
}

#[test]
fn next_part_of_a_single_exercise_goes_to_the_end() {
    let clock = FakeClock::new();
    let mut session = Session::started(timeline(), clock.at(0));
    session.next_part(clock.at(1_000));
    assert!(session.is_finished(clock.at(1_000)));
}
