//! A self-contained HTML page of a [`CooccurrenceGraph`]: the graph laid
//! out, the evidence behind every link, and the cited documents with their
//! mentions highlighted.
//!
//! The page is one file that opens from disk with no request to any
//! server: its style and script (`page.css`, `page.js`, written for
//! newsgraph) are inlined, the data is inlined as JSON, and a
//! Content-Security-Policy forbids every fetch. The layout is computed
//! here ([`crate::layout`]), so the page only draws.
//!
//! What is embedded is bounded: every kept node and edge with its evidence
//! snippets (shared snippets stored once), and the full text of at most
//! [`ReportConfig::max_documents`] documents and
//! [`ReportConfig::max_document_bytes`] bytes, the documents cited by the
//! most evidence records first. Evidence from other documents shows its
//! snippet without a link to the text.
//!
//! # Example
//!
//! ```
//! use newsgraph::report::{Report, ReportConfig};
//! use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};
//!
//! let extractor = Extractor::new(Gazetteer::builtin())?;
//! let text = "Rusland en Iran sloten een verdrag over drones.";
//! let extraction = extractor.extract_document("doc-1", None, text);
//! let mut graph = CooccurrenceGraph::default();
//! graph.add(&extraction, text);
//!
//! let mut report = Report::new(&graph, ReportConfig::default());
//! report.aliases(Gazetteer::builtin());
//! if report.cites("doc-1") {
//!     report.add_document("doc-1", None, text, &extraction);
//! }
//! let mut html = Vec::new();
//! report.write(&mut html)?;
//! let html = String::from_utf8(html).unwrap();
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains("Rusland en Iran sloten"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::sync::Arc;

use serde::Serialize;

use crate::graph::{CooccurrenceGraph, Edge, Node};
use crate::layout::{LayoutConfig, layout};
use crate::{Extraction, Gazetteer, Kind};

const PAGE: &str = include_str!("page.html");
const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// What goes into a report.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ReportConfig {
    /// The page's title.
    pub title: String,
    /// Documents whose full text is embedded, at most.
    pub max_documents: usize,
    /// Bytes of document text embedded, at most.
    pub max_document_bytes: usize,
    /// How the graph is laid out.
    pub layout: LayoutConfig,
}

impl Default for ReportConfig {
    fn default() -> Self {
        ReportConfig {
            title: "newsgraph report".to_owned(),
            max_documents: 500,
            max_document_bytes: 4 << 20,
            layout: LayoutConfig::default(),
        }
    }
}

impl ReportConfig {
    /// Sets the page's title.
    #[must_use]
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Sets how many documents' full text is embedded, at most.
    #[must_use]
    pub fn max_documents(mut self, documents: usize) -> Self {
        self.max_documents = documents;
        self
    }

    /// Sets how many bytes of document text are embedded, at most.
    #[must_use]
    pub fn max_document_bytes(mut self, bytes: usize) -> Self {
        self.max_document_bytes = bytes;
        self
    }

    /// Sets the layout.
    #[must_use]
    pub fn layout(mut self, layout: LayoutConfig) -> Self {
        self.layout = layout;
        self
    }
}

/// A report in the making: the graph, then the documents its evidence
/// cites ([`Report::add_document`]), then [`Report::write`].
#[derive(Debug)]
pub struct Report<'g> {
    graph: &'g CooccurrenceGraph,
    config: ReportConfig,
    nodes: Vec<&'g Node>,
    edges: Vec<(usize, usize, &'g Edge)>,
    /// Document id → (edge, evidence record) that cite it.
    citations: HashMap<&'g str, Vec<(usize, usize)>>,
    /// Per edge, per evidence record: what was learnt from its document.
    evidence: Vec<Vec<EvidenceMarks>>,
    /// The documents whose text may be embedded, best first.
    candidates: HashMap<&'g str, usize>,
    documents: BTreeMap<usize, DocumentText>,
    /// Per node, the names it is also known by.
    aliases: Vec<Vec<String>>,
    theme_names: HashMap<String, String>,
}

/// Where an evidence record's two entities stand, in UTF-16 code units
/// (the page's string offsets).
#[derive(Clone, Debug, Default)]
struct EvidenceMarks {
    /// The evidence span in the document's text.
    span: Option<(usize, usize)>,
    /// `(start, end, side)` in the snippet; side 0 is the edge's first
    /// node.
    marks: Vec<(usize, usize, u8)>,
}

