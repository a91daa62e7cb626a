//! Text analysis: one analyser per indexed language, plus the exact-key
//! analyser of filters. Every analyser keeps the byte offsets of its tokens
//! into the original text, which the snippets rely on.

use std::collections::HashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// Tokens longer than this (in bytes) are noise (URLs, base64, glued
/// words) and are dropped; 80 bytes is 40 Cyrillic letters.
const MAX_TOKEN_BYTES: usize = 80;

/// The analyser of exact filter values (outlets, entity names): the whole
/// value, lowercased.
pub(crate) const KEY_ANALYZER: &str = "trame_key";

/// Elided words of French and Italian that end in an apostrophe before the
/// word they belong to (`l'OTAN`, `d'Ouzbékistan`, `dell'Italia`): they carry
/// no meaning of their own and would only break phrase matches.
const ELIDED_WORDS: &[&str] = &[
    // French
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu", // Italian
    "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
    "sugl", "un", "v", "quell", "quest", "nessun",
];

/// How the text of a document is analysed, chosen by its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Analysis {
    French,
    English,
    Russian,
    /// Any other language: elisions, lowercasing and accent folding, no
    /// stemming.
    Other,
}

impl Analysis {
    pub(crate) const ALL: [Analysis; 4] = [
        Analysis::French,
        Analysis::English,
        Analysis::Russian,
        Analysis::Other,
    ];

    /// The analysis for an ISO 639-1 code (already normalised by
    /// [`normalize_language`]).
    pub(crate) fn for_language(language: Option<&str>) -> Analysis {
        match language {
            Some("fr") => Analysis::French,
            Some("en") => Analysis::English,
            Some("ru") => Analysis::Russian,
            _ => Analysis::Other,
        }
    }

    /// Position in [`Analysis::ALL`], to index per-language arrays.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Suffix of the per-language field names (`text_fr`).
    pub(crate) fn suffix(self) -> &'static str {
        match self {
            Analysis::French => "fr",
            Analysis::English => "en",
            Analysis::Russian => "ru",
            Analysis::Other => "other",
        }
    }

    pub(crate) fn analyzer_name(self) -> &'static str {
        match self {
            Analysis::French => "trame_fr",
            Analysis::English => "trame_en",
            Analysis::Russian => "trame_ru",
            Analysis::Other => "trame_other",
        }
    }

    /// The per-word normalisation: lowercasing, the language's stemmer if
    /// it has one, then accent folding. Stemming comes before folding so
    /// that the stemmers see the accented suffixes they were written for;
    /// folding afterwards makes `Ouzbekistan` and `Ouzbékistan` one term.
    fn word_normalizer(self) -> TextAnalyzer {
        let stemmer = match self {
            Analysis::French => Some(Language::French),
            Analysis::English => Some(Language::English),
            Analysis::Russian => Some(Language::Russian),
            Analysis::Other => None,
        };
        match stemmer {
            Some(language) => TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(Stemmer::new(language))
                .filter(AsciiFoldingFilter)
                .build(),
            None => TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        }
    }

    fn analyzer(self) -> TextAnalyzer {
        let apostrophes = match self {
            Analysis::French | Analysis::Other => Apostrophes::Elisions,
            Analysis::English => Apostrophes::Possessive,
            Analysis::Russian => Apostrophes::Keep,
        };
        TextAnalyzer::builder(WordTokenizer::new(apostrophes))
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .filter(CachedNormalizer {
                normalizer: self.word_normalizer(),
            })
            .build()
    }
}

/// Words recur: a news text's vocabulary is a few thousand words, so
/// normalising each distinct word once and remembering its term saves most
/// of the stemming, a tenth of an ingest's work. The cache lives in each
/// clone of the analyser (one per indexing thread) and starts afresh when it
/// holds this many words, so memory stays flat whatever the corpus.
const NORMALIZED_WORDS_KEPT: usize = 100_000;

