//! The man page and the shell completion scripts, made from the command
//! line's definitions (`src/cli/args.rs`) so they say what `--help` says.
//! Run by build.rs: the program prints what this wrote (src/cli/manual.rs),
//! without carrying the generators.

use std::io::{self, Write};

use clap_mangen::roff::{bold, roman, Roff};

use super::args::{self, Shell};

/// `steady manpage`: one page with every command and its arguments (rather
/// than a page per command, which `man steady` would not show), in the
/// words of `tr`.
pub fn man_page(tr: args::Words, date: &str, out: &mut dyn Write) -> io::Result<()> {
    let mut page = Vec::new();
    render_man_page(tr, date, &mut page)?;
    // clap_mangen names its sections in English.
    let headings = [
        ("NAME", tr("cli-man-name")),
        ("SYNOPSIS", tr("cli-man-synopsis")),
        ("DESCRIPTION", tr("cli-man-description")),
        ("OPTIONS", tr("cli-options")),
        ("VERSION", tr("cli-man-version")),
    ];
    // Each part rendered alone starts with the same two-line definition of
    // the apostrophe: once is enough.
    let text = String::from_utf8_lossy(&page);
    let mut seen = std::collections::HashSet::new();
    for line in text.lines() {
        if line.contains(".ds Aq ") && !seen.insert(line) {
            continue;
        }
        let heading = line.strip_prefix(".SH ").and_then(|title| {
            headings
                .iter()
                .find(|(english, _)| *english == title)
                .map(|(_, words)| words.to_uppercase())
        });
        match heading {
            Some(words) => writeln!(out, ".SH {words}")?,
            None => writeln!(out, "{line}")?,
        }
        if line.starts_with(".TH ") {
            // Lines are filled but words are never split: man would split
            // German words where English rules say.
            writeln!(out, ".nh")?;
        }
    }
    Ok(())
}

fn render_man_page(tr: args::Words, date: &str, out: &mut dyn Write) -> io::Result<()> {
    let mut command = args::command_in(tr);
    command.build();
    // Without a date the title line's fields shift by one, and man shows
    // the version where the date goes and no manual's name.
    let man = clap_mangen::Man::new(command.clone())
        .date(date)
        .manual(tr("cli-man-section"));
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;

    let mut roff = Roff::new();
    roff.control("SH", [tr("cli-commands").to_uppercase().as_str()]);
    // `steady help` only says what `--help` does: left out of the page.
    let subcommands = command
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set() && sub.get_name() != "help");
    for sub in subcommands {
        let usage = sub.clone().render_usage().to_string();
        let usage = usage.trim_start_matches("Usage: ");
        roff.control("TP", []);
        roff.text([bold(usage)]);
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        let arguments = sub
            .get_arguments()
            .filter(|arg| !arg.is_hide_set() && arg.get_id() != "help");
        for arg in arguments {
            let name = match arg.get_long() {
                Some(long) => format!("--{long}"),
                None => String::new(),
            };
            let values = Some(arg)
                .filter(|arg| arg.get_action().takes_values())
                .and_then(clap::Arg::get_value_names)
                .map(|names| names.iter().map(|name| format!("<{name}>")).collect())
                .unwrap_or_else(Vec::<String>::new)
                .join(" ");
            let shown = [name, values]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            roff.control("RS", []);
            roff.control("TP", []);
            roff.text([bold(shown)]);
            let help = arg.get_long_help().or_else(|| arg.get_help());
            let mut text = help.map(ToString::to_string).unwrap_or_default();
            let possible: Vec<String> = arg
                .get_possible_values()
                .iter()
                .map(|value| value.get_name().to_owned())
                .collect();
            if !possible.is_empty() {
                text = format!("{text}: {}", possible.join(", "));
            }
            roff.text([roman(text)]);
            roff.control("RE", []);
        }
    }
    for (title, text) in args::sections(tr) {
        roff.control("SH", [title.to_uppercase().as_str()]);
        // Laid out in columns, as in --help: kept line for line.
        roff.control("nf", []);
        for line in text.lines() {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
    }
    roff.to_writer(out)?;
    man.render_version_section(out)
}

/// `steady completions SHELL`: clap's script for the shell, and in bash and
/// fish a few lines more that offer the exercise and routine ids (asked of
/// `steady list --ids`, so a person's own exercises are there too).
pub fn completions(tr: args::Words, shell: Shell, out: &mut dyn Write) -> io::Result<()> {
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    let mut script = Vec::new();
    clap_complete::generate(generator, &mut args::command_in(tr), "steady", &mut script);
    out.write_all(&script)?;
    let ids = match shell {
        Shell::Bash => BASH_IDS,
        Shell::Fish => FISH_IDS,
        Shell::Zsh => "",
    };
    out.write_all(ids.as_bytes())
}

/// Wraps clap's bash function: after `run` and `plan`, the ids that start
/// with the word typed; without the `<ID|FILE>` placeholder clap lists.
/// When nothing matches, bash offers files (`-o default`).
const BASH_IDS: &str = r#"
# Exercise and routine ids after `steady run` and `steady plan`.
_steady_with_ids() {
    _steady "$@"
    local reply=() item
    for item in "${COMPREPLY[@]}"; do
        [[ $item == "<"* ]] || reply+=("$item")
    done
    COMPREPLY=("${reply[@]}")
    local word="${COMP_WORDS[COMP_CWORD]}"
    local previous="${COMP_WORDS[COMP_CWORD-1]}"
    local program="${COMP_WORDS[0]}"
    [[ $program == "~/"* ]] && program="$HOME/${program#"~/"}"
    if [[ ${COMP_WORDS[1]} == run || ${COMP_WORDS[1]} == plan ]] &&
        [[ $word != -* && $previous != --lead-in ]]; then
        local ids
        ids=$("$program" list --ids 2>/dev/null)
        COMPREPLY+=($(compgen -W "$ids" -- "$word"))
    fi
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _steady_with_ids -o nosort -o bashdefault -o default steady
else
    complete -F _steady_with_ids -o bashdefault -o default steady
fi
"#;

const FISH_IDS: &str = r#"
# Exercise and routine ids after `steady run` and `steady plan`.
complete -c steady -n "__fish_seen_subcommand_from run plan" -a "(steady list --ids 2>/dev/null)" -d "exercise or routine"
"#;
