//! Language-aware text primitives shared by every stage: language
//! identification, sentence and token segmentation, and date parsing.
//!
//! Functions here take `&str` and return byte ranges; the pipeline converts
//! them to the code-point spans of the document model once, with
//! `trame_doc::TextIndex`.

pub mod dates;
pub mod lang;
pub mod segment;
