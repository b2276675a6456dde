//! The breathing shape: a soft circle that grows on the in-breath and shrinks
//! on the out-breath, inside a faint ring showing the full size. The ring and
//! its theme are cached; only the circle is drawn anew each frame.

use iced::widget::canvas::{self, fill, Cache, Fill, Frame, Geometry, Path, Style};
use iced::{mouse, Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, Vector};

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
        // Only the ring: the renderer clears what changed to the window's
        // background, and painting the whole square each frame would cost
        // more than the circle itself.
        self.cache.draw(renderer, size, |frame| {
            let radius = largest(size) * 1.06;
            frame.fill(
                &ring(frame.center(), radius - 1.0, radius + 1.0),
                even_odd(palette.primary.weak.color),
            );
        })
    }
}

/// The band between two circles. Filled rather than stroked: a stroke is
/// turned into an outline anew every time it is drawn.
fn ring(center: Point, inner: f32, outer: f32) -> Path {
    Path::new(|builder| {
        builder.circle(center, outer);
        builder.circle(center, inner);
    })
}

/// A fill that leaves the inside of a ring empty.
fn even_odd(color: Color) -> Fill {
    Fill {
        style: Style::Solid(color),
        rule: fill::Rule::EvenOdd,
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
        let outer = radius * 1.06;
        // A square of the window's colour just beyond the glow. The renderer
        // repaints what a shape's bounds cover, and those stop short of the
        // soft edge's last pixels: without it a shrinking circle leaves a
        // faint cross behind. Opaque, it is a plain memory fill. Once it
        // reaches the full-size ring, it reaches well past it: the ring is
        // then drawn unclipped, and its soft edge would fall just outside
        // the repainted square and grow brighter each frame (see `repaint`).
        let ring_outer = largest(bounds.size()) * 1.06 + 1.0;
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
        // The soft edge is a ring around the circle, not a second disc under
        // it: the same look for a fraction of the pixels blended. It starts a
        // pixel inside the circle, so no seam shows between the two edges.
        frame.fill(&ring(center, radius - 1.0, outer), even_odd(glow));
        frame.fill(&Path::circle(center, radius), palette.primary.base.color);
        // The full-size ring last: the square would hide it where they meet.
        vec![frame.into_geometry(), backdrop]
    }
}

/// A square canvas `side` pixels wide.
pub fn view<'a, Message: 'a>(
    fullness: f32,
    side: f32,
    backdrop: &'a Backdrop,
) -> Element<'a, Message> {
    super::repaint::own_layer(
        canvas::Canvas::new(BreathShape { fullness, backdrop })
            .width(Length::Fixed(side))
            .height(Length::Fixed(side)),
    )
}
