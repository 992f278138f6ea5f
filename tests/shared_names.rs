//! Names that several entities share, under each policy of
//! `GazetteerBuilder::shared_names`: one table row per case, positive and
//! negative, each checked for what the text yields and what the build
//! report lists.

use newsgraph::gazetteer::{BuildReport, SharedNames};
use newsgraph::{Extractor, Gazetteer, Kind};

use SharedNames::{Reject, Salient, Skip};

/// Builds `tsv` (as `places.tsv`) under `policy`.
fn build(tsv: &str, policy: SharedNames) -> Result<Gazetteer, String> {
    let mut builder = Gazetteer::builder();
    builder
        .read_tsv("places.tsv", tsv.as_bytes(), Some(Kind::Place))
        .map_err(|e| e.to_string())?;
    builder.shared_names(policy).build().map_err(|e| e.to_string())
}

/// `form: kept_by > other|other` per resolved form, `form: -other|other`
/// per skipped one, by string id.
fn render(g: &Gazetteer, report: &BuildReport) -> Vec<String> {
    let id = |e| g.get(e).expect("entity").id().to_string();
    let ids = |es: &[newsgraph::EntityId]| {
        es.iter().map(|&e| id(e)).collect::<Vec<_>>().join("|")
    };
    let resolved = report.resolved.iter().map(|s| {
        let kept = id(s.kept_by.expect("a winner"));
        format!("{}: {kept} > {}", s.form, ids(&s.others))
    });
    let skipped = report
        .skipped
        .iter()
        .map(|s| format!("{}: -{}", s.form, ids(&s.others)));
    resolved.chain(skipped).collect()
}

/// The entity ids the text mentions, in text order.
fn mentioned(g: &Gazetteer, text: &str) -> Vec<String> {
    let mut builder = Extractor::builder();
    builder.discover(false);
    let extractor = builder.build(g).expect("extractor");
    let extraction = extractor.extract(text);
    extraction.mentions.iter().map(|m| m.entity.to_string()).collect()
}

const PARIS: &str = "id\tname\taliases\tsalience\n\
                     Q830149\tParis, Texas\tParis\t40\n\
                     Q90\tParis\tParijs\t250\n";

