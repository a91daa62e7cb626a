//! The trained models and their use: techniques per paragraph, spans that
//! point at the words or clause carrying each technique, genre and frames.

use crate::codec::{Reader, Writer};
use crate::data::paragraphs;
use crate::features::{bucket, words};
#[cfg(test)]
use crate::labels::LANGUAGES;
use crate::labels::{FRAMES, GENRES, TECHNIQUES};
use crate::lexicon::{cue_mask, Cue};
use crate::linear::{Linear, MAX_LABELS};
use crate::train::genre_of;
use crate::Error;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use std::io::{Read, Write};
use std::ops::Range;

const MAGIC: &[u8; 8] = b"TRSIGNL3";
const NS_SPAN_WORD: u64 = 0x4528_21e6_38d0_1377;

/// Techniques carried by words, located by the span lexicon; index into
/// `TECHNIQUES` and the cue list that backs the lexicon up.
pub(crate) const LEXICAL: [(usize, Cue); 6] = [
    (14, Cue::Loaded),      // Loaded_Language
    (15, Cue::Loaded),      // Name_Calling-Labeling
    (10, Cue::Intensifier), // Exaggeration-Minimisation
    (1, Cue::Fear),         // Appeal_to_Fear-Prejudice
    (12, Cue::Values),      // Flag_Waving
    (5, Cue::Values),       // Appeal_to_Values
];
/// At most this many spans per lexical technique and paragraph: beyond the
/// likeliest few, marked words are mostly noise.
const MAX_LEXICAL_SPANS: usize = 3;
/// Fewest words of a sentence chosen to show a technique, when the
/// paragraph has longer ones.
const MIN_SENTENCE_WORDS: usize = 3;
const DOUBT: usize = 9;
const QUESTIONING_REPUTATION: usize = 17;
const APPEAL_TO_HYPOCRISY: usize = 2;
const WHATABOUTISM: usize = 22;
const SLOGANS: usize = 20;
const REPETITION: usize = 19;

/// For each lexical technique, how often a word falls inside one of its spans
/// in paragraphs labelled with it, learned from the span annotations.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SpanLexicon {
    pub bits: u32,
    /// `probabilities[bucket * LEXICAL.len() + k]`, in 1/255.
    pub probabilities: Vec<u8>,
    /// Per lexical technique, the probability from which a word is marked.
    pub thresholds: Vec<u8>,
}

impl SpanLexicon {
    pub(crate) fn slot(&self, word_hash: u64, k: usize) -> usize {
        bucket(word_hash, NS_SPAN_WORD, self.bits) as usize * LEXICAL.len() + k
    }

    fn write(&self, out: &mut Writer) {
        out.u32(self.bits);
        out.bytes(&self.thresholds);
        out.bytes(&self.probabilities);
    }

    fn read(input: &mut Reader) -> Result<SpanLexicon, Error> {
        let bits = input.u32()?;
        if !(8..=24).contains(&bits) {
            return Err(Error::Format("span lexicon size out of range"));
        }
        let thresholds = input.bytes(LEXICAL.len())?.to_vec();
        let probabilities = input.bytes(LEXICAL.len() << bits)?.to_vec();
        Ok(SpanLexicon {
            bits,
            probabilities,
            thresholds,
        })
    }
}

/// The models of one language.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageModels {
    pub(crate) lang: String,
    /// Paragraph-level techniques, `TECHNIQUES` order.
    pub(crate) techniques: Linear,
    pub(crate) spans: SpanLexicon,
    /// Article-level labels: `GENRES` then `FRAMES`.
    pub(crate) article: Linear,
}

/// The persuasion models of every supported language.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Models {
    languages: Vec<LanguageModels>,
}

/// What `Models::annotate` finds in a document.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Annotation {
    /// Technique and the byte range pointing at it.
    pub signals: Vec<(&'static str, Range<usize>)>,
    pub genre: Option<String>,
    pub frames: Vec<String>,
}

impl LanguageModels {
    pub fn lang(&self) -> &str {
        &self.lang
    }

