//! "Your voice" in the editor, through the real `App` and editor in
//! iced_test's simulator. A take itself needs a microphone: these tests
//! feed the editor the message a finished take brings back (a WAV the test
//! wrote into the sounds folder), as `editor_flows.rs` feeds the app what
//! its Tasks bring back. The recording itself is heard in
//! `tests/voice_recording.rs` and played in a session in `tests/own_voice.rs`.

// Only some of the editor flows' helpers are used here.
#[path = "driving/mod.rs"]
mod driving;
#[allow(dead_code)]
#[path = "editor_flows/harness.rs"]
mod harness;

use std::sync::Arc;
use std::time::Duration;

use steady::audio::microphone::{Finished, Take};
use steady::editor::{Choice, Slot};
use steady::library::Library;
use steady::settings::Settings;
use steady::ui::screen::editor::{self, Action, Editor};
use steady::ui::Message;
use steady::userfiles::{self, SaveAs};

use harness::{click_editor, editor_ui, Harness};

const GROUNDING: &str = r#"(
    version: 1, id: "mine", title: "Mine", summary: "Mine.",
    practice: Grounding(steps: [
        (label: "See", text: "Look around.", seconds: 6, recording: "mine-step-1.wav"),
        (label: "Hear", text: "Listen.", seconds: 6),
    ]),
)"#;

/// Half a second of a 440 Hz tone, as Steady records it.
fn wav() -> Vec<u8> {
    let samples: Vec<f32> = (0..24_000)
        .map(|i| (i as f32 * 440.0 * std::f32::consts::TAU / 48_000.0).sin() * 0.25)
        .collect();
    steady::audio::microphone::wav_bytes(&samples)
}

/// The exercise as the editor saved it earlier: its Save replaces the file.
fn harness() -> Harness {
    let exercise = steady::exercise::parse(GROUNDING).expect("valid");
    let text = userfiles::to_text(&exercise, None).expect("written out");
    with_file(&text)
}

/// The exercise in a file of the person's own: the editor saves a copy.
fn hand_written() -> Harness {
    with_file(GROUNDING)
}

fn with_file(text: &str) -> Harness {
    let ui = Harness::with(Settings::default(), &[("mine.ron", text)]);
    std::fs::create_dir_all(ui.paths.sounds()).expect("sounds folder");
    std::fs::write(ui.paths.sounds().join("mine-step-1.wav"), wav()).expect("written");
    ui
}

/// What the recorder brings back once it saved `name` in the sounds folder.
fn saved(ui: &Harness, name: &str) -> Arc<Finished> {
    let file = ui.paths.sounds().join(name);
    std::fs::write(&file, wav()).expect("written");
    Arc::new(Finished::Saved(Take {
        file,
        file_name: name.to_owned(),
        length: Duration::from_millis(2_400),
    }))
}

fn open(ui: &Harness) -> (Library, Editor) {
    let library = Library::load(&ui.paths);
    let entry = library.get("mine").cloned().expect("listed");
    let editor = Editor::new(entry, ui.paths.sounds(), ui.clock.now());
    (library, editor)
}

#[test]
fn every_step_is_listed_with_its_recording_and_without_a_microphone_nothing_records() {
    let mut ui = harness();
    ui.customise("mine");
    ui.assert_shows(&[
        "Your voice",
        "Step 1: See",
        "Your recording: mine-step-1.wav",
        "Step 2: Hear",
        "Not recorded",
        // The app's tests have no sound system, so none is looked for.
        "Steady has no sound system here, so it cannot record.",
    ]);
    let (library, mut editor) = open(&ui);
    // Each step's Record button says why it cannot record, and does nothing.
    let clicked = click_editor(&mut editor, &library, &ui.clock, "No microphone");
    assert!(
        clicked.is_empty(),
        "a disabled Record does nothing: {clicked:?}"
    );
    assert!(editor_ui(&editor, &ui.clock).find("Record").is_err());
}

#[test]
fn relaxation_lists_tensing_and_letting_go_of_each_group() {
    let mut ui = Harness::new();
    ui.customise("pmr-short");
    let first = match &ui.editor().form().practice {
        steady::editor::PracticeForm::Relaxation(form) => form.groups[0].name.clone(),
        _ => panic!("a relaxation"),
    };
    ui.assert_shows(&[
        &format!("{first}: tensing"),
        &format!("{first}: letting go"),
    ]);
}

