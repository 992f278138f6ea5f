//! The word lists of discovery, Dutch and English together, and the scan
//! that finds cue words in a text.
//!
//! The lists live in code rather than in data files: they are short, they
//! change with the rules that read them, and a typo here fails to compile
//! a test instead of failing at run time. Words are written in lower case
//! unless their case matters (legal suffixes must be written as listed).

use once_cell::sync::Lazy;
use rustc_hash::{FxHashMap, FxHashSet};

use super::words::{ascii_lowered, lowered};
use crate::span::Span;

/// Role and title nouns: a name written right after one is a person
/// (`woordvoerder Marloes Kuipers`, `Prime Minister Keir Starmer`). Dutch
/// compounds ending in one count too (`politiewoordvoerder`,
/// `oud-wethouder`, `GroenLinks-PvdA-leider`). [`WEAK_ROLES`] are role
/// nouns too.
#[rustfmt::skip]
pub(crate) const ROLES: &[&str] = &[
    // Dutch
    "president", "premier", "minister", "minister-president", "vicepremier",
    "staatssecretaris", "woordvoerder", "woordvoerster", "topman", "topvrouw",
    "voorman", "voorvrouw", "kopman",
    "generaal", "commandant", "ambassadeur", "gezant", "gouverneur",
    "burgemeester", "wethouder", "gedeputeerde", "leider", "voorzitter",
    "secretaris-generaal", "hoogleraar", "onderzoeker", "analist", "advocaat",
    // women's forms (`Analiste Nodira Yusupova`)
    "analiste", "journaliste", "juriste", "componiste", "econome",
    "advocate", "rechter", "officier van justitie", "kamerlid", "raadslid",
    "informateur", "formateur",
    "europarlementariër", "senator", "directeur", "directrice", "bestuurder",
    "oprichter", "commissaris", "koning", "koningin", "prins", "prinses",
    "paus", "kardinaal", "bisschop", "imam", "rabbijn", "dominee", "econoom",
    "politicus", "journalist", "correspondent", "verslaggever", "fotograaf",
    "schrijver", "schrijfster", "zanger", "zangeres", "acteur", "actrice",
    "trainer", "coach", "bondscoach", "aanvoerder", "spits", "doelman",
    "getuige", "deskundige", "kenner", "wetenschapper", "rector magnificus",
    "weerman", "arbeider", "arbeidster", "werknemer", "werkneemster",
    "medewerker", "medewerkster",
    "ondernemer", "activist", "arts", "chirurg", "oppositieleider", "mevrouw",
    "meneer", "dhr.", "mr.", "dr.", "prof.",
    "rector", "schepen", "secretaris", "aanvaller", "middenvelder",
    "verdediger", "keeper", "renner", "wielrenner", "schaatser", "ruiter",
    "amazone", "rijder", "rijdster",
    "schaatsster", "collega", "politicoloog", "socioloog", "psycholoog",
    "criminoloog", "viroloog", "epidemioloog", "historicus", "jurist",
    // and every other `-oloog`, `-ologist` (`entomoloog`, `seismologist`;
    // `zoologist` too short a compound for that)
    "oloog", "ologist", "zoologist", "zoöloog", "onderwijzer",
    "onderwijzeres",
    "curator", "verdachte", "agent", "agente", "reder", "afgevaardigde",
    "vertegenwoordiger", "vertegenwoordigster", "representative", "delegate",
    // English
    "prime minister", "spokesman", "spokeswoman", "spokesperson", "officer",
    "chief executive", "ceo", "cfo", "chairman", "chairwoman", "chair",
    "chairperson", "general",
    "gen.", "commander", "ambassador", "envoy", "governor", "mayor", "leader",
    "secretary-general", "secretary", "professor", "researcher", "analyst",
    "investigator", "assistant", "assistent", "assistente",
    "lawyer", "attorney", "judge", "justice", "prosecutor", "founder",
    "economist", "king", "queen", "prince", "princess", "pope", "cardinal",
    "bishop", "chancellor", "lawmaker", "congressman", "congresswoman", "rep.",
    "sen.", "colonel", "col.", "captain", "lieutenant", "sergeant", "striker",
    "adm.", "capt.", "sgt.", "maj.", "cmdr.", "brig.",
    // ranks of generals and admirals (`Brigadier Faisal al-Mutairi`)
    "brigadier", "brigadier-general", "brigadier general", "major-general",
    "major general", "lieutenant-general", "lieutenant general", "admiral",
    "vice-admiral", "vice admiral", "rear admiral", "commodore",
    "air marshal",
    "goalkeeper", "manager", "director", "president-elect", "vice-president",
    "vice president", "mrs.", "ms.", "sir", "witness", "scientist", "author",
    "reporter",
    "colleague", "rival", "runner", "sprinter", "cyclist", "rider",
    "hurdler", "decathlete", "heptathlete", "marathoner", "rower", "sculler",
    "netballer",
    "skater", "player", "swimmer", "defender", "midfielder",
    "fly-half", "scrum-half", "winger", "full-back", "goaltender",
    "netminder", "defenceman", "batsman", "batter", "bowler", "pitcher",
    "quarterback", "wicketkeeper", "all-rounder", "playmaker",
    "five-eighth", "halfback", "drag-flicker", "shortstop", "point guard",
    "stand-off", "loose forward", "second-rower",
    // more Dutch roles: trades, care, law, faith, sport, defence
    "inspecteur", "veehouder", "tuinder", "visser", "assistent", "tennisser",
    "tennisster", "kapitein", "hoofdcommissaris", "rechercheur",
    "brandweerman", "piloot", "kunstenaar", "kunstenares", "regisseur",
    "dirigent", "componist", "dichter", "dichteres", "cabaretier",
    "presentator", "presentatrice", "architect", "ingenieur", "docent",
    "leraar", "lerares", "predikant", "pastoor", "priester", "ds.", "mgr.",
    "ir.", "ing.", "drs.", "verpleegkundige", "huisarts", "tandarts",
    "dierenarts", "apotheker", "psychiater", "verloskundige", "bewoner",
    "gynaecoloog", "gynaecologe", "cardioloog", "neuroloog", "oncoloog",
    "kinderarts", "longarts", "internist", "anesthesist", "radioloog",
    "uroloog", "psycholoog", "psychologe",
    "bewoonster", "onderzoekster", "expert", "adviseur", "bankier",
    "makelaar", "aannemer", "zakenman", "zakenvrouw", "eigenaresse",
    "uitbater", "winkelier", "lijsttrekker", "raadsheer", "griffier",
    "notaris", "luitenant", "kolonel", "majoor", "admiraal",
    "diplomaat", "consul", "ombudsman", "ombudsvrouw", "dijkgraaf",
    "fractieleider", "voorzitster", "parlementslid", "sportdirecteur",
    "teammanager", "ploegleider", "renster", "veldrijder", "zwemster",
    "zwemmer", "atleet", "atlete", "hardloper", "hardloopster", "voetballer",
    "voetbalster", "hockeyer", "hockeyster", "golfer", "darter", "judoka",
    "bokser", "turner", "turnster", "roeier", "roeister", "zeiler", "coureur",
    "scheidsrechter", "invaller", "topscorer", "kampioen", "kampioene",
    "staatsraad", "procureur", "onderzoeksrechter", "spelverdeler",
    "libero", "diagonaal", "middenaanvaller", "korfballer", "korfbalster",
    "volleyballer", "volleybalster", "keepster", "doelvrouw", "promovendus",
    "promovenda", "ratu",
    "strafpleiter", "kinderarts", "longarts", "cardioloog", "neuroloog",
    "oncoloog", "klimatoloog", "bioloog", "econome", "klokkenluider",
    "activiste", "mantelzorger", "onderhandelaar", "rapper", "muzikant",
    "gitarist", "gitariste", "guitarist", "drummer", "bassist", "pianist",
    "pianiste", "violist", "violiste", "violinist", "saxofonist", "cellist",
    "celliste", "trompettist", "toetsenist", "accordeonist", "harpist",
    "adjudant", "hoofd", "erfgenaam", "erfgename", "heir",
    // more English roles
    "inspector", "detective", "constable", "superintendent", "sheriff",
    "forward", "winger", "skipper", "batsman", "bowler", "quarterback",
    "guard", "playmaker", "spelmaker", "centre-back", "center-back",
    "shooter",
    "shortstop", "outfielder", "linebacker",
    "spinner", "pacer", "seamer", "all-rounder", "wicketkeeper", "opener",
    "supervisor",
    "pitcher", "driver", "teammate", "rookie", "right-hander",
    "left-hander", "nurse", "doctor", "surgeon",
    "physician", "teacher", "pastor", "priest", "rev.", "rabbi", "vicar",
    "deacon", "reverend",
    "archbishop", "singer", "actor", "actress", "producer", "writer",
    "novelist", "poet", "editor", "editor-in-chief",
    "photographer", "historian", "strategist", "adviser", "advisor",
    "consultant", "banker", "executive", "entrepreneur", "businessman",
    "businesswoman", "billionaire", "tycoon", "co-founder",
    "councillor", "councilman", "councilwoman", "legislator", "speaker",
    // American spelling and offices (`Councilor Jessa Monteclaro`)
    "councilor", "alderman", "alderwoman", "assemblyman", "assemblywoman",
    // an Indian district's head (`District collector Bijal Mehta-Rao`)
    "collector",
    "diplomat", "commissioner", "magistrate", "barrister",
    "solicitor", "defendant", "suspect", "campaigner", "aide",
    "dean", "lecturer", "champion",
    "spreker", "spreekster", "conservator", "conservatrice", "leden",
    // more roles: police, nature, farming, politics
    "korpschef", "boswachter", "teler", "kanselier", "bondskanselier",
    "aanklager", "politica", "politician", "rapporteur", "boss",
    "director-general", "statenlid",
    "baas", "bevelhebber", "stafchef", "legerchef", "negotiator",
    "nominee", "mediator", "mp", "organiser", "organizer", "organisator",
    "guide", "coördinator", "coordinator", "coördinatrice", "grootmeester",
    "grandmaster", "jockey", "astronomer", "astronoom", "physicist",
    "fysicus", "chemist", "mathematician", "wiskundige", "engineer",
    "korporaal", "corporal", "soldaat", "soldier", "veteraan", "veteran",
    "matroos", "sailor", "pilot", "kopvrouw", "veeboer", "vicaris",
    "kapelaan", "diaken", "deken", "hulpverlener", "hulpverleenster",
    // titles: `Mr Starmer`, `de heer Jansen`, `Sheikh Tamim`
    "mr", "mrs", "ms", "dr", "prof", "heer", "sheikh", "sjeik", "emir",
    "sultan", "ayatollah", "datuk", "datin", "dato", "daw", "dame",
    // West African pilgrims' titles (`Alhaji Musa Bello`)
    "alhaji", "alhaja", "hajia", "hajiya",
    // Bhutan's titles of ministers and officials (`Lyonpo Namgyal Dorji`)
    "lyonpo", "dasho",
    // a curling team's and a rowing crew's leaders, sumo's ranks and a
    // village's elder (`Skip Chantal Desrosiers`, `Komusubi Kotoryuho`,
    // `Dorpsoudste Semi Vakaloloma`)
    "skip", "stroke", "komusubi", "sekiwake", "ozeki", "yokozuna",
    "maegashira", "dorpsoudste",
    // trades and offices of local news that no common surname shares (not
    // `brouwer`, `slager`, `schipper`, `fokker`, `stuurman`)
    "decaan", "provost", "beiaardier", "bewindvoerder", "deurwaarder",
    "schoolleider", "havenmeester", "sluiswachter",
    "stalhouder", "organist", "choreograaf", "archivaris",
    "bibliothecaris", "kustwachter", "reddingswerker", "ontwerper",
];