    fn write(&self, out: &mut Writer) {
        out.str(&self.lang);
        self.techniques.write(out);
        self.spans.write(out);
        self.article.write(out);
    }

    fn read(input: &mut Reader) -> Result<LanguageModels, Error> {
        let lang = input.str()?.to_string();
        let techniques = Linear::read(input)?;
        let spans = SpanLexicon::read(input)?;
        let article = Linear::read(input)?;
        if techniques.labels != TECHNIQUES.len() || article.labels != GENRES.len() + FRAMES.len() {
            return Err(Error::Format("label inventory differs from this version's"));
        }
        Ok(LanguageModels {
            lang,
            techniques,
            spans,
            article,
        })
    }

    /// Techniques predicted for one paragraph, as a bitmask.
    pub(crate) fn technique_mask(&self, paragraph: &str) -> u32 {
        let logits = self.techniques.logits(paragraph, &self.lang);
        (0..TECHNIQUES.len())
            .filter(|&t| logits[t] > self.techniques.thresholds[t])
            .fold(0, |mask, t| mask | 1 << t)
    }

    /// Byte size of this language's share of the uncompressed model.
    pub fn uncompressed_size(&self) -> usize {
        let mut out = Writer::default();
        self.write(&mut out);
        out.into_bytes().len()
    }

    fn genre_and_frames(&self, text: &str) -> (Option<String>, Vec<String>) {
        if text.trim().is_empty() {
            return (None, Vec::new());
        }
        let logits = self.article.logits(text, &self.lang);
        let genre = genre_of(&logits, &self.article.thresholds).map(|g| GENRES[g].to_string());
        let frames = FRAMES
            .iter()
            .enumerate()
            .filter(|(f, _)| {
                let label = GENRES.len() + f;
                logits[label] > self.article.thresholds[label]
            })
            .map(|(_, name)| name.to_string())
            .collect();
        (genre, frames)
    }

    /// Byte ranges (relative to `paragraph`) that carry `technique`.
    fn locate(
        &self,
        paragraph: &str,
        technique: usize,
        sentences: &mut SentenceScores,
    ) -> Vec<Range<usize>> {
        if let Some(k) = LEXICAL.iter().position(|&(t, _)| t == technique) {
            let found = self.lexical_spans(paragraph, k);
            if !found.is_empty() {
                return found;
            }
        }
        if technique == SLOGANS {
            if let Some(slogan) = slogan(paragraph, sentences) {
                return vec![slogan];
            }
        }
        if technique == REPETITION {
            return vec![whole(paragraph)];
        }
        let prefer_questions = [
            DOUBT,
            QUESTIONING_REPUTATION,
            APPEAL_TO_HYPOCRISY,
            WHATABOUTISM,
        ]
        .contains(&technique);
        match sentences.best(self, paragraph, technique, prefer_questions) {
            Some(sentence) => vec![sentence],
            None => vec![whole(paragraph)],
        }
    }

    /// Runs of words that the span lexicon or the hand-written cue lexicon
    /// marks for lexical technique `k`, the `MAX_LEXICAL_SPANS` likeliest;
    /// empty when no word qualifies.
    fn lexical_spans(&self, paragraph: &str, k: usize) -> Vec<Range<usize>> {
        let (_, cue) = LEXICAL[k];
        let threshold = self.spans.thresholds[k];
        // Runs of marked words with the highest probability among them.
        let mut runs: Vec<(u8, Range<usize>)> = Vec::new();
        let mut previous_marked = false;
        for word in words(paragraph) {
            let probability = self.spans.probabilities[self.spans.slot(word.hash, k)];
            let is_cue = cue_mask(&self.lang, word.hash) & (1 << cue as u16) != 0;
            // Articles, clitics and other short words are never the loaded
            // word, whatever share of spans they fall in.
            let long_enough = paragraph[word.start..word.end].chars().nth(2).is_some();
            let is_marked = is_cue || (long_enough && probability >= threshold);
            if is_marked {
                // A cue word counts as certain as the lexicon's threshold.
                let score = if is_cue {
                    probability.max(threshold)
                } else {
                    probability
                };
                match runs.last_mut() {
                    Some((best, last)) if previous_marked => {
                        last.end = word.end;
                        *best = (*best).max(score);
                    }
                    _ => runs.push((score, word.start..word.end)),
                }
            }
            previous_marked = is_marked;
        }
        if runs.len() > MAX_LEXICAL_SPANS {
            // Stable sort: equal scores keep text order.
            runs.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
            runs.truncate(MAX_LEXICAL_SPANS);
            runs.sort_by_key(|(_, range)| range.start);
        }
        runs.into_iter().map(|(_, range)| range).collect()
    }
}

