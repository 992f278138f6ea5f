//! The Python package (`python/`): builds its wheel with maturin, installs
//! it into a virtual environment and runs its tests (`python/tests`) with
//! pytest, giving them this crate's `newsgraph` command to compare with.
//!
//! The environment is `$NEWSGRAPH_PYTHON_VENV`, else `target/python-venv`
//! when it exists, with the packages of `python/requirements-test.txt`
//! (`.ci/run` makes it). Without one the test passes with a note, except
//! under `CI=true`, where it fails.
//!
//! The wheel is built in a target folder of its own
//! (`target/python-build`): `cargo test` still holds the lock of `target/`
//! while tests run, and a cargo started by maturin would wait for it
//! forever.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

/// The virtual environment to use, or `None` (a skip) outside CI.
fn venv() -> Option<PathBuf> {
    let venv = match std::env::var_os("NEWSGRAPH_PYTHON_VENV") {
        Some(path) => PathBuf::from(path),
        None => root().join("target/python-venv"),
    };
    if venv.join("bin/maturin").is_file() {
        return Some(venv);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI must provide a Python environment with maturin at {}",
        venv.display()
    );
    // Straight to stderr: the test harness would swallow eprintln!.
    let _ = writeln!(
        std::io::stderr(),
        "\nnote: Python package tests skipped: no maturin in {} (see the \
         README's Tests section)",
        venv.display()
    );
    None
}

/// Runs `command`, and fails the test with its output if it fails.
fn run(what: &str, command: &mut Command) -> String {
    let output =
        command.output().unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    stdout
}

#[test]
fn python_package_builds_and_passes_its_tests() {
    let Some(venv) = venv() else { return };
    let root = root();
    let build = root.join("target/python-build");
    let wheels = build.join("wheels");
    // Only this build's wheel in the folder, so that it is the one
    // installed.
    let _ = std::fs::remove_dir_all(&wheels);
    let python = venv.join("bin/python");
    run(
        "maturin build",
        Command::new(venv.join("bin/maturin"))
            .args(["build", "--release", "--quiet", "-m", "python/Cargo.toml"])
            .arg("--interpreter")
            .arg(&python)
            .arg("--out")
            .arg(&wheels)
            .current_dir(&root)
            .env("CARGO_TARGET_DIR", &build),
    );
    let wheel = std::fs::read_dir(&wheels)
        .expect("maturin wrote its folder")
        .map(|e| e.expect("readable folder").path())
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .expect("maturin wrote a wheel");
    let name = wheel.file_name().unwrap().to_string_lossy().to_string();
    assert!(name.contains("-cp39-abi3-"), "not an abi3 wheel: {name}");
    run(
        "pip install",
        Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--no-deps"])
            .args(["--force-reinstall", "--disable-pip-version-check"])
            .arg(&wheel),
    );
    let report = run(
        "pytest",
        Command::new(&python)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
            .arg(root.join("python/tests"))
            .current_dir(&root)
            .env("NEWSGRAPH_CLI", env!("CARGO_BIN_EXE_newsgraph")),
    );
    // pytest's summary, for the log of `cargo test -- --nocapture`.
    let summary = report.lines().last().unwrap_or_default();
    let _ = writeln!(std::io::stderr(), "python/tests: {summary}");
    assert!(!summary.contains("skipped"), "tests were skipped: {summary}");
}
