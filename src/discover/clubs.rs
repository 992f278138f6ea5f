//! Clubs named by their city: sports news writes `de topper tegen
//! Amsterdam`, `de hockeysters van Den Bosch`, `Anderlecht won met 2-0`,
//! and means the club, not the town. The gazetteer finds the town; the
//! words around it say it is a team: a noun of players before it, a
//! result verb or a trainer's hyphen after it (`Gent-trainer`), its staff
//! before a name (`Tasmania coach Grant Dolling`), or `tegen`/`against`/
//! `beat` in a sentence with a score or a match in it. A town
//! or region with a plural nickname after it (`Chennai Super Kings`,
//! `Orlando Pirates`) is a team's name itself.

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

use super::names::{self, Area};
use super::{CueKind, Found, Sentences, cues, found, words};
use crate::Mention;
use crate::gazetteer::Kind;
use crate::span::Span;

/// Players of a team, before `van` and its name (`de hockeysters van Den
/// Bosch`).
#[rustfmt::skip]
const PLAYERS: &[&str] = &[
    "hockeysters", "hockeyers", "voetballers", "voetbalsters",
    "basketballers", "basketbalsters", "volleyballers", "volleybalsters",
    "handballers", "handbalsters", "korfballers", "korfbalsters",
    "waterpoloërs", "waterpolosters", "rugbyers", "spelers", "speelsters",
];

/// Words right before a team that it played against (`tegen Amsterdam`,
/// `ten koste van Den Bosch`, `won van Genk`), which need a match in the
/// sentence.
const AGAINST: &[&str] = &[
    "tegen",
    "against",
    "versus",
    "vs",
    "vs.",
    "koste van",
    "won van",
    "verloor van",
    "gewonnen van",
    "verloren van",
    "sterk voor",
    "beat",
    "beats",
    "defeated",
    "edged",
    "thrashed",
    "versloeg",
    "versloegen",
    "edge",
    "edges",
    "defeat",
    "defeats",
    "stun",
    "stuns",
    "stunned",
    "sink",
    "sinks",
    "sank",
    "rout",
    "routed",
    "overcame",
    "win over",
    "wins over",
    "victory over",
    "loss to",
    "lost to",
    "defeat to",
    "draw with",
    "drew with",
    "beating",
    "defeating",
    "edging",
    "zege op",
    "winst op",
    "overwinning op",
];

/// Verbs of a result right after a team that opens its sentence
/// (`Anderlecht won met 2-0`).
#[rustfmt::skip]
const RESULT_VERBS: &[&str] = &[
    "won", "wint", "verloor", "verliest", "speelde", "beat", "beats", "drew",
    "led", "leads", "lost", "edge", "edged", "thrash", "thrashed", "defeated",
    "versloeg", "stun", "stuns", "stunned", "rout", "routed",
    // cricket's and the table's verbs (`as Somerset bowled out Essex`,
    // `Somerset reached 164 for three`, `Somerset close in on Essex`)
    "bowled", "reached", "declared", "chased", "collapsed", "trail",
    "trailed", "close", "closed", "need", "needs", "hold", "held",
];

/// Words that open a clause whose subject a team may be (`as Munster
/// beat Leinster`); Dutch puts the verb elsewhere there.
const CLAUSE_OPENERS: &[&str] =
    &["as", "when", "after", "before", "while", "and", "but", "until"];

/// People of a team named right after its town or region and before
/// their own name (`Tasmania coach Grant Dolling`, `Leinster lock Cian
/// O'Sullivan`): the place is the team.
#[rustfmt::skip]
const STAFF_BEFORE_NAME: &[&str] = &[
    "coach", "captain", "manager", "skipper", "trainer", "aanvoerder",
    "goalkeeper", "keeper", "doelman", "striker", "midfielder", "defender",
    "forward", "winger", "wing", "lock", "prop", "hooker", "flanker",
    "fly-half", "scrum-half", "fullback", "full-back", "batter", "bowler",
    "opener", "spinner", "seamer", "paceman", "guard", "spits",
    "middenvelder", "verdediger",
];

/// People of a team, after its town and a hyphen (`Katwijk-trainer`,
/// `Anderlecht-coach`): the town is the club.
#[rustfmt::skip]
const STAFF: &[&str] = &[
    "coach", "trainer", "hoofdtrainer", "keeper", "doelman", "aanvoerder",
    "spits", "verdediger", "middenvelder", "captain", "goalkeeper",
    "striker", "supporters", "fans",
];

