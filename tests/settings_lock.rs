//! Two real processes saving settings (or the remembered state) at once —
//! a background Steady and a window, say — keep each other's changes: the
//! read, merge and write of a save is one step under a lock. The processes
//! are this test binary run again with `STEADY_SAVER` set, so each is a
//! separate process with its own memory, as two Steadys are.

use std::path::Path;
use std::process::{Command, Stdio};

use steady::record::{self, Record};
use steady::settings::Settings;
use steady::state::{State, WindowPlacement};

/// Save-merge cycles each process runs.
const CYCLES: u32 = 300;

/// A kind of file two savers share: what each changes, and how to see it.
trait Saved: Record {
    /// One saver's change: its own field (different in each process) and a
    /// field both change (equal in name, each with its own values).
    fn change(self, saver: &str, cycle: u32) -> Self;
    /// The saver's own field, to see whether its last save is still there.
    fn own(&self, saver: &str) -> String;
    /// The field both change.
    fn shared(&self) -> u32;
}

impl Saved for Settings {
    fn change(mut self, saver: &str, cycle: u32) -> Settings {
        match saver {
            "first" => self.quick = format!("first-{cycle}"),
            _ => self.volume_db = -f32::from((cycle % 50) as u8),
        }
        let offset = if saver == "first" { 100 } else { 150 };
        self.text_scale = offset + (cycle % 50) as u16;
        self
    }

    fn own(&self, saver: &str) -> String {
        match saver {
            "first" => self.quick.clone(),
            _ => self.volume_db.to_string(),
        }
    }

    fn shared(&self) -> u32 {
        self.text_scale.into()
    }
}

impl Saved for State {
    fn change(mut self, saver: &str, cycle: u32) -> State {
        let own = Some(format!("{saver} {cycle}"));
        match saver {
            "first" => self.notifications_note = own,
            _ => self.last_breathing = own,
        }
        let offset = if saver == "first" { 400 } else { 500 };
        self.window = Some(WindowPlacement {
            width: (offset + cycle % 50) as f32,
            height: 400.0,
            x: None,
            y: None,
        });
        self
    }

    fn own(&self, saver: &str) -> String {
        match saver {
            "first" => format!("{:?}", self.notifications_note),
            _ => format!("{:?}", self.last_breathing),
        }
    }

    fn shared(&self) -> u32 {
        self.window.map_or(0, |window| window.width as u32)
    }
}

/// One process's loop, as the app saves: change, save what changed since
/// the last save merged with the file, keep the result as the new base.
/// Before each save it looks whether its previous save is still in the
/// file: the other process may only add its own changes, never undo these.
/// Prints how many of its saves were undone.
fn run_saver<T: Saved>(saver: &str, path: &Path) {
    let mut base = record::load::<T>(path).value;
    let mut undone = 0;
    let mut last = None;
    for cycle in 0..CYCLES {
        if last.is_some() && Some(record::load::<T>(path).value.own(saver)) != last {
            undone += 1;
        }
        let mine = base.clone().change(saver, cycle);
        match record::save_changes(&mine, &base, path) {
            Ok(merged) => base = merged,
            Err(error) => panic!("{saver}: cycle {cycle}: {error}"),
        }
        last = Some(base.own(saver));
    }
    println!("undone={undone}");
}

/// Not a test by itself: the body of a saver process when `STEADY_SAVER`
/// names one ("first" or "second") and `STEADY_SAVER_FILE` the file
/// (`state.ron` for the state, else settings).
#[test]
#[ignore = "a saver process of the test below, run by it"]
fn saver_process() {
    if let (Ok(saver), Ok(file)) = (
        std::env::var("STEADY_SAVER"),
        std::env::var("STEADY_SAVER_FILE"),
    ) {
        let path = Path::new(&file);
        if path.ends_with("state.ron") {
            run_saver::<State>(&saver, path);
        } else {
            run_saver::<Settings>(&saver, path);
        }
    }
}

#[test]
fn two_processes_saving_settings_at_once_keep_each_others_changes() {
    two_processes_saving_at_once::<Settings>("settings.ron");
}

#[test]
fn two_processes_saving_state_at_once_keep_each_others_changes() {
    two_processes_saving_at_once::<State>("state.ron");
}

fn two_processes_saving_at_once<T: Saved>(name: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    record::save(&T::default(), &path).expect("save");
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
    let end = record::load::<T>(&path).value;
    eprintln!("saves undone by the other process: {report:?}");
    assert!(
        report.iter().all(|(_, undone)| *undone == 0),
        "saves undone by the other process: {report:?}"
    );
    let last = CYCLES - 1;
    for saver in ["first", "second"] {
        assert_eq!(end.own(saver), T::default().change(saver, last).own(saver));
    }
    let shared = [
        T::default().change("first", last).shared(),
        T::default().change("second", last).shared(),
    ];
    assert!(shared.contains(&end.shared()), "{}", end.shared());
}
