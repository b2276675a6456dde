//! Recording a voice for a step, for real: the recorder reads "the default
//! microphone" through cpal, ALSA and ALSA's pulse plugin from a private
//! PulseAudio whose default source is a virtual microphone (see
//! `support::mic`), into which the test plays a known tone. What must come
//! of it: a WAV file of the asked length holding that tone, a level meter
//! that moved, a stop that ends the take at once, a clear failure (and no
//! file) for a silent microphone, one that goes away or none at all, and no
//! file for a take nobody waits for any more.
//!
//! The recorder runs in a child process, this test program run again for
//! the one test [`child_records_as_asked`]: only the child's environment
//! points its sound at the private server, so the tests never touch the
//! person's own sound, nor each other's.

mod support;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use rodio::Source;
use steady::audio::microphone::{self, Finished, Recorder};
use support::mic::{self, VirtualMicrophone};
use support::{listen, Pulse};

/// Set in the child: what to do, as `limit=SECONDS`, then `stop=SECONDS` or
/// `drop=SECONDS` after the first samples.
const CASE: &str = "STEADY_TEST_MIC_CASE";
/// Set in the child: where the take goes.
const FOLDER: &str = "STEADY_TEST_MIC_FOLDER";
/// How the child's lines of report start, among the test harness's own.
const REPORT: &str = "mic-report ";
const PULSE_TOOLS: [&str; 3] = ["pulseaudio", "pactl", "pacat"];

/// What the child saw of its recording.
#[derive(Debug, Default)]
struct Report {
    available: String,
    outcome: String,
    message: String,
    file: Option<PathBuf>,
    length_ms: f64,
    /// The level meter's highest value while listening.
    top_level: f32,
    /// From the start to the first samples.
    listening_after_ms: f64,
    /// From asking to stop to the outcome.
    stop_to_outcome_ms: f64,
    /// From dropping the recorder to its thread's end; NaN if it ran on.
    thread_ended_after_ms: f64,
}

/// Runs [`child_records_as_asked`] in a child with `case`, a clean
/// environment and `env` on top; the take goes into `folder`.
fn record_in_child(case: &str, folder: &Path, env: &[(String, String)]) -> Report {
    report_of(case, start_child(case, folder, env))
}

/// A child of [`start_child`], with its home folder, where its output goes.
struct RunningChild {
    process: support::Guard,
    home: tempfile::TempDir,
}

impl RunningChild {
    /// Whether the child has printed `line` yet.
    fn said(&self, line: &str) -> bool {
        std::fs::read_to_string(self.home.path().join("stdout"))
            .is_ok_and(|output| output.contains(line))
    }
}

/// The child of [`record_in_child`], started.
fn start_child(case: &str, folder: &Path, env: &[(String, String)]) -> RunningChild {
    let exe = std::env::current_exe().expect("the test program's path");
    let home = tempfile::tempdir().expect("temp dir");
    let output = |name: &str| std::fs::File::create(home.path().join(name)).expect("a log");
    let process = support::clean_command(&exe, home.path())
        .args(["child_records_as_asked", "--exact", "--nocapture"])
        .args(["--test-threads=1"])
        .env(CASE, case)
        .env(FOLDER, folder)
        .envs(
            env.iter()
                .map(|(key, value)| (key.as_str(), value.as_str())),
        )
        .stdin(Stdio::null())
        .stdout(output("stdout"))
        .stderr(output("stderr"))
        .spawn()
        .expect("the test program runs again");
    RunningChild {
        process: support::Guard(process),
        home,
    }
}

/// What the child reported, once it has ended (within a minute).
fn report_of(case: &str, mut child: RunningChild) -> Report {
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.process.running() {
        assert!(Instant::now() < deadline, "{case}: the child hangs");
        std::thread::sleep(Duration::from_millis(20));
    }
    let read =
        |name: &str| std::fs::read_to_string(child.home.path().join(name)).unwrap_or_default();
    let (output, stderr) = (read("stdout"), read("stderr"));
    let status = child.process.0.wait().expect("the child's status");
    assert!(
        status.success(),
        "{case}: the child failed ({status}):\n{output}\n{stderr}"
    );
    let mut report = Report {
        thread_ended_after_ms: f64::NAN,
        ..Report::default()
    };
    for line in output.lines() {
        // The harness's "test NAME ... " may start the first line.
        let Some((key, value)) = line
            .split_once(REPORT)
            .and_then(|(_, pair)| pair.split_once('='))
        else {
            continue;
        };
        let number = || value.parse().unwrap_or(f64::NAN);
        match key {
            "available" => report.available = value.to_owned(),
            "outcome" => report.outcome = value.to_owned(),
            "message" => report.message = value.to_owned(),
            "file" => report.file = Some(PathBuf::from(value)),
            "length_ms" => report.length_ms = number(),
            "top_level" => report.top_level = number() as f32,
            "listening_after_ms" => report.listening_after_ms = number(),
            "stop_to_outcome_ms" => report.stop_to_outcome_ms = number(),
            "thread_ended_after_ms" => report.thread_ended_after_ms = number(),
            _ => {}
        }
    }
    eprintln!("{case}: {report:?}");
    if !stderr.trim().is_empty() {
        eprintln!("{case}: the child's stderr:\n{}", stderr.trim());
    }
    report
}

