//! The default gazetteers, embedded at compile time and parsed on first use.

use once_cell::sync::Lazy;

use super::{Gazetteer, GazetteerBuilder, Kind};

macro_rules! gazetteer_file {
    ($name:literal) => {
        (
            concat!("gazetteers/", $name),
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/gazetteers/",
                $name
            )),
        )
    };
}

/// (file name, contents) of every built-in entity file, in load order.
const FILES: [(&str, &str); 14] = [
    gazetteer_file!("countries.tsv"),
    gazetteer_file!("regions.tsv"),
    gazetteer_file!("regions-world.tsv"),
    gazetteer_file!("geography.tsv"),
    gazetteer_file!("cities.tsv"),
    gazetteer_file!("cities-world.tsv"),
    gazetteer_file!("places-nl-be.tsv"),
    gazetteer_file!("villages-nl-be.tsv"),
    gazetteer_file!("places-sr-caribbean.tsv"),
    gazetteer_file!("landmarks.tsv"),
    gazetteer_file!("landmarks-world.tsv"),
    gazetteer_file!("people.tsv"),
    gazetteer_file!("organisations.tsv"),
    gazetteer_file!("themes.tsv"),
];

/// The reviewed list of forms that name more than one entity.
const AMBIGUOUS: (&str, &str) = gazetteer_file!("ambiguous.tsv");

/// Parses the embedded files.
pub(super) fn parse() -> crate::Result<Gazetteer> {
    let mut builder = GazetteerBuilder::new();
    for (name, text) in FILES {
        let stem =
            name.trim_start_matches("gazetteers/").trim_end_matches(".tsv");
        builder.read_tsv(name, text.as_bytes(), Kind::from_file_stem(stem))?;
    }
    builder.read_ambiguous_tsv(AMBIGUOUS.0, AMBIGUOUS.1.as_bytes())?;
    builder.into_gazetteer()
}

/// Parsed once; the data is tested in CI, so a failure here is a bug in the
/// shipped files, not in user input.
pub(super) static BUILTIN: Lazy<Gazetteer> =
    Lazy::new(|| parse().expect("built-in gazetteers are valid"));
