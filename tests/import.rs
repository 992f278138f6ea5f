//! Gazetteer import: every sample of `tests/import/` (one folder a format,
//! written for these tests in the formats' real shapes, with redirects,
//! deleted items, missing labels, unsupported patterns and malformed
//! lines) is imported; the counts, the problems with file and line, and
//! the TSV files (insta snapshots) are checked, and every output loads
//! beside the built-in gazetteers with each `country` naming a country.
//!
//! After an intended change of output: `INSTA_UPDATE=always cargo test
//! --test import` and read the diff (or `cargo insta review`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use newsgraph::import::{Format, ImportReport, Importer};
use newsgraph::{Gazetteer, Kind};

const SAMPLES: &str = "tests/import";

fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("newsgraph-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// An importer as the command sets it up: the built-in countries, the
/// built-in ids left out, a fixed date.
fn importer(format: Format) -> Importer {
    let builtin = Gazetteer::builtin();
    let mut importer = Importer::new(format);
    importer
        .countries(
            builtin
                .entities()
                .iter()
                .filter(|e| e.kind() == Kind::Country)
                .map(|e| e.id().to_string()),
        )
        .leave_out(builtin.entities().iter().map(|e| e.id().to_string()))
        .date("2026-12-02");
    importer
}

/// The files of an output folder, each under its name.
fn render(dir: &Path) -> String {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut out = String::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        assert!(name.ends_with(".tsv"), "left behind: {name}");
        out.push_str(&format!("=== {name}\n"));
        out.push_str(&std::fs::read_to_string(&file).unwrap());
    }
    out
}

/// The output loads beside the built-in gazetteers, and every `country`
/// names a country there.
fn assert_loads(dir: &Path, report: &ImportReport) {
    let mut builder = Gazetteer::builtin().to_builder();
    builder.load_path(dir).unwrap();
    let g = builder.build().unwrap();
    assert_eq!(
        g.len() as u64,
        Gazetteer::builtin().len() as u64 + report.written()
    );
    for e in g.entities() {
        if let Some(country) = e.country_id() {
            let c = g.find(country).and_then(|id| g.get(id));
            assert!(
                c.is_some_and(|c| c.kind() == Kind::Country),
                "{}: country {country}",
                e.id()
            );
        }
    }
}

