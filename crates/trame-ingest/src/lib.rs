//! Turning inputs into raw article records.
//!
//! An input path (file or directory) yields a stream of [`RawRecord`]s: one
//! per article, whatever the container (a WARC file or a feed holds many).
//! Formats are recognised from content first ([`sniff`]), the extension only
//! breaking ties, and bytes are decoded as browsers do ([`encoding`]). HTML
//! records go through a [`MainTextExtractor`] that keeps the article body and
//! page metadata. Nothing here interprets the prose: that is `trame-clean`'s
//! and the pipeline's job.

pub mod encoding;
mod error;
pub mod extract;
mod input;
pub mod readers;
pub mod sniff;

pub use error::IngestError;
pub use extract::{ExtractedHtml, MainTextExtractor, PageMeta, TrafilaturaExtractor};
pub use input::{read_path, walk, InputFile};
pub use readers::{hash_hex, Content, RawRecord, RecordHints};
pub use sniff::Sniffed;
