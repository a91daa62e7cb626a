//! The default extractor: the trafilatura algorithm (Rust port), chosen on
//! measured quality and speed (ARCHITECTURE.md, "Choices and why").

use super::{ExtractedHtml, MainTextExtractor, PageMeta};
use crate::readers::non_empty;
use std::sync::LazyLock;
use trafilatura::Options;

#[derive(Debug, Default, Clone)]
pub struct TrafilaturaExtractor;

/// The language the page declares on its root element (`<html lang="fr">`).
static HTML_LANG: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r#"(?i)<html\b[^>]*?\blang\s*=\s*["']?([a-z]{2,3}(?:[-_][a-z0-9]{1,8})*)"#)
        .expect("static regex")
});

static HREF: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r#"(?i)<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["']"#).expect("static regex")
});

impl MainTextExtractor for TrafilaturaExtractor {
    fn name(&self) -> &'static str {
        "trafilatura"
    }

    fn extract(&self, html: &str, url: Option<&str>) -> ExtractedHtml {
        // The pipeline detects the language on the cleaned text itself, and
        // reads no categories or tags.
        let mut options = Options::default()
            .with_links(true)
            .with_exclude_comments(true)
            .with_language_detection(false)
            .with_categories_and_tags(false);
        if let Some(parsed) = url.and_then(|u| url::Url::parse(u).ok()) {
            options = options.with_url(parsed);
        }
        let Some(first) = run(html, url, &options) else {
            return ExtractedHtml::default();
        };
        // Comparing with the readability and jusText fallbacks doubles the
        // cost, so it is paid only where the first pass kept what looks like
        // site navigation.
        if menu_share(&first.text) <= MENU_SHARE_LIMIT {
            return first;
        }
        match run(html, url, &options.with_fallback(true)) {
            Some(second) if menu_share(&second.text) < menu_share(&first.text) => second,
            _ => first,
        }
    }
}

/// Fewer menu-like lines than this never trigger the fallback.
const MIN_MENU_LINES: usize = 20;

/// Above this share of menu-like lines, an extraction is retried with the
/// fallback extractors.
const MENU_SHARE_LIMIT: f64 = 0.4;

fn run(html: &str, url: Option<&str>, options: &Options) -> Option<ExtractedHtml> {
    let result = trafilatura::extract(html, options).ok()?;
    let m = result.metadata;
    let meta = PageMeta {
        title: non_empty(m.title),
        authors: super::byline::prefer_signed(split_authors(&m.author), html),
        published: m.date.map(|d| d.to_string()),
        outlet: non_empty(m.sitename),
        language: declared_language(html),
        canonical_url: non_empty(m.url),
        description: non_empty(m.description),
    };
    Some(ExtractedHtml {
        text: restore_paragraphs(&result.content_text, &result.content_html),
        meta,
        links: outbound_links(&result.content_html, url),
    })
}

/// The language tag of the root element, if the page declares one.
fn declared_language(html: &str) -> Option<String> {
    let tag = HTML_LANG.captures(html)?.get(1)?.as_str();
    Some(tag.to_ascii_lowercase())
}

/// The share of lines that look like menu entries: a few words, no
/// sentence punctuation ("Home", "Politics", "Janeiro (24)").
fn menu_share(text: &str) -> f64 {
    let (mut lines, mut menu) = (0usize, 0usize);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        let words = line.split_whitespace().count();
        if words <= 3 && !line.ends_with(['.', '!', '?', ':', '»', '”', '"']) {
            menu += 1;
        }
    }
    // A few short lines (headings, a list) are ordinary; a menu kept by
    // mistake runs to dozens.
    if menu < MIN_MENU_LINES {
        0.0
    } else {
        menu as f64 / lines as f64
    }
}

/// The plain-text rendering runs paragraphs together on some pages, while
/// the HTML rendering keeps paragraphs but loses some text (table cells, the
/// tails of inline elements). Paragraphs matter downstream (boilerplate
/// lines, quotes across paragraphs, paragraph-level techniques), so breaks
/// are put back into the plain text where each HTML block starts. The HTML
/// is parsed only when the plain text has lost most of its breaks.
fn restore_paragraphs(flat: &str, content_html: &str) -> String {
    let block_count = super::block_count(content_html);
    if flat.lines().filter(|l| !l.trim().is_empty()).count() * 2 >= block_count {
        return flat.to_string();
    }
    let blocks = super::block_text(&super::parse_blocks(content_html));
    let mut out = String::with_capacity(flat.len() + block_count);
    let mut cursor = 0;
    for block in blocks.lines() {
        let key_end = block.char_indices().nth(24).map_or(block.len(), |(i, _)| i);
        let key = &block[..key_end];
        if key.is_empty() {
            continue;
        }
        if let Some(found) = flat[cursor..].find(key) {
            let at = cursor + found;
            if at > cursor {
                out.push_str(flat[cursor..at].trim_end());
                out.push('\n');
            }
            cursor = at;
        }
    }
    out.push_str(&flat[cursor..]);
    out
}

