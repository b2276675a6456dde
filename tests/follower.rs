//! The audio side's boundary follower, driven by a fake clock: which cue is
//! due when, for the anchors the session hands over.

use std::sync::Arc;
use std::time::{Duration, Instant};

use steady::audio::follow::{Due, Follower};
use steady::exercise::parse;
use steady::session::Session;
use steady::timeline::Timeline;

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

struct Clock(Instant);

impl Clock {
    fn at(&self, ms: u64) -> Instant {
        self.0 + Duration::from_millis(ms)
    }
}

fn name(due: &Due) -> String {
    match due {
        Due::Step { cue, .. } | Due::End { cue } => cue.clone(),
        Due::Recording { name, from, .. } => format!("{name}@{}", from.as_millis()),
        Due::Count => "count".into(),
        Due::CountIn => "count-in".into(),
    }
}

/// Looks every `step_ms` from `from_ms` to `until_ms`; (time, cue) for each cue due.
fn listen(
    follower: &mut Follower,
    clock: &Clock,
    from_ms: u64,
    until_ms: u64,
    step_ms: u64,
) -> Vec<(u64, String)> {
    let mut heard = Vec::new();
    let mut ms = from_ms;
    while ms <= until_ms {
        while let Some(due) = follower.due(clock.at(ms)) {
            heard.push((ms, name(&due)));
        }
        ms += step_ms;
    }
    heard
}

fn pairs(list: &[(u64, &str)]) -> Vec<(u64, String)> {
    list.iter()
        .map(|(ms, name)| (*ms, (*name).to_owned()))
        .collect()
}

#[test]
fn each_step_cue_is_due_once_at_its_boundary() {
    let clock = Clock(Instant::now());
    let session = Session::started(timeline(), clock.at(0));
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
    assert_eq!(
        listen(&mut follower, &clock, 0, 20_000, 100),
        pairs(&[
            (0, "rise"),
            (5_000, "fall"),
            (8_000, "rise"),
            (13_000, "fall"),
            (16_000, "bell")
        ])
    );
    assert!(follower.is_done());
    assert_eq!(
        follower.next_wake(clock.at(20_000)),
        None,
        "nothing left: the owner sleeps"
    );
}

#[test]
fn the_owner_sleeps_exactly_until_the_next_boundary_or_second() {
    let clock = Clock(Instant::now());
    let session = Session::started(timeline(), clock.at(0));
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
    assert_eq!(follower.next_wake(clock.at(0)), Some(Duration::ZERO));
    let _ = follower.due(clock.at(0));
    assert_eq!(
        follower.next_wake(clock.at(1_200)),
        Some(Duration::from_millis(3_800))
    );
    let mut counting = Follower::new(session.anchor().expect("running"), true, clock.at(0));
    let _ = counting.due(clock.at(0));
    assert_eq!(
        counting.next_wake(clock.at(1_200)),
        Some(Duration::from_millis(800))
    );
}

#[test]
fn a_late_look_plays_the_missed_cue_late_and_a_very_late_one_only_the_newest() {
    let clock = Clock(Instant::now());
    let session = Session::started(timeline(), clock.at(0));
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
    // Looks every 700 ms: the 5 s exhale cue is heard at 5.6 s, once.
    let heard = listen(&mut follower, &clock, 0, 20_000, 700);
    assert_eq!(heard[1], (5_600, "fall".to_owned()));
    assert_eq!(heard.len(), 5);
    // One look per 6 s: at 6 s it crossed hold and exhale: "fall" once; at
    // 12 s it crossed inhale and hold: the person is holding, so silence.
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
    assert_eq!(
        listen(&mut follower, &clock, 0, 18_000, 6_000),
        pairs(&[(0, "rise"), (6_000, "fall"), (18_000, "bell")])
    );
}

