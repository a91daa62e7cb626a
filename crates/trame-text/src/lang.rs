//! Language identification, restricted to the languages trame supports.
//!
//! The detector is built once per process, with its models preloaded so
//! that worker threads never wait on lazy loading, and runs in lingua's
//! low-accuracy mode (trigrams only): on article-length samples it agrees
//! with the full mode, at a fraction of the cost. It looks only at a bounded
//! sample of the text: language is a property of the whole article, and a few
//! sentences decide it as well as the whole text would.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::sync::LazyLock;

/// ISO 639-1 codes of the languages trame identifies.
pub const SUPPORTED: [&str; 12] = [
    "fr", "en", "ru", "de", "es", "it", "uk", "pt", "nl", "pl", "ar", "tr",
];

/// How many characters of text the detector reads at most.
const SAMPLE_CHARS: usize = 240;

/// Below this many letters the guess is too weak to report.
const MIN_LETTERS: usize = 12;

static DETECTOR: LazyLock<LanguageDetector> = LazyLock::new(|| {
    LanguageDetectorBuilder::from_languages(&[
        Language::French,
        Language::English,
        Language::Russian,
        Language::German,
        Language::Spanish,
        Language::Italian,
        Language::Ukrainian,
        Language::Portuguese,
        Language::Dutch,
        Language::Polish,
        Language::Arabic,
        Language::Turkish,
    ])
    .with_low_accuracy_mode()
    .with_preloaded_language_models()
    .build()
});

fn iso_code(language: Language) -> &'static str {
    match language {
        Language::French => "fr",
        Language::English => "en",
        Language::Russian => "ru",
        Language::German => "de",
        Language::Spanish => "es",
        Language::Italian => "it",
        Language::Ukrainian => "uk",
        Language::Portuguese => "pt",
        Language::Dutch => "nl",
        Language::Polish => "pl",
        Language::Arabic => "ar",
        // The builder above admits no other language.
        _ => "tr",
    }
}

/// The most frequent function words of each supported language, in the
/// order of [`SUPPORTED`]. Words shared by several languages ("de", "a",
/// "la", "in") count for none: they cannot tell languages apart.
const FUNCTION_WORDS: [&[&str]; 12] = [
    &[
        "le", "les", "des", "est", "une", "dans", "pour", "qui", "que", "sur", "au", "aux", "avec",
        "du", "ce", "pas", "ont", "été", "sont", "leur", "mais", "selon",
    ],
    &[
        "the", "of", "and", "to", "is", "that", "for", "with", "was", "on", "are", "by", "this",
        "have", "from", "which", "has", "were", "said", "their",
    ],
    &[
        "и",
        "в",
        "не",
        "на",
        "что",
        "с",
        "по",
        "это",
        "как",
        "из",
        "к",
        "о",
        "от",
        "для",
        "был",
        "было",
        "его",
        "он",
        "года",
        "также",
    ],
    &[
        "der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "für", "dem",
        "ein", "eine", "auch", "wird", "sind", "von", "zu", "wurde",
    ],
    &[
        "el", "los", "las", "del", "y", "que", "por", "con", "una", "para", "es", "se", "su", "al",
        "como", "más", "pero", "sus", "fue", "está",
    ],
    &[
        "il", "della", "che", "di", "e", "per", "con", "non", "una", "del", "sono", "gli", "alla",
        "anche", "più", "nel", "dei", "delle", "è", "stato",
    ],
    &[
        "і",
        "в",
        "не",
        "на",
        "що",
        "з",
        "до",
        "це",
        "як",
        "та",
        "від",
        "для",
        "його",
        "він",
        "року",
        "також",
        "було",
        "які",
        "й",
        "у",
    ],
    &[
        "o", "os", "da", "do", "das", "dos", "não", "em", "uma", "para", "com", "que", "é", "ao",
        "mais", "foi", "pelo", "pela", "são", "seu",
    ],
    &[
        "de", "het", "een", "en", "van", "is", "niet", "dat", "op", "voor", "met", "zijn", "ook",
        "aan", "wordt", "werd", "bij", "naar", "maar", "om",
    ],
    &[
        "i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "jak", "od", "po", "przez",
        "dla", "oraz", "był", "które", "przy", "jego",
    ],
    &[
        "في", "من", "على", "إلى", "أن", "عن", "التي", "الذي", "مع", "هذا", "كان", "هذه", "بين",
        "قد", "ما", "لا", "كما", "بعد", "ذلك", "أو",
    ],
    &[
        "ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "daha", "çok", "gibi", "olan",
        "ise", "ama", "sonra", "kadar", "değil", "var", "en", "her",
    ],
];

