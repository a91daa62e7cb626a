//! The analysed document of trame, as fixed by schema v1 (`document.md`).
//!
//! A [`Document`] holds one clean `text` and layers that point into it with
//! [`Span`]s. Spans count Unicode code points (not bytes), end exclusive, so
//! that `text[start:end]` in Python or JavaScript gives the span; Rust code
//! converts with a [`TextIndex`]. Each pipeline stage adds a layer and never
//! rewrites `text`: once a document leaves ingest, its text is frozen.

mod index;
mod model;
mod validate;

pub use index::TextIndex;
pub use model::*;
pub use validate::{validate, SpanError};
