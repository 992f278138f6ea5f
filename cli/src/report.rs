//! The HTML report of a graph: the library's page, given the documents its
//! evidence cites.

use std::path::PathBuf;

use anyhow::{Context, Result};
use newsgraph::corpus::Document;
use newsgraph::report::{Report, ReportConfig};
use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};
use rayon::prelude::*;

use crate::args::ReportOptions;
use crate::{extraction, isolate};

/// Cited documents extracted again per parallel batch: enough to keep the
/// cores busy, few enough that the batch's extractions take little memory.
const BATCH: usize = 256;

/// Everything a report page is made of.
pub(crate) struct Page<'a> {
    pub(crate) graph: &'a CooccurrenceGraph,
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) extractor: &'a Extractor,
    /// The documents the graph was built from, in input order.
    pub(crate) documents: &'a [Document],
    pub(crate) title: &'a str,
    pub(crate) options: &'a ReportOptions,
    pub(crate) threads: Option<usize>,
}

impl<'a> Page<'a> {
    /// The report, with the mentions of every cited document. The graph
    /// keeps no mentions, so the cited documents are extracted again (in
    /// parallel, added in input order so the page is the same every run).
    pub(crate) fn build(&self) -> Result<Report<'a>> {
        let config = ReportConfig::default()
            .title(self.title)
            .max_documents(self.options.embed_documents)
            .max_document_bytes(
                self.options.embed_megabytes.saturating_mul(1 << 20),
            );
        let mut report = Report::new(self.graph, config);
        report.aliases(self.gazetteer);
        let cited: Vec<&Document> =
            self.documents.iter().filter(|d| report.cites(&d.id)).collect();
        let mut pool = rayon::ThreadPoolBuilder::new();
        if let Some(n) = self.threads {
            pool = pool.num_threads(n);
        }
        let pool = pool.build().context("cannot start worker threads")?;
        for batch in cited.chunks(BATCH) {
            let extracted: Vec<_> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|doc| {
                        isolate::catching(&doc.id, || {
                            let x = extraction::extract(self.extractor, doc);
                            let (x, text) = x.for_graph(doc);
                            (x, text.into_owned())
                        })
                    })
                    .collect()
            });
            // The graph was built from these documents without a failure,
            // so a failure here cannot happen; the evidence from such a
            // document would only lack its highlights.
            for (doc, result) in batch.iter().zip(extracted) {
                if let Ok((x, text)) = result {
                    report.add_document(
                        &doc.id,
                        doc.date.as_deref(),
                        &text,
                        &x,
                    );
                }
            }
        }
        Ok(report)
    }
}

/// The page's title: `newsgraph: ` and the inputs, shortened.
pub(crate) fn title(inputs: &[PathBuf]) -> String {
    const MAX_CHARS: usize = 80;
    let names: Vec<String> = if inputs.is_empty() {
        vec!["standard input".to_owned()]
    } else {
        inputs
            .iter()
            .map(|p| match p.to_str() {
                Some("-") => "standard input".to_owned(),
                _ => p.display().to_string(),
            })
            .collect()
    };
    let joined = names.join(", ");
    let short: String = joined.chars().take(MAX_CHARS).collect();
    if short.len() < joined.len() {
        format!("newsgraph: {short}…")
    } else {
        format!("newsgraph: {short}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_the_inputs() {
        let long = PathBuf::from("x".repeat(100));
        let rows: [(Vec<PathBuf>, String); 4] = [
            (vec![], "newsgraph: standard input".to_owned()),
            (vec!["-".into()], "newsgraph: standard input".to_owned()),
            (
                vec!["tests/fixtures".into(), "a.jsonl".into()],
                "newsgraph: tests/fixtures, a.jsonl".to_owned(),
            ),
            (vec![long], format!("newsgraph: {}…", "x".repeat(80))),
        ];
        for (inputs, want) in rows {
            assert_eq!(title(&inputs), want);
        }
    }
}
