//! The shapes of names next to a cue: people (`Ilse ter Horst`,
//! `Touria el Idrissi`, `Pieter-Jan de Wolff`, `Kim Yong-hyun`) and
//! organisations (`Bouwbedrijf Hendriks`, `Johnson & Johnson`).
//!
//! A name never splits a gazetteer mention. It stops before one, or,
//! where the mention is a place, region or country written as a name,
//! takes it whole: `Bank of Ghana`, `Universiteit van São Paulo`, and
//! after a cue for a person, a given name and a town (`schaatsster Jutta
//! Leerdam`), since surnames are often place names.

use super::cues;
use super::given;
use super::words::{self, is_acronym, is_capitalised, lowered};
use crate::span::Span;

/// The longest name of people we read (`Gerrit Jan van der Veen`).
const MAX_WORDS: usize = 6;

/// Where a name may lie: its sentence, and the gazetteer mentions to keep
/// out of.
pub(crate) struct Area<'a> {
    pub(crate) text: &'a str,
    pub(crate) sentence: Span,
    /// Spans of the mentions found so far, sorted.
    pub(crate) taken: &'a [Span],
    /// The spans among `taken` that a longer name may take whole: places,
    /// regions and countries written as names (never adjectives), sorted.
    pub(crate) absorbable: &'a [Span],
}

impl Area<'_> {
    /// Whether `span` overlaps a mention found so far.
    pub(crate) fn taken(&self, span: Span) -> bool {
        self.taken_by(span).is_some()
    }

    /// The first mention found so far that `span` overlaps.
    pub(crate) fn taken_by(&self, span: Span) -> Option<Span> {
        let i = self.taken.partition_point(|t| t.end <= span.start);
        self.taken.get(i).copied().filter(|t| t.start < span.end)
    }

    fn word(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The absorbable mention that starts with the word `word`.
    fn absorbable_from(&self, word: Span) -> Option<Span> {
        let i = self.absorbable.partition_point(|t| t.start < word.start);
        self.absorbable.get(i).copied().filter(|t| t.start == word.start)
    }

    /// The absorbable mention that holds all of `span`.
    fn absorbable_over(&self, span: Span) -> Option<Span> {
        let i = self.absorbable.partition_point(|t| t.end <= span.start);
        self.absorbable
            .get(i)
            .copied()
            .filter(|t| t.start <= span.start && span.end <= t.end)
    }

    /// The absorbable mention that ends with the word `word`.
    pub(crate) fn absorbable_to(&self, word: Span) -> Option<Span> {
        let i = self.absorbable.partition_point(|t| t.end < word.end);
        self.absorbable.get(i).copied().filter(|t| t.end == word.end)
    }

    /// The mention of the capitalised word `word` that modifies the
    /// capitalised name word after it, as the first words of a body's
    /// name (`Fries Museum`, `Drents Overijsselse Delta`, `Vlaams
    /// Instituut voor Biotechnologie`, `Philippine Basketball
    /// Association`). The first is no Dutch adjective inflected as any
    /// other (`het Gentse Museum`, `de Franse Federale Bank`): a name
    /// fixes its words. Nor a town that ends the same (`Melbourne
    /// Park`); but English writes nations' adjectives in `-ine`
    /// (`Philippine`, `Argentine`), which Dutch inflects to `-se`.
    pub(crate) fn modifier(&self, word: Span) -> Option<Span> {
        let written = self.word(word);
        if written.ends_with('e') && !written.ends_with("ine") {
            return None;
        }
        self.modifier_in_chain(word)
    }

    /// A [`Area::modifier`] after the first. It may be a nation's
    /// adjective of two words or more, returned whole (`South African
    /// Reserve Bank`, `Sri Lankan Ports Authority`); not another name of
    /// more words (`Red Cross Team`, `Het Parool Ilias`).
    pub(crate) fn modifier_in_chain(&self, word: Span) -> Option<Span> {
        let mention = self.taken_by(word).filter(|m| {
            let written = self.word(*m);
            *m == word
                || m.start >= self.sentence.start
                    && m.start <= word.start
                    && word.end <= m.end
                    && written.split(' ').all(is_capitalised)
                    && (written.ends_with("an") || written.ends_with("ese"))
        })?;
        let written = self.word(word);
        if !is_capitalised(written) {
            return None;
        }
        let next = words::next(self.text, mention.end, self.sentence.end)
            .filter(|n| words::only_space(self.text, mention.end, n.start))?;
        if !is_capitalised(self.word(next))
            || !is_organisation_word(self.word(next))
        {
            return None;
        }
        if self.taken(next) {
            // `Malaysian Anti-Corruption Commission`, `Mongolian Red
            // Cross Society`: a word that a mention a name may hold ends
            // or starts.
            self.absorbable_to(next)
                .filter(|t| t.start > next.start)
                .or_else(|| self.absorbable_from(next))
                .or_else(|| self.modifier_in_chain(next))
                .map(|_| mention)
        } else {
            Some(mention)
        }
    }

    /// The absorbable mention that starts with the word `word`, for
    /// callers outside this module.
    pub(crate) fn absorbable_place(&self, word: Span) -> Option<Span> {
        self.absorbable_from(word)
    }

    /// The absorbable mention of one word that is the word `word`: a town
    /// that may be a surname (`Leerdam`), not `Den Haag`, nor a word no
    /// person's name holds (the theme `Energy`). So is a town that opens
    /// a given name of two syllables (`Chia` of `Lin Chia-hao`): the word
    /// is the name's, and is returned.
    fn absorbable_word(&self, word: Span) -> Option<Span> {
        self.absorbable_from(word)
            .filter(|t| {
                let syllables = t.end < word.end
                    && self.text[t.end..].starts_with('-')
                    && is_syllable_pair(self.word(word));
                (*t == word || syllables)
                    && !cues::is(self.word(word), cues::List::NotInPersonNames)
            })
            .map(|_| word)
    }
}

/// A person's name: its span and how many of its words are no particle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Name {
    pub(crate) span: Span,
    pub(crate) words: usize,
    /// Whether it starts with a particle that only surnames start with
    /// (`Van der Poel`).
    pub(crate) surname: bool,
}

impl Name {
    /// Whether it is a person's name on its own, without a role noun to
    /// say so: given name and surname, or a surname with its particle.
    pub(crate) fn full(&self) -> bool {
        self.words >= 2 || self.surname
    }
}

pub(crate) fn is_particle(word: &str) -> bool {
    cues::is(word, cues::List::Particle)
}

/// A word of a person's name: capitalised and no stop word, role noun or
/// particle; or an Arabic surname with its prefix (`al-Sadr`).
pub(crate) fn is_name_word(word: &str) -> bool {
    let word = words::without_possessive(word);
    if let Some((prefix, rest)) = word.split_once('-') {
        if cues::is(prefix, cues::List::ArabicPrefix) && is_capitalised(rest) {
            return true;
        }
        // `Ex-partner`, `Oud-Kamerlid`: a prefix, no given name; but a
        // given name of two syllables may start with a stop word
        // (`Mei-ling`, `So-yeon`), and so may a double surname whose
        // second starts with a particle (`Koning-de Wit`).
        // (`Mei-bijeenkomst`: the month, no stop word as `Mei` is a given
        // name too)
        let double = is_particle(rest) && rest.starts_with(char::is_lowercase);
        if (cues::is(prefix, cues::List::Stop) || prefix == "Mei")
            && !is_syllable_pair(word)
            && !double
        {
            return false;
        }
    }
    use cues::List;
    let not_names = List::Stop as u16
        | List::NotInPersonNames as u16
        | List::Role as u16
        | List::OrganisationNoun as u16
        | List::Particle as u16;
    if !is_capitalised(word) {
        return false;
    }
    let (whole, ends) = cues::compound_lists(word);
    whole & not_names == 0
        && (is_double_surname(word)
            || ends & List::Role as u16 == 0
                && !cues::organisation_noun_of(word, whole, ends))
}

/// A given name of two syllables joined by a hyphen, the second in lower
/// case or both capitalised (`Mei-ling`, `Yong-hyun`, `Mei-Ling`): no word
/// prefix (`Ex-man`, `Oud-minister`).
pub(crate) fn is_syllable_pair(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else { return false };
    let letters = |s: &str| s.chars().count();
    !cues::is(first, cues::List::WordPrefix)
        && (2..=4).contains(&letters(first))
        && (2..=5).contains(&letters(second))
        // `Mei-ling`, or `Mei-Ling` after a capital
        && (second.chars().all(char::is_lowercase)
            || is_capitalised(first)
                && is_capitalised(second)
                && second.chars().skip(1).all(char::is_lowercase))
}

/// A double surname (`Van Wijngaarden-Prins`, `Jansen-Visser`): a last
/// part that is capitalised is a name, even where it is also a role noun,
/// but for the role nouns Dutch writes with a capital (`PVV-Kamerlid`).
fn is_double_surname(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, last)| {
        is_capitalised(head)
            && is_capitalised(last)
            && !cues::is(last, cues::List::CapitalisedRole)
    })
}

/// The person's name that starts at `at`, if one does.
/// The words of a name being read, and whether each is a name word (not
/// a particle); on the stack, as every cue reads one.
struct Parts {
    items: [(Span, bool); MAX_WORDS + 1],
    len: usize,
}

impl Parts {
    fn new() -> Self {
        Parts { items: [(Span::default(), false); MAX_WORDS + 1], len: 0 }
    }

    fn push(&mut self, part: (Span, bool)) {
        self.items[self.len] = part;
        self.len += 1;
    }

