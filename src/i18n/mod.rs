//! Every word a person reads, from one message catalogue per language
//! (`i18n/en.ftl`, `i18n/de.ftl`, Fluent syntax, built into the binary).
//!
//! The language is chosen once at start from the environment, as desktop
//! programs do ([`Locale::from_env`]); until then, and in tests, it is
//! English. `t!("id")` gives a message without arguments as a `&'static str`
//! (each is formatted once), `t!("id", n = 3)` one with arguments as a
//! `String`. A test checks that every id used in code is in every catalogue.

mod catalogue;
pub mod dates;
pub mod select;
pub mod shipped;

use std::sync::OnceLock;

pub use catalogue::Arg;
pub use select::Locale;

use chrono::Weekday;

/// The languages Steady speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    German,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::German];

    /// The language's tag, as in the catalogue's file name.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
        }
    }

    /// The catalogue's text, as shipped.
    pub fn catalogue(self) -> &'static str {
        match self {
            Language::English => include_str!("../../i18n/en.ftl"),
            Language::German => include_str!("../../i18n/de.ftl"),
        }
    }

    /// A message without arguments; its id if the catalogue lacks it.
    pub fn tr(self, id: &'static str) -> &'static str {
        catalogue::plain(self, id)
    }

    /// A message with arguments; its id if the catalogue lacks it.
    pub fn tr_with(self, id: &str, args: &[(&str, Arg)]) -> String {
        catalogue::format(self, id, args)
    }
}

static CHOSEN: OnceLock<Locale> = OnceLock::new();

/// Sets the language and week for the whole program, once, from the
/// environment. Later calls change nothing.
pub fn init_from_env() -> Locale {
    *CHOSEN.get_or_init(|| Locale::from_env(|name| std::env::var(name).ok()))
}

/// Sets the language and week for the whole program, once: for a test
/// program that runs the window in one language. Later calls change nothing.
pub fn init(locale: Locale) -> Locale {
    *CHOSEN.get_or_init(|| locale)
}

/// The program's locale: English and weeks from Monday until [`init_from_env`].
pub fn locale() -> Locale {
    CHOSEN.get().copied().unwrap_or_default()
}

pub fn language() -> Language {
    locale().language
}

/// The day weeks start on, for week charts and day pickers.
pub fn first_weekday() -> Weekday {
    locale().first_weekday
}

/// A message without arguments in the program's language.
pub fn tr(id: &'static str) -> &'static str {
    language().tr(id)
}

/// A message with arguments in the program's language.
pub fn tr_with(id: &str, args: &[(&str, Arg)]) -> String {
    language().tr_with(id, args)
}

/// `t!("id")` is [`tr`]: a `&'static str`. `t!("id", name = value, ...)` is
/// [`tr_with`]: a `String`; values are numbers (plurals) or text.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_with($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// A number with the language's decimal mark: `0.3`, `0,3`.
pub fn decimal(value: impl std::fmt::Display) -> String {
    format!("{value}").replace('.', tr("decimal-separator"))
}
