//! Small bar charts for the history screen: minutes per day, and the change
//! in feeling per day (bars above the line for better, below for worse).

use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke};
use iced::{mouse, Color, Element, Length, Point, Rectangle, Renderer, Size, Theme};

/// Bars for a row of days; `None` is a day with nothing to show.
pub struct Bars {
    values: Vec<Option<f32>>,
    /// Bars may go below zero (feeling), or only up (minutes).
    signed: bool,
}

impl<Message> canvas::Program<Message> for Bars {
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
        let count = self.values.len().max(1) as f32;
        let slot = bounds.width / count;
        let largest = self
            .values
            .iter()
            .flatten()
            .fold(0.0f32, |largest, value| largest.max(value.abs()))
            .max(1.0);
        let baseline = if self.signed {
            bounds.height / 2.0
        } else {
            bounds.height - 1.0
        };
        let room = if self.signed {
            bounds.height / 2.0 - 2.0
        } else {
            bounds.height - 2.0
        };
        frame.stroke(
            &Path::line(
                Point::new(0.0, baseline),
                Point::new(bounds.width, baseline),
            ),
            Stroke::default()
                .with_color(palette.background.strong.color)
                .with_width(1.0),
        );
        for (index, value) in self.values.iter().enumerate() {
            let Some(value) = value.filter(|value| *value != 0.0) else {
                continue;
            };
            let height = (value.abs() / largest * room).max(2.0);
            let top = if value > 0.0 {
                baseline - height
            } else {
                baseline
            };
            let color = if value >= 0.0 {
                palette.primary.base.color
            } else {
                Color {
                    a: 0.6,
                    ..palette.danger.base.color
                }
            };
            frame.fill_rectangle(
                Point::new(index as f32 * slot + slot * 0.15, top),
                Size::new(slot * 0.7, height),
                color,
            );
        }
        vec![frame.into_geometry()]
    }
}

/// A chart `height` pixels high, as wide as there is room.
pub fn bars<'a, Message: 'a>(
    values: Vec<Option<f32>>,
    signed: bool,
    height: f32,
) -> Element<'a, Message> {
    // Its own layer: see `repaint` (a canvas's offset misplaces the
    // repainted regions of the text that follows it).
    super::repaint::own_layer(
        canvas::Canvas::new(Bars { values, signed })
            .width(Length::Fill)
            .height(Length::Fixed(height)),
    )
}
