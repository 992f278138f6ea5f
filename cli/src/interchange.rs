//! `gazetteer import` and `gazetteer export`: other tools' gazetteers in,
//! spaCy patterns out, over `newsgraph::import` and
//! `newsgraph::export::spacy`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use newsgraph::import::{Format, Importer, KindMap};
use newsgraph::{Gazetteer, Kind};

use crate::args::{ExportArgs, ExportFormat, ImportArgs, ImportFormat};
use crate::gazetteers;
use crate::outfile::OutputFile;

/// Runs an import: one line per problem and a summary on stderr; exit
/// status 1 when malformed lines were skipped.
pub(crate) fn import(args: &ImportArgs) -> Result<ExitCode> {
    let format = match args.from {
        ImportFormat::Spacy => Format::Spacy,
        ImportFormat::Gate => Format::Gate,
        ImportFormat::Wikidata => Format::Wikidata,
        ImportFormat::Wdqs => Format::Wdqs,
    };
    let mut map = if args.no_default_map {
        KindMap::new()
    } else {
        KindMap::defaults(format)
    };
    for spec in &args.map {
        map.insert_spec(spec).map_err(|e| anyhow::anyhow!("--map {e}"))?;
    }
    let languages: Vec<&str> = args
        .languages
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if languages.is_empty() {
        bail!("--languages: name at least one language");
    }
    let builtin = Gazetteer::builtin();
    let countries = builtin
        .entities()
        .iter()
        .filter(|e| e.kind() == Kind::Country)
        .map(|e| e.id().to_string());
    let mut importer = Importer::new(format);
    importer
        .map(map)
        .languages(&languages)
        .countries(countries)
        .kind(args.kind)
        .separator(args.separator)
        .strict(args.strict);
    if !args.keep_builtin_ids {
        importer
            .leave_out(builtin.entities().iter().map(|e| e.id().to_string()));
    }
    if let Some(date) = &args.date {
        importer.date(date.clone());
    }
    let report = importer.run(&args.inputs, &args.output)?;
    for problem in &report.problems {
        eprintln!("newsgraph: {problem}; skipped");
    }
    let files: Vec<String> =
        report.files.iter().map(|f| f.display().to_string()).collect();
    eprintln!(
        "newsgraph: {}{}",
        report.summary(),
        if files.is_empty() {
            "; no file written".to_string()
        } else {
            format!("; wrote {}", files.join(", "))
        }
    );
    if report.shared_forms > 0 {
        eprintln!(
            "newsgraph: note: {} forms are shared by several imported \
             entities: load the files with --shared-names salient or skip",
            report.shared_forms
        );
    }
    let malformed = report.skipped.get("malformed line").copied().unwrap_or(0);
    Ok(if malformed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Writes the patterns of the gazetteers; a summary on stderr.
pub(crate) fn export(args: &ExportArgs) -> Result<()> {
    let ExportFormat::Spacy = args.to;
    let mut labels = BTreeMap::new();
    for spec in &args.label {
        let Some((kind, label)) = spec.split_once('=') else {
            bail!("--label {spec:?}: expected KIND=LABEL");
        };
        let kind: Kind = kind.trim().parse().context("--label")?;
        if label.trim().is_empty() {
            bail!("--label {spec:?}: empty label");
        }
        labels.insert(kind, label.trim().to_string());
    }
    let gazetteer = gazetteers::load(&args.gazetteers)?;
    let file = OutputFile::create(&args.output)?;
    let mut report = None;
    file.write(|w| {
        report =
            Some(newsgraph::export::spacy::write(&gazetteer, &labels, w)?);
        Ok(())
    })?
    .commit()?;
    let report = report.expect("written");
    let skipped: Vec<String> =
        report.skipped.iter().map(|(why, n)| format!("{n} {why}")).collect();
    eprintln!(
        "newsgraph: wrote {}: {} patterns of {} entities{}",
        args.output.display(),
        report.patterns,
        report.entities,
        if skipped.is_empty() {
            String::new()
        } else {
            format!("; left out {}", skipped.join(", "))
        }
    );
    Ok(())
}
