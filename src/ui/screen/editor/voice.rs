//! "Your voice": a row per step with Record, Play and Remove. A take
//! records from the default microphone on its own thread
//! ([`crate::audio::microphone`]); this screen only starts it, shows its
//! level and time, and puts the saved file's name in the form.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

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

/// A take under way.
struct Taking {
    slot: Slot,
    recorder: Recorder,
    limit: Duration,
    /// Esc, or leaving: the take is thrown away when it comes back.
    discard: bool,
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

    /// Ends the take under way, if any; `discard` throws it away.
    pub(super) fn stop(&mut self, discard: bool) {
        if let Some(taking) = &mut self.taking {
            taking.discard |= discard;
            taking.recorder.stop();
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

    pub(super) fn record(&mut self, slot: Slot) -> Action {
        if self.voice.taking.is_some() || self.voice.microphone != Microphone::Ready {
            return Action::None;
        }
        let limit = self.form.recording_limit(slot);
        let stem = voice::stem(self.entry.id(), slot);
        let recorder = Recorder::start(limit, self.voice.sounds.clone(), stem);
        let finished = recorder.finished();
        self.voice.note = None;
        self.voice.taking = Some(Taking {
            slot,
            recorder,
            limit,
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
                Message::Recorded(slot, Arc::new(finished))
            },
        ))
    }

    pub(super) fn recorded(&mut self, slot: Slot, finished: &Finished) -> Action {
        // A take this editor did not start (one from an editor that was
        // closed while it ran) is named after another exercise or step,
        // or arrives while another step records: nothing will name it.
        let stem = voice::stem(self.entry.id(), slot);
        let ours = match finished {
            Finished::Saved(take) => {
                take.file_name == format!("{stem}.wav")
                    || take.file_name.starts_with(&format!("{stem}-"))
            }
            Finished::Failed(_) => true,
        };
        let other_step = self
            .voice
            .taking
            .as_ref()
            .is_some_and(|taking| taking.slot != slot);
        if !ours || other_step {
            return match finished {
                Finished::Saved(take) => Action::TrashRecordings(vec![take.file_name.clone()]),
                Finished::Failed(_) => Action::None,
            };
        }
        let discard = self
            .voice
            .taking
            .take()
            .is_some_and(|taking| taking.discard);
        match finished {
            Finished::Saved(take) if discard => {
                Action::TrashRecordings(vec![take.file_name.clone()])
            }
            Finished::Saved(take) => {
                self.voice.made.push(take.file_name.clone());
                self.voice.note = Some((slot, Said::Recorded(take.length)));
                let name = take.file_name.clone();
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
        if let Microphone::Missing(why) = &self.voice.microphone {
            section = section.push(
                text(why.clone())
                    .size(sizes.small())
                    .wrapping(Wrapping::WordOrGlyph),
            );
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
        let can_record = taking.is_none() && self.voice.microphone == Microphone::Ready;
        let record = button(text(t!("editor-voice-record")).size(sizes.small()))
            .padding([4, 10])
            .style(theme::soft_button)
            .on_activate_maybe(can_record.then_some(Message::Record(slot)));
        let mut buttons = row![record].spacing(6);
        if recording.is_some() {
            buttons = buttons
                .push(small(t!("editor-voice-play"), Some(Message::Listen(slot))))
                .push(small(
                    t!("editor-voice-remove"),
                    Some(Message::RemoveRecording(slot)),
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
