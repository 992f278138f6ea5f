//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use newsgraph::Kind;

/// Turn news text into an entity network.
#[derive(Debug, Parser)]
#[command(
    name = "newsgraph",
    version,
    about,
    after_help = crate::tally::EXIT_STATUSES
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Print the mentions of every document, one JSON object per line.
    ///
    /// A JSON line's `title` is extracted apart from its `text`: every
    /// mention has `field` (`title` or `text`), and `start..end` (bytes)
    /// and `char_start..char_end` slice that field. Title mentions have the
    /// role `headline`.
    #[command(after_help = crate::tally::EXIT_STATUSES)]
    Extract(ExtractArgs),
    /// Build the co-occurrence graph and write it to a file.
    ///
    /// A JSON line's `title` is a window of its own (its own sentence,
    /// paragraph and item; with `--window document` it shares the
    /// document's window). Evidence from a title has a span into
    /// `text + "\n\n" + title`, past the end of `text`.
    ///
    /// The output is written to a temporary file beside it and renamed when
    /// complete. A symbolic link stays a link (its target is replaced); a
    /// FIFO or device such as `/dev/stdout` is written directly; a folder or
    /// a link to nothing is refused.
    #[command(after_help = crate::tally::EXIT_STATUSES)]
    Graph(GraphArgs),
    /// Build the co-occurrence graph and write it as one self-contained
    /// HTML page: the graph laid out, with search and filters, the evidence
    /// behind every link, and the cited documents with their mentions
    /// highlighted.
    ///
    /// Takes the inputs and options of `graph`. The page opens from disk
    /// in a browser and makes no request to any server. It embeds every
    /// kept node and edge with its evidence, and the full text of the
    /// documents cited most (see --embed-documents).
    #[command(after_help = crate::tally::EXIT_STATUSES)]
    Report(ReportArgs),
    /// Show and check gazetteers.
    Gazetteer {
        #[command(subcommand)]
        action: GazetteerAction,
    },
}

/// Where documents come from, and which gazetteers find what.
#[derive(Debug, Args)]
pub(crate) struct Common {
    /// Text files (one document each), JSON-lines files (`.jsonl`,
    /// `.ndjson`: one document per line, `{"id", "text", "date"?,
    /// "title"?}`), folders (read recursively, sorted: `.txt`, `.jsonl` and
    /// `.ndjson` files in any case) or `-` for standard input. Without
    /// INPUT, standard input is read unless it is a terminal.
    #[arg(value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) gazetteers: GazetteerArgs,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub(crate) threads: Option<usize>,
    /// Read standard input as JSON lines (default: JSON lines when its
    /// first non-blank byte is `{`, else one text document).
    #[arg(long, conflicts_with = "stdin_text")]
    pub(crate) stdin_jsonl: bool,
    /// Read standard input as one text document, even if it starts with `{`.
    #[arg(long)]
    pub(crate) stdin_text: bool,
    /// Fail on a document that cannot be read (a malformed JSON line, a
    /// file that is not UTF-8) instead of reporting and skipping it.
    #[arg(long)]
    pub(crate) strict: bool,
    /// No progress bar and no summary line.
    #[arg(long, short, conflicts_with = "verbose")]
    pub(crate) quiet: bool,
    /// Name every file in a folder that is skipped for its extension.
    #[arg(long, short)]
    pub(crate) verbose: bool,
    /// Report only what the gazetteers list: no discovery of other people
    /// and organisations.
    #[arg(long)]
    pub(crate) no_discover: bool,
}

#[derive(Debug, Args)]
pub(crate) struct GazetteerArgs {
    /// Add a gazetteer file or folder (repeatable).
    #[arg(long = "gazetteer", short = 'g', value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Leave the built-in gazetteers out.
    #[arg(long)]
    pub(crate) no_builtin: bool,
    /// What to do with a name that several entities claim: fail naming
    /// both rows, give it to the one with the highest `salience` (the
    /// others keep it as a partial), or match it as none of them.
    #[arg(long, value_enum, default_value_t = SharedNamesArg::Reject)]
    pub(crate) shared_names: SharedNamesArg,
}

