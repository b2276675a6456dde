//! The person's own exercise files: importing a shared one, saving one made
//! in the editor, and moving one to the trash. Nothing here ever overwrites
//! or erases a file the person has not asked to replace.

use std::path::{Path, PathBuf};

use crate::check::{self, Checked};
use crate::error::Error;
use crate::exercise::Exercise;
use crate::library::Library;
use crate::paths::Paths;
use crate::store;

/// The first line of every file the editor writes: how the app knows a file
/// is its own (and may be saved in place) rather than hand-written.
pub const EDITOR_HEADER: &str = "// Made with Steady's editor.";
/// Exercise files are the person's to share: readable by others.
const NEW_FILE_MODE: u32 = 0o644;

/// Copies a checked exercise or routine file into the exercises folder,
/// named after its id. Refuses a broken file, and an id already used.
pub fn import(file: &Path, paths: &Paths, library: &Library) -> Result<PathBuf, Error> {
    let (checked, text) =
        check::read_file(file, &paths.sounds()).map_err(|errors| Error::Broken {
            path: file.to_path_buf(),
            errors,
        })?;
    let id = match &checked {
        Checked::Exercise(exercise) => exercise.id.clone(),
        Checked::Routine(routine) => routine.id.clone(),
    };
    if library.playable(&id).is_some()
        || library
            .broken()
            .iter()
            .any(|b| b.id.as_deref() == Some(&id))
    {
        return Err(Error::Refused(crate::t!(
            "import-id-taken",
            file = file.display().to_string(),
            id = id.as_str()
        )));
    }
    if let Checked::Routine(_) = checked {
        // Its parts must name exercises this library has.
        library.resolve(&file.display().to_string(), paths)?;
    }
    let target = free_name(&paths.exercises(), &id);
    write_new(&target, text.as_bytes())?;
    Ok(target)
}

/// `<folder>/<stem>.ron`, or `<stem>-2.ron`, `-3`… if that is taken.
pub fn free_name(folder: &Path, stem: &str) -> PathBuf {
    let mut candidate = folder.join(format!("{stem}.ron"));
    let mut number = 2;
    while std::fs::symlink_metadata(&candidate).is_ok() {
        candidate = folder.join(format!("{stem}-{number}.ron"));
        number += 1;
    }
    candidate
}

/// Writes a new file, never replacing one that appeared meanwhile.
fn write_new(target: &Path, contents: &[u8]) -> Result<(), Error> {
    if std::fs::symlink_metadata(target).is_ok() {
        return Err(Error::Refused(crate::t!(
            "file-exists",
            file = target.display().to_string()
        )));
    }
    store::write_atomically(target, contents, NEW_FILE_MODE)
}

/// Moves a file into the trash folder (never erases it). Returns where it went.
pub fn trash(file: &Path, paths: &Paths) -> Result<PathBuf, Error> {
    let trash = paths.trash();
    std::fs::create_dir_all(&trash).map_err(|error| Error::io(&trash, error))?;
    let name = file.file_name().map_or_else(
        || "exercise.ron".to_owned(),
        |name| name.to_string_lossy().into_owned(),
    );
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut target = trash.join(&name);
    let mut extra = 1;
    while std::fs::symlink_metadata(&target).is_ok() {
        target = trash.join(format!("{name}.{stamp}-{extra}"));
        extra += 1;
    }
    match std::fs::rename(file, &target) {
        Ok(()) => Ok(target),
        // Another file system: copy, then remove the original.
        Err(_) => {
            std::fs::copy(file, &target).map_err(|error| Error::io(&target, error))?;
            std::fs::remove_file(file).map_err(|error| Error::io(file, error))?;
            Ok(target)
        }
    }
}

