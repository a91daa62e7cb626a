//! Scoring quotes, speakers and anonymous sources against a gold list per
//! article (`trame eval quotes --gold`), for the promises a fact-checker
//! relies on: every direct quote with a nameable speaker is found with the
//! right speaker, anonymous sources read as anonymous, and no scare quote or
//! title gets a speaker.
//!
//! The gold lists every pair of quotation marks of an article, typed
//! `speech`, `scare` or `title`, with the speaker's fullest name for speech
//! when the article names one, and every phrase that cites an unnamed
//! source. The rules:
//! - A gold quote is located by its first words in the text (quotation
//!   marks, spaces and apostrophes normalised), searching on from the
//!   previous gold quote. Quotes the text does not hold (the title line is
//!   metadata) are counted apart and not scored.
//! - It is found when a quote of the layer overlaps it; the one overlapping
//!   most answers for it.
//! - A speaker is right when one of the speaker entity's mentions, or its
//!   canonical name, equals the gold name or is a word-suffix of it, or the
//!   other way round ("Macron" for "Emmanuel Macron", "Figaro" for "Le
//!   Figaro"), compared by [`form_key`].
//! - Anonymous speech is right when the quote is found and its speaker is no
//!   entity.
//! - A scare quote or a title is wrong when the layer gives it a speaker, as
//!   an entity or as words.
//! - An anonymous source is recognised when a claim's `anonymous` source or
//!   the speaker words of a quote with no speaker entity overlap it.

use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use trame_doc::{Document, Quote, SourceKind, Span};
use trame_entities::score::form_key;

/// The gold of one article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuoteDocument {
    /// The article's file name, relative to the articles' folder.
    pub file: String,
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub anonymous_sources: Vec<GoldAnonymousSource>,
}

/// One pair of quotation marks.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// The quoted words as written, or their first 80 characters.
    pub text: String,
    #[serde(rename = "type")]
    pub kind: GoldQuoteKind,
    /// For speech: the speaker's fullest name in the article, when named.
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub speaker_kind: Option<GoldSpeakerKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoldQuoteKind {
    Speech,
    Scare,
    Title,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoldSpeakerKind {
    Named,
    Anonymous,
    Document,
    Author,
    Unknown,
}

/// A phrase citing an unnamed source.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldAnonymousSource {
    /// The words naming the unnamed source.
    pub text: String,
    /// The first words of its sentence, to find the right occurrence.
    pub sentence: String,
}

/// Counts over one or more articles, and the errors behind them.
#[derive(Debug, Default, Clone)]
pub struct QuoteTally {
    pub documents: usize,
    /// Gold quotes the text does not hold (in the title line).
    pub not_in_text: usize,
    /// Gold quotes located in the text, and how many the layer found.
    pub located: usize,
    pub found: usize,
    /// Speech whose speaker the article names.
    pub named: usize,
    pub named_right: usize,
    pub named_wrong: usize,
    pub named_unattributed: usize,
    pub named_missed: usize,
    /// Speech from an unnamed person.
    pub anonymous: usize,
    pub anonymous_right: usize,
    pub anonymous_with_words: usize,
    /// Scare quotes and titles, and those given a speaker.
    pub not_speech: usize,
    pub not_speech_with_speaker: usize,
    /// Anonymous sources, and those recognised.
    pub anonymous_sources: usize,
    pub anonymous_sources_recognised: usize,
    pub anonymous_sources_not_in_text: usize,
    /// One line per error, for `--verbose`.
    pub errors: Vec<String>,
}

impl QuoteTally {
    pub fn add(&mut self, other: QuoteTally) {
        self.documents += other.documents;
        self.not_in_text += other.not_in_text;
        self.located += other.located;
        self.found += other.found;
        self.named += other.named;
        self.named_right += other.named_right;
        self.named_wrong += other.named_wrong;
        self.named_unattributed += other.named_unattributed;
        self.named_missed += other.named_missed;
        self.anonymous += other.anonymous;
        self.anonymous_right += other.anonymous_right;
        self.anonymous_with_words += other.anonymous_with_words;
        self.not_speech += other.not_speech;
        self.not_speech_with_speaker += other.not_speech_with_speaker;
        self.anonymous_sources += other.anonymous_sources;
        self.anonymous_sources_recognised += other.anonymous_sources_recognised;
        self.anonymous_sources_not_in_text += other.anonymous_sources_not_in_text;
        self.errors.extend(other.errors);
    }

