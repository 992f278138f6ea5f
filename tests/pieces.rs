//! The matcher folds and scans long texts in pieces; where the pieces are
//! cut must never change what it finds. Generated texts put multi-word
//! forms, genitives, stems and multi-byte characters at every offset, and
//! every piece size gives the hits of the whole text scanned at once.

use newsgraph::matcher::Matcher;
use newsgraph::normalize::FoldedText;
use newsgraph::{Entity, Gazetteer, Kind};

fn matcher() -> Matcher {
    let mut b = Gazetteer::builder();
    b.add(Entity::new("ep", "Europees Parlement", Kind::Organisation))
        .add(Entity::new("parl", "Parlement", Kind::Organisation))
        .add(Entity::new("eu", "Europees", Kind::Organisation))
        .add(
            Entity::new("us", "Verenigde Staten van Amerika", Kind::Country)
                .alias("Verenigde Staten")
                .alias("VS"),
        )
        .add(Entity::new("nk", "Noord-Korea", Kind::Country))
        .add(Entity::new("kr", "Korea", Kind::Country))
        .add(Entity::new("dh", "Den Haag", Kind::Place).alias("'s-Gravenhage"))
        .add(
            Entity::new("p", "Vladimir Poetin", Kind::Person)
                .partial("Poetin"),
        )
        .add(Entity::new("ss", "Straße", Kind::Place))
        .add(
            Entity::new("d", "Defence", Kind::Theme)
                .alias("defensie*")
                .alias("*drones"),
        );
    Matcher::new(&b.build().unwrap()).unwrap()
}

const WORDS: &[&str] = &[
    "Europees",
    "Parlement",
    "Verenigde",
    "Staten",
    "van",
    "Amerika",
    "VS",
    "Noord-Korea",
    "Korea",
    "Den",
    "Haag",
    "'s-Gravenhage",
    "Vladimir",
    "Poetin",
    "Poetins",
    "Straße",
    "STRASSE",
    "defensiebudget",
    "kamikazedrones",
    "de",
    "het",
    "zei",
    "Oekraïne",
    "İ",
    "x",
    "ß",
];
const SPACES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    " \n ",
    "\u{a0}",
    "  ",
    ". ",
    ", ",
    "\u{2009}\n",
    "\r\n",
];

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn hits_do_not_depend_on_piece_size() {
    let matcher = matcher();
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut scratch = FoldedText::default();
    let mut compared = 0;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..rng.below(60) {
            text.push_str(WORDS[rng.below(WORDS.len())]);
            text.push_str(SPACES[rng.below(SPACES.len())]);
        }
        let mut whole = Vec::new();
        matcher.find_into_pieces(
            &text,
            &mut scratch,
            &mut whole,
            usize::MAX / 4,
        );
        for piece in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144] {
            let mut pieces = Vec::new();
            matcher.find_into_pieces(&text, &mut scratch, &mut pieces, piece);
            assert_eq!(pieces, whole, "piece {piece}, text {text:?}");
            compared += whole.len();
        }
    }
    assert!(compared > 10_000, "{compared} hits compared");
}

/// A multi-word name straddling the default cut of a long text (64 KiB
/// in), which is hard-wrapped or has no line breaks at all, is found whole.
#[test]
fn names_across_the_default_cut() {
    const CUT: usize = 64 * 1024;
    let matcher = matcher();
    let name = "Verenigde\nStaten en Europees\nParlement";
    for filler in ["woord ", "woord\n", "é "] {
        for shift in 0..name.len() + 2 {
            let mut text = filler.repeat(CUT / filler.len() + 1);
            while text.len() > CUT - shift
                || !text.is_char_boundary(text.len())
            {
                text.pop();
            }
            text.push(' ');
            text.push_str(name);
            text.push(' ');
            text.push_str(&filler.repeat(CUT * 2 / filler.len()));
            let hits = matcher.find_all(&text);
            let found: Vec<&str> = hits
                .iter()
                .map(|h| &text[h.span.range()])
                .filter(|s| s.len() > 2)
                .collect();
            assert_eq!(
                found,
                ["Verenigde\nStaten", "Europees\nParlement"],
                "filler {filler:?}, shift {shift}"
            );
        }
    }
}