struct Case {
    name: &'static str,
    format: Format,
    inputs: &'static [&'static str],
    kind: Option<Kind>,
    written: &'static [(Kind, u64)],
    skipped: &'static [(&'static str, u64)],
    /// `file:line: ` and the start of each problem's message, in order.
    problems: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "spacy",
        format: Format::Spacy,
        inputs: &["spacy/patterns.jsonl"],
        kind: None,
        written: &[
            (Kind::Person, 1),
            (Kind::Place, 2),
            (Kind::Organisation, 2),
        ],
        skipped: &[
            ("form with |", 1),
            ("label not mapped (NORP)", 1),
            ("malformed line", 2),
            ("no usable name", 1),
            ("pattern of an id with another kind", 1),
            ("unsupported pattern (IN)", 1),
            ("unsupported pattern (OP)", 1),
            ("unsupported pattern (POS)", 1),
            ("unsupported pattern (REGEX)", 1),
        ],
        problems: &[
            "spacy/patterns.jsonl:8: a gazetteer form cannot express OP",
            "spacy/patterns.jsonl:9: a gazetteer form cannot express REGEX",
            "spacy/patterns.jsonl:10: a gazetteer form cannot express IN",
            "spacy/patterns.jsonl:11: a gazetteer form cannot express POS",
            "spacy/patterns.jsonl:12: not a JSON object: EOF while parsing",
            "spacy/patterns.jsonl:13: no \"label\"",
            "spacy/patterns.jsonl:18: label PERSON of \"org:zorblax\" is not the kind (organisation)",
        ],
    },
    Case {
        name: "gate",
        format: Format::Gate,
        inputs: &["gate/lists.def"],
        kind: None,
        written: &[
            (Kind::Region, 1),
            (Kind::Place, 3),
            (Kind::Organisation, 2),
        ],
        skipped: &[
            ("list type not mapped (person_first)", 1),
            ("malformed line", 5),
        ],
        problems: &[
            "gate/city.lst:5: empty entry",
            "gate/city.lst:6: feature \"capital\" is not key=value",
            "gate/company.lst:3: invalid utf-8",
            "gate/lists.def:5: cannot read missing.lst",
            "gate/lists.def:6: expected file.lst:majorType",
        ],
    },
    Case {
        name: "wikidata",
        format: Format::Wikidata,
        inputs: &["wikidata/dump.json"],
        kind: None,
        written: &[
            (Kind::Person, 2),
            (Kind::Country, 1),
            (Kind::Place, 1),
            (Kind::Organisation, 1),
        ],
        skipped: &[
            ("deleted", 1),
            ("form starting with = or * or ending with *", 1),
            ("form with |", 1),
            ("id already in the gazetteers", 1),
            ("instance of no chosen class", 2),
            ("malformed line", 2),
            ("no label in nl, en", 1),
            ("no usable name", 1),
            ("not an item (lexeme)", 1),
            ("not an item (property)", 1),
            ("redirect", 1),
        ],
        problems: &[
            "wikidata/dump.json:12: not a JSON entity: EOF while parsing",
            "wikidata/dump.json:13: Q90000012 has no \"type\"",
        ],
    },
    Case {
        name: "wdqs",
        format: Format::Wdqs,
        inputs: &["wdqs/places.csv", "wdqs/people.json"],
        kind: Some(Kind::Place),
        written: &[
            (Kind::Person, 1),
            (Kind::Place, 2),
            (Kind::Organisation, 1),
        ],
        skipped: &[("malformed line", 5), ("no label", 1)],
        problems: &[
            "wdqs/places.csv:4: sitelinks \"many\" is no count",
            "wdqs/places.csv:5: expected 4 cells, found 2",
            "wdqs/places.csv:6: item \"http://www.wikidata.org/entity/P31\" is no Wikidata item",
            "wdqs/people.json:18: unknown kind \"people\"",
            "wdqs/people.json:23: no \"item\" value",
        ],
    },
    Case {
        name: "wdqs-plain-json",
        format: Format::Wdqs,
        inputs: &["wdqs/organisations.json"],
        kind: Some(Kind::Organisation),
        written: &[(Kind::Organisation, 2)],
        skipped: &[("no label", 1)],
        problems: &[],
    },
];

