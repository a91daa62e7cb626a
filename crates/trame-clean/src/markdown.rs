//! Markdown-like markup to plain paragraphs: scraped articles and reader
//! exports often arrive as Markdown, whose link, emphasis and heading marks
//! would otherwise end up in the analysed text.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::rules::compile;

/// Plain text of a Markdown document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarkdownText {
    /// Paragraphs joined by `"\n\n"`.
    pub text: String,
    /// Link targets: inline links in order of appearance, then reference
    /// definitions.
    pub links: Vec<String>,
    /// The first heading, when it is a level-1 heading.
    pub title: Option<String>,
}

static HEADING: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$"));
static SETEXT_H1: LazyLock<Regex> = LazyLock::new(|| compile(r"^=+[ \t]*$"));
static RULE_LINE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$"));
static FENCE: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:```|~~~)"));
static REFERENCE_DEFINITION: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^ {0,3}\[[^\]]+\]:[ \t]*<?(?P<url>[^\s>]+)>?"));
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:[-*+]|\d{1,3}[.)])[ \t]+\S"));
static TABLE_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?$"));
static BLOCKQUOTE: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:>[ \t]?)+"));

static ESCAPE: LazyLock<Regex> = LazyLock::new(|| compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"));
static IMAGE: LazyLock<Regex> = LazyLock::new(|| compile(r#"!\[[^\]]*\]\([^)]*\)"#));
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"\[(?P<text>[^\]]*)\]\([ \t]*<?(?P<url>[^)\s>]*)>?(?:[ \t]+(?:"[^"]*"|'[^']*'))?[ \t]*\)"#,
    )
});
static REFERENCE_LINK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\[(?P<text>[^\]]+)\]\[[^\]]*\]"));
static AUTOLINK: LazyLock<Regex> = LazyLock::new(|| compile(r"<(?P<url>https?://[^>\s]+)>"));
static CODE: LazyLock<Regex> = LazyLock::new(|| compile(r"`+(?P<text>[^`]+)`+"));
static STRONG: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\*\*(?P<text>[^*\s](?:[^*]*[^*\s])?)\*\*|__(?P<text2>[^_\s](?:[^_]*[^_\s])?)__")
});
static STAR_EMPHASIS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\*(?P<text>[^*\s](?:[^*]*[^*\s])?)\*"));
/// Underscores only delimit emphasis outside words (`snake_case` stays).
static UNDERSCORE_EMPHASIS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?P<before>^|[^\p{L}\p{N}_])_(?P<text>[^_\s](?:[^_]*[^_\s])?)_(?P<after>$|[^\p{L}\p{N}_])",
    )
});
static STRIKE: LazyLock<Regex> = LazyLock::new(|| compile(r"~~(?P<text>[^~]+)~~"));
static LINE_BREAK_TAG: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)<br\s*/?>"));

/// Escaped punctuation is parked in a private-use plane while markup is
/// removed, so that `\*` never opens an emphasis.
const ESCAPE_BASE: u32 = 0xF_0000;

/// Converts Markdown to plain paragraphs, collecting link targets; see
/// [`MarkdownText`]. List items keep their bullet as text; other headings
/// stay as paragraphs of their own; images are dropped.
pub fn markdown_to_text(md: &str) -> MarkdownText {
    let mut out = MarkdownText::default();
    let hard_wrapped = is_hard_wrapped(md);
    // (text, is fenced code): code keeps its characters verbatim.
    let mut paragraphs: Vec<(String, bool)> = Vec::new();
    let mut reference_urls = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut seen_heading = false;
    let mut in_fence = false;

    for raw in md.lines() {
        if FENCE.is_match(raw.trim_start()) {
            flush(&mut current, &mut paragraphs, hard_wrapped);
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            if !raw.trim().is_empty() {
                paragraphs.push((raw.trim_end().to_string(), true));
            }
            continue;
        }
        let line = BLOCKQUOTE
            .find(raw.trim_start())
            .map_or(raw.trim_start(), |m| &raw.trim_start()[m.end()..])
            .trim_end();
        if line.is_empty() || RULE_LINE.is_match(line) || TABLE_SEPARATOR.is_match(line) {
            flush(&mut current, &mut paragraphs, hard_wrapped);
            continue;
        }
        // Captures cost a slower engine than a match test: the patterns run
        // only on lines that start with their mark.
        let definition = line
            .trim_start_matches(' ')
            .starts_with('[')
            .then(|| REFERENCE_DEFINITION.captures(line))
            .flatten();
        if let Some(caps) = definition {
            if let Some(url) = caps.name("url") {
                reference_urls.push(url.as_str().to_string());
            }
            continue;
        }
        if SETEXT_H1.is_match(line) && current.len() == 1 && !seen_heading {
            seen_heading = true;
            out.title = current.pop().map(str::to_string);
            continue;
        }
        let heading = line
            .starts_with('#')
            .then(|| HEADING.captures(line))
            .flatten();
        if let Some(caps) = heading {
            flush(&mut current, &mut paragraphs, hard_wrapped);
            let text = caps.name("text").map_or("", |m| m.as_str());
            let is_title = !seen_heading && caps.name("level").is_some_and(|l| l.len() == 1);
            seen_heading = true;
            if is_title {
                out.title = Some(text.to_string());
            } else if !text.is_empty() {
                paragraphs.push((text.to_string(), false));
            }
            continue;
        }
        if LIST_ITEM.is_match(line) || line.starts_with('|') {
            flush(&mut current, &mut paragraphs, hard_wrapped);
            paragraphs.push((line.to_string(), false));
            continue;
        }
        current.push(line);
    }
    flush(&mut current, &mut paragraphs, hard_wrapped);

    out.title = out
        .title
        .take()
        .map(|title| inline_to_text(&title, &mut out.links))
        .filter(|title| !title.is_empty());
    let texts: Vec<String> = paragraphs
        .iter()
        .map(|(p, is_code)| {
            if *is_code {
                p.clone()
            } else {
                inline_to_text(p, &mut out.links)
            }
        })
        .filter(|p| !p.is_empty())
        .collect();
    out.text = texts.join("\n\n");
    out.links.extend(reference_urls);
    out
}

