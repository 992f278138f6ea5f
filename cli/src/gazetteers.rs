//! Loading the user's gazetteers, with hints for the common mistakes, and
//! the `gazetteer` subcommand.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use newsgraph::gazetteer::{SharedForm, SharedNames, SurfaceForm};
use newsgraph::{Gazetteer, Kind};

use crate::args::{GazetteerAction, GazetteerArgs, SharedNamesArg};
use crate::tally;

/// How much [`report_shared`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Say {
    /// Nothing.
    Nothing,
    /// One line with the counts.
    Summary,
    /// The counts and one line per shared form.
    Every,
}

/// The built-in gazetteers (unless `--no-builtin`) and the user's. A folder
/// without `.tsv` files is a warning: it adds nothing, which is seldom meant.
pub(crate) fn load(args: &GazetteerArgs) -> Result<Gazetteer> {
    let mut builder = if args.no_builtin {
        Gazetteer::builder()
    } else {
        Gazetteer::builtin().to_builder()
    };
    builder.shared_names(match args.shared_names {
        SharedNamesArg::Reject => SharedNames::Reject,
        SharedNamesArg::Salient => SharedNames::Salient,
        SharedNamesArg::Skip => SharedNames::Skip,
    });
    for path in &args.paths {
        if path.is_dir() && !has_tsv_files(path) {
            eprintln!(
                "newsgraph: warning: {}: no .tsv files in this folder",
                path.display()
            );
        }
        builder.load_path(path).map_err(with_hint)?;
    }
    Ok(builder.into_gazetteer()?)
}

/// Tells on stderr what `--shared-names salient|skip` settled: the counts
/// (nothing under `reject`, where a shared name is an error), and with
/// `Say::Every` each form with its entities.
pub(crate) fn report_shared(g: &Gazetteer, say: Say) {
    if say == Say::Nothing {
        return;
    }
    if let Some(line) = shared_summary(g) {
        eprintln!("newsgraph: {line}");
    }
    if say != Say::Every {
        return;
    }
    let report = g.build_report();
    let id = |e| g.get(e).map_or("?", |e| e.id());
    let ids = |s: &SharedForm| {
        s.others.iter().map(|&e| id(e)).collect::<Vec<_>>().join(", ")
    };
    for s in &report.resolved {
        let kept = s.kept_by.map_or("?", id);
        eprintln!(
            "newsgraph: shared name {:?}: kept by {kept}, a partial of {}",
            s.form,
            ids(s)
        );
    }
    for s in &report.skipped {
        eprintln!("newsgraph: shared name {:?}: skipped ({})", s.form, ids(s));
    }
}

/// `shared names (--shared-names salient): 3 forms resolved by salience,
/// 0 skipped`, or `None` under `reject`.
fn shared_summary(g: &Gazetteer) -> Option<String> {
    let report = g.build_report();
    if report.shared_names == SharedNames::Reject {
        return None;
    }
    let resolved = tally::count(report.resolved.len() as u64, "form", "forms");
    Some(format!(
        "shared names (--shared-names {}): {resolved} resolved by salience, \
         {} skipped",
        report.shared_names,
        tally::count(report.skipped.len() as u64, "form", "forms")
    ))
}

fn has_tsv_files(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.flatten().any(|e| e.path().extension().is_some_and(|x| x == "tsv"))
}

/// Adds what to do to the library's message where a mistake is common: a
/// header written with spaces or commas. (The library's messages about
/// kinds list the valid ones.)
fn with_hint(error: newsgraph::Error) -> anyhow::Error {
    let newsgraph::Error::Parse { source_name, .. } = &error else {
        return error.into();
    };
    if !header_has_no_tabs(Path::new(source_name)) {
        return error.into();
    }
    anyhow::anyhow!(
        "{error}; the header has no tabs: columns must be separated by tabs"
    )
}

