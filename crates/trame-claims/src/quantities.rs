//! Quantities of things in a sentence: numbers in French, English and
//! Russian notation or in words, with the counted noun or unit after them,
//! approximation ("environ", "about", "около") and bounds ("plus de",
//! "up to", "не менее").
//!
//! What is not a quantity: dates ("le 12 janvier", "12/01/2022",
//! "2020-08-01"), times ("10h30", "5 p.m."), bare years 1800–2100 ("en
//! 2022") unless a counted noun follows, spans of years ("1378-1417"),
//! numbers inside names and codes ("G7", "Su-27", "3D", ISBNs), list
//! markers and references ("article 5", "n° 3", "Version No. 3", "Psalm
//! 78:1-11", "pp. 52-53", "§ 595"). Ordinals ("210e", "21st", "5-й") are
//! kept with the unit `rank`.
//!
//! Number words count only in their language ("seize" is sixteen in French,
//! a verb in English). A bare number takes its unit from the sentence where
//! it can: the other end of a range, the count it is part of or set against
//! ("dont dix", "33 of 250 beds", "up from 37,544", "25 of the deaths"), a
//! count whose noun it elides ("308 депутатов, против – 218") or that a
//! range in parentheses bounds ("14,9 millions de morts (une fourchette de
//! 13,3 à 16,6 millions)"), an age or a data sheet's label ("aged 12",
//! "Number of nuns: 220"), a multiplication ("par 3"), an English verb
//! whose object is people ("killing more than 50").

use std::ops::Range;
use std::sync::LazyLock;
use trame_text::dates::is_month_word;

use trame_doc::Bound;

use crate::lex::{is_cyrillic, is_four_digits, Analysed, FastMap, Kind, Lang, PhraseSet};

/// A quantity found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuantity {
    /// Byte range in the sentence: the number with its scale word and unit.
    pub range: Range<usize>,
    pub value: f64,
    /// The counted noun as written, lowercased ("soldats", "km"), `percent`,
    /// a currency code for a currency sign (`USD`, `EUR`), or `rank`.
    pub unit: Option<String>,
    pub approx: bool,
    pub bound: Option<Bound>,
}

/// Finds the quantities of `sentence`; `lang` is an ISO 639-1 code.
pub fn find_quantities(sentence: &str, lang: Option<&str>) -> Vec<FoundQuantity> {
    quantities_in(&Analysed::new(sentence), Lang::from_code(lang))
}

/// A number word's role when numbers are read from words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NumWord {
    /// Added to the running number: "deux", "vingt", "двадцать", "сто".
    Unit(f64),
    /// Multiplies the running number by 100: "cent(s)", "hundred".
    Hundred,
    /// Closes a group: "mille", "million(s)"; plural forms alone are
    /// collective ("des millions", "thousands of", "тысячи").
    Scale { value: f64, plural: bool },
    /// An approximate round number: "dizaine", "dozen", "сотни".
    Collective(f64),
    /// "un", "a", "один": a number only before a scale or collective.
    Article,
}

static NUM_WORDS: LazyLock<FastMap<&'static str, (NumWord, Option<Lang>)>> = LazyLock::new(|| {
    use NumWord::*;
    // "six" and "million(s)" are French and English.
    let shared_units: &[(&str, f64)] = &[("six", 6.0)];
    let french_units: &[(&str, f64)] = &[
        ("deux", 2.0),
        ("trois", 3.0),
        ("quatre", 4.0),
        ("cinq", 5.0),
        ("sept", 7.0),
        ("huit", 8.0),
        ("neuf", 9.0),
        ("dix", 10.0),
        ("onze", 11.0),
        ("douze", 12.0),
        ("treize", 13.0),
        ("quatorze", 14.0),
        ("quinze", 15.0),
        ("seize", 16.0),
        ("vingt", 20.0),
        ("vingts", 20.0),
        ("trente", 30.0),
        ("quarante", 40.0),
        ("cinquante", 50.0),
        ("soixante", 60.0),
        ("septante", 70.0),
        ("huitante", 80.0),
        ("nonante", 90.0),
    ];
    let english_units: &[(&str, f64)] = &[
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
    ];
    let russian_units: &[(&str, f64)] = &[
        ("два", 2.0),
        ("две", 2.0),
        ("двух", 2.0),
        ("три", 3.0),
        ("трех", 3.0),
        ("четыре", 4.0),
        ("четырех", 4.0),
        ("пять", 5.0),
        ("пяти", 5.0),
        ("шесть", 6.0),
        ("семь", 7.0),
        ("восемь", 8.0),
        ("девять", 9.0),
        ("десять", 10.0),
        ("десяти", 10.0),
        ("одиннадцать", 11.0),
        ("двенадцать", 12.0),
        ("тринадцать", 13.0),
        ("четырнадцать", 14.0),
        ("пятнадцать", 15.0),
        ("шестнадцать", 16.0),
        ("семнадцать", 17.0),
        ("восемнадцать", 18.0),
        ("девятнадцать", 19.0),
        ("двадцать", 20.0),
        ("двадцати", 20.0),
        ("тридцать", 30.0),
        ("сорок", 40.0),
        ("пятьдесят", 50.0),
        ("шестьдесят", 60.0),
        ("семьдесят", 70.0),
        ("восемьдесят", 80.0),
        ("девяносто", 90.0),
        ("сто", 100.0),
        ("двести", 200.0),
        ("триста", 300.0),
        ("четыреста", 400.0),
        ("пятьсот", 500.0),
        ("шестьсот", 600.0),
        ("семьсот", 700.0),
        ("восемьсот", 800.0),
        ("девятьсот", 900.0),
    ];
    let scales: &[(&str, f64, bool, Option<Lang>)] = &[
        ("mille", 1e3, false, Some(Lang::Fr)),
        ("million", 1e6, false, None),
        ("millions", 1e6, true, None),
        ("milliard", 1e9, false, Some(Lang::Fr)),
        ("milliards", 1e9, true, Some(Lang::Fr)),
        ("thousand", 1e3, false, Some(Lang::En)),
        ("thousands", 1e3, true, Some(Lang::En)),
        ("billion", 1e9, false, None),
        ("billions", 1e9, true, None),
        ("trillion", 1e12, false, Some(Lang::En)),
        ("trillions", 1e12, true, Some(Lang::En)),
        ("тысяча", 1e3, false, Some(Lang::Ru)),
        ("тысячи", 1e3, true, Some(Lang::Ru)),
        ("тысяч", 1e3, true, Some(Lang::Ru)),
        ("миллион", 1e6, false, Some(Lang::Ru)),
        ("миллиона", 1e6, false, Some(Lang::Ru)),
        ("миллионов", 1e6, true, Some(Lang::Ru)),
        ("миллионы", 1e6, true, Some(Lang::Ru)),
        ("миллиард", 1e9, false, Some(Lang::Ru)),
        ("миллиарда", 1e9, false, Some(Lang::Ru)),
        ("миллиардов", 1e9, true, Some(Lang::Ru)),
        ("миллиарды", 1e9, true, Some(Lang::Ru)),
    ];
    let collectives: &[(&str, f64, Lang)] = &[
        ("dizaine", 10.0, Lang::Fr),
        ("dizaines", 10.0, Lang::Fr),
        ("douzaine", 12.0, Lang::Fr),
        ("douzaines", 12.0, Lang::Fr),
        ("quinzaine", 15.0, Lang::Fr),
        ("vingtaine", 20.0, Lang::Fr),
        ("trentaine", 30.0, Lang::Fr),
        ("quarantaine", 40.0, Lang::Fr),
        ("cinquantaine", 50.0, Lang::Fr),
        ("soixantaine", 60.0, Lang::Fr),
        ("centaine", 100.0, Lang::Fr),
        ("centaines", 100.0, Lang::Fr),
        ("millier", 1e3, Lang::Fr),
        ("milliers", 1e3, Lang::Fr),
        ("dozen", 12.0, Lang::En),
        ("dozens", 12.0, Lang::En),
        ("tens", 10.0, Lang::En),
        ("hundreds", 100.0, Lang::En),
        ("десяток", 10.0, Lang::Ru),
        ("десятки", 10.0, Lang::Ru),
        ("десятков", 10.0, Lang::Ru),
        ("сотня", 100.0, Lang::Ru),
        ("сотни", 100.0, Lang::Ru),
        ("сотен", 100.0, Lang::Ru),
    ];
    let mut map = FastMap::default();
    map.extend(shared_units.iter().map(|&(w, v)| (w, (Unit(v), None))));
    for (units, lang) in [
        (french_units, Lang::Fr),
        (english_units, Lang::En),
        (russian_units, Lang::Ru),
    ] {
        map.extend(units.iter().map(|&(w, v)| (w, (Unit(v), Some(lang)))));
    }
    map.extend(
        scales
            .iter()
            .map(|&(w, value, plural, lang)| (w, (Scale { value, plural }, lang))),
    );
    map.extend(
        collectives
            .iter()
            .map(|&(w, v, lang)| (w, (Collective(v), Some(lang)))),
    );
    for (w, lang) in [
        ("cent", Lang::Fr),
        ("cents", Lang::Fr),
        ("hundred", Lang::En),
    ] {
        map.insert(w, (Hundred, Some(lang)));
    }
    for (w, lang) in [
        ("un", Lang::Fr),
        ("une", Lang::Fr),
        ("a", Lang::En),
        ("an", Lang::En),
        ("one", Lang::En),
        ("один", Lang::Ru),
        ("одна", Lang::Ru),
        ("одно", Lang::Ru),
    ] {
        map.insert(w, (Article, Some(lang)));
    }
    map
});

/// The role of number word `w` in a text of language `lang`: "seize" is a
/// number in French and a verb in English, "cents" a hundred in French and
/// money in English. Words of any language count when the language is
/// unknown.
fn number_word(w: &str, lang: Lang) -> Option<NumWord> {
    let &(role, of) = NUM_WORDS.get(w)?;
    let fits = match of {
        Some(of) => lang == Lang::Unknown || lang == of,
        None => true,
    };
    fits.then_some(role)
}

/// Whether `w` is a number word of any language: none of them is a unit.
fn is_any_number_word(w: &str) -> bool {
    NUM_WORDS.contains_key(w)
}

/// Whether `word` is a scale of a million or more, written out or
/// abbreviated ("milliards", "billion", "миллиарда", "млн").
pub(crate) fn is_large_scale_word(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    let written = NUM_WORDS
        .get(lower.as_str())
        .is_some_and(|(role, _)| matches!(role, NumWord::Scale { value, .. } if *value >= 1e6));
    written
        || SCALE_ABBREVIATIONS
            .get(lower.as_str())
            .is_some_and(|&v| v >= 1e6)
}

/// Abbreviated scales after digits ("40 тыс.", "2,5 млрд", "£3bn").
static SCALE_ABBREVIATIONS: LazyLock<FastMap<&'static str, f64>> = LazyLock::new(|| {
    FastMap::from_iter([
        ("тыс", 1e3),
        ("млн", 1e6),
        ("млрд", 1e9),
        ("трлн", 1e12),
        ("bn", 1e9),
        ("mln", 1e6),
        ("md", 1e9),
        ("mds", 1e9),
    ])
});

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    Approx,
    Bound(Bound),
}

/// Cues read backwards from the number; the longest one wins, so
/// "pas moins de" is a minimum and not "moins de".
static CUES: LazyLock<PhraseSet<Cue>> = LazyLock::new(|| {
    use Cue::*;
    const MIN: Cue = Bound(trame_doc::Bound::Min);
    const MAX: Cue = Bound(trame_doc::Bound::Max);
    PhraseSet::new(&[
        ("environ", Approx),
        ("autour de", Approx),
        ("autour d'", Approx),
        ("près de", Approx),
        ("près d'", Approx),
        ("quelque", Approx),
        ("quelques", Approx),
        ("aux alentours de", Approx),
        ("approximativement", Approx),
        ("à peu près", Approx),
        ("presque", Approx),
        ("quasiment", Approx),
        ("about", Approx),
        ("around", Approx),
        ("nearly", Approx),
        ("almost", Approx),
        ("some", Approx),
        ("roughly", Approx),
        ("approximately", Approx),
        ("an estimated", Approx),
        ("estimated", Approx),
        ("около", Approx),
        ("примерно", Approx),
        ("почти", Approx),
        ("порядка", Approx),
        ("приблизительно", Approx),
        ("pas moins de", MIN),
        ("pas moins d'", MIN),
        ("au moins", MIN),
        ("plus de", MIN),
        ("plus d'", MIN),
        ("au minimum", MIN),
        ("au-delà de", MIN),
        ("at least", MIN),
        ("more than", MIN),
        ("over", MIN),
        ("upwards of", MIN),
        ("no fewer than", MIN),
        ("no less than", MIN),
        ("in excess of", MIN),
        ("не менее", MIN),
        ("не меньше", MIN),
        ("более", MIN),
        ("больше", MIN),
        ("свыше", MIN),
        ("как минимум", MIN),
        ("по меньшей мере", MIN),
        ("jusqu'à", MAX),
        ("au plus", MAX),
        ("tout au plus", MAX),
        ("au maximum", MAX),
        ("moins de", MAX),
        ("moins d'", MAX),
        ("pas plus de", MAX),
        ("pas plus d'", MAX),
        ("up to", MAX),
        ("at most", MAX),
        ("less than", MAX),
        ("fewer than", MAX),
        ("no more than", MAX),
        ("under", MAX),
        ("до", MAX),
        ("не более", MAX),
        ("не больше", MAX),
        ("менее", MAX),
        ("меньше", MAX),
        ("максимум", MAX),
    ])
});

