//! Whole extractions of the real news pages in `tests/fixtures/` with the
//! built-in gazetteers: YAML snapshots of everything, plus explicit checks
//! of what must (and must not) be found.
//!
//! After an intended change of output, review the snapshots with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test --test seeds`
//! and read the diff in `tests/snapshots/`) before committing them: a
//! snapshot that records a wrong answer is a bug.

use newsgraph::{Extraction, Extractor, Form, Gazetteer, Kind, Role};

fn extractor() -> Extractor {
    Extractor::new(Gazetteer::builtin()).expect("built-in extractor")
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture exists")
}

/// Span invariants that must hold before anything is snapshotted.
fn check_spans(text: &str, x: &Extraction) {
    for m in &x.mentions {
        assert_eq!(m.text, text[m.span.range()], "span slices its surface");
        assert_eq!(
            m.char_span.start,
            text[..m.span.start].chars().count(),
            "char span of {:?}",
            m.text
        );
    }
}

/// One mention per line: easier to review than YAML.
fn render(x: &Extraction) -> String {
    let mut out = String::new();
    for m in &x.mentions {
        out.push_str(&format!(
            "{:>5}..{:<5} item {:<2} {:<8} {:<9} {:<12} {:<14} {:?} = {}\n",
            m.span.start,
            m.span.end,
            m.item.map_or("-".to_string(), |i| i.get().to_string()),
            format!("{:?}", m.role).to_lowercase(),
            format!("{:?}", m.form).to_lowercase(),
            m.kind.as_str(),
            m.entity,
            m.text,
            m.name,
        ));
    }
    out
}

#[test]
fn snapshots() {
    let extractor = extractor();
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let id = path.file_name().unwrap().to_string_lossy();
        let extraction = extractor.extract_document(id, None, &text);
        check_spans(&text, &extraction);
        insta::assert_snapshot!("mentions", render(&extraction));
        insta::with_settings!({ omit_expression => true, sort_maps => true }, {
            insta::assert_yaml_snapshot!("extraction", extraction);
        });
    });
}

/// Finds a mention by surface text (and role); panics with the list of
/// mentions if there is none.
fn find<'a>(
    x: &'a Extraction,
    text: &str,
    role: Role,
) -> &'a newsgraph::Mention {
    x.mentions
        .iter()
        .find(|m| m.text == text && m.role == role)
        .unwrap_or_else(|| {
            let all: Vec<String> = x
                .mentions
                .iter()
                .map(|m| format!("{}:{:?}", m.text, m.role))
                .collect();
            panic!("no {role:?} mention {text:?}; found {all:?}")
        })
}

/// `(surface, entity id or name part, kind)` found in the body or headline.
type Expect = (&'static str, &'static str, Kind);

fn check_found(x: &Extraction, expected: &[Expect]) {
    for &(text, who, kind) in expected {
        let m = x
            .mentions
            .iter()
            .find(|m| {
                m.text == text && matches!(m.role, Role::Body | Role::Headline)
            })
            .unwrap_or_else(|| panic!("{text:?} ({who}) not found"));
        assert!(
            &*m.entity == who || m.name.contains(who),
            "{text:?} is {} ({}), want {who}",
            m.entity,
            m.name
        );
        assert_eq!(m.kind, kind, "{text:?}");
    }
}

