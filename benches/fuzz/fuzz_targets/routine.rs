//! Any text as a routine file, checked against the shipped library: never a
//! panic, and a routine that loads stays within the limits.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(routine) = steady::routine::parse_all(text) {
        let library = steady::library::Library::builtin();
        let _ = steady::routine::flatten(&routine, |id| {
            library
                .get(id)
                .map(|entry| &*entry.exercise)
                .ok_or_else(|| format!("no exercise {id}"))
        });
    }
});
