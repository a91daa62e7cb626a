//! Serde types of schema v1. Field names are the contract: evaluation tools,
//! exports and the web UI read them. Optional values are omitted, never
//! invented; empty layers are omitted too, so a document that no stage has
//! annotated stays small.

use serde::{Deserialize, Serialize};

/// The schema version these types implement.
pub const SCHEMA_VERSION: u32 = 1;

/// A half-open range of code points `[start, end)` into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Where a document came from and how it was read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The input path as given (for archives: `archive.warc.gz#record-3`).
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub format: Format,
}

/// The input format a document was read from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Html,
    #[default]
    Text,
    Markdown,
    Jsonl,
    Rss,
    Warc,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Jsonl => "jsonl",
            Format::Rss => "rss",
            Format::Warc => "warc",
        }
    }
}

/// Descriptive metadata of the article itself (not of its original, see
/// [`Provenance`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// `YYYY-MM-DD`, or full RFC 3339 when the time is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// ISO 639-1 code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `opinion`, `reporting` or `satire`, when classified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genre: Option<String>,
    /// Generic frames of the article (SemEval-2023 Task 3 subtask 2 names:
    /// `Economic`, `Security_and_defense`, …), when classified.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frames: Vec<String>,
}

/// The republication and translation chain the article states about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<Original>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translated_by: Vec<String>,
    /// Outlets or URLs this copy says it comes from, nearest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub republished_from: Vec<String>,
    /// Every outbound URL found in the document, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
}

impl Provenance {
    pub fn is_empty(&self) -> bool {
        self.original.is_none()
            && self.translated_by.is_empty()
            && self.republished_from.is_empty()
            && self.links.is_empty()
    }
}

/// The original publication of a translated or republished article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Original {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
}

/// What a removed piece of boilerplate was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoilerplateKind {
    Disclaimer,
    Copyright,
    Permission,
    Contact,
    Navigation,
    Share,
    Byline,
    Provenance,
    Subscription,
    Other,
}

/// Text removed from `text` because it is about the article, not the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Boilerplate {
    pub kind: BoilerplateKind,
    pub text: String,
}

/// Entity labels (CoNLL convention).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityLabel {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }
}

impl std::fmt::Display for EntityLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One real-world entity of the document with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Document-local id (`e0`, `e1`, …).
    pub id: String,
    pub label: EntityLabel,
    /// Canonical name: the knowledge base's English label when linked.
    pub name: String,
    /// Wikidata QID when linked.
    #[serde(default)]
    pub kb_id: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

/// A span of text with its words, for cues, sources and hedges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl TextSpan {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// The quoted words, without quotation marks.
    pub text: String,
    pub kind: QuoteKind,
    /// Entity id of the speaker, when named.
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<TextSpan>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    Min,
    Max,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default)]
    pub approx: bool,
    #[serde(default)]
    pub bound: Option<Bound>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Named,
    Anonymous,
    Document,
    None,
}

/// What a claim rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimSource {
    pub kind: SourceKind,
    #[serde(default)]
    pub entity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    pub source: ClaimSource,
    #[serde(default)]
    pub hedges: Vec<TextSpan>,
    #[serde(default)]
    pub entities: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// `member_of`, `role`, …
    #[serde(rename = "type")]
    pub kind: String,
    pub subject: String,
    pub object: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default)]
    pub negated: bool,
    pub start: usize,
    pub end: usize,
}

/// A persuasion technique located in the text (SemEval-2023 names).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub technique: String,
    pub start: usize,
    pub end: usize,
}

/// An analysed document (schema v1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub source: Source,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default, skip_serializing_if = "Provenance::is_empty")]
    pub provenance: Provenance,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<Boilerplate>,
    /// Sentence spans as `[start, end]` pairs.
    #[serde(default, with = "pairs", skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Span>,
    /// Token spans. Not serialised: they are cheap to recompute and would
    /// double the size of the output.
    #[serde(skip)]
    pub tokens: Vec<Span>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<Entity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<Signal>,
}

impl Document {
    /// The text a code-point span covers; clamps spans that run past the end.
    pub fn slice(&self, span: Span) -> String {
        self.text
            .chars()
            .skip(span.start)
            .take(span.len())
            .collect()
    }

    /// Serialises to one line of JSON (the JSON Lines form).
    pub fn to_json_line(&self) -> String {
        // Serialising plain owned data to a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Serialises spans as `[start, end]` pairs, as schema v1 writes `sentences`.
mod pairs {
    use super::Span;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(spans: &[Span], s: S) -> Result<S::Ok, S::Error> {
        let pairs: Vec<[usize; 2]> = spans.iter().map(|sp| [sp.start, sp.end]).collect();
        pairs.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Span>, D::Error> {
        let pairs = Vec::<[usize; 2]>::deserialize(d)?;
        Ok(pairs.into_iter().map(|[a, b]| Span::new(a, b)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_schema_field_names() {
        let doc = Document {
            id: "d1".into(),
            source: Source {
                path: "a.html".into(),
                url: None,
                format: Format::Html,
            },
            text: "Poutine a parlé.".into(),
            sentences: vec![Span::new(0, 16)],
            entities: vec![Entity {
                id: "e0".into(),
                label: EntityLabel::Per,
                name: "Vladimir Putin".into(),
                kb_id: Some("Q7747".into()),
                mentions: vec![Span::new(0, 7)],
            }],
            relations: vec![Relation {
                kind: "role".into(),
                subject: "e0".into(),
                object: "e1".into(),
                role: Some("président".into()),
                negated: false,
                start: 0,
                end: 7,
            }],
            ..Default::default()
        };
        let v: serde_json::Value = serde_json::from_str(&doc.to_json_line()).unwrap();
        assert_eq!(v["source"]["format"], "html");
        assert_eq!(v["sentences"][0][1], 16);
        assert_eq!(v["entities"][0]["label"], "PER");
        assert_eq!(v["entities"][0]["mentions"][0]["end"], 7);
        assert_eq!(v["relations"][0]["type"], "role");
        assert!(v.get("provenance").is_none());
        let back: Document = serde_json::from_value(v).unwrap();
        assert_eq!(back, doc);
    }
}