/// Whether the file's header (its first line that is neither blank nor a
/// comment) has no tab.
fn header_has_no_tabs(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else { return false };
    text.lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .is_some_and(|header| !header.contains('\t'))
}

/// Entities whose `country` is not a country of the gazetteer, one line
/// each. (The library keeps each entity's file and line private, so the
/// line names the entity.)
fn country_problems(g: &Gazetteer) -> Vec<String> {
    let mut problems = Vec::new();
    for e in g.entities() {
        let Some(country) = e.country_id() else { continue };
        let found = g.find(country).and_then(|id| g.get(id));
        let problem = match found {
            Some(c) if c.kind() == Kind::Country => continue,
            Some(c) => {
                let kind = c.kind().as_str();
                let vowel = kind.starts_with(['a', 'e', 'i', 'o', 'u']);
                let a = if vowel { "an" } else { "a" };
                format!("is {a} {kind}, not a country")
            }
            None => "is in no gazetteer".to_string(),
        };
        problems.push(format!(
            "{} ({}): country {country} {problem}",
            e.id(),
            e.name()
        ));
    }
    problems
}

/// Runs a `gazetteer` subcommand; `Ok` carries its exit status.
pub(crate) fn run(action: &GazetteerAction) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match action {
        GazetteerAction::List(args) => {
            let g = load(args)?;
            writeln!(out, "id\tkind\tname\tforms")?;
            for e in g.entities() {
                let forms: Vec<&str> =
                    e.forms().iter().map(SurfaceForm::text).collect();
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    e.id(),
                    e.kind(),
                    e.name(),
                    forms.join("|")
                )?;
            }
        }
        GazetteerAction::Check(args) => {
            let g = load(args)?;
            let problems = country_problems(&g);
            for problem in &problems {
                eprintln!("newsgraph: {problem}");
            }
            if !problems.is_empty() {
                let n = problems.len() as u64;
                let n = tally::count(n, "entity has", "entities have");
                bail!("{n} a country id that is no country");
            }
            let forms: usize =
                g.entities().iter().map(|e| e.forms().len()).sum();
            writeln!(
                out,
                "ok: {} entities, {forms} forms, {} declared ambiguous",
                g.len(),
                g.ambiguities().len()
            )?;
            if let Some(line) = shared_summary(&g) {
                writeln!(out, "{line}")?;
            }
        }
        GazetteerAction::Stats(args) => {
            let g = load(args)?;
            writeln!(out, "kind\tentities\tforms")?;
            for k in Kind::ALL {
                let entities: Vec<_> =
                    g.entities().iter().filter(|e| e.kind() == k).collect();
                let forms: usize =
                    entities.iter().map(|e| e.forms().len()).sum();
                writeln!(out, "{k}\t{}\t{forms}", entities.len())?;
            }
        }
        GazetteerAction::Import(args) => {
            return crate::interchange::import(args);
        }
        GazetteerAction::Export(args) => crate::interchange::export(args)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use newsgraph::Entity;

    use super::*;

    #[test]
    fn country_ids_must_name_countries() {
        let mut b = Gazetteer::builder();
        b.add(Entity::new("Q55", "Netherlands", Kind::Country));
        b.add(Entity::new("R1", "Randstad", Kind::Region));
        b.add(Entity::new("Q727", "Amsterdam", Kind::Place).country("Q55"));
        b.add(Entity::new("P1", "Piet", Kind::Person).country("R1"));
        b.add(Entity::new("P2", "Jan", Kind::Person).country("Q999"));
        b.add(Entity::new("P3", "Kees", Kind::Person));
        let g = b.build().unwrap();
        assert_eq!(
            country_problems(&g),
            [
                "P1 (Piet): country R1 is a region, not a country",
                "P2 (Jan): country Q999 is in no gazetteer",
            ]
        );
        assert_eq!(
            country_problems(Gazetteer::builtin()),
            Vec::<String>::new()
        );
    }
}
