//! Everything iced. The domain modules know nothing of this one.

mod app;
mod icon;
pub mod keys;
pub mod screen;
pub mod theme;
pub mod widget;

pub use app::{window_settings, App, Launch, Message};

use crate::clock::Clock;
use crate::paths::Paths;
use crate::settings::Settings;

/// Opens the window and runs until it is closed.
pub fn run(launch: Launch, paths: Paths) -> iced::Result {
    let loaded = Settings::load(&paths.settings());
    let window = window_settings(&loaded.settings);
    let gain = if loaded.settings.muted {
        0.0
    } else {
        loaded.settings.volume
    };
    let audio = crate::audio::Audio::spawn(gain);
    let boot = move || {
        App::new(
            launch.clone(),
            paths.clone(),
            loaded.clone(),
            Clock::System,
            Some(audio.clone()),
        )
    };
    iced::application(boot, App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .window(window)
        .run()
}
