//! The shipped exercises and routines in every language: each one there,
//! with the same id, steps, timings and sounds as the English one; only the
//! words differ. (A routine's pauses last as long as their words take to
//! read, so a translation keeps about as many words there.)

use steady::i18n::Language;
use steady::library::{Library, SHIPPED, SHIPPED_ROUTINES};
use steady::timeline::Timeline;

/// Everything about a timeline but its words.
fn shape(timeline: &Timeline) -> Vec<String> {
    let mut shape: Vec<String> = timeline
        .segments()
        .iter()
        .map(|segment| {
            format!(
                "{:?} {:?} {:?} {:?} {:?} part {}",
                segment.start,
                segment.duration,
                segment.kind,
                segment.cue,
                segment.cycle,
                segment.part
            )
        })
        .collect();
    shape.push(format!(
        "total {:?}, end {:?}",
        timeline.total(),
        timeline.end_cue()
    ));
    shape
}

#[test]
fn every_language_ships_every_file_under_the_same_name() {
    for language in Language::ALL {
        let exercises = steady::i18n::shipped::exercises(language);
        let routines = steady::i18n::shipped::routines(language);
        let names = |files: &[(&str, &str)]| {
            files
                .iter()
                .map(|(name, _)| name.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(exercises), names(&SHIPPED), "{}", language.tag());
        assert_eq!(
            names(routines),
            names(&SHIPPED_ROUTINES),
            "{}",
            language.tag()
        );
        for (name, text) in exercises {
            if let Err(error) = steady::exercise::parse(text) {
                panic!("{}/{name}: {error}", language.tag());
            }
        }
    }
}

#[test]
fn translations_keep_the_steps_and_timings() {
    let english = Library::builtin_in(Language::English);
    assert_eq!(english.entries().len(), SHIPPED.len());
    assert_eq!(english.routines().len(), SHIPPED_ROUTINES.len());
    assert!(english.broken().is_empty());
    for language in Language::ALL {
        let translated = Library::builtin_in(language);
        assert!(
            translated.broken().is_empty(),
            "{}: {:?}",
            language.tag(),
            translated.broken()
        );
        assert_eq!(
            translated.entries().len(),
            english.entries().len(),
            "{}",
            language.tag()
        );
        assert_eq!(
            translated.routines().len(),
            english.routines().len(),
            "{}",
            language.tag()
        );
        for (original, copy) in english.entries().iter().zip(translated.entries()) {
            assert_eq!(original.id(), copy.id(), "{}", language.tag());
            assert_eq!(
                shape(&original.playable().timeline),
                shape(&copy.playable().timeline),
                "{}/{}",
                language.tag(),
                copy.id()
            );
        }
        for (original, copy) in english.routines().iter().zip(translated.routines()) {
            assert_eq!(original.id(), copy.id(), "{}", language.tag());
            assert_eq!(
                shape(&original.playable().timeline),
                shape(&copy.playable().timeline),
                "{}/{}",
                language.tag(),
                copy.id()
            );
        }
    }
}

#[test]
fn german_files_are_german() {
    let german = Library::builtin_in(Language::German);
    let english = Library::builtin_in(Language::English);
    for (original, copy) in english.entries().iter().zip(german.entries()) {
        assert_ne!(
            original.exercise.title,
            copy.exercise.title,
            "{}",
            copy.id()
        );
        assert_ne!(
            original.exercise.intro,
            copy.exercise.intro,
            "{}",
            copy.id()
        );
    }
    let box_breathing = german.get("box-breathing").expect("shipped");
    assert_eq!(box_breathing.exercise.title, "Box-Atmung");
}
