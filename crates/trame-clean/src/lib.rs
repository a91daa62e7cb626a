//! Cleanup of the main text of an article after extraction: header lines
//! (title, bylines, outlet and date) move to [`HeaderMeta`], boilerplate
//! paragraphs (disclaimers, copyright, share and donation prompts, link
//! lists…) to [`Cleaned::boilerplate`], and the article's statements about
//! its own origin (original, translators, republication) are parsed into a
//! [`Provenance`]. Markdown input is converted first with
//! [`markdown_to_text`].
//!
//! Everything works on whole lines: each non-empty line is a paragraph, and
//! the clean text only ever holds input lines (trimmed), never rewritten
//! ones, so every character of it can be traced back to the source.

mod header;
mod markdown;
mod names;
mod provenance;
mod rules;
mod signature;

pub use markdown::{looks_like_markdown, markdown_to_text, MarkdownText};
use trame_doc::{Boilerplate, BoilerplateKind, Provenance};

use crate::header::HEADER_WINDOW;
use crate::provenance::OriginalStatement;
use crate::rules::Rule;

/// What the caller already knows about the article.
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanOptions<'a> {
    /// ISO 639-1 code, when known: byline markers that are ordinary words in
    /// other languages ("Von", "Por", "Di") are trusted only in their own.
    pub language: Option<&'a str>,
    /// Title from the HTML metadata: a header line equal to it is dropped,
    /// not re-detected.
    pub known_title: Option<&'a str>,
}

/// Metadata read from the header lines of the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD`, or RFC 3339 when a time and offset were given.
    pub published: Option<String>,
    pub outlet: Option<String>,
}

/// The result of [`clean`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// The body paragraphs, joined by `"\n\n"`.
    pub text: String,
    pub header: HeaderMeta,
    /// Removed lines in document order; a statement spread over several
    /// lines is one entry with its lines joined by `'\n'`.
    pub boilerplate: Vec<Boilerplate>,
    /// Original, translators and republication sources; `links` stays empty
    /// (the caller collects the document's URLs).
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineClass {
    Body,
    Removed(BoilerplateKind),
    /// Continues the statement of the removed line just before it.
    Continuation,
}

struct Line<'t> {
    text: &'t str,
    class: LineClass,
    /// The rules the line matches, best first (see `classify_lines`).
    rules: Vec<Rule>,
}

/// Signature lines that may close an article: a name, then a biography.
const MAX_SIGNATURE_LINES: usize = 2;
/// Lines after "Article original :" that may still belong to it (title,
/// outlet and date, URL).
const MAX_ORIGINAL_DETAIL_LINES: usize = 3;
/// Long body paragraphs in a row that end the closing zone, walking up
/// from the end.
const TAIL_BODY_RUN: usize = 3;

/// Cleans article text whose paragraphs are separated by newlines.
pub fn clean(text: &str, opts: &CleanOptions) -> Cleaned {
    let mut lines: Vec<Line> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|text| Line {
            text,
            class: LineClass::Body,
            rules: Vec::new(),
        })
        .collect();
    classify_lines(&mut lines);
    let mut header = HeaderMeta::default();
    let mut provenance = Provenance::default();
    read_header(&mut lines, opts, &mut header);
    remove_boilerplate(&mut lines, &mut provenance);
    remove_closing_lines(&mut lines, &mut header, &mut provenance);
    assemble(&lines, header, provenance)
}

/// Matches every line against the rules. Disclaimers and permission
/// notices long enough to pass for paragraphs sit in the header or among the
/// closing lines; deep in the body, long lines are only checked against the
/// anchored rules. That spares most of the text the unanchored search, the
/// costliest step of `clean`.
fn classify_lines(lines: &mut [Line]) {
    let mut body_run = 0;
    let mut closing_zone_start = 0;
    for i in (0..lines.len()).rev() {
        let line = &mut lines[i];
        line.rules = rules::classify(line.text, true);
        if line.rules.is_empty() && !rules::is_short(line.text) {
            body_run += 1;
            if body_run == TAIL_BODY_RUN {
                closing_zone_start = i;
                break;
            }
        } else {
            body_run = 0;
        }
    }
    for (i, line) in lines[..closing_zone_start].iter_mut().enumerate() {
        line.rules = rules::classify(line.text, i < HEADER_WINDOW);
    }
}

fn read_header(lines: &mut [Line], opts: &CleanOptions, meta: &mut HeaderMeta) {
    let mut first = true;
    let count = lines.len();
    for (i, line) in lines.iter_mut().enumerate().take(HEADER_WINDOW) {
        // Share buttons or breadcrumbs above the title: the boilerplate pass
        // removes them; they neither end the header nor take the title slot.
        if !line.rules.is_empty() {
            continue;
        }
        let is_last = i + 1 == count;
        let read = header::read_line(
            line.text,
            first,
            is_last,
            opts.known_title,
            opts.language,
            meta,
        );
        if read.is_none() {
            break;
        }
        line.class = LineClass::Removed(BoilerplateKind::Byline);
        first = false;
    }
}

