//! What the XML formats (GraphML, GEXF) share: node ids made of
//! characters every validator accepts, and text without the characters XML
//! 1.0 forbids.
//!
//! An entity id made of ASCII letters, digits, `.`, `-`, `_` and `:` (every
//! built-in id) is the node id as it is. Any other id is escaped: each
//! other character becomes `_`, its hex code point and `_`
//! (`org:at&t` → `org:at_26_t`, the empty id → `_`), with `-2`, `-3`, …
//! appended if that id is taken; the writers keep the entity id in the
//! node attribute [`ENTITY_ID`].

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// The node attribute that keeps an entity id that is not the node id.
pub(crate) const ENTITY_ID: &str = "entity_id";

/// The node id of an entity id.
pub(crate) fn node_id<'a>(
    ids: &'a HashMap<&str, String>,
    entity: &'a str,
) -> &'a str {
    ids.get(entity).map_or(entity, String::as_str)
}

/// Whether an entity id can be a node id as it is.
fn is_plain_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(is_plain)
}

fn is_plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':')
}

/// The node ids of the entity ids that cannot be written as they are, by
/// entity id. `entities` are sorted, so the suffixes are deterministic.
pub(crate) fn escaped_ids<'a>(
    entities: &[&'a str],
) -> HashMap<&'a str, String> {
    let plain: HashSet<&str> =
        entities.iter().copied().filter(|id| is_plain_id(id)).collect();
    let mut taken: HashSet<String> = HashSet::new();
    let mut out = HashMap::new();
    for &entity in entities.iter().filter(|id| !plain.contains(*id)) {
        let base = escape(entity);
        let mut id = base.clone();
        let mut n = 1;
        while plain.contains(id.as_str()) || taken.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        taken.insert(id.clone());
        out.insert(entity, id);
    }
    out
}

/// `org:at&t` → `org:at_26_t`; the empty id → `_`.
fn escape(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 8);
    for c in id.chars() {
        if c.is_ascii() && is_plain(c as u8) {
            out.push(c);
        } else {
            write!(out, "_{:x}_", u32::from(c)).expect("writing to a string");
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// Drops the characters XML 1.0 does not allow.
pub(crate) fn xml_safe(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    };
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

/// Text for an attribute value between double quotes: without the
/// characters XML 1.0 forbids, with `&`, `<`, `>` and `"` escaped, and
/// tabs and line breaks as character references, which a parser keeps
/// (it turns them into spaces when written as they are).
pub(crate) fn attribute_value(s: &str) -> Cow<'_, str> {
    let special =
        |c: char| matches!(c, '&' | '<' | '>' | '"' | '\t' | '\n' | '\r');
    let safe = xml_safe(s);
    if !safe.contains(special) {
        return safe;
    }
    let mut out = String::with_capacity(safe.len() + 16);
    for c in safe.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{attribute_value, escape, escaped_ids, is_plain_id, xml_safe};

    #[test]
    fn plain_ids_stay_and_others_are_escaped() {
        // (entity id, plain, escaped)
        let rows = [
            ("Q159", true, "Q159"),
            ("theme:defence", true, "theme:defence"),
            ("org:n-va", true, "org:n-va"),
            ("a.b_c", true, "a.b_c"),
            ("org:at&t", false, "org:at_26_t"),
            ("Zorblax Ltd", false, "Zorblax_20_Ltd"),
            ("a\u{7}b", false, "a_7_b"),
            ("józef", false, "j_f3_zef"),
            ("", false, "_"),
        ];
        for (id, plain, escaped) in rows {
            assert_eq!(is_plain_id(id), plain, "{id:?}");
            assert_eq!(escape(id), escaped, "{id:?}");
        }
    }

    #[test]
    fn escaped_ids_are_unique() {
        // `a_20_b` is a plain id and the escape of `a b`; `a\tb`... differ.
        let mut entities = vec!["a b", "a_20_b", "a_20_b-2", "ab", "a\u{7}b"];
        entities.sort_unstable();
        let ids = escaped_ids(&entities);
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert_eq!(ids["a b"], "a_20_b-3");
        assert_eq!(ids["a\u{7}b"], "a_7_b");
        assert!(!ids.contains_key("ab"));
    }

    #[test]
    fn forbidden_characters_are_dropped() {
        assert_eq!(xml_safe("a\u{0}b\u{1F}c\u{FFFE}d\te😀"), "abcd\te😀");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn attribute_values_keep_their_characters() {
        // (value, escaped)
        let rows = [
            ("plain", "plain"),
            ("a&b<c>d\"e'f", "a&amp;b&lt;c&gt;d&quot;e'f"),
            ("tab\tline\nreturn\r", "tab&#9;line&#10;return&#13;"),
            ("bell\u{7}gone", "bellgone"),
            ("😀 é", "😀 é"),
        ];
        for (value, escaped) in rows {
            assert_eq!(attribute_value(value), escaped, "{value:?}");
        }
    }
}
