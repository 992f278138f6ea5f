//! Organisations read from the words around people, roles and nouns,
//! rather than from an organisation noun before them: the body a person
//! works for (`Jos Versteeg van InsingerGilissen`, `an economist at
//! Nedbank`), a name before an English noun (`Faye's Pastef party`) or
//! before a role and a person (`DMK spokesman A. Saravanan`), the names
//! a plural noun lists (`de vakbonden ACV en ABVV`), and a known company
//! with its legal form (`Embraer S.A.`).

use super::cues::{self, List};
use super::names::{self, Area};
use super::words::{self, is_acronym, is_capitalised, lowered};
use super::{CueKind, Found, Sentences, found};
use crate::Mention;
use crate::gazetteer::{Form, Kind};
use crate::span::Span;

/// Prepositions between a person, or a role in apposition, and the body
/// they work for.
const EMPLOYER_PREPOSITIONS: &[&str] = &["van", "of", "at", "bij", "for"];

/// Articles before the body's name (`van het Nationaal Rampenbureau`).
const ARTICLES: &[&str] = &["de", "het", "the"];

/// Capitalised articles that start names in other languages (`La
/// Libertad Avanza`, `De Klimop`).
const NAME_ARTICLES: &[&str] = &["La", "El", "Le", "Los", "Las", "De", "Het"];

/// The organisation named right after `at`, the end of a person's name or
/// of a role in apposition, behind one of the [`EMPLOYER_PREPOSITIONS`]:
/// `Marco Verhoef van Weeronline`, `Iván Cepeda of the Historic Pact`,
/// `a spokesperson for the Office of Civil Defense`. Not a portfolio
/// (`minister van Volksgezondheid`) or a mention (`burgemeester van
/// Hoogeveen`).
pub(crate) fn employer_after(area: &Area<'_>, at: usize) -> Option<Span> {
    let text = area.text;
    let end = area.sentence.end;
    // Most names and roles have no preposition after them: a test of
    // the bytes before reading words.
    let rest = &text.as_bytes()[at..end];
    if !EMPLOYER_PREPOSITIONS.iter().any(|p| {
        rest.len() > p.len() + 1
            && rest[0] == b' '
            && rest[1..=p.len()] == *p.as_bytes()
            && rest[p.len() + 1] == b' '
    }) {
        return None;
    }
    let preposition = words::next(text, at, end)?;
    let written = &text[preposition.range()];
    let mut from = preposition.end;
    if let Some(article) = words::next(text, from, end)
        .filter(|a| ARTICLES.contains(&&text[a.range()]))
    {
        from = article.end;
    }
    let first = words::next(text, from, end)?;
    let name = &text[first.range()];
    if area.taken(first) && area.modifier(first).is_none()
        || cues::is_portfolio(written, name)
        || cues::is(name, List::Stop)
    {
        return None;
    }
    names::organisation_after(area, from)
}

/// Whether `span` starts its sentence (or follows only punctuation there),
/// where a capital says nothing.
pub(crate) fn starts_sentence(area: &Area<'_>, span: Span) -> bool {
    let head = area.text[area.sentence.start..span.start].trim_end();
    !head.chars().any(char::is_alphanumeric)
        || ["-", "\u{2013}", "\u{2014}", ":"].iter().any(|d| head.ends_with(d))
}

/// The organisation before an English noun that says what it is: `Faye's
/// Pastef party`, `his Tamilaga Vettri Kazhagam (TVK) party`, `the
/// Central Obrera Boliviana (COB) union`. Not at the start of a sentence,
/// where a capital says nothing (`Opposition party leaders`).
pub(crate) fn before_noun(area: &Area<'_>, cue: Span) -> Option<Span> {
    let text = area.text;
    let noun = &text[cue.range()];
    if !cues::is(noun, List::OrganisationAfter)
        || !noun.starts_with(char::is_lowercase)
    {
        return None;
    }
    let head = text[area.sentence.start..cue.start].strip_suffix(' ')?;
    // An acronym in brackets between name and noun.
    let head = match head.strip_suffix(')') {
        Some(h) => {
            let open = h.rfind(" (")?;
            if !is_acronym(&h[open + 2..]) {
                return None;
            }
            &h[..open]
        }
        None => head,
    };
    let end = area.sentence.start + head.len();
    let span = with_article(area, name_before(area, end)?);
    (!starts_sentence(area, span)).then_some(span)
}

/// Words that open sentences before a comma, no names (`Meanwhile, the
/// company said`).
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "meanwhile", "however", "separately", "instead", "earlier", "still",
    "overall", "elsewhere", "nevertheless", "today", "yesterday", "intussen",
    "bovendien", "daarnaast", "ondertussen", "tegelijk", "tegelijkertijd",
    "inmiddels", "vervolgens", "uiteindelijk", "tenslotte", "daardoor",
    "momenteel", "binnenkort", "wereldwijd", "gisteren", "vandaag",
    "sindsdien", "voorlopig", "eveneens",
];

/// The organisation named before a comma and an organisation noun in
/// apposition: `met Sunvault, een bedrijf dat`, `Careem, a ride-hailing
/// company`, `Keolis, het Franse vervoersbedrijf`, `Groszek, Poland's
/// largest discount chain,`. Up to three words in lower case (or a
/// nationality) between the article (or a country's possessive) and the
/// noun; not before a role noun (`a company director`) or a possessive
/// (`the company's`), nor a name that starts with a known given name. At
/// the start of a sentence only where a comma closes the apposition and
/// the name is no opener (`Later, the company said`, `Meanwhile, the
/// group, which`).
pub(crate) fn in_apposition(area: &Area<'_>, cue: Span) -> Option<Span> {
    let text = area.text;
    let noun = &text[cue.range()];
    if !noun.starts_with(char::is_lowercase)
        || text[cue.end..].starts_with("'s")
    {
        return None;
    }
    if words::next(text, cue.end, area.sentence.end)
        .is_some_and(|w| cues::is_role(&text[w.range()]))
    {
        return None;
    }
    let mut at = cue.start;
    let mut between = 0;
    let article = loop {
        let w = words::previous(text, area.sentence.start, at)?;
        let word = &text[w.range()];
        let possessive = words::is_possessive(word) && area.taken(w);
        if words::ARTICLES.contains(&word) || possessive {
            break w;
        }
        let lower = !word.chars().any(char::is_uppercase);
        if between == 3 || !(lower || area.taken(w)) {
            return None;
        }
        between += 1;
        at = w.start;
    };
    let comma = text[area.sentence.start..article.start].strip_suffix(", ")?;
    let end = area.sentence.start + comma.len();
    let span = name_before(area, end)?;
    let first = text[span.range()].split(' ').next().unwrap_or("");
    let closed = closes_apposition(&text[cue.end..area.sentence.end]);
    let opener = cues::is(first, cues::List::Stop)
        || OPENERS.iter().any(|o| o.eq_ignore_ascii_case(first));
    let fits = (!starts_sentence(area, span) || closed && !opener)
        && span.end == end
        && text[span.range()].split(' ').count() <= 4
        && !super::given::is_given(first);
    fits.then_some(span)
}

/// Whether `rest`, after an apposition's noun, closes it with a comma,
/// at once or after `of` and up to three words in lower case (`the
/// family-owned maker of mechanical watches,`).
fn closes_apposition(rest: &str) -> bool {
    let rest = match rest.strip_prefix(" of ") {
        Some(of) => {
            let words = of.split(',').next().unwrap_or(of);
            let lower = words.split(' ').all(|w| {
                !w.is_empty()
                    && w.chars().all(|c| c.is_lowercase() || c == '-')
            });
            if !lower || words.split(' ').count() > 3 {
                return false;
            }
            &of[words.len()..]
        }
        None => rest,
    };
    rest.starts_with(',')
}

/// Whether an apposition after `span` says it names a body (`Green
/// Alatoo, an environmental group based in Bishkek`): a comma, an
/// article, up to three words in lower case and an organisation's noun.
pub(crate) fn described_as_body(area: &Area<'_>, span: Span) -> bool {
    let text = area.text;
    let Some(rest) = text
        .get(span.end..area.sentence.end)
        .and_then(|r| r.strip_prefix(", "))
    else {
        return false;
    };
    let mut at = area.sentence.end - rest.len();
    let Some(article) = words::next(text, at, area.sentence.end) else {
        return false;
    };
    if !words::ARTICLES.contains(&&text[article.range()]) {
        return false;
    }
    at = article.end;
    for _ in 0..4 {
        let Some(w) = words::next(text, at, area.sentence.end)
            .filter(|w| words::only_space(text, at, w.start))
        else {
            return false;
        };
        let word = &text[w.range()];
        if word.chars().any(char::is_uppercase) {
            return false;
        }
        if cues::is(word, List::OrganisationNoun) {
            // Not `a group director`.
            return !words::next(text, w.end, area.sentence.end)
                .is_some_and(|n| cues::is_role(&text[n.range()]));
        }
        at = w.end;
    }
    false
}

/// The organisation before a lower-case role noun that a person follows:
/// `DMK spokesman A. Saravanan`, `Federated Farmers president Wayne
/// Langford`, `Defence Ministry spokeswoman Maly Socheata`. At the start
/// of a sentence only an acronym or a name with a head noun
/// (`Opposition leader` and `Police spokesman` are none), and no word of
/// nationality or party (`Republican senator`).
pub(crate) fn before_role(area: &Area<'_>, cue: Span) -> Option<Span> {
    let text = area.text;
    // The word before: after a space, with a capital (a test of the
    // bytes before reading words).
    let head = &text[area.sentence.start..cue.start];
    let capital = head.strip_suffix(' ').is_some_and(|h| {
        h.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase))
    });
    if !capital || !text[cue.range()].starts_with(char::is_lowercase) {
        return None;
    }
    let span = name_before(area, cue.start)?;
    let name = &text[span.range()];
    let first = starts_sentence(area, span);
    let head = name.split(' ').any(|w| cues::is(w, List::OrganisationHead));
    // A head noun alone names no one body (`Government spokesman X`).
    if head && !name.contains(' ') && !is_acronym(name) {
        return None;
    }
    // English adjectives (`Iranian`), and Dutch ones inflected in `-se`
    // (`De Utrechtse wethouder`).
    let adjective = !name.contains(' ')
        && (["an", "ic", "ish", "ese", "ive", "al", "ist"]
            .iter()
            .any(|end| name.ends_with(end))
            || name.len() >= 6 && name.ends_with("se"));
    let fits = if first {
        is_acronym(name) || head
    } else {
        is_acronym(name) || head || !adjective
    };
    fits.then_some(span)
}

/// The organisation's name that ends at `end`, whole words not taken by
/// a mention: capitalised words or an acronym, without a possessive.
fn name_before(area: &Area<'_>, end: usize) -> Option<Span> {
    let last = words::previous(area.text, area.sentence.start, end)?;
    if last.end != area.text[..end].trim_end().len() || area.taken(last) {
        return None;
    }
    let span = names::organisation_before(area, end)?;
    let written = &area.text[span.range()];
    let stop = written.split(' ').all(|w| cues::is(w, List::Stop));
    (!stop && !area.taken(span)).then_some(span)
}

/// `span` with a capitalised article right before it (`La Libertad
/// Avanza`), not at the start of the sentence.
fn with_article(area: &Area<'_>, span: Span) -> Span {
    let text = area.text;
    match words::previous(text, area.sentence.start, span.start) {
        Some(w)
            if NAME_ARTICLES.contains(&&text[w.range()])
                && words::previous(text, area.sentence.start, w.start)
                    .is_some() =>
        {
            Span::new(w.start, span.end)
        }
        _ => span,
    }
}

