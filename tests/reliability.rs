//! What files and the desktop can throw at Steady: special files where a
//! regular one belongs, endless and huge files, timelines far too large,
//! closed pipes and full disks, no display or one that does not answer.
//! Each must end in a clear message, quickly, with nothing lost.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod support;

/// `steady` with a clean environment and folders of its own (its own
/// runtime folder: a Steady running on this machine is never asked), no
/// display and no sound.
fn steady(config: &Path) -> Command {
    support::steady_command(config)
}

/// Runs with a time limit: a hang fails the test instead of stalling it.
fn run_within(mut command: Command, limit: Duration) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("steady starts");
    let deadline = Instant::now() + limit;
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            return child.wait_with_output().expect("output");
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("steady took longer than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn exercises_folder(config: &Path) -> std::path::PathBuf {
    let folder = config.join("exercises");
    fs::create_dir_all(&folder).expect("mkdir");
    folder
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo works");
}

#[test]
fn a_pipe_or_a_device_in_the_exercises_folder_never_blocks() {
    let config = tempfile::tempdir().expect("temp dir");
    let folder = exercises_folder(config.path());
    mkfifo(&folder.join("stray.ron"));
    std::os::unix::fs::symlink("/dev/zero", folder.join("endless.ron")).expect("symlink");
    std::os::unix::fs::symlink("/nonexistent", folder.join("dangling.ron")).expect("symlink");
    let output = run_within(
        {
            let mut command = steady(config.path());
            command.arg("list");
            command
        },
        Duration::from_secs(10),
    );
    let listed = text(&output.stdout);
    assert!(output.status.success(), "{listed}");
    assert!(
        listed.contains("box-breathing"),
        "the shipped ones are listed:\n{listed}"
    );
    assert!(
        listed
            .lines()
            .any(|line| line.contains("stray.ron") && line.contains("named pipe")),
        "{listed}"
    );
    assert!(
        listed
            .lines()
            .any(|line| line.contains("endless.ron") && line.contains("device")),
        "{listed}"
    );
    assert!(listed.contains("dangling.ron"), "{listed}");
}

#[test]
fn a_huge_or_growing_file_is_refused_without_reading_it_whole() {
    let config = tempfile::tempdir().expect("temp dir");
    let folder = exercises_folder(config.path());
    // A sparse file of 4 GiB: reading it whole would take gigabytes.
    let huge = fs::File::create(folder.join("huge.ron")).expect("create");
    huge.set_len(4 << 30).expect("sparse file");
    let mut command = steady(config.path());
    command.arg("list");
    let output = run_within(with_memory_limit(command), Duration::from_secs(10));
    let listed = text(&output.stdout);
    assert!(output.status.success(), "{listed}{}", text(&output.stderr));
    assert!(
        listed
            .lines()
            .any(|line| line.contains("huge.ron") && line.contains("at most")),
        "{listed}"
    );
}

/// `sh -c 'ulimit -v …; exec steady …'`: a run that tries to use gigabytes dies.
fn with_memory_limit(command: Command) -> Command {
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(|arg| arg.to_owned()).collect();
    let mut limited = Command::new("sh");
    // The command's environment is a clean one (see `steady`): so is this.
    limited
        .env_clear()
        .arg("-c")
        .arg("ulimit -v 1000000; exec \"$@\"")
        .arg("sh")
        .arg(program)
        .args(args);
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => limited.env(key, value),
            None => limited.env_remove(key),
        };
    }
    if let Some(dir) = command.get_current_dir() {
        limited.current_dir(dir);
    }
    limited
}

const TINY_STEPS: &str = r#"(
    version: 1, id: "tiny", title: "Tiny", summary: "Steps far too short.",
    practice: Breathing(
        phases: [(breath: Inhale, seconds: 0.001), (breath: Exhale, seconds: 0.001)],
        repeat: Seconds(10800),
    ),
)"#;

const TOO_MANY_STEPS: &str = r#"(
    version: 1, id: "many", title: "Many", summary: "Too many steps.",
    practice: Breathing(
        phases: [(breath: Inhale, seconds: 0.5), (breath: Exhale, seconds: 0.5)],
        repeat: Seconds(10800),
    ),
)"#;

