//! Turns a text and overlapping spans into well-formed, escaped HTML.
//!
//! Layers of a document overlap freely (a hedge inside a claim that starts
//! in the middle of a quote …) while HTML elements must nest. The text is
//! cut at every span boundary; between two boundaries the set of covering
//! spans is known, so the open elements are closed back to their common
//! prefix and the missing ones reopened. A span that crosses another is
//! thus drawn as several fragments, and only its first fragment carries
//! its label.

use std::cmp::Reverse;
use std::collections::BTreeSet;

/// The element a span becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tag {
    Span,
    /// A link to a page of this site: the href is built by the caller from
    /// corpus ids, never taken from article data.
    Link(String),
    /// A search match.
    Mark,
}

/// One span to draw over the text. Offsets are code points, end exclusive;
/// spans past the end of the text are clamped, empty ones are dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markup {
    pub start: usize,
    pub end: usize,
    pub tag: Tag,
    pub class: &'static str,
    pub title: Option<String>,
    /// Shown before the span by the style sheet (`data-label`), on its
    /// first fragment only, so it never enters the text itself.
    pub label: Option<String>,
}

impl Markup {
    pub fn new(start: usize, end: usize, tag: Tag, class: &'static str) -> Self {
        Markup {
            start,
            end,
            tag,
            class,
            title: None,
            label: None,
        }
    }

    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
}

/// Escapes text for HTML element content and double- or single-quoted
/// attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Renders `text` with `spans` as nested elements. The result is
/// well-formed, every character of `text` is escaped, and its text content
/// is exactly `text`.
pub fn render(text: &str, spans: &[Markup]) -> String {
    // Byte offset of every code point, plus the end of the text.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let len = bytes.len() - 1;
    let spans: Vec<&Markup> = spans.iter().filter(|s| s.start < s.end.min(len)).collect();
    let end_of = |s: &Markup| s.end.min(len);

    let mut boundaries: Vec<usize> = spans
        .iter()
        .flat_map(|s| [s.start, end_of(s)])
        .chain([0, len])
        .collect();
    boundaries.sort_unstable();
    boundaries.dedup();

    // Outer spans first: earlier start, then later end, then input order.
    // The key of a span never changes, so an element stays open as long as
    // every element opened before it does.
    type Key = (usize, Reverse<usize>, usize);
    let key = |i: usize| (spans[i].start, Reverse(end_of(spans[i])), i);
    let mut starting: Vec<usize> = (0..spans.len()).collect();
    starting.sort_by_key(|&i| spans[i].start);
    let mut next_start = 0;

    let mut out = String::with_capacity(text.len() + spans.len() * 48);
    let mut active: BTreeSet<Key> = BTreeSet::new();
    // Open elements: span index and the closing tag it was opened with.
    let mut open: Vec<(usize, &'static str)> = Vec::new();
    for pair in boundaries.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        active.retain(|&(_, Reverse(end), _)| end > from);
        while next_start < starting.len() && spans[starting[next_start]].start <= from {
            active.insert(key(starting[next_start]));
            next_start += 1;
        }
        let kept = open
            .iter()
            .zip(&active)
            .take_while(|((o, _), (_, _, a))| o == a)
            .count();
        for &(_, closer) in open[kept..].iter().rev() {
            out.push_str(closer);
        }
        open.truncate(kept);
        for &(_, _, i) in active.iter().skip(kept) {
            let inside_link = open.iter().any(|&(_, closer)| closer == "</a>");
            let closer = open_element(&mut out, spans[i], inside_link, from == spans[i].start);
            open.push((i, closer));
        }
        escape_into(&mut out, &text[bytes[from]..bytes[to]]);
    }
    for &(_, closer) in open.iter().rev() {
        out.push_str(closer);
    }
    out
}

/// Writes the opening tag of one fragment of `span` and returns its closing
/// tag. A link inside a link (two entities overlapping) is drawn as a plain
/// span, since HTML forbids nested anchors.
fn open_element(out: &mut String, span: &Markup, inside_link: bool, first: bool) -> &'static str {
    let (name, href, closer) = match &span.tag {
        Tag::Link(href) if !inside_link => ("a", Some(href.as_str()), "</a>"),
        Tag::Link(_) | Tag::Span => ("span", None, "</span>"),
        Tag::Mark => ("mark", None, "</mark>"),
    };
    out.push('<');
    out.push_str(name);
    if let Some(href) = href {
        attribute(out, "href", href);
    }
    if !span.class.is_empty() {
        attribute(out, "class", span.class);
    }
    if let Some(title) = &span.title {
        attribute(out, "title", title);
    }
    if let (true, Some(label)) = (first, &span.label) {
        attribute(out, "data-label", label);
    }
    out.push('>');
    closer
}

fn attribute(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape_into(out, value);
    out.push('"');
}

