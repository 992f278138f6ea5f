//! One document's failure must not end a corpus run: a panic while a
//! document is processed is caught here, and the caller reports the
//! document by its id and goes on.
//!
//! The library does not panic on any input we know of; this is the guard
//! for the inputs we do not know yet. In debug builds the environment
//! variable `NEWSGRAPH_TEST_PANIC_ON=<document id>` makes that document
//! panic, so the tests can prove the guard works.

use std::any::Any;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Whether this thread is inside [`catching`], whose caller reports the
    /// panic in one line: the default hook's message and backtrace would be
    /// noise on top.
    static CAUGHT_HERE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `work` for the document `id`; a panic becomes `Err` with its
/// message. `work` must leave nothing half-changed that outlives it: the
/// callers give it its own output (a line, a graph of one document).
pub(crate) fn catching<T>(
    id: &str,
    work: impl FnOnce() -> T,
) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CAUGHT_HERE.get() {
                default(info);
            }
        }));
    });
    CAUGHT_HERE.set(true);
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        panic_on_request(id);
        work()
    }));
    CAUGHT_HERE.set(false);
    result.map_err(|payload| message(payload.as_ref()))
}

/// The one line that reports a document given up on.
pub(crate) fn report(id: &str, message: &str) {
    eprintln!(
        "newsgraph: {id}: cannot process this document ({message}); skipped"
    );
}

fn message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

#[cfg(debug_assertions)]
fn panic_on_request(id: &str) {
    static ID: once_cell::sync::Lazy<Option<String>> =
        once_cell::sync::Lazy::new(|| {
            std::env::var("NEWSGRAPH_TEST_PANIC_ON").ok()
        });
    if ID.as_deref() == Some(id) {
        panic!("test panic, asked for by NEWSGRAPH_TEST_PANIC_ON");
    }
}

#[cfg(not(debug_assertions))]
fn panic_on_request(_: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_messages() {
        type Work = Box<dyn Fn() -> u8>;
        let rows: [(&str, Work, Result<u8, &str>); 4] = [
            ("ok", Box::new(|| 7), Ok(7)),
            ("str", Box::new(|| panic!("plain")), Err("plain")),
            (
                "string",
                Box::new(|| panic!("formatted {}", 1)),
                Err("formatted 1"),
            ),
            (
                "index",
                Box::new(|| [1u8][usize::from(std::hint::black_box(3u8))]),
                Err("index out of bounds: the len is 1 but the index is 3"),
            ),
        ];
        for (name, work, want) in rows {
            let got = catching(name, work);
            assert_eq!(
                got.as_ref().copied().map_err(String::as_str),
                want,
                "{name}"
            );
        }
        // Outside `catching`, the default hook speaks again.
        assert!(!CAUGHT_HERE.get());
    }
}
