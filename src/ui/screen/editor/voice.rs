//! "Your voice": a row per step with Record, Play and Remove. A take
//! records from the default microphone on its own thread
//! ([`crate::audio::microphone`]); this screen only starts it, shows its
//! level and time, and puts the saved file's name in the form.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use iced::widget::text::Wrapping;
use iced::widget::{button, progress_bar, row, text, Column};
use iced::{Alignment, Element, Length, Task};

use super::fields::{breath_label, heading, note, problem_text};
use super::{Action, Editor, Message};
use crate::audio::microphone::{Finished, Recorder};
use crate::editor::{voice, PracticeForm, Slot};
use crate::t;
use crate::timeline::format_clock;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus::Reachable;

/// Whether a microphone can be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Microphone {
    /// Being looked for.
    Looking,
    Ready,
    /// Why not, in plain words.
    Missing(String),
}

/// How long a microphone may take to start before the editor gives up on
/// the take and gives the keyboard back. A device normally opens within a
/// fraction of a second; one whose sound server stopped answering never
/// does, and the recorder cannot notice that itself.
const OPEN_PATIENCE: Duration = Duration::from_secs(8);

/// How long after its limit a take that has not come back is given up:
/// saving takes a moment, never this long.
const SAVE_PATIENCE: Duration = Duration::from_secs(10);

/// Takes are numbered across all editors, so that a take that comes back
/// late (given up, or from an editor that was closed) is never mistaken
/// for the one under way.
static TAKES: AtomicU64 = AtomicU64::new(1);

/// Takes given up on (the microphone never started, or their editor
/// closed): if one comes back after all, in whichever editor is open, its
/// file goes to the trash.
static GIVEN_UP: Mutex<Vec<u64>> = Mutex::new(Vec::new());

fn give_up_take(number: u64) {
    GIVEN_UP
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(number);
}

/// Whether `number` was given up on; it is forgotten once it came back.
fn was_given_up(number: u64) -> bool {
    let mut given_up = GIVEN_UP.lock().unwrap_or_else(PoisonError::into_inner);
    let found = given_up.iter().position(|&n| n == number);
    found.map(|at| given_up.swap_remove(at)).is_some()
}

/// A take under way.
struct Taking {
    number: u64,
    slot: Slot,
    recorder: Recorder,
    limit: Duration,
    started: Instant,
    /// Esc, or leaving: the take is thrown away when it comes back.
    discard: bool,
}

impl Taking {
    /// Whether the microphone has not started yet: nothing is recorded.
    fn not_started(&self) -> bool {
        !self.recorder.is_listening() && self.recorder.elapsed().is_zero()
    }
}

pub(super) struct Voice {
    sounds: PathBuf,
    microphone: Microphone,
    taking: Option<Taking>,
    /// Recordings made while editing, newest last.
    made: Vec<String>,
    /// What became of the last take, beside its step.
    note: Option<(Slot, Said)>,
}

impl Drop for Voice {
    /// An editor closed mid-take: the take is given up on, so that it is
    /// trashed wherever it comes back, even in a new editor for the same
    /// exercise.
    fn drop(&mut self) {
        if let Some(taking) = self.taking.take() {
            give_up_take(taking.number);
        }
    }
}

#[derive(Debug, Clone)]
enum Said {
    Recorded(Duration),
    Failed(String),
}

impl Voice {
    pub(super) fn new(sounds: PathBuf) -> Voice {
        Voice {
            sounds,
            // The app looks for one when there is a sound system at all.
            microphone: Microphone::Missing(t!("editor-voice-no-sound").to_owned()),
            taking: None,
            made: Vec::new(),
            note: None,
        }
    }

    pub(super) fn is_taking(&self) -> bool {
        self.taking.is_some()
    }

    pub(super) fn made(&self) -> &[String] {
        &self.made
    }

    pub(super) fn microphone_checked(&mut self, found: Result<(), String>) {
        self.microphone = match found {
            Ok(()) => Microphone::Ready,
            Err(why) => Microphone::Missing(why),
        };
    }

