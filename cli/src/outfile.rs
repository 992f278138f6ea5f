//! Output files (`-o`) that appear whole or not at all.
//!
//! A regular file is written to a temporary file beside it, synced, and
//! renamed over it only when everything was written: a failed or
//! interrupted run leaves the earlier file as it was and no temporary file
//! behind (see `cleanup` for signals). A symbolic link to a regular file is
//! kept: its target is replaced the same way. A FIFO or a character device
//! (`/dev/stdout`, `/dev/null`) cannot be replaced and is written directly.
//! Anything else (a folder, a block device, a link to nothing) is refused.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use tempfile::NamedTempFile;

use crate::cleanup::{self, Pending};

/// An output file, checked and prepared before the run.
pub(crate) struct OutputFile {
    /// The path as the user gave it, for messages.
    shown: PathBuf,
    target: Target,
}

enum Target {
    /// A temporary file, to be renamed to `path` (the link's target when
    /// the user named a symbolic link). Fields drop in order: the file is
    /// removed before it is unregistered, so a signal never misses it.
    Replace { path: PathBuf, temp: NamedTempFile, pending: Pending },
    /// A FIFO or character device, opened when written.
    Through,
}

/// An output written in full, waiting to be put in place.
pub(crate) struct Written(Option<OutputFile>);

impl OutputFile {
    /// Checks `path` and creates the temporary file now, so that an output
    /// folder that cannot be written fails before a long run, not after.
    pub(crate) fn create(path: &Path) -> Result<Self> {
        let shown = path.to_path_buf();
        let target = match fs::metadata(path) {
            Ok(meta) if meta.is_file() => {
                let real = if path.is_symlink() {
                    fs::canonicalize(path).map_err(|e| failed(path, &e))?
                } else {
                    path.to_path_buf()
                };
                replace(path, real, Some(meta.permissions()))?
            }
            Ok(meta) if meta.is_dir() => {
                bail!("{}: is a folder", path.display())
            }
            Ok(meta) if is_fifo_or_device(&meta) => Target::Through,
            Ok(_) => bail!(
                "{}: not a regular file, a FIFO or a character device; not replaced",
                path.display()
            ),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if path.is_symlink() {
                    bail!(
                        "{}: a symbolic link to nothing; not replaced (remove the link, or name the file it should point to)",
                        path.display()
                    );
                }
                replace(path, path.to_path_buf(), None)?
            }
            Err(e) => return Err(failed(path, &e)),
        };
        Ok(OutputFile { shown, target })
    }

    /// Writes the whole output; [`Written::commit`] puts it in place.
    pub(crate) fn write(
        mut self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<Written> {
        let shown = self.shown.clone();
        let fail = |e: io::Error| failed(&shown, &e);
        match &mut self.target {
            Target::Replace { temp, .. } => {
                let mut out = io::BufWriter::new(temp.as_file_mut());
                write(&mut out).map_err(fail)?;
                out.flush().map_err(fail)?;
                drop(out);
                temp.as_file().sync_all().map_err(fail)?;
            }
            Target::Through => {
                let file = File::options()
                    .write(true)
                    .open(&self.shown)
                    .map_err(fail)?;
                let mut out = io::BufWriter::new(file);
                write(&mut out).map_err(fail)?;
                out.flush().map_err(fail)?;
            }
        }
        Ok(Written(Some(self)))
    }
}

impl Written {
    /// Renames the temporary file into place (nothing to do for a FIFO or
    /// device), and syncs the folder so that the rename lasts.
    pub(crate) fn commit(mut self) -> Result<()> {
        let Some(file) = self.0.take() else { return Ok(()) };
        let Target::Replace { path, temp, pending } = file.target else {
            return Ok(());
        };
        pending
            .finish(|| temp.persist(&path))
            .map_err(|e| failed(&file.shown, &e.error))?;
        if let Ok(dir) = File::open(folder(&path)) {
            // Best effort: some file systems cannot sync a folder.
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

/// A temporary file beside `real`, with the permissions of the file it
/// replaces (a new file gets the usual ones, after the umask).
fn replace(
    shown: &Path,
    real: PathBuf,
    permissions: Option<fs::Permissions>,
) -> Result<Target> {
    let dir = folder(&real);
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let (temp, pending) = cleanup::create(|| builder.tempfile_in(&dir))
        .map_err(|e| {
            anyhow::anyhow!(
                "{}: cannot write in {}: {}",
                shown.display(),
                dir.display(),
                os_error(&e)
            )
        })?;
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| failed(shown, &e))?;
    }
    Ok(Target::Replace { path: real, temp, pending })
}

fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(unix)]
fn is_fifo_or_device(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo() || meta.file_type().is_char_device()
}

#[cfg(not(unix))]
fn is_fifo_or_device(_: &fs::Metadata) -> bool {
    false
}

/// `path: <error>`, naming the user's path and an OS error once.
fn failed(path: &Path, e: &io::Error) -> anyhow::Error {
    anyhow::anyhow!("{}: {}", path.display(), os_error(e))
}

/// The error without what tempfile adds to it: ` at path "<temporary
/// file>"`, a name that means nothing to the user. tempfile keeps its
/// wrapper private, so the text is cut.
fn os_error(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" at path \"") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_name_no_temporary_file() {
        let missing = io::Error::from_raw_os_error(2);
        let rows = [
            (missing.to_string(), "No such file or directory (os error 2)"),
            (
                format!("{missing} at path \"/x/.tmpAbC123\""),
                "No such file or directory (os error 2)",
            ),
            ("disk full".to_string(), "disk full"),
        ];
        for (text, want) in rows {
            let e = io::Error::other(text);
            assert_eq!(os_error(&e), want);
        }
    }
}
