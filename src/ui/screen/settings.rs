//! Settings: appearance, motion and sound. Each change is applied at once and
//! saved by the parent.

use iced::widget::{button, column, container, row, scrollable, slider, text, toggler, Column};
use iced::{Alignment, Element, Length};

use crate::settings::{Settings, ThemeChoice, MAX_TEXT_SCALE, MIN_TEXT_SCALE};
use crate::ui::keys::Shortcut;
use crate::ui::theme::Sizes;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Theme(ThemeChoice),
    TextScale(u16),
    ReducedMotion(bool),
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
pub struct Context<'a> {
    pub exercises_folder: String,
    pub audio_note: Option<&'a str>,
}

pub fn update(settings: &mut Settings, message: Message) -> Action {
    match message {
        Message::Theme(choice) => settings.theme = choice,
        Message::TextScale(scale) => {
            settings.text_scale = scale.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE);
            return Action::Adjusted;
        }
        Message::ReducedMotion(on) => settings.reduced_motion = on,
        Message::Volume(volume) => {
            settings.volume = volume.clamp(0.0, 1.0);
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

pub fn shortcut(shortcut: Shortcut) -> Action {
    match shortcut {
        Shortcut::Back | Shortcut::Settings => Action::Back,
        _ => Action::None,
    }
}

pub fn view<'a>(settings: &Settings, context: Context<'a>) -> Element<'a, Message> {
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
    ]
    .spacing(10);

    let sound = column![
        heading("Sound"),
        label(format!("Volume: {}%", (settings.volume * 100.0).round())),
        slider(0.0..=1.0, settings.volume, Message::Volume)
            .step(0.05)
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
        files = files.push(
            text(note.to_owned())
                .size(sizes.small())
                .style(text::secondary),
        );
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
