//! Events named after a place: `Ronde van Vlaanderen`, `Tour de France`,
//! `Australian Open`, `Mexican Grand Prix`, `Acropolis Rally`, `Indian
//! Premier League`, `Kenya Cup`, `Rally Chile`; or after a sponsor, a
//! body: `Omloop Het Nieuwsblad`, `PDC World Championship`; and names
//! that discovery took for a body's but are an event's (`Davis Cup`).
//! An event is no mention by the
//! annotation rules (`docs/annotation.md`), nor is the place inside its
//! name: a race called after Flanders links no one to Flanders. This
//! stage drops such places after matching and discovery; it reads only
//! the words next to a place, so it costs next to nothing.

use crate::gazetteer::Kind;
use crate::span::Span;

/// Words that open an event's name right before a place, as written.
const BEFORE: &[&str] = &[
    "Ronde van",
    "Omloop van",
    "Tour de",
    "Tour du",
    "Tour of",
    "Giro d'",
    "Giro d\u{2019}",
    "Giro di",
    "Vuelta a",
    "Volta a",
    "Grand Prix van",
    "Grand Prix of",
    "Grand Prix de",
    "GP van",
    "GP of",
    "Rund um",
];

/// Words that close an event's name right after a place or its
/// adjective, as written.
const AFTER: &[&str] =
    &["Open", "Grand Prix", "GP", "Marathon", "Masters", "Rally"];

/// Last words of competitions', races' and fairs' names, which may come a
/// few capitalised words after a place (`Indian Premier League`, `Kenya
/// Cup`, `Lisbon Half Marathon`, `Brisbane International`, `Dutch Design
/// Week`) or a sponsor (`PDC World Championship`, `Tata Steel Chess
/// Tournament`), where they end the capitalised words.
const EVENT_ENDS: &[&str] = &[
    "Open",
    "Marathon",
    "Masters",
    "Rally",
    "Cup",
    "Championship",
    "Championships",
    "Tournament",
    "Trophy",
    "Classic",
    "Challenge",
    "International",
    "Premiership",
    "Premier League",
    "Series",
    "Games",
    "Grand National",
    "Grand Prix",
    "Week",
    "New Year",
    "Festival",
];

/// [`EVENT_ENDS`] that also end bodies' names (`Kakao Games`, `Amnesty
/// International`): not after a sponsor.
const NOT_AFTER_SPONSOR: &[&str] =
    &["Games", "Week", "New Year", "Festival", "International"];

/// Words that open an event's name before a place, capitalised
/// (`Rally Chile`, `Tour of the Alps`, the show jumping of `Jumping
/// Amsterdam`).
const OPENING: &[&str] = &["Rally", "Tour of the", "Ronde van de", "Jumping"];

/// Words that open a race's name right before its sponsor's, a body's
/// (`Omloop Het Nieuwsblad`): the body inside is no mention either.
const BEFORE_SPONSOR: &[&str] = &["Omloop"];

/// Ends of Dutch compounds that name events (`Zomerfestival`,
/// `Paaskermis`, `Zevenheuvelenloop`), which the place after them is
/// part of (`Zomerfestival Swartbroek`).
const EVENT_COMPOUNDS: &[&str] =
    &["festival", "kermis", "feest", "toernooi", "markt", "loop"];

/// Whether `lower`, a word in lower case, is a compound naming an event.
pub(crate) fn is_event_compound(lower: &str) -> bool {
    EVENT_COMPOUNDS.iter().any(|e| lower.ends_with(e))
}

