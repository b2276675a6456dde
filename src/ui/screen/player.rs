//! The player: one exercise, guided step by step. Its time is the session's
//! derived time; ticks only ask for a redraw and a look at crossed boundaries.

use std::time::{Duration, Instant};

use iced::widget::{button, column, container, progress_bar, row, slider, text, Column};
use iced::{time, Alignment, Element, Length, Subscription};

use crate::exercise::{Breath, Kind};
use crate::library::Entry;
use crate::session::Session;
use crate::timeline::{breath_fullness, format_clock, Segment, StepKind};
use crate::ui::keys::Shortcut;
use crate::ui::theme::Sizes;
use crate::ui::widget::breath;

/// Twenty frames a second: the shape moves at most ~25 px a second, so each
/// frame moves it about a pixel, which looks smooth and costs little.
const ANIMATION_FRAME: Duration = Duration::from_millis(50);
/// Countdowns change once a second; four looks a second keep them current.
/// (Cues do not depend on this: the audio owner times them itself.)
const COUNTDOWN_TICK: Duration = Duration::from_millis(250);

pub struct Player {
    entry: Entry,
    session: Session,
    /// The time of the last look, used by `view`.
    now: Instant,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Tick,
    TogglePause,
    Next,
    Previous,
    Restart,
    Stop,
    Volume(f32),
    VolumeReleased,
    ToggleMute,
}

/// How the exercise went, for the closing screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub closing: Option<String>,
    pub practiced: Duration,
}

#[derive(Debug, Clone)]
pub enum Action {
    None,
    /// The session started, resumed or jumped: cues should follow this copy of it.
    Follow(Session),
    /// Paused: sound stops.
    Silence,
    Stopped,
    Finished(Summary),
    /// The volume slider moved: apply it now.
    Volume(f32),
    /// The volume slider was let go: save the settings.
    SaveSettings,
    ToggleMute,
}

/// What the player view needs besides its own state.
#[derive(Debug, Clone, Copy)]
pub struct Look<'a> {
    pub sizes: Sizes,
    pub reduced_motion: bool,
    pub muted: bool,
    pub volume: f32,
    /// A problem with sound worth a small line: no device, a cue that failed.
    pub note: Option<&'a str>,
}

impl Player {
    pub fn new(entry: Entry, now: Instant) -> Player {
        Player {
            session: Session::started(entry.timeline.clone(), now),
            entry,
            now,
        }
    }

    pub fn entry(&self) -> &Entry {
        &self.entry
    }

    pub fn is_running(&self) -> bool {
        self.session.is_running()
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        // The audio owner plays the cues from its own copy of the session. This
        // copy still notes which boundaries have passed, so that the copy handed
        // over on resume does not announce them a second time.
        let _ = self.session.take_crossed(now);
        match message {
            Message::Tick => self.finish_if_done(now).unwrap_or(Action::None),
            Message::TogglePause => {
                self.session.toggle(now);
                if self.session.is_running() {
                    Action::Follow(self.session.clone())
                } else {
                    Action::Silence
                }
            }
            Message::Next => self.jump(now, Session::next),
            Message::Previous => self.jump(now, Session::previous),
            Message::Restart => self.jump(now, Session::restart),
            Message::Stop => Action::Stopped,
            Message::Volume(volume) => Action::Volume(volume),
            Message::VolumeReleased => Action::SaveSettings,
            Message::ToggleMute => Action::ToggleMute,
        }
    }

    pub fn shortcut(&mut self, shortcut: Shortcut, now: Instant) -> Action {
        let message = match shortcut {
            Shortcut::TogglePause => Message::TogglePause,
            Shortcut::Next => Message::Next,
            Shortcut::Previous => Message::Previous,
            Shortcut::Restart => Message::Restart,
            Shortcut::Back => Message::Stop,
            _ => return Action::None,
        };
        self.update(message, now)
    }

