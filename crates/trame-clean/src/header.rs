//! Header lines of text-only articles: title, bylines, outlet and date
//! lines, before the first body paragraph.

use std::sync::LazyLock;

use regex::Regex;
use trame_text::dates::find_date;

use crate::names::{is_agency, is_name_like, split_names, strip_decorations};
use crate::rules::compile;
use crate::HeaderMeta;

/// Header lines are among the first few; past them, a short line is a
/// subheading, not metadata.
pub(crate) const HEADER_WINDOW: usize = 6;

/// What a header line told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HeaderLine {
    /// The line repeats the title known from metadata.
    KnownTitle,
    Title,
    Byline,
    Dateline,
}

/// Words that open a byline: "Par X", "By X", "Автор: X", "Von X".
const BYLINE_MARKERS: &str = r"propos\s+recueillis\s+par|written\s+by|reported\s+by|story\s+by|words\s+by|par|by|von|por|di|авторы|автор|texte|text|текст";

/// The opening of a byline: a dash, a marker word, or both ("— Автор").
static BYLINE_START: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^(?:[—–-]\s*(?:(?:{BYLINE_MARKERS})(?:\s*:\s*|\s+))?|(?:{BYLINE_MARKERS})(?:\s*:\s*|\s+))"
    ))
});

/// Words introducing a date in a dateline: "Publié le", "Updated on".
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^|[\s,|–—-])(?:publié|publiée|mis\s+à\s+jour|mise\s+à\s+jour|published|updated|last\s+updated|posted|опубликовано|обновлено|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)(?:\s+(?:le|on|am|el|il|den))?\s*:?\s*$",
    )
});

/// Classifies one of the first lines. `first` is true while no header or
/// body line has been seen, the only place a title can be.
pub(crate) fn read_line(
    line: &str,
    first: bool,
    is_last: bool,
    known_title: Option<&str>,
    language: Option<&str>,
    meta: &mut HeaderMeta,
) -> Option<HeaderLine> {
    if first {
        if let Some(known) = known_title {
            if same_title(line, known) {
                return Some(HeaderLine::KnownTitle);
            }
        }
    }
    if let Some(byline) = byline(line, language) {
        for author in byline.authors {
            if !meta.authors.contains(&author) {
                meta.authors.push(author);
            }
        }
        set_once(&mut meta.published, byline.published);
        set_once(&mut meta.outlet, byline.outlet);
        return Some(HeaderLine::Byline);
    }
    if let Some((outlet, published)) = dateline(line) {
        set_once(&mut meta.outlet, outlet);
        set_once(&mut meta.published, Some(published));
        return Some(HeaderLine::Dateline);
    }
    if first && known_title.is_none() && !is_last && is_title_like(line) {
        meta.title = Some(line.to_string());
        return Some(HeaderLine::Title);
    }
    // A publication name alone on its line, under the byline or the date
    // ("Автор: …" / "13 января 2022 г." / "Вестник Пограничья").
    let after_byline = meta.published.is_some() || !meta.authors.is_empty();
    if !first && !is_last && after_byline && meta.outlet.is_none() && is_outlet_like(line) {
        meta.outlet = Some(line.to_string());
        return Some(HeaderLine::Dateline);
    }
    None
}

/// A short capitalised name: a few words, no digits, no sentence or field
/// punctuation.
fn is_outlet_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=5).contains(&words)
        && line.chars().next().is_some_and(char::is_uppercase)
        && !line
            .chars()
            .any(|c| c.is_ascii_digit() || ".:;!?,«»\"".contains(c))
}

