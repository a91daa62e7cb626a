//! Cross-document linking for a trame corpus: corpus-wide entity keys,
//! fingerprints that find the versions of one text (copies, near copies,
//! partial reuse, translations), the chain that orders those versions, what
//! changed between two versions, and the keys that group claims asserting
//! the same thing.
//!
//! Everything here is a pure function of analysed documents; the store
//! decides when to call it and keeps the results. Linking is incremental:
//!
//! 1. on ingest, [`fingerprint`] the document and keep
//!    [`Fingerprint::to_bytes`];
//! 2. look up the documents indexed under any of its
//!    [`Fingerprint::candidate_keys`], [`compare`] it with each
//!    ([`Fingerprint::from_bytes`]) and keep the links; then index its keys;
//! 3. a story is a connected group of links: [`order_chain`] orders its
//!    versions and [`diff`] tells what each version changed from its parent;
//! 4. [`entity_key`] and [`claim_key`] give entities and claims identities
//!    that hold across documents.

mod align;
mod anchors;
mod chain;
mod claim_key;
mod compare;
mod diff;
mod entity_key;
mod fingerprint;
mod normalize;
mod numbers;

pub use chain::{order_chain, ChainNode, ChainRole, VersionInfo};
pub use claim_key::{claim_key, ClaimKey};
pub use compare::{compare, LinkKind, VersionLink};
pub use diff::diff;
pub use entity_key::entity_key;
pub use fingerprint::{fingerprint, Fingerprint};

use serde::{Deserialize, Serialize};

/// What changed from one version of a text to another.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VersionDiff {
    /// Paragraphs of `from` with no counterpart in `to`.
    pub paragraphs_dropped: Vec<String>,
    /// Paragraphs of `to` with no counterpart in `from`.
    pub paragraphs_added: Vec<String>,
    /// Sentences of aligned paragraphs of `from` with no counterpart in
    /// `to` (a caveat cut from a paragraph that was otherwise kept).
    #[serde(default)]
    pub sentences_dropped: Vec<String>,
    /// Sentences of aligned paragraphs of `to` with no counterpart in
    /// `from`.
    #[serde(default)]
    pub sentences_added: Vec<String>,
    /// Aligned paragraphs whose numbers differ.
    pub numbers_changed: Vec<NumberChange>,
    /// Claims whose sourcing weakened or vanished (`anonymous` → `none`, …),
    /// or whose hedging changed.
    pub sourcing_changed: Vec<SourcingChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberChange {
    /// The number as written in each version ("3,000", "3 500").
    pub from_text: String,
    pub to_text: String,
    pub from_value: f64,
    pub to_value: f64,
    /// The paragraph of `to` that carries the new number.
    pub context: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourcingChange {
    /// The claim in `from`.
    pub from_claim: String,
    /// Its counterpart in `to`, if any.
    pub to_claim: Option<String>,
    pub from_source: String,
    pub to_source: Option<String>,
    pub hedges_dropped: Vec<String>,
    pub hedges_added: Vec<String>,
}