    fn len(&self) -> usize {
        self.len
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn as_mut_slice(&mut self) -> &mut [(Span, bool)] {
        &mut self.items[..self.len]
    }
}

pub(crate) fn person_after(area: &Area<'_>, mut at: usize) -> Option<Name> {
    let mut spans = Parts::new();
    while let Some(w) = words::next(area.text, at, area.sentence.end) {
        if spans.len() == MAX_WORDS {
            break;
        }
        if area.taken(w) {
            // `Anje de Haan`, `Jan van den Burg`, `Anje de Haan-Wiersma`:
            // after a name, a place written with its article in lower case
            // ends the surname.
            if !spans.is_empty()
                && area.word(w).starts_with(char::is_lowercase)
            {
                if let Some(place) = area.absorbable_from(w) {
                    let end = double_name_end(area.text, place.end);
                    spans.push((Span::new(place.start, end), true));
                    break;
                }
            }
            // `Anneke Zijlstra-de Haan`: such a place joined to a surname
            // by a hyphen ends it too.
            if let Some(place) = area.taken_by(w).filter(|t| {
                !spans.is_empty()
                    && t.start > w.start
                    && area.text[..t.start].ends_with('-')
                    && area.text[t.range()].starts_with(char::is_lowercase)
                    && area.absorbable_from(*t).is_some()
            }) {
                spans.push((Span::new(w.start, place.end), true));
                break;
            }
            // `Niels` is a given name, no genitive of the town `Niel`.
            if given::is_given(area.word(w))
                && area.absorbable_from(w).is_some_and(|t| t.end + 1 == w.end)
            {
                spans.push((w, true));
                at = w.end;
                continue;
            }
            // `Marjolein van Houten-Akkerman`, `Femke Okoroafor-Westerveld`:
            // a double surname with a place in it, inside a name.
            if !spans.is_empty() && is_double_name_over_mention(area, w) {
                spans.push((w, true));
                at = w.end;
                continue;
            }
            // `Volksvertegenwoordiger Kobe Vandenbroucke`: where a cue
            // says a person follows, a given name the gazetteer took for
            // a place, before a surname.
            if spans.is_empty() && place_given_name(area, w) {
                spans.push((w, true));
                at = w.end;
                continue;
            }
            // `Jutta Leerdam`: a town right after a given name is her
            // surname; not after a particle (`Jansen van Leerdam`).
            let given = spans.as_mut_slice().last().is_some_and(|s| s.1);
            // `Premier Gilmar Pisas`: no genitive of a town after a name
            // word, but a surname; not before a role or organisation noun
            // that the genitive governs (`Jan Amsterdams burgemeester`).
            let governs = || {
                words::next(area.text, w.end, area.sentence.end).is_some_and(
                    |n| {
                        let noun = area.word(n);
                        cues::is_role(noun) || cues::is_organisation_noun(noun)
                    },
                )
            };
            let genitive = given
                && area.absorbable_from(w).is_some_and(|t| {
                    t.end + 1 == w.end && area.text[t.end..w.end] == *"s"
                })
                && !governs();
            if genitive {
                spans.push((w, true));
                break;
            }
            match area.absorbable_word(w) {
                Some(town) if given => spans.push((town, true)),
                // `Harm-Jan ter Beek`: after particles that only start
                // surnames, a town is the surname (but `Jansen van
                // Leerdam` may be Jansen from Leerdam); not one that opens
                // a longer name (`Clement Ouma van de Kenya Flower
                // Council`).
                Some(town)
                    if surname_particles(area, spans.as_mut_slice())
                        && !before_capitalised(area, town) =>
                {
                    // After `bin`, a father's name, and the name goes on
                    // (`Abdelhakim bin Salem al-Mabrouk`).
                    let patronym =
                        spans.as_mut_slice().last().is_some_and(|p| {
                            matches!(area.word(p.0), "bin" | "ibn")
                        });
                    spans.push((town, true));
                    if !patronym {
                        break;
                    }
                }
                _ => match surname_taken(area, w).filter(|_| given) {
                    Some(surname) => {
                        spans.push((surname, true));
                        break;
                    }
                    None => return runs_into(area, w, spans.as_mut_slice()),
                },
            }
            at = w.end;
            continue;
        }
        let word = area.word(w);
        // `King Tupou VI`: a king's or a pope's number ends the name (not
        // `I`, a pronoun as often).
        if spans.as_mut_slice().last().is_some_and(|s| s.1)
            && word != "I"
            && is_roman_numeral(word)
        {
            spans.push((w, true));
            break;
        }
        // `Md. Zahidul`: a short given name, before it reads as a word.
        let short = spans.is_empty() && SHORT_GIVEN_NAMES.contains(&word);
        if let Some(initial) =
            short.then(|| leading_initial(area, w)).flatten()
        {
            spans.push((initial, true));
            at = initial.end;
            continue;
        }
        // `Siebe-Jan Dijkstra van Team Royal A-ware`: `van` before `Team`
        // says whose team, and opens no surname.
        if word == "Team" && spans.as_mut_slice().last().is_some_and(|p| !p.1)
        {
            break;
        }
        // `Ben Crowther`: a given name that is a particle too (`ben`)
        // opens a name before a name word.
        let given_particle = || {
            spans.is_empty()
                && given::is_given(word)
                && is_particle(word)
                && words::next(area.text, w.end, area.sentence.end)
                    .is_some_and(|n| is_name_word(area.word(n)))
        };
        if is_name_word(word)
            || given_particle()
            || is_vietnamese(area, w, spans.as_mut_slice())
        {
            spans.push((w, true));
        } else if spans.len() >= 2 && is_patronymic_ending(word) {
            spans.push((w, true));
            break;
        } else if is_particle(word)
            && (!spans.is_empty() || is_capitalised(word))
        {
            spans.push((w, false));
        } else if let Some(initial) = leading_initial(area, w) {
            spans.push((initial, true));
            at = initial.end;
            continue;
        } else if spans.is_empty()
            && (paired_initials(area, w) || is_family_first(area, w))
        {
            spans.push((w, true));
        } else if is_role_surname(area, w, spans.as_mut_slice()) {
            // `advocaat Bas Dijkgraaf`: a capitalised role noun right
            // after a lone given name, ending the run, is the surname.
            spans.push((w, true));
            break;
        } else if (is_stop_surname(word)
            || is_capitalised(word) && cues::is_role(word))
            && surname_particles(area, spans.as_mut_slice())
        {
            // `Marien van der Meer`, `J. de Boer`: after particles that
            // only start surnames, a capitalised word that is otherwise a
            // stop word or a role noun is the surname, and ends the name;
            // after `bin`, it is a father's, and the name goes on
            // (`Khalid bin Sultan al-Hinai`).
            let patronym = spans.as_mut_slice().last().is_some_and(|p| {
                matches!(area.word(p.0), "bin" | "ibn" | "Bin" | "Ibn")
            });
            spans.push((w, true));
            if !patronym {
                break;
            }
        } else if is_linking_a(area, w, spans.as_mut_slice()) {
            spans.push((w, false));
        } else {
            // `Alonso Ccahuana van de Pontificia Universidad`: before the
            // name of a thing, a particle after a full name is a
            // preposition.
            if is_capitalised(word) {
                let parts = spans.as_mut_slice();
                let mut names = 0;
                let cut = parts.iter().position(|(_, name)| {
                    names += usize::from(*name);
                    !name && names >= 2
                });
                let all_names = parts.iter().all(|s| s.1);
                if let Some(cut) = cut {
                    spans.len = cut;
                } else if all_names
                    && cues::is(word, cues::List::NotInPersonNames)
                {
                    // `Song Lam Energy`: name words right before a word of
                    // things' names are that thing's.
                    return None;
                }
            }
            break;
        }
        at = w.end;
        if words::without_possessive(word).len() < word.len() {
            break;
        }
        if let Some(initial) = initial_after(area, w) {
            spans.push((initial, true));
            break;
        }
    }
    finish(area, spans.as_mut_slice())
}

/// Whether `w` is the `A` inside a Surinamese-Chinese surname (`Ruud Tjon
/// A Fong`, `Lie A Lien`, `Marloes Schuurman-Tjon A Fong`): a capital `A`
/// between a name word (or a double surname's last part) and another,
/// both of five letters at most.
fn is_linking_a(area: &Area<'_>, w: Span, spans: &[(Span, bool)]) -> bool {
    let short = |word: &str| word.len() <= 5 && is_capitalised(word);
    // `Schuurman-Tjon A Fong`: the part after a double surname's hyphen.
    let last_part = |p: Span| area.word(p).rsplit('-').next().unwrap_or("");
    area.word(w) == "A"
        && spans.last().is_some_and(|p| p.1 && short(last_part(p.0)))
        && words::next(area.text, w.end, area.sentence.end)
            .is_some_and(|n| short(area.word(n)) && is_name_word(area.word(n)))
}

/// Whether the word `w` is a pair of initials written as one word, as
/// English writes given names (`coach JJ Redick`, `TJ Watt`): a capital
/// and a `J` (not `DJ`, a trade), before a name word.
fn paired_initials(area: &Area<'_>, w: Span) -> bool {
    let word = area.word(w).as_bytes();
    word.len() == 2
        && word[0].is_ascii_uppercase()
        && word[0] != b'D'
        && word[1] == b'J'
        && words::next(area.text, w.end, area.sentence.end)
            .filter(|n| n.start == w.end + 1 && !area.taken(*n))
            .is_some_and(|n| is_name_word(area.word(n)))
}

/// Whether the word `w` after the name read so far, `spans`, is a surname
/// that is also a role noun (`Dijkgraaf`, `Koning`, `Rechter`): written
/// with a capital, but not as English writes titles (`President`), right
/// after a lone known given name, hyphenated too (`Klaas-Jan Visser`),
/// with no capitalised word or `van`/`of`
/// after it (but a demonym, which takes no complement: `Ronald Kempenaar
/// van Amersfoort Vooruit`).
fn is_role_surname(area: &Area<'_>, w: Span, spans: &[(Span, bool)]) -> bool {
    let word = area.word(w);
    let [(given, true)] = spans else { return false };
    // Nor before `van`/`of`, where the role has its complement.
    let demonym = cues::is(word, cues::List::Demonym);
    let capital_after = words::next(area.text, w.end, area.sentence.end)
        .is_some_and(|n| {
            let next = area.word(n);
            next.starts_with(char::is_uppercase)
                || !demonym && matches!(next, "van" | "of")
        });
    words::is_capitalised(word)
        && !word.contains('-')
        && cues::is_role(word)
        && !cues::is(word, cues::List::CapitalisedRole)
        && given::is_given_name(area.word(*given))
        && !capital_after
}

/// Whether `word` is a capitalised stop word, alone or first in a double
/// surname (`Meer`, `Meer-Wolters`).
fn is_stop_surname(word: &str) -> bool {
    let first = word.split_once('-').map_or(word, |(first, rest)| {
        if is_capitalised(rest) { first } else { "" }
    });
    is_capitalised(first) && cues::is(first, cues::List::Stop)
}

/// Whether the word `w` is a double surname, capitalised parts joined by
/// hyphens (`Houten-Akkerman`), of which a mention took a part only.
fn is_double_name_over_mention(area: &Area<'_>, w: Span) -> bool {
    let written = area.word(w);
    written.contains('-')
        && written.split('-').all(is_capitalised)
        && area
            .taken_by(w)
            .is_some_and(|m| m != w && m.start >= w.start && m.end <= w.end)
}

/// A surname after a given name that the gazetteer took for a place
/// because it starts with a particle (`Aukje de Haan-Feenstra`, `Lies De
/// Haan` as Flemish names write it, not the town `De Haan`), with the
/// parts a hyphen joins to it.
fn surname_taken(area: &Area<'_>, word: Span) -> Option<Span> {
    let mention = area.taken_by(word).filter(|m| {
        m.start == word.start && m.end > word.end && m.end <= area.sentence.end
    })?;
    let first = area.word(word);
    let rest = &area.text[word.end..mention.end];
    let name_after = rest.starts_with(' ')
        && rest.trim_start().starts_with(char::is_uppercase);
    if !(is_particle(first) && name_after) {
        return None;
    }
    let (end, _) = hyphenated(area, mention.end);
    Some(Span::new(mention.start, end))
}

/// Whether the name read so far ends in particles after a name word that
/// only start surnames: `ter`, `de`, `van der`; not a lone `van`; and a
/// capitalised first particle after a given name, as Flemish surnames
/// write it (`Jef Van Steenbergen`, `Lies De Haan`).
fn surname_particles(area: &Area<'_>, spans: &[(Span, bool)]) -> bool {
    let Some(name) = spans.iter().rposition(|s| s.1) else { return false };
    let particles: Vec<&str> =
        spans[name + 1..].iter().map(|s| area.word(s.0)).collect();
    let Some((first, rest)) = particles.split_first() else {
        // `Yuki Tanaka-de Boer`: a double surname's particle after its
        // hyphen.
        let last = area.word(spans[name].0);
        return last.rsplit_once('-').is_some_and(|(_, particle)| {
            matches!(particle, "de" | "den" | "der" | "van" | "ter" | "ten")
        });
    };
    // `'t` is in lower case (`Ria van 't Westeinde`).
    let lower = |p: &&str| {
        p.trim_start_matches(['\'', '\u{2019}'])
            .starts_with(char::is_lowercase)
    };
    // `Bram van Dongen`, `Erik-Jan van Beek`: `van` alone after a lone
    // given name; a name that is a word too is one before a particle
    // (`Lore Van Dessel`).
    let lone_given = name == 0 && {
        let first = area.word(spans[0].0);
        given::is_given_name(first) || given::is_given_before_particle(first)
    };
    let flemish = lone_given && !lower(first);
    rest.iter().all(lower)
        && (flemish || lower(first) && (particles != ["van"] || lone_given))
}

/// Where a name that ends at `at` ends with the second part of a double
/// surname joined to it (`de Haan-Wiersma`), or `at`.
fn double_name_end(text: &str, at: usize) -> usize {
    let Some(rest) = text[at..].strip_prefix('-') else { return at };
    if !rest.starts_with(char::is_uppercase) {
        return at;
    }
    let len = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    at + 1 + len
}

/// An East-Asian family name that is also a stop word, first before a
/// given name (`He Xiaopeng`).
fn is_family_first(area: &Area<'_>, word: Span) -> bool {
    let written = area.word(word);
    if written.len() > 6 || !is_capitalised(written) {
        return false;
    }
    let next = words::next(area.text, word.end, area.sentence.end);
    cues::is(written, cues::List::EastAsianFamily)
        && next.is_some_and(|n| {
            words::only_space(area.text, word.end, n.start)
                && is_name_word(area.word(n))
        })
}

/// Whether a capitalised word follows `span` after one space.
fn before_capitalised(area: &Area<'_>, span: Span) -> bool {
    words::next(area.text, span.end, area.sentence.end).is_some_and(|n| {
        words::only_space(area.text, span.end, n.start)
            && is_capitalised(area.word(n))
    })
}

/// Whether `w` opens or goes on with a Vietnamese name whose middle name
/// is `Van` or `Thi` (`Le Van Hung`, `Tran Thi Mai`), which are no
/// particles there: the family name first, or the middle name after it.
fn is_vietnamese(area: &Area<'_>, w: Span, spans: &[(Span, bool)]) -> bool {
    let middle = |m: Span| {
        matches!(area.word(m), "Van" | "Thi")
            && words::next(area.text, m.end, area.sentence.end)
                .is_some_and(|n| is_name_word(area.word(n)))
    };
    let family = |f: Span| {
        let written = area.word(f);
        written.len() <= 6
            && is_capitalised(written)
            && cues::is(written, cues::List::EastAsianFamily)
    };
    match spans {
        [] => {
            family(w)
                && words::next(area.text, w.end, area.sentence.end)
                    .is_some_and(middle)
        }
        [(first, true)] => family(*first) && middle(w),
        _ => false,
    }
}

/// The end of a copula right after `at` (`slachtoffer is Emre Aydoğan`,
/// `the winner was`), where a role noun names the person after it.
pub(crate) fn after_copula(area: &Area<'_>, at: usize) -> Option<usize> {
    let w = words::next(area.text, at, area.sentence.end)?;
    matches!(area.word(w), "is" | "was" | "werd" | "wordt").then_some(w.end)
}

/// Central Asian and Turkic words after a father's name that end a
/// person's name in lower case (`Azamat Nurlanbek uulu`, `Aida Bolotbek
/// kyzy`): son of, daughter of.
const PATRONYMIC_ENDINGS: &[&str] =
    &["uulu", "kyzy", "ogly", "oglu", "qizi", "uly", "qyzy"];

/// Whether `word` is one of the [`PATRONYMIC_ENDINGS`], which a surname
/// keeps (`Nurlanbek uulu`).
pub(crate) fn is_patronymic_ending(word: &str) -> bool {
    PATRONYMIC_ENDINGS.contains(&word)
}

/// Given names that South Asian and Philippine news writes short, with a
/// period (`Md.` Mohammad, `Mohd.`, `Mst.` Mosammat, `Ma.` Maria).
const SHORT_GIVEN_NAMES: &[&str] = &["Md", "Mohd", "Muhd", "Mst", "Ma"];

/// Initials with their periods before a name word, or particles and one:
/// a given name written short (`A. Saravanan`, `T.V. Narendran`, `J. de
/// Boer`) or a middle name (`John F. Kennedy`).
fn leading_initial(area: &Area<'_>, word: Span) -> Option<Span> {
    let text = area.text;
    let bytes = text.as_bytes();
    let is_initial = |at: usize| {
        bytes.get(at).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(at + 1) == Some(&b'.')
    };
    // `Md. Zahidul Islam`, `Ma. Luisa`: a given name written short.
    let short_given = SHORT_GIVEN_NAMES.contains(&area.word(word))
        && bytes.get(word.end) == Some(&b'.');
    let mut end = word.start + 2;
    if short_given {
        end = word.end + 1;
    } else if word.len() != 1 || !is_initial(word.start) {
        return None;
    } else {
        // `T.V.`: up to three initials, each with its period; French joins
        // a double given name's by a hyphen (`J.-F.`).
        for _ in 0..2 {
            if is_initial(end) {
                end += 2;
            } else if bytes.get(end) == Some(&b'-') && is_initial(end + 1) {
                end += 3;
            } else {
                break;
            }
        }
    }
    let after = text[end..area.sentence.end].strip_prefix(' ')?;
    let mut words = after.split(' ');
    let mut next = words.next().unwrap_or("");
    let particles = is_particle(next) && next.starts_with(char::is_lowercase);
    if particles {
        // After particles, any capitalised word (`de Boer`, `van Dam`).
        next = words
            .find(|w| !(is_particle(w) && w.starts_with(char::is_lowercase)))
            .unwrap_or("");
    }
    let name =
        if particles { is_capitalised(next) } else { is_name_word(next) };
    name.then(|| Span::new(word.start, end))
}

/// The initial that stands for a surname right after a given name, the
/// way Dutch news names suspects (`Kenan Y.`).
fn initial_after(area: &Area<'_>, word: Span) -> Option<Span> {
    let rest = &area.text.as_bytes()[word.end..area.sentence.end];
    match rest {
        [b' ', c, b'.', after @ ..] if c.is_ascii_uppercase() => {
            // Not before a capital: `Jan P. Balkenende`, or the end of a
            // sentence.
            let fits = match after {
                [] => true,
                [b' ', next, ..] => !next.is_ascii_uppercase(),
                [next, ..] => !next.is_ascii_alphanumeric(),
            };
            fits.then(|| Span::new(word.end + 1, word.end + 3))
        }
        _ => None,
    }
}

/// The initials right before `at` (white space between), a capital and
/// its period each, up to three (`S.K.`, `J. D.`), which open a name
/// before its surname (`S.K. Tharmalingam, a lawmaker`).
fn initials_before(area: &Area<'_>, at: usize) -> Option<Span> {
    let bytes = area.text.as_bytes();
    let from = area.sentence.start;
    let initial = |i: usize| {
        i >= from
            && bytes[i].is_ascii_uppercase()
            && bytes.get(i + 1) == Some(&b'.')
            && (i == from || !bytes[i - 1].is_ascii_alphanumeric())
    };
    let end = from + area.text[from..at].trim_end().len();
    let mut start = end.checked_sub(2).filter(|&i| initial(i))?;
    for _ in 0..2 {
        // The one before, right before or a space before.
        let gap = match bytes[from..start] {
            [.., b'.'] => 1,
            [.., b'.', b' '] => 2,
            _ => break,
        };
        match start.checked_sub(gap + 1) {
            Some(i) if initial(i) => start = i,
            _ => break,
        }
    }
    Some(Span::new(start, end))
}

/// Whether the word after `van` is a portfolio no list holds, as a role
/// that takes one before `van` and a known given name after the word say
/// (`schepen van Erfgoed Ahmet Yilmaz (39)`).
fn unlisted_portfolio(area: &Area<'_>, van: Span, given_name: Span) -> bool {
    let role = words::previous(area.text, area.sentence.start, van.start);
    role.is_some_and(|r| {
        let role = area.word(r);
        cues::is_role(role) && super::organisations::takes_portfolio(role)
    }) && given::is_given(area.word(given_name))
}

/// The person's name that ends at `at` (before white space), if one does.
pub(crate) fn person_before(area: &Area<'_>, mut at: usize) -> Option<Name> {
    let mut spans = Parts::new();
    // A town read as the surname (`Jutta Leerdam zei`): every caller
    // wants a given name before it, or a full name earlier.
    loop {
        // `S.K. Tharmalingam`: initials open the name, also before its
        // particles (`H.J. van Ravenhorst`).
        let after_particles = spans.as_mut_slice().last().is_some_and(|s| {
            !s.1 && area.word(s.0).starts_with(char::is_lowercase)
        }) && spans.as_mut_slice().iter().any(|s| s.1);
        if after_particles || spans.as_mut_slice().last().is_some_and(|s| s.1)
        {
            if let Some(initials) = initials_before(area, at) {
                spans.push((initials, true));
                break;
            }
        }
        let Some(w) = words::previous(area.text, area.sentence.start, at)
        else {
            break;
        };
        if spans.len() == MAX_WORDS {
            break;
        }
        if area.taken(w) {
            // `Anje de Haan-Wiersma (67)`: a place written with its
            // article in lower case ends a surname, the words before it
            // read on.
            let article_led = area.taken_by(w).filter(|t| {
                spans.is_empty()
                    && t.start < w.start
                    && t.start >= area.sentence.start
                    && area.text[t.range()].starts_with(char::is_lowercase)
                    && area.absorbable_from(*t).is_some()
            });
            if let Some(place) = article_led {
                spans.push((Span::new(place.start, w.end), true));
                at = place.start;
                continue;
            }
            match area.absorbable_word(w) {
                Some(place) if spans.is_empty() => {
                    spans.push((place, true));
                    at = w.start;
                    continue;
                }
                // `Sofia El Haddouchi (PS)`: a given name the gazetteer
                // took for a place starts the name, unless a preposition
                // makes it the place (`in Sofia Bulgaarse ...`).
                _ if !spans.is_empty()
                    && given::is_place_given(area.word(w))
                    && area.absorbable_word(w).is_some()
                    && !super::after_preposition(area.text, w) =>
                {
                    spans.push((w, true));
                    break;
                }
                // A mention that opens the sentence before a full name
                // is the sentence's noun (`Vluchteling Furaha Mapendo
                // (29)`, the theme `Vluchteling`).
                _ if spans.len() >= 2
                    && !area.taken(spans.items[0].0)
                    && words::opens_sentence(
                        area.text,
                        area.sentence.start,
                        w,
                    ) =>
                {
                    break;
                }
                _ if !spans.is_empty() && is_upper_initial(area.word(w)) => {
                    return None;
                }
                _ => break,
            }
        }
        let word = area.word(w);
        let after_town = spans.len() == 1 && area.taken(spans.items[0].0);
        // `Azamat Nurlanbek uulu`: a patronymic's ending read first.
        let ending = spans.is_empty()
            && (is_patronymic_ending(word) || stop_word_surname(area, w));
        if is_name_word(word) || ending {
            spans.push((w, true));
        } else if !spans.is_empty() && paired_initials(area, w) {
            spans.push((w, true));
            break;
        } else if after_town {
            // A town is a surname only after a given name (`Jutta
            // Leerdam`), not after a particle (`Bewoners van Leerdam`)
            // but one a lone given name opens (`Hennie van Hattem`).
            if !is_particle(word) || !name_before_particles(area, w) {
                return None;
            }
            spans.push((w, false));
        } else if is_particle(word) && !spans.is_empty() {
            // Before a full name, a lone `van` is a preposition
            // (`Schepen van Mobiliteit Jolien De Ridder`).
            let names = spans.as_mut_slice().iter().filter(|s| s.1).count();
            if word == "van" && names >= 2 {
                let read = spans.as_mut_slice();
                if let [.., (next, true), (portfolio, true)] = *read {
                    let listed =
                        cues::is_portfolio(word, area.word(portfolio));
                    if names >= 3
                        && (listed || unlisted_portfolio(area, w, next))
                    {
                        spans.len -= 1;
                    }
                }
                break;
            }
            spans.push((w, false));
        } else {
            // A town after an organisation noun names the body
            // (`Stichting Plein Flevoland`), no person; so does any name
            // after one in lower case (`milieuorganisatie Amigu di Tera`)
            // or opening the sentence (`Utility Tohoku Electric Power`).
            let first = spans.items[0].0;
            let opens = word.starts_with(char::is_lowercase)
                || words::opens_sentence(area.text, area.sentence.start, w);
            if (area.taken(first) || opens) && cues::is_organisation_noun(word)
            {
                return None;
            }
            // A portfolio before the name (`schepen voor Jeugd Latifa El
            // Ouazzani`) is no part of it.
            let len = spans.len();
            let earliest = spans.as_mut_slice().last().copied();
            if let Some((portfolio, true)) = earliest {
                let names =
                    spans.as_mut_slice().iter().filter(|s| s.1).count();
                if names >= 3 && cues::is_portfolio(word, area.word(portfolio))
                {
                    spans.len = len - 1;
                }
            }
            break;
        }
        at = w.start;
    }
    let spans = spans.as_mut_slice();
    spans.reverse();
    // Leading lower-case particles belong to no name, nor does a noun
    // that opens the sentence (`Organisator Gracia Wongsodikromo sprak`).
    let mut first = spans
        .iter()
        .position(|(w, name)| *name || is_capitalised(area.word(*w)))
        .unwrap_or(spans.len());
    // `de Protestantse Kerk sprak`: an adjective starts no person's name.
    if spans
        .get(first)
        .is_some_and(|s| is_dutch_adjective_after_article(area, s.0))
    {
        return None;
    }
    // Before a given name, known or not, or an East-Asian family name
    // written first (`Rijstboer Nguyen Van Hung`, `Rendierhouder Aslak
    // Eira`); not before a particle, which the noun's word would be a
    // given name's before (`Kluicktrer van der Keit`).
    if spans.len() >= first + 3
        && opens_as_noun(area, spans[first].0)
        && !is_particle(area.word(spans[first + 1].0))
    {
        first += 1;
    }
    finish(area, &spans[first..])
}

/// Whether the mention `w` is a place's name that is also a given name
/// (`Kobe`), with a name word right after it that no mention took.
fn place_given_name(area: &Area<'_>, w: Span) -> bool {
    given::is_place_given(area.word(w))
        && area.absorbable_word(w).is_some()
        && words::next(area.text, w.end, area.sentence.end).is_some_and(|n| {
            words::only_space(area.text, w.end, n.start)
                && !area.taken(n)
                && is_name_word(area.word(n))
        })
}

/// The known given name before the particle `w` and any particles
/// before it (`Roelof` of `Roelof van Echten`).
fn given_before_particles(area: &Area<'_>, w: Span) -> Option<Span> {
    let mut at = w.start;
    while let Some(p) = words::previous(area.text, area.sentence.start, at)
        .filter(|p| words::only_space(area.text, p.end, at))
    {
        let word = area.word(p);
        if is_particle(word) {
            at = p.start;
            continue;
        }
        return given::is_given(word).then_some(p);
    }
    None
}

/// Whether `w` is a capitalised stop word after a particle in lower case,
/// a surname there (`van der Meer`, `ter Haar`, `de Koning`).
fn stop_word_surname(area: &Area<'_>, w: Span) -> bool {
    let word = area.word(w);
    is_capitalised(word)
        && cues::is(word, cues::List::Stop)
        && words::previous(area.text, area.sentence.start, w.start)
            .filter(|p| words::only_space(area.text, p.end, w.start))
            .is_some_and(|p| {
                let particle = area.word(p);
                is_particle(particle)
                    && particle.starts_with(char::is_lowercase)
            })
}

/// Whether a given name stands before the particle `w` and any particles
/// before it: a known one (`Hennie` of `Hennie van Hattem`) or a name
/// word no mention took that does not open the sentence (`Sytze van der
/// Meer`, where `Meer` is a village).
fn name_before_particles(area: &Area<'_>, w: Span) -> bool {
    let mut at = w.start;
    while let Some(p) = words::previous(area.text, area.sentence.start, at)
        .filter(|p| words::only_space(area.text, p.end, at))
    {
        let word = area.word(p);
        if is_particle(word) && word.starts_with(char::is_lowercase) {
            at = p.start;
            continue;
        }
        return given::is_given(word)
            || is_name_word(word)
                && !area.taken(p)
                && !words::opens_sentence(area.text, area.sentence.start, p);
    }
    false
}

/// Where the name `span` starts without the trade or role noun that opens
/// its sentence (`Fietsenmaker Veluwe Cycles`, `Exporteur Soekhlal`), if
/// a word of the name is left after it; not a trade alone (`Kessler
/// Antriebstechnik`, `Bakker Logistiek`: the first word is the name).
pub(crate) fn after_opening_noun(area: &Area<'_>, span: Span) -> usize {
    let text = area.text;
    let first = words::next(text, span.start, span.end);
    let second = first.and_then(|f| words::next(text, f.end, span.end));
    match (first, second) {
        (Some(f), Some(s))
            if f.start == span.start
                && opens_as_noun(area, f)
                && !(s.end == span.end && cues::is_trade(area.word(s))) =>
        {
            s.start
        }
        _ => span.start,
    }
}

/// Whether `w` opens its sentence (or follows a dateline) as a noun of a
/// trade or role would, capitalised only for its place (`Loonwerker`,
/// `Organisator`, `Glaciologist`, `Oprichters`, `MEDEMBLIK (ANP) -
/// Zeilers`, `Transportbedrijf`): no given name, no capitals inside, and
/// an ending of such nouns, or of their plurals. An unknown given name
/// (`Sisse Marie Welling`) seldom ends so.
fn opens_as_noun(area: &Area<'_>, w: Span) -> bool {
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "aar", "eur", "ant", "ent", "oog", "ier", "ster",
        "ice", "man", "vrouw", "ian", "ee", "ers", "ors", "ists", "isten",
        "nte",
        // firms and parties (`Transportbedrijf Eggink Logistiek`,
        // `Accountantskantoor`, `Oppositiepartij`)
        "bedrijf", "kantoor", "partij",
    ];
    let written = area.word(w);
    words::opens_sentence(area.text, area.sentence.start, w)
        && !given::is_given(written)
        && written.chars().skip(1).all(char::is_lowercase)
        && (ENDINGS.iter().any(|e| written.ends_with(e))
            || cues::is_role(written)
            || cues::describes_name_after(written))
}

