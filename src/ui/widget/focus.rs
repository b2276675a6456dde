//! Reaching every control with the keyboard. iced's buttons, togglers,
//! sliders and pick lists cannot take the focus, so [`Focus`] wraps one and
//! takes it for it: its state is `Focusable`, so iced's own `focus_next` /
//! `focus_previous` (what Tab and Shift-Tab run) walk it in reading order
//! together with the text fields. While it has the focus it draws a ring
//! around the control, Enter and Space do what a click does, and the arrows
//! step a slider or a list of choices.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Renderer as _};
use iced::advanced::widget::operation::Focusable;
use iced::advanced::widget::{tree, Operation, Tree, Widget};
use iced::advanced::{overlay, Clipboard, Shell};
use iced::keyboard::{self, key::Named, Key};
use iced::{
    mouse, Border, Color, Element, Event, Length, Rectangle, Renderer, Size, Theme, Vector,
};

/// The ring: this wide, this far outside the control.
const RING_WIDTH: f32 = 2.5;
const RING_GAP: f32 = 2.0;
/// WCAG's least contrast for a control's outline against what is around it.
const RING_CONTRAST: f32 = 3.0;

/// `content` reachable with Tab; Enter and Space send `on_activate` (the
/// message a click on it sends).
pub fn focus<'a, Message: Clone + 'a>(
    content: impl Into<Element<'a, Message>>,
    on_activate: Message,
) -> Focus<'a, Message> {
    Focus {
        content: content.into(),
        on_activate: Some(on_activate),
        steps: None,
        after_step: None,
    }
}

/// `content` (a slider, a pick list) reachable with Tab; Left and Down send
/// `down`, Right and Up send `up`.
pub fn stepper<'a, Message: Clone + 'a>(
    content: impl Into<Element<'a, Message>>,
    down: Message,
    up: Message,
) -> Focus<'a, Message> {
    Focus {
        content: content.into(),
        on_activate: None,
        steps: Some((down, up)),
        after_step: None,
    }
}

/// Controls made reachable with the keyboard in one call, in place of
/// their own `on_press` / `on_toggle`.
pub trait Reachable<'a, Message> {
    /// Clicks and Enter/Space send `message`.
    fn on_activate(self, message: Message) -> Element<'a, Message>;
    /// Clicks and Enter/Space send `message`; `None` leaves the control
    /// disabled and out of the Tab order.
    fn on_activate_maybe(self, message: Option<Message>) -> Element<'a, Message>;
}

impl<'a, Message: Clone + 'a> Reachable<'a, Message> for iced::widget::Button<'a, Message> {
    fn on_activate(self, message: Message) -> Element<'a, Message> {
        focus(self.on_press(message.clone()), message).into()
    }

    fn on_activate_maybe(self, message: Option<Message>) -> Element<'a, Message> {
        match message {
            Some(message) => self.on_activate(message),
            None => self.into(),
        }
    }
}

/// A toggler reachable with Tab: a click, Enter or Space switches it.
pub fn switch<'a, Message: Clone + 'a>(
    toggler: iced::widget::Toggler<'a, Message>,
    on: bool,
    on_toggle: impl Fn(bool) -> Message + 'a,
) -> Element<'a, Message> {
    let flip = on_toggle(!on);
    focus(toggler.on_toggle(on_toggle), flip).into()
}

/// A slider reachable with Tab: the arrows move it one `step` within
/// `range`, and each step is also "let go" (`released`: saved).
pub fn slide<'a, Message: Clone + 'a>(
    slider: impl Into<Element<'a, Message>>,
    value: f64,
    range: std::ops::RangeInclusive<f64>,
    step: f64,
    on_change: impl Fn(f64) -> Message,
    released: Message,
) -> Element<'a, Message> {
    let moved = |by: f64| on_change((value + by).clamp(*range.start(), *range.end()));
    stepper(slider, moved(-step), moved(step))
        .after_step(released)
        .into()
}

/// A pick list reachable with Tab: the arrows choose the option before or
/// after the chosen one (Enter and Space too, the one after).
pub fn choose<'a, T, Message>(
    pick_list: impl Into<Element<'a, Message>>,
    options: &[T],
    chosen: Option<&T>,
    on_select: impl Fn(T) -> Message,
) -> Element<'a, Message>
where
    T: Clone + PartialEq,
    Message: Clone + 'a,
{
    let Some(last) = options.len().checked_sub(1) else {
        return pick_list.into();
    };
    let at = chosen.and_then(|chosen| options.iter().position(|option| option == chosen));
    let before = at.map_or(0, |at| at.saturating_sub(1));
    let after = at.map_or(0, |at| (at + 1).min(last));
    let next = on_select(options[after].clone());
    stepper(pick_list, on_select(options[before].clone()), next.clone())
        .activates(next)
        .into()
}

