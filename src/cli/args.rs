//! The command line's definitions. `--help`, the man page and the shell
//! completions are all made from these, so they always say the same. Their
//! words come from the message catalogue (`cli-…` ids): at run time in the
//! person's language (src/cli.rs passes [`crate::i18n`]'s lookup), while
//! building in each shipped language (build.rs reads the catalogues), so
//! there is a man page per language too.

use std::path::PathBuf;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// A message of the catalogue, by id: the words of one language.
pub type Words<'a> = &'a dyn Fn(&'static str) -> &'static str;

#[derive(Parser, Debug)]
#[command(name = "steady", version)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(long)]
    pub background: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    List {
        #[arg(long)]
        ids: bool,
    },
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    Plan {
        #[arg(value_name = "ID|FILE")]
        exercise: String,
        #[arg(long)]
        speak: bool,
    },
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Run {
        #[arg(value_name = "ID|FILE")]
        exercise: String,
        #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u8).range(0..=10))]
        lead_in: Option<u8>,
        #[arg(long)]
        speak: bool,
    },
    Quick,
    History {
        #[arg(long, conflicts_with = "journal")]
        csv: bool,
        #[arg(long)]
        journal: bool,
    },
    Completions {
        #[arg(value_enum, value_name = "SHELL")]
        shell: Shell,
    },
    Manpage,
}

/// The shells `steady completions` writes for.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// The sections after the options, in `--help` and in the man page alike:
/// the title and its lines. Commands and paths in them stay as typed.
pub fn sections(tr: Words) -> [(&'static str, &'static str); 3] {
    [
        (tr("cli-examples"), tr("cli-examples-text")),
        (tr("cli-exit-status"), tr("cli-exit-status-text")),
        (tr("cli-files"), tr("cli-files-text")),
    ]
}

/// What each subcommand does, and the help of each of its arguments.
fn subcommand_words(tr: Words, name: &str) -> (&'static str, Vec<(&'static str, &'static str)>) {
    let file = || tr("cli-file");
    let id_or_file = || tr("cli-id-or-file");
    match name {
        "list" => (tr("cli-list"), vec![("ids", tr("cli-list-ids"))]),
        "check" => (tr("cli-check"), vec![("files", file())]),
        "plan" => (
            tr("cli-plan"),
            vec![("exercise", id_or_file()), ("speak", tr("cli-plan-speak"))],
        ),
        "import" => (tr("cli-import"), vec![("file", file())]),
        "run" => (
            tr("cli-run"),
            vec![
                ("exercise", id_or_file()),
                ("lead_in", tr("cli-run-lead-in")),
                ("speak", tr("cli-run-speak")),
            ],
        ),
        "quick" => (tr("cli-quick"), Vec::new()),
        "history" => (
            tr("cli-history"),
            vec![
                ("csv", tr("cli-history-csv")),
                ("journal", tr("cli-history-journal")),
            ],
        ),
        "completions" => (
            tr("cli-completions"),
            vec![("shell", tr("cli-completions-shell"))],
        ),
        "manpage" => (tr("cli-manpage"), Vec::new()),
        _ => ("", Vec::new()),
    }
}

/// clap's own words (headings, `-h` and `-V`) in the catalogue's language.
/// The top command also has a longer help (its long description and the
/// sections), which `-h` leaves out: its `--help` says so.
fn own_words(command: clap::Command, tr: Words, top: bool) -> clap::Command {
    // clap's default layout, with the heading words looked up.
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr("cli-usage")
    );
    let arguments = tr("cli-arguments");
    let options = tr("cli-options");
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(tr("cli-commands"))
        .disable_help_flag(true)
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            arg.help_heading(heading)
        })
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr("cli-help"))
                .help_heading(options),
        );
    if top {
        command = command
            .mut_arg("help", |arg| arg.long_help(tr("cli-help-long")))
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(tr("cli-version"))
                    .help_heading(options),
            );
    }
    command
}

/// The whole command line in the words of `tr`, with [`sections`] after
/// the options.
pub fn command_in(tr: Words) -> clap::Command {
    let after: Vec<String> = sections(tr)
        .iter()
        .map(|(title, text)| {
            let indented: Vec<String> = text.lines().map(|line| format!("  {line}")).collect();
            format!("{title}:\n{}", indented.join("\n"))
        })
        .collect();
    let names: Vec<String> = Args::command()
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    let mut command = Args::command()
        .about(tr("cli-about"))
        .long_about(tr("cli-long-about"))
        .after_help(after.join("\n\n"))
        // `steady help run` says what `steady run --help` does.
        .disable_help_subcommand(true)
        .mut_arg("background", |arg| arg.help(tr("cli-background")));
    for name in names {
        let (about, helps) = subcommand_words(tr, &name);
        command = command.mut_subcommand(name, |sub| {
            let sub = helps.into_iter().fold(sub.about(about), |sub, (id, help)| {
                sub.mut_arg(id, |arg| arg.help(help))
            });
            own_words(sub, tr, false)
        });
    }
    own_words(command, tr, true)
}

/// The arguments Steady was started with, or clap's error about them (a
/// request for help or the version is one too). src/cli/mistakes.rs says
/// the error in the person's language.
pub fn try_parse(tr: Words) -> Result<Args, clap::Error> {
    let matches = command_in(tr).try_get_matches()?;
    Args::from_arg_matches(&matches)
}
