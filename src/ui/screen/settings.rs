//! Settings: appearance, motion and sound. Each change is applied at once and
//! saved by the parent.

use iced::widget::{button, column, container, row, scrollable, slider, text, toggler, Column};
use iced::{Alignment, Element, Length};

use crate::settings::{
    Settings, ThemeChoice, MAX_LEAD_IN, MAX_TEXT_SCALE, MAX_VOLUME_DB, MIN_TEXT_SCALE,
    MIN_VOLUME_DB,
};
use crate::ui::keys::Shortcut;
use crate::ui::theme::Sizes;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Theme(ThemeChoice),
    TextScale(u16),
    ReducedMotion(bool),
    LeadIn(u8),
    /// The volume slider moved (dB).
    Volume(f32),
    Muted(bool),
    CountTicks(bool),
    /// A slider was let go: the value it settled on is worth saving.
    SliderReleased,
    TestSound,
    Back,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Applied but not saved yet: a slider still moving.
    Adjusted,
    /// Applied and worth saving.
    Changed,
    TestSound,
    Back,
}

/// Where files live and how audio is doing, shown at the bottom.
pub struct Context {
    pub exercises_folder: String,
    pub audio_note: Option<String>,
}

pub fn update(settings: &mut Settings, message: Message) -> Action {
    match message {
        Message::Theme(choice) => settings.theme = choice,
        Message::TextScale(scale) => {
            settings.text_scale = scale.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE);
            return Action::Adjusted;
        }
        Message::ReducedMotion(on) => settings.reduced_motion = on,
        Message::LeadIn(seconds) => {
            settings.lead_in_seconds = seconds.min(MAX_LEAD_IN);
            return Action::Adjusted;
        }
        Message::Volume(volume) => {
            settings.volume_db = volume.clamp(MIN_VOLUME_DB, MAX_VOLUME_DB);
            return Action::Adjusted;
        }
        Message::SliderReleased => {}
        Message::Muted(muted) => settings.muted = muted,
        Message::CountTicks(on) => settings.count_ticks = on,
        Message::TestSound => return Action::TestSound,
        Message::Back => return Action::Back,
    }
    Action::Changed
}

/// "Volume: −12 dB (softer)": decibels as the ear hears them, with a word.
pub fn volume_words(db: f32) -> String {
    let db = db.round();
    let word = if db >= -6.0 {
        "loud"
    } else if db >= -18.0 {
        "medium"
    } else if db >= -32.0 {
        "soft"
    } else {
        "very soft"
    };
    // A real minus sign reads better than a hyphen.
    let number = if db < 0.0 {
        format!("\u{2212}{}", -db)
    } else {
        "0".to_owned()
    };
    format!("Volume: {number} dB ({word})")
}

pub fn shortcut(shortcut: Shortcut) -> Action {
    match shortcut {
        Shortcut::Back | Shortcut::Settings => Action::Back,
        _ => Action::None,
    }
}

pub fn view(settings: &Settings, context: Context) -> Element<'static, Message> {
    let sizes = Sizes::new(settings.text_scale);
    let heading = |label: &'static str| text(label).size(sizes.heading());
    let label = |label: String| text(label).size(sizes.body());

    let themes = row([
        ("Follow system", ThemeChoice::System),
        ("Light", ThemeChoice::Light),
        ("Dark", ThemeChoice::Dark),
    ]
    .into_iter()
    .map(|(name, choice)| {
        button(text(name).size(sizes.body()))
            .padding([6, 14])
            .style(if settings.theme == choice {
                crate::ui::theme::main_button
            } else {
                crate::ui::theme::soft_button
            })
            .on_press(Message::Theme(choice))
            .into()
    }))
    .spacing(8);

    let appearance = column![
        heading("Appearance"),
        themes,
        label(format!("Text size: {}%", settings.text_scale)),
        slider(
            f64::from(MIN_TEXT_SCALE)..=f64::from(MAX_TEXT_SCALE),
            f64::from(settings.text_scale),
            |value| Message::TextScale(value.round() as u16)
        )
        .step(10.0)
        .on_release(Message::SliderReleased),
        toggler(settings.reduced_motion)
            .label("Reduced motion: a steady bar instead of the moving circle")
            .text_size(sizes.body())
            .on_toggle(Message::ReducedMotion),
        label(match settings.lead_in_seconds {
            0 => "Get ready before an exercise: off".to_owned(),
            1 => "Get ready before an exercise: 1 second".to_owned(),
            seconds => format!("Get ready before an exercise: {seconds} seconds"),
        }),
        slider(
            0.0..=f64::from(MAX_LEAD_IN),
            f64::from(settings.lead_in_seconds),
            |value| { Message::LeadIn(value.round() as u8) }
        )
        .step(1.0)
        .on_release(Message::SliderReleased),
    ]
    .spacing(10);

    let sound = column![
        heading("Sound"),
        label(volume_words(settings.volume_db)),
        slider(
            MIN_VOLUME_DB..=MAX_VOLUME_DB,
            settings.volume_db,
            Message::Volume
        )
        .step(1.0)
        .on_release(Message::SliderReleased),
        toggler(settings.muted)
            .label("Mute all cues (M)")
            .text_size(sizes.body())
            .on_toggle(Message::Muted),
        toggler(settings.count_ticks)
            .label("Soft tick every second of a phase")
            .text_size(sizes.body())
            .on_toggle(Message::CountTicks),
        button(text("Play test sound").size(sizes.body()))
            .style(crate::ui::theme::soft_button)
            .on_press(Message::TestSound),
    ]
    .spacing(10);

    let mut files = Column::new().spacing(6).push(heading("Your exercises")).push(
        text(format!(
            "Put your own .ron files in {}. A file with the same id as a built-in exercise replaces it.",
            context.exercises_folder
        ))
        .size(sizes.small()),
    );
    if let Some(note) = context.audio_note {
        files = files.push(text(note).size(sizes.small()).style(text::secondary));
    }

    let header = row![
        text("Settings").size(sizes.title()),
        iced::widget::space::horizontal(),
        button(text("Done").size(sizes.body()))
            .style(crate::ui::theme::main_button)
            .on_press(Message::Back),
    ]
    .align_y(Alignment::Center);

    let page = column![
        header,
        appearance,
        sound,
        files,
        text("Esc back").size(sizes.small()).style(text::secondary)
    ]
    .spacing(28)
    .padding(24)
    .max_width(720);
    scrollable(container(page).center_x(Length::Fill))
        .height(Length::Fill)
        .into()
}
