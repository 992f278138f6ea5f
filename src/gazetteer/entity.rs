//! The entity model: entities, their kinds and their surface forms.

use std::collections::BTreeMap;
use std::sync::Arc;

use once_cell::sync::Lazy;
use serde::Serialize;

use crate::normalize::fold;

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

    /// Parses a kind name as written in a `kind` column.
    #[must_use]
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
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
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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
}

/// One surface form of an entity, as the gazetteer declares it.
#[derive(Clone, Debug)]
pub struct SurfaceForm {
    /// The form without its markers (`*`, `=`).
    pub text: String,
    /// How it names the entity.
    pub form: Form,
    /// Which cases match.
    pub case: CaseRule,
    /// Written `*stem`: the match may start inside a word.
    pub open_start: bool,
    /// Written `stem*`: the match may end inside a word.
    pub open_end: bool,
    /// The folded text: what the matcher searches for.
    key: String,
    pub(super) origin: Origin,
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
    pub fn parse(written: &str, form: Form) -> Result<SurfaceForm, String> {
        let mut text = written.trim();
        let exact_marked = text.starts_with('=');
        if exact_marked {
            text = &text[1..];
        }
        let open_start = text.starts_with('*');
        let open_end = text.len() > 1 && text.ends_with('*');
        let text = text.trim_start_matches('*').trim_end_matches('*').trim();
        let (mut has_alphanumeric, mut has_lower, mut has_upper) =
            (false, false, false);
        for c in text.chars() {
            has_alphanumeric |= c.is_alphanumeric();
            has_lower |= c.is_lowercase();
            has_upper |= c.is_uppercase();
        }
        if !has_alphanumeric {
            return Err(format!("form {written:?} has no letter or digit"));
        }
        let case = if !has_lower && has_upper {
            CaseRule::Exact
        } else if exact_marked {
            CaseRule::AsWrittenOrUpper
        } else {
            CaseRule::Insensitive
        };
        Ok(SurfaceForm {
            key: fold(text),
            text: text.to_string(),
            form,
            case,
            open_start,
            open_end,
            origin: Origin::default(),
        })
    }

    /// The key the matcher searches for: the folded form.
    pub(crate) fn key(&self) -> &str {
        &self.key
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
    pub(super) attributes: BTreeMap<String, String>,
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
            .expect("an entity name needs a letter or digit");
        Entity {
            id: id.into(),
            kind,
            country: None,
            attributes: BTreeMap::new(),
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
        let mut parsed = SurfaceForm::parse(written, form)
            .expect("a form needs a letter or digit");
        parsed.origin = self.origin.clone();
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

    /// Sets the id of the entity's country.
    #[must_use]
    pub fn country(mut self, id: impl Into<String>) -> Self {
        self.country = Some(id.into());
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
        &self.forms[0].text
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

    /// Extra columns of its gazetteer row.
    #[must_use]
    pub fn attributes(&self) -> &BTreeMap<String, String> {
        &self.attributes
    }

    /// Every surface form, the name first.
    #[must_use]
    pub fn forms(&self) -> &[SurfaceForm] {
        &self.forms
    }
}
