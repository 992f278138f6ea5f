//! The subcommands, over the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::graph::{Datelines, GraphFilter, Rank, Themes};
use newsgraph::{
    CooccurrenceGraph, Extractor, Gazetteer, GraphConfig, Window,
};
use rayon::prelude::*;

use crate::args::{
    Cli, Command, Common, ExtractArgs, ExtractFormat, GraphFormat,
    GraphOptions, RankArg, ReportArgs, ReportOptions, WindowArg,
};
use crate::input::{self, Documents, StdinMode};
use crate::outfile::OutputFile;
use crate::tally::{self, Tally};
use crate::{extraction, gazetteers, isolate, output, report};
use newsgraph::corpus::Document;

/// Documents are processed in batches of at most this many documents or
/// bytes: enough to keep every core busy, small enough for flat memory.
const BATCH_DOCUMENTS: usize = 512;
const BATCH_BYTES: usize = 4 << 20;

/// Runs a subcommand; `Ok` carries the exit status of a run that went to
/// its end (see [`tally::EXIT_STATUSES`]).
pub(crate) fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Graph(args) => {
            let format = match args.format {
                Some(format) => format,
                None => format_of(&args.output)?,
            };
            graph(&GraphRun {
                common: &args.common,
                output: &args.output,
                format,
                options: &args.graph,
                report: &args.report,
                command: "graph",
            })
        }
        Command::Report(args) => graph(&GraphRun::report(&args)),
        Command::Gazetteer { action } => gazetteers::run(&action),
    }
}