/// (name, policy, gazetteer, text, mentioned ids, report lines).
type Case = (
    &'static str,
    SharedNames,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    // The most salient keeps the form; the other keeps it as a partial.
    (
        "salient010",
        Salient,
        PARIS,
        "Paris is groot.",
        &["Q90"],
        &["paris: Q90 > Q830149"],
    ),
    (
        "salient020 loser keeps a partial",
        Salient,
        PARIS,
        "Paris, Texas is klein. Paris ligt in Texas.",
        &["Q830149", "Q830149"],
        &["paris: Q90 > Q830149"],
    ),
    (
        "salient030 partial needs the full name first",
        Salient,
        PARIS,
        "Paris ligt in Texas. Paris, Texas is klein.",
        &["Q90", "Q830149"],
        &["paris: Q90 > Q830149"],
    ),
    (
        "salient040 a tie goes to the shortest id",
        Salient,
        "id\tname\tsalience\nQ1000\tGeorgia\t7\nQ90\tGeorgia\t7\n",
        "In Georgia.",
        &["Q90"],
        &["georgia: Q90 > Q1000"],
    ),
    (
        "salient050 the same tie in the other row order",
        Salient,
        "id\tname\tsalience\nQ90\tGeorgia\t7\nQ1000\tGeorgia\t7\n",
        "In Georgia.",
        &["Q90"],
        &["georgia: Q90 > Q1000"],
    ),
    (
        "salient060 ids of one length tie by bytes",
        Salient,
        "id\tname\nQ2\tGeorgia\nQ1\tGeorgia\n",
        "In Georgia.",
        &["Q1"],
        &["georgia: Q1 > Q2"],
    ),
    (
        "salient070 no salience counts lowest, below 0",
        Salient,
        "id\tname\tsalience\nQ1\tGeorgia\t\nQ22\tGeorgia\t0\n",
        "In Georgia.",
        &["Q22"],
        &["georgia: Q22 > Q1"],
    ),
    (
        "salient080 three share, the middle row wins",
        Salient,
        "id\tname\taliases\tsalience\nA\tSpringfield, IL\tSpringfield\t9\n\
         B\tSpringfield, MA\tSpringfield\t30\nC\tSpringfield\t\t2\n",
        "Springfield. Springfield, IL zegt: Springfield.",
        &["B", "A", "A"],
        &["springfield: B > A|C"],
    ),
    (
        "salient090 shared after folding, adjectives too",
        Salient,
        "id\tname\tadjectives\tsalience\nQ1\tKiëv\tKievse\t1\n\
         Q2\tKIEV Corp\tkievse\t5\n",
        "De Kievse lente in Kiëv.",
        &["Q2", "Q1"],
        &["kievse: Q2 > Q1"],
    ),
    (
        "salient100 a short name against a full form",
        Salient,
        "id\tname\tshort\tsalience\nP1\tDonald Trump\tTrump\t300\n\
         O1\tTrump\t\t5\n",
        "Trump sprak.",
        &["P1"],
        &["trump: P1 > O1"],
    ),
    (
        "salient110 the full form wins over a short name",
        Salient,
        "id\tname\tshort\tsalience\nP1\tDonald Trump\tTrump\t3\n\
         O1\tTrump\t\t50\n",
        "Trump sprak. Donald Trump sprak. Trump zweeg.",
        &["O1", "P1", "P1"],
        &["trump: O1 > P1"],
    ),
    // Negative rows: nothing shared, nothing settled.
    (
        "salient120 two short names are settled per document",
        Salient,
        "id\tname\tshort\tsalience\nP1\tDonald Trump\tTrump\t3\n\
         P2\tMelania Trump\tTrump\t5\n",
        "Melania Trump kwam. Trump zweeg.",
        &["P2", "P2"],
        &[],
    ),
    (
        "salient130 shared partials are no conflict",
        Salient,
        "id\tname\tpartials\tsalience\nA\tKim Jong-un\tKim\t3\nB\tKim Yo-jong\tKim\t5\n",
        "Kim Yo-jong sprak. Kim zweeg.",
        &["B", "B"],
        &[],
    ),
    // `AP` and `ÀP` are case-sensitive forms written differently, so
    // they do not conflict (both match `AP`: the first row wins, as under
    // reject).
    (
        "salient140 acronyms written differently are no conflict",
        Salient,
        "id\tname\taliases\tsalience\nC\tAssociated Press\tAP\t3\n\
         D\tAp Corp\t\u{c0}P\t5\n",
        "AP meldt het.",
        &["C"],
        &[],
    ),
    (
        "salient150 one entity naming a form twice",
        Salient,
        "id\tname\taliases\nQ1\tUtrecht\tUTRECHT|utrecht\n",
        "In Utrecht.",
        &["Q1"],
        &[],
    ),
    (
        "salient160 a declared ambiguous form stays declared",
        Salient,
        "id\tname\taliases\tsalience\nQ1\tCongo-Kinshasa\tCongo\t9\n\
         Q2\tCongo-Brazzaville\tCongo\t2\n",
        "In Congo.",
        &[],
        &[],
    ),
    // Skip: the form names none of them; their other forms still count.
    (
        "skip010",
        Skip,
        PARIS,
        "Paris is groot. Parijs ook.",
        &["Q90"],
        &["paris: -Q830149|Q90"],
    ),
    (
        "skip020 not even as a partial after the full name",
        Skip,
        PARIS,
        "Paris, Texas is klein. Paris ligt in Texas.",
        &["Q830149"],
        &["paris: -Q830149|Q90"],
    ),
    (
        "skip030 a short name is skipped too",
        Skip,
        "id\tname\tshort\nP1\tDonald Trump\tTrump\nO1\tTrump\t\n",
        "Donald Trump sprak. Trump zweeg.",
        &["P1"],
        &["trump: -O1|P1"],
    ),
    (
        "skip040 two short names are not skipped",
        Skip,
        "id\tname\tshort\nP1\tDonald Trump\tTrump\nP2\tMelania Trump\tTrump\n",
        "Melania Trump kwam. Trump zweeg.",
        &["P2", "P2"],
        &[],
    ),
    (
        "skip050 acronyms written differently are no conflict",
        Skip,
        "id\tname\taliases\nC\tAssociated Press\tAP\nD\tAp Corp\t\u{c0}P\n",
        "AP meldt het.",
        &["C"],
        &[],
    ),
    (
        "skip060 two rows of one spelling of an acronym",
        Skip,
        "id\tname\taliases\nC\tAssociated Press\tAP\nD\tAP Corp\tAP\n",
        "AP meldt het.",
        &[],
        &["ap: -C|D"],
    ),
    // Reject: no shared forms means the same gazetteer as the others.
    (
        "reject010 nothing shared",
        Reject,
        "id\tname\taliases\nQ90\tParis\tParijs\n",
        "Parijs.",
        &["Q90"],
        &[],
    ),
];

