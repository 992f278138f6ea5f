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
}

#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    #[command(flatten)]
    pub(crate) common: Common,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub(crate) format: ExtractFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
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
    /// Output file; the format follows from its extension unless given.
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
}