/// Runs `work` on every batch of documents in parallel, with progress;
/// `work` returns how many documents of the batch failed.
fn for_each_batch(
    common: &Common,
    command: &str,
    mut work: impl FnMut(&rayon::ThreadPool, &[Document]) -> Result<u64>,
) -> Result<Tally> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = common.threads {
        pool = pool.num_threads(n);
    }
    let pool = pool.build().context("cannot start worker threads")?;
    let progress = progress_bar(common.quiet);
    let mut documents = Documents::open(
        &inputs(common, command)?,
        stdin_mode(common),
        common.strict,
    )?;
    if common.verbose {
        for file in documents.skipped_files() {
            eprintln!(
                "newsgraph: {}: skipped (not {})",
                file.display(),
                input::EXTENSIONS
            );
        }
    }
    let mut tally = Tally {
        skipped_files: documents.skipped_files().len(),
        ..Tally::default()
    };
    let (mut count, mut batch, mut bytes) = (0u64, Vec::new(), 0usize);
    loop {
        let next = documents.next().transpose()?;
        let done = next.is_none();
        if let Some(doc) = next {
            bytes +=
                doc.text.len() + doc.title.as_ref().map_or(0, String::len);
            batch.push(doc);
        }
        if !batch.is_empty()
            && (done || batch.len() >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES)
        {
            let failed = work(&pool, &batch)?;
            tally.failed += failed;
            tally.documents += batch.len() as u64 - failed;
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
    tally.unreadable = documents.skipped_documents();
    tally.warn();
    Ok(tally)
}

/// The inputs to read: standard input when none are given, unless it is a
/// terminal, where waiting for typed text would look like a hang.
fn inputs(common: &Common, command: &str) -> Result<Vec<PathBuf>> {
    if !common.inputs.is_empty() {
        return Ok(common.inputs.clone());
    }
    if std::io::stdin().is_terminal() {
        let mut cli = <Cli as clap::CommandFactory>::command();
        // Building names subcommands `newsgraph extract` in their usage.
        cli.build();
        let usage = match cli.find_subcommand_mut(command) {
            Some(command) => command.render_usage().to_string(),
            None => cli.render_usage().to_string(),
        };
        bail!(
            "no INPUT given, and standard input is a terminal\n\n{usage}\n\nName files or folders, or `-` to type a document (end it with Ctrl-D); --help says more"
        );
    }
    Ok(vec![PathBuf::from("-")])
}

fn stdin_mode(common: &Common) -> StdinMode {
    if common.stdin_jsonl {
        StdinMode::Jsonl
    } else if common.stdin_text {
        StdinMode::Text
    } else {
        StdinMode::Detect
    }
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

/// The gazetteers of a run, telling on stderr what `--shared-names`
/// settled (one line; every form with `--verbose`; nothing with `--quiet`).
fn load_gazetteers(common: &Common) -> Result<Gazetteer> {
    let gazetteer = gazetteers::load(&common.gazetteers)?;
    let say = if common.quiet {
        gazetteers::Say::Nothing
    } else if common.verbose {
        gazetteers::Say::Every
    } else {
        gazetteers::Say::Summary
    };
    gazetteers::report_shared(&gazetteer, say);
    Ok(gazetteer)
}

fn extract(args: &ExtractArgs) -> Result<ExitCode> {
    let extractor = Extractor::builder()
        .discover(!args.common.no_discover)
        .build(&load_gazetteers(&args.common)?)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if matches!(args.format, ExtractFormat::Tsv) {
        out.write_all(output::TSV_HEADER.as_bytes())?;
    }
    let mut mentions = 0u64;
    let format = args.format;
    let tally = for_each_batch(&args.common, "extract", |pool, batch| {
        // Documents of one block are extracted in parallel, each into its
        // own buffer; larger ones in turn, written as their blocks come.
        let results: Vec<_> = pool.install(|| {
            batch
                .par_iter()
                .map(|doc| {
                    (!is_large(doc)).then(|| {
                        isolate::catching(&doc.id, || {
                            let mut line = Vec::new();
                            let n = write_document(
                                &extractor, doc, format, &mut line,
                            )
                            .expect("writing to memory");
                            (line, n)
                        })
                    })
                })
                .collect()
        });
        let mut failed = 0;
        for (doc, result) in batch.iter().zip(results) {
            let result = match result {
                Some(result) => {
                    result.map(|(line, n)| out.write_all(&line).map(|()| n))
                }
                None => {
                    let written = isolate::catching(&doc.id, || {
                        write_document(&extractor, doc, format, &mut out)
                    });
                    // A line cut short ends, so that the next is whole.
                    if written.is_err() && format == ExtractFormat::Jsonl {
                        out.write_all(b"\n")?;
                    }
                    written
                }
            };
            match result {
                Ok(written) => mentions += written?,
                Err(message) => {
                    isolate::report(&doc.id, &message);
                    failed += 1;
                }
            }
        }
        Ok(failed)
    })?;
    out.flush()?;
    if !args.common.quiet {
        let found = tally::count(mentions, "mention", "mentions");
        eprintln!("extracted {found} {}", tally.summary(""));
    }
    Ok(tally.exit_code())
}

/// Whether `doc` is longer than one block, and so written as it is
/// extracted rather than buffered.
fn is_large(doc: &Document) -> bool {
    doc.text.len() + doc.title.as_ref().map_or(0, String::len)
        > extraction::BLOCK_BYTES
}

/// Extracts `doc` and writes its output to `out`, block by block; returns
/// its number of mentions.
fn write_document(
    extractor: &Extractor,
    doc: &Document,
    format: ExtractFormat,
    out: impl Write,
) -> std::io::Result<u64> {
    let mut writer = output::DocumentWriter::start(
        out,
        format,
        &doc.id,
        doc.date.as_deref(),
    )?;
    let mut result = Ok(());
    extraction::extract_blocks(extractor, doc, |field, x| {
        if result.is_ok() {
            result = writer.block(field, x);
        }
    });
    result?;
    writer.finish()
}

/// What `graph` and `report` share: the inputs, the graph's options, and
/// where and how to write it.
struct GraphRun<'a> {
    common: &'a Common,
    output: &'a Path,
    format: GraphFormat,
    options: &'a GraphOptions,
    report: &'a ReportOptions,
    /// The subcommand, for the usage shown when no input is given.
    command: &'static str,
}

impl<'a> GraphRun<'a> {
    fn report(args: &'a ReportArgs) -> Self {
        GraphRun {
            common: &args.common,
            output: &args.output,
            format: GraphFormat::Html,
            options: &args.graph,
            report: &args.report,
            command: "report",
        }
    }
}

fn graph(run: &GraphRun<'_>) -> Result<ExitCode> {
    let (common, options) = (run.common, run.options);
    // Before the run: a path that cannot be written fails at once.
    let (outputs, written) = match run.format {
        GraphFormat::Csv => {
            let (nodes, edges) = csv_paths(run.output);
            let shown = format!("{} and {}", nodes.display(), edges.display());
            let files =
                (OutputFile::create(&nodes)?, OutputFile::create(&edges)?);
            (Outputs::Csv(files.0, files.1), shown)
        }
        GraphFormat::Graphml => (
            Outputs::Graphml(OutputFile::create(run.output)?),
            run.output.display().to_string(),
        ),
        GraphFormat::Json => (
            Outputs::Json(OutputFile::create(run.output)?),
            run.output.display().to_string(),
        ),
        GraphFormat::Html => (
            Outputs::Html(OutputFile::create(run.output)?),
            run.output.display().to_string(),
        ),
        GraphFormat::Gexf => (
            Outputs::Gexf(OutputFile::create(run.output)?),
            run.output.display().to_string(),
        ),
    };
    let gazetteer = load_gazetteers(common)?;
    let extractor = Extractor::builder()
        .discover(!common.no_discover)
        .build(&gazetteer)?;
    let config = GraphConfig::default()
        .window(match options.window {
            WindowArg::Sentence => Window::Sentence,
            WindowArg::Paragraph => Window::Paragraph,
            WindowArg::Item => Window::Item,
            WindowArg::Document => Window::Document,
        })
        .evidence(options.evidence)
        .datelines(if options.include_datelines {
            Datelines::Include
        } else {
            Datelines::Exclude
        })
        .themes(if options.theme_nodes {
            Themes::AsNodes
        } else {
            Themes::OnEdges
        });
    let mut graph = CooccurrenceGraph::new(config);
    // The report shows the text of cited documents: keep them until the
    // graph is filtered and the citations are known.
    let mut kept = Vec::new();
    let keep = matches!(outputs, Outputs::Html(_));
    let tally = for_each_batch(common, run.command, |pool, batch| {
        let (part, mut failures) =
            pool.install(|| graph_of(&extractor, config, batch));
        failures.sort_unstable_by_key(|&(i, _)| i);
        for (i, message) in &failures {
            isolate::report(&batch[*i].id, message);
        }
        graph.merge(&part).expect("one configuration");
        if keep {
            kept.extend(
                batch
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !failures.iter().any(|(f, _)| f == i))
                    .map(|(_, doc)| doc.clone()),
            );
        }
        Ok(failures.len() as u64)
    })?;
    let mut filter = GraphFilter::default()
        .min_weight(options.min_weight)
        .min_documents(options.min_documents)
        .kinds((!options.kinds.is_empty()).then(|| options.kinds.clone()))
        .drop_isolated(!options.keep_isolated);
    if let Some(k) = options.top {
        filter = filter.top(
            k,
            match options.rank {
                RankArg::Weight => Rank::Weight,
                RankArg::Npmi => Rank::Npmi,
            },
        );
    }
    // The filter keeps the nodes of the chosen kinds that have an edge
    // (unless --keep-isolated): the difference is what the summary calls
    // left out for having no edge.
    let kinds = &options.kinds;
    let of_kinds = graph
        .nodes()
        .iter()
        .filter(|n| kinds.is_empty() || kinds.contains(&n.kind))
        .count();
    let graph = graph.filtered(&filter);
    use newsgraph::export;
    match outputs {
        Outputs::Graphml(file) => {
            file.write(|w| export::graphml::write(&graph, w))?.commit()?;
        }
        Outputs::Json(file) => {
            file.write(|w| export::json::write(&graph, w))?.commit()?;
        }
        Outputs::Gexf(file) => {
            file.write(|w| export::gexf::write(&graph, w))?.commit()?;
        }
        Outputs::Csv(nodes, edges) => {
            let nodes =
                nodes.write(|w| export::csv::write_nodes(&graph, w))?;
            let edges =
                edges.write(|w| export::csv::write_edges(&graph, w))?;
            nodes.commit()?;
            edges.commit()?;
        }
        Outputs::Html(file) => {
            let page = report::Page {
                graph: &graph,
                gazetteer: &gazetteer,
                extractor: &extractor,
                documents: &kept,
                title: &report::title(&common.inputs),
                options: run.report,
                threads: common.threads,
            };
            let report = page.build()?;
            file.write(|w| report.write(w))?.commit()?;
        }
    }
    if !common.quiet {
        let left_out = (of_kinds - graph.node_count()) as u64;
        let isolated = if options.keep_isolated || left_out == 0 {
            String::new()
        } else {
            let n = tally::count(left_out, "entity", "entities");
            format!("; {n} without edges left out (--keep-isolated)")
        };
        eprintln!(
            "wrote {written}: {}, {} {}",
            tally::count(graph.node_count() as u64, "node", "nodes"),
            tally::count(graph.edge_count() as u64, "edge", "edges"),
            tally.summary(&isolated)
        );
    }
    Ok(tally.exit_code())
}