#[test]
fn shared_names_table() {
    for &(name, policy, tsv, text, want_ids, want_report) in CASES {
        // The ambiguous Congo row declares its form.
        let g = if name.starts_with("salient160") {
            let mut builder = Gazetteer::builder();
            builder
                .read_tsv("places.tsv", tsv.as_bytes(), Some(Kind::Place))
                .unwrap()
                .declare_ambiguous("Congo", "two countries")
                .shared_names(policy);
            builder.build().map_err(|e| e.to_string())
        } else {
            build(tsv, policy)
        };
        let g = g.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(mentioned(&g, text), want_ids, "{name}: mentions");
        assert_eq!(
            render(&g, g.build_report()),
            want_report,
            "{name}: report"
        );
        assert_eq!(g.build_report().shared_names, policy, "{name}");
    }
}

#[test]
fn reject_names_both_rows_and_is_the_default() {
    // (name, gazetteer, error start): errors name file and line.
    let cases: &[(&str, &str, &str)] = &[
        (
            "reject020",
            PARIS,
            "places.tsv:3: form \"Paris\" of Q90 is already claimed by \
             Q830149 (places.tsv:2)",
        ),
        (
            "reject030 short against full",
            "id\tname\tshort\nP1\tDonald Trump\tTrump\nO1\tTrump\t\n",
            "places.tsv:2: form \"Trump\" of P1 is already claimed by O1 \
             (places.tsv:3)",
        ),
        (
            "reject040 adjectives",
            "id\tname\tadjectives\nQ1\tA\tKievse\nQ2\tB\tkievse\n",
            "places.tsv:3: form \"kievse\" of Q2 is already claimed by Q1",
        ),
    ];
    for &(name, tsv, want) in cases {
        let err = build(tsv, Reject).expect_err(name);
        assert!(err.starts_with(want), "{name}: got {err:?}");
        let mut default = Gazetteer::builder();
        default
            .read_tsv("places.tsv", tsv.as_bytes(), Some(Kind::Place))
            .unwrap();
        let err = default.build().expect_err(name).to_string();
        assert!(err.starts_with(want), "{name} (default): got {err:?}");
    }
}

#[test]
fn policies_parse_by_name() {
    for policy in SharedNames::ALL {
        assert_eq!(policy.as_str().parse::<SharedNames>(), Ok(policy));
    }
    let err = "first".parse::<SharedNames>().unwrap_err();
    assert!(err.contains("reject, salient and skip"), "{err}");
    assert_eq!(SharedNames::default(), Reject);
}