/// The names a plural organisation noun lists: `de vakbonden ACV en ABVV`,
/// `de oppositiepartijen Groen, PVDA en Vlaams Belang`, `zorgaanbieders
/// als Pluryn en Levvel` (mentions already found are passed over). Each
/// name is capitalised words or an acronym; the list ends at anything
/// else.
pub(crate) fn listed_after(area: &Area<'_>, cue: Span) -> Vec<Span> {
    let text = area.text;
    let end = area.sentence.end;
    let mut out = Vec::new();
    let mut at = cue.end;
    // `als`, `zoals`, `such as`, `like` may stand before the list.
    let rest = &text[at..end];
    if let Some(lead) = [" als ", " zoals ", " such as ", " like "]
        .iter()
        .find(|lead| rest.starts_with(*lead))
    {
        at += lead.len() - 1;
    }
    let mut items = 0;
    // One item: a mention, or capitalised words.
    while let Some(w) = words::next(text, at, end) {
        if let Some(mention) = area.taken_by(w) {
            // A mention that runs on past the sentence (a name across a
            // line break) ends the list.
            if mention.start != w.start || mention.end > end {
                break;
            }
            at = mention.end;
        } else {
            let mut last = None;
            let mut next = w;
            while is_item_word(&text[next.range()]) && !area.taken(next) {
                last = Some(next);
                match words::next(text, next.end, end) {
                    Some(n) if words::only_space(text, next.end, n.start) => {
                        next = n;
                    }
                    _ => break,
                }
            }
            let Some(last) = last else { break };
            out.push(Span::new(w.start, last.end));
            at = last.end;
        }
        items += 1;
        // A separator: `,`, `en`, `and`.
        let rest = &text[at..end];
        if let Some(after) = rest.strip_prefix(',') {
            at = end - after.len();
            continue;
        }
        match words::next(text, at, end) {
            Some(s) if matches!(&text[s.range()], "en" | "and") => at = s.end,
            _ => break,
        }
    }
    if items < 2 {
        out.clear();
    }
    out
}

/// A word of a listed name: capitalised or an acronym, no stop word.
fn is_item_word(word: &str) -> bool {
    (is_capitalised(word) || is_acronym(word)) && !cues::is(word, List::Stop)
}

/// A gazetteer organisation with its legal form after it (`Embraer S.A.`,
/// `Commerzbank AG`): the whole name, as that organisation.
pub(crate) fn with_legal_form(text: &str, mention: &Mention) -> Option<Found> {
    if mention.kind != Kind::Organisation {
        return None;
    }
    // Up to two forms (`Samsung Electronics Co Ltd`), with the words
    // before one that belong to it (`Cemex S.A.B. de C.V.`).
    let mut end = mention.span.end;
    for _ in 0..2 {
        let Some(rest) = text[end..].strip_prefix(' ') else { break };
        let head = cues::LEGAL_FORM_HEADS
            .iter()
            .find(|h| rest.starts_with(**h))
            .map_or(0, |h| h.len());
        let rest = &rest[head..];
        let Some(suffix) = cues::LEGAL_SUFFIXES
            .iter()
            .chain(&["SA"])
            .filter(|s| rest.starts_with(**s))
            .max_by_key(|s| s.len())
        else {
            break;
        };
        let after = rest[suffix.len()..].chars().next();
        let form_end = end + 1 + head + suffix.len();
        if after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            || *suffix == "a.s." && super::coming_day(text, form_end)
        {
            break;
        }
        end = form_end;
    }
    if end == mention.span.end {
        return None;
    }
    let cue = Span::new(mention.span.end + 1, end);
    let span = Span::new(mention.span.start, cue.end);
    let mut f =
        found(text, span, Kind::Organisation, CueKind::LegalSuffix, cue);
    f.id = mention.entity.to_string();
    f.name = mention.name.to_string();
    Some(f)
}

/// The organisations around the people found so far (`employer_after`)
/// and the gazetteer's companies with their legal form.
pub(crate) fn around(
    text: &str,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
    mentions: &[Mention],
    found_so_far: &[Found],
) -> Vec<Found> {
    let people = found_so_far
        .iter()
        .filter(|f| f.kind == Kind::Person)
        .map(|f| f.span)
        .chain(
            mentions.iter().filter(|m| m.kind == Kind::Person).map(|m| m.span),
        );
    let mut out = Vec::new();
    for person in people {
        let Some(sentence) = sentences.open(person) else { continue };
        let area = Area { text, sentence, taken, absorbable };
        let role = words::previous(text, sentence.start, person.start)
            .map(|w| &text[w.range()]);
        // A minister's `van` names the portfolio (`Minister Ravindra
        // Jagessar van Natuurlijke Hulpbronnen`) or the country.
        if role.is_some_and(|r| {
            ends_in_role(r, &["minister", "staatssecretaris"])
        }) {
            continue;
        }
        if let Some(span) = employer_after(&area, person.end) {
            // A mayor's `van` names the town (`burgemeester Anna-Marie
            // Kotze van Lüderitz`).
            let mayor = role.is_some_and(governs_town);
            // A lawmaker's `of` before one word without an article names
            // the home town (`Representative Lena Fairbanks of
            // Brattleboro`), as American news writes; with one, a party
            // (`senator Cepeda of the Historic Pact`).
            let home = role.is_some_and(is_lawmaker)
                && &text[person.end..span.start] == " of "
                && !text[span.range()].contains(' ');
            let kind =
                if mayor || home { Kind::Place } else { Kind::Organisation };
            out.push(found(text, span, kind, CueKind::Employer, person));
        }
    }
    out.extend(mentions.iter().filter_map(|m| with_legal_form(text, m)));
    for m in mentions.iter().filter(|m| m.kind == Kind::Organisation) {
        let Some(sentence) = sentences.open(m.span) else { continue };
        let area = Area { text, sentence, taken, absorbable };
        if let Some(span) = acronym_with_name(&area, m.span) {
            let kind = CueKind::OrganisationNoun;
            out.push(found(text, span, Kind::Organisation, kind, m.span));
        }
    }
    out
}

/// A known organisation's acronym with the name of its branch or unit
/// after it (`FNV Metaal`, `OM Oost-Brabant`, `AZ Groeninge`, `GGD
/// Hollands Noorden`): a body of its own. Not a role (`VVD Kamerlid`) or
/// a person's name (`VVD Dilan Yeşilgöz`) after it.
fn acronym_with_name(area: &Area<'_>, acronym: Span) -> Option<Span> {
    let text = area.text;
    if !is_acronym(&text[acronym.range()])
        || !text[acronym.end..].starts_with(' ')
    {
        return None;
    }
    let next = words::next(text, acronym.end, area.sentence.end)?;
    let word = &text[next.range()];
    if !word.starts_with(char::is_uppercase)
        || is_acronym(word)
        || cues::is_role(word)
        || cues::is(word, List::Stop)
    {
        return None;
    }
    // `ATP Finals`, `BMW Ladies Championship`: an event, no body.
    let name = names::organisation_after(area, acronym.end)
        .filter(|name| name.start == next.start)
        .filter(|name| !names_no_body(&text[name.range()]))?;
    let person = names::person_after(area, acronym.end);
    person
        .is_none_or(|n| n.words < 2)
        .then(|| Span::new(acronym.start, name.end))
}

/// Words of the names of laws, treaties, plans and events, which come with
/// acronyms as bodies do (`Algemene Verordening Gegevensbescherming
/// (AVG)`, `Olympische Spelen (OS)`) but are no mentions.
#[rustfmt::skip]
const NO_BODIES: &[&str] = &[
    "wet", "verordening", "richtlijn", "verdrag", "akkoord", "act",
    "treaty", "convention", "agreement", "accord", "directive",
    "regulation", "programme", "program", "plan", "spelen", "games",
    "kampioenschap", "kampioenschappen", "championship", "championships",
    "festival", "conferentie", "conference", "summit", "prijs", "prize",
    "award", "index", "regeling", "protocol", "finals", "final", "open",
    "cup", "masters", "trophy", "classic", "awards", "tour", "marathon",
];

/// Last words of the names of laws and treaties, which hold heads of
/// bodies' names (`Clean Air Act`, `Investment Agreement`).
#[rustfmt::skip]
const LAWS: &[&str] = &[
    "Act", "Wet", "Treaty", "Verdrag", "Agreement", "Akkoord", "Accord",
    "Directive", "Richtlijn", "Regulation", "Verordening",
];

/// Whether `name` ends as the name of a law or treaty does ([`LAWS`]).
pub(crate) fn names_law(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| LAWS.contains(&last))
}

