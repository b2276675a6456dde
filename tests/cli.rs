//! The `steady` command line, run as a person would run it.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use steady::library::{SHIPPED, SHIPPED_ROUTINES};

fn steady(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steady"))
        .args(args)
        // The words these tests read are English, whatever the machine's language.
        .env("LANGUAGE", "en")
        .env("STEADY_CONFIG_DIR", config)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the steady binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn shipped_files() -> Vec<String> {
    let mut files: Vec<String> =
        fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises"))
            .expect("exercises folder")
            .filter_map(Result::ok)
            .map(|entry| format!("exercises/{}", entry.file_name().to_string_lossy()))
            .filter(|name| name.ends_with(".ron"))
            .collect();
    files.sort();
    files
}

/// `steady ARGS` with nothing from this machine's environment but `vars`.
fn steady_in(config: &Path, vars: &[(&str, &str)], args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_steady"))
        .args(args)
        .env_clear()
        .env("HOME", config)
        .env("STEADY_CONFIG_DIR", config)
        .envs(vars.iter().copied())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the steady binary runs");
    assert!(output.status.success(), "{output:?}");
    stdout(&output)
}

#[test]
fn list_speaks_german_when_asked() {
    let config = tempfile::tempdir().expect("temp dir");
    let german = steady_in(config.path(), &[("LANGUAGE", "de")], &["list"]);
    let lines: Vec<&str> = german.lines().collect();
    assert_eq!(lines.len(), 15, "{german}");
    let box_breathing = lines
        .iter()
        .find(|line| line.starts_with("box-breathing "))
        .expect("box breathing listed");
    assert!(box_breathing.contains("Atmung"), "{german}");
    assert!(box_breathing.contains("mitgeliefert"), "{german}");
    assert!(german.contains("Ablauf"), "{german}");
    assert!(!german.contains("built-in"), "{german}");
    // As a desktop sets it, and the history's words too.
    let by_lang = steady_in(config.path(), &[("LANG", "de_DE.UTF-8")], &["list"]);
    assert_eq!(by_lang, german);
    let history = steady_in(config.path(), &[("LANG", "de_DE.UTF-8")], &["history"]);
    assert!(history.starts_with("Noch keine Übungen."), "{history}");
}

#[test]
fn check_and_plan_speak_german_when_asked() {
    let config = tempfile::tempdir().expect("temp dir");
    let file = config.path().join("broken.ron");
    fs::write(
        &file,
        "(\n  version: 1, id: \"c\", title: \"C\", summary: \"C.\",\n  practice: Breathing(phases: [(breath: Inhale, seconds: 0)], repeat: Cycles(0)),\n)",
    )
    .expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_steady"))
        .args(["check", file.to_str().unwrap_or_default()])
        .env_clear()
        .env("HOME", config.path())
        .env("STEADY_CONFIG_DIR", config.path())
        .env("LANGUAGE", "de")
        .output()
        .expect("the steady binary runs");
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    // The position and the field name stay as they are; the words are German.
    let seconds = format!(
        "{}:3:49: Fehler: practice.phases[0].seconds: die Dauer muss mehr als 0 Sekunden sein, nicht 0",
        file.display()
    );
    let rounds = format!(
        "{}:3:63: Fehler: practice.repeat: es muss mindestens 1 Runde sein",
        file.display()
    );
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [seconds, rounds],
        "{text}"
    );

    let plan = steady_in(
        config.path(),
        &[("LANGUAGE", "de")],
        &["plan", "grounding-5-4-3-2-1"],
    );
    let kinds: Vec<&str> = plan
        .lines()
        .filter_map(|line| line.split_whitespace().nth(2))
        .collect();
    assert!(kinds.contains(&"Hinweis"), "{plan}");
    assert!(
        plan.lines()
            .any(|line| line.contains(" Ende ") && line.contains("Fertig")),
        "{plan}"
    );
    assert!(
        plan.lines()
            .last()
            .is_some_and(|line| line.starts_with("gesamt ")),
        "{plan}"
    );
    let routine = steady_in(
        config.path(),
        &[("LANGUAGE", "de")],
        &["plan", "morning-five"],
    );
    assert!(
        routine
            .lines()
            .any(|line| line.starts_with("Teil 1: ") && line.contains(" Runden, ")),
        "{routine}"
    );
    let breathing = steady_in(
        config.path(),
        &[("LANGUAGE", "de")],
        &["plan", "box-breathing"],
    );
    let kinds: Vec<&str> = breathing
        .lines()
        .take(4)
        .filter_map(|line| line.split_whitespace().nth(2))
        .collect();
    assert_eq!(kinds, ["einatmen", "halten", "ausatmen", "leer-halten"]);
}

