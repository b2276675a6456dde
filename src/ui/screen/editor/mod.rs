//! The editor: customise an exercise in a form. The form and its rules live
//! in `crate::editor`; this screen shows them, keeps the live preview, asks
//! before anything is lost, and hands saving, trash and opening files to
//! the app through `Action`.

mod bar;
mod fields;
mod list;
mod preview;
mod view;
mod voice;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{time, Subscription, Task};

use crate::audio::microphone::Finished;
use crate::editor::{self as form, Checked, Choice, CueKind, Field, Form, ListEdit, Slot, Source};
use crate::exercise::{BreathPhase, Exercise};
use crate::library::{Entry, Library};
use crate::ui::keys::Shortcut;
use crate::ui::widget::breath::Backdrop;
use crate::userfiles::SaveAs;

pub use fields::field_id;
pub use voice::Microphone;

/// About 60 frames a second while the preview moves.
const FRAME: Duration = Duration::from_micros(16_667);

pub struct Editor {
    entry: Entry,
    source: Source,
    form: Form,
    /// The form as it opened: anything else is an unsaved change.
    initial: Form,
    checked: Checked,
    /// The breathing phases the preview follows, while they are valid.
    rhythm: Option<Vec<BreathPhase>>,
    preview: preview::Clock,
    asking: Option<Asking>,
    /// Why the last save failed.
    error: Option<String>,
    /// A save was handed to the app and has not come back.
    saving: bool,
    /// Every cue name the pick lists offer.
    cue_names: Vec<CueName>,
    backdrop: Backdrop,
    /// The person's own voice: the microphone, the take under way, the
    /// recordings made while editing.
    voice: voice::Voice,
}

/// What an inline confirmation is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    /// Leave with unsaved changes.
    Leave,
    /// Replace a hand-written file (it goes to the trash first).
    Replace,
    Delete,
    /// Move the person's copy to the trash, so the shipped one is used again.
    Reset,
}

/// A cue choice: a name, or no sound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueName(pub Option<String>);

impl std::fmt::Display for CueName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.as_deref().unwrap_or(crate::t!("editor-no-sound")))
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Typed(Field, String),
    Cue(CueKind, CueName),
    /// The cue volume slider, in percent.
    CueVolume(f64),
    /// Repeat by a target length (true) or a number of rounds.
    ByLength(bool),
    List(ListEdit),
    TogglePreview,
    /// A frame of the preview: nothing changes but the time.
    Tick,
    Save,
    Ask(Asking),
    /// Yes to what is being asked.
    Confirm,
    /// No to what is being asked.
    Dismiss,
    Cancel,
    OpenFile,
    OpenFolder,
    /// Whether a microphone can be used (looked for off the window's thread).
    MicrophoneChecked(Result<(), String>),
    /// Look for a microphone again (one plugged in since).
    LookForMicrophone,
    /// Record the person's voice for this step.
    Record(Slot),
    /// End the take under way and keep it.
    StopRecording,
    /// End the take under way and throw it away.
    DiscardRecording,
    /// A take came back: saved, or why not. `take` numbers it among all
    /// takes, so a late one is never taken for the one under way.
    Recorded {
        slot: Slot,
        take: u64,
        finished: Arc<Finished>,
    },
    /// Play this step's recording.
    Listen(Slot),
    /// The recording plays, or why it cannot.
    Listened(Slot, Result<(), String>),
    /// Take the recording away from this step (its file goes to the trash
    /// when the exercise is saved without it).
    RemoveRecording(Slot),
}

/// What the app does for the editor.
#[derive(Debug)]
pub enum Action {
    None,
    /// Leave without saving; these recordings made meanwhile are not
    /// needed and go to the trash.
    Cancel {
        recordings: Vec<String>,
    },
    Save(Box<SaveRequest>),
    /// Move this file to the trash (delete, or reset to the shipped
    /// original), and these recordings nothing else uses.
    Trash {
        file: PathBuf,
        recordings: Vec<String>,
    },
    OpenFile(PathBuf),
    OpenFolder,
    /// Play one step's recording from the sounds folder.
    Listen {
        slot: Slot,
        name: String,
    },
    /// Move these recordings (file names in the sounds folder) to the trash.
    TrashRecordings(Vec<String>),
    Run(Task<Message>),
}

#[derive(Debug, Clone)]
pub struct SaveRequest {
    pub exercise: Exercise,
    pub how: SaveAs,
    /// The title of the exercise it was made from, for the file's header.
    pub based_on: Option<String>,
    /// Recordings no longer named once this is saved, nor by any other
    /// exercise: they go to the trash after the save.
    pub left_over: Vec<String>,
}