/// How many words of the text the function-word count reads.
const COUNT_WORDS: usize = 250;

/// Words read between two checks of whether the count is already decisive.
const DECISION_STEP: usize = 50;

/// Bytes of the longest function word ("також", "değil", "wurde" are under it).
const MAX_FUNCTION_WORD_BYTES: usize = 12;

/// Function word → bit of its language. Keys are a few bytes long and
/// trusted: a fast non-keyed hash suits them.
static WORD_LANGUAGES: LazyLock<rustc_hash::FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map = rustc_hash::FxHashMap::default();
    for (lang, words) in FUNCTION_WORDS.iter().enumerate() {
        for word in *words {
            *map.entry(*word).or_insert(0u16) |= 1 << lang;
        }
    }
    map.retain(|_, mask: &mut u16| mask.count_ones() == 1);
    map
});

/// The language whose function words clearly dominate the opening words of
/// the text, when they do: articles are long and written in one language,
/// so most of them are decided here, in microseconds, and only short or
/// mixed texts go to the statistical detector.
fn by_function_words(text: &str) -> Option<&'static str> {
    let mut counts = [0u32; 12];
    let mut lowered = String::new();
    for (read, word) in letter_runs(text).take(COUNT_WORDS).enumerate() {
        if read % DECISION_STEP == DECISION_STEP - 1 && decisive(&counts) {
            break;
        }
        // Longer words are no function word: skip lowering and hashing them.
        if word.len() > MAX_FUNCTION_WORD_BYTES {
            continue;
        }
        lowered.clear();
        if word.is_ascii() {
            lowered.push_str(word);
            lowered.make_ascii_lowercase();
        } else {
            lowered.extend(word.chars().flat_map(lowercase));
        }
        if let Some(&mask) = WORD_LANGUAGES.get(lowered.as_str()) {
            counts[mask.trailing_zeros() as usize] += 1;
        }
    }
    let (best, second, lang) = leaders(&counts);
    (best >= 12 && best >= 4 * second.max(1)).then(|| SUPPORTED[lang])
}

/// The runs of letters of `text`: its words, split at anything else.
/// ASCII bytes are tested by table without decoding; accented Latin and
/// Cyrillic by range, because the general Unicode tables are slow.
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    let is_letter = |c: char| {
        matches!(c, '\u{C0}'..='\u{24F}' | '\u{400}'..='\u{481}' | '\u{48A}'..='\u{4FF}')
            && c != '\u{D7}'
            && c != '\u{F7}'
            || c.is_alphabetic()
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while i < bytes.len() {
            let (letter, len) = if bytes[i].is_ascii() {
                (bytes[i].is_ascii_alphabetic(), 1)
            } else {
                // `i` is on a character boundary: it only ever moves by
                // whole characters.
                let c = text[i..].chars().next().unwrap_or(' ');
                (is_letter(c), c.len_utf8())
            };
            match (letter, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => return Some(&text[s..i]),
                _ => {}
            }
            i += len;
        }
        start.map(|s| &text[s..])
    })
}

/// The lower case of `c`: capitals of Latin, accented Latin and Cyrillic by
/// arithmetic, the rest from the general Unicode tables, which are slow.
fn lowercase(c: char) -> impl Iterator<Item = char> {
    let shifted = match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20),
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
        'a'..='z' | 'ß'..='ÿ' | 'а'..='я' | 'ѐ'..='џ' => Some(c),
        _ => None,
    };
    let general = shifted
        .is_none()
        .then(|| c.to_lowercase())
        .into_iter()
        .flatten();
    shifted.into_iter().chain(general)
}

