//! A RON syntax error in the person's language. ron's own text is English
//! only; these messages come from the catalogue (`syntax-…` ids). The
//! English ones say exactly what ron says, so a person, a script or a test
//! that knows ron's words still finds them.

use ron::error::Error as Ron;

/// The words for a RON error, without its position.
pub fn words(error: &Ron) -> String {
    match error {
        Ron::Eof => crate::t!("syntax-eof").into(),
        Ron::ExpectedArray => crate::t!("syntax-expected-array").into(),
        Ron::ExpectedArrayEnd => crate::t!("syntax-expected-array-end").into(),
        Ron::ExpectedAttribute => crate::t!("syntax-expected-attribute").into(),
        Ron::ExpectedAttributeEnd => crate::t!("syntax-expected-attribute-end").into(),
        Ron::ExpectedBoolean => crate::t!("syntax-expected-boolean").into(),
        Ron::ExpectedComma => crate::t!("syntax-expected-comma").into(),
        Ron::ExpectedChar => crate::t!("syntax-expected-char").into(),
        Ron::ExpectedByteLiteral => crate::t!("syntax-expected-byte-literal").into(),
        Ron::ExpectedFloat => crate::t!("syntax-expected-float").into(),
        Ron::FloatUnderscore => crate::t!("syntax-float-underscore").into(),
        Ron::ExpectedInteger => crate::t!("syntax-expected-integer").into(),
        Ron::ExpectedOption => crate::t!("syntax-expected-option").into(),
        Ron::ExpectedOptionEnd | Ron::ExpectedStructLikeEnd => {
            crate::t!("syntax-expected-paren-end").into()
        }
        Ron::ExpectedMap => crate::t!("syntax-expected-map").into(),
        Ron::ExpectedMapColon => crate::t!("syntax-expected-colon").into(),
        Ron::ExpectedMapEnd => crate::t!("syntax-expected-map-end").into(),
        Ron::ExpectedDifferentStructName { expected, found } => crate::t!(
            "syntax-other-struct-name",
            expected = identifier(expected),
            found = identifier(found)
        ),
        Ron::ExpectedStructLike => crate::t!("syntax-expected-paren").into(),
        Ron::ExpectedNamedStructLike("") => crate::t!("syntax-expected-paren-unnamed").into(),
        Ron::ExpectedNamedStructLike(name) => {
            crate::t!("syntax-expected-paren-for", name = identifier(name))
        }
        Ron::ExpectedUnit => crate::t!("syntax-expected-unit").into(),
        Ron::ExpectedString => crate::t!("syntax-expected-string").into(),
        Ron::ExpectedByteString => crate::t!("syntax-expected-byte-string").into(),
        Ron::ExpectedStringEnd => crate::t!("syntax-expected-string-end").into(),
        Ron::ExpectedIdentifier => crate::t!("syntax-expected-identifier").into(),
        Ron::InvalidEscape(what) => escape_words(what),
        Ron::IntegerOutOfBounds => crate::t!("syntax-integer-out-of-bounds").into(),
        Ron::InvalidIntegerDigit { digit, base } => crate::t!(
            "syntax-invalid-digit",
            digit = format!("{digit:?}"),
            base = *base
        ),
        Ron::UnclosedBlockComment => crate::t!("syntax-unclosed-comment").into(),
        Ron::UnderscoreAtBeginning => crate::t!("syntax-leading-underscore").into(),
        Ron::UnexpectedChar(c) => crate::t!("syntax-unexpected-char", char = format!("{c:?}")),
        Ron::Utf8Error(error) => match error.error_len() {
            Some(length) => crate::t!(
                "syntax-utf8-invalid",
                length = length,
                index = error.valid_up_to()
            ),
            None => crate::t!("syntax-utf8-incomplete", index = error.valid_up_to()),
        },
        Ron::TrailingCharacters => crate::t!("syntax-trailing-characters").into(),
        Ron::InvalidValueForType { expected, found } => crate::t!(
            "syntax-wrong-value",
            expected = value_words(expected),
            found = value_words(found)
        ),
        Ron::ExpectedDifferentLength { expected, found } => crate::t!(
            "syntax-wrong-length",
            expected = value_words(expected),
            found = *found
        ),
        Ron::NoSuchEnumVariant {
            expected,
            found,
            outer: None,
        } => crate::t!(
            "syntax-unknown-variant",
            found = identifier(found),
            choices = choices(expected, crate::t!("syntax-no-variants"))
        ),
        Ron::NoSuchEnumVariant {
            expected,
            found,
            outer: Some(outer),
        } => crate::t!(
            "syntax-unknown-variant-in",
            found = identifier(found),
            outer = identifier(outer),
            choices = choices(expected, crate::t!("syntax-no-variants"))
        ),
        Ron::NoSuchStructField {
            expected,
            found,
            outer: None,
        } => crate::t!(
            "syntax-unknown-field",
            found = identifier(found),
            choices = choices(expected, crate::t!("syntax-no-fields"))
        ),
        Ron::NoSuchStructField {
            expected,
            found,
            outer: Some(outer),
        } => crate::t!(
            "syntax-unknown-field-in",
            found = identifier(found),
            outer = identifier(outer),
            choices = choices(expected, crate::t!("syntax-no-fields"))
        ),
        Ron::MissingStructField { field, outer: None } => {
            crate::t!("syntax-missing-field", field = identifier(field))
        }
        Ron::MissingStructField {
            field,
            outer: Some(outer),
        } => crate::t!(
            "syntax-missing-field-in",
            field = identifier(field),
            outer = identifier(outer)
        ),
        Ron::DuplicateStructField { field, outer: None } => {
            crate::t!("syntax-duplicate-field", field = identifier(field))
        }
        Ron::DuplicateStructField {
            field,
            outer: Some(outer),
        } => crate::t!(
            "syntax-duplicate-field-in",
            field = identifier(field),
            outer = identifier(outer)
        ),
        Ron::InvalidIdentifier(name) => {
            crate::t!("syntax-invalid-identifier", name = format!("{name:?}"))
        }
        Ron::ExpectedStructName(name) => {
            crate::t!("syntax-expected-struct-name", name = identifier(name))
        }
        // A serde message (Steady's own checks while reading) is already
        // in the catalogue's words; the rest cannot come from a file a
        // person wrote (writing, reading raw values, base64, extensions).
        other => other.to_string(),
    }
}