/// `steady ARGS` in German, with nothing else from this machine's environment.
fn german(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steady"))
        .args(args)
        .env_clear()
        .env("HOME", config)
        .env("STEADY_CONFIG_DIR", config)
        .env("LANGUAGE", "de")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the steady binary runs")
}

#[test]
fn check_says_syntax_mistakes_in_german_at_their_place() {
    let config = tempfile::tempdir().expect("temp dir");
    let file = config.path().join("typo.ron");
    // The comma after the title is missing; ron notices at `summary`.
    fs::write(
        &file,
        "(\n  version: 1,\n  id: \"t\",\n  title: \"T\"\n  summary: \"S.\",\n)",
    )
    .expect("write");
    let output = german(config.path(), &["check", file.to_str().unwrap_or_default()]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(
        text.trim_end(),
        format!("{}:5:3: Fehler: hier fehlt ein Komma", file.display())
    );
    fs::write(&file, "(\n  version: 1,\n  colour: 3,\n)").expect("write");
    let text = stdout(&german(
        config.path(),
        &["check", file.to_str().unwrap_or_default()],
    ));
    assert!(
        text.contains(
            ":3:3: Fehler: ein Feld `colour` gibt es in `Exercise` nicht; möglich sind `version`, "
        ),
        "{text}"
    );
    // English keeps ron's words.
    let english = stdout(&steady(
        config.path(),
        &["check", file.to_str().unwrap_or_default()],
    ));
    assert!(
        english.contains(":3:3: error: Unexpected field named `colour` in `Exercise`, expected one of `version`, "),
        "{english}"
    );
}

#[test]
fn command_line_mistakes_are_said_in_german() {
    let config = tempfile::tempdir().expect("temp dir");
    let stderr = |output: &Output| String::from_utf8_lossy(&output.stderr).into_owned();

    let output = german(config.path(), &["no-such-command"]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.starts_with("Fehler: den Befehl „no-such-command“ gibt es nicht\n"),
        "{text}"
    );
    assert!(text.contains("\nAufruf: steady "), "{text}");
    assert!(text.ends_with("\n\nMehr dazu mit „--help“.\n"), "{text}");
    assert!(!text.contains("error"), "{text}");

    let text = stderr(&german(config.path(), &["chek"]));
    assert!(text.contains("Tipp: meintest du „check“?"), "{text}");

    let output = german(config.path(), &["run"]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.starts_with("Fehler: hier fehlt noch etwas: „<ID|FILE>“\n"),
        "{text}"
    );
    assert!(text.contains("\nAufruf: steady run "), "{text}");

    for (args, start) in [
        (
            &["run", "box-breathing", "--lead-in", "99"][..],
            "Fehler: „99“ passt nicht zu „--lead-in <SECONDS>“",
        ),
        (
            &["list", "--colour"][..],
            "Fehler: „--colour“ gibt es hier nicht",
        ),
        (
            &["history", "--csv", "--journal"][..],
            "Fehler: „--csv“ geht nicht zusammen mit „--journal“",
        ),
        (
            &["completions", "tcsh"][..],
            "Fehler: „tcsh“ passt nicht zu „<SHELL>“\n  möglich sind: „bash“, „zsh“, „fish“",
        ),
    ] {
        let output = german(config.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let text = stderr(&output);
        assert!(text.starts_with(start), "{args:?}: {text}");
    }

    // English is clap's own message, as before.
    let english = steady(config.path(), &["no-such-command"]);
    assert!(
        stderr(&english).starts_with("error: unrecognized subcommand 'no-such-command'"),
        "{}",
        stderr(&english)
    );
    // Help still exits 0, in German.
    let help = german(config.path(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("Aufruf:"));
}

#[test]
fn list_stays_english_otherwise() {
    let config = tempfile::tempdir().expect("temp dir");
    for vars in [
        &[][..],
        &[("LANG", "C.UTF-8")][..],
        &[("LANGUAGE", "fr:es"), ("LANG", "fr_FR.UTF-8")][..],
        &[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")][..],
    ] {
        let english = steady_in(config.path(), vars, &["list"]);
        assert!(english.contains("built-in"), "{vars:?}: {english}");
        assert!(english.contains("breathing"), "{vars:?}: {english}");
    }
}

#[test]
fn check_accepts_every_shipped_exercise() {
    let config = tempfile::tempdir().expect("temp dir");
    let files = shipped_files();
    // Every file in exercises/ is shipped: the exercises, then the routines.
    let shipped = SHIPPED.len() + SHIPPED_ROUTINES.len();
    assert_eq!(files.len(), shipped);
    assert_eq!(shipped, 15);
    let args: Vec<&str> = std::iter::once("check")
        .chain(files.iter().map(String::as_str))
        .collect();
    let output = steady(config.path(), &args);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert_eq!(
        text.lines().filter(|line| line.contains(": ok (")).count(),
        shipped,
        "{text}"
    );
}

#[test]
fn check_reports_file_line_column_and_exits_1() {
    let config = tempfile::tempdir().expect("temp dir");
    let bad = config.path().join("bad.ron");
    fs::write(&bad, "(\n  version: 1,\n  id: \"x\",\n  title: 5,\n)").expect("write");
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/box-breathing.ron");
    let output = steady(
        config.path(),
        &[
            "check",
            good.to_str().unwrap_or_default(),
            bad.to_str().unwrap_or_default(),
        ],
    );
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("box-breathing.ron: ok (Box breathing, "),
        "{text}"
    );
    let expected = format!("{}:4:", bad.display());
    let bad_line = text
        .lines()
        .find(|line| line.starts_with(&expected))
        .unwrap_or_default();
    assert!(bad_line.contains(": error: "), "{text}");
}

#[test]
fn check_survives_garbage_empty_and_missing_files() {
    let config = tempfile::tempdir().expect("temp dir");
    let garbage = config.path().join("garbage.ron");
    fs::write(&garbage, [0u8, 159, 146, 150, 255, 40, 41]).expect("write");
    let empty = config.path().join("empty.ron");
    fs::write(&empty, "").expect("write");
    let huge = config.path().join("huge.ron");
    fs::write(&huge, "(".repeat(10 * 1024 * 1024)).expect("write");
    let missing = config.path().join("missing.ron");
    let paths: Vec<String> = [&garbage, &empty, &huge, &missing]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["check"];
    args.extend(paths.iter().map(String::as_str));
    let output = steady(config.path(), &args);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(
        text.lines()
            .filter(|line| line.contains(": error: "))
            .count(),
        4,
        "{text}"
    );
    assert!(String::from_utf8_lossy(&output.stderr).is_empty());
}

#[test]
fn plan_shows_box_breathing_cycles() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = steady(config.path(), &["plan", "box-breathing"]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    let kinds: Vec<&str> = lines
        .iter()
        .take(5)
        .filter_map(|line| line.split_whitespace().nth(2))
        .collect();
    assert_eq!(kinds, ["inhale", "hold", "exhale", "hold-empty", "inhale"]);
    assert!(lines[0].starts_with("0:00.0  0:04.0"), "{text}");
    assert!(lines[1].starts_with("0:04.0  0:08.0"), "{text}");
    assert!(
        lines.last().is_some_and(|line| line.starts_with("total ")),
        "{text}"
    );
}

#[test]
fn list_shows_user_files_overrides_and_broken_files() {
    let config = tempfile::tempdir().expect("temp dir");
    let folder = config.path().join("exercises");
    fs::create_dir_all(&folder).expect("mkdir");
    fs::write(
        folder.join("my-box.ron"),
        "(version: 1, id: \"box-breathing\", title: \"My box\", summary: \"Mine.\", practice: Breathing(phases: [(breath: Inhale, seconds: 5)], repeat: Cycles(12)))",
    )
    .expect("write");
    fs::write(folder.join("oops.ron"), "(version: 1,").expect("write");
    let output = steady(config.path(), &["list"]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    let box_line = text
        .lines()
        .find(|line| line.starts_with("box-breathing "))
        .unwrap_or_default();
    assert!(box_line.contains("1:00"), "{text}");
    assert!(box_line.contains("my-box.ron"), "{text}");
    assert!(
        text.lines()
            .any(|line| line.starts_with("pmr-full ") && line.ends_with("built-in")),
        "{text}"
    );
    assert!(text.contains("oops.ron:1:"), "{text}");
}

#[test]
fn plan_of_an_unknown_id_suggests_and_exits_2() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = steady(config.path(), &["plan", "box-breath"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("box-breathing"));
}

#[test]
fn check_reports_unknown_cues_and_missing_sound_files_with_positions() {
    let config = tempfile::tempdir().expect("temp dir");
    let file = config.path().join("cues.ron");
    fs::write(
        &file,
        "(\n  version: 1, id: \"c\", title: \"C\", summary: \"C.\",\n  practice: Grounding(steps: [(label: \"A\", text: \"B\", seconds: 5, cue: \"gong\")]),\n  cues: (end: \"ding\"),\n  sounds: { \"ding\": File(path: \"ding.wav\") },\n)",
    )
    .expect("write");
    let output = steady(config.path(), &["check", file.to_str().unwrap_or_default()]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let gong = format!("{}:3:", file.display());
    assert!(
        text.lines().any(|line| line.starts_with(&gong)
            && line.contains("gong")
            && line.contains("no such cue")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|line| line.contains("ding.wav") && line.contains("not found")),
        "{text}"
    );
}

#[test]
fn plan_shows_each_segments_cue() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = steady(config.path(), &["plan", "grounding-5-4-3-2-1"]);
    let text = stdout(&output);
    assert!(
        text.lines()
            .next()
            .is_some_and(|line| line.ends_with("[chime]")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|line| line.contains(" end ") && line.ends_with("[bell]")),
        "{text}"
    );
}

#[test]
fn run_with_an_unknown_id_lists_close_matches_and_exits_2() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = steady(config.path(), &["run", "pmr-shrt"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no exercise called \"pmr-shrt\""),
        "{stderr}"
    );
    assert!(stderr.contains("pmr-short"), "{stderr}");
}

#[test]
fn history_journal_prints_every_note_by_day_newest_first() {
    let config = tempfile::tempdir().expect("temp dir");
    let paths = steady::paths::Paths::at(config.path());
    let empty = steady(config.path(), &["history", "--journal"]);
    assert!(empty.status.success());
    assert!(
        stdout(&empty).starts_with("No notes yet."),
        "{}",
        stdout(&empty)
    );
    let line = |date: &str, note: &str| {
        format!(
            r#"{{"start":"{date}T21:30:00+01:00","id":"evening-wind-down","title":"Evening wind-down","routine":true,"planned_seconds":340,"practised_seconds":340,"finished":true,"note":"{note}"}}"#
        )
    };
    for (date, note) in [("2025-03-01", "Tired."), ("2025-03-03", "Slept well.")] {
        steady::store::append_line(&paths.history(), &line(date, note), 0o600).expect("history");
    }
    let output = steady(config.path(), &["history", "--journal"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "Monday 3 March 2025",
            "  21:30  Evening wind-down",
            "    Slept well.",
            "",
            "Saturday 1 March 2025",
            "  21:30  Evening wind-down",
            "    Tired.",
        ]
    );
}

#[test]
fn history_csv_keeps_a_note_byte_exact() {
    let config = tempfile::tempdir().expect("temp dir");
    let data = config.path().join("data");
    fs::create_dir_all(&data).expect("data folder");
    let note = "Two lines,\r\nthe \"second\" with a comma, and a lone \r too.";
    let line = serde_json::json!({
        "start": "2025-03-30T07:30:00+02:00",
        "id": "box-breathing",
        "title": "Box breathing",
        "routine": false,
        "planned_seconds": 300,
        "practised_seconds": 300,
        "finished": true,
        "note": note,
    });
    fs::write(data.join("history.jsonl"), format!("{line}\n")).expect("history");
    let output = steady(config.path(), &["history", "--csv"]);
    assert!(output.status.success(), "{output:?}");
    // What the window's export writes, byte for byte.
    let loaded = steady::history::load(&data.join("history.jsonl"));
    assert_eq!(loaded.records.len(), 1, "{:?}", loaded.problems);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        steady::history::to_csv(&loaded.records)
    );
    // And read back, the note is the note.
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].get(13), Some(note));
    assert!(output.stdout.ends_with(b"\n") && !output.stdout.ends_with(b"\n\n"));
}

