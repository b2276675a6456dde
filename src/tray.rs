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

/// A tray icon: being made, running, or not there (no tray on this desktop).
pub struct Handle {
    state: std::sync::Arc<std::sync::Mutex<State>>,
}

#[derive(Default)]
struct State {
    running: Option<ksni::blocking::Handle<Icon>>,
    /// Words changed while the icon was still being made.
    waiting: Option<(String, Option<String>)>,
    /// The handle was dropped while the icon was still being made.
    gone: bool,
}

fn lock(state: &std::sync::Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Handle {
    /// Changes the menu's words (what Start starts, when the next reminder is).
    pub fn update(&self, start: String, next: Option<String>) {
        let mut state = lock(&self.state);
        match &state.running {
            Some(running) => {
                let _ = running.update(|icon| {
                    icon.start = start;
                    icon.next = next;
                });
            }
            None => state.waiting = Some((start, next)),
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        let mut state = lock(&self.state);
        state.gone = true;
        if let Some(running) = state.running.take() {
            running.shutdown();
        }
    }
}

/// Shows the icon if the desktop has a tray; its choices arrive on `choices`.
/// Made on a thread of its own: reaching the desktop's tray over D-Bus takes
/// a few milliseconds that the first window does not wait for.
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
    let state = std::sync::Arc::new(std::sync::Mutex::new(State::default()));
    let shared = state.clone();
    std::thread::Builder::new()
        .name("steady-tray".into())
        .spawn(move || {
            let Ok(running) = icon.spawn() else {
                return;
            };
            let mut state = lock(&shared);
            if state.gone {
                running.shutdown();
                return;
            }
            if let Some((start, next)) = state.waiting.take() {
                let _ = running.update(|icon| {
                    icon.start = start;
                    icon.next = next;
                });
            }
            state.running = Some(running);
        })
        .ok()?;
    Some(Handle { state })
}