/// Whether the role noun `cue` follows `its` (`its new partner`, `its
/// owner`): the role of an organisation's, whose partner is no person.
pub(crate) fn after_its(area: &Area<'_>, cue: Span) -> bool {
    let mut at = cue.start;
    for _ in 0..3 {
        let Some(w) = words::previous(area.text, area.sentence.start, at)
        else {
            return false;
        };
        match area.word(w) {
            "its" | "Its" => return true,
            word if word.starts_with(char::is_lowercase) => at = w.start,
            _ => return false,
        }
    }
    false
}

/// Whether `word` is a bank's one-word name (`Nordbank`, `Handelsbanken`),
/// which ends a name before `and` as the head `Bank` does.
fn is_bank_compound(word: &str) -> bool {
    lowered(word, |lower| {
        ["bank", "banken"].iter().any(|b| {
            lower.len() > b.len() + 2 && lower.ends_with(b.as_bytes())
        })
    })
}

fn is_upper_initial(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// A name that reaches a mention it cannot take: `None` when a name word
/// runs into a capitalised one (`Jan` before `Den Haag`), as the
/// gazetteer took part of the name and what is left is none; the name
/// before a particle otherwise (`Jan-Willem Brouwers van
/// Volksgezondheid`), or before a mention in lower case.
fn runs_into(
    area: &Area<'_>,
    mention: Span,
    spans: &[(Span, bool)],
) -> Option<Name> {
    let names = spans.iter().filter(|s| s.1).count();
    let after_name = spans.last().is_some_and(|s| s.1);
    // After one name word, a particle may start a surname the mention
    // took (`Hennie van` before the place `Hattem`).
    if is_upper_initial(area.word(mention)) && (after_name || names < 2) {
        return None;
    }
    finish(area, spans)
}

/// Cuts a name at a lone `van` after a full name, a preposition there
/// (`Marloes Kuipers van Veiligheidsregio Drenthe`, but `Gerrit Jan van
/// der Veen`); drops trailing particles and a genitive. `None` without a
/// name word.
fn finish(area: &Area<'_>, spans: &[(Span, bool)]) -> Option<Name> {
    let mut names = 0;
    let mut kept = spans.len();
    for (i, (w, name)) in spans.iter().enumerate() {
        let next_is_particle = spans.get(i + 1).is_some_and(|n| !n.1);
        // `van de` starts a surname after given names only (`Gerrit Jan
        // van der Veen`, but `Emiel Brouckaert van de Rederscentrale`).
        let after_surname = || {
            spans[1..i]
                .iter()
                .any(|(w, name)| *name && !given::is_given(area.word(*w)))
        };
        if !name
            && names >= 2
            && area.word(*w) == "van"
            && (!next_is_particle || after_surname())
        {
            kept = i;
            break;
        }
        names += usize::from(*name);
    }
    let spans = &spans[..kept];
    let last = spans.iter().rposition(|(_, name)| *name)?;
    let (first, is_name) = *spans.first()?;
    let mut end = spans[last].0.end;
    let word = area.word(spans[last].0);
    end -= word.len() - words::without_possessive(word).len();
    let surname =
        !is_name && cues::is(area.word(first), cues::List::SurnameParticle);
    Some(Name { span: Span::new(first.start, end), words: names, surname })
}

/// Offices that `General` ranks inside a body's name (`Office of the
/// Comptroller and Auditor General`).
const OFFICES: &[&str] = &[
    "Prosecutor",
    "Auditor",
    "Attorney",
    "Solicitor",
    "Inspector",
    "Comptroller",
    "Surveyor",
    "Registrar",
    "Accountant",
    "Procurator",
];

/// Connectors inside organisation names (`Bank of America`, `Stichting
/// voor Vluchtelingen`).
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "of", "van", "voor", "de", "der", "&", "en", "and", "for", "del",
    // Romance languages and Papiamento (`Amigu di Tera`, `Banco do
    // Nordeste`, `Médecins du Monde`, `Comisión para el Mercado
    // Financiero`)
    "di", "do", "da", "du", "des", "dos", "das", "para",
    // and their `and` (`Centro para Democracia e Direitos Humanos`)
    "e", "y", "et",
    // German (`Max-Planck-Institut für Astronomie`, `Zentrum für
    // Sozialforschung`)
    "für", "zur", "zum",
];