/// Ends a paragraph: hard-wrapped source lines are one paragraph; otherwise
/// every line is a paragraph (scraped Markdown puts one per line).
fn flush(current: &mut Vec<&str>, paragraphs: &mut Vec<(String, bool)>, hard_wrapped: bool) {
    if current.is_empty() {
        return;
    }
    if hard_wrapped {
        paragraphs.push((current.join(" "), false));
    } else {
        paragraphs.extend(current.iter().map(|line| (line.to_string(), false)));
    }
    current.clear();
}

/// Hard-wrapped Markdown (every line under ~100 columns, paragraphs of
/// several lines) has to be unwrapped; one-paragraph-per-line Markdown must
/// not be glued together.
fn is_hard_wrapped(md: &str) -> bool {
    let mut longest = 0;
    let mut consecutive = 0;
    let mut multi_line_paragraph = false;
    for line in md.lines() {
        let line = line.trim();
        longest = longest.max(line.chars().count());
        if line.is_empty() {
            consecutive = 0;
        } else {
            consecutive += 1;
            multi_line_paragraph |= consecutive >= 2 && !LIST_ITEM.is_match(line);
        }
    }
    multi_line_paragraph && longest <= 120
}

/// Inline markup of one paragraph to plain text.
fn inline_to_text(s: &str, links: &mut Vec<String>) -> String {
    // Each pass runs only when its mark character is present: most
    // paragraphs hold no markup at all, and a pass that cannot match still
    // scans the paragraph (the underscore rule has no literal to skip ahead
    // with).
    let escaped = s.contains('\\');
    let mut text = Cow::Borrowed(s);
    if escaped {
        text = replace_in(text, |t| {
            ESCAPE.replace_all(t, |caps: &Captures| {
                caps[1]
                    .chars()
                    .next()
                    .and_then(|c| char::from_u32(ESCAPE_BASE + c as u32))
                    .map(String::from)
                    .unwrap_or_default()
            })
        });
    }
    if text.contains('[') {
        text = replace_in(text, |t| IMAGE.replace_all(t, ""));
        text = replace_in(text, |t| {
            LINK.replace_all(t, |caps: &Captures| {
                if let Some(url) = caps.name("url").filter(|u| !u.as_str().is_empty()) {
                    links.push(url.as_str().to_string());
                }
                caps.name("text").map_or("", |m| m.as_str()).to_string()
            })
        });
    }
    if text.contains('<') {
        text = replace_in(text, |t| {
            AUTOLINK.replace_all(t, |caps: &Captures| {
                let url = caps.name("url").map_or("", |m| m.as_str());
                links.push(url.to_string());
                url.to_string()
            })
        });
    }
    if text.contains('[') {
        text = replace_in(text, |t| REFERENCE_LINK.replace_all(t, "$text"));
    }
    if text.contains('`') {
        text = replace_in(text, |t| CODE.replace_all(t, "$text"));
    }
    if text.contains(['*', '_']) {
        text = replace_in(text, |t| STRONG.replace_all(t, "${text}${text2}"));
    }
    if text.contains('*') {
        text = replace_in(text, |t| STAR_EMPHASIS.replace_all(t, "$text"));
    }
    if text.contains('_') {
        // Adjacent emphases share the separator between them: "_a_ _b_"
        // needs a second pass.
        for _ in 0..2 {
            let before = text.len();
            text = replace_in(text, |t| {
                UNDERSCORE_EMPHASIS.replace_all(t, "${before}${text}${after}")
            });
            if text.len() == before {
                break;
            }
        }
    }
    if text.contains('~') {
        text = replace_in(text, |t| STRIKE.replace_all(t, "$text"));
    }
    if text.contains('<') {
        text = replace_in(text, |t| LINE_BREAK_TAG.replace_all(t, " "));
    }
    if escaped {
        text = Cow::Owned(
            text.chars()
                .map(|c| match c as u32 {
                    code @ ESCAPE_BASE..=0xF_007F => {
                        char::from_u32(code - ESCAPE_BASE).unwrap_or(c)
                    }
                    _ => c,
                })
                .collect(),
        );
    }
    // Removed images and empty links leave doubled spaces behind.
    if text.contains("  ") || text.starts_with(' ') || text.ends_with(' ') {
        text.split(' ')
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text.into_owned()
    }
}