    /// Ends the take under way, if any; `discard` throws it away. A take
    /// whose microphone has not started yet ends at once, so a key always
    /// works, even when the device never answers.
    pub(super) fn stop(&mut self, discard: bool) {
        let Some(taking) = &mut self.taking else {
            return;
        };
        if taking.not_started() {
            let note = (!discard).then(|| t!("editor-voice-not-started").to_owned());
            self.give_up(note);
            return;
        }
        taking.discard |= discard;
        taking.recorder.stop();
    }

    /// On each frame of a take: a microphone that has not started within
    /// [`OPEN_PATIENCE`], or a take not back [`SAVE_PATIENCE`] after its
    /// limit, is given up on, with a note beside its step.
    pub(super) fn check(&mut self, now: Instant) {
        let stuck = self.taking.as_ref().is_some_and(|taking| {
            let running = now.saturating_duration_since(taking.started);
            (taking.not_started() && running >= OPEN_PATIENCE)
                || running >= taking.limit + OPEN_PATIENCE + SAVE_PATIENCE
        });
        if stuck {
            self.give_up(Some(t!("editor-voice-no-answer").to_owned()));
        }
    }

    /// Drops the take under way (its recorder stops when it is dropped),
    /// remembering its number; `note` says why beside its step.
    fn give_up(&mut self, note: Option<String>) {
        if let Some(taking) = self.taking.take() {
            give_up_take(taking.number);
            self.note = note.map(|why| (taking.slot, Said::Failed(why)));
        }
    }

    /// A recording that cannot be played says why, beside its step.
    pub(super) fn listened(&mut self, slot: Slot, result: Result<(), String>) {
        if let Err(why) = result {
            self.note = Some((slot, Said::Failed(why)));
        }
    }

    pub(super) fn forget_note(&mut self, slot: Slot) {
        if self.note.as_ref().is_some_and(|(noted, _)| *noted == slot) {
            self.note = None;
        }
    }
}

impl Editor {
    /// The app looks for a microphone, off the window's thread, when the
    /// editor opens with a sound system.
    pub fn look_for_microphone(&mut self) -> Task<Message> {
        self.voice.microphone = Microphone::Looking;
        Task::perform(
            crate::ui::off_thread(crate::audio::microphone::available),
            |found| {
                Message::MicrophoneChecked(
                    found.unwrap_or_else(|| Err(t!("editor-voice-no-microphone").to_owned())),
                )
            },
        )
    }

    pub fn microphone(&self) -> &Microphone {
        &self.voice.microphone
    }

    /// Looks for a microphone again ("Look again").
    pub(super) fn look_again(&mut self) -> Action {
        if self.voice.microphone == Microphone::Looking {
            return Action::None;
        }
        Action::Run(self.look_for_microphone())
    }

    pub(super) fn record(&mut self, slot: Slot, now: Instant) -> Action {
        // Not while a question waits or a save runs: the take would land
        // in a form that is being written or left.
        let busy = self.asking.is_some() || self.saving;
        if busy || self.voice.taking.is_some() || self.voice.microphone != Microphone::Ready {
            return Action::None;
        }
        let limit = self.form.recording_limit(slot);
        let stem = voice::stem(self.entry.id(), slot);
        let recorder = Recorder::start(limit, self.voice.sounds.clone(), stem);
        let finished = recorder.finished();
        let take = TAKES.fetch_add(1, Ordering::Relaxed);
        self.voice.note = None;
        self.voice.taking = Some(Taking {
            number: take,
            slot,
            recorder,
            limit,
            started: now,
            discard: false,
        });
        Action::Run(Task::perform(
            async move { finished.recv().await },
            move |finished| {
                let finished = finished.unwrap_or_else(|_| {
                    Finished::Failed(crate::error::Error::Audio(
                        t!("editor-voice-stopped").to_owned(),
                    ))
                });
                Message::Recorded {
                    slot,
                    take,
                    finished: Arc::new(finished),
                }
            },
        ))
    }