/// Words that never name what a number counts.
const NOT_UNITS: &[&str] = &[
    "de",
    "d",
    "du",
    "des",
    "le",
    "la",
    "les",
    "l",
    "et",
    "ou",
    "à",
    "a",
    "au",
    "aux",
    "en",
    "dans",
    "sur",
    "par",
    "pour",
    "avec",
    "sans",
    "sous",
    "que",
    "qu",
    "qui",
    "ont",
    "sont",
    "est",
    "était",
    "étaient",
    "avait",
    "ce",
    "cette",
    "ces",
    "se",
    "sa",
    "son",
    "ses",
    "leur",
    "leurs",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "ne",
    "n",
    "pas",
    "y",
    "plus",
    "moins",
    "selon",
    "après",
    "avant",
    "depuis",
    "contre",
    "entre",
    "vers",
    "chez",
    "mais",
    "donc",
    "ni",
    "car",
    "dont",
    "où",
    "fois",
    // Conjunctions and adverbs that open the next clause ("un avantage de
    // 3 contre 1 si elle espère réussir").
    "si",
    "comme",
    "quand",
    "lorsque",
    "puisque",
    "alors",
    "aussi",
    "même",
    "if",
    "when",
    "while",
    "because",
    "the",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "and",
    "or",
    "but",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "have",
    "has",
    "had",
    "be",
    "been",
    "that",
    "which",
    "who",
    "it",
    "its",
    "their",
    "his",
    "her",
    "this",
    "these",
    "those",
    "than",
    "more",
    "less",
    "after",
    "before",
    "since",
    "into",
    "will",
    "would",
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "к",
    "у",
    "о",
    "об",
    "от",
    "до",
    "из",
    "за",
    "для",
    "что",
    "как",
    "не",
    "это",
    "был",
    "была",
    "были",
    "было",
    "году",
    "г",
    "гг",
    "против",
    "или",
    // "from an estimated 450 million down to 350 million".
    "down",
    "up",
    "а",
    "но",
];

/// Adjectives that may stand between a number and its noun.
const SKIPPABLE_ADJECTIVES: &[&str] = &[
    "autres",
    "nouveaux",
    "nouvelles",
    "premiers",
    "premières",
    "derniers",
    "dernières",
    "prochains",
    "prochaines",
    // Size and rank before the noun: "six larges exercices".
    "grands",
    "grandes",
    "petits",
    "petites",
    "larges",
    "vastes",
    "gros",
    "grosses",
    "jeunes",
    "principaux",
    "principales",
    "last",
    "next",
    "first",
    "past",
    "other",
    "more",
    "additional",
    "premature",
    "excess",
    "new",
    "extra",
    "large",
    "small",
    "major",
    "young",
    "других",
    "новых",
];

/// Adjectives before the noun after a possessive ("de ses anciens
/// collègues", "of their own", "of our top officials").
const PRENOMINAL_ADJECTIVES: &[&str] = &[
    "anciens",
    "anciennes",
    "proches",
    "propres",
    "meilleurs",
    "meilleures",
    "own",
    "close",
    "closest",
    "top",
    "former",
    "best",
    "biggest",
    "old",
    "senior",
    "key",
];

/// Words after which a four-digit number is a year, not a count.
const YEAR_PREPOSITIONS: &[&str] = &[
    "en",
    "in",
    "depuis",
    "since",
    "dès",
    "de",
    "d",
    "du",
    "avant",
    "après",
    "before",
    "after",
    "until",
    "till",
    "by",
    "from",
    "to",
    "à",
    "au",
    "jusqu",
    "of",
    "année",
    "an",
    "year",
    "в",
    "с",
    "до",
    "от",
    "к",
    "по",
    "entre",
    "between",
    "and",
    "et",
    "и",
    "fin",
    "début",
    "mi",
    "end",
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "printemps",
    "été",
    "automne",
    "hiver",
];

/// Words after which a number is a reference, not a count.
const REFERENCE_WORDS: &[&str] = &[
    "n",
    "no",
    "nº",
    "article",
    "art",
    "page",
    "pages",
    "p",
    "pp",
    "cf",
    "paragraph",
    "paragraphs",
    "paragraphe",
    "paragraphes",
    "note",
    "notes",
    "verse",
    "verses",
    "version",
    "vol",
    "chapitre",
    "chapter",
    "numéro",
    "number",
    "résolution",
    "resolution",
    "section",
    "années",
    "годы",
    "статья",
    "статьи",
    "номер",
];

/// Determiners before which a small number word names a known set
/// ("les deux pays") rather than a count to check.
/// Words after "fois" or "times" that make it a factor.
const COMPARATIVES: &[&str] = &[
    "plus",
    "moins",
    "supérieur",
    "supérieure",
    "supérieurs",
    "supérieures",
    "inférieur",
    "inférieure",
    "inférieurs",
    "inférieures",
    "more",
    "less",
    "fewer",
    "higher",
    "lower",
    "larger",
    "greater",
    "bigger",
    "smaller",
    "as",
    "больше",
    "меньше",
    "выше",
    "ниже",
];

const POSSESSIVES_FR: &[&str] = &["ses", "leurs", "nos", "vos", "mes", "tes", "ces"];

const POSSESSIVES_EN: &[&str] = &[
    "his", "her", "their", "its", "our", "your", "my", "these", "those", "the",
];

/// Whether an English word reads as a plural noun: after "25 of the", the
/// noun counted is plural ("deaths"), where a singular is the first word of
/// a longer phrase ("17 of the island nation's", "Nine of the immigration
/// violators", "two of the best").
fn is_english_plural(word: &str) -> bool {
    (word.len() > 3 && word.ends_with('s') && !word.ends_with("ss"))
        || matches!(word, "people" | "children" | "men" | "women")
}

const DETERMINERS: &[&str] = &[
    "les", "ces", "ses", "leurs", "nos", "vos", "mes", "tes", "the", "these", "those", "both",
    "all", "his", "her", "their", "its", "our", "эти", "те", "все", "оба", "обе",
];

/// Quantifiers that make a following collective a count ("plusieurs centaines").
const QUANTIFIERS: &[&str] = &[
    "des",
    "plusieurs",
    "quelques",
    "several",
    "many",
    "few",
    "of",
    "les",
    "de",
];

const PERCENT_WORDS: &[&str] = &[
    "percent",
    "pourcent",
    "pourcents",
    "процент",
    "процента",
    "процентов",
];

/// Ordinal suffixes glued to digits: "210e", "1er", "21st"; Russian ones
/// follow a hyphen ("5-й").
const ORDINAL_SUFFIXES: &[&str] = &[
    "e", "er", "re", "ère", "ème", "eme", "è", "nd", "rd", "th", "st",
];
const RUSSIAN_ORDINAL_SUFFIXES: &[&str] = &["й", "я", "е", "го", "м", "ое", "ий", "ый", "ая"];

/// Whether a quantity's unit is money: a currency code for a sign, or a
/// currency named in one of the languages ("euros", "dollars",
/// "долларов", "рублей").
pub(crate) fn is_money_unit(unit: &str) -> bool {
    const CURRENCY_STEMS: &[&str] = &[
        "euro",
        "dollar",
        "livre",
        "pound",
        "franc",
        "yuan",
        "yen",
        "rouble",
        "ruble",
        "rupee",
        "roupie",
        "hryvn",
        "hrivn",
        "lira",
        "lire",
        "shekel",
        "peso",
        "dinar",
        "евро",
        "долл",
        "рубл",
        "гривн",
        "юан",
        "фунт",
        "франк",
    ];
    let code = ['$', '€', '£', '¥', '₽']
        .into_iter()
        .filter_map(currency_code)
        .any(|code| code == unit);
    code || CURRENCY_STEMS.iter().any(|stem| unit.starts_with(stem))
}

fn currency_code(c: char) -> Option<&'static str> {
    match c {
        '$' => Some("USD"),
        '€' => Some("EUR"),
        '£' => Some("GBP"),
        '₽' => Some("RUB"),
        '¥' => Some("JPY"),
        '%' => Some("percent"),
        _ => None,
    }
}

/// A quantity with the token indices it spans.
struct Hit {
    quantity: FoundQuantity,
    last_tok: usize,
}