/// `text` after `replace`, reusing it when nothing was replaced.
fn replace_in<'a>(text: Cow<'a, str>, replace: impl FnOnce(&str) -> Cow<'_, str>) -> Cow<'a, str> {
    let changed = match replace(&text) {
        Cow::Owned(changed) => Some(changed),
        Cow::Borrowed(_) => None,
    };
    changed.map_or(text, Cow::Owned)
}

static SNIFF_LINK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)"));
static SNIFF_HEADING: LazyLock<Regex> = LazyLock::new(|| compile(r"(?m)^#{1,6}[ \t]+\S"));
static SNIFF_EMPHASIS: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\*\*[^*\n]{1,100}\*\*|__[^_\n]{1,100}__|(?:^|[\s(«])\*[^*\s][^*\n]{0,100}\*")
});
static SNIFF_REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?m)^ {0,3}\[[^\]\n]+\]:[ \t]*\S"));

/// Whether `text` is Markdown rather than plain text: a heading on its first
/// line, or enough links, headings, images and emphasis pairs.
pub fn looks_like_markdown(text: &str) -> bool {
    // Markup shows early; sniffing a prefix keeps this cheap on large inputs.
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let first_line = sample.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if SNIFF_HEADING.is_match(first_line.trim_start()) {
        return true;
    }
    let count = |re: &Regex| re.find_iter(sample).take(8).count();
    let score = 2 * count(&SNIFF_LINK)
        + 2 * count(&SNIFF_HEADING)
        + 2 * count(&SNIFF_REFERENCE)
        + count(&SNIFF_EMPHASIS);
    score >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_inline_markup() {
        let md = "# La guerre des mots\n\nLe ministre a parlé de « *réforme* » et de **rupture**, selon [Le Monde](https://lemonde.fr/a) et _Libération_.\n\n![photo](https://img/x.jpg)\n\n## Une crise\n\n- premier point\n- second point avec [lien](https://ex.org)\n\nDu code `x = 1` et un \\*astérisque\\* et snake_case_name.";
        let out = markdown_to_text(md);
        assert_eq!(out.title.as_deref(), Some("La guerre des mots"));
        assert_eq!(
            out.text,
            "Le ministre a parlé de « réforme » et de rupture, selon Le Monde et Libération.\n\nUne crise\n\n- premier point\n\n- second point avec lien\n\nDu code x = 1 et un *astérisque* et snake_case_name."
        );
        assert_eq!(out.links, ["https://lemonde.fr/a", "https://ex.org"]);
    }

    #[test]
    fn unwraps_hard_wrapped_paragraphs() {
        let md = "Premier paragraphe qui continue\nsur la ligne suivante.\n\nSecond paragraphe.";
        assert_eq!(
            markdown_to_text(md).text,
            "Premier paragraphe qui continue sur la ligne suivante.\n\nSecond paragraphe."
        );
    }

    #[test]
    fn keeps_one_paragraph_per_line() {
        let long = "x".repeat(150);
        let md = format!("{long} [a](https://a.org)\n{long} _b_");
        let out = markdown_to_text(&md);
        assert_eq!(out.text, format!("{long} a\n\n{long} b"));
    }

    #[test]
    fn linked_images_and_references() {
        let md = "Voir [![logo](https://img/l.png)](https://site.org) et [ceci][1].\n\n[1]: https://ref.org";
        let out = markdown_to_text(md);
        assert_eq!(out.text, "Voir et ceci.");
        assert_eq!(out.links, ["https://site.org", "https://ref.org"]);
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_markdown("# Titre\n\nTexte."));
        assert!(looks_like_markdown(
            "Texte avec [un lien](https://a.org) et [un autre](https://b.org)."
        ));
        assert!(looks_like_markdown(
            "Titre\n\n## Partie\n\nTexte **gras** et *italique*."
        ));
        assert!(!looks_like_markdown(
            "Un texte ordinaire, avec #hashtag et 3 * 4 = 12, sans balisage."
        ));
        assert!(!looks_like_markdown("Il a dit *non* une fois."));
    }
}