fn whole(paragraph: &str) -> Range<usize> {
    let start = paragraph.len() - paragraph.trim_start().len();
    start..paragraph.trim_end().len().max(start)
}

/// Sentences of a paragraph, with technique logits computed on first need.
struct SentenceScores {
    sentences: Vec<Range<usize>>,
    logits: Vec<Option<[f32; MAX_LABELS]>>,
}

impl SentenceScores {
    /// The parts of `sentences` (byte ranges into the text, sorted) that lie in
    /// `paragraph`, relative to it, white space trimmed.
    fn new(text: &str, paragraph: &Range<usize>, sentences: &[Range<usize>]) -> Self {
        let first = sentences.partition_point(|s| s.end <= paragraph.start);
        let sentences: Vec<Range<usize>> = sentences[first..]
            .iter()
            .take_while(|s| s.start < paragraph.end)
            .filter_map(|s| {
                let clipped = s.start.max(paragraph.start)..s.end.min(paragraph.end);
                let inner = text.get(clipped.clone())?;
                let start = clipped.start + (inner.len() - inner.trim_start().len());
                let end = clipped.start + inner.trim_end().len();
                (start < end).then(|| start - paragraph.start..end - paragraph.start)
            })
            .collect();
        let logits = vec![None; sentences.len()];
        SentenceScores { sentences, logits }
    }

    /// The sentence scoring highest for `technique`, among questions first when
    /// `prefer_questions` (rhetorical questions carry doubt); None when the
    /// paragraph is a single sentence.
    fn best(
        &mut self,
        models: &LanguageModels,
        paragraph: &str,
        technique: usize,
        prefer_questions: bool,
    ) -> Option<Range<usize>> {
        if self.sentences.len() < 2 {
            return None;
        }
        let is_question = |range: &Range<usize>| paragraph[range.clone()].trim_end().ends_with('?');
        // A sentence of one or two words ("Comment ?") scores high on
        // anything, having few features to average, and carries little.
        let is_candidate = |range: &Range<usize>| {
            words(&paragraph[range.clone()])
                .nth(MIN_SENTENCE_WORDS - 1)
                .is_some()
                && (!prefer_questions || is_question(range))
        };
        let restrict = self.sentences.iter().any(is_candidate);
        let mut best: Option<(f32, usize)> = None;
        for index in 0..self.sentences.len() {
            let range = self.sentences[index].clone();
            if restrict && !is_candidate(&range) {
                continue;
            }
            let logits = *self.logits[index]
                .get_or_insert_with(|| models.techniques.logits(&paragraph[range], &models.lang));
            if best.is_none_or(|(score, _)| logits[technique] > score) {
                best = Some((logits[technique], index));
            }
        }
        best.map(|(_, index)| self.sentences[index].clone())
    }
}

/// A short exclamative sentence, else a short quoted phrase.
fn slogan(paragraph: &str, sentences: &SentenceScores) -> Option<Range<usize>> {
    let short = |range: &Range<usize>| words(&paragraph[range.clone()]).count() <= 12;
    if let Some(exclamation) = sentences.sentences.iter().find(|range| {
        paragraph[(*range).clone()]
            .trim_end_matches(['"', '»', '”', ' '])
            .ends_with('!')
            && short(range)
    }) {
        return Some(exclamation.clone());
    }
    let mut open: Option<usize> = None;
    for (offset, c) in paragraph.char_indices() {
        match (c, open) {
            ('«' | '“', _) | ('"', None) => open = Some(offset + c.len_utf8()),
            ('»' | '”' | '"', Some(start)) => {
                let inner = start..offset;
                let count = words(&paragraph[inner.clone()]).count();
                if (2..=8).contains(&count) {
                    return Some(inner);
                }
                open = None;
            }
            _ => {}
        }
    }
    None
}