/// Whether the mention at `span`, of `kind`, is a place, region or
/// country inside an event's name, or a body that sponsors it.
pub(crate) fn in_event_name(text: &str, kind: Kind, span: Span) -> bool {
    let head = &text[..span.start];
    let head = head.strip_suffix(' ').unwrap_or(head);
    if kind == Kind::Organisation {
        return ends_in_words(head, BEFORE_SPONSOR)
            || ends_event(text, span.end, NOT_AFTER_SPONSOR);
    }
    if !matches!(kind, Kind::Place | Kind::Region | Kind::Country) {
        return false;
    }
    // `All-Ireland final`, `All-Africa Games`: a competition of the whole
    // country or continent, no mention of it.
    if let Some(before) = head.strip_suffix("All-") {
        if !before.ends_with(char::is_alphanumeric) {
            return true;
        }
    }
    if ends_event(text, span.end, &[]) || ends_in_words(head, OPENING) {
        return true;
    }
    let word_before = head.rsplit(' ').next().unwrap_or_default();
    if word_before.starts_with(|c: char| c.is_uppercase())
        && is_event_compound(&word_before.to_lowercase())
    {
        return true;
    }
    // Most places follow no event's words: the word before them (`van`,
    // `de`, `of`, `d'`) and the first letters after them (`Open`, `Grand
    // Prix`, `Marathon`) settle most.
    let may_open = matches!(
        head.rsplit(' ').next(),
        Some(
            "van"
                | "de"
                | "du"
                | "of"
                | "d'"
                | "d\u{2019}"
                | "di"
                | "a"
                | "um"
        )
    );
    let may_close = matches!(
        text.as_bytes().get(span.end..span.end + 2),
        Some([b' ', b'O' | b'G' | b'M' | b'R'])
    );
    if !may_open && !may_close {
        return false;
    }
    let opened = may_open && ends_in_words(head, BEFORE);
    let tail = &text[span.end..];
    let closed = may_close
        && tail.strip_prefix(' ').is_some_and(|tail| {
            AFTER.iter().any(|words| {
                tail.strip_prefix(words).is_some_and(|after| {
                    !after.starts_with(char::is_alphanumeric)
                })
            })
        });
    opened || closed
}

/// Whether the capitalised words right after `at` (three at most, and
/// single spaces between) end in one of [`EVENT_ENDS`] but `except`, with
/// no capital after it: `at` is inside an event's name.
fn ends_event(text: &str, at: usize, except: &[&str]) -> bool {
    let mut rest = &text[at..];
    for _ in 0..4 {
        let Some(tail) = rest.strip_prefix(' ') else {
            return false;
        };
        if !tail.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let ended =
            EVENT_ENDS.iter().filter(|e| !except.contains(e)).find_map(|e| {
                tail.strip_prefix(e)
                    .filter(|after| !after.starts_with(char::is_alphanumeric))
            });
        if let Some(after) = ended {
            // The capitalised words end here (`Lagos International
            // Airport` is none).
            let goes_on = after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase));
            if !goes_on {
                return true;
            }
        }
        let word_end = tail
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .unwrap_or(tail.len());
        rest = &tail[word_end..];
    }
    false
}

/// Whether a name that discovery took for a body ends in an event's word
/// (`Davis Cup`, `Mallorca Offshore Series`): an event's name. (A
/// gazetteer's bodies may: `National Rally`.)
pub(crate) fn is_event_name(name: &str) -> bool {
    EVENT_ENDS.iter().filter(|e| !NOT_AFTER_SPONSOR.contains(e)).any(|e| {
        name.strip_suffix(e).is_some_and(|before| before.ends_with(' '))
    })
}

