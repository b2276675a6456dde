//! Writes the man page and the shell completion scripts from the command
//! line's definitions (src/cli/args.rs) while Steady is built.
//! `steady manpage` and `steady completions SHELL` print them as written
//! here, so the program does not carry the generators (clap_mangen and
//! clap_complete).

use std::path::Path;

#[path = "src/cli/args.rs"]
#[allow(dead_code)]
mod args;
#[path = "build/manual.rs"]
mod manual;

fn main() {
    for input in ["build.rs", "build/manual.rs", "src/cli/args.rs"] {
        println!("cargo:rerun-if-changed={input}");
    }
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = Path::new(&out);
    write(&out.join("steady.1"), manual::man_page);
    for (shell, file) in [
        (args::Shell::Bash, "steady.bash"),
        (args::Shell::Zsh, "_steady"),
        (args::Shell::Fish, "steady.fish"),
    ] {
        write(&out.join(file), |text| manual::completions(shell, text));
    }
}

fn write(path: &Path, make: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) {
    let mut text = Vec::new();
    make(&mut text).expect("writing to memory does not fail");
    std::fs::write(path, text).expect("OUT_DIR is writable");
}
