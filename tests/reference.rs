//! Compares the matcher with a brute-force reference on generated texts.
//!
//! The reference knows nothing of automata or offset maps: at every
//! character boundary it folds every slice of the original text, looks the
//! fold up among the folded forms, checks the word rules on the folded text
//! around the slice, and keeps the leftmost, then longest, valid slice. The
//! texts mix forms in random case, with and without accents, decomposed
//! (NFD), glued to letters, hyphens, genitive `s`, whitespace runs,
//! invisible characters and characters whose folding changes length.

use std::collections::HashMap;

use newsgraph::gazetteer::CaseRule;
use newsgraph::matcher::Matcher;
use newsgraph::normalize::fold;
use newsgraph::{Entity, Form, Gazetteer, Kind};

/// A small deterministic generator (xorshift64*), so failures reproduce.
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
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn gazetteer(with_stems: bool) -> Gazetteer {
    let mut b = Gazetteer::builder();
    b.add(
        Entity::new("ru", "Rusland", Kind::Country)
            .adjective("Russische")
            .alias("Russia"),
    )
    .add(
        Entity::new("nk", "Noord-Korea", Kind::Country)
            .adjective("Noord-Koreanen"),
    )
    .add(Entity::new("ko", "Korea", Kind::Region))
    .add(Entity::new("eu", "European Union", Kind::Organisation).alias("EU"))
    .add(Entity::new("is", "Islamic State", Kind::Organisation).alias("IS"))
    .add(Entity::new("nice", "=Nice", Kind::Place))
    .add(Entity::new("ua", "Oekraïne", Kind::Country))
    .add(Entity::new("st", "Straße", Kind::Place))
    .add(Entity::new("iz", "İzmir", Kind::Place))
    .add(Entity::new("us", "Verenigde Staten", Kind::Country))
    .add(Entity::new("kim", "Kim Jong-un", Kind::Person).partial("Kim"))
    .add(Entity::new("dh", "'s-Gravenhage", Kind::Place))
    .add(Entity::new("hoiby", "Høiby", Kind::Person))
    .add(Entity::new("co2", "CO2", Kind::Theme));
    if with_stems {
        b.add(
            Entity::new("def", "Defence", Kind::Theme)
                .alias("défense*")
                .alias("*drones")
                .alias("*raket*"),
        )
        .add(Entity::new("san", "Sanctions", Kind::Theme).alias("sanctie*"));
    }
    b.build().expect("reference gazetteer builds")
}

/// One claim as the reference sees it.
struct RefClaim {
    entity: String,
    written: String,
    case: CaseRule,
    open_start: bool,
    open_end: bool,
    genitive: bool,
}

fn reference_claims(g: &Gazetteer) -> HashMap<String, Vec<RefClaim>> {
    let mut keys: HashMap<String, Vec<RefClaim>> = HashMap::new();
    for e in g.entities() {
        for f in e.forms() {
            let genitive = f.form() != Form::Adjective
                && e.kind() != Kind::Theme
                && !f.stem().open_end()
                && f.text().chars().filter(|c| c.is_alphabetic()).count() >= 4;
            // The rule restated here, and the form's own flag, agree.
            assert_eq!(genitive, f.takes_genitive(), "{}", f.text());
            keys.entry(fold(f.text())).or_default().push(RefClaim {
                entity: e.id().to_string(),
                written: f.text().to_string(),
                case: f.case(),
                open_start: f.stem().open_start(),
                open_end: f.stem().open_end(),
                genitive,
            });
        }
    }
    keys
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn case_ok(claim: &RefClaim, surface: &str) -> bool {
    // Letters already agree up to case and diacritics: compare the case of
    // each letter.
    let caps = |s: &str| -> Vec<bool> {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .map(char::is_uppercase)
            .collect()
    };
    let (got, want) = (caps(surface), caps(&claim.written));
    match claim.case {
        CaseRule::Exact => got == want,
        CaseRule::AsWrittenOrUpper => got == want || got.iter().all(|&u| u),
        CaseRule::AcronymOrTitle => {
            got == want || got.iter().enumerate().all(|(i, &u)| u == (i == 0))
        }
        _ => true,
    }
}

/// `(start, end, entity)` by brute force.
fn reference(
    keys: &HashMap<String, Vec<RefClaim>>,
    text: &str,
) -> Vec<(usize, usize, String)> {
    let bounds: Vec<usize> =
        text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    // Folded character just before / at each boundary.
    let before: Vec<Option<char>> =
        bounds.iter().map(|&b| fold(&text[..b]).chars().next_back()).collect();
    let after: Vec<String> = bounds
        .iter()
        .map(|&b| fold(&text[b..]).chars().take(2).collect())
        .collect();
    let zero_output = |i: usize| {
        i + 1 < bounds.len()
            && fold(&text[bounds[i]..bounds[i + 1]]).is_empty()
    };
    let mut out = Vec::new();
    let mut pos = 0;
    // `pos` moves only right before `continue 'scan` restarts the range.
    #[allow(clippy::mut_range_bound)]
    'scan: while pos + 1 < bounds.len() {
        for p in pos..bounds.len() - 1 {
            if zero_output(p) {
                continue;
            }
            let mut best: Option<(usize, &RefClaim)> = None;
            for q in p + 1..bounds.len() {
                if zero_output(q) {
                    continue;
                }
                let slice = &text[bounds[p]..bounds[q]];
                let Some(claims) = keys.get(&fold(slice)) else { continue };
                let next: Vec<char> = after[q].chars().collect();
                let end_ok = !is_word(next.first().copied());
                let genitive = !end_ok
                    && next.first() == Some(&'s')
                    && !is_word(next.get(1).copied())
                    && slice.chars().next().is_some_and(char::is_uppercase);
                let start_ok = !is_word(before[p]);
                let claim = claims.iter().find(|c| {
                    (c.open_start || start_ok)
                        && (c.open_end || end_ok || (c.genitive && genitive))
                        && case_ok(c, slice)
                });
                if let Some(claim) = claim {
                    best = Some((q, claim));
                }
            }
            if let Some((mut q, claim)) = best {
                let mut p = p;
                if claim.open_start {
                    while p > pos && is_word(before[p]) {
                        p -= 1;
                    }
                    while zero_output(p) {
                        p += 1;
                    }
                }
                if claim.open_end {
                    while is_word(after[q].chars().next()) {
                        q += 1;
                    }
                    while zero_output(q) {
                        q += 1;
                    }
                }
                out.push((bounds[p], bounds[q], claim.entity.clone()));
                pos = q;
                continue 'scan;
            }
        }
        break;
    }
    out
}