#[derive(Clone, Debug)]
struct DocumentText {
    id: String,
    date: Option<String>,
    text: String,
    mentions: Vec<MentionAt>,
}

/// A mention in an embedded document: `(start, end)` in UTF-16 code
/// units, entity id, name and kind.
type MentionAt = (usize, usize, Arc<str>, Arc<str>, Kind);

impl<'g> Report<'g> {
    /// A report of `graph` (usually a filtered one).
    #[must_use]
    pub fn new(graph: &'g CooccurrenceGraph, config: ReportConfig) -> Self {
        let nodes = graph.nodes();
        let index: HashMap<&str, usize> =
            nodes.iter().enumerate().map(|(i, n)| (&*n.id, i)).collect();
        let edges: Vec<(usize, usize, &Edge)> = graph
            .edges()
            .into_iter()
            .map(|(a, b, e)| (index[&*a.id], index[&*b.id], e))
            .collect();
        let mut citations: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for (i, (_, _, edge)) in edges.iter().enumerate() {
            for (j, record) in edge.evidence.iter().enumerate() {
                citations.entry(&record.document).or_default().push((i, j));
            }
        }
        let mut ranked: Vec<(&str, usize)> =
            citations.iter().map(|(id, c)| (*id, c.len())).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let candidates = ranked
            .into_iter()
            .take(config.max_documents)
            .enumerate()
            .map(|(rank, (id, _))| (id, rank))
            .collect();
        let evidence = edges
            .iter()
            .map(|(_, _, e)| vec![EvidenceMarks::default(); e.evidence.len()])
            .collect();
        Report {
            graph,
            config,
            aliases: vec![Vec::new(); nodes.len()],
            nodes,
            edges,
            citations,
            evidence,
            candidates,
            documents: BTreeMap::new(),
            theme_names: HashMap::new(),
        }
    }

    /// Takes the other names of every node (aliases, adjectives, short
    /// names: the forms the gazetteer lists) and the names of themes from
    /// `gazetteer`, so that the page's search finds `Poetin` as well as
    /// `Vladimir Putin`.
    pub fn aliases(&mut self, gazetteer: &Gazetteer) {
        for (node, aliases) in self.nodes.iter().zip(&mut self.aliases) {
            let Some(entity) =
                gazetteer.find(&node.id).and_then(|id| gazetteer.get(id))
            else {
                continue;
            };
            let mut forms: Vec<String> = entity
                .forms()
                .iter()
                .filter(|f| !f.is_generated())
                .map(|f| f.text().to_owned())
                .filter(|f| **f != *node.label)
                .collect();
            forms.sort();
            forms.dedup();
            *aliases = forms;
        }
        for entity in gazetteer.entities() {
            if entity.kind() == Kind::Theme {
                self.theme_names
                    .insert(entity.id().to_owned(), entity.name().to_owned());
            }
        }
    }

    /// Whether evidence of the graph cites the document `id`: only those
    /// documents need to be given to [`Report::add_document`].
    #[must_use]
    pub fn cites(&self, id: &str) -> bool {
        self.citations.contains_key(id)
    }