/// Whether a word of `name` says it names a law, plan or event
/// ([`NO_BODIES`]).
fn names_no_body(name: &str) -> bool {
    name.split([' ', '-'])
        .any(|w| NO_BODIES.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

/// The organisation named before the bracket at `open` that holds its
/// acronym (`Public Investment Fund (PIF)`, `Nationaal Coördinator
/// Groningen (NCG)`), with the acronym: two words or more, whose
/// capitalised words' initials the acronym spells in order, from its
/// first letter (`Algemeen Boerensyndicaat (ABS)`: the `S` of a compound
/// may come between). Not a person's name (a known given name first).
pub(crate) fn before_acronym(
    area: &Area<'_>,
    open: usize,
) -> Option<(Span, Span)> {
    let text = area.text;
    let inner = &text[open + 1..area.sentence.end];
    let len = inner.bytes().take_while(u8::is_ascii_uppercase).count();
    if !(2..=6).contains(&len) || !inner[len..].starts_with(')') {
        return None;
    }
    let acronym = Span::new(open + 1, open + 1 + len);
    if !text[..open].ends_with(' ') {
        return None;
    }
    let Some(name) = names::organisation_before(area, open) else {
        return spelt_over_known(area, open, acronym).map(|n| (n, acronym));
    };
    let written = &text[name.range()];
    let spelt = spells(&text[acronym.range()], written);
    // `Jan de Vries (JDV)`: a known given name first.
    let person = written.split(' ').next().is_some_and(super::given::is_given);
    (spelt && !person && !names_no_body(written)).then_some((name, acronym))
}

/// A known name right before the brackets with up to three capitalised
/// words before it that the acronym spells only with them: `United
/// Democratic Party (UDP)`, where the gazetteer knows `Democratic
/// Party`. Not where the known name alone is spelt (`Democratic Party
/// (DP)`), which [`known_acronym`] reads.
fn spelt_over_known(
    area: &Area<'_>,
    open: usize,
    acronym: Span,
) -> Option<Span> {
    let text = area.text;
    let last = words::previous(text, area.sentence.start, open)?;
    let known = area
        .taken_by(last)
        .filter(|k| k.end == last.end && k.start >= area.sentence.start)?;
    let letters = &text[acronym.range()];
    if spells(letters, &text[known.start..last.end]) {
        return None;
    }
    let mut start = known.start;
    for _ in 0..3 {
        let Some(w) = words::previous(text, area.sentence.start, start)
            .filter(|w| words::only_space(text, w.end, start))
            // A known one-word name may open it, the acronym says so
            // (`Independent Labour Party (ILP)`, not the paper).
            .filter(|w| area.taken_by(*w).is_none_or(|t| t == *w))
            .filter(|w| is_capitalised(&text[w.range()]))
        else {
            break;
        };
        start = w.start;
        if spells(letters, &text[start..last.end]) {
            return Some(Span::new(start, last.end));
        }
    }
    None
}

/// Whether the capitals `acronym` spell the capitalised words of `name`
/// in order, from its first letter, with at most two letters more (the
/// `S` of a compound: `Algemeen Boerensyndicaat (ABS)`).
fn spells(acronym: &str, name: &str) -> bool {
    let initials: Vec<u8> = name
        .split([' ', '-'])
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|w| w.as_bytes()[0])
        .collect();
    let letters = acronym.as_bytes();
    let mut rest = letters.iter();
    initials.len() >= 2
        && letters.len() <= initials.len() + 2
        && letters.first() == initials.first()
        && initials.iter().all(|i| rest.any(|l| l == i))
}

/// The acronym in brackets right after a known organisation
/// (`Centrum voor Cybersecurity België (CCB)`), where the
/// gazetteer does not know it: a mention of that organisation, as the
/// annotation counts an acronym after its name.
pub(crate) fn known_acronym(
    area: &Area<'_>,
    organisation: &Mention,
) -> Option<Found> {
    let text = area.text;
    let acronym = super::link::acronym_after(text, organisation.span)?;
    let written = &text[acronym.range()];
    // After a name of three words or more, three capitals or more need
    // not spell it in English (`Serbian Progressive Party (SNS)`); a
    // company's ticker stays out (`Embraer (EMBR)`).
    let name = &text[organisation.span.range()];
    let long = written.len() >= 3 && name.split(' ').count() >= 3;
    if acronym.end > area.sentence.end
        || area.taken(acronym)
        || !written.bytes().all(|b| b.is_ascii_uppercase())
        || !long && !spells(written, name)
    {
        return None;
    }
    Some(Found {
        span: acronym,
        kind: Kind::Organisation,
        id: organisation.entity.to_string(),
        name: organisation.name.to_string(),
        cue: super::Cue {
            kind: CueKind::Acronym,
            text: text[organisation.span.range()].to_string(),
            span: organisation.span,
        },
    })
}

/// What a role noun says of the organisations next to it: the name before
/// it, where a person follows (`DMK spokesman A. Saravanan`), and the
/// body after it, where it stands in apposition to a person (`Pareekh
/// Jain, an analyst at EIIRTrend`; not a relative: `X, son of Y`).
pub(crate) fn around_role(area: &Area<'_>, cue: Span, out: &mut Vec<Found>) {
    // The cheap tests first: they fail for most role nouns.
    let text = area.text;
    let person =
        || names::person_after(area, cue.end).is_some_and(|n| n.full());
    if let Some(span) = before_role(area, cue).filter(|_| person()) {
        out.push(found(text, span, Kind::Organisation, CueKind::Role, cue));
    }
    let written = &text[cue.range()];
    // A mayor's `of` names a town, not an employer (`Vasile Ceban, a
    // deputy mayor of Comrat`).
    if governs_town(written) {
        let town = employer_after(area, cue.end)
            .filter(|_| {
                super::apposition(area, cue).is_some() || bare_role(area, cue)
            })
            .filter(|span| !super::located::known_town_then_name(area, *span));
        if let Some(span) = town {
            out.push(found(text, span, Kind::Place, CueKind::Role, cue));
        }
        return;
    }
    let employer = employer_after(area, cue.end).filter(|_| {
        !cues::is_weak_role(written)
            && (super::apposition(area, cue).is_some()
                || bare_role(area, cue) && !takes_portfolio(written))
    });
    if let Some(span) = employer {
        let kind = if governs_region(written, &text[cue.end..span.start])
            && !text[span.range()].contains(' ')
        {
            Kind::Region
        } else {
            Kind::Organisation
        };
        out.push(found(text, span, kind, CueKind::Employer, cue));
    }
}

/// Whether `role` is a governor's and `between` it and the name is a bare
/// `of` or `van`: a one-word name there is the province (`the governor
/// of Dhofar`); after an article, a bank or body (`the governor of the
/// Reserve Bank`).
fn governs_region(role: &str, between: &str) -> bool {
    ends_in_role(role, &["governor", "gouverneur"])
        && matches!(between, " of " | " van ")
}

/// Whether `role` is a mayor's (`burgemeester`, `loco-burgemeester`,
/// `mayor`), whose `van`/`of` names the town.
fn governs_town(role: &str) -> bool {
    ends_in_role(role, &["burgemeester", "mayor"])
}

/// Whether `role` is an English title of a lawmaker (`Representative`,
/// `Rep.`, `Senator`, `Assemblywoman`).
fn is_lawmaker(role: &str) -> bool {
    [
        "representative",
        "rep.",
        "senator",
        "sen.",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "delegate",
    ]
    .iter()
    .any(|r| role.eq_ignore_ascii_case(r))
}

/// Whether `role` is one of `roles` or a compound ending in one, in any
/// case.
fn ends_in_role(role: &str, roles: &[&str]) -> bool {
    roles.iter().any(|r| {
        role.len()
            .checked_sub(r.len())
            .and_then(|start| role.get(start..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(r))
    })
}

/// Whether the role noun at `cue` names no one: an article before it and
/// no name after it (`een woordvoerder van Keolis`, `the chief executive
/// of Fonterra`), so the body after it is an employer.
fn bare_role(area: &Area<'_>, cue: Span) -> bool {
    let text = area.text;
    let start = super::compound_start(area, cue);
    words::previous(text, area.sentence.start, start)
        .is_some_and(|w| words::is_article(&text[w.range()]))
        && names::person_after(area, cue.end).is_none()
}

/// Roles whose `van`/`of` names no employer: a portfolio that no list
/// holds whole (`staatssecretaris van Toeslagen en Douane`), or a place
/// or country that a small one may be (`burgemeester van Oudenhoorn`).
#[rustfmt::skip]
const OF_PORTFOLIO_OR_PLACE: &[&str] = &[
    "minister", "staatssecretaris", "secretary", "commissaris",
    "commissioner", "wethouder", "gedeputeerde", "schepen", "burgemeester",
    "mayor", "gouverneur", "governor", "president", "premier", "koning",
    "koningin", "king", "queen", "prins", "prinses", "bisschop", "bishop",
    "ambassadeur", "ambassador", "gezant", "envoy", "consul",
];

/// Whether `role` is one of [`OF_PORTFOLIO_OR_PLACE`] or a compound of one.
pub(crate) fn takes_portfolio(role: &str) -> bool {
    lowered(role, |role| {
        OF_PORTFOLIO_OR_PLACE.iter().any(|r| role.ends_with(r.as_bytes()))
    })
}

/// Adds the names a plural organisation noun lists ([`listed_after`]).
pub(crate) fn push_listed(area: &Area<'_>, cue: Span, out: &mut Vec<Found>) {
    for span in listed_after(area, cue) {
        let kind = CueKind::OrganisationNoun;
        out.push(found(area.text, span, Kind::Organisation, kind, cue));
    }
}

/// A club's name before its abbreviation, as English writes clubs
/// (`Tamale City FC`, `Accra Lions FC`, and handball and hockey clubs in
/// Dutch: `Bevo HC`): the name and the abbreviation; not a prefix before
/// the name (`FC Utrecht`).
pub(crate) fn club_before_suffix(area: &Area<'_>, cue: Span) -> Option<Span> {
    let text = area.text;
    if !cues::CLUB_SUFFIXES.contains(&&text[cue.range()])
        || !text[..cue.start].ends_with(' ')
    {
        return None;
    }
    let next = words::next(text, cue.end, area.sentence.end)
        .filter(|n| n.start == cue.end + 1);
    if next.is_some_and(|n| is_capitalised(&text[n.range()])) {
        return None;
    }
    let name = names::organisation_before(area, cue.start - 1)?;
    // `Handballers Bevo HC`: a noun that opens the sentence is no word of
    // the name.
    let start = names::after_opening_noun(area, name);
    (name.end + 1 == cue.start).then(|| Span::new(start, cue.end))
}

/// A ministry in lower case with its portfolio, as Dutch writes one (`het
/// ministerie van Economische Zaken`, `het Marokkaanse ministerie van
/// Binnenlandse Zaken`): the noun and the portfolio name the body, as
/// `Ministry of Agriculture` does in English.
pub(crate) fn ministry(area: &Area<'_>, cue: Span) -> Option<Span> {
    let text = area.text;
    if &text[cue.range()] != "ministerie"
        || !text[cue.end..area.sentence.end].starts_with(" van ")
    {
        return None;
    }
    let van = cue.end + " van".len();
    let next = words::next(text, van, area.sentence.end)?;
    let name = names::organisation_after(area, van)?;
    (name.start == next.start).then(|| Span::new(cue.start, name.end))
}

/// Adds the name before an English organisation noun ([`before_noun`]),
/// or before one in apposition ([`in_apposition`]).
pub(crate) fn push_before_noun(
    area: &Area<'_>,
    cue: Span,
    out: &mut Vec<Found>,
) {
    if let Some(span) =
        before_noun(area, cue).or_else(|| in_apposition(area, cue))
    {
        let kind = CueKind::OrganisationNoun;
        out.push(found(area.text, span, Kind::Organisation, kind, cue));
    }
}

/// Whether a lower-case role noun and a capitalised word follow `name`:
/// the name is then an organisation's, before its person (`said Federated
/// Farmers president Wayne Langford`), and no person.
pub(crate) fn before_role_noun(area: &Area<'_>, name: Span) -> bool {
    let text = area.text;
    let Some(role) = words::next(text, name.end, area.sentence.end) else {
        return false;
    };
    let written = &text[role.range()];
    written.starts_with(char::is_lowercase)
        && cues::is_role(written)
        && words::next(text, role.end, area.sentence.end)
            .is_some_and(|w| is_capitalised(&text[w.range()]))
}

/// Words that open a Dutch local party's name before its town
/// (`Leefbaar Rotterdam`, `Dorpsbelang Tjalleberd`); the town may be one
/// no list holds.
const LOCAL_PARTY_HEADS: &[&str] = &[
    "Leefbaar",
    "Gemeentebelangen",
    "Gemeentebelang",
    "Dorpsbelang",
    "Dorpsbelangen",
    "Stadsbelang",
    "Stadsbelangen",
];

/// Words that open a local party's name only before a known town, being
/// words of the language too (`Samen Genk`, `Lokaal Tilburg`; not `Samen
/// gaan we`, `Lokaal Nieuws`).
const LOCAL_PARTY_WORDS: &[&str] = &["Samen", "Sterk", "Lokaal"];

/// Words after a known town that end a local party's name (`Heerlen
/// Vooruit`, `Tilburg Lokaal`), even where the gazetteer knows the word as
/// a party of its own.
const LOCAL_PARTY_TAILS: &[&str] = &["Vooruit", "Lokaal"];

/// Local parties, named by a town and one of the words above: `capitals`
/// are the starts of the capitalised words of the block `range`, `towns`
/// the known towns in it.
pub(crate) fn local_parties(
    text: &str,
    (range, capitals): (Span, &[usize]),
    towns: impl Iterator<Item = Span>,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let party = |span, cue| {
        found(text, span, Kind::Organisation, CueKind::OrganisationNoun, cue)
    };
    for &start in capitals {
        // The heads are ASCII words: their first letter and their letters,
        // before reading a word.
        if !matches!(bytes[start], b'L' | b'G' | b'D' | b'S') {
            continue;
        }
        let letters = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let written = &text[start..start + letters];
        if !LOCAL_PARTY_HEADS.contains(&written)
            && !LOCAL_PARTY_WORDS.contains(&written)
        {
            continue;
        }
        let Some(head) = words::next(text, start, text.len())
            .filter(|w| w.end == start + letters)
        else {
            continue;
        };
        let any_town = LOCAL_PARTY_HEADS.contains(&written);
        let Some(sentence) = sentences.open(head) else { continue };
        let Some(town) = words::next(text, head.end, sentence.end)
            .filter(|w| w.start == head.end + 1)
            .filter(|w| is_capitalised(&text[w.range()]))
        else {
            continue;
        };
        // The whole word (`Lokaal Zaans Belang` is no `Lokaal Zaan`).
        let known = absorbable
            .binary_search_by_key(&town.start, |a| a.start)
            .ok()
            .filter(|&i| absorbable[i].end == town.end);
        let town = match known {
            Some(i) => absorbable[i],
            None if any_town => town,
            None => continue,
        };
        let span = Span::new(head.start, town.end);
        if super::clear_of(span, (taken, absorbable)) {
            out.push(party(span, head));
        }
    }
    // `Zaans Belang`, `Lokaal Zaans Belang`: a town's adjective and
    // `Belang`, after a local party's word.
    // ` Belang` is rare: found with memmem, then the capitalised ASCII
    // word in `-s` before it.
    let Some(&first) = capitals.first() else { return out };
    for at in memchr::memmem::find_iter(&bytes[first..range.end], b" Belang") {
        let end = first + at;
        let letters = bytes[..end]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let start = end - letters;
        if capitals.binary_search(&start).is_err() {
            continue;
        }
        let rest = &bytes[end..];
        let tail = [&b" Belangen"[..], &b" Belang"[..]]
            .into_iter()
            .find(|t| rest.starts_with(t))
            .map(|t| Span::new(end + 1, end + t.len()));
        let Some(tail) = tail.filter(|t| {
            letters >= 3
                && bytes[end - 1] == b's'
                && !bytes.get(t.end).is_some_and(u8::is_ascii_alphanumeric)
        }) else {
            continue;
        };
        let word = Span::new(start, end);
        let head = words::previous(text, 0, word.start)
            .filter(|h| h.end + 1 == word.start)
            .filter(|h| LOCAL_PARTY_WORDS.contains(&&text[h.range()]));
        let span = Span::new(head.map_or(word.start, |h| h.start), tail.end);
        if sentences.open(span).is_some()
            && super::clear_of(span, (taken, absorbable))
            && !out.iter().any(|f: &Found| {
                f.span.start < span.end && span.start < f.span.end
            })
        {
            out.push(party(span, tail));
        }
    }
    for town in towns {
        let Some(tail) = words::next(text, town.end, text.len())
            .filter(|w| w.start == town.end + 1)
            .filter(|w| LOCAL_PARTY_TAILS.contains(&&text[w.range()]))
        else {
            continue;
        };
        let span = Span::new(town.start, tail.end);
        if sentences.open(span).is_none() {
            continue;
        }
        // The tail may be a mention of its own, which the name holds.
        let i = taken.partition_point(|t| t.end <= tail.start);
        let tail_free =
            taken.get(i).is_none_or(|t| t.start >= tail.end || *t == tail);
        if tail_free {
            out.push(party(span, tail));
        }
    }
    out
}

/// Last words of newspapers' names after their town (`Tulsa World`,
/// `Lagos Times`, `Kelowna Daily Courier`).
#[rustfmt::skip]
const PAPER_WORDS: &[&str] = &[
    "Times", "Post", "Herald", "World", "Tribune", "Gazette", "Chronicle",
    "Journal", "Star", "News", "Courier", "Observer", "Mail", "Telegraph",
    "Express", "Standard", "Examiner", "Enquirer", "Register", "Dispatch",
    "Sentinel", "Bulletin", "Advertiser", "Argus", "Mercury", "Globe",
    "Courant", "Dagblad", "Nieuwsblad",
];

/// Words between a town and a paper's last word (`Kelowna Daily
/// Courier`).
const PAPER_DAYS: &[&str] = &["Daily", "Evening", "Sunday", "Morning"];

/// A newspaper named by its town and one of [`PAPER_WORDS`], with a day's
/// word between them or not, and nothing capitalised after it.
pub(crate) fn paper(area: &Area<'_>, town: Span) -> Option<Found> {
    let text = area.text;
    let end = area.sentence.end;
    if town.end > end {
        return None;
    }
    let mut at = town.end;
    for _ in 0..2 {
        let w = words::next(text, at, end)
            .filter(|w| words::only_space(text, at, w.start))?;
        let word = &text[w.range()];
        at = w.end;
        if PAPER_WORDS.contains(&word) {
            if area.taken(w) || words::capital_after(text, at, end) {
                return None;
            }
            let span = Span::new(town.start, at);
            let kind = CueKind::OrganisationNoun;
            return Some(found(text, span, Kind::Organisation, kind, w));
        }
        if !PAPER_DAYS.contains(&word) {
            return None;
        }
    }
    None
}

/// Radio stations named by `Radio` and a number (`Radio 2`, `Radio
/// 10`): the number is the name, which the name reader, looking for
/// capitalised words, does not take. Not inside a longer name a mention
/// holds (`NPO Radio 1`), nor before another word of the name or a
/// fraction (`Radio 2 Limburg`, `Radio 2,5`).
pub(crate) fn numbered_stations(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    for &start in capitals {
        let Some(number) = text[start..range.end].strip_prefix("Radio ")
        else {
            continue;
        };
        let digits = number.bytes().take_while(u8::is_ascii_digit).count();
        let end = start + "Radio ".len() + digits;
        let mut rest = text[end..range.end].chars();
        let goes_on = match rest.next() {
            Some(c) if c.is_alphanumeric() => true,
            Some('.' | ',') => rest.next().is_some_and(|c| c.is_ascii_digit()),
            Some(' ') => rest.next().is_some_and(char::is_uppercase),
            _ => false,
        };
        let span = Span::new(start, end);
        if !(1..=3).contains(&digits)
            || goes_on
            || !super::clear_of(span, (areas.0, &[]))
        {
            continue;
        }
        if sentences.open(span).is_none() {
            continue;
        }
        let cue = Span::new(start, start + "Radio".len());
        out.push(found(
            text,
            span,
            Kind::Organisation,
            CueKind::OrganisationNoun,
            cue,
        ));
    }
    out
}

/// Nouns of hospitals that close a one-word name (`Merwedeziekenhuis`,
/// `Maartenskliniek`), or follow one after a hyphen (`Imelda-ziekenhuis`,
/// which names `Imelda`).
const HOSPITAL_NOUNS: &[&str] = &["ziekenhuis", "gasthuis", "kliniek"];

/// Words that, joined to a hospital's noun, make a kind of hospital, not
/// a name (`Kinderziekenhuis`, `Dierenkliniek`, `Tbs-kliniek`).
#[rustfmt::skip]
const HOSPITAL_KINDS: &[&str] = &[
    "kinder", "hart", "oog", "dieren", "tandarts", "abortus", "streek",
    "stads", "dag", "vrouwen", "privé", "prive", "huisartsen", "revalidatie",
    "academisch", "universiteits", "veld", "nood", "militair", "spoed",
    "psychiatrisch", "particulier", "afslank", "schoonheids", "pijn",
    "slaap", "verslavings", "gender", "kraam", "tbs", "vruchtbaarheids",
    "hoofd", "rug", "huid", "dialyse", "oogheel", "tand", "kanker",
];

/// Hospitals named by one word that ends in a hospital's noun
/// (`Merwedeziekenhuis`, `Maartenskliniek`), or by the name before a
/// hyphen and the noun (`Imelda-ziekenhuis`): the noun says the name is
/// a body's, where its capital alone would not. Not a kind of hospital
/// (`Kinderziekenhuis`), nor a word that opens its sentence or runs on
/// into a capitalised word (`Oogziekenhuis Rotterdam`, a longer name).
/// `taken` are the mentions but themes: the noun itself is a theme's.
pub(crate) fn hospital_compounds(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    taken: &[Span],
) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for &start in capitals {
        // The word's bytes first, and its ASCII ending: most words end in
        // no hospital's noun and are read no further.
        let run = bytes[start..range.end]
            .iter()
            .take_while(|&&b| {
                b.is_ascii_alphabetic() || b == b'-' || b >= 0x80
            })
            .count();
        let tail = &bytes[start..start + run];
        let may_end = HOSPITAL_NOUNS.iter().any(|n| {
            tail.len() > n.len()
                && tail[tail.len() - n.len()..]
                    .eq_ignore_ascii_case(n.as_bytes())
        });
        if !may_end {
            continue;
        }
        let len: usize = text[start..range.end]
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '-')
            .map(char::len_utf8)
            .sum();
        let word = &text[start..start + len];
        let Some(noun) = HOSPITAL_NOUNS.iter().find(|noun| {
            let at = word.len().saturating_sub(noun.len());
            at > 0
                && word.is_char_boundary(at)
                && word[at..].eq_ignore_ascii_case(noun)
        }) else {
            continue;
        };
        let stem = &word[..word.len() - noun.len()];
        let hyphen = stem.strip_suffix('-');
        let name = hyphen.unwrap_or(stem);
        let kind_of_hospital = lowered(name, |l| {
            HOSPITAL_KINDS.iter().any(|k| k.as_bytes() == l)
        });
        if name.chars().count() < 3 || name.ends_with('-') || kind_of_hospital
        {
            continue;
        }
        let whole = Span::new(start, start + len);
        let span = match hyphen {
            Some(name) => Span::new(start, start + name.len()),
            None => whole,
        };
        let Some(sentence) = sentences.open(whole) else { continue };
        if words::opens_sentence(text, sentence.start, whole)
            || words::capital_after(text, whole.end, sentence.end)
            || !super::clear_of(span, (taken, &[]))
        {
            continue;
        }
        let cue = Span::new(whole.end - noun.len(), whole.end);
        let kind = CueKind::OrganisationNoun;
        out.push(found(text, span, Kind::Organisation, kind, cue));
    }
    out
}

