//! Read aloud, every shipped step's words fit in the step: said at a calm
//! pace (150 words a minute, slower than most voices' usual rate) after the
//! speech service's start-up, they end before the next step begins, so a
//! person with closed eyes hears every instruction whole.

use steady::i18n::Language;
use steady::timeline::Timeline;

/// Words a second at a calm reading pace.
const WORDS_PER_SECOND: f64 = 2.5;
/// The speech service's start and a breath of quiet before the next step.
const MARGIN_SECONDS: f64 = 0.6;

#[test]
fn every_shipped_steps_spoken_words_fit_in_the_step() {
    let mut too_long = Vec::new();
    for language in Language::ALL {
        for (name, text) in steady::i18n::shipped::exercises(language) {
            let exercise = steady::exercise::parse(text).expect("a shipped exercise");
            let timeline = Timeline::from_exercise(&exercise);
            for segment in timeline.segments() {
                let words = segment.spoken.split_whitespace().count() as f64;
                let needs = words / WORDS_PER_SECOND + MARGIN_SECONDS;
                let has = segment.duration.as_secs_f64();
                if needs > has {
                    too_long.push(format!(
                        "{}/{name} {:?} {:?}: {words} words need {needs:.1} s of {has:.1} s",
                        language.tag(),
                        segment.kind,
                        segment.spoken
                    ));
                }
            }
        }
    }
    too_long.dedup();
    assert!(too_long.is_empty(), "{}", too_long.join("\n"));
}
