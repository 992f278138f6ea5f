//! One huge document is extracted in blocks of whole sentences, so that
//! memory stays flat; where the blocks are cut must not change what it
//! finds. The seeds, the golden sets joined into one document, a ticker
//! page and generated texts are extracted at many block sizes, and the
//! joined blocks must equal the document extracted at once (apart from
//! the two documented differences: a surname next to a speech verb counts
//! only with its full name earlier in the same block, and a headline
//! names a person the text introduces, or a body by a partial of the
//! name the text gives in full, only in the same block).

use std::fmt::Write as _;

use newsgraph::discover::CueKind;
use newsgraph::graph::Themes;
use newsgraph::{
    CooccurrenceGraph, Extraction, Extractor, Gazetteer, GraphConfig, Kind,
    Role, Window,
};

fn extractor() -> Extractor {
    Extractor::new(Gazetteer::builtin()).unwrap()
}

/// The golden sets' texts, one item per paragraph, as one document.
fn golden_document() -> String {
    let mut text = String::new();
    for set in ["discovery-dev.tsv", "discovery-dev2.tsv", "sentences.tsv"] {
        let path =
            format!("{}/tests/golden/{set}", env!("CARGO_MANIFEST_DIR"));
        let data = std::fs::read_to_string(path).unwrap();
        for line in data.lines().filter(|l| !l.starts_with('#')).skip(1) {
            if let Some(item) = line.split('\t').nth(2) {
                writeln!(text, "{item}\n").unwrap();
            }
        }
    }
    text
}

fn fixtures() -> Vec<(String, String)> {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into();
            (name, std::fs::read_to_string(path).unwrap())
        })
        .collect();
    texts.sort();
    texts.push(("golden".into(), golden_document()));
    texts
}

/// The blocks of `text` joined into one extraction.
fn joined(extractor: &Extractor, text: &str, bytes: usize) -> Extraction {
    let mut whole = Extraction::default();
    extractor.extract_blocks(text, bytes, |block| whole.push_block(block));
    whole
}

#[test]
fn blocks_join_to_the_whole_document() {
    let extractor = extractor();
    for (name, text) in fixtures() {
        let whole = extractor.extract(&text);
        assert!(!whole.mentions.is_empty(), "{name}");
        for bytes in [1, 2, 13, 100, 777, 4096, 65_536] {
            let blocks = joined(&extractor, &text, bytes);
            assert_eq!(blocks.sentences, whole.sentences, "{name} {bytes}");
            assert_eq!(blocks.paragraphs, whole.paragraphs, "{name} {bytes}");
            assert_eq!(blocks.items, whole.items, "{name} {bytes}");
            assert_eq!(blocks.unresolved, whole.unresolved, "{name} {bytes}");
            for (x, y) in blocks.mentions.iter().zip(&whole.mentions) {
                assert_eq!(x, y, "{name} at block size {bytes}");
            }
            assert_eq!(blocks.mentions.len(), whole.mentions.len(), "{name}");
        }
    }
}