    /// The share of named speech found with the right speaker.
    pub fn named_speaker_accuracy(&self) -> f64 {
        ratio(self.named_right, self.named)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

impl fmt::Display for QuoteTally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "articles {}, quotes in the text {} ({} in titles, not scored)",
            self.documents, self.located, self.not_in_text
        )?;
        writeln!(
            f,
            "quotes found {} of {} ({:.3})",
            self.found,
            self.located,
            ratio(self.found, self.located)
        )?;
        writeln!(
            f,
            "scare quotes and titles given a speaker {} of {} ({:.3})",
            self.not_speech_with_speaker,
            self.not_speech,
            ratio(self.not_speech_with_speaker, self.not_speech)
        )?;
        writeln!(
            f,
            "anonymous speech without a speaker entity {} of {} ({:.3}), speaker words given {}",
            self.anonymous_right,
            self.anonymous,
            ratio(self.anonymous_right, self.anonymous),
            self.anonymous_with_words
        )?;
        writeln!(
            f,
            "anonymous sources recognised {} of {} ({:.3}; {} not in the text)",
            self.anonymous_sources_recognised,
            self.anonymous_sources,
            ratio(self.anonymous_sources_recognised, self.anonymous_sources),
            self.anonymous_sources_not_in_text
        )?;
        write!(
            f,
            "named speakers right {} of {} ({:.3}): wrong {}, no speaker {}, quote not found {}",
            self.named_right,
            self.named,
            self.named_speaker_accuracy(),
            self.named_wrong,
            self.named_unattributed,
            self.named_missed
        )
    }
}

/// The text as comparison characters, each with the code-point offset it
/// comes from: quotation marks dropped, apostrophes and spaces unified,
/// runs of spaces collapsed, lowercase.
fn comparable(text: &str) -> (Vec<char>, Vec<usize>) {
    let mut chars = Vec::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let c = match c {
            '«' | '»' | '“' | '”' | '"' | '„' | '‹' | '›' => continue,
            '’' | '‘' | 'ʼ' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && chars.last().is_none_or(|&last| last == ' ') {
            continue;
        }
        for lower in c.to_lowercase() {
            chars.push(lower);
            offsets.push(i);
        }
    }
    (chars, offsets)
}

/// Finds `needle` in the comparable text from comparable index `from`,
/// returning the comparable range it covers and its code-point span in the
/// original text.
fn locate(
    haystack: &(Vec<char>, Vec<usize>),
    needle: &str,
    from: usize,
) -> Option<(Range<usize>, Span)> {
    let (needle, _) = comparable(needle.trim());
    let needle: Vec<char> = needle.into_iter().collect();
    let (chars, offsets) = haystack;
    if needle.is_empty() || needle.len() > chars.len() {
        return None;
    }
    (from..=chars.len() - needle.len())
        .find(|&i| chars[i..i + needle.len()] == needle[..])
        .map(|i| {
            let start = offsets[i];
            let end = offsets[i + needle.len() - 1] + 1;
            (i..i + needle.len(), Span::new(start, end))
        })
}

/// Locates `needle` on from the cursor, else anywhere.
fn locate_from_cursor(
    haystack: &(Vec<char>, Vec<usize>),
    needle: &str,
    cursor: &mut usize,
) -> Option<Span> {
    // Gold quotes neither overlap nor nest: the next one starts after this.
    let (found, span) =
        locate(haystack, needle, *cursor).or_else(|| locate(haystack, needle, 0))?;
    *cursor = found.end;
    Some(span)
}

/// Whether the entity `id` of `doc` answers to the gold name.
fn speaker_matches(doc: &Document, id: &str, gold: &str) -> bool {
    let Some(entity) = doc.entities.iter().find(|e| e.id == id) else {
        return false;
    };
    let gold = form_key(gold);
    let names = entity
        .mentions
        .iter()
        .map(|&m| form_key(&doc.slice(m)))
        .chain(std::iter::once(form_key(&entity.name)));
    let word_suffix = |long: &str, short: &str| {
        long.strip_suffix(short)
            .is_some_and(|head| head.ends_with(' '))
    };
    names.into_iter().any(|name| {
        !name.is_empty() && (name == gold || word_suffix(&gold, &name) || word_suffix(&name, &gold))
    })
}

fn speaker_name(doc: &Document, quote: &Quote) -> String {
    match (&quote.speaker, &quote.speaker_text) {
        (Some(id), _) => doc
            .entities
            .iter()
            .find(|e| &e.id == id)
            .map_or_else(|| id.clone(), |e| e.name.clone()),
        (None, Some(words)) => format!("words \"{words}\""),
        (None, None) => "none".to_owned(),
    }
}

