//! Sound cues: generated tones and sound files, decoded ahead of time and
//! played by one long-lived owner thread. Nothing here knows about iced.

pub mod cues;
mod owner;
pub mod plan;
mod quiet;
pub mod tone;
mod voice;

pub use owner::{Audio, DeviceStatus, NO_DEVICE_NOTE};
