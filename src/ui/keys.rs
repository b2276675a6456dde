//! Keyboard shortcuts as plain data, so every screen maps keys the same way
//! and tests can check the mapping without a window.

use iced::keyboard::key::Named;
use iced::keyboard::{self, Key};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    TogglePause,
    Next,
    Previous,
    NextPart,
    /// Customise the chosen exercise.
    Edit,
    /// The small always-on-top window, and back.
    Mini,
    Up,
    Down,
    Restart,
    Back,
    Confirm,
    Number(usize),
    QuickCalm,
    Settings,
    ToggleMute,
    /// Tab: the focus to the next control (at first, the check-in's note).
    Tab,
    /// Shift+Tab: the focus to the control before.
    BackTab,
    /// Your practice (the history screen).
    History,
    /// The intro again during an exercise; About on the home screen.
    Info,
}

/// The shortcut for a key press, if any. Held-down keys repeat only for moves
/// (arrows), never for toggles or starts. Letters are read by their Latin
/// meaning on the physical key, so shortcuts work with a Greek or Cyrillic
/// layout active.
pub fn shortcut(event: &keyboard::Event) -> Option<Shortcut> {
    let keyboard::Event::KeyPressed {
        key,
        physical_key,
        modifiers,
        repeat,
        ..
    } = event
    else {
        return None;
    };
    if modifiers.control() || modifiers.alt() || modifiers.logo() {
        return None;
    }
    let shortcut = match key.as_ref() {
        Key::Named(Named::Space) => Shortcut::TogglePause,
        Key::Named(Named::ArrowRight) => Shortcut::Next,
        Key::Named(Named::ArrowLeft) => Shortcut::Previous,
        Key::Named(Named::ArrowUp) => Shortcut::Up,
        Key::Named(Named::ArrowDown) => Shortcut::Down,
        Key::Named(Named::Escape) => Shortcut::Back,
        Key::Named(Named::Enter) => Shortcut::Confirm,
        Key::Named(Named::Tab) if modifiers.shift() => Shortcut::BackTab,
        Key::Named(Named::Tab) => Shortcut::Tab,
        Key::Character(_) => match key.to_latin(*physical_key)?.to_ascii_lowercase() {
            'r' => Shortcut::Restart,
            'q' => Shortcut::QuickCalm,
            's' | ',' => Shortcut::Settings,
            'm' => Shortcut::ToggleMute,
            'n' => Shortcut::NextPart,
            'e' => Shortcut::Edit,
            'w' => Shortcut::Mini,
            'h' => Shortcut::History,
            'i' => Shortcut::Info,
            digit @ '1'..='9' => Shortcut::Number(usize::from(digit as u8 - b'0')),
            _ => return None,
        },
        _ => return None,
    };
    let moves = matches!(
        shortcut,
        Shortcut::Up | Shortcut::Down | Shortcut::Tab | Shortcut::BackTab
    );
    if *repeat && !moves {
        return None;
    }
    Some(shortcut)
}