impl Models {
    pub(crate) fn new(languages: Vec<LanguageModels>) -> Models {
        Models { languages }
    }

    /// The models shipped in `crates/trame-signals/models/`, trained on the
    /// SemEval-2023 Task 3 training data (research use).
    pub fn builtin() -> Result<Models, Error> {
        Models::from_bytes(include_bytes!("../models/signals.bin"))
    }

    pub fn language(&self, lang: &str) -> Option<&LanguageModels> {
        self.languages.iter().find(|m| m.lang == lang)
    }

    pub fn languages(&self) -> impl Iterator<Item = &LanguageModels> {
        self.languages.iter()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Writer::default();
        out.bytes(MAGIC);
        out.u32(self.languages.len() as u32);
        for language in &self.languages {
            language.write(&mut out);
        }
        let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
        // Writing into a Vec cannot fail.
        let _ = encoder.write_all(&out.into_bytes());
        encoder.finish().unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Models, Error> {
        let mut raw = Vec::new();
        DeflateDecoder::new(bytes)
            .read_to_end(&mut raw)
            .map_err(|_| Error::Format("not a deflated model file"))?;
        let mut input = Reader::new(&raw);
        if input.bytes(MAGIC.len())? != MAGIC {
            return Err(Error::Format("bad magic"));
        }
        let count = input.u32()?;
        let languages = (0..count)
            .map(|_| LanguageModels::read(&mut input))
            .collect::<Result<Vec<_>, _>>()?;
        if !input.is_empty() {
            return Err(Error::Format("trailing bytes"));
        }
        Ok(Models { languages })
    }

    /// Techniques of one paragraph; empty for a language without a model.
    pub fn paragraph_techniques(&self, paragraph: &str, lang: &str) -> Vec<&'static str> {
        let Some(models) = self.language(lang) else {
            return Vec::new();
        };
        let mask = models.technique_mask(paragraph);
        TECHNIQUES
            .iter()
            .enumerate()
            .filter(|(t, _)| mask & (1 << t) != 0)
            .map(|(_, n)| *n)
            .collect()
    }