fn generate(rng: &mut Rng, forms: &[&str]) -> String {
    const FILLER: &[&str] = &[
        "de", "is", "het", "Is", "vs", "en", "x", "ß", "İ", "😀", "ǅ", "_",
        "3", "nen", "s", "an", "é", "Ø", "kamikaze", "\u{308}",
    ];
    const GLUE: &[&str] = &[
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "-",
        ", ",
        ". ",
        "'",
        "\u{2019}s ",
        "s ",
        "\u{AD}",
        "",
        "\t",
        "\u{A0}",
        "(",
        ")",
    ];
    let mut text = String::new();
    for _ in 0..rng.below(12) + 1 {
        let piece = if rng.below(3) == 0 {
            rng.pick(FILLER).to_string()
        } else {
            let form = rng.pick(forms);
            vary(rng, form)
        };
        text.push_str(&piece);
        text.push_str(rng.pick(GLUE));
    }
    text
}

/// The form in another case, without accents, or decomposed.
fn vary(rng: &mut Rng, form: &str) -> String {
    let form = form.trim_start_matches('=').trim_matches('*');
    match rng.below(7) {
        0 => form.to_lowercase(),
        1 => form.to_uppercase(),
        2 => form.replace('ï', "i").replace('é', "e").replace('ø', "o"),
        3 => form.replace('ï', "i\u{308}").replace('é', "e\u{301}"),
        4 => form.replace(' ', "\n  "),
        _ => form.to_string(),
    }
}

fn compare(with_stems: bool, seed: u64, texts: usize) {
    let g = gazetteer(with_stems);
    let keys = reference_claims(&g);
    let matcher = Matcher::new(&g).unwrap();
    let forms: Vec<String> = g
        .entities()
        .iter()
        .flat_map(|e| e.forms().iter().map(|f| f.text().to_string()))
        .chain(["drones".into(), "sanctiepakket".into(), "raketten".into()])
        .collect();
    let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
    let mut rng = Rng(seed);
    for _ in 0..texts {
        let text = generate(&mut rng, &forms);
        let got: Vec<(usize, usize, String)> = matcher
            .find_all(&text)
            .iter()
            .map(|h| {
                assert!(text.is_char_boundary(h.span.start));
                assert!(text.is_char_boundary(h.span.end));
                let claim = matcher.claims(h).next().expect("a valid claim");
                let id = g.get(claim.entity).unwrap().id().to_string();
                (h.span.start, h.span.end, id)
            })
            .collect();
        assert_eq!(got, reference(&keys, &text), "text: {text:?}");
    }
}

#[test]
fn matcher_equals_reference_without_stems() {
    compare(false, 0x5EED_0001, 1500);
}

#[test]
fn matcher_equals_reference_with_stems() {
    compare(true, 0x5EED_0002, 1500);
}
