//! The world's first-level subdivisions (`gazetteers/regions-world.tsv`):
//! what its generator's filters promise, and how its names behave in text.

use newsgraph::gazetteer::CaseRule;
use newsgraph::{Extractor, Form, Gazetteer, Kind};

fn world_regions() -> impl Iterator<Item = &'static newsgraph::Entity> {
    Gazetteer::builtin().entities().iter().filter(|e| {
        e.attributes()
            .get("source")
            .is_some_and(|s| s.starts_with("iso-codes ISO 3166-2 "))
    })
}

/// Ids are `region:` and the ISO code named in the source; every row is a
/// region with a country; regions.tsv's subdivisions and NL and BE are
/// left out, and of the UK only its counties, unitary authorities and
/// council areas are in (England, Scotland and Wales are countries).
#[test]
fn rows_are_first_level_subdivisions_with_iso_ids() {
    let mut n = 0;
    for e in world_regions() {
        n += 1;
        let source = &e.attributes()["source"];
        let code = source
            .trim_start_matches("iso-codes ISO 3166-2 ")
            .split(' ')
            .next()
            .unwrap();
        assert_eq!(e.id(), format!("region:{}", code.to_lowercase()));
        assert_eq!(e.kind(), Kind::Region, "{}", e.id());
        assert!(e.country_id().is_some(), "{} has no country", e.id());
        for covered in ["NL-", "BE-", "UA-63", "RU-KDA", "US-GA"] {
            assert!(!code.starts_with(covered), "{code} is built in already");
        }
        for country in ["GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"] {
            assert_ne!(code, country, "{code} is a country");
        }
    }
    assert!(n >= 2000, "{n} world regions");
}

/// A name that is matched on its own has four letters or more and is not
/// a word-list word unless written `=Form`; shorter ones are cued only.
#[test]
fn short_names_are_cued_only() {
    for e in world_regions() {
        for f in e.forms() {
            let letters =
                f.text().chars().filter(|c| c.is_alphabetic()).count();
            if f.form() != Form::Cued {
                assert!(
                    letters >= 4,
                    "{:?} of {} is too short",
                    f.text(),
                    e.id()
                );
            }
        }
    }
}