pub(crate) fn quantities_in(a: &Analysed, lang: Lang) -> Vec<FoundQuantity> {
    if reads_as_a_table(a) {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = Vec::new();
    // The last number token read as no quantity.
    let mut rejected: Option<usize> = None;
    let mut i = 0;
    while i < a.toks.len() {
        let hit = match a.toks[i].kind {
            Kind::Num if is_reference_mark(a, i) || opens_a_quoted_name(a, i) => None,
            Kind::Num => {
                let hit = numeric_at(a, i, lang).filter(|h| {
                    let bare = h.last_tok == i && h.quantity.unit.is_none();
                    !bare || !continues_a_non_quantity(a, i, rejected)
                });
                if hit.is_none() {
                    rejected = Some(i);
                }
                hit
            }
            Kind::Word
                if number_word(a.word(i).unwrap_or_default(), lang).is_some()
                    || a.word(i).is_some_and(|w| w.contains('-')) =>
            {
                words_at(a, i, lang)
            }
            _ => None,
        };
        match hit {
            Some(hit) => {
                i = hit.last_tok + 1;
                hits.push(hit);
            }
            None => i += 1,
        }
    }
    share_units_in_ranges(a, lang, &mut hits);
    share_units_with_the_count_before(a, lang, &mut hits);
    share_units_into_a_parenthesised_range(a, &mut hits);
    units_of_a_number_of(a, lang, &mut hits);
    ranks_after_numero(a, &mut hits);
    hits.into_iter().map(|h| h.quantity).collect()
}

/// Fewest numbers in a line read as a table row.
const MIN_TABLE_NUMBERS: usize = 6;

/// Whether a "sentence" is a row of a table or a line of program output
/// the page's text kept: drawn with box characters ("│ 400 │ 2020-08-01"),
/// or more numbers than words ("Kyle Busch 5040 5 1 17 27 2 Martin Truex
/// Jr. 5035 7 0 15 24"). Its numbers are cells, not quantities a text
/// asserts.
fn reads_as_a_table(a: &Analysed) -> bool {
    let drawn = a
        .text
        .chars()
        .any(|c| ('\u{2500}'..='\u{257f}').contains(&c));
    let numbers = a.toks.iter().filter(|t| t.kind == Kind::Num).count();
    let words = a.toks.iter().filter(|t| t.kind == Kind::Word).count();
    drawn || (numbers >= MIN_TABLE_NUMBERS && numbers > words)
}

/// Capitalised words after the number of a quoted name, at most.
const MAX_QUOTED_NAME_WORDS: usize = 3;

/// Whether number token `i` opens a name in quotation marks, capitalised
/// words after it up to the closing mark: the channel «112 Украина», the
/// programme “60 Minutes”, the newspaper « 20 Minutes ». A quoted sentence
/// goes on ("“18 Carmels have closed", "« 14 Britanniques, 9 Polonais »").
fn opens_a_quoted_name(a: &Analysed, i: usize) -> bool {
    if i == 0
        || !a
            .sym(i - 1)
            .is_some_and(|c| matches!(c, '«' | '“' | '"' | '„'))
    {
        return false;
    }
    let words = (i + 1..)
        .take(MAX_QUOTED_NAME_WORDS + 1)
        .take_while(|&k| a.is_capitalised(k))
        .count();
    (1..=MAX_QUOTED_NAME_WORDS).contains(&words)
        && a.sym(i + 1 + words)
            .is_some_and(|c| matches!(c, '»' | '”' | '"' | '“'))
}

/// Whether number token `i` is a footnote or reference mark: "[246]", or a
/// note call of one or two digits in parentheses after a common word
/// ("depuis bientôt deux ans (1), déjà"; "Brazil (1)" counts).
fn is_reference_mark(a: &Analysed, i: usize) -> bool {
    let enclosed = |open: char, close: char| {
        i >= 1
            && a.sym(i - 1) == Some(open)
            && a.sym(i + 1) == Some(close)
            && a.glued(i - 1)
            && a.glued(i)
    };
    let note_call = enclosed('(', ')')
        && a.toks[i].range.len() <= 2
        && i >= 2
        && a.toks[i - 2].kind == Kind::Word
        && a.text[a.toks[i - 2].range.clone()].starts_with(char::is_lowercase);
    enclosed('[', ']') || note_call
}

/// Whether token `k` and token `k + 2` are joined by a hyphen or an en
/// dash with no space: "30-40", "2020-08".
fn hyphen_joins(a: &Analysed, k: usize) -> bool {
    a.glued(k) && matches!(a.sym(k + 1), Some('-' | '–')) && a.glued(k + 1)
}

/// How many groups of digits the hyphen-joined chain holding number token
/// `i` has: "2020-08-01" has three, "30-40" two, "30" one.
fn hyphen_chain_groups(a: &Analysed, i: usize) -> usize {
    let joined = |k: usize| hyphen_joins(a, k) && a.is_num(k + 2);
    let mut first = i;
    while first >= 2 && joined(first - 2) {
        first -= 2;
    }
    let mut last = i;
    while joined(last) {
        last += 2;
    }
    (last - first) / 2 + 1
}

/// Whether number token `i` opens or closes "1378-1417": two years joined
/// by a hyphen, the second after the first.
fn is_year_span_member(a: &Analysed, i: usize) -> bool {
    let year = |k: usize| a.four_digits(k).filter(|y| (1000..=2100).contains(y));
    let span = |k: usize| {
        hyphen_joins(a, k) && matches!((year(k), year(k + 2)), (Some(from), Some(to)) if from < to)
    };
    span(i) || (i >= 2 && span(i - 2))
}

/// Whether number token `i` continues a list or range whose first number,
/// token `i - 2`, is no quantity: "Psalm 78:1-11", "paragraphs 252 and
/// 253", "pp. 52-53". A comma joins no such list: "In 2019, 45 died".
fn continues_a_non_quantity(a: &Analysed, i: usize, rejected: Option<usize>) -> bool {
    // "passé de 2 millions en 1914 à 4 millions", "2017 – 5, 2018 – 16":
    // a year is no range's start unless a year ends it.
    let year_like = |k: usize| a.four_digits(k).is_some();
    i >= 2
        && rejected == Some(i - 2)
        && joins_a_range(a, i - 1)
        && (!year_like(i - 2) || year_like(i))
}

/// "numéro trois américaine", "number two": a rank, and the word after the
/// number is no counted noun.
fn ranks_after_numero(a: &Analysed, hits: &mut [Hit]) {
    for hit in hits.iter_mut() {
        let first = a
            .toks
            .partition_point(|t| t.range.start < hit.quantity.range.start);
        let after_numero = first
            .checked_sub(1)
            .and_then(|p| a.word(p))
            .is_some_and(|w| matches!(w, "numéro" | "numero" | "number"));
        if !after_numero {
            continue;
        }
        let is_number = |k: usize| {
            a.toks.get(k).is_some_and(|t| t.kind == Kind::Num)
                || a.word(k).is_some_and(is_any_number_word)
        };
        let mut last = first;
        while last < hit.last_tok && is_number(last + 1) {
            last += 1;
        }
        hit.quantity.range = a.span(first, last);
        hit.quantity.unit = Some("rank".to_owned());
        hit.last_tok = last;
    }
}

/// "entre 30 et 40 soldats", "30-40 km": the first number counts what the
/// second does, and "entre 13 et 17 millions" is a range of millions.
fn share_units_in_ranges(a: &Analysed, lang: Lang, hits: &mut [Hit]) {
    for k in (1..hits.len()).rev() {
        let (before, after) = hits.split_at_mut(k);
        let (first, second) = (&mut before[k - 1], &after[0]);
        let between = first.last_tok + 1;
        let joined = (between..next_start_tok(a, &second.quantity)).count() == 1
            && joins_a_range(a, between);
        if !joined {
            continue;
        }
        let second_start = next_start_tok(a, &second.quantity);
        let first_start = next_start_tok(a, &first.quantity);
        // The first number bare, and below the second once scaled.
        let scale = scale_after(a, second_start + 1, lang, false).filter(|&scale| {
            first_start == first.last_tok && first.quantity.value * scale <= second.quantity.value
        });
        if let Some(scale) = scale {
            first.quantity.value *= scale;
        }
        if first.quantity.unit.is_none() && second.quantity.unit.is_some() {
            first.quantity.unit.clone_from(&second.quantity.unit);
        }
    }
}

/// Words between the parenthesis after a count and the range it opens, at
/// most: "(une fourchette de 13,3 à 16,6 millions)", "(between 40 and 60)".
const MAX_PARENTHESIS_LEAD_WORDS: usize = 4;

/// A range in parentheses right after a count bounds that count: "environ
/// 14,9 millions de morts (une fourchette de 13,3 à 16,6 millions)".
fn share_units_into_a_parenthesised_range(a: &Analysed, hits: &mut [Hit]) {
    for k in 2..hits.len() {
        let (count, first, second) = (&hits[k - 2], &hits[k - 1], &hits[k]);
        if count.quantity.unit.is_none()
            || first.quantity.unit.is_some()
            || second.quantity.unit.is_some()
        {
            continue;
        }
        let open = count.last_tok + 1;
        let first_start = next_start_tok(a, &first.quantity);
        let lead = open + 1..first_start;
        let in_parenthesis = a.sym(open) == Some('(')
            && lead.len() <= MAX_PARENTHESIS_LEAD_WORDS
            && lead.clone().all(|j| a.word(j).is_some());
        let between = first.last_tok + 1;
        // "Viera (4-0)": a bare hyphenated pair of numbers is a score.
        let ranged = next_start_tok(a, &second.quantity) == between + 1
            && joins_a_range(a, between)
            && (!lead.is_empty() || a.word(between).is_some());
        if in_parenthesis && ranged {
            let unit = count.quantity.unit.clone();
            hits[k - 1].quantity.unit.clone_from(&unit);
            hits[k].quantity.unit = unit;
        }
    }
}

/// A bare number that a "number of" phrase before it measures counts what
/// that phrase names: "le nombre de cas quotidiens s’élève à 100 000", "the
/// number of potholes the city has filled — more than 1,786,300", "Число
/// заражённых составляет уже около 18 тысяч".
fn units_of_a_number_of(a: &Analysed, lang: Lang, hits: &mut [Hit]) {
    for k in 0..hits.len() {
        if hits[k].quantity.unit.is_some() {
            continue;
        }
        let start = next_start_tok(a, &hits[k].quantity);
        // The last "number of" of the sentence before the number, no other
        // number between them. "A number of", "un grand nombre de" say
        // "several": the measure takes a definite article.
        let since = k.checked_sub(1).map_or(0, |p| hits[p].last_tok + 1);
        let counted = (since..start)
            .rev()
            .take_while(|&i| !matches!(a.sym(i), Some('.' | ';' | '!' | '?')))
            .find_map(|i| {
                let definite = || {
                    i.checked_sub(1)
                        .and_then(|p| a.word(p))
                        .is_some_and(|w| matches!(w, "le" | "du" | "au" | "the" | "total"))
                };
                let after = match (a.word(i)?, a.word(i + 1)) {
                    ("nombre", Some("de")) | ("number", Some("of")) if definite() => i + 2,
                    ("nombre", Some("d")) if definite() && a.sym(i + 2) == Some('\'') => i + 3,
                    ("число" | "числа" | "количество" | "количества", _) => {
                        i + 1
                    }
                    _ => return None,
                };
                (after < start).then_some(after)
            });
        if let Some((unit, _)) = counted.and_then(|j| unit_at(a, j, false, lang)) {
            hits[k].quantity.unit = Some(unit);
        }
    }
}

/// Tokens between a count and a bare number that shares its unit, at most:
/// "27 millions de mètres cubes mercredi, contre 34 millions".
const MAX_SHARED_UNIT_GAP: usize = 12;

/// A bare number that picks out part of the count before it, or is set
/// against it, counts the same thing: "19 blessés, dont dix par balles",
/// "40 people, including 12 children", "30 hectares sur les 50", "58
/// millions de m3 de gaz russe chaque année, contre seulement 13".
fn share_units_with_the_count_before(a: &Analysed, lang: Lang, hits: &mut [Hit]) {
    for k in 1..hits.len() {
        if hits[k].quantity.unit.is_some() {
            continue;
        }
        let start = next_start_tok(a, &hits[k].quantity);
        let mut link = start;
        while link > 0
            && a.word(link - 1)
                .is_some_and(|w| matches!(w, "les" | "la" | "le" | "seulement" | "only" | "just"))
        {
            link -= 1;
        }
        let link_word = link.checked_sub(1).and_then(|p| a.word(p));
        // "40 of which", "25 of them", "трое из них": a part named after it.
        let after = hits[k].last_tok + 1;
        let part_named_after = matches!(
            (a.word(after), a.word(after + 1)),
            (
                Some("of"),
                Some("which" | "whom" | "them" | "those" | "these")
            ) | (Some("из"), Some("них" | "которых"))
        ) || (a.word(after) == Some("d")
            && a.sym(after + 1) == Some('\'')
            && a.word(after + 2) == Some("entre"));
        let part_of = part_named_after
            || link_word.is_some_and(|w| matches!(w, "dont" | "including" | "них" | "числе"));
        let word_before_link = link.checked_sub(2).and_then(|p| a.word(p));
        // "up from 85,000", "compared with 12", "par rapport à 30".
        let compared = matches!(
            (word_before_link, link_word),
            (Some("up" | "down"), Some("from"))
                | (Some("compared"), Some("with" | "to"))
                | (Some("rapport"), Some("à"))
        );
        let set_against = compared
            || link_word.is_some_and(|w| {
                matches!(w, "contre" | "sur" | "versus" | "vs" | "against" | "против")
            });
        let near = hits[k - 1].last_tok + MAX_SHARED_UNIT_GAP >= start;
        // A share or a factor is no count a bare number could elide ("0.4%
        // job growth, with 440,000 more natives"), and a range's first end
        // takes its unit from the other end ("aged between 57 and 70").
        let elides_a_count = !matches!(
            hits[k - 1].quantity.unit.as_deref(),
            Some("percent" | "fois" | "times" | "раз" | "раза")
        );
        let opens_a_range =
            k + 1 < hits.len() && hits[k].last_tok + 2 == next_start_tok(a, &hits[k + 1].quantity);
        let elliptical = elides_a_count
            && !opens_a_range
            && is_elliptical_count(a, hits[k - 1].last_tok + 1, start)
            && ends_a_phrase(a, start, hits[k].last_tok);
        let subject =
            elides_a_count && subject_of_a_later_clause(a, &hits[k - 1], start, hits[k].last_tok);
        if !(part_of || set_against || elliptical || subject) || !near {
            continue;
        }
        let Some(unit) = hits[k - 1]
            .quantity
            .unit
            .clone()
            .filter(|u| u != "rank" && u != "age")
        else {
            continue;
        };
        hits[k].quantity.unit = Some(unit);
        // "58 millions de m3 …, contre seulement 13": a small bare number
        // set against millions counts millions too.
        let counted_start = next_start_tok(a, &hits[k - 1].quantity);
        let scale =
            (counted_start..=hits[k - 1].last_tok).find_map(|j| scale_after(a, j, lang, false));
        let bare = start == hits[k].last_tok && hits[k].quantity.value < 1000.0;
        if let Some(scale) = scale.filter(|_| (set_against || elliptical) && bare) {
            hits[k].quantity.value *= scale;
        }
    }
}

/// Whether a bare number from token `first` to `last` is the subject of a
/// clause that follows the count `before` and leaves out its noun: "60
/// people had died and around 600 had been infected", "11 ballots were
/// accepted by email and 147 were faxed", "Of the 684 cases reported, 474
/// were pneumonic". A coordinating word joins the clauses, or a comma after
/// a count announced as the whole ("of the 684 cases").
fn subject_of_a_later_clause(a: &Analysed, before: &Hit, first: usize, last: usize) -> bool {
    let verb_follows = a.word(last + 1).is_some_and(|w| {
        matches!(
            w,
            "were"
                | "was"
                | "had"
                | "have"
                | "has"
                | "are"
                | "is"
                | "will"
                | "would"
                | "died"
                | "sont"
                | "ont"
                | "étaient"
                | "avaient"
                | "seront"
                | "auront"
                | "seraient"
                | "auraient"
        )
    });
    if !verb_follows {
        return false;
    }
    let Some(link) = cues_before(a, first).start.checked_sub(1) else {
        return false;
    };
    let coordinated = a
        .word(link)
        .is_some_and(|w| matches!(w, "and" | "but" | "while" | "whereas" | "et" | "mais"));
    // The comma closes the phrase of the whole, whose "of" opens it.
    let whole_start = next_start_tok(a, &before.quantity);
    let word_before = |back: usize| a.word_before(whole_start, back);
    let announced_whole = a.sym(link) == Some(',')
        && (before.last_tok + 1..link).all(|k| !matches!(a.sym(k), Some(',' | ';')))
        && (word_before(1) == Some("of")
            || (word_before(1) == Some("the") && word_before(2) == Some("of")));
    coordinated || announced_whole
}

/// Tokens between a count and a bare number that elides its noun, at most.
const MAX_ELLIPSIS_GAP: usize = 8;

/// Whether tokens `from..to`, between a count and a bare number, set the
/// number beside the count with its noun left out: "308 депутатов, против
/// – 218", "353 миллиарда долларов, а сейчас ― чуть более 100", "34
/// человека, за Данией – 20". A comma or a dash marks the ellipsis; no
/// other number or quotation lies between.
fn is_elliptical_count(a: &Analysed, from: usize, to: usize) -> bool {
    if to <= from || to - from > MAX_ELLIPSIS_GAP {
        return false;
    }
    let gap = from..to;
    let marked = gap
        .clone()
        .any(|k| matches!(a.sym(k), Some(',' | '—' | '–' | '―')));
    let clean = gap.clone().all(|k| {
        !a.is_num(k)
            && !a
                .sym(k)
                .is_some_and(|c| matches!(c, '«' | '»' | '“' | '”' | '"' | '(' | ')' | ':' | ';'))
    });
    marked && clean
}

/// Whether the number from token `first` to `last` ends its phrase, as an
/// elided count does: "против – 218.", "за Данией – 20,". A word after it
/// may be a unit this module does not know ("150 г муки"), and a number
/// between commas after a name is an age ("convicting Webb, 51, of").
fn ends_a_phrase(a: &Analysed, first: usize, last: usize) -> bool {
    let after = last + 1;
    let ends = a.toks.get(after).is_none()
        || a.sym(after)
            .is_some_and(|c| matches!(c, '.' | ',' | ';' | ')' | '!' | '?'))
        || a.word(after)
            .is_some_and(|w| matches!(w, "and" | "et" | "и" | "а" | "but" | "mais" | "но"));
    let age = first >= 2
        && a.sym(first - 1) == Some(',')
        && a.is_capitalised(first - 2)
        && a.sym(after) == Some(',');
    ends && !age
}

fn next_start_tok(a: &Analysed, q: &FoundQuantity) -> usize {
    a.toks
        .iter()
        .position(|t| t.range.start >= q.range.start)
        .unwrap_or(a.toks.len())
}

fn numeric_at(a: &Analysed, i: usize, lang: Lang) -> Option<Hit> {
    let is_separator = |c: Option<char>| matches!(c, Some('/' | ':'));
    let prev_glued = i > 0 && a.glued(i - 1);
    if (prev_glued && is_separator(a.sym(i - 1)))
        || (a.glued(i) && is_separator(a.sym(i + 1)) && a.is_num(i + 2))
    {
        return None;
    }
    // "2020-08-01", "06-22-2017", "978-0-521-84270-9": a date, code or
    // identifier written as three or more groups of digits.
    if hyphen_chain_groups(a, i) >= 3 {
        return None;
    }
    // "4 p.m.", "9.30 A.M.": a time of day.
    if initialism_end(a, i + 1).is_some()
        && matches!((a.word(i + 1), a.word(i + 3)), (Some("a" | "p"), Some("m")))
    {
        return None;
    }
    // "3D", "5G": a dimension or a network generation names a technique.
    if a.glued(i)
        && a.toks
            .get(i + 1)
            .is_some_and(|t| matches!(&a.text[t.range.clone()], "D" | "G"))
    {
        return None;
    }
    // "(1378-1417)": a span of years.
    if is_year_span_member(a, i) {
        return None;
    }
    // "10h30", "10h": a time of day.
    if a.glued(i)
        && a.word(i + 1).is_some_and(|w| {
            w.strip_prefix('h')
                .is_some_and(|r| r.bytes().all(|b| b.is_ascii_digit()))
        })
    {
        return None;
    }
    let prev_word = i.checked_sub(1).and_then(|p| a.word(p));
    // "Oct. 1", "Jan. 26": an abbreviated month before its day.
    let abbreviated_month = i >= 2
        && a.sym(i - 1) == Some('.')
        && a.glued(i - 2)
        && a.word(i - 2).is_some_and(is_month_word);
    // "pp. 52-53", "Version No. 3": an abbreviated reference word.
    let abbreviated_reference = i >= 2
        && a.sym(i - 1) == Some('.')
        && a.glued(i - 2)
        && a.word(i - 2)
            .is_some_and(|w| REFERENCE_WORDS.contains(&w.to_lowercase().as_str()));
    if abbreviated_month
        || abbreviated_reference
        || prev_word.is_some_and(|w| REFERENCE_WORDS.contains(&w) || is_month_word(w))
        || i.checked_sub(1)
            .and_then(|p| a.sym(p))
            .is_some_and(|c| matches!(c, '№' | '#' | '°' | '§'))
    {
        return None;
    }
    // "BA.4", "XBB.1.5": the number is part of a variant or model name.
    let dotted_name = i >= 2
        && a.sym(i - 1) == Some('.')
        && a.glued(i - 2)
        && a.glued(i - 1)
        && a.is_capitalised(i - 2);
    if dotted_name {
        return None;
    }
    // "Europe 1", "France 24": a number that names something after a
    // proper name, with no counted noun after it.
    // A capital at the start of the sentence says nothing, and a sign after
    // the number ("Свыше 40%") makes it a quantity.
    let sign_after = a
        .sym(i + 1)
        .is_some_and(|c| matches!(c, '%' | '€' | '$' | '£' | '₽'));
    if i > 1
        && a.is_capitalised(i - 1)
        && !a.is_num(i - 1)
        && a.word(i + 1).is_none()
        && !sign_after
    {
        return None;
    }
    // "7 Français sur 10", "three out of four": the denominator of a ratio
    // belongs to the count before it.
    if prev_word.is_some_and(|w| matches!(w, "sur" | "of" | "из"))
        && (i >= 3 && a.is_num(i - 3) || i >= 2 && a.is_num(i - 2))
    {
        return None;
    }
    // A list marker: "1." or "2)" opening the sentence, "1- Réactiver",
    // "2) Autoriser" within it.
    if i == 0 && a.glued(0) && matches!(a.sym(1), Some('.' | ')')) {
        return None;
    }
    if a.glued(i) && matches!(a.sym(i + 1), Some('-' | ')' | ']')) && a.is_capitalised(i + 2) {
        return None;
    }
    // A note call holds a bare small number: "[5]" anywhere, "(1)" ending a
    // sentence or opening an item (": (1) copy, (2) …"); "Chicago (9),
    // Cicero (4)" counts.
    let small = a.toks[i].range.len() <= 2;
    let bracketed = i > 0 && a.sym(i - 1) == Some('[') && a.sym(i + 1) == Some(']');
    let parenthesised = i > 0 && a.sym(i - 1) == Some('(') && a.sym(i + 1) == Some(')');
    let after_name = i >= 2 && a.word(i - 2).is_some() && a.is_capitalised(i - 2);
    let ends_or_opens = || {
        i < 2
            || a.word(i - 2).is_none()
            || a.toks.get(i + 2).is_none()
            || a.sym(i + 2).is_some_and(|c| matches!(c, '.' | ';' | ':'))
            || a.is_capitalised(i + 2)
    };
    if small && (bracketed || parenthesised && !after_name && ends_or_opens()) {
        return None;
    }
    let raw = &a.text[a.toks[i].range.clone()];
    let mut value = parse_number(raw, lang)?;

    // Years before 1800 read as years only after a word that introduces
    // one ("entre 1798 et 1815") or a dateline comma ("Londres, 1620").
    let early_year_context = prev_word.is_some_and(|w| YEAR_PREPOSITIONS.contains(&w))
        || i.checked_sub(1).and_then(|p| a.sym(p)) == Some(',');
    let four_digits = is_four_digits(raw);
    let year_like = four_digits && (1800.0..=2100.0).contains(&value);
    let early_year = four_digits && (1000.0..1800.0).contains(&value) && early_year_context;
    // "the 1990s": a decade.
    if a.glued(i) && a.word(i + 1) == Some("s") {
        return None;
    }
    // "90-х", "1960-х годов": a decade in Russian.
    if a.glued(i)
        && a.sym(i + 1) == Some('-')
        && a.glued(i + 1)
        && a.word(i + 2).is_some_and(|w| matches!(w, "х" | "ых" | "x"))
    {
        return None;
    }
    if let Some(suffix_end) = ordinal_suffix_end(a, i) {
        // "le 1er mai", "2022-й год": dates, not ranks.
        if year_like || a.word(suffix_end + 1).is_some_and(is_month_word) {
            return None;
        }
        let CuesBefore { approx, bound, .. } = cues_before(a, i);
        return Some(Hit {
            quantity: FoundQuantity {
                range: a.span(i, suffix_end),
                value,
                unit: Some("rank".to_owned()),
                approx,
                bound,
            },
            last_tok: suffix_end,
        });
    }
    // "du 11 au 21 juillet", "les 29 et 30 juin", "11-21 July": the first
    // day of a range of dates.
    let joins_range = a
        .word(i + 1)
        .is_some_and(|w| matches!(w, "au" | "et" | "à" | "and" | "to" | "и" | "по"))
        || a.sym(i + 1).is_some_and(|c| matches!(c, '-' | '–'));
    if a.word(i + 1).is_some_and(is_month_word)
        || (joins_range && a.is_num(i + 2) && a.word(i + 3).is_some_and(is_month_word))
    {
        return None;
    }

    let currency_before = i
        .checked_sub(1)
        .and_then(|p| a.sym(p).and_then(currency_code).map(|code| (p, code)))
        .filter(|(_, code)| *code != "percent");
    let mut last = i;
    let mut after_scale = false;
    if let Some(mult) = scale_after(a, i + 1, lang, currency_before.is_some()) {
        value *= mult;
        last = i + 1;
        after_scale = true;
        if a.glued(last)
            && a.sym(last + 1) == Some('.')
            && a.word(last)
                .is_some_and(|w| SCALE_ABBREVIATIONS.contains_key(w))
        {
            last += 1;
        }
    }
    // "7,000+ others": at least that many; "1+1" is a sum or a name.
    let mut bound_after = None;
    if a.glued(last) && a.sym(last + 1) == Some('+') && !(a.glued(last + 1) && a.is_num(last + 2)) {
        bound_after = Some(Bound::Min);
        last += 1;
    }
    // "300 и более рублей", "50 or more people", "20 et plus": a bound
    // between the number and its unit.
    if let Some(b) = open_bound_at(a, last + 1) {
        bound_after = Some(b);
        last += 2;
    }
    let unit = if let Some((_, code)) = currency_before {
        Some(code.to_owned())
    } else if let Some((u, u_last)) = hyphenated_unit(a, last) {
        last = u_last;
        Some(u)
    } else if let Some((u, u_last)) = unit_at(a, last + 1, after_scale, lang) {
        last = u_last;
        Some(u)
    } else if is_age_after_name(a, i) || follows_age_word(a, i) {
        Some("age".to_owned())
    } else if let Some(factor) = factor_of_a_multiplication(a, i) {
        Some(factor.to_owned())
    } else if lang == Lang::En && !opens_a_range(a, last) && counts_the_victims_of(a, i) {
        Some("people".to_owned())
    } else {
        unit_of_the_label(a, i)
    };

    // "La COP 26 à Glasgow", "Nord Stream 1 et 2": after a proper name, a
    // number that counts nothing names something.
    if unit.is_none()
        && !after_scale
        && !sign_after
        && i > 1
        && a.is_capitalised(i - 1)
        && !a.is_num(i - 1)
    {
        return None;
    }
    // "Hide Caption 1 of 30 Photos" is kept out above: it names a picture.
    let unit = unit.or_else(|| unit_of_the_whole(a, last, lang));

    // An early year has no unit: "в 1000 долларов" counts dollars.
    let is_year =
        (year_like || early_year && unit.is_none()) && !after_scale && currency_before.is_none();
    // "the 2016 presidential election", "the 2008 Senate race": in English,
    // a year before an adjective or a name ("2000 Americans" counts).
    let names_the_year = lang == Lang::En
        && a.word(i + 1).is_some_and(|w| {
            is_english_adjective(w) || (a.is_capitalised(i + 1) && !w.ends_with('s'))
        });
    if is_year {
        let counted = match unit.as_deref() {
            None => false,
            Some(_) if names_the_year => false,
            Some("percent" | "USD" | "EUR" | "GBP" | "RUB" | "JPY") => true,
            Some(noun) => {
                !matches!(noun, "года" | "год" | "г" | "гг")
                    && !prev_word.is_some_and(|w| YEAR_PREPOSITIONS.contains(&w))
                    && !i
                        .checked_sub(1)
                        .and_then(|p| a.sym(p))
                        .is_some_and(|c| matches!(c, '(' | '-' | '–'))
            }
        };
        if !counted {
            return None;
        }
    }

    // "-60 °C", "between -60 and -80 degrees": a sign glued to the number
    // and set apart from what comes before ("Covid-19", "1-7" are no signs).
    let signed = i >= 1
        && matches!(a.sym(i - 1), Some('-' | '−'))
        && a.glued(i - 1)
        && !(i >= 2 && a.glued(i - 2) && !a.sym(i - 2).is_some_and(|c| "([".contains(c)));
    if signed {
        value = -value;
    }
    let first = currency_before.map_or(if signed { i - 1 } else { i }, |(p, _)| p);
    let CuesBefore { approx, bound, .. } = cues_before(a, first);
    Some(Hit {
        quantity: FoundQuantity {
            range: a.span(first, last),
            value,
            unit,
            approx,
            bound: bound.or(bound_after).or_else(|| bound_word_after(a, last)),
        },
        last_tok: last,
    })
}

/// The unit of number token `i` when a verb multiplies or divides by it:
/// "multiplier leur nombre par 3" (`fois`), "multiplied by 4", "by a factor
/// of 10" (`times`), "умножим на 1,6" (`раз`).
fn factor_of_a_multiplication(a: &Analysed, i: usize) -> Option<&'static str> {
    let word = |k: usize| a.word_before(i, k);
    let scales = |w: &str| {
        ["multipli", "divis", "divid", "умнож", "раздел", "делит"]
            .iter()
            .any(|stem| w.starts_with(stem))
    };
    // The verb may have its object before the preposition: "multiplier
    // leur nombre par 3".
    let verb_before = (2..=4).any(|k| word(k).is_some_and(scales));
    match word(1)? {
        "par" if verb_before => Some("fois"),
        "by" if verb_before => Some("times"),
        "на" if verb_before => Some("раз"),
        "of" if word(2) == Some("factor") => Some("times"),
        _ => None,
    }
}