/// The files of one graph, by format: CSV is two tables.
enum Outputs {
    Graphml(OutputFile),
    Json(OutputFile),
    Gexf(OutputFile),
    Csv(OutputFile, OutputFile),
    Html(OutputFile),
}

/// Documents per graph built on one thread before graphs are merged: few
/// enough that building a chunk again after a failure costs little, many
/// enough that merging costs little.
const CHUNK_DOCUMENTS: usize = 16;

/// The graph of a batch of documents, built in parallel, with the batch
/// index and panic message of each document that failed.
fn graph_of(
    extractor: &Extractor,
    config: GraphConfig,
    batch: &[Document],
) -> (CooccurrenceGraph, Vec<(usize, String)>) {
    let empty = || (CooccurrenceGraph::new(config), Vec::new());
    batch
        .par_chunks(CHUNK_DOCUMENTS)
        .enumerate()
        .map(|(n, chunk)| {
            let (graph, failures) = chunk_graph(extractor, config, chunk);
            let offset = n * CHUNK_DOCUMENTS;
            let failures: Vec<_> =
                failures.into_iter().map(|(i, m)| (offset + i, m)).collect();
            (graph, failures)
        })
        .reduce(empty, |(mut graph, mut failures), (other, more)| {
            graph.merge(&other).expect("one configuration");
            failures.extend(more);
            (graph, failures)
        })
}