/// A name as ron shows it: `name`, `r#name` or "name"_[invalid identifier].
/// ron keeps that rule private, so its own text for a one-name error is
/// borrowed, which keeps the two the same whatever ron's rule becomes.
fn identifier(name: &str) -> String {
    const BEFORE: &str = "No RON extension named ";
    let text = Ron::NoSuchExtension(name.to_owned()).to_string();
    match text.strip_prefix(BEFORE) {
        Some(shown) => shown.to_owned(),
        None => format!("`{name}`"),
    }
}

/// What could have stood there: "expected `a` instead", "expected either
/// `a` or `b` instead", "expected one of `a`, `b`, or `c` instead", or
/// `none` ("there are no fields") when nothing could.
fn choices(names: &[&str], none: &str) -> String {
    match names {
        [] => none.to_owned(),
        [only] => crate::t!("syntax-choice-one", name = identifier(only)),
        [first, second] => crate::t!(
            "syntax-choice-two",
            first = identifier(first),
            second = identifier(second)
        ),
        [most @ .., last] => crate::t!(
            "syntax-choice-many",
            names = most
                .iter()
                .map(|name| identifier(name))
                .collect::<Vec<_>>()
                .join(", "),
            last = identifier(last)
        ),
    }
}

/// ron's words for a bad escape in a string, which it gives as fixed text.
fn escape_words(what: &str) -> String {
    match what {
        "Unexpected Unicode escape in byte literal" => crate::t!("syntax-escape-unicode-in-byte"),
        "Non-hex digit found" => crate::t!("syntax-escape-non-hex"),
        "Not a valid byte-escaped Unicode character" => crate::t!("syntax-escape-not-byte"),
        "Missing { in Unicode escape" => crate::t!("syntax-escape-no-open-brace"),
        "Expected 1-6 digits, got 0 digits in Unicode escape" => {
            crate::t!("syntax-escape-no-digits")
        }
        "No } at the end of Unicode escape" => crate::t!("syntax-escape-no-close-brace"),
        "Not a valid Unicode-escaped character" => crate::t!("syntax-escape-not-unicode"),
        "Unknown escape character" => crate::t!("syntax-escape-unknown"),
        other => other,
    }
    .to_owned()
}

