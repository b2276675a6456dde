//! Editing an exercise file while Steady runs: the folder watcher notices,
//! the library reloads, a broken file is listed with its position while its
//! last good version stays, and the fix clears it, all without a restart.

use std::fs;
use std::time::Duration;

use futures_lite::StreamExt;
use iced_test::simulator;
use steady::clock::Clock;
use steady::library::Library;
use steady::paths::Paths;
use steady::settings::{Loaded, Settings};
use steady::ui::{App, Launch, Message, Sound};

const GOOD: &str = "(version: 1, id: \"mine\", title: \"My breath\", summary: \"Mine.\",
  practice: Breathing(phases: [(breath: Inhale, seconds: 4), (breath: Exhale, seconds: 6)], repeat: Cycles(6)))";
const FIXED: &str = "(version: 1, id: \"mine\", title: \"My better breath\", summary: \"Mine.\",
  practice: Breathing(phases: [(breath: Inhale, seconds: 4), (breath: Exhale, seconds: 8)], repeat: Cycles(6)))";
const BROKEN: &str = "(version: 1, id: \"mine\", title: \"My breath\", summary: \"Mine.\",\n  practice: Breathing(phases: [], repeat: Cycles(6)))";

/// Waits for the next change the watcher reports (or fails after a while).
fn next_change(changes: &mut (impl futures_lite::Stream<Item = ()> + Unpin)) {
    let got = futures_lite::future::block_on(futures_lite::future::or(
        async { changes.next().await.is_some() },
        async {
            smol::Timer::after(Duration::from_secs(10)).await;
            false
        },
    ));
    assert!(got, "the watcher reported the change");
}

/// Saves like an editor: a temporary file renamed over the real one.
fn save_like_an_editor(path: &std::path::Path, text: &str) {
    let temp = path.with_extension("ron.swp");
    fs::write(&temp, text).expect("write");
    fs::rename(&temp, path).expect("rename");
}

fn shows(app: &App, label: &str) -> bool {
    simulator(app.view()).find(label).is_ok()
}

#[test]
fn a_broken_edit_is_listed_and_the_fix_loads_without_a_restart() {
    let config = tempfile::tempdir().expect("temp dir");
    let paths = Paths::at(config.path());
    fs::create_dir_all(paths.exercises()).expect("mkdir");
    let file = paths.exercises().join("mine.ron");
    fs::write(&file, GOOD).expect("write");
    let (mut app, _) = App::new(
        Launch::Home,
        paths.clone(),
        Library::load(&paths),
        Loaded::fresh(Settings::default()),
        Clock::manual(),
        Sound::new(None),
    );
    assert!(shows(&app, "My breath"));
    let mut changes = Box::pin(steady::ui::watch::watch(paths.exercises()));
    // The watcher starts when first asked for a change: ask, briefly.
    let started = futures_lite::future::block_on(futures_lite::future::or(
        async { changes.next().await.is_some() },
        async {
            smol::Timer::after(Duration::from_millis(300)).await;
            false
        },
    ));
    assert!(!started, "nothing changed yet");

    save_like_an_editor(&file, BROKEN);
    next_change(&mut changes);
    let _ = app.update(Message::LibraryReloaded(Some(Box::new(Library::reload(
        &paths,
        app.library(),
    )))));
    assert!(
        simulator(app.view())
            .find(
                |candidate: iced_test::selector::Candidate<'_>| match candidate {
                    iced_test::selector::Candidate::Text { content, .. }
                        if content.starts_with("mine.ron:2:")
                            && content.contains("last good version") =>
                    {
                        Some(())
                    }
                    _ => None,
                }
            )
            .is_ok(),
        "the error is listed with its line and column"
    );
    assert!(shows(&app, "My breath"), "the last good version stays");

    save_like_an_editor(&file, FIXED);
    next_change(&mut changes);
    let _ = app.update(Message::LibraryReloaded(Some(Box::new(Library::reload(
        &paths,
        app.library(),
    )))));
    assert!(shows(&app, "My better breath"), "the fixed file is loaded");
    assert!(
        !shows(&app, "Files that could not be read"),
        "and the error is gone"
    );
    assert!(app.library().broken().is_empty());
}
