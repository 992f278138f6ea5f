//! Gazetteers: the entities to find and the surface forms that name them.
//!
//! A [`Gazetteer`] is built once and shared by every [`Extractor`](crate::Extractor)
//! (crate::Extractor) built from it. Build one in code with
//! [`GazetteerBuilder`], read TSV files in the format of
//! `gazetteers/README.md`, or take the built-in set with
//! [`Gazetteer::builtin`] (feature `builtin`).

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use serde::Serialize;

use crate::error::{Error, FormConflict, Result};
use crate::normalize::fold;
use crate::span::EntityId;

#[cfg(feature = "builtin")]
mod builtin;
mod entity;
mod shared;
pub mod spelling;
mod tsv;

pub use entity::{
    CaseRule, Entity, Form, FormError, Kind, Stem, SurfaceForm, UnknownKind,
};
pub use shared::{BuildReport, SharedForm, SharedNames};

/// A form that several entities claim: a declared ambiguous form, which is
/// matched as none of them, or a shared short name, settled per document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ambiguity {
    /// The folded form.
    pub form: String,
    /// The ids of the entities that claim it, sorted.
    pub ids: Vec<String>,
    /// Why it is ambiguous, from `ambiguous.tsv`.
    pub note: String,
}

/// Collects entities from code and files, then checks them into a
/// [`Gazetteer`].
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    entities: Vec<Entity>,
    /// Declared ambiguous forms: folded form → note.
    declared: BTreeMap<String, String>,
    spelling: Spelling,
    shared_names: SharedNames,
}

/// Whether the builder adds the [`spelling`] variants of names from other
/// scripts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Spelling {
    /// For entities whose row names a `script` other than `latin`: the
    /// default.
    #[default]
    Variants,
    /// Only the forms as listed.
    AsListed,
}

impl GazetteerBuilder {
    /// An empty builder.
    #[must_use]
    pub fn new() -> Self {
        GazetteerBuilder::default()
    }

    /// Adds an entity built in code.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{Entity, Gazetteer, Kind};
    ///
    /// let gazetteer = Gazetteer::builder()
    ///     .add(
    ///         Entity::new("Q7747", "Vladimir Putin", Kind::Person)
    ///             .alias("Vladimir Poetin")
    ///             .partial("Poetin")
    ///             .country("Q159"),
    ///     )
    ///     .build()?;
    /// assert_eq!(gazetteer.entities()[0].forms().len(), 3);
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    pub fn add(&mut self, entity: Entity) -> &mut Self {
        self.entities.push(entity);
        self
    }

    /// Sets whether the [`spelling`] variants of names from other scripts
    /// are added (by default they are, for entities with a `script`).
    pub fn spelling(&mut self, spelling: Spelling) -> &mut Self {
        self.spelling = spelling;
        self
    }

    /// Sets what [`build`](Self::build) does with a full form that several
    /// entities claim: fail ([`SharedNames::Reject`], the default), give it
    /// to the most salient ([`SharedNames::Salient`]) or match it as none
    /// ([`SharedNames::Skip`]). [`Gazetteer::build_report`] lists what was
    /// settled.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::gazetteer::SharedNames;
    /// use newsgraph::{Entity, Extractor, Gazetteer, Kind};
    ///
    /// let gazetteer = Gazetteer::builder()
    ///     .add(Entity::new("Q830149", "Paris", Kind::Place)
    ///         .alias("Paris, Texas")
    ///         .with_salience(40))
    ///     .add(Entity::new("Q90", "Paris", Kind::Place).with_salience(250))
    ///     .shared_names(SharedNames::Salient)
    ///     .build()?;
    /// let report = gazetteer.build_report();
    /// assert_eq!(report.resolved.len(), 1);
    /// let extractor = Extractor::new(&gazetteer)?;
    /// let ids = |text| -> Vec<String> {
    ///     extractor.extract(text).mentions.iter().map(|m| m.entity.to_string()).collect()
    /// };
    /// assert_eq!(ids("Paris is groot."), ["Q90"]);
    /// // The other Paris keeps it as a partial, after its full name.
    /// assert_eq!(ids("Paris, Texas is klein. Paris heeft een toren."), ["Q830149", "Q830149"]);
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    pub fn shared_names(&mut self, policy: SharedNames) -> &mut Self {
        self.shared_names = policy;
        self
    }

