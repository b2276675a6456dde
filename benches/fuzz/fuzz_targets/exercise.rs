//! Any bytes as an exercise file: a value or positioned errors, never a
//! panic, every position inside the input.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Err(errors) = steady::exercise::parse_bytes(bytes) {
        assert!(!errors.is_empty());
        let text = String::from_utf8_lossy(bytes);
        let lines: Vec<&str> = text.split('\n').collect();
        for error in errors {
            if let Some((line, column)) = error.position() {
                assert!(line >= 1 && line <= lines.len());
                assert!(column >= 1 && column <= lines[line - 1].chars().count() + 1);
            }
        }
    }
});