#[test]
fn a_timeline_far_too_large_is_refused_before_anything_is_built() {
    let config = tempfile::tempdir().expect("temp dir");
    let folder = exercises_folder(config.path());
    fs::write(folder.join("tiny.ron"), TINY_STEPS).expect("write");
    fs::write(folder.join("many.ron"), TOO_MANY_STEPS).expect("write");

    let mut check = steady(config.path());
    check
        .args(["check"])
        .arg(folder.join("tiny.ron"))
        .arg(folder.join("many.ron"));
    let output = run_within(with_memory_limit(check), Duration::from_secs(10));
    let report = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(report.contains("too short to follow"), "{report}");
    assert!(
        report.contains("would make 21600 steps; the most is 5000"),
        "{report}"
    );

    // Another exercise still plans and lists, in little memory.
    let mut plan = steady(config.path());
    plan.args(["plan", "box-breathing"]);
    let output = run_within(with_memory_limit(plan), Duration::from_secs(10));
    assert!(output.status.success(), "{}", text(&output.stderr));
    let mut list = steady(config.path());
    list.arg("list");
    let output = run_within(with_memory_limit(list), Duration::from_secs(10));
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("tiny.ron"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let config = tempfile::tempdir().expect("temp dir");
    for args in [
        vec!["list"],
        vec!["plan", "pmr-full"],
        vec!["--help"],
        vec!["check", "exercises/box-breathing.ron"],
        vec!["history", "--csv"],
    ] {
        let mut command = steady(config.path());
        let mut child = command
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("steady starts");
        // The reader goes away before anything is written, as `| head -0` would.
        drop(child.stdout.take());
        let status = child.wait().expect("exits");
        let mut stderr = String::new();
        let _ = child
            .stderr
            .take()
            .map(|mut pipe| pipe.read_to_string(&mut stderr));
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(status.code().is_some(), "{args:?}: ended by a signal");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[test]
fn a_full_disk_is_one_line_and_exit_code_1() {
    let config = tempfile::tempdir().expect("temp dir");
    for args in [vec!["list"], vec!["history", "--csv"]] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let output = steady(config.path())
            .args(&args)
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("steady: cannot write the output:"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn without_a_display_the_window_says_so_in_one_line() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = run_within(steady(config.path()), Duration::from_secs(20));
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("steady: cannot open a window: no display"),
        "{stderr}"
    );
}

#[test]
fn a_display_that_does_not_answer_is_given_up_on() {
    let config = tempfile::tempdir().expect("temp dir");
    // A "display" that accepts connections and never says a word.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listen");
    let port = listener.local_addr().expect("address").port();
    // The display number is the port minus 6000 (ephemeral ports are higher).
    let number = port.checked_sub(6000).expect("a port above 6000");
    let _accepting = std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    let mut command = steady(config.path());
    command.env("DISPLAY", format!("127.0.0.1:{number}"));
    let started = Instant::now();
    let output = run_within(command, Duration::from_secs(30));
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("does not answer"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn a_wayland_display_that_refuses_is_one_line() {
    let config = tempfile::tempdir().expect("temp dir");
    let mut command = steady(config.path());
    command.env("WAYLAND_DISPLAY", config.path().join("no-compositor"));
    let output = run_within(command, Duration::from_secs(20));
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("refused"), "{stderr}");
}

#[test]
fn run_and_plan_name_a_broken_file_instead_of_saying_there_is_none() {
    let config = tempfile::tempdir().expect("temp dir");
    let folder = exercises_folder(config.path());
    fs::write(
        folder.join("mine.ron"),
        "(version: 1, id: \"mine\", title: \"Mine\", summary: \"S.\",\n practice: Grounding(steps: []))",
    )
    .expect("write");
    mkfifo(&folder.join("piped.ron"));
    for (id, expected) in [("mine", "mine.ron:2:"), ("piped", "named pipe")] {
        for verb in ["run", "plan"] {
            let mut command = steady(config.path());
            command.args([verb, id]);
            let output = run_within(command, Duration::from_secs(10));
            let stderr = text(&output.stderr);
            assert_eq!(output.status.code(), Some(2), "{verb} {id}: {stderr}");
            assert!(stderr.contains(expected), "{verb} {id}: {stderr}");
            assert!(
                !stderr.contains("no exercise called"),
                "{verb} {id}: {stderr}"
            );
        }
    }
}