/// Bodies named for what they are against (`Onafhankelijke Autoriteit
/// tegen Corruptie`, `Coalition against Hunger`): after these nouns only
/// `tegen` and `against` join a name, which elsewhere join two
/// (`Acme Ltd against Bolt Holdings Ltd`).
#[rustfmt::skip]
const BODIES_AGAINST: &[&str] = &[
    "autoriteit", "authority", "comité", "committee", "coalitie",
    "coalition", "liga", "league", "bureau", "campagne", "campaign", "front",
    "alliantie", "alliance", "vereniging", "association", "stichting",
    "foundation", "platform", "beweging", "movement", "centrum", "centre",
    "center", "meldpunt", "fonds", "fund", "commissie", "commission",
    "netwerk", "network",
];

/// Whether the word `w` joins the words of a body's name ([`CONNECTORS`],
/// or `tegen`/`against` after one of [`BODIES_AGAINST`]).
fn is_connector(area: &Area<'_>, w: Span) -> bool {
    let word = area.word(w);
    CONNECTORS.contains(&word)
        || matches!(word, "tegen" | "against")
            && words::previous(area.text, area.sentence.start, w.start)
                .is_some_and(|p| {
                    let body = area.word(p);
                    BODIES_AGAINST.iter().any(|b| b.eq_ignore_ascii_case(body))
                })
}