/// The first documented difference: a surname next to a speech verb
/// looks for its full name in its own block only.
#[test]
fn a_speech_surname_looks_back_within_its_block() {
    let extractor = extractor();
    let text = "Quirijn van Ravensteijn won goud in Heerenveen. \
                Ravensteijn zei dat hij blij was.";
    let speech = |x: &Extraction| {
        x.mentions
            .iter()
            .filter(|m| {
                m.cue.as_ref().is_some_and(|c| c.kind == CueKind::Speech)
            })
            .map(|m| m.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(speech(&extractor.extract(text)), ["Quirijn van Ravensteijn"]);
    assert_eq!(
        speech(&joined(&extractor, text, 1 << 18)),
        ["Quirijn van Ravensteijn"]
    );
    assert!(speech(&joined(&extractor, text, 10)).is_empty());
}

/// The second documented difference: a headline names a person the
/// item's text introduces (`Arslan` over `Mehmet Arslan`) only where the
/// two are in one block.
/// A Title Case headline that runs into its text without a stop is read
/// only where it opens a line: a block that starts inside a paragraph
/// does not make its first sentence a headline.
#[test]
fn a_title_case_headline_is_read_the_same_in_blocks() {
    let extractor = extractor();
    let text = "De minister sprak. Coach Ann Lee Of Bay Area Team Wins said \
                so.\nHealth Officials Urge Flu Shots Ahead Of Holiday Rush \
                Health officials urged it, said spokeswoman Mia Berg.";
    let whole = extractor.extract(text);
    assert!(whole.mentions.iter().any(|m| m.text == "Ann Lee"));
    assert!(!whole.mentions.iter().any(|m| m.text.contains("Holiday")));
    for bytes in [1, 8, 24, 64] {
        let blocks = joined(&extractor, text, bytes);
        assert_eq!(blocks.mentions, whole.mentions, "blocks of {bytes}");
    }
}

#[test]
fn a_headline_looks_ahead_within_its_block() {
    let extractor = extractor();
    let text = "Arslan blijft burgemeester\n\
                GENK (Belga) - Burgemeester Mehmet Arslan blijft aan.";
    let headline = |x: &Extraction| {
        x.mentions
            .iter()
            .filter(|m| m.role == Role::Headline && m.kind == Kind::Person)
            .map(|m| m.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(headline(&extractor.extract(text)), ["Arslan"]);
    assert_eq!(headline(&joined(&extractor, text, 1 << 18)), ["Arslan"]);
    assert!(headline(&joined(&extractor, text, 10)).is_empty());
}

/// So does a headline's partial of a known name (`Heerenveen` over `sc
/// Heerenveen`), which carries the name below as its cue.
#[test]
fn a_headline_partial_looks_ahead_within_its_block() {
    let extractor = extractor();
    let text = "Heerenveen wint derby\n\
                LEEUWARDEN (ANP) - Sc Heerenveen heeft gewonnen.";
    let headline = |x: &Extraction| {
        x.mentions
            .iter()
            .filter(|m| m.role == Role::Headline)
            .map(|m| {
                let cue = m.cue.as_ref().map(|c| (c.kind, c.text.clone()));
                (m.text.clone(), m.kind, cue)
            })
            .collect::<Vec<_>>()
    };
    let club = (
        "Heerenveen".to_string(),
        Kind::Organisation,
        Some((CueKind::Earlier, "Sc Heerenveen".to_string())),
    );
    assert_eq!(
        headline(&extractor.extract(text)),
        std::slice::from_ref(&club)
    );
    assert_eq!(headline(&joined(&extractor, text, 1 << 18)), [club]);
    // Cut from the name below, the headline's word is left to the other
    // rules (here, a town as a club before a sports verb).
    let cut = headline(&joined(&extractor, text, 10));
    assert!(
        cut.iter()
            .all(|m| m.2.as_ref().is_none_or(|c| c.0 != CueKind::Earlier))
    );
}

/// Texts the blocks cut in awkward places: hard-wrapped lines with
/// multi-word names across the line breaks, one paragraph without line
/// breaks, and multi-byte characters everywhere.
fn generated() -> Vec<(&'static str, String)> {
    let sentences = [
        "Het Europees Parlement stemde in Straatsburg over de Verenigde Staten.",
        "Vladimir Poetin sprak met Kim Jong-un over Noord-Korea.",
        "Volgens woordvoerder Marloes Kuipers-Ôzdemir zei Poetin niets.",
        "De VS\u{a0}zei dat Iran drones levert aan Rusland.",
        "Burgemeester Femke Halsema (GroenLinks) opende het Oosterpark.",
        "Kuipers-Ôzdemir zei later dat minister Faber in Den Haag was.",
    ];
    let mut wrapped = String::new();
    let mut flat = String::new();
    for i in 0..60 {
        let s = sentences[i % sentences.len()];
        flat.push_str(s);
        flat.push(' ');
        // Break the line after a varying number of words.
        for (j, word) in s.split(' ').enumerate() {
            wrapped.push_str(word);
            wrapped.push(if (i + j) % 5 == 4 { '\n' } else { ' ' });
        }
        if i % 7 == 6 {
            wrapped.push_str("\n\n");
        }
    }
    vec![("wrapped", wrapped), ("flat", flat)]
}

#[test]
fn blocks_cut_anywhere_in_generated_texts() {
    let extractor = extractor();
    for (name, text) in generated() {
        let whole = extractor.extract(&text);
        assert!(whole.mentions.len() > 100, "{name}");
        for bytes in [1, 5, 50, 333, 1000, 4000] {
            let blocks = joined(&extractor, &text, bytes);
            assert_eq!(blocks, whole, "{name} at block size {bytes}");
        }
    }
}

fn json(graph: &CooccurrenceGraph) -> String {
    let mut out = Vec::new();
    newsgraph::export::json::write(graph, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn graphs_built_from_blocks_equal_graphs_of_whole_documents() {
    let extractor = extractor();
    let mut texts = fixtures();
    texts.retain(|(name, _)| name != "golden");
    texts.extend(generated().into_iter().map(|(n, t)| (n.to_string(), t)));
    // Each text's whole extraction and its blocks at a few sizes.
    let extracted: Vec<(Extraction, Vec<Vec<Extraction>>)> = texts
        .iter()
        .map(|(name, text)| {
            let whole = extractor.extract_document(name.clone(), None, text);
            let blocks = [1, 100, 5000]
                .map(|bytes| {
                    let mut blocks = Vec::new();
                    extractor.extract_blocks(text, bytes, |b| blocks.push(b));
                    blocks
                })
                .to_vec();
            (whole, blocks)
        })
        .collect();
    let windows =
        [Window::Sentence, Window::Paragraph, Window::Item, Window::Document];
    for window in windows {
        for themes in [Themes::OnEdges, Themes::AsNodes] {
            let config = GraphConfig::default().window(window).themes(themes);
            let mut whole = CooccurrenceGraph::new(config);
            let mut by_size =
                [0, 1, 2].map(|_| CooccurrenceGraph::new(config));
            for (i, ((name, text), (x, sizes))) in
                texts.iter().zip(&extracted).enumerate()
            {
                let date = (i % 2 == 0).then_some("2024-03-01");
                let mut x = x.clone();
                x.date = date.map(str::to_string);
                whole.add(&x, text);
                for (graph, blocks) in by_size.iter_mut().zip(sizes) {
                    let mut document = graph.document(Some(name), date, text);
                    for block in blocks {
                        document.add_block(block);
                    }
                    document.finish();
                }
            }
            assert!(whole.edge_count() > 20, "{window:?}");
            for (graph, bytes) in by_size.iter().zip([1, 100, 5000]) {
                assert_eq!(
                    json(graph),
                    json(&whole),
                    "{window:?} {themes:?} {bytes}"
                );
            }
        }
    }
}

/// A segmenter of its own (here: every line a paragraph and an item of
/// its own, its sentences split at `;`) gets blocks too, from the whole
/// segments it makes.
#[test]
fn a_custom_segmenter_gets_blocks_too() {
    use newsgraph::Span;
    use newsgraph::segment::{ParagraphKind, Segmenter, Segments};
    #[derive(Debug)]
    struct Lines;
    impl Segmenter for Lines {
        fn segment(&self, text: &str) -> Segments {
            let mut b = Segments::builder(text);
            let mut start = 0;
            for line in text.split_inclusive('\n') {
                let span = Span::new(start, start + line.trim_end().len());
                start += line.len();
                if span.is_empty() {
                    continue;
                }
                let mut sentences = Vec::new();
                let mut at = span.start;
                for part in text[span.range()].split_inclusive(';') {
                    sentences.push(Span::new(at, at + part.len()));
                    at += part.len();
                }
                b.open_item(span.start).unwrap();
                b.paragraph_with_sentences(
                    span,
                    ParagraphKind::Body,
                    &sentences,
                )
                .unwrap();
            }
            b.build()
        }
    }
    let mut builder = Extractor::builder();
    builder.segmenter(Lines);
    let extractor = builder.build(Gazetteer::builtin()).unwrap();
    let text =
        "Rusland en Iran; Poetin in Moskou\nIran;Noord-Korea en China\n"
            .repeat(20);
    let whole = extractor.extract(&text);
    assert_eq!(whole.items.len(), 40);
    assert!(whole.mentions.len() > 100);
    for bytes in [1, 10, 100, 1000] {
        assert_eq!(joined(&extractor, &text, bytes), whole, "{bytes}");
    }
}

/// A known person named in full in an earlier block keeps his short name
/// after a discovered namesake in a later one, as in the whole document
/// (`Mark Rutte` before `Jan Rutte (41) ... Rutte`).
#[test]
fn a_known_person_named_in_an_earlier_block_keeps_his_short_name() {
    let extractor = extractor();
    let text = "Premier Mark Rutte sprak in Den Haag.\n\n\
                Woordvoerder Jan Rutte (41) zei het. Rutte bleef.";
    let last_rutte = |x: &Extraction| {
        x.mentions
            .iter()
            .rfind(|m| m.text == "Rutte")
            .map(|m| m.entity.to_string())
    };
    let want = Some("Q57792".to_string());
    assert_eq!(last_rutte(&extractor.extract(text)), want);
    assert_eq!(last_rutte(&joined(&extractor, text, 40)), want);
    // Without the full name, the discovered namesake's.
    let alone = "Woordvoerder Jan Rutte (41) zei het. Rutte bleef.";
    let namesake = Some("new:person:jan-rutte".to_string());
    assert_eq!(last_rutte(&extractor.extract(alone)), namesake);
}
