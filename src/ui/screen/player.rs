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
use crate::timeline::StepKind;
use crate::ui::keys::Shortcut;
use crate::ui::sound::Cues;

pub use view::Look;

/// About 60 frames a second while the shape moves.
const FRAME: Duration = Duration::from_micros(16_667);
/// The reduced-motion bar moves in small steps; ten a second look smooth enough.
const BAR_FRAME: Duration = Duration::from_millis(100);
/// The exercise starts this long after sound is ready, so the first cue is
/// already scheduled when the first step begins.
const START_MARGIN: Duration = Duration::from_millis(60);

pub struct Player {
    playable: Playable,
    session: Session,
    /// Waiting for the sound output and the cues before the clock starts.
    preparing: bool,
    lead_in: Duration,
    /// A moment between "sound is ready" and the clock starting, only when
    /// a real output must have the first cue scheduled in time.
    margin: Duration,
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

/// How the session went, for the closing screen and the history.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub closing: Option<String>,
    pub journal: Option<String>,
    pub routine: bool,
    pub planned: Duration,
    /// Time actually spent: not the position skipped to, not pauses.
    pub practised: Duration,
    pub finished: bool,
    /// Where it was stopped early: the part's title (routines) and the step.
    pub stopped_at: Option<(Option<String>, String)>,
}

#[derive(Debug, Clone)]
pub enum Action {
    None,
    Stopped(Summary),
    Finished(Summary),
    /// The volume slider moved: apply it now.
    Volume(f32),
    /// The volume slider was let go: save the settings.
    SaveSettings,
    ToggleMute,
}

impl Player {
    /// A player that waits for sound (`wait_for_sound`) or starts its lead-in now.
    pub fn new(
        playable: Playable,
        now: Instant,
        lead_in: Duration,
        wait_for_sound: bool,
    ) -> Player {
        let mut player = Player {
            session: Session::new(playable.timeline.clone()),
            playable,
            preparing: true,
            lead_in,
            margin: if wait_for_sound {
                START_MARGIN
            } else {
                Duration::ZERO
            },
            now,
            backdrop: Default::default(),
            intro: None,
        };
        if !wait_for_sound {
            player.begin(now);
        }
        player
    }

    /// Sound is ready (or waited for long enough): the lead-in starts. It
    /// lasts until the intro and safety line can be read calmly, and at
    /// least the lead-in setting; the count-in is heard over its last
    /// seconds. A lead-in of 0 is a choice to start at once.
    pub fn begin(&mut self, now: Instant) {
        if self.preparing {
            self.preparing = false;
            self.now = now;
            let lead_in = if self.lead_in.is_zero() {
                Duration::ZERO
            } else {
                self.lead_in.max(self.playable.get_ready().reading_time())
            };
            self.session
                .start_counting_in(now + self.margin, lead_in, self.lead_in);
        }
    }

    /// Whether the intro is shown again over the exercise.
    pub fn is_intro_shown(&self) -> bool {
        self.intro.is_some()
    }

    pub fn is_preparing(&self) -> bool {
        self.preparing
    }

    pub fn playable(&self) -> &Playable {
        &self.playable
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn is_running(&self) -> bool {
        self.session.is_running(self.now)
    }

    /// What should be heard: this session's cues while it moves (or has just
    /// been moved to its end), silence otherwise.
    pub fn wanted_cues(&self, count_ticks: bool) -> Cues {
        match self.session.anchor() {
            Some(anchor) if !self.preparing => Cues::Follow {
                anchor,
                count_ticks,
            },
            _ => Cues::Silent,
        }
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        match message {
            Message::Tick => {}
            Message::TogglePause | Message::BeginNow if self.intro.is_some() => {
                self.put_intro_away(now);
            }
            Message::TogglePause | Message::BeginNow
                if matches!(self.session.state(now), State::LeadIn { .. }) =>
            {
                self.session.begin_now(now);
            }
            Message::BeginNow => {}
            Message::ToggleIntro if self.intro.is_some() => self.put_intro_away(now),
            Message::ToggleIntro => {
                // The lead-in already shows it.
                let state = self.session.state(now);
                if !self.preparing && matches!(state, State::Running | State::Paused) {
                    let resume = state == State::Running;
                    self.session.pause(now);
                    self.intro = Some(IntroShown { resume });
                }
            }
            Message::TogglePause => self.session.toggle(now),
            Message::Next | Message::Previous | Message::NextPart | Message::Restart
                if self.intro.is_some() =>
            {
                self.put_intro_away(now);
                return self.update(message, now);
            }
            Message::Next => self.session.next(now),
            Message::Previous => self.session.previous(now),
            Message::NextPart => self.session.next_part(now),
            Message::Restart => self.session.restart(now),
            Message::Stop => return Action::Stopped(self.summary(now, false)),
            Message::Volume(volume) => return Action::Volume(volume),
            Message::VolumeReleased => return Action::SaveSettings,
            Message::ToggleMute => return Action::ToggleMute,
        }
        if self.session.is_finished(now) {
            return Action::Finished(self.summary(now, true));
        }
        Action::None
    }

    fn put_intro_away(&mut self, now: Instant) {
        if let Some(shown) = self.intro.take() {
            if shown.resume {
                self.session.resume(now);
            }
        }
    }

    pub fn shortcut(&mut self, shortcut: Shortcut, now: Instant) -> Action {
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
        self.update(message, now)
    }

    /// How the session went, up to `now`.
    pub fn summary(&self, now: Instant, finished: bool) -> Summary {
        let timeline = &self.playable.timeline;
        let stopped_at = (!finished)
            .then(|| self.session.position(now))
            .flatten()
            .map(|position| {
                let part = (timeline.parts().len() > 1)
                    .then(|| timeline.parts()[position.segment.part].title.clone());
                (part, position.segment.label.clone())
            });
        Summary {
            id: self.playable.id.clone(),
            title: self.playable.title.clone(),
            closing: self.playable.closing.clone(),
            journal: self.playable.journal.clone(),
            routine: self.playable.routine,
            planned: timeline.total(),
            practised: self.session.practised(now),
            finished,
            stopped_at,
        }
    }

    /// Ticks only while something on screen changes: about 60 a second while
    /// the shape moves, otherwise one at the next moment a number changes
    /// or a step ends. Nothing while preparing, paused or finished.
    pub fn subscription(&self, reduced_motion: bool) -> Subscription<Message> {
        match self.next_redraw(reduced_motion) {
            Some(wait) => time::every(wait).map(|_| Message::Tick),
            None => Subscription::none(),
        }
    }

    fn next_redraw(&self, reduced_motion: bool) -> Option<Duration> {
        let now = self.now;
        if self.preparing {
            return None;
        }
        match self.session.state(now) {
            State::Paused | State::Finished => None,
            State::LeadIn { left } => Some(until_next_second(left)),
            State::Running => {
                let position = self.session.position(now)?;
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
