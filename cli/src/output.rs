//! What `extract` writes: mention records as JSON lines or TSV.

use newsgraph::discover::Cue;
use newsgraph::{Form, ItemId, Kind, ParagraphId, Role, SentenceId};
use serde::Serialize;

use crate::extraction::{Extracted, Field};

/// One line of `newsgraph extract`. `items` are the text's.
#[derive(Serialize)]
struct DocumentRecord<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    mentions: Vec<MentionRecord<'a>>,
    items: &'a [newsgraph::segment::Item],
}

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

fn records(x: &Extracted) -> Vec<MentionRecord<'_>> {
    x.mentions()
        .map(|(field, m)| MentionRecord {
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
        })
        .collect()
}

/// The JSON line of one document, with its newline.
pub(crate) fn json_line(x: &Extracted) -> String {
    let record = DocumentRecord {
        id: x.text.id.as_deref().unwrap_or(""),
        date: x.text.date.as_deref(),
        mentions: records(x),
        items: &x.text.items,
    };
    let mut line = serde_json::to_string(&record).expect("records serialise");
    line.push('\n');
    line
}

pub(crate) const TSV_HEADER: &str = "document\tentity\tkind\tname\ttext\tstart\tend\tchar_start\tchar_end\tform\trole\tsentence\tparagraph\titem\tfield\n";

/// The TSV lines of one document's mentions. Tabs and line breaks inside
/// cells become spaces, so every mention stays on one line.
pub(crate) fn tsv_lines(x: &Extracted) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut out = String::new();
    for r in records(x) {
        let item = r.item.map(|i| i.get().to_string()).unwrap_or_default();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            clean(x.text.id.as_deref().unwrap_or("")),
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
        ));
    }
    out
}

/// The serde name of a unit enum variant (`adjective`, `dateline`).
fn serde_plain(value: &impl Serialize) -> String {
    serde_json::to_string(value)
        .expect("serialises")
        .trim_matches('"')
        .to_string()
}
