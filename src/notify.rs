//! A reminder as a desktop notification (freedesktop, over D-Bus), with the
//! choices "Start", "In 10 minutes" and "Not today". Every wait is bounded:
//! a notification service that does not answer counts as none.

use std::time::Duration;

use futures_lite::future;
use notify_rust::{Hint, Notification, NotificationResponse, Timeout};

/// What the person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Start,
    Snooze,
    NotToday,
    /// Closed or ignored.
    Dismissed,
}

/// How a reminder went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Answered(Answer),
    /// No notification service answered: why, in plain words.
    Unavailable(String),
}

/// A service has this long to take the notification.
const SHOW: Duration = Duration::from_secs(5);
/// A reminder nobody answers is let go after this long.
const WAIT: Duration = Duration::from_secs(3 * 60 * 60);

/// Shows the reminder and waits for the answer (or gives up, bounded).
pub async fn remind(title: &str, body: &str) -> Outcome {
    let notification = Notification::new()
        .appname("Steady")
        .summary(title)
        .body(body)
        .icon(crate::app_id::ICON)
        // The desktop entry's name without ".desktop", as the spec asks.
        .hint(Hint::DesktopEntry(crate::app_id::APP_ID.into()))
        .timeout(Timeout::Never)
        .action("start", crate::t!("reminder-start"))
        .action("snooze", crate::t!("reminder-snooze"))
        .action("not-today", crate::t!("reminder-not-today"))
        .finalize();
    let shown = future::or(async { Some(notification.show_async().await) }, async {
        smol::Timer::after(SHOW).await;
        None
    })
    .await;
    let handle = match shown {
        Some(Ok(handle)) => handle,
        Some(Err(error)) => return Outcome::Unavailable(plain(&error.to_string())),
        None => {
            return Outcome::Unavailable(crate::t!("notify-no-answer").into());
        }
    };
    let (answers, answer) = async_channel::bounded(1);
    let waited = future::or(
        async {
            handle
                .wait_for_action_async(|response| {
                    let _ = answers.try_send(response.clone());
                })
                .await;
            answer.recv().await.ok()
        },
        async {
            smol::Timer::after(WAIT).await;
            None
        },
    )
    .await;
    Outcome::Answered(match waited {
        Some(NotificationResponse::Action(action)) => match action.as_str() {
            "start" => Answer::Start,
            "snooze" => Answer::Snooze,
            "not-today" => Answer::NotToday,
            _ => Answer::Dismissed,
        },
        // A click on the notification itself means "yes".
        Some(NotificationResponse::Default) => Answer::Start,
        _ => Answer::Dismissed,
    })
}

/// The D-Bus error in words a person can read.
fn plain(error: &str) -> String {
    if error.contains("ServiceUnknown") || error.contains("was not provided") {
        crate::t!("notify-no-service").into()
    } else if error.contains("Failed to connect") || error.contains("No such file") {
        crate::t!("notify-no-bus").into()
    } else {
        let short: String = error.chars().take(120).collect();
        crate::t!("notify-failed", error = short)
    }
}
