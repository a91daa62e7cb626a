//! Sentence and token segmentation.
//!
//! One hand-written scanner produces the tokens; sentence boundaries are then
//! decided between tokens, so every token belongs to exactly one sentence and
//! sentences are trimmed by construction. All ranges are byte ranges into
//! the input, always on char boundaries.
//!
//! # Token conventions
//!
//! The convention is close to spaCy's French tokenizer, because the NER
//! tagger and the claim extractor consume it:
//!
//! - Punctuation is one token per character (« » “ ” " ( ) , ; : ! ?), except
//!   runs of periods ("...") or hyphens ("--"), which are one token each.
//! - A final period is its own token, except after initials ("J.", "В."),
//!   known abbreviations ("M.", "janv.", "Dr.", "г.", "bzw.") and dotted
//!   acronyms ("U.S.", "O.T.A.N.", "z.B.", "т.е.", "EE.UU.", "J.-C."), which
//!   keep it even at the end of a sentence.
//! - Elisions split after the apostrophe (' or ’): "l'" + "Organisation",
//!   "qu'" + "il", "dell'" + "Unione"; other apostrophes stay inside the word
//!   ("aujourd'hui", "O'Brien"). English clitics split before it: "Putin" +
//!   "'s", "do" + "n't"; with `lang = "tr"`, so do Turkish case suffixes
//!   ("İstanbul" + "'da").
//! - Hyphenated words stay whole ("Jean-Pierre", "sud-est", "U.S.-led",
//!   "D-R.I.", "1-й"), except French inverted subject pronouns, split so a speech-verb
//!   lexicon matches the verb alone: "a" + "-t-il", "dit" + "-elle",
//!   "déclare" + "-t-on" (French or unknown language only).
//! - Numbers: "3.5", "1,5", "1,200,000", "12/01/2022", "10:30", "10h30" are
//!   one token; so are groups separated by a space, NBSP, narrow NBSP or thin
//!   space ("2 500", "1 200 000", "2 500,5") when the earlier group has one to
//!   three digits and the later exactly three, which keeps years apart
//!   ("en 2022 3 000 soldats" gives "2022", "3 000"). Percent and currency
//!   signs are separate ("60" "%", "$" "2.5"); ordinals are words ("1er",
//!   "210e", "XXIe", "21st").
//! - URLs (http://, https://, www., bare domains with a known top-level
//!   domain such as "lemonde.fr"), e-mail addresses, #hashtags and @handles
//!   are one token, trailing punctuation excluded.
//! - Emoji are one token each, with their modifiers and joiners.
//!
//! # Sentence conventions
//!
//! Any line break ends a sentence (headings and paragraphs are lines). A
//! sentence ends after . ! ? … together with the closing quotes and brackets
//! that follow, when the next token can open a sentence: not a lowercase word
//! ("« Pourquoi ? » a-t-il demandé" is one sentence) and not a comma or
//! similar. After an abbreviation, the sentence ends only if its class says
//! so (see `lexicon::AbbrevClass`).

mod lexicon;
mod sentences;
mod tokenize;

pub use tokenize::is_top_level_domain;

use std::ops::Range;

/// Tokens and sentences of a text, as byte ranges into it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Sentences in order, trimmed, never empty.
    pub sentences: Vec<Range<usize>>,
    /// Tokens in order; each lies inside exactly one sentence.
    pub tokens: Vec<Range<usize>>,
    /// For each sentence, the index range of its tokens in `tokens`.
    pub sentence_token_indices: Vec<Range<usize>>,
}

impl Segmentation {
    /// The tokens of sentence `i`, in order.
    ///
    /// # Panics
    ///
    /// If `i` is not a sentence index.
    pub fn sentence_tokens(&self, i: usize) -> &[Range<usize>] {
        &self.tokens[self.sentence_token_indices[i].clone()]
    }

    /// Each sentence's byte range with its tokens.
    pub fn sentences_with_tokens(
        &self,
    ) -> impl ExactSizeIterator<Item = (Range<usize>, &[Range<usize>])> + '_ {
        self.sentences
            .iter()
            .zip(&self.sentence_token_indices)
            .map(|(sentence, indices)| (sentence.clone(), &self.tokens[indices.clone()]))
    }

    /// For each token, the index of its sentence.
    pub fn token_sentence_ids(&self) -> Vec<u32> {
        let mut ids = Vec::with_capacity(self.tokens.len());
        for (sentence, indices) in self.sentence_token_indices.iter().enumerate() {
            let id = u32::try_from(sentence).unwrap_or(u32::MAX);
            ids.extend(std::iter::repeat_n(id, indices.len()));
        }
        ids
    }
}

/// The languages whose rules differ; everything else uses the shared rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    /// Unknown: every language's abbreviations apply.
    Any,
    Fr,
    En,
    Ru,
    Uk,
    De,
    Es,
    It,
    Pt,
    Nl,
    Pl,
    Tr,
    Other,
}

impl Lang {
    /// From an ISO 639-1 code, tolerating region suffixes ("fr-CA") and case.
    fn from_code(code: Option<&str>) -> Lang {
        let Some(code) = code else {
            return Lang::Any;
        };
        let primary = code.split(['-', '_']).next().unwrap_or("").as_bytes();
        let mut lower = [0u8; 2];
        if primary.len() != 2 {
            return Lang::Other;
        }
        for (slot, b) in lower.iter_mut().zip(primary) {
            *slot = b.to_ascii_lowercase();
        }
        match &lower {
            b"fr" => Lang::Fr,
            b"en" => Lang::En,
            b"ru" => Lang::Ru,
            b"uk" => Lang::Uk,
            b"de" => Lang::De,
            b"es" => Lang::Es,
            b"it" => Lang::It,
            b"pt" => Lang::Pt,
            b"nl" => Lang::Nl,
            b"pl" => Lang::Pl,
            b"tr" => Lang::Tr,
            _ => Lang::Other,
        }
    }

    fn splits_inverted_pronouns(self) -> bool {
        matches!(self, Lang::Any | Lang::Fr)
    }
}

/// Tokens and sentences of `text`; `lang` is an ISO 639-1 code, or None when
/// unknown.
pub fn segment(text: &str, lang: Option<&str>) -> Segmentation {
    let lang = Lang::from_code(lang);
    let tokens = tokenize::tokenize(text, lang);
    let (sentences, sentence_token_indices) = sentences::split(text, &tokens, lang);
    Segmentation {
        sentences,
        tokens,
        sentence_token_indices,
    }
}

/// Tokens of `text` (byte ranges), without sentence splitting.
pub fn tokens(text: &str, lang: Option<&str>) -> Vec<Range<usize>> {
    tokenize::tokenize(text, Lang::from_code(lang))
}

/// Sentences of `text` (byte ranges).
pub fn sentences(text: &str, lang: Option<&str>) -> Vec<Range<usize>> {
    segment(text, lang).sentences
}

#[cfg(test)]
mod tests;