/// Words before `District` that make it a body's, not an area's
/// (`Pflugerville Independent School District`, `Nutana Business
/// Improvement District`, `Thompson-Nicola Regional District`, a local
/// government).
const DISTRICT_BODIES: &[&str] = &[
    "School",
    "Improvement",
    "Regional",
    "Water",
    "Irrigation",
    "Fire",
    "Hospital",
    "Utility",
    "Sanitation",
    "Library",
    "Transit",
    "Park",
    "Parks",
    "Conservation",
];

/// Bodies named as districts (`Southeast Polk Community School
/// District`): `District` after one of [`DISTRICT_BODIES`], read as a
/// body's head with the capitalised words before it.
pub(crate) fn district_bodies(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    for &start in capitals {
        let Some(rest) = text[start..range.end].strip_prefix("District")
        else {
            continue;
        };
        if rest.starts_with(char::is_alphanumeric) {
            continue;
        }
        let head = Span::new(start, start + "District".len());
        let Some(sentence) = sentences.open(head) else { continue };
        let body = words::previous(text, sentence.start, start)
            .filter(|w| words::only_space(text, w.end, start))
            .is_some_and(|w| DISTRICT_BODIES.contains(&&text[w.range()]));
        if !body {
            continue;
        }
        let area = Area { text, sentence, taken, absorbable };
        if let Some(span) = names::organisation_around(&area, head) {
            let kind = CueKind::OrganisationNoun;
            out.push(found(text, span, Kind::Organisation, kind, head));
        }
    }
    out
}

/// Separators of a list of bodies (not `&`, which joins partners'
/// names inside one: `Dijkstra & Zonen`).
const BODY_LIST_SEPARATORS: &[&str] = &[", ", " en ", " and "];

/// Bodies listed with two known ones (`de coalitie van Gemeentebelangen,
/// VVD en CDA`): in a list of three items or more joined by commas and
/// `en`/`and`, where two items are organisations the gazetteer knows,
/// each other item of one to three capitalised words that no mention
/// took and no known given name opens. News lists local parties and
/// firms so beside national ones.
pub(crate) fn listed_with_bodies(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    taken: &[Span],
    mentions: &[Mention],
) -> Vec<Found> {
    let bodies: Vec<Span> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Organisation)
        .map(|m| m.span)
        .collect();
    let mut out = Vec::new();
    let mut done = 0;
    for &body in &bodies {
        if body.start < done || body.start < range.start {
            continue;
        }
        let Some(sentence) = sentences.open(body) else { continue };
        let (start, end) = (sentence.start, sentence.end);
        // A mention may run on past its sentence (across a line break).
        if body.start < start || body.end > end {
            continue;
        }
        let mut items = vec![(body, true)];
        // Forward: `VVD en CDA`.
        let mut at = body.end;
        while let Some(sep) = BODY_LIST_SEPARATORS
            .iter()
            .find(|s| text[at..end].starts_with(**s))
        {
            let from = at + sep.len();
            let i = taken.partition_point(|t| t.start < from);
            let held = taken.get(i).copied().filter(|t| t.start == from);
            let Some(item) = list_item(held, sentence, &bodies, || {
                words_after(text, taken, from, end)
            }) else {
                break;
            };
            at = item.0.end;
            items.push(item);
        }
        // Backward: `Gemeentebelangen, VVD`.
        let mut at = body.start;
        while let Some(sep) = BODY_LIST_SEPARATORS
            .iter()
            .find(|s| text[start..at].ends_with(**s))
        {
            let to = at - sep.len();
            let i = taken.partition_point(|t| t.end < to);
            let held = taken.get(i).copied().filter(|t| t.end == to);
            let Some(item) = list_item(held, sentence, &bodies, || {
                words_before(text, taken, start, to)
            }) else {
                break;
            };
            at = item.0.start;
            items.push(item);
        }
        done = items.iter().map(|i| i.0.end).max().unwrap_or(done);
        let known = items.iter().filter(|i| i.1).count();
        if known < 2 || items.len() < 3 {
            continue;
        }
        for (span, _) in
            items.iter().filter(|i| !i.1 && !super::overlaps(taken, i.0))
        {
            out.push(found(
                text,
                *span,
                Kind::Organisation,
                CueKind::Listed,
                body,
            ));
        }
    }
    out
}

