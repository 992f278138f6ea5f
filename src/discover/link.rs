//! Ids of discovered names, and their later mentions in the same document:
//! the full name again, or a person's surname alone (`Ter Horst` after
//! `Ilse ter Horst`, `Kim` after `Kim Yong-hyun`).

use super::cues;
use super::words::{self, is_capitalised};
use crate::gazetteer::Kind;
use crate::normalize::fold;
use crate::span::Span;

/// `new:person:kim-yong-hyun`: the kind and the folded name, lower case,
/// without diacritics, runs of other characters as one `-`.
pub(crate) fn id(kind: Kind, name: &str) -> String {
    let prefix = kind.as_str();
    let mut id = String::with_capacity(name.len() + prefix.len() + 5);
    id.push_str("new:");
    id.push_str(prefix);
    id.push(':');
    let start = id.len();
    let push = |c: char, id: &mut String| {
        if c.is_alphanumeric() {
            id.push(c);
        } else if id.len() > start && !id.ends_with('-') {
            id.push('-');
        }
    };
    // Most names are ASCII, which folds to lower case: no folded copy.
    if name.is_ascii() {
        for b in name.bytes() {
            push(char::from(b.to_ascii_lowercase()), &mut id);
        }
    } else {
        for c in fold(name).chars() {
            push(c, &mut id);
        }
    }
    let end = id.trim_end_matches('-').len();
    id.truncate(end);
    id
}

/// The short form a person's name is later written as: the last word and
/// the particles before it (`ter Horst`, `van Dam-Schouten`), or the family
/// name of an East-Asian name, written first (`Kim Yong-hyun`). `None` for
/// a name of one word, which is its own short form.
pub(crate) fn surname(name: &str) -> Option<&str> {
    let parts: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    if parts.len() < 2 {
        return None;
    }
    if east_asian(&parts.iter().map(|p| p.1).collect::<Vec<_>>()) {
        return Some(parts[0].1);
    }
    let mut first = parts.len() - 1;
    // `Nurlanbek uulu`: a patronymic's ending keeps the father's name.
    if first > 1 && super::names::is_patronymic_ending(parts[first].1) {
        first -= 1;
    }
    // `Rotich` of `Ezekiel arap Rotich`: Kalenjin's `son of` stays with
    // the given name.
    while first > 1
        && cues::is(parts[first - 1].1, cues::List::Particle)
        && parts[first - 1].1 != "arap"
    {
        first -= 1;
    }
    Some(&name[parts[first].0..])
}

/// What later text may call a person of the name `name` alone: the
/// surname, the last two words, a Vietnamese last given name, a Korean
/// hyphenated given name, Portuguese surnames joined by a particle, a
/// Spanish or Portuguese first surname, where the name has them. Longer
/// before shorter where one starts another (`Nogueira da Silva` before
/// `Nogueira`): the first to take a later span keeps it.
pub(crate) fn person_shorts(name: &str) -> impl Iterator<Item = &str> {
    [
        surname(name),
        last_two(name),
        vietnamese_given(name),
        hyphenated_given(name),
        surnames_with_particle(name),
        first_surname(name),
        first_of_two_families(name),
    ]
    .into_iter()
    .flatten()
}

/// The number of words of `name`, as the readings below split it: most
/// names have two, which most readings need no list of words to refuse.
fn word_count(name: &str) -> usize {
    name.bytes().filter(|&b| b == b' ').count() + 1
}

/// The last two words of a name of three or more without particles
/// (`Gomes Neto` of `Francisco Gomes Neto`): double surnames are written
/// alone too.
pub(crate) fn last_two(name: &str) -> Option<&str> {
    if word_count(name) < 3 {
        return None;
    }
    let parts: Vec<&str> = name.split(' ').collect();
    if parts.len() < 3
        || parts.iter().any(|p| cues::is(p, cues::List::Particle))
    {
        return None;
    }
    let n = parts.len();
    let len = parts[n - 2].len() + 1 + parts[n - 1].len();
    Some(&name[name.len() - len..])
}

