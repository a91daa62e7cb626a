//! Full-text search over a trame corpus: a tantivy index with French,
//! English and Russian analysis (stemming, elisions), exact-match filters,
//! facets with counts and highlighted snippets.
//!
//! The index is derived data: the corpus store is the source of truth and
//! records, in each commit, the sequence number of the last document it
//! holds, so that a store can catch the index up after a crash.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

mod analysis;
mod dates;
mod facets;
mod index;
#[cfg(test)]
mod index_tests;
mod query;
mod schema;
mod snippet;

pub use index::{IndexWriterHandle, SearchIndex};

/// Why an index operation failed. Query text never fails: only a bad date
/// bound or a problem with the index itself does.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("cannot create the search index directory {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no search index in {0}")]
    NotFound(PathBuf),
    #[error("the search index in {0} was built with another schema: delete it and re-index")]
    SchemaMismatch(PathBuf),
    #[error("another writer holds the lock of the search index in {0}")]
    WriterLocked(PathBuf),
    #[error("the search index in {0} is open read-only")]
    ReadOnly(PathBuf),
    #[error("invalid date {0:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    InvalidDate(String),
    #[error("the last commit of the search index records {0:?}, not a sequence number")]
    InvalidPayload(String),
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// What the index holds of one document. Built by the store from an
/// analysed document and its corpus-wide ids.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexedDocument {
    /// The store's sequence number of the document (monotonic).
    pub seq: u64,
    /// The document id (schema v1 `id`).
    pub id: String,
    pub title: String,
    pub text: String,
    /// ISO 639-1 code; selects the analyser for `title` and `text`.
    pub language: Option<String>,
    pub outlet: Option<String>,
    /// ISO date or date-time as in `meta.published`.
    pub published: Option<String>,
    /// Entities of the document (one per corpus entity).
    pub entities: Vec<IndexedEntity>,
    /// Speakers of the document's quotes (corpus entities).
    pub speakers: Vec<IndexedEntity>,
    /// Source kinds of its claims: `named`, `anonymous`, `document`, `none`.
    pub source_kinds: Vec<String>,
    /// Persuasion techniques found in it (SemEval-2023 names).
    pub techniques: Vec<String>,
}

/// A corpus entity as the index sees it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexedEntity {
    /// Corpus-wide entity id.
    pub id: i64,
    /// `PER`, `ORG`, `LOC` or `MISC`.
    pub label: String,
    /// Canonical name.
    pub name: String,
    /// Wikidata QID when linked.
    pub qid: Option<String>,
}

/// A search request. Every filter narrows the results; an empty `text`
/// matches every document that passes the filters.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    pub text: String,
    /// Entity by corpus id (`E12` or `12`), QID (`Q7747`) or name.
    pub entity: Option<String>,
    /// Documents mentioning an entity with this label.
    pub label: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
    /// Inclusive bounds, ISO dates (`2022-01-12`).
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Speaker of a quote: corpus id, QID or name.
    pub speaker: Option<String>,
    pub source_kind: Option<String>,
    pub technique: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

/// The answer to a [`SearchQuery`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// Number of matching documents (all pages).
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub title: String,
    pub outlet: Option<String>,
    pub language: Option<String>,
    pub published: Option<String>,
    pub snippet: Snippet,
}

/// A short excerpt with the matched words marked. `highlights` are byte
/// ranges into `text`, sorted and disjoint; renderers escape `text`
/// themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
}

/// Counts of matching documents per value, most frequent first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    pub outlet: Vec<FacetCount>,
    pub language: Vec<FacetCount>,
    pub label: Vec<FacetCount>,
    pub entity: Vec<FacetCount>,
    pub source_kind: Vec<FacetCount>,
    pub technique: Vec<FacetCount>,
    /// Per year-month (`2022-01`).
    pub month: Vec<FacetCount>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FacetCount {
    pub value: String,
    /// Display name (an entity's name for `entity` facets; else `value`).
    pub name: String,
    pub count: u64,
}
