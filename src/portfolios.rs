//! Portfolios: the words after a role's `van` or `voor` (`minister van
//! Defensie`, `staatssecretaris van Financiën`, `de Kamercommissie voor
//! Defensie`) say what the role holds, not which body acts; the same
//! words alone are the body's short name (`Defensie wil niet zeggen`).
//! The annotation labels a portfolio as no mention, so extraction reads
//! the words before a body's short name before it takes the body.

use crate::span::Span;

/// Role nouns (by how a word ends: `oud-minister`, `Kamercommissie`)
/// whose `van` or `voor` introduces a portfolio. `ministerie` counts:
/// `het ministerie van Defensie` is one name, which discovery reads
/// whole, not the short name inside it.
const ROLES: &[&str] = &[
    "minister",
    "ministers",
    "ministerie",
    "ministeries",
    "staatssecretaris",
    "staatssecretarissen",
    "bewindspersoon",
    "bewindspersonen",
    "bewindsman",
    "bewindslieden",
    "bewindsvrouw",
    "commissie",
    "commissies",
    "schepen",
    "schepenen",
    "gedeputeerde",
    "gedeputeerden",
    "wethouder",
    "wethouders",
    "officier",
    "officieren",
    "portefeuille",
];

/// Words a portfolio of several parts holds before the last
/// (`minister van Buitenlandse Zaken en Defensie`): at most this many.
const MOST_WORDS: usize = 6;

/// Whether the name at `span` completes a portfolio: right after a role's
/// `van` or `voor`, or after `en` in a portfolio of several parts.
pub(crate) fn names_portfolio(text: &str, span: Span) -> bool {
    let mut words = text[..span.start]
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(','));
    let Some(first) = words.next() else { return false };
    let mut word = first;
    if word == "en" || word == "&" {
        // Back across the parts before it to their `van`.
        let mut steps = 0;
        loop {
            let Some(w) = words.next() else { return false };
            steps += 1;
            if steps > MOST_WORDS {
                return false;
            }
            if is_preposition(w) {
                word = w;
                break;
            }
            if !(w.starts_with(char::is_uppercase) || w == "en") {
                return false;
            }
        }
    }
    if !is_preposition(word) {
        return false;
    }
    // The role, or the role and its holder's name (`Minister Jan-Willem
    // Brouwers van Volksgezondheid`).
    words
        .take(MOST_NAME_WORDS + 1)
        .find(|w| !is_name_word(w))
        .is_some_and(is_role)
}

/// Words of a holder's name between a role and its `van`: at most this
/// many.
const MOST_NAME_WORDS: usize = 4;

/// A capitalised word or a particle of a name (`Jan-Willem`, `de`,
/// `Gucht`).
fn is_name_word(word: &str) -> bool {
    let particle = matches!(word, "de" | "van" | "der" | "den" | "ter");
    particle || word.starts_with(char::is_uppercase) && !is_role(word)
}

fn is_preposition(word: &str) -> bool {
    matches!(word, "van" | "voor")
}

fn is_role(word: &str) -> bool {
    let word = word.to_lowercase();
    ROLES.iter().any(|r| word.ends_with(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portfolios_and_bodies() {
        // The text, the name in it, and whether it completes a portfolio.
        let rows = [
            ("minister van Defensie Ruben Brekelmans", "Defensie", true),
            ("Minister van Financiën Eelco Heinen", "Financiën", true),
            ("oud-minister van Justitie", "Justitie", true),
            ("staatssecretaris van Financiën", "Financiën", true),
            ("de Kamercommissie voor Defensie", "Defensie", true),
            ("het ministerie van Defensie zegt", "Defensie", true),
            ("minister van Buitenlandse Zaken en Defensie", "Defensie", true),
            ("schepen van Financiën, Pieter", "Financiën", true),
            (
                "Minister Jan-Willem Brouwers van Volksgezondheid wil",
                "Volksgezondheid",
                true,
            ),
            ("minister Karel De Gucht van Financiën", "Financiën", true),
            ("woordvoerder Jan Smit van Defensie", "Defensie", false),
            ("Jan Smit van Defensie", "Defensie", false),
            ("Defensie wil niet zeggen", "Defensie", false),
            ("een woordvoerder van Defensie zei", "Defensie", false),
            ("zegt Buitenlandse Zaken", "Buitenlandse Zaken", false),
            ("Rutte en Defensie", "Defensie", false),
            ("de ministers van Defensie en Douane", "Douane", true),
            ("het budget van Defensie en Douane", "Douane", false),
            // White space of any run; a bracket is no `van`.
            ("minister van  Defensie", "Defensie", true),
            ("minister van\nDefensie", "Defensie", true),
            ("minister van (Defensie)", "Defensie", false),
        ];
        for (text, name, portfolio) in rows {
            let start = text.find(name).unwrap();
            let span = Span::new(start, start + name.len());
            assert_eq!(names_portfolio(text, span), portfolio, "{text}");
        }
    }
}
