//! The entity model: entities, their kinds and their surface forms.

use std::collections::BTreeMap;
use std::sync::Arc;

use once_cell::sync::Lazy;
use serde::Serialize;

use crate::normalize::{fold, fold_into};

/// What kind of thing an entity is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Kind {
    /// A person.
    Person,
    /// A country or territory.
    Country,
    /// A region or bloc that acts like a place (Middle East, Donbas).
    Region,
    /// A city or other place.
    Place,
    /// An organisation.
    Organisation,
    /// A theme (defence, sanctions), matched by word stems.
    Theme,
}

impl Kind {
    /// Every kind, in a fixed order.
    pub const ALL: [Kind; 6] = [
        Kind::Person,
        Kind::Country,
        Kind::Region,
        Kind::Place,
        Kind::Organisation,
        Kind::Theme,
    ];

    /// The lower-case name used in files and output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Country => "country",
            Kind::Region => "region",
            Kind::Place => "place",
            Kind::Organisation => "organisation",
            Kind::Theme => "theme",
        }
    }

    /// The kind that a gazetteer file name implies (`countries.tsv`).
    #[must_use]
    pub fn from_file_stem(stem: &str) -> Option<Kind> {
        Some(match stem {
            "people" | "persons" => Kind::Person,
            "countries" => Kind::Country,
            "regions" => Kind::Region,
            "cities" | "places" => Kind::Place,
            "organisations" | "organizations" => Kind::Organisation,
            "themes" => Kind::Theme,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Kind {
    /// The name, padded to the formatter's width (`{:<12}`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for Kind {
    type Err = UnknownKind;

    /// Parses a kind name as written in a `kind` column (`person`).
    fn from_str(name: &str) -> Result<Kind, UnknownKind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| UnknownKind(name.to_string()))
    }
}

/// A kind name that is none of [`Kind::ALL`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown kind {0:?}; the kinds are person, country, region, place, \
     organisation and theme"
)]
pub struct UnknownKind(pub String);

/// How a surface form names its entity.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Form {
    /// The canonical name.
    Name,
    /// Another name, in any language.
    Alias,
    /// An adjective or demonym (`Russische`, `Russen`).
    Adjective,
    /// A short form that counts only after a full form in the same document.
    Partial,
    /// A short name that identifies the entity on its own (`Poetin`,
    /// `Trump`), written with a capital.
    Short,
    /// A name that names the entity only next to one of its cue words
    /// (`Charkiv` in `de regio Charkiv` is the oblast; alone, the city).
    Cued,
    /// Not in any gazetteer: found by discovery from the words around it
    /// (see [`discover`](crate::discover)).
    Discovered,
}

impl Form {
    /// The lower-case name used in output (`adjective`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Name => "name",
            Form::Alias => "alias",
            Form::Adjective => "adjective",
            Form::Partial => "partial",
            Form::Short => "short",
            Form::Cued => "cued",
            Form::Discovered => "discovered",
        }
    }
}

impl std::fmt::Display for Form {
    /// The name, padded to the formatter's width.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// Whether a form must match whole words, or may start or end inside one
/// (theme stems, written with `*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stem {
    /// Whole words only (the default).
    Whole,
    /// Written `stem*`: the match may end inside a word and then covers
    /// the rest of it (`defensie*` in `defensiesamenwerking`).
    Prefix,
    /// Written `*stem`: the match may start inside a word and then covers
    /// the start of it (`*drones` in `kamikazedrones`).
    Suffix,
    /// Written `*stem*`: anywhere inside a word.
    Infix,
}

impl Stem {
    /// Whether a match may start inside a word.
    #[must_use]
    pub fn open_start(self) -> bool {
        matches!(self, Stem::Suffix | Stem::Infix)
    }

    /// Whether a match may end inside a word.
    #[must_use]
    pub fn open_end(self) -> bool {
        matches!(self, Stem::Prefix | Stem::Infix)
    }
}

/// Why a written form cannot be a form.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("form {written:?} has no letter or digit")]
pub struct FormError {
    /// The form as written.
    pub written: String,
}

