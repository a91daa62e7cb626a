//! Bylines read from the page markup: the names in elements marked as the
//! author (`itemprop="author"`, classes `author`, `byline`, `signature`).
//!
//! Metadata often credits an agency (`article:author` → AFP) while the page
//! signs the article with a reporter's name; users need the person. The
//! markup is scanned with one regex rather than parsed again: a byline is a
//! short run of text, and the page has already been parsed once.

use regex::Regex;
use std::sync::LazyLock;

/// Names further than this from the first byline belong to other articles
/// on the page (teasers, related links).
const CLUSTER_BYTES: usize = 300;

/// A byline element opening at the start of the searched window, which is the
/// tag around a marker word; anchored, the search fails at once elsewhere.
static BYLINE_ELEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?is)^<(span|a|p|div|strong|address)\b[^>]*?(?:itemprop\s*=\s*["'][^"']*\bauthor\b|class\s*=\s*["'][^"']*\b(?:author|authorname|author-name|byline|signature)\b)[^>]*>(.{0,300}?)</(?:span|a|p|div|strong|address)>"#,
    )
    .expect("static regex")
});

static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").expect("static regex"));

/// Agencies that metadata puts where a reporter's name belongs.
const AGENCIES: &[&str] = &[
    "afp",
    "agence france-presse",
    "reuters",
    "ap",
    "associated press",
    "dpa",
    "ansa",
    "efe",
    "tass",
    "ria novosti",
    "interfax",
    "bloomberg",
    "anadolu",
    "xinhua",
];

/// The page's signed names instead of the metadata's authors when the
/// metadata gives only an agency, or fewer of the same people.
pub(crate) fn prefer_signed(authors: Vec<String>, html: &str) -> Vec<String> {
    let signed = byline_names(html);
    let extends = signed.len() > authors.len() && authors.iter().all(|a| signed.contains(a));
    if !signed.is_empty() && (only_agencies(&authors) || extends) {
        signed
    } else {
        authors
    }
}

/// Whether every name in `authors` is a news agency (or there is none).
fn only_agencies(authors: &[String]) -> bool {
    authors
        .iter()
        .all(|a| AGENCIES.contains(&a.trim().to_lowercase().as_str()))
}

/// How far past its opening tag a byline element may close.
const WINDOW_BYTES: usize = 1024;

static MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)author|byline|signature").expect("static regex"));

/// Person names signed in the page's byline elements, in order. The
/// element regex runs only around the few places where a marker word
/// occurs: over a whole page it costs more than the extraction itself.
fn byline_names(html: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut first_at = None;
    let mut scanned_to = 0;
    for marker in MARKER.find_iter(html) {
        if marker.start() < scanned_to {
            continue;
        }
        if first_at.is_some_and(|f: usize| marker.start() > f + CLUSTER_BYTES) {
            break;
        }
        let Some(open) = html[..marker.start()].rfind('<') else {
            continue;
        };
        if marker.start() - open > 300 {
            continue;
        }
        // An element is short: the search stays in a window from its tag.
        let mut window_end = (open + WINDOW_BYTES).min(html.len());
        while !html.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let window = &html[open..window_end];
        let Some(caps) = BYLINE_ELEMENT.captures(window) else {
            continue;
        };
        let (Some(whole), Some(inner)) = (caps.get(0), caps.get(2)) else {
            continue;
        };
        scanned_to = open + whole.end();
        let whole_start = open;
        let text = TAG.replace_all(inner.as_str(), " ");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = text
            .strip_prefix("Par ")
            .or_else(|| text.strip_prefix("By "))
            .or_else(|| text.strip_prefix("par "))
            .or_else(|| text.strip_prefix("by "))
            .unwrap_or(&text)
            .trim_matches(|c: char| c == ',' || c.is_whitespace());
        if is_person_name(name) && !names.iter().any(|n| n == name) {
            first_at.get_or_insert(whole_start);
            names.push(name.to_string());
        }
    }
    names
}

/// Two to five capitalised words, no digits: what a signature looks like.
fn is_person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && s.chars().count() <= 60
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '|' | ':' | '/'))
        && words
            .iter()
            .filter(|w| w.len() > 3)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !AGENCIES.contains(&s.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_signed_names_and_skips_dates_and_far_teasers() {
        let html = format!(
            r#"<span class="author" itemprop="author creator"><span class="authorname"> Sébastien Farcis</span></span>
<span class="menu-picture-desc-authors">1 mars 2019 à 15:20</span>{}<span class="author"><span class="authorname">Laurence Defranoux</span></span>"#,
            " ".repeat(CLUSTER_BYTES + 10)
        );
        assert_eq!(byline_names(&html), ["Sébastien Farcis"]);
        assert_eq!(
            byline_names(r#"<p class="byline">By Jane Roe</p>"#),
            ["Jane Roe"]
        );
        assert!(byline_names("<p>no byline</p>").is_empty());
    }

    #[test]
    fn signed_names_replace_agencies_and_complete_partial_lists() {
        let html = r#"<span class="author"><a href="/a">Alexandre Hervaud</a></span> et <span class="author"><a href="/b">Jérémy Piette</a></span>"#;
        assert_eq!(
            prefer_signed(vec!["AFP".into()], html),
            ["Alexandre Hervaud", "Jérémy Piette"]
        );
        assert_eq!(
            prefer_signed(vec!["Alexandre Hervaud".into()], html),
            ["Alexandre Hervaud", "Jérémy Piette"]
        );
        assert_eq!(prefer_signed(vec!["Jane Roe".into()], html), ["Jane Roe"]);
    }

    #[test]
    fn agencies_are_not_people() {
        assert!(only_agencies(&["AFP".into()]));
        assert!(only_agencies(&[]));
        assert!(!only_agencies(&["Jeanne Martin".into()]));
    }
}