/// Whether `w` is a capitalised Spanish article inside a name, before
/// its next capitalised word (`Almacenes La Sabana`, `Tiendas El
/// Dorado`).
fn romance_article_inside(area: &Area<'_>, w: Span) -> bool {
    matches!(area.word(w), "La" | "El" | "Los" | "Las")
        && words::next(area.text, w.end, area.sentence.end)
            .filter(|n| words::only_space(area.text, w.end, n.start))
            .is_some_and(|n| is_organisation_word(area.word(n)))
}

/// Whether `word` is a French capitalised word with its article or
/// preposition elided onto it (`l'Huile` of `Office National de
/// l'Huile`, `d'Ivoire`).
fn is_elided_name_word(word: &str) -> bool {
    ["l'", "l\u{2019}", "d'", "d\u{2019}"]
        .iter()
        .find_map(|e| word.strip_prefix(e))
        .is_some_and(is_capitalised)
}

/// Whether `w` is a Romance article after `de` inside a name
/// (`Universidad de la República`, `Banque de France` has none).
fn after_de(area: &Area<'_>, w: Span) -> bool {
    let before = &area.text[..w.start];
    match area.word(w) {
        "la" | "las" | "los" | "le" | "les" => {
            before.ends_with(" de ") || before.ends_with(" para ")
        }
        "el" => before.ends_with(" para "),
        // `University of the Azores`, `Autoriteit van het Panamakanaal`.
        "the" => before.ends_with(" of ") || before.ends_with(" for "),
        "het" | "de" => {
            before.ends_with(" van ") || before.ends_with(" voor ")
        }
        _ => false,
    }
}

pub(crate) fn is_organisation_word(word: &str) -> bool {
    // `Hanwha Ocean Co Ltd`: the stop word (of `co-founder`) is a word of
    // company names, capitalised.
    word == "Co"
        || (is_capitalised(word) || is_acronym(word))
        && !cues::is(word, cues::List::Stop)
        // `De` and `Het` are articles, but `Van` and `Ter` start names
        // (`Van Eijk Schoenen`, `Bouwgroep Ter Steege`).
        && (!is_particle(word) || matches!(word, "Van" | "Ter" | "Ten"))
        // `Nelson-based Kahu Airlines`: where a firm is based is no part
        // of its name.
        && !ends_with_ignore_case(word, "-based")
}

fn ends_with_ignore_case(word: &str, tail: &str) -> bool {
    word.len() >= tail.len()
        && word.is_char_boundary(word.len() - tail.len())
        && word[word.len() - tail.len()..].eq_ignore_ascii_case(tail)
}

/// A capitalised Dutch article right after `at` that opens the name
/// after it, as names of buildings, schools and firms keep theirs after
/// a noun in lower case (`basisschool De Regenboog`, `uitgeverij De
/// Arbeiderspers`, `verpleeghuis Het Baken`): the article, when a name
/// word no mention holds follows it, or a town's one word (`sporthal De
/// Sluis`, which is no town).
pub(crate) fn name_article(area: &Area<'_>, at: usize) -> Option<Span> {
    let text = area.text;
    let end = area.sentence.end;
    let article = words::next(text, at, end)
        .filter(|w| matches!(area.word(*w), "De" | "Het" | "'t"))?;
    let name = words::next(text, article.end, end)
        .filter(|w| words::only_space(text, article.end, w.start))?;
    let word = !area.taken(name) && is_name_word(area.word(name));
    (word || area.absorbable_word(name).is_some()).then_some(article)
}

/// Words of firms' names that Dutch abbreviates with a stop (`Gebr.`,
/// brothers; `Fa.`, firm).
const ABBREVIATED_NAME_WORDS: &[&str] = &["Gebr", "Fa"];

/// Words that name a town's or a county's body with the town's name after
/// `of` (`City of Edinburgh Council`, `City of Windhoek`), or a country's
/// (`Republic of Fiji Military Forces`).
const TOWN_BODIES: &[&str] = &[
    "City of",
    "Town of",
    "County of",
    "Borough of",
    "Municipality of",
    "Republic of",
];

/// Where [`TOWN_BODIES`]' words start, if they end right before `at`
/// inside the sentence.
pub(crate) fn town_body_opening(area: &Area<'_>, at: usize) -> Option<usize> {
    let head = area.text[area.sentence.start..at].strip_suffix(' ')?;
    TOWN_BODIES.iter().find_map(|words| {
        let before = head.strip_suffix(words)?;
        let standalone = !before.ends_with(char::is_alphanumeric);
        standalone.then(|| area.sentence.start + before.len())
    })
}

/// The organisation's name that starts at `at`, if one does.
pub(crate) fn organisation_after(
    area: &Area<'_>,
    mut at: usize,
) -> Option<Span> {
    let (mut first, mut end) = (None, at);
    let mut count = 0;
    let mut after_adjective = false;
    // Whether the name so far is one place or country a mention holds,
    // and whether it ends in one.
    let mut one_mention = false;
    let mut ends_in_place = false;
    loop {
        // `Veiligheidsregio Noord- en Oost-Gelderland`: a compound's part
        // left out after a hyphen, and the next compound.
        if first.is_some() {
            let rest = &area.text[at..area.sentence.end];
            if let Some(and) =
                ["- en ", "- and "].iter().find(|and| rest.starts_with(**and))
            {
                at += and.len() - 1;
            }
        }
        let w = match words::next(area.text, at, area.sentence.end) {
            Some(w) => w,
            None => match area.text[at..area.sentence.end].trim_start() {
                rest if rest.starts_with("& ") && first.is_some() => {
                    let amp = area.sentence.end - rest.len();
                    Span::new(amp, amp + 1)
                }
                _ => break,
            },
        };
        if count == 5 {
            break;
        }
        if area.taken(w) {
            // `Plein Flevoland`, `Rotterdam-Rijnmond`, `Hollandse Delta`
            let modifier = if first.is_some() {
                area.modifier_in_chain(w)
            } else {
                area.modifier(w)
            };
            // `Oost-Gelderland`: a compound that ends in a place.
            let compound = area
                .absorbable_to(w)
                .filter(|p| p.start > w.start && area.word(w).contains('-'))
                .map(|_| w);
            match area.absorbable_from(w).or(modifier).or(compound) {
                Some(place) => {
                    one_mention = first.is_none();
                    ends_in_place = true;
                    first.get_or_insert(place.start);
                    end = place.end;
                    count += 1;
                    (end, at) = hyphenated(area, end);
                    continue;
                }
                None => break,
            }
        }
        let word = area.word(w);
        // `de Brusselse brandweer`, `het Gentse Museum`: no name's word.
        if first.is_none() && is_dutch_adjective_after_article(area, w) {
            after_adjective = true;
            at = w.end;
            continue;
        }
        // `Office of the Prosecutor General`, `Bank of the West`
        // Whether one of `words` stands right before this word.
        let before = area.text[..w.start].trim_end();
        let after = |words: &[&str]| {
            words.iter().any(|x| {
                before.strip_suffix(x).is_some_and(|b| b.ends_with(' '))
            })
        };
        let after_of = after(&["of"]);
        // `LTO Noord en de Melkveehouders Vakbond`: `en de` joins two
        // names, not the words of one.
        if after(&["en", "and"]) && matches!(word, "de" | "het" | "the") {
            break;
        }
        // `Frituur 't Pleintje en Theatergroep Dwarsligger`: nor before a
        // noun that opens another name.
        if after(&["en", "and"]) && cues::is_name_noun(word) {
            break;
        }
        // `Gulf Crescent Holdings van Tariq bin Nasser`: a known given
        // name after `van` or `of` starts the owner's name.
        let owner = || {
            words::without_possessive(word)
                .trim_end_matches(['\'', '\u{2019}'])
        };
        if first.is_some()
            && after(&["van", "of"])
            && super::given::is_given(owner())
        {
            break;
        }
        // `Ecobank Ghana and GCB Bank`: after one place or country, an
        // `and` joins two names; Dutch names join two rivers or regions
        // with `en` (`Woonmaatschappij Leie en Schelde`).
        if one_mention && word == "and" {
            break;
        }
        // `Universiteit Mohammed V`, `Koning Willem II College`: a
        // king's number inside the name.
        let numeral = first.is_some() && is_roman_numeral(word);
        let rank = first.is_some() && general_of_a_body(area, w);
        let elided = first.is_some() && is_elided_name_word(word);
        if is_organisation_word(word) || numeral || rank || elided {
            one_mention = false;
            ends_in_place = false;
            first.get_or_insert(w.start);
            end = w.end;
            count += 1;
            // `Gebr. Lubbers Logistiek`: an abbreviation keeps its stop.
            if ABBREVIATED_NAME_WORDS.contains(&word)
                && area.text[w.end..area.sentence.end].starts_with(". ")
            {
                end += 1;
                at = end;
                continue;
            }
        } else if first.is_none()
            || !(is_connector(area, w)
                || word == "the" && after_of
                || after_de(area, w)
                || romance_article_inside(area, w)
                || !ends_in_place && preposition_inside(area, w))
        {
            break;
        }
        at = w.end;
    }
    let start = first?;
    // After such an adjective, one noun is no name (`de Protestantse
    // Kerk`): the adjective was the name's.
    if after_adjective && count == 1 {
        return None;
    }
    let word = &area.text[start..end];
    // A particle alone is no name (`Ter` of `Ter Haar Loonstra`, whose
    // `Haar` reads as a word).
    if is_particle(word) {
        return None;
    }
    let span = Span::new(
        start,
        end - (word.len() - words::without_possessive(word).len()),
    );
    Some(span)
}