/// Which letter cases of a form match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CaseRule {
    /// Any case (and any diacritics): the default.
    Insensitive,
    /// Only as written: acronyms such as `EU`, `IS`.
    Exact,
    /// As written or in capitals: forms written `=Nice`.
    AsWrittenOrUpper,
    /// An acronym of four letters or more: in capitals as written, or
    /// with only its first letter a capital, as Dutch papers write the
    /// ones they pronounce (`NAVO` and `Navo`, `OPEC` and `Opec`), but
    /// never in lower case. Written `=NAVO`, it stays in capitals only.
    AcronymOrTitle,
}

/// One surface form of an entity, as the gazetteer declares it.
#[derive(Clone, Debug)]
pub struct SurfaceForm {
    /// The form as written, then its folded key: one allocation, as a
    /// large gazetteer has millions of forms.
    text_and_key: Box<str>,
    /// Where the key starts in `text_and_key`.
    key_start: u32,
    form: Form,
    case: CaseRule,
    stem: Stem,
    /// Whether a Dutch genitive `s` may follow (`Poetins`); set by the
    /// entity, whose kind decides it.
    genitive: bool,
    /// Made by the spelling rules rather than listed.
    generated: bool,
}

impl SurfaceForm {
    /// Parses a form as written in a gazetteer cell: `*` at either end marks
    /// a stem, a leading `=` keeps the written case, and a form without
    /// lower-case letters (an acronym) is case-sensitive.
    ///
    /// # Errors
    ///
    /// Fails when nothing but markers is left, or when the form has no
    /// letter or digit.
    pub fn parse(written: &str, form: Form) -> Result<SurfaceForm, FormError> {
        let mut text = written.trim();
        let exact_marked = text.starts_with('=');
        if exact_marked {
            text = &text[1..];
        }
        let open_start = text.starts_with('*');
        let open_end = text.len() > 1 && text.ends_with('*');
        let stem = match (open_start, open_end) {
            (false, false) => Stem::Whole,
            (false, true) => Stem::Prefix,
            (true, false) => Stem::Suffix,
            (true, true) => Stem::Infix,
        };
        let text = text.trim_start_matches('*').trim_end_matches('*').trim();
        // One pass over the characters (most forms are ASCII: bytes).
        let (mut has_alphanumeric, mut has_lower, mut has_upper) =
            (false, false, false);
        let (mut letters, mut only_letters) = (0, true);
        // A capital after a form's first letter, as short mixed-case
        // acronyms have (`UvA`, `AfD`, `PvdA`).
        let (mut seen, mut inner_upper) = (0, false);
        let mut see = |alphabetic: bool, digit: bool, lower, upper| {
            has_alphanumeric |= alphabetic || digit;
            has_lower |= lower;
            has_upper |= upper;
            inner_upper |= upper && seen > 0;
            seen += 1;
            letters += usize::from(alphabetic);
            only_letters &= alphabetic;
        };
        if text.is_ascii() {
            for b in text.bytes() {
                see(
                    b.is_ascii_alphabetic(),
                    b.is_ascii_digit(),
                    b.is_ascii_lowercase(),
                    b.is_ascii_uppercase(),
                );
            }
        } else {
            for c in text.chars() {
                see(
                    c.is_alphabetic(),
                    c.is_numeric(),
                    c.is_lowercase(),
                    c.is_uppercase(),
                );
            }
        }
        if !has_alphanumeric {
            return Err(FormError { written: written.to_string() });
        }
        let case = if !has_lower && has_upper {
            if letters >= 4 && only_letters && !exact_marked {
                CaseRule::AcronymOrTitle
            } else {
                CaseRule::Exact
            }
        } else if exact_marked
            || form == Form::Short
            || inner_upper && has_lower && letters <= 4 && !text.contains(' ')
        {
            // A short name alone is a name only when capitalised; a short
            // acronym in mixed case only as written (`UvA`, not the
            // Spanish `uva`; `AfD`, not Dutch `afd.`).
            CaseRule::AsWrittenOrUpper
        } else {
            CaseRule::Insensitive
        };
        Ok(SurfaceForm { form, case, stem, ..SurfaceForm::with_text(text) })
    }