/// Words of a match: with a score, they make `tegen X` a team.
#[rustfmt::skip]
const MATCH_WORDS: &[&str] = &[
    "topper", "derby", "wedstrijd", "duel", "doelpunt", "treffer",
    "competitie", "landstitel", "finale", "kampioen", "match", "game",
    "goal", "goals", "scoorde", "scored", "beat", "thuiswedstrijd", "beker",
    "bekerfinale", "landskampioen", "tiebreak", "wickets", "innings",
    "tries", "final", "finals", "play-off",
];

/// Plural words after a place that name no team: events, agreements and
/// areas (`Paris Olympics`, `Oslo Accords`, `Victoria Falls`).
#[rustfmt::skip]
const NOT_NICKNAMES: &[&str] = &[
    "Games", "Olympics", "Paralympics", "Championships", "Awards", "Talks",
    "Accords", "Agreements", "Conventions", "Protocols", "Papers", "Files",
    "Riots", "Attacks", "Bombings", "Trials", "Declarations", "Days",
    "Nights", "Weeks", "Sessions", "Falls", "Heights", "Islands",
    "Mountains", "Hills", "Lakes", "Plains", "Highlands", "Lowlands",
    "Keys", "Springs", "Gardens", "Docks", "Docklands", "Sands", "Flats",
    "Woods", "Rapids", "Narrows", "Streets", "Suburbs", "Districts",
    "Outskirts", "Regions", "Provinces", "Markets", "Stocks", "Shares",
    "Elections", "Polls", "Protests", "Summits",
];

/// Plural words after a place that name its party, no team (`the Nova
/// Scotia Liberals`, `Texas Democrats`): the place alone later stays the
/// place.
#[rustfmt::skip]
const PARTY_PLURALS: &[&str] = &[
    "Liberals", "Conservatives", "Democrats", "Republicans", "Greens",
    "Socialists", "Nationalists", "Unionists", "Progressives", "Tories",
];

/// A team named by its town and a plural nickname (`Chennai Super
/// Kings`, `Orlando Pirates`, `Toronto Raptors`): one or two capitalised
/// words after the town, the last a plural, that end the capitalised run.
/// The town is then part of the club's name; a town that is a given name
/// only in a sentence of a match (`Sydney Sixers beat`, not `Ans Coppens
/// en Bram Hendriks`).
pub(crate) fn nickname(area: &Area<'_>, place: Span) -> Option<Found> {
    let text = area.text;
    let mut end = place.end;
    let mut last = None;
    for _ in 0..2 {
        let Some(w) = words::next(text, end, area.sentence.end)
            .filter(|w| words::only_space(text, end, w.start))
            .filter(|w| is_nickname_word(&text[w.range()]))
        else {
            break;
        };
        // A known club's nickname that counts alone is another team's
        // after this town (`Stavanger Oilers`, not Edmonton's).
        if area.taken(w) && area.absorbable_place(w) != Some(w) {
            return None;
        }
        end = w.end;
        last = Some(w);
    }
    let last = &text[last?.range()];
    let run_goes_on = words::next(text, end, area.sentence.end)
        .filter(|w| words::only_space(text, end, w.start))
        .is_some_and(|w| text[w.range()].starts_with(char::is_uppercase));
    let plural = last.ends_with('s') && !last.ends_with("ss");
    if !plural || run_goes_on || NOT_NICKNAMES.contains(&last) {
        return None;
    }
    // `burgemeester van Heusden Marloes Kuijpers (47)`: a given name and a
    // surname in `-s` after the town are a person's, where a headline
    // runs into the story.
    let first = words::next(text, place.end, end).map(|w| &text[w.range()]);
    if first.is_some_and(|w| w != last && super::given::is_given_only(w)) {
        return None;
    }
    // `Ans Coppens`: a town that is a given name, before a surname in
    // `-s`, is a person's name unless the sentence tells of a match.
    let town = &text[place.range()];
    let given =
        super::given::is_given(town) || super::given::is_place_given(town);
    if given && !has_match(&text[area.sentence.range()]) {
        return None;
    }
    let span = Span::new(place.start, end);
    if PARTY_PLURALS.contains(&last) {
        let party = Span::new(end - last.len(), end);
        let kind = CueKind::OrganisationNoun;
        return Some(found(text, span, Kind::Organisation, kind, party));
    }
    Some(found(text, span, Kind::Organisation, CueKind::Club, place))
}

