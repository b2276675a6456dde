//! The player: one exercise or routine, guided step by step. Its time is the
//! session's derived time; ticks only ask for a redraw, timed to the next
//! moment something on screen changes.

mod briefing;
mod view;

use view::seconds_left;

use std::time::{Duration, Instant};

use iced::{time, Subscription};

use crate::library::Playable;
use crate::session::{Session, State};
use crate::sitting::{Sitting, Stage, Steer};
use crate::timeline::StepKind;
use crate::ui::keys::Shortcut;
use crate::ui::sound::Cues;

pub use crate::sitting::Summary;
pub use view::Look;

/// About 60 frames a second while the shape moves.
const FRAME: Duration = Duration::from_micros(16_667);
/// The reduced-motion bar moves in small steps; ten a second look smooth enough.
const BAR_FRAME: Duration = Duration::from_millis(100);
/// The exercise starts this long after sound is ready, so the first cue is
/// already scheduled when the first step begins.
pub const START_MARGIN: Duration = Duration::from_millis(60);

pub struct Player {
    /// The time of the last look, used by `view`.
    now: Instant,
    backdrop: crate::ui::widget::breath::Backdrop,
    /// The part's intro is shown again (I); the session was paused for it
    /// and resumes when it is put away, if it was moving.
    intro: Option<IntroShown>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct IntroShown {
    resume: bool,
}

/// What the view draws: the sitting's session as of the last look.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    playable: &'a Playable,
    session: &'a Session,
    preparing: bool,
    /// The get-ready setting: the count-in heard over the lead-in's end.
    lead_in: Duration,
    intro: Option<IntroShown>,
    now: Instant,
    backdrop: &'a crate::ui::widget::breath::Backdrop,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Tick,
    TogglePause,
    Next,
    Previous,
    NextPart,
    Restart,
    Stop,
    /// The volume slider moved (dB).
    Volume(f32),
    VolumeReleased,
    ToggleMute,
    /// Start now instead of waiting for the end of the lead-in.
    BeginNow,
    /// Show the intro of this part again, or put it away.
    ToggleIntro,
}

#[derive(Debug, Clone)]
pub enum Action {
    None,
    /// Time passed: look whether the session has reached its end.
    Tick,
    /// Changes to the session, in this order.
    Steer(Vec<Steer>),
    Stop,
    /// The volume slider moved: apply it now.
    Volume(f32),
    /// The volume slider was let go: save the settings.
    SaveSettings,
    ToggleMute,
}

impl Player {
    pub fn new(now: Instant) -> Player {
        Player {
            now,
            backdrop: Default::default(),
            intro: None,
        }
    }

    /// The sitting as it looks now.
    pub fn shown<'a>(&'a self, sitting: &'a Sitting) -> Shown<'a> {
        Shown {
            playable: sitting.playable(),
            session: sitting.session(),
            preparing: sitting.is_waiting_for_sound(),
            lead_in: sitting.count_in(),
            intro: self.intro,
            now: self.now,
            backdrop: &self.backdrop,
        }
    }

    pub fn view<'a>(&'a self, sitting: &'a Sitting, look: Look) -> iced::Element<'a, Message> {
        self.shown(sitting).view(look)
    }