    /// Gives the report a document cited by the evidence: `text` is the
    /// text the graph was built from, `extraction` its mentions. The
    /// evidence snippets from it get their two entities highlighted, and
    /// if it is among the most cited documents its text is embedded with
    /// every mention. A document that is not cited, or whose id was given
    /// before, is left out.
    pub fn add_document(
        &mut self,
        id: &str,
        date: Option<&str>,
        text: &str,
        extraction: &Extraction,
    ) {
        let Some(cited) = self.citations.get(id) else { return };
        let rank = self.candidates.get(id).copied();
        if rank.is_some_and(|r| self.documents.contains_key(&r))
            || cited.iter().any(|&(e, r)| self.evidence[e][r].span.is_some())
        {
            return;
        }
        let mut mentions: Vec<_> = extraction
            .mentions
            .iter()
            .filter(|m| text.get(m.span.range()).is_some())
            .collect();
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        let mut offsets: Vec<usize> = Vec::new();
        for &(e, r) in cited {
            let span = self.edges[e].2.evidence[r].span;
            offsets.extend([span.start, span.end]);
        }
        if rank.is_some() {
            offsets.extend(
                mentions.iter().flat_map(|m| [m.span.start, m.span.end]),
            );
        }
        let utf16 = Utf16Offsets::new(text, offsets);
        for &(e, r) in cited {
            let (a, b, edge) = self.edges[e];
            let record = &edge.evidence[r];
            let span = record.span;
            if text.get(span.range()).is_none() {
                continue;
            }
            let (a, b) = (&self.nodes[a].id, &self.nodes[b].id);
            let ends: Vec<(&str, u8)> = mentions
                .iter()
                .filter(|m| span.contains(m.span))
                .filter_map(|m| {
                    let side = if m.entity == *a {
                        0
                    } else if m.entity == *b {
                        1
                    } else {
                        return None;
                    };
                    Some((&text[m.span.range()], side))
                })
                .collect();
            self.evidence[e][r] = EvidenceMarks {
                span: Some((utf16.get(span.start), utf16.get(span.end))),
                marks: marks_in_snippet(&record.snippet, &ends),
            };
        }
        if let Some(rank) = rank {
            let mentions = mentions
                .iter()
                .map(|m| {
                    (
                        utf16.get(m.span.start),
                        utf16.get(m.span.end),
                        m.entity.clone(),
                        m.name.clone(),
                        m.kind,
                    )
                })
                .collect();
            self.documents.insert(
                rank,
                DocumentText {
                    id: id.to_owned(),
                    date: date.map(str::to_owned),
                    text: text.to_owned(),
                    mentions,
                },
            );
        }
    }

    /// Writes the page.
    ///
    /// # Errors
    ///
    /// Fails when writing fails.
    pub fn write(&self, mut out: impl Write) -> std::io::Result<()> {
        let data = self.data();
        let json =
            serde_json::to_string(&data).map_err(std::io::Error::other)?;
        let (head, rest) =
            PAGE.split_once("/*STYLE*/").expect("page has a style slot");
        let (middle, rest) =
            rest.split_once("DATA").expect("page has a data slot");
        let (before_script, tail) =
            rest.split_once("/*SCRIPT*/").expect("page has a script slot");
        out.write_all(
            head.replace("TITLE", &escape_html(&self.config.title)).as_bytes(),
        )?;
        out.write_all(STYLE.as_bytes())?;
        out.write_all(middle.as_bytes())?;
        out.write_all(escape_script(&json).as_bytes())?;
        out.write_all(before_script.as_bytes())?;
        out.write_all(SCRIPT.as_bytes())?;
        out.write_all(tail.as_bytes())?;
        Ok(())
    }