/// The bound two words at token `j` put on the number before them: "et
/// plus", "ou plus", "or more", "и более", "или более" (at least); "ou
/// moins", "or less", "или менее" (at most).
fn open_bound_at(a: &Analysed, j: usize) -> Option<Bound> {
    match (a.word(j)?, a.word(j + 1)?) {
        ("et" | "ou" | "or" | "и" | "или", "plus" | "more" | "более" | "больше") => {
            Some(Bound::Min)
        }
        ("ou" | "or" | "или", "moins" | "less" | "fewer" | "менее" | "меньше") => {
            Some(Bound::Max)
        }
        _ => None,
    }
}

/// The bound a word after a quantity ending at token `last` puts on it:
/// "800 mètres minimum", "2 ans au maximum", "10 000 euros au moins".
fn bound_word_after(a: &Analysed, last: usize) -> Option<Bound> {
    // "its 11-year minimum": a hyphenated quantity qualifies the noun.
    if last >= 1 && a.sym(last - 1) == Some('-') && a.glued(last - 1) {
        return None;
    }
    let (first, second) = (a.word(last + 1), a.word(last + 2));
    match (first?, second) {
        ("minimum", _) | ("au", Some("minimum" | "moins")) => Some(Bound::Min),
        ("maximum", _) | ("au", Some("maximum")) => Some(Bound::Max),
        _ => None,
    }
}

/// The unit a data sheet's label gives the number after it: "Number of
/// nuns: 220", "Nombre de morts : 12", "Average age: 71".
fn unit_of_the_label(a: &Analysed, i: usize) -> Option<String> {
    if i == 0 || a.sym(i - 1) != Some(':') {
        return None;
    }
    let word = |k: usize| a.word_before(i, k);
    let noun = word(2)?;
    if noun == "age" {
        return Some("age".to_owned());
    }
    let of = word(3)?;
    let head = word(4)?;
    let counts = matches!(
        (head, of),
        ("number", "of") | ("nombre", "de") | ("число", _)
    );
    counts.then(|| noun.to_owned())
}

/// "a 3-year-old boy", "a 10-minute onslaught", ".308-caliber rounds": the
/// unit glued to the number by a hyphen, with its own hyphenated words
/// ("year-old"). A score ("3-to-4") or a second number is no unit.
fn hyphenated_unit(a: &Analysed, last: usize) -> Option<(String, usize)> {
    if !(a.glued(last) && a.sym(last + 1) == Some('-') && a.glued(last + 1)) {
        return None;
    }
    let first = last + 2;
    let word = a.word(first)?;
    let head = word.split('-').next().unwrap_or(word);
    if a.is_capitalised(first)
        || matches!(head, "to" | "à" | "a")
        || is_any_number_word(head)
        || word.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut end = first;
    let mut unit = word.to_owned();
    while a.glued(end) && a.sym(end + 1) == Some('-') && a.glued(end + 1) {
        let Some(next) = a.word(end + 2) else {
            break;
        };
        unit.push('-');
        unit.push_str(next);
        end += 2;
    }
    Some((unit, end))
}