#[test]
fn first_seed_has_the_expected_entities() {
    let text = fixture("000_5d674794cd6871d4.txt");
    let x = extractor().extract(&text);
    use Kind::*;
    check_found(
        &x,
        &[
            ("Rusland", "Q159", Country),
            ("Russische", "Q159", Country),
            ("Russen", "Q159", Country),
            ("Iran", "Q794", Country),
            ("Iraanse", "Q794", Country),
            ("Noord-Korea", "Q423", Country),
            ("Noord-Koreanen", "Q423", Country),
            ("Oekraïne", "Q212", Country),
            ("Oekraïense", "Q212", Country),
            ("Israël", "Q801", Country),
            ("Sergej Lavrov", "Lavrov", Person),
            ("Lavrov", "Lavrov", Person),
            ("Masoud Pezeshkian", "Pezeshkian", Person),
            ("Vladimir Poetin", "Q7747", Person),
            ("Hamas", "Hamas", Organisation),
            ("Hezbollah", "Hezbollah", Organisation),
            ("Midden-Oosten", "Middle East", Region),
            ("Kaja Kallas", "Kallas", Person),
            ("Kallas", "Kallas", Person),
            ("EU", "Q458", Organisation),
            ("Hongarije", "Q28", Country),
            ("Zuid-Korea", "Q884", Country),
            ("Venezolaanse", "Q717", Country),
            ("Mexico", "Q96", Country),
            ("Amerikaanse", "Q30", Country),
            ("Kim Jong-un", "Kim Jong", Person),
            ("Nemesio Oseguera Cervantes", "Oseguera", Person),
            ("El Mencho", "Oseguera", Person),
            ("KCNA", "KCNA", Organisation),
            ("Reuters", "Reuters", Organisation),
            // `In de regio Odesa`: the cue word makes it the oblast.
            ("Odesa", "Q171852", Region),
            ("Zaporizja", "Zaporizhzhia", Place),
            ("Charkiv", "Kharkiv", Place),
            ("Seoul", "Seoul", Place),
            ("Moskou", "Moscow", Place),
        ],
    );
    // `Lavrov` alone names him on its own: a short name.
    assert_eq!(find(&x, "Lavrov", Role::Body).form, Form::Short);
    // The EU in three hyphen compounds.
    let eu = x
        .mentions
        .iter()
        .filter(|m| &*m.entity == "Q458" && m.text == "EU")
        .count();
    assert_eq!(eu, 3, "EU-buitenlandchef, EU-sanctiepakket, EU-ministers");
    for (place, who) in [
        ("MOSKOU", "Moscow"),
        ("BRUSSEL", "Brussels"),
        ("KYIV", "Kyiv"),
        ("SEOUL", "Seoul"),
        ("CARACAS", "Caracas"),
        ("GUADALAJARA", "Guadalajara"),
        ("WASHINGTON", "Washington"),
        ("PYONGYANG", "Pyongyang"),
    ] {
        let m = find(&x, place, Role::Dateline);
        assert!(m.name.contains(who), "{place} is {}", m.name);
        assert_eq!(m.kind, Kind::Place);
    }
    for agency in ["ANP", "RTR", "AFP"] {
        assert_eq!(find(&x, agency, Role::Source).kind, Kind::Organisation);
    }
    assert_eq!(
        find(&x, "RTR", Role::Source).entity,
        find(&x, "Reuters", Role::Body).entity
    );
}

#[test]
fn second_seed_has_the_expected_entities() {
    let text = fixture("001_a02a3968b7581e14.txt");
    let x = extractor().extract(&text);
    use Kind::*;
    check_found(
        &x,
        &[
            ("Vladimir Poetin", "Q7747", Person),
            ("Poetin", "Q7747", Person),
            ("Pezeshkian", "Pezeshkian", Person),
            ("Kremlin", "Kremlin", Organisation),
            ("Marius Borg Høiby", "Høiby", Person),
            ("Mette-Marit", "Mette-Marit", Person),
            ("Marta Kos", "Kos", Person),
            ("FSB", "FSB", Organisation),
            ("Duitsland", "Q183", Country),
            ("Litouwen", "Q37", Country),
            ("Europees Parlement", "Q8889", Organisation),
            ("EVP", "People", Organisation),
            ("Keir Starmer", "Starmer", Person),
            ("Kemi Badenoch", "Badenoch", Person),
            ("Sky News", "Sky News", Organisation),
            ("Britse", "Q145", Country),
            ("Oslo", "Oslo", Place),
        ],
    );
    // `Pezeshkians`: the genitive `s` is outside the span.
    let genitive = text.find("Pezeshkians").unwrap();
    let m = x
        .mentions
        .iter()
        .find(|m| m.span.start == genitive)
        .expect("Pezeshkians");
    assert_eq!(m.text, "Pezeshkian");
    assert!(m.name.contains("Pezeshkian"));
    assert_eq!(find(&x, "Poetin", Role::Body).form, Form::Short);
    for (place, who) in [
        ("STRAATSBURG", "Strasbourg"),
        ("BERLIJN", "Berlin"),
        ("LONDEN", "London"),
        ("OSLO", "Oslo"),
    ] {
        assert!(find(&x, place, Role::Dateline).name.contains(who), "{place}");
    }
}

