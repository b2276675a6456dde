//! What the desktop under the window can do. On X11 Steady keeps the small
//! window on top, puts windows back where they were and hides the main
//! window while the small one shows. On Wayland the compositor alone decides
//! where windows go and which stays on top, a window cannot hide itself,
//! and it may take the focus only with a launcher's activation token.

use std::sync::OnceLock;

use iced::window::{self, Id};
use iced::Task;
use raw_window_handle::RawDisplayHandle;

/// The kind of display the windows are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    X11,
    Wayland,
}

/// Learned from the first window (the toolkit picks the backend once).
static BACKEND: OnceLock<Backend> = OnceLock::new();

/// The backend the windows run on: the first window's, or before it opens,
/// the one the toolkit (winit) will pick from the environment.
pub fn backend() -> Backend {
    BACKEND.get().copied().unwrap_or_else(|| {
        let set = |name| std::env::var_os(name).is_some_and(|value| !value.is_empty());
        if set("WAYLAND_DISPLAY") || set("WAYLAND_SOCKET") {
            Backend::Wayland
        } else {
            Backend::X11
        }
    })
}

pub fn on_wayland() -> bool {
    backend() == Backend::Wayland
}

/// Finds out which backend window `id` uses and remembers it.
pub fn learn<T: Send + 'static>(id: Id) -> Task<T> {
    window::run(id, |handle| {
        let raw = handle.display_handle().map(|display| display.as_raw());
        if let Ok(RawDisplayHandle::Wayland(_)) = raw {
            Backend::Wayland
        } else {
            Backend::X11
        }
    })
    .then(|backend| {
        let _ = BACKEND.set(backend);
        Task::none()
    })
}

/// What Steady cannot do on this desktop, said once in settings: only
/// once a window has shown which backend is really in use.
pub fn limits() -> Option<&'static str> {
    (BACKEND.get() == Some(&Backend::Wayland)).then(|| crate::t!("settings-wayland-limits"))
}

/// Brings window `id` to the front. On Wayland only a launcher's token lets
/// a window take the focus; without one it asks for attention, which the
/// compositor may show (or grant). X11 needs no token.
pub fn raise<T: Send + 'static>(id: Id, token: Option<String>) -> Task<T> {
    match token {
        _ if !on_wayland() => window::gain_focus(id),
        Some(token) => window::run(id, move |handle| {
            activation::activate(handle, &token);
        })
        .discard(),
        None => window::request_user_attention(id, Some(window::UserAttention::Informational)),
    }
}

// One of two places Steady uses unsafe code (the other is
// `crate::memory`): iced offers no way to hand a
// token to the compositor, only the window's raw Wayland pointers.
#[allow(unsafe_code)]
mod activation {
    //! xdg-activation on the window's own Wayland connection, which iced
    //! does not expose beyond the raw handles.

    use raw_window_handle::{RawDisplayHandle, RawWindowHandle};
    use wayland_backend::client::{Backend, ObjectId};
    use wayland_client::globals::{registry_queue_init, GlobalListContents};
    use wayland_client::protocol::wl_registry::WlRegistry;
    use wayland_client::protocol::wl_surface::WlSurface;
    use wayland_client::{Connection, Dispatch, Proxy, QueueHandle};
    use wayland_protocols::xdg::activation::v1::client::xdg_activation_v1::XdgActivationV1;

    struct Quiet;

    impl Dispatch<WlRegistry, GlobalListContents> for Quiet {
        fn event(
            _: &mut Quiet,
            _: &WlRegistry,
            _: <WlRegistry as Proxy>::Event,
            _: &GlobalListContents,
            _: &Connection,
            _: &QueueHandle<Quiet>,
        ) {
        }
    }

    impl Dispatch<XdgActivationV1, ()> for Quiet {
        fn event(
            _: &mut Quiet,
            _: &XdgActivationV1,
            _: <XdgActivationV1 as Proxy>::Event,
            _: &(),
            _: &Connection,
            _: &QueueHandle<Quiet>,
        ) {
        }
    }

    /// Asks the compositor to activate the window with `token`. Best
    /// effort: a compositor without xdg-activation, or one that refuses the
    /// token, leaves the window where it is.
    pub fn activate(window: &dyn iced::window::Window, token: &str) {
        let (Ok(display), Ok(surface)) = (window.display_handle(), window.window_handle()) else {
            return;
        };
        let (RawDisplayHandle::Wayland(display), RawWindowHandle::Wayland(surface)) =
            (display.as_raw(), surface.as_raw())
        else {
            return;
        };
        // SAFETY: both pointers come from the live window this closure runs
        // for, on the event loop's thread, which keeps the display and the
        // surface alive until it returns. A foreign display is not
        // disconnected when the `Backend` is dropped.
        let (backend, surface) = unsafe {
            let backend = Backend::from_foreign_display(display.display.as_ptr().cast());
            let id = ObjectId::from_ptr(WlSurface::interface(), surface.surface.as_ptr().cast());
            (backend, id)
        };
        let connection = Connection::from_backend(backend);
        let Ok(surface) = surface.and_then(|id| WlSurface::from_id(&connection, id)) else {
            return;
        };
        let Ok((globals, queue)) = registry_queue_init::<Quiet>(&connection) else {
            return;
        };
        let Ok(activation) = globals.bind::<XdgActivationV1, _, _>(&queue.handle(), 1..=1, ())
        else {
            return;
        };
        activation.activate(token.to_owned(), &surface);
        activation.destroy();
        let _ = connection.flush();
    }
}
