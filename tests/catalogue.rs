//! Every message id the code uses is in every catalogue, no catalogue keeps
//! an id nothing uses, each parses cleanly, and every variable a message
//! uses is one the code passes it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use steady::i18n::Language;

/// Each message's id and the variables it uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(language.catalogue())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", language.tag()));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{}.ftl has {id} twice",
                    language.tag()
                );
            }
            ast::Entry::Junk { content } => {
                panic!("{}.ftl cannot read: {content}", language.tag())
            }
            _ => {}
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// One use of a message in the code: its id, the argument names passed
/// (none for a plain `t!("id")`), and where.
struct Use {
    id: String,
    arguments: Option<BTreeSet<String>>,
    place: String,
}

fn uses_in(path: &Path, uses: &mut Vec<Use>) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .expect("read the folder")
            .map(|entry| entry.expect("a folder entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            uses_in(&entry, uses);
        }
        return;
    }
    if path.extension().is_none_or(|ext| ext != "rs") {
        return;
    }
    let text = std::fs::read_to_string(path).expect("read the source");
    // Comments may show how the macro is written; they use no message.
    let code: String = text
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    for call in ["t!(", "tr(", "tr_with("] {
        let mut from = 0;
        while let Some(found) = code[from..].find(call) {
            let start = from + found;
            from = start + call.len();
            let before = code[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = code[from..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue;
            };
            let Some(end) = rest.find('"') else { continue };
            let id = rest[..end].to_owned();
            // A message id is lowercase words joined by hyphens.
            let is_id = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
            if id.is_empty() || !id.chars().all(is_id) {
                continue;
            }
            let call_text = call_arguments(&code[from..]);
            let arguments = match call {
                "t!(" if call_text.contains(',') => Some(macro_names(call_text)),
                "tr_with(" => Some(tuple_names(call_text)),
                _ => None,
            };
            let line = code[..start].lines().count();
            uses.push(Use {
                id,
                arguments,
                place: format!("{}:{line}", path.display()),
            });
        }
    }
}

/// The text up to the parenthesis that closes the call.
fn call_arguments(text: &str) -> &str {
    let (mut depth, mut in_string, mut escaped) = (1, false, false);
    for (index, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' if !in_string => depth += 1,
            ')' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    return &text[..index];
                }
            }
            _ => {}
        }
    }
    text
}