/// Whether the Dutch preposition `w` joins two words of one name (`Zorg
/// aan Huis Twente`, `Zorg op Maat Brabant`): a capitalised word that no
/// mention holds follows it; a place after it is where the body is (`aan
/// de Maas`, `op Texel`), and so is what follows a name that ends in its
/// town (`MHC Ede op Sportpark Inschoten`).
fn preposition_inside(area: &Area<'_>, w: Span) -> bool {
    matches!(area.word(w), "aan" | "op")
        && words::next(area.text, w.end, area.sentence.end).is_some_and(|n| {
            words::only_space(area.text, w.end, n.start)
                && !area.taken(n)
                && is_capitalised(area.word(n))
                && is_organisation_word(area.word(n))
        })
}

/// Whether `word` is a king's or a pope's number (`V`, `II`, `XIV`).
pub(crate) fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 4
        && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Whether the word `w` is a Dutch adjective inflected after an article
/// (`de Brusselse brandweer`, `het Gentse Museum`): a capitalised word
/// in `-se` of five letters or more right after `de`, `het` or `een`.
/// A name fixes its words; such an adjective stands before names of
/// things without being theirs.
fn is_dutch_adjective_after_article(area: &Area<'_>, w: Span) -> bool {
    let word = area.word(w);
    word.len() >= 5
        && word.ends_with("se")
        && is_capitalised(word)
        && word.chars().skip(1).all(char::is_lowercase)
        && words::previous(area.text, area.sentence.start, w.start)
            .filter(|p| words::only_space(area.text, p.end, w.start))
            .is_some_and(|p| {
                matches!(
                    area.word(p),
                    "de" | "het" | "een" | "De" | "Het" | "Een"
                )
            })
}

/// Past capitalised parts joined by hyphens to the name that ends at
/// `end` (`Rotterdam-Rijnmond` after the place `Rotterdam`): the new end,
/// twice, for the caller's end and position.
fn hyphenated(area: &Area<'_>, mut end: usize) -> (usize, usize) {
    let text = area.text;
    while text
        .get(end..area.sentence.end)
        .is_some_and(|rest| rest.starts_with('-'))
    {
        let Some(w) = words::next(text, end + 1, area.sentence.end)
            .filter(|w| w.start == end + 1 && is_capitalised(area.word(*w)))
        else {
            break;
        };
        // A mention that runs on past the sentence (across a line break)
        // is no part of a name in it.
        let absorbed =
            area.absorbable_from(w).filter(|p| p.end <= area.sentence.end);
        end = absorbed.map_or(w.end, |p| p.end.max(w.end));
    }
    (end, end)
}

/// Possessives that are words of bodies' names (`People's Unity Party`,
/// `Kazakh Farmers' Union`), not an owner before the name.
const NAME_POSSESSIVES: &[&str] = &[
    "People's",
    "Peoples'",
    "Workers'",
    "Farmers'",
    "Women's",
    "Children's",
    "Men's",
    "Citizens'",
    "Teachers'",
    "Nurses'",
    "Journalists'",
    "Veterans'",
    "Employers'",
    "Traders'",
];

/// Whether `word` is one of [`NAME_POSSESSIVES`], with either apostrophe,
/// or a capitalised plural possessive of a noun of people by what they do,
/// which names the members of a body (`Planters' Association`, `Dockers'
/// Union`, `Residents' Committee`); not a family's (`The Smiths' Party`).
fn is_name_possessive(word: &str) -> bool {
    let straight = word.replace('\u{2019}', "'");
    NAME_POSSESSIVES.contains(&straight.as_str())
        || straight.starts_with(char::is_uppercase)
            && ["ers'", "ists'", "ors'", "ants'", "ents'"]
                .iter()
                .any(|end| straight.ends_with(end))
}

/// The organisation's name around a capitalised head noun: the
/// capitalised words right before it (four at most: `Zambia National
/// Public Health Institute`) and after it, with `of`, `van`,
/// `and` between them (`National Unity Platform`, `Law Society of Kenya`),
/// if there are any, taking places whole (`Utrecht University`, `Bank of
/// Ghana`). `None` when it runs into another capitalised mention: a name
/// that would take part of one is no name of its own.
pub(crate) fn organisation_around(
    area: &Area<'_>,
    head: Span,
) -> Option<Span> {
    let text = area.text;
    // A head inside a mention a name may hold takes it whole: a
    // capitalised theme (`Central Bank of Nigeria`), a body named by its
    // head alone (`Trinamool Congress`).
    let head = area.absorbable_over(head).unwrap_or(head);
    let mut start = head.start;
    let mut count = 0;
    // Where the name started before an `and` taken in, until a word of
    // the name stands before it.
    let mut before_and = None;
    // Where a role's possessive before `Office` starts.
    let mut office_role = None;
    loop {
        // `Farmers' Union`: a plural possessive that names bodies, its
        // apostrophe no gap.
        let before = text[area.sentence.start..start].trim_end();
        let apostrophe = before.ends_with(['\'', '\u{2019}']);
        let at = match before.char_indices().next_back() {
            Some((i, _)) if apostrophe => area.sentence.start + i,
            _ => start,
        };
        let Some(w) = words::previous(text, area.sentence.start, at) else {
            break;
        };
        // Not a country's or a town's (`Barbados' Democratic Labour
        // Party`, `Laos' Ministry of Energy`): the owner of the body.
        let plural_possessive = apostrophe
            && w.end == at
            && is_name_possessive(&format!("{}'", area.word(w)))
            && !area.taken(w);
        // Longer names hold an `and` (`National Disaster Risk Reduction
        // and Management Council`).
        let most = if before_and.is_some() { 6 } else { 4 };
        if apostrophe && !plural_possessive
            || !apostrophe && !words::only_space(text, w.end, start)
            || count == most
        {
            break;
        }
        // `Vietnam Textile and Apparel Association`: `and` between two
        // words of one name; not after a head noun or a legal form, which
        // end a name of their own (`Mubadala Investment Company and Silk
        // Road Ventures`, `Akwaaba Life Assurance Ltd and Sankofa General
        // Insurance`).
        if before_and.is_none()
            && count > 0
            && matches!(area.word(w), "and" | "en")
            && words::previous(text, area.sentence.start, w.start)
                .filter(|p| words::only_space(text, p.end, w.start))
                .is_some_and(|p| {
                    // A theme's word is a name's (`Electoral and
                    // Boundaries Commission`), where it opens the name
                    // (not `Ecobank Ghana and GCB Bank`).
                    (!area.taken(p)
                        || area.absorbable_to(p).is_some()
                            && words::previous(
                                text,
                                area.sentence.start,
                                p.start,
                            )
                            .is_none_or(|b| !is_capitalised(area.word(b))))
                        && (!cues::is(
                            area.word(p),
                            cues::List::OrganisationHead,
                        ) || area.word(p) == "Research")
                        && !cues::LEGAL_SUFFIXES.contains(&area.word(p))
                        && !is_bank_compound(area.word(p))
                })
        {
            before_and = Some(start);
            start = w.start;
            continue;
        }
        // A possessive is no part of the name: `Mexico's Supreme Court`
        // (but `People's Unity Party`); nor a compound adjective:
        // `Nairobi-based Sterling Capital`.
        let word = area.word(w);
        // `Creek County Sheriff's Office`: a role's office, named by the
        // role's possessive and the words before it.
        let stem = words::without_possessive(word);
        let role_office = count == 0
            && stem.len() < word.len()
            && area.word(head) == "Office"
            && is_capitalised(stem)
            && cues::is_role(stem);
        if role_office {
            office_role = Some(w.start);
        }
        let possessive =
            plural_possessive || is_name_possessive(word) || role_office;
        if stem.len() < w.len() && !possessive
            || word.rsplit_once('-').is_some_and(|(_, last)| {
                !last.is_empty() && last.chars().all(char::is_lowercase)
            })
        {
            break;
        }
        if area.taken(w) {
            if let Some(place) =
                area.absorbable_to(w).or_else(|| area.modifier(w))
            {
                // With the word it ends (`Anti-Corruption`, with the
                // theme `Corruption`).
                start = place.start.min(w.start);
                count += 1;
                continue;
            }
            if is_upper_initial(area.word(w)) {
                return None;
            }
            break;
        }
        // `Roelof van Echten College`: a person's name in the body's,
        // particles and all, after a known given name.
        if is_particle(word) && word.starts_with(char::is_lowercase) {
            match given_before_particles(area, w) {
                Some(given) if count > 0 => start = given.start,
                // `Van der Sluijs Shipping`: a surname's particles that
                // open the firm's name.
                _ if count > 0 && matches!(word, "der" | "den" | "de") => {
                    let opening =
                        words::previous(text, area.sentence.start, w.start)
                            .filter(|p| {
                                words::only_space(text, p.end, w.start)
                            })
                            .filter(|p| {
                                matches!(area.word(*p), "Van" | "Ter" | "Ten")
                            });
                    if let Some(van) = opening {
                        start = van.start;
                    }
                }
                _ => {}
            }
            break;
        }
        // `General Confederation of Labour`, `Gode General Hospital`: a
        // rank's word in a body's name before its other words (a stop
        // word elsewhere: `General Ahmed Khan`).
        // Nor the Arabic article, capitalised inside a sentence, before
        // the name it opens (`Al Rajhi Capital`).
        let opens_name = area.word(w) == "General"
            || area.word(w) == "Al"
                && !words::opens_sentence(text, area.sentence.start, w);
        // A town's or a region's adjective opens a body's name where
        // another word stands before its head (`de Friese Milieu
        // Federatie`), not before the head alone (`het Gentse Museum`).
        if is_dutch_adjective_after_article(area, w) {
            if count > 0 {
                start = w.start;
            }
            break;
        }
        // `Directorate General of Health Services`: a head's words after
        // `General of` are the complement of a directorate's name, which
        // the name of its own is not.
        if count > 0
            && word == "of"
            && words::previous(text, area.sentence.start, w.start)
                .filter(|p| words::only_space(text, p.end, w.start))
                .is_some_and(|p| area.word(p) == "General")
        {
            return None;
        }
        // `Attorney General's Office`: more of the role's words.
        let role_word = office_role.is_some()
            && is_capitalised(word)
            && cues::is_role(word);
        if !(is_organisation_word(area.word(w)) || opens_name || role_word) {
            break;
        }
        start = w.start;
        count += 1;
    }
    // A role's office is named by more than the role (`Special State
    // Prosecutor's Office`; not `the Attorney General's Office`).
    if let Some(role) = office_role {
        let named = std::iter::successors(
            words::next(text, start, role).filter(|w| w.end <= role),
            |w| words::next(text, w.end, role).filter(|n| n.end <= role),
        )
        .any(|w| !cues::is_role(area.word(w)));
        if !named {
            return None;
        }
    }
    // An `and` with no word of the name before it is none of the name's.
    let rest = &area.text[start..];
    if let Some(at) = before_and {
        if rest.starts_with("and ") || rest.starts_with("en ") {
            start = at;
        }
    }
    start = after_paper_article(area.text, start, head.start);
    // `The City of Edinburgh Council`: the town's body, named with it.
    if let Some(town) = town_body_opening(area, start) {
        start = town;
    }
    // At the start of a sentence, a noun that says what the name after it
    // is stands capitalised (`Brokerage Kotak Institutional Equities
    // said`), unless names start with it (`Bank Rakyat Indonesia`).
    if super::organisations::starts_sentence(area, Span::new(start, head.end))
    {
        let first = words::next(text, start, head.start);
        if let Some(first) = first.filter(|f| {
            let word = area.word(*f);
            cues::is(word, cues::List::OrganisationNoun)
                && !cues::is(word, cues::List::OrganisationHead)
                && !cues::is_name_noun(word)
        }) {
            if let Some(next) = words::next(text, first.end, head.end) {
                start = next.start;
            }
        }
    }
    let (mut end, mut at, mut connector) = (head.end, head.end, false);
    let mut absorbed = false;
    count = 0;
    while let Some(w) = words::next(text, at, area.sentence.end) {
        if !words::only_space(text, at, w.start) || count == 5 {
            break;
        }
        let word = area.word(w);
        if area.taken(w) {
            let and_before = connector
                && matches!(
                    text[..w.start].trim_end().rsplit(' ').next(),
                    Some("and" | "en" | "&")
                );
            // `University of the Azores and Germany`: a place after a
            // place and `and` is the name's neighbour, not its word
            // (but `Ministry of Industry and Trade`).
            let after_and = and_before && absorbed;
            // Nor is a town after `and` that opens a longer name
            // (`Calgary Board of Education and Edmonton Public Schools`).
            let opens_next = |place: Span| {
                and_before
                    && words::next(text, place.end, area.sentence.end)
                        .filter(|n| {
                            words::only_space(text, place.end, n.start)
                        })
                        .is_some_and(|n| is_upper_initial(area.word(n)))
            };
            if area.absorbable_from(w).is_some_and(opens_next) {
                break;
            }
            if let Some(place) = area.absorbable_from(w).filter(|_| !after_and)
            {
                (end, at, connector) = (place.end, place.end, false);
                absorbed = true;
                count += 1;
                continue;
            }
            if is_upper_initial(word) && !after_and {
                return None;
            }
            break;
        }
        // `Mubadala Investment Company and Silk Road Ventures` are two:
        // right after the head, `and` starts the next name; nor is a
        // firm's country part of its name.
        // Nor does a name go on over `and` into another head's name
        // (`Universidad de la República and Instituto Nacional`).
        let joins = matches!(word, "and" | "en" | "&" | "e" | "y" | "et");
        let next_head = || {
            words::next(text, w.end, area.sentence.end).is_some_and(|n| {
                let next = area.word(n);
                is_capitalised(next)
                    && cues::is(next, cues::List::OrganisationHead)
                    && !is_field_head(next)
            })
        };
        let and = joins
            && (end == head.end && area.word(head) != "Research"
                || next_head());
        // `Hanul Energy Solutions of South Korea`: after a firm's head,
        // wherever the name read it.
        let last = text[..end].rsplit(' ').next().unwrap_or_default();
        if !connector
            && matches!(word, "of" | "van")
            && cues::is_firm_head(last)
        {
            break;
        }
        // `Police Commissioner Joseph Tamate`: a role right after the head
        // is the person's, not the body's; but an executive body is named
        // so (`Health Service Executive`, `Health and Safety Executive`).
        if end == head.end
            && !connector
            && cues::is_role(word)
            && word != "Executive"
        {
            break;
        }
        // `the Zambia Police Service's homicide bureau`: a possessive
        // ends the name, without its `'s`.
        let owner = words::without_possessive(word);
        if owner.len() < word.len() && !is_name_possessive(word) {
            if is_organisation_word(owner) {
                end = w.start + owner.len();
            }
            break;
        }
        if is_organisation_word(word)
            || general_of_a_body(area, w)
            || connector && is_elided_name_word(word)
        {
            end = w.end;
            (connector, absorbed) = (false, false);
            count += 1;
        } else if !connector && !and && is_connector(area, w)
            || connector && after_de(area, w)
            || word == "on"
                && end == head.end
                && ON_HEADS.contains(&area.word(head))
        {
            connector = true;
        } else {
            break;
        }
        at = w.end;
    }
    let complement = &text[head.end..end];
    if (complement.starts_with(" of ") || complement.starts_with(" for "))
        && PORTFOLIO_HEADS.contains(&area.word(head))
    {
        end = portfolios_listed(area, end).unwrap_or(end);
    }
    let span = Span::new(start, end);
    (span != head).then_some(span)
}