    fn data(&self) -> Data<'_> {
        let weights: Vec<(usize, usize, f64)> = self
            .edges
            .iter()
            .map(|&(a, b, e)| {
                #[allow(clippy::cast_precision_loss)] // counts far below 2^52
                let w = e.weight as f64;
                (a, b, w)
            })
            .collect();
        let points = layout(self.nodes.len(), &weights, &self.config.layout);
        let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        let kind_index = |k: Kind| {
            Kind::ALL.iter().position(|&x| x == k).expect("every kind listed")
        };
        let nodes = self
            .nodes
            .iter()
            .zip(&points)
            .map(|(n, p)| {
                (
                    &*n.id,
                    &*n.label,
                    kind_index(n.kind),
                    n.mentions,
                    n.documents,
                    round(p.x, 10.0),
                    round(p.y, 10.0),
                    u8::from(n.discovered),
                )
            })
            .collect();
        let mut themes: Vec<&str> = self
            .edges
            .iter()
            .flat_map(|(_, _, e)| e.themes.keys().map(|t| &**t))
            .collect();
        themes.sort_unstable();
        themes.dedup();
        let theme_index: HashMap<&str, usize> =
            themes.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        let mut document_ids = Strings::default();
        let mut snippets = Strings::default();
        let edges = self
            .edges
            .iter()
            .zip(&self.evidence)
            .map(|(&(a, b, e), marks)| {
                let (na, nb) = (self.nodes[a], self.nodes[b]);
                let evidence = e
                    .evidence
                    .iter()
                    .zip(marks)
                    .map(|(record, m)| {
                        let (start, end) = m.span.unwrap_or((0, 0));
                        (
                            document_ids.index(&record.document),
                            snippets.index(&record.snippet),
                            start,
                            end,
                            m.marks
                                .iter()
                                .flat_map(|&(s, e, side)| {
                                    [s, e, usize::from(side)]
                                })
                                .collect(),
                        )
                    })
                    .collect();
                (
                    a,
                    b,
                    e.weight,
                    round(self.graph.npmi(na, nb, e), 1000.0),
                    e.documents,
                    e.themes
                        .iter()
                        .flat_map(|(t, n)| [theme_index[&**t] as u64, *n])
                        .collect(),
                    e.first_date.as_deref().unwrap_or(""),
                    e.last_date.as_deref().unwrap_or(""),
                    evidence,
                )
            })
            .collect();
        let mut entities = Strings::default();
        let mut entity_rows: Vec<(&str, &str, usize, i64)> = Vec::new();
        let node_index: HashMap<&str, usize> =
            self.nodes.iter().enumerate().map(|(i, n)| (&*n.id, i)).collect();
        let mut documents = Vec::new();
        let mut bytes = 0usize;
        for doc in self.documents.values() {
            if documents.len() >= self.config.max_documents
                || bytes + doc.text.len() > self.config.max_document_bytes
            {
                continue;
            }
            bytes += doc.text.len();
            let mentions = doc
                .mentions
                .iter()
                .flat_map(|(start, end, id, name, kind)| {
                    let before = entities.len();
                    let i = entities.index(id);
                    if entities.len() > before {
                        let node = node_index.get(&**id).map_or(-1, |&n| {
                            i64::try_from(n).expect("< 2^63 nodes")
                        });
                        entity_rows.push((id, name, kind_index(*kind), node));
                    }
                    [*start, *end, i]
                })
                .collect::<Vec<usize>>();
            documents.push((
                document_ids.index(&doc.id),
                doc.date.as_deref().unwrap_or(""),
                &*doc.text,
                mentions,
            ));
        }
        let theme_rows = themes
            .iter()
            .map(|t| {
                let name = self.theme_names.get(*t).map_or_else(
                    || t.strip_prefix("theme:").unwrap_or(t).replace('-', " "),
                    Clone::clone,
                );
                (*t, name)
            })
            .collect();
        Data {
            title: &self.config.title,
            documents: self.graph.document_count(),
            cited: self.citations.len(),
            embedded: documents.len(),
            kinds,
            themes: theme_rows,
            nodes,
            aliases: &self.aliases,
            edges,
            document_ids: document_ids.list,
            snippets: snippets.list,
            entities: entity_rows,
            texts: documents,
        }
    }
}

type NodeRow<'a> = (&'a str, &'a str, usize, u64, u64, f64, f64, u8);
type EvidenceRow = (usize, usize, usize, usize, Vec<usize>);
type EdgeRow<'a> = (
    usize,
    usize,
    u64,
    f64,
    u64,
    Vec<u64>,
    &'a str,
    &'a str,
    Vec<EvidenceRow>,
);

/// The page's data. Rows are arrays, not objects, to keep the file small;
/// `page.js` names their fields.
#[derive(Serialize)]
struct Data<'a> {
    title: &'a str,
    documents: u64,
    cited: usize,
    embedded: usize,
    kinds: Vec<&'a str>,
    themes: Vec<(&'a str, String)>,
    nodes: Vec<NodeRow<'a>>,
    aliases: &'a [Vec<String>],
    edges: Vec<EdgeRow<'a>>,
    document_ids: Vec<&'a str>,
    snippets: Vec<&'a str>,
    entities: Vec<(&'a str, &'a str, usize, i64)>,
    texts: Vec<(usize, &'a str, &'a str, Vec<usize>)>,
}

/// A table of strings, each stored once.
#[derive(Default)]
struct Strings<'a> {
    list: Vec<&'a str>,
    index: HashMap<&'a str, usize>,
}

impl<'a> Strings<'a> {
    fn index(&mut self, s: &'a str) -> usize {
        *self.index.entry(s).or_insert_with(|| {
            self.list.push(s);
            self.list.len() - 1
        })
    }

    fn len(&self) -> usize {
        self.list.len()
    }
}

/// Byte offsets of one text as UTF-16 offsets, found in one pass.
struct Utf16Offsets(HashMap<usize, usize>);