/// Plural role nouns, before a list of people (`de ministers Faber en
/// Klever`, `the lawyers Jane Roe and John Doe`). Role nouns too.
#[rustfmt::skip]
pub(crate) const ROLE_PLURALS: &[&str] = &[
    "ministers", "kamerleden", "leiders", "spelers", "advocaten",
    "onderzoekers", "woordvoerders", "presidenten", "premiers",
    "burgemeesters", "wethouders", "senatoren", "rechters", "trainers",
    "renners", "journalisten", "activisten", "artsen", "leaders", "players",
    "lawyers", "senators", "presidents", "judges", "researchers",
    "scientists", "lawmakers", "journalists", "activists", "doctors",
    "justices",
    // relatives, whom news names by given name (`zijn kinderen Marloes en
    // Bart`)
    "kinderen", "zonen", "dochters", "broers", "zussen", "kleinkinderen",
    "children", "sons", "daughters", "brothers", "sisters",
];

/// Role nouns that companies are too (`its owner Wingtech`), or that come
/// before other capitalised words as well: only a full name after one is
/// a person. Not repeated in [`ROLES`].
#[rustfmt::skip]
pub(crate) const WEAK_ROLES: &[&str] = &[
    "eigenaar", "owner",
    // a leader named by what they lead (`a bloc headed by Tejashwi
    // Yadav`), which may be a body too (`led by Goldman Sachs`)
    "led by", "headed by", "geleid door", "onder leiding van",
    // the dead (`the late Harbans Mehra`)
    "late",
    // people of every kind, but also before capitalised non-names
    // (`boer Nederland`, `worker Amazon`): full names only
    "jarige", "year-old", "boer", "boerin", "vader", "moeder", "zoon",
    "international",
    "dochter", "broer", "zus", "oom", "tante", "neef", "nicht", "opa", "oma",
    "echtgenoot", "echtgenote", "weduwe", "partner", "vriend", "vriendin",
    "buurman", "buurvrouw", "student", "studente", "scholier", "leerling",
    "tiener", "teenager",
    "scholiere", "leerlinge",
    "patiënt", "patient", "slachtoffer", "gedetineerde", "father",
    "mother", "son",
    "daughter", "brother", "sister", "uncle", "aunt", "cousin", "wife",
    "husband", "widow", "friend", "neighbour", "neighbor", "resident",
    "farmer", "worker", "victim", "survivor", "volunteer",
    // trades news names people by (`Herder Ekiru Lokwang`, `Hotelier Jo
    // Ramakers`)
    "herder", "herdsman", "shepherd", "rancher", "fisherman", "fisher",
    "visser", "hotelier", "shopkeeper", "vendor", "trader", "nomad",
    "handelaar", "handelaarster", "koopman", "gids",
    // athletes named by their place in a draw or a side (`qualifier
    // Thanawat Srisuwan`, `Attacker Tehoka Jacobs`)
    "qualifier", "finalist", "attacker", "goalie", "seed",
    "candidate", "kandidaat", "kandidate", "vrouw", "kleinzoon",
    "kleindochter", "grootvader", "grootmoeder", "grandson",
    "granddaughter", "grandfather", "grandmother", "nephew", "niece",
    "girlfriend", "boyfriend", "fiancée", "fiancé",
];

/// Relatives among the [`WEAK_ROLES`], after which a known given name
/// alone names a person (`his twin brother Anders`).
#[rustfmt::skip]
pub(crate) const KIN: &[&str] = &[
    "vader", "moeder", "zoon", "dochter", "broer", "zus", "oom", "tante",
    "neef", "nicht", "opa", "oma", "echtgenoot", "echtgenote", "father",
    "mother", "son", "daughter", "brother", "sister", "uncle", "aunt",
    "cousin", "wife", "husband", "kinderen", "zonen", "dochters", "broers",
    "zussen", "kleinkinderen", "children", "sons", "daughters", "brothers",
    "sisters", "vrouw", "partner", "vriendin", "kleinzoon", "kleindochter",
    "grootvader", "grootmoeder", "weduwe", "grandson", "granddaughter",
    "grandfather", "grandmother", "nephew", "niece", "widow", "girlfriend",
    "boyfriend", "fiancée", "fiancé",
];

/// Whether `word` is one of [`WEAK_ROLES`], ignoring ASCII case: asked
/// for every role noun, which a scan of the list made slow.
pub(crate) fn is_weak_role(word: &str) -> bool {
    static WEAK: Lazy<FxHashSet<Vec<u8>>> = Lazy::new(|| {
        WEAK_ROLES.iter().map(|w| w.as_bytes().to_ascii_lowercase()).collect()
    });
    ascii_lowered(word.as_bytes(), |lower| WEAK.contains(lower))
}

/// The [`ROLE_COMPLEMENTS`] that opens `text`, ignoring ASCII case, as a
/// whole word or words (`van Defensie`, not `van Defensiebeleid`); the
/// first the list gives where several do (`van justitie` before `van
/// justitie en veiligheid`).
pub(crate) fn complement_at(text: &str) -> Option<&'static str> {
    static INDEX: Lazy<FxHashMap<Vec<u8>, usize>> = Lazy::new(|| {
        let mut index = FxHashMap::default();
        for (i, c) in ROLE_COMPLEMENTS.iter().enumerate() {
            index.entry(c.as_bytes().to_ascii_lowercase()).or_insert(i);
        }
        index
    });
    let longest = ROLE_COMPLEMENTS.iter().map(|c| c.len()).max()?;
    let mut cut = longest.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    ascii_lowered(&text.as_bytes()[..cut], |head| {
        // Where a word ends: before a character no letter or digit, or
        // at the end of the text.
        (1..=head.len())
            .filter(|&end| {
                text.is_char_boundary(end)
                    && !text[end..].starts_with(char::is_alphanumeric)
            })
            .filter_map(|end| INDEX.get(&head[..end]).copied())
            .min()
            .map(|i| ROLE_COMPLEMENTS[i])
    })
}

/// Speech verbs and phrases after which a name follows
/// (`aldus Van Dam-Schouten`, `according to Amal Haddad`).
#[rustfmt::skip]
pub(crate) const SPEECH_BEFORE: &[&str] = &[
    "zei", "zegt", "aldus", "volgens", "schrijft", "vertelt", "vertelde",
    "said", "says", "according to", "wrote", "writes", "added", "told by",
    // `bij monde van Li Wenjun`: speaking through
    "bij monde van",
];

/// Speech verbs that follow a name (`Femke Halsema zei`,
/// `Amal Haddad said`).
#[rustfmt::skip]
pub(crate) const SPEECH_AFTER: &[&str] = &[
    "zei", "zegt", "vertelde", "vertelt", "verklaarde", "noemde", "noemt",
    "schreef", "schrijft", "benadrukte", "waarschuwde", "stelde", "reageerde",
    "liet weten", "said", "says", "told", "added", "wrote", "warned",
    "stressed", "argued", "explained", "declined",
    "klaagde", "erkende", "ontkende", "meldde", "vond", "vindt", "hoopt",
    "denkt", "gelooft", "complained", "admitted", "denied", "noted",
    "insisted", "believes", "thinks",
    // more verbs that people, rarely bodies, do
    "sprak", "riep", "pleitte", "vreest", "twitterde", "tweette",
    "verklaart", "benadrukt", "waarschuwt", "erkent", "ontkent", "urged",
    "vowed", "tweeted", "testified", "pleaded", "recalled",
];

/// Nouns for organisations: a name right after one is an organisation
/// (`het bedrijf Nexperia`, `the carmaker Stellantis`). They count only in
/// lower case: capitalised, they belong to the name (`Bouwbedrijf
/// Hendriks`).
#[rustfmt::skip]
pub(crate) const ORGANISATION_NOUNS: &[&str] = &[
    // Dutch (compounds count: `techbedrijf`, `energieconcern`)
    "bedrijf", "concern", "partij", "militie", "vakbond", "bank", "krant",
    "omroep", "stichting", "beweging", "rebellengroep", "terreurgroep",
    "organisatie", "fabrikant", "maatschappij", "verzekeraar", "keten",
    "hotelgroep", "hotelketen", "webwinkel", "uitgeverij", "dagblad",
    "persbureau", "denktank", "zender",
    // unions and federations by whom they unite (`de zeeliedenbond Norsk
    // Sjømannsforbund`); not `bond` alone, a surname as often
    "zeeliedenbond", "studentenbond", "boerenbond", "werkgeversbond",
    "huurdersbond", "consumentenbond", "lerarenbond", "politiebond",
    "sportbond", "voetbalbond", "schaakbond", "wielerbond",
    "vereniging", "club", "start-up", "startup", "producent", "leverancier",
    "supermarkt", "fonds", "holding", "veiligheidsregio", "politiezone",
    "waterschap", "hoogheemraadschap", "omgevingsdienst", "brandweerzone",
    "firma", "verwerker", "koepel", "label", "bakkerij", "rederij",
    "slagerij", "drukkerij", "brouwerij", "kwekerij", "boekhandel",
    // distillers and roasters (`Stokerij Vandersteen`, `koffiebranderij
    // Nolens`)
    "stokerij", "branderij", "distilleerderij",
    // English
    "company", "firm", "party", "militia", "group", "union", "newspaper",
    "broadcaster", "carmaker", "chipmaker", "airline", "retailer", "insurer",
    "manufacturer", "charity", "think tank", "agency", "regulator", "movement",
    "lender", "conglomerate", "outlet",
    // more firms, schools and papers
    "consultancy", "brokerage", "shipbuilder", "contractor", "miner",
    "exploitant", "lessor", "fintech", "biotech", "medtech", "insurtech",
    "proptech", "edtech", "telco", "wholesaler",
    "cooperative", "planemaker", "automaker", "drugmaker", "refiner",
    "chain", "carrier",
    "coöperatie", "tijdschrift", "vakblad", "weekblad", "basisschool",
    "school", "ziekenhuis", "vzw", "museum", "journal", "magazine",
    "dienst", "agentschap", "corporatie", "exporter", "developer",
    "meatpacker", "utility", "gezelschap", "orkest", "handel",
    "discounter", "supermarktketen", "winkelketen", "schrijnwerkerij",
    "coffeeshop", "apotheek", "hotel", "frituur", "theatergroep",
    // traders, jewellers and brewers, which a person may also be
    // ([`PERSON_OR_FIRM`])
    "exporteur", "importeur", "importer", "juwelier", "jeweller", "jeweler",
    "brewer", "brewery", "distillery", "grocer",
    // `bureau` alone is a head (`Bureau Jeugdzorg`); these compounds say
    // what the name after them is
    "adviesbureau", "onderzoeksbureau", "integriteitsbureau",
    "ingenieursbureau", "architectenbureau", "advocatenbureau",
    "uitzendbureau", "reisbureau", "thuiszorgbureau", "incassobureau",
    // care groups, GPs' circles, law and notary firms, grid operators
    "zorggroep", "huisartsenkring", "zorginstelling", "aanbieder",
    "advocatenkantoor",
    "notariskantoor", "accountantskantoor", "netbeheerder",
    // institutes (`weerinstituut IMD`) and stations (`told DZRH radio`)
    "instituut", "radio", "television",
    // lifeguards and fire brigades (`Reddingsbrigade Assen`)
    "brigade",
    // residents' committees and action groups (`buurtcomité Helmet
    // Leeft`, `de actiegroep Zorg Dichtbij`), clinics, game studios and
    // makers (`drone maker Skyvahan`)
    "comité", "actiegroep", "kliniek", "studio", "maker",
    // `antitrust watchdog CADE`, `the ranchers' association Acrissul`,
    // `een onderzoek van bureau Integis` (capitalised, a head: `Bureau
    // Jeugdzorg`)
    "watchdog", "association", "bureau",
    // exchanges (`cryptobeurs Bitvavo`, `crypto exchange Bybit`; a
    // `beurs` alone may be a fair or a grant)
    "cryptobeurs", "effectenbeurs", "aandelenbeurs", "exchange",
    // `Bookmaker Paddy Power said`, `rail operator Keisei`
    "bookmaker", "operator",
    // `de Leuvense spin-off NephroSense`, `de Japanse farmagroep Astellas`
    "spin-off", "spinoff", "groep",
    // trades whose firms news names so (`Islay distiller Ardcraig`,
    // `freight forwarder Transalpa`, `reinsurer Kestrel Re`)
    "distiller", "forwarder", "reinsurer", "steelmaker", "shipowner",
    "craft brewer", "salmon farmer", "fish farmer", "watchmaker",
    "fashion house",
    // developers of property (`projectontwikkelaar Immo Daelman`; an
    // `ontwikkelaar` alone may write software)
    "projectontwikkelaar", "vastgoedontwikkelaar",
    // student and other circles (`de studentenkring VTK`) and builders'
    // joint ventures (`aannemerscombinatie Waalwerken`)
    "kring", "aannemerscombinatie", "bouwcombinatie",
];