/// "Siraj Ibn Wahhaj, 40, Hujrah Wahhaj, 37, …":
/// a bare number between commas right after a person's name (two
/// capitalised words) is an age; "Lyon, 12, Marseille, 9" counts, and so
/// does a lone surname ("McCarrick, 88,") for want of telling it from a city
/// unless a clause goes on after it. So is a number between commas after a
/// noun its determiner introduces ("the prime minister, 54, has").
fn is_age_after_name(a: &Analysed, i: usize) -> bool {
    if i < 2 || a.sym(i - 1) != Some(',') || a.toks[i].range.len() > 3 {
        return false;
    }
    let digits = a.text[a.toks[i].range.clone()]
        .bytes()
        .all(|b| b.is_ascii_digit());
    // "McCarrick, 88, faces a trial": a lone name is a person's when a
    // lowercase word goes on after the second comma, where a list of
    // places goes on with the next name.
    let lowercase_word = |k: usize| a.word(k).is_some() && !a.is_capitalised(k);
    let clause_follows = a.sym(i + 1) == Some(',') && lowercase_word(i + 2);
    let name = a.is_capitalised(i - 2)
        && ((i >= 3 && a.word(i - 3).is_some() && a.is_capitalised(i - 3)) || clause_follows);
    // "the prime minister, 54, has used": a person named by a noun after
    // a determiner, the clause going on after the age.
    let described = clause_follows
        && lowercase_word(i - 2)
        && (3..=5).any(|back| {
            a.word_before(i, back)
                .is_some_and(|w| matches!(w, "the" | "his" | "her" | "their" | "its"))
        })
        && (i.saturating_sub(5)..i - 1).all(|k| !a.is_num(k));
    // "James Hamilton, 49 and now a doctor": the age ends at "and" when a
    // lowercase word, not a number, goes on.
    let ends = a
        .sym(i + 1)
        .is_some_and(|c| matches!(c, ',' | '.' | ';' | ')'))
        || (a.word(i + 1) == Some("and")
            && lowercase_word(i + 2)
            && !a.word(i + 2).is_some_and(is_any_number_word));
    digits && ends && (name || described)
}

/// "only 33 of 250 beds", "3 sur 10 foyers": a bare number before the
/// whole it is part of counts what the whole counts. `last` is the
/// number's last token.
fn unit_of_the_whole(a: &Analysed, last: usize, lang: Lang) -> Option<String> {
    let mut j = last + 1;
    if a.word(j) == Some("out") && a.word(j + 1) == Some("of") {
        j += 1;
    }
    if !a.word(j).is_some_and(|w| matches!(w, "of" | "sur" | "из")) || !a.is_num(j + 1) {
        return None;
    }
    let whole = j + 1;
    let scaled = scale_after(a, whole + 1, lang, false).is_some();
    let unit_from = if scaled { whole + 2 } else { whole + 1 };
    unit_at(a, unit_from, scaled, lang).map(|(u, _)| u)
}

/// The token after the initialism of two or more letters starting at token
/// `j` ("U.S.", "U.S.C.", "p.m."), if one does. Russian abbreviates units
/// that way ("2,5 ч.л." is teaspoons): only Latin letters make one.
fn initialism_end(a: &Analysed, j: usize) -> Option<usize> {
    let letter_dot = |k: usize| {
        a.word(k)
            .is_some_and(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_alphabetic()))
            && a.glued(k)
            && a.sym(k + 1) == Some('.')
    };
    let mut k = j;
    let mut letters = 0;
    while letter_dot(k) {
        letters += 1;
        k += 2;
        if !a.glued(k - 1) {
            break;
        }
    }
    (letters >= 2).then_some(k)
}

/// Words between an English verb and the bare number it takes as object:
/// "killing more than 50", "injuring nearly 500".
const OBJECT_APPROXIMATORS: &[&str] = &[
    "more",
    "than",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "at",
    "least",
    "over",
    "an",
    "estimated",
];

/// Whether number token `last` opens a range, whose end may name the unit
/// ("killing 30,000–40,000 Māori").
fn opens_a_range(a: &Analysed, last: usize) -> bool {
    joins_a_range(a, last + 1) && a.is_num(last + 2)
}

/// Whether token `k` joins the two ends of a range or list of numbers: a
/// dash, "et", "à", "and", "to", "or", "ou", "и", "или", "до".
fn joins_a_range(a: &Analysed, k: usize) -> bool {
    matches!(a.sym(k), Some('-' | '–' | '—'))
        || a.word(k).is_some_and(|w| {
            matches!(
                w,
                "et" | "à" | "and" | "to" | "or" | "ou" | "и" | "или" | "до"
            )
        })
}

/// Whether bare number token `i` is the object of an English verb whose
/// object is people: "killing more than 50 and injuring nearly 500",
/// "has already infected 2,000 in Madagascar and killed 143".
fn counts_the_victims_of(a: &Analysed, i: usize) -> bool {
    (1..=4)
        .map_while(|k| a.word_before(i, k))
        .find(|w| !OBJECT_APPROXIMATORS.contains(w))
        .is_some_and(|verb| {
            matches!(
                verb,
                "killed"
                    | "killing"
                    | "kills"
                    | "wounded"
                    | "wounding"
                    | "injured"
                    | "injuring"
                    | "infected"
                    | "infecting"
                    | "sickened"
                    | "arrested"
                    | "evacuated"
                    | "displaced"
                    | "deported"
                    | "hospitalized"
                    | "hospitalised"
                    | "rescued"
                    | "employs"
                    | "employed"
                    | "hired"
            )
        })
}

/// Whether number token `i` follows a word that says it is an age: "Jany
/// Leveille age 35", "aged 12", "an average age of 81", "âgé de 40",
/// "l'âge de 16", "в возрасте 40".
fn follows_age_word(a: &Analysed, i: usize) -> bool {
    let word = |k: usize| a.word_before(i, k);
    let is_age = |w: &str| {
        matches!(
            w,
            "age" | "aged" | "âge" | "âgé" | "âgée" | "âgés" | "âgées" | "возрасте"
        )
    };
    word(1).is_some_and(is_age)
        || (word(1).is_some_and(|w| matches!(w, "of" | "de")) && word(2).is_some_and(is_age))
}

/// The index of the ordinal suffix token after number `i`, if any.
fn ordinal_suffix_end(a: &Analysed, i: usize) -> Option<usize> {
    if !a.glued(i) {
        return None;
    }
    if let Some(w) = a.word(i + 1) {
        return ORDINAL_SUFFIXES.contains(&w).then_some(i + 1);
    }
    let russian = a.sym(i + 1) == Some('-')
        && a.glued(i + 1)
        && a.word(i + 2)
            .is_some_and(|w| RUSSIAN_ORDINAL_SUFFIXES.contains(&w));
    russian.then_some(i + 2)
}

/// Reads a number written with digits. Spaces always group thousands; a
/// single `.` or `,` before exactly three digits groups thousands where the
/// language uses the other sign as decimal mark ("1,200" in English,
/// "3.000" in French); otherwise it is the decimal mark. Dotted dates
/// ("12.01.2022") are not numbers.
fn parse_number(raw: &str, lang: Lang) -> Option<f64> {
    let compact: String = raw
        .chars()
        .filter(|&c| !crate::lex::is_group_space(c))
        .collect();
    let dots = compact.matches('.').count();
    let commas = compact.matches(',').count();
    let grouped_by = |sep: char| {
        compact
            .split(sep)
            .skip(1)
            .all(|group| group.len() == 3 && !group.contains(['.', ',']))
    };
    let normalised = match (dots, commas) {
        (0, 0) => compact,
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let thousands_sign = match lang {
                Lang::En | Lang::Unknown => ',',
                Lang::Fr | Lang::Ru => '.',
            };
            if dots + commas > 1 {
                if !grouped_by(sep) {
                    return None;
                }
                compact.replace(sep, "")
            } else if sep == thousands_sign && grouped_by(sep) {
                compact.replace(sep, "")
            } else {
                compact.replace(sep, ".")
            }
        }
        _ => {
            // Both signs: the last one is the decimal mark.
            let decimal = compact.rfind(['.', ','])?;
            let (int_part, frac) = compact.split_at(decimal);
            format!("{}.{}", int_part.replace(['.', ','], ""), &frac[1..])
        }
    };
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The multiplier of a scale word at token `j` after digits.
fn scale_after(a: &Analysed, j: usize, lang: Lang, currency_before: bool) -> Option<f64> {
    let w = a.word(j)?;
    if let Some(NumWord::Scale { value, .. }) = number_word(w, lang) {
        return Some(scale_value(w, value, lang));
    }
    if let Some(v) = SCALE_ABBREVIATIONS.get(w) {
        return Some(*v);
    }
    // "$5m", "£3k": abbreviations too ambiguous without a currency sign.
    match w {
        "m" if currency_before => Some(1e6),
        "k" if currency_before => Some(1e3),
        _ => None,
    }
}

/// A French "billion" is a million millions.
fn scale_value(word: &str, value: f64, lang: Lang) -> f64 {
    if lang == Lang::Fr && word.starts_with("billion") {
        1e12
    } else {
        value
    }
}

/// The unit or counted noun starting at token `j`: (unit, its last token).
fn unit_at(a: &Analysed, j: usize, after_scale: bool, lang: Lang) -> Option<(String, usize)> {
    let mut j = j;
    if after_scale {
        match a.word(j) {
            Some("de" | "of") => j += 1,
            Some("d") if a.sym(j + 1) == Some('\'') => j += 2,
            _ => {}
        }
    }
    if let Some(code) = a.sym(j).and_then(currency_code) {
        return Some((code.to_owned(), j));
    }
    // "3 °C", "19°C": a temperature; "45°" alone, an angle.
    if a.sym(j) == Some('°') {
        let scale = a
            .word(j + 1)
            .filter(|w| a.glued(j) && matches!(*w, "c" | "f"));
        return Some(match scale {
            Some(scale) => (format!("°{}", scale.to_uppercase()), j + 1),
            None => ("°".to_owned(), j),
        });
    }
    let w = a.word(j)?;
    // "18 U.S. soldiers", "18 U.S.C. § 595": an initialism is no unit; the
    // noun after it may be.
    if let Some(after) = initialism_end(a, j) {
        return unit_at(a, after, false, lang);
    }
    if matches!(w, "pour" | "per") && a.word(j + 1) == Some("cent") {
        return Some(("percent".to_owned(), j + 1));
    }
    // "400 parts per million", "3 parties par milliard": a concentration,
    // whose scale word is part of the unit, not a number of its own.
    if let (Some(per @ ("per" | "par")), Some(scale)) = (a.word(j + 1), a.word(j + 2)) {
        if matches!(w, "parts" | "parties") && is_large_scale_word(scale) {
            return Some((format!("{w} {per} {scale}"), j + 2));
        }
    }
    // After digits, "cents" is the coin ("65 cents"), not "deux cents".
    if w == "cents" && j > 0 && a.is_num(j - 1) {
        return Some((w.to_owned(), j));
    }
    // "3 fois plus", "20 times more", "в 3 раза больше": a factor ("une
    // fois que" is no quantity).
    if matches!(w, "fois" | "times" | "раз" | "раза")
        && a.word(j + 1)
            .is_some_and(|next| COMPARATIVES.contains(&next))
    {
        return Some((w.to_owned(), j));
    }
    // "14 de ses collègues", "89 de leurs députés", "three of his aides",
    // "25 of the deaths": the counted noun after a possessive or a
    // determiner of the whole.
    let possessive = match (w, a.word(j + 1)) {
        ("de" | "d", Some(det)) => POSSESSIVES_FR.contains(&det),
        ("of", Some(det)) => POSSESSIVES_EN.contains(&det),
        _ => false,
    };
    if possessive {
        // Past one adjective before the noun ("14 de ses anciens collègues",
        // "46 of their close contacts", "20 of his season-high points"); a
        // capitalised word is a name ("eight of its Hong Kong-listed …").
        let adjective = a.word(j + 2).is_some_and(|n| {
            SKIPPABLE_ADJECTIVES.contains(&n)
                || PRENOMINAL_ADJECTIVES.contains(&n)
                || n.contains('-')
        });
        let k = if adjective { j + 3 } else { j + 2 };
        let noun = a.word(k).filter(|n| {
            !a.is_capitalised(k)
                && !NOT_UNITS.contains(n)
                && !is_month_word(n)
                && !is_any_number_word(n)
                && !PRENOMINAL_ADJECTIVES.contains(n)
        });
        let article = a.word(j + 1) == Some("the");
        let genitive = a.sym(k + 1).is_some_and(|c| c == '\'' || c == '’');
        if let Some(noun) = noun.filter(|n| !article || (is_english_plural(n) && !genitive)) {
            return Some((noun.to_owned(), k));
        }
    }
    if PERCENT_WORDS.contains(&w) {
        return Some(("percent".to_owned(), j));
    }
    // "150 г муки": grams after a number that is no year ("в 2022 г.").
    let number_before = j.checked_sub(1).filter(|&p| a.is_num(p));
    if w == "г" && number_before.is_some_and(|p| a.four_digits(p).is_none()) {
        return Some((w.to_owned(), j));
    }
    if NOT_UNITS.contains(&w) || is_month_word(w) || is_any_number_word(w) {
        return None;
    }
    if SKIPPABLE_ADJECTIVES.contains(&w) {
        return a
            .word(j + 1)
            .filter(|n| !NOT_UNITS.contains(n) && !is_month_word(n))
            .map(|n| (n.to_owned(), j + 1));
    }
    // "mètres cubes", "square kilometres": an area or a volume, not a length.
    let dimension = |d: &str| {
        matches!(
            d,
            "carré" | "carrés" | "carrée" | "carrées" | "cube" | "cubes" | "square" | "cubic"
        )
    };
    if let Some(next) = a.word(j + 1) {
        if dimension(next) || (dimension(w) && !NOT_UNITS.contains(&next)) {
            return Some((format!("{w} {next}"), j + 1));
        }
    }
    // Russian writes its counted nouns, demonyms included, in lowercase: a
    // capitalised word is a name or the next clause ("400 миллионов Россия
    // отправит"); an initialism may be counted ("300 ВСУ").
    let initialism = a
        .toks
        .get(j)
        .is_some_and(|t| a.text[t.range.clone()].chars().all(|c| !c.is_lowercase()));
    if lang == Lang::Ru && a.is_capitalised(j) && !initialism {
        return None;
    }
    if lang == Lang::En && !a.is_capitalised(j) && is_english_adjective(w) {
        if let Some(noun) = english_noun_after_adjectives(a, j) {
            return Some(noun);
        }
    }
    Some((w.to_owned(), j))
}