/// The highest count, the second highest, and the language of the highest.
fn leaders(counts: &[u32; 12]) -> (u32, u32, usize) {
    let mut ranked: [(u32, usize); 12] = std::array::from_fn(|lang| (counts[lang], lang));
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    (ranked[0].0, ranked[1].0, ranked[0].1)
}

/// Whether the count so far leaves no doubt, so reading on is wasted: twice
/// the evidence the final rule asks for, with a wider margin.
fn decisive(counts: &[u32; 12]) -> bool {
    let (best, second, _) = leaders(counts);
    best >= 24 && best >= 8 * second.max(1)
}

/// The ISO 639-1 code of the language `text` is written in, or `None` when
/// the text has too few letters to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    if let Some(lang) = by_function_words(text) {
        return Some(lang);
    }
    let sample = sample(text);
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return None;
    }
    by_east_asian_script(sample).or_else(|| DETECTOR.detect_language_of(sample).map(iso_code))
}

/// Chinese, Japanese or Korean, told by their scripts: the detector is built
/// for the languages the pipeline analyses and has none of them, yet a page
/// in one of them should still say which.
fn by_east_asian_script(sample: &str) -> Option<&'static str> {
    let (mut letters, mut han, mut kana, mut hangul) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        match c {
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
                kana += 1
            }
            '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
                hangul += 1
            }
            '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => han += 1,
            _ => {}
        }
    }
    // Letters, not characters, are counted: a Latin page quoting a few
    // ideographs stays Latin.
    if 2 * (han + kana + hangul) < letters {
        return None;
    }
    Some(if hangul > han + kana {
        "ko"
    } else if kana > 0 && 10 * kana >= han {
        "ja"
    } else {
        "zh"
    })
}

/// The leading `SAMPLE_CHARS` characters of `text`, cut at a word boundary.
fn sample(text: &str) -> &str {
    match text.char_indices().nth(SAMPLE_CHARS) {
        None => text,
        Some((cut, _)) => {
            let head = &text[..cut];
            head.rfind(char::is_whitespace)
                .map_or(head, |ws| &head[..ws])
        }
    }
}

