//! The analysis pipeline: one [`RawRecord`] in, one schema v1 [`Document`]
//! out, through a fixed sequence of stages that each add a layer:
//!
//! 1. content: main-text extraction (HTML) or markup removal (Markdown);
//! 2. cleanup: header lines, boilerplate and provenance statements leave the
//!    text and become metadata, `boilerplate` and `provenance`;
//! 3. metadata: container hints, then page metadata, then header lines;
//! 4. language identification and segmentation into sentences and tokens;
//! 5. entities: tagging, knowledge-base linking, one identity per entity;
//! 6. relations the text states (membership, roles);
//! 7. quotes with their speakers, claims with quantities, sources, hedges;
//! 8. persuasion signals: techniques located in each paragraph, the
//!    article's genre and frames.
//!
//! After stage 2 the text is frozen: later stages only add spans into it.
//! [`Pipeline::analyze_stream`] runs documents in parallel, in bounded
//! batches so memory does not grow with the corpus, and keeps input order.

mod gold;
mod layers;
pub mod quote_score;
mod stream;

pub use stream::{RunSummary, BATCH_SIZE};

use regex::Regex;
use std::sync::LazyLock;
use trame_clean::{clean, markdown_to_text, CleanOptions};
use trame_doc::{Document, Meta, Provenance, Source, TextIndex};
pub use trame_entities::EntitiesError;
pub use trame_entities::EntityStage;
use trame_ingest::{Content, IngestError, MainTextExtractor, RawRecord, TrafilaturaExtractor};

/// Why one document could not be analysed. Other documents are unaffected.
#[derive(Debug, thiserror::Error)]
pub enum AnalyzeError {
    #[error(transparent)]
    Ingest(#[from] IngestError),
    #[error("{path}: no article text after cleanup")]
    NoText { path: String },
    #[error("{path}: internal error while analysing: {message}")]
    Internal { path: String, message: String },
}

impl AnalyzeError {
    /// A short, stable name of the failure, used to summarise a run.
    pub fn kind(&self) -> &'static str {
        match self {
            AnalyzeError::Ingest(e) => e.kind(),
            AnalyzeError::NoText { .. } => "no text",
            AnalyzeError::Internal { .. } => "internal error",
        }
    }
}

/// The configured stages. Build one per process and share it: it holds the
/// models, which are loaded once.
pub struct Pipeline {
    extractor: Box<dyn MainTextExtractor>,
    entities: EntityStage,
    signals: trame_signals::Models,
    layers: Layers,
}

/// How far analysis goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layers {
    /// Clean text, metadata, provenance, sentences and tokens only.
    Text,
    /// The text layers and entities.
    Entities,
    /// Everything: entities, relations, quotes, claims, persuasion signals.
    All,
}

/// Fewer words than this extracted from a page is no article.
const MIN_ARTICLE_WORDS: usize = 2;

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"https?://[^\s<>"«»“”()\[\]]+[^\s<>"«»“”()\[\].,;:!?'’]"#).expect("static regex")
});

impl Pipeline {
    /// The pipeline with the default extractor and the shipped models.
    pub fn builtin() -> Result<Self, EntitiesError> {
        Self::with_knowledge_base(Vec::new())
    }

    /// The pipeline with the builtin knowledge base extended by `entries`
    /// (a user's own entries override builtin ones with the same id).
    pub fn with_knowledge_base(entries: Vec<trame_kb::Entry>) -> Result<Self, EntitiesError> {
        let mut kb = trame_kb::Kb::builtin()?;
        if !entries.is_empty() {
            kb.extend(entries);
        }
        Ok(Pipeline {
            extractor: Box::new(TrafilaturaExtractor),
            entities: EntityStage::with_kb(kb)?,
            // Compiled in and decoded by trame-signals' own tests: failing
            // here is a build defect, not a condition of the input.
            signals: trame_signals::Models::builtin()
                .expect("the compiled-in persuasion model decodes"),
            layers: Layers::All,
        })
    }

    /// The same pipeline with another main-text extractor.
    pub fn with_extractor(mut self, extractor: Box<dyn MainTextExtractor>) -> Self {
        self.extractor = extractor;
        self
    }

    /// The same pipeline, stopping after the given layers (`trame bench`
    /// measures the text stages on their own this way).
    pub fn with_layers(mut self, layers: Layers) -> Self {
        self.layers = layers;
        self
    }

    /// The entity stage, with its knowledge base.
    pub fn entities(&self) -> &EntityStage {
        &self.entities
    }