    pub(super) fn recorded(&mut self, slot: Slot, take: u64, finished: &Finished) -> Action {
        let unwanted = || match finished {
            Finished::Saved(saved) => Action::TrashRecordings(vec![saved.file_name.clone()]),
            Finished::Failed(_) => Action::None,
        };
        // A take given up on that came back after all.
        if was_given_up(take) {
            return unwanted();
        }
        // A take this editor did not start (one from an editor that was
        // closed while it ran) is named after another exercise or step,
        // or arrives while another take is under way: nothing will name it.
        let stem = voice::stem(self.entry.id(), slot);
        let ours = match finished {
            Finished::Saved(saved) => {
                saved.file_name == format!("{stem}.wav")
                    || saved.file_name.starts_with(&format!("{stem}-"))
            }
            Finished::Failed(_) => true,
        };
        let another_take = self
            .voice
            .taking
            .as_ref()
            .is_some_and(|taking| taking.number != take || taking.slot != slot);
        if !ours || another_take {
            return unwanted();
        }
        let discard = self
            .voice
            .taking
            .take()
            .is_some_and(|taking| taking.discard);
        match finished {
            Finished::Saved(saved) if discard => {
                Action::TrashRecordings(vec![saved.file_name.clone()])
            }
            Finished::Saved(saved) => {
                self.voice.made.push(saved.file_name.clone());
                self.voice.note = Some((slot, Said::Recorded(saved.length)));
                let name = saved.file_name.clone();
                self.change(|form| form.set_recording(slot, Some(name)));
                Action::None
            }
            Finished::Failed(_) if discard => Action::None,
            Finished::Failed(error) => {
                self.voice.note = Some((slot, Said::Failed(error.to_string())));
                Action::None
            }
        }
    }

    /// "Your voice": each step with its recording, in the form's order.
    pub(super) fn voice_section(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut section = Column::new()
            .spacing(10)
            .push(heading(t!("editor-voice"), sizes))
            .push(note(t!("editor-voice-explain"), sizes));
        match &self.voice.microphone {
            Microphone::Ready => {}
            Microphone::Looking => section = section.push(note(t!("editor-voice-looking"), sizes)),
            // A microphone plugged in later is found with one click.
            Microphone::Missing(why) => {
                section = section.push(
                    row![
                        text(why.clone())
                            .size(sizes.small())
                            .wrapping(Wrapping::WordOrGlyph)
                            .width(Length::Fill),
                        button(text(t!("editor-voice-look-again")).size(sizes.small()))
                            .padding([4, 10])
                            .style(theme::soft_button)
                            .on_activate_maybe(
                                (!self.voice.is_taking()).then_some(Message::LookForMicrophone)
                            ),
                    ]
                    .spacing(10)
                    .align_y(Alignment::Center),
                );
            }
        }
        for (slot, name) in self.slots() {
            section = section.push(self.voice_row(slot, name, sizes));
        }
        section.into()
    }