/// `--shared-names`: the library's [`SharedNames`](newsgraph::gazetteer::SharedNames).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum SharedNamesArg {
    /// An error naming the file and line of both claims.
    Reject,
    /// The most salient entity keeps the name (ties: shortest id, then
    /// byte order); the others keep it as a partial.
    Salient,
    /// The name is matched as none of them, and reported.
    Skip,
}

#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    #[command(flatten)]
    pub(crate) common: Common,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub(crate) format: ExtractFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExtractFormat {
    /// One JSON object per document.
    Jsonl,
    /// One mention per line, with a header row.
    Tsv,
}

#[derive(Debug, Args)]
pub(crate) struct GraphArgs {
    #[command(flatten)]
    pub(crate) common: Common,
    /// Output file; the format follows from its extension (`.graphml`,
    /// `.gexf`, `.json`, `.csv`, in any case) unless given.
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: PathBuf,
    /// Output format (default: from the output file's extension).
    #[arg(long, value_enum)]
    pub(crate) format: Option<GraphFormat>,
    #[command(flatten)]
    pub(crate) graph: GraphOptions,
    #[command(flatten)]
    pub(crate) report: ReportOptions,
}

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    #[command(flatten)]
    pub(crate) common: Common,
    /// Output file (HTML).
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: PathBuf,
    #[command(flatten)]
    pub(crate) graph: GraphOptions,
    #[command(flatten)]
    pub(crate) report: ReportOptions,
}

/// What the report embeds.
#[derive(Debug, Args)]
pub(crate) struct ReportOptions {
    /// HTML report: embed the full text of at most this many documents,
    /// those cited by the most evidence first.
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub(crate) embed_documents: usize,
    /// HTML report: embed at most this many megabytes of document text.
    #[arg(long, default_value_t = 4, value_name = "MB")]
    pub(crate) embed_megabytes: usize,
}