/// A private server with the virtual microphone, or None (skipped,
/// outside CI) when PulseAudio is not installed.
fn pulse() -> Option<Pulse> {
    support::tools(&PULSE_TOOLS).then(Pulse::start)
}

/// The samples of a saved take, checked to be mono at the mixer's rate.
fn decoded(file: &Path) -> Vec<f32> {
    let bytes = std::fs::read(file).expect("the take's file");
    let decoder = rodio::Decoder::new(std::io::Cursor::new(bytes)).expect("a WAV file");
    assert_eq!(decoder.channels().get(), 1, "mono");
    assert_eq!(decoder.sample_rate().get(), 48_000, "at the mixer's rate");
    decoder.collect()
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Checks a saved take holds the played tone; its length in ms.
fn check_tone_take(report: &Report, folder: &Path) -> f64 {
    assert_eq!(report.outcome, "saved", "{report:?}");
    let file = report.file.clone().expect("the take's file");
    assert_eq!(file, folder.join("voice.wav"));
    assert_eq!(
        files_in(folder),
        ["voice.wav"],
        "one file, nothing else left"
    );
    let samples = decoded(&file);
    let length_ms = samples.len() as f64 / 48.0;
    assert!(
        (length_ms - report.length_ms).abs() < 1.0,
        "the file is as long as the take says: {length_ms} vs {}",
        report.length_ms
    );
    // Faded at both ends: no click.
    assert_eq!(samples.first().copied(), Some(0.0));
    assert_eq!(samples.last().copied(), Some(0.0));
    // The middle, away from the fades and the device's first moments.
    let middle = &samples[samples.len() / 4..samples.len() * 3 / 4];
    let heard = mic::strongest_frequency(middle, 100.0, 2000.0);
    let low = listen::strength(middle, mic::LOW_HZ);
    let high = listen::strength(middle, mic::HIGH_HZ);
    let elsewhere = listen::strength(middle, 660.0);
    let peak = mic::peak(middle);
    eprintln!(
        "heard {heard:.1} Hz; 440 Hz at {low:.3}, 880 Hz at {high:.3}, 660 Hz at {elsewhere:.4}; \
         peak {peak:.3}; level meter up to {:.3}; first samples after {:.0} ms",
        report.top_level, report.listening_after_ms
    );
    assert!(
        (heard - mic::LOW_HZ).abs() <= 2.0,
        "the tone's low note: {heard} Hz"
    );
    assert!((low - 0.4).abs() < 0.05, "the low note at its level: {low}");
    assert!((high - 0.2).abs() < 0.05, "the octave at its level: {high}");
    assert!(elsewhere < 0.01, "nothing between the notes: {elsewhere}");
    assert!(peak > 0.4, "not silent: peak {peak}");
    assert!(
        report.top_level > 0.3,
        "the level meter moved while the tone played: {}",
        report.top_level
    );
    length_ms
}

#[test]
fn a_take_ends_at_its_limit_and_holds_the_tone_played_into_the_microphone() {
    let Some(pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let microphone = VirtualMicrophone::install(&pulse);
    let _tone = microphone.play_tone();
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("limit=1.5", folder.path(), &pulse.env());
    assert_eq!(report.available, "yes", "{report:?}");
    let length_ms = check_tone_take(&report, folder.path());
    assert!(
        (length_ms - 1500.0).abs() <= 1.0,
        "a take of 1.5 s, not {length_ms} ms"
    );
}

#[test]
fn stop_ends_a_take_at_once() {
    let Some(pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let microphone = VirtualMicrophone::install(&pulse);
    let _tone = microphone.play_tone();
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("limit=10,stop=0.8", folder.path(), &pulse.env());
    let length_ms = check_tone_take(&report, folder.path());
    assert!(
        (700.0..=1000.0).contains(&length_ms),
        "stopped after 0.8 s of sound: a take of {length_ms} ms"
    );
    assert!(
        report.stop_to_outcome_ms < 500.0,
        "saved within 0.5 s of the stop: {} ms",
        report.stop_to_outcome_ms
    );
}

#[test]
fn a_silent_microphone_fails_kindly_and_saves_nothing() {
    let Some(pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let _microphone = VirtualMicrophone::install(&pulse);
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("limit=1", folder.path(), &pulse.env());
    assert_eq!(report.outcome, "failed", "{report:?}");
    assert_eq!(
        report.message,
        "Nothing was heard. Is the microphone muted?"
    );
    assert!(
        report.top_level < 0.003,
        "the meter stayed still: {report:?}"
    );
    assert!(files_in(folder.path()).is_empty(), "no file for silence");
}

#[test]
fn a_microphone_that_goes_away_ends_the_take_with_words_and_no_file() {
    let Some(mut pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let _tone = VirtualMicrophone::install(&pulse).play_tone();
    let folder = tempfile::tempdir().expect("temp dir");
    let case = "limit=10";
    let child = start_child(case, folder.path(), &pulse.env());
    let deadline = Instant::now() + Duration::from_secs(15);
    while !child.said(&format!("{REPORT}listening=yes")) {
        assert!(Instant::now() < deadline, "the child never listened");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    pulse.kill();
    let gone = Instant::now();
    let report = report_of(case, child);
    eprintln!(
        "the outcome came {:?} after the server went",
        gone.elapsed()
    );
    assert_eq!(report.outcome, "failed", "{report:?}");
    assert_eq!(report.message, "The microphone stopped sending sound.");
    assert!(
        files_in(folder.path()).is_empty(),
        "no file for a broken take"
    );
    assert!(
        gone.elapsed() < Duration::from_secs(5),
        "ends soon after the sound stops, not at its limit"
    );
}

#[test]
fn a_recorder_dropped_mid_take_stops_and_leaves_no_file() {
    let Some(pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let _tone = VirtualMicrophone::install(&pulse).play_tone();
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("limit=10,drop=0.5", folder.path(), &pulse.env());
    assert!(
        report.thread_ended_after_ms < 200.0,
        "the recording thread ends at once: {report:?}"
    );
    assert!(files_in(folder.path()).is_empty(), "nobody waits: no file");
}

#[test]
fn without_a_microphone_recording_fails_at_once_and_saves_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    // No ALSA configuration: no "default" device at all, whatever sound
    // the machine has.
    let env = [(
        "ALSA_CONFIG_PATH".to_owned(),
        "/nonexistent/alsa.conf".to_owned(),
    )];
    let started = Instant::now();
    let report = record_in_child("limit=1", folder.path(), &env);
    assert_ne!(report.available, "yes", "{report:?}");
    assert_eq!(report.outcome, "failed", "{report:?}");
    assert!(
        report.message.starts_with("No microphone was found")
            || report
                .message
                .starts_with("The microphone could not be opened"),
        "says what is wrong: {}",
        report.message
    );
    assert!(files_in(folder.path()).is_empty(), "no file");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "fails at once, not after a wait"
    );
}

/// Not a test on its own: the child's side of the tests above, which run
/// this program again with [`CASE`] set. Without it, it does nothing.
#[test]
fn child_records_as_asked() {
    let Some(case) = std::env::var_os(CASE) else {
        return;
    };
    let case = case.to_string_lossy().into_owned();
    if let Some(how) = case.strip_prefix("editor=") {
        let folder = PathBuf::from(std::env::var_os(FOLDER).expect("a folder"));
        edit_in_child(how, folder);
        return;
    }
    let setting = |name: &str| {
        case.split(',')
            .filter_map(|part| part.split_once('='))
            .find(|(key, _)| *key == name)
            .and_then(|(_, value)| value.parse::<f64>().ok())
            .map(Duration::from_secs_f64)
    };
    let limit = setting("limit").expect("a limit");
    let stop_after = setting("stop");
    let folder = PathBuf::from(std::env::var_os(FOLDER).expect("a folder"));
    let say = |key: &str, value: &dyn std::fmt::Display| println!("{REPORT}{key}={value}");

    let available = microphone::available();
    say(
        "available",
        &available
            .as_ref()
            .map_or_else(|words| words.clone(), |()| "yes".into()),
    );
    if let Some(after) = setting("drop") {
        drop_while_recording(limit, folder, after);
        return;
    }
    let recorder = Recorder::start(limit, folder, "voice".into());
    let outcome = recorder.finished();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(30);
    let mut listening_since: Option<Duration> = None;
    let mut stopped_at: Option<Instant> = None;
    let mut top_level = 0.0f32;
    let finished = loop {
        if let Ok(finished) = outcome.try_recv() {
            break finished;
        }
        if recorder.is_listening() {
            let since = *listening_since.get_or_insert_with(|| {
                say("listening", &"yes");
                started.elapsed()
            });
            top_level = top_level.max(recorder.level());
            if stop_after.is_some_and(|after| started.elapsed() >= since + after)
                && stopped_at.is_none()
            {
                recorder.stop();
                stopped_at = Some(Instant::now());
            }
        }
        assert!(Instant::now() < deadline, "no outcome in 30 s");
        std::thread::sleep(Duration::from_millis(10));
    };
    assert!(!recorder.is_listening(), "the device is closed at the end");
    say("top_level", &top_level);
    if let Some(since) = listening_since {
        say("listening_after_ms", &since.as_millis());
    }
    if let Some(at) = stopped_at {
        say("stop_to_outcome_ms", &at.elapsed().as_millis());
    }
    match finished {
        Finished::Saved(take) => {
            say("outcome", &"saved");
            say("file", &take.file.display());
            say("length_ms", &(take.length.as_secs_f64() * 1000.0));
            assert_eq!(
                Some(take.file_name.as_str()),
                take.file.file_name().and_then(|n| n.to_str())
            );
        }
        Finished::Failed(error) => {
            say("outcome", &"failed");
            say("message", &error);
        }
    }
}

/// The child's side of a screen that goes away mid-take: the recorder and
/// its receiver dropped `after` the first samples; says whether the
/// recording thread then ends.
fn drop_while_recording(limit: Duration, folder: PathBuf, after: Duration) {
    let recorder = Recorder::start(limit, folder, "voice".into());
    let deadline = Instant::now() + Duration::from_secs(15);
    while !recorder.is_listening() {
        assert!(Instant::now() < deadline, "never listened");
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(after);
    drop(recorder);
    let dropped = Instant::now();
    while recording_thread_runs() && dropped.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(10));
    }
    if !recording_thread_runs() {
        println!(
            "{REPORT}thread_ended_after_ms={}",
            dropped.elapsed().as_millis()
        );
    }
}

/// Whether this process has a thread named as the recorder's (its name cut
/// to the 15 characters Linux keeps).
fn recording_thread_runs() -> bool {
    std::fs::read_dir("/proc/self/task")
        .expect("this process's threads")
        .filter_map(Result::ok)
        .any(|task| {
            std::fs::read_to_string(task.path().join("comm"))
                .is_ok_and(|name| name.trim() == "steady-micropho")
        })
}

/// A grounding exercise whose first step is 6 seconds long.
const EXERCISE: &str = r#"(
    version: 1, id: "mine", title: "Mine", summary: "Mine.",
    practice: Grounding(steps: [
        (label: "See", text: "Look around.", seconds: 6),
        (label: "Hear", text: "Listen.", seconds: 6),
    ]),
)"#;

/// The editor's take for a step, end to end in the child: Record, then
/// `how`: "enter" keeps the take, "esc" throws it away, "stuck" is a
/// microphone that never starts (a frame 9 s on, then Esc). Says what the
/// editor did with it.
fn edit_in_child(how: &str, folder: PathBuf) {
    use iced_test::runtime::{task, Action as Run};
    use steady::editor::Slot;
    use steady::ui::keys::Shortcut;
    use steady::ui::screen::editor::{Action, Editor, Message};

    let say = |key: &str, value: &dyn std::fmt::Display| println!("{REPORT}{key}={value}");
    let config = tempfile::tempdir().expect("temp dir");
    let paths = steady::paths::Paths::at(config.path());
    std::fs::create_dir_all(paths.exercises()).expect("exercises folder");
    std::fs::write(paths.exercises().join("mine.ron"), EXERCISE).expect("an exercise");
    let library = steady::library::Library::load(&paths);
    let entry = library.get("mine").cloned().expect("listed");
    let mut editor = Editor::new(entry, folder, Instant::now());
    let _ = editor.update(Message::MicrophoneChecked(Ok(())), &library, Instant::now());
    let started = Instant::now();
    let Action::Run(task) = editor.update(Message::Record(Slot::Step(0)), &library, started) else {
        panic!("Record starts a take")
    };
    let shows = |editor: &Editor, words: &str| {
        let view = editor.view(steady::ui::theme::Sizes::new(100), Instant::now());
        iced_test::Simulator::with_size(
            iced::Settings::default(),
            iced::Size::new(1024.0, 3000.0),
            view,
        )
        .find(words)
        .is_ok()
    };
    if how == "stuck" {
        assert!(shows(&editor, "Opening the microphone…"));
        let _ = editor.update(Message::Tick, &library, started + Duration::from_secs(9));
        say(
            "message",
            &if shows(&editor, "The microphone did not start, so nothing was recorded. Check that it is plugged in and not in use by another app, then try again.") {
                "no answer"
            } else {
                "none"
            },
        );
        // The keyboard is free again: Esc leaves the editor.
        let left = editor.shortcut(Shortcut::Back);
        say(
            "outcome",
            &if matches!(left, Action::Cancel { .. }) {
                "left"
            } else {
                "stayed"
            },
        );
        return;
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    while !shows(
        &editor,
        "Speak now. Press Enter to stop and keep it, or Esc to throw it away.",
    ) {
        assert!(Instant::now() < deadline, "the take never listened");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(800));
    if how == "reopen" {
        // The editor closes mid-take and the same exercise is opened again
        // before the take comes back.
        drop(editor);
        let entry = library.get("mine").cloned().expect("listed");
        editor = Editor::new(entry, PathBuf::from("unused"), Instant::now());
    } else {
        let key = if how == "esc" {
            Shortcut::Back
        } else {
            Shortcut::Confirm
        };
        assert!(
            matches!(editor.shortcut(key), Action::None),
            "the key ends the take"
        );
    }
    // The take's task, run as the window's runtime would.
    let mut stream = task::into_stream(task).expect("the take reports back");
    let (sender, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let next = iced_test::futures::futures::executor::block_on(
            iced_test::futures::futures::StreamExt::next(&mut stream),
        );
        let _ = sender.send(next);
    });
    let Ok(Some(Run::Output(message))) = result.recv_timeout(Duration::from_secs(10)) else {
        panic!("the take came back within 10 s")
    };
    match editor.update(message, &library, Instant::now()) {
        Action::TrashRecordings(names) => {
            say("outcome", &"trashed");
            say("file", &names.join(","));
        }
        Action::None => {
            let kept = editor
                .form()
                .recording(Slot::Step(0))
                .unwrap_or("")
                .to_owned();
            say("outcome", &if kept.is_empty() { "none" } else { "kept" });
            say("file", &kept);
        }
        other => say("outcome", &format!("{other:?}")),
    }
}

#[test]
fn the_editors_enter_keeps_a_take_in_its_step() {
    let Some(pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let _tone = VirtualMicrophone::install(&pulse).play_tone();
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("editor=enter", folder.path(), &pulse.env());
    assert_eq!(report.outcome, "kept", "{report:?}");
    let file = report.file.expect("a file name");
    assert_eq!(file, Path::new("mine-step-1.wav"));
    assert_eq!(files_in(folder.path()), ["mine-step-1.wav"]);
    let take = decoded(&folder.path().join(file));
    assert!(
        take.len() > 24_000,
        "at least half a second: {}",
        take.len()
    );
}

#[test]
fn the_editors_esc_throws_a_take_away() {
    let Some(pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let _tone = VirtualMicrophone::install(&pulse).play_tone();
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("editor=esc", folder.path(), &pulse.env());
    assert_eq!(report.outcome, "trashed", "{report:?}");
    assert_eq!(report.file, Some(PathBuf::from("mine-step-1.wav")));
    // The app moves it to the trash; here it is still where it was saved.
    assert_eq!(files_in(folder.path()), ["mine-step-1.wav"]);
}

#[test]
fn a_take_from_a_closed_editor_never_lands_in_the_next_one() {
    let Some(pulse) = pulse() else { return };
    let _turn = support::one_at_a_time();
    let _tone = VirtualMicrophone::install(&pulse).play_tone();
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("editor=reopen", folder.path(), &pulse.env());
    assert_eq!(report.outcome, "trashed", "{report:?}");
    assert_eq!(report.file, Some(PathBuf::from("mine-step-1.wav")));
}

#[test]
fn a_microphone_that_never_starts_gives_the_keyboard_back() {
    // A sound server that takes connections and never answers: opening
    // the microphone waits forever.
    let silent = tempfile::tempdir().expect("temp dir");
    let socket = silent.path().join("native");
    let _server = std::os::unix::net::UnixListener::bind(&socket).expect("a socket");
    let env = [(
        "PULSE_SERVER".to_owned(),
        format!("unix:{}", socket.display()),
    )];
    let folder = tempfile::tempdir().expect("temp dir");
    let report = record_in_child("editor=stuck", folder.path(), &env);
    assert_eq!(report.message, "no answer", "{report:?}");
    assert_eq!(report.outcome, "left", "Esc works again: {report:?}");
    assert!(files_in(folder.path()).is_empty());
}
