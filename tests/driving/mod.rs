//! Drives the real `App` as a person does: keys and clicks go through the
//! widget tree first, with the widgets' state (which field has the focus)
//! kept from one look to the next, and only a key no widget took reaches
//! the app's shortcuts — as iced's `keyboard::listen` does in a window. The
//! tasks the app returns are run too: focus changes, and the results of
//! work done off the window's thread (a history write that ended).

#![allow(dead_code)]

mod flow;

// Not every test binary that includes this module uses it.
#[allow(unused_imports)]
pub use flow::Flow;

use std::time::{Duration, Instant};

use iced::keyboard::{self, Key};
use iced::{Event, Size};
use iced_test::core::{clipboard, event, mouse, widget, Font, Pixels};
use iced_test::futures::futures::stream::BoxStream;
use iced_test::futures::futures::{FutureExt, StreamExt};
use iced_test::renderer::Renderer;
use iced_test::runtime::user_interface::{Cache, UserInterface};
use iced_test::runtime::{task, Action};
use iced_test::selector::Bounded;
use iced_test::Selector;
use steady::ui::{App, Message};

pub struct Driver {
    cache: Option<Cache>,
    renderer: Renderer,
    size: Size,
    cursor: mouse::Cursor,
    /// Tasks the app returned that have not finished.
    pending: Vec<BoxStream<'static, Action<Message>>>,
}

impl Default for Driver {
    fn default() -> Self {
        Driver::new()
    }
}

impl Driver {
    pub fn new() -> Driver {
        use iced_test::core::renderer::Headless;
        let backend = std::env::var("ICED_TEST_BACKEND").ok();
        let renderer =
            iced_test::futures::futures::executor::block_on(<Renderer as Headless>::new(
                Font::with_name("Fira Sans"),
                Pixels(16.0),
                backend.as_deref(),
            ))
            .expect("a headless renderer");
        Driver {
            cache: Some(Cache::default()),
            renderer,
            size: Size::new(1024.0, 768.0),
            cursor: mouse::Cursor::Unavailable,
            pending: Vec::new(),
        }
    }

    /// Sends a message as the runtime would, and runs what it asks for.
    pub fn update(&mut self, app: &mut App, message: Message) {
        let task = app.update(message);
        if let Some(stream) = task::into_stream(task) {
            self.pending.push(stream);
        }
        self.pump(app);
    }

    /// A key pressed and released. `text` is what it types, if anything.
    pub fn press(&mut self, app: &mut App, key: impl Into<Key>, text: Option<&str>) {
        let key = key.into();
        let text = text.map(iced_test::core::SmolStr::new);
        let pressed = iced_test::simulator::press_key(key.clone(), text);
        let released = iced_test::simulator::release_key(key);
        self.events(app, vec![pressed, released]);
    }

    /// A key pressed and released with Shift held (Shift+Tab).
    pub fn press_shifted(&mut self, app: &mut App, key: impl Into<Key>) {
        let key = key.into();
        let mut pressed = iced_test::simulator::press_key(key.clone(), None);
        if let Event::Keyboard(keyboard::Event::KeyPressed { modifiers, .. }) = &mut pressed {
            *modifiers = keyboard::Modifiers::SHIFT;
        }
        let released = iced_test::simulator::release_key(key);
        self.events(app, vec![pressed, released]);
    }

    /// Types `words` one character at a time, wherever the focus is.
    pub fn typewrite(&mut self, app: &mut App, words: &str) {
        for character in words.chars() {
            let text = character.to_string();
            self.press(app, Key::Character(text.as_str().into()), Some(&text));
        }
    }

    /// Clicks the middle of what `target` finds.
    pub fn click<S>(&mut self, app: &mut App, target: S)
    where
        S: Selector + Send,
        S::Output: Bounded + Clone + Send + Sync + 'static,
    {
        let description = target.description();
        let bounds = self
            .find(app, target)
            .and_then(|found| found.visible_bounds())
            .unwrap_or_else(|| panic!("nothing visible to click: {description}"));
        self.cursor = mouse::Cursor::Available(bounds.center());
        self.events(
            app,
            vec![
                Event::Mouse(mouse::Event::CursorMoved {
                    position: bounds.center(),
                }),
                Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
                Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
            ],
        );
    }