impl Editor {
    /// `sounds` is the person's sounds folder, where recordings are kept.
    pub fn new(entry: Entry, sounds: PathBuf, now: Instant) -> Editor {
        let form = Form::new(&entry.exercise);
        let source = Source::of(&entry.origin, entry.id());
        let cue_names = cue_names(&entry.exercise);
        let mut editor = Editor {
            initial: form.clone(),
            checked: Checked::default(),
            rhythm: None,
            preview: preview::Clock::new(now),
            asking: None,
            error: None,
            saving: false,
            cue_names,
            backdrop: Backdrop::default(),
            voice: voice::Voice::new(sounds),
            entry,
            source,
            form,
        };
        editor.refresh();
        editor
    }

    /// The title the exercise had when the editor opened.
    pub fn title(&self) -> &str {
        &self.entry.exercise.title
    }

    pub fn form(&self) -> &Form {
        &self.form
    }

    pub fn checked(&self) -> &Checked {
        &self.checked
    }

    /// Whether the form differs from how it opened.
    pub fn has_changes(&self) -> bool {
        self.form != self.initial
    }

    pub fn asking(&self) -> Option<Asking> {
        self.asking
    }

    pub fn update(&mut self, message: Message, library: &Library, now: Instant) -> Action {
        // While a take runs, its step keeps its place and the form is not
        // saved or deleted under it: the take lands where it was started.
        let moves_the_take = matches!(
            message,
            Message::List(_)
                | Message::Save
                | Message::Ask(_)
                | Message::Confirm
                | Message::Record(_)
                | Message::LookForMicrophone
                | Message::Listen(_)
                | Message::RemoveRecording(_)
        );
        if self.voice.is_taking() && moves_the_take {
            return Action::None;
        }
        match message {
            Message::Typed(field, typed) => self.change(|form| form.set(field, typed)),
            Message::Cue(kind, CueName(name)) => self.change(|form| form.set_cue(kind, name)),
            Message::CueVolume(percent) => self.change(|form| form.set_cue_volume(percent / 100.0)),
            Message::ByLength(by_length) => self.change(|form| form.set_by_length(by_length)),
            Message::List(edit) => {
                self.change(|form| form.edit_list(edit));
                return self.focus_added(edit);
            }
            Message::TogglePreview => self.preview.toggle(now),
            Message::Tick => self.voice.check(now),
            Message::Save => return self.save(Choice::Main, library),
            Message::Ask(asking) => self.asking = self.may_ask(asking).then_some(asking),
            Message::Confirm => return self.confirm(library),
            Message::Dismiss => self.asking = None,
            Message::Cancel => return self.leave(),
            Message::OpenFile => {
                if let Some(path) = self.source.path() {
                    return Action::OpenFile(path.to_path_buf());
                }
            }
            Message::OpenFolder => return Action::OpenFolder,
            Message::MicrophoneChecked(found) => self.voice.microphone_checked(found),
            Message::LookForMicrophone => return self.look_again(),
            Message::Record(slot) => return self.record(slot, now),
            Message::StopRecording => self.voice.stop(false),
            Message::DiscardRecording => self.voice.stop(true),
            Message::Recorded {
                slot,
                take,
                finished,
            } => return self.recorded(slot, take, &finished),
            Message::Listen(slot) => {
                if let Some(name) = self.form.recording(slot) {
                    let name = name.to_owned();
                    self.voice.forget_note(slot);
                    return Action::Listen { slot, name };
                }
            }
            Message::Listened(slot, result) => self.voice.listened(slot, result),
            Message::RemoveRecording(slot) => {
                self.voice.forget_note(slot);
                self.change(|form| form.set_recording(slot, None));
            }
        }
        Action::None
    }

    /// The app could not save: say why and stay, so nothing typed is lost.
    pub fn save_failed(&mut self, error: &crate::error::Error) {
        self.saving = false;
        self.error = Some(crate::t!(
            "editor-could-not-save",
            error = error.to_string()
        ));
    }

    pub fn shortcut(&mut self, shortcut: Shortcut) -> Action {
        // While recording, Enter keeps the take and Esc throws it away.
        if self.voice.is_taking() {
            match shortcut {
                Shortcut::Confirm => self.voice.stop(false),
                Shortcut::Back => self.voice.stop(true),
                _ => {}
            }
            return Action::None;
        }
        match shortcut {
            Shortcut::Back if self.asking.is_some() => {
                self.asking = None;
                Action::None
            }
            Shortcut::Back => self.leave(),
            _ => Action::None,
        }
    }

