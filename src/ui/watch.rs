//! Live reload: the exercises folder is watched, and a burst of changes
//! (editors save by writing a temporary file and renaming it) becomes one
//! message once the folder has been quiet for a moment. Waiting costs
//! nothing: the watcher blocks on the kernel's events, and the quiet time is
//! a timer only while changes come in.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::Duration;

use iced::futures::{SinkExt, Stream};
use iced::Subscription;
use notify::{EventKind, RecursiveMode, Watcher};

/// Changes closer together than this are one change.
const QUIET: Duration = Duration::from_millis(300);

#[derive(Clone)]
struct Folder(PathBuf);

impl Hash for Folder {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

/// One `()` each time the folder's files changed and then stayed quiet.
pub fn changes(folder: PathBuf) -> Subscription<()> {
    Subscription::run_with(Folder(folder), |folder| watch(folder.0.clone()))
}

/// The stream behind [`changes`], usable without iced's runtime (tests).
pub fn watch(folder: PathBuf) -> impl Stream<Item = ()> {
    iced::stream::channel(4, async move |mut out| {
        let (events, incoming) = async_channel::unbounded();
        // The folder may not exist yet: it is the app's own to create.
        let _ = std::fs::create_dir_all(&folder);
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reading a file (Steady's own reload) is not a change.
            if event.is_ok_and(|event| !matches!(event.kind, EventKind::Access(_))) {
                let _ = events.try_send(());
            }
        });
        let Ok(mut watcher) = watcher else {
            return;
        };
        if watcher.watch(&folder, RecursiveMode::NonRecursive).is_err() {
            return;
        }
        crate::startup::mark("watcher");
        while incoming.recv().await.is_ok() {
            // Wait until the folder has been quiet for a moment.
            loop {
                let more =
                    futures_lite::future::or(async { incoming.recv().await.is_ok() }, async {
                        smol::Timer::after(QUIET).await;
                        false
                    })
                    .await;
                if !more {
                    break;
                }
            }
            if out.send(()).await.is_err() {
                break;
            }
        }
        drop(watcher);
    })
}
