//! The `newsgraph` command: a thin layer over the library.

use std::process::ExitCode;

use clap::Parser;

mod args;
mod cleanup;
mod commands;
mod extraction;
mod gazetteers;
mod input;
mod interchange;
mod isolate;
mod outfile;
mod output;
mod report;
mod tally;

fn main() -> ExitCode {
    let args = args::Cli::parse();
    match commands::run(args) {
        Ok(code) => code,
        // `newsgraph extract … | head` closes the pipe early: not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsgraph: {}", message(&e));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes, joined by `: `. A cause that the message
/// before it already ends with is left out: the library's errors print
/// their source, and the OS error should be said once.
fn message(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if out.ends_with(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_each_cause_once() {
        let os = || std::io::Error::from_raw_os_error(2);
        let gazetteer =
            newsgraph::Error::Io { path: "/x.tsv".into(), source: os() };
        let rows = [
            (
                anyhow::Error::new(gazetteer),
                "/x.tsv: No such file or directory (os error 2)",
            ),
            (
                anyhow::Error::new(os()).context("/y.txt"),
                "/y.txt: No such file or directory (os error 2)",
            ),
            (
                anyhow::anyhow!("outer").context("a").context("b"),
                "b: a: outer",
            ),
        ];
        for (error, want) in rows {
            assert_eq!(message(&error), want);
        }
    }
}