#[test]
fn count_ticks_fall_on_whole_seconds_inside_steps() {
    let clock = Clock(Instant::now());
    let session = Session::started(timeline(), clock.at(0));
    let mut follower = Follower::new(session.anchor().expect("running"), true, clock.at(0));
    let ticks: Vec<u64> = listen(&mut follower, &clock, 0, 8_000, 100)
        .into_iter()
        .filter(|(_, name)| name == "count")
        .map(|(ms, _)| ms)
        .collect();
    // Inhale 0-3 s: ticks at 1 and 2; hold 3-5: at 4; exhale 5-8: at 6 and 7.
    assert_eq!(ticks, [1_000, 2_000, 4_000, 6_000, 7_000]);
}

#[test]
fn the_lead_in_counts_in_then_the_first_cue_lands_on_the_first_step() {
    let clock = Clock(Instant::now());
    let mut session = Session::new(timeline());
    session.start(clock.at(0), Duration::from_secs(3));
    let mut follower = Follower::new(session.anchor().expect("counting in"), false, clock.at(0));
    assert_eq!(
        listen(&mut follower, &clock, 0, 5_000, 10),
        pairs(&[
            (0, "count-in"),
            (1_000, "count-in"),
            (2_000, "count-in"),
            (3_000, "rise")
        ])
    );
}

/// The cases of the first release, each a jump the person made.
mod regressions {
    use super::*;

    #[test]
    fn next_on_the_last_step_rings_the_end_bell_at_once() {
        let clock = Clock(Instant::now());
        let mut session = Session::started(timeline(), clock.at(0));
        for _ in 0..5 {
            session.next(clock.at(1_000));
        }
        // On the last step (exhale of cycle 2); → at 1.2 s ends the session.
        session.next(clock.at(1_200));
        assert!(session.is_finished(clock.at(1_200)));
        let mut follower =
            Follower::new(session.anchor().expect("the end"), false, clock.at(1_200));
        assert_eq!(
            follower.due(clock.at(1_200)).map(|due| name(&due)),
            Some("bell".into())
        );
        assert_eq!(follower.due(clock.at(5_000)), None, "once only");
    }

    #[test]
    fn next_on_the_last_step_while_paused_still_rings_the_bell() {
        let clock = Clock(Instant::now());
        let mut session = Session::started(timeline(), clock.at(0));
        for _ in 0..5 {
            session.next(clock.at(1_000));
        }
        session.pause(clock.at(1_100));
        session.next(clock.at(1_200));
        let mut follower =
            Follower::new(session.anchor().expect("the end"), false, clock.at(1_210));
        assert_eq!(
            follower.due(clock.at(1_210)).map(|due| name(&due)),
            Some("bell".into())
        );
    }

    #[test]
    fn pause_skip_resume_starts_the_new_step_with_its_cue() {
        let clock = Clock(Instant::now());
        let mut session = Session::started(timeline(), clock.at(0));
        session.pause(clock.at(1_000));
        session.next(clock.at(1_500)); // to the hold (no cue)
        session.next(clock.at(1_600)); // to the exhale
        session.resume(clock.at(4_000));
        let mut follower =
            Follower::new(session.anchor().expect("running"), false, clock.at(4_000));
        assert_eq!(
            listen(&mut follower, &clock, 4_000, 7_000, 10),
            pairs(&[(4_000, "fall"), (7_000, "rise")])
        );
    }

    #[test]
    fn restart_while_paused_then_resume_starts_with_the_first_cue() {
        let clock = Clock(Instant::now());
        let mut session = Session::started(timeline(), clock.at(0));
        session.pause(clock.at(6_000));
        session.restart(clock.at(6_500));
        session.resume(clock.at(9_000));
        let mut follower =
            Follower::new(session.anchor().expect("running"), false, clock.at(9_000));
        assert_eq!(
            follower.due(clock.at(9_000)).map(|due| name(&due)),
            Some("rise".into())
        );
    }

