//! The app's side of the person's files: the editor's saves, the trash,
//! imports, and handing files to the desktop.

use super::*;

impl App {
    pub(super) fn customise(&mut self, id: &str) -> Task<Message> {
        let Some(entry) = self.library.get(id).cloned() else {
            return Task::none();
        };
        let now = self.clock.now();
        let mut editor = editor::Editor::new(entry, self.paths.sounds(), now)
            .with_reduced_motion(self.settings.reduced_motion, now);
        let looking = if self.sound.has_audio() {
            editor.look_for_microphone().map(Message::Editor)
        } else {
            Task::none()
        };
        self.screen = Screen::Editor(Box::new(editor));
        looking
    }

    pub(super) fn editor_action(&mut self, action: editor::Action) -> Task<Message> {
        match action {
            editor::Action::None => Task::none(),
            editor::Action::Cancel { recordings } => {
                let going = self.go_home(Cues::Silent);
                Task::batch([going, self.trash_recordings(recordings)])
            }
            editor::Action::TrashRecordings(recordings) => self.trash_recordings(recordings),
            editor::Action::Listen { slot, name } => {
                let listening = self.sound.listen(name, self.paths.sounds());
                Task::perform(listening, move |result| {
                    Message::Editor(editor::Message::Listened(
                        slot,
                        result.map_err(|error| error.to_string()),
                    ))
                })
            }
            editor::Action::Run(task) => task.map(Message::Editor),
            editor::Action::Save(request) => {
                let paths = self.paths.clone();
                let said = crate::t!("file-saved", title = request.exercise.title.as_str());
                Task::perform(
                    crate::ui::off_thread(move || {
                        let saved = crate::userfiles::save(
                            &request.exercise,
                            &request.how,
                            request.based_on.as_deref(),
                            &paths,
                        );
                        // Only once the file no longer names them.
                        let kept = match &saved {
                            Ok(_) => crate::userfiles::trash_recordings(&request.left_over, &paths),
                            Err(_) => Vec::new(),
                        };
                        (saved, kept)
                    }),
                    move |result| {
                        let (result, not_moved) = result.unwrap_or_else(|| {
                            let lost = Error::Refused(crate::t!("file-not-written").into());
                            (Err(lost), Vec::new())
                        });
                        Message::FileDone {
                            said: said.clone(),
                            result,
                            also: not_moved.iter().map(ToString::to_string).collect(),
                        }
                    },
                )
            }
            editor::Action::Trash { file, recordings } => {
                let paths = self.paths.clone();
                let said = crate::t!("file-moved", file = file.display().to_string());
                Task::perform(
                    crate::ui::off_thread(move || {
                        let moved = crate::userfiles::trash(&file, &paths);
                        let not_moved = match &moved {
                            Ok(_) => crate::userfiles::trash_recordings(&recordings, &paths),
                            Err(_) => Vec::new(),
                        };
                        (moved, not_moved)
                    }),
                    move |result| {
                        let (result, not_moved) = result.unwrap_or_else(|| {
                            let lost = Error::Refused(crate::t!("file-not-moved").into());
                            (Err(lost), Vec::new())
                        });
                        Message::FileDone {
                            said: said.clone(),
                            result,
                            also: not_moved.iter().map(ToString::to_string).collect(),
                        }
                    },
                )
            }
            editor::Action::OpenFile(path) => {
                self.note_failure(crate::desktop::open(&path));
                Task::none()
            }
            editor::Action::OpenFolder => {
                let folder = self.paths.exercises();
                let _ = std::fs::create_dir_all(&folder);
                self.note_failure(crate::desktop::open(&folder));
                Task::none()
            }
        }
    }

    /// A message for an editor that was closed: a take that was still
    /// being recorded then comes back saved, and nothing names it.
    pub(super) fn editor_gone(&self, message: editor::Message) -> Task<Message> {
        match message {
            editor::Message::Recorded { finished, .. } => match finished.as_ref() {
                crate::audio::microphone::Finished::Saved(take) => {
                    self.trash_recordings(vec![take.file_name.clone()])
                }
                crate::audio::microphone::Finished::Failed(_) => Task::none(),
            },
            _ => Task::none(),
        }
    }

    /// Moves recordings nobody needs to the trash, off the window's thread;
    /// any that cannot be moved are said.
    fn trash_recordings(&self, recordings: Vec<String>) -> Task<Message> {
        if recordings.is_empty() {
            return Task::none();
        }
        let paths = self.paths.clone();
        Task::perform(
            crate::ui::off_thread(move || crate::userfiles::trash_recordings(&recordings, &paths)),
            |not_moved| {
                Message::Noted(
                    not_moved
                        .unwrap_or_default()
                        .iter()
                        .map(ToString::to_string)
                        .collect(),
                )
            },
        )
    }

    /// After a save or a move to the trash: home, with a note, and the
    /// library reloaded (the watcher would also notice, a moment later).
    /// `also` are further notes (recordings that could not be moved).
    pub(super) fn file_done(
        &mut self,
        said: String,
        result: Result<std::path::PathBuf, Error>,
        also: Vec<String>,
    ) -> Task<Message> {
        self.add_notes(also);
        match result {
            Ok(path) => {
                self.notes.retain(|note| {
                    ![
                        crate::t!("file-word-saved"),
                        crate::t!("file-word-moved"),
                        crate::t!("file-word-imported"),
                    ]
                    .iter()
                    .any(|done| note.starts_with(done))
                });
                self.notes.push(format!("{said} ({}).", path.display()));
                let _ = self.go_home(Cues::Silent);
                Task::done(Message::FilesChanged)
            }
            Err(error) => {
                if let Screen::Editor(editor) = &mut self.screen {
                    editor.save_failed(&error);
                } else {
                    let note = error.to_string();
                    self.notes.retain(|known| *known != note);
                    self.notes.push(note);
                }
                Task::none()
            }
        }
    }

    /// Checks a shared file and copies it into the exercises folder.
    pub(super) fn import(&mut self, file: std::path::PathBuf) -> Task<Message> {
        let paths = self.paths.clone();
        let library = self.library.clone();
        let said = crate::t!("file-imported", file = file.display().to_string());
        Task::perform(
            crate::ui::off_thread(move || crate::userfiles::import(&file, &paths, &library)),
            move |result| Message::FileDone {
                said: said.clone(),
                result: result
                    .unwrap_or_else(|| Err(Error::Refused(crate::t!("file-not-read").into()))),
                also: Vec::new(),
            },
        )
    }

    /// Notes for the home screen, each once.
    pub(super) fn add_notes(&mut self, notes: Vec<String>) {
        for note in notes {
            if !self.notes.contains(&note) {
                self.notes.push(note);
            }
        }
    }

    pub(super) fn note_failure(&mut self, result: Result<(), Error>) {
        if let Err(error) = result {
            let note = error.to_string();
            if !self.notes.contains(&note) {
                self.notes.push(note);
            }
        }
    }
}
