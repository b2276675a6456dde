//! The editor's form without a window: made from an exercise, changed field
//! by field, and checked with the same rules and the same length as a file.

use steady::editor::{Choice, Field, Form, ListEdit, PracticeForm, Source};
use steady::exercise::{self, steps, Breath, Exercise, Practice, Repeat};
use steady::library::{Library, Origin, SHIPPED};
use steady::userfiles::SaveAs;

fn shipped(id: &str) -> Exercise {
    SHIPPED
        .iter()
        .filter_map(|(_, text)| exercise::parse(text).ok())
        .find(|exercise| exercise.id == id)
        .unwrap_or_else(|| panic!("no shipped {id}"))
}

fn phases(exercise: &Exercise) -> Vec<(Breath, f64)> {
    match &exercise.practice {
        Practice::Breathing { phases, .. } => phases
            .iter()
            .map(|phase| (phase.breath, phase.seconds))
            .collect(),
        other => panic!("not breathing: {other:?}"),
    }
}

#[test]
fn every_shipped_exercise_comes_back_unchanged() {
    for (name, text) in SHIPPED {
        let exercise = exercise::parse(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        let checked = Form::new(&exercise).check();
        assert!(
            checked.problems.is_empty(),
            "{name}: {:?}",
            checked.problems
        );
        assert_eq!(checked.exercise.as_ref(), Some(&exercise), "{name}");
        assert_eq!(checked.total, Some(steps::total(&exercise)), "{name}");
    }
}

#[test]
fn box_breathing_becomes_4_7_8_and_the_total_follows() {
    let mut form = Form::new(&shipped("box-breathing"));
    assert_eq!(
        form.check().total.map(|total| total.as_secs()),
        Some(144),
        "9 rounds of 16 s"
    );
    form.set(Field::breath(Breath::Inhale), "4".into());
    form.set(Field::breath(Breath::Hold), "7".into());
    form.set(Field::breath(Breath::Exhale), "8".into());
    form.set(Field::breath(Breath::HoldEmpty), "0".into());
    let checked = form.check();
    let exercise = checked.exercise.expect("valid");
    assert_eq!(
        phases(&exercise),
        [
            (Breath::Inhale, 4.0),
            (Breath::Hold, 7.0),
            (Breath::Exhale, 8.0)
        ]
    );
    assert_eq!(checked.total, Some(steps::total(&exercise)));
    assert_eq!(checked.total.map(|total| total.as_secs()), Some(9 * 19));
}

#[test]
fn a_decimal_comma_is_read_and_an_empty_phase_is_left_out() {
    let mut form = Form::new(&shipped("box-breathing"));
    form.set(Field::breath(Breath::Inhale), "4,5".into());
    form.set(Field::breath(Breath::Hold), String::new());
    let exercise = form.check().exercise.expect("valid");
    assert_eq!(
        phases(&exercise),
        [
            (Breath::Inhale, 4.5),
            (Breath::Exhale, 4.0),
            (Breath::HoldEmpty, 4.0)
        ]
    );
    // A phase comes back in its place, with the words it had.
    let mut form = Form::new(&shipped("breathing-4-7-8"));
    form.set(Field::breath(Breath::Hold), "0".into());
    form.set(Field::breath(Breath::HoldEmpty), "2".into());
    let exercise = form.check().exercise.expect("valid");
    let Practice::Breathing { phases, .. } = &exercise.practice else {
        panic!("breathing")
    };
    assert_eq!(phases.len(), 3);
    assert_eq!(
        phases[0].text.as_deref(),
        Some("Breathe in through your nose"),
        "kept"
    );
    assert_eq!(
        (phases[2].breath, phases[2].text.as_deref()),
        (Breath::HoldEmpty, None)
    );
}

#[test]
fn no_phase_left_is_a_problem_at_the_first_field_and_nothing_is_made() {
    let mut form = Form::new(&shipped("coherent-breathing"));
    form.set(Field::breath(Breath::Inhale), "0".into());
    form.set(Field::breath(Breath::Exhale), "0".into());
    let checked = form.check();
    assert_eq!(checked.exercise, None);
    assert_eq!(checked.total, None);
    assert_eq!(
        checked
            .problems
            .get(&Field::breath(Breath::Inhale))
            .map(String::as_str),
        Some("Add at least one phase longer than 0 seconds.")
    );
}

#[test]
fn a_ten_hour_step_is_a_problem_at_its_field() {
    let mut form = Form::new(&shipped("grounding-5-4-3-2-1"));
    form.set(Field::StepSeconds(1), "36000".into());
    let checked = form.check();
    assert_eq!(checked.exercise, None);
    let problem = checked
        .problems
        .get(&Field::StepSeconds(1))
        .expect("a problem at the step");
    assert!(
        problem.contains("too long") && problem.contains("3600"),
        "{problem}"
    );
    assert_eq!(checked.problems.len(), 1, "{:?}", checked.problems);
}

#[test]
fn words_and_numbers_that_cannot_be_used_are_named_at_their_fields() {
    let mut form = Form::new(&shipped("pmr-short"));
    form.set(Field::Title, "   ".into());
    form.set(Field::TenseSeconds, "five".into());
    form.set(Field::GroupName(2), "x".repeat(61));
    let problems = form.check().problems;
    assert_eq!(
        problems.get(&Field::Title).map(String::as_str),
        Some("Give it a title.")
    );
    assert!(problems[&Field::TenseSeconds].starts_with("Write a number"));
    assert!(problems[&Field::GroupName(2)].contains("at most 60"));

    let mut form = Form::new(&shipped("box-breathing"));
    form.set(Field::Cycles, "0".into());
    assert_eq!(
        form.check()
            .problems
            .get(&Field::Cycles)
            .map(String::as_str),
        Some("Use at least 1 round.")
    );
    // Far too many rounds: validation's step limit, shown at the rounds.
    form.set(Field::Cycles, "100000".into());
    assert!(form.check().problems.contains_key(&Field::Cycles));
}

#[test]
fn rounds_or_a_target_length() {
    let mut form = Form::new(&shipped("box-breathing"));
    form.set_by_length(true);
    assert_eq!(
        form.value(Field::Length),
        Some("2:24"),
        "starts from the length it has"
    );
    form.set(Field::Length, "5".into());
    let exercise = form.check().exercise.expect("valid");
    let Practice::Breathing { repeat, .. } = exercise.practice else {
        panic!("breathing")
    };
    assert_eq!(repeat, Repeat::Seconds(300.0));
    form.set(Field::Length, "2:30".into());
    assert_eq!(
        form.check().total.map(|total| total.as_secs()),
        Some(160),
        "whole rounds: 10 × 16 s"
    );
    form.set(Field::Length, "later".into());
    assert!(form.check().problems.contains_key(&Field::Length));
    form.set_by_length(false);
    assert_eq!(
        form.check().total.map(|total| total.as_secs()),
        Some(144),
        "back to 9 rounds"
    );
}

#[test]
fn a_pattern_in_its_own_order_keeps_its_rows() {
    let sigh = shipped("physiological-sigh");
    let mut form = Form::new(&sigh);
    let PracticeForm::Breathing(breathing) = &form.practice else {
        panic!("breathing")
    };
    assert!(!breathing.usual, "two breaths in do not fit the usual four");
    assert_eq!(breathing.phases.len(), 3);
    form.set(Field::Phase(1), "0".into());
    assert_eq!(
        phases(&form.check().exercise.expect("valid")),
        [(Breath::Inhale, 2.0), (Breath::Exhale, 6.0)]
    );
    assert_eq!(form.rhythm().map(|rhythm| rhythm.len()), Some(2));
}

#[test]
fn grounding_steps_are_added_removed_and_moved() {
    let mut form = Form::new(&shipped("kind-words"));
    let labels = |form: &Form| -> Vec<String> {
        match form.check().exercise.map(|exercise| exercise.practice) {
            Some(Practice::Grounding { steps }) => {
                steps.into_iter().map(|step| step.label).collect()
            }
            other => panic!("not valid grounding: {other:?} {:?}", form.check().problems),
        }
    };
    let before = labels(&form);
    form.edit_list(ListEdit::Down(0));
    assert_eq!(labels(&form)[..2], [before[1].clone(), before[0].clone()]);
    form.edit_list(ListEdit::Up(1));
    assert_eq!(labels(&form), before);

    form.edit_list(ListEdit::Add);
    let new = before.len();
    let problems = form.check().problems;
    assert!(
        problems.contains_key(&Field::StepLabel(new))
            && problems.contains_key(&Field::StepText(new))
    );
    form.set(Field::StepLabel(new), "One more".into());
    form.set(Field::StepText(new), "Smile, a little.".into());
    assert_eq!(labels(&form).last().map(String::as_str), Some("One more"));

    form.edit_list(ListEdit::Remove(0));
    assert_eq!(labels(&form).first(), before.get(1));
    for _ in 0..20 {
        form.edit_list(ListEdit::Remove(0));
    }
    assert_eq!(labels(&form).len(), 1, "the last step stays");
}

#[test]
fn fields_the_form_does_not_show_are_kept() {
    let mut exercise = shipped("grounding-5-4-3-2-1");
    exercise.cue_volume = 0.35;
    if let Practice::Grounding { steps } = &mut exercise.practice {
        steps[0].cue = Some("bell".into());
    }
    let mut form = Form::new(&exercise);
    form.set(Field::Title, "My grounding".into());
    form.edit_list(ListEdit::Down(0));
    let changed = form.check().exercise.expect("valid");
    assert_eq!(
        (changed.intro.clone(), changed.closing.clone()),
        (exercise.intro.clone(), exercise.closing.clone())
    );
    assert_eq!(changed.cue_volume, 0.35);
    let Practice::Grounding { steps } = &changed.practice else {
        panic!("grounding")
    };
    assert_eq!(
        steps[1].cue.as_deref(),
        Some("bell"),
        "the step's own cue moved with it"
    );
}

#[test]
fn saving_a_shipped_exercise_keeps_its_id_unless_the_title_changes() {
    let library = Library::builtin();
    let original = shipped("box-breathing");
    let plan = |title: &str| {
        let mut form = Form::new(&original);
        form.set(Field::Title, title.into());
        let exercise = form.check().exercise.expect("valid");
        steady::editor::plan(
            &Source::of(&Origin::BuiltIn, "box-breathing"),
            &original.title,
            exercise,
            Choice::Main,
            &library,
        )
        .expect("a plan")
    };
    let same = plan("Box breathing");
    assert_eq!(
        (same.exercise.id.as_str(), &same.how),
        ("box-breathing", &SaveAs::NewFile)
    );
    assert_eq!(same.based_on.as_deref(), Some("Box breathing"));
    let renamed = plan("Calm breathing");
    assert_eq!(
        renamed.exercise.id, "calm-breathing-2",
        "a free id, beside the shipped one"
    );
}