    /// A whole-word name spelled `text`, with its key.
    fn with_text(text: &str) -> SurfaceForm {
        let mut both = String::with_capacity(text.len() * 2);
        both.push_str(text);
        fold_into(text, &mut both);
        SurfaceForm {
            text_and_key: both.into_boxed_str(),
            key_start: u32::try_from(text.len()).expect("a form under 4 GiB"),
            form: Form::Name,
            case: CaseRule::Insensitive,
            stem: Stem::Whole,
            genitive: false,
            generated: false,
        }
    }

    /// The form without its markers (`*`, `=`).
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text_and_key[..self.key_start as usize]
    }

    /// How it names the entity.
    #[must_use]
    pub fn form(&self) -> Form {
        self.form
    }

    /// Which letter cases match.
    #[must_use]
    pub fn case(&self) -> CaseRule {
        self.case
    }

    /// Whole words, or a stem.
    #[must_use]
    pub fn stem(&self) -> Stem {
        self.stem
    }

    /// Whether a Dutch genitive `s` may follow it (`Poetins`, `Ruslands`):
    /// names, aliases and partials of people, places, countries and
    /// organisations of at least four letters, but no adjective, stem or
    /// theme.
    #[must_use]
    pub fn takes_genitive(&self) -> bool {
        self.genitive
    }

    /// Whether the form was made by the spelling rules
    /// ([`spelling`](super::spelling)) rather than listed.
    #[must_use]
    pub fn is_generated(&self) -> bool {
        self.generated
    }

    /// The key the matcher searches for: the folded form.
    pub(crate) fn key(&self) -> &str {
        &self.text_and_key[self.key_start as usize..]
    }

    /// The same form spelled `text`: a generated alias of a name, else a
    /// generated form of the same kind, with the same case rule.
    pub(super) fn respelled(&self, text: &str) -> SurfaceForm {
        let spelled = SurfaceForm::with_text(text);
        SurfaceForm {
            text_and_key: spelled.text_and_key,
            key_start: spelled.key_start,
            form: if self.form == Form::Name {
                Form::Alias
            } else {
                self.form
            },
            generated: true,
            ..self.clone()
        }
    }

    /// Makes the form a partial: the form an entity keeps of a name it
    /// shares with a more salient one
    /// ([`SharedNames::Salient`](super::SharedNames::Salient)).
    pub(super) fn demote_to_partial(&mut self) {
        self.form = Form::Partial;
    }

    /// Decides the genitive rule for a form of an entity of `kind`.
    pub(super) fn for_kind(mut self, kind: Kind) -> Self {
        self.genitive = self.form != Form::Adjective
            && kind != Kind::Theme
            && self.stem == Stem::Whole
            && self
                .text()
                .chars()
                .filter(|c| c.is_alphabetic())
                .nth(3)
                .is_some();
        self
    }
}

/// Where a row came from, for error messages.
#[derive(Clone, Debug)]
pub(super) struct Origin {
    pub(super) source: Arc<str>,
    pub(super) line: usize,
}

/// Entities built in code have no file; errors call them `<code>`.
static CODE: Lazy<Arc<str>> = Lazy::new(|| Arc::from("<code>"));

impl Default for Origin {
    fn default() -> Self {
        Origin { source: Arc::clone(&CODE), line: 0 }
    }
}

/// An entity: something the gazetteer can find.
#[derive(Clone, Debug)]
pub struct Entity {
    pub(super) id: String,
    pub(super) kind: Kind,
    pub(super) country: Option<String>,
    /// Folded cue words that select the entity's cued forms.
    pub(super) cues: Vec<String>,
    /// Folded words of the topics in which its cued forms name it with
    /// no cue word next to them (`hurling` for an Irish county).
    pub(super) topics: Vec<String>,
    pub(super) attributes: BTreeMap<String, String>,
    /// Higher is more salient; `None` when the row gives none.
    pub(super) salience: Option<u64>,
    pub(super) forms: Vec<SurfaceForm>,
    pub(super) origin: Origin,
}