    fn find<S>(&mut self, app: &App, target: S) -> Option<S::Output>
    where
        S: Selector + Send,
        S::Output: Clone + Send,
    {
        use iced_test::core::widget::Operation;
        let mut operation = target.find();
        let mut ui = self.build(app);
        ui.operate(
            &self.renderer,
            &mut widget::operation::black_box(&mut operation),
        );
        self.cache = Some(ui.into_cache());
        match operation.finish() {
            widget::operation::Outcome::Some(found) => found,
            _ => None,
        }
    }

    fn build<'a>(&mut self, app: &'a App) -> UserInterface<'a, Message, iced::Theme, Renderer> {
        UserInterface::build(
            app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        )
    }

    /// Events through the widgets first; keys none of them took go on to
    /// the app's shortcuts, after the widgets' own messages.
    fn events(&mut self, app: &mut App, events: Vec<Event>) {
        let mut messages = Vec::new();
        let statuses = {
            let mut ui = self.build(app);
            let (_, statuses) = ui.update(
                &events,
                self.cursor,
                &mut self.renderer,
                &mut clipboard::Null,
                &mut messages,
            );
            self.cache = Some(ui.into_cache());
            statuses
        };
        for (event, status) in events.into_iter().zip(statuses) {
            if let (
                Event::Keyboard(key @ keyboard::Event::KeyPressed { .. }),
                event::Status::Ignored,
            ) = (event, status)
            {
                messages.push(Message::Key(key));
            }
        }
        for message in messages {
            self.update(app, message);
        }
        self.redraw(app);
    }

    /// The frame the runtime draws after events: widgets see it too, and a
    /// scrollable that a focus move scrolled tells the app so then.
    fn redraw(&mut self, app: &mut App) {
        let mut messages = Vec::new();
        {
            let mut ui = self.build(app);
            let redraw = Event::Window(iced::window::Event::RedrawRequested(Instant::now()));
            let _ = ui.update(
                &[redraw],
                self.cursor,
                &mut self.renderer,
                &mut clipboard::Null,
                &mut messages,
            );
            self.cache = Some(ui.into_cache());
        }
        for message in messages {
            self.update(app, message);
        }
    }

    /// Runs what the tasks have ready now: widget operations (focus) on the
    /// kept widget state, messages back into the app.
    pub fn pump(&mut self, app: &mut App) {
        let mut streams = std::mem::take(&mut self.pending);
        // Streams that ran a widget operation and have not gone on since:
        // what follows one (an answer read from the widgets) may come a
        // moment later, so they are waited for, briefly.
        let mut waiting = vec![false; streams.len()];
        let patience = Instant::now() + Duration::from_millis(500);
        loop {
            let mut moved = false;
            let mut index = 0;
            while index < streams.len() {
                let polled = streams[index].next().now_or_never();
                if polled.is_some() {
                    moved = true;
                    waiting[index] = false;
                }
                match polled {
                    Some(Some(Action::Output(message))) => {
                        let task = app.update(message);
                        if let Some(stream) = task::into_stream(task) {
                            streams.push(stream);
                            waiting.push(false);
                        }
                    }
                    Some(Some(Action::Widget(operation))) => {
                        self.operate(app, operation);
                        waiting[index] = true;
                    }
                    // Windows, the clipboard, fonts: not part of these tests.
                    Some(Some(_)) => {}
                    Some(None) => {
                        drop(streams.swap_remove(index));
                        waiting.swap_remove(index);
                    }
                    None => index += 1,
                }
            }
            if !moved {
                if !waiting.contains(&true) || Instant::now() >= patience {
                    break;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        self.pending = streams;
    }

    /// Runs a widget operation (focus, scrolling) on the kept widget state,
    /// and what it goes on with, as the runtime does (a count, then a
    /// focus change).
    fn operate(&mut self, app: &App, operation: Box<dyn widget::Operation>) {
        let mut ui = self.build(app);
        let mut current = Some(operation);
        while let Some(mut operation) = current.take() {
            ui.operate(&self.renderer, operation.as_mut());
            if let widget::operation::Outcome::Chain(next) = operation.finish() {
                current = Some(next);
            }
        }
        self.cache = Some(ui.into_cache());
    }

    /// Runs tasks until none is left or `limit` has passed (work off the
    /// window's thread, such as a history write, ends by itself).
    pub fn settle(&mut self, app: &mut App, limit: Duration) {
        let until = Instant::now() + limit;
        loop {
            self.pump(app);
            if self.pending.is_empty() || Instant::now() >= until {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Whether a task is still running.
    pub fn busy(&self) -> bool {
        !self.pending.is_empty()
    }
}