impl Utf16Offsets {
    fn new(text: &str, mut offsets: Vec<usize>) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        let mut map = HashMap::with_capacity(offsets.len());
        let (mut byte, mut unit) = (0, 0);
        let mut chars = text.char_indices();
        for offset in offsets {
            while byte < offset {
                let Some((_, c)) = chars.next() else { break };
                byte += c.len_utf8();
                unit += c.len_utf16();
            }
            map.insert(offset, unit);
        }
        Utf16Offsets(map)
    }

    fn get(&self, byte: usize) -> usize {
        self.0.get(&byte).copied().unwrap_or(0)
    }
}

/// Where the mentions `ends` (text, side), in text order, stand in
/// `snippet`: each is looked for, as a whole word with its white space
/// collapsed, after the one before. A mention in a part the snippet
/// leaves out is not found and not marked.
fn marks_in_snippet(
    snippet: &str,
    ends: &[(&str, u8)],
) -> Vec<(usize, usize, u8)> {
    let mut marks = Vec::new();
    let mut from = 0;
    for &(text, side) in ends {
        let needle = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if needle.is_empty() {
            continue;
        }
        let mut at = from;
        let found = loop {
            let Some(i) = snippet[at..].find(&needle) else { break None };
            let (start, end) = (at + i, at + i + needle.len());
            let before = snippet[..start].chars().next_back();
            let after = snippet[end..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                break Some((start, end));
            }
            at = start
                + snippet[start..].chars().next().map_or(1, char::len_utf8);
        };
        if let Some((start, end)) = found {
            let units = |b: usize| snippet[..b].encode_utf16().count();
            marks.push((units(start), units(end), side));
            from = end;
        }
    }
    marks
}

fn round(x: f64, scale: f64) -> f64 {
    (x * scale).round() / scale
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// JSON made safe inside a `<script>` element: `<` only occurs inside
/// JSON strings, where `\u003c` means the same, so no `</script>` or
/// `<!--` can end or confuse the element.
fn escape_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_found_in_snippets_as_whole_words() {
        type Ends<'a> = &'a [(&'a str, u8)];
        type Marks<'a> = &'a [(usize, usize, u8)];
        let rows: [(&str, Ends<'_>, Marks<'_>); 6] = [
            (
                "Rusland en Iran",
                &[("Rusland", 0), ("Iran", 1)],
                &[(0, 7, 0), (11, 15, 1)],
            ),
            // The second mention is looked for after the first.
            (
                "Iran, Iran en Rusland",
                &[("Iran", 1), ("Rusland", 0)],
                &[(0, 4, 1), (14, 21, 0)],
            ),
            // Not inside a longer word.
            ("Iraniërs en Iran", &[("Iran", 1)], &[(12, 16, 1)]),
            // White space is collapsed, as in snippets.
            (
                "Vladimir Poetin sprak",
                &[("Vladimir\n  Poetin", 0)],
                &[(0, 15, 0)],
            ),
            // Offsets count UTF-16 code units.
            ("😀 Zelensky", &[("Zelensky", 0)], &[(3, 11, 0)]),
            // Left out of the snippet: not marked.
            ("Rusland … Iran", &[("Oekraïne", 0)], &[]),
        ];
        for (snippet, ends, want) in rows {
            assert_eq!(marks_in_snippet(snippet, ends), want, "{snippet}");
        }
    }

    #[test]
    fn utf16_offsets_of_multibyte_text() {
        let text = "é😀a";
        let map = Utf16Offsets::new(text, vec![0, 2, 6, 7]);
        assert_eq!([0, 2, 6, 7].map(|b| map.get(b)), [0, 1, 3, 4]);
    }

    #[test]
    fn script_data_cannot_close_its_element() {
        let json = serde_json::to_string("</script><!-- x").unwrap();
        let safe = escape_script(&json);
        assert!(!safe.contains('<'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "</script><!-- x");
    }

    #[test]
    fn the_page_parts_never_close_their_elements() {
        assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
        assert!(!STYLE.to_ascii_lowercase().contains("</style"));
        for slot in ["/*STYLE*/", "DATA", "/*SCRIPT*/", "TITLE"] {
            assert_eq!(PAGE.matches(slot).count(), 1, "{slot}");
        }
    }
}