/// A token filter applying `normalizer` to each token's text, through a
/// cache of the words already seen.
#[derive(Clone)]
struct CachedNormalizer {
    normalizer: TextAnalyzer,
}

impl TokenFilter for CachedNormalizer {
    type Tokenizer<T: Tokenizer> = CachedNormalizerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CachedNormalizerFilter<T> {
        CachedNormalizerFilter {
            inner,
            normalizer: self.normalizer,
            cache: HashMap::new(),
        }
    }
}

#[derive(Clone)]
struct CachedNormalizerFilter<T> {
    inner: T,
    normalizer: TextAnalyzer,
    cache: HashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for CachedNormalizerFilter<T> {
    type TokenStream<'a> = CachedNormalizerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.cache.len() >= NORMALIZED_WORDS_KEPT {
            self.cache.clear();
        }
        CachedNormalizerStream {
            tail: self.inner.token_stream(text),
            normalizer: &mut self.normalizer,
            cache: &mut self.cache,
        }
    }
}

struct CachedNormalizerStream<'a, T> {
    tail: T,
    normalizer: &'a mut TextAnalyzer,
    cache: &'a mut HashMap<String, String>,
}

impl<T: TokenStream> TokenStream for CachedNormalizerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(term) = self.cache.get(&token.text) {
            token.text.clone_from(term);
            return true;
        }
        let mut term = String::new();
        self.normalizer
            .token_stream(&token.text)
            .process(&mut |t| term.push_str(&t.text));
        let word = std::mem::replace(&mut token.text, term.clone());
        self.cache.insert(word, term);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Lowercases a language tag and keeps its primary subtag (`fr-CA` → `fr`).
pub(crate) fn normalize_language(language: &str) -> Option<String> {
    let primary = language.trim().split(['-', '_']).next().unwrap_or_default();
    (!primary.is_empty()).then(|| primary.to_lowercase())
}

/// Registers the analysers under the names the schema refers to.
pub(crate) fn register_analyzers(manager: &TokenizerManager) {
    for analysis in Analysis::ALL {
        manager.register(analysis.analyzer_name(), analysis.analyzer());
    }
    manager.register(
        KEY_ANALYZER,
        TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .build(),
    );
}

/// The terms an analyser makes of `text`, in order.
pub(crate) fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    analyzer
        .token_stream(text)
        .process(&mut |token| terms.push(token.text.clone()));
    terms
}

/// What the tokenizer does with a word followed or preceded by an
/// apostrophe.
#[derive(Debug, Clone, Copy)]
enum Apostrophes {
    /// Drops elided articles and prepositions (`l'`, `d'`, `dell'`).
    Elisions,
    /// Drops the `s` of English possessives (`NATO's`).
    Possessive,
    Keep,
}

/// Splits on everything that is not a letter, a digit or a combining mark
/// (so decomposed accents stay inside their word) and applies the
/// language's apostrophe rule. Positions count emitted tokens only, so a
/// dropped elision does not break phrases.
#[derive(Debug, Clone)]
struct WordTokenizer {
    apostrophes: Apostrophes,
    token: Token,
}

impl WordTokenizer {
    fn new(apostrophes: Apostrophes) -> Self {
        WordTokenizer {
            apostrophes,
            token: Token::default(),
        }
    }
}

struct WordTokenStream<'a> {
    text: &'a str,
    cursor: usize,
    apostrophes: Apostrophes,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            cursor: 0,
            apostrophes: self.apostrophes,
            token: &mut self.token,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

