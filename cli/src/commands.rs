//! The subcommands, over the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::graph::{Datelines, GraphFilter, Rank, Themes};
use newsgraph::{
    CooccurrenceGraph, Extractor, Gazetteer, GraphConfig, Kind, Window,
};
use rayon::prelude::*;

use crate::args::{
    Cli, Command, Common, ExtractArgs, ExtractFormat, GazetteerAction,
    GazetteerArgs, GraphArgs, GraphFormat, KindArg, RankArg, WindowArg,
};
use crate::input::{Document, Documents};
use crate::output;

/// Documents are processed in batches of at most this many documents or
/// bytes: enough to keep every core busy, small enough for flat memory.
const BATCH_DOCUMENTS: usize = 512;
const BATCH_BYTES: usize = 4 << 20;

pub(crate) fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Graph(args) => graph(&args),
        Command::Gazetteer { action } => gazetteer(&action),
    }
}

fn load_gazetteer(args: &GazetteerArgs) -> Result<Gazetteer> {
    let mut builder = if args.no_builtin {
        Gazetteer::builder()
    } else {
        Gazetteer::builtin().to_builder()
    };
    for path in &args.paths {
        builder.load_path(path)?;
    }
    Ok(builder.build()?)
}

/// Runs `work` on every batch of documents in parallel, with progress.
fn for_each_batch(
    common: &Common,
    mut work: impl FnMut(&rayon::ThreadPool, &[Document]) -> Result<()>,
) -> Result<()> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = common.threads {
        pool = pool.num_threads(n);
    }
    let pool = pool.build().context("cannot start worker threads")?;
    let progress = progress_bar(common.quiet);
    let mut documents =
        Documents::open(&common.inputs, common.stdin_jsonl, common.strict)?;
    let (mut count, mut batch, mut bytes) = (0u64, Vec::new(), 0usize);
    loop {
        let next = documents.next().transpose()?;
        let done = next.is_none();
        if let Some(doc) = next {
            bytes += doc.text.len();
            batch.push(doc);
        }
        if !batch.is_empty()
            && (done || batch.len() >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES)
        {
            work(&pool, &batch)?;
            count += batch.len() as u64;
            progress.inc(bytes as u64);
            let per_second =
                count as f64 / progress.elapsed().as_secs_f64().max(1e-3);
            progress
                .set_message(format!("{count} documents ({per_second:.0}/s)"));
            batch.clear();
            bytes = 0;
        }
        if done {
            break;
        }
    }
    progress.finish_and_clear();
    Ok(())
}

/// A progress bar on a terminal; nothing when stderr is piped or `--quiet`.
fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar =
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {msg}, {binary_bytes} ({binary_bytes_per_sec}), {elapsed}",
        )
        .expect("valid template"),
    );
    bar
}

