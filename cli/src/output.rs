//! What `extract` writes: mention records as JSON lines or TSV.

use std::io::{self, Write};

use newsgraph::discover::Cue;
use newsgraph::segment::Item;
use newsgraph::{
    Extraction, Form, ItemId, Kind, Mention, ParagraphId, Role, SentenceId,
};
use serde::Serialize;

use crate::args::ExtractFormat;
use crate::extraction::Field;

/// A mention with flat offsets, for JSON lines and TSV.
#[derive(Serialize)]
struct MentionRecord<'a> {
    entity: &'a str,
    kind: Kind,
    name: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    form: Form,
    role: Role,
    sentence: SentenceId,
    paragraph: ParagraphId,
    item: Option<ItemId>,
    /// `title` or `text`: the JSON-line field that `start..end` slices.
    field: Field,
    /// Why a discovered name was taken for one.
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: Option<&'a Cue>,
}

fn record(field: Field, m: &Mention) -> MentionRecord<'_> {
    MentionRecord {
        entity: &m.entity,
        kind: m.kind,
        name: &m.name,
        text: &m.text,
        start: m.span.start,
        end: m.span.end,
        char_start: m.char_span.start,
        char_end: m.char_span.end,
        form: m.form,
        role: m.role,
        sentence: m.sentence,
        paragraph: m.paragraph,
        item: m.item,
        field,
        cue: m.cue.as_ref(),
    }
}

pub(crate) const TSV_HEADER: &str = "document\tentity\tkind\tname\ttext\tstart\tend\tchar_start\tchar_end\tform\trole\tsentence\tparagraph\titem\tfield\n";

/// The TSV line of one mention of document `id`.
fn tsv_line(id: &str, r: &MentionRecord<'_>) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let item = r.item.map(|i| i.get().to_string()).unwrap_or_default();
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
        clean(id),
        r.entity,
        r.kind,
        clean(r.name),
        clean(r.text),
        r.start,
        r.end,
        r.char_start,
        r.char_end,
        serde_plain(&r.form),
        serde_plain(&r.role),
        r.sentence.get(),
        r.paragraph.get(),
        item,
        serde_plain(&r.field),
    )
}

/// Writes one document's JSON line or TSV lines as its blocks come, so
/// that a huge document's line is never whole in memory. The JSON line
/// holds the id, the date, the mentions (title first) and the text's
/// items; TSV cells have tabs and line breaks as spaces, so that every
/// mention stays on one line.
pub(crate) struct DocumentWriter<'a, W: Write> {
    out: W,
    format: ExtractFormat,
    id: &'a str,
    /// Whether a mention was written (JSON lines want commas between).
    written: bool,
    /// The text's items, which the JSON line has after the mentions.
    items: Vec<Item>,
    mentions: u64,
}

impl<'a, W: Write> DocumentWriter<'a, W> {
    /// Starts the document `id` (dated `date`).
    pub(crate) fn start(
        mut out: W,
        format: ExtractFormat,
        id: &'a str,
        date: Option<&str>,
    ) -> io::Result<Self> {
        if format == ExtractFormat::Jsonl {
            out.write_all(b"{\"id\":")?;
            serde_json::to_writer(&mut out, id)?;
            if let Some(date) = date {
                out.write_all(b",\"date\":")?;
                serde_json::to_writer(&mut out, date)?;
            }
            out.write_all(b",\"mentions\":[")?;
        }
        Ok(DocumentWriter {
            out,
            format,
            id,
            written: false,
            items: Vec::new(),
            mentions: 0,
        })
    }

    /// Writes the mentions of the next block, from the title or the text.
    pub(crate) fn block(
        &mut self,
        field: Field,
        x: Extraction,
    ) -> io::Result<()> {
        for m in &x.mentions {
            let r = record(field, m);
            match self.format {
                ExtractFormat::Jsonl => {
                    if self.written {
                        self.out.write_all(b",")?;
                    }
                    serde_json::to_writer(&mut self.out, &r)?;
                }
                ExtractFormat::Tsv => {
                    self.out.write_all(tsv_line(self.id, &r).as_bytes())?;
                }
            }
            self.written = true;
        }
        self.mentions += x.mentions.len() as u64;
        if field == Field::Text {
            self.items.extend(x.items);
        }
        Ok(())
    }

    /// Ends the document; returns its number of mentions.
    pub(crate) fn finish(mut self) -> io::Result<u64> {
        if self.format == ExtractFormat::Jsonl {
            self.out.write_all(b"],\"items\":")?;
            serde_json::to_writer(&mut self.out, &self.items)?;
            self.out.write_all(b"}\n")?;
        }
        Ok(self.mentions)
    }
}

/// The serde name of a unit enum variant (`adjective`, `dateline`).
fn serde_plain(value: &impl Serialize) -> String {
    serde_json::to_string(value)
        .expect("serialises")
        .trim_matches('"')
        .to_string()
}