pub struct Focus<'a, Message> {
    content: Element<'a, Message>,
    on_activate: Option<Message>,
    /// What the arrows send: a step down, a step up.
    steps: Option<(Message, Message)>,
    /// Sent after each step, as letting go of a slider does (to save).
    after_step: Option<Message>,
}

impl<'a, Message: Clone + 'a> Focus<'a, Message> {
    /// Enter and Space send this too.
    pub fn activates(mut self, message: Message) -> Self {
        self.on_activate = Some(message);
        self
    }

    /// Sent after every step with the arrows, as a slider sends on release.
    pub fn after_step(mut self, message: Message) -> Self {
        self.after_step = Some(message);
        self
    }
}

impl<'a, Message: Clone + 'a> From<Focus<'a, Message>> for Element<'a, Message> {
    fn from(focus: Focus<'a, Message>) -> Self {
        Element::new(focus)
    }
}

/// The wrapper's state, if `tree` is really its tree: a container that
/// matches children by key may hand a widget another's tree for a moment,
/// and a focus ring is never worth a crash.
fn state_of(tree: &mut Tree) -> Option<&mut State> {
    (tree.tag == tree::Tag::of::<State>()).then(|| tree.state.downcast_mut::<State>())
}

/// Whether the control has the focus: what iced's focus operations change.
#[derive(Debug, Default)]
struct State {
    focused: bool,
}

impl Focusable for State {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

impl<Message: Clone> Focus<'_, Message> {
    /// The message for a key pressed while focused, if it means something here.
    fn answer(&self, key: &Key, modifiers: keyboard::Modifiers) -> Vec<Message> {
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            return Vec::new();
        }
        let step = |up: bool| {
            self.steps.as_ref().map(|(down, upward)| {
                let step = if up { upward } else { down }.clone();
                std::iter::once(step)
                    .chain(self.after_step.clone())
                    .collect::<Vec<_>>()
            })
        };
        match key.as_ref() {
            Key::Named(Named::Enter | Named::Space) => self.on_activate.iter().cloned().collect(),
            Key::Named(Named::ArrowLeft | Named::ArrowDown) => step(false).unwrap_or_default(),
            Key::Named(Named::ArrowRight | Named::ArrowUp) => step(true).unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}

impl<Message: Clone> Widget<Message, Theme, Renderer> for Focus<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

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
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        if let Some(state) = state_of(tree) {
            operation.focusable(None, layout.bounds(), state);
        }
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
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
        let mut unused = State::default();
        let state = state_of(tree).unwrap_or(&mut unused);
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
                if state.focused =>
            {
                let messages = self.answer(key, *modifiers);
                if !messages.is_empty() {
                    for message in messages {
                        shell.publish(message);
                    }
                    // Taken: Space here presses this control, it does not
                    // pause; Enter does not also start what home has chosen.
                    shell.capture_event();
                    return;
                }
            }
            // The pointer takes over: the ring is for the keyboard.
            Event::Mouse(mouse::Event::ButtonPressed(_)) if state.focused => {
                state.focused = false;
                shell.request_redraw();
            }
            _ => {}
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
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
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if tree.tag == tree::Tag::of::<State>() && tree.state.downcast_ref::<State>().focused {
            renderer.fill_quad(
                renderer::Quad {
                    bounds: layout.bounds().expand(RING_GAP + RING_WIDTH),
                    border: Border {
                        color: ring_color(theme),
                        width: RING_WIDTH,
                        radius: (10.0 + RING_GAP).into(),
                    },
                    ..renderer::Quad::default()
                },
                Color::TRANSPARENT,
            );
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

/// The theme's accent if it stands out enough from the background, else
/// the text colour (which always does).
pub fn ring_color(theme: &Theme) -> Color {
    let palette = theme.extended_palette();
    let background = palette.background.base.color;
    let accent = palette.primary.strong.color;
    if contrast(accent, background) >= RING_CONTRAST {
        accent
    } else {
        palette.background.base.text
    }
}

/// WCAG contrast ratio of two opaque colours, 1 to 21.
pub fn contrast(a: Color, b: Color) -> f32 {
    let (light, dark) = {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b), a.min(b))
    };
    (light + 0.05) / (dark + 0.05)
}

fn luminance(color: Color) -> f32 {
    let linear = |channel: f32| {
        if channel <= 0.039_28 {
            channel / 12.92
        } else {
            ((channel + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b)
}
