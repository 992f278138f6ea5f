//! Events named after a place: `Ronde van Vlaanderen`, `Tour de France`,
//! `Australian Open`, `Mexican Grand Prix`, `Acropolis Rally`; or after a
//! sponsor, a body: `Omloop Het Nieuwsblad`. An event is no mention by the
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

/// Words that open a race's name right before its sponsor's, a body's
/// (`Omloop Het Nieuwsblad`): the body inside is no mention either.
const BEFORE_SPONSOR: &[&str] = &["Omloop"];

/// Whether the mention at `span`, of `kind`, is a place, region or
/// country inside an event's name, or a body that sponsors it.
pub(crate) fn in_event_name(text: &str, kind: Kind, span: Span) -> bool {
    let head = &text[..span.start];
    let head = head.strip_suffix(' ').unwrap_or(head);
    if kind == Kind::Organisation {
        return ends_in_words(head, BEFORE_SPONSOR);
    }
    if !matches!(kind, Kind::Place | Kind::Region | Kind::Country) {
        return false;
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
    fn sponsors_in_event_names() {
        let rows = [
            ("de Omloop Het Nieuwsblad", "Het Nieuwsblad", true),
            ("Omloop Het Nieuwsblad", "Het Nieuwsblad", true),
            ("volgens Het Nieuwsblad", "Het Nieuwsblad", false),
            ("de Rondomloop Het Nieuwsblad", "Het Nieuwsblad", false),
        ];
        for (text, body, event) in rows {
            let start = text.find(body).unwrap();
            let span = Span::new(start, start + body.len());
            let got = in_event_name(text, Kind::Organisation, span);
            assert_eq!(got, event, "{text}");
        }
    }
}