    pub fn extractor(&self) -> &dyn MainTextExtractor {
        self.extractor.as_ref()
    }

    /// Analyses one record. A panic inside a stage (a bug, or a dependency
    /// meeting input it cannot handle) becomes this document's error.
    pub fn analyze(&self, record: RawRecord) -> Result<Document, AnalyzeError> {
        let path = record.path.clone();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.analyze_unguarded(record)
        }))
        .unwrap_or_else(|panic| {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(AnalyzeError::Internal { path, message })
        })
    }

    fn analyze_unguarded(&self, record: RawRecord) -> Result<Document, AnalyzeError> {
        let id = record.document_id();
        let RawRecord {
            path,
            id: _,
            url,
            format,
            content,
            hints,
        } = record;
        let mut page = trame_ingest::PageMeta::default();
        let mut links = Vec::new();
        let body = match content {
            Content::Html(html) => {
                let extracted = self.extractor.extract(&html, url.as_deref());
                // A page that yields a single word ("Home", "Login") kept a
                // menu item, not an article.
                if extracted
                    .text
                    .split_whitespace()
                    .nth(MIN_ARTICLE_WORDS - 1)
                    .is_none()
                {
                    return Err(IngestError::NoArticle { path }.into());
                }
                page = extracted.meta;
                links = extracted.links;
                extracted.text
            }
            Content::Markdown(md) => {
                let converted = markdown_to_text(&md);
                page.title = converted.title;
                links = converted.links;
                converted.text
            }
            Content::Text(text) => text,
        };
        for m in URL.find_iter(&body) {
            push_unique(&mut links, m.as_str());
        }
        let hint_language = hints
            .language
            .as_deref()
            .or(page.language.as_deref())
            .and_then(trame_text::lang::normalise_tag);
        // Detected once, on the body before cleanup: boilerplate is a small
        // share of an article and the detector reads a bounded sample anyway.
        let language = trame_text::lang::detect(&body)
            .map(str::to_string)
            .or(hint_language);
        let known_title = hints.title.as_deref().or(page.title.as_deref());
        let cleaned = clean(
            &body,
            &CleanOptions {
                language: language.as_deref(),
                known_title,
            },
        );
        if cleaned.text.trim().is_empty() {
            return Err(AnalyzeError::NoText { path });
        }
        let text = cleaned.text;
        let header = cleaned.header;
        let pick_authors = |lists: [Vec<String>; 3]| {
            lists
                .into_iter()
                .find(|l| !l.is_empty())
                .unwrap_or_default()
        };
        let meta = Meta {
            title: hints.title.or(page.title).or(header.title),
            authors: pick_authors([hints.authors, page.authors, header.authors]),
            published: hints
                .published
                .or(page.published)
                .or(header.published)
                .map(|d| trame_text::dates::parse_date(&d).unwrap_or(d)),
            outlet: hints.outlet.or(page.outlet).or(header.outlet),
            language,
            canonical_url: page.canonical_url.or_else(|| url.clone()),
            description: page.description,
            genre: None,
            frames: Vec::new(),
        };
        let mut provenance = Provenance {
            links,
            ..cleaned.provenance
        };
        for b in &cleaned.boilerplate {
            for m in URL.find_iter(&b.text) {
                push_unique(&mut provenance.links, m.as_str());
            }
        }
        let segmentation = trame_text::segment::segment(&text, meta.language.as_deref());
        let index = TextIndex::new(&text);
        let sentences = index.spans(&segmentation.sentences);
        let tokens = index.spans(&segmentation.tokens);
        let mut doc = Document {
            id,
            source: Source { path, url, format },
            meta,
            provenance,
            text,
            boilerplate: cleaned.boilerplate,
            sentences,
            tokens,
            ..Default::default()
        };
        if self.layers != Layers::Text {
            self.entities.annotate_indexed(&mut doc, &index);
        }
        if self.layers == Layers::All {
            doc.relations = trame_relations::relations_indexed(&doc, &index);
            layers::add_quotes(
                &mut doc,
                &index,
                &segmentation.sentences,
                self.entities.kb(),
            );
            layers::add_claims(
                &mut doc,
                &index,
                &segmentation.sentences,
                self.entities.kb(),
            );
            layers::add_signals(&mut doc, &index, &segmentation.sentences, &self.signals);
        }
        Ok(doc)
    }
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|l| l == item) {
        list.push(item.to_string());
    }
}