/// The surnames after one or two known given names where a particle
/// joins two (`Nogueira da Silva` of `Rafael Nogueira da Silva`, `Quispe
/// de la Vega` of `Rosa Elena Quispe de la Vega`), as Portuguese and
/// Spanish names are written later; not a second given name (`Gerrit Jan
/// van der Veen`).
pub(crate) fn surnames_with_particle(name: &str) -> Option<&str> {
    if word_count(name) < 4 {
        return None;
    }
    let parts: Vec<&str> = name.split(' ').collect();
    let particle = |p: &&str| cues::is(p, cues::List::Particle);
    let given = |p: &&str| super::given::is_given(p);
    let lead = match parts[..] {
        [a, b, ..] if given(&a) && given(&b) => 2,
        [a, ..] if given(&a) => 1,
        _ => return None,
    };
    let [first, ref middle @ .., _] = parts[lead..] else { return None };
    let fits = !middle.is_empty()
        && !given(&first)
        && !particle(&first)
        && middle.iter().any(particle);
    let skip: usize = parts[..lead].iter().map(|p| p.len() + 1).sum();
    fits.then(|| &name[skip..])
}

/// The first of two surnames after one or two known given names
/// (`Quispe` of `Teodoro Quispe Mamani` and `Víctor Hugo Quispe Mamani`,
/// `Ferreira` of `Sebastião Ferreira dos Santos`), as Spanish and
/// Portuguese names are written later; not a second given name (`Luiz
/// Otávio Cavalcanti`, `Mary Ann Smith`), nor in an East-Asian name, nor
/// where another particle joins them (`Jan Visser van Dam`).
pub(crate) fn first_surname(name: &str) -> Option<&str> {
    if word_count(name) < 3 {
        return None;
    }
    let parts: Vec<&str> = name.split(' ').collect();
    let given = |p: &str| super::given::is_given(p);
    let lead = parts.iter().take(2).take_while(|p| given(p)).count();
    let first = match parts[lead.max(1)..] {
        [first, _] => first,
        [first, "da" | "das" | "do" | "dos" | "de" | "del" | "e" | "y", _] => {
            first
        }
        _ => return None,
    };
    let fits = lead > 0
        && !given(first)
        && !cues::is(first, cues::List::Particle)
        && !east_asian(&parts);
    fits.then_some(first)
}

/// The first of two East-Asian family names (`Zhang` of `Zhang Wei`),
/// which Chinese news writes first and later alone; the second is the
/// surname too (`Wei Zhang`, [`surname`]), as the order cannot tell.
pub(crate) fn first_of_two_families(name: &str) -> Option<&str> {
    let family = |p: &str| cues::is(p, cues::List::EastAsianFamily);
    let (first, second) = name.split_once(' ')?;
    (!second.contains(' ') && family(first) && family(second)).then_some(first)
}

/// Vietnamese family names: news writes such a person by the family name
/// (`Tran`, Reuters) or by the last given name (`Lan`, AFP).
const VIETNAMESE_FAMILY: &[&str] = &[
    "Nguyen", "Tran", "Pham", "Le", "Hoang", "Huynh", "Phan", "Vu", "Vo",
    "Dang", "Bui", "Ngo", "Duong",
];

/// The last given name of a Vietnamese name of three words or more
/// (`Lan` of `Nguyen Thi Thu Lan`), which later text may write alone.
pub(crate) fn vietnamese_given(name: &str) -> Option<&str> {
    if word_count(name) < 3 {
        return None;
    }
    let parts: Vec<&str> = name.split(' ').collect();
    (parts.len() >= 3
        && VIETNAMESE_FAMILY.contains(&parts[0])
        && east_asian(&parts))
    .then(|| parts[parts.len() - 1])
}

/// The hyphenated given name of a two-word East-Asian name (`Seo-yeon` of
/// `Kim Seo-yeon`), which sport and culture news write alone; too
/// distinct to be anyone else's word.
pub(crate) fn hyphenated_given(name: &str) -> Option<&str> {
    if !name.contains('-') {
        return None;
    }
    let parts: Vec<&str> = name.split(' ').collect();
    match parts[..] {
        [_, given] if given.contains('-') && east_asian(&parts) => Some(given),
        _ => None,
    }
}

