//! Loading gazetteers: every bad input gets an error naming the source and
//! the 1-based line; good input loads from readers, files and directories.

use newsgraph::{Entity, Error, Extractor, Gazetteer, Kind};

fn load(tsv: &[u8]) -> Result<Gazetteer, Error> {
    Gazetteer::from_reader("people.tsv", tsv, Some(Kind::Person))
}

fn error_message(tsv: &[u8]) -> String {
    load(tsv).expect_err("input is invalid").to_string()
}

#[test]
fn errors_name_file_and_line() {
    let cases: &[(&str, &[u8], &str)] = &[
        ("missing id", b"id\tname\n\tPoetin\n", "people.tsv:2: missing id"),
        (
            "missing name",
            b"# comment\nid\tname\nQ1\tA\nQ2\t\n",
            "people.tsv:4: missing name for Q2",
        ),
        (
            "duplicate id",
            b"id\tname\nQ1\tA\nQ1\tB\n",
            "people.tsv:3: duplicate id Q1 (first at people.tsv:2)",
        ),
        (
            "empty alias",
            b"id\tname\taliases\nQ1\tA\tB||C\n",
            "people.tsv:2: empty value in column aliases",
        ),
        (
            "trailing separator",
            b"id\tname\taliases\nQ1\tA\tB|\n",
            "people.tsv:2: empty value in column aliases",
        ),
        (
            "form without letters",
            b"id\tname\taliases\nQ1\tA\t*-*\n",
            "people.tsv:2: aliases: form \"*-*\" has no letter or digit",
        ),
        (
            "invalid utf-8",
            b"id\tname\nQ1\tA\nQ2\t\xff\xfe\n",
            "people.tsv:3: invalid utf-8",
        ),
        (
            "too many cells",
            b"id\tname\nQ1\tA\tB\n",
            "people.tsv:2: expected at most 2 tab-separated cells, found 3",
        ),
        ("no id column", b"name\nA\n", "people.tsv:1: header has no \"id\" column"),
        ("no header", b"# only a comment\n", "people.tsv:1: no header row"),
        (
            "unknown kind",
            b"id\tname\tkind\nQ1\tA\tanimal\n",
            "people.tsv:2: unknown kind \"animal\"",
        ),
        (
            "form claimed twice",
            b"id\tname\taliases\nQ1\tGeorgia\t\nQ2\tGeorgia (US state)\tgeorgia\n",
            "people.tsv:3: form \"georgia\" of Q2 is already claimed by Q1 \
             (people.tsv:2)",
        ),
        (
            "negative salience",
            b"id\tname\tsalience\nQ1\tA\t3\nQ2\tB\t-1\n",
            "people.tsv:3: salience \"-1\" is not a non-negative integer",
        ),
        (
            "salience with decimals",
            b"id\tname\tsalience\nQ1\tA\t2.5\n",
            "people.tsv:2: salience \"2.5\" is not a non-negative integer",
        ),
        (
            "salience with a sign",
            b"id\tname\tsalience\nQ1\tA\t+7\n",
            "people.tsv:2: salience \"+7\" is not a non-negative integer",
        ),
        (
            "salience in words",
            b"id\tname\tsalience\nQ1\tA\thigh\n",
            "people.tsv:2: salience \"high\" is not a non-negative integer",
        ),
        (
            "salience past u64",
            b"id\tname\tsalience\nQ1\tA\t18446744073709551616\n",
            "people.tsv:2: salience \"18446744073709551616\" is too large",
        ),
        (
            "claimed twice after folding",
            b"id\tname\taliases\nQ1\tKi\xc3\xabv\t\nQ2\tX\tKIEV\n",
            "people.tsv:3: form \"KIEV\" of Q2 is already claimed by Q1",
        ),
    ];
    for (what, tsv, want) in cases {
        let message = error_message(tsv);
        assert!(message.starts_with(want), "{what}: got {message:?}");
    }
}

#[test]
fn kind_comes_from_the_file_name_or_a_column() {
    let err =
        Gazetteer::from_reader("misc.tsv", &b"id\tname\nQ1\tA\n"[..], None)
            .unwrap_err();
    assert!(err.to_string().starts_with("misc.tsv:2: no kind"), "{err}");
    let g = Gazetteer::from_reader(
        "misc.tsv",
        &b"id\tname\tkind\nQ1\tA\ttheme\n"[..],
        None,
    )
    .unwrap();
    assert_eq!(g.entities()[0].kind(), Kind::Theme);
}

