//! Checkable claims: the quantities, sources and hedges of claim sentences.
//!
//! Each finder works on one sentence and returns byte ranges into it;
//! [`extract_claims`] runs them over a whole text and builds the schema's
//! [`trame_doc::Claim`]s with code-point offsets.

pub mod claims;
pub mod hedges;
mod lex;
pub mod quantities;
pub mod sources;

pub use claims::{extract_claims, extract_claims_indexed};
pub use hedges::find_hedges;
pub use quantities::{find_quantities, FoundQuantity};
pub use sources::{
    attribute_sources, find_source, phrase_kind, speaker_description_kind, Attribution, FoundSource,
};