/// `Kim Yong-hyun`, `Pan Zhanle`, `Xi Jin Ping`, `Tran Thi Thu Hang`: a
/// listed family name first, then a hyphenated given name in lower case
/// after the hyphen, a given name of pinyin syllables, or two or three
/// short words.
fn east_asian(parts: &[&str]) -> bool {
    if !cues::is(parts[0], cues::List::EastAsianFamily) {
        return false;
    }
    let short = |w: &&str| w.len() <= 5;
    match parts {
        [_, given] => {
            given.split_once('-').is_some_and(|(_, b)| {
                b.chars().next().is_some_and(char::is_lowercase)
            }) || is_pinyin_name(given)
                // `Wei Zhang`: a family name second is written last.
                && !cues::is(given, cues::List::EastAsianFamily)
        }
        [_, rest @ ..] if (2..=3).contains(&rest.len()) => {
            rest.iter().all(short)
        }
        _ => false,
    }
}

/// Whether `word` is a capitalised given name of one to three pinyin
/// syllables written together (`Zhanle`, `Mengyao`, `Jinping`): no
/// Western name splits so (`Clijsters`, `Anderson`).
fn is_pinyin_name(word: &str) -> bool {
    pinyin_syllables(word).is_some_and(|n| (1..=3).contains(&n))
}

/// The fewest pinyin syllables that spell the capitalised `word`
/// (`Yifan` 2, `Ning` 1), if pinyin spells it at all.
pub(crate) fn pinyin_syllables(word: &str) -> Option<usize> {
    let mut chars = word.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase())
        || !chars.all(|c| c.is_ascii_lowercase())
    {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    // Fewest syllables that spell the word up to each byte.
    let bytes = lower.as_bytes();
    let mut fewest = vec![usize::MAX; bytes.len() + 1];
    fewest[0] = 0;
    for start in 0..bytes.len() {
        if fewest[start] == usize::MAX {
            continue;
        }
        for end in start + 1..=bytes.len().min(start + 6) {
            if is_pinyin_syllable(&lower[start..end]) {
                fewest[end] = fewest[end].min(fewest[start] + 1);
            }
        }
    }
    Some(fewest[bytes.len()]).filter(|&n| n != usize::MAX)
}

/// A pinyin syllable without its tone: an initial (or none) and a final.
fn is_pinyin_syllable(syllable: &str) -> bool {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
        "h", "j", "q", "x", "r", "z", "c", "s", "y", "w",
    ];
    const FINALS: &[&str] = &[
        "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng",
        "ong", "er", "i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing",
        "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue",
    ];
    let final_of = |s: &str| FINALS.contains(&s);
    final_of(syllable)
        || INITIALS
            .iter()
            .any(|i| syllable.strip_prefix(i).is_some_and(&final_of))
}

/// A company's name without the legal form it ends in (`Austal` of
/// `Austal Ltd`, `Zaanstad Cocoa` of `Zaanstad Cocoa N.V.`), as it is
/// written again later.
pub(crate) fn without_legal_form(name: &str) -> Option<&str> {
    let (core, last) = name.rsplit_once(' ')?;
    let core = core.trim_end();
    (!core.is_empty() && cues::LEGAL_SUFFIXES.contains(&last)).then_some(core)
}

/// Words of trade at the end of a firm's name, which news leaves off
/// when it writes the firm again (`Westgate` of `Westgate Resources Pty
/// Ltd`, `Harambee` of `Harambee Bank`).
#[rustfmt::skip]
const TRADES: &[&str] = &[
    "Resources", "Energy", "Minerals", "Mining", "Metals", "Gold",
    "Lithium", "Cobalt", "Copper", "Nickel", "Oil", "Gas", "Petroleum",
    "Bank", "Medical", "Devices", "Solutions", "Capital", "Partners",
    "Technologies", "Technology", "Foods", "Construction", "Industries",
    "Motors", "Pharmaceuticals", "Pharma", "Therapeutics", "Labs",
    "Ventures", "Investments", "Securities", "Logistics", "Electronics",
    "Chemicals", "Airlines", "Airways", "Shipping", "Steel", "Cement",
    "Power", "Telecom", "Communications", "Systems", "Software",
    "Networks", "Insurance", "Financial", "Properties", "Textiles",
    "Knitwear", "Renewables", "Hydrogen", "Solar", "Breweries", "Brewery",
    "Groep", "Bouw", "Vastgoed", "Techniek", "Transport", "Beheer",
    "Semiconductor", "Semiconductors", "Retail", "Aviation", "Automotive",
    "Biotech", "Healthcare", "Media", "Dairy", "Fire", "Marine",
    "Maritime", "Aggregates",
    // Dutch care and services (`Intermezzo Jeugdhulp`, `Zonnestraal
    // Thuiszorg`)
    "Jeugdhulp", "Jeugdzorg", "Thuiszorg", "Zorg", "Kinderopvang",
    "Makelaardij", "Installatietechniek", "Schoonmaak", "Uitzendbureau",
    // `Nordhavn` of `Nordhavn Lines A/S`
    "Lines", "Group", "Holdings", "Holding", "Trading", "Infra", "Seafood",
    "Aquaculture", "Farms", "Engineering", "Consulting", "Stevedoring",
    "Stores", "Homes", "Supermarkets", "Supermarket", "Dairies",
    "Advisory",
];