/// A word of a team's nickname: a capital, then lower-case letters only.
fn is_nickname_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.len() >= 4
        && chars.all(char::is_lowercase)
}

/// The club that the town `place` names in its sentence, if the words
/// around it say so.
pub(crate) fn club(area: &Area<'_>, place: Span) -> Option<Found> {
    let text = area.text;
    let head = text[area.sentence.start..place.start].trim_end();
    let sentence = &text[area.sentence.range()];
    let ends_with_word = |words: &str| {
        head.strip_suffix(words).is_some_and(|before| {
            !before.ends_with(|c: char| c.is_alphanumeric())
        })
    };
    let cue_len = if let Some(players) =
        head.strip_suffix(" van").and_then(players_ending)
    {
        players.len() + 4
    } else if let Some(against) = AGAINST
        .iter()
        .find(|a| ends_with_word(a))
        .filter(|_| has_match(sentence))
    {
        against.len()
    } else if let Some(score) = head
        .strip_suffix(" van")
        .and_then(|h| h.rsplit(' ').next())
        .filter(|w| is_score(w))
    {
        // `won met 2-0 van Genk`
        score.len() + 4
    } else if let Some(staff) =
        staff_after(text, place).or_else(|| staff_before_name(area, place))
    {
        let cue = Span::new(place.end + 1, place.end + 1 + staff.len());
        return Some(found(
            text,
            place,
            Kind::Organisation,
            CueKind::Club,
            cue,
        ));
    } else if (words::opens_sentence(text, area.sentence.start, place)
        || words::word_before_is(
            text,
            area.sentence.start,
            place,
            CLAUSE_OPENERS,
        ))
        && words::next(text, place.end, area.sentence.end)
            .is_some_and(|w| RESULT_VERBS.contains(&&text[w.range()]))
        && has_match(sentence)
    {
        0
    } else {
        return None;
    };
    let cue = if cue_len == 0 {
        place
    } else {
        Span::new(
            area.sentence.start + head.len() - cue_len,
            area.sentence.start + head.len(),
        )
    };
    Some(found(text, place, Kind::Organisation, CueKind::Club, cue))
}

/// Words that open a town's longer name or a part of it, not a sponsor
/// (`Groot Amsterdam`, `Central London`, `Sint Maarten`).
#[rustfmt::skip]
const NOT_SPONSORS: &[&str] = &[
    "Groot", "Klein", "Oud", "Nieuw", "Noord", "Zuid", "Oost", "West",
    "Midden", "Centraal", "Hoog", "Laag", "Neder", "Boven", "Stad",
    "Gemeente", "Provincie", "Regio", "Greater", "Central", "North",
    "South", "East", "Upper", "Lower", "Old", "New", "Downtown", "Inner",
    "Outer", "Sint", "Saint", "Port", "Fort", "Mount", "Lake", "Cape",
    "Metro", "City", "County",
];

/// A team named by its sponsor and its town (`Tectum Maaseik`, `Filou
/// Oostende`, `Dero Puurs`): one capitalised word right before the town,
/// that opens the name (no capital before it but at the sentence's
/// start) and is no given name, with no capital after the town, in a
/// sentence of a match or after a noun of players (`de volleyballers van
/// Solar Roeselare`).
pub(crate) fn sponsored(area: &Area<'_>, place: Span) -> Option<Found> {
    let text = area.text;
    let (start, end) = (area.sentence.start, area.sentence.end);
    if place.end > end || place.start < start {
        return None;
    }
    let sponsor = words::previous(text, start, place.start)
        .filter(|w| words::only_space(text, w.end, place.start))?;
    let word = &text[sponsor.range()];
    let is_sponsor = word.len() >= 3
        && word.chars().all(char::is_alphabetic)
        && !words::is_acronym(word)
        && words::is_capitalised(word)
        && !is_cue_word(word)
        && !NOT_SPONSORS.contains(&word)
        && !super::given::is_given_name(word);
    if !is_sponsor || area.taken(sponsor) {
        return None;
    }
    let opens_name = words::previous(text, start, sponsor.start)
        .is_none_or(|w| !words::is_capitalised(&text[w.range()]));
    let run_goes_on = words::capital_after(text, place.end, end);
    if !opens_name || run_goes_on {
        return None;
    }
    let cue = players_before(text, area.sentence, sponsor).or_else(|| {
        has_match(&text[area.sentence.range()]).then_some(sponsor)
    })?;
    let span = Span::new(sponsor.start, place.end);
    Some(found(text, span, Kind::Organisation, CueKind::Club, cue))
}