    /// Frames only while a valid rhythm is previewed and playing.
    /// With reduced motion the preview waits, still, until "Play preview".
    pub fn with_reduced_motion(mut self, reduced: bool, now: Instant) -> Editor {
        if reduced && self.preview.is_playing() {
            self.preview.toggle(now);
        }
        self
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // The level meter and the time move while a take is under way.
        if self.voice.is_taking() || (self.rhythm.is_some() && self.preview.is_playing()) {
            time::every(FRAME).map(|_| Message::Tick)
        } else {
            Subscription::none()
        }
    }

    /// What "Save" (or "Replace the file") would ask the app to write now,
    /// or what stops it.
    pub fn save_request(&self, choice: Choice, library: &Library) -> Result<SaveRequest, String> {
        let Some(exercise) = self.checked.exercise.clone() else {
            return Err(self.problems_line());
        };
        let plan = form::plan(&self.source, self.title(), exercise, choice, library)?;
        let kept = crate::audio::recorded::names(&plan.exercise);
        // Saved as a copy, the file it was made from still names its own.
        let original_stays = matches!(plan.how, SaveAs::NewFile);
        let left_over = self.left_over_recordings(&kept, original_stays, library);
        Ok(SaveRequest {
            exercise: plan.exercise,
            how: plan.how,
            based_on: plan.based_on,
            left_over,
        })
    }

    fn change(&mut self, edit: impl FnOnce(&mut Form)) {
        edit(&mut self.form);
        self.error = None;
        self.refresh();
    }

    fn refresh(&mut self) {
        self.checked = self.form.check();
        self.rhythm = self.form.rhythm();
    }

    /// A new step or group: its first field gets the keyboard.
    fn focus_added(&self, edit: ListEdit) -> Action {
        let field = match (&self.form.practice, edit) {
            (form::PracticeForm::Grounding(steps), ListEdit::Add) => {
                Field::StepLabel(steps.len().saturating_sub(1))
            }
            (form::PracticeForm::Relaxation(relaxation), ListEdit::Add) => {
                Field::GroupName(relaxation.groups.len().saturating_sub(1))
            }
            _ => return Action::None,
        };
        Action::Run(iced::widget::operation::focus(field_id(field)))
    }

    fn save(&mut self, choice: Choice, library: &Library) -> Action {
        if self.saving {
            return Action::None;
        }
        match self.save_request(choice, library) {
            Ok(request) => {
                self.saving = true;
                self.error = None;
                Action::Save(Box::new(request))
            }
            Err(problem) => {
                self.error = Some(problem);
                Action::None
            }
        }
    }

    fn leave(&mut self) -> Action {
        if self.has_changes() {
            self.asking = Some(Asking::Leave);
            Action::None
        } else {
            self.give_up()
        }
    }

    /// Leaves without saving: what was recorded meanwhile is not needed.
    fn give_up(&mut self) -> Action {
        self.voice.stop(true);
        Action::Cancel {
            recordings: self.voice.made().to_vec(),
        }
    }

    /// The recordings nobody needs once the exercise names only `kept`:
    /// the file's own and those made here, unless another exercise of the
    /// library names them too (the file it was made from, when that stays).
    fn left_over_recordings(
        &self,
        kept: &[&str],
        original_stays: bool,
        library: &Library,
    ) -> Vec<String> {
        let own = self.entry.id();
        let others = library
            .entries()
            .iter()
            .filter(|entry| original_stays || entry.id() != own)
            .map(|entry| entry.exercise.as_ref());
        form::voice::left_over(&self.initial.recordings(), self.voice.made(), kept, others)
    }

    /// Only what this file allows is asked.
    fn may_ask(&self, asking: Asking) -> bool {
        match asking {
            Asking::Leave => true,
            Asking::Replace => self.source.hand_written(),
            Asking::Delete => self.source.path().is_some(),
            Asking::Reset => self.source.replaces_shipped(),
        }
    }

    fn confirm(&mut self, library: &Library) -> Action {
        match self.asking.take() {
            None => Action::None,
            Some(Asking::Leave) => self.give_up(),
            Some(Asking::Replace) => self.save(Choice::Replace, library),
            Some(Asking::Delete | Asking::Reset) => {
                let Some(file) = self.source.path().map(PathBuf::from) else {
                    return Action::None;
                };
                self.voice.stop(true);
                Action::Trash {
                    file,
                    recordings: self.left_over_recordings(&[], false, library),
                }
            }
        }
    }
}

/// The built-in cues and the exercise's own sounds, and no sound.
fn cue_names(exercise: &Exercise) -> Vec<CueName> {
    let mut names: Vec<CueName> = std::iter::once(CueName(None))
        .chain(crate::audio::builtin::names().map(|name| CueName(Some(name.to_owned()))))
        .collect();
    for name in exercise.sounds.keys() {
        let name = CueName(Some(name.clone()));
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
