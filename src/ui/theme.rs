//! A soft, calm palette for light and dark, and text sizes that follow the
//! person's text scale.

use std::sync::LazyLock;

use iced::theme::{Mode, Palette};
use iced::{color, Theme};

use crate::settings::ThemeChoice;

static LIGHT: LazyLock<Theme> = LazyLock::new(|| {
    Theme::custom(
        "Steady light",
        Palette {
            background: color!(0xf3f6f4),
            text: color!(0x1f2d2a),
            primary: color!(0x3d7d70),
            success: color!(0x4f8f63),
            warning: color!(0xb7832f),
            danger: color!(0xa9544b),
        },
    )
});

static DARK: LazyLock<Theme> = LazyLock::new(|| {
    Theme::custom(
        "Steady dark",
        Palette {
            background: color!(0x151c1b),
            text: color!(0xdfe8e5),
            primary: color!(0x7dbdaf),
            success: color!(0x86c79a),
            warning: color!(0xdcb26a),
            danger: color!(0xdf8d83),
        },
    )
});

/// The theme for the person's choice, given what the desktop prefers.
pub fn theme(choice: ThemeChoice, system: Mode) -> Theme {
    let dark = match choice {
        ThemeChoice::Light => false,
        ThemeChoice::Dark => true,
        ThemeChoice::System => system == Mode::Dark,
    };
    if dark {
        DARK.clone()
    } else {
        LIGHT.clone()
    }
}

/// Text sizes in logical pixels, scaled by the person's text size setting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    scale: f32,
}

impl Sizes {
    pub fn new(text_scale_percent: u16) -> Sizes {
        Sizes {
            scale: f32::from(text_scale_percent) / 100.0,
        }
    }

    /// The text scale as a factor (1.0 to 2.0).
    pub fn scale(self) -> f32 {
        self.scale
    }

    fn scaled(self, base: f32) -> f32 {
        (base * self.scale).round()
    }

    pub fn small(self) -> f32 {
        self.scaled(14.0)
    }

    pub fn body(self) -> f32 {
        self.scaled(17.0)
    }

    pub fn heading(self) -> f32 {
        self.scaled(22.0)
    }

    pub fn title(self) -> f32 {
        self.scaled(30.0)
    }

    /// The phase word or prompt during an exercise: readable at arm's length.
    pub fn prompt(self) -> f32 {
        self.scaled(36.0)
    }

    /// A grounding or relaxation instruction: a sentence or two, large but fitting.
    pub fn instruction(self) -> f32 {
        self.scaled(27.0)
    }

    /// The countdown in the middle of the player.
    pub fn countdown(self) -> f32 {
        self.scaled(56.0)
    }
}

/// A row in the exercise list: quiet until hovered, outlined when chosen with the keyboard.
pub fn list_row(
    selected: bool,
) -> impl Fn(&Theme, iced::widget::button::Status) -> iced::widget::button::Style {
    use iced::widget::button::{Status, Style};
    move |theme, status| {
        let palette = theme.extended_palette();
        let background = match status {
            Status::Hovered | Status::Pressed => Some(palette.background.weak.color.into()),
            _ if selected => Some(palette.background.weakest.color.into()),
            _ => None,
        };
        let border = if selected {
            iced::border::rounded(10)
                .color(palette.primary.base.color)
                .width(2)
        } else {
            iced::border::rounded(10)
        };
        Style {
            background,
            text_color: palette.background.base.text,
            border,
            ..Style::default()
        }
    }
}

/// A quiet button: a soft tint that darkens a little under the pointer,
/// and fades when it cannot be used (the first step cannot move up, or a
/// take is being recorded), so it does not look like it should work.
pub fn soft_button(
    theme: &Theme,
    status: iced::widget::button::Status,
) -> iced::widget::button::Style {
    use iced::widget::button::{Status, Style};
    let palette = theme.extended_palette();
    let pair = match status {
        Status::Hovered | Status::Pressed => palette.background.strong,
        _ => palette.background.weak,
    };
    let (text_alpha, background_alpha) = if status == Status::Disabled {
        (0.45, 0.5)
    } else {
        (1.0, 1.0)
    };
    Style {
        background: Some(pair.color.scale_alpha(background_alpha).into()),
        text_color: pair.text.scale_alpha(text_alpha),
        border: iced::border::rounded(10),
        ..Style::default()
    }
}

/// The one main action on a screen.
pub fn main_button(
    theme: &Theme,
    status: iced::widget::button::Status,
) -> iced::widget::button::Style {
    let style = iced::widget::button::primary(theme, status);
    iced::widget::button::Style {
        border: iced::border::rounded(10),
        ..style
    }
}

/// The amber "Tense" badge of muscle relaxation.
pub fn tense_badge(theme: &Theme) -> iced::widget::container::Style {
    let palette = theme.extended_palette();
    iced::widget::container::Style::default()
        .background(palette.warning.weak.color)
        .color(palette.warning.weak.text)
        .border(iced::border::rounded(16))
}

/// The green "Release" badge of muscle relaxation.
pub fn release_badge(theme: &Theme) -> iced::widget::container::Style {
    let palette = theme.extended_palette();
    iced::widget::container::Style::default()
        .background(palette.success.weak.color)
        .color(palette.success.weak.text)
        .border(iced::border::rounded(16))
}

/// A safety line: set apart on a soft tint, calm rather than alarming.
pub fn safety_note(theme: &Theme) -> iced::widget::container::Style {
    let palette = theme.extended_palette();
    iced::widget::container::Style::default()
        .background(palette.background.weak.color)
        .color(palette.background.weak.text)
        .border(iced::border::rounded(12))
}

/// A text field: while it has the focus, its border is as thick and as
/// coloured as the focus ring around buttons, so a keyboard user sees where
/// typing goes (iced's own focused border is one pixel, hard to see).
pub fn field(
    theme: &Theme,
    status: iced::widget::text_input::Status,
) -> iced::widget::text_input::Style {
    let mut style = iced::widget::text_input::default(theme, status);
    if matches!(status, iced::widget::text_input::Status::Focused { .. }) {
        style.border = focused_border(theme, style.border);
    }
    style
}

/// A text box of several lines, focused the same way as [`field`].
pub fn note_field(
    theme: &Theme,
    status: iced::widget::text_editor::Status,
) -> iced::widget::text_editor::Style {
    let mut style = iced::widget::text_editor::default(theme, status);
    if matches!(status, iced::widget::text_editor::Status::Focused { .. }) {
        style.border = focused_border(theme, style.border);
    }
    style
}

fn focused_border(theme: &Theme, border: iced::Border) -> iced::Border {
    border
        .color(crate::ui::widget::focus::ring_color(theme))
        .width(2)
}
