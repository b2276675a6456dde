//! A client asking sway for an activation token, as a launcher does.

use std::os::unix::net::UnixStream;
use std::path::Path;

use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::wl_registry::WlRegistry;
use wayland_client::{Connection, Dispatch, QueueHandle};
use wayland_protocols::xdg::activation::v1::client::xdg_activation_token_v1::{
    self, XdgActivationTokenV1,
};
use wayland_protocols::xdg::activation::v1::client::xdg_activation_v1::XdgActivationV1;

#[derive(Default)]
struct State(Option<String>);

impl Dispatch<WlRegistry, GlobalListContents> for State {
    fn event(
        _: &mut State,
        _: &WlRegistry,
        _: <WlRegistry as wayland_client::Proxy>::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<State>,
    ) {
    }
}

impl Dispatch<XdgActivationV1, ()> for State {
    fn event(
        _: &mut State,
        _: &XdgActivationV1,
        _: <XdgActivationV1 as wayland_client::Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<State>,
    ) {
    }
}

impl Dispatch<XdgActivationTokenV1, ()> for State {
    fn event(
        state: &mut State,
        _: &XdgActivationTokenV1,
        event: xdg_activation_token_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<State>,
    ) {
        if let xdg_activation_token_v1::Event::Done { token } = event {
            state.0 = Some(token);
        }
    }
}

/// A fresh token from the compositor listening on `socket`.
pub fn token(socket: &Path) -> Option<String> {
    let connection = Connection::from_socket(UnixStream::connect(socket).ok()?).ok()?;
    let (globals, mut queue) = registry_queue_init::<State>(&connection).ok()?;
    let activation: XdgActivationV1 = globals.bind(&queue.handle(), 1..=1, ()).ok()?;
    let token = activation.get_activation_token(&queue.handle(), ());
    token.set_app_id(steady::app_id::APP_ID.to_owned());
    token.commit();
    let mut state = State::default();
    while state.0.is_none() {
        queue.blocking_dispatch(&mut state).ok()?;
    }
    state.0
}
