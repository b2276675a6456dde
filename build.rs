//! Writes the man page and the shell completion scripts from the command
//! line's definitions (src/cli/args.rs) while Steady is built.
//! `steady manpage` and `steady completions SHELL` print them as written
//! here, so the program does not carry the generators (clap_mangen and
//! clap_complete).

use std::path::Path;

#[path = "src/cli/args.rs"]
#[allow(dead_code)]
mod args;
#[path = "build/catalogue.rs"]
mod catalogue;
#[path = "build/manual.rs"]
mod manual;

/// Packs the program's 17,000 relative relocations (the addresses the
/// loader fixes up at start: every string and table a pointer names) into a
/// few kilobytes (`DT_RELR`, glibc 2.36 and later, as in Debian 12): the
/// binary is 0.4 MB smaller, and the loader reads and maps that much less
/// before `main`.
fn pack_relocations() {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// Places the functions Steady runs at start, on the home window and while
/// breathing side by side (build/hot-text.ld, written by scripts/layout).
/// Linux maps code 64 KiB at a time around each page that runs; spread as
/// the compiler leaves it, that start touches nearly all 7.8 MB of code, so
/// nearly all of it is mapped. Release builds only: the names in the file
/// are those of optimised code.
fn lay_out_hot_code() {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let script = Path::new(&var("CARGO_MANIFEST_DIR")).join("build/hot-text.ld");
    // The folder, not the file: a file that is missing would make cargo run
    // this script (and link again) on every build.
    println!("cargo:rerun-if-changed=build");
    // scripts/layout builds without the last layout: valgrind cannot tell
    // which file code placed by a linker script came from, and would name
    // none of it.
    println!("cargo:rerun-if-env-changed=STEADY_CODE_LAYOUT");
    let script = script.to_string_lossy();
    if var("PROFILE") == "release"
        && var("STEADY_CODE_LAYOUT") != "off"
        && var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && Path::new(script.as_ref()).is_file()
        // A comma would split the linker's argument in two.
        && !script.contains(',')
    {
        println!("cargo:rustc-link-arg-bin=steady=-Wl,-T,{script}");
    }
}

fn main() {
    for input in [
        "build.rs",
        "build/catalogue.rs",
        "build/manual.rs",
        "src/cli/args.rs",
        "i18n/en.ftl",
        "i18n/de.ftl",
        METAINFO,
    ] {
        println!("cargo:rerun-if-changed={input}");
    }
    pack_relocations();
    lay_out_hot_code();
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = Path::new(&out);
    let date = release_date();
    // A man page in each language; the completion scripts (one file for
    // every language a system has) in English.
    for language in ["en", "de"] {
        let catalogue = format!("i18n/{language}.ftl");
        let messages = catalogue::plain_messages(&catalogue);
        // The program's catalogue: plain messages as a table, the rest for
        // Fluent (src/i18n/catalogue.rs).
        std::fs::write(
            out.join(format!("plain.{language}.rs")),
            catalogue::plain_table(&messages),
        )
        .expect("OUT_DIR is writable");
        std::fs::write(
            out.join(format!("rich.{language}.ftl")),
            catalogue::without_plain(&catalogue, &messages),
        )
        .expect("OUT_DIR is writable");
        let tr = |id: &'static str| -> &'static str {
            messages
                .get(id)
                .copied()
                .unwrap_or_else(|| panic!("i18n/{language}.ftl has no plain message {id}"))
        };
        write(&out.join(format!("steady.{language}.1")), |text| {
            manual::man_page(&tr, &date, text)
        });
        if language == "en" {
            for (shell, file) in [
                (args::Shell::Bash, "steady.bash"),
                (args::Shell::Zsh, "_steady"),
                (args::Shell::Fish, "steady.fish"),
            ] {
                write(&out.join(file), |text| {
                    manual::completions(&tr, shell, text)
                });
            }
        }
    }
}

const METAINFO: &str = "assets/io.github.steady_app.Steady.metainfo.xml";

/// The newest release's date in the metainfo (the first one listed): the
/// man page's date, the same in every build of that release.
fn release_date() -> String {
    let metainfo = std::fs::read_to_string(METAINFO).expect("the metainfo is readable");
    metainfo
        .split("<release ")
        .nth(1)
        .and_then(|release| release.split("date=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("the metainfo lists a release with a date")
        .to_owned()
}

fn write(path: &Path, make: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) {
    let mut text = Vec::new();
    make(&mut text).expect("writing to memory does not fail");
    std::fs::write(path, text).expect("OUT_DIR is writable");
}