/// Plural organisation nouns, before a list of names (`de vakbonden ACV en
/// ABVV`, `the carmakers BMW and Audi`). Organisation nouns too.
#[rustfmt::skip]
pub(crate) const ORGANISATION_PLURALS: &[&str] = &[
    "bedrijven", "partijen", "vakbonden", "banken", "kranten", "omroepen",
    "organisaties", "companies", "parties", "unions", "banks", "firms",
    "carmakers", "airlines", "newspapers", "aanbieders", "instellingen",
    "verzekeraars", "supermarkten", "lenders", "insurers", "retailers",
    // `the meatpackers Frigorífico Serra Azul and Pampa Carnes SA`
    "meatpackers", "miners", "carriers", "chipmakers", "drugmakers",
    "automakers", "refiners", "exporters", "developers", "contractors",
    "shipbuilders", "brokerages", "fabrikanten", "producenten", "rederijen",
    "ketens", "maatschappijen",
];

/// Organisation nouns written after an English name, which they say is an
/// organisation (`Faye's Pastef party`, `the Central Obrera Boliviana (COB)
/// union`).
#[rustfmt::skip]
pub(crate) const ORGANISATION_NOUNS_AFTER: &[&str] = &[
    "party", "union", "militia", "movement", "alliance", "coalition",
    "group", "radio", "television",
];

/// Legal forms written after a company name (`Bouwbedrijf Hendriks B.V.`),
/// case as written. Not `AG` and `SE`: the scan is case-insensitive, and
/// as `ag` and `se` they end every `dag` and `deze`, a match each that
/// made the scan of Dutch text much slower.
#[rustfmt::skip]
pub(crate) const LEGAL_SUFFIXES: &[&str] = &[
    "N.V.", "B.V.", "NV", "BV", "Inc.", "Inc", "GmbH", "S.A.", "Ltd.", "Ltd",
    "plc", "PLC", "Plc", "LLC", "LLP", "Corp.", "Corporation", "Group",
    "Holding", "Holdings", "S.p.A.", "Co.", "ASA", "Oyj", "Tbk", "Bhd", "JSC",
    "PJSC", "SARL", "S.r.l.", "Srl", "Co", "nv", "bv", "bvba", "BVBA", "Zn.",
    "AG", "SE", "Corp", "A/S", "AS", "SA/NV", "NV/SA", "S.A.C.", "S.L.",
    "S.A.S.", "SAS", "AB", "Oy", "KG", "SpA", "Pty", "C.V.", "o.o.", "SA", "Ltda",
    "Ltda.", "SAC", "Lda", "Lda.", "SRL", "S.R.L.", "Joint Stock Company",
    "U.A.", "CV", "UA", "cv",
    // Czech and Slovak (`Moravia Ocel a.s.`, `Skoda Transportation s.r.o.`)
    "a.s.", "s.r.o.",
    // Albanian, North Macedonian and other Balkan, Danish
    // (`Korça Ndërtim sh.p.k.`, `Medika Trade DOOEL`, `Fuglsang & Bech ApS`)
    "sh.p.k.", "DOOEL", "DOO", "d.o.o.", "ApS",
];

/// Plurals of kin that are firms' legal forms, capitalised after an
/// ampersand or `en` (`Dijkstra & Zonen`, `J. Smith & Sons`); elsewhere
/// kin (`zijn zonen`).
pub(crate) const FORMS_AFTER_AND: &[&str] = &["Zonen", "Sons"];

/// Words before a legal form that belong to it (`Cemex S.A.B. de C.V.`,
/// `Skyward Systems sp. z o.o.`), as written, each with a space after.
#[rustfmt::skip]
pub(crate) const LEGAL_FORM_HEADS: &[&str] = &[
    "S.A.B. de ", "S.A. de ", "SA de ", "sp. z ", "(Pty) ", "(Pvt) ",
    // `Ha Phat Fruit Co. Ltd`, `Fujimura Shuzo Co., Ltd.`; `Shionogi &
    // Co.`
    "Co. ", "Co., ", "& ",
];

/// Complements of a role noun that are no name
/// (`minister van Defensie X`, `Secretary of State X`).
#[rustfmt::skip]
pub(crate) const ROLE_COMPLEMENTS: &[&str] = &[
    "van defensie", "van buitenlandse zaken", "van binnenlandse zaken",
    "van financien", "van financiën", "van justitie",
    "van justitie en veiligheid", "van economische zaken",
    "van volksgezondheid", "van onderwijs", "van asiel en migratie",
    "van landbouw", "van klimaat", "van sociale zaken", "van infrastructuur",
    "van buitenlandse handel", "of state", "of defense", "of defence",
    "of the interior", "of foreign affairs", "of finance", "of justice",
    "of health", "of the treasury", "for foreign affairs", "for defence",
    "of elections",
    "van mobiliteit", "van cultuur", "van sport", "van wonen", "van milieu",
    "van economie", "van jeugd", "van zorg", "van werk",
    // Flemish and federal Belgian portfolios
    "van omgeving", "van natuur", "van energie", "van welzijn",
    "van begroting", "van binnenlands bestuur", "van innovatie",
    "van media", "van toerisme", "van inburgering", "van gezin",
    "van pensioenen", "van migratie", "van asiel", "van armoedebestrijding",
    "van gelijke kansen", "van openbare werken", "van brussel",
    "van ontwikkelingssamenwerking", "van digitalisering",
    // more portfolios abroad (`de Keniaanse minister van Arbeid`)
    "van arbeid", "van handel", "van visserij", "van water", "van mijnbouw",
    "van transport", "van verkeer", "van vervoer", "van gezondheid",
    "van landsverdediging", "van veiligheid", "van wetenschap",
    "of labour", "of labor", "of tourism", "of culture", "of energy",
    "of agriculture", "of trade", "of education", "of transport",
    "of mines", "of water", "of fisheries", "of information",
    "van economische ontwikkeling", "van ruimtelijke ordening",
    "van volkshuisvesting", "van algemene zaken", "van openbaar bestuur",
    // Flemish aldermen's portfolios (`schepen van Erediensten`)
    "van erediensten", "van burgerzaken", "van feestelijkheden",
    "van personeel", "van patrimonium", "van openbaar domein",
    "van stadsontwikkeling", "van lokale economie", "van middenstand",
    "van senioren", "van communicatie",
];

/// Particles inside names, written in lower case; they may stand
/// capitalised at the start of a surname (`Ter Horst`, `Van der Veen`).
#[rustfmt::skip]
pub(crate) const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "von", "da", "di",
    "du", "le", "la", "del", "dos", "el", "al", "bin", "ibn", "abu", "bint",
    "ben", "ap", "vanden", "vander", "vande", "ó", "ní", "ua", "dela",
    "delos", "della", "e",
    // Malay (`Aishah binti Rahman`)
    "binti",
    // Kalenjin `son of` (`Ezekiel arap Rotich`)
    "arap",
];

/// Particles that start only people's surnames: one name word after one
/// is a person (`Van der Poel`, `Ter Horst`, `El Khatib`). `De` and `La`
/// also start the names of papers and firms (`De Lijn`), so they are not
/// here.
#[rustfmt::skip]
pub(crate) const SURNAME_PARTICLES: &[&str] = &[
    "van", "ter", "ten", "von", "vanden", "vander", "el", "al", "bin", "ibn",
    "ap",
];

