//! Record types and the readers of container formats. Single-article files
//! (HTML, text, Markdown) need no reader of their own: [`crate::read_path`]
//! decodes them directly.

mod feed;
mod jsonl;
mod warc;

pub use feed::read_feed;
pub use jsonl::JsonLinesReader;
pub use warc::WarcReader;

use trame_doc::Format;

/// The article content of a record, before extraction.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Html(String),
    Text(String),
    Markdown(String),
}

impl Content {
    pub fn len(&self) -> usize {
        match self {
            Content::Html(s) | Content::Text(s) | Content::Markdown(s) => s.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Metadata a container states about a record (a feed item's title, a JSON
/// Lines field): trusted over what is guessed from the content.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecordHints {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
}

/// One article as read from its input, not yet analysed.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRecord {
    /// The input path, with `#N` appended for the N-th record of a container.
    pub path: String,
    /// The caller's id for the record, when the input gives one.
    pub id: Option<String>,
    pub url: Option<String>,
    pub format: Format,
    pub content: Content,
    pub hints: RecordHints,
}

/// A stable 64-bit hash of `bytes` in hex. FNV-1a is enough: ids and
/// duplicate checks need stability and spread, not resistance to crafted
/// collisions.
pub fn hash_hex(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

impl RawRecord {
    /// The id its document will carry: the caller's id, else the content
    /// hash, so the same article read twice, from any path, gets the same id.
    pub fn document_id(&self) -> String {
        self.id.clone().unwrap_or_else(|| self.content_hash())
    }

    /// A stable hash of the content: equal bytes mean an equal analysis, so
    /// a store can skip a record it already holds before analysing it.
    pub fn content_hash(&self) -> String {
        let bytes = match &self.content {
            Content::Html(s) | Content::Text(s) | Content::Markdown(s) => s.as_bytes(),
        };
        hash_hex(bytes)
    }

    pub fn new(path: String, format: Format, content: Content) -> Self {
        RawRecord {
            path,
            id: None,
            url: None,
            format,
            content,
            hints: RecordHints::default(),
        }
    }
}

/// Trims a metadata string and drops it when empty.
pub(crate) fn non_empty(s: impl AsRef<str>) -> Option<String> {
    let t = s.as_ref().trim();
    (!t.is_empty()).then(|| t.to_string())
}
