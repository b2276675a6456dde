//! The tray icon, where the desktop has a status-notifier tray (KDE and
//! most others): Start, the next reminder, Pause reminders today, Open, Quit.
//! Where there is none, there is simply no icon.

use ksni::blocking::TrayMethods;
use ksni::menu::StandardItem;
use ksni::{MenuItem, Tray};

/// What the person chose in the tray's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Start,
    PauseToday,
    Open,
    Quit,
}

struct Icon {
    choices: async_channel::Sender<Choice>,
    /// "Start Two-minute reset".
    start: String,
    /// "Next reminder: 15:00", or nothing.
    next: Option<String>,
}

impl Icon {
    fn send(&self, choice: Choice) {
        let _ = self.choices.try_send(choice);
    }
}

impl Tray for Icon {
    fn id(&self) -> String {
        crate::app_id::APP_ID.into()
    }

    fn title(&self) -> String {
        "Steady".into()
    }

    fn icon_name(&self) -> String {
        crate::app_id::ICON.into()
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        self.send(Choice::Open);
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        let item = |label: String, choice: Choice| -> MenuItem<Self> {
            StandardItem {
                label,
                activate: Box::new(move |icon: &mut Icon| icon.send(choice)),
                ..Default::default()
            }
            .into()
        };
        let mut items = vec![item(self.start.clone(), Choice::Start)];
        if let Some(next) = &self.next {
            items.push(
                StandardItem {
                    label: next.clone(),
                    enabled: false,
                    ..Default::default()
                }
                .into(),
            );
        }
        items.extend([
            item(crate::t!("tray-pause-today").into(), Choice::PauseToday),
            MenuItem::Separator,
            item(crate::t!("tray-open").into(), Choice::Open),
            item(crate::t!("tray-quit").into(), Choice::Quit),
        ]);
        items
    }
}

/// A running tray icon.
pub struct Handle {
    handle: ksni::blocking::Handle<Icon>,
}

impl Handle {
    /// Changes the menu's words (what Start starts, when the next reminder is).
    pub fn update(&self, start: String, next: Option<String>) {
        let _ = self.handle.update(|icon| {
            icon.start = start;
            icon.next = next;
        });
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.handle.shutdown();
    }
}

/// Shows the icon if the desktop has a tray; its choices arrive on `choices`.
pub fn show(
    choices: async_channel::Sender<Choice>,
    start: String,
    next: Option<String>,
) -> Option<Handle> {
    let icon = Icon {
        choices,
        start,
        next,
    };
    icon.spawn().ok().map(|handle| Handle { handle })
}