/// Bylines list authors with separators that differ by site and language.
fn split_authors(byline: &str) -> Vec<String> {
    byline
        .split(&[';', '|', ','][..])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" et ")))
        .filter_map(non_empty)
        .collect()
}

/// Absolute http(s) URLs of the links in an HTML fragment, in order, each
/// once. Relative links are resolved against the page URL when known. The
/// fragment is trafilatura's own serialisation, so a pattern over its
/// `href` attributes is exact and spares a parse.
pub(crate) fn outbound_links(html: &str, base: Option<&str>) -> Vec<String> {
    let base = base.and_then(|b| url::Url::parse(b).ok());
    let mut links: Vec<String> = Vec::new();
    for caps in HREF.captures_iter(html) {
        let Some(href) = caps.get(1) else { continue };
        let href = href.as_str().trim().replace("&amp;", "&");
        let resolved = match &base {
            Some(b) => b.join(&href).ok(),
            None => url::Url::parse(&href).ok(),
        };
        let Some(url) = resolved.filter(|u| matches!(u.scheme(), "http" | "https")) else {
            continue;
        };
        let url = url.to_string();
        if !links.contains(&url) {
            links.push(url);
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_paragraph_breaks_of_flattened_text() {
        let flat = "Title Here First paragraph is long. Second paragraph follows. Third one.";
        let html =
            "<p>First paragraph is long.</p><p>Second paragraph follows.</p><p>Third one.</p>";
        assert_eq!(
            restore_paragraphs(flat, html),
            "Title Here\nFirst paragraph is long.\nSecond paragraph follows.\nThird one."
        );
        let kept = "One.\nTwo.\nThree.";
        assert_eq!(
            restore_paragraphs(kept, "<p>One.</p><p>Two.</p><p>Three.</p>"),
            kept
        );
    }

    #[test]
    fn reads_the_declared_language() {
        let page = "<!DOCTYPE html><HTML class=\"no-js\" LANG='fr-FR'><head></head></HTML>";
        assert_eq!(declared_language(page).as_deref(), Some("fr-fr"));
        assert_eq!(declared_language("<html><body lang=\"ru\">"), None);
        assert_eq!(declared_language("<html lang=\"\">"), None);
    }

    #[test]
    fn splits_bylines() {
        assert_eq!(
            split_authors("Jeanne Martin et Paul Durand"),
            ["Jeanne Martin", "Paul Durand"]
        );
        assert_eq!(split_authors("A; B, C"), ["A", "B", "C"]);
        assert!(split_authors("").is_empty());
    }

    #[test]
    fn resolves_links_and_drops_scripts() {
        let html = r#"<p><a href="https://a.org/x">a</a> <a href="/y">b</a> <a href="javascript:alert(1)">c</a> <a href="https://a.org/x">again</a></p>"#;
        assert_eq!(
            outbound_links(html, Some("https://site.fr/article/1")),
            ["https://a.org/x", "https://site.fr/y"]
        );
        assert_eq!(outbound_links(html, None), ["https://a.org/x"]);
    }

    #[test]
    fn extracts_an_article_and_its_metadata() {
        let html = r#"<html lang="fr"><head><title>Le titre - Le Site</title>
<meta property="og:site_name" content="Le Site"><meta name="author" content="Jeanne Martin">
<meta property="article:published_time" content="2022-01-12T10:00:00+01:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Le titre</h1><p>Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les agriculteurs touchés par la sécheresse de l'été dernier, selon un communiqué.</p>
<p>Ces mesures comprennent des aides directes et un report des cotisations sociales pour les exploitations les plus touchées, a précisé le ministère dans un <a href="https://gouv.example/communique">communiqué</a>.</p></article>
<footer>© Le Site 2022</footer></body></html>"#;
        let out = TrafilaturaExtractor.extract(html, Some("https://site.example/a"));
        assert!(out.text.contains("sécheresse"), "{}", out.text);
        assert!(!out.text.contains("Accueil"));
        assert_eq!(out.meta.authors, ["Jeanne Martin"]);
        assert_eq!(out.meta.published.as_deref(), Some("2022-01-12"));
        assert_eq!(out.links, ["https://gouv.example/communique"]);
    }
}
