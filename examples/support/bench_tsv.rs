//! The peer benchmark's flat gazetteer TSV (`id`, `type`, `name`; one name
//! per row) as a newsgraph gazetteer, shared by `match_count` and the
//! criterion benches.

use newsgraph::normalize::fold;
use newsgraph::{Entity, Gazetteer, Kind};
use rustc_hash::{FxHashMap, FxHashSet};

/// One entity per id with its names; a name folded like an earlier one
/// stays with the earlier id.
pub(crate) fn gazetteer(tsv: &str) -> Gazetteer {
    let mut seen = FxHashSet::default();
    // id → (kind, names), in first-seen order.
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
    let mut rows: Vec<(&str, Kind, Vec<String>)> = Vec::new();
    for line in tsv.lines().skip(1) {
        let mut cells = line.splitn(3, '\t');
        let (Some(id), Some(kind), Some(name)) =
            (cells.next(), cells.next(), cells.next())
        else {
            continue;
        };
        // A name in capitals only would be a case-sensitive acronym.
        let name = if name.chars().any(char::is_lowercase) {
            name.to_string()
        } else {
            name.to_lowercase()
        };
        if !name.chars().any(char::is_alphanumeric)
            || !seen.insert(fold(&name))
        {
            continue;
        }
        let i = *index.entry(id).or_insert_with(|| {
            rows.push((id, kind_of(kind), Vec::new()));
            rows.len() - 1
        });
        rows[i].2.push(name);
    }
    let mut builder = Gazetteer::builder();
    for (id, kind, names) in rows {
        let mut names = names.into_iter();
        let first = names.next().expect("an id has a name");
        let entity =
            names.fold(Entity::new(id, first, kind), |e, name| e.alias(&name));
        builder.add(entity);
    }
    builder.into_gazetteer().expect("names are unique after folding")
}

fn kind_of(kind: &str) -> Kind {
    match kind {
        "person" => Kind::Person,
        "country" => Kind::Country,
        "region" => Kind::Region,
        "organisation" => Kind::Organisation,
        _ => Kind::Place,
    }
}