/// Heads that name a field of work, which `and` after another word
/// joins into one body's name (`Network Movement for Justice and
/// Development`); `Research` is also joined to what follows its `and`
/// (`European Space Research and Technology Centre`).
fn is_field_head(word: &str) -> bool {
    matches!(word, "Research" | "Development")
}

/// Heads of bodies named by what they deliberate on, right after them
/// (`State Commission on Delimitation`, `Committee on Foreign Affairs`).
const ON_HEADS: &[&str] =
    &["Commission", "Committee", "Council", "Board", "Panel", "Conference"];

/// Heads of bodies named by their portfolios (`Ministry of Economy, Trade
/// and Industry`, `Department for Environment, Food and Rural Affairs`).
const PORTFOLIO_HEADS: &[&str] = &["Ministry", "Department"];

/// Where a list of portfolios after a ministry's first one ends (`,
/// Trade and Industry`, `, Fisheries and the Environment`): commas and
/// capitalised words, up to an `and` and the last portfolio; `None` when
/// no `and` closes the list (`Ministry of Health, Mr Kim said`).
fn portfolios_listed(area: &Area<'_>, from: usize) -> Option<usize> {
    let text = area.text;
    let mut at = from;
    for _ in 0..4 {
        let rest = &text[at..area.sentence.end];
        let last = if rest.starts_with(", ") {
            false
        } else if rest.starts_with(" and ") {
            true
        } else {
            return None;
        };
        // To the space after the comma or `and`.
        at += if last { " and".len() } else { ",".len() };
        let mut words = 0;
        while let Some(w) = words::next(text, at, area.sentence.end) {
            let word = area.word(w);
            if !words::only_space(text, at, w.start)
                || area.taken(w) && area.absorbable_over(w).is_none()
                || !(is_organisation_word(word)
                    || last && word == "the" && words == 0)
            {
                break;
            }
            at = w.end;
            words += usize::from(word != "the");
        }
        if words == 0 {
            return None;
        }
        if last {
            return Some(at);
        }
    }
    None
}

/// The organisation's name that ends at `at` (before a legal suffix).
pub(crate) fn organisation_before(
    area: &Area<'_>,
    mut at: usize,
) -> Option<Span> {
    // A suffix that opens its sentence has no name before it.
    if at <= area.sentence.start {
        return None;
    }
    let mut first = None;
    let end = area.text[..at].trim_end().len();
    let mut count = 0;
    // `Shionogi & Co.`, `Bakker en Zonen`: the ampersand or `en` before
    // the legal form.
    let head = area.text[area.sentence.start..at].trim_end();
    if let Some(and) = [" &", " en"].iter().find(|a| head.ends_with(**a)) {
        at = area.sentence.start + head.len() - (and.len() - 1);
    }
    loop {
        if count == 4 {
            break;
        }
        // `Gebr. Pouw B.V.`: an abbreviation of the name's, with its stop.
        if let Some(abbreviation) =
            first.and_then(|_| abbreviation_before(area, at))
        {
            (first, at) = (Some(abbreviation), abbreviation);
            count += 1;
            continue;
        }
        let Some(w) = words::previous(area.text, area.sentence.start, at)
        else {
            break;
        };
        if area.taken(w) {
            // `Zaanstad Cocoa N.V.`; not a theme's noun that opens the
            // sentence (`Exporter Highland Leaf Ltd`). A country's
            // adjective after `van` or `of`, or after `van de` that a
            // capitalised word opens, is a word of the name (`Koninklijke
            // Vereniging van Nederlandse Reders (KVNR)`, `Confederatie van
            // de Belgische Bietplanters`; not `eigendom van het Deense
            // Nordlys Shipping`).
            let opener = first.is_some() && opens_as_common_noun(area, w);
            let inside = || {
                let before =
                    |at| words::previous(area.text, area.sentence.start, at);
                let linked = |p: Span| {
                    matches!(area.word(p), "van" | "voor" | "of" | "for")
                };
                before(w.start)
                    .is_some_and(|p| {
                        linked(p)
                            || matches!(area.word(p), "de" | "het" | "the")
                                && before(p.start).is_some_and(|v| {
                                    linked(v)
                                        && before(v.start).is_some_and(|n| {
                                            is_capitalised(area.word(n))
                                        })
                                })
                    })
                    .then(|| area.modifier_in_chain(w))
                    .flatten()
            };
            match area
                .absorbable_to(w)
                .or_else(|| first.and(inside()))
                .filter(|_| !opener)
            {
                Some(place) => {
                    (first, at) = (Some(place.start), place.start);
                    count += 1;
                    continue;
                }
                None => break,
            }
        }
        let word = area.word(w);
        // A possessive is no part of the name: `Italy's UniCredit S.p.A.`.
        if words::without_possessive(word).len() < word.len() {
            break;
        }
        // `Al Hashar Holding LLC`, `El Sewedy Electric`: an article that
        // opens the name; a Dutch one too inside the sentence (`sponsor
        // Baggerbedrijf De Klerk B.V.`), where it is no sentence's.
        let article = first.is_some()
            && (matches!(word, "Al" | "El")
                || matches!(word, "De" | "Het" | "'t")
                    && !words::opens_sentence(
                        area.text,
                        area.sentence.start,
                        w,
                    ));
        if is_organisation_word(word) || general_of_a_body(area, w) || article
        {
            if first.is_some() && opens_as_common_noun(area, w) {
                break;
            }
            // `Shares of Acme Corp rose`: a plural that opens the sentence
            // says what of the company.
            if first.is_some()
                && OF_A_COMPANY.contains(&word)
                && area.text[w.end..].starts_with(" of ")
            {
                break;
            }
            first = Some(w.start);
            count += 1;
        } else if first.is_none()
            || !is_connector(area, w)
                && !after_de(area, w)
                && !preposition_inside(area, w)
            // `VV Zuidwijk en SV Lombardijen '67`: `en` before a noun
            // that opens names joins two.
            || matches!(word, "en" | "and")
                && first.is_some_and(|f| {
                    let next = words::next(area.text, f, end);
                    next.is_some_and(|n| cues::is_name_noun(area.word(n)))
                })
            // `Sotik Highlands Holdings and Mlima Tea Ltd`: a legal form
            // before `and` ends another company's name.
            || matches!(word, "en" | "and")
                && words::previous(area.text, area.sentence.start, w.start)
                    .is_some_and(|p| {
                        cues::LEGAL_SUFFIXES.contains(&area.word(p))
                    })
        {
            break;
        }
        at = w.start;
        // `Johnson & Johnson`
        let head = area.text[area.sentence.start..at].trim_end();
        if head.ends_with(" &") {
            at = area.sentence.start + head.len() - 1;
        }
    }
    let mut start = first?;
    // `Jeannie Arreak-Kullualik of Nunavut Tunngavik Inc.`: a name that
    // a known given name starts (`Peter-Paul` too), before `of` or `van`,
    // is a person's.
    // So is one after a role noun (`Woordvoerster Lorraine Cooper-Walker
    // van de Yindjibarndi Aboriginal Corporation`).
    let name = &area.text[start..end];
    let after_role = words::previous(area.text, area.sentence.start, start)
        .is_some_and(|r| cues::is_role(area.word(r)));
    if after_role || name.split(' ').next().is_some_and(given::is_given_name) {
        let cut = [" of ", " van "]
            .iter()
            .find_map(|p| name.rfind(p).map(|i| i + p.len()));
        start += cut.unwrap_or(0);
        // Nor is the article after it the body's (`van de`).
        let rest = &area.text[start..end];
        start += ["de ", "het ", "the "]
            .iter()
            .find(|a| rest.starts_with(**a))
            .map_or(0, |a| a.len());
    }
    Some(Span::new(after_paper_article(area.text, start, end), end))
}

