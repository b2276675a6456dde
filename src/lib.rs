//! Steady: calming exercises from plain RON files.
//!
//! Everything here except `ui` is free of iced and tested directly.

pub mod app_id;
pub mod audio;
pub mod autostart;
pub mod check;
pub mod cli;
pub mod clock;
pub mod desktop;
pub mod editor;
pub mod error;
pub mod exercise;
pub mod fsio;
pub mod history;
pub mod i18n;
pub mod instance;
pub mod launch;
pub mod library;
pub mod memory;
pub mod notify;
pub mod paths;
pub mod record;
pub mod reminders;
pub mod routine;
pub mod session;
pub mod settings;
pub mod sitting;
pub mod speech;
pub mod startup;
pub mod state;
pub mod store;
pub mod suggest;
pub mod timeline;
pub mod tray;
pub mod ui;
pub mod userfiles;

pub use error::Error;
