//! Bodies' names that name something else: a product, by the model after
//! its maker (`Boeing 737-800`, `Airbus A320neo`, `Audi A6`, `Hyundai
//! i20`), or an era after a year (`79 AD`, where `AD` is no newspaper);
//! and names of places and people that are a ship's, after its prefix
//! (`MV Isle of Lewis`, `HMAS Adelaide`). The annotation labels none of
//! them (`docs/annotation.md`), and a plane links no one to its maker.
//! This stage drops such mentions after matching and discovery; it reads
//! only the word next to a mention.

use crate::span::Span;

/// Whether the organisation mentioned at `span` names a product or an
/// era by the word next to it.
pub(crate) fn names_no_body(text: &str, span: Span) -> bool {
    let name = &text[span.range()];
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    let year = before.rsplit(' ').next().is_some_and(|w| {
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    });
    if matches!(name, "AD" | "BC") && year {
        return true;
    }
    let Some(after) = text[span.end..].strip_prefix(' ') else {
        return false;
    };
    // The word up to white space, less the punctuation that ends it: a
    // number's comma stays (`fined Wanderers 200,000 shillings`).
    let word = after.split(char::is_whitespace).next().unwrap_or("");
    is_model(word.trim_end_matches([',', '.', ';', ':', ')']))
}

/// Prefixes of ships' names (`MV Isle of Lewis`, `HMAS Adelaide`,
/// `Zr.Ms. Tromp`): a ship named after a place or a person is neither.
/// Not `MS` or `SS`, which are initials and a body as often.
const SHIP_PREFIXES: &[&str] = &[
    "MV", "HMS", "HMAS", "HMNZS", "HMCS", "USS", "USNS", "RMS", "Zr.Ms.",
    "Hr.Ms.",
];

/// Whether the mention at `span` is a ship's name or opens one, right
/// after a ship's prefix.
pub(crate) fn names_a_ship(text: &str, span: Span) -> bool {
    // Every prefix ends in a capital or a stop before the space: most
    // words before a name end in neither.
    let bytes = text.as_bytes();
    let after_prefix = span.start >= 2
        && bytes[span.start - 1] == b' '
        && (bytes[span.start - 2].is_ascii_uppercase()
            || bytes[span.start - 2] == b'.');
    if !after_prefix {
        return false;
    }
    let before = &text[..span.start - 1];
    SHIP_PREFIXES.iter().any(|p| {
        before.strip_suffix(p).is_some_and(|head| {
            !head.ends_with(|c: char| c.is_alphanumeric() || c == '.')
        })
    })
}

/// Whether `word` designates a model: letters and digits, at least one
/// digit, up to four letters before them (`737`, `A320neo`, `i20`,
/// `737-800s`, `E195-E2`); no year (`2024`) and no score (`2-1`,
/// `121-109`).
fn is_model(word: &str) -> bool {
    let letters_first = word.chars().take_while(|c| c.is_alphabetic()).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || letters_first > 4 || word.len() > 12 {
        return false;
    }
    if !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return false;
    }
    let year = word.len() == 4
        && digits == 4
        && (word.starts_with("19") || word.starts_with("20"));
    // `121-109`; a plane's series has letters (`737-800s`, `A321-200`).
    let score = word.split('-').count() == 2
        && word
            .split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    // One or two digits alone count a team or a ranking (`Jong Ajax 2`).
    let small = letters_first == 0 && word.len() <= 2;
    !year && !score && !small
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_and_eras() {
        let rows = [
            ("its ageing Boeing 737-800s, the airline", "Boeing", true),
            ("mostly of Airbus A320neo aircraft", "Airbus", true),
            ("een gestolen Audi A6 reed", "Audi", true),
            ("driving a Hyundai i20 for", "Hyundai", true),
            ("het stuur van de Porsche 911.", "Porsche", true),
            ("huurt een Embraer 175 met", "Embraer", true),
            ("killed in Pompeii in 79 AD show", "AD", true),
            ("around 950 AD.", "AD", true),
            // No model, a year, a score, a team's number.
            ("ordered jets from Boeing and", "Boeing", false),
            ("Boeing 2024 results", "Boeing", false),
            ("Ajax 2-1 winst", "Ajax", false),
            ("beat the Los Angeles Lakers 121-109 on", "Lakers", false),
            ("Jong Ajax 2 won", "Ajax", false),
            ("fined Wanderers 200,000 shillings", "Wanderers", false),
            ("meldt het AD vandaag", "AD", false),
            ("Boeing 12345678901234", "Boeing", false),
        ];
        for (text, body, product) in rows {
            let start = text.find(body).unwrap();
            let span = Span::new(start, start + body.len());
            assert_eq!(names_no_body(text, span), product, "{text}");
        }
    }

    #[test]
    fn ships_named_after_places_and_people() {
        let rows = [
            ("when the MV Isle of Lewis broke down", "Isle of Lewis", true),
            ("HMAS Adelaide sailed from Brisbane", "Adelaide", true),
            ("Zr.Ms. Karel Doorman vertrekt", "Karel Doorman", true),
            ("the USS Gerald R. Ford left", "Gerald R. Ford", true),
            // Not after a prefix, nor after a word that ends in one.
            ("flights to Adelaide resumed", "Adelaide", false),
            ("the CMV Adelaide route", "Adelaide", false),
            ("MS Dhoni hit a six", "Dhoni", false),
        ];
        for (text, name, ship) in rows {
            let start = text.find(name).unwrap();
            let span = Span::new(start, start + name.len());
            assert_eq!(names_a_ship(text, span), ship, "{text}");
        }
    }
}