fn remove_boilerplate(lines: &mut [Line], provenance: &mut Provenance) {
    let mut i = 0;
    while i < lines.len() {
        if lines[i].class != LineClass::Body {
            i += 1;
            continue;
        }
        let text = lines[i].text;
        let mut next = i + 1;
        for r in 0..lines[i].rules.len() {
            let rule = lines[i].rules[r];
            let removed = match rule {
                Rule::Boilerplate(kind) => Some(kind),
                Rule::ReadAlso => {
                    if is_bare_prompt(text) && next < lines.len() && is_link_title(&lines[next]) {
                        lines[next].class = LineClass::Continuation;
                        next += 1;
                    }
                    Some(BoilerplateKind::Navigation)
                }
                Rule::OriginalArticle => {
                    provenance::original_article(text, provenance).map(|statement| {
                        next = take_original_details(lines, next, statement, provenance);
                        BoilerplateKind::Provenance
                    })
                }
                Rule::Translation => {
                    provenance::translation(text, provenance).then_some(BoilerplateKind::Provenance)
                }
                Rule::Republished => {
                    provenance::republished(text, provenance).then_some(BoilerplateKind::Provenance)
                }
                // Decided with the closing lines.
                Rule::Source => None,
            };
            if let Some(kind) = removed {
                lines[i].class = LineClass::Removed(kind);
                break;
            }
        }
        i = next;
    }
}

/// "Lire aussi :" or "Read more" with nothing after it.
fn is_bare_prompt(text: &str) -> bool {
    text.ends_with(':') || text.chars().count() <= 25
}

/// The linked headline after a bare "Lire aussi :" prompt.
fn is_link_title(line: &Line) -> bool {
    is_unclassified(line) && line.text.chars().count() <= 200 && !line.text.ends_with('.')
}

fn is_unclassified(line: &Line) -> bool {
    line.class == LineClass::Body && line.rules.is_empty()
}

/// Marks the lines continuing an original-article statement; returns the
/// index after them.
fn take_original_details(
    lines: &mut [Line],
    mut next: usize,
    statement: OriginalStatement,
    provenance: &mut Provenance,
) -> usize {
    let start = next;
    while next < lines.len() && next < start + MAX_ORIGINAL_DETAIL_LINES {
        let line = &lines[next];
        let title_follows = statement == OriginalStatement::DetailsFollow && next == start;
        let belongs = is_unclassified(line)
            && if title_follows {
                line.text.chars().count() <= 300
            } else {
                provenance::is_details_line(line.text)
            };
        if !belongs {
            break;
        }
        provenance::original_details(line.text, provenance);
        lines[next].class = LineClass::Continuation;
        next += 1;
    }
    next
}

/// Walks up from the end over removed lines: "Source :" statements and
/// signature lines count only there, after the body.
fn remove_closing_lines(lines: &mut [Line], header: &mut HeaderMeta, provenance: &mut Provenance) {
    let mut signatures = 0;
    for i in (0..lines.len()).rev() {
        if lines[i].class != LineClass::Body {
            continue;
        }
        // Never empty the body to explain it.
        if !lines[..i].iter().any(|l| l.class == LineClass::Body) {
            break;
        }
        let text = lines[i].text;
        if lines[i].rules.contains(&Rule::Source) && provenance::source(text, provenance) {
            lines[i].class = LineClass::Removed(BoilerplateKind::Provenance);
            continue;
        }
        if signatures < MAX_SIGNATURE_LINES {
            if let Some(name) = signature::signature(text, &header.authors) {
                lines[i].class = LineClass::Removed(BoilerplateKind::Byline);
                signatures += 1;
                if header.authors.is_empty() {
                    header.authors.push(name);
                }
                continue;
            }
        }
        break;
    }
}

const SOFT_HYPHEN: char = '\u{AD}';

fn assemble(lines: &[Line], header: HeaderMeta, provenance: Provenance) -> Cleaned {
    let mut body: Vec<&str> = Vec::with_capacity(lines.len());
    let mut boilerplate: Vec<Boilerplate> = Vec::new();
    for line in lines {
        match line.class {
            LineClass::Body => body.push(line.text),
            LineClass::Removed(kind) => boilerplate.push(Boilerplate {
                kind,
                text: line.text.to_string(),
            }),
            LineClass::Continuation => {
                if let Some(statement) = boilerplate.last_mut() {
                    statement.text.push('\n');
                    statement.text.push_str(line.text);
                }
            }
        }
    }
    let mut text = body.join("\n\n");
    // A soft hyphen is an invisible hyphenation hint: left in, "du \u{AD}Japon"
    // neither looks capitalised nor matches the knowledge base, and a search
    // for "Japon" misses it.
    if text.contains(SOFT_HYPHEN) {
        text.retain(|c| c != SOFT_HYPHEN);
    }
    Cleaned {
        text,
        header,
        boilerplate,
        provenance,
    }
}

#[cfg(test)]
mod tests;