    fn jump(&mut self, now: Instant, how: fn(&mut Session, Instant)) -> Action {
        how(&mut self.session, now);
        if let Some(finished) = self.finish_if_done(now) {
            return finished;
        }
        if self.session.is_running() {
            Action::Follow(self.session.clone())
        } else {
            Action::None
        }
    }

    fn finish_if_done(&self, now: Instant) -> Option<Action> {
        self.session.is_finished(now).then(|| {
            Action::Finished(Summary {
                id: self.entry.id().to_owned(),
                title: self.entry.exercise.title.clone(),
                closing: self.entry.exercise.closing.clone(),
                practiced: self.session.elapsed(now),
            })
        })
    }

    /// A steady redraw rate while the shape moves, a slower one for countdowns,
    /// nothing at all when paused. A fixed rate rather than `window::frames()`:
    /// without vsync (as under Xvfb) frames come as fast as the CPU allows.
    pub fn subscription(&self, reduced_motion: bool) -> Subscription<Message> {
        if !self.session.is_running() {
            return Subscription::none();
        }
        let animated = self.entry.kind() == Kind::Breathing && !reduced_motion;
        let period = if animated {
            ANIMATION_FRAME
        } else {
            COUNTDOWN_TICK
        };
        time::every(period).map(|_| Message::Tick)
    }

    pub fn view(&self, look: Look<'_>) -> Element<'_, Message> {
        let sizes = look.sizes;
        let Some(position) = self.session.position(self.now) else {
            return container(text("Finishing…").size(sizes.heading()))
                .center(Length::Fill)
                .into();
        };
        let segment = position.segment;
        let exercise = &self.entry.exercise;

        let mut top = Column::new()
            .spacing(4)
            .push(text(exercise.title.clone()).size(sizes.heading()));
        // The intro sets the scene; later it would only take room from the step.
        if let Some(intro) = exercise.intro.as_ref().filter(|_| position.index == 0) {
            top = top.push(
                text(intro.clone())
                    .size(sizes.small())
                    .style(text::secondary),
            );
        }
        let status = match (segment.cycle, self.session.is_running()) {
            (_, false) => "Paused".to_owned(),
            (Some(cycle), true) => format!("Cycle {} / {}", cycle.number, cycle.of),
            (None, true) => format!(
                "Step {} / {}",
                position.index + 1,
                self.entry.timeline.segments().len()
            ),
        };
        let header = row![top.width(Length::Fill), text(status).size(sizes.body())]
            .align_y(Alignment::Start);

        let middle = match segment.kind {
            StepKind::Breath(breath) => breathing(
                segment,
                breath,
                position.segment_progress,
                position.segment_left,
                look,
            ),
            _ => prompt(segment, position.segment_left, sizes),
        };

        let progress = column![
            progress_bar(0.0..=1.0, position.overall_progress).girth(8),
            row![
                text(format!("{} left", format_clock(position.total_left))).size(sizes.small()),
                iced::widget::space::horizontal(),
                text(sound_line(look))
                    .size(sizes.small())
                    .style(text::secondary),
                button(text(if look.muted { "Unmute" } else { "Mute" }).size(sizes.small()))
                    .padding([2, 10])
                    .style(crate::ui::theme::soft_button)
                    .on_press(Message::ToggleMute),
                slider(0.0..=1.0, look.volume, Message::Volume)
                    .step(0.05)
                    .width(Length::Fixed(110.0))
                    .on_release(Message::VolumeReleased),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        ]
        .spacing(6);

        let pause_label = if self.session.is_running() {
            "Pause"
        } else {
            "Resume"
        };
        let controls = row![
            control("Previous", Message::Previous, sizes),
            button(text(pause_label).size(sizes.body()))
                .padding([8, 22])
                .style(crate::ui::theme::main_button)
                .on_press(Message::TogglePause),
            control("Next", Message::Next, sizes),
            control("Restart", Message::Restart, sizes),
            control("Stop", Message::Stop, sizes),
        ]
        .spacing(10)
        .align_y(Alignment::Center);

        let help = text("Space pause · ← → step · R restart · M sound · Esc stop")
            .size(sizes.small())
            .style(text::secondary);

        column![
            header,
            container(middle).width(Length::Fill).height(Length::Fill),
            progress,
            container(controls).center_x(Length::Fill),
            container(help).center_x(Length::Fill),
        ]
        .spacing(16)
        .padding(24)
        .into()
    }
}

fn control(label: &'static str, message: Message, sizes: Sizes) -> Element<'static, Message> {
    button(text(label).size(sizes.body()))
        .padding([8, 14])
        .style(crate::ui::theme::soft_button)
        .on_press(message)
        .into()
}

fn sound_line(look: Look<'_>) -> String {
    match (look.note, look.muted) {
        (Some(note), _) => note.to_owned(),
        (None, true) => "Sound off (M)".to_owned(),
        (None, false) => String::new(),
    }
}

fn seconds_left(left: Duration) -> String {
    // Round up: "1" is shown until the step is really over.
    let secs = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    secs.to_string()
}

fn breathing<'a>(
    segment: &'a Segment,
    breath: Breath,
    progress: f32,
    left: Duration,
    look: Look<'_>,
) -> Element<'a, Message> {
    let sizes = look.sizes;
    let fullness = breath_fullness(breath, progress);
    let words = column![
        text(segment.label.clone()).size(sizes.prompt()),
        text(seconds_left(left)).size(sizes.countdown()),
    ]
    .spacing(4)
    .align_x(Alignment::Center);
    let visual: Element<'a, Message> = if look.reduced_motion {
        column![
            text(match breath {
                Breath::Inhale => "Filling",
                Breath::Hold => "Full",
                Breath::Exhale => "Emptying",
                Breath::HoldEmpty => "Empty",
            })
            .size(sizes.body())
            .style(text::secondary),
            progress_bar(0.0..=1.0, fullness)
                .girth(28)
                .length(Length::Fixed(360.0)),
        ]
        .spacing(8)
        .align_x(Alignment::Center)
        .into()
    } else {
        breath::view(fullness)
    };
    column![
        container(visual)
            .center(Length::Fill)
            .height(Length::FillPortion(3)),
        container(words).center_x(Length::Fill),
    ]
    .spacing(12)
    .into()
}