/// The command line's words in English, as the catalogue has them.
fn english(id: &'static str) -> &'static str {
    steady::i18n::Language::English.tr(id)
}

/// The man page as text: roff's escapes and font changes taken out.
fn man_text(config: &Path) -> String {
    let output = steady(config, &["manpage"]);
    assert!(output.status.success());
    stdout(&output)
        .replace("\\-", "-")
        .replace("\\fB", "")
        .replace("\\fR", "")
        .replace("\\*(Aq", "'")
}

#[test]
fn help_explains_the_arguments_examples_and_exit_codes() {
    let config = tempfile::tempdir().expect("temp dir");
    let help = stdout(&steady(config.path(), &["--help"]));
    for (title, text) in steady::cli::args::sections(&english) {
        assert!(help.contains(&format!("{title}:\n")), "{help}");
        for line in text.lines() {
            assert!(help.contains(&format!("  {line}\n")), "{line}\n{help}");
        }
    }
    let check = stdout(&steady(config.path(), &["check", "--help"]));
    assert!(
        check.contains("<FILE>...  An exercise or routine file"),
        "{check}"
    );
    let run = stdout(&steady(config.path(), &["run", "--help"]));
    assert!(run.contains("its id, as `steady list` shows it"), "{run}");
    assert!(run.contains("--lead-in <SECONDS>"), "{run}");
}

#[test]
fn the_man_page_says_what_help_says() {
    let config = tempfile::tempdir().expect("temp dir");
    let man = man_text(config.path());
    assert!(man.contains("\n.TH steady 1 "), "{man}");
    for (title, text) in steady::cli::args::sections(&english) {
        assert!(man.contains(&title.to_uppercase()), "{title}");
        for line in text.lines() {
            assert!(man.contains(line), "{line}\n{man}");
        }
    }
    let mut command = steady::cli::args::command_in(&english);
    command.build();
    for sub in command
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
    {
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        assert!(man.contains(&about), "{about}");
        for arg in sub.get_arguments().filter(|arg| arg.get_id() != "help") {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            assert!(
                !help.is_empty(),
                "{} {} has no help",
                sub.get_name(),
                arg.get_id()
            );
            assert!(man.contains(&help), "{help}");
        }
    }
}

#[test]
fn exit_codes_are_the_ones_help_documents() {
    let config = tempfile::tempdir().expect("temp dir");
    let code = |args: &[&str]| steady(config.path(), args).status.code();
    assert_eq!(code(&["--help"]), Some(0));
    assert_eq!(code(&["no-such-command"]), Some(2));
    assert_eq!(code(&["run"]), Some(2), "a missing argument");
    assert_eq!(code(&["run", "box-breathing", "--lead-in", "11"]), Some(2));
    assert_eq!(code(&["plan", "no-such-exercise"]), Some(2));
    assert_eq!(code(&["check", "no-such-file.ron"]), Some(1));
}

#[test]
fn list_ids_prints_only_the_ids_a_persons_own_included() {
    let config = tempfile::tempdir().expect("temp dir");
    write_own_exercise(config.path());
    let output = steady(config.path(), &["list", "--ids"]);
    let ids: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(
        ids.len(),
        SHIPPED.len() + SHIPPED_ROUTINES.len() + 1,
        "{ids:?}"
    );
    for id in ["box-breathing", "morning-five", "my-breath"] {
        assert!(ids.iter().any(|line| line == id), "{id} in {ids:?}");
    }
}

fn write_own_exercise(config: &Path) {
    let box_breathing = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/box-breathing.ron"),
    )
    .expect("shipped file");
    let own = box_breathing.replace("id: \"box-breathing\"", "id: \"my-breath\"");
    fs::create_dir_all(config.join("exercises")).expect("folder");
    fs::write(config.join("exercises/my-breath.ron"), own).expect("write");
}

