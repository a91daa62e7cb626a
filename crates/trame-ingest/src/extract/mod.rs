//! Main-content extraction from HTML pages.
//!
//! The extractor is a trait so that the engine behind it can be swapped or
//! combined; [`TrafilaturaExtractor`] is the default, chosen on measured
//! quality and speed (see `trame eval extraction` and ARCHITECTURE.md).

mod byline;
mod trafilatura;

pub use trafilatura::TrafilaturaExtractor;

/// Metadata a page states about itself (meta tags, JSON-LD, bylines).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD` or RFC 3339.
    pub published: Option<String>,
    pub outlet: Option<String>,
    /// As the page declares it (`fr-FR`); normalised by the pipeline.
    pub language: Option<String>,
    pub canonical_url: Option<String>,
    pub description: Option<String>,
}

/// The article part of a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExtractedHtml {
    /// The article body as plain text, one paragraph per line.
    pub text: String,
    pub meta: PageMeta,
    /// Absolute outbound URLs linked from the article body, in order.
    pub links: Vec<String>,
}

/// Keeps the article of an HTML page and drops the rest of the page.
pub trait MainTextExtractor: Send + Sync {
    /// A short name for reports (`trame eval extraction`).
    fn name(&self) -> &'static str;

    /// Extracts the article. An empty `text` means the page holds no article.
    fn extract(&self, html: &str, url: Option<&str>) -> ExtractedHtml;
}

/// The text of an HTML fragment or page, one line per block element.
pub fn html_to_text(html: &str) -> String {
    block_text(&parse_blocks(html))
}

static BLOCK_START: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)<(p|div|br|h[1-6]|li|tr|blockquote|pre|section|article|figcaption)\b")
        .expect("static regex")
});

/// How many block elements open in an HTML fragment.
fn block_count(html: &str) -> usize {
    BLOCK_START.find_iter(html).count()
}

/// Parses HTML with a line break before each block element, so that the
/// text of the tree has one block per line.
fn parse_blocks(html: &str) -> scraper::Html {
    scraper::Html::parse_document(&BLOCK_START.replace_all(html, "\n$0"))
}

/// The text of a tree from [`parse_blocks`]: trimmed non-empty lines.
fn block_text(doc: &scraper::Html) -> String {
    let text: String = doc.root_element().text().collect();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