/// Normalises a language tag from metadata (`fr-FR`, `en_US`, `FR`,
/// `french`) to an ISO 639-1 code, if it names one.
pub fn normalise_tag(tag: &str) -> Option<String> {
    let primary = tag
        .trim()
        .split(['-', '_', ' ', ','])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let code = match primary.as_str() {
        "french" | "français" | "francais" | "fra" | "fre" => "fr",
        "english" | "eng" => "en",
        "russian" | "русский" | "rus" => "ru",
        "german" | "deutsch" | "deu" | "ger" => "de",
        "spanish" | "español" | "spa" => "es",
        "italian" | "italiano" | "ita" => "it",
        "ukrainian" | "українська" | "ukr" => "uk",
        other if other.len() == 2 && other.chars().all(|c| c.is_ascii_lowercase()) => other,
        _ => return None,
    };
    Some(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_east_asian_languages_by_script() {
        assert_eq!(
            detect("北京时间今天上午，国务院新闻办公室举行新闻发布会，介绍经济运行情况。"),
            Some("zh")
        );
        assert_eq!(
            detect("東京都は今日、新しい感染対策を発表しました。これからも注意が必要です。"),
            Some("ja")
        );
        assert_eq!(
            detect("서울시는 오늘 새로운 교통 정책을 발표했습니다. 시민들의 반응이 뜨겁습니다."),
            Some("ko")
        );
        assert_eq!(
            detect("Le mot 中国 désigne la Chine dans cet article écrit en français du début à la fin."),
            Some("fr")
        );
    }

    #[test]
    fn detects_supported_languages() {
        let cases = [
            ("Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse.", "fr"),
            ("The government announced on Tuesday a series of measures to support farmers hit by the drought.", "en"),
            ("Правительство во вторник объявило о ряде мер по поддержке фермеров, пострадавших от засухи.", "ru"),
            ("Die Regierung kündigte am Dienstag eine Reihe von Maßnahmen zur Unterstützung der Landwirte an.", "de"),
            ("El gobierno anunció el martes una serie de medidas para apoyar a los agricultores afectados por la sequía.", "es"),
            ("Il governo ha annunciato martedì una serie di misure per sostenere gli agricoltori colpiti dalla siccità.", "it"),
            ("Уряд у вівторок оголосив про низку заходів для підтримки фермерів, які постраждали від посухи.", "uk"),
        ];
        for (text, code) in cases {
            assert_eq!(detect(text), Some(code), "{text}");
        }
    }

    #[test]
    fn function_words_decide_long_texts_and_agree_with_the_detector() {
        let fr = "Le gouvernement a annoncé mardi une série de mesures pour les agriculteurs. "
            .repeat(6);
        let en = "The government announced on Tuesday a series of measures for the farmers, and it said that more would follow. ".repeat(4);
        let ru = "Правительство во вторник объявило о ряде мер, и это было сделано для того, что фермеры не могли ждать. ".repeat(4);
        for (text, code) in [(fr, "fr"), (en, "en"), (ru, "ru")] {
            assert_eq!(by_function_words(&text), Some(code));
            let sample = sample(&text);
            assert_eq!(
                DETECTOR.detect_language_of(sample).map(iso_code),
                Some(code)
            );
        }
        assert_eq!(by_function_words("Le gouvernement"), None);
    }

    #[test]
    fn letter_runs_split_at_everything_but_letters() {
        let runs: Vec<&str> =
            letter_runs("«L'OTAN» — n'est×pas 2024 l’Ouzbékistan, Путин!").collect();
        assert_eq!(
            runs,
            ["L", "OTAN", "n", "est", "pas", "l", "Ouzbékistan", "Путин"]
        );
        assert_eq!(letter_runs("").count(), 0);
        assert_eq!(letter_runs("mot").collect::<Vec<_>>(), ["mot"]);
    }

    #[test]
    fn lowercase_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{600}').chain(['İ', 'Ω', 'ǅ']) {
            let fast: String = lowercase(c).collect();
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn no_function_word_is_longer_than_the_skip_length() {
        for words in FUNCTION_WORDS {
            for word in words {
                assert!(word.len() <= MAX_FUNCTION_WORD_BYTES, "{word}");
            }
        }
    }

    #[test]
    fn a_decisive_count_stops_early_with_the_final_rule_s_answer() {
        let mut counts = [0u32; 12];
        counts[0] = 24;
        counts[1] = 3;
        assert!(decisive(&counts));
        counts[1] = 4;
        assert!(!decisive(&counts));
        // A French text whose tail is English is decided on its head.
        let head =
            "Le ministre a dit que les troupes sont dans la ville pour une mission. ".repeat(10);
        let tail =
            "The minister said that the troops were in the city with their orders. ".repeat(30);
        assert_eq!(by_function_words(&format!("{head}{tail}")), Some("fr"));
    }

    #[test]
    fn too_short_or_empty_gives_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12 34 !!"), None);
    }

    #[test]
    fn sample_cuts_long_text_on_a_word_boundary() {
        let text = "mot ".repeat(1000);
        let s = sample(&text);
        assert!(s.chars().count() <= SAMPLE_CHARS);
        assert!(s.ends_with("mot"));
    }

    #[test]
    fn normalises_metadata_tags() {
        assert_eq!(normalise_tag("fr-FR").as_deref(), Some("fr"));
        assert_eq!(normalise_tag("en_US").as_deref(), Some("en"));
        assert_eq!(normalise_tag("RU").as_deref(), Some("ru"));
        assert_eq!(normalise_tag("French").as_deref(), Some("fr"));
        assert_eq!(normalise_tag("").as_deref(), None);
    }
}