    /// Declares a form ambiguous: it will be matched as no entity and listed
    /// by [`Gazetteer::ambiguities`].
    pub fn declare_ambiguous(
        &mut self,
        form: &str,
        note: impl Into<String>,
    ) -> &mut Self {
        self.declared.insert(fold(form), note.into());
        self
    }

    /// Reads one gazetteer TSV. `source_name` names it in errors (a path or
    /// any label). `kind` is used for rows without a `kind` cell.
    ///
    /// # Errors
    ///
    /// Fails with the source name and 1-based line on invalid UTF-8, a
    /// missing header column, a wrong number of cells, a missing id or
    /// name, an empty form, or an unknown kind.
    pub fn read_tsv(
        &mut self,
        source_name: &str,
        reader: impl BufRead,
        kind: Option<Kind>,
    ) -> Result<&mut Self> {
        let entities = tsv::read_entities(source_name, reader, kind)?;
        self.entities.extend(entities);
        Ok(self)
    }

    /// Reads `ambiguous.tsv` (columns `form`, `ids`, `note`).
    ///
    /// # Errors
    ///
    /// Fails with the source name and line on malformed rows.
    pub fn read_ambiguous_tsv(
        &mut self,
        source_name: &str,
        reader: impl BufRead,
    ) -> Result<&mut Self> {
        for (form, note) in tsv::read_ambiguous(source_name, reader)? {
            self.declared.insert(fold(&form), note);
        }
        Ok(self)
    }

    /// Loads a TSV file, or every `*.tsv` file of a directory in name order.
    /// The kind of each file comes from its name (`people.tsv`) unless its
    /// rows have a `kind` column; `ambiguous.tsv` declares ambiguous forms.
    ///
    /// # Errors
    ///
    /// Fails on unreadable files and on every error of
    /// [`read_tsv`](Self::read_tsv).
    pub fn load_path(&mut self, path: impl AsRef<Path>) -> Result<&mut Self> {
        let path = path.as_ref();
        let io_error = |source| Error::Io { path: path.to_path_buf(), source };
        if path.is_dir() {
            let mut files = Vec::new();
            for entry in std::fs::read_dir(path).map_err(io_error)? {
                let file = entry.map_err(io_error)?.path();
                if file.extension().is_some_and(|e| e == "tsv") {
                    files.push(file);
                }
            }
            files.sort();
            for file in files {
                self.load_file(&file)?;
            }
            Ok(self)
        } else {
            self.load_file(path)
        }
    }