/// Head nouns of organisation names, capitalised inside them: with another
/// capitalised word next to one, they make an organisation's name
/// (`Supreme Court`, `Law Society of Kenya`, `Stedelijk Gymnasium`).
#[rustfmt::skip]
pub(crate) const ORGANISATION_HEADS: &[&str] = &[
    // Dutch
    "partij", "universiteit", "hogeschool", "gymnasium", "lyceum", "omroep",
    "atheneum", "comité",
    "gerechtshof", "rechtbank", "ziekenhuis", "stichting", "vereniging",
    "bank", "raad", "ministerie", "commissie", "dienst", "bond", "beweging",
    "staten", "academie", "fonds", "federatie", "landschap", "tribunaal",
    "autoriteit", "hof", "inspectie", "agentschap", "uitgeverij",
    // a body, not a general (`Directoraat-generaal Migratie`)
    "directoraat-generaal", "secretariaat-generaal", "directorate-general",
    // English
    "party", "commission", "court", "council", "ministry", "authority",
    "agency", "society", "platform", "front", "movement", "union",
    "association", "federation", "institute", "university", "college",
    "academy", "school", "chamber",
    "foundation", "corporation", "committee", "alliance", "coalition",
    "trust",
    "organisation", "organization", "service", "department", "airlines",
    "airways", "research", "bureau", "office", "tribunal", "confederation",
    "center", "centre", "congress", "railway", "railways",
    // zoos and archives are bodies (`Ouwehands Dierenpark`, `Zoo
    // Antwerpen`, `Zeeuws Archief`)
    "dierenpark", "dierentuin", "zoo", "archief", "archives",
    "museum", "instituut", "administration", "board", "exchange", "army",
    "team", "hospital", "clinic", "fm", "cycling", "unit", "museums",
    "force", "forces", "club", "centers", "navy", "assembly",
    "observatory", "infirmary", "directorate", "police", "journal",
    // laboratories (`Laboratorium voor Moleculaire Microbiologie`,
    // `Koninklijk Observatorium van België`)
    "laboratorium", "laboratory", "observatorium",
    // `Ohio State Highway Patrol`, `Border Patrol`
    "patrol",
    // newspapers' mastheads (`the Jamaica Observer`, `the Nation Herald`,
    // `the Chunichi Shimbun`)
    "observer", "herald", "gazette", "tribune", "chronicle", "shimbun",
    // Spanish, Portuguese and French, which put the head first (`Banco do
    // Nordeste`, `Instituto Nacional de Estadística`, `Hôpital Principal`)
    "banco", "banque", "universidad", "universidade", "université",
    "instituto", "institut", "ministerio", "ministério", "ministère",
    "partido", "parti", "fundación", "fundação", "fondation", "asociación",
    "associação", "sindicato", "syndicat", "consejo", "conselho",
    "conseil", "comisión", "comissão", "agencia", "agência", "agence",
    "empresa", "compañía", "companhia", "compagnie", "société", "grupo",
    "equipo", "equipa", "équipe", "collectif", "colectivo",
    "groupe", "frente", "movimiento", "movimento", "mouvement",
    "federación", "federação", "fédération", "confederación",
    "confederação", "confédération", "unión", "união", "policía",
    "polícia", "servicio", "serviço", "secretaría", "dirección", "direção",
    "autoridad", "autoridade", "autorité", "cooperativa", "coopérative",
    "corporación", "clínica", "clinique", "hôpital", "corte", "cour",
    "juzgado", "fiscalía", "asamblea", "assembleia", "cámara", "câmara",
    "tiendas", "almacenes", "seguros", "seguradora", "centro",
    // consortia, miners, builders, carriers, laboratories, cement and
    // steel makers, brewers, oil firms and industries
    // (`Consorcio Puentes del Sur`, `Minera Andina Sur`, `Transportes
    // Rápidos del Valle`, `Laboratoires Dorvais`)
    "consorcio", "consórcio", "minera", "mineradora", "constructora",
    "construtora", "transportes", "laboratorios", "laboratórios",
    "laboratoires", "cementos", "aceros", "cervecería", "cervejaria",
    "petróleos", "industrias", "indústrias",
    // Danish, Norwegian and Greenlandic municipalities (`Kommune
    // Kujalleq`)
    "kommune",
    // `party` in Dzongkha and Greenlandic (`Druk Phuensum Tshogpa`,
    // `Inuit Ataqatigiit`)
    "tshogpa", "ataqatigiit",
    // German (`Gerda Henkel Stiftung`, `Deutscher Alpenverein`)
    "stiftung", "verein", "verband", "gesellschaft",
];

/// Words that open bodies' names in other languages and no person's:
/// heads of a body's name that are never a word of a person's (listed as
/// both, as [`FIRM_HEADS`] are).
#[rustfmt::skip]
const BODY_OPENERS: &[&str] = &[
    // breweries (`Cervecería Tlaloque`, `Brasserie de la Senne`)
    "cervecería", "cervejaria", "brasserie", "brauerei",
    // Flemish estate agents and developers (`Immo Daelman`)
    "immo",
    // ombudsmen, attorneys-general, auditors and supervisors of Latin
    // America (`Defensoría del Pueblo`, `Procuraduría de Antioquia`)
    "defensoría", "procuraduría", "contraloría", "superintendencia",
    "registraduría", "defensoria", "procuradoria", "controladoria",
];

/// The last words of clubs' names as British and Commonwealth football
/// writes them (`Ardrossan Thistle`, `Nairobi City Wanderers`): heads of
/// organisations' names, and the club alone later (`Wanderers coach`).
#[rustfmt::skip]
pub(crate) const CLUB_HEADS: &[&str] = &[
    "rovers", "thistle", "wanderers", "athletic", "albion", "academicals",
    // athletics clubs (`Birchfield Harriers`, `Shaftesbury Barnet Harriers`)
    "harriers",
];