/// Snippet highlights are byte ranges into the snippet text; they become
/// `<mark>` spans. Ranges that do not fall on character boundaries are
/// dropped rather than trusted.
pub fn highlight(text: &str, ranges: &[(usize, usize)]) -> String {
    let to_char = |b: usize| text.get(..b).map(|head| head.chars().count());
    let marks: Vec<Markup> = ranges
        .iter()
        .filter_map(|&(a, b)| Some(Markup::new(to_char(a)?, to_char(b)?, Tag::Mark, "")))
        .collect();
    render(text, &marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Checks that `html` is a sequence of balanced `span`/`a`/`mark`
    /// elements with quoted, escaped attributes, that no anchor nests in
    /// another, and returns its text content, unescaped.
    fn text_content(html: &str) -> Result<String, String> {
        let mut stack: Vec<String> = Vec::new();
        let mut text = String::new();
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            match c {
                '<' => {
                    let end = rest.find('>').ok_or("unclosed tag")?;
                    let tag = &rest[1..end];
                    if let Some(name) = tag.strip_prefix('/') {
                        let open = stack.pop().ok_or("closing tag without opening")?;
                        if open != name {
                            return Err(format!("</{name}> closes <{open}>"));
                        }
                    } else {
                        let name = tag.split(' ').next().unwrap_or_default().to_string();
                        if !["span", "a", "mark"].contains(&name.as_str()) {
                            return Err(format!("unexpected element {name}"));
                        }
                        if name == "a" && stack.iter().any(|n| n == "a") {
                            return Err("nested anchors".into());
                        }
                        check_attributes(&tag[name.len()..])?;
                        stack.push(name);
                    }
                    rest = &rest[end + 1..];
                }
                '&' => {
                    let end = rest.find(';').ok_or("bare ampersand")?;
                    text.push(unescape_entity(&rest[..=end])?);
                    rest = &rest[end + 1..];
                }
                '>' | '"' | '\'' => return Err(format!("unescaped {c:?} in text")),
                c => {
                    text.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        if stack.is_empty() {
            Ok(text)
        } else {
            Err(format!("unclosed elements {stack:?}"))
        }
    }

    fn check_attributes(mut attrs: &str) -> Result<(), String> {
        while !attrs.is_empty() {
            let eq = attrs.find("=\"").ok_or("attribute without quoted value")?;
            let name = &attrs[..eq];
            if !name.starts_with(' ')
                || name[1..].contains(|c: char| !c.is_ascii_lowercase() && c != '-')
            {
                return Err(format!("bad attribute name {name:?}"));
            }
            let value_end = attrs[eq + 2..].find('"').ok_or("unterminated value")? + eq + 2;
            let value = &attrs[eq + 2..value_end];
            if value.contains(['<', '>', '\'']) {
                return Err(format!("unescaped attribute value {value:?}"));
            }
            attrs = &attrs[value_end + 1..];
        }
        Ok(())
    }

    fn unescape_entity(entity: &str) -> Result<char, String> {
        match entity {
            "&amp;" => Ok('&'),
            "&lt;" => Ok('<'),
            "&gt;" => Ok('>'),
            "&quot;" => Ok('"'),
            "&#39;" => Ok('\''),
            other => Err(format!("unknown entity {other}")),
        }
    }

    #[test]
    fn crossing_spans_are_split_and_nested() {
        // Offsets are code points: "Kostan" starts after "« Aurel ".
        let text = "« Aurel Kostan a menti », affirme-t-on.";
        let spans = [
            Markup::new(0, 24, Tag::Span, "quote").with_label("Serban"),
            Markup::new(2, 14, Tag::Link("/entities/3".into()), "ent ent-per"),
            Markup::new(8, 30, Tag::Span, "claim"),
        ];
        let html = render(text, &spans);
        assert_eq!(
            html,
            "<span class=\"quote\" data-label=\"Serban\">« \
             <a href=\"/entities/3\" class=\"ent ent-per\">Aurel \
             <span class=\"claim\">Kostan</span></a>\
             <span class=\"claim\"> a menti »</span></span>\
             <span class=\"claim\">, affi</span>rme-t-on."
        );
        assert_eq!(text_content(&html).as_deref(), Ok(text));
    }

    #[test]
    fn hostile_text_and_attributes_are_escaped() {
        let text = "<script>alert(1)</script> \" onmouseover=\"alert(1)";
        let spans = [Markup::new(0, 8, Tag::Span, "ent")
            .with_title("\" onmouseover=\"alert(1)")
            .with_label("<b>")];
        let html = render(text, &spans);
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("\" onmouseover"), "{html}");
        assert_eq!(text_content(&html).as_deref(), Ok(text));
    }

    #[test]
    fn nested_links_become_spans_and_bad_spans_are_ignored() {
        let text = "Northern Marches Compact";
        let spans = [
            Markup::new(0, 24, Tag::Link("/entities/1".into()), "ent"),
            Markup::new(9, 16, Tag::Link("/entities/2".into()), "ent"),
            Markup::new(5, 5, Tag::Span, "empty"),
            Markup::new(20, 10, Tag::Span, "inverted"),
            Markup::new(30, 40, Tag::Span, "outside"),
        ];
        let html = render(text, &spans);
        assert_eq!(
            html,
            "<a href=\"/entities/1\" class=\"ent\">Northern <span class=\"ent\">Marches</span> Compact</a>"
        );
    }

    #[test]
    fn snippet_highlights_are_byte_ranges() {
        // "Défense" starts at byte 3; the second range splits "é" and is dropped.
        let text = "la Défense a dit";
        assert_eq!(
            highlight(text, &[(3, 11), (4, 5)]),
            "la <mark>Défense</mark> a dit"
        );
    }

    fn markup() -> impl Strategy<Value = Markup> {
        (
            0usize..40,
            0usize..40,
            0u8..3,
            ".{0,6}",
            proptest::option::of(".{0,4}"),
        )
            .prop_map(|(start, end, tag, title, label)| {
                let tag = match tag {
                    0 => Tag::Span,
                    1 => Tag::Link(format!("/entities/{start}")),
                    _ => Tag::Mark,
                };
                Markup {
                    label,
                    ..Markup::new(start, end, tag, "layer").with_title(title)
                }
            })
    }

    proptest! {
        #[test]
        fn any_spans_give_well_formed_html_with_the_original_text(
            text in "[a-zé<>&\"' «»\n]{0,30}",
            spans in proptest::collection::vec(markup(), 0..12),
        ) {
            let html = render(&text, &spans);
            prop_assert_eq!(text_content(&html), Ok(text));
        }
    }
}