/// What bash offers for the words typed, through the script `steady
/// completions bash` prints (the last word is the one being completed).
fn bash_completes(config: &Path, words: &[&str]) -> Vec<String> {
    let script = config.join("steady.bash");
    fs::write(&script, steady(config, &["completions", "bash"]).stdout).expect("script");
    let binaries = Path::new(env!("CARGO_BIN_EXE_steady"))
        .parent()
        .expect("the binary's folder");
    let path = format!(
        "{}:{}",
        binaries.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let quoted: Vec<String> = words.iter().map(|word| format!("'{word}'")).collect();
    let program = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; \
         _steady_with_ids steady '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let output = Command::new("bash")
        .args(["--norc", "-c", &program])
        .env("PATH", path)
        .env("STEADY_CONFIG_DIR", config)
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout(&output).lines().map(str::to_owned).collect()
}

#[test]
fn bash_completes_exercise_ids_after_run_and_plan() {
    let config = tempfile::tempdir().expect("temp dir");
    write_own_exercise(config.path());
    assert_eq!(
        bash_completes(config.path(), &["steady", "run", "box"]),
        ["box-breathing"]
    );
    assert_eq!(
        bash_completes(config.path(), &["steady", "plan", "my"]),
        ["my-breath"]
    );
    assert_eq!(bash_completes(config.path(), &["steady", "pl"]), ["plan"]);
    // Options are still offered, and clap's `<ID|FILE>` placeholder is not.
    let offered = bash_completes(config.path(), &["steady", "run", ""]);
    let has = |word: &str| offered.iter().any(|offer| offer == word);
    assert!(has("--lead-in") && has("evening-wind-down"), "{offered:?}");
    let placeholder = offered.iter().any(|word| word.starts_with('<'));
    assert!(!placeholder, "{offered:?}");
}

#[test]
fn zsh_and_fish_completions_are_printed() {
    let config = tempfile::tempdir().expect("temp dir");
    let zsh = stdout(&steady(config.path(), &["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef steady"), "{zsh}");
    let fish = stdout(&steady(config.path(), &["completions", "fish"]));
    assert!(fish.contains("complete -c steady"), "{fish}");
    assert!(fish.contains("steady list --ids"), "{fish}");
}

#[test]
fn help_and_the_man_page_speak_german_when_asked() {
    let config = tempfile::tempdir().expect("temp dir");
    let in_german = |args: &[&str]| steady_in(config.path(), &[("LANGUAGE", "de")], args);
    let german = |id: &'static str| steady::i18n::Language::German.tr(id);
    let help = in_german(&["--help"]);
    for words in [
        "Aufruf: steady",
        "Befehle:\n",
        "Optionen:\n",
        german("cli-long-about").lines().last().unwrap_or_default(),
        german("cli-list"),
        german("cli-help-long"),
    ] {
        assert!(help.contains(words), "{words}\n{help}");
    }
    for (title, text) in steady::cli::args::sections(&german) {
        assert!(help.contains(&format!("{title}:\n")), "{help}");
        for line in text.lines() {
            assert!(help.contains(&format!("  {line}\n")), "{line}\n{help}");
        }
    }
    let run = in_german(&["run", "--help"]);
    assert!(run.contains("Argumente:\n  <ID|FILE>  Eine Übung"), "{run}");
    assert!(run.contains(german("cli-run-lead-in")), "{run}");
    // The man page: its sections named in German, every text there.
    let man = in_german(&["manpage"]).replace("\\-", "-");
    assert!(man.contains("\"Dienstprogramme für Benutzer\""), "{man}");
    for heading in [
        "BEZEICHNUNG",
        "ÜBERSICHT",
        "BESCHREIBUNG",
        "OPTIONEN",
        "BEFEHLE",
    ] {
        assert!(
            man.contains(&format!(".SH {heading}\n")),
            "{heading}\n{man}"
        );
    }
    for id in ["cli-file", "cli-history-journal", "cli-completions-shell"] {
        assert!(man.contains(german(id)), "{id}\n{man}");
    }
    assert!(!man.contains(".SH NAME"), "{man}");
}

#[test]
fn what_the_system_says_about_a_file_is_in_the_persons_words() {
    let config = tempfile::tempdir().expect("temp dir");
    let missing = config.path().join("not-there.ron");
    let check = |language: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_steady"))
            .args(["check", missing.to_str().unwrap_or_default()])
            .env_clear()
            .env("HOME", config.path())
            .env("STEADY_CONFIG_DIR", config.path())
            .env("LANGUAGE", language)
            .output()
            .expect("the steady binary runs");
        assert_eq!(output.status.code(), Some(1));
        stdout(&output) + &String::from_utf8_lossy(&output.stderr)
    };
    let english = check("en");
    assert!(
        english.contains("there is no such file or folder"),
        "{english}"
    );
    assert!(!english.contains("os error"), "{english}");
    let german = check("de");
    assert!(
        german.contains("diese Datei oder diesen Ordner gibt es nicht"),
        "{german}"
    );
}