/// Whether `word` is one of the [`CLUB_HEADS`], capitalised.
pub(crate) fn is_club_head(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && CLUB_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// Head nouns of firms and funds (`Mubadala Investment Company`, `Wamda
/// Capital`): organisation heads, and never words of a person's name
/// (`Korea's Kakao Ventures, founder ...`).
#[rustfmt::skip]
pub(crate) const FIRM_HEADS: &[&str] = &[
    "company", "ventures", "capital", "partners", "investments", "fund",
    "technologies", "labs", "robotics", "pharmaceuticals", "therapeutics",
    "motors", "forum", "government", "equities", "lines", "industries",
    "solutions", "securities", "mining", "chemicals", "electronics",
    "logistics", "knitwear", "textiles", "garments", "apparel",
    "renewables", "telecom", "racing", "motorsport", "retail", "minerals",
    "metals", "air", "steel", "holdings", "stores", "pharma", "biotech",
    "properties", "maritime", "aggregates",
    "biosciences", "shipping", "development", "developments", "tours",
    "travel", "media", "haulage", "insurance", "ratings",
    "terminals", "smelters", "advisory", "accountants", "earthmoving",
    // Dutch trades that name their firms so (`Vechtdal Hypotheken`)
    "notarissen", "advocaten", "hypotheken", "makelaars",
    // `Pan Pac Forest Products`, `Ferry Operators`
    "products", "operators",
    // `Sidamo Green Trading`, `Delta Stevedoring`, `Kooijman Infra`
    "trading", "stevedoring", "infra", "construction", "engineering",
    "farms", "fisheries", "seafood", "brewing", "breweries", "consulting",
    "software", "networks", "aquaculture", "bouw", "techniek",
    "installatietechniek", "recycling", "catering", "logistiek",
    // German (`Kessler Antriebstechnik GmbH`, `Vogt Maschinenbau`)
    "technik", "logistik", "bau",
    // banks, insurers and food firms (`Great Lakes Bancorp`, `Harlow
    // Mutual`, `Minerva Foods`)
    "bancorp", "bancshares", "financial", "mutual", "foods", "beverages",
    // `Tonga Geological Services`, `Norwegian Meteor Network`, `Ogun
    // Cement`
    "services", "network", "cement",
    // advisers and analysts (`Capital Economics`, `Kpler Analytics`)
    "analytics", "economics", "associates", "insights", "strategies",
    "consultancy", "consultants", "advisers", "advisors",
    "works", "energy", "resources", "aviation", "zorg", "credit",
    "fiscalisten", "belastingadviseurs",
    // farming, plantations and hotel groups (`Meridian Agri Resources`,
    // `Balangoda Hills Plantations`, `Highland Heritage Hotels`)
    "agri", "agro", "plantations", "hotels", "resorts",
    // lenders and distillers (`Pearl Kwetu Finance`, `Derwent Vale
    // Distilling Pty Ltd`)
    "finance", "distilling", "distillers",
    // German groups (`Neumann Kaffee Gruppe`)
    "gruppe",
];

/// Whether `word` is an organisation's head noun or a compound ending in
/// one (`Logistiek`, `Antriebstechnik`): a trade a firm is named by.
pub(crate) fn is_trade(word: &str) -> bool {
    is_or_ends_in(word, List::OrganisationHead)
}

/// Whether `word` is one of the [`FIRM_HEADS`], which no `of` and place
/// follow in a name (`Hanul Energy Solutions of South Korea`, but `Bank
/// of Ghana`).
pub(crate) fn is_firm_head(word: &str) -> bool {
    FIRM_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// Nouns of settlements and their parts, buildings and sites, in lower
/// case, before a place's name (`de wijk Overdie`, `het dorp Oldeboorn`,
/// `the village of Kanyama`, `sporthal De Bongerd`); Dutch compounds
/// count (`woonwijk`, `vissersdorp`, `woonzorgcentrum`).
#[rustfmt::skip]
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "wijk", "buurt", "dorp", "dorpje", "gehucht", "stadsdeel",
    "deelgemeente", "stadje", "badplaats", "kustplaats", "grensplaats",
    "buurtschap", "village", "town", "suburb",
    "outskirts",
    "neighbourhood", "neighborhood", "township", "hamlet", "settlement",
    "city", "stad", "gemeente", "municipality",
    // the people of a town, before `of` or `van` only
    "residents", "inhabitants", "bewoners", "inwoners",
    // plurals, before a list (`the villages of Limni and Rovies`)
    "villages", "towns", "hamlets", "townships", "settlements", "dorpen",
    "wijken", "gehuchten", "deelgemeenten",
    // buildings and sites, which the annotation counts as places
    "verpleeghuis", "verzorgingshuis", "zorgcentrum", "wijkcentrum",
    "buurtcentrum", "dorpshuis", "buurthuis", "winkelcentrum", "sporthal",
    "sportpark", "bedrijventerrein", "industrieterrein", "café", "zwembad",
    "molen", "korenmolen", "windmolen", "poldermolen", "watermolen",
    "sportcentrum", "stadion", "ijsstadion", "ijsbaan", "circuit",
    "jachthaven",
    // mines, airfields and industrial zones (`kopermijn Panguna`,
    // `luchthaven La Aurora`), camps (`vluchtelingenkamp Zaatari`)
    "kopermijn", "goudmijn", "zilvermijn", "zoutmijn", "diamantmijn",
    "steenkoolmijn", "steenkolenmijn", "lithiummijn", "nikkelmijn",
    "ertsmijn", "luchthaven", "vliegveld", "industriezone",
    "industriegebied", "vluchtelingenkamp",
    // border crossings and Flemish provincial parks (`de grensovergang
    // Kyzyl-Bel`, `het provinciedomein Bokrijk`)
    "grensovergang", "provinciedomein",
    // halls and stages (`zaal De Wingerd`, `cultuurcentrum C-mine`)
    "zaal", "cultuurcentrum", "gemeenschapscentrum", "schouwburg",
    "poppodium", "muziekcentrum",
];

/// Whether `word` names a town's people (`residents`, `dorpsbewoners`),
/// which a town's name follows after `of` or `van` only.
pub(crate) fn is_residents(word: &str) -> bool {
    lowered(word, |lower| {
        ["residents", "inhabitants", "bewoners", "inwoners"]
            .iter()
            .any(|r| lower.ends_with(r.as_bytes()))
    })
}

/// Whether `word` is a plural of [`PLACE_NOUNS`], which lists names.
pub(crate) fn is_place_plural(word: &str) -> bool {
    matches!(
        word,
        "villages"
            | "towns"
            | "hamlets"
            | "townships"
            | "settlements"
            | "dorpen"
            | "wijken"
            | "gehuchten"
            | "deelgemeenten"
    )
}

/// Nouns of areas, islands and rivers, in lower case, before a region's
/// name (`het eiland Efate`, `de rivier de Geul`); the English ones
/// with `of` only (`the province of Isabela`, not `the state Department`),
/// but `river` (`the river Meghna`).
#[rustfmt::skip]
pub(crate) const REGION_NOUNS: &[&str] = &[
    "provincie", "deelstaat", "eiland", "rivier", "district", "regio",
    "province", "region", "state", "island", "river", "vulkaan",
];

/// Prefixes joined to an Arabic surname by a hyphen (`al-Sadr`).
#[rustfmt::skip]
pub(crate) const ARABIC_PREFIXES: &[&str] = &[
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ibn", "bin",
];

/// East-Asian family names, written first (`Kim Yong-hyun`): the later
/// short form of such a name is this word.
#[rustfmt::skip]
pub(crate) const EAST_ASIAN_FAMILY: &[&str] = &[
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
    "han", "shin", "xi", "wang", "li", "zhang", "liu", "chen", "yang", "huang",
    "zhao", "wu", "zhou", "nguyen", "tran", "pham",
    "he", "lin", "zheng", "sun", "zhu", "hu", "guo", "xu", "gao", "luo", "liang",
    "tang", "hsieh", "chiu", "chang", "tsai", "hsu", "kuo", "cheng", "lai",
    "kwon", "hwang", "ahn", "jeon", "hong", "moon", "seo", "bae", "ryu",
    "le", "vo", "vu", "dang", "bui", "ngo", "phan", "hoang", "huynh",
    "woo", "song", "yoo", "ko", "nam", "baek", "wei", "deng", "jiang", "feng",
    "cai", "peng", "pan", "ma", "yu", "lu", "su", "ye", "shen", "cao",
    "tian", "fan", "fang", "xie", "meng", "dong", "duan", "qin", "duong",
    // Taiwanese spellings (`Kao Chen-wei`, `Yeh Chun-chieh`)
    "kao", "chou", "yeh", "tseng", "chien", "hsiao", "chuang", "liao",
    "chiang", "weng",
];

/// Word prefixes joined by a hyphen (`Ex-man`, `Oud-minister`): no given
/// name.
#[rustfmt::skip]
pub(crate) const WORD_PREFIXES: &[&str] = &[
    "oud", "ex", "vice", "co", "anti", "pro", "non", "niet", "pre", "post",
    "semi", "neo", "mede", "sub", "chef", "adjunct", "interim", "loco",
    "ere", "hoofd",
    // a deputy (`Substituut-procureur`, `Plaatsvervangend-voorzitter`),
    // an acting or a former holder (`Waarnemend-burgemeester`)
    "substituut", "plaatsvervangend", "waarnemend", "voormalig",
    // positions in sport (`Off-spinner`, `Left-back`)
    "off", "leg", "left", "right",
];

/// Role nouns Dutch writes with a capital, also after a hyphen
/// (`PVV-Kamerlid`); any other capitalised word there ends a double
/// surname (`Van Wijngaarden-Prins`).
#[rustfmt::skip]
pub(crate) const CAPITALISED_ROLES: &[&str] = &["kamerlid", "statenlid"];

/// Capitalised words that are no name or start none: months, weekdays,
/// determiners and pronouns, sentence openers, and capitalised common
/// nouns of the news (`Kamer`, `Staat`, `Pasen`).
#[rustfmt::skip]
pub(crate) const STOP_WORDS: &[&str] = &[
    // months and weekdays
    // (not `mei`: Dutch writes its months in lower case, and `Mei` is a
    // given name)
    "januari", "februari", "maart", "april", "juni", "juli", "augustus",
    "september", "oktober", "november", "december", "january", "february",
    "march", "may", "june", "july", "august", "october", "maandag", "dinsdag",
    "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    // Dutch function words and openers
    "het", "een", "dit", "dat", "deze", "die", "hij", "zij", "ze", "wij", "we",
    "ik", "jij", "u", "hun", "hem", "haar", "zijn", "ook", "maar", "en", "of",
    "toen", "nu", "dan", "daar", "hier", "wel", "niet", "geen", "nog", "al",
    "ook", "bij", "in", "op", "met", "voor", "na", "naar", "om", "uit", "over",
    "tegen", "door", "als", "want", "omdat", "dus", "volgens", "aldus",
    "gisteren", "vandaag", "morgen", "vanavond", "vannacht", "vanochtend",
    "later", "eerder", "inmiddels", "wie", "wat", "waar", "hoe", "waarom",
    "alle", "veel", "meer", "minder", "zo", "kamer", "staat", "pasen", "kerst",
    "kerstmis", "pinksteren", "god", "rijk", "koning", "koningin", "premier",
    "minister", "president", "burgemeester", "wethouder", "directeur",
    "nederlander", "nederlanders", "belg", "belgen", "oud", "ex", "vice",
    "co", "anti", "pro", "interim", "waarnemend",
    // prepositions that open sentences before a name (`Naast Nguyen
    // werden 31 anderen veroordeeld`)
    "naast", "behalve", "zonder", "tussen", "tijdens", "sinds", "vanwege",
    "namens", "dankzij", "ondanks", "zoals", "binnen", "rond",
    // English function words and openers
    "the", "a", "this", "that", "these", "those", "he", "she", "it",
    "they", "we", "i", "you", "his", "her", "their", "our", "its", "and",
    "but", "or", "so", "then", "now", "there", "here", "also", "not", "no",
    "only", "even", "just", "still", "yet",
    "yes", "at", "on", "with", "for", "to", "from", "by", "as", "if", "when",
    "while", "after", "before", "since", "because", "who", "what", "where",
    "how", "why", "all", "many", "more", "mr", "mrs", "ms", "dr", "according",
    "several", "various", "numerous",
    "besides", "except", "without", "between", "during", "despite",
    "unlike", "among", "including",
    "yesterday", "today", "tomorrow", "tonight", "earlier", "last", "next",
    "christmas", "easter", "minister", "president", "prime", "mayor",
    "general", "secretary", "sir", "lord", "lady", "chief",
];

/// Capitalised words in names of things and never in people's names; they
/// may stand in organisations' names (`National Unity Platform`).
#[rustfmt::skip]
pub(crate) const NOT_IN_PERSON_NAMES: &[&str] = &[
    // institutions: `Justice Department`, `General Motors` follow no role
    "parliament", "congress", "senate", "state", "house", "court",
    "government", "officials", "police",
    "department", "ministry", "ministerie", "office", "council", "committee",
    "comité",
    "commission", "raad", "commissie", "zaken", "affairs", "command", "forces",
    "army", "navy", "authority", "authorities", "service", "services",
    "operations", "relations", "institute", "enforcement",
    "instituut", "university", "universiteit", "hospital", "ziekenhuis",
    "bureau", "politie", "centre", "center", "centrum", "school", "foundation",
    "association", "federation", "aviation", "research",
    // streets and venues: `Queen Street East` is no queen's name
    "street", "avenue", "road", "boulevard", "highway", "square", "plaza",
    "esplanade", "airport", "stadium", "arena",
    // ranks written short, without their period (`spokesman Col. Jose
    // Reyes`, `Rear Adm. Armando Dela Cruz`)
    "adm", "col", "lt", "capt", "sgt", "cmdr", "brig", "cpl", "rear",
    // words that start names of things, not people
    "executive", "owner", "federal", "national", "central", "royal",
    "nationale", "centrale", "koninklijke", "koninklijk", "vlaamse",
    // legal forms and institutions in other languages
    "ltd", "inc", "gmbh", "plc", "llc", "corp", "universidad", "universidade",
    "université", "universität", "partido", "banco", "instituto", "banque",
    "institut", "ministerio", "ministério", "ministère", "fundación",
    "fundação", "fondation", "asociación", "associação", "sindicato",
    "syndicat", "consejo", "conselho", "conseil", "comisión", "comissão",
    "agencia", "agência", "agence", "empresa", "compañía", "companhia",
    "compagnie", "société", "grupo", "groupe", "movimiento", "movimento",
    "mouvement", "federación", "federação", "fédération", "policía",
    "polícia", "servicio", "serviço", "secretaría", "dirección", "direção",
    "autoridad", "autoridade", "autorité", "cooperativa", "corporación",
    "clínica", "clinique", "hôpital", "juzgado", "fiscalía", "asamblea",
    "assembleia", "assemblée", "cámara", "câmara", "seguros", "seguradora",
    "centro",
    "stiftung", "verein", "verband", "gesellschaft",
    // events and groups: `de Japanse Grand Prix`, `de Wagner Groep`
    "grand", "prix", "open", "cup", "tour", "classic", "groep", "league",
    "liga", "trophy", "championship", "championships", "olympics", "year",
    "festival", "divisie", "division", "carnaval", "carnival",
    // sports, which name national federations (`Rugby Australia`)
    "athletics", "cricket", "rugby", "netball", "hockey", "football",
    "soccer", "swimming", "volleyball", "basketball", "badminton",
    "gymnastics", "triathlon", "judo", "boxing", "gaming", "esports",
    "baseball", "softball",
    "heroes", "lions", "tech", "academia",
    // races, valleys, divisions and instruments: `the Champion Hurdle`,
    // `Wadi Rum`, `James Webb Space Telescope`
    "hurdle", "wadi", "division", "telescope", "tiendas", "almacenes",
    // storms: `Tropical Storm Kiko`, `orkaan Milton`
    "tropical", "hurricane", "typhoon", "cyclone", "orkaan", "tyfoon",
    "cycloon",
    // what companies make or do: `partner Song Lam Energy`
    "energy", "foods", "mining", "minerals", "metals", "resources",
    "logistics", "solutions", "systems", "industries", "electronics",
    "airlines", "airways", "shipping", "insurance", "securities", "chemicals",
    "equities", "management", "institutional", "lines", "confederation",
    "solar", "resorts", "hotels", "air", "markets", "united", "meeting",
    "retail", "unit", "museums", "live", "railway", "railways", "railroad",
    // Italian clubs (`Vero Volley Milano`), Spanish cycling teams
    // (`Iberbanca Ciclismo`), archives (`Zeeuws Archief`), waterfronts
    // and Turkish mosques (`Alfred Waterfront`, `Fatih Camii`)
    "volley", "ciclismo", "archief", "archive", "archives", "waterfront",
    "camii",
    // tourist boards (`Visit Flanders`)
    "visit",
    // places: `the slopes of Mount Aragats said`
    "mount", "lake", "fort",
    // teams and events: `the Sunshine Girls`, `Dutch Design Week`
    "girls", "boys", "week",
    // titles: `Ukrainian Deputy Agriculture Minister`
    "deputy",
];

/// Organisation nouns of trades that people ply as well as firms: a
/// person's name may follow them (`kermisexploitant Henk Vermolen`,
/// `producent Jan Smit`).
const PERSON_OR_FIRM: &[&str] = &[
    "exploitant",
    "producent",
    "leverancier",
    "aanbieder",
    "contractor",
    "exporteur",
    "importeur",
    "importer",
    "exporter",
    "juwelier",
    "jeweller",
    "jeweler",
    "brewer",
    "grocer",
];

/// Role nouns of trades that firms ply as often as people: one word
/// after them, no given name, is a firm (`aannemer Democo`).
const FIRM_ROLES: &[&str] =
    &["aannemer", "organisator", "organiser", "organizer"];

/// Whether the role noun `role` is one of [`FIRM_ROLES`], or a compound
/// in one (`hoofdaannemer`).
pub(crate) fn is_firm_role(role: &str) -> bool {
    lowered(role, |lower| {
        FIRM_ROLES.iter().any(|f| lower.ends_with(f.as_bytes()))
    })
}

/// Whether the organisation noun `noun` is one of [`PERSON_OR_FIRM`].
pub(crate) fn is_person_or_firm(noun: &str) -> bool {
    PERSON_OR_FIRM.iter().any(|p| p.eq_ignore_ascii_case(noun))
}

/// What a cue word found by [`CUES`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueWord {
    /// A role or title noun; a person follows.
    Role,
    /// A speech verb or phrase; a person follows.
    SpeechBefore,
    /// A speech verb; a person precedes.
    SpeechAfter,
    /// A speech verb that works both ways (`zei`, `said`).
    SpeechEither,
    /// An organisation noun; an organisation follows.
    Organisation,
    /// A legal form; an organisation precedes.
    LegalSuffix,
    /// `(`: an age in brackets may follow a person.
    Bracket,
    /// A capitalised head noun inside an organisation's name.
    Head,
    /// A noun of a settlement or a part of one; a place's name follows
    /// (`de wijk Overdie`, `the village of Kanyama`).
    Place,
    /// A noun of an area, island or river; a region's name follows (`het
    /// eiland Efate`, `the province of Isabela`).
    Region,
}

