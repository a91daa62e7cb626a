//! What readers of a corpus get back: documents with their corpus fields,
//! and the pages of entities, stories and claim groups. These are the
//! shapes the HTTP API serialises and the exports walk.

use serde::{Deserialize, Serialize};
use trame_doc::Document;

pub use trame_search::{FacetCount, Facets, Hit, SearchQuery, SearchResults, Snippet};

/// A document as stored: the schema v1 document plus the corpus fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDocument {
    /// The store's sequence number (order of ingestion).
    pub seq: u64,
    /// 1 for the first version of an article, then 2, 3 … when the same
    /// article (same canonical URL or source path) comes back changed.
    pub version: u32,
    /// The id of the newer version that replaced this one, if any.
    pub superseded_by: Option<String>,
    /// The id of the document's story group.
    pub story: Option<i64>,
    /// Corpus-wide entity id of each document-level entity (`e0` → 12).
    pub entity_ids: Vec<EntityIdPair>,
    /// The claim group of each claim, by index into `document.claims`.
    pub claim_groups: Vec<Option<i64>>,
    pub document: Document,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityIdPair {
    /// The document-level id (`e0`).
    pub local: String,
    /// The corpus-wide id.
    pub corpus: i64,
}

/// A line in a list of documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// A corpus entity, named.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    pub id: i64,
    pub label: String,
    pub name: String,
    pub qid: Option<String>,
}

/// Everything the corpus knows about one entity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityView {
    pub entity: EntityRef,
    /// Surface names used for it, per document language, most used first.
    pub names: Vec<NameUse>,
    pub document_count: u64,
    pub mention_count: u64,
    /// Mentions per month (`2022-01`), oldest first; undated documents are
    /// counted under `undated`.
    pub timeline: Vec<MonthCount>,
    /// Entities seen in the same documents, by number of shared documents.
    pub cooccurring: Vec<Cooccurrence>,
    pub documents: Vec<DocumentSummary>,
    /// Quotes it said.
    pub quotes: Vec<QuoteUse>,
    /// Claims that mention it.
    pub claims: Vec<ClaimUse>,
    /// Relations stated about it, as subject or object.
    pub relations: Vec<RelationUse>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NameUse {
    pub language: Option<String>,
    pub name: String,
    pub count: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MonthCount {
    pub month: String,
    pub count: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cooccurrence {
    pub entity: EntityRef,
    pub documents: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteUse {
    pub document: DocumentSummary,
    /// `direct`, `partial` or `indirect`.
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimUse {
    pub document: DocumentSummary,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `named`, `anonymous`, `document` or `none`.
    pub source_kind: String,
    /// The words of the source ("un haut responsable …"), when stated.
    pub source_text: Option<String>,
    /// The named source, when it is a corpus entity.
    pub source_entity: Option<EntityRef>,
    pub hedges: Vec<String>,
    pub claim_group: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RelationUse {
    pub document: DocumentSummary,
    /// `member_of` or `role`.
    pub kind: String,
    pub subject: EntityRef,
    pub object: EntityRef,
    pub role: Option<String>,
    pub negated: bool,
    /// The sentence or clause that states it.
    pub evidence: String,
    pub start: usize,
    pub end: usize,
}

/// How a version relates to the one it was derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionRole {
    /// The earliest version in the original language.
    Original,
    /// A version in another language.
    Translation,
    /// A copy, near copy or partial reuse in the same language.
    Republication,
}

/// One version of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryVersion {
    pub document: DocumentSummary,
    pub role: VersionRole,
    /// The version it derives from (a document id), `None` for the original.
    pub parent: Option<String>,
    /// How it was matched to its parent: `duplicate`, `near_duplicate`,
    /// `partial_reuse`, `translation` or `stated` (the text names its source).
    pub link: Option<String>,
    /// Similarity to the parent, 0–1.
    pub score: Option<f32>,
}

/// A story: the versions of one text across outlets and languages, ordered
/// as a chain (original first, then each version after its parent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryView {
    pub id: i64,
    pub title: Option<String>,
    pub versions: Vec<StoryVersion>,
}

/// A line in a list of stories.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StorySummary {
    pub id: i64,
    pub title: Option<String>,
    pub versions: u64,
    pub languages: Vec<String>,
    pub outlets: Vec<String>,
}

/// Claims in several documents that assert the same thing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimGroupView {
    pub id: i64,
    /// What the claims share, readable ("3000 · 1.5e6 people · Valdoria").
    pub key: String,
    /// One line per appearance, oldest first.
    pub appearances: Vec<ClaimUse>,
}

/// A line in a list of claim groups.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimGroupSummary {
    pub id: i64,
    pub key: String,
    /// A representative claim text.
    pub text: String,
    pub appearances: u64,
    pub outlets: u64,
    /// Distinct source kinds across appearances.
    pub source_kinds: Vec<String>,
}

/// The whole corpus at a glance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub documents: u64,
    pub entities: u64,
    pub stories: u64,
    pub claim_groups: u64,
    pub quotes: u64,
    pub claims: u64,
    pub languages: Vec<FacetCount>,
    pub outlets: Vec<FacetCount>,
    pub top_entities: Vec<Cooccurrence>,
    pub top_stories: Vec<StorySummary>,
    pub top_claim_groups: Vec<ClaimGroupSummary>,
}