/// Where a firm or body works, written after its name (`Paylink Africa`,
/// `Amnesty International`): news writes the name again without it.
#[rustfmt::skip]
const MARKETS: &[&str] = &[
    "Africa", "Europe", "Asia", "International", "Nederland", "Benelux",
    "Netherlands", "Belgium", "België",
];

/// A firm's name without the words of trade and legal forms it ends in
/// (`Lakeshore` of `Lakeshore Medical Devices Inc`, `Southern Cross` of
/// `Southern Cross Lithium Ltd`), where a word of trade was among them,
/// or a club's without its abbreviation (`Tamale City` of `Tamale City
/// FC`), or of where it works (`Paylink` of `Paylink Africa`): one or
/// two words, as news writes the firm or club again. See
/// [`without_legal_form`] for the legal form alone.
pub(crate) fn without_trade(name: &str) -> Option<&str> {
    let mut core = name;
    let mut trade = false;
    while let Some((head, last)) = core.rsplit_once(' ') {
        // `Fire & Marine Insurance`: words of trade joined.
        let joins = trade && matches!(last, "&" | "and" | "en");
        if TRADES.contains(&last)
            || MARKETS.contains(&last)
            || cues::CLUB_SUFFIXES.contains(&last)
        {
            trade = true;
        } else if !cues::LEGAL_SUFFIXES.contains(&last) && !joins {
            break;
        }
        core = head.trim_end();
    }
    let words = core.split(' ').count();
    let named = core
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    (trade && named && words <= 2).then_some(core)
}

/// The acronym in brackets right after `span` (`(NUP)`, `(UGent)`): two
/// capitals or more, letters and digits only.
pub(crate) fn acronym_after(text: &str, span: Span) -> Option<Span> {
    let inner = text[span.end..].strip_prefix(" (")?;
    let close = inner.find(')')?;
    let acronym = &inner[..close];
    let capitals = acronym.chars().filter(|c| c.is_uppercase()).count();
    let fits = (2..=10).contains(&acronym.len())
        && capitals >= 2
        && acronym.starts_with(char::is_uppercase)
        && acronym.chars().all(char::is_alphanumeric);
    let start = span.end + 2;
    fits.then(|| Span::new(start, start + close))
}

/// The short name in brackets right after `span`, which names an
/// organisation: its [`acronym_after`], or one capitalised word of four
/// letters or more whose letters the name holds in order, from one of
/// its words' first letters (`Ghana Cocoa Board (Cocobod)`, `Philippine
/// Institute of Volcanology and Seismology (Phivolcs)`), as the names of
/// agencies are shortened.
pub(crate) fn short_after(text: &str, span: Span) -> Option<Span> {
    if let Some(acronym) = acronym_after(text, span) {
        return Some(acronym);
    }
    let inner = text[span.end..].strip_prefix(" (")?;
    let close = inner.find(')')?;
    let short = &inner[..close];
    let fits = (4..=12).contains(&short.len())
        && short.starts_with(|c: char| c.is_ascii_uppercase())
        && short[1..].bytes().all(|b| b.is_ascii_lowercase());
    if !fits {
        return None;
    }
    let name = text[span.range()].to_ascii_lowercase();
    let short = short.to_ascii_lowercase();
    let first = short.as_bytes()[0];
    // From a word's first letter, the rest in order after it.
    let spelt =
        name.match_indices(' ').map(|(i, _)| i + 1).chain([0]).any(|start| {
            let mut rest = name.as_bytes()[start..].iter();
            name.as_bytes()[start] == first
                && short.bytes().skip(1).all(|l| rest.any(|&b| b == l))
        });
    let start = span.end + 2;
    spelt.then(|| Span::new(start, start + close))
}