/// Whether `word` is a stop word, particle or role noun, which no
/// sponsor is (`Bij Puurs`, `Coach Maaseik`).
fn is_cue_word(word: &str) -> bool {
    use super::cues::{self, List};
    let cue_lists = List::Stop as u16
        | List::Particle as u16
        | List::Role as u16
        | List::Kin as u16;
    cues::lists(word) & cue_lists != 0
}

/// The noun of players and `van` right before `name` in `sentence` (`de
/// handbalsters van Olympia Venlo`), which make it a team's name.
pub(crate) fn players_before(
    text: &str,
    sentence: Span,
    name: Span,
) -> Option<Span> {
    let before = &text[sentence.start..name.start];
    if let Some(head) = before.strip_suffix(" van ") {
        let players = players_ending(head)?;
        let end = sentence.start + head.len();
        return Some(Span::new(end - players.len(), end));
    }
    // A headline's plural noun right before the team, without `van`
    // (`Handbalsters Olympia Venlo naar bekerfinale`).
    let head = before.strip_suffix(' ')?;
    let players = players_ending(head)?;
    (players.len() == head.len())
        .then(|| Span::new(sentence.start, sentence.start + head.len()))
}

/// The noun of [`PLAYERS`] that `head` ends in, as a whole word, which
/// may open its sentence with a capital (`Handbalsters van`).
fn players_ending(head: &str) -> Option<&'static str> {
    let last = head.rsplit(' ').next()?;
    let before = &head[..head.len() - last.len()];
    let mut chars = last.chars();
    let first = chars.next()?;
    let capital = first.is_uppercase() && before.is_empty();
    PLAYERS.iter().copied().find(|p| {
        last == *p
            || capital
                && p.strip_prefix(first.to_ascii_lowercase())
                    .is_some_and(|rest| rest == chars.as_str())
    })
}

/// Clubs named with the year they were founded, as Dutch amateur clubs
/// are (`Zwart-Wit '28`, `HV Dalfsen '74`): a name, a space and an
/// apostrophe (straight or curly) with two digits. Where a club prefix
/// found the name without its year, the longer find is kept.
pub(crate) fn founded(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // The curly apostrophe is three bytes and ends in 0x99.
    for at in memchr::memchr2_iter(b'\'', 0x99, &bytes[range.range()]) {
        let at = range.start + at;
        let quote = if bytes[at] == b'\'' {
            at
        } else if at >= 2 && text.get(at - 2..=at) == Some("\u{2019}") {
            at - 2
        } else {
            continue;
        };
        let year = Span::new(at + 1, at + 3);
        let is_year = year.end <= range.end
            && bytes[year.range()].iter().all(u8::is_ascii_digit)
            && !bytes.get(year.end).is_some_and(u8::is_ascii_alphanumeric);
        if quote == 0 || bytes[quote - 1] != b' ' || !is_year {
            continue;
        }
        let cue = Span::new(quote, year.end);
        let Some(sentence) = sentences.open(cue) else { continue };
        let area = Area { text, sentence, taken, absorbable };
        let Some(name) = names::organisation_before(&area, quote - 1) else {
            continue;
        };
        let span = Span::new(name.start, year.end);
        out.push(found(text, span, Kind::Organisation, CueKind::Club, cue));
    }
    out
}

/// Clubs that a club's prefix found, named on with the full year they
/// were founded (`VV Eygelshoven 1919`): the year right after the name
/// joins it, as `'28` does.
pub(crate) fn with_full_year(text: &str, found: &mut [Found]) {
    for f in found.iter_mut() {
        let prefix = f.cue.span.start == f.span.start
            && cues::CLUB_PREFIXES
                .iter()
                .any(|p| p.eq_ignore_ascii_case(&f.cue.text));
        if f.kind != Kind::Organisation || !prefix {
            continue;
        }
        let rest = &text.as_bytes()[f.span.end..];
        let year = rest.len() >= 5
            && rest[0] == b' '
            && rest[1..5].iter().all(u8::is_ascii_digit)
            && matches!(&rest[1..3], b"18" | b"19")
            && !rest.get(5).is_some_and(u8::is_ascii_alphanumeric);
        if year {
            f.span = Span::new(f.span.start, f.span.end + 5);
            f.name = text[f.span.range()].to_string();
            f.id = super::link::id(Kind::Organisation, &f.name);
        }
    }
}

