//! Reminders to pause: one timer to the next one, a desktop notification
//! (or Steady's own small window where there is no notification service),
//! and the answers: start, in 10 minutes, not today.

use chrono::{DateTime, Local};

use super::*;
use crate::notify::{Answer, Outcome};
use crate::reminders;
use crate::ui::widget::focus::Reachable;

/// The reminder's answers, from a notification, the own window or the tray.
pub use crate::notify::Answer as ReminderAnswer;

/// The timer never sleeps longer than this: after the machine slept past a
/// reminder, it is noticed within this long (and offered once).
const LONGEST_WAIT: Duration = Duration::from_secs(10 * 60);
/// "In 10 minutes".
const SNOOZE_MINUTES: u16 = 10;

impl App {
    /// The next reminder from now, with what it offers.
    pub fn next_reminder(&self) -> Option<(DateTime<Local>, String)> {
        let now = self.clock.wall();
        reminders::next_after(&self.settings.reminders, &self.state.reminder_state, &now)
            .map(|next| (next.at, next.offer))
    }

    /// One timer to the next reminder, nothing while reminders are off.
    pub(super) fn reminder_subscription(&self) -> Subscription<Message> {
        let Some((at, _)) = self.next_reminder() else {
            return Subscription::none();
        };
        let until = (at - self.clock.wall()).to_std().unwrap_or(Duration::ZERO);
        // Whole seconds keep the subscription the same between updates.
        let wait = Duration::from_secs(until.as_secs().clamp(1, LONGEST_WAIT.as_secs()));
        iced::time::every(wait).map(|_| Message::ReminderTick)
    }

    /// Offers the reminder that is due, if one is.
    pub(super) fn reminder_tick(&mut self) -> Task<Message> {
        let now = self.clock.wall();
        let Some(due) = reminders::due(&self.settings.reminders, &self.state.reminder_state, &now)
        else {
            return Task::none();
        };
        self.state.reminder_state = self.state.reminder_state.offered(&now);
        let save = self.save_state();
        Task::batch([save, self.offer(due.offer)])
    }

    /// Shows a reminder offering `id`: as a notification, else in Steady's own window.
    pub(super) fn offer(&mut self, id: String) -> Task<Message> {
        let Some(playable) = self.library.playable(&id) else {
            return Task::none();
        };
        self.offered = Some(id);
        let title = crate::t!("reminder-title").to_owned();
        let body = format!(
            "{} · {}",
            playable.title,
            crate::timeline::format_clock(playable.timeline.total())
        );
        Task::perform(
            async move { crate::notify::remind(&title, &body).await },
            Message::Reminded,
        )
    }

    pub(super) fn reminded(&mut self, outcome: Outcome) -> Task<Message> {
        match outcome {
            Outcome::Answered(answer) => self.reminder_answered(answer),
            Outcome::Unavailable(why) => {
                // Said once, in settings; the reminder comes in Steady's own window.
                if self.state.notifications_note.is_none() {
                    self.state.notifications_note =
                        Some(crate::t!("reminder-own-window", why = why));
                }
                self.open_reminder_window()
            }
        }
    }

    fn open_reminder_window(&mut self) -> Task<Message> {
        if let Some(id) = self.windows.reminder {
            return iced::window::gain_focus(id);
        }
        let (id, opened) = iced::window::open(window::reminder());
        self.windows.reminder = Some(id);
        Task::batch([opened.discard(), self.save_state()])
    }

    pub(super) fn reminder_answered(&mut self, answer: Answer) -> Task<Message> {
        let close = match self.windows.reminder.take() {
            Some(id) => iced::window::close(id),
            None => Task::none(),
        };
        let Some(offer) = self.offered.take() else {
            return close;
        };
        let now = self.clock.wall();
        let then = match answer {
            Answer::Start => self.request_start(&offer, false),
            Answer::Snooze => {
                self.state.reminder_state =
                    self.state
                        .reminder_state
                        .snooze(&offer, &now, SNOOZE_MINUTES);
                self.save_state()
            }
            Answer::NotToday => self.pause_reminders_today(),
            Answer::Dismissed => Task::none(),
        };
        Task::batch([close, then])
    }

    pub(super) fn pause_reminders_today(&mut self) -> Task<Message> {
        self.state.reminder_state = self.state.reminder_state.skip_today(&self.clock.wall());
        self.save_state()
    }

    /// The reminder's own window: the same choices as the notification.
    pub(super) fn reminder_view(&self) -> Element<'_, Message> {
        use iced::widget::{button, column, row, text};
        let sizes = self.sizes();
        let offer = self
            .offered
            .as_deref()
            .and_then(|id| self.library.playable(id))
            .map_or_else(String::new, |playable| {
                format!(
                    "{} · {}",
                    playable.title,
                    crate::timeline::format_clock(playable.timeline.total())
                )
            });
        let choice = |label: &'static str, answer: Answer, main: bool| {
            button(text(label).size(sizes.body()))
                .padding([8, 16])
                .style(if main {
                    theme::main_button
                } else {
                    theme::soft_button
                })
                .on_activate(Message::ReminderAnswer(answer))
        };
        let content = column![
            text(crate::t!("reminder-title")).size(sizes.heading()),
            text(offer).size(sizes.body()),
            row![
                choice(crate::t!("reminder-start"), Answer::Start, true),
                choice(crate::t!("reminder-snooze"), Answer::Snooze, false),
                choice(crate::t!("reminder-not-today"), Answer::NotToday, false),
            ]
            .spacing(8)
            .wrap(),
        ]
        .spacing(16)
        .padding(24);
        container(content)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(|theme: &Theme| {
                container::Style::default().background(theme.palette().background)
            })
            .into()
    }
}
