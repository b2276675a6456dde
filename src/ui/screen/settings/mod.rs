//! Settings: appearance, motion, sound, practice and reminders. Each change
//! is applied at once and saved by the parent.

mod reminders;

use iced::widget::{button, column, container, row, scrollable, slider, text, toggler, Column};
use iced::{Alignment, Element, Length};

use crate::reminders::Rule;
pub use reminders::{Draft, Edit};

use crate::settings::{
    Settings, ThemeChoice, MAX_LEAD_IN, MAX_TEXT_SCALE, MAX_VOLUME_DB, MIN_TEXT_SCALE,
    MIN_VOLUME_DB,
};
use crate::t;
use crate::ui::keys::Shortcut;
use crate::ui::theme::Sizes;
use crate::ui::widget::focus::{self, Reachable};

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
    ReadAloud(bool),
    SayBreaths(bool),
    /// The speaking rate slider moved (-100 to 100).
    VoiceRate(i16),
    /// The voice volume slider moved (-100 to 100).
    VoiceVolume(i16),
    CheckIn(bool),
    RemindersOn(bool),
    Rule(usize, Edit),
    AddRule,
    RemoveRule(usize),
    Autostart(bool),
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
    /// Reminders were turned on or off, or a rule changed.
    RemindersChanged {
        turned_on: bool,
    },
    Autostart(bool),
    TestSound,
    Back,
}

/// Where files live, how audio is doing, the next reminder, what a reminder may offer.
pub struct Context {
    pub exercises_folder: String,
    pub audio_note: Option<String>,
    /// What the desktop does not let Steady do with its windows.
    pub desktop_note: Option<&'static str>,
    /// When, and what it offers.
    pub next_reminder: Option<(String, String)>,
    /// Every exercise and routine: id and title.
    pub offers: Vec<(String, String)>,
    pub autostart: bool,
    /// Why desktop notifications are not used (said once).
    pub notifications_note: Option<String>,
}

/// The settings screen: what is being typed into the reminder rules.
#[derive(Debug, Clone, Default)]
pub struct SettingsScreen {
    drafts: Vec<Draft>,
}

impl SettingsScreen {
    pub fn new(settings: &Settings) -> SettingsScreen {
        SettingsScreen {
            drafts: settings.reminders.rules.iter().map(Draft::of).collect(),
        }
    }

    pub fn update(&mut self, settings: &mut Settings, message: Message) -> Action {
        match message {
            Message::RemindersOn(on) => {
                settings.reminders.on = on;
                Action::RemindersChanged { turned_on: on }
            }
            Message::Rule(index, edit) => {
                let Some(draft) = self.drafts.get_mut(index) else {
                    return Action::None;
                };
                match draft.edit(edit) {
                    Some(rule) => {
                        if let Some(kept) = settings.reminders.rules.get_mut(index) {
                            *kept = rule;
                        }
                        Action::RemindersChanged { turned_on: false }
                    }
                    None => Action::None,
                }
            }
            Message::AddRule => {
                let rule = Rule {
                    offer: settings.quick.clone(),
                    ..crate::reminders::Reminders::default()
                        .rules
                        .first()
                        .cloned()
                        .unwrap_or_default()
                };
                self.drafts.push(Draft::of(&rule));
                settings.reminders.rules.push(rule);
                Action::RemindersChanged { turned_on: false }
            }
            Message::RemoveRule(index) => {
                if index < self.drafts.len() && index < settings.reminders.rules.len() {
                    self.drafts.remove(index);
                    settings.reminders.rules.remove(index);
                }
                Action::RemindersChanged { turned_on: false }
            }
            Message::Autostart(on) => Action::Autostart(on),
            other => update(settings, other),
        }
    }

    pub fn view<'a>(&'a self, settings: &'a Settings, context: Context) -> Element<'a, Message> {
        view(settings, context, &self.drafts)
    }
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
        Message::ReadAloud(on) => settings.read_aloud = on,
        Message::SayBreaths(on) => settings.say_breaths = on,
        Message::VoiceRate(rate) => {
            settings.voice_rate = rate.clamp(-100, 100);
            return Action::Adjusted;
        }
        Message::VoiceVolume(volume) => {
            settings.voice_volume = volume.clamp(-100, 100);
            return Action::Adjusted;
        }
        Message::CheckIn(on) => settings.check_in = on,
        Message::TestSound => return Action::TestSound,
        Message::Back => return Action::Back,
        // The screen's own messages (reminders) are handled by `SettingsScreen`.
        Message::RemindersOn(_)
        | Message::Rule(..)
        | Message::AddRule
        | Message::RemoveRule(_)
        | Message::Autostart(_) => return Action::None,
    }
    Action::Changed
}