/// "10 different countries", "16 public elementary schools": the plural
/// noun within two words after an English adjective. A verb ("two tested
/// positive", "22 arrested during") has no plural noun after it.
fn english_noun_after_adjectives(a: &Analysed, j: usize) -> Option<(String, usize)> {
    for k in j + 1..=j + 2 {
        let word = a.word(k)?;
        let plain = !a.is_capitalised(k)
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_UNITS.contains(&word)
            && !is_month_word(word)
            && !is_any_number_word(word);
        if !plain {
            return None;
        }
        if word.ends_with('s') && !word.ends_with("ss") {
            return Some((word.to_owned(), k));
        }
    }
    None
}

/// An English word whose ending marks an adjective ("presidential",
/// "nuclear", "different", "illegal", "dangerous", "Iranian").
fn is_english_adjective(word: &str) -> bool {
    word.is_ascii()
        && word.len() > 4
        && [
            "al", "ic", "ous", "ive", "ent", "ant", "ful", "less", "ian", "ese", "ish", "ary",
            "ar", "ed",
        ]
        .iter()
        .any(|suffix| word.ends_with(suffix))
}

/// The approximation and bound cues before a number, and the token they
/// start at (the number's own first token when there is none).
struct CuesBefore {
    approx: bool,
    bound: Option<Bound>,
    start: usize,
}

/// Approximation and bound cues right before token `first`; two may stack
/// ("jusqu'à environ").
fn cues_before(a: &Analysed, first: usize) -> CuesBefore {
    let mut approx = false;
    let mut bound = None;
    let mut end = first;
    for _ in 0..2 {
        let Some((start, cue)) = CUES.longest_ending_at(a, end) else {
            break;
        };
        match cue {
            Cue::Approx => approx = true,
            // "de 30 à 40", "от 30 до 40": a range, not a bound.
            Cue::Bound(b) if !start.checked_sub(1).is_some_and(|p| a.is_num(p)) => {
                bound = bound.or(Some(b));
            }
            Cue::Bound(_) => {}
        }
        end = start;
    }
    CuesBefore {
        approx,
        bound,
        start: end,
    }
}

/// Accumulates a number written in words.
#[derive(Default)]
struct WordNumber {
    total: f64,
    current: f64,
    last_unit: f64,
    has_value: bool,
    article: bool,
    big: bool,
    approx: bool,
    ends_with_multiplier: bool,
    collective_pending: bool,
}

impl WordNumber {
    fn push(&mut self, part: &str, nw: NumWord, lang: Lang) {
        self.ends_with_multiplier = false;
        match nw {
            NumWord::Unit(v) => {
                // "quatre-vingt(s)" is 4 × 20.
                if part.starts_with("vingt") && self.last_unit == 4.0 {
                    self.current += 76.0;
                } else {
                    self.current += v;
                }
                self.last_unit = v;
                self.has_value = true;
            }
            NumWord::Hundred => {
                self.current = self.current.max(1.0) * 100.0;
                self.big = true;
                self.has_value = true;
            }
            NumWord::Scale { value, plural } => {
                let value = scale_value(part, value, lang);
                if plural && !self.has_value && !self.article {
                    self.current = self.current.max(1.0) * value;
                    self.approx = true;
                    self.collective_pending = true;
                } else {
                    self.total += (self.current.max(1.0)) * value;
                    self.current = 0.0;
                }
                self.big = true;
                self.has_value = true;
                self.ends_with_multiplier = true;
            }
            NumWord::Collective(v) => {
                self.current = self.current.max(1.0) * v;
                self.approx = true;
                self.big = true;
                self.has_value = true;
                self.ends_with_multiplier = true;
                self.collective_pending = true;
            }
            NumWord::Article => self.article = true,
        }
    }

    fn value(&self) -> f64 {
        self.total + self.current
    }
}

/// The number-word parts of one word token ("quatre-vingt-dix" has three).
fn word_parts(w: &str, lang: Lang) -> Option<impl Iterator<Item = (&str, NumWord)>> {
    let all_known = w.split('-').all(|p| number_word(p, lang).is_some());
    all_known.then(move || {
        w.split('-')
            .filter_map(move |p| number_word(p, lang).map(|nw| (p, nw)))
    })
}