/// Members of a team before `van` and its name, which no list need hold
/// (`de waterpoloërs van Polar Bears`, `de renner van Beobank-Maes`,
/// `de atlete van AV Triathlon`): players of a sport, riders, athletes
/// and positions in a team; not coaches, whose `van` may name a person.
#[rustfmt::skip]
const TEAM_MEMBERS: &[&str] = &[
    "speler", "speelster", "atleet", "atlete", "atleten", "renner",
    "renster", "renners", "rensters", "wielrenner", "wielrenster",
    "keeper", "keepster", "doelman", "aanvaller", "aanvalster",
    "verdediger", "middenvelder", "spits", "aanvoerder", "aanvoerster",
    "zwemmer", "zwemster", "zwemmers", "roeier", "roeister", "roeiers",
    "turner", "turnster", "judoka", "schaatser", "schaatster",
    "tennisser", "tennisster", "hockeyer", "hockeyster", "voetballer",
    "voetbalster", "korfballer", "korfbalster", "handballer",
    "handbalster", "volleyballer", "volleybalster", "basketballer",
    "basketbalster", "waterpoloër", "rugbyer",
];

/// Teams named after a member of theirs and `van` (`de renner van
/// Kempenbouw`): up to five words of an organisation's name that open
/// with no mention and that no mention cuts short. A town there is the
/// club found by its town (`de hockeysters van Den Bosch`), elsewhere.
pub(crate) fn of_members(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    static MEMBERS: Lazy<FxHashSet<&'static str>> =
        Lazy::new(|| TEAM_MEMBERS.iter().chain(PLAYERS).copied().collect());
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for &start in capitals {
        // `van ` right before: most capitals go no further.
        if start < range.start + 4 || &bytes[start - 4..start] != b"van " {
            continue;
        }
        let head = &text[range.start..start - 4];
        let member = head.trim_end().rsplit(' ').next().unwrap_or_default();
        if !MEMBERS.contains(member) {
            continue;
        }
        let end = range.start + head.trim_end().len();
        let cue = Span::new(end - member.len(), end);
        let Some(sentence) = sentences.open(cue) else { continue };
        if start >= sentence.end {
            continue;
        }
        let area = Area { text, sentence, taken, absorbable };
        let Some(name) = names::organisation_after(&area, start) else {
            continue;
        };
        let opens = words::next(text, start, sentence.end)
            .is_some_and(|w| w.start == name.start && !area.taken(w));
        // A name cut short by a mention is no team's whole name (`HKC
        // Vooruit/Veenstra`, `Vooruit` a party).
        let cut = words::next(text, name.end, sentence.end).is_some_and(|w| {
            words::only_space(text, name.end, w.start) && area.taken(w)
        });
        if !opens || cut {
            continue;
        }
        out.push(found(text, name, Kind::Organisation, CueKind::Club, cue));
    }
    out
}

/// Words before a team that a team played (`puts Derbyshire in charge
/// against Leicestershire`, `as Munster beat Leinster`), as written with
/// their spaces.
const OPPONENT_CUES: &[&str] = &[
    " against ",
    " tegen ",
    " beat ",
    " beats ",
    " defeated ",
    " versloeg ",
    " versus ",
    " vs ",
    " vs. ",
    " thrash ",
    " thrashed ",
    " edge ",
    " edged ",
    " stun ",
    " stuns ",
    " stunned ",
    " rout ",
    " routed ",
    // After a team (`sends Prairie Kings past Ironmen`).
    " past ",
    // The team in the lead, or the one to beat, in a match's sentence.
    // (`leider` is a role noun: the person stage reads the name first.)
    " leaders ",
    " koploper ",
    " rivals ",
    // Dutch wins and losses `van` a team (`gewonnen van Dero Puurs`).
    " gewonnen van ",
    " won van ",
    " wint van ",
    " winnen van ",
    " verloor van ",
    " verloren van ",
    " verliest van ",
];

/// Words of a headline's scorer carrying a team on (`Sandhu-Rai
/// hat-trick sends Kingsmead into final`): a team follows where
/// [`CARRIED_TO`] comes after it.
const CARRY_CUES: &[&str] = &[
    " sends ",
    " lifts ",
    " kicks ",
    " fires ",
    " powers ",
    " guides ",
    " steers ",
    " propels ",
    " carries ",
];