/// serde's words for a kind of value ("a sequence", "the string \"x\"",
/// "u32") in the catalogue's words; a kind not listed (a type's own name,
/// such as "struct Exercise") stays as serde says it.
fn value_words(text: &str) -> String {
    match text {
        "a unit value" => return crate::t!("syntax-value-unit").into(),
        "an optional value" => return crate::t!("syntax-value-option").into(),
        "a sequence" => return crate::t!("syntax-value-sequence").into(),
        "a map" => return crate::t!("syntax-value-map").into(),
        "an enum" => return crate::t!("syntax-value-enum").into(),
        "a unit variant" => return crate::t!("syntax-value-unit-variant").into(),
        "a boolean" => return crate::t!("syntax-value-a-boolean").into(),
        "a character" => return crate::t!("syntax-value-a-char").into(),
        "a newtype variant" | "a tuple variant" | "a struct variant" | "a newtype struct" => {
            return crate::t!("syntax-value-with-content", kind = text)
        }
        "a string" | "a borrowed string" => return crate::t!("syntax-value-a-string", kind = text),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
            return crate::t!("syntax-value-whole-number", kind = text)
        }
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => {
            return crate::t!("syntax-value-signed-number", kind = text)
        }
        "f32" | "f64" => return crate::t!("syntax-value-number", kind = text),
        _ => {}
    }
    if let Some(value) = text.strip_prefix("the boolean ") {
        crate::t!("syntax-value-the-boolean", value = value)
    } else if let Some(value) = text.strip_prefix("the unsigned integer ") {
        crate::t!("syntax-value-the-unsigned", value = value)
    } else if let Some(value) = text.strip_prefix("the signed integer ") {
        crate::t!("syntax-value-the-signed", value = value)
    } else if let Some(value) = text.strip_prefix("the floating point number ") {
        crate::t!("syntax-value-the-number", value = value)
    } else if let Some(value) = text.strip_prefix("the UTF-8 character ") {
        crate::t!("syntax-value-the-char", value = value)
    } else if let Some(value) = text.strip_prefix("the string ") {
        crate::t!("syntax-value-the-string", value = value)
    } else if let Some(value) = text.strip_prefix("the byte string ") {
        crate::t!("syntax-value-the-bytes", value = value)
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::{Error as _, Unexpected};

    /// Every mapped kind of error, with the names and values a file can hold.
    fn samples() -> Vec<Ron> {
        let fields: &[&[&str]] = &[
            &[],
            &["id"],
            &["id", "title"],
            &["version", "id", "title", "summary"],
        ];
        let mut errors = vec![
            Ron::Eof,
            Ron::ExpectedArray,
            Ron::ExpectedArrayEnd,
            Ron::ExpectedAttribute,
            Ron::ExpectedAttributeEnd,
            Ron::ExpectedBoolean,
            Ron::ExpectedComma,
            Ron::ExpectedChar,
            Ron::ExpectedByteLiteral,
            Ron::ExpectedFloat,
            Ron::FloatUnderscore,
            Ron::ExpectedInteger,
            Ron::ExpectedOption,
            Ron::ExpectedOptionEnd,
            Ron::ExpectedStructLikeEnd,
            Ron::ExpectedMap,
            Ron::ExpectedMapColon,
            Ron::ExpectedMapEnd,
            Ron::ExpectedDifferentStructName {
                expected: "Exercise",
                found: "Excercise".into(),
            },
            Ron::ExpectedStructLike,
            Ron::ExpectedNamedStructLike(""),
            Ron::ExpectedNamedStructLike("Tone"),
            Ron::ExpectedUnit,
            Ron::ExpectedString,
            Ron::ExpectedByteString,
            Ron::ExpectedStringEnd,
            Ron::ExpectedIdentifier,
            Ron::IntegerOutOfBounds,
            Ron::InvalidIntegerDigit {
                digit: 'g',
                base: 16,
            },
            Ron::UnclosedBlockComment,
            Ron::UnderscoreAtBeginning,
            Ron::UnexpectedChar('%'),
            Ron::UnexpectedChar('\n'),
            Ron::TrailingCharacters,
            Ron::InvalidIdentifier("a b".into()),
            Ron::ExpectedStructName("Exercise".into()),
            Ron::MissingStructField {
                field: "summary",
                outer: None,
            },
            Ron::MissingStructField {
                field: "summary",
                outer: Some("Exercise".into()),
            },
            Ron::DuplicateStructField {
                field: "id",
                outer: None,
            },
            Ron::DuplicateStructField {
                field: "id",
                outer: Some("Exercise".into()),
            },
            Ron::invalid_length(0, &"a sequence of 2 elements"),
            Ron::invalid_length(1, &"a sequence of 2 elements"),
            Ron::invalid_length(3, &"a sequence of 2 elements"),
            Ron::custom("the file says no"),
        ];
        for escape in [
            "Unexpected Unicode escape in byte literal",
            "Non-hex digit found",
            "Not a valid byte-escaped Unicode character",
            "Missing { in Unicode escape",
            "Expected 1-6 digits, got 0 digits in Unicode escape",
            "No } at the end of Unicode escape",
            "Not a valid Unicode-escaped character",
            "Unknown escape character",
        ] {
            errors.push(Ron::InvalidEscape(escape));
        }
        for bytes in [&[b'a', 0xff][..], &[0xe2, 0x82][..]] {
            if let Err(error) = std::str::from_utf8(bytes) {
                errors.push(Ron::Utf8Error(error));
            }
        }
        for expected in fields {
            // Odd names too: ron shows them as `r#1st` or "a b"_[invalid identifier].
            for found in ["colour", "1st", "a b", ""] {
                errors.push(Ron::NoSuchStructField {
                    expected,
                    found: found.into(),
                    outer: None,
                });
                errors.push(Ron::NoSuchStructField {
                    expected,
                    found: found.into(),
                    outer: Some("Exercise".into()),
                });
                errors.push(Ron::NoSuchEnumVariant {
                    expected,
                    found: found.into(),
                    outer: None,
                });
                errors.push(Ron::NoSuchEnumVariant {
                    expected,
                    found: found.into(),
                    outer: Some("Breath".into()),
                });
            }
        }
        let found = [
            Unexpected::Bool(true),
            Unexpected::Unsigned(7),
            Unexpected::Signed(-3),
            Unexpected::Float(1.5),
            Unexpected::Char('x'),
            Unexpected::Str("box"),
            Unexpected::Bytes(b"ab"),
            Unexpected::Unit,
            Unexpected::Option,
            Unexpected::NewtypeStruct,
            Unexpected::Seq,
            Unexpected::Map,
            Unexpected::Enum,
            Unexpected::UnitVariant,
            Unexpected::NewtypeVariant,
            Unexpected::TupleVariant,
            Unexpected::StructVariant,
            Unexpected::Other("something"),
        ];
        let expected = [
            "u32",
            "i64",
            "f64",
            "a string",
            "a boolean",
            "a character",
            "a sequence",
            "struct Exercise",
            "a unit value",
        ];
        for unexpected in found {
            for wanted in expected {
                errors.push(Ron::invalid_type(unexpected, &wanted));
            }
        }
        errors
    }

    #[test]
    fn english_says_exactly_what_ron_says() {
        for error in samples() {
            assert_eq!(words(&error), error.to_string(), "{error:?}");
        }
    }
}
