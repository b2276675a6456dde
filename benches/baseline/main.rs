//! The baseline `scripts/bench` compares Steady with: the smallest iced
//! window doing what Steady's player does each frame, built with Steady's
//! dependencies, features and release profile. A window titled "Baseline"
//! with a line of text and a canvas circle whose radius changes smoothly,
//! drawn as Steady draws its breathing shape: the same size in the same
//! window, and the same layers (the window's colour behind it, a soft glow
//! ring, the circle, and a faint full-size ring drawn once and cached).
//!
//!   baseline                    idle: no subscription, like Steady's home
//!   baseline --animate          redrawn every 16.667 ms, like Steady's shape
//!   baseline --animate --plain  the comparison before 2026-12-02: one
//!                               layer, a 360-pixel canvas

use std::time::{Duration, Instant};

use iced::widget::canvas::{self, Path};
use iced::widget::{column, container, text};
use iced::{
    mouse, Color, Element, Length, Point, Rectangle, Renderer, Size, Subscription, Theme, Vector,
};

/// The same tick as Steady's player while its shape moves.
const FRAME: Duration = Duration::from_micros(16_667);
/// One breath in and out, as in coherent breathing.
const PERIOD: f32 = 11.0;
/// Steady's first window size.
const WINDOW: Size = Size::new(880.0, 680.0);
/// The side of Steady's breathing shape in that window during coherent
/// breathing at 100% text (measured on a screenshot: its faint ring is
/// 0.954 of the side across).
const SIDE: f32 = 450.0;
/// The canvas before 2026-12-02 (`--plain`).
const PLAIN_SIDE: f32 = 360.0;
/// As Steady: the smallest circle is this share of the largest.
const SMALLEST: f32 = 0.35;

struct Baseline {
    animate: bool,
    plain: bool,
    started: Instant,
    now: Instant,
    ring: canvas::Cache,
}

#[derive(Debug, Clone, Copy)]
enum Message {
    Tick(Instant),
}

struct Circle<'a> {
    /// 0 = smallest, 1 = full.
    fullness: f32,
    /// The cached full-size ring; `None` for the plain circle.
    ring: Option<&'a canvas::Cache>,
}

impl Baseline {
    fn new(animate: bool, plain: bool) -> Baseline {
        let now = Instant::now();
        Baseline {
            animate,
            plain,
            started: now,
            now,
            ring: canvas::Cache::new(),
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
        let (ring, side) = if self.plain {
            (None, PLAIN_SIDE)
        } else {
            (Some(&self.ring), SIDE)
        };
        let shape = canvas::Canvas::new(Circle { fullness, ring })
            .width(Length::Fixed(side))
            .height(Length::Fixed(side));
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

impl canvas::Program<Message> for Circle<'_> {
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
        let center = frame.center();
        let Some(ring) = self.ring else {
            let radius = largest * (0.35 + 0.65 * self.fullness);
            frame.fill(&Path::circle(center, radius), theme.palette().primary);
            return vec![frame.into_geometry()];
        };
        let palette = theme.extended_palette();
        let radius = largest * (SMALLEST + (1.0 - SMALLEST) * self.fullness);
        let outer = radius * 1.06;
        let ring_outer = largest * 1.06 + 1.0;
        let reach = if outer + 2.0 >= ring_outer {
            (outer + 2.0).max(ring_outer + 3.0)
        } else {
            outer + 2.0
        };
        frame.fill_rectangle(
            center - Vector::new(reach, reach),
            Size::new(2.0 * reach, 2.0 * reach),
            palette.background.base.color,
        );
        let glow = Color {
            a: 0.25,
            ..palette.primary.base.color
        };
        frame.fill(&band(center, radius - 1.0, outer), even_odd(glow));
        frame.fill(&Path::circle(center, radius), palette.primary.base.color);
        let backdrop = ring.draw(renderer, bounds.size(), |frame| {
            let radius = largest * 1.06;
            frame.fill(
                &band(frame.center(), radius - 1.0, radius + 1.0),
                even_odd(palette.primary.weak.color),
            );
        });
        vec![frame.into_geometry(), backdrop]
    }
}

/// The band between two circles.
fn band(center: Point, inner: f32, outer: f32) -> Path {
    Path::new(|builder| {
        builder.circle(center, outer);
        builder.circle(center, inner);
    })
}

fn even_odd(color: Color) -> canvas::Fill {
    canvas::Fill {
        style: canvas::Style::Solid(color),
        rule: canvas::fill::Rule::EvenOdd,
    }
}

fn main() -> iced::Result {
    let animate = std::env::args().skip(1).any(|arg| arg == "--animate");
    let plain = std::env::args().skip(1).any(|arg| arg == "--plain");
    iced::application(
        move || Baseline::new(animate, plain),
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
