//! Any bytes as a settings file: settings within their ranges, or nothing;
//! never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Some(settings) = steady::settings::Settings::parse(bytes) {
        assert!((100..=200).contains(&settings.text_scale));
        assert!(settings.volume_db.is_finite());
        assert!(settings.lead_in_seconds <= 10);
    }
});