/// `name = value` pairs at the top level of `t!("id", a = x, b = f(y))`.
fn macro_names(call: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let (mut depth, mut in_string, mut start) = (0, false, 0);
    let mut pieces = Vec::new();
    for (index, c) in call.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '(' | '[' | '{' if !in_string => depth += 1,
            ')' | ']' | '}' if !in_string => depth -= 1,
            ',' if !in_string && depth == 0 => {
                pieces.push(&call[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    pieces.push(&call[start..]);
    for piece in pieces.iter().skip(1) {
        if let Some((name, _)) = piece.split_once('=') {
            let name = name.trim();
            if !name.is_empty() {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

/// The names of `("name", Arg::from(..))` tuples in a `tr_with` call.
fn tuple_names(call: &str) -> BTreeSet<String> {
    call.split("(\"")
        .skip(1)
        .filter_map(|piece| piece.split_once("\","))
        .map(|(name, _)| name.to_owned())
        .collect()
}

fn code_uses() -> Vec<Use> {
    let mut uses = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    uses_in(&root.join("src"), &mut uses);
    // The man page's own headings, used while building.
    uses_in(&root.join("build"), &mut uses);
    // This file uses the words of the menu entry and the metainfo.
    uses_in(&root.join("tests/catalogue.rs"), &mut uses);
    assert!(uses.len() > 100, "the scan found only {} uses", uses.len());
    uses
}

#[test]
fn every_catalogue_has_the_same_ids() {
    let english: BTreeSet<String> = messages(Language::English).into_keys().collect();
    for language in Language::ALL {
        let ids: BTreeSet<String> = messages(language).into_keys().collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl lacks {missing:?} and has ids English lacks: {extra:?}",
            language.tag()
        );
    }
}

#[test]
fn every_id_used_in_code_is_in_every_catalogue() {
    let uses = code_uses();
    for language in Language::ALL {
        let messages = messages(language);
        let missing: Vec<String> = uses
            .iter()
            .filter(|used| !messages.contains_key(&used.id))
            .map(|used| format!("{} at {}", used.id, used.place))
            .collect();
        assert!(
            missing.is_empty(),
            "{}.ftl lacks {missing:#?}",
            language.tag()
        );
    }
}

#[test]
fn no_catalogue_keeps_an_id_nothing_uses() {
    let used: BTreeSet<String> = code_uses().into_iter().map(|used| used.id).collect();
    // The desktop file and the metainfo are translated in their own files.
    let stale: Vec<String> = messages(Language::English)
        .into_keys()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(stale.is_empty(), "ids no code uses: {stale:#?}");
}

#[test]
fn every_variable_a_message_uses_is_passed() {
    let uses = code_uses();
    for language in Language::ALL {
        let messages = messages(language);
        for used in &uses {
            let Some(variables) = messages.get(&used.id) else {
                continue;
            };
            let passed = used.arguments.clone().unwrap_or_default();
            let lacking: Vec<_> = variables.difference(&passed).collect();
            assert!(
                lacking.is_empty(),
                "{} at {} is not given {lacking:?} that {}.ftl uses",
                used.id,
                used.place,
                language.tag()
            );
        }
    }
}

/// The file's text with runs of white space as one space, and none next
/// to a tag's angle brackets: `<p> Some words </p>` reads `<p>Some words</p>`.
fn squeezed(file: &str) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
        .expect("read the asset");
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("> ", ">")
        .replace(" <", "<")
}

#[test]
fn the_menu_entry_says_what_the_catalogues_say() {
    let desktop = squeezed("assets/io.github.steady_app.Steady.desktop");
    for language in Language::ALL {
        let key = |name: &str| match language {
            Language::English => name.to_owned(),
            other => format!("{name}[{}]", other.tag()),
        };
        for (name, id) in [
            ("GenericName", language.tr("desktop-generic-name")),
            ("Comment", language.tr("desktop-comment")),
            ("Keywords", language.tr("desktop-keywords")),
        ] {
            let line = format!("{}={id}", key(name));
            assert!(desktop.contains(&line), "the desktop file lacks {line}");
        }
        for (action, words) in [
            ("QuickCalm", language.tr("desktop-action-quick-calm")),
            ("MorningFive", language.tr("desktop-action-morning-five")),
        ] {
            let section = desktop
                .split_once(&format!("[Desktop Action {action}]"))
                .map(|(_, rest)| rest.split("[Desktop Action").next().unwrap_or(rest))
                .unwrap_or_else(|| panic!("no action {action}"));
            let line = format!("{}={words}", key("Name"));
            assert!(section.contains(&line), "{action} lacks {line}");
        }
    }
}

#[test]
fn the_metainfo_says_what_the_catalogues_say() {
    let metainfo = squeezed("assets/io.github.steady_app.Steady.metainfo.xml");
    for language in Language::ALL {
        let element = |tag: &str, words: &str| match language {
            Language::English => format!("<{tag}>{words}</{tag}>"),
            other => format!("<{tag} xml:lang=\"{}\">{words}</{tag}>", other.tag()),
        };
        let said = [
            element("summary", language.tr("metainfo-summary")),
            element("p", language.tr("metainfo-about")),
            element("li", language.tr("metainfo-breathing")),
            element("li", language.tr("metainfo-grounding")),
            element("li", language.tr("metainfo-routines")),
            element("li", language.tr("metainfo-practice")),
            element("li", language.tr("metainfo-reminders")),
            element("li", language.tr("metainfo-files")),
            element("p", language.tr("metainfo-private")),
            element("caption", language.tr("metainfo-caption-player")),
            element("caption", language.tr("metainfo-caption-home")),
            element("caption", language.tr("metainfo-caption-dark")),
            element("caption", language.tr("metainfo-caption-relaxation")),
            element("p", language.tr("metainfo-first-release")),
        ];
        let keywords = language
            .tr("metainfo-keywords")
            .split(';')
            .map(|word| element("keyword", word));
        for expected in said.into_iter().chain(keywords) {
            assert!(
                metainfo.contains(&expected),
                "the metainfo lacks {expected}"
            );
        }
    }
}

#[test]
fn the_german_catalogue_speaks_german() {
    let de = Language::German;
    assert_eq!(de.tr("breath-in"), "Einatmen");
    assert_eq!(
        de.tr_with("count-minutes", &[("count", 1.into())]),
        "1 Minute"
    );
    assert_eq!(
        de.tr_with("count-minutes", &[("count", 2.into())]),
        "2 Minuten"
    );
    let en = Language::English;
    assert_eq!(
        en.tr_with("count-minutes", &[("count", 1.into())]),
        "1 minute"
    );
    assert_eq!(
        en.tr_with("count-minutes", &[("count", 5.into())]),
        "5 minutes"
    );
}