/// The graph of a few documents. A document that panics may have left part
/// of itself in the graph, so the graph is built again without it: cheaper
/// on the whole than a graph of its own for every document, merged (40 %
/// slower on a 50 MB corpus).
fn chunk_graph(
    extractor: &Extractor,
    config: GraphConfig,
    chunk: &[Document],
) -> (CooccurrenceGraph, Vec<(usize, String)>) {
    let mut failures: Vec<(usize, String)> = Vec::new();
    'build: loop {
        let mut graph = CooccurrenceGraph::new(config);
        for (i, doc) in chunk.iter().enumerate() {
            if failures.iter().any(|&(failed, _)| failed == i) {
                continue;
            }
            let added = isolate::catching(&doc.id, || {
                extraction::add_to_graph(extractor, &mut graph, doc);
            });
            if let Err(message) = added {
                failures.push((i, message));
                continue 'build;
            }
        }
        return (graph, failures);
    }
}

/// The format named by the output's extension, in any case.
fn format_of(path: &Path) -> Result<GraphFormat> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match extension.to_ascii_lowercase().as_str() {
        "graphml" => Ok(GraphFormat::Graphml),
        "json" => Ok(GraphFormat::Json),
        "csv" => Ok(GraphFormat::Csv),
        "gexf" => Ok(GraphFormat::Gexf),
        "html" | "htm" => Ok(GraphFormat::Html),
        _ => bail!(
            "{}: cannot tell the format from the extension; use .graphml, .gexf, .json, .csv or .html, or --format",
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
