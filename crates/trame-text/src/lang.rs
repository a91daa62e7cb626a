//! Language identification, restricted to the languages trame supports.
//!
//! The detector is built once per process (its models take a few hundred
//! milliseconds to load) and looks only at a bounded sample of the text:
//! language is a property of the whole article, and the first paragraphs
//! decide it as well as the whole text would, at a fraction of the cost.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::sync::LazyLock;

/// ISO 639-1 codes of the languages trame identifies.
pub const SUPPORTED: [&str; 12] = [
    "fr", "en", "ru", "de", "es", "it", "uk", "pt", "nl", "pl", "ar", "tr",
];

/// How many characters of text the detector reads at most.
const SAMPLE_CHARS: usize = 1200;

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

/// The ISO 639-1 code of the language `text` is written in, or `None` when
/// the text has too few letters to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let sample = sample(text);
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return None;
    }
    DETECTOR.detect_language_of(sample).map(iso_code)
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
