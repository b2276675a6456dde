//! Two real processes saving settings at once (a background Steady and a
//! window, say) keep each other's changes: the read, merge and write of a
//! save is one step under a lock. The processes are this test binary run
//! again with `STEADY_SAVER` set, so each is a separate process with its
//! own memory, as two Steadys are.

use std::path::Path;
use std::process::{Command, Stdio};

use steady::settings::Settings;

/// Save-merge cycles each process runs.
const CYCLES: u32 = 300;

/// What one saver changes: its own field (different in each process) and a
/// field both change (equal in name, each with its own values).
fn change(mut settings: Settings, saver: &str, cycle: u32) -> Settings {
    let own = Some(format!("{saver} {cycle}"));
    match saver {
        "first" => settings.notifications_note = own,
        _ => settings.last_breathing = own,
    }
    let offset = if saver == "first" { 100 } else { 150 };
    settings.text_scale = offset + (cycle % 50) as u16;
    settings
}

fn own_field(settings: &Settings, saver: &str) -> Option<String> {
    match saver {
        "first" => settings.notifications_note.clone(),
        _ => settings.last_breathing.clone(),
    }
}

/// One process's loop, as the app saves: change, save what changed since
/// the last save merged with the file, keep the result as the new base.
/// Before each save it looks whether its previous save is still in the
/// file: the other process may only add its own changes, never undo these.
/// Prints how many of its saves were undone.
fn run_saver(saver: &str, path: &Path) {
    let mut base = Settings::load(path).settings;
    let mut undone = 0;
    let mut last = None;
    for cycle in 0..CYCLES {
        if last.is_some() && own_field(&Settings::load(path).settings, saver) != last {
            undone += 1;
        }
        let mine = change(base.clone(), saver, cycle);
        match mine.save_changes(&base, path) {
            Ok(merged) => base = merged,
            Err(error) => panic!("{saver}: cycle {cycle}: {error}"),
        }
        last = own_field(&base, saver);
    }
    println!("undone={undone}");
}

/// Not a test by itself: the body of a saver process when `STEADY_SAVER`
/// names one ("first" or "second") and `STEADY_SAVER_FILE` the settings.
#[test]
#[ignore = "a saver process of the test below, run by it"]
fn saver_process() {
    if let (Ok(saver), Ok(file)) = (
        std::env::var("STEADY_SAVER"),
        std::env::var("STEADY_SAVER_FILE"),
    ) {
        run_saver(&saver, Path::new(&file));
    }
}

#[test]
fn two_processes_saving_at_once_keep_each_others_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    Settings::default().save(&path).expect("save");
    let me = std::env::current_exe().expect("the test binary");
    let savers: Vec<_> = ["first", "second"]
        .into_iter()
        .map(|saver| {
            let child = Command::new(&me)
                .args(["saver_process", "--exact", "--ignored", "--nocapture"])
                .env("STEADY_SAVER", saver)
                .env("STEADY_SAVER_FILE", &path)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("a saver starts");
            (saver, child)
        })
        .collect();
    let mut report = Vec::new();
    for (saver, child) in savers {
        let output = child.wait_with_output().expect("a saver ends");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{saver}: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let undone = stdout
            .lines()
            .find_map(|line| line.strip_prefix("undone="))
            .and_then(|count| count.parse::<u32>().ok())
            .expect("the saver says how many saves were undone");
        report.push((saver, undone));
    }
    let end = Settings::load(&path).settings;
    eprintln!("saves undone by the other process: {report:?}");
    assert!(
        report.iter().all(|(_, undone)| *undone == 0),
        "saves undone by the other process: {report:?}"
    );
    let last = CYCLES - 1;
    assert_eq!(end.notifications_note, Some(format!("first {last}")));
    assert_eq!(end.last_breathing, Some(format!("second {last}")));
    let shared = [
        change(Settings::default(), "first", last).text_scale,
        change(Settings::default(), "second", last).text_scale,
    ];
    assert!(shared.contains(&end.text_scale), "{}", end.text_scale);
}
