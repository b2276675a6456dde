//! The breathing shape: a soft circle that grows on the in-breath and shrinks
//! on the out-breath, with a faint ring showing the full size.

use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke};
use iced::{mouse, Color, Element, Length, Rectangle, Renderer, Theme};

/// `fullness` is 0 (small) to 1 (full); `tense` draws a firmer outline for holds.
#[derive(Debug, Clone, Copy)]
pub struct BreathShape {
    pub fullness: f32,
}

/// Smallest circle, as a share of the largest, so "empty" is still visible.
const SMALLEST: f32 = 0.35;

impl<Message> canvas::Program<Message> for BreathShape {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let palette = theme.extended_palette();
        let mut frame = Frame::new(renderer, bounds.size());
        let center = frame.center();
        let largest = bounds.width.min(bounds.height) / 2.0 * 0.92;
        let radius = largest * (SMALLEST + (1.0 - SMALLEST) * self.fullness.clamp(0.0, 1.0));
        // Repaint the whole canvas every frame: with tiny-skia, pixels a shape
        // left behind (it shrank, or the layout moved the canvas) would stay.
        frame.fill_rectangle(
            iced::Point::ORIGIN,
            bounds.size(),
            palette.background.base.color,
        );

        frame.stroke(
            &Path::circle(center, largest),
            Stroke::default()
                .with_color(palette.primary.weak.color)
                .with_width(2.0),
        );
        let glow = Color {
            a: 0.25,
            ..palette.primary.base.color
        };
        frame.fill(&Path::circle(center, radius * 1.06), glow);
        frame.fill(&Path::circle(center, radius), palette.primary.base.color);
        vec![frame.into_geometry()]
    }
}

/// A square canvas as large as the space allows: every frame repaints the
/// whole canvas, so it should be no larger than the shape needs.
pub fn view<'a, Message: 'a>(fullness: f32) -> Element<'a, Message> {
    iced::widget::responsive(move |space| {
        let side = space.width.min(space.height);
        iced::widget::container(
            canvas::Canvas::new(BreathShape { fullness })
                .width(Length::Fixed(side))
                .height(Length::Fixed(side)),
        )
        .center(Length::Fill)
        .into()
    })
    .into()
}
