//! The baseline `scripts/bench` compares Steady with: the smallest iced
//! window doing what Steady's player does each frame, built with Steady's
//! dependencies, features and release profile. A window titled "Baseline"
//! with a line of text and a canvas circle whose radius changes smoothly.
//!
//!   baseline            idle: no subscription at all, like Steady's home
//!   baseline --animate  redrawn every 16.667 ms, like Steady's moving shape

use std::time::{Duration, Instant};

use iced::widget::{canvas, column, container, text};
use iced::{mouse, Element, Length, Rectangle, Renderer, Size, Subscription, Theme};

/// The same tick as Steady's player while its shape moves.
const FRAME: Duration = Duration::from_micros(16_667);
/// One breath in and out, as in coherent breathing.
const PERIOD: f32 = 11.0;
/// Steady's first window size.
const WINDOW: Size = Size::new(880.0, 680.0);
const SIDE: f32 = 360.0;

struct Baseline {
    animate: bool,
    started: Instant,
    now: Instant,
}

#[derive(Debug, Clone, Copy)]
enum Message {
    Tick(Instant),
}

struct Circle {
    /// 0 = smallest, 1 = full.
    fullness: f32,
}

impl Baseline {
    fn new(animate: bool) -> Baseline {
        let now = Instant::now();
        Baseline {
            animate,
            started: now,
            now,
        }
    }

    fn update(&mut self, message: Message) {
        match message {
            Message::Tick(now) => self.now = now,
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let phase = (self.now - self.started).as_secs_f32() / PERIOD * std::f32::consts::TAU;
        let fullness = 0.5 - 0.5 * phase.cos();
        let shape = canvas(Circle { fullness })
            .width(Length::Fixed(SIDE))
            .height(Length::Fixed(SIDE));
        container(
            column![text("Breathe in slowly").size(32), shape]
                .spacing(20)
                .align_x(iced::Alignment::Center),
        )
        .center(Length::Fill)
        .into()
    }

    fn subscription(&self) -> Subscription<Message> {
        if self.animate {
            iced::time::every(FRAME).map(Message::Tick)
        } else {
            Subscription::none()
        }
    }

    fn theme(&self) -> Theme {
        Theme::Light
    }
}

impl canvas::Program<Message> for Circle {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<canvas::Geometry> {
        let mut frame = canvas::Frame::new(renderer, bounds.size());
        let largest = bounds.width.min(bounds.height) / 2.0 * 0.9;
        let radius = largest * (0.35 + 0.65 * self.fullness);
        frame.fill(
            &canvas::Path::circle(frame.center(), radius),
            theme.palette().primary,
        );
        vec![frame.into_geometry()]
    }
}

fn main() -> iced::Result {
    let animate = std::env::args().skip(1).any(|arg| arg == "--animate");
    iced::application(
        move || Baseline::new(animate),
        Baseline::update,
        Baseline::view,
    )
    .title("Baseline")
    .theme(Baseline::theme)
    .subscription(Baseline::subscription)
    .window_size(WINDOW)
    .centered()
    .run()
}