/// Whether `head` ends in one of `list`, as whole words.
fn ends_in_words(head: &str, list: &[&str]) -> bool {
    list.iter().any(|words| {
        head.strip_suffix(words)
            .is_some_and(|before| !before.ends_with(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_in_event_names() {
        let rows = [
            ("de Ronde van Vlaanderen", "Vlaanderen", true),
            ("de Tour de France", "France", true),
            ("de Giro d'Italia", "Italia", true),
            ("the Tour of Norway", "Norway", true),
            ("de Grand Prix van Mexico", "Mexico", true),
            ("the Australian Open.", "Australian", true),
            ("the Mexican Grand Prix", "Mexican", true),
            ("de Rotterdam Marathon", "Rotterdam", true),
            ("the Acropolis Rally", "Acropolis", true),
            // Not an event's words, or not next to the place.
            ("de ronde van Vlaanderen", "Vlaanderen", false),
            ("a tour of Argentina", "Argentina", false),
            ("de Detour de France", "France", false),
            ("in France Open", "France", true),
            ("in France Openly", "France", false),
            ("in France opened", "France", false),
            ("as Greece Rallies", "Greece", false),
            ("de reis van Mexico naar Peru", "Mexico", false),
            // Capitalised words after the place that end in an event's.
            ("the Indian Premier League table", "Indian", true),
            ("the Kenya Cup final", "Kenya", true),
            ("the Lisbon Half Marathon on", "Lisbon", true),
            ("the Brisbane International.", "Brisbane", true),
            ("the Dutch Design Week", "Dutch", true),
            // `League` alone ends bodies' names too.
            ("the Pakistan Muslim League", "Pakistan", false),
            ("at Lagos International Airport", "Lagos", false),
            ("Kenya Airways flew", "Kenya", false),
            ("in Kenya. Cup holders", "Kenya", false),
            // A competition of the whole country or continent.
            ("the All-Ireland final", "Ireland", true),
            ("the All-Africa Games", "Africa", true),
            ("the Ball-Ireland", "Ireland", false),
            ("in Ireland. All said so", "Ireland", false),
            ("the Kenya cup", "Kenya", false),
            // Or the event's words before it.
            ("won Rally Chile on Sunday", "Chile", true),
            ("the Tour of the Alps", "Alps", true),
            ("a tour of the Alps", "Alps", false),
            ("de Grand Prix van Jumping Amsterdam", "Amsterdam", true),
            ("she was jumping Amsterdam", "Amsterdam", false),
            // A Dutch compound naming an event, capitalised, before it.
            ("het Zomerfestival Swartbroek gaat", "Swartbroek", true),
            ("de Paaskermis Weert", "Weert", true),
            ("het festival in Weert", "Weert", false),
            ("de zomerfestival Weert", "Weert", false),
            ("Het Weert", "Weert", false),
        ];
        for (text, place, event) in rows {
            let start = text.find(place).unwrap();
            let span = Span::new(start, start + place.len());
            assert_eq!(
                in_event_name(text, Kind::Country, span),
                event,
                "{text}"
            );
        }
        let span = Span::new(13, 23);
        assert!(!in_event_name("de Ronde van Vlaanderen", Kind::Person, span));
    }

    #[test]
    fn discovered_names_of_events() {
        let rows = [
            ("Davis Cup", true),
            ("Mallorca Offshore Series", true),
            ("Kakao Games", false),
            ("Smash Padel Uccle", false),
            ("Cup", false),
        ];
        for (name, event) in rows {
            assert_eq!(is_event_name(name), event, "{name}");
        }
    }

    #[test]
    fn sponsors_in_event_names() {
        let rows = [
            ("de Omloop Het Nieuwsblad", "Het Nieuwsblad", true),
            ("Omloop Het Nieuwsblad", "Het Nieuwsblad", true),
            ("volgens Het Nieuwsblad", "Het Nieuwsblad", false),
            ("de Rondomloop Het Nieuwsblad", "Het Nieuwsblad", false),
            ("the PDC World Championship", "PDC", true),
            ("the Tata Steel Chess Tournament", "Tata Steel", true),
            ("Kakao Games said", "Kakao", false),
            ("Amnesty International said", "Amnesty", false),
            ("PDC officials", "PDC", false),
        ];
        for (text, body, event) in rows {
            let start = text.find(body).unwrap();
            let span = Span::new(start, start + body.len());
            let got = in_event_name(text, Kind::Organisation, span);
            assert_eq!(got, event, "{text}");
        }
    }
}
