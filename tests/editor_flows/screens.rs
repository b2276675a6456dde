//! Pictures of the editor to look at: light and dark, 100% and 200% text,
//! in an 880×680 window (and taller ones to see the whole form).

use std::path::PathBuf;
use std::time::Duration;

use iced::keyboard::key::Named;
use iced_test::Simulator;
use steady::editor::Field;
use steady::settings::{Settings, ThemeChoice};
use steady::ui::screen::editor;
use steady::ui::Message;

use super::harness::Harness;

struct Case {
    name: &'static str,
    id: &'static str,
    dark: bool,
    scale: u16,
    /// A value typed into a field first.
    typed: Option<(Field, &'static str)>,
    /// Esc afterwards (asks before leaving when something was typed).
    escape: bool,
    size: (f32, f32),
}

const WINDOW: (f32, f32) = (880.0, 680.0);
const TALL: (f32, f32) = (880.0, 1800.0);

fn case(name: &'static str, id: &'static str, dark: bool, scale: u16) -> Case {
    Case {
        name,
        id,
        dark,
        scale,
        typed: None,
        escape: false,
        size: WINDOW,
    }
}

fn cases() -> Vec<Case> {
    vec![
        case("box-light-100", "box-breathing", false, 100),
        case("box-dark-100", "box-breathing", true, 100),
        case("box-light-200", "box-breathing", false, 200),
        case("box-dark-200", "box-breathing", true, 200),
        Case {
            size: (1280.0, 800.0),
            ..case("box-wide-light-100", "box-breathing", false, 100)
        },
        Case {
            size: TALL,
            ..case("box-tall-dark-100", "box-breathing", true, 100)
        },
        Case {
            typed: Some((Field::Phase(0), "0,2")),
            ..case("box-invalid-light-100", "box-breathing", false, 100)
        },
        case("sigh-light-100", "physiological-sigh", false, 100),
        Case {
            typed: Some((Field::StepSeconds(0), "36000")),
            ..case(
                "grounding-invalid-dark-100",
                "grounding-5-4-3-2-1",
                true,
                100,
            )
        },
        Case {
            size: TALL,
            ..case(
                "grounding-tall-light-200",
                "grounding-5-4-3-2-1",
                false,
                200,
            )
        },
        case("pmr-light-200", "pmr-short", false, 200),
        Case {
            size: TALL,
            ..case("pmr-tall-dark-100", "pmr-short", true, 100)
        },
        Case {
            typed: Some((Field::Title, "")),
            escape: true,
            ..case("pmr-leave-dark-200", "pmr-short", true, 200)
        },
    ]
}

/// Pictures for people to look at, not to compare: run with
/// `cargo test --test editor_flows -- --ignored`; they land in
/// `$STEADY_SCREENS` (default: the target folder's tmp).
#[test]
#[ignore = "writes pictures to look at"]
fn editor_screenshots() {
    let folder = std::env::var_os("STEADY_SCREENS").map_or_else(
        || PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("editor-screens"),
        PathBuf::from,
    );
    for case in cases() {
        let settings = Settings {
            theme: if case.dark {
                ThemeChoice::Dark
            } else {
                ThemeChoice::Light
            },
            text_scale: case.scale,
            ..Settings::default()
        };
        let mut ui = Harness::with(settings, &[]);
        ui.customise(case.id);
        if let Some((field, typed)) = case.typed {
            ui.send([Message::Editor(editor::Message::Typed(
                field,
                typed.to_owned(),
            ))]);
        }
        if case.escape {
            ui.key(Named::Escape);
        }
        // A moment into the preview, so the shape is mid-breath.
        ui.clock.advance(Duration::from_millis(1500));
        let theme = ui.app.theme();
        let size = iced::Size::new(case.size.0, case.size.1);
        let mut window = Simulator::with_size(iced::Settings::default(), size, ui.app.view());
        let name = format!("editor-{}", case.name);
        // The simulator only writes a picture that is not there yet.
        let _ = std::fs::remove_file(folder.join(format!("{name}-tiny-skia.png")));
        let snapshot = window.snapshot(&theme).expect("drawn");
        assert!(snapshot
            .matches_image(folder.join(format!("{name}.png")))
            .expect("written"));
    }
}