    /// Techniques located in each paragraph (each non-blank line of `text`),
    /// as byte ranges into `text`, with the text's genre and frames.
    /// `sentences` are the text's sentences as byte ranges, in text order;
    /// they narrow a technique down to the sentence that carries it when it
    /// has no words to point at. Empty for a language without a model.
    pub fn annotate(&self, text: &str, sentences: &[Range<usize>], lang: &str) -> Annotation {
        let Some(models) = self.language(lang) else {
            return Annotation::default();
        };
        let mut signals = Vec::new();
        for range in paragraphs(text) {
            let paragraph = &text[range.clone()];
            let mask = models.technique_mask(paragraph);
            if mask == 0 {
                continue;
            }
            let mut sentences = SentenceScores::new(text, &range, sentences);
            for (technique, name) in TECHNIQUES.iter().enumerate() {
                if mask & (1 << technique) == 0 {
                    continue;
                }
                for span in models.locate(paragraph, technique, &mut sentences) {
                    signals.push((*name, range.start + span.start..range.start + span.end));
                }
            }
        }
        let (genre, frames) = models.genre_and_frames(text);
        Annotation {
            signals,
            genre,
            frames,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{line_ranges, Article, Paragraph};
    use crate::train::train_language;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// Sentences as the pipeline finds them.
    fn sentences(text: &str) -> Vec<Range<usize>> {
        trame_text::segment::segment(text, Some("fr")).sentences
    }

    const LOADED: u32 = 1 << 14;
    const DOUBT_MASK: u32 = 1 << DOUBT;

    fn article(id: &str, text: &str, labels: &[u32]) -> Article {
        let paragraphs = line_ranges(text)
            .into_iter()
            .enumerate()
            .filter(|(_, range)| !range.is_empty())
            .zip(labels)
            .map(|((line, range), &techniques)| Paragraph {
                line: line + 1,
                range,
                techniques,
            })
            .collect();
        let spans = text
            .match_indices("honte")
            .map(|(at, word)| (14, at..at + word.len()))
            .collect();
        Article {
            id: id.into(),
            text: text.into(),
            paragraphs,
            spans,
            genre: Some(0),
            frames: Some(1 << 10),
        }
    }

    /// A model trained on a handful of inline articles: enough to exercise
    /// every code path without the shared data.
    fn tiny() -> &'static Models {
        static MODELS: OnceLock<Models> = OnceLock::new();
        MODELS.get_or_init(|| {
            let articles: Vec<Article> = (0..8)
                .map(|i| {
                    article(
                        &i.to_string(),
                        "Quelle honte, ce scandale honteux !\n\nLe conseil a voté le budget mardi.\n\nQui peut encore croire ce ministre ?",
                        &[LOADED, 0, DOUBT_MASK],
                    )
                })
                .collect();
            Models::new(vec![train_language("fr", &articles)])
        })
    }

    #[test]
    fn models_round_trip_through_bytes() {
        let bytes = tiny().to_bytes();
        assert_eq!(&Models::from_bytes(&bytes).expect("reads back"), tiny());
        assert!(Models::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(Models::from_bytes(b"not a model").is_err());
    }

    #[test]
    fn tiny_model_points_at_loaded_words() {
        let text = "Quelle honte !\nLe conseil a voté.";
        let annotation = tiny().annotate(text, &sentences(text), "fr");
        let loaded: Vec<&str> = annotation
            .signals
            .iter()
            .filter(|(t, _)| *t == "Loaded_Language")
            .map(|(_, r)| &text[r.clone()])
            .collect();
        assert!(loaded.contains(&"honte"), "{annotation:?}");
        assert_eq!(annotation.genre.as_deref(), Some("opinion"));
        assert!(tiny()
            .annotate(text, &sentences(text), "xx")
            .signals
            .is_empty());
    }

    proptest! {
        #[test]
        fn annotate_never_panics_and_spans_stay_on_char_boundaries(
            text in "[a-zA-Zéà«»!?.,' \n-]{0,200}|\\PC{0,120}",
            cuts in proptest::collection::vec((0usize..260, 0usize..260), 0..6),
        ) {
            // Sentences as the pipeline gives them, plus ranges that are
            // reversed, out of bounds or inside a character.
            let sentences: Vec<Range<usize>> = sentences(&text)
                .into_iter()
                .chain(cuts.into_iter().map(|(a, b)| a..b))
                .collect();
            let annotation = tiny().annotate(&text, &sentences, "fr");
            for (_, span) in annotation.signals {
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }

    #[test]
    fn shipped_model_finds_loaded_language_in_french() {
        let models = Models::builtin().expect("the shipped model decodes");
        assert!(LANGUAGES.iter().all(|lang| models.language(lang).is_some()));
        let paragraph = "Ce gouvernement de menteurs et d'incapables mène le pays au désastre : \
            une honte absolue, un scandale d'État, une mascarade grotesque orchestrée par une caste \
            arrogante qui méprise le peuple !";
        assert!(models
            .paragraph_techniques(paragraph, "fr")
            .contains(&"Loaded_Language"));
        let annotation = models.annotate(paragraph, &sentences(paragraph), "fr");
        let loaded: Vec<&str> = annotation
            .signals
            .iter()
            .filter(|(t, _)| *t == "Loaded_Language")
            .map(|(_, r)| &paragraph[r.clone()])
            .collect();
        let loaded_words = [
            "menteurs",
            "incapables",
            "désastre",
            "honte",
            "absolue",
            "scandale",
            "mascarade",
            "grotesque",
            "caste",
            "arrogante",
            "méprise",
        ];
        assert!(!loaded.is_empty());
        for span in &loaded {
            assert!(
                span.split_whitespace().all(|w| loaded_words.contains(&w)),
                "{loaded:?}"
            );
        }
    }
}
