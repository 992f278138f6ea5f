//! What a run read, for its summary line and its exit status.

use std::process::ExitCode;

/// The exit statuses, as `--help` and the README list them.
pub(crate) const EXIT_STATUSES: &str = "\
Exit status:
  0  every document was read and processed
  1  some documents failed or could not be read (each is named on
     stderr); the output holds the others
  2  error: the run stopped (one line on stderr says why); an output file
     (-o) is left as it was
  3  no documents were read (a warning); the output is empty
  130, 143  interrupted by SIGINT (Ctrl-C) or SIGTERM while writing a
     graph: the output file is left as it was, with no temporary file";

/// Counts of one run over documents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Documents processed.
    pub(crate) documents: u64,
    /// Documents whose processing panicked, reported and left out.
    pub(crate) failed: u64,
    /// Documents that could not be read (broken JSON lines, files that are
    /// not UTF-8), reported and left out.
    pub(crate) unreadable: u64,
    /// Files in folders not read for their extension.
    pub(crate) skipped_files: usize,
}

impl Tally {
    /// Warns on stderr when nothing was read: an empty graph is more often
    /// a wrong path than a wish.
    pub(crate) fn warn(&self) {
        if self.documents == 0 && self.failed == 0 && self.unreadable == 0 {
            eprintln!("newsgraph: warning: no documents read");
        }
    }

    /// The exit status of a run that did not fail as a whole.
    pub(crate) fn exit_code(&self) -> ExitCode {
        if self.failed > 0 || self.unreadable > 0 {
            ExitCode::from(1)
        } else if self.documents == 0 {
            ExitCode::from(3)
        } else {
            ExitCode::SUCCESS
        }
    }

    /// `from 2 documents; 1 document failed; …`, the end of a summary line,
    /// with `extra` (`; 8 entities …`) after the documents.
    pub(crate) fn summary(&self, extra: &str) -> String {
        let mut out =
            format!("from {}", count(self.documents, "document", "documents"));
        out += extra;
        if self.failed > 0 {
            out += &format!(
                "; {} failed",
                count(self.failed, "document", "documents")
            );
        }
        if self.unreadable > 0 {
            let n = count(self.unreadable, "document", "documents");
            out += &format!("; {n} could not be read");
        }
        if self.skipped_files > 0 {
            let n = count(self.skipped_files as u64, "file", "files");
            out += &format!(
                "; {n} in folders skipped for their extension (--verbose)"
            );
        }
        out
    }
}

/// `1 document`, `2 documents`.
pub(crate) fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_and_statuses() {
        let t = |documents, failed, unreadable, skipped_files| Tally {
            documents,
            failed,
            unreadable,
            skipped_files,
        };
        let rows = [
            (t(2, 0, 0, 0), "from 2 documents", ExitCode::SUCCESS),
            (t(1, 0, 0, 0), "from 1 document", ExitCode::SUCCESS),
            (
                t(1, 0, 0, 3),
                "from 1 document; 3 files in folders skipped for their extension (--verbose)",
                ExitCode::SUCCESS,
            ),
            (
                t(4, 1, 0, 0),
                "from 4 documents; 1 document failed",
                ExitCode::from(1),
            ),
            (
                t(4, 0, 2, 0),
                "from 4 documents; 2 documents could not be read",
                ExitCode::from(1),
            ),
            (
                t(0, 0, 0, 1),
                "from 0 documents; 1 file in folders skipped for their extension (--verbose)",
                ExitCode::from(3),
            ),
            (
                t(0, 0, 1, 0),
                "from 0 documents; 1 document could not be read",
                ExitCode::from(1),
            ),
        ];
        for (tally, summary, code) in rows {
            assert_eq!(tally.summary(""), summary);
            assert_eq!(tally.exit_code(), code, "{summary}");
        }
    }

    #[test]
    fn counts() {
        let rows = [(0, "0 entities"), (1, "1 entity"), (8, "8 entities")];
        for (n, want) in rows {
            assert_eq!(count(n, "entity", "entities"), want);
        }
    }
}