impl WordTokenStream<'_> {
    /// Whether the word at `start..end` is dropped by the apostrophe rule.
    fn is_dropped(&self, start: usize, end: usize) -> bool {
        let word = &self.text[start..end];
        match self.apostrophes {
            Apostrophes::Elisions => {
                let mut after = self.text[end..].chars();
                let elided = matches!(
                    (after.next(), after.next()),
                    (Some(apostrophe), Some(next)) if is_apostrophe(apostrophe) && is_word_char(next)
                );
                elided
                    && ELIDED_WORDS
                        .iter()
                        .any(|elision| elision.eq_ignore_ascii_case(word))
            }
            Apostrophes::Possessive => {
                let mut before = self.text[..start].chars().rev();
                word.eq_ignore_ascii_case("s")
                    && matches!(
                        (before.next(), before.next()),
                        (Some(apostrophe), Some(previous)) if is_apostrophe(apostrophe) && is_word_char(previous)
                    )
            }
            Apostrophes::Keep => false,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let rest = &self.text[self.cursor..];
            let Some(start) = rest
                .char_indices()
                .find(|&(_, c)| is_word_char(c))
                .map(|(offset, _)| self.cursor + offset)
            else {
                self.cursor = self.text.len();
                return false;
            };
            let end = self.text[start..]
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(self.text.len(), |(offset, _)| start + offset);
            self.cursor = end;
            if self.is_dropped(start, end) {
                continue;
            }
            // Combining marks are dropped from the term (not from the
            // offsets) as accent folding would drop a precomposed accent.
            self.token.text.clear();
            self.token.text.extend(
                self.text[start..end]
                    .chars()
                    .filter(|&c| !is_combining_mark(c)),
            );
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.token.position = self.token.position.wrapping_add(1);
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(analysis: Analysis, text: &str) -> Vec<String> {
        analyze(&mut analysis.analyzer(), text)
    }

    #[test]
    fn french_drops_elisions_and_folds_accents() {
        // From samples/corpus/opinion-fr-valdorie.html.
        assert_eq!(
            terms(Analysis::French, "la Valdorie n'est pas membre de l'OTAN"),
            terms(Analysis::French, "la Valdorie est pas membre de OTAN")
        );
        assert_eq!(
            terms(Analysis::French, "d’Ouzbékistan"),
            terms(Analysis::French, "Ouzbekistan")
        );
        assert_eq!(
            terms(Analysis::French, "soldats"),
            terms(Analysis::French, "soldat")
        );
        // "aujourd'hui" is not an elision: both halves stay.
        assert_eq!(terms(Analysis::French, "aujourd'hui").len(), 2);
    }

    #[test]
    fn elision_keeps_offsets_and_positions() {
        let mut analyzer = Analysis::French.analyzer();
        let mut stream = analyzer.token_stream("l'OTAN et d'Ouzbékistan");
        let mut tokens = Vec::new();
        stream.process(&mut |token| {
            tokens.push((token.position, token.offset_from, token.offset_to))
        });
        assert_eq!(tokens, vec![(0, 2, 6), (1, 7, 9), (2, 12, 24)]);
    }

    #[test]
    fn english_drops_possessive_s_and_stems() {
        // From samples/corpus/story-en-republished.txt.gz.
        assert_eq!(
            terms(Analysis::English, "The Compact’s secretary general"),
            terms(Analysis::English, "the compact secretary general")
        );
        assert_eq!(
            terms(Analysis::English, "soldiers"),
            terms(Analysis::English, "soldier")
        );
    }

    #[test]
    fn russian_stems_inflected_names() {
        assert_eq!(
            terms(Analysis::Russian, "Путина"),
            terms(Analysis::Russian, "Путин")
        );
        // From samples/corpus/story-ru-vestnik.txt.
        assert_eq!(
            terms(Analysis::Russian, "Правительство Валдории"),
            terms(Analysis::Russian, "правительства Валдория")
        );
    }

    #[test]
    fn decomposed_accents_fold_like_precomposed_ones() {
        assert_eq!(
            terms(Analysis::Other, "Ouzbe\u{301}kistan"),
            terms(Analysis::Other, "Ouzbékistan")
        );
    }

    #[test]
    fn language_tags_are_normalised() {
        assert_eq!(normalize_language(" fr-CA ").as_deref(), Some("fr"));
        assert_eq!(normalize_language("RU").as_deref(), Some("ru"));
        assert_eq!(normalize_language("  "), None);
    }
}