/// "Volume: −12 dB (softer)": decibels as the ear hears them, with a word.
pub fn volume_words(db: f32) -> String {
    let db = db.round();
    let word = if db >= -6.0 {
        t!("volume-loud")
    } else if db >= -18.0 {
        t!("volume-medium")
    } else if db >= -32.0 {
        t!("volume-soft")
    } else {
        t!("volume-very-soft")
    };
    // A real minus sign reads better than a hyphen.
    let number = if db < 0.0 {
        format!("\u{2212}{}", -db)
    } else {
        "0".to_owned()
    };
    t!("settings-volume", number = number, word = word)
}

pub fn shortcut(shortcut: Shortcut) -> Action {
    match shortcut {
        Shortcut::Back | Shortcut::Settings => Action::Back,
        _ => Action::None,
    }
}

fn view<'a>(settings: &'a Settings, context: Context, drafts: &'a [Draft]) -> Element<'a, Message> {
    let sizes = Sizes::new(settings.text_scale);
    let heading = |label: &'static str| text(label).size(sizes.heading());
    let label = |label: String| text(label).size(sizes.body());

    let themes = row([
        (t!("settings-theme-system"), ThemeChoice::System),
        (t!("settings-theme-light"), ThemeChoice::Light),
        (t!("settings-theme-dark"), ThemeChoice::Dark),
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
            .on_activate(Message::Theme(choice))
    }))
    .spacing(8);

    let appearance = column![
        heading(t!("settings-appearance")),
        themes,
        label(t!("settings-text-size", percent = settings.text_scale)),
        focus::slide(
            slider(
                f64::from(MIN_TEXT_SCALE)..=f64::from(MAX_TEXT_SCALE),
                f64::from(settings.text_scale),
                |value| Message::TextScale(value.round() as u16)
            )
            .step(10.0)
            .on_release(Message::SliderReleased),
            f64::from(settings.text_scale),
            f64::from(MIN_TEXT_SCALE)..=f64::from(MAX_TEXT_SCALE),
            10.0,
            |value| Message::TextScale(value.round() as u16),
            Message::SliderReleased,
        ),
        focus::switch(
            toggler(settings.reduced_motion)
                .label(t!("settings-reduced-motion"))
                .text_size(sizes.body())
                .size(sizes.body() * 1.2),
            settings.reduced_motion,
            Message::ReducedMotion,
        ),
        label(match settings.lead_in_seconds {
            0 => t!("settings-get-ready-off").to_owned(),
            seconds => t!("settings-get-ready", seconds = seconds),
        }),
        focus::slide(
            slider(
                0.0..=f64::from(MAX_LEAD_IN),
                f64::from(settings.lead_in_seconds),
                |value| { Message::LeadIn(value.round() as u8) }
            )
            .step(1.0)
            .on_release(Message::SliderReleased),
            f64::from(settings.lead_in_seconds),
            0.0..=f64::from(MAX_LEAD_IN),
            1.0,
            |value| Message::LeadIn(value.round() as u8),
            Message::SliderReleased,
        ),
    ]
    .spacing(10);

    let sound = column![
        heading(t!("settings-sound")),
        label(volume_words(settings.volume_db)),
        focus::slide(
            slider(
                MIN_VOLUME_DB..=MAX_VOLUME_DB,
                settings.volume_db,
                Message::Volume
            )
            .step(1.0)
            .on_release(Message::SliderReleased),
            f64::from(settings.volume_db),
            f64::from(MIN_VOLUME_DB)..=f64::from(MAX_VOLUME_DB),
            1.0,
            |value| Message::Volume(value as f32),
            Message::SliderReleased,
        ),
        focus::switch(
            toggler(settings.muted)
                .label(t!("settings-mute"))
                .text_size(sizes.body())
                .size(sizes.body() * 1.2),
            settings.muted,
            Message::Muted,
        ),
        focus::switch(
            toggler(settings.count_ticks)
                .label(t!("settings-ticks"))
                .text_size(sizes.body())
                .size(sizes.body() * 1.2),
            settings.count_ticks,
            Message::CountTicks,
        ),
        button(text(t!("settings-test-sound")).size(sizes.body()))
            .style(crate::ui::theme::soft_button)
            .on_activate(Message::TestSound),
    ]
    .spacing(10);

    let reading = reading_section(settings, sizes);

    let mut files = Column::new()
        .spacing(6)
        .push(heading(t!("settings-your-exercises")))
        .push(
            text(t!(
                "settings-your-exercises-where",
                folder = context.exercises_folder.as_str()
            ))
            .size(sizes.small()),
        );
    if let Some(note) = &context.audio_note {
        files = files.push(
            text(note.clone())
                .size(sizes.small())
                .style(text::secondary),
        );
    }

    let header = row![
        text(t!("settings-title")).size(sizes.title()),
        iced::widget::space::horizontal(),
        button(text(t!("settings-done")).size(sizes.body()))
            .style(crate::ui::theme::main_button)
            .on_activate(Message::Back),
    ]
    .align_y(Alignment::Center);

    let practice = column![
        heading(t!("settings-practice")),
        focus::switch(
            toggler(settings.check_in)
                .label(t!("settings-check-in"))
                .text_size(sizes.body())
                .size(sizes.body() * 1.2),
            settings.check_in,
            Message::CheckIn,
        ),
    ]
    .spacing(10);

    let mut page = column![header, appearance, sound, reading, practice];
    // Said once, where the small window and window places would be.
    if let Some(note) = context.desktop_note {
        page =
            page.push(column![heading(t!("settings-windows")), label(note.to_owned())].spacing(10));
    }
    let page = page
        .push(reminder_section(settings, &context, drafts, sizes))
        .push(files)
        .push(
            text(t!("settings-help"))
                .size(sizes.small())
                .style(text::secondary),
        )
        .spacing(28)
        .padding(24)
        .max_width(720);
    scrollable(container(page).center_x(Length::Fill))
        .height(Length::Fill)
        .into()
}