#[test]
fn a_take_fills_its_step_and_saving_keeps_it() {
    let ui = harness();
    let (library, mut editor) = open(&ui);
    let _ = editor.update(
        editor::Message::MicrophoneChecked(Ok(())),
        &library,
        ui.clock.now(),
    );
    assert!(editor_ui(&editor, &ui.clock)
        .find("Steady has no sound system here, so it cannot record.")
        .is_err());
    let _ = editor.update(
        editor::Message::Recorded {
            slot: Slot::Step(1),
            take: 0,
            finished: saved(&ui, "mine-step-2.wav"),
        },
        &library,
        ui.clock.now(),
    );
    assert!(editor.has_changes(), "a new recording is a change to save");
    let mut view = editor_ui(&editor, &ui.clock);
    for shown in [
        "Your recording: mine-step-2.wav",
        "Recorded 2.4 seconds. Press Play to hear it. Save to keep it.",
    ] {
        assert!(view.find(shown).is_ok(), "expected {shown:?}");
    }

    let request = editor.save_request(Choice::Main, &library).expect("ready");
    let steady::exercise::Practice::Grounding { steps } = &request.exercise.practice else {
        panic!("grounding")
    };
    assert_eq!(steps[1].recording.as_deref(), Some("mine-step-2.wav"));
    assert!(request.left_over.is_empty(), "{:?}", request.left_over);
    let file = userfiles::save(&request.exercise, &request.how, None, &ui.paths).expect("saved");
    let text = std::fs::read_to_string(file).expect("read");
    assert!(text.contains(r#"recording: "mine-step-2.wav""#), "{text}");
}

#[test]
fn play_asks_the_app_to_play_that_steps_recording() {
    let ui = harness();
    let (library, mut editor) = open(&ui);
    let played = click_editor(&mut editor, &library, &ui.clock, "Play");
    let [Action::Listen { slot, name }] = &played[..] else {
        panic!("expected Listen, got {played:?}")
    };
    assert_eq!((*slot, name.as_str()), (Slot::Step(0), "mine-step-1.wav"));
    let _ = editor.update(
        editor::Message::Listened(Slot::Step(0), Err("No sound output".into())),
        &library,
        ui.clock.now(),
    );
    assert!(editor_ui(&editor, &ui.clock)
        .find("No sound output")
        .is_ok());
}

#[test]
fn a_removed_recording_goes_to_the_trash_once_saved_without_it() {
    let ui = harness();
    let (library, mut editor) = open(&ui);
    let removed = click_editor(&mut editor, &library, &ui.clock, "Remove");
    assert!(matches!(removed[..], [Action::None]));
    assert!(editor_ui(&editor, &ui.clock)
        .find("Your recording: mine-step-1.wav")
        .is_err());
    let request = editor.save_request(Choice::Main, &library).expect("ready");
    assert_eq!(request.left_over, ["mine-step-1.wav"]);
    assert_eq!(
        request.how,
        SaveAs::Replace(ui.paths.exercises().join("mine.ron"))
    );
    // What the app's save Task does once the file is written:
    userfiles::save(&request.exercise, &request.how, None, &ui.paths).expect("saved");
    assert!(userfiles::trash_recordings(&request.left_over, &ui.paths).is_empty());
    assert!(!ui.paths.sounds().join("mine-step-1.wav").exists());
    assert!(
        ui.paths.trash().join("mine-step-1.wav").exists(),
        "kept in the trash"
    );
}

#[test]
fn a_copy_leaves_the_original_its_recordings() {
    let ui = hand_written();
    let (library, mut editor) = open(&ui);
    let _ = click_editor(&mut editor, &library, &ui.clock, "Remove");
    let request = editor.save_request(Choice::Main, &library).expect("ready");
    assert_eq!(request.how, SaveAs::NewFile, "a hand-written file stays");
    assert!(request.left_over.is_empty(), "{:?}", request.left_over);
}

#[test]
fn a_recording_another_exercise_uses_is_never_left_over() {
    let ui = harness();
    let other = GROUNDING
        .replace(r#"id: "mine""#, r#"id: "other""#)
        .replace(r#"title: "Mine""#, r#"title: "Other""#);
    std::fs::write(ui.paths.exercises().join("other.ron"), other).expect("written");
    let (library, mut editor) = open(&ui);
    let _ = click_editor(&mut editor, &library, &ui.clock, "Remove");
    let request = editor.save_request(Choice::Main, &library).expect("ready");
    assert!(request.left_over.is_empty(), "{:?}", request.left_over);
}

#[test]
fn leaving_without_saving_throws_away_only_what_was_recorded_meanwhile() {
    let ui = harness();
    let (library, mut editor) = open(&ui);
    let _ = editor.update(
        editor::Message::Recorded {
            slot: Slot::Step(1),
            take: 0,
            finished: saved(&ui, "mine-step-2.wav"),
        },
        &library,
        ui.clock.now(),
    );
    let asked = editor.update(editor::Message::Cancel, &library, ui.clock.now());
    assert!(
        matches!(asked, Action::None),
        "unsaved changes are asked about"
    );
    let left = editor.update(editor::Message::Confirm, &library, ui.clock.now());
    let Action::Cancel { recordings } = left else {
        panic!("expected to leave, got {left:?}")
    };
    assert_eq!(recordings, ["mine-step-2.wav"], "the file's own one stays");
}

#[test]
fn deleting_the_exercise_takes_its_recordings_to_the_trash_too() {
    let ui = harness();
    let (library, mut editor) = open(&ui);
    let _ = click_editor(&mut editor, &library, &ui.clock, "Delete");
    let done = click_editor(&mut editor, &library, &ui.clock, "Move to the trash");
    let [Action::Trash { file, recordings }] = &done[..] else {
        panic!("expected a move to the trash, got {done:?}")
    };
    assert_eq!(file, &ui.paths.exercises().join("mine.ron"));
    assert_eq!(recordings, &["mine-step-1.wav"]);
}

#[test]
fn esc_leaves_when_nothing_is_being_recorded_and_nothing_changed() {
    let ui = harness();
    let (_library, mut editor) = open(&ui);
    let left = editor.shortcut(steady::ui::keys::Shortcut::Back);
    let Action::Cancel { recordings } = left else {
        panic!("expected to leave, got {left:?}")
    };
    assert!(recordings.is_empty());
}

#[test]
fn a_late_take_from_another_exercises_editor_goes_to_the_trash() {
    let ui = harness();
    let (library, mut editor) = open(&ui);
    let late = editor.update(
        editor::Message::Recorded {
            slot: Slot::Step(1),
            take: 0,
            finished: saved(&ui, "other-step-2.wav"),
        },
        &library,
        ui.clock.now(),
    );
    let Action::TrashRecordings(names) = late else {
        panic!("expected the late take to be trashed, got {late:?}")
    };
    assert_eq!(names, ["other-step-2.wav"]);
    assert_eq!(editor.form().recording(Slot::Step(1)), None);
    assert!(!editor.has_changes());
}

#[test]
fn a_file_another_exercise_plays_as_a_cue_is_never_left_over() {
    let ui = harness();
    let other = r#"(version: 1, id: "other", title: "Other", summary: "Other.",
        practice: Grounding(steps: [(label: "See", text: "Look.", seconds: 6)]),
        cues: (prompt: "mine"), sounds: {"mine": File(path: "mine-step-1.wav")})"#;
    std::fs::write(ui.paths.exercises().join("other.ron"), other).expect("written");
    let (library, mut editor) = open(&ui);
    assert!(library.get("other").is_some(), "the other exercise loads");
    let _ = click_editor(&mut editor, &library, &ui.clock, "Remove");
    let request = editor.save_request(Choice::Main, &library).expect("ready");
    assert!(request.left_over.is_empty(), "{:?}", request.left_over);
}

#[test]
fn while_a_microphone_is_looked_for_nothing_records_and_a_missing_one_can_be_looked_for_again() {
    let ui = harness();
    let (library, mut editor) = open(&ui);
    // What the editor says before the app has looked (no sound system):
    // every Record button says why it cannot.
    assert!(editor_ui(&editor, &ui.clock).find("No microphone").is_ok());
    let looked = click_editor(&mut editor, &library, &ui.clock, "Look again");
    assert!(
        matches!(looked[..], [Action::Run(_)]),
        "looks off the window's thread: {looked:?}"
    );
    assert_eq!(editor.microphone(), &editor::Microphone::Looking);
    {
        let mut view = editor_ui(&editor, &ui.clock);
        assert!(view.find("Looking for a microphone…").is_ok());
        assert!(view.find("No microphone").is_err());
    }
    let clicked = click_editor(&mut editor, &library, &ui.clock, "Record");
    assert!(
        clicked.is_empty(),
        "Record waits for the microphone: {clicked:?}"
    );
    assert!(
        editor_ui(&editor, &ui.clock).find("Look again").is_err(),
        "nothing to look again for while looking"
    );

    let _ = editor.update(
        editor::Message::MicrophoneChecked(Err("No microphone was found.".into())),
        &library,
        ui.clock.now(),
    );
    let mut view = editor_ui(&editor, &ui.clock);
    assert!(view.find("No microphone was found.").is_ok());
    assert!(view.find("Look again").is_ok());
}

#[test]
fn a_take_that_comes_back_after_its_editor_closed_goes_to_the_trash() {
    let mut ui = harness();
    let mut driver = driving::Driver::new();
    ui.customise("mine");
    driver.update(&mut ui.app, Message::Editor(editor::Message::Cancel));
    assert!(
        !matches!(ui.app.screen(), steady::ui::screen::Screen::Editor(_)),
        "the editor closed"
    );
    let late = saved(&ui, "mine-step-2.wav");
    driver.update(
        &mut ui.app,
        Message::Editor(editor::Message::Recorded {
            slot: Slot::Step(1),
            take: 7,
            finished: late,
        }),
    );
    let moved = ui.paths.trash().join("mine-step-2.wav");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !moved.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
        driver.pump(&mut ui.app);
    }
    assert!(moved.exists(), "the late take is in the trash");
    assert!(!ui.paths.sounds().join("mine-step-2.wav").exists());
    assert!(
        ui.paths.sounds().join("mine-step-1.wav").exists(),
        "the exercise's own recording stays"
    );
}