/// The cue words, and a trie of their bytes in reverse order that finds
/// them where words end.
///
/// A cue counts only where a word ends (no letter or digit follows; `(`
/// is the exception), so the scan stops at word ends only and walks back
/// from each as far as some cue word's tail goes: `woordvoerder` in
/// `politiewoordvoerder`, both words of `prime minister`. It reports what
/// a leftmost-longest search from every offset would (`prime minister`
/// and not `minister` there, not `told` before `told by`), which a
/// dictionary automaton over every byte found at several times the cost.
pub(crate) struct Cues {
    /// The words as listed, each with what it is.
    pub(crate) words: Vec<(&'static str, CueWord)>,
    /// Per byte, its column in `next`: 0 for a byte in no word; an ASCII
    /// capital shares its small letter's (the search ignores ASCII case).
    class: [u8; 256],
    /// Per state (a row of as many columns as there are classes) and
    /// column, the row of the state after one more byte read backwards,
    /// with [`WHOLE`] set when a word ends there, or 0 for none (row 0 is
    /// the root's, and no edge leads back to it).
    next: Vec<u32>,
    /// Columns per row.
    classes: usize,
    /// Per state, the word whose bytes, all of them, lead there (`NONE`:
    /// none).
    word: Vec<u16>,
    /// Per word, the longer words that start with it (`told by` for
    /// `told`, `Inc.` for `Inc`): where one of them stands, that one is
    /// the word found there.
    longer: Vec<Vec<u16>>,
    /// The words of one byte that count wherever they stand (`(`), with
    /// their index.
    anywhere: Vec<(u8, u16)>,
}

const NONE: u16 = u16::MAX;

/// The flag of an entry of [`Cues::next`] whose state completes a word.
const WHOLE: u32 = 1 << 31;

/// Per byte, whether a word may end before it: 1 for ASCII that is no
/// letter or digit, 2 for the first byte of a longer character (which
/// may be a letter: the scan reads the character), 0 otherwise.
static ENDS_WORD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() || (b >= 0x80 && b < 0xC0) {
            0
        } else if byte < 0x80 {
            1
        } else {
            2
        };
        b += 1;
    }
    table
};

/// The bytes of `x` (eight bytes of text, the first lowest) that a word may
/// end before, as [`ENDS_WORD`] has them, by their high bits: ASCII that
/// is no letter or digit, and the first bytes of longer characters.
fn word_ends(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Per byte, no sum or difference below leaves its byte.
    let ascii = x & !HIGH;
    let at_least = |from: u8| ascii + ONES * u64::from(0x80 - from);
    let at_most = |to: u8| ONES * (0x80 + u64::from(to)) - ascii;
    let digit = at_least(b'0') & at_most(b'9');
    let folded = ascii | (ONES * 0x20);
    let small = |from: u8| folded + ONES * u64::from(0x80 - from);
    let letter = small(b'a') & (ONES * (0x80 + u64::from(b'z')) - folded);
    let alphanumeric = (digit | letter) & HIGH;
    let plain = !x & HIGH;
    let lead = x & (x << 1) & HIGH;
    (plain & !alphanumeric) | lead
}

impl Cues {
    fn new(words: Vec<(&'static str, CueWord)>) -> Self {
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for (w, _) in &words {
            for b in w.bytes().map(|b| b.to_ascii_lowercase()) {
                if class[usize::from(b)] == 0 {
                    class[usize::from(b)] =
                        u8::try_from(classes).expect("under 256 bytes");
                    classes += 1;
                }
            }
        }
        for b in b'A'..=b'Z' {
            class[usize::from(b)] = class[usize::from(b.to_ascii_lowercase())];
        }
        // Rows of states first, then the flags of whole words.
        let mut next = vec![0u32; classes];
        let mut word = vec![NONE];
        let mut anywhere = Vec::new();
        for (i, (w, cue)) in words.iter().enumerate() {
            let index = u16::try_from(i).expect("fewer words than u16::MAX");
            if *cue == CueWord::Bracket {
                assert_eq!(w.len(), 1, "a bracket is one byte");
                anywhere.push((w.as_bytes()[0], index));
                continue;
            }
            let mut row = 0;
            for b in w.bytes().rev() {
                let at = row + usize::from(class[usize::from(b)]);
                if next[at] == 0 {
                    next[at] = u32::try_from(next.len())
                        .ok()
                        .filter(|&r| r < WHOLE)
                        .expect("fewer states than 2^31");
                    next.resize(next.len() + classes, 0);
                    word.push(NONE);
                }
                row = usize::try_from(next[at]).expect("a row");
            }
            assert_eq!(word[row / classes], NONE, "{w} is listed once");
            word[row / classes] = index;
        }
        for entry in &mut next {
            let row = usize::try_from(*entry).expect("a row");
            if row != 0 && word[row / classes] != NONE {
                *entry |= WHOLE;
            }
        }
        let longer = words
            .iter()
            .map(|(short, _)| {
                (0..words.len())
                    .filter(|&j| {
                        let long = words[j].0.as_bytes();
                        long.len() > short.len()
                            && long[..short.len()]
                                .eq_ignore_ascii_case(short.as_bytes())
                    })
                    .map(|j| u16::try_from(j).expect("fewer than u16::MAX"))
                    .collect()
            })
            .collect();
        Cues { words, class, next, classes, word, longer, anywhere }
    }

    /// Calls `found` with the span and index of each word in the block
    /// `range` of `text` that is the longest word starting where it starts
    /// (and ending in the block), and that ends where a word of the text
    /// may end (no ASCII letter or digit follows) or counts anywhere
    /// (`(`). The spans may overlap (`told` in `told by` is not one of
    /// them, `minister` in `prime minister` is); their starts differ.
    pub(crate) fn scan(
        &self,
        text: &str,
        range: Span,
        mut found: impl FnMut(Span, usize),
    ) {
        let found: &mut dyn FnMut(Span, usize) = &mut found;
        // Words end in the block: the bytes after it are not theirs.
        let text = &text[..range.end];
        let bytes = text.as_bytes();
        let from = range.start;
        for &(byte, word) in &self.anywhere {
            for at in memchr::memchr_iter(byte, &bytes[from..]) {
                if self.longest(bytes, from + at, word) {
                    found(
                        Span::new(from + at, from + at + 1),
                        usize::from(word),
                    );
                }
            }
        }
        // Eight bytes at a time, the bytes a word may end before, gathered
        // into one bit per byte for each block of 64; then the bits in turn.
        let mut blocks = bytes[from..].chunks_exact(64);
        for (i, block) in blocks.by_ref().enumerate() {
            let mut ends = 0u64;
            for (k, chunk) in block.chunks_exact(8).enumerate() {
                let high = word_ends(u64::from_le_bytes(
                    chunk.try_into().expect("eight bytes"),
                ));
                // The high bit of each byte, as one bit per byte.
                let bits =
                    (high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
                ends |= bits << (8 * k);
            }
            while ends != 0 {
                let end = from + i * 64 + ends.trailing_zeros() as usize;
                ends &= ends - 1;
                self.end_at(text, from, end, found);
            }
        }
        let tail = bytes.len() - blocks.remainder().len();
        for end in tail..bytes.len() {
            if ENDS_WORD[usize::from(bytes[end])] != 0 {
                self.end_at(text, from, end, found);
            }
        }
        self.walk_back(bytes, from, bytes.len(), found);
    }

    /// Walks back from `end`, a byte no word goes on over, to `from` at
    /// most, if it is no letter or digit.
    #[inline(always)]
    fn end_at(
        &self,
        text: &str,
        from: usize,
        end: usize,
        found: &mut dyn FnMut(Span, usize),
    ) {
        let bytes = text.as_bytes();
        if bytes[end] < 0x80 || !text[end..].starts_with(char::is_alphanumeric)
        {
            self.walk_back(bytes, from, end, found);
        }
    }

    /// Reads back from `end` while some word's tail matches, and reports
    /// each word met that is the longest at its start. Most ends stop
    /// after a byte or two, so this stays small enough to inline.
    #[inline(always)]
    fn walk_back(
        &self,
        bytes: &[u8],
        from: usize,
        end: usize,
        found: &mut dyn FnMut(Span, usize),
    ) {
        let mut row = 0;
        let mut start = end;
        while start > from {
            start -= 1;
            let column = self.class[usize::from(bytes[start])];
            let Some(&entry) = self.next.get(row + usize::from(column)) else {
                return;
            };
            if entry == 0 {
                return;
            }
            row = usize::try_from(entry & !WHOLE).expect("a row");
            if entry & WHOLE != 0 {
                self.report(bytes, Span::new(start, end), row, found);
            }
        }
    }

    /// Reports the word whose state is at `row`, found at `span`, unless a
    /// longer word starts there.
    #[inline(never)]
    fn report(
        &self,
        bytes: &[u8],
        span: Span,
        row: usize,
        found: &mut dyn FnMut(Span, usize),
    ) {
        let word = self.word[row / self.classes];
        if self.longest(bytes, span.start, word) {
            found(span, usize::from(word));
        }
    }

    /// Whether no word longer than `word` starts at `at` with it.
    fn longest(&self, bytes: &[u8], at: usize, word: u16) -> bool {
        self.longer[usize::from(word)].iter().all(|&long| {
            let long = self.words[usize::from(long)].0.as_bytes();
            !bytes
                .get(at..at + long.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(long))
        })
    }
}

/// Builds the word lists' tables now rather than on first use.
pub(crate) fn prepare() {
    Lazy::force(&CUES);
    Lazy::force(&LISTED);
}

/// The cue words and their trie, built on first use.
pub(crate) static CUES: Lazy<Cues> = Lazy::new(|| {
    let mut words: Vec<(&'static str, CueWord)> = Vec::new();
    let mut add = |list: &[&'static str], cue: CueWord| {
        for &w in list {
            match words.iter_mut().find(|(x, _)| x.eq_ignore_ascii_case(w)) {
                // `zei` precedes and follows names; the legal `Group` is
                // also the noun `group`: the first list a word is in wins,
                // except that speech verbs merge.
                Some((_, c)) => {
                    if matches!(*c, CueWord::SpeechBefore)
                        && cue == CueWord::SpeechAfter
                    {
                        *c = CueWord::SpeechEither;
                    }
                }
                None => words.push((w, cue)),
            }
        }
    };
    add(SPEECH_BEFORE, CueWord::SpeechBefore);
    add(SPEECH_AFTER, CueWord::SpeechAfter);
    add(ROLES, CueWord::Role);
    add(WEAK_ROLES, CueWord::Role);
    add(ROLE_PLURALS, CueWord::Role);
    add(LEGAL_SUFFIXES, CueWord::LegalSuffix);
    add(ORGANISATION_NOUNS, CueWord::Organisation);
    add(CLUB_PREFIXES, CueWord::Organisation);
    add(INSTITUTION_PREFIXES, CueWord::Organisation);
    add(ORGANISATION_PLURALS, CueWord::Organisation);
    add(ORGANISATION_HEADS, CueWord::Head);
    add(CLUB_HEADS, CueWord::Head);
    add(FIRM_HEADS, CueWord::Head);
    add(BODY_OPENERS, CueWord::Head);
    add(&["("], CueWord::Bracket);
    add(PLACE_NOUNS, CueWord::Place);
    add(REGION_NOUNS, CueWord::Region);
    Cues::new(words)
});

/// The word lists, for [`is`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    Role = 1,
    Particle = 1 << 1,
    SurnameParticle = 1 << 2,
    ArabicPrefix = 1 << 3,
    EastAsianFamily = 1 << 4,
    Stop = 1 << 5,
    NotInPersonNames = 1 << 6,
    OrganisationNoun = 1 << 7,
    OrganisationHead = 1 << 8,
    OrganisationPlural = 1 << 9,
    OrganisationAfter = 1 << 10,
    WordPrefix = 1 << 11,
    CapitalisedRole = 1 << 12,
    RolePlural = 1 << 13,
    Kin = 1 << 14,
    Demonym = 1 << 15,
}

/// People of a region or city, role nouns but no mentions themselves (`de
/// Kempenaar Toon Aerts`), where a nationality would be a country's; and
/// surnames as often (`Ronald Kempenaar van Amersfoort Vooruit`).
#[rustfmt::skip]
const DEMONYMS: &[&str] = &[
    "vlaming", "west-vlaming", "oost-vlaming", "brabander", "limburger",
    "zeeuw", "groninger", "drent", "tukker", "kempenaar", "antwerpenaar",
    "gentenaar", "brusselaar", "amsterdammer", "rotterdammer", "hagenaar",
    "utrechter",
];

/// Every listed word with the lists it is in, as bits of [`List`]: names
/// ask for every capitalised word near a cue, which a scan of the lists
/// made slow. Keyed by bytes, which a lower-cased copy on the stack is
/// without a check.
static LISTED: Lazy<FxHashMap<&'static [u8], u16>> = Lazy::new(|| {
    let mut map: FxHashMap<&'static [u8], u16> = FxHashMap::default();
    for (list, words) in [
        (List::Role, ROLES),
        (List::Role, WEAK_ROLES),
        (List::Particle, PARTICLES),
        (List::SurnameParticle, SURNAME_PARTICLES),
        (List::ArabicPrefix, ARABIC_PREFIXES),
        (List::EastAsianFamily, EAST_ASIAN_FAMILY),
        (List::Stop, STOP_WORDS),
        (List::NotInPersonNames, NOT_IN_PERSON_NAMES),
        (List::NotInPersonNames, FIRM_HEADS),
        (List::NotInPersonNames, BODY_OPENERS),
        (List::OrganisationNoun, ORGANISATION_NOUNS),
        (List::OrganisationNoun, CLUB_PREFIXES),
        (List::OrganisationNoun, INSTITUTION_PREFIXES),
        (List::OrganisationHead, ORGANISATION_HEADS),
        (List::OrganisationHead, CLUB_HEADS),
        (List::OrganisationHead, FIRM_HEADS),
        (List::OrganisationHead, BODY_OPENERS),
        (List::OrganisationNoun, ORGANISATION_PLURALS),
        (List::OrganisationPlural, ORGANISATION_PLURALS),
        (List::OrganisationAfter, ORGANISATION_NOUNS_AFTER),
        (List::WordPrefix, WORD_PREFIXES),
        (List::CapitalisedRole, CAPITALISED_ROLES),
        (List::Role, ROLE_PLURALS),
        (List::RolePlural, ROLE_PLURALS),
        (List::Kin, KIN),
        (List::Role, DEMONYMS),
        (List::Demonym, DEMONYMS),
    ] {
        for &w in words {
            *map.entry(w.as_bytes()).or_default() |= list as u16;
        }
    }
    map
});