/// The last letters of the [`OPPONENT_CUES`], [`CARRY_CUES`], `the` and
/// the [`SCORE_LINKS`].
const CUE_ENDS: &[u8] = b"tndgseh.oyr";

/// Words after a score and before the team it was against (`lost 30-12 to
/// the Cairns Crocs`, `were held 17-17 by Pontypridd`).
const SCORE_LINKS: &[&str] = &["to", "by", "tegen", "van", "over"];

/// The length of the score and its link word that `head` ends in, with
/// the space after them (`30-12 to `).
fn score_before(head: &str) -> Option<usize> {
    let link = words::last_word(head)?;
    if !SCORE_LINKS.contains(&link) {
        return None;
    }
    let before = &head[..head.len() - link.len() - 1];
    let score = words::last_word(before)?;
    is_score(score).then_some(score.len() + 1 + link.len())
}

/// Whether `word` ends one of the [`OPPONENT_CUES`] or [`CARRY_CUES`].
fn is_last_cue_word(word: &str) -> bool {
    static LAST: Lazy<FxHashSet<&'static str>> = Lazy::new(|| {
        OPPONENT_CUES
            .iter()
            .chain(CARRY_CUES)
            .filter_map(|c| c.trim().rsplit(' ').next())
            .chain(SCORE_LINKS.iter().copied())
            .collect()
    });
    LAST.contains(word)
}

/// Where a team is carried (`past Nagoya`, `into final`, `to victory`).
const CARRIED_TO: &[&str] = &["past", "into", "to", "over"];