fn set_once(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

/// Equal up to case and spacing, or the metadata title is the line plus an
/// outlet suffix ("Titre | Le Devoir").
fn same_title(line: &str, known: &str) -> bool {
    let line = normalise(line);
    let known = normalise(known);
    if line.is_empty() {
        return false;
    }
    line == known
        || known.strip_prefix(&line).is_some_and(|suffix| {
            [" | ", " - ", " – ", " — ", " : ", " · "]
                .iter()
                .any(|sep| suffix.starts_with(sep))
        })
}

fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A first line that reads as a headline: short, capitalised, without the
/// final period of a sentence.
fn is_title_like(line: &str) -> bool {
    let starts_well = line
        .chars()
        .next()
        .is_some_and(|c| !c.is_lowercase() && !"-–—•*(".contains(c));
    starts_well
        && line.chars().count() <= 200
        && line.split_whitespace().count() <= 30
        && !line.ends_with(['.', ',', ';', ':'])
}

struct Byline {
    authors: Vec<String>,
    published: Option<String>,
    outlet: Option<String>,
}

fn byline(line: &str, language: Option<&str>) -> Option<Byline> {
    if line.chars().count() > 160 {
        return None;
    }
    let start = BYLINE_START.find(line)?;
    let marker = start
        .as_str()
        .trim_start_matches(['—', '–', '-'])
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_lowercase();
    // "Von", "Por", "Di" start ordinary sentences or names in other
    // languages; trust them only when the article's language agrees.
    let marker_language = match marker.as_str() {
        "von" => Some("de"),
        "por" => Some("es"),
        "di" => Some("it"),
        _ => None,
    };
    if let (Some(expected), Some(actual)) = (marker_language, language) {
        if expected != actual {
            return None;
        }
    }
    let rest = &line[start.end()..];
    let (names_part, published) = match find_date(rest) {
        Some((range, value)) => (&rest[..range.start], Some(value)),
        None => (rest, None),
    };
    let mut segments = names_part.split(['|', '–', '—']);
    let names = segments.next().unwrap_or_default();
    let mut outlet = segments
        .map(strip_decorations)
        .find(|s| is_name_like(s, 1))
        .map(str::to_string);
    let mut authors = Vec::new();
    for piece in split_names(names) {
        if is_name_like(piece, 1) {
            if is_agency(piece) {
                outlet.get_or_insert_with(|| piece.to_string());
            } else {
                authors.push(piece.to_string());
            }
        } else if !is_descriptor(piece) {
            return None;
        }
    }
    (!authors.is_empty()).then_some(Byline {
        authors,
        published,
        outlet,
    })
}

/// "journaliste", "publié le", "correspondant à Moscou": lowercase words
/// around names in a byline, which neither make nor break it.
fn is_descriptor(piece: &str) -> bool {
    piece.split_whitespace().count() <= 4 && piece.chars().next().is_some_and(char::is_lowercase)
}

/// "Le Devoir, 16 janvier 2022", "Publié le 12 janv. 2022", "12 января 2022
/// г.": the outlet (if any) and the date.
fn dateline(line: &str) -> Option<(Option<String>, String)> {
    if line.chars().count() > 120 {
        return None;
    }
    let (range, value) = find_date(line)?;
    let after = line[range.end..].trim();
    if after.chars().count() > 40 {
        return None;
    }
    let mut before = line[..range.start].trim_end();
    if let Some(prefix) = DATE_PREFIX.find(before) {
        before = &before[..prefix.start()];
    }
    let before = trim_separators(before);
    let before = before
        .strip_suffix(" le")
        .map_or(before, trim_separators)
        .trim();
    if before.is_empty() {
        return Some((None, value));
    }
    let is_outlet = before.chars().count() <= 60
        && before.split_whitespace().count() <= 6
        && before
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !before.ends_with(['.', '!', '?']);
    is_outlet.then(|| (Some(before.to_string()), value))
}

fn trim_separators(s: &str) -> &str {
    s.trim_end_matches(|c: char| c.is_whitespace() || ",;:|–—-".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> (Option<HeaderLine>, HeaderMeta) {
        let mut meta = HeaderMeta::default();
        let kind = read_line(line, false, false, None, None, &mut meta);
        (kind, meta)
    }

    #[test]
    fn bylines() {
        let (kind, meta) = read("Par Jeanne Martin et Paul Durand");
        assert_eq!(kind, Some(HeaderLine::Byline));
        assert_eq!(meta.authors, ["Jeanne Martin", "Paul Durand"]);

        let (_, meta) = read("By Jane Roe, Jan. 12, 2022 at 10:00");
        assert_eq!(meta.authors, ["Jane Roe"]);
        assert_eq!(meta.published.as_deref(), Some("2022-01-12"));

        let (_, meta) = read("— Автор Иван Петров");
        assert_eq!(meta.authors, ["Иван Петров"]);
        let (_, meta) = read("Автор: Иван Петров");
        assert_eq!(meta.authors, ["Иван Петров"]);

        let (_, meta) = read("By Jane Roe | Reuters");
        assert_eq!(meta.authors, ["Jane Roe"]);
        assert_eq!(meta.outlet.as_deref(), Some("Reuters"));

        let (_, meta) = read("Von Anna Schmidt");
        assert_eq!(meta.authors, ["Anna Schmidt"]);

        for body in [
            "Par ailleurs, le gouvernement a tranché.",
            "By the end of the year, prices had doubled.",
            "Von Berlin aus gesehen ist das anders.",
            "Di Maio ha detto che il governo cadrà presto, secondo fonti vicine.",
        ] {
            assert_eq!(read(body).0, None, "{body}");
        }
    }

    #[test]
    fn outlet_alone_under_the_byline() {
        let mut meta = HeaderMeta {
            authors: vec!["Клара Уэксфорд".into()],
            ..HeaderMeta::default()
        };
        let kind = read_line(
            "Вестник Пограничья",
            false,
            false,
            None,
            Some("ru"),
            &mut meta,
        );
        assert_eq!(kind, Some(HeaderLine::Dateline));
        assert_eq!(meta.outlet.as_deref(), Some("Вестник Пограничья"));
        // Without a byline or date above it, a short line is no outlet.
        assert_eq!(read("Вестник Пограничья").0, None);
        assert_eq!(read("Région : Europe").0, None);
    }

    #[test]
    fn datelines() {
        let (kind, meta) = read("Le Devoir, 16 janvier 2022");
        assert_eq!(kind, Some(HeaderLine::Dateline));
        assert_eq!(meta.outlet.as_deref(), Some("Le Devoir"));
        assert_eq!(meta.published.as_deref(), Some("2022-01-16"));

        let (_, meta) = read("Publié le 12 janv. 2022 à 10h30");
        assert_eq!(meta.outlet, None);
        assert_eq!(meta.published.as_deref(), Some("2022-01-12"));

        let (_, meta) = read("12 января 2022 г.");
        assert_eq!(meta.published.as_deref(), Some("2022-01-12"));

        let line = "Le 16 janvier 2022, le gouvernement a annoncé une réforme des retraites très contestée.";
        assert_eq!(read(line).0, None);
    }

    #[test]
    fn titles() {
        let mut meta = HeaderMeta::default();
        let kind = read_line("La guerre des mots", true, false, None, None, &mut meta);
        assert_eq!(kind, Some(HeaderLine::Title));
        assert_eq!(meta.title.as_deref(), Some("La guerre des mots"));

        let kind = read_line(
            "La guerre des mots",
            true,
            false,
            Some("La guerre des mots | Le Devoir"),
            None,
            &mut HeaderMeta::default(),
        );
        assert_eq!(kind, Some(HeaderLine::KnownTitle));

        let sentence = "Le gouvernement a tranché.";
        let kind = read_line(
            sentence,
            true,
            false,
            None,
            None,
            &mut HeaderMeta::default(),
        );
        assert_eq!(kind, None);
    }
}