/// The last four bytes of every listed word of five bytes or more, with
/// the lists such words are in: a compound can end in a listed word only
/// if it ends in these.
static TAILS: Lazy<FxHashMap<[u8; 4], u16>> = Lazy::new(|| {
    let mut tails: FxHashMap<[u8; 4], u16> = FxHashMap::default();
    for (word, lists) in LISTED.iter().filter(|(w, _)| w.len() >= 5) {
        let tail: [u8; 4] =
            word[word.len() - 4..].try_into().expect("four bytes");
        *tails.entry(tail).or_default() |= lists;
    }
    tails
});

/// The lists `word` is in, ignoring case, as bits of [`List`].
pub(crate) fn lists(word: &str) -> u16 {
    lowered(word, |lower| LISTED.get(lower).copied().unwrap_or(0))
}

/// Whether `list` holds `word`, ignoring case.
pub(crate) fn is(word: &str, list: List) -> bool {
    lists(word) & list as u16 != 0
}

/// Whether the role cue `cue` names a leader that may be a body as well
/// as a person (`led by Goldman Sachs`, `geleid door Rabobank`).
pub(crate) fn may_name_a_body(cue: &str) -> bool {
    ["led by", "headed by", "geleid door", "onder leiding van"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(cue))
}

/// Whether `word` is a role noun or a compound ending in one of five
/// letters or more (`Bestuursvoorzitter`, `FNV-bestuurder`).
pub(crate) fn is_role(word: &str) -> bool {
    is_or_ends_in(word, List::Role)
}

/// Role nouns that end English compounds of other meanings
/// (`wheelchair`, `armchair`): a role only as a word of their own.
const WHOLE_WORD_ROLES: &[&str] = &["chair"];

/// Whether the role noun `role` counts only as a word of its own.
pub(crate) fn is_whole_word_role(role: &str) -> bool {
    WHOLE_WORD_ROLES.iter().any(|r| r.eq_ignore_ascii_case(role))
}

/// English organisation nouns, which end no compound (`Confirm` is no
/// firm, `Reunion` no union), as Dutch ones do (`techbedrijf`).
#[rustfmt::skip]
const ENGLISH_NOUNS: &[&str] = &[
    "company", "firm", "party", "group", "union", "agency", "charity",
    "movement", "outlet", "militia", "lender", "utility", "maker", "studio",
    "watchdog", "association", "exchange", "banks",
];

/// Whether `word` is one of the [`ENGLISH_NOUNS`].
pub(crate) fn is_english_noun(word: &str) -> bool {
    ENGLISH_NOUNS.contains(&word)
}

/// Organisation nouns that Dutch writes capitalised as the first word of
/// a body's name (`Stichting Plein Flevoland`, `Veiligheidsregio
/// Drenthe`); others, capitalised, describe what follows (`Chipmaker`).
const NAME_NOUNS: &[&str] = &[
    "stichting",
    "vereniging",
    "vakbond",
    "veiligheidsregio",
    "politiezone",
    "waterschap",
    "hoogheemraadschap",
    "omgevingsdienst",
    "brandweerzone",
    "zorggroep",
    "huisartsenkring",
    // trades whose firms are named so (`Bakkerij Van Gils`, `Rederij
    // Doeksen`)
    "bakkerij",
    "rederij",
    "slagerij",
    "drukkerij",
    "brouwerij",
    "kwekerij",
    "stokerij",
    // stations (`Radio Karthago`, `Radio Andalus`)
    "radio",
    // hotels, shops and companies named so (`Hotel De Groene Boog`,
    // `Apotheek De Gouden Leeuw`, `Theatergroep Dwarsligger`; not the
    // heads `Ziekenhuis` and `Museum`, which end names as often:
    // `Waterland Ziekenhuis`)
    "hotel",
    "apotheek",
    "frituur",
    "theatergroep",
];

/// Organisation nouns that, capitalised at the start of a sentence, say
/// what the name after them is rather than open it (`Verzekeraar
/// Fidesco`, `Carmaker Stellantis said`, `Exporters Kyagalanyi Coffee and
/// Ugacof`): the trades and the kinds of firm whose noun no firm's name
/// takes, unlike the [`NAME_NOUNS`] (`Stichting`, `Bakkerij`) and the
/// words that open names of their own (`Group`, `Union`, `Radio`).
#[rustfmt::skip]
const DESCRIBING_NOUNS: &[&str] = &[
    // Dutch trades
    "verzekeraar", "exporteur", "importeur", "exploitant", "fabrikant",
    "producent", "leverancier", "verwerker", "aanbieder", "netbeheerder",
    "projectontwikkelaar", "vastgoedontwikkelaar", "juwelier", "keten",
    "supermarkt", "webwinkel", "persbureau", "denktank", "hotelgroep",
    "hotelketen",
    // English trades and kinds of firm
    "carmaker", "chipmaker", "automaker", "drugmaker", "planemaker",
    "steelmaker", "watchmaker", "insurer", "reinsurer", "lender",
    "retailer", "wholesaler", "manufacturer", "broadcaster", "regulator",
    "miner", "contractor", "developer", "exporter", "importer", "refiner",
    "shipbuilder", "shipowner", "meatpacker", "brewer", "distiller",
    "forwarder", "operator", "bookmaker", "lessor", "grocer", "jeweller",
    "jeweler", "brokerage", "consultancy", "conglomerate", "airline",
    "fintech", "biotech", "medtech", "startup", "start-up", "watchdog",
    // plurals, before a list
    "exporters", "refiners", "miners", "carmakers", "lenders", "insurers",
    "retailers", "developers", "contractors", "shipbuilders", "airlines",
    "chipmakers", "drugmakers", "automakers", "meatpackers",
    "verzekeraars", "fabrikanten", "producenten", "supermarkten",
];