#[test]
fn the_seeds_themes_are_found() {
    let x0 = extractor().extract(&fixture("000_5d674794cd6871d4.txt"));
    let x1 = extractor().extract(&fixture("001_a02a3968b7581e14.txt"));
    let themes: Vec<(&str, &str)> = x0
        .mentions
        .iter()
        .chain(&x1.mentions)
        .filter(|m| m.kind == Kind::Theme)
        .map(|m| (m.text.as_str(), &*m.name))
        .collect();
    let has = |word: &str, theme: &str| {
        themes.iter().any(|(t, n)| {
            t.eq_ignore_ascii_case(word) && n.to_lowercase().contains(theme)
        })
    };
    for word in [
        "defensiesamenwerking",
        "defensie",
        "defensiegebied",
        "wapentuig",
        "drones",
        "raketten",
        "kamikazedrones",
        "luchtafweer",
    ] {
        assert!(has(word, "defen"), "{word} is defence; themes: {themes:?}");
    }
    for word in ["sancties", "sanctiepakket"] {
        assert!(
            has(word, "sanction"),
            "{word} is sanctions; themes: {themes:?}"
        );
    }
}

#[test]
fn nothing_false_in_the_seeds() {
    for name in ["000_5d674794cd6871d4.txt", "001_a02a3968b7581e14.txt"] {
        let text = fixture(name);
        let x = extractor().extract(&text);
        for m in &x.mentions {
            // No Islamic State in `Het is`: acronyms only in capitals.
            if m.text.chars().any(char::is_lowercase) && m.text.len() <= 3 {
                assert!(
                    matches!(m.form, Form::Partial | Form::Short)
                        || m.kind == Kind::Theme,
                    "short lower-case match {m:?}"
                );
            }
            // Never inside a longer word (themes may be), except a
            // dateline glued to the age before it: `geledenKYIV`.
            if m.kind != Kind::Theme {
                let before = text[..m.span.start].chars().next_back();
                let before = before.filter(|_| {
                    !(m.role == Role::Dateline
                        && text[..m.span.start].ends_with("geleden"))
                });
                let after = text[m.span.end..].chars().next();
                let genitive = after == Some('s');
                assert!(
                    !before.is_some_and(char::is_alphanumeric),
                    "{m:?} starts inside a word"
                );
                assert!(
                    !after.is_some_and(char::is_alphanumeric) || genitive,
                    "{m:?} ends inside a word"
                );
            }
            // Agencies are credits in datelines, not body mentions.
            if ["ANP", "AFP", "RTR"].contains(&m.text.as_str()) {
                assert_eq!(m.role, Role::Source, "{m:?}");
            }
        }
        // The word `is` is never Islamic State (`IS`).
        assert!(!x.mentions.iter().any(|m| m.text == "is" || m.text == "Is"));
    }
}

#[test]
fn each_seed_is_eight_items_with_datelines_and_ages() {
    let cases = [
        (
            "000_5d674794cd6871d4.txt",
            [
                "MOSKOU",
                "BRUSSEL",
                "KYIV",
                "SEOUL",
                "CARACAS",
                "GUADALAJARA",
                "WASHINGTON",
                "PYONGYANG",
            ],
            "8 uur geleden",
        ),
        (
            "001_a02a3968b7581e14.txt",
            [
                "MOSKOU",
                "OSLO",
                "STRAATSBURG",
                "MOSKOU",
                "BERLIJN",
                "STRAATSBURG",
                "STRAATSBURG",
                "LONDEN",
            ],
            "2 uur geleden",
        ),
    ];
    for (name, places, last_age) in cases {
        let text = fixture(name);
        let x = extractor().extract(&text);
        assert_eq!(x.items.len(), 8, "{name}");
        let got: Vec<&str> = x
            .items
            .iter()
            .map(|i| i.dateline.as_ref().unwrap().place.as_str())
            .collect();
        assert_eq!(got, places, "{name}");
        let main = &x.items[0];
        assert!(
            main.headline.is_some() && main.age.is_none(),
            "{name}: main article"
        );
        for item in &x.items[1..] {
            assert!(
                item.age.is_some(),
                "{name}: ticker item {} has an age",
                item.id.get()
            );
            assert_eq!(item.section.as_deref(), Some("Meer uit Buitenland"));
            assert!(!item.dateline.as_ref().unwrap().agencies.is_empty());
        }
        assert_eq!(x.items[7].age.as_ref().unwrap().text, last_age, "{name}");
    }
}