/// Teams no list holds, named after a word of playing against them in a
/// sentence of a match (`against Leicestershire`, `beat the Bulls`):
/// one to three capitalised words no mention holds, that end the
/// capitalised run and open with no given name (`beat Kasper Ruud` is a
/// player), nor after a known person (`Sinner beat Draper`: players
/// play players), of the gazetteer's `mentions` and those `found` so
/// far.
pub(crate) fn opponents(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
    (mentions, found_so_far): (&[Mention], &[Found]),
) -> Vec<Found> {
    let people = || {
        let known = mentions.iter().filter(|m| m.kind == Kind::Person);
        let new = found_so_far.iter().filter(|f| f.kind == Kind::Person);
        known.map(|m| m.span).chain(new.map(|f| f.span))
    };
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for &start in capitals {
        // A space and the last letter of a cue word before: most capitals
        // go no further.
        if start < 2
            || bytes[start - 1] != b' '
            || !CUE_ENDS.contains(&bytes[start - 2])
        {
            continue;
        }
        // `beat the Bulls`: the article before the team is no part of it.
        let head = &text[range.start..start];
        let article = head.ends_with(" the ");
        let head = head.strip_suffix("the ").unwrap_or(head);
        if !words::last_word(head).is_some_and(is_last_cue_word) {
            continue;
        }
        let carry = CARRY_CUES.iter().find(|c| head.ends_with(**c));
        let Some(cue_len) = OPPONENT_CUES
            .iter()
            .find(|c| head.ends_with(**c))
            .or(carry)
            .map(|c| c.trim().len())
            .or_else(|| score_before(head))
        else {
            continue;
        };
        let cue_end = range.start + head.len() - 1;
        let cue = Span::new(cue_end - cue_len, cue_end);
        let Some(sentence) = sentences.open(cue) else { continue };
        // The team in the cue's sentence (`vs.` may end one).
        if start >= sentence.end {
            continue;
        }
        let area = Area { text, sentence, taken, absorbable };
        // `beat Jamaica's Sunshine Girls`: the team after its country's
        // or town's possessive.
        let owner = words::next(text, start, sentence.end).filter(|w| {
            let word = &text[w.range()];
            words::is_possessive(word) && words::is_capitalised(word)
        });
        let start = match owner {
            Some(o) => match words::next(text, o.end, sentence.end) {
                Some(w) if words::only_space(text, o.end, w.start) => w.start,
                _ => continue,
            },
            None => start,
        };
        // Up to three capitalised words no mention holds, after the
        // team's town if it opens the name (`beat the Bendigo Blaze`), or
        // before it if it ends the name after a sponsor's word (`van Dero
        // Puurs`).
        let town = words::next(text, start, sentence.end)
            .and_then(|w| area.absorbable_place(w));
        let (mut end, mut count) = (town.map_or(start, |t| t.end), 0);
        let mut town = town;
        while let Some(w) = words::next(text, end, sentence.end).filter(|w| {
            w.start == end || words::only_space(text, end, w.start)
        }) {
            let home = area
                .absorbable_place(w)
                .filter(|_| count == 1 && town.is_none() && owner.is_none());
            if let Some(home) = home {
                (end, town) = (home.end, Some(home));
                break;
            }
            if count == 3
                || !names::is_name_word(&text[w.range()])
                || area.taken(w)
            {
                break;
            }
            (end, count) = (w.end, count + 1);
        }
        let span = Span::new(start, end);
        let first = text[span.range()].split(' ').next().unwrap_or_default();
        // A match: a score or a word of matches in the sentence, a team
        // carried somewhere (`into final`; `past` a team tells a match
        // where no score does), or a team past a team (`lifts Lynx past
        // Nitra`, `sends Prairie Kings past Ironmen`).
        let a_match = || {
            let after = words::next(text, end, sentence.end)
                .filter(|w| words::only_space(text, end, w.start))
                .map(|w| &text[w.range()]);
            let before_cue = words::previous(text, sentence.start, cue.start)
                .filter(|w| words::only_space(text, w.end, cue.start));
            match (carry, &text[cue.range()]) {
                (Some(_), _) => {
                    after.is_some_and(|a| CARRIED_TO.contains(&a))
                        && (after == Some("past")
                            || has_match(&text[sentence.range()]))
                }
                (None, "past") => before_cue
                    .is_some_and(|w| words::is_capitalised(&text[w.range()])),
                (None, _) => has_match(&text[sentence.range()]),
            }
        };
        if count == 0
            || words::capital_after(text, end, sentence.end)
            // No one is `the Gladstone` (`beat the Gladstone Goannas`).
            || !article && super::given::is_given(first)
            || super::given::family_and_given(&text[span.range()])
            || !a_match()
        {
            continue;
        }
        // A person, or a person's surname, plays the team's opponent:
        // a player (`Jakub Mensik … Mensik beat Fonseca`).
        let before = words::previous(text, sentence.start, cue.start)
            .filter(|w| w.end + 1 == cue.start);
        let player = before.is_some_and(|w| {
            let word = &text[w.range()];
            people().any(|p| {
                p.end == w.end
                    || text[p.range()].rsplit(' ').next() == Some(word)
            })
        });
        // Or a Chinese name does (`Chen Yifan stuns Gallagher`).
        let chinese = before.is_some_and(|w| {
            words::previous(text, sentence.start, w.start)
                .filter(|f| words::only_space(text, f.end, w.start))
                .is_some_and(|f| {
                    super::given::family_and_given(&text[f.start..w.end])
                })
        });
        // Or the team is one word that a person's name ends in: the
        // player, named in full elsewhere (`to beat Bakker in Blackpool
        // final … beating Jesse Bakker 18-15`).
        let surname = count == 1
            && people().any(|p| {
                let name = &text[p.range()];
                name.contains(' ')
                    && name.rsplit(' ').next() == Some(&text[span.range()])
            });
        if player || chinese || surname {
            continue;
        }
        // A team named by its town is found by it, as the other clubs
        // are: later text writes its nickname alone (`the Bluefins`).
        let by = town.unwrap_or(cue);
        out.push(found(text, span, Kind::Organisation, CueKind::Club, by));
        // `as Somerset beat Surrey`: the team before the cue too, where a
        // clause opens with it.
        if let Some((team, town)) = team_before(&area, cue) {
            let by = town.unwrap_or(cue);
            out.push(found(text, team, Kind::Organisation, CueKind::Club, by));
        }
    }
    out.sort_by_key(|f| f.span.start);
    out
}