impl Entity {
    /// A new entity; its name is also one of its forms.
    ///
    /// # Panics
    ///
    /// Panics if `name` has no letter or digit (use the TSV reader for
    /// input that is not trusted: it reports errors instead).
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        kind: Kind,
    ) -> Self {
        let name = name.into();
        let form = SurfaceForm::parse(&name, Form::Name)
            .expect("an entity name needs a letter or digit")
            .for_kind(kind);
        Entity {
            id: id.into(),
            kind,
            country: None,
            cues: Vec::new(),
            topics: Vec::new(),
            attributes: BTreeMap::new(),
            salience: None,
            forms: vec![form],
            origin: Origin::default(),
        }
    }

    /// Adds a form written as in a gazetteer cell (`Rusland`, `defensie*`,
    /// `=Nice`).
    ///
    /// # Panics
    ///
    /// Panics if the form has no letter or digit.
    #[must_use]
    pub fn with(mut self, form: Form, written: &str) -> Self {
        let parsed = SurfaceForm::parse(written, form)
            .expect("a form needs a letter or digit")
            .for_kind(self.kind);
        self.forms.push(parsed);
        self
    }

    /// Adds an alias.
    #[must_use]
    pub fn alias(self, written: &str) -> Self {
        self.with(Form::Alias, written)
    }

    /// Adds an adjective or demonym.
    #[must_use]
    pub fn adjective(self, written: &str) -> Self {
        self.with(Form::Adjective, written)
    }

    /// Adds a partial form.
    #[must_use]
    pub fn partial(self, written: &str) -> Self {
        self.with(Form::Partial, written)
    }

    /// Adds a short name that counts on its own (matched only with a
    /// capital).
    #[must_use]
    pub fn short(self, written: &str) -> Self {
        self.with(Form::Short, written)
    }

    /// Adds a name that names this entity only next to one of its cue
    /// words; see [`cue`](Self::cue).
    #[must_use]
    pub fn cued(self, written: &str) -> Self {
        self.with(Form::Cued, written)
    }

    /// Adds a cue word (`regio`, `oblast`, `province`, `staat`): right
    /// before a cued name, or right after it, it selects this entity.
    #[must_use]
    pub fn cue(mut self, word: &str) -> Self {
        self.cues.push(fold(word.trim()));
        self
    }

    /// Adds a topic word (`hurling`): anywhere in the news item, it
    /// selects this entity's cued names that no cue word stands next to
    /// (`Kerry beat Mayo` in a report of Gaelic football).
    #[must_use]
    pub fn topic(mut self, word: &str) -> Self {
        self.topics.push(fold(word.trim()));
        self
    }

    /// Sets the id of the entity's country.
    #[must_use]
    pub fn country(mut self, id: impl Into<String>) -> Self {
        self.country = Some(id.into());
        self
    }

    /// Sets the salience: higher is more salient (a Wikidata sitelink
    /// count, say), so that a name several entities share can go to the
    /// most salient one.
    #[must_use]
    pub fn with_salience(mut self, salience: u64) -> Self {
        self.salience = Some(salience);
        self
    }

    /// Sets a free attribute.
    #[must_use]
    pub fn attribute(
        mut self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.attributes.insert(key.into(), value.into());
        self
    }

    /// The stable id (a Wikidata QID where one exists).
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The canonical display name.
    #[must_use]
    pub fn name(&self) -> &str {
        // The name is always the first form.
        self.forms[0].text()
    }

    /// The kind.
    #[must_use]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The id of the entity's country, if given.
    #[must_use]
    pub fn country_id(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// Its cue words, folded.
    #[must_use]
    pub fn cues(&self) -> &[String] {
        &self.cues
    }

    /// Its topic words, folded.
    #[must_use]
    pub fn topics(&self) -> &[String] {
        &self.topics
    }

    /// Extra columns of its gazetteer row.
    #[must_use]
    pub fn attributes(&self) -> &BTreeMap<String, String> {
        &self.attributes
    }

    /// The salience from the `salience` column (or
    /// [`with_salience`](Self::with_salience)): higher is more salient.
    #[must_use]
    pub fn salience(&self) -> Option<u64> {
        self.salience
    }

    /// Every surface form, the name first.
    #[must_use]
    pub fn forms(&self) -> &[SurfaceForm] {
        &self.forms
    }
}
