//! Recognising an input's format from its first bytes.
//!
//! Extensions lie (a `.html` that is a JSON dump, a `.txt` that is HTML, a
//! feed saved as `.php`), so content decides and the extension only breaks
//! ties between formats the content cannot tell apart.

/// How many leading bytes sniffing looks at.
pub const SNIFF_BYTES: usize = 8 * 1024;

/// What the leading bytes of an input say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Empty,
    Gzip,
    Warc,
    Feed,
    Html,
    JsonLines,
    Markdown,
    Text,
    Binary(&'static str),
}

/// Recognises the format of an input from its leading bytes (at most
/// [`SNIFF_BYTES`] are looked at) and, for ties, its file extension.
pub fn sniff(head: &[u8], extension: Option<&str>) -> Sniffed {
    let head = &head[..head.len().min(SNIFF_BYTES)];
    if head.starts_with(&[0x1f, 0x8b]) {
        return Sniffed::Gzip;
    }
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    let body = head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head);
    let trimmed = trim_start(body);
    if trimmed.is_empty() {
        return Sniffed::Empty;
    }
    if !utf16 {
        if let Some(reason) = binary_reason(body) {
            return Sniffed::Binary(reason);
        }
    }
    if trimmed.starts_with(b"WARC/") {
        return Sniffed::Warc;
    }
    let lower: Vec<u8> = trimmed
        .iter()
        .take(2048)
        .map(u8::to_ascii_lowercase)
        .collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if lower.starts_with(b"<") {
        let is_feed_root = has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf");
        if is_feed_root && !has(b"<html") {
            return Sniffed::Feed;
        }
        if has(b"<html") || has(b"<!doctype html") || has(b"<head") || has(b"<body") {
            return Sniffed::Html;
        }
    }
    if lower.starts_with(b"{") && looks_like_json_lines(trimmed) {
        return Sniffed::JsonLines;
    }
    if is_tag_soup(&lower) {
        return Sniffed::Html;
    }
    let ext = extension.map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => return Sniffed::Html,
        Some("jsonl" | "ndjson") if lower.starts_with(b"{") => return Sniffed::JsonLines,
        _ => {}
    }
    let text = String::from_utf8_lossy(body);
    if matches!(ext.as_deref(), Some("md" | "markdown")) || trame_clean::looks_like_markdown(&text)
    {
        Sniffed::Markdown
    } else {
        Sniffed::Text
    }
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// Text files hold no NUL bytes and few control characters; images, PDFs
/// and executables hold many.
fn binary_reason(head: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 6] = [
        (b"%PDF", "PDF document"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "zip archive"),
        (b"\x7FELF", "executable"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| head.starts_with(m)) {
        return Some(what);
    }
    if head.contains(&0) {
        return Some("contains NUL bytes");
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    (controls * 20 > head.len()).then_some("too many control characters")
}

/// The first line is a JSON object: a whole JSON Lines record, or the start
/// of one cut by the sniffing window.
fn looks_like_json_lines(trimmed: &[u8]) -> bool {
    let first_line = trimmed.split(|&b| b == b'\n').next().unwrap_or_default();
    match serde_json::from_slice::<serde_json::Value>(first_line) {
        Ok(v) => v.is_object(),
        Err(e) => e.is_eof() && first_line.len() + 1 >= trimmed.len(),
    }
}

/// HTML fragments without `<html>`: many paragraph or block tags.
fn is_tag_soup(lower: &[u8]) -> bool {
    let tags = [b"<p>".as_slice(), b"<p ", b"<div", b"<br", b"<article"];
    let count: usize = tags
        .iter()
        .map(|t| lower.windows(t.len()).filter(|w| w == t).count())
        .sum();
    count >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_formats_from_content() {
        assert_eq!(sniff(b"", None), Sniffed::Empty);
        assert_eq!(sniff(b"  \n ", None), Sniffed::Empty);
        assert_eq!(sniff(&[0x1f, 0x8b, 8, 0], None), Sniffed::Gzip);
        assert_eq!(
            sniff(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", None),
            Sniffed::Warc
        );
        assert_eq!(
            sniff(
                b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>",
                None
            ),
            Sniffed::Feed
        );
        assert_eq!(
            sniff(
                b"<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                None
            ),
            Sniffed::Feed
        );
        assert_eq!(
            sniff(b"<!DOCTYPE html><html><head>", Some("txt")),
            Sniffed::Html
        );
        assert_eq!(
            sniff(
                b"{\"text\": \"Bonjour\", \"url\": \"https://a.fr\"}\n{\"text\": \"x\"}",
                None
            ),
            Sniffed::JsonLines
        );
        assert_eq!(
            sniff(b"Titre\n\nPar Jeanne Martin\n\nLe texte.", Some("html")),
            Sniffed::Html
        );
        assert_eq!(
            sniff(b"Titre\n\nPar Jeanne Martin\n\nLe texte.", None),
            Sniffed::Text
        );
        assert_eq!(
            sniff(b"<p>un</p><p>deux</p><p>trois</p>", None),
            Sniffed::Html
        );
    }

    #[test]
    fn recognises_binary() {
        assert!(matches!(sniff(b"%PDF-1.4 ...", None), Sniffed::Binary(_)));
        assert!(matches!(sniff(b"abc\0\0\0def", None), Sniffed::Binary(_)));
        let junk: Vec<u8> = (0..200u8).map(|i| i % 7).collect();
        assert!(matches!(sniff(&junk, None), Sniffed::Binary(_)));
    }
}
