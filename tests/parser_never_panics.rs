//! Whatever the bytes, parsing returns a value or an error whose position lies in the input.

use proptest::prelude::*;
use steady::exercise::parse_bytes;

const VALID: &str = include_str!("../exercises/box-breathing.ron");

fn position_is_inside(input: &[u8], line: usize, column: usize) -> bool {
    let text = String::from_utf8_lossy(input);
    let lines: Vec<&str> = text.split('\n').collect();
    line >= 1 && line <= lines.len() && column >= 1 && column <= lines[line - 1].chars().count() + 1
}

fn check(input: &[u8]) -> Result<(), TestCaseError> {
    if let Err(errors) = parse_bytes(input) {
        prop_assert!(!errors.is_empty());
        for error in errors {
            if let Some((line, column)) = error.position() {
                prop_assert!(
                    position_is_inside(input, line, column),
                    "{line}:{column} is outside the input"
                );
            }
            prop_assert!(!error.to_string().is_empty());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes(input in proptest::collection::vec(any::<u8>(), 0..512)) {
        check(&input)?;
    }

    #[test]
    fn arbitrary_text_from_ron_characters(input in "[()\\[\\]{}:,\" a-zA-Z0-9_.\\-/*\n]{0,300}") {
        check(input.as_bytes())?;
    }

    #[test]
    fn a_valid_file_cut_or_damaged_anywhere(cut in 0..VALID.len(), byte in any::<u8>(), at in 0..VALID.len()) {
        let mut damaged = VALID.as_bytes().to_vec();
        damaged[at] = byte;
        check(&damaged)?;
        check(&VALID.as_bytes()[..cut])?;
    }
}