    #[test]
    fn resuming_mid_step_repeats_nothing() {
        let clock = Clock(Instant::now());
        let mut session = Session::started(timeline(), clock.at(0));
        session.pause(clock.at(5_500));
        session.resume(clock.at(9_000));
        let mut follower =
            Follower::new(session.anchor().expect("running"), false, clock.at(9_000));
        // 2.5 s of running later the next inhale starts: heard, once.
        assert_eq!(
            listen(&mut follower, &clock, 9_000, 11_500, 50),
            pairs(&[(11_500, "rise")])
        );
    }

    #[test]
    fn after_the_output_comes_back_cues_resume_at_the_next_boundary() {
        let clock = Clock(Instant::now());
        let session = Session::started(timeline(), clock.at(0));
        let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
        let _ = follower.due(clock.at(0));
        // Sound is lost from 4 s to 6.2 s: the exhale at 5 s is not played late.
        follower.skip_to(clock.at(6_200));
        assert_eq!(
            listen(&mut follower, &clock, 6_200, 8_000, 10),
            pairs(&[(8_000, "rise")])
        );
    }
}

const RECORDED: &str = r#"(
    version: 1, id: "t", title: "T", summary: "T.",
    practice: Grounding(steps: [
        (label: "See", text: "Look.", seconds: 4, recording: "t-step-1.wav"),
        (label: "Hear", text: "Listen.", seconds: 4),
        (label: "Feel", text: "Touch.", seconds: 4, recording: "t-step-3.wav"),
    ]),
    cues: (prompt: "chime"),
)"#;

fn recorded() -> Arc<Timeline> {
    Arc::new(Timeline::from_exercise(&parse(RECORDED).expect("valid")))
}

#[test]
fn a_recording_starts_with_its_step_cue_and_only_there() {
    let clock = Clock(Instant::now());
    let session = Session::started(recorded(), clock.at(0));
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
    assert_eq!(
        listen(&mut follower, &clock, 0, 13_000, 100),
        pairs(&[
            (0, "chime"),
            (0, "t-step-1.wav@0"),
            (4_000, "chime"),
            (8_000, "chime"),
            (8_000, "t-step-3.wav@0"),
        ])
    );
}

#[test]
fn a_recording_without_a_cue_still_wakes_the_follower() {
    let text = RECORDED.replace(r#"cues: (prompt: "chime"),"#, "");
    let timeline = Arc::new(Timeline::from_exercise(&parse(&text).expect("valid")));
    let clock = Clock(Instant::now());
    let session = Session::started(timeline, clock.at(0));
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
    assert_eq!(follower.next_wake(clock.at(100)), Some(Duration::ZERO));
    assert_eq!(
        listen(&mut follower, &clock, 0, 13_000, 100),
        pairs(&[(0, "t-step-1.wav@0"), (8_000, "t-step-3.wav@0")])
    );
    // After the first recording, the next wake is the third step's start.
    let session = Session::started(
        Arc::new(Timeline::from_exercise(&parse(&text).expect("valid"))),
        clock.at(0),
    );
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(0));
    listen(&mut follower, &clock, 0, 1_000, 100);
    assert_eq!(
        follower.next_wake(clock.at(1_000)),
        Some(Duration::from_secs(7))
    );
}

#[test]
fn a_resume_mid_step_picks_the_recording_up_where_the_step_stands() {
    let clock = Clock(Instant::now());
    let mut session = Session::started(recorded(), clock.at(0));
    session.pause(clock.at(9_500));
    session.resume(clock.at(20_000));
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(20_000));
    assert_eq!(
        listen(&mut follower, &clock, 20_000, 24_000, 100),
        pairs(&[(20_000, "t-step-3.wav@1500")])
    );
}

#[test]
fn a_skip_to_a_recorded_step_plays_it_from_its_start() {
    let clock = Clock(Instant::now());
    let mut session = Session::started(recorded(), clock.at(0));
    // From the middle of the second step to the start of the third.
    session.next(clock.at(5_000));
    let mut follower = Follower::new(session.anchor().expect("running"), false, clock.at(5_000));
    assert_eq!(
        listen(&mut follower, &clock, 5_000, 6_000, 100),
        pairs(&[(5_000, "chime"), (5_000, "t-step-3.wav@0")])
    );
}