fn extract(args: &ExtractArgs) -> Result<()> {
    let extractor = Extractor::new(&load_gazetteer(&args.common.gazetteers)?)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if matches!(args.format, ExtractFormat::Tsv) {
        out.write_all(output::TSV_HEADER.as_bytes())?;
    }
    for_each_batch(&args.common, |pool, batch| {
        let lines: Vec<String> = pool.install(|| {
            batch
                .par_iter()
                .map(|doc| {
                    let x = extractor.extract_document(
                        &doc.id,
                        doc.date.as_deref(),
                        &doc.text,
                    );
                    match args.format {
                        ExtractFormat::Jsonl => output::json_line(&x),
                        ExtractFormat::Tsv => output::tsv_lines(&x),
                    }
                })
                .collect()
        });
        for line in lines {
            out.write_all(line.as_bytes())?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(())
}

fn graph(args: &GraphArgs) -> Result<()> {
    let format = match args.format {
        Some(format) => format,
        None => format_of(&args.output)?,
    };
    let extractor = Extractor::new(&load_gazetteer(&args.common.gazetteers)?)?;
    let config = GraphConfig::default()
        .window(match args.window {
            WindowArg::Sentence => Window::Sentence,
            WindowArg::Paragraph => Window::Paragraph,
            WindowArg::Item => Window::Item,
            WindowArg::Document => Window::Document,
        })
        .evidence(args.evidence)
        .datelines(if args.include_datelines {
            Datelines::Include
        } else {
            Datelines::Exclude
        })
        .themes(if args.theme_nodes {
            Themes::AsNodes
        } else {
            Themes::OnEdges
        });
    let mut graph = CooccurrenceGraph::new(config);
    for_each_batch(&args.common, |pool, batch| {
        let part = pool.install(|| {
            batch
                .par_iter()
                .fold(
                    || CooccurrenceGraph::new(config),
                    |mut g, doc| {
                        let x = extractor.extract_document(
                            &doc.id,
                            doc.date.as_deref(),
                            &doc.text,
                        );
                        g.add(&x, &doc.text);
                        g
                    },
                )
                .reduce(
                    || CooccurrenceGraph::new(config),
                    |mut a, b| {
                        a.merge(&b).expect("one configuration");
                        a
                    },
                )
        });
        graph.merge(&part).expect("one configuration");
        Ok(())
    })?;
    let mut filter = GraphFilter::default()
        .min_weight(args.min_weight)
        .min_documents(args.min_documents)
        .kinds(
            (!args.kinds.is_empty())
                .then(|| args.kinds.iter().map(|&k| kind(k)).collect()),
        )
        .drop_isolated(!args.keep_isolated);
    if let Some(k) = args.top {
        filter = filter.top(
            k,
            match args.rank {
                RankArg::Weight => Rank::Weight,
                RankArg::Npmi => Rank::Npmi,
            },
        );
    }
    let graph = graph.filtered(&filter);
    use newsgraph::export;
    match format {
        GraphFormat::Graphml => output::write_atomically(&args.output, |w| {
            export::graphml::write(&graph, w)
        }),
        GraphFormat::Json => output::write_atomically(&args.output, |w| {
            export::json::write(&graph, w)
        }),
        GraphFormat::Csv => {
            let (nodes, edges) = csv_paths(&args.output);
            output::write_atomically(&nodes, |w| {
                export::csv::write_nodes(&graph, w)
            })?;
            output::write_atomically(&edges, |w| {
                export::csv::write_edges(&graph, w)
            })
        }
    }
}

fn format_of(path: &Path) -> Result<GraphFormat> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("graphml") => Ok(GraphFormat::Graphml),
        Some("json") => Ok(GraphFormat::Json),
        Some("csv") => Ok(GraphFormat::Csv),
        _ => bail!(
            "{}: cannot tell the format from the extension; use .graphml, .json or .csv, or --format",
            path.display()
        ),
    }
}

/// `out/graph.csv` → `out/graph-nodes.csv`, `out/graph-edges.csv`.
fn csv_paths(path: &Path) -> (PathBuf, PathBuf) {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("graph");
    (
        path.with_file_name(format!("{stem}-nodes.csv")),
        path.with_file_name(format!("{stem}-edges.csv")),
    )
}

fn kind(k: KindArg) -> Kind {
    match k {
        KindArg::Person => Kind::Person,
        KindArg::Country => Kind::Country,
        KindArg::Region => Kind::Region,
        KindArg::Place => Kind::Place,
        KindArg::Organisation => Kind::Organisation,
        KindArg::Theme => Kind::Theme,
    }
}

fn gazetteer(action: &GazetteerAction) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match action {
        GazetteerAction::List(args) => {
            let g = load_gazetteer(args)?;
            writeln!(out, "id\tkind\tname\tforms")?;
            for e in g.entities() {
                let forms: Vec<&str> =
                    e.forms().iter().map(|f| f.text.as_str()).collect();
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
            let g = load_gazetteer(args)?;
            let forms: usize =
                g.entities().iter().map(|e| e.forms().len()).sum();
            writeln!(
                out,
                "ok: {} entities, {forms} forms, {} declared ambiguous",
                g.len(),
                g.ambiguities().len()
            )?;
        }
        GazetteerAction::Stats(args) => {
            let g = load_gazetteer(args)?;
            writeln!(out, "kind\tentities\tforms")?;
            for k in Kind::ALL {
                let entities: Vec<_> =
                    g.entities().iter().filter(|e| e.kind() == k).collect();
                let forms: usize =
                    entities.iter().map(|e| e.forms().len()).sum();
                writeln!(out, "{k}\t{}\t{forms}", entities.len())?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