/// The team that beat another (`as Somerset beat Surrey`): up to three
/// capitalised words before the verb `cue`, after the team's town if it
/// opens the name (`the Osaka Red Thunder`), which open the sentence or
/// follow a word that opens a clause, `the` or a possessive (`New
/// Zealand's Silver Ferns`), and no given name first but after `the`;
/// with the town, if any.
fn team_before(area: &Area<'_>, cue: Span) -> Option<(Span, Option<Span>)> {
    let text = area.text;
    if !RESULT_VERBS.contains(&&text[cue.range()]) {
        return None;
    }
    let mut start = cue.start - 1;
    let mut count = 0;
    let mut town = None;
    while let Some(w) = words::previous(text, area.sentence.start, start)
        .filter(|w| words::only_space(text, w.end, start))
    {
        // The team's town opens its name (`the Osaka Red Thunder`).
        town = area.absorbable_to(w).filter(|_| count > 0);
        if let Some(town) = town {
            start = town.start;
            break;
        }
        // A possessive is the team's owner, no word of its name.
        if count == 3
            || !names::is_name_word(&text[w.range()])
            || words::is_possessive(&text[w.range()])
            || area.taken(w)
        {
            break;
        }
        (start, count) = (w.start, count + 1);
    }
    if count == 0 {
        return None;
    }
    let span = Span::new(start, cue.start - 1);
    let first = text[span.range()].split(' ').next()?;
    let article =
        words::word_before_is(text, area.sentence.start, span, &["the"]);
    // `New Zealand's Silver Ferns beat`: after the country's possessive.
    let owner = words::previous(text, area.sentence.start, span.start)
        .filter(|w| words::only_space(text, w.end, span.start))
        .is_some_and(|w| {
            let word = &text[w.range()];
            words::is_possessive(word) && words::is_capitalised(word)
        });
    let opens = article
        || owner
        || words::opens_sentence(text, area.sentence.start, span)
        || words::word_before_is(
            text,
            area.sentence.start,
            span,
            CLAUSE_OPENERS,
        );
    // No one is `the Gladstone` (`as the Gladstone Goannas beat`).
    let chinese = super::given::family_and_given(&text[span.range()]);
    (opens && (article || !super::given::is_given(first)) && !chinese)
        .then_some((span, town))
}

/// The word of [`STAFF`] joined to `place` by a hyphen (`Gent-trainer`).
fn staff_after(text: &str, place: Span) -> Option<&'static str> {
    let rest = text[place.end..].strip_prefix('-')?;
    let word = rest.split(|c: char| !c.is_alphanumeric()).next()?;
    STAFF.iter().copied().find(|s| *s == word)
}

/// The word of [`STAFF_BEFORE_NAME`] after `place` and a space, with a
/// capitalised name after it (`Tasmania coach Grant Dolling`).
fn staff_before_name(area: &Area<'_>, place: Span) -> Option<&'static str> {
    let text = area.text;
    let staff = words::next(text, place.end, area.sentence.end)
        .filter(|w| words::only_space(text, place.end, w.start))?;
    let word = &text[staff.range()];
    let staff = STAFF_BEFORE_NAME.iter().copied().find(|s| *s == word)?;
    let rest = text[place.end + 1 + word.len()..area.sentence.end]
        .strip_prefix(' ')?;
    rest.starts_with(char::is_uppercase).then_some(staff)
}

/// Whether `word` is a score (`2-0`, `24–21`).
fn is_score(word: &str) -> bool {
    word.split_once(['-', '\u{2013}']).is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 3
            && b.len() <= 3
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    })
}

/// Whether `sentence` tells of a match: a score (`2-1`, `24–21`) or a
/// word of matches.
pub(crate) fn has_match(sentence: &str) -> bool {
    let words = sentence.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | '(' | ')' | ';')
    });
    words.clone().any(is_score)
        || words
            .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
            .any(|w| MATCH_WORDS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick test of the letter before a capital lets every cue on.
    #[test]
    fn cue_ends_end_every_cue() {
        let links = SCORE_LINKS.iter().map(|l| format!(" {l} "));
        let links: Vec<String> = links.collect();
        let cues = OPPONENT_CUES.iter().chain(CARRY_CUES).chain(&[" the "]);
        for cue in cues.copied().chain(links.iter().map(String::as_str)) {
            let end = cue.trim_end().as_bytes()[cue.trim_end().len() - 1];
            assert!(CUE_ENDS.contains(&end), "{cue:?}");
            let last = cue.trim().rsplit(' ').next().unwrap();
            assert!(is_last_cue_word(last) || last == "the", "{cue:?}");
        }
    }

    #[test]
    fn matches() {
        let rows = [
            ("Ajax won met 2-1.", true),
            ("Het werd 24–21.", true),
            ("De topper eindigde gelijk.", true),
            ("De COVID-19 crisis duurde.", false),
            ("Het kabinet sprak met Amsterdam.", false),
        ];
        for (sentence, want) in rows {
            assert_eq!(has_match(sentence), want, "{sentence}");
        }
    }
}