/// Where one of [`ABBREVIATED_NAME_WORDS`] with its stop (`Gebr.`) starts,
/// if it ends the sentence's text before `at` as a word of its own.
fn abbreviation_before(area: &Area<'_>, at: usize) -> Option<usize> {
    let head = area.text[area.sentence.start..at].trim_end();
    let bare = head.strip_suffix('.')?;
    let word = ABBREVIATED_NAME_WORDS.iter().find(|a| {
        bare.strip_suffix(**a)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })?;
    Some(area.sentence.start + bare.len() - word.len())
}

/// Whether `w` is `General` after the noun of a body it names
/// (`Directorate General of Shipping`, `Consulate General`) or of an
/// office it ranks (`Office of the Prosecutor General`), where the stop
/// word is a word of the name.
fn general_of_a_body(area: &Area<'_>, w: Span) -> bool {
    area.word(w) == "General"
        && words::previous(area.text, area.sentence.start, w.start)
            .filter(|b| words::only_space(area.text, b.end, w.start))
            .is_some_and(|b| {
                let body = area.word(b);
                is_capitalised(body)
                    && (body.ends_with("ate")
                        || body.ends_with("iat")
                        || OFFICES.contains(&body))
            })
}

/// Where a body's name that starts at `start` and ends at `end` starts
/// without the article of a paper whose name opens it (`the Independent
/// National Electoral Commission`, which the paper `the Independent`
/// gave way to): the article is the sentence's, not the name's.
fn after_paper_article(text: &str, start: usize, end: usize) -> usize {
    ["the ", "The "]
        .iter()
        .find_map(|a| text[start..end].strip_prefix(a))
        .map_or(start, |rest| end - rest.len())
}

/// Capitalised plurals before `of` and a company, which are no part of its
/// name (`Shares of Cementos Bajío S.A.B. de C.V.`).
#[rustfmt::skip]
const OF_A_COMPANY: &[&str] = &[
    "Shares", "Stocks", "Bonds", "Sales", "Profits", "Revenues", "Earnings",
    "Workers", "Employees", "Customers", "Investors", "Shareholders",
    "Owners", "Officials", "Executives", "Units", "Parts",
];

/// Whether the word `w` opens its sentence (or follows a dateline) as a
/// noun that says what the name after it is, capitalised only for its
/// place: a role noun, an organisation noun or a compound of one
/// (`Woonwinkelketen Huis & Haard B.V.`, `Exporter Highland Leaf Ltd`),
/// not a noun that starts names (`Stichting`, `Bank`).
fn opens_as_common_noun(area: &Area<'_>, w: Span) -> bool {
    let word = area.word(w);
    words::opens_sentence(area.text, area.sentence.start, w)
        && !cues::is_name_noun(word)
        && (cues::is_role(word)
            || cues::is_organisation_noun(word)
                && !cues::is(word, cues::List::OrganisationHead))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(text: &str) -> Area<'_> {
        Area {
            text,
            sentence: Span::new(0, text.len()),
            taken: &[],
            absorbable: &[],
        }
    }

    #[test]
    fn people_after_a_cue() {
        let rows = [
            ("Ilse ter Horst had", Some(("Ilse ter Horst", 2))),
            (
                "Pieter-Jan de Wolff van het CDA",
                Some(("Pieter-Jan de Wolff", 2)),
            ),
            (
                "Marloes Kuipers van Veiligheidsregio Drenthe",
                Some(("Marloes Kuipers", 2)),
            ),
            (
                "Gerrit Jan van der Veen (61)",
                Some(("Gerrit Jan van der Veen", 3)),
            ),
            ("Ter Horst sprak", Some(("Ter Horst", 1))),
            ("Muqtada al-Sadr zei", Some(("Muqtada al-Sadr", 2))),
            ("Abu Bakr al-Baghdadi", Some(("Abu Bakr al-Baghdadi", 2))),
            ("Kim Yong-hyun's plan", Some(("Kim Yong-hyun", 2))),
            ("in Den Haag", None),
            ("Maandag", None),
            ("van de", None),
            ("de Vries", None),
            ("NAVO", None),
        ];
        for (text, expected) in rows {
            let found = person_after(&area(text), 0)
                .map(|n| (&text[n.span.range()], n.words));
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn hyphenated_name_words() {
        let rows = [
            // given names of two syllables, even after a stop word
            ("Mei-ling", true),
            ("Yong-hyun", true),
            ("So-yeon", true),
            // double surnames, also ending in a role noun
            ("Wijngaarden-Prins", true),
            ("Jansen-Visser", true),
            ("Dam-Schouten", true),
            // word prefixes, compounds with a role, capitalised roles
            ("Ex-man", false),
            ("Oud-minister", false),
            ("Vice-premier", false),
            ("Zuiderland-topman", false),
            ("Groen-Kamerlid", false),
            ("Mei-bijeenkomst", false),
        ];
        for (word, expected) in rows {
            assert_eq!(is_name_word(word), expected, "{word}");
        }
    }

    #[test]
    fn people_after_a_cue_in_context() {
        // (text, the taken mentions, the name after the first word)
        let rows: [(&str, &[&str], Option<&str>); 8] = [
            // a place with a particle in lower case is the surname
            (
                "Burgemeester Aukje de Haan-Feenstra van de gemeente",
                &["de Haan"],
                Some("Aukje de Haan-Feenstra"),
            ),
            (
                "Burgemeester Piet de Haan zei",
                &["de Haan"],
                Some("Piet de Haan"),
            ),
            // written as the place, it is no surname
            ("Bewoners De Haan zei", &["De Haan"], None),
            // an initial before a surname
            ("spokesman A. Saravanan said", &[], Some("A. Saravanan")),
            ("spokesman A. said", &[], None),
            ("President John F. Kennedy said", &[], Some("John F. Kennedy")),
            // before the name of a thing, `van de` is a preposition
            (
                "Politicoloog Alonso Ccahuana van de Pontificia Universidad Católica",
                &[],
                Some("Alonso Ccahuana"),
            ),
            (
                "Topman Gerrit Jan van der Veen zei",
                &[],
                Some("Gerrit Jan van der Veen"),
            ),
        ];
        for (text, taken, expected) in rows {
            let taken: Vec<Span> = taken
                .iter()
                .map(|t| {
                    let start = text.find(t).expect("in the text");
                    Span::new(start, start + t.len())
                })
                .collect();
            let area = Area {
                text,
                sentence: Span::new(0, text.len()),
                taken: &taken,
                absorbable: &[],
            };
            let at = text.find(' ').expect("a space");
            let found = person_after(&area, at).map(|n| &text[n.span.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn organisations_with_modifiers() {
        // (text, taken mentions, the name after the first word)
        let rows: [(&str, &[&str], Option<&str>); 5] = [
            (
                "van Brabants Landschap vond",
                &["Brabants"],
                Some("Brabants Landschap"),
            ),
            (
                "van Drents Overijsselse Delta zei",
                &["Drents", "Overijsselse"],
                Some("Drents Overijsselse Delta"),
            ),
            // inflected first, or before no name
            ("van Gentse Musea zei", &["Gentse"], None),
            ("van Brabants water", &["Brabants"], None),
            ("van Brabants", &["Brabants"], None),
        ];
        for (text, taken, expected) in rows {
            let taken: Vec<Span> = taken
                .iter()
                .map(|t| {
                    let start = text.find(t).expect("in the text");
                    Span::new(start, start + t.len())
                })
                .collect();
            let area = Area {
                text,
                sentence: Span::new(0, text.len()),
                taken: &taken,
                absorbable: &[],
            };
            let found = organisation_after(&area, 3).map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn roles_of_organisations() {
        let rows = [
            ("its new partner Nippon Ishin", "partner", true),
            ("Its owner Wingtech", "owner", true),
            ("said its leader Tundu Lissu", "leader", true),
            ("her partner Jan", "partner", false),
            ("the owner Jan", "owner", false),
        ];
        for (text, role, expected) in rows {
            let start = text.find(role).expect("in the text");
            let cue = Span::new(start, start + role.len());
            assert_eq!(after_its(&area(text), cue), expected, "{text}");
        }
    }

    #[test]
    fn people_before_a_cue() {
        let rows = [
            ("zei dat Noah Verbeek ", Some("Noah Verbeek")),
            (
                "aldus Evelien van Dam-Schouten",
                Some("Evelien van Dam-Schouten"),
            ),
            ("Volgens", None),
            ("het kabinet", None),
            ("van der Veen", Some("Veen")),
        ];
        for (text, expected) in rows {
            let found = person_before(&area(text), text.len())
                .map(|n| &text[n.span.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn organisations() {
        let rows = [
            ("Nexperia heeft", Some("Nexperia")),
            ("Johnson & Johnson zegt", Some("Johnson & Johnson")),
            ("Bank of America", Some("Bank of America")),
            ("heeft", None),
            ("De", None),
        ];
        for (text, expected) in rows {
            let found =
                organisation_after(&area(text), 0).map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
        let rows = [
            ("van Bouwbedrijf Hendriks ", Some("Bouwbedrijf Hendriks")),
            ("bij Johnson & Johnson", Some("Johnson & Johnson")),
            ("Het Wagner", Some("Wagner")),
            // A Dutch article inside the sentence is a word of the name;
            // the one that opens the sentence is not.
            ("sponsor De Klerk ", Some("De Klerk")),
            ("van Baggerbedrijf De Klerk ", Some("Baggerbedrijf De Klerk")),
            ("De Klerk ", Some("Klerk")),
            // A hyphenated given name opens a person's name, not the
            // firm's (`Peter-Paul Zwinkels van Zwinkels Tomaten BV`).
            (
                "Peter-Paul Zwinkels van Zwinkels Tomaten ",
                Some("Zwinkels Tomaten"),
            ),
            ("de ", None),
        ];
        for (text, expected) in rows {
            let found = organisation_before(&area(text), text.len())
                .map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }
}
