//! Everything iced. The domain modules know nothing of this one.

mod app;
mod icon;
pub mod keys;
pub mod screen;
mod sound;
pub mod theme;
pub mod widget;
pub mod window;

pub use app::{App, Launch, Message};

use crate::clock::Clock;
use crate::paths::Paths;
use crate::settings::Settings;

/// Opens the window and runs until it is closed.
pub fn run(launch: Launch, paths: Paths) -> iced::Result {
    let loaded = Settings::load(&paths.settings());
    let window = window::settings(&loaded.settings);
    let audio = crate::audio::Audio::spawn(loaded.settings.gain());
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