/// `(text, surface, id)`: the surface must be found as that entity, or
/// (id `-`) as no world region at all.
const ROWS: &[(&str, &str, &str)] = &[
    // Bare names nothing else claims.
    (
        "Overstromingen in de Pakistaanse provincie Sindh.",
        "Sindh",
        "region:pk-sd",
    ),
    ("Geweld in Rakhine houdt aan.", "Rakhine", "region:mm-16"),
    ("Het kartel uit Sinaloa.", "Sinaloa", "region:mx-sin"),
    ("Fighting in Amhara continued.", "Amhara", "region:et-am"),
    // Dutch and English exonyms.
    (
        "Verkiezingen in Beieren en Noordrijn-Westfalen.",
        "Beieren",
        "region:de-by",
    ),
    (
        "Verkiezingen in Beieren en Noordrijn-Westfalen.",
        "Noordrijn-Westfalen",
        "region:de-nw",
    ),
    ("Bavaria votes on Sunday.", "Bavaria", "region:de-by"),
    ("Bosbranden in Californië.", "Californië", "region:us-ca"),
    ("Catalonië wil een referendum.", "Catalonië", "region:es-ct"),
    ("Texas sues the government.", "Texas", "region:us-tx"),
    // A name shared by two subdivisions: the cue word decides.
    ("De Indiase deelstaat Punjab kreeg regen.", "Punjab", "region:in-pb"),
    ("In de provincie Punjab vielen doden.", "Punjab", "region:pk-pb"),
    ("Punjab kreeg regen.", "Punjab", "-"),
    // A name a city claims: the region only next to its cue.
    ("De provincie Aleppo is onrustig.", "Aleppo", "region:sy-hl"),
    ("Aleppo is onrustig.", "Aleppo", "-"),
    ("De deelstaat Berlijn stemt.", "Berlijn", "region:de-be"),
    // A name of a large city (GeoNames) is cued: the city stays the city.
    ("Explosies in Samara.", "Samara", "-"),
    ("In de oblast Samara vielen drones.", "Samara", "region:ru-sam"),
    ("Salzburg feiert.", "Salzburg", "-"),
    // Indonesia's provinces, below its islands in ISO 3166-2.
    ("Aardbeving op West-Java.", "West-Java", "region:id-jb"),
    // A person's name is cued.
    ("Rivera scored twice.", "Rivera", "-"),
    // A common word is cued, written `=Form`.
    ("The Northern state of Sudan.", "Northern", "region:sd-no"),
    ("Northern lights were seen.", "Northern", "-"),
    ("Het beieren van de klokken.", "beieren", "-"),
    // Florida keeps its bare name for the US state.
    ("Hurricane season in Florida.", "Florida", "region:us-fl"),
    // `Norte` (north) and `San Pedro` open many names: cued only.
    ("Aceros del Norte cut prices.", "Norte", "-"),
    ("De provincie Norte kreeg regen.", "Norte", "region:gw-n"),
    ("Bij San Pedro worden koralen uitgezet.", "San Pedro", "-"),
    ("In het departement San Pedro regent het.", "San Pedro", "region:py-2"),
    // The UK's counties; a county named like its town, a given name or
    // a cricket club's county is cued.
    ("Floods hit Hertfordshire and Powys.", "Hertfordshire", "region:gb-hrt"),
    ("Floods hit Hertfordshire and Powys.", "Powys", "region:gb-pow"),
    ("Police in County Durham said so.", "County Durham", "region:gb-dur"),
    ("Caerphilly beat Newport on Saturday.", "Caerphilly", "-"),
    ("Somerset beat Essex at Taunton.", "Somerset", "-"),
    ("Devon Baptiste scored.", "Devon", "-"),
    ("Sheep farms in the county of Devon.", "Devon", "region:gb-dev"),
    // News spellings of `regions_world_curated.tsv`, where ISO romanises
    // otherwise; a given name among them is cued.
    ("Herders in Bayankhongor lost cattle.", "Bayankhongor", "region:mn-069"),
    ("Floods hit Kampong Speu.", "Kampong Speu", "region:kh-5"),
    ("Rain fell on Dhofar.", "Dhofar", "region:om-zu"),
    ("Tuva Hjelmeland scored twice.", "Tuva", "-"),
    // Ireland's counties: `Co` is a cue; a report of Gaelic games names
    // county teams by the county alone, the rest of the news the city.
    ("A haulier from Co Limerick lost.", "Limerick", "region:ie-lk"),
    ("Limerick beat Cork in the hurling final.", "Limerick", "region:ie-lk"),
    ("Limerick beat Cork in the hurling final.", "Cork", "region:ie-co"),
    (
        "CORK, Ireland - The parade starts at noon.",
        "CORK",
        "place:geonames-2965140",
    ),
    ("A new bridge for Limerick.", "Limerick", "place:geonames-2962943"),
    // A town in capitals before a dash opens the story, even where the
    // segmenter reads no dateline there.
    (
        "Galway hold off Meath. DUBLIN - Galway reached the hurling final.",
        "DUBLIN",
        "Q1761",
    ),
    ("Kerry Washington spoke.", "Kerry", "-"),
    // German and Austrian cities by their news names, not GeoNames'
    // official ones (`Universitäts- und Hansestadt Greifswald`).
    (
        "GREIFSWALD, Germany (dpa) - Research.",
        "GREIFSWALD",
        "place:geonames-2917788",
    ),
    ("BASF in Ludwigshafen.", "Ludwigshafen", "place:geonames-2875376"),
    // Philippine cities by the bare name news writes, not GeoNames' `City`.
    ("Floods hit Bacolod.", "Bacolod", "place:geonames-1729564"),
    ("Rain in Makati.", "Makati", "place:geonames-1703417"),
    // The Irish city over the township in Michigan.
    ("Flooding in Waterford.", "Waterford", "place:geonames-2960992"),
    // Geneva's canton by its English name next to its cue, as in a list
    // after the plural; the city alone.
    ("Voters in the canton of Geneva said no.", "Geneva", "region:ch-ge"),
    (
        "Voters in the cantons of Geneva and Jura said no.",
        "Jura",
        "region:ch-ju",
    ),
    ("The talks in Geneva ended.", "Geneva", "-"),
    // English exonyms of a French region and a Spanish community.
    ("Floods in Normandy.", "Normandy", "region:fr-nor"),
    ("Migrants reached the Canary Islands.", "Canary Islands", "region:es-cn"),
    // Norway's counties of 2024, which iso-codes 4.15.0 predates; the
    // merged county they split stays.
    ("Salmon farms in Troms lost fish.", "Troms", "region:no-55"),
    ("Sneeuw in Finnmark.", "Finnmark", "region:no-56"),
    ("Floods in Troms og Finnmark.", "Troms og Finnmark", "region:no-54"),
    // South Africa's provinces by their names since 1994-95, in
    // capitals only where they are words (`a free state`).
    ("The Free State government fell.", "Free State", "region:za-fs"),
    ("Rain in the Eastern Cape.", "Eastern Cape", "region:za-ec"),
    ("Drought in the Western Cape.", "Western Cape", "region:za-wc"),
    ("It became a free state in 1922.", "free state", "-"),
    // Bosnia and Herzegovina's entities, which iso-codes types so, and
    // Republika Srpska whose Dutch name in CLDR is Serbia's.
    ("Dodik leidt de Republika Srpska.", "Republika Srpska", "region:ba-srp"),
    (
        "Protest in the Federation of Bosnia and Herzegovina.",
        "Federation of Bosnia and Herzegovina",
        "region:ba-bih",
    ),
    ("Het leger van Servië.", "Servië", "-"),
    // Nigeria's state named like its neighbour by its news name; the bare
    // name stays the country.
    ("Floods hit Niger State on Monday.", "Niger State", "region:ng-ni"),
    ("Troops left Niger on Monday.", "Niger", "-"),
];

#[test]
fn names_behave_as_the_generator_says() {
    let extractor = Extractor::new(Gazetteer::builtin()).unwrap();
    for &(text, surface, id) in ROWS {
        let start = text.find(surface).expect("surface in text");
        let span = start..start + surface.len();
        let found: Vec<String> = extractor
            .extract(text)
            .mentions
            .iter()
            .filter(|m| m.span.start == span.start && m.span.end == span.end)
            .map(|m| m.entity.to_string())
            .collect();
        if id == "-" {
            assert!(
                found.iter().all(|f| !f.starts_with("region:")
                    || !world_regions().any(|e| e.id() == f)),
                "{text:?}: {surface} found as {found:?}"
            );
        } else {
            assert_eq!(found, [id], "{text:?}: {surface}");
        }
    }
}

/// `=Form` names keep their case rule: `=Beieren` never in lower case.
#[test]
fn common_word_names_match_only_capitalised() {
    let by = world_regions().find(|e| e.id() == "region:de-by").unwrap();
    let beieren = by.forms().iter().find(|f| f.text() == "Beieren").unwrap();
    assert_eq!(beieren.case(), CaseRule::AsWrittenOrUpper);
}
