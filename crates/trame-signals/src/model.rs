//! The trained models and their use: techniques per paragraph, spans that
//! point at the words or clause carrying each technique, genre and frames.

use crate::codec::{Reader, Writer};
use crate::features::{bucket, words};
use crate::labels::{FRAMES, GENRES, TECHNIQUES};
use crate::lexicon::{cue_mask, Cue};
use crate::linear::{Linear, MAX_LABELS};
use crate::Error;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use std::io::{Read, Write};
use std::ops::Range;

const MAGIC: &[u8; 8] = b"TRSIGNL1";
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
        let genre = (0..GENRES.len())
            .max_by(|&a, &b| logits[a].total_cmp(&logits[b]))
            .map(|g| GENRES[g].to_string());
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

    /// Runs of words the span lexicon marks for lexical technique `k`; lexicon
    /// cue words when it marks none; the likeliest word as a last resort.
    fn lexical_spans(&self, paragraph: &str, k: usize) -> Vec<Range<usize>> {
        let (_, cue) = LEXICAL[k];
        let threshold = self.spans.thresholds[k];
        let mut marked: Vec<Range<usize>> = Vec::new();
        let mut cue_hits: Vec<Range<usize>> = Vec::new();
        let mut likeliest = (0u8, 0..0);
        let mut previous_marked = false;
        for word in words(paragraph) {
            let probability = self.spans.probabilities[self.spans.slot(word.hash, k)];
            if probability > likeliest.0 {
                likeliest = (probability, word.start..word.end);
            }
            let is_marked = probability >= threshold;
            if is_marked {
                match marked.last_mut() {
                    Some(last) if previous_marked => last.end = word.end,
                    _ => marked.push(word.start..word.end),
                }
            } else if cue_mask(&self.lang, word.hash) & (1 << cue as u16) != 0 {
                cue_hits.push(word.start..word.end);
            }
            previous_marked = is_marked;
        }
        if !marked.is_empty() {
            marked
        } else if !cue_hits.is_empty() {
            cue_hits
        } else if likeliest.0 > 0 {
            vec![likeliest.1]
        } else {
            Vec::new()
        }
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
    fn new(paragraph: &str) -> Self {
        let sentences = sentences(paragraph);
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
        let questions_only = prefer_questions && self.sentences.iter().any(is_question);
        let mut best: Option<(f32, usize)> = None;
        for index in 0..self.sentences.len() {
            let range = self.sentences[index].clone();
            if questions_only && !is_question(&range) {
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

/// Sentence byte ranges: a sentence ends after `.`, `!`, `?` or `…` (and any
/// closing quotes or brackets, spaced or not) followed by white space.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = None;
    let mut ending = false;
    let mut last_end = 0;
    for (offset, c) in text.char_indices() {
        if c.is_whitespace() {
            // French typography puts a space before the closing guillemet.
            let closes_quote = text[offset..].trim_start().starts_with(['»', '”']);
            if ending && !closes_quote {
                if let Some(s) = start.take() {
                    sentences.push(s..last_end);
                }
                ending = false;
            }
            continue;
        }
        if start.is_none() {
            start = Some(offset);
        }
        last_end = offset + c.len_utf8();
        match c {
            '.' | '!' | '?' | '…' => ending = true,
            '"' | '»' | '”' | ')' | '\'' | '’' => {}
            _ => ending = false,
        }
    }
    if let Some(s) = start {
        sentences.push(s..last_end);
    }
    sentences
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

    /// Techniques located in each paragraph (byte ranges into `text`; ranges
    /// that are out of bounds or not on char boundaries are skipped), with the
    /// text's genre and frames. Empty for a language without a model.
    pub fn annotate(&self, text: &str, paragraphs: &[Range<usize>], lang: &str) -> Annotation {
        let Some(models) = self.language(lang) else {
            return Annotation::default();
        };
        let mut signals = Vec::new();
        for range in paragraphs {
            let Some(paragraph) = text.get(range.clone()) else {
                continue;
            };
            let mask = models.technique_mask(paragraph);
            if mask == 0 {
                continue;
            }
            let mut sentences = SentenceScores::new(paragraph);
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
    fn sentences_end_after_closing_quotes() {
        let text = "Il a dit « non ! » Pourquoi ? Parce que.";
        let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["Il a dit « non ! »", "Pourquoi ?", "Parce que."]);
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
        let annotation = tiny().annotate(text, &line_ranges(text), "fr");
        let loaded: Vec<&str> = annotation
            .signals
            .iter()
            .filter(|(t, _)| *t == "Loaded_Language")
            .map(|(_, r)| &text[r.clone()])
            .collect();
        assert!(loaded.contains(&"honte"), "{annotation:?}");
        assert_eq!(annotation.genre.as_deref(), Some("opinion"));
        assert!(tiny()
            .annotate(text, &line_ranges(text), "xx")
            .signals
            .is_empty());
    }

    proptest! {
        #[test]
        fn annotate_never_panics_and_spans_stay_on_char_boundaries(
            text in "[a-zA-Zéà«»!?.,' \n-]{0,200}|\\PC{0,120}",
            cuts in proptest::collection::vec((0usize..260, 0usize..260), 0..6),
        ) {
            let paragraphs: Vec<Range<usize>> = cuts.into_iter().map(|(a, b)| a..b).chain(line_ranges(&text)).collect();
            let annotation = tiny().annotate(&text, &paragraphs, "fr");
            for (_, span) in annotation.signals {
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }

    #[test]
    fn shipped_model_finds_loaded_language_in_french() {
        let models = match Models::builtin() {
            Ok(models) if models.language("fr").is_some() => models,
            _ => {
                eprintln!("skipping: no shipped model in crates/trame-signals/models/signals.bin");
                return;
            }
        };
        let paragraph = "Ce gouvernement de menteurs et d'incapables mène le pays au désastre : \
            une honte absolue, un scandale d'État, une mascarade grotesque orchestrée par une caste \
            arrogante qui méprise le peuple !";
        assert!(models
            .paragraph_techniques(paragraph, "fr")
            .contains(&"Loaded_Language"));
        let whole_paragraph = vec![0..paragraph.len(); 1];
        let annotation = models.annotate(paragraph, &whole_paragraph, "fr");
        assert!(annotation
            .signals
            .iter()
            .any(|(t, r)| *t == "Loaded_Language" && r.len() < paragraph.len()));
    }
}