    /// Every step that can have a recording, with the name it goes by.
    fn slots(&self) -> Vec<(Slot, String)> {
        match &self.form.practice {
            // A phase left at 0 seconds is dropped when the form is saved:
            // nothing to record for.
            PracticeForm::Breathing(form) => form
                .phases
                .iter()
                .enumerate()
                .filter(|(_, phase)| {
                    crate::editor::number::parse_number(&phase.seconds)
                        .is_some_and(|seconds| seconds > 0.0)
                })
                .map(|(i, phase)| {
                    let label = phase
                        .text
                        .clone()
                        .unwrap_or_else(|| breath_label(phase.breath).to_owned());
                    (Slot::Phase(i), label)
                })
                .collect(),
            PracticeForm::Grounding(steps) => steps
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let name = t!(
                        "editor-voice-step",
                        number = i + 1,
                        label = step.label.trim()
                    );
                    (Slot::Step(i), name)
                })
                .collect(),
            PracticeForm::Relaxation(form) => form
                .groups
                .iter()
                .enumerate()
                .flat_map(|(i, group)| {
                    let name = group.name.trim();
                    [
                        (
                            Slot::Tense(i),
                            t!("editor-voice-tense", number = i + 1, name = name),
                        ),
                        (
                            Slot::Release(i),
                            t!("editor-voice-release", number = i + 1, name = name),
                        ),
                    ]
                })
                .collect(),
        }
    }

    fn voice_row(&self, slot: Slot, name: String, sizes: Sizes) -> Element<'_, Message> {
        let small = |label: &'static str, message: Option<Message>| {
            button(text(label).size(sizes.small()))
                .padding([4, 10])
                .style(theme::soft_button)
                .on_activate_maybe(message)
        };
        let recording = self.form.recording(slot);
        let taking = self.voice.taking.as_ref();
        let this_take = taking.filter(|taking| taking.slot == slot);
        let mut line = Column::new().spacing(4).push(
            text(name)
                .size(sizes.body())
                .wrapping(Wrapping::WordOrGlyph),
        );
        if let Some(taking) = this_take {
            let stop = button(text(t!("editor-voice-stop")).size(sizes.small()))
                .padding([4, 10])
                .style(theme::main_button)
                .on_activate(Message::StopRecording);
            let level = meter_level(taking.recorder.level());
            let time = t!(
                "editor-voice-time",
                done = stopwatch(taking.recorder.elapsed()),
                most = format_clock(taking.limit)
            );
            let listening = if taking.recorder.is_listening() {
                t!("editor-voice-listening")
            } else {
                t!("editor-voice-opening")
            };
            line = line
                .push(
                    row![
                        stop,
                        progress_bar(0.0..=1.0, level)
                            .length(Length::Fill)
                            .girth(sizes.small()),
                        text(time).size(sizes.small()),
                    ]
                    .spacing(10)
                    .align_y(Alignment::Center),
                )
                .push(note(listening, sizes));
            return line.into();
        }
        // While another step records, this one waits: its buttons fade.
        let idle = taking.is_none();
        let (record_label, microphone_ready) = match self.voice.microphone {
            Microphone::Missing(_) => (t!("editor-voice-no-microphone-button"), false),
            Microphone::Looking => (t!("editor-voice-record"), false),
            Microphone::Ready => (t!("editor-voice-record"), true),
        };
        let record = small(
            record_label,
            (idle && microphone_ready).then_some(Message::Record(slot)),
        );
        let mut buttons = row![record].spacing(6);
        if recording.is_some() {
            buttons = buttons
                .push(small(
                    t!("editor-voice-play"),
                    idle.then_some(Message::Listen(slot)),
                ))
                .push(small(
                    t!("editor-voice-remove"),
                    idle.then_some(Message::RemoveRecording(slot)),
                ));
        }
        let state = match recording {
            Some(file) => t!("editor-voice-has", file = file),
            None => t!("editor-voice-none").to_owned(),
        };
        line = line.push(
            row![
                buttons.wrap().vertical_spacing(6),
                text(state)
                    .size(sizes.small())
                    .style(text::secondary)
                    .wrapping(Wrapping::WordOrGlyph)
                    .width(Length::Fill),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        );
        match self.voice.note.as_ref().filter(|(noted, _)| *noted == slot) {
            Some((_, Said::Recorded(length))) => {
                line = line.push(note(
                    &t!(
                        "editor-voice-recorded",
                        seconds = crate::i18n::decimal(format!("{:.1}", length.as_secs_f64()))
                    ),
                    sizes,
                ));
            }
            Some((_, Said::Failed(why))) => line = line.push(problem_text(why, sizes)),
            None => {}
        }
        line.into()
    }
}

/// Time recorded so far, as a stopwatch shows it: whole seconds done.
fn stopwatch(elapsed: Duration) -> String {
    let seconds = elapsed.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A peak level as the meter shows it: decibels from -60 to 0 spread over
/// the bar, as people hear loudness, so quiet speech still moves it.
fn meter_level(peak: f32) -> f32 {
    if peak <= 0.0 {
        return 0.0;
    }
    ((20.0 * peak.log10() + 60.0) / 60.0).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::meter_level;

    #[test]
    fn the_meter_follows_decibels() {
        assert_eq!(meter_level(0.0), 0.0);
        assert!((meter_level(1.0) - 1.0).abs() < 1e-6);
        assert!((meter_level(0.001) - 0.0).abs() < 1e-6);
        assert!((meter_level(0.0316) - 0.5).abs() < 0.01);
    }
}
