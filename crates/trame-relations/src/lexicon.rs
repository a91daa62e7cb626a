//! Word lists of the rules: role vocabulary, list connectors, demonyms.

/// A French minister's portfolio ("des Affaires étrangères"): part of the
/// role, never its organisation. A macro so [`ROLE`] can embed it.
macro_rules! portfolio {
    () => {
        r"(?:des\s+affaires\s+étrangères|de\s+la\s+défense|des\s+armées|de\s+l['’]intérieur|de\s+l['’]économie|des\s+finances|de\s+la\s+justice|de\s+l['’]énergie)"
    };
}

/// A French minister's portfolio, as a regex.
pub const PORTFOLIO: &str = portfolio!();

/// Role words, French, English and Russian, longest alternatives first so
/// "premier ministre" wins over "ministre". An optional "ancien / former /
/// бывший" is part of the role: the text asserts a past position. Russian
/// endings are `[а-яё]*`, not `\w*`: under `(?i)` a Unicode-wide class makes
/// the lazy automaton of the end-anchored rules too large for its cache,
/// which it then rebuilds at every search (about 100 times slower).
pub const ROLE: &str = concat!(
    r"(?:(?:ancien(?:ne)?|ex-|former|бывш(?:ий|ая|его|ей|ему))\s*)?(?:président-directeur\s+général|présidente?\s+de\s+la\s+commission|présidente?|premi(?:er|ère)\s+ministre|vice-premier\s+ministre|ministre(?:\s+",
    portfolio!(),
    r")?|secrétaire\s+général(?:e)?(?:\s+adjointe?)?|secrétaire\s+d['’]état|porte-parole|directeur|directrice|cheffe|chef\s+d['’]état-major|chef|commandant|ambassadeur|ambassadrice|dirigeante?|leader|chancelière|chancelier|roi|reine|émir|emir|prime\s+minister|(?:foreign|defen[cs]e|interior|finance|energy)\s+minister|minister(?:\s+of\s+(?:foreign\s+affairs|defen[cs]e|the\s+interior|finance|energy))?|secretary[\s-]general|secretary\s+of\s+state|spokes(?:man|woman|person)|president|director|head|chief|commander|ambassador|chancellor|king|queen|ceo|премьер-министр[а-яё]*|министр[а-яё]*(?:\s+иностранных\s+дел|\s+обороны)?|генеральн[а-яё]+\s+секретар[а-яё]+|генсек[а-яё]*|пресс-секретар[а-яё]+|президент[а-яё]*|директор[а-яё]*|глав[аеуы]|командующ[а-яё]+|посл[ао]м?|лидер[а-яё]*)"
);

/// Prepositions and articles between a role and its organisation ("de l'",
/// "du", "of the"); Russian uses the genitive, so none there.
pub const ROLE_LINK: &str =
    r"(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’]|of\s+the\s+|of\s+|at\s+the\s+|at\s+)?";

/// Words that may sit between the items of an enumeration of members
/// ("la Russie, la Biélorussie et depuis peu l'Orlanie", "outre le Kenya,
/// le Nigeria"), lowercased.
pub const LIST_WORDS: &[&str] = &[
    "et",
    "and",
    "и",
    "а",
    "также",
    "ainsi",
    "que",
    "outre",
    "as",
    "well",
    "along",
    "with",
    "plus",
    "depuis",
    "peu",
    "récemment",
    "désormais",
    "aussi",
    "également",
    "notamment",
    "enfin",
    "recently",
    "now",
    "also",
    "finally",
    "de",
    "du",
    "des",
    "d",
    "l",
    "la",
    "le",
    "les",
    "the",
];

/// Words that separate two items of an enumeration (as opposed to articles).
pub const LIST_SEPARATORS: &[&str] = &["et", "and", "и", "ainsi", "outre", "as", "along", "plus"];