/// How the graph is built and filtered: shared by `graph` and `report`.
#[derive(Debug, Args)]
pub(crate) struct GraphOptions {
    /// Entities are linked when they share this window.
    #[arg(long, value_enum, default_value_t = WindowArg::Sentence)]
    pub(crate) window: WindowArg,
    /// Keep edges with at least this many shared windows.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub(crate) min_weight: u64,
    /// Keep edges seen in at least this many documents.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub(crate) min_documents: u64,
    /// Keep only the K best edges (see --rank).
    #[arg(long, value_name = "K")]
    pub(crate) top: Option<usize>,
    /// How --top ranks edges.
    #[arg(long, value_enum, default_value_t = RankArg::Weight)]
    pub(crate) rank: RankArg,
    /// Keep only nodes of these kinds (comma-separated: person, country,
    /// region, place, organisation, theme).
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "KIND",
        value_parser = |s: &str| s.parse::<Kind>()
    )]
    pub(crate) kinds: Vec<Kind>,
    /// Let dateline places and agency credits take part.
    #[arg(long)]
    pub(crate) include_datelines: bool,
    /// Add themes as nodes, linked to the entities they occur with.
    #[arg(long)]
    pub(crate) theme_nodes: bool,
    /// Evidence records kept per edge.
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub(crate) evidence: usize,
    /// Keep nodes without edges.
    #[arg(long)]
    pub(crate) keep_isolated: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum GraphFormat {
    /// GraphML (Gephi, networkx, igraph, yEd).
    Graphml,
    /// GEXF 1.3 (Gephi); dynamic, with a timeline, when documents have
    /// dates (`YYYY-MM-DD`, a time may follow).
    Gexf,
    /// Node-link JSON (networkx).
    Json,
    /// Two CSV tables, `<stem>-nodes.csv` and `<stem>-edges.csv` (Gephi).
    Csv,
    /// One self-contained HTML page, as `newsgraph report` writes it.
    Html,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum WindowArg {
    Sentence,
    Paragraph,
    Item,
    Document,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum RankArg {
    Weight,
    Npmi,
}

#[derive(Debug, Subcommand)]
pub(crate) enum GazetteerAction {
    /// One line per entity: id, kind, name, forms.
    List(GazetteerArgs),
    /// Load and check; report errors with file and line.
    Check(GazetteerArgs),
    /// Counts per kind and form.
    Stats(GazetteerArgs),
    /// Turn spaCy patterns, GATE lists, a Wikidata dump or a Wikidata
    /// Query Service result into gazetteer TSV files, one per kind.
    ///
    /// A malformed line is reported with its file and line, skipped and
    /// counted (exit status 1 at the end); `--strict` stops at the first.
    /// Entries that no gazetteer form can express, or whose label is
    /// mapped to no kind, are counted by reason. Ids that the built-in
    /// gazetteers have are left out, so that the files load beside them.
    Import(ImportArgs),
    /// Write a gazetteer as spaCy EntityRuler patterns (JSON lines), with
    /// the entity id as each pattern's `id`.
    ///
    /// Load them with `nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})`
    /// so that phrase patterns match in any case, as newsgraph does.
    /// Partials, cued names and forms of several entities are left out.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// The input format.
    #[arg(long, value_enum)]
    pub(crate) from: ImportFormat,
    /// Input files: patterns (`.jsonl`), `lists.def` files, dumps (plain,
    /// `.gz` or `.bz2`; `-` reads one from standard input) or query
    /// results (CSV or JSON).
    #[arg(value_name = "INPUT", required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    /// The folder to write `people.tsv`, `places.tsv`, … to (created if
    /// missing; files of the same name are replaced).
    #[arg(long, short, value_name = "DIR")]
    pub(crate) output: PathBuf,
    /// Map a label (spaCy), `majorType[:minorType]` (GATE) or `P31` class
    /// QID (Wikidata) to a kind, or to `none` to leave it out
    /// (repeatable; adds to the default map).
    #[arg(long, value_name = "KEY=KIND")]
    pub(crate) map: Vec<String>,
    /// Start from an empty map: only `--map` entries are kept.
    #[arg(long)]
    pub(crate) no_default_map: bool,
    /// Languages of names and aliases (Wikidata), the first the name's.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "nl,en",
        value_name = "LANG"
    )]
    pub(crate) languages: Vec<String>,
    /// The kind of every row of a query result without a `kind` column.
    #[arg(long, value_parser = |s: &str| s.parse::<Kind>())]
    pub(crate) kind: Option<Kind>,
    /// The character between a GATE entry and its features.
    #[arg(long, default_value_t = '&', value_name = "CHAR")]
    pub(crate) separator: char,
    /// Keep entities whose id a built-in gazetteer has (for use with
    /// `--no-builtin`).
    #[arg(long)]
    pub(crate) keep_builtin_ids: bool,
    /// Fail on the first malformed line instead of reporting and skipping
    /// it.
    #[arg(long)]
    pub(crate) strict: bool,
    /// The date written in the files' comments (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) date: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ImportFormat {
    /// spaCy EntityRuler patterns (JSON lines).
    Spacy,
    /// A GATE `lists.def` and its `.lst` files.
    Gate,
    /// The Wikidata JSON dump (plain, `.gz` or `.bz2`).
    Wikidata,
    /// A Wikidata Query Service result (CSV, SPARQL JSON or plain JSON).
    Wdqs,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The output format.
    #[arg(long, value_enum)]
    pub(crate) to: ExportFormat,
    #[command(flatten)]
    pub(crate) gazetteers: GazetteerArgs,
    /// The patterns file to write.
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: PathBuf,
    /// The label of a kind (repeatable; default PERSON, GPE for countries
    /// and places, LOC for regions, ORG, THEME).
    #[arg(long, value_name = "KIND=LABEL")]
    pub(crate) label: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// spaCy EntityRuler patterns (JSON lines).
    Spacy,
}