/// Whether `word`, an organisation noun capitalised at the start of a
/// sentence, is one of the [`DESCRIBING_NOUNS`].
pub(crate) fn describes_name_after(word: &str) -> bool {
    DESCRIBING_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// The prefixes of sport clubs' names (`VV Katwijk`, `HC Den Bosch`):
/// organisation nouns that start names.
#[rustfmt::skip]
pub(crate) const CLUB_PREFIXES: &[&str] = &[
    "vv", "hc", "hv", "sv", "mhc", "afc", "kv", "kfc", "rkvv", "rksv",
    "sc", "fc", "kvc", "ksv", "rfc",
    // table tennis, volleyball and basketball (`TTK Vlaspit Wevelgem`, `VC
    // Asse-Ternat`, `BC Oostende`)
    "ttc", "ttk", "vc", "vbc", "bc", "hbc", "kvv",
    // swimming and water polo (`ZV De Merwede`)
    "zv", "zpc",
    // clubs abroad (`HK Ventspils`, `FK Partizan`, `NK Osijek`, `TP
    // Mazembe`)
    "hk", "fk", "nk", "tp",
    // Spanish and Portuguese (`Atlético Mburucuyá`, `Sportivo Ñemby`)
    "atlético", "atletico", "sportivo", "deportivo", "esporte",
];

/// Abbreviations of Dutch and Flemish kinds of institution that open the
/// names of their local bodies (`GGZ Drenthe`, `ROC Friese Poort`, `OCMW
/// Gent`, `CAW Oost-Vlaanderen`), as club prefixes do.
#[rustfmt::skip]
pub(crate) const INSTITUTION_PREFIXES: &[&str] =
    &["ggz", "roc", "ocmw", "caw", "clb"];

/// Whether `word` is one of the [`CLUB_PREFIXES`] or
/// [`INSTITUTION_PREFIXES`], which are words of their own, no compound's
/// end (`nk` of `Frank`).
pub(crate) fn is_prefix_abbreviation(word: &str) -> bool {
    CLUB_PREFIXES.contains(&word) || INSTITUTION_PREFIXES.contains(&word)
}

/// Clubs' abbreviations that English writes after the name (`Tamale City
/// FC`), in capitals.
pub(crate) const CLUB_SUFFIXES: &[&str] = &["FC", "AFC", "RFC", "SC", "HC"];

/// Whether `word` is one of the [`NAME_NOUNS`], [`CLUB_PREFIXES`] or
/// [`INSTITUTION_PREFIXES`].
pub(crate) fn is_name_noun(word: &str) -> bool {
    NAME_NOUNS
        .iter()
        .chain(CLUB_PREFIXES)
        .chain(INSTITUTION_PREFIXES)
        .any(|n| n.eq_ignore_ascii_case(word))
}

/// Whether `portfolio` after `preposition` is a role's complement
/// (`van Onderwijs`, `voor Jeugd`), as in [`ROLE_COMPLEMENTS`].
pub(crate) fn is_portfolio(preposition: &str, portfolio: &str) -> bool {
    matches!(preposition, "van" | "voor" | "of" | "for")
        && is_portfolio_word(portfolio)
}

/// Whether `word` is the portfolio of some role's complement
/// (`Onderwijs`, `Defence`), whatever the preposition.
pub(crate) fn is_portfolio_word(word: &str) -> bool {
    static PORTFOLIOS: Lazy<FxHashSet<&'static [u8]>> = Lazy::new(|| {
        ROLE_COMPLEMENTS
            .iter()
            .filter_map(|c| c.split_once(' ').map(|(_, tail)| tail.as_bytes()))
            .collect()
    });
    // The complements are in lower case.
    lowered(word, |lower| PORTFOLIOS.contains(lower))
}

/// Whether `word` is an organisation noun or a compound ending in one
/// (`Studentenvakbond`, `Reizigersvereniging`), not in an English one
/// (`Schuitemaker` is a surname).
pub(crate) fn is_organisation_noun(word: &str) -> bool {
    let (whole, ends) = compound_lists(word);
    organisation_noun_of(word, whole, ends)
}

/// [`is_organisation_noun`] from the word's [`compound_lists`].
pub(crate) fn organisation_noun_of(word: &str, whole: u16, ends: u16) -> bool {
    let noun = List::OrganisationNoun as u16;
    whole & noun != 0
        || ends & noun != 0
            && !ends_in_english_noun(word)
            && !is_group_of_things(word)
}

/// Dutch compounds of `groep` that group things or people, no body
/// (`de eilandengroep Ha'apai`, `de doelgroep`).
pub(crate) fn is_group_of_things(word: &str) -> bool {
    #[rustfmt::skip]
    const GROUPS: &[&str] = &[
        "eilandengroep", "doelgroep", "leeftijdsgroep", "risicogroep",
        "productgroep", "bevolkingsgroep", "beroepsgroep",
    ];
    GROUPS.iter().any(|g| g.eq_ignore_ascii_case(word))
}

fn ends_in_english_noun(word: &str) -> bool {
    ENGLISH_NOUNS.iter().any(|n| {
        word.len() > n.len()
            && word.is_char_boundary(word.len() - n.len())
            && word[word.len() - n.len()..].eq_ignore_ascii_case(n)
    })
}

/// Whether `word` is in `list`, or is a compound ending in a word of
/// five letters or more that is.
fn is_or_ends_in(word: &str, list: List) -> bool {
    let (whole, ends) = compound_lists(word);
    (whole | ends) & list as u16 != 0
}

/// The lists `word` is in, and apart the lists that hold a word it ends
/// in as a compound (`Studentenvakbond`, `FNV-bestuurder`), as bits of
/// [`List`]: one lower-cased copy answers every question a name word asks.
pub(crate) fn compound_lists(word: &str) -> (u16, u16) {
    // What comes before the noun is a word or a prefix of three letters
    // or more (`FNV-`, `politie`), not a letter (`Brenner` is no
    // `B-renner`); the noun has five letters or more.
    const PREFIX: usize = 3;
    let listed = |suffix: &[u8]| LISTED.get(suffix).copied().unwrap_or(0);
    lowered(word, |lower| {
        let whole = listed(lower);
        // Every suffix ends in the word's last four bytes: most words end
        // in no listed word's, and need no lookup per suffix.
        let tail = lower.len().checked_sub(4).map(|i| &lower[i..]);
        let Some(tail) = tail.and_then(|t| <[u8; 4]>::try_from(t).ok()) else {
            return (whole, 0);
        };
        let possible = TAILS.get(&tail).copied().unwrap_or(0);
        let mut ends = 0;
        if possible == 0 {
            return (whole, ends);
        }
        // The lists hold lower case: once the word is, its suffixes look
        // up as they are.
        let mut add = |i: usize| {
            ends |= listed(&lower[i..]);
            ends & possible == possible
        };
        if word.is_ascii() {
            (PREFIX..lower.len().saturating_sub(4)).any(&mut add);
        } else if let Ok(text) = std::str::from_utf8(lower) {
            text.char_indices()
                .skip(PREFIX)
                .map(|(i, _)| i)
                .filter(|&i| lower.len() - i >= 5)
                .any(&mut add);
        }
        (whole, ends)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lookups agree with a scan of their lists, which they replace.
    #[test]
    fn complements_and_weak_roles_are_found_as_a_scan_finds_them() {
        let scan = |text: &str| {
            ROLE_COMPLEMENTS.iter().copied().find(|c| {
                text.get(..c.len()).is_some_and(|h| h.eq_ignore_ascii_case(c))
                    && !text[c.len()..].starts_with(char::is_alphanumeric)
            })
        };
        let mut rows: Vec<String> = [
            "van Defensie zei",
            "van Justitie en Veiligheid Van Weel",
            "van Defensiebeleid",
            "Van Financiën, Eelco",
            "van financiën",
            "of State Antony Blinken",
            "for Foreign Affairs",
            "van",
            "",
            "voor de ministerie",
            "van Asiel en Migratie Faber",
            "van Économie",
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        rows.extend(ROLE_COMPLEMENTS.iter().map(|c| format!("{c} Jan")));
        rows.extend(ROLE_COMPLEMENTS.iter().map(|c| c.to_uppercase()));
        for row in &rows {
            assert_eq!(complement_at(row), scan(row), "{row}");
        }
        let weak =
            |w: &str| WEAK_ROLES.iter().any(|r| r.eq_ignore_ascii_case(w));
        let words = WEAK_ROLES
            .iter()
            .flat_map(|w| [w.to_string(), w.to_uppercase(), format!("{w}s")])
            .chain(["minister", "Eigenaar", "", "É"].map(String::from));
        for word in words {
            assert_eq!(is_weak_role(&word), weak(&word), "{word}");
        }
    }

    /// The compound lookup, which skips words by their last four bytes,
    /// agrees with a lookup of every suffix.
    #[test]
    fn compounds_are_found_as_every_suffix_finds_them() {
        let scan = |word: &str| {
            let lower = word.to_lowercase();
            let bits =
                |s: &str| LISTED.get(s.as_bytes()).copied().unwrap_or(0);
            let ends = lower
                .char_indices()
                .skip(3)
                .filter(|&(i, _)| lower.len() - i >= 5)
                .fold(0, |ends, (i, _)| ends | bits(&lower[i..]));
            (bits(&lower), ends)
        };
        let listed = LISTED.keys().map(|w| String::from_utf8_lossy(w));
        let words = listed
            .flat_map(|w| {
                [
                    format!("Politie{w}"),
                    format!("FNV-{w}"),
                    format!("Xy{w}"),
                    format!("Één{w}"),
                    format!("{w}s"),
                    w.to_uppercase(),
                    w.to_string(),
                ]
            })
            .chain(["", "É", "Brenner", "Ab", "abcd"].map(String::from));
        for word in words {
            assert_eq!(compound_lists(&word), scan(&word), "{word}");
        }
    }

    #[test]
    fn lists_are_lower_case_except_legal_suffixes() {
        for list in [
            ROLES,
            SPEECH_BEFORE,
            SPEECH_AFTER,
            ORGANISATION_NOUNS,
            ROLE_COMPLEMENTS,
            PARTICLES,
            SURNAME_PARTICLES,
            ORGANISATION_HEADS,
            CLUB_HEADS,
            ARABIC_PREFIXES,
            EAST_ASIAN_FAMILY,
            STOP_WORDS,
            NOT_IN_PERSON_NAMES,
            FIRM_HEADS,
            BODY_OPENERS,
            CLUB_PREFIXES,
            INSTITUTION_PREFIXES,
            ORGANISATION_PLURALS,
            ORGANISATION_NOUNS_AFTER,
            WORD_PREFIXES,
            CAPITALISED_ROLES,
            ROLE_PLURALS,
            DEMONYMS,
            DESCRIBING_NOUNS,
        ] {
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
            }
        }
    }

    /// A describing noun counts only as a cue: each is an organisation
    /// noun or plural, or it would never be read.
    #[test]
    fn describing_nouns_are_organisation_nouns() {
        for w in DESCRIBING_NOUNS {
            assert!(
                is(w, List::OrganisationNoun)
                    || is(w, List::OrganisationPlural),
                "{w}"
            );
        }
    }

    #[test]
    fn word_ends_agree_with_the_table() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut chunk = [b'a'; 8];
                chunk[at] = b;
                let ends = word_ends(u64::from_le_bytes(chunk));
                let expected = if ENDS_WORD[usize::from(b)] == 0 {
                    0
                } else {
                    0x80 << (8 * at)
                };
                assert_eq!(ends, expected, "{b:#x} at {at}");
            }
        }
        // `Jan, zei`: before the comma and the space.
        let text = *b"Jan, zei (45)";
        let ends =
            word_ends(u64::from_le_bytes(text[..8].try_into().unwrap()));
        assert_eq!(ends, 0x0080_8000_0000);
        // Any eight bytes, from a fixed sequence.
        let mut state: u64 = 2026;
        for _ in 0..100_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let expected = state.to_le_bytes().iter().enumerate().fold(
                0,
                |mask, (i, &b)| {
                    mask | (u64::from(ENDS_WORD[usize::from(b)] != 0)
                        << (8 * i + 7))
                },
            );
            assert_eq!(word_ends(state), expected, "{state:#x}");
        }
    }

    #[test]
    fn the_scan_finds_compounds_and_phrases() {
        let text = "politiewoordvoerder X, according to Y, Prime Minister Z";
        let mut found: Vec<(usize, &str)> = Vec::new();
        CUES.scan(text, Span::new(0, text.len()), |span, _| {
            found.push((span.start, &text[span.range()]));
        });
        found.sort_unstable();
        let found: Vec<&str> = found.into_iter().map(|(_, w)| w).collect();
        assert_eq!(
            found,
            ["woordvoerder", "according to", "Prime Minister", "Minister"]
        );
    }
}
