//! The app's side of the person's files: the editor's saves, the trash,
//! imports, and handing files to the desktop.

use super::*;

impl App {
    pub(super) fn customise(&mut self, id: &str) -> Task<Message> {
        let Some(entry) = self.library.get(id).cloned() else {
            return Task::none();
        };
        let now = self.clock.now();
        let editor = editor::Editor::new(entry, &self.library, now)
            .with_reduced_motion(self.settings.reduced_motion, now);
        self.screen = Screen::Editor(Box::new(editor));
        Task::none()
    }

    pub(super) fn editor_action(&mut self, action: editor::Action) -> Task<Message> {
        match action {
            editor::Action::None => Task::none(),
            editor::Action::Cancel => self.go_home(Cues::Silent),
            editor::Action::Run(task) => task.map(Message::Editor),
            editor::Action::Save(request) => {
                let paths = self.paths.clone();
                let said = crate::t!("file-saved", title = request.exercise.title.as_str());
                Task::perform(
                    crate::ui::off_thread(move || {
                        crate::userfiles::save(
                            &request.exercise,
                            &request.how,
                            request.based_on.as_deref(),
                            &paths,
                        )
                    }),
                    move |result| Message::FileDone {
                        said: said.clone(),
                        result: result.unwrap_or_else(|| {
                            Err(Error::Refused(crate::t!("file-not-written").into()))
                        }),
                    },
                )
            }
            editor::Action::Trash(path) => {
                let paths = self.paths.clone();
                let said = crate::t!("file-moved", file = path.display().to_string());
                Task::perform(
                    crate::ui::off_thread(move || crate::userfiles::trash(&path, &paths)),
                    move |result| Message::FileDone {
                        said: said.clone(),
                        result: result.unwrap_or_else(|| {
                            Err(Error::Refused(crate::t!("file-not-moved").into()))
                        }),
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

    /// After a save or a move to the trash: home, with a note, and the
    /// library reloaded (the watcher would also notice, a moment later).
    pub(super) fn file_done(
        &mut self,
        said: String,
        result: Result<std::path::PathBuf, Error>,
    ) -> Task<Message> {
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
            },
        )
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
