//! The man page and the shell completion scripts. build.rs makes them from
//! the command line's definitions ([`super::args`], with build/manual.rs)
//! while Steady is built, so they say what `--help` says and the program
//! only prints them.

use super::args::Shell;

/// `steady manpage`: one page with every command and its arguments, in the
/// person's language.
pub fn man_page() -> &'static str {
    match crate::i18n::language() {
        crate::i18n::Language::English => include_str!(concat!(env!("OUT_DIR"), "/steady.en.1")),
        crate::i18n::Language::German => include_str!(concat!(env!("OUT_DIR"), "/steady.de.1")),
    }
}

/// `steady completions SHELL`: clap's script for the shell, and in bash and
/// fish a few lines more that offer the exercise and routine ids.
pub fn completions(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => include_str!(concat!(env!("OUT_DIR"), "/steady.bash")),
        Shell::Zsh => include_str!(concat!(env!("OUT_DIR"), "/_steady")),
        Shell::Fish => include_str!(concat!(env!("OUT_DIR"), "/steady.fish")),
    }
}