#[test]
fn shared_partials_and_distinct_acronyms_are_not_conflicts() {
    let g = load(
        b"id\tname\taliases\tpartials\nA\tKim Jong-un\t\tKim\nB\tKim Yo-jong\t\tKim\n\
          C\tAssociated Press\tAP\t\nD\tAp Corp\t=Ap\t\n",
    );
    // `AP` and `=Ap` differ only in case but `=Ap` also matches `AP`:
    // that is a conflict; two partials are not.
    let message = g.unwrap_err().to_string();
    assert!(
        message.contains("form \"Ap\" of D is already claimed by C"),
        "{message}"
    );
    let g = load(
        b"id\tname\taliases\tpartials\nA\tKim Jong-un\t\tKim\nB\tKim Yo-jong\t\tKim\n\
          C\tAssociated Press\tAP\t\nD\tA P Corp\tA.P.\t\n",
    );
    assert!(g.is_ok());
}

#[test]
fn declared_ambiguous_forms_are_reported_and_not_matched() {
    let mut builder = Gazetteer::builder();
    builder
        .read_tsv(
            "places.tsv",
            &b"id\tname\taliases\nQ230\tGeorgia (country)\tGeorgia\nQ1428\tGeorgia (US state)\tGeorgia\n"[..],
            Some(Kind::Place),
        )
        .unwrap()
        .read_ambiguous_tsv(
            "ambiguous.tsv",
            &b"form\tids\tnote\nGeorgia\tQ230|Q1428\tcountry or US state\n"[..],
        )
        .unwrap();
    let g = builder.build().unwrap();
    assert_eq!(g.ambiguities().len(), 1);
    assert_eq!(g.ambiguities()[0].ids, ["Q1428", "Q230"]);
    let extractor = Extractor::new(&g).unwrap();
    assert!(extractor.extract("Naar Georgia.").mentions.is_empty());
}