    pub fn mini_view<'a>(
        &'a self,
        sitting: &'a Sitting,
        sizes: crate::ui::theme::Sizes,
    ) -> iced::Element<'a, Message> {
        self.shown(sitting).mini_view(sizes)
    }

    /// Looks again at `now`: something other than a tick moved the session.
    pub fn look_at(&mut self, now: Instant) {
        self.now = now;
    }

    /// Whether the intro is shown again over the exercise.
    pub fn is_intro_shown(&self) -> bool {
        self.intro.is_some()
    }

    /// What should be heard: the sitting's cues while it moves (or has just
    /// ended and the bell rings out), silence otherwise.
    pub fn wanted_cues(sitting: &Sitting, count_ticks: bool) -> Cues {
        match sitting.anchor() {
            Some(anchor) => Cues::Follow {
                anchor,
                count_ticks,
            },
            None => Cues::Silent,
        }
    }

    /// Notes the time of this look and turns the message into what the
    /// sitting's owner should do; the intro shown again is the player's own.
    pub fn update(&mut self, message: Message, sitting: &Sitting, now: Instant) -> Action {
        self.now = now;
        let state = sitting.session().state(now);
        let steer = |steers: Vec<Steer>| Action::Steer(steers);
        match message {
            Message::Tick => Action::Tick,
            Message::TogglePause | Message::BeginNow if self.intro.is_some() => {
                steer(self.put_intro_away())
            }
            Message::TogglePause | Message::BeginNow if matches!(state, State::LeadIn { .. }) => {
                steer(vec![Steer::BeginNow])
            }
            Message::BeginNow => Action::None,
            Message::ToggleIntro if self.intro.is_some() => steer(self.put_intro_away()),
            Message::ToggleIntro => {
                // The lead-in already shows it.
                if !sitting.is_waiting_for_sound()
                    && matches!(state, State::Running | State::Paused)
                {
                    self.intro = Some(IntroShown {
                        resume: state == State::Running,
                    });
                    return steer(vec![Steer::Pause]);
                }
                Action::None
            }
            Message::TogglePause => steer(vec![Steer::TogglePause]),
            Message::Next | Message::Previous | Message::NextPart | Message::Restart => {
                let mut steers = self.put_intro_away();
                steers.push(match message {
                    Message::Next => Steer::Next,
                    Message::Previous => Steer::Previous,
                    Message::NextPart => Steer::NextPart,
                    _ => Steer::Restart,
                });
                steer(steers)
            }
            Message::Stop => Action::Stop,
            Message::Volume(volume) => Action::Volume(volume),
            Message::VolumeReleased => Action::SaveSettings,
            Message::ToggleMute => Action::ToggleMute,
        }
    }

    /// Puts the intro away: the session moves again if it was moving.
    fn put_intro_away(&mut self) -> Vec<Steer> {
        match self.intro.take() {
            Some(IntroShown { resume: true }) => vec![Steer::Resume],
            _ => Vec::new(),
        }
    }

    pub fn shortcut(&mut self, shortcut: Shortcut, sitting: &Sitting, now: Instant) -> Action {
        let message = match shortcut {
            Shortcut::TogglePause => Message::TogglePause,
            Shortcut::Confirm => Message::BeginNow,
            Shortcut::Info => Message::ToggleIntro,
            Shortcut::Next => Message::Next,
            Shortcut::Previous => Message::Previous,
            Shortcut::NextPart => Message::NextPart,
            Shortcut::Restart => Message::Restart,
            Shortcut::Back if self.intro.is_some() => Message::ToggleIntro,
            Shortcut::Back => Message::Stop,
            _ => return Action::None,
        };
        self.update(message, sitting, now)
    }

    /// Ticks only while something on screen changes: about 60 a second while
    /// the shape moves, otherwise one at the next moment a number changes
    /// or a step ends. Nothing while preparing, paused or finished.
    pub fn subscription(&self, sitting: &Sitting, reduced_motion: bool) -> Subscription<Message> {
        match self.next_redraw(sitting, reduced_motion) {
            Some(wait) => time::every(wait).map(|_| Message::Tick),
            None => Subscription::none(),
        }
    }

    fn next_redraw(&self, sitting: &Sitting, reduced_motion: bool) -> Option<Duration> {
        let now = self.now;
        if sitting.is_waiting_for_sound() || sitting.stage() != Stage::Running {
            return None;
        }
        let session = sitting.session();
        match session.state(now) {
            State::Paused | State::Finished => None,
            State::LeadIn { left } => Some(until_next_second(left)),
            State::Running => {
                let position = session.position(now)?;
                let moving = matches!(
                    position.segment.kind,
                    StepKind::Breath(
                        crate::exercise::Breath::Inhale | crate::exercise::Breath::Exhale
                    )
                );
                if moving {
                    return Some(if reduced_motion { BAR_FRAME } else { FRAME });
                }
                let wait = until_next_second(position.segment_left)
                    .min(until_next_second(position.total_left))
                    .min(position.segment_left);
                Some(wait.max(Duration::from_millis(1)))
            }
        }
    }
}

/// How long until a countdown showing `left` (rounded up) changes.
fn until_next_second(left: Duration) -> Duration {
    let fraction = Duration::from_nanos(u64::from(left.subsec_nanos()));
    if fraction.is_zero() {
        Duration::from_secs(1).min(left.max(Duration::from_millis(1)))
    } else {
        fraction
    }
}