/// Demonyms and the names an entity of that country may carry (its linked
/// English name or a mention in French, English or Russian), lowercased.
pub const COUNTRIES: &[(&[&str], &[&str])] = &[
    (
        &["hongrois", "hongroise", "hungarian"],
        &["hungary", "hongrie", "венгрия", "венгрии"],
    ),
    (
        &["russe", "russian"],
        &["russia", "russie", "россия", "россии"],
    ),
    (
        &["français", "française", "french"],
        &["france", "франция", "франции"],
    ),
    (
        &["allemand", "allemande", "german"],
        &["germany", "allemagne", "германия", "германии"],
    ),
    (
        &["britannique", "british"],
        &[
            "united kingdom",
            "royaume-uni",
            "uk",
            "великобритания",
            "великобритании",
        ],
    ),
    (
        &["américain", "américaine", "american", "us", "u.s."],
        &[
            "united states",
            "united states of america",
            "états-unis",
            "usa",
            "us",
            "сша",
        ],
    ),
    (
        &["ukrainien", "ukrainienne", "ukrainian"],
        &["ukraine", "украина", "украины"],
    ),
    (
        &["polonais", "polonaise", "polish"],
        &["poland", "pologne", "польша", "польши"],
    ),
    (
        &["italien", "italienne", "italian"],
        &["italy", "italie", "италия", "италии"],
    ),
    (
        &["espagnol", "espagnole", "spanish"],
        &["spain", "espagne", "испания", "испании"],
    ),
    (
        &["turc", "turque", "turkish"],
        &["turkey", "türkiye", "turquie", "турция", "турции"],
    ),
    (
        &["chinois", "chinoise", "chinese"],
        &[
            "china",
            "people's republic of china",
            "chine",
            "китай",
            "китая",
        ],
    ),
    (
        &["japonais", "japonaise", "japanese"],
        &["japan", "japon", "япония", "японии"],
    ),
    (
        &["indien", "indienne", "indian"],
        &["india", "inde", "индия", "индии"],
    ),
    (
        &["iranien", "iranienne", "iranian"],
        &["iran", "иран", "ирана"],
    ),
    (
        &["israélien", "israélienne", "israeli"],
        &["israel", "israël", "израиль", "израиля"],
    ),
    (
        &["biélorusse", "belarusian"],
        &[
            "belarus",
            "biélorussie",
            "белоруссия",
            "белоруссии",
            "беларусь",
        ],
    ),
    (
        &["arménien", "arménienne", "armenian"],
        &["armenia", "arménie", "армения", "армении"],
    ),
    (
        &["kazakh", "kazakhe", "kazakhstanais", "kazakhstanaise"],
        &["kazakhstan", "казахстан", "казахстана"],
    ),
    (
        &["kirghize", "kyrgyz"],
        &["kyrgyzstan", "kirghizistan", "киргизия", "киргизии"],
    ),
    (
        &["tadjik", "tadjike", "tajik"],
        &["tajikistan", "tadjikistan", "таджикистан", "таджикистана"],
    ),
    (
        &["géorgien", "géorgienne", "georgian"],
        &["georgia", "géorgie", "грузия", "грузии"],
    ),
    (
        &["finlandais", "finlandaise", "finnish"],
        &["finland", "finlande", "финляндия", "финляндии"],
    ),
    (
        &["suédois", "suédoise", "swedish"],
        &["sweden", "suède", "швеция", "швеции"],
    ),
    (
        &["norvégien", "norvégienne", "norwegian"],
        &["norway", "norvège", "норвегия", "норвегии"],
    ),
    (
        &["canadien", "canadienne", "canadian"],
        &["canada", "канада", "канады"],
    ),
    (
        &["belge", "belgian"],
        &["belgium", "belgique", "бельгия", "бельгии"],
    ),
    (
        &["néerlandais", "néerlandaise", "dutch"],
        &[
            "netherlands",
            "kingdom of the netherlands",
            "pays-bas",
            "нидерланды",
        ],
    ),
    (
        &["serbe", "serbian"],
        &["serbia", "serbie", "сербия", "сербии"],
    ),
    (
        &["égyptien", "égyptienne", "egyptian"],
        &["egypt", "égypte", "египет", "египта"],
    ),
    (
        &["saoudien", "saoudienne", "saudi"],
        &["saudi arabia", "arabie saoudite", "саудовская аравия"],
    ),
    (&["qatari", "qatarie"], &["qatar", "катар"]),
    (
        &["syrien", "syrienne", "syrian"],
        &["syria", "syrie", "сирия", "сирии"],
    ),
    (&["malien", "malienne", "malian"], &["mali", "мали"]),
    (
        &["nigérian", "nigériane", "nigerian"],
        &["nigeria", "нигерия"],
    ),
    (&["kényan", "kényane", "kenyan"], &["kenya", "кения"]),
    (
        &["sud-africain", "sud-africaine", "south african"],
        &["south africa", "afrique du sud", "юар"],
    ),
    (
        &["brésilien", "brésilienne", "brazilian"],
        &["brazil", "brésil", "бразилия"],
    ),
    (
        &["azerbaïdjanais", "azerbaïdjanaise", "azerbaijani"],
        &["azerbaijan", "azerbaïdjan", "азербайджан"],
    ),
];

/// The country names a demonym stands for, if it is one.
pub fn country_names(demonym: &str) -> Option<&'static [&'static str]> {
    let demonym = demonym.to_lowercase();
    COUNTRIES
        .iter()
        .find(|(demonyms, _)| demonyms.contains(&demonym.as_str()))
        .map(|(_, names)| *names)
}