/// A list's item and whether it is a known body: the mention `held`
/// there, or else the capitalised words `read` finds; none where the
/// mention runs out of the `sentence` or no words are read.
fn list_item(
    held: Option<Span>,
    sentence: Span,
    bodies: &[Span],
    read: impl FnOnce() -> Option<Span>,
) -> Option<(Span, bool)> {
    match held {
        Some(t) if t.start >= sentence.start && t.end <= sentence.end => {
            Some((t, bodies.binary_search(&t).is_ok()))
        }
        Some(_) => None,
        None => read().map(|span| (span, false)),
    }
}

/// One to three capitalised words from `from` that no mention took,
/// ending as a list's item does (a separator, a mark, a word in lower
/// case), no known given name first.
fn words_after(
    text: &str,
    taken: &[Span],
    from: usize,
    end: usize,
) -> Option<Span> {
    let mut last = None;
    let mut at = from;
    for _ in 0..3 {
        let Some(w) = words::next(text, at, end)
            .filter(|w| words::only_space(text, at, w.start))
            .filter(|w| list_word(text, taken, *w))
        else {
            break;
        };
        last = Some(w);
        at = w.end;
    }
    let span = Span::new(from, last?.end);
    let rest = &text[span.end..end];
    let ends = rest.is_empty()
        || rest.starts_with([',', '.', ')', ';', ':'])
        || rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_lowercase));
    let first = text[span.range()].split(' ').next().unwrap_or("");
    (ends && !super::given::is_given(first)).then_some(span)
}

/// One to three capitalised words that end at `to`, no mention took, and
/// a word in lower case or the sentence's start before them, no known
/// given name first.
fn words_before(
    text: &str,
    taken: &[Span],
    start: usize,
    to: usize,
) -> Option<Span> {
    let mut first = None;
    let mut at = to;
    for _ in 0..3 {
        let Some(w) = words::previous(text, start, at)
            .filter(|w| words::only_space(text, w.end, at))
            .filter(|w| list_word(text, taken, *w))
        else {
            break;
        };
        first = Some(w);
        at = w.start;
    }
    let span = Span::new(first?.start, to);
    let head = text[start..span.start].trim_end();
    let opens = head.is_empty()
        || head.ends_with(':')
        || head
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    let name = &text[span.range()];
    let given = name.split(' ').next().is_some_and(super::given::is_given);
    (opens && !given).then_some(span)
}

/// Whether `w` may be a word of a listed body's name: capitalised or an
/// acronym, no stop word, no mention's.
fn list_word(text: &str, taken: &[Span], w: Span) -> bool {
    let word = &text[w.range()];
    (is_capitalised(word) || is_acronym(word))
        && !cues::is(word, List::Stop)
        && !super::overlaps(taken, w)
}

/// Abbreviations before a town that name no body of the town: roles
/// (`CEO Amsterdam`), championships and races (`het WK Doha`, `GP
/// Monaco`) and the US and UK.
#[rustfmt::skip]
const NOT_BODY_ABBREVIATIONS: &[&str] = &[
    "CEO", "CFO", "COO", "CTO", "MP", "PM", "VP", "WK", "EK", "NK", "BK",
    "OS", "GP", "US", "USA", "UK", "VS", "EU", "VN", "UN",
];

/// A body named by an abbreviation and its town (`ZZ Leiden`, `MC Oss`,
/// `VOC Amsterdam`): an acronym of two to five capitals no list holds,
/// right before the town, with no capital after it, nor a capitalised
/// word before it but at the sentence's start (not `Arsenal FC
/// London`). Clubs' and institutions' own prefixes (`SV`, `GGZ`) are
/// read with their cues already.
pub(crate) fn abbreviated(area: &Area<'_>, town: Span) -> Option<Found> {
    let text = area.text;
    let (start, end) = (area.sentence.start, area.sentence.end);
    if town.start < start || town.end > end {
        return None;
    }
    let w = words::previous(text, start, town.start)
        .filter(|w| words::only_space(text, w.end, town.start))?;
    let word = &text[w.range()];
    let letters = word.chars().count();
    let abbreviation = (2..=5).contains(&letters)
        && word.chars().all(|c| c.is_ascii_uppercase())
        && !NOT_BODY_ABBREVIATIONS.contains(&word);
    if !abbreviation
        || area.taken(w)
        || words::capital_after(text, town.end, end)
    {
        return None;
    }
    let opens_name = words::previous(text, start, w.start).is_none_or(|p| {
        !is_capitalised(&text[p.range()])
            || words::opens_sentence(text, start, p)
    });
    if !opens_name {
        return None;
    }
    let span = Span::new(w.start, town.end);
    Some(found(text, span, Kind::Organisation, CueKind::OrganisationNoun, w))
}

/// Endings of Dutch nouns that, capitalised after a country's adjective,
/// name one national body with it (`Nederlandse Vissersbond`, `Belgische
/// Mededingingsautoriteit`); not an institution every country has, which
/// the adjective only places (`het Braziliaanse Hooggerechtshof`).
#[rustfmt::skip]
const NATIONAL_BODY_ENDINGS: &[&str] = &[
    "bond", "autoriteit", "commissie", "raad", "liga", "maatschappij",
    "vereniging", "federatie", "stichting", "agentschap", "inspectie",
    "omroep", "instituut", "academie", "unie", "organisatie",
    // parties (`de Mongoolse Volkspartij`, `de Franse Communistische
    // Partij`)
    "partij",
];

/// Whether `word` is a compound in a national body's noun
/// (`Vissersbond`, `Mededingingsautoriteit`), three letters or more
/// before it.
pub(crate) fn is_body_noun(word: &str) -> bool {
    // The endings are ASCII in lower case: compared by bytes, no copy.
    let bytes = word.as_bytes();
    NATIONAL_BODY_ENDINGS.iter().any(|e| {
        let e = e.as_bytes();
        bytes.len() > e.len()
            && bytes[bytes.len() - e.len()..].eq_ignore_ascii_case(e)
            && word[..bytes.len() - e.len()].chars().count() >= 3
    })
}

