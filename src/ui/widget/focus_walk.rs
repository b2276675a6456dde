//! What Tab and Shift-Tab do: the focus moves to the next (or previous)
//! control in reading order, as iced's `focus_next` and `focus_previous`
//! move it, with three differences a keyboard-only person needs: at the
//! end it goes round to the start (nothing is ever out of reach), with no
//! focus yet it may start at a screen's main field, and the control that
//! takes it is scrolled into view.

use iced::advanced::widget::operation::{
    self, scrollable::AbsoluteOffset, Focusable, Operation, Outcome, Scrollable,
};
use iced::advanced::widget::Id;
use iced::{Rectangle, Task, Vector};

/// Room kept around the control scrolled into view (its ring shows whole).
const ROOM: f32 = 16.0;

/// Moves the focus one control on (`forward`) or back. With nothing
/// focused, it goes to `start` if the screen has that control, else to the
/// first (or the last).
pub fn walk<T: Send + 'static>(forward: bool, start: Option<Id>) -> Task<T> {
    iced::advanced::widget::operate(Survey {
        forward,
        start,
        controls: Vec::new(),
        scrollables: Vec::new(),
    })
    .discard()
}

/// A scrollable as the survey saw it.
#[derive(Debug, Clone, Copy)]
struct Area {
    viewport: Rectangle,
    content: Rectangle,
    /// How far it is scrolled now.
    scrolled: f32,
}

/// A focusable control as the survey saw it.
#[derive(Debug, Clone)]
struct Control {
    bounds: Rectangle,
    focused: bool,
    is_start: bool,
    /// The innermost scrollable it is in, by index.
    area: Option<usize>,
}

/// First pass: where every control and scrollable is, and which has the focus.
struct Survey {
    forward: bool,
    start: Option<Id>,
    controls: Vec<Control>,
    scrollables: Vec<Area>,
}

impl Operation<()> for Survey {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<()>)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        self.scrollables.push(Area {
            viewport: bounds,
            content: content_bounds,
            scrolled: translation.y,
        });
    }

    fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        // A scrollable is met before what it holds: the last one holding
        // this control is the innermost.
        let area = self
            .scrollables
            .iter()
            .rposition(|area| area.content.intersects(&bounds));
        self.controls.push(Control {
            bounds,
            focused: state.is_focused(),
            is_start: id.is_some() && id == self.start.as_ref(),
            area,
        });
    }

    fn finish(&self) -> Outcome<()> {
        let total = self.controls.len();
        if total == 0 {
            return Outcome::None;
        }
        let focused = self.controls.iter().position(|control| control.focused);
        let target = match focused {
            Some(index) if self.forward => (index + 1) % total,
            Some(index) => (index + total - 1) % total,
            None => self
                .controls
                .iter()
                .position(|control| control.is_start)
                .unwrap_or(if self.forward { 0 } else { total - 1 }),
        };
        let control = &self.controls[target];
        let scroll = control.area.and_then(|index| {
            scrolled_to_show(self.scrollables[index], control.bounds).map(|offset| (index, offset))
        });
        Outcome::Chain(Box::new(Apply {
            target,
            scroll,
            control: 0,
            scrollable: 0,
        }))
    }
}

/// How far to scroll `area` so that `bounds` (with some room) is in view;
/// `None` when it is in view already.
fn scrolled_to_show(area: Area, bounds: Rectangle) -> Option<f32> {
    // Positions in the content, as if it were not scrolled.
    let top = bounds.y - area.content.y - ROOM;
    let bottom = bounds.y - area.content.y + bounds.height + ROOM;
    let height = area.viewport.height;
    if top >= area.scrolled && bottom <= area.scrolled + height {
        return None;
    }
    let offset = if bottom - top > height {
        top
    } else {
        // Centred where it can be: calm, and its neighbours show too.
        (top + bottom - height) / 2.0
    };
    Some(offset.clamp(0.0, (area.content.height - height).max(0.0)))
}

/// Second pass: the focus moves, and the control's scrollable shows it.
struct Apply {
    target: usize,
    scroll: Option<(usize, f32)>,
    control: usize,
    scrollable: usize,
}

impl Operation<()> for Apply {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<()>)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        _translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if let Some((index, offset)) = self.scroll {
            if index == self.scrollable {
                state.scroll_to(AbsoluteOffset {
                    x: None,
                    y: Some(offset),
                });
            }
        }
        self.scrollable += 1;
    }

    fn focusable(&mut self, _id: Option<&Id>, _bounds: Rectangle, state: &mut dyn Focusable) {
        if self.control == self.target {
            state.focus();
        } else {
            state.unfocus();
        }
        self.control += 1;
    }
}

/// Nothing has the focus afterwards (a click elsewhere, Esc on a screen).
pub fn clear<T: Send + 'static>() -> Task<T> {
    iced::advanced::widget::operate(operation::focusable::unfocus::<()>()).discard()
}

/// Whether the control `id` has the focus. Read by an operation into a
/// shared cell and handed on by a plain future, so the answer comes the
/// same way wherever tasks run (a window, or the tests' simulator).
pub fn has_focus(id: Id) -> Task<bool> {
    let answer = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let look = Look {
        id,
        answer: answer.clone(),
    };
    iced::advanced::widget::operate(look)
        .discard()
        .chain(Task::future(async move {
            answer.load(std::sync::atomic::Ordering::Relaxed)
        }))
}

struct Look {
    id: Id,
    answer: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Operation<()> for Look {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<()>)) {
        operate(self);
    }

    fn focusable(&mut self, id: Option<&Id>, _bounds: Rectangle, state: &mut dyn Focusable) {
        if id == Some(&self.id) {
            self.answer
                .store(state.is_focused(), std::sync::atomic::Ordering::Relaxed);
        }
    }
}