/// Where `short` is written again in `text` between `from` and `to`, as
/// whole words not next to another capitalised word (`Piet Smit` is no
/// later `Smit`): particles may start with a capital (`Ter Horst`). In
/// a `headline`, a word that opens it may stand before (`Volendammer
/// Kwakman stunt`).
pub(crate) fn later(
    text: &str,
    short: &str,
    (from, to): (usize, usize),
    (nations, headline): (&[usize], bool),
    mut found: impl FnMut(Span),
) {
    let mut core = short.rsplit(' ').next().unwrap_or(short);
    // `al-Amri`, capitalised at a sentence's start (`Al-Amri zegt`): a
    // prefix in lower case is compared as the head is, in any case.
    if let Some((prefix, rest)) = core.split_once('-') {
        if !prefix.is_empty() && prefix.chars().all(char::is_lowercase) {
            core = rest;
        }
    }
    let head = &short[..short.len() - core.len()];
    // An empty word would be found everywhere, and found again forever.
    let Some((&first, rest)) = core.as_bytes().split_first() else { return };
    let Some(hay) = text.as_bytes().get(from..to) else { return };
    // The name's first byte by `memchr`, then the rest compared: a block
    // is short and searched for each name once or twice, so a searcher
    // built for the name costs more than it saves. Occurrences do not
    // overlap; a valid needle matches at character boundaries.
    let mut free = 0;
    for i in memchr::memchr_iter(first, hay) {
        if i < free || !hay[i + 1..].starts_with(rest) {
            continue;
        }
        free = i + core.len();
        let end = from + i + core.len();
        // The head may reach back past the start of the text.
        let Some(start) = (from + i).checked_sub(head.len()) else {
            continue;
        };
        if start < from
            || !text.is_char_boundary(start)
            || !same_head(&text[start..end - core.len()], head)
        {
            continue;
        }
        // A Dutch genitive stays outside (`Mulders zus`), as for the
        // gazetteer's forms of four letters or more.
        // Three letters do before a word in lower case (`Kims advocaat`).
        let long = core.chars().count() >= 4
            || text[end..].starts_with("s ")
                && text[end + 2..].starts_with(char::is_lowercase);
        let genitive = long
            && !core.ends_with('s')
            && text[end..].starts_with('s')
            && !text[end + 1..].starts_with(char::is_alphanumeric);
        let span = Span::new(start, end);
        let word = Span::new(start, end + usize::from(genitive));
        if standalone(text, word, nations, headline) {
            found(span);
        }
    }
}

/// Whether `written` is the `head` of a name: the same letters, where a
/// particle may change its case (`Ter Horst` for `ter Horst`), but a
/// capitalised word keeps its capital (`a bank of Ghana` is no later
/// `Bank of Ghana`).
fn same_head(written: &str, head: &str) -> bool {
    written.eq_ignore_ascii_case(head)
        && written.split(' ').zip(head.split(' ')).all(|(w, h)| {
            !h.starts_with(char::is_uppercase)
                || w.starts_with(char::is_uppercase)
        })
}