fn words_at(a: &Analysed, i: usize, lang: Lang) -> Option<Hit> {
    let prev_word = i.checked_sub(1).and_then(|p| a.word(p));
    // "pour cent" is the unit of the number before it, not a hundred.
    if a.word(i) == Some("cent") && matches!(prev_word, Some("pour" | "per")) {
        return None;
    }
    // "qui ont tous deux vivement critiqué": "tous deux", "toutes trois"
    // mean both or all of those named, and count nothing.
    if matches!(prev_word, Some("tous" | "toutes"))
        && matches!(
            a.word(i).and_then(|w| number_word(w, lang)),
            Some(NumWord::Unit(_))
        )
    {
        return None;
    }
    // "un pour cent": an article counts one before "pour cent".
    if matches!(a.word(i), Some("un" | "une"))
        && a.word(i + 1) == Some("pour")
        && a.word(i + 2) == Some("cent")
    {
        let CuesBefore { approx, bound, .. } = cues_before(a, i);
        return Some(Hit {
            quantity: FoundQuantity {
                range: a.span(i, i + 2),
                value: 1.0,
                unit: Some("percent".to_owned()),
                approx,
                bound,
            },
            last_tok: i + 2,
        });
    }
    // An article is a number only before a multiplier: "une dizaine", "a
    // hundred", "un million", not "a trois enfants".
    if matches!(
        a.word(i).and_then(|w| number_word(w, lang)),
        Some(NumWord::Article)
    ) {
        let multiplier_next = a
            .word(i + 1)
            .and_then(|w| number_word(w, lang))
            .is_some_and(|nw| {
                matches!(
                    nw,
                    NumWord::Hundred | NumWord::Scale { .. } | NumWord::Collective(_)
                )
            });
        if !multiplier_next {
            return None;
        }
    }
    let mut number = WordNumber::default();
    let mut last = None;
    let mut j = i;
    while let Some(w) = a.word(j) {
        if let Some(parts) = word_parts(w, lang) {
            // An article inside a number ("deux cent un") ends it unless it
            // opens the number.
            if last.is_some() && matches!(number_word(w, lang), Some(NumWord::Article)) {
                break;
            }
            for (part, nw) in parts {
                number.push(part, nw, lang);
            }
            last = Some(j);
            j += 1;
            continue;
        }
        let next = a.word(j + 1).and_then(|n| number_word(n, lang));
        let joins = match w {
            // "vingt et un", "soixante et onze"
            "et" => {
                (20.0..=60.0).contains(&number.last_unit)
                    && matches!(a.word(j + 1), Some("un" | "une" | "onze"))
            }
            // "two hundred and fifty"
            "and" => number.big && matches!(next, Some(NumWord::Unit(_))),
            // "des dizaines de milliers", "tens of thousands"
            "de" | "of" => {
                number.ends_with_multiplier
                    && matches!(next, Some(NumWord::Scale { .. } | NumWord::Collective(_)))
            }
            _ => false,
        };
        if !joins || last.is_none() {
            break;
        }
        if w == "et" && a.word(j + 1) != Some("onze") {
            // "un" after "et" is the unit one, not an article.
            number.current += 1.0;
            number.last_unit = 1.0;
            last = Some(j + 1);
            j += 2;
        } else {
            j += 1;
        }
    }
    let last = last?;
    if !number.has_value {
        return None;
    }
    let value = number.value();
    if number.collective_pending {
        let first_is_cyrillic = a
            .word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(is_cyrillic);
        let counted = number.article
            || first_is_cyrillic
            || prev_word.is_some_and(|w| QUANTIFIERS.contains(&w))
            || matches!(a.word(last + 1), Some("de" | "d" | "of"));
        if !counted {
            return None;
        }
    }
    let unit = unit_at(a, last + 1, number.ends_with_multiplier, lang);
    // Small numbers in words are everywhere ("les deux pays"): keep those
    // that count something and are not part of a definite noun phrase.
    if !number.big
        && value < 10.0
        && (unit.is_none() || prev_word.is_some_and(|w| DETERMINERS.contains(&w)))
    {
        return None;
    }
    let (unit, last) = match unit {
        Some((u, u_last)) => (Some(u), u_last),
        None => (None, last),
    };
    let CuesBefore {
        approx: cue_approx,
        bound,
        ..
    } = cues_before(a, i);
    Some(Hit {
        quantity: FoundQuantity {
            range: a.span(i, last),
            value,
            unit,
            approx: number.approx || cue_approx,
            bound,
        },
        last_tok: last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (covered text, value, unit, approx, bound) of a quantity.
    type Seen = (String, f64, Option<String>, bool, Option<Bound>);

    fn found(s: &str, lang: &str) -> Vec<Seen> {
        find_quantities(s, Some(lang))
            .into_iter()
            .map(|q| (s[q.range].to_owned(), q.value, q.unit, q.approx, q.bound))
            .collect()
    }

    fn one(s: &str, lang: &str) -> Seen {
        let mut all = found(s, lang);
        assert_eq!(all.len(), 1, "{s}: {all:?}");
        all.remove(0)
    }

    fn q(text: &str, value: f64, unit: &str, approx: bool, bound: Option<Bound>) -> Seen {
        (text.to_owned(), value, Some(unit.to_owned()), approx, bound)
    }

    #[test]
    fn french_grouping_with_all_spaces() {
        for sp in [" ", "\u{A0}", "\u{202F}"] {
            let s = format!("Pas moins de 3{sp}000 combattants ont été tués.");
            assert_eq!(
                one(&s, "fr"),
                q(
                    &format!("3{sp}000 combattants"),
                    3000.0,
                    "combattants",
                    false,
                    Some(Bound::Min)
                )
            );
        }
    }

    #[test]
    fn a_conjunction_after_a_number_is_no_unit() {
        let seen = found(
            "Une armée attaquante devrait avoir un avantage de 3 contre 1 si elle espère réussir.",
            "fr",
        );
        assert!(seen.iter().all(|s| s.2.is_none()), "{seen:?}");
        let seen = found("He explains this again in AL 305 when he says it.", "en");
        assert!(seen.iter().all(|s| s.2.is_none()), "{seen:?}");
    }

    #[test]
    fn tous_deux_counts_nothing() {
        let text = "Le Premier ministre et le président, qui ont tous deux vivement critiqué \
                    l’invasion, se rencontrent. Toutes trois sont venues.";
        assert!(found(text, "fr").is_empty(), "{:?}", found(text, "fr"));
        let seen = found("Toutes deux ont signé trois accords.", "fr");
        assert_eq!(seen.len(), 1, "{seen:?}");
    }

    #[test]
    fn table_rows_and_reference_marks_hold_no_quantities() {
        // Pages keep program output and sports tables as text lines.
        assert!(found(
            "400 │ 2020-08-01 16:29:00+00 │ 1 │ 3.7438474117708043 │ t",
            "en"
        )
        .is_empty());
        assert!(found(
            "1 Kyle Busch 5040 5 1 17 27 2 Martin Truex Jr. 5035 7 0 15 24",
            "en"
        )
        .is_empty());
        let seen = found(
            "Comme nous l’avons expliqué depuis deux ans (1), 40 % des ménages sont ruinés.",
            "fr",
        );
        assert!(seen.iter().all(|s| s.0 != "1"), "{seen:?}");
        let seen = found(
            "They come from Brazil (1), El Salvador (3) and Mexico (7).",
            "en",
        );
        assert_eq!(seen.len(), 3, "{seen:?}");
        // A footnote mark is no count; the figures of the sentence stay.
        let seen = found(
            "Unemployment peaked above 10% in 1991 and fell to 4 percent.[206]",
            "en",
        );
        assert!(seen.iter().all(|s| s.0 != "206"), "{seen:?}");
        assert!(seen.iter().any(|s| s.0 == "10%"), "{seen:?}");
        // A list of results is no table: its numbers carry units.
        let seen = found(
            "Les 14 Britanniques, 9 Polonais et 3 Canadiens sont arrivés avec 12 blessés, dont 2 graves.",
            "fr",
        );
        assert_eq!(seen.len(), 5, "{seen:?}");
    }

    #[test]
    fn variant_names_are_not_counts() {
        assert!(found("Les variants d’Omicron BA.4 et BA.5 se diffusent.", "fr").is_empty());
    }

    #[test]
    fn degrees_are_a_unit() {
        // SemEval French articles on the climate.
        assert_eq!(
            one("Le limiter à 1,5 °C n’est plus envisageable.", "fr"),
            q("1,5 °C", 1.5, "°C", false, None)
        );
        assert_eq!(
            one("Il ne faut pas dépasser les 19°C pour le chauffage.", "fr"),
            q("19°C", 19.0, "°C", false, None)
        );
    }

    #[test]
    fn french_scales_percent_and_units() {
        assert_eq!(
            one("Environ 1,5 million de personnes ont fui.", "fr"),
            q("1,5 million de personnes", 1.5e6, "personnes", true, None)
        );
        assert_eq!(
            one("Le budget atteint 2,5 milliards d'euros.", "fr"),
            q("2,5 milliards d'euros", 2.5e9, "euros", false, None)
        );
        assert_eq!(
            one("Jusqu'à 40 % des électeurs.", "fr"),
            q("40 %", 40.0, "percent", false, Some(Bound::Max))
        );
        assert_eq!(
            one("Le front s'étend sur 7 500 km.", "fr"),
            q("7 500 km", 7500.0, "km", false, None)
        );
        assert_eq!(
            one("Il a coûté 40 €.", "fr"),
            q("40 €", 40.0, "EUR", false, None)
        );
        assert_eq!(one("Plus de 1 200 soldats.", "fr").1, 1200.0);
        assert_eq!(
            one("Le pays compte 40 pour cent de chômeurs.", "fr"),
            q("40 pour cent", 40.0, "percent", false, None)
        );
    }

    #[test]
    fn french_list_gives_one_quantity_per_item() {
        let all = found(
            "Parmi eux, 14 Britanniques, 9 Polonais et 3 Canadiens.",
            "fr",
        );
        assert_eq!(
            all,
            vec![
                q("14 Britanniques", 14.0, "britanniques", false, None),
                q("9 Polonais", 9.0, "polonais", false, None),
                q("3 Canadiens", 3.0, "canadiens", false, None),
            ]
        );
    }

    #[test]
    fn french_number_words() {
        assert_eq!(one("Deux mille soldats sont arrivés.", "fr").1, 2000.0);
        assert_eq!(
            one("Trois cents blindés.", "fr"),
            q("Trois cents blindés", 300.0, "blindés", false, None)
        );
        assert_eq!(
            one("Une dizaine de drones ont été abattus.", "fr"),
            q("Une dizaine de drones", 10.0, "drones", true, None)
        );
        assert_eq!(
            one("Des centaines de civils ont fui.", "fr"),
            q("centaines de civils", 100.0, "civils", true, None)
        );
        assert_eq!(one("Quatre-vingt-dix otages.", "fr").1, 90.0);
        assert_eq!(one("Soixante et onze morts.", "fr").1, 71.0);
        assert_eq!(
            one("Des dizaines de milliers de manifestants.", "fr").1,
            1e4
        );
        assert_eq!(
            one("Il a passé trois ans en prison.", "fr"),
            q("trois ans", 3.0, "ans", false, None)
        );
    }

    #[test]
    fn small_number_words_of_known_sets_are_not_counts() {
        assert!(found("Les deux pays ont signé un accord.", "fr").is_empty());
        assert!(found("Un bâtiment neuf.", "fr").is_empty());
        assert!(found("Une source a parlé.", "fr").is_empty());
        assert!(found("Mis en quarantaine.", "fr").is_empty());
    }

    #[test]
    fn channel_names_and_ratio_denominators_are_not_counts() {
        let found = find_quantities("Natacha Polony, Europe 1 : elle est vide.", Some("fr"));
        assert!(found.is_empty(), "{found:?}");
        let found = find_quantities(
            "Pour elle, 7 Français sur 10 estiment avoir perdu du pouvoir d'achat.",
            Some("fr"),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].value, 7.0);
        let found = find_quantities("Le convoi a roulé sur 300 kilomètres.", Some("fr"));
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn note_calls_list_markers_and_early_years_are_not_counts() {
        // Articles 23134, 2372, 23185 (SemEval French).
        assert!(found("Pense aux conséquences.[5] Autre temps !", "fr").is_empty());
        assert!(found("Il était alors ministre de la défense (1).", "fr").is_empty());
        assert!(found("Seront exclus : (1) les copies, (2) les traductions.", "fr").is_empty());
        // Counts per item in parentheses stay.
        assert_eq!(
            found("Arrests in Chicago (9), Cicero (4) and Palatine (4).", "en").len(),
            3
        );
        assert_eq!(
            one("Le prix dépasse la barre des 1000 dollars.", "fr")
                .2
                .as_deref(),
            Some("dollars")
        );
        assert!(found("La Turquie exige : 1- Réactiver le contrat.", "fr").is_empty());
        assert!(found("La neutralité entre 1798 et 1815 fut respectée.", "fr").is_empty());
        assert!(found("Sir Francis Bacon, Londres, 1620", "fr").is_empty());
        // A count in parentheses is still a count.
        assert_eq!(
            one("La rénovation des bâtiments (500 millions) avance.", "fr").1,
            5e8
        );
        assert_eq!(
            one("Ils ont envoyé 1500 soldats.", "fr"),
            q("1500 soldats", 1500.0, "soldats", false, None)
        );
    }

    #[test]
    fn time_adjectives_between_a_count_and_its_noun() {
        assert_eq!(
            one(
                "Elle veut tripler leur nombre d’ici les dix prochaines années.",
                "fr"
            )
            .2
            .as_deref(),
            Some("années")
        );
        assert_eq!(
            one("Il reste 3 dernières chances.", "fr").2.as_deref(),
            Some("chances")
        );
    }

    #[test]
    fn un_pour_cent_is_one_percent() {
        assert_eq!(
            one("Seulement un pour cent des femmes sont concernées.", "fr"),
            q("un pour cent", 1.0, "percent", false, None)
        );
    }

    #[test]
    fn dates_years_and_codes_are_skipped() {
        assert!(found("En 2022, le 12 janvier, la Russie a attaqué.", "fr").is_empty());
        assert!(found("Le 1er mai 2023 à 10h30, le G7 s'est réuni.", "fr").is_empty());
        assert!(found("Publié le 12/01/2022 et le 12.01.2022.", "fr").is_empty());
        assert!(found("Des Su-27 et l'article 5 du traité.", "fr").is_empty());
        assert!(found("In the 1990s, during the 2022-2023 winter.", "en").is_empty());
        assert!(found("Dans les années 90, en 1990-е.", "fr").is_empty());
        assert_eq!(
            one("En 2022 3 000 soldats sont morts.", "fr"),
            q("3 000 soldats", 3000.0, "soldats", false, None)
        );
        assert_eq!(
            one("Quelque 2000 soldats.", "fr"),
            q("2000 soldats", 2000.0, "soldats", true, None)
        );
    }

    #[test]
    fn a_size_adjective_before_the_noun_is_skipped() {
        let got = one("La Chine a lancé six larges exercices.", "fr");
        assert_eq!(
            got,
            q("six larges exercices", 6.0, "exercices", false, None)
        );
    }

    #[test]
    fn a_number_after_numero_is_a_rank() {
        let got = one("Mme Pelosi, numéro trois américaine, est arrivée.", "fr");
        assert_eq!(got, q("trois", 3.0, "rank", false, None));
    }

    #[test]
    fn ordinals_are_ranks() {
        assert_eq!(
            one("Le pays est classé 210e au monde.", "fr").2,
            Some("rank".to_owned())
        );
        assert_eq!(one("It ranks 21st in the world.", "en").1, 21.0);
        assert_eq!(
            one("Страна заняла 5-й место.", "ru").2,
            Some("rank".to_owned())
        );
    }

    #[test]
    fn english_numbers() {
        assert_eq!(
            one("More than 3,000 troops crossed the border.", "en"),
            q("3,000 troops", 3000.0, "troops", false, Some(Bound::Min))
        );
        assert_eq!(
            one("About 1.5 million people fled.", "en"),
            q("1.5 million people", 1.5e6, "people", true, None)
        );
        assert_eq!(
            one("The US pledged $2.5 billion in aid.", "en"),
            q("$2.5 billion", 2.5e9, "USD", false, None)
        );
        assert_eq!(
            one("Turnout fell by 40 percent.", "en"),
            q("40 percent", 40.0, "percent", false, None)
        );
        assert_eq!(
            one("Up to 40% of voters.", "en"),
            q("40%", 40.0, "percent", false, Some(Bound::Max))
        );
        assert_eq!(
            one("A dozen soldiers were wounded.", "en"),
            q("A dozen soldiers", 12.0, "soldiers", true, None)
        );
        assert_eq!(one("Two thousand protesters.", "en").1, 2000.0);
        assert_eq!(one("Tens of thousands of people marched.", "en").1, 1e4);
        assert_eq!(
            one("He served six months in jail.", "en"),
            q("six months", 6.0, "months", false, None)
        );
        assert_eq!(one("It took 6 months.", "en").2, Some("months".to_owned()));
        assert!(one("Some 2,000 troops.", "en").3);
        assert_eq!(
            one("At least 12 people died in 2022.", "en").4,
            Some(Bound::Min)
        );
        let range = found("Between 30 and 40 soldiers.", "en");
        assert_eq!(range.len(), 2);
        assert_eq!(range[0].2.as_deref(), Some("soldiers"));
    }

    #[test]
    fn ranges_share_the_unit() {
        let all = found("Entre 30 et 40 soldats ont été tués.", "fr");
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].2.as_deref(), Some("soldats"));
        // and the scale
        let all = found("Soit entre 13 et 17 millions de personnes.", "fr");
        assert_eq!((all[0].1, all[1].1), (13e6, 17e6));
        assert_eq!(all[0].2.as_deref(), Some("personnes"));
        let all = found("Between 2 and 3 billion dollars were spent.", "en");
        assert_eq!((all[0].1, all[1].1), (2e9, 3e9));
        // "3 000 et 4 millions" are no shared scale.
        let all = found("Entre 3 000 et 4 millions d'euros.", "fr");
        assert_eq!(all[0].1, 3000.0);
    }

    #[test]
    fn russian_numbers() {
        assert_eq!(
            one("Не менее 3 000 военных погибли.", "ru"),
            q("3 000 военных", 3000.0, "военных", false, Some(Bound::Min))
        );
        assert_eq!(
            one("Около 1,5 млн человек бежали.", "ru"),
            q("1,5 млн человек", 1.5e6, "человек", true, None)
        );
        assert_eq!(one("Бюджет составил 2,5 млрд рублей.", "ru").1, 2.5e9);
        assert_eq!(
            one("Было 40 тыс. беженцев.", "ru"),
            q("40 тыс. беженцев", 4e4, "беженцев", false, None)
        );
        assert_eq!(
            one("Свыше 40% опрошенных.", "ru"),
            q("40%", 40.0, "percent", false, Some(Bound::Min))
        );
        assert_eq!(one("Погибли двадцать человек.", "ru").1, 20.0);
        assert_eq!(one("До 500 человек.", "ru").4, Some(Bound::Max));
        assert!(found("В 2022 году армия отступила.", "ru").is_empty());
    }

    #[test]
    fn number_notation_follows_language() {
        assert_eq!(parse_number("1,200", Lang::En), Some(1200.0));
        assert_eq!(parse_number("1,200", Lang::Fr), Some(1.2));
        assert_eq!(parse_number("3.000", Lang::Fr), Some(3000.0));
        assert_eq!(parse_number("1,234.5", Lang::En), Some(1234.5));
        assert_eq!(parse_number("1.234,5", Lang::Fr), Some(1234.5));
        assert_eq!(parse_number("1\u{A0}200\u{A0}000", Lang::Ru), Some(1.2e6));
        assert_eq!(parse_number("12.01.2022", Lang::Fr), None);
        assert_eq!(one("Il y a 2 milliards d'habitants.", "fr").1, 2e9);
        assert_eq!(one("Un billion d'euros.", "fr").1, 1e12);
    }

    #[test]
    fn factors_coins_possessives_and_areas_have_their_unit() {
        assert_eq!(
            one("L’Allemagne en compte déjà 3 fois plus que nous.", "fr"),
            q("3 fois", 3.0, "fois", false, None)
        );
        // "une fois que" is no factor.
        assert!(found("Une fois que la guerre sera finie, tout changera.", "fr").is_empty());
        assert_eq!(
            one("Les prix sont passés de 65 cents à la pompe.", "fr"),
            q("65 cents", 65.0, "cents", false, None)
        );
        assert_eq!(
            one(
                "Mike Turner et 14 de ses anciens collègues ont écrit.",
                "fr"
            ),
            q(
                "14 de ses anciens collègues",
                14.0,
                "collègues",
                false,
                None
            )
        );
        assert_eq!(
            one(
                "It resulted in 46 of their close contacts falling ill.",
                "en"
            ),
            q("46 of their close contacts", 46.0, "contacts", false, None)
        );
        // A range in parentheses bounds the count before it (French
        // article 23115).
        let seen = found(
            "Le bilan est d'environ 14,9 millions de morts (une fourchette de 13,3 à 16,6 millions).",
            "fr",
        );
        assert!(
            seen.len() == 3 && seen.iter().all(|s| s.2.as_deref() == Some("morts")),
            "{seen:?}"
        );
        // The object of a verb whose object is people (English articles
        // 698780559 and 706501640); a range's end names its own unit.
        let seen = found(
            "He opened fire on a crowd, killing more than 50 and injuring nearly 500.",
            "en",
        );
        assert!(
            seen.len() == 2 && seen.iter().all(|s| s.2.as_deref() == Some("people")),
            "{seen:?}"
        );
        let seen = found("The wars went on, killing 30,000–40,000 Māori.", "en");
        assert!(
            seen.iter().all(|s| s.2.as_deref() != Some("people")),
            "{seen:?}"
        );
        // After "the", a plural noun is the one counted; a singular opens a
        // longer phrase (English articles 698719689 and 700387229).
        assert_eq!(
            one("Of the cases, 25 of the deaths were in the capital.", "en"),
            q("25 of the deaths", 25.0, "deaths", false, None)
        );
        assert!(found(
            "Infections were reported in 17 of the island nation’s regions.",
            "en"
        )
        .iter()
        .all(|s| s.2.as_deref() != Some("island")));
        assert_eq!(
            one(
                "Le gazoduc livre 27 millions de mètres cubes par jour.",
                "fr"
            ),
            q(
                "27 millions de mètres cubes",
                27e6,
                "mètres cubes",
                false,
                None
            )
        );
        assert_eq!(
            one("It covers 268,000 square kilometres.", "en"),
            q(
                "268,000 square kilometres",
                268e3,
                "square kilometres",
                false,
                None
            )
        );
    }

    #[test]
    fn names_and_first_days_of_date_ranges_are_no_quantities() {
        for (text, lang) in [
            ("La COP 26 à Glasgow n’était pas à la hauteur.", "fr"),
            ("Le gazoduc Nord Stream 1 et la maintenance.", "fr"),
            ("La maintenance a lieu du 11 au 21 juillet.", "fr"),
            ("Le sommet s'est déroulé les 29 et 30 juin à Madrid.", "fr"),
            ("The summit runs 11-13 July.", "en"),
        ] {
            assert!(
                found(text, lang).is_empty(),
                "{text}: {:?}",
                found(text, lang)
            );
        }
    }

    #[test]
    fn part_of_a_count_counts_the_same_thing() {
        let seen = found(
            "L'armée a fait état de 19 blessés, dont dix par balles.",
            "fr",
        );
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert_eq!(seen[1], q("dix", 10.0, "blessés", false, None));
    }

    #[test]
    fn a_number_set_against_a_count_counts_the_same_thing() {
        // Articles 23102 and 23110.
        let seen = found(
            "On ne cultive plus que 30 hectares sur les 50 de la plaine.",
            "fr",
        );
        assert_eq!(seen[1].2.as_deref(), Some("hectares"), "{seen:?}");
        let seen = found(
            "L'Allemagne importe 58 millions de m3 de gaz russe chaque année, contre seulement 13 pour nous.",
            "fr",
        );
        assert_eq!(seen[1].1, 13e6, "{seen:?}");
        assert_eq!(seen[1].2.as_deref(), Some("m3"), "{seen:?}");
        // A part of a count is no multiple of its scale.
        let seen = found("1,5 million de personnes, dont 200 enfants, ont fui.", "fr");
        assert_eq!(seen[1].1, 200.0, "{seen:?}");
    }

    #[test]
    fn hyphenated_units_ages_and_abbreviated_months() {
        assert_eq!(
            one("The victim was a 26-year-old woman.", "en"),
            q("26-year-old", 26.0, "year-old", false, None)
        );
        assert_eq!(
            one("He carried out a 10-minute onslaught.", "en"),
            q("10-minute", 10.0, "minute", false, None)
        );
        assert!(found("В конце 90-х годов всё изменилось.", "ru").is_empty());
        // A score is no unit.
        assert_eq!(found("There is a 4-to-4 split.", "en")[0].2, None);
        let seen = found(
            "Siraj Ibn Wahhaj, 40, and Lucas Morton, 39, were arrested.",
            "en",
        );
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert!(
            seen.iter().all(|s| s.2.as_deref() == Some("age")),
            "{seen:?}"
        );
        // Counts after place names are no ages.
        assert!(found("En tête : Lyon, 12, Marseille, 9.", "fr")
            .iter()
            .all(|s| s.2.is_none()));
        assert_eq!(
            one("They were arrested on Oct. 1 with 11 guns.", "en"),
            q("11 guns", 11.0, "guns", false, None)
        );
    }

    #[test]
    fn english_counts_skip_adjectives_and_years_name_events() {
        assert_eq!(
            one("ICE arrested 22 criminal aliens.", "en"),
            q("22 criminal aliens", 22.0, "aliens", false, None)
        );
        assert_eq!(
            one("He taught 16 public elementary schools.", "en"),
            q("16 public elementary schools", 16.0, "schools", false, None)
        );
        // A verb after the number is no adjective of a noun.
        assert_eq!(
            one("Of the suspects, two tested positive.", "en").2,
            Some("tested".to_owned())
        );
        for text in [
            "Russia meddled in the 2016 presidential election.",
            "Franken was attacked during his 2008 Senate race.",
        ] {
            assert!(
                found(text, "en").is_empty(),
                "{text}: {:?}",
                found(text, "en")
            );
        }
        assert_eq!(
            one("Only 2000 Americans were evacuated.", "en"),
            q("2000 Americans", 2000.0, "americans", false, None)
        );
    }

    #[test]
    fn number_words_belong_to_their_language() {
        // English articles 111111137 and 790266787: "seize" is a verb.
        assert!(found("The police may seize guns under the law.", "en").is_empty());
        assert_eq!(one("Il a seize ans.", "fr").1, 16.0);
        // "cents" is money in English, hundreds in French.
        assert!(found("He paid four cents a folio.", "en")
            .iter()
            .all(|s| s.1 != 400.0));
        assert_eq!(one("Trois cents soldats.", "fr").1, 300.0);
        // Shared words and unknown languages read every language's words.
        assert_eq!(one("Six millions de personnes.", "fr").1, 6e6);
        assert_eq!(find_quantities("seize soldats", None)[0].value, 16.0);
    }

    #[test]
    fn references_codes_and_spans_of_years_are_no_counts() {
        // English articles 781768042, 722512241, 788173482, 706600938.
        for s in [
            "He cites his judgments (Psalm 78:1-11) again.",
            "As we read in paragraphs 252 and 253 of the text.",
            "Declassify pages 10-12 of the application.",
            "Not the Great Western Schism (1378-1417), which was different.",
            "Processing Date: 06-22-2017 at the jail.",
            "The book has ISBN 978-0-521-84270-9 on its cover.",
            "A 3D printer and a 5G network.",
            "It violates § 595, enacted long ago.",
            "I pointed him to pp. 52-53 of the biography.",
            "That was Version No. 2, disputed in Version No. 3 since.",
        ] {
            assert!(found(s, "en").is_empty(), "{s}: {:?}", found(s, "en"));
        }
        // A year opens no range of another kind: article 2324.
        let seen = found(
            "La population est passée de 2 millions en 1914 à 4 millions en 1950.",
            "fr",
        );
        assert!(seen.iter().any(|s| s.1 == 4e6), "{seen:?}");
        assert_eq!(
            one("It sent 18 U.S. soldiers.", "en").2.as_deref(),
            Some("soldiers")
        );
        assert_eq!(one("See 18 U.S.C. § 595.", "en").2, None);
        assert!(found("A curfew runs from 8 p.m. on.", "en").is_empty());
        // A range of counts keeps both ends.
        assert_eq!(found("Between 30-40 soldiers died.", "en").len(), 2);
    }

    #[test]
    fn ages_parts_and_earlier_values_have_the_unit_of_their_count() {
        assert_eq!(
            one("Jany Leveille age 35 was arrested.", "en"),
            q("35", 35.0, "age", false, None)
        );
        assert_eq!(
            one("He retired at the age of 75.", "en").2.as_deref(),
            Some("age")
        );
        // English articles 700662577 and 731063195.
        assert_eq!(
            found("Only 33 of 250 beds were full.", "en")[0],
            q("33", 33.0, "beds", false, None)
        );
        let seen = found(
            "He logged 103 objects into his catalog, 40 of which he found himself.",
            "en",
        );
        assert_eq!(seen[1], q("40", 40.0, "objects", false, None));
        // English article 795693029.
        let seen = found(
            "There were 41,400 undocumented immigrants, up from 37,544 in August.",
            "en",
        );
        assert_eq!(seen[1].2.as_deref(), Some("immigrants"), "{seen:?}");
        // A picture's number in a caption names it: "Caption 1 of 30 Photos".
        assert!(found("Hide Caption 1 of 30 Photos: Mass shooting", "en")
            .iter()
            .all(|s| s.2.as_deref() != Some("photos")));
    }

    #[test]
    fn an_elided_count_takes_the_unit_of_the_count_before() {
        // Russian articles 24108, 24180 and 2489.
        let seen = found(
            "Документ поддержали 308 европарламентария, против – 218.",
            "ru",
        );
        assert_eq!(seen[1].2.as_deref(), Some("европарламентария"), "{seen:?}");
        let seen = found(
            "За Грецией закреплен лимит в 34 человека, за Данией – 20, за Словакией – 16.",
            "ru",
        );
        assert_eq!(seen[2].2.as_deref(), Some("человека"), "{seen:?}");
        let seen = found(
            "Долг составлял 353 миллиарда долларов, а сейчас чуть более 100.",
            "ru",
        );
        assert_eq!(seen[1].1, 100e9, "{seen:?}");
        // Not after a share, not before an unknown unit, not an age.
        let seen = found("Jobs grew 0.4%, with 440,000 more natives.", "en");
        assert_ne!(seen[1].2.as_deref(), Some("percent"), "{seen:?}");
        let seen = found("Для основы: 2 желтка, 150 г масла.", "ru");
        assert_eq!(seen[1].2.as_deref(), Some("г"), "{seen:?}");
        assert!(found("Это было в 2022 г. в Москве.", "ru").is_empty());
        let seen = found(
            "The jury took 10 minutes before convicting Webb, 51, of kidnapping.",
            "en",
        );
        assert_ne!(seen[1].2.as_deref(), Some("minutes"), "{seen:?}");
    }

    #[test]
    fn a_count_that_opens_its_own_clause_takes_the_unit_of_the_count_before() {
        // English articles of the SemEval corpus.
        let seen = found(
            "Last week, less than 60 people had died and around 600 had been infected.",
            "en",
        );
        assert_eq!(seen[1].2.as_deref(), Some("people"), "{seen:?}");
        let seen = found(
            "Of the 684 cases reported as of October 12, 474 were the pneumonic plague.",
            "en",
        );
        assert_eq!(seen[1].2.as_deref(), Some("cases"), "{seen:?}");
        let seen = found("Les 40 députés ont voté et 12 ont refusé.", "fr");
        assert_eq!(seen[1].2.as_deref(), Some("députés"), "{seen:?}");
        // No verb after the number, no whole before the comma, or a share.
        let seen = found("He met 60 people and 600 in Paris.", "en");
        assert_eq!(seen[1].2, None, "{seen:?}");
        let seen = found("The 684 cases were reported, 474 were new.", "en");
        assert_eq!(seen[1].2, None, "{seen:?}");
        let seen = found("Prices rose 5% and 3 were withdrawn.", "en");
        assert_eq!(seen[1].2, None, "{seen:?}");
    }

    #[test]
    fn a_concentration_keeps_its_scale_in_the_unit() {
        assert_eq!(
            one("CO2 is now over 400 parts per million in air.", "en"),
            q(
                "400 parts per million",
                400.0,
                "parts per million",
                false,
                Some(Bound::Min)
            )
        );
    }

    #[test]
    fn an_age_between_commas_after_a_described_person_or_before_and() {
        // English articles of the SemEval corpus.
        for text in [
            "To hold onto power the prime minister, 54, has used harsh methods.",
            "James Hamilton, 49 and now a doctor, was one of the accusers.",
        ] {
            assert_eq!(one(text, "en").2.as_deref(), Some("age"), "{text}");
        }
        // A list of counts goes on with a number, a place with a name.
        let seen = found("Rome, Paris, 12 and 13 were chosen.", "en");
        assert!(
            seen.iter().all(|s| s.2.as_deref() != Some("age")),
            "{seen:?}"
        );
        let seen = found("He sold the apples, 54, Pears and more.", "en");
        assert!(
            seen.iter().all(|s| s.2.as_deref() != Some("age")),
            "{seen:?}"
        );
    }

    #[test]
    fn signs_open_bounds_labels_and_lone_names_ages() {
        let seen = found("It needs a temperature between -60 and -80 degrees.", "en");
        assert_eq!(seen[0].1, -60.0, "{seen:?}");
        assert_eq!(seen[0].2.as_deref(), Some("degrees"), "{seen:?}");
        assert_eq!(seen[1], q("-80 degrees", -80.0, "degrees", false, None));
        // "Covid-19" holds no sign.
        assert!(found("Le Covid-19 est là.", "fr")
            .iter()
            .all(|s| s.1 >= 0.0));
        assert_eq!(
            one("Thanks to 7,000+ others who gave.", "en"),
            q("7,000+ others", 7000.0, "others", false, Some(Bound::Min))
        );
        assert_eq!(
            one("Number of nuns: 220", "en"),
            q("220", 220.0, "nuns", false, None)
        );
        assert_eq!(one("Average age: 71", "en").2.as_deref(), Some("age"));
        assert_eq!(one("Total: 71", "en").2, None);
        // French article 23193 and Russian article 2489.
        assert_eq!(
            one("Les doses multiplieraient par 133 le risque.", "fr")
                .2
                .as_deref(),
            Some("fois")
        );
        assert_eq!(
            one("Il veut multiplier leur nombre par 3.", "fr")
                .2
                .as_deref(),
            Some("fois")
        );
        assert_eq!(
            one("Умножим на 1,6 и получим цену.", "ru").2.as_deref(),
            Some("раз")
        );
        assert_eq!(found("La chaîne 1+1 diffuse.", "fr")[0].4, None);
        // English article 782086447: a lone name, then a clause.
        assert_eq!(
            one("McCarrick, 88, faces a trial at the Vatican.", "en")
                .2
                .as_deref(),
            Some("age")
        );
    }

    #[test]
    fn bounds_after_the_number() {
        // French article 23110, Russian article 2489.
        assert_eq!(
            one(
                "Les distances, de 800 mètres minimum, ont été supprimées.",
                "fr"
            )
            .4,
            Some(Bound::Min)
        );
        assert_eq!(
            one("Сегодня она достигает 300 и более рублей.", "ru"),
            q(
                "300 и более рублей",
                300.0,
                "рублей",
                false,
                Some(Bound::Min)
            )
        );
        assert_eq!(one("It hit 50 or more people.", "en").4, Some(Bound::Min));
        assert_eq!(one("Il reste 2 ans au maximum.", "fr").4, Some(Bound::Max));
        assert_eq!(one("The cycle nears its 11-year minimum.", "en").4, None);
        // "au plus tard" is a deadline, no bound.
        assert_eq!(one("Il part dans 10 jours au plus tard.", "fr").4, None);
    }

    #[test]
    fn a_number_of_phrase_names_what_a_bare_number_counts() {
        let seen = one(
            "Le nombre de réfugiés fuyant l’invasion russe approche des 5,2 millions.",
            "fr",
        );
        assert_eq!(seen.2.as_deref(), Some("réfugiés"));
        let seen = one(
            "Officials compiled the number of potholes the city has filled — more than 1,786,300.",
            "en",
        );
        assert_eq!(seen.2.as_deref(), Some("potholes"));
        let seen = one("Число заражённых составляет уже около 18 тысяч.", "ru");
        assert_eq!(seen.2.as_deref(), Some("зараженных"));
        // "A number of" says "several"; a later sentence is not measured.
        let seen = one(
            "That raised a number of questions, including why no one called 911.",
            "en",
        );
        assert_eq!(seen.2, None);
        let seen = found(
            "The number of non-Hispanics holding jobs has declined by 1.9 million, or by -1.6%. Over that period Hispanic employment rose by 3.9 million.",
            "en",
        );
        assert_eq!(seen.last().and_then(|s| s.2.as_deref()), None, "{seen:?}");
    }

    #[test]
    fn a_number_opening_a_quoted_name_is_no_quantity() {
        assert!(found("Il l'a dit sur la chaîne «112 Украина» hier.", "fr").is_empty());
        assert!(found("He appeared on “60 Minutes” in October.", "en").is_empty());
        // A quoted sentence goes on after its first words.
        let seen = found(
            "The report notes: “18 Carmels have closed in the last years.”",
            "en",
        );
        assert_eq!(seen.first().and_then(|s| s.2.as_deref()), Some("carmels"));
    }

    #[test]
    fn russian_capitalised_word_after_a_number_is_no_unit() {
        let seen = found(
            "Из этого миллиарда доз примерно 400 миллионов Россия отправит на свои нужды.",
            "ru",
        );
        assert!(
            seen.iter().all(|s| s.2.as_deref() != Some("россия")),
            "{seen:?}"
        );
    }
}