#[test]
fn directories_load_in_name_order_and_errors_name_the_path() {
    let dir = std::env::temp_dir()
        .join(format!("newsgraph-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("people.tsv"),
        "id\tname\nQ7747\tVladimir Putin\n",
    )
    .unwrap();
    std::fs::write(dir.join("countries.tsv"), "id\tname\nQ159\tRussia\n")
        .unwrap();
    std::fs::write(dir.join("notes.txt"), "not a gazetteer").unwrap();
    let g = Gazetteer::load_path(&dir).unwrap();
    let ids: Vec<&str> =
        g.entities().iter().map(newsgraph::Entity::id).collect();
    assert_eq!(ids, ["Q159", "Q7747"]);
    assert_eq!(g.entities()[1].kind(), Kind::Person);

    std::fs::write(dir.join("themes.tsv"), "id\tname\n\tx\n").unwrap();
    let message = Gazetteer::load_path(&dir).unwrap_err().to_string();
    let path = dir.join("themes.tsv");
    assert_eq!(message, format!("{}:2: missing id", path.display()));

    let missing = dir.join("missing.tsv");
    let message = Gazetteer::load_path(&missing).unwrap_err().to_string();
    assert!(message.starts_with(&missing.display().to_string()), "{message}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn extra_columns_are_attributes() {
    let g = load(
        b"id\tname\tcountry\trole\nQ7747\tVladimir Putin\tQ159\tPresident\n",
    )
    .unwrap();
    let putin = &g.entities()[0];
    assert_eq!(putin.country_id(), Some("Q159"));
    assert_eq!(putin.attributes()["role"], "President");
}

#[test]
fn salience_is_an_optional_integer_and_no_attribute() {
    // (cell, salience): an empty cell or a missing column is no salience.
    let cases: &[(&str, Option<u64>)] = &[
        ("0", Some(0)),
        ("7", Some(7)),
        ("007", Some(7)),
        (" 412 ", Some(412)),
        ("18446744073709551615", Some(u64::MAX)),
        ("", None),
    ];
    for &(cell, want) in cases {
        let tsv = format!("id\tname\tsalience\trole\nQ1\tA\t{cell}\tx\n");
        let g = load(tsv.as_bytes()).unwrap();
        let entity = &g.entities()[0];
        assert_eq!(entity.salience(), want, "cell {cell:?}");
        assert!(!entity.attributes().contains_key("salience"), "{cell:?}");
        assert_eq!(entity.attributes()["role"], "x");
    }
    let g = load(b"id\tname\nQ1\tA\n").unwrap();
    assert_eq!(g.entities()[0].salience(), None);
    let g = load(b"id\tname\tsalience\nQ1\tA\n").unwrap();
    assert_eq!(g.entities()[0].salience(), None, "a left-out last cell");
    let entity = Entity::new("Q90", "Paris", Kind::Place).with_salience(250);
    assert_eq!(entity.salience(), Some(250));
    assert_eq!(Entity::new("Q1", "A", Kind::Place).salience(), None);
}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    fn assert_auto<
        T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe,
    >() {
    }
    assert_auto::<Gazetteer>();
    assert_auto::<Extractor>();
    assert_auto::<newsgraph::Extraction>();
    assert_auto::<newsgraph::matcher::Matcher>();
    assert_auto::<newsgraph::segment::NewsSegmenter>();
    fn assert_send_sync<T: Send + Sync>() {}
    // io::Error inside is not unwind-safe.
    assert_send_sync::<Error>();
}

/// A form may be shared by any number of entities (here as a partial by
/// a hundred): each is still told apart by the full name before it. There
/// used to be a silent cap of 64 claims per form.
#[test]
fn a_form_shared_by_many_entities_has_no_cap() {
    let mut b = Gazetteer::builder();
    for i in 0..100 {
        b.add(
            Entity::new(
                format!("p{i}"),
                format!("Jan{i} Jansen"),
                Kind::Person,
            )
            .partial("Jansen"),
        );
    }
    let extractor = Extractor::new(&b.build().unwrap()).unwrap();
    for i in [0, 63, 64, 99] {
        let text = format!("Jan{i} Jansen kwam. Jansen ging.");
        let ids: Vec<String> = extractor
            .extract(&text)
            .mentions
            .iter()
            .map(|m| m.entity.to_string())
            .collect();
        assert_eq!(ids, [format!("p{i}"), format!("p{i}")], "{text}");
    }
}

/// A form written in more distinct ways than a match can record is a
/// clear build error, not a silent cut.
#[test]
fn too_many_spellings_of_one_form_is_an_error() {
    let mut b = Gazetteer::builder();
    for i in 0..65u32 {
        // =Abcdefg with its letters' case set by the bits of i: a distinct
        // case-sensitive spelling of one folded form each.
        let written: String = "abcdefg"
            .chars()
            .enumerate()
            .map(
                |(k, c)| {
                    if i >> k & 1 == 1 { c.to_ascii_uppercase() } else { c }
                },
            )
            .collect();
        b.add(
            Entity::new(format!("e{i}"), format!("Naam {i}"), Kind::Person)
                .partial(&format!("={written}")),
        );
    }
    let gazetteer = b.build().unwrap();
    let error = Extractor::new(&gazetteer).unwrap_err().to_string();
    assert!(error.contains("more than 64 distinct ways"), "{error}");
}

/// A short name may be shared by people (settled per document), but never
/// be another entity's full form: that is a conflict at load.
#[test]
fn short_names_share_with_short_names_only() {
    let shared = "id\tname\tshort\nA\tKim Jong-un\tKim\nB\tKim Yo-jong\tKim\n";
    let g = load(shared.as_bytes()).unwrap();
    let forms: Vec<(&str, &[String])> = g
        .shared_short_names()
        .iter()
        .map(|a| (a.form.as_str(), &a.ids[..]))
        .collect();
    assert_eq!(forms, [("kim", &["A".to_string(), "B".to_string()][..])]);
    assert!(g.ambiguities().is_empty());

    let clash = "id\tname\tshort\nA\tJordan Peterson\tJordan\nB\tJordan\t\n";
    let message = error_message(clash.as_bytes());
    assert!(
        message.starts_with(
            "people.tsv:2: form \"Jordan\" of A is already claimed by B \
             (people.tsv:3)"
        ),
        "{message}"
    );
}
