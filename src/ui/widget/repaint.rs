//! Keeps iced 0.14's tiny-skia renderer repainting every pixel that
//! changed. It repaints only the regions it finds changed between two frames
//! (its "damage"), and two faults in how it finds them left parts of earlier
//! frames on screen:
//!
//! 1. Every canvas adds a text group, carrying the canvas's offset, to its
//!    layer's list of text, even when it has no text. `Layer::damage` compares
//!    two frames' lists item by item and moves *both* items' regions by the
//!    earlier item's offset. When a screen with a canvas (the breath shape)
//!    gives way to one with plain text at that place in the list (home), that
//!    text's region is taken from the wrong place, and its real place is never
//!    repainted: "tings" where "Settings" should be. [`own_layer`] draws a
//!    canvas in a layer of its own bounds: a layer whose bounds differ from the
//!    last frame's is repainted whole, and plain text never shares a list with
//!    the canvas's.
//! 2. A changed region is cleared (the pixels whose centres lie in it), and
//!    whatever fits inside it is drawn again without clipping. But glyph edges
//!    and anti-aliasing reach a pixel or so past a text's bounds, onto pixels
//!    that were not cleared, and each redraw blends them brighter: the
//!    1-pixel marks beside a countdown. [`margin`] widens the changed region of
//!    a text that changes: an invisible quad a few pixels larger than the text
//!    changes with it. The same holds for a text that goes away with its
//!    screen or step: [`whole`] repaints a whole window or page when what it
//!    is made of changes (a new screen, a new step, a pause).

use std::hash::{Hash, Hasher};

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Renderer as _};
use iced::advanced::widget::{tree, Operation, Tree, Widget};
use iced::advanced::{Clipboard, Shell};
use iced::{mouse, Color, Element, Event, Length, Rectangle, Renderer, Size, Theme};

/// How far past a changing text's bounds its region reaches: more than a
/// glyph's overhang and its anti-aliased edge at any text size.
const MARGIN: f32 = 4.0;

/// `content` (a canvas) drawn in a layer of its own bounds.
pub fn own_layer<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    Element::new(Repaint {
        content: content.into(),
        mode: Mode::Layer(0.0),
    })
}

/// `content` (a window's screen, a page), repainted whole when `key` (what
/// it is made of) changes: it is drawn in a layer a little larger than
/// itself, by an amount that differs with the key, and a layer whose bounds
/// change is repainted whole. Nothing is drawn for it, so frames with the
/// same key cost nothing more.
pub fn whole<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
    key: impl Hash,
) -> Element<'a, Message> {
    // 1 to 512 pixels in steps of an eighth: two screens share a size only
    // one time in 4,096.
    let step = (hash(key) % 4096) as f32;
    Element::new(Repaint {
        content: content.into(),
        mode: Mode::Layer(1.0 + step / 8.0),
    })
}

/// `content` (a text), whose changed region reaches [`MARGIN`] past it
/// whenever `key` (what it shows) changes.
pub fn margin<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
    key: impl Hash,
) -> Element<'a, Message> {
    let [r, g, b, ..] = hash(key).to_le_bytes();
    Element::new(Repaint {
        content: content.into(),
        // Fully transparent, so never seen; its colour differs as the key
        // does, so the quad counts as changed exactly when the text does.
        mode: Mode::Margin(Color::from_rgba8(r, g, b, 0.0)),
    })
}

/// The same for the same key in every run (SipHash with fixed keys).
fn hash(key: impl Hash) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

struct Repaint<'a, Message> {
    content: Element<'a, Message>,
    mode: Mode,
}

enum Mode {
    /// Drawn in a layer this much larger than the content on every side.
    Layer(f32),
    /// After an invisible quad of this colour, [`MARGIN`] larger.
    Margin(Color),
}

impl<Message> Widget<Message, Theme, Renderer> for Repaint<'_, Message> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content.as_widget_mut().layout(tree, renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        let bounds = layout.bounds();
        let content = self.content.as_widget();
        match self.mode {
            Mode::Margin(mark) => {
                renderer.fill_quad(
                    renderer::Quad {
                        bounds: bounds.expand(MARGIN),
                        ..renderer::Quad::default()
                    },
                    mark,
                );
                content.draw(tree, renderer, theme, style, layout, cursor, viewport);
            }
            Mode::Layer(grow) => renderer.with_layer(bounds.expand(grow), |renderer| {
                content.draw(tree, renderer, theme, style, layout, cursor, viewport);
            }),
        }
    }

    fn tag(&self) -> tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.content.as_widget().diff(tree);
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }
}
