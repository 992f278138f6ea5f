//! Temporary output files to remove when SIGINT or SIGTERM ends the run.
//!
//! Destructors remove a temporary file on every error path, but a signal
//! ends the process without running them. While a temporary file is
//! pending, a thread waits for either signal, removes what is pending and
//! exits with 128 + the signal's number (130, 143), as shells report it.

use std::io;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, PoisonError};

use tempfile::NamedTempFile;

/// The temporary files to remove on a signal.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A registered temporary file; dropping it unregisters it.
pub(crate) struct Pending(PathBuf);

/// Creates a temporary file with `create` and registers it for removal on
/// SIGINT or SIGTERM, with the signal thread held off in between, so that
/// no signal can come after the file exists but before it is known.
pub(crate) fn create(
    create: impl FnOnce() -> io::Result<NamedTempFile>,
) -> io::Result<(NamedTempFile, Pending)> {
    watch_signals()?;
    let mut list = pending();
    let file = create()?;
    list.push(file.path().to_path_buf());
    let registered = Pending(file.path().to_path_buf());
    Ok((file, registered))
}

impl Pending {
    /// Runs `rename` (the temporary file into place) while the signal
    /// thread is held off, so that it can neither remove the file half-way
    /// nor miss it.
    pub(crate) fn finish<T>(self, rename: impl FnOnce() -> T) -> T {
        let mut list = pending();
        let result = rename();
        list.retain(|p| *p != self.0);
        result
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        pending().retain(|p| *p != self.0);
    }
}

#[cfg(unix)]
fn watch_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    static WATCHING: once_cell::sync::OnceCell<()> =
        once_cell::sync::OnceCell::new();
    WATCHING.get_or_try_init(|| {
        let mut signals =
            signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held until exit: no rename can start after this.
                let list = pending();
                for path in list.iter() {
                    let _ = std::fs::remove_file(path);
                }
                std::process::exit(128 + signal);
            }
        });
        Ok::<(), io::Error>(())
    })?;
    Ok(())
}

#[cfg(not(unix))]
fn watch_signals() -> io::Result<()> {
    Ok(())
}
