//! The trame corpus store: analysed documents and their layers in SQLite,
//! full-text search in a tantivy index beside it, corpus-wide entities,
//! stories and claim groups kept up to date as documents arrive.
//!
//! Readers go through [`CorpusRead`], so that another backend (PostgreSQL,
//! described in ARCHITECTURE.md) can serve the same pages and exports.

mod ingest;
mod read;
mod schema;
mod sqlite;
mod tallies;
mod view;

pub use ingest::{IngestOptions, IngestProgress, IngestReport};
pub use sqlite::SqliteStore;

pub use trame_corpus::{NumberChange, SourcingChange, VersionDiff};
pub use view::*;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("store data: {0}")]
    Json(#[from] serde_json::Error),
    #[error("search index: {0}")]
    Search(String),
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Read access to a corpus. Every method answers from committed data only,
/// and may be called while an ingest is running in another process.
pub trait CorpusRead: Send + Sync {
    fn overview(&self) -> Result<Overview>;
    fn search(&self, query: &SearchQuery) -> Result<SearchResults>;
    /// A document by id, `None` when unknown.
    fn document(&self, id: &str) -> Result<Option<StoredDocument>>;
    /// Every current (not superseded) document in ingestion order, one at a
    /// time: memory does not grow with the corpus.
    fn for_each_document(&self, f: &mut dyn FnMut(StoredDocument) -> Result<()>) -> Result<()>;
    fn entity(&self, id: i64) -> Result<Option<EntityView>>;
    /// Every corpus entity with its document and mention counts.
    fn for_each_entity(&self, f: &mut dyn FnMut(EntityRef, u64, u64) -> Result<()>) -> Result<()>;
    /// Pairs of entities that share documents, with the number shared.
    fn for_each_cooccurrence(&self, f: &mut dyn FnMut(i64, i64, u64) -> Result<()>) -> Result<()>;
    fn story(&self, id: i64) -> Result<Option<StoryView>>;
    fn stories(&self, offset: usize, limit: usize) -> Result<Vec<StorySummary>>;
    fn claim_group(&self, id: i64) -> Result<Option<ClaimGroupView>>;
    fn claim_groups(&self, offset: usize, limit: usize) -> Result<Vec<ClaimGroupSummary>>;
    /// What changed from document `from` to document `to`; `None` when
    /// either is unknown.
    fn diff(&self, from: &str, to: &str) -> Result<Option<VersionDiff>>;
}