type BadgeStyle = fn(&iced::Theme) -> container::Style;

fn prompt<'a>(segment: &'a Segment, left: Duration, sizes: Sizes) -> Element<'a, Message> {
    let badge: Option<(&str, BadgeStyle)> = match segment.kind {
        StepKind::Tense => Some(("Tense", tense_style)),
        StepKind::Release => Some(("Release", release_style)),
        _ => None,
    };
    // The countdown sits beside the heading so it stays in view at any text size.
    let mut heading = row![].spacing(16).align_y(Alignment::Center);
    if let Some((word, style)) = badge {
        heading = heading.push(
            container(text(word).size(sizes.heading()))
                .padding([6, 18])
                .style(style),
        );
    }
    heading = heading
        .push(text(segment.label.clone()).size(sizes.heading()))
        .push(
            text(seconds_left(left))
                .size(sizes.heading() * 1.3)
                .style(text::secondary),
        );
    let content = column![
        heading,
        text(segment.text.clone())
            .size(sizes.instruction())
            .align_x(Alignment::Center),
    ]
    .spacing(24)
    .align_x(Alignment::Center)
    .max_width(820);
    container(content).center(Length::Fill).into()
}

fn tense_style(theme: &iced::Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style::default()
        .background(palette.warning.weak.color)
        .color(palette.warning.weak.text)
        .border(iced::border::rounded(16))
}

fn release_style(theme: &iced::Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style::default()
        .background(palette.success.weak.color)
        .color(palette.success.weak.text)
        .border(iced::border::rounded(16))
}