/// Whole words, and no capitalised word right before or after (other than
/// at the start of a sentence, which a capital cannot tell; nor, in a
/// `headline`, a word that opens it), but for a
/// nation's adjective or possessive before it, whose mentions end at
/// `nations` (`Colombian Ruiz wins`, `Mongolia's Batbayar`). A compound
/// with a word in lower case after a hyphen names it too, as the
/// gazetteer's forms do (`Katwijk-trainer`, `Dewitte-doelpunt`).
fn standalone(
    text: &str,
    span: Span,
    nations: &[usize],
    headline: bool,
) -> bool {
    let before = text[..span.start].chars().next_back();
    let rest = &text[span.end..];
    let compound = rest
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(char::is_lowercase));
    // Nor inside an e-mail or a web address (`info@Limburg.net`).
    if before
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '@' | '/'))
        || rest.starts_with(char::is_alphanumeric)
        || rest.starts_with('-') && !compound
    {
        return false;
    }
    let next = words::next(text, span.end, text.len())
        .filter(|w| words::only_space(text, span.end, w.start));
    if next.is_some_and(|w| is_capitalised(&text[w.range()])) {
        return false;
    }
    let previous = words::previous(text, 0, span.start)
        .filter(|w| words::only_space(text, w.end, span.start));
    let nation = |w: Span| {
        let end = w.start + words::without_possessive(&text[w.range()]).len();
        nations.binary_search(&end).is_ok()
    };
    // `Volendammer Kwakman stunt`, `Schoolgirl Reid breaks`: a word that
    // opens a headline is capitalised for that (`Piet Kwakman` there is
    // a name found whole, which a later mention may not overlap).
    let opening = |w: Span| {
        let head = text[..w.start].trim_end_matches([' ', '\t']);
        headline && (head.is_empty() || head.ends_with(['.', '!', '?', '\n']))
    };
    !previous.is_some_and(|w| {
        let word = &text[w.range()];
        is_capitalised(word)
            && !cues::is(word, cues::List::Stop)
            && !nation(w)
            && !opening(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_folded_slugs() {
        let rows = [
            (Kind::Person, "Kim Yong-hyun", "new:person:kim-yong-hyun"),
            (Kind::Person, "Sébastien Bakker", "new:person:sebastien-bakker"),
            (Kind::Person, "Ilse ter Horst", "new:person:ilse-ter-horst"),
            (
                Kind::Organisation,
                "Bouwbedrijf Hendriks B.V.",
                "new:organisation:bouwbedrijf-hendriks-b-v",
            ),
            (
                Kind::Organisation,
                "Johnson & Johnson",
                "new:organisation:johnson-johnson",
            ),
        ];
        for (kind, name, expected) in rows {
            assert_eq!(id(kind, name), expected);
        }
    }

    #[test]
    fn surnames() {
        let rows = [
            ("Ilse ter Horst", Some("ter Horst")),
            ("Gerrit Jan van der Veen", Some("van der Veen")),
            ("Evelien van Dam-Schouten", Some("van Dam-Schouten")),
            ("Touria el Idrissi", Some("el Idrissi")),
            ("Kim Yong-hyun", Some("Kim")),
            ("Kim Jong Un", Some("Kim")),
            ("Lee Anderson", Some("Anderson")),
            ("Pan Zhanle", Some("Pan")),
            ("Li Mengyao", Some("Li")),
            ("Tran Thi Thu Hang", Some("Tran")),
            ("Kim Clijsters", Some("Clijsters")),
            ("Lee Westwood", Some("Westwood")),
            ("Chen Abrahamsson", Some("Abrahamsson")),
            ("Wei Zhang", Some("Zhang")),
            ("Abu Bakr al-Baghdadi", Some("al-Baghdadi")),
            ("Faber", None),
        ];
        for (name, expected) in rows {
            assert_eq!(surname(name), expected, "{name}");
        }
    }

    #[test]
    fn first_surnames_and_vietnamese_given_names() {
        let first = [
            ("Teodoro Quispe Mamani", Some("Quispe")),
            ("Tomás Barrientos Vera", Some("Barrientos")),
            ("Víctor Hugo Quispe Mamani", Some("Quispe")),
            ("Sebastião Ferreira dos Santos", Some("Ferreira")),
            ("Marta Sousa e Silva", Some("Sousa")),
            ("Luiz Otávio Cavalcanti", None),
            ("Jan Visser van Dam", None),
            ("Carlos de la Cruz", None),
            ("Maria Helena de Souza", None),
            ("Mary Ann Smith", None),
            ("Jan van Dijk", None),
            ("Nguyen Van Hung", None),
            ("Pieter Omtzigt", None),
        ];
        for (name, expected) in first {
            assert_eq!(first_surname(name), expected, "{name}");
        }
        let given = [
            ("Nguyen Thi Thu Lan", Some("Lan")),
            ("Nguyen Van Hung", Some("Hung")),
            ("Li Mengyao", None),
            ("Nguyen Abrahamsson Smit", None),
        ];
        for (name, expected) in given {
            assert_eq!(vietnamese_given(name), expected, "{name}");
        }
        let joined = [
            ("Rafael Nogueira da Silva", Some("Nogueira da Silva")),
            ("Gerrit Jan van der Veen", None),
            ("Jan van Dijk", None),
            ("Rafael Nogueira Silva", None),
        ];
        for (name, expected) in joined {
            assert_eq!(surnames_with_particle(name), expected, "{name}");
        }
    }

    #[test]
    fn names_without_their_legal_form() {
        let rows = [
            ("Austal Ltd", Some("Austal")),
            ("Zaanstad Cocoa N.V.", Some("Zaanstad Cocoa")),
            ("Bank of America", None),
            ("Nexperia", None),
            // Nothing but the legal form, or spaces before it.
            (" B.V.", None),
            ("Acme  Ltd", Some("Acme")),
        ];
        for (name, expected) in rows {
            assert_eq!(without_legal_form(name), expected, "{name}");
        }
    }

    #[test]
    fn names_without_their_trade() {
        let rows = [
            ("Westgate Resources Pty Ltd", Some("Westgate")),
            ("Lakeshore Medical Devices Inc", Some("Lakeshore")),
            ("Southern Cross Lithium Ltd", Some("Southern Cross")),
            ("Harambee Bank", Some("Harambee")),
            ("Tamale City FC", Some("Tamale City")),
            ("Paylink Africa", Some("Paylink")),
            ("Kestrel Logistics Nederland B.V.", Some("Kestrel")),
            ("Hanbit Semiconductor Co", Some("Hanbit")),
            ("Sakuragawa Fire & Marine Insurance Co.", Some("Sakuragawa")),
            ("Procter & Gamble", None),
            ("Corrib Aviation", Some("Corrib")),
            ("Nordhavn Lines A/S", Some("Nordhavn")),
            ("Valcastra Trading SA", Some("Valcastra")),
            ("Sengdara Group", Some("Sengdara")),
            ("Bayanihan Stores Holdings", Some("Bayanihan")),
            // The words left must be a name: not `Bank of`.
            ("Bank of Africa", None),
            // No word of trade: the legal form alone is left off elsewhere.
            ("Austal Ltd", None),
            ("Bank of America", None),
            ("Bank", None),
            // Three words left are no short name.
            ("Ghana Commercial Rural Bank", None),
        ];
        for (name, expected) in rows {
            assert_eq!(without_trade(name), expected, "{name}");
        }
    }

    #[test]
    fn later_mentions() {
        let rows = [
            (
                "Ter Horst zei. Volgens ter Horst ja.",
                "ter Horst",
                vec!["Ter Horst", "ter Horst"],
            ),
            (
                "Piet Smit en Smit Transport, maar Smit zei",
                "Smit",
                vec!["Smit"],
            ),
            ("Smitje en Smitsen", "Smit", vec![]),
            ("Mulders zus kwam", "Mulder", vec!["Mulder"]),
            ("Kims advocaat zei", "Kim", vec!["Kim"]),
            ("Kims Bar", "Kim", vec![]),
            ("Ook Kuipers kwam.", "Kuipers", vec!["Kuipers"]),
            // An empty word, or a name that ends in a space, is no name.
            ("Ook Kuipers kwam.", "", vec![]),
            ("Ook Kuipers kwam.", "Kuipers ", vec![]),
            // An Arabic prefix in lower case, capitalised at a sentence's
            // start; not the name without it.
            (
                "Al-Amri zegt het. Ook al-Amri. Amri niet, el-Amri niet.",
                "al-Amri",
                vec!["Al-Amri", "al-Amri"],
            ),
        ];
        for (text, short, expected) in rows {
            let mut found = Vec::new();
            later(text, short, (0, text.len()), (&[], false), |s| {
                found.push(&text[s.range()]);
            });
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn surnames_after_a_nation() {
        // (text, where nations' mentions end, found)
        let rows: [(&str, &[usize], Vec<&str>); 5] = [
            ("Colombian Ruiz wins", &[9], vec!["Ruiz"]),
            ("Colombian Ruiz wins", &[], vec![]),
            ("Mongolia's Ruiz wins", &[8], vec!["Ruiz"]),
            ("Mongolia\u{2019}s Ruiz wins", &[8], vec!["Ruiz"]),
            ("Piet Ruiz wins", &[9], vec![]),
        ];
        for (text, nations, expected) in rows {
            let mut found = Vec::new();
            later(text, "Ruiz", (0, text.len()), (nations, false), |s| {
                found.push(&text[s.range()]);
            });
            assert_eq!(found, expected, "{text}");
        }
    }
}
