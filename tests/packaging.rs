//! What a desktop and a package manager see: the desktop file, the AppStream
//! metainfo and the icons, all under the one application id; the Debian
//! package's files; and an install from before the id moved to it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use steady::app_id::{self, APP_ID};

mod support;

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    fs::read_to_string(repo(relative)).unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// Runs a validator; its whole output is the failure message.
fn validates(program: &str, args: &[&str]) {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("{program}: {error}"));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{program} {args:?}:\n{said}");
    // desktop-file-validate exits 0 after some warnings: any line fails.
    if program == "desktop-file-validate" {
        assert!(said.trim().is_empty(), "{program}:\n{said}");
    }
}

#[test]
fn the_desktop_file_is_valid() {
    if !support::tools(&["desktop-file-validate"]) {
        return;
    }
    let file = repo(&format!("assets/{}", app_id::desktop_file()));
    validates("desktop-file-validate", &[&file.display().to_string()]);
}

#[test]
fn the_metainfo_is_valid() {
    if !support::tools(&["appstreamcli"]) {
        return;
    }
    let file = repo(&format!("assets/{APP_ID}.metainfo.xml"));
    validates(
        "appstreamcli",
        &["validate", "--no-net", &file.display().to_string()],
    );
}

#[test]
fn the_desktop_file_uses_the_application_id() {
    let text = read(&format!("assets/{}", app_id::desktop_file()));
    let value = |key: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("no {key} in the desktop file"))
            .to_owned()
    };
    assert_eq!(value("Icon"), app_id::ICON);
    // The window's X11 class is the id (iced sets WM_CLASS to it).
    assert_eq!(value("StartupWMClass"), APP_ID);
    assert_eq!(value("StartupNotify"), "true");
    let categories = value("Categories");
    assert!(categories.starts_with("Utility;"), "{categories}");
    // Accessibility is for assistive technology, which Steady is not.
    assert!(!categories.contains("Accessibility"), "{categories}");
    assert!(value("Keywords").contains("breathing;"));
}

#[test]
fn the_metainfo_names_the_id_the_desktop_file_and_the_screenshots() {
    let text = read(&format!("assets/{APP_ID}.metainfo.xml"));
    for expected in [
        format!("<id>{APP_ID}</id>"),
        format!("<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"),
        "<project_license>MIT OR Apache-2.0</project_license>".to_owned(),
        "<content_rating type=\"oars-1.1\"".to_owned(),
        "<release version=\"0.1.0\"".to_owned(),
    ] {
        assert!(text.contains(&expected), "missing {expected}");
    }
    // Each screenshot is one of the README's, by its address in the repository.
    let images: Vec<&str> = text
        .lines()
        .filter_map(|line| line.trim().strip_prefix("<image>"))
        .filter_map(|line| line.strip_suffix("</image>"))
        .collect();
    assert_eq!(images.len(), 4, "{images:?}");
    let readme = read("README.md");
    for image in images {
        let (_, file) = image
            .split_once("/raw/main/")
            .unwrap_or_else(|| panic!("{image} is not in the repository"));
        assert!(repo(file).is_file(), "{file}");
        assert!(
            readme.contains(&format!("({file})")),
            "{file} not in README"
        );
    }
}

/// Width and height from a PNG's header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{}", path.display());
    let number =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (number(16), number(20))
}

#[test]
fn the_icon_comes_in_every_size_the_theme_spec_lays_out() {
    let icons = repo("assets/icons/hicolor");
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let png = icons.join(format!("{size}x{size}/apps/{}.png", app_id::ICON));
        assert_eq!(png_size(&png), (size, size), "{}", png.display());
    }
    assert!(icons
        .join(format!("scalable/apps/{}.svg", app_id::ICON))
        .is_file());
    let symbolic =
        fs::read_to_string(icons.join(format!("symbolic/apps/{}-symbolic.svg", app_id::ICON)))
            .expect("the symbolic icon");
    // One colour, which the desktop replaces with its text colour.
    let colours: std::collections::BTreeSet<&str> = symbolic
        .split("fill=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert_eq!(colours.len(), 1, "{colours:?}");
}

#[test]
fn every_file_the_package_lists_is_in_the_repository() {
    let manifest = read("Cargo.toml");
    let section = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("a [package.metadata.deb] section");
    let sources: Vec<&str> = section
        .lines()
        .map(str::trim)
        .take_while(|line| !line.starts_with("[features]"))
        .filter_map(|line| line.strip_prefix("[\""))
        .filter_map(|line| line.split('"').next())
        .collect();
    assert!(sources.len() > 20, "{sources:?}");
    for source in &sources {
        // Made by scripts/package: the binary, its man page and completions.
        if !source.starts_with("target/") {
            assert!(repo(source).is_file(), "{source}");
        }
    }
    for wanted in [
        "target/release/steady",
        "target/assets/steady.1",
        "target/assets/de/steady.1",
        "target/assets/steady.bash",
        "LICENSE-MIT",
        "LICENSE-APACHE",
    ] {
        assert!(sources.contains(&wanted), "{wanted} not packaged");
    }
    let icons = sources
        .iter()
        .filter(|source| source.starts_with("assets/icons/"))
        .count();
    assert_eq!(icons, 10, "8 PNG sizes, the SVG and the symbolic SVG");
}

const OLD_ENTRY: &str = "[Desktop Entry]\nType=Application\nName=Steady\n\
    Exec=\"/home/me/.local/bin/steady\" --background\nIcon=steady\n";

#[test]
fn an_old_autostart_entry_is_replaced_by_the_new_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path();
    fs::write(folder.join("steady.desktop"), OLD_ENTRY).expect("old entry");
    let program = Path::new("/usr/bin/steady");

    assert!(steady::autostart::migrate(folder, program).expect("moved"));

    let names: Vec<String> = fs::read_dir(folder)
        .expect("listed")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, [app_id::desktop_file()], "nothing else left behind");
    assert!(steady::autostart::is_on(folder));
    let text = fs::read_to_string(folder.join(app_id::desktop_file())).expect("new entry");
    assert!(
        text.contains("Exec=\"/usr/bin/steady\" --background"),
        "{text}"
    );
    assert!(text.contains(&format!("Icon={APP_ID}\n")), "{text}");
    // A second start has nothing to move.
    assert!(!steady::autostart::migrate(folder, program).expect("nothing to do"));
}

#[test]
fn autostart_left_off_stays_off_and_another_programs_entry_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path();
    let program = Path::new("/usr/bin/steady");
    assert!(!steady::autostart::migrate(folder, program).expect("no entry"));
    assert!(!steady::autostart::is_on(folder));

    let theirs = "[Desktop Entry]\nType=Application\nName=Steady sync\nExec=steady-sync\n";
    fs::write(folder.join("steady.desktop"), theirs).expect("their entry");
    assert!(!steady::autostart::migrate(folder, program).expect("left alone"));
    assert!(!steady::autostart::is_on(folder));
    let kept = fs::read_to_string(folder.join("steady.desktop")).expect("kept");
    assert_eq!(kept, theirs);
}
