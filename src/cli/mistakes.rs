//! A mistake on the command line in the person's language. clap writes its
//! errors in English only, so in another language Steady writes them from
//! the catalogue (`cli-mistake-…` ids), in clap's order: what is wrong, a
//! suggestion, the usage line and where to read more. In English the
//! output stays clap's own, word for word.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use super::args::{self, Args};
use crate::i18n::Language;

/// The arguments Steady was started with. A mistake prints a message to
/// stderr and exits with code 2; `--help` and `--version` print and exit 0.
pub fn parse() -> Args {
    let language = crate::i18n::language();
    match args::try_parse(&|id| language.tr(id)) {
        Ok(args) => args,
        Err(error) => {
            if language != Language::English {
                if let Some(text) = words(&error) {
                    eprint!("{text}");
                    std::process::exit(2);
                }
            }
            error.exit()
        }
    }
}

/// The whole message for a mistake in the catalogue's words, ending in a
/// line break; `None` where clap's own output is right (help, version,
/// which are already in the person's words) or the mistake is a rare one.
pub fn words(error: &Error) -> Option<String> {
    let mut text = crate::t!("cli-mistake", what = what_is_wrong(error)?);
    let similar = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .filter_map(|kind| first(error.get(kind)))
    .next();
    if let Some(name) = similar {
        text.push_str("\n\n  ");
        text.push_str(&crate::t!("cli-mistake-similar", name = name));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        // clap's usage starts with its own English heading.
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
        text.push_str(&format!("\n\n{} {usage}", crate::t!("cli-usage")));
    }
    text.push_str("\n\n");
    text.push_str(&crate::t!("cli-mistake-more", help = "--help"));
    text.push('\n');
    Some(text)
}

/// The first line: what is wrong, naming the word that is.
fn what_is_wrong(error: &Error) -> Option<String> {
    let arg = || text(error.get(ContextKind::InvalidArg));
    let value = || text(error.get(ContextKind::InvalidValue));
    Some(match error.kind() {
        ErrorKind::InvalidSubcommand => crate::t!(
            "cli-mistake-command",
            name = text(error.get(ContextKind::InvalidSubcommand))?
        ),
        ErrorKind::UnknownArgument => crate::t!("cli-mistake-argument", arg = arg()?),
        ErrorKind::MissingRequiredArgument => {
            crate::t!(
                "cli-mistake-missing",
                args = list(error.get(ContextKind::InvalidArg))?
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value()?.is_empty() => {
            crate::t!("cli-mistake-no-value", arg = arg()?)
        }
        ErrorKind::InvalidValue => {
            let wrong = crate::t!("cli-mistake-value", value = value()?, arg = arg()?);
            match list(error.get(ContextKind::ValidValue)) {
                Some(values) => {
                    format!(
                        "{wrong}\n  {}",
                        crate::t!("cli-mistake-values", values = values)
                    )
                }
                None => wrong,
            }
        }
        ErrorKind::ValueValidation => {
            crate::t!("cli-mistake-value", value = value()?, arg = arg()?)
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg()?;
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(other)) if *other == arg => {
                    crate::t!("cli-mistake-twice", arg = arg)
                }
                other => crate::t!("cli-mistake-conflict", arg = arg, other = list(other)?),
            }
        }
        ErrorKind::TooManyValues => {
            crate::t!("cli-mistake-too-many", value = value()?, arg = arg()?)
        }
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => crate::t!(
            "cli-mistake-count",
            arg = arg()?,
            expected = number(
                error
                    .get(ContextKind::ExpectedNumValues)
                    .or(error.get(ContextKind::MinValues))
            )?,
            actual = number(error.get(ContextKind::ActualNumValues))?
        ),
        ErrorKind::NoEquals => crate::t!("cli-mistake-equals", arg = arg()?),
        ErrorKind::MissingSubcommand => crate::t!(
            "cli-mistake-no-command",
            name = text(error.get(ContextKind::InvalidSubcommand))?
        ),
        _ => return None,
    })
}

/// A single word of clap's context.
fn text(value: Option<&ContextValue>) -> Option<String> {
    match value? {
        ContextValue::String(text) => Some(text.clone()),
        _ => None,
    }
}

/// One word or several, quoted each and joined: "'a', 'b'".
fn list(value: Option<&ContextValue>) -> Option<String> {
    let words = match value? {
        ContextValue::String(text) => vec![text.clone()],
        ContextValue::Strings(texts) if !texts.is_empty() => texts.clone(),
        _ => return None,
    };
    Some(
        words
            .iter()
            .map(|word| crate::t!("cli-mistake-quoted", word = word.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// The first of clap's suggestions.
fn first(value: Option<&ContextValue>) -> Option<String> {
    match value? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::Strings(texts) => texts.first().cloned(),
        _ => None,
    }
}

fn number(value: Option<&ContextValue>) -> Option<i64> {
    match value? {
        ContextValue::Number(number) => i64::try_from(*number).ok(),
        _ => None,
    }
}
