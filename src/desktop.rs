//! Handing a file or folder to the desktop: the person's default editor or
//! file manager opens it (`xdg-open`).

use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::Error;

/// Opens `path` with the desktop's default program, without waiting for it.
pub fn open(path: &Path) -> Result<(), Error> {
    let child = Command::new("xdg-open")
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| {
            Error::Refused(crate::t!(
                "file-not-opened",
                file = path.display().to_string(),
                error = error.to_string()
            ))
        })?;
    // Reap it when it ends, so no zombie is left behind.
    let _ = std::thread::Builder::new()
        .name("steady-xdg-open".into())
        .spawn(move || {
            let mut child = child;
            let _ = child.wait();
        });
    Ok(())
}