    fn load_file(&mut self, path: &Path) -> Result<&mut Self> {
        let file = std::fs::File::open(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let reader = std::io::BufReader::new(file);
        let name = path.display().to_string();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem == "ambiguous" {
            return self.read_ambiguous_tsv(&name, reader);
        }
        self.read_tsv(&name, reader, Kind::from_file_stem(stem))
    }

    /// Checks the entities and builds the gazetteer.
    ///
    /// # Errors
    ///
    /// Fails on a duplicate id and, under [`SharedNames::Reject`] (the
    /// default), on a form that two entities claim (after folding) unless it
    /// is declared ambiguous. Partial forms may be shared: they are resolved
    /// per document.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{Entity, Gazetteer, Kind};
    ///
    /// let gazetteer = Gazetteer::builder()
    ///     .add(Entity::new("Q159", "Russia", Kind::Country).alias("Rusland"))
    ///     .add(Entity::new("Q794", "Iran", Kind::Country))
    ///     .build()?;
    /// assert_eq!(gazetteer.len(), 2);
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    pub fn build(&self) -> Result<Gazetteer> {
        self.clone().into_gazetteer()
    }

    /// [`build`](Self::build) without a copy of the entities: for large
    /// gazetteers, whose copy would double the memory the build needs.
    ///
    /// # Errors
    ///
    /// As [`build`](Self::build).
    pub fn into_gazetteer(mut self) -> Result<Gazetteer> {
        if self.spelling == Spelling::Variants {
            self.add_spelling_variants();
        }
        let mut index: FxHashMap<String, EntityId> =
            FxHashMap::with_capacity_and_hasher(
                self.entities.len(),
                FxBuildHasher,
            );
        for (i, entity) in self.entities.iter().enumerate() {
            if let Some(first) = index.get(&entity.id) {
                let first = &self.entities[first.as_usize()];
                return Err(Error::parse(
                    &entity.origin.source,
                    entity.origin.line,
                    format!(
                        "duplicate id {} (first at {}:{})",
                        entity.id, first.origin.source, first.origin.line
                    ),
                ));
            }
            index.insert(entity.id.clone(), EntityId::from_index(i));
        }
        let (report, skipped, Checked { ambiguities, shared_short_names }) =
            if self.shared_names == SharedNames::Reject {
                let checked = self.check_forms()?;
                (BuildReport::default(), FxHashSet::default(), checked)
            } else {
                let settled = shared::settle(
                    &mut self.entities,
                    &self.declared,
                    self.shared_names,
                );
                let checked = Checked {
                    ambiguities: settled.ambiguities,
                    shared_short_names: settled.shared_short_names,
                };
                (settled.report, settled.skipped, checked)
            };
        let ambiguous_keys =
            ambiguities.iter().map(|a| a.form.clone()).collect();
        Ok(Gazetteer {
            entities: self.entities,
            index,
            ambiguities,
            ambiguous_keys,
            shared_short_names,
            declared: self.declared,
            report,
            skipped,
            shared_names: self.shared_names,
        })
    }

    /// Adds the spelling variants of the names, aliases, short names and
    /// partials (of six letters or more, or of several words) of entities
    /// whose `script` is not `latin`, except those whose folded form any
    /// entity has already.
    fn add_spelling_variants(&mut self) {
        let respelled = |e: &Entity| {
            e.attributes
                .get("script")
                .is_some_and(|s| !s.is_empty() && s != "latin")
        };
        if !self.entities.iter().any(respelled) {
            return;
        }
        let mut taken: FxHashSet<String> = self
            .entities
            .iter()
            .flat_map(|e| e.forms.iter().map(|f| f.key().to_string()))
            .collect();
        for entity in &mut self.entities {
            if !respelled(entity) {
                continue;
            }
            let mut added = Vec::new();
            for form in &entity.forms {
                // Short single words respell into ordinary words too
                // easily (Berri, Berry; Yoon, Joon): six letters at least.
                let long_enough = form.text().contains(' ')
                    || form
                        .text()
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .count()
                        >= 6;
                let source = form.form() != Form::Adjective
                    && form.stem() == Stem::Whole
                    && !form.is_generated()
                    && long_enough;
                if !source {
                    continue;
                }
                for variant in spelling::variants(form.text()) {
                    let respelled = form.respelled(&variant);
                    if taken.insert(respelled.key().to_string()) {
                        added.push(respelled);
                    }
                }
            }
            entity.forms.extend(added);
        }
    }

    /// Finds forms claimed by two entities: an error, unless declared.
    fn check_forms(&self) -> Result<Checked> {
        // folded form → (entity index, form index) of the first full claim
        let forms = self.entities.iter().map(|e| e.forms.len()).sum();
        let mut claims: FxHashMap<&str, (usize, usize)> =
            FxHashMap::with_capacity_and_hasher(forms, FxBuildHasher);
        let mut ambiguous: BTreeMap<String, Vec<String>> = BTreeMap::new();
        // Full forms first, so that a short name meets every full form.
        let full = |f: &SurfaceForm| {
            !matches!(f.form(), Form::Partial | Form::Short | Form::Cued)
        };
        let mut shorts: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for pass_full in [true, false] {
            for (e, entity) in self.entities.iter().enumerate() {
                for (f, form) in entity.forms.iter().enumerate() {
                    // Partials and cued names are settled per document
                    // and may be shared with anything.
                    if full(form) != pass_full
                        || matches!(form.form(), Form::Partial | Form::Cued)
                    {
                        continue;
                    }
                    let key = form.key();
                    if !pass_full {
                        shorts.entry(key).or_default().push(e);
                    }
                    let Some(&(other_e, other_f)) = claims.get(key) else {
                        if pass_full {
                            claims.insert(key, (e, f));
                        }
                        continue;
                    };
                    let other = &self.entities[other_e];
                    let other_form = &other.forms[other_f];
                    if other_e == e
                        || distinct_exact_forms(form, other_form)
                        || short_name_of_theme_word(
                            (entity, form),
                            (other, other_form),
                        )
                    {
                        continue;
                    }
                    if self.declared.contains_key(key) {
                        let ids =
                            ambiguous.entry(key.to_string()).or_default();
                        ids.push(other.id.clone());
                        ids.push(entity.id.clone());
                        continue;
                    }
                    return Err(Error::AmbiguousForm(Box::new(
                        FormConflict {
                            form: form.text().to_string(),
                            id: entity.id.clone(),
                            source_name: entity.origin.source.to_string(),
                            line: entity.origin.line,
                            other_id: other.id.clone(),
                            other_source: other.origin.source.to_string(),
                            other_line: other.origin.line,
                        },
                    )));
                }
            }
        }
        let ambiguities = ambiguous
            .into_iter()
            .map(|(form, mut ids)| {
                ids.sort();
                ids.dedup();
                let note = self.declared[&form].clone();
                Ambiguity { form, ids, note }
            })
            .collect();
        let shared_short_names = shorts
            .into_iter()
            .filter_map(|(form, entities)| {
                let mut ids: Vec<String> = entities
                    .iter()
                    .map(|&e| self.entities[e].id.clone())
                    .collect();
                ids.sort();
                ids.dedup();
                (ids.len() > 1).then(|| Ambiguity {
                    form: form.to_string(),
                    ids,
                    note: SHARED_SHORT_NOTE.to_string(),
                })
            })
            .collect();
        Ok(Checked { ambiguities, shared_short_names })
    }
}

/// The note of a short name that several entities share.
const SHARED_SHORT_NOTE: &str = "short name of several entities: resolved \
                                 per document by the full names before it";

/// What [`GazetteerBuilder::check_forms`] finds.
struct Checked {
    ambiguities: Vec<Ambiguity>,
    shared_short_names: Vec<Ambiguity>,
}

/// Whether one claim is a body's short name and the other a theme's word
/// (`Defensie`, `defensie*`): the body's when written alone, the theme's
/// in a role's portfolio (`minister van Defensie`), as extraction settles
/// per mention.
fn short_name_of_theme_word(
    (a, a_form): (&Entity, &SurfaceForm),
    (b, b_form): (&Entity, &SurfaceForm),
) -> bool {
    let short_of_theme = |name: (&Entity, &SurfaceForm), theme: &Entity| {
        name.1.form() == Form::Short
            && name.0.kind != Kind::Theme
            && theme.kind == Kind::Theme
    };
    short_of_theme((a, a_form), b) || short_of_theme((b, b_form), a)
}

/// Two case-sensitive forms written differently (`AP` and `Ap`) never match
/// the same text, so they do not conflict.
fn distinct_exact_forms(a: &SurfaceForm, b: &SurfaceForm) -> bool {
    a.case() == CaseRule::Exact
        && b.case() == CaseRule::Exact
        && a.text() != b.text()
}

/// A checked set of entities, ready to build extractors from.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    index: FxHashMap<String, EntityId>,
    ambiguities: Vec<Ambiguity>,
    /// The forms of `ambiguities`, to look up.
    ambiguous_keys: FxHashSet<String>,
    shared_short_names: Vec<Ambiguity>,
    declared: BTreeMap<String, String>,
    report: BuildReport,
    /// Folded forms that [`SharedNames::Skip`] left unmatched.
    skipped: FxHashSet<String>,
    shared_names: SharedNames,
}

