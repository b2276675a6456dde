//! The window: its first size and place from the settings, and the events that
//! keep the saved placement current.

use iced::{event, window, Event, Point, Size, Subscription};

use crate::settings::{Settings, WindowPlacement};

const DEFAULT: Size = Size::new(880.0, 680.0);
/// The first window never starts larger than this, so it fits a small laptop screen.
const LARGEST_FIRST: Size = Size::new(1120.0, 760.0);

/// Size and place from the saved settings, else a comfortable default.
pub fn settings(settings: &Settings) -> window::Settings {
    let placement = settings.window;
    // Larger text wants a larger first window; a saved size always wins.
    let grow = 1.0 + f32::from(settings.text_scale.saturating_sub(100)) / 250.0;
    window::Settings {
        size: placement.map_or((DEFAULT * grow).min(LARGEST_FIRST), |p| {
            Size::new(p.width, p.height)
        }),
        position: match placement.and_then(|p| p.x.zip(p.y)) {
            Some((x, y)) => window::Position::Specific(Point::new(x, y)),
            None => window::Position::Centered,
        },
        min_size: Some(Size::new(520.0, 460.0)),
        exit_on_close_request: false,
        icon: crate::ui::icon::window_icon(),
        platform_specific: window::settings::PlatformSpecific {
            application_id: "steady".to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    }
}

/// What happened to the window that the app cares about.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    Moved(Point),
    Resized(Size),
    CloseRequested(window::Id),
}

pub fn changes() -> Subscription<Change> {
    event::listen_with(|event, _status, id| match event {
        Event::Window(window::Event::Moved(point)) => Some(Change::Moved(point)),
        Event::Window(window::Event::Resized(size)) => Some(Change::Resized(size)),
        Event::Window(window::Event::CloseRequested) => Some(Change::CloseRequested(id)),
        _ => None,
    })
}

/// The placement after a move or resize.
pub fn placed(current: Option<WindowPlacement>, change: Change) -> Option<WindowPlacement> {
    let placement = current.unwrap_or(WindowPlacement {
        width: DEFAULT.width,
        height: DEFAULT.height,
        x: None,
        y: None,
    });
    match change {
        Change::Moved(point) => Some(WindowPlacement {
            x: Some(point.x),
            y: Some(point.y),
            ..placement
        }),
        Change::Resized(size) => Some(WindowPlacement {
            width: size.width,
            height: size.height,
            ..placement
        }),
        Change::CloseRequested(_) => current,
    }
}