#[test]
fn every_sample_imports_loads_and_matches_its_snapshot() {
    for case in CASES {
        let dir = out_dir(case.name);
        let inputs: Vec<String> =
            case.inputs.iter().map(|i| format!("{SAMPLES}/{i}")).collect();
        let mut importer = importer(case.format);
        importer.kind(case.kind);
        let report = importer.run(&inputs, &dir).unwrap();
        let written: BTreeMap<Kind, u64> =
            case.written.iter().copied().collect();
        assert_eq!(report.written, written, "{}", case.name);
        let skipped: BTreeMap<String, u64> = case
            .skipped
            .iter()
            .map(|&(why, n)| (why.to_string(), n))
            .collect();
        assert_eq!(report.skipped, skipped, "{}", case.name);
        let problems: Vec<String> =
            report.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            problems.len(),
            case.problems.len(),
            "{}: {problems:#?}",
            case.name
        );
        for (got, want) in problems.iter().zip(case.problems) {
            let want = format!("{SAMPLES}/{want}");
            assert!(
                got.starts_with(&want),
                "{}: {got}\nwant {want}",
                case.name
            );
        }
        assert_eq!(report.files.len(), case.written.len(), "{}", case.name);
        assert_loads(&dir, &report);
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(case.name, render(&dir));
        });
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn strict_stops_at_the_first_malformed_line() {
    let rows = [
        (Format::Spacy, "spacy/patterns.jsonl", "spacy/patterns.jsonl:12: "),
        (Format::Gate, "gate/lists.def", "gate/city.lst:5: empty entry"),
        (Format::Wikidata, "wikidata/dump.json", "wikidata/dump.json:12: "),
        (Format::Wdqs, "wdqs/places.csv", "wdqs/places.csv:4: "),
    ];
    for (format, input, want) in rows {
        let dir = out_dir("strict");
        let mut importer = importer(format);
        importer.strict(true).kind(Some(Kind::Place));
        let error = importer
            .run(&[format!("{SAMPLES}/{input}")], &dir)
            .unwrap_err()
            .to_string();
        assert!(error.starts_with(&format!("{SAMPLES}/{want}")), "{error}");
        // Nothing is left behind, not even the rows read before.
        let left: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.map(|e| e.unwrap().file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "{input}: {left:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn compressed_dumps_give_the_same_files() {
    let plain =
        std::fs::read(format!("{SAMPLES}/wikidata/dump.json")).unwrap();
    let dir = out_dir("compressed");
    std::fs::create_dir_all(&dir).unwrap();
    let gz = dir.join("dump.json.gz");
    let mut encoder = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    encoder.write_all(&plain).unwrap();
    encoder.finish().unwrap();
    let bz2 = dir.join("dump.json.bz2");
    let mut encoder = bzip2::write::BzEncoder::new(
        std::fs::File::create(&bz2).unwrap(),
        bzip2::Compression::default(),
    );
    encoder.write_all(&plain).unwrap();
    encoder.finish().unwrap();
    let without_sources = |out: &Path| {
        render(out)
            .lines()
            .filter(|l| !l.starts_with("# source: "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut renders = Vec::new();
    for input in
        [PathBuf::from(format!("{SAMPLES}/wikidata/dump.json")), gz, bz2]
    {
        let out = dir.join(format!(
            "out-{}",
            input.extension().unwrap().to_string_lossy()
        ));
        let report = importer(Format::Wikidata).run(&[&input], &out).unwrap();
        assert_eq!(report.written(), 5);
        renders.push(without_sources(&out));
    }
    assert_eq!(renders[0], renders[1], "gzip");
    assert_eq!(renders[0], renders[2], "bzip2");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn inputs_that_are_no_file_of_the_format_fail() {
    let dir = out_dir("fail");
    std::fs::create_dir_all(&dir).unwrap();
    let empty_def = dir.join("lists.def");
    std::fs::write(&empty_def, "// nothing\n\n").unwrap();
    let csv = dir.join("no-item.csv");
    std::fs::write(&csv, "name,label\nx,y\n").unwrap();
    let rows = [
        (Format::Gate, empty_def.clone(), "names no list file"),
        (Format::Wdqs, csv.clone(), "the header has no \"item\" column"),
        (Format::Spacy, dir.join("missing.jsonl"), "No such file"),
    ];
    for (format, input, want) in rows {
        let error = importer(format)
            .run(&[&input], dir.join("out"))
            .unwrap_err()
            .to_string();
        assert!(error.contains(want), "{error}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Two imported entities with one name: the import counts it and says so
/// in the files; the files load under the `salient` policy, which gives
/// the name to the one with the higher salience.
#[test]
fn shared_names_are_counted_and_load_with_a_policy() {
    use newsgraph::gazetteer::SharedNames;

    let dir = out_dir("shared");
    std::fs::create_dir_all(&dir).unwrap();
    let result = dir.join("people.csv");
    std::fs::write(
        &result,
        "item,itemLabel,sitelinks\n\
         http://www.wikidata.org/entity/Q90000201,Jan de Klaver,3\n\
         http://www.wikidata.org/entity/Q90000202,Jan de Klaver,40\n",
    )
    .unwrap();
    let out = dir.join("out");
    let mut importer = importer(Format::Wdqs);
    importer.kind(Some(Kind::Person));
    let report = importer.run(&[&result], &out).unwrap();
    assert_eq!(report.written(), 2);
    assert_eq!(report.shared_forms, 1);
    let people = std::fs::read_to_string(out.join("people.tsv")).unwrap();
    assert!(people.contains("# 1 folded forms are shared"), "{people}");
    assert!(Gazetteer::load_path(&out).is_err(), "rejected by default");
    let mut builder = Gazetteer::builder();
    builder.shared_names(SharedNames::Salient).load_path(&out).unwrap();
    let g = builder.build().unwrap();
    let extractor = newsgraph::Extractor::new(&g).unwrap();
    let mentions = extractor.extract("Jan de Klaver sprak.").mentions;
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].entity.as_ref(), "Q90000202");
    std::fs::remove_dir_all(&dir).unwrap();
}
