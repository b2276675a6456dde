//! The windows: the main one (its first size and place from the settings,
//! used only if they fit the screen), the small always-on-top one, and the
//! reminder's own window; and the events that keep saved places current.

use std::sync::OnceLock;

use iced::{event, window, Event, Point, Size, Subscription, Task};

use crate::settings::Settings;
use crate::state::{State, WindowPlacement};

const DEFAULT: Size = Size::new(880.0, 680.0);
/// The first window never starts larger than this, so it fits a small laptop screen.
const LARGEST_FIRST: Size = Size::new(1120.0, 760.0);
pub const MIN_SIZE: Size = Size::new(520.0, 460.0);
/// The small window: the shape, the word and the time left, nothing else.
pub const MINI: Size = Size::new(220.0, 260.0);
const REMINDER: Size = Size::new(420.0, 240.0);
/// Space kept between the small window and the screen's edges.
const MARGIN: f32 = 24.0;

/// The saved placements, for the positioning functions (plain `fn`s that
/// cannot capture them).
static SAVED: OnceLock<WindowPlacement> = OnceLock::new();
static SAVED_MINI: OnceLock<WindowPlacement> = OnceLock::new();

/// The main window: size and place as saved, else a comfortable default
/// for the text size. The saved place is used only if the whole window
/// fits on the screen it opens on.
pub fn main(settings: &Settings, state: &State) -> window::Settings {
    let placement = state.window;
    // Larger text wants a larger first window; a saved size always wins.
    let grow = 1.0 + f32::from(settings.text_scale.saturating_sub(100)) / 250.0;
    let size = placement.map_or((DEFAULT * grow).min(LARGEST_FIRST), |p| {
        Size::new(p.width, p.height)
    });
    let position = match placement {
        Some(saved) if saved.x.is_some() => {
            let _ = SAVED.set(saved);
            window::Position::SpecificWith(saved_or_centred)
        }
        _ => window::Position::Centered,
    };
    window::Settings {
        size,
        position,
        min_size: Some(MIN_SIZE),
        ..common()
    }
}

/// The small always-on-top window, where it was last time if that is on
/// the screen, else in the bottom right corner (X11; on Wayland the
/// compositor places it and decides what stays on top).
pub fn mini(state: &State) -> window::Settings {
    let size = state
        .mini_window
        .map_or(MINI, |p| Size::new(p.width, p.height))
        .max(Size::new(160.0, 180.0));
    if let Some(saved) = state.mini_window {
        let _ = SAVED_MINI.set(saved);
    }
    // A fixed size (smallest = largest) is what makes a tiling compositor
    // float the window at that size instead of giving it half the screen.
    window::Settings {
        size,
        position: window::Position::SpecificWith(mini_place),
        min_size: Some(size),
        max_size: Some(size),
        resizable: false,
        level: window::Level::AlwaysOnTop,
        ..common()
    }
}

/// The reminder's own window, where no notification service answers.
pub fn reminder() -> window::Settings {
    window::Settings {
        size: REMINDER,
        position: window::Position::Centered,
        resizable: false,
        level: window::Level::AlwaysOnTop,
        ..common()
    }
}

fn common() -> window::Settings {
    window::Settings {
        exit_on_close_request: false,
        icon: crate::ui::icon::window_icon(),
        platform_specific: window::settings::PlatformSpecific {
            // Wayland's app id, and both halves of X11's WM_CLASS (iced sets
            // the instance and class to it): the desktop file's name.
            application_id: crate::app_id::APP_ID.to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    }
}

fn saved_or_centred(window: Size, screen: Size) -> Point {
    let fits = SAVED
        .get()
        .and_then(|saved| saved.position_on((screen.width, screen.height)));
    match fits {
        Some((x, y)) => Point::new(x, y),
        None => Point::new(
            ((screen.width - window.width) / 2.0).max(0.0),
            ((screen.height - window.height) / 2.0).max(0.0),
        ),
    }
}

fn mini_place(window: Size, screen: Size) -> Point {
    let fits = SAVED_MINI
        .get()
        .and_then(|saved| saved.position_on((screen.width, screen.height)));
    match fits {
        Some((x, y)) => Point::new(x, y),
        None => Point::new(
            (screen.width - window.width - MARGIN).max(0.0),
            (screen.height - window.height - MARGIN * 2.0).max(0.0),
        ),
    }
}

/// What happened to a window that the app cares about.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Opened,
    Moved(Point),
    Resized(Size),
    CloseRequested,
    Closed,
    /// The size of the screen the window is on.
    Screen(Option<Size>),
    /// A file was dropped on the window (X11).
    FileDropped(std::path::PathBuf),
}

/// Every window's changes, with the window they happened to.
pub fn changes() -> Subscription<(window::Id, Change)> {
    event::listen_with(|event, _status, id| {
        let change = match event {
            Event::Window(window::Event::Opened { .. }) => Change::Opened,
            Event::Window(window::Event::Moved(point)) => Change::Moved(point),
            Event::Window(window::Event::Resized(size)) => Change::Resized(size),
            Event::Window(window::Event::CloseRequested) => Change::CloseRequested,
            Event::Window(window::Event::Closed) => Change::Closed,
            Event::Window(window::Event::FileDropped(path)) => Change::FileDropped(path),
            _ => return None,
        };
        Some((id, change))
    })
}

/// Asks for the size of the screen the window is on.
pub fn ask_screen(id: window::Id) -> Task<(window::Id, Change)> {
    window::monitor_size(id).map(move |size| (id, Change::Screen(size)))
}

/// Shrinks a window (from saved settings) that is larger than its screen.
pub fn fit<T: Send + 'static>(id: window::Id, window: Size, screen: Option<Size>) -> Task<T> {
    let Some(screen) = screen else {
        return Task::none();
    };
    if window.width <= screen.width && window.height <= screen.height {
        return Task::none();
    }
    let fitted = Size::new(
        window.width.min(screen.width).max(MIN_SIZE.width),
        window.height.min(screen.height).max(MIN_SIZE.height),
    );
    window::resize(id, fitted).chain(window::move_to(id, Point::ORIGIN))
}

/// The placement after a move or resize.
pub fn placed(
    current: Option<WindowPlacement>,
    change: &Change,
    default: Size,
) -> Option<WindowPlacement> {
    let placement = current.unwrap_or(WindowPlacement {
        width: default.width,
        height: default.height,
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
        _ => current,
    }
}

pub fn default_size() -> Size {
    DEFAULT
}