/// Reading the steps aloud: what, how fast, how loud.
fn reading_section(settings: &Settings, sizes: Sizes) -> Element<'_, Message> {
    let switch = |on: bool, words: &'static str, message: fn(bool) -> Message| {
        focus::switch(
            toggler(on)
                .label(words)
                .text_size(sizes.body())
                .size(sizes.body() * 1.2),
            on,
            message,
        )
    };
    let voice_slider = |value: i16, message: fn(i16) -> Message| {
        focus::slide(
            slider(-100.0..=100.0, f64::from(value), move |value: f64| {
                message(value.round() as i16)
            })
            .step(10.0)
            .on_release(Message::SliderReleased),
            f64::from(value),
            -100.0..=100.0,
            10.0,
            move |value| message(value.round() as i16),
            Message::SliderReleased,
        )
    };
    let rate = match settings.voice_rate {
        rate if rate < 0 => t!("settings-voice-slower", amount = -i32::from(rate)),
        0 => t!("settings-voice-usual").to_owned(),
        rate => t!("settings-voice-faster", amount = i32::from(rate)),
    };
    let volume = (i32::from(settings.voice_volume) + 100) / 2;
    column![
        text(t!("settings-reading")).size(sizes.heading()),
        switch(
            settings.read_aloud,
            t!("settings-read-aloud"),
            Message::ReadAloud
        ),
        switch(
            settings.say_breaths,
            t!("settings-say-breaths"),
            Message::SayBreaths
        ),
        text(rate).size(sizes.body()),
        voice_slider(settings.voice_rate, Message::VoiceRate),
        text(t!("settings-voice-volume", percent = volume)).size(sizes.body()),
        voice_slider(settings.voice_volume, Message::VoiceVolume),
        text(t!("settings-reading-help"))
            .size(sizes.small())
            .style(text::secondary),
    ]
    .spacing(10)
    .into()
}

fn reminder_section<'a>(
    settings: &'a Settings,
    context: &Context,
    drafts: &'a [Draft],
    sizes: Sizes,
) -> Element<'a, Message> {
    let mut section = Column::new()
        .spacing(10)
        .push(text(t!("settings-reminders")).size(sizes.heading()))
        .push(focus::switch(
            toggler(settings.reminders.on)
                .label(t!("settings-remind-me"))
                .text_size(sizes.body())
                .size(sizes.body() * 1.2),
            settings.reminders.on,
            Message::RemindersOn,
        ));
    if settings.reminders.on {
        let next = match &context.next_reminder {
            Some((when, what)) => t!("settings-next-reminder", when = when, title = what),
            None => t!("settings-no-reminder").to_owned(),
        };
        section = section.push(text(next).size(sizes.body()));
    }
    for (index, draft) in drafts.iter().enumerate() {
        section = section.push(draft.view(
            &context.offers,
            sizes,
            move |edit| Message::Rule(index, edit),
            Message::RemoveRule(index),
        ));
    }
    section = section
        .push(
            button(text(t!("settings-add-reminder")).size(sizes.body()))
                .style(crate::ui::theme::soft_button)
                .on_activate(Message::AddRule),
        )
        .push(focus::switch(
            toggler(context.autostart)
                .label(t!("settings-autostart"))
                .text_size(sizes.body())
                .size(sizes.body() * 1.2),
            context.autostart,
            Message::Autostart,
        ));
    if let Some(note) = &context.notifications_note {
        section = section.push(
            text(note.clone())
                .size(sizes.small())
                .style(text::secondary),
        );
    }
    section.into()
}
