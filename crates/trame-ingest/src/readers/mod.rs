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

impl RawRecord {
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