fn excerpt(text: &str) -> String {
    let short: String = text.chars().take(50).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Scores one analysed article against its gold.
pub fn score_document(gold: &GoldQuoteDocument, doc: &Document) -> QuoteTally {
    let mut tally = QuoteTally {
        documents: 1,
        ..QuoteTally::default()
    };
    let haystack = comparable(&doc.text);
    let mut cursor = 0;
    let file = &gold.file;
    for item in &gold.quotes {
        let Some(span) = locate_from_cursor(&haystack, &item.text, &mut cursor) else {
            tally.not_in_text += 1;
            continue;
        };
        tally.located += 1;
        let found = doc
            .quotes
            .iter()
            .filter(|q| q.kind != trame_doc::QuoteKind::Indirect)
            .filter(|q| Span::new(q.start, q.end).overlaps(span))
            .max_by_key(|q| q.end.min(span.end) - q.start.max(span.start));
        if found.is_some() {
            tally.found += 1;
        }
        let what = excerpt(&item.text);
        match (item.kind, item.speaker_kind, &item.speaker) {
            (GoldQuoteKind::Speech, Some(GoldSpeakerKind::Named), Some(gold_speaker)) => {
                tally.named += 1;
                match found {
                    None => {
                        tally.named_missed += 1;
                        tally
                            .errors
                            .push(format!("{file}: quote not found «{what}» ({gold_speaker})"));
                    }
                    Some(q) => match &q.speaker {
                        Some(id) if speaker_matches(doc, id, gold_speaker) => {
                            tally.named_right += 1;
                        }
                        Some(_) => {
                            tally.named_wrong += 1;
                            tally.errors.push(format!(
                                "{file}: wrong speaker «{what}»: {} instead of {gold_speaker}",
                                speaker_name(doc, q)
                            ));
                        }
                        None => {
                            tally.named_unattributed += 1;
                            tally.errors.push(format!(
                                "{file}: no speaker «{what}» ({gold_speaker}; got {})",
                                speaker_name(doc, q)
                            ));
                        }
                    },
                }
            }
            (GoldQuoteKind::Speech, Some(GoldSpeakerKind::Anonymous), _) => {
                tally.anonymous += 1;
                match found {
                    Some(q) if q.speaker.is_none() => {
                        tally.anonymous_right += 1;
                        tally.anonymous_with_words += usize::from(q.speaker_text.is_some());
                    }
                    Some(q) => tally.errors.push(format!(
                        "{file}: anonymous speech given an entity «{what}»: {}",
                        speaker_name(doc, q)
                    )),
                    None => tally
                        .errors
                        .push(format!("{file}: anonymous quote not found «{what}»")),
                }
            }
            (GoldQuoteKind::Scare | GoldQuoteKind::Title, _, _) => {
                tally.not_speech += 1;
                if let Some(q) = found.filter(|q| q.speaker.is_some() || q.speaker_text.is_some()) {
                    tally.not_speech_with_speaker += 1;
                    tally.errors.push(format!(
                        "{file}: {:?} given a speaker «{what}»: {}",
                        item.kind,
                        speaker_name(doc, q)
                    ));
                }
            }
            _ => {}
        }
    }
    let mut cursor = 0;
    for source in &gold.anonymous_sources {
        let sentence = locate_from_cursor(&haystack, &source.sentence, &mut cursor);
        let from = sentence.map_or(0, |s| {
            haystack.1.iter().position(|&o| o >= s.start).unwrap_or(0)
        });
        let Some((_, span)) =
            locate(&haystack, &source.text, from).or_else(|| locate(&haystack, &source.text, 0))
        else {
            tally.anonymous_sources_not_in_text += 1;
            continue;
        };
        tally.anonymous_sources += 1;
        let by_claim = doc.claims.iter().any(|c| {
            c.source.kind == SourceKind::Anonymous
                && match (c.source.start, c.source.end) {
                    (Some(start), Some(end)) => Span::new(start, end).overlaps(span),
                    _ => Span::new(c.start, c.end).overlaps(span),
                }
        });
        let by_quote = doc.quotes.iter().any(|q| {
            q.speaker.is_none() && q.speaker_span.is_some_and(|words| words.overlaps(span))
        });
        if by_claim || by_quote {
            tally.anonymous_sources_recognised += 1;
        } else {
            tally.errors.push(format!(
                "{file}: anonymous source not recognised «{}»",
                source.text
            ));
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_doc::{Claim, ClaimSource, Entity, EntityLabel, QuoteKind};

    fn span_of(text: &str, part: &str) -> Span {
        let byte = text.find(part).expect("part in text");
        let start = text[..byte].chars().count();
        Span::new(start, start + part.chars().count())
    }

    fn quote(text: &str, words: &str, speaker: Option<&str>, speaker_words: Option<&str>) -> Quote {
        let span = span_of(text, words);
        Quote {
            start: span.start,
            end: span.end,
            text: words.to_owned(),
            kind: QuoteKind::Partial,
            speaker: speaker.map(str::to_owned),
            speaker_text: speaker_words.map(str::to_owned),
            speaker_span: speaker_words.map(|w| span_of(text, w)),
            cue: None,
        }
    }

    #[test]
    fn scores_speakers_scare_quotes_and_anonymous_sources() {
        let text = "« Nous gagnerons », a dit Emmanuel Macron. Macron parle de « séparatisme ». \
                    Des « experts » doutent. Selon un haut responsable, 300 soldats sont partis. \
                    « Rien », a confié un diplomate.";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        doc.entities.push(Entity {
            id: "e0".to_owned(),
            label: EntityLabel::Per,
            name: "Emmanuel Macron".to_owned(),
            kb_id: None,
            mentions: vec![
                span_of(text, "Emmanuel Macron"),
                span_of(text, "Macron parle"),
            ],
        });
        doc.entities.push(Entity {
            id: "e1".to_owned(),
            label: EntityLabel::Per,
            name: "Nous".to_owned(),
            kb_id: None,
            mentions: vec![span_of(text, "Nous")],
        });
        doc.quotes = vec![
            quote(text, "Nous gagnerons", Some("e0"), None),
            quote(text, "séparatisme", Some("e1"), None),
            quote(text, "experts", None, Some("Des")),
            quote(text, "Rien", None, Some("un diplomate")),
        ];
        let source = span_of(text, "un haut responsable");
        doc.claims.push(Claim {
            start: source.start,
            end: source.end + 20,
            text: String::new(),
            quantities: Vec::new(),
            source: ClaimSource {
                kind: SourceKind::Anonymous,
                entity: None,
                start: Some(source.start),
                end: Some(source.end),
                text: None,
            },
            hedges: Vec::new(),
            entities: Vec::new(),
        });
        let gold: GoldQuoteDocument = serde_json::from_str(
            r#"{"file": "a.txt", "quotes": [
                {"text": "Nous gagnerons", "type": "speech", "speaker": "Macron", "speaker_kind": "named"},
                {"text": "séparatisme", "type": "speech", "speaker": "Emmanuel Macron", "speaker_kind": "named"},
                {"text": "experts", "type": "scare", "speaker": null, "speaker_kind": null},
                {"text": "Rien", "type": "speech", "speaker": null, "speaker_kind": "anonymous"},
                {"text": "Absent du texte", "type": "title", "speaker": null, "speaker_kind": null}],
             "anonymous_sources": [
                {"text": "un haut responsable", "sentence": "Selon un haut"},
                {"text": "un diplomate", "sentence": "Rien"}]}"#,
        )
        .expect("gold parses");
        let t = score_document(&gold, &doc);
        assert_eq!((t.located, t.found, t.not_in_text), (4, 4, 1));
        assert_eq!((t.named, t.named_right, t.named_wrong), (2, 1, 1));
        assert_eq!((t.not_speech, t.not_speech_with_speaker), (1, 1));
        assert_eq!(
            (t.anonymous, t.anonymous_right, t.anonymous_with_words),
            (1, 1, 1)
        );
        assert_eq!(
            (t.anonymous_sources, t.anonymous_sources_recognised),
            (2, 2)
        );
        assert_eq!(t.errors.len(), 2, "{:?}", t.errors);
    }

    #[test]
    fn locating_ignores_marks_case_and_apostrophes() {
        let text = "Il a dit : « L’Europe  est   morte », puis « rien ».";
        let hay = comparable(text);
        let (_, span) = locate(&hay, "l'Europe est morte", 0).expect("found");
        let found: String = text.chars().skip(span.start).take(span.len()).collect();
        assert_eq!(found, "L’Europe  est   morte");
        assert!(locate(&hay, "absent", 0).is_none());
    }

    #[test]
    fn the_cursor_picks_the_next_occurrence() {
        let hay = comparable("« oui » puis « oui »");
        let mut cursor = 0;
        let first = locate_from_cursor(&hay, "oui", &mut cursor).expect("first");
        let second = locate_from_cursor(&hay, "oui", &mut cursor).expect("second");
        assert!(second.start > first.start);
    }
}
