//! The window: its first size and place from the settings (used only if they
//! fit the screen), and the events that keep the saved placement current.

use std::sync::OnceLock;

use iced::{event, window, Event, Point, Size, Subscription, Task};

use crate::settings::{Settings, WindowPlacement};

const DEFAULT: Size = Size::new(880.0, 680.0);
/// The first window never starts larger than this, so it fits a small laptop screen.
const LARGEST_FIRST: Size = Size::new(1120.0, 760.0);
pub const MIN_SIZE: Size = Size::new(520.0, 460.0);

/// The saved placement, for the positioning function (a plain `fn` that
/// cannot capture it).
static SAVED: OnceLock<WindowPlacement> = OnceLock::new();

/// Size and place from the saved settings, else a comfortable default. The
/// saved place is used only if the whole window fits on the screen it opens on.
pub fn settings(settings: &Settings) -> window::Settings {
    let placement = settings.window;
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
        exit_on_close_request: false,
        icon: crate::ui::icon::window_icon(),
        platform_specific: window::settings::PlatformSpecific {
            application_id: "steady".to_owned(),
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

/// What happened to the window that the app cares about.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Opened(window::Id),
    Moved(Point),
    Resized(Size),
    CloseRequested(window::Id),
    /// The size of the screen the window opened on.
    Screen {
        id: window::Id,
        size: Option<Size>,
    },
    /// A file was dropped on the window (X11).
    FileDropped(std::path::PathBuf),
}

pub fn changes() -> Subscription<Change> {
    event::listen_with(|event, _status, id| match event {
        Event::Window(window::Event::Opened { .. }) => Some(Change::Opened(id)),
        Event::Window(window::Event::Moved(point)) => Some(Change::Moved(point)),
        Event::Window(window::Event::Resized(size)) => Some(Change::Resized(size)),
        Event::Window(window::Event::CloseRequested) => Some(Change::CloseRequested(id)),
        Event::Window(window::Event::FileDropped(path)) => Some(Change::FileDropped(path)),
        _ => None,
    })
}

/// Asks for the size of the screen the window is on.
pub fn ask_screen(id: window::Id) -> Task<Change> {
    window::monitor_size(id).map(move |size| Change::Screen { id, size })
}

/// Shrinks a window (from saved settings) that is larger than its screen.
pub fn fit(id: window::Id, window: Size, screen: Option<Size>) -> Task<Change> {
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
        _ => current,
    }
}