/// Moves the named recordings from the sounds folder to the trash folder.
/// Names that are not plain file names are skipped (never a path outside
/// the sounds folder), and so are files already gone. Returns what could
/// not be moved.
pub fn trash_recordings(names: &[String], paths: &Paths) -> Vec<Error> {
    let sounds = paths.sounds();
    names
        .iter()
        .filter(|name| crate::exercise::recording_problem(name).is_none())
        .map(|name| sounds.join(name))
        .filter(|file| std::fs::symlink_metadata(file).is_ok())
        .filter_map(|file| trash(&file, paths).err())
        .collect()
}

/// An exercise as the editor writes it: a header saying what it is, then
/// the fields, readably laid out.
pub fn to_text(exercise: &Exercise, based_on: Option<&str>) -> Result<String, Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        // One line for each phase, prompt or group's short fields.
        .depth_limit(3);
    let body = ron::Options::default()
        .with_default_extension(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
        )
        .to_string_pretty(exercise, config)
        .map_err(|error| {
            Error::Refused(crate::t!("editor-not-written", error = error.to_string()))
        })?;
    let mut header = format!(
        "{EDITOR_HEADER}\n// {}: {}\n",
        exercise.title, exercise.summary
    );
    if let Some(original) = based_on {
        header.push_str(&format!("// Based on \"{original}\".\n"));
    }
    header.push_str(
        "// Change it in Steady (Customise), or here: Steady reloads it when you save.\n",
    );
    Ok(format!("{header}{body}\n"))
}

/// Whether a file was written by the editor (and may be saved in place).
pub fn made_by_editor(file: &Path) -> bool {
    crate::fsio::read_regular(file, crate::fsio::cap::EXERCISE)
        .is_ok_and(|bytes| bytes.starts_with(EDITOR_HEADER.as_bytes()))
}

/// Where and how the editor saves.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveAs {
    /// A new file in the exercises folder, named after the id.
    NewFile,
    /// This file, in place. A file the editor did not make goes to the
    /// trash first (the person asked to replace it).
    Replace(PathBuf),
}

/// Saves an exercise from the editor; returns the file written.
pub fn save(
    exercise: &Exercise,
    how: &SaveAs,
    based_on: Option<&str>,
    paths: &Paths,
) -> Result<PathBuf, Error> {
    let text = to_text(exercise, based_on)?;
    // What is written must read back as the same exercise.
    match crate::exercise::parse(&text) {
        Ok(read) if read == *exercise => {}
        Ok(_) => return Err(Error::Refused(crate::t!("editor-not-same").into())),
        Err(error) => return Err(error),
    }
    match how {
        SaveAs::NewFile => {
            let target = free_name(&paths.exercises(), &exercise.id);
            write_new(&target, text.as_bytes())?;
            Ok(target)
        }
        SaveAs::Replace(file) => {
            if !made_by_editor(file) {
                trash(file, paths)?;
            }
            store::write_atomically(file, text.as_bytes(), NEW_FILE_MODE)?;
            Ok(file.clone())
        }
    }
}

/// An id made from a title: lowercase words joined by '-', at most 48
/// characters, never empty.
pub fn id_from_title(title: &str) -> String {
    let mut id = String::new();
    for word in title
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if id.len() + word.len() + 1 > 48 {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(word);
    }
    if id.is_empty() {
        "my-exercise".to_owned()
    } else {
        id
    }
}

/// An id from the title that no other exercise or routine uses.
pub fn free_id(title: &str, library: &Library, keep: Option<&str>) -> String {
    let base = id_from_title(title);
    let taken = |id: &str| Some(id) != keep && library.playable(id).is_some();
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|number| format!("{base}-{number}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::id_from_title;

    #[test]
    fn ids_come_from_titles() {
        assert_eq!(id_from_title("My calm breath"), "my-calm-breath");
        assert_eq!(
            id_from_title("  Box breathing (mine!) "),
            "box-breathing-mine"
        );
        assert_eq!(id_from_title("Ruhe für dich"), "ruhe-f-r-dich");
        assert_eq!(id_from_title("***"), "my-exercise");
    }
}
