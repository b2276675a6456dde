//! Sound cues: built-in voices, tones and sound files, mixed by one source
//! that ramps every change, played by one long-lived owner thread that
//! follows the running session. Nothing here knows about iced.

pub mod builtin;
pub mod cues;
pub mod follow;
pub mod loudness;
pub mod microphone;
pub mod mix;
mod output;
mod owner;
mod priority;
mod pulse;
mod quiet;
pub mod ready;
pub mod recorded;
pub mod synth;
pub mod tone;
mod vorbis_check;

pub use output::DeviceStatus;
pub use owner::{Audio, Preparing};
