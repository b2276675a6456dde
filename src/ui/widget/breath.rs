//! The breathing shape: a soft circle that grows on the in-breath and shrinks
//! on the out-breath, inside a faint ring showing the full size. The ring and
//! background are cached; only the circle is drawn anew each frame.

use iced::widget::canvas::{self, Cache, Frame, Geometry, Path, Stroke};
use iced::{mouse, Color, Element, Length, Rectangle, Renderer, Size, Theme};

/// Smallest circle, as a share of the largest, so "empty" is still visible.
const SMALLEST: f32 = 0.35;

/// The shape at `fullness` (0 = small, 1 = full), `side` pixels square.
pub struct BreathShape<'a> {
    pub fullness: f32,
    pub backdrop: &'a Backdrop,
}

/// The parts of the shape that do not move, drawn once per size and theme.
#[derive(Default)]
pub struct Backdrop {
    cache: Cache,
    /// The theme the cache was drawn with: a theme change redraws it.
    drawn_for: std::cell::Cell<Option<[u8; 4]>>,
}

impl std::fmt::Debug for Backdrop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Backdrop")
    }
}

/// The full circle's radius: room is left for its soft glow (6% wider).
fn largest(size: Size) -> f32 {
    size.width.min(size.height) / 2.0 * 0.9
}

impl Backdrop {
    fn draw(&self, renderer: &Renderer, theme: &Theme, size: Size) -> Geometry {
        let palette = theme.extended_palette();
        let key = palette.background.base.color.into_rgba8();
        if self.drawn_for.get() != Some(key) {
            self.cache.clear();
            self.drawn_for.set(Some(key));
        }
        self.cache.draw(renderer, size, |frame| {
            // The whole canvas is painted: with tiny-skia, pixels a shape left
            // behind (it shrank, or the layout moved the canvas) would stay.
            frame.fill_rectangle(iced::Point::ORIGIN, size, palette.background.base.color);
            frame.stroke(
                &Path::circle(frame.center(), largest(size) * 1.06),
                Stroke::default()
                    .with_color(palette.primary.weak.color)
                    .with_width(2.0),
            );
        })
    }
}

impl<Message> canvas::Program<Message> for BreathShape<'_> {
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
        let backdrop = self.backdrop.draw(renderer, theme, bounds.size());
        let mut frame = Frame::new(renderer, bounds.size());
        let center = frame.center();
        let radius =
            largest(bounds.size()) * (SMALLEST + (1.0 - SMALLEST) * self.fullness.clamp(0.0, 1.0));
        let glow = Color {
            a: 0.25,
            ..palette.primary.base.color
        };
        frame.fill(&Path::circle(center, radius * 1.06), glow);
        frame.fill(&Path::circle(center, radius), palette.primary.base.color);
        vec![backdrop, frame.into_geometry()]
    }
}

/// A square canvas `side` pixels wide.
pub fn view<'a, Message: 'a>(
    fullness: f32,
    side: f32,
    backdrop: &'a Backdrop,
) -> Element<'a, Message> {
    canvas::Canvas::new(BreathShape { fullness, backdrop })
        .width(Length::Fixed(side))
        .height(Length::Fixed(side))
        .into()
}