/// A national body named by a country's Dutch adjective and one
/// capitalised compound ending in a body's noun (`de Nederlandse
/// Vissersbond`, `de Ethiopische Mensenrechtencommissie`), or the noun
/// after one other word (`de Nederlandse Darts Bond`) or with a
/// complement (`de Tunesische Liga voor de Mensenrechten`), with no
/// capital after it.
pub(crate) fn national_body(
    area: &Area<'_>,
    country: &Mention,
) -> Option<Found> {
    let text = area.text;
    let adjective = &text[country.span.range()];
    // A mention may run on past its sentence (across a line break).
    if country.span.end > area.sentence.end
        || country.form != Form::Adjective
        || !adjective.ends_with('e')
        || !is_capitalised(adjective)
    {
        return None;
    }
    let end = area.sentence.end;
    let noun = words::next(text, country.span.end, end)
        .filter(|w| &text[country.span.end..w.start] == " ")?;
    let word = &text[noun.range()];
    if !is_capitalised(word) {
        return None;
    }
    let plain = |w: &str| {
        is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let ending = |w: &str| {
        NATIONAL_BODY_ENDINGS.iter().any(|e| w.eq_ignore_ascii_case(e))
    };
    // The noun alone (`Liga`) only with its complement.
    let mut name_end = complement_end(area, noun.end);
    let mut is_body = plain(word)
        && (is_body_noun(word) || name_end > noun.end && ending(word));
    // Or a word of the sport or trade and the noun (`de Nederlandse
    // Darts Bond`).
    if !is_body && plain(word) && !super::given::is_given(word) {
        let second = words::next(text, noun.end, end)
            .filter(|w| &text[noun.end..w.start] == " ")
            .filter(|w| !area.taken(*w));
        if let Some(second) = second.filter(|w| {
            let w = &text[w.range()];
            plain(w) && (is_body_noun(w) || ending(w))
        }) {
            (is_body, name_end) = (true, second.end);
        }
    }
    if !is_body || area.taken(noun) {
        return None;
    }
    let run_goes_on = words::capital_after(text, name_end, end);
    if run_goes_on {
        return None;
    }
    // `de Koninklijke Belgische Korfbalbond`: a royal charter opens the
    // name.
    let start = words::previous(text, area.sentence.start, country.span.start)
        .filter(|w| &text[w.end..country.span.start] == " ")
        .filter(|w| ROYAL.contains(&&text[w.range()]) && !area.taken(*w))
        .map_or(country.span.start, |w| w.start);
    let span = Span::new(start, name_end);
    Some(found(
        text,
        span,
        Kind::Organisation,
        CueKind::OrganisationNoun,
        noun,
    ))
}

/// The words of a royal charter that open a national body's name.
const ROYAL: &[&str] = &["Koninklijke", "Koninklijk", "Royal"];

/// A body named by a town's or region's Dutch genitive and capitalised
/// words, the last a body's noun or a compound in one (`Overijssels
/// Dagblad`, `Antwerps Symfonieorkest`, `Rotterdams Philharmonisch
/// Orkest`), with no capital after them.
pub(crate) fn genitive_body(area: &Area<'_>, home: Span) -> Option<Found> {
    let text = area.text;
    let end = area.sentence.end;
    if !text.get(home.end..end).is_some_and(|r| r.starts_with("s ")) {
        return None;
    }
    let mut at = home.end + 1;
    for _ in 0..3 {
        let w = words::next(text, at, end)
            .filter(|w| words::only_space(text, at, w.start))?;
        let word = &text[w.range()];
        if !is_capitalised(word)
            || !word.chars().all(char::is_alphabetic)
            || area.taken(w)
        {
            return None;
        }
        at = w.end;
        if cues::is_organisation_noun(word) || is_body_noun(word) {
            let run_goes_on = words::capital_after(text, at, end);
            if run_goes_on {
                return None;
            }
            let span = Span::new(home.start, at);
            let kind = CueKind::OrganisationNoun;
            return Some(found(text, span, Kind::Organisation, kind, w));
        }
    }
    None
}

/// Where a body's name ends that goes on with `voor` or `van`, an
/// optional article and capitalised words no mention holds (`Liga voor de
/// Mensenrechten`, `Vereniging van Ziekenhuizen`); `at` where it does
/// not (`Vissersbond van Urk`, a town).
fn complement_end(area: &Area<'_>, at: usize) -> usize {
    let text = area.text;
    let end = area.sentence.end;
    let next = |from: usize| {
        words::next(text, from, end)
            .filter(|w| words::only_space(text, from, w.start))
    };
    let Some(preposition) =
        next(at).filter(|w| matches!(&text[w.range()], "voor" | "van"))
    else {
        return at;
    };
    let mut word = next(preposition.end);
    if let Some(article) =
        word.filter(|w| matches!(&text[w.range()], "de" | "het"))
    {
        word = next(article.end);
    }
    let mut name_end = at;
    while let Some(w) = word.filter(|w| {
        let written = &text[w.range()];
        is_capitalised(written)
            && written.chars().all(char::is_alphabetic)
            && !area.taken(*w)
    }) {
        name_end = w.end;
        word = next(w.end);
    }
    name_end
}

/// Words that make a place's name with a place after them, no body's
/// (`Greater Manchester`, `Port Glasgow`, `Avenida Boa Viagem`).
#[rustfmt::skip]
const PLACE_OPENERS: &[&str] = &[
    "noord", "zuid", "oost", "west", "midden", "groot", "klein", "nieuw",
    "oud", "north", "south", "east", "central", "northern", "southern",
    "eastern", "western", "greater", "upper", "lower", "new", "old", "port",
    "fort", "sint", "saint", "st", "san", "santa", "são", "mount", "lake",
    "cape", "isla", "ciudad", "villa", "puerto", "tuindorp", "boven",
    "beneden", "rural", "metro", "inner", "outer", "downtown", "provincie",
    "province", "gemeente", "stad", "city", "regio", "region", "county",
    "avenida", "rua", "calle", "rue", "via", "plaza", "praça", "boulevard",
];

/// Words of direction in other languages that the gazetteer knows as
/// regions (`Norte`), which end a longer region's name (`Lunda Norte`).
const COMPASS: &[&str] = &["Norte", "Sur", "Sul", "Nord", "Sud", "Centro"];

/// Words before a town's name that make another place's (`Port Glasgow`,
/// `Port Klang`, `Tuindorp Oostzaan`).
const TOWN_PREFIXES: &[&str] = &["Port", "Tuindorp", "Fort"];

/// Events named by a word and the place they are held in (`Rock
/// Werchter`, `Jumping Amsterdam`, `Rally Chile`), no bodies.
#[rustfmt::skip]
const EVENT_OPENERS: &[&str] = &[
    "rock", "jumping", "rally", "carnaval", "carnival", "pride", "expo",
    "giro", "ronde", "grand", "dakar", "sail", "parkpop", "pinkpop",
];

/// Ends of Dutch compounds that name venues, which the annotation counts
/// as places (`Topsportcentrum Zoetermeer`).
#[rustfmt::skip]
const VENUE_ENDINGS: &[&str] = &[
    "sportcentrum", "sporthal", "stadion", "zwembad", "ijsbaan", "sportpark",
    "schaatsbaan", "velodroom", "arena",
];

/// A body named by capitalised words and the place, region or country
/// it is of (`Vogelbescherming Nederland`, `Smash Padel Uccle`, `Behoud
/// Zorg Oldenzaal`, `Scouts en Gidsen Moorsele`, `Reef Guardians
/// Australia`): one to three words that no mention holds, with no capital
/// before them or after the place; none a given name, stop word, role
/// noun or portfolio (`minister van Onderwijs Vlaanderen`), nor a word
/// that makes a place's name or an event's with it (`Greater
/// Manchester`, `Rock Werchter`). A sentence's first word is none of the
/// name (`Handbalsters Olympia Venlo`), but for one long compound before
/// the home country or region (`Slachtofferhulp Nederland meldt`); nor is
/// a Dutch adjective of a place (`de Brabantse Baarle-Nassau`). A venue's
/// compound names a place (`Topsportcentrum Zoetermeer`), and words before
/// a river or a lake name another (`Thach Han River`).
pub(crate) fn name_before_home(
    area: &Area<'_>,
    home: &Mention,
) -> Option<Found> {
    let text = area.text;
    let written = &text[home.span.range()];
    // `Niels`: a given name that holds a town and its genitive; `Maas-Rijn`
    // a compound of two.
    let whole = !text[home.span.end..].starts_with(char::is_alphanumeric)
        && !text[home.span.end..].starts_with('-');
    if home.span.end > area.sentence.end
        || COMPASS.contains(&written)
        || home.form == Form::Adjective
        || !whole
        || super::given::is_given(written)
    {
        return None;
    }
    // `Port Glasgow`, `Tuindorp Oostzaan`: a town or a district of its
    // own, named after the town.
    let prefix = words::previous(text, area.sentence.start, home.span.start)
        .filter(|w| w.end + 1 == home.span.start)
        .filter(|w| TOWN_PREFIXES.contains(&&text[w.range()]));
    if let Some(prefix) = prefix.filter(|_| home.kind == Kind::Place) {
        let span = Span::new(prefix.start, home.span.end);
        return Some(found(
            text,
            span,
            Kind::Place,
            CueKind::PlaceName,
            prefix,
        ));
    }
    // `The City of Windhoek said`: the town's body.
    if let Some(start) = names::town_body_opening(area, home.span.start)
        .filter(|_| home.kind == Kind::Place)
        .filter(|_| {
            !words::capital_after(text, home.span.end, area.sentence.end)
        })
    {
        let span = Span::new(start, home.span.end);
        let cue = Span::new(start, start + 4);
        return Some(found(
            text,
            span,
            Kind::Organisation,
            CueKind::OrganisationNoun,
            cue,
        ));
    }
    let start = area.sentence.start;
    let excluded = List::Stop as u16
        | List::Role as u16
        | List::Particle as u16
        | List::CapitalisedRole as u16;
    let is_name_word = |w: Span| {
        let word = &text[w.range()];
        is_capitalised(word)
            && !area.taken(w)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && !word
                .rsplit_once('-')
                .is_some_and(|(_, last)| last.starts_with(char::is_lowercase))
            && cues::lists(word) & excluded == 0
            && !cues::is_role(word)
            && lowered(word, |lower| {
                let is_in = |list: &[&str]| list.iter().any(|w| w.as_bytes() == lower);
                !is_in(OPENERS)
                    && !is_in(PLACE_OPENERS)
                    && !is_in(EVENT_OPENERS)
                    && !std::str::from_utf8(lower)
                        .is_ok_and(crate::events::is_event_compound)
            })
            && !super::shapes::is_venue_word(word)
            && !word.split('-').any(super::given::is_given)
            // `Rustaveli Avenue Tbilisi`: a place's name before the town.
            && !(w.end + 1 == home.span.start
                && super::shapes::is_word_after_place_name(word))
    };
    let mut first = None;
    let mut at = home.span.start;
    let mut count = 0;
    while count < 3 {
        let Some(w) = words::previous(text, start, at)
            .filter(|w| &text[w.end..at] == " ")
        else {
            break;
        };
        // `Scouts en Gidsen Moorsele`: `en` between two words of it.
        if count > 0 && matches!(&text[w.range()], "en" | "and" | "&") {
            match words::previous(text, start, w.start) {
                Some(p) if &text[p.end..w.start] == " " && is_name_word(p) => {
                    first = Some(p);
                    at = p.start;
                    count += 1;
                    continue;
                }
                _ => break,
            }
        }
        if !is_name_word(w) {
            break;
        }
        first = Some(w);
        at = w.start;
        count += 1;
    }
    let mut first = first?;
    // No capital before the name, but a sentence's first word that is no
    // name's (`Ook Sovon Vogelonderzoek Nederland telde`).
    let before = words::previous(text, start, first.start);
    if before.is_some_and(|p| {
        let word = &text[p.range()];
        is_capitalised(word)
            && !(starts_sentence(area, p)
                && (cues::is(word, List::Stop)
                    || lowered(word, |lower| {
                        OPENERS.iter().any(|w| w.as_bytes() == lower)
                    })))
    }) {
        return None;
    }
    // `minister van Onderwijs Nederland`: a portfolio alone is no name.
    if first.end + 1 == home.span.start
        && cues::is_portfolio_word(&text[first.range()])
    {
        return None;
    }
    let home_land =
        matches!(written, "Nederland" | "België" | "Vlaanderen" | "Wallonië");
    let opening = &text[first.range()];
    let long = opening.chars().count() >= 7
        && opening.chars().skip(1).all(char::is_lowercase);
    let adjective = opening.ends_with("se") || opening.ends_with("sche");
    if starts_sentence(area, first) && !(count == 1 && long && home_land)
        || adjective
    {
        // The name starts at the next word, if any.
        first = words::next(text, first.end, home.span.start)?;
        if matches!(&text[first.range()], "en" | "and" | "&") {
            return None;
        }
    }
    let name = &text[first.start..home.span.start];
    // One short word before a town may be a given name the lists lack
    // (`Dero Katwijk`): a person as often as a club.
    let one = name.split_whitespace().count() == 1;
    let compound = name.trim_end().chars().count() >= 7
        && name.trim_end().chars().skip(1).all(char::is_lowercase);
    if one && home.kind == Kind::Place && !compound {
        return None;
    }
    if names_no_body(name)
        || words::capital_after(text, home.span.end, area.sentence.end)
    {
        return None;
    }
    let last = name.split_whitespace().next_back().unwrap_or("");
    let venue = lowered(last, |lower| {
        VENUE_ENDINGS.iter().any(|e| lower.ends_with(e.as_bytes()))
    });
    let span = Span::new(first.start, home.span.end);
    // `Thach Han River`: a river's name that holds a known one's is the
    // river's, no body's.
    let feature = written
        .rsplit(' ')
        .next()
        .is_some_and(super::shapes::is_natural_feature);
    let (kind, cue) = match (feature, venue) {
        (true, _) => (Kind::Region, CueKind::PlaceName),
        (false, true) => (Kind::Place, CueKind::OrganisationNoun),
        (false, false) => (Kind::Organisation, CueKind::OrganisationNoun),
    };
    Some(found(text, span, kind, cue, first))
}

/// A club's youth or reserve team, named by `Jong` before the club (`Jong
/// AZ`, `Jong Ajax`), as Dutch football writes it: a team of its own.
pub(crate) fn youth_team(area: &Area<'_>, club: &Mention) -> Option<Found> {
    let text = area.text;
    let head = text[area.sentence.start..club.span.start].strip_suffix(' ')?;
    let before = head.strip_suffix("Jong")?;
    if before.ends_with(char::is_alphanumeric) {
        return None;
    }
    let start = area.sentence.start + before.len();
    let span = Span::new(start, club.span.end);
    let cue = Span::new(start, start + 4);
    Some(found(text, span, Kind::Organisation, CueKind::OrganisationNoun, cue))
}

/// Names of a body's organs or of any body of a kind, which name no one
/// body (`de Raad van Toezicht`, `the Fire Service`, `the Group`).
#[rustfmt::skip]
const GENERIC_BODIES: &[&str] = &[
    "Raad van Toezicht", "Raad van Bestuur", "Raad van Commissarissen",
    "Ondernemingsraad", "Medezeggenschapsraad", "Board of Directors",
    "Board of Trustees", "Supervisory Board", "Fire Service", "Group",
    "Company", "Company Director", "Bank Holiday",
    // a parliament's committees of a kind (`at the Select Committee
    // stage`)
    "Select Committee", "Standing Committee",
    // schools of a kind, and a kind's districts (`Kelston Boys' High
    // School`, `Several School Districts announced`)
    "High School", "Primary School", "Secondary School", "Grammar School",
    "Middle School", "Boarding School", "Business School", "Law School",
    "Medical School", "School District", "School Districts",
];

/// Whether discovery's `name` for a body is one of [`GENERIC_BODIES`].
pub(crate) fn is_generic_body(name: &str) -> bool {
    GENERIC_BODIES.contains(&name)
}

/// Last words of prizes' names, which the words of a body may open
/// (`Academy Awards`, `Peabody Award`): a prize is no body.
const PRIZE_ENDS: &[&str] = &["Award", "Awards", "Prize", "Prizes", "Medal"];

/// Whether `name` ends in one of the [`PRIZE_ENDS`].
pub(crate) fn names_a_prize(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| PRIZE_ENDS.contains(&last))
}

/// Sports whose national federations are named by the sport and the
/// country alone, in either order (`Zimbabwe Cricket`, `Athletics
/// Kenya`, `Swimming Australia`), and `FA`, a football association
/// (`Ghana FA`).
#[rustfmt::skip]
const FEDERATION_SPORTS: &[&str] = &[
    "Athletics", "Badminton", "Basketball", "Cricket", "Cycling", "FA",
    "Football", "Golf", "Gymnastics", "Hockey", "Netball", "Rowing",
    "Rugby", "Soccer", "Swimming", "Tennis", "Triathlon", "Volleyball",
    "Squash", "Curling", "Lacrosse", "Archery", "Boxing", "Sailing",
];

/// Trades of national agencies named by the trade and the country after
/// it (`Statistics Canada`, `Transport Scotland`, `Sport England`,
/// `Tourism Australia`), as sports name federations.
#[rustfmt::skip]
const AGENCY_TRADES: &[&str] = &[
    "Statistics", "Transport", "Tourism", "Sport", "Parks", "Heritage",
];

/// National utilities named by the country and their trade after it
/// (`Ghana Water`, `Kenya Power`, `Israel Post`), as the federations are.
const UTILITIES: &[&str] = &["Water", "Power", "Post", "Railways"];

/// Whether `word` opens a national federation's or agency's name before
/// the country ([`FEDERATION_SPORTS`], [`AGENCY_TRADES`]).
fn opens_national_body(word: &str) -> bool {
    FEDERATION_SPORTS.contains(&word) || AGENCY_TRADES.contains(&word)
}

