//! The `newsgraph` command: a thin layer over the library.

use std::process::ExitCode;

use clap::Parser;

mod args;
mod cleanup;
mod commands;
mod extraction;
mod gazetteers;
mod input;
mod isolate;
mod outfile;
mod output;
mod tally;

fn main() -> ExitCode {
    let args = args::Cli::parse();
    match commands::run(args) {
        Ok(code) => code,
        // `newsgraph extract … | head` closes the pipe early: not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsgraph: {e:#}");
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
