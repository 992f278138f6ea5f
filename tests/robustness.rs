//! No input text makes `extract` panic, and every extraction keeps its
//! invariants: spans on character boundaries that slice to the surface,
//! mentions in order without overlap, each inside its sentence, sentences
//! inside their paragraphs, paragraphs inside their items.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use newsgraph::{Extractor, Gazetteer, Kind};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The fuzz targets' gazetteer: multi-word names, an acronym, a `=Form`,
/// a partial, genitive-taking names, stems.
fn extractor() -> &'static Extractor {
    checks::extractor()
}

/// Pieces that stress segmentation and matching.
const PIECES: &[&str] = &[
    "MOSKOU (ANP/RTR) - ",
    "48 minuten geleden",
    "1 uur geledenKYIV (ANP) - ",
    "Meer uit Buitenland",
    "\n",
    "\n\n",
    " ",
    ". ",
    // Multi-byte white space: no-break, thin, narrow no-break,
    // ideographic, line separator.
    "\u{A0}",
    "\u{2009}",
    "\u{202F}",
    "\u{3000}",
    "\u{2028}",
    "x\u{A0}. ",
    "Rusland",
    "Russische",
    "Poetin",
    "Vladimir\nPoetin",
    "defensie",
    "kamikazedrones",
    "(",
    ")",
    "-",
    "\u{2013}",
    "\"",
    "é",
    "\u{301}",
    "İ",
    "ß",
    "\u{AD}",
    "\u{200B}",
    "😀",
    "\r\n",
    "\t",
    "o.a.",
    "U.S.",
    "J.",
    "3,5",
    "?",
    "!",
    "…",
    "ANP",
    "(ANP",
    "/",
    "MOSKOU (",
    "geleden",
    "uur",
    "\u{FEFF}",
    "\u{0}",
    "ǅ",
    "\u{10FFFF}",
];

#[test]
fn random_texts_never_panic_and_keep_invariants() {
    let extractor = extractor();
    let mut rng = Rng(0xBAD_C0DE);
    let (mut mentions, mut items) = (0, 0);
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..rng.below(30) {
            if rng.below(4) == 0 {
                // any scalar value
                let c =
                    char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('x');
                text.push(c);
            } else {
                text.push_str(PIECES[rng.below(PIECES.len())]);
            }
        }
        let extraction = extractor.extract(&text);
        checks::check_extraction(&text, &extraction);
        mentions += extraction.mentions.len();
        items +=
            extraction.items.iter().filter(|i| i.dateline.is_some()).count();
    }
    // The texts do exercise matching and datelines.
    assert!(
        mentions > 3000 && items > 100,
        "{mentions} mentions, {items} items"
    );
}

#[test]
fn edge_texts() {
    let extractor = extractor();
    for text in [
        "",
        " ",
        "\n\n\n",
        "-",
        "(",
        "MOSKOU (",
        "MOSKOU (ANP) -",
        "1 uur geleden",
        "\u{301}Rusland",
        // A multi-byte space before a sentence end once panicked.
        "u\u{a0}. H.",
        "De VS\u{a0}zei. Rusland niet.",
        "Poetin\u{2009}sprak. Moskou\u{3000}zweeg.",
        // A multi-byte quote before a role noun once panicked discovery.
        "e\u{2018}Papresident Vl",
        "De film \u{2018}Minister Jan Smit\u{2019} met president Piet Jansen.",
        "\u{ab}Woordvoerder Anna de Vries\u{bb} zei het.",
    ] {
        checks::check_extraction(text, &extractor.extract(text));
    }
}

/// The segments builder refuses every span that does not fit, so that a
/// custom segmenter cannot make extraction fail.
#[test]
fn segments_builder_refuses_what_does_not_fit() {
    use newsgraph::Span;
    use newsgraph::segment::{ParagraphKind, Segments};
    let text = "Één zin. Twee.";
    const BODY: ParagraphKind = ParagraphKind::Body;
    // (what, result: None when accepted, else the reason)
    type Step = fn(
        &mut newsgraph::segment::SegmentsBuilder<'_>,
    ) -> Option<&'static str>;
    let steps: &[(&str, Step, Option<&str>)] = &[
        (
            "headline without an item",
            |b| b.headline(Span::new(0, 4)).err().map(|e| e.reason),
            Some("no open item"),
        ),
        ("item", |b| b.open_item(0).err().map(|e| e.reason), None),
        (
            "paragraph past the end",
            |b| b.paragraph(Span::new(0, 99), BODY).err().map(|e| e.reason),
            Some("outside the text"),
        ),
        (
            "inside a character",
            |b| b.paragraph(Span::new(1, 4), BODY).err().map(|e| e.reason),
            Some("not on character boundaries"),
        ),
        (
            "empty paragraph",
            |b| b.paragraph(Span::new(2, 2), BODY).err().map(|e| e.reason),
            Some("empty, or before the last paragraph"),
        ),
        (
            "first paragraph",
            |b| b.paragraph(Span::new(0, 10), BODY).err().map(|e| e.reason),
            None,
        ),
        (
            "overlapping paragraph",
            |b| b.paragraph(Span::new(5, 12), BODY).err().map(|e| e.reason),
            Some("empty, or before the last paragraph"),
        ),
        (
            "item before the last paragraph",
            |b| b.open_item(4).err().map(|e| e.reason),
            Some("before the last paragraph"),
        ),
        (
            "sentence outside its paragraph",
            |b| {
                b.paragraph_with_sentences(
                    Span::new(11, 16),
                    BODY,
                    &[Span::new(0, 5)],
                )
                .err()
                .map(|e| e.reason)
            },
            Some("sentence empty, out of order or outside its paragraph"),
        ),
        (
            "second paragraph",
            |b| {
                b.paragraph_with_sentences(
                    Span::new(11, 16),
                    BODY,
                    &[Span::new(11, 16)],
                )
                .err()
                .map(|e| e.reason)
            },
            None,
        ),
    ];
    let mut builder = Segments::builder(text);
    for (what, step, want) in steps {
        assert_eq!(step(&mut builder), *want, "{what}");
    }
    let segments = builder.build();
    assert_eq!(segments.paragraphs().len(), 2);
    // One sentence by the built-in splitter, then the one given.
    assert_eq!(segments.sentences().len(), 2);
}

/// A custom segmenter that pushes nonsense still gives an extraction.
#[test]
fn a_custom_segmenter_cannot_make_extraction_fail() {
    use newsgraph::Span;
    use newsgraph::segment::{ParagraphKind, Segmenter, Segments};
    #[derive(Debug)]
    struct Careless;
    impl Segmenter for Careless {
        fn segment(&self, text: &str) -> Segments {
            let mut b = Segments::builder(text);
            let _ =
                b.paragraph(Span { start: 5, end: 3 }, ParagraphKind::Body);
            let _ = b
                .paragraph(Span::new(0, text.len() + 10), ParagraphKind::Body);
            let _ = b.paragraph_with_sentences(
                Span::new(0, 4),
                ParagraphKind::Body,
                &[Span::new(2, 9)],
            );
            let _ = b.age(Span::new(0, 1));
            b.build()
        }
    }
    let mut builder = Extractor::builder();
    builder.segmenter(Careless);
    let gazetteer = Gazetteer::from_reader(
        "g.tsv",
        "id\tname\nru\tRusland\n".as_bytes(),
        Some(Kind::Country),
    )
    .unwrap();
    let extractor = builder.build(&gazetteer).unwrap();
    let x = extractor.extract("Rusland zei niets.");
    // No sentence holds the match, so it is not reported, and nothing fails.
    assert!(x.mentions.is_empty());
}