/// Whether `name`, two words, is a sport's or an agency's trade and
/// another word, as federations and agencies are named (`Curling
/// Manitoba`, `England Squash`, `Statistics Canada`): no person's name.
pub(crate) fn is_federation_shaped(name: &str) -> bool {
    name.split_once(' ').is_some_and(|(first, last)| {
        !last.contains(' ')
            && (opens_national_body(first)
                || FEDERATION_SPORTS.contains(&last))
    })
}

/// Words after a country and a sport that make them a team or its
/// players, not a body (`the Australia Rugby squad`).
const NOT_FEDERATION_AFTER: &[&str] =
    &["team", "teams", "squad", "side", "players", "fans", "sevens"];

/// Bodies named by a head, `of` and their home, where the home's kind
/// says the words are a body's name: a survey that maps a country
/// (`Geological Survey of Canada`; not `National Survey of Health`), a
/// country's or region's government (`Government of Nunavut`), a town's
/// port authority (`Port of Nijmegen`; not `Port of Spain`, of a
/// country).
const BODIES_OF_HOMES: &[(&str, &[Kind])] = &[
    ("Survey of ", &[Kind::Country]),
    ("Government of ", &[Kind::Country, Kind::Region]),
    ("Port of ", &[Kind::Place]),
];

/// The body one of [`BODIES_OF_HOMES`] names with `home` after it: its
/// head read as a capitalised head noun, with the words before it.
pub(crate) fn body_of_home(area: &Area<'_>, home: &Mention) -> Option<Found> {
    let text = area.text;
    let before = &text[area.sentence.start..home.span.start];
    let (prefix, _) = BODIES_OF_HOMES.iter().find(|(prefix, kinds)| {
        before.ends_with(prefix) && kinds.contains(&home.kind)
    })?;
    if home.form == Form::Adjective {
        return None;
    }
    let start = home.span.start - prefix.len();
    let head = Span::new(start, start + prefix.len() - " of ".len());
    // The words around the head, and the home at least (`Government`
    // heads firms' names too, which no `of` and place follow).
    let around = names::organisation_around(area, head);
    let span = Span::new(
        around.map_or(start, |s| s.start),
        around.map_or(home.span.end, |s| s.end.max(home.span.end)),
    );
    Some(found(
        text,
        span,
        Kind::Organisation,
        CueKind::OrganisationNoun,
        head,
    ))
}

/// A national sports federation named by a country's name and a sport
/// next to it and nothing else capitalised (`Zimbabwe Cricket`,
/// `Athletics Kenya`), a national utility by its trade after the country
/// (`Ghana Water`), or a national agency by its trade before the
/// country (`Statistics Canada`); not a league or a tournament (`Hockey
/// India League`, `Dubai Tennis Championships`), whose further words the
/// test of a name of two words keeps out.
pub(crate) fn national_federation(
    area: &Area<'_>,
    country: &Mention,
) -> Option<Found> {
    let text = area.text;
    // Most countries have no sport's name next to them: a test of the
    // bytes before reading words.
    let sport_at = |rest: &str| {
        FEDERATION_SPORTS.iter().chain(UTILITIES).any(|s| rest.starts_with(s))
    };
    let sport_before =
        FEDERATION_SPORTS.iter().chain(AGENCY_TRADES).any(|s| {
            text[..country.span.start]
                .strip_suffix(' ')
                .is_some_and(|head| head.ends_with(s))
        });
    let sport_after =
        text[country.span.end..].strip_prefix(' ').is_some_and(sport_at);
    if !sport_before && !sport_after {
        return None;
    }
    let (start, end) = (area.sentence.start, area.sentence.end);
    let is_sport = |w: &Span| {
        let word = &text[w.range()];
        FEDERATION_SPORTS.contains(&word) || UTILITIES.contains(&word)
    };
    // No capitalised word may go on with the name on either side.
    let open_before = |at: usize| {
        words::previous(text, start, at).is_none_or(|w| {
            let word = &text[w.range()];
            !is_capitalised(word) || words::is_article(word)
        })
    };
    let open_after = |at: usize| {
        words::next(text, at, end).is_none_or(|w| {
            let word = &text[w.range()];
            !is_capitalised(word) && !NOT_FEDERATION_AFTER.contains(&word)
        })
    };
    let single_space = |a: usize, b: usize| &text[a..b] == " ";
    let after = words::next(text, country.span.end, end)
        .filter(|w| single_space(country.span.end, w.start) && is_sport(w))
        .filter(|w| open_after(w.end) && open_before(country.span.start));
    let before = || {
        words::previous(text, start, country.span.start)
            .filter(|w| {
                single_space(w.end, country.span.start)
                    && opens_national_body(&text[w.range()])
            })
            .filter(|w| open_before(w.start) && open_after(country.span.end))
    };
    let (name, sport) = match after {
        Some(sport) => (Span::new(country.span.start, sport.end), sport),
        None => {
            let sport = before()?;
            (Span::new(sport.start, country.span.end), sport)
        }
    };
    if area.taken(sport) {
        return None;
    }
    let kind = CueKind::OrganisationNoun;
    Some(found(text, name, Kind::Organisation, kind, sport))
}

/// A known body's branch in a country or a region, named by the body and
/// the country or region after it and nothing else capitalised
/// (`Greenpeace Brazilië`, `Save the Children Kenya`, `Keolis
/// Vlaanderen`); not a country that a further name goes on with (`Shell
/// Nederland Raffinaderij`, which the organisation rules may find).
pub(crate) fn national_branch(
    area: &Area<'_>,
    body: &Mention,
    mentions: &[Mention],
) -> Option<Found> {
    let text = area.text;
    let bytes = text.as_bytes();
    let at = body.span.end + 1;
    // Whole words only: not `Taliban` of `Tehreek-e-Taliban Pakistan`,
    // nor `Rusland` of `de NAVO Rusland-raad`.
    let joined = |i: usize| bytes.get(i).is_some_and(|&b| b == b'-');
    if bytes.get(body.span.end) != Some(&b' ')
        || body.span.start > 0 && joined(body.span.start - 1)
    {
        return None;
    }
    // Mentions are sorted by where they start.
    let next = mentions.partition_point(|m| m.span.start < at);
    let country = mentions.get(next).filter(|m| {
        m.span.start == at
            && matches!(m.kind, Kind::Country | Kind::Region)
            && m.form != Form::Adjective
    })?;
    // A country past the sentence's end (a mention across it) is no
    // part of the body's name, and no word after it is read there.
    if country.span.end > area.sentence.end || joined(country.span.end) {
        return None;
    }
    let open_after = words::next(text, country.span.end, area.sentence.end)
        .is_none_or(|w| !is_capitalised(&text[w.range()]));
    if !open_after {
        return None;
    }
    let span = Span::new(body.span.start, country.span.end);
    let kind = CueKind::OrganisationNoun;
    Some(found(text, span, Kind::Organisation, kind, body.span))
}

/// A venue named after a known body, its sponsor (`Tim Hortons Field`,
/// `Mizuho PayPay Dome`, `Allianz Arena`): the body's mention, one
/// capitalised word at most, and a venue's word ([`shapes::is_venue_word`],
/// or `Field`); a place, where the body's name alone would link the
/// venue to the body.
pub(crate) fn sponsored_venue(
    area: &Area<'_>,
    body: &Mention,
) -> Option<Found> {
    let text = area.text;
    let mut end = body.span.end;
    for _ in 0..2 {
        let w = words::next(text, end, area.sentence.end)
            .filter(|w| words::only_space(text, end, w.start))?;
        let word = &text[w.range()];
        if super::shapes::is_venue_word(word) || word == "Field" {
            // `Kyocera Dome Osaka`: the venue's town may end its name.
            let town = words::next(text, w.end, area.sentence.end)
                .filter(|t| words::only_space(text, w.end, t.start))
                .and_then(|t| area.absorbable_place(t));
            let span =
                Span::new(body.span.start, town.map_or(w.end, |t| t.end));
            let kind = CueKind::PlaceName;
            return Some(found(text, span, Kind::Place, kind, w));
        }
        if !is_capitalised(word) || area.taken(w) {
            return None;
        }
        end = w.end;
    }
    None
}

/// Chambers of a state's or province's legislature, named after it
/// (`Vermont Senate`, `Odisha Assembly`, `Kano State House of Assembly`),
/// the longest first.
#[rustfmt::skip]
const CHAMBERS: &[&str] = &[
    "State House of Assembly", "House of Representatives",
    "Legislative Assembly", "Legislative Council", "General Assembly",
    "House of Assembly", "State Assembly", "Legislature", "Assembly",
    "Senate",
];

/// The chamber of a legislature named by a region or a country right
/// before it ([`CHAMBERS`]): one body with its home, where a known
/// chamber's name alone (`House of Representatives`) would be another
/// country's.
pub(crate) fn home_chamber(area: &Area<'_>, home: &Mention) -> Option<Found> {
    if home.form == Form::Adjective {
        return None;
    }
    let text = area.text;
    let rest = text[home.span.end..area.sentence.end].strip_prefix(' ')?;
    let chamber = CHAMBERS.iter().find(|c| {
        rest.strip_prefix(**c)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })?;
    let at = home.span.end + 1;
    let end = at + chamber.len();
    // Not the name of a building (`Alberta Legislature Building`).
    let next = words::next(text, end, area.sentence.end)
        .filter(|w| words::only_space(text, end, w.start));
    if next.is_some_and(|w| is_capitalised(&text[w.range()])) {
        return None;
    }
    let (span, head) = (Span::new(home.span.start, end), Span::new(at, end));
    let kind = CueKind::OrganisationNoun;
    Some(found(text, span, Kind::Organisation, kind, head))
}

/// Bodies with a society in every country, named with the country
/// before them (`Tonga Red Cross`, `Colombian Red Cross`).
const BRANCHED_BODIES: &[&str] =
    &["Red Cross", "Red Crescent", "Rode Kruis", "Rode Halve Maan", "Caritas"];

/// A country's society of a body that has one in every country (one of
/// the [`BRANCHED_BODIES`], as the body's mention is written), named by
/// the country's name or adjective right before it: one body with it.
pub(crate) fn country_branch(
    text: &str,
    body: &Mention,
    mentions: &[Mention],
) -> Option<Found> {
    if !BRANCHED_BODIES.contains(&&text[body.span.range()]) {
        return None;
    }
    // Mentions are sorted by where they start.
    let i = mentions.partition_point(|m| m.span.start < body.span.start);
    let before = mentions[..i].last().filter(|m| {
        m.kind == Kind::Country
            && m.span.end + 1 == body.span.start
            && text.as_bytes().get(m.span.end) == Some(&b' ')
    });
    // `het Rode Kruis van Papoea-Nieuw-Guinea`: the country's name after
    // `van` or `of`, ending the name.
    let after = || {
        let rest = &text[body.span.end..];
        let gap = [" van ", " of "].iter().find(|g| rest.starts_with(**g))?;
        let start = body.span.end + gap.len();
        let country = mentions[i..].iter().find(|m| m.span.start >= start)?;
        let next = text[country.span.end..].chars().next();
        (country.span.start == start
            && country.kind == Kind::Country
            && country.form != Form::Adjective
            && !next.is_some_and(|c| c.is_alphanumeric() || c == '-'))
        .then_some(country)
    };
    let span = match before {
        Some(country) => Span::new(country.span.start, body.span.end),
        None => Span::new(body.span.start, after()?.span.end),
    };
    let kind = CueKind::OrganisationNoun;
    Some(found(text, span, Kind::Organisation, kind, body.span))
}

