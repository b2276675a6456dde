//! Which language and first day of the week, from the environment, as
//! desktop programs choose: `LANGUAGE` (a colon list of preferences), then
//! the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`. `C`, `POSIX`, unset or a
//! language Steady does not speak is English. The week's first day comes
//! from the region of `LC_ALL`, `LC_TIME` or `LANG` (`en_US`: Sunday,
//! `de_DE` or `en_GB`: Monday), else Monday.

use chrono::Weekday;

use super::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub language: Language,
    pub first_weekday: Weekday,
}

impl Default for Locale {
    fn default() -> Locale {
        Locale {
            language: Language::English,
            first_weekday: Weekday::Mon,
        }
    }
}

/// Regions whose calendars start the week on Sunday or Saturday (CLDR's
/// `firstDay`); every other region starts on Monday. A table this small
/// is all Steady needs, where a locale database crate would build in every
/// locale's data.
const SUNDAY_FIRST: &[&str] = &[
    "AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CN", "CO", "DM", "DO", "ET", "GT", "GU",
    "HK", "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT", "MX",
    "MZ", "NI", "NP", "PA", "PE", "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT", "TW",
    "UM", "US", "VE", "VI", "WS", "YE", "ZA", "ZW",
];
const SATURDAY_FIRST: &[&str] = &[
    "AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR", "JO", "KW", "LY", "OM", "QA", "SD", "SY",
];

impl Locale {
    /// The locale the variables ask for; `get` reads one variable.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Locale {
        let set = |name: &str| get(name).filter(|value| !value.is_empty());
        let preferred = set("LANGUAGE").and_then(|list| list.split(':').find_map(language_of));
        let messages = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| set(name));
        let language = preferred
            .or_else(|| messages.as_deref().and_then(language_of))
            .unwrap_or(Language::English);
        let time = ["LC_ALL", "LC_TIME", "LANG"]
            .iter()
            .find_map(|name| set(name));
        let first_weekday = time
            .as_deref()
            .and_then(region_of)
            .map_or(Weekday::Mon, first_weekday_in);
        Locale {
            language,
            first_weekday,
        }
    }
}

/// `de_DE.UTF-8@euro` → German; `C`, `POSIX` or an unknown language → none.
fn language_of(name: &str) -> Option<Language> {
    let code = name.split(['_', '-', '.', '@']).next()?;
    Language::ALL
        .into_iter()
        .find(|language| language.tag().eq_ignore_ascii_case(code))
}

/// `en_US.UTF-8` → `US`.
fn region_of(name: &str) -> Option<String> {
    let rest = name.split(['.', '@']).next()?;
    let (_, region) = rest.split_once(['_', '-'])?;
    (region.len() == 2).then(|| region.to_ascii_uppercase())
}

fn first_weekday_in(region: String) -> Weekday {
    if SUNDAY_FIRST.contains(&region.as_str()) {
        Weekday::Sun
    } else if SATURDAY_FIRST.contains(&region.as_str()) {
        Weekday::Sat
    } else {
        Weekday::Mon
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(vars: &[(&str, &str)]) -> Locale {
        Locale::from_env(|name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    fn language(vars: &[(&str, &str)]) -> Language {
        locale(vars).language
    }

    #[test]
    fn nothing_set_or_c_is_english() {
        assert_eq!(language(&[]), Language::English);
        assert_eq!(language(&[("LANG", "C")]), Language::English);
        assert_eq!(language(&[("LC_ALL", "POSIX")]), Language::English);
        assert_eq!(language(&[("LANG", "C.UTF-8")]), Language::English);
        assert_eq!(locale(&[]).first_weekday, Weekday::Mon);
    }

    #[test]
    fn lang_alone_chooses() {
        assert_eq!(language(&[("LANG", "de_DE.UTF-8")]), Language::German);
        assert_eq!(language(&[("LANG", "de_AT@euro")]), Language::German);
        assert_eq!(language(&[("LANG", "en_US.UTF-8")]), Language::English);
    }

    #[test]
    fn an_unknown_language_is_english() {
        assert_eq!(language(&[("LANG", "fr_FR.UTF-8")]), Language::English);
        assert_eq!(language(&[("LANGUAGE", "ja")]), Language::English);
        assert_eq!(language(&[("LANG", "garbage")]), Language::English);
    }

    #[test]
    fn language_list_comes_first_and_skips_unknown_ones() {
        assert_eq!(
            language(&[("LANGUAGE", "de"), ("LC_ALL", "en_US.UTF-8")]),
            Language::German
        );
        assert_eq!(
            language(&[("LANGUAGE", "fr:de:en"), ("LANG", "en_US.UTF-8")]),
            Language::German
        );
        assert_eq!(
            language(&[("LANGUAGE", "en_GB:de"), ("LANG", "de_DE.UTF-8")]),
            Language::English
        );
        // Nothing known in the list: the locale variables decide.
        assert_eq!(
            language(&[("LANGUAGE", "fr:es"), ("LANG", "de_DE.UTF-8")]),
            Language::German
        );
        assert_eq!(
            language(&[("LANGUAGE", ""), ("LANG", "de_DE.UTF-8")]),
            Language::German
        );
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let all = [
            ("LC_ALL", "de_DE.UTF-8"),
            ("LC_MESSAGES", "en_US.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(language(&all), Language::German);
        let messages = [("LC_MESSAGES", "de_CH.UTF-8"), ("LANG", "en_US.UTF-8")];
        assert_eq!(language(&messages), Language::German);
        // The first one set decides, even when Steady doesn't speak it.
        let french = [("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")];
        assert_eq!(language(&french), Language::English);
        let c = [("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")];
        assert_eq!(language(&c), Language::English);
    }

    #[test]
    fn weeks_start_by_region() {
        let first = |vars: &[(&str, &str)]| locale(vars).first_weekday;
        assert_eq!(first(&[("LANG", "de_DE.UTF-8")]), Weekday::Mon);
        assert_eq!(first(&[("LANG", "en_US.UTF-8")]), Weekday::Sun);
        assert_eq!(first(&[("LANG", "en_GB.UTF-8")]), Weekday::Mon);
        assert_eq!(first(&[("LANG", "ar_EG.UTF-8")]), Weekday::Sat);
        assert_eq!(first(&[("LANGUAGE", "de")]), Weekday::Mon);
        // Words in German, the calendar of the United States.
        let mixed = locale(&[("LANGUAGE", "de"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(mixed.language, Language::German);
        assert_eq!(mixed.first_weekday, Weekday::Sun);
        assert_eq!(
            first(&[("LC_TIME", "en_US.UTF-8"), ("LANG", "de_DE.UTF-8")]),
            Weekday::Sun
        );
        assert_eq!(
            first(&[("LC_ALL", "C"), ("LANG", "en_US.UTF-8")]),
            Weekday::Mon
        );
    }
}