#[test]
fn builtin_set_is_built_with_reject_and_keeps_the_policy_in_to_builder() {
    let builtin = Gazetteer::builtin();
    assert_eq!(builtin.build_report(), &BuildReport::default());
    let mut builder = builtin.to_builder();
    builder.shared_names(Salient);
    builder
        .read_tsv(
            "extra.tsv",
            &b"id\tname\tsalience\nX1\tRusland\t0\n"[..],
            Some(Kind::Country),
        )
        .unwrap();
    let g = builder.build().unwrap();
    // The built-in Russia has no salience, so the row with one wins; the
    // choice is the user's to make with salience or `--no-builtin`.
    let report = render(&g, g.build_report());
    assert_eq!(report.len(), 1, "{report:?}");
    assert!(report[0].starts_with("rusland: X1 > "), "{report:?}");
}

#[test]
fn without_conflicts_every_policy_builds_the_same_gazetteer() {
    // The built-in set has declared ambiguous forms and shared short
    // names but no conflict: each policy must find the same ones.
    let reject = Gazetteer::builtin();
    for policy in [Salient, Skip] {
        let mut builder = reject.to_builder();
        builder.shared_names(policy);
        let g = builder.into_gazetteer().unwrap();
        assert_eq!(g.ambiguities(), reject.ambiguities(), "{policy}");
        assert_eq!(
            g.shared_short_names(),
            reject.shared_short_names(),
            "{policy}"
        );
        assert!(g.build_report().resolved.is_empty(), "{policy}");
        assert!(g.build_report().skipped.is_empty(), "{policy}");
        assert!(!g.ambiguities().is_empty(), "{policy}");
    }
    // Short names two entities keep, and a declared form.
    let tsv = "id\tname\tshort\taliases\nP1\tDonald Trump\tTrump\tCongo\n\
               P2\tMelania Trump\tTrump\tCongo\nP3\tIvana Trump\t\t\n";
    let with = |policy| {
        let mut builder = Gazetteer::builder();
        builder
            .read_tsv("people.tsv", tsv.as_bytes(), Some(Kind::Person))
            .unwrap()
            .declare_ambiguous("Congo", "test")
            .shared_names(policy);
        builder.build().unwrap()
    };
    let reject = with(Reject);
    assert_eq!(reject.shared_short_names()[0].ids, ["P1", "P2"]);
    assert_eq!(reject.ambiguities()[0].ids, ["P1", "P2"]);
    for policy in [Salient, Skip] {
        let g = with(policy);
        assert_eq!(g.shared_short_names(), reject.shared_short_names());
        assert_eq!(g.ambiguities(), reject.ambiguities());
    }
}

/// A theme's word and a body's short name of one spelling (`defensie*`,
/// `Defensie`) build under every policy, and extraction tells them apart
/// per mention; a body's full form of that spelling still conflicts with
/// the theme's.
#[test]
fn a_themes_word_may_be_a_bodys_short_name() {
    let theme = "id\tname\taliases\ntheme:defence\tdefence\tdefensie*\n";
    let bodies = |column: &str| {
        format!("id\tname\t{column}\nO1\tMinistry of Defence\tDefensie\n")
    };
    let build = |bodies: &str, policy: SharedNames| {
        let mut builder = Gazetteer::builder();
        builder
            .read_tsv("themes.tsv", theme.as_bytes(), Some(Kind::Theme))
            .unwrap();
        builder
            .read_tsv(
                "organisations.tsv",
                bodies.as_bytes(),
                Some(Kind::Organisation),
            )
            .unwrap();
        builder.shared_names(policy).build().map_err(|e| e.to_string())
    };
    for policy in SharedNames::ALL {
        let g = build(&bodies("short"), policy).expect("a short name builds");
        assert!(render(&g, g.build_report()).is_empty(), "{policy:?}");
        let found = mentioned(
            &g,
            "Defensie zweeg. De minister van Defensie sprak over defensie.",
        );
        assert_eq!(
            found,
            ["O1", "theme:defence", "theme:defence"],
            "{policy:?}"
        );
    }
    let err =
        build(&bodies("aliases"), Reject).expect_err("an alias conflicts");
    assert!(err.contains("already claimed"), "{err}");
}