/// Firms named after their partners, joined by an ampersand (`De Vries
/// & Hoekstra`, `Jansen & Bakker`): one or two capitalised words on each
/// side (a surname's particle before them), which no mention holds and
/// which open with no given name (`Lisa & Lotte` may be two people),
/// after no other capitalised word.
pub(crate) fn ampersand_firms(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let block = &text.as_bytes()[range.range()];
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(block, b" & ") {
        let amp = Span::new(range.start + at + 1, range.start + at + 2);
        let Some(sentence) = sentences.open(amp) else { continue };
        // Both spaces in the sentence, a name on each side.
        if amp.start - 1 <= sentence.start || amp.end + 1 >= sentence.end {
            continue;
        }
        let area = Area { text, sentence, taken, absorbable };
        let Some(left) = partners_before(&area, amp.start - 1) else {
            continue;
        };
        let Some(right) = partner_after(&area, amp.end + 1) else {
            continue;
        };
        let span = Span::new(left, right);
        out.push(found(
            text,
            span,
            Kind::Organisation,
            CueKind::LegalSuffix,
            amp,
        ));
    }
    out
}

/// Top-level domains that end firms' and bodies' names written as web
/// addresses (`Bol.com`, `Limburg.net`, `Marktplaats.nl`).
const WEB_DOMAINS: &[&[u8]] =
    &[b"com", b"net", b"nl", b"be", b"org", b"eu", b"io"];

/// The organisations named by a web address in the block `range`: a
/// capitalised word glued to a top-level domain (`Limburg.net`,
/// `Booking.com`), not inside an address or an e-mail
/// (`www.limburg.net`, `info@Limburg.net`).
pub(crate) fn web_names(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    taken: &[Span],
) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for dot in memchr::memchr_iter(b'.', &bytes[range.range()]) {
        let dot = range.start + dot;
        let rest = &bytes[dot + 1..range.end];
        let Some(domain) = WEB_DOMAINS.iter().find(|d| {
            rest.starts_with(d)
                && rest.get(d.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
        }) else {
            continue;
        };
        let start = text[range.start..dot]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
            .last()
            .map(|(i, _)| range.start + i);
        let Some(start) = start.filter(|&s| {
            text[s..].starts_with(char::is_uppercase)
                && !text[..s].ends_with(['.', '@', '/'])
        }) else {
            continue;
        };
        let span = Span::new(start, dot + 1 + domain.len());
        if taken.binary_search(&span).is_ok() || sentences.open(span).is_none()
        {
            continue;
        }
        let (cue, kind) =
            (Span::new(dot, span.end), CueKind::OrganisationNoun);
        out.push(found(text, span, Kind::Organisation, kind, cue));
    }
    out
}

/// Indonesian firms, named after their legal form `PT` (`PT Sinar Nikel
/// Sejahtera`, `PT Vale Indonesia Tbk`): up to five capitalised words
/// after it, and `Tbk`, the listed firm's form, after them; the known
/// names inside may be places or bodies a longer name holds. (A given
/// name after `PT` is the given-name stage's.)
pub(crate) fn after_pt(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let bytes = &text.as_bytes()[range.range()];
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b"PT ") {
        let start = range.start + at;
        if text[..start].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let form = Span::new(start, start + 2);
        let (mut end, mut count) = (form.end, 0);
        while count < 5 {
            let Some(w) = words::next(text, end, range.end)
                .filter(|w| words::only_space(text, end, w.start))
            else {
                break;
            };
            let word = &text[w.range()];
            if !(is_capitalised(word) || count > 0 && is_acronym(word)) {
                break;
            }
            end = w.end;
            count += 1;
        }
        if count == 0 {
            continue;
        }
        let span = Span::new(start, end);
        if sentences.open(span).is_none() || !super::clear_of(span, areas) {
            continue;
        }
        let kind = CueKind::LegalSuffix;
        out.push(found(text, span, Kind::Organisation, kind, form));
    }
    out
}

/// Where the partner's name that ends at `end` starts: one or two
/// capitalised words (`Hoekstra`, `Van Dam`, `De Vries`) before `end`.
fn partners_before(area: &Area<'_>, end: usize) -> Option<usize> {
    let text = area.text;
    let mut start = end;
    let mut count = 0;
    while let Some(w) = words::previous(text, area.sentence.start, start)
        .filter(|w| words::only_space(text, w.end, start))
    {
        let word = &text[w.range()];
        if count == 2 || !is_capitalised(word) || area.taken(w) {
            break;
        }
        (start, count) = (w.start, count + 1);
    }
    let first = words::next(text, start, end)?;
    let first_word = &text[first.range()];
    // A capitalised word before carries a longer name on.
    let longer = words::previous(text, area.sentence.start, start)
        .filter(|w| words::only_space(text, w.end, start))
        .is_some_and(|w| {
            let word = &text[w.range()];
            is_capitalised(word)
                && !words::opens_sentence(text, area.sentence.start, w)
        });
    let named = count > 0
        && !longer
        && !super::given::is_given(first_word)
        && (count == 1
            || names::is_particle(first_word)
            || names::is_name_word(first_word));
    named.then_some(start)
}

/// Where the partner's name that starts at `at` ends: one capitalised
/// name word, or a particle and one (`Van Dam`), with no capitalised
/// word after it.
fn partner_after(area: &Area<'_>, at: usize) -> Option<usize> {
    let text = area.text;
    let first =
        words::next(text, at, area.sentence.end).filter(|w| w.start == at)?;
    let first_word = &text[first.range()];
    let last = if names::is_particle(first_word) && is_capitalised(first_word)
    {
        words::next(text, first.end, area.sentence.end)
            .filter(|w| words::only_space(text, first.end, w.start))?
    } else {
        first
    };
    let last_word = &text[last.range()];
    let fits = is_capitalised(last_word)
        && !area.taken(Span::new(first.start, last.end))
        && !super::given::is_given(first_word)
        && !words::capital_after(text, last.end, area.sentence.end);
    fits.then_some(last.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area<'a>(text: &'a str, taken: &'a [Span]) -> Area<'a> {
        Area {
            text,
            sentence: Span::new(0, text.len()),
            taken,
            absorbable: &[],
        }
    }

    fn span_of(text: &str, word: &str) -> Span {
        let start = text.find(word).expect("in the text");
        Span::new(start, start + word.len())
    }

    #[test]
    fn employers() {
        // (text, the end of the person or role, expected)
        let rows = [
            (
                "Marco Verhoef van Weeronline verwacht",
                "Verhoef",
                Some("Weeronline"),
            ),
            (
                "Dangal van het Nationaal Rampenbureau.",
                "Dangal",
                Some("Nationaal Rampenbureau"),
            ),
            (
                "senator Cepeda of the Historic Pact will",
                "Cepeda",
                Some("Historic Pact"),
            ),
            ("an economist at Nedbank.", "economist", Some("Nedbank")),
            (
                "a spokesperson for the Office of Civil Defense.",
                "spokesperson",
                Some("Office of Civil Defense"),
            ),
            // a portfolio, a stop word, lower case, a person's name
            (
                "minister Jan Brouwers van Volksgezondheid wil",
                "Brouwers",
                None,
            ),
            ("Jan de Vries van Maandag", "Vries", None),
            ("Kuipers van de universiteitsraad", "Kuipers", None),
            ("Smith of the company", "Smith", None),
            ("Kuipers zei", "Kuipers", None),
        ];
        for (text, after, expected) in rows {
            let at = span_of(text, after).end;
            let found =
                employer_after(&area(text, &[]), at).map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
        // A place after the preposition is the gazetteer's.
        let text = "burgemeester Hofstede van Hoogeveen zei";
        let taken = [span_of(text, "Hoogeveen")];
        let at = span_of(text, "Hofstede").end;
        assert_eq!(employer_after(&area(text, &taken), at), None);
    }

    #[test]
    fn names_before_a_noun() {
        let rows = [
            ("while Faye's Pastef party said", "party", Some("Pastef")),
            (
                "by his Tamilaga Vettri Kazhagam (TVK) party.",
                "party",
                Some("Tamilaga Vettri Kazhagam"),
            ),
            (
                "Milei's La Libertad Avanza party welcomed",
                "party",
                Some("La Libertad Avanza"),
            ),
            (
                "The powerful Central Obrera Boliviana (COB) union called",
                "union",
                Some("Central Obrera Boliviana"),
            ),
            // the start of a sentence, no name, a noun with a capital
            ("Opposition party leaders met", "party", None),
            ("the ruling party said", "party", None),
            ("the Labour Party said", "Party", None),
            ("on Sunday's party", "party", None),
        ];
        for (text, noun, expected) in rows {
            let cue = span_of(text, noun);
            let found =
                before_noun(&area(text, &[]), cue).map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn names_before_a_role() {
        let rows = [
            ("DMK spokesman A. Saravanan said", "spokesman", Some("DMK")),
            ("COB leader Juan Carlos said", "leader", Some("COB")),
            (
                "said Federated Farmers president Wayne Langford",
                "president",
                Some("Federated Farmers"),
            ),
            (
                "Defence Ministry spokeswoman Maly Socheata said",
                "spokeswoman",
                Some("Defence Ministry"),
            ),
            (
                "in London, Plaid leader Rhun ap Iorwerth said",
                "leader",
                Some("Plaid"),
            ),
            // a capital at the start, an adjective, a capitalised role
            ("Opposition leader Khalifa Sall said", "leader", None),
            ("Police spokesman Paul Nyathi said", "spokesman", None),
            ("said Republican senator Lindsey Graham", "senator", None),
            ("Finance Minister Luis Caputo said", "Minister", None),
            ("said economist Mamadou Diallo", "economist", None),
        ];
        for (text, role, expected) in rows {
            let cue = span_of(text, role);
            let found =
                before_role(&area(text, &[]), cue).map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn acronyms_with_a_name() {
        // (text, taken mentions, expected)
        let rows: [(&str, &[&str], Option<&str>); 7] = [
            ("van FNV Metaal noemde het", &["FNV"], Some("FNV Metaal")),
            ("Het AZ Groeninge heeft", &["AZ"], Some("AZ Groeninge")),
            ("Het OM Oost-Brabant verwacht", &["OM", "Oost-Brabant"], None),
            ("zei VVD Kamerlid Jan", &["VVD"], None),
            ("zei VVD Dilan Yesilgoz vandaag", &["VVD"], None),
            ("het RIVM Maandag", &["RIVM"], None),
            ("de VVD en het CDA", &["VVD"], None),
        ];
        for (text, taken, expected) in rows {
            let taken: Vec<Span> =
                taken.iter().map(|t| span_of(text, t)).collect();
            let acronym = taken[0];
            let found = acronym_with_name(&area(text, &taken), acronym)
                .map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
        // A place after it is taken whole.
        let text = "Het OM Oost-Brabant verwacht";
        let taken = [span_of(text, "OM"), span_of(text, "Oost-Brabant")];
        let area = Area {
            text,
            sentence: Span::new(0, text.len()),
            taken: &taken,
            absorbable: &taken[1..],
        };
        let found =
            acronym_with_name(&area, taken[0]).map(|s| &text[s.range()]);
        assert_eq!(found, Some("OM Oost-Brabant"));
    }

    #[test]
    fn lists_after_a_plural() {
        let rows = [
            (
                "De vakbonden ACV en ABVV voeren actie",
                "vakbonden",
                vec!["ACV", "ABVV"],
            ),
            (
                "the carmakers BMW, Audi and Tesla said",
                "carmakers",
                vec!["BMW", "Audi", "Tesla"],
            ),
            // one name is no list; lower case
            ("de partijen Groen wilden", "partijen", vec![]),
            ("de bedrijven in de regio", "bedrijven", vec![]),
            ("de partijen die en die", "partijen", vec![]),
        ];
        for (text, noun, expected) in rows {
            let cue = span_of(text, noun);
            let found: Vec<&str> = listed_after(&area(text, &[]), cue)
                .into_iter()
                .map(|s| &text[s.range()])
                .collect();
            assert_eq!(found, expected, "{text}");
        }
        // Mentions in the list are passed over.
        let text = "de oppositiepartijen Groen, PVDA en Vlaams Belang dienen";
        let taken = [span_of(text, "PVDA"), span_of(text, "Vlaams Belang")];
        let found: Vec<&str> =
            listed_after(&area(text, &taken), span_of(text, "partijen"))
                .into_iter()
                .map(|s| &text[s.range()])
                .collect();
        assert_eq!(found, ["Groen"]);
    }
}