impl Gazetteer {
    /// A gazetteer with no entities.
    #[must_use]
    pub fn empty() -> Self {
        Gazetteer::default()
    }

    /// A builder.
    #[must_use]
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// The built-in gazetteers (countries, regions, cities, people,
    /// organisations, themes), parsed once on first use.
    #[cfg(feature = "builtin")]
    #[must_use]
    pub fn builtin() -> &'static Gazetteer {
        &builtin::BUILTIN
    }

    /// Parses the built-in gazetteers anew, without the cache of
    /// [`builtin`](Self::builtin): for benchmarks, or to check the data.
    ///
    /// # Errors
    ///
    /// Fails only if the shipped files are inconsistent (a bug).
    #[cfg(feature = "builtin")]
    pub fn parse_builtin() -> Result<Gazetteer> {
        builtin::parse()
    }

    /// Reads one TSV from any reader; see [`GazetteerBuilder::read_tsv`].
    ///
    /// # Errors
    ///
    /// As [`GazetteerBuilder::read_tsv`] and [`GazetteerBuilder::build`].
    pub fn from_reader(
        source_name: &str,
        reader: impl BufRead,
        kind: Option<Kind>,
    ) -> Result<Gazetteer> {
        let mut builder = GazetteerBuilder::new();
        builder.read_tsv(source_name, reader, kind)?;
        builder.into_gazetteer()
    }

    /// Loads a file or directory; see [`GazetteerBuilder::load_path`].
    ///
    /// # Errors
    ///
    /// As [`GazetteerBuilder::load_path`] and [`GazetteerBuilder::build`].
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{Extractor, Gazetteer};
    ///
    /// let dir = std::env::temp_dir().join("newsgraph-doc-load-path");
    /// std::fs::create_dir_all(&dir)?;
    /// std::fs::write(dir.join("places.tsv"), "id\tname\taliases\nQ803\tUtrecht\t\n")?;
    /// let gazetteer = Gazetteer::load_path(&dir)?;
    /// let x = Extractor::new(&gazetteer)?.extract("UTRECHT (ANP) - Regen.");
    /// assert_eq!(x.mentions[0].entity.as_ref(), "Q803");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn load_path(path: impl AsRef<Path>) -> Result<Gazetteer> {
        let mut builder = GazetteerBuilder::new();
        builder.load_path(path)?;
        builder.into_gazetteer()
    }

    /// All entities; [`EntityId`]s index into this slice.
    #[must_use]
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id.
    #[must_use]
    pub fn get(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.as_usize())
    }

    /// Looks an entity up by its string id.
    #[must_use]
    pub fn find(&self, id: &str) -> Option<EntityId> {
        self.index.get(id).copied()
    }

    /// Number of entities.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether there are no entities.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Forms that several entities claim; they are matched as none.
    #[must_use]
    pub fn ambiguities(&self) -> &[Ambiguity] {
        &self.ambiguities
    }

    /// Short names that several entities claim: each document settles
    /// them by the full names it gave before; where it gave none or
    /// several, the mention is reported as
    /// [`Unresolved`](crate::Unresolved), not guessed.
    #[must_use]
    pub fn shared_short_names(&self) -> &[Ambiguity] {
        &self.shared_short_names
    }

    /// What the build did with forms that several entities share (see
    /// [`GazetteerBuilder::shared_names`]): empty under
    /// [`SharedNames::Reject`].
    #[must_use]
    pub fn build_report(&self) -> &BuildReport {
        &self.report
    }

    /// Whether a folded form is declared ambiguous.
    pub(crate) fn is_ambiguous(&self, key: &str) -> bool {
        !self.ambiguous_keys.is_empty() && self.ambiguous_keys.contains(key)
    }

    /// Whether a folded form was skipped as shared
    /// ([`SharedNames::Skip`]): matched as none of its full or short
    /// claims.
    pub(crate) fn is_skipped(&self, key: &str) -> bool {
        !self.skipped.is_empty() && self.skipped.contains(key)
    }

    /// A builder that starts from this gazetteer's entities, to add more,
    /// with the same policy for shared names.
    #[must_use]
    pub fn to_builder(&self) -> GazetteerBuilder {
        let mut builder = GazetteerBuilder::new();
        builder.entities = self.entities.clone();
        builder.declared = self.declared.clone();
        builder.shared_names = self.shared_names;
        builder
    }
}
