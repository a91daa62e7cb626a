//! Statements an article makes about where it comes from: its original,
//! its translators, the outlets it was republished from.
//!
//! The `*_MARKER` constants are regex bodies shared with the line classifier
//! (`rules`), which finds the statements by their opening words; the
//! functions here parse the few lines it found. They locate the marker with
//! `find` (DFA only) and split the rest in code: capture groups would run
//! the backtracker over these large alternations.

use std::sync::LazyLock;

use regex::Regex;
use trame_doc::{Original, Provenance};
use trame_text::dates::find_date;

use crate::names::{is_name_like, split_names, strip_decorations};
use crate::rules::{anchored, compile};

/// "Article original en anglais :", "Original article:", "Оригинал статьи:".
pub(crate) const ORIGINAL_ARTICLE_MARKER: &str = r"(?:(?:lien\s+vers\s+l['’]|link\s+to\s+the\s+)?(?:article|texte|version|source|lien|publication)\s+(?:original|originale|d['’]origine)(?:\s+(?:publi[ée]e?|paru)e?)?(?:\s+(?:en|in)\s+\p{L}+)?|original(?:\s+(?:article|text|story|version|source|post))?(?:\s+in\s+\p{L}+)?|оригинал(?:\s+статьи)?(?:\s+на\s+\p{L}+(?:\s+языке)?)?|оригинальная\s+статья|первоисточник|original(?:artikel|text|beitrag|fassung)(?:\s+auf\s+\p{L}+)?|art[íi]culo\s+original(?:\s+en\s+\p{L}+)?|texto\s+original|articolo\s+originale(?:\s+in\s+\p{L}+)?|testo\s+originale)\s*:";

/// "Traduction", "Traduit de l'anglais par", "Перевод", "Übersetzung".
pub(crate) const TRANSLATION_MARKER: &str = r"(?:traduction(?:\s+et\s+adaptation)?|traduit|traduite|traductrice|traducteur|translation|translated|translator|перевод|перевела|перевёл|перевел|переводчик|übersetzung|übersetzt|aus\s+dem\s+\p{L}+\s+übersetzt(?:\s+von)?|traducci[óo]n|traducido|traducida|traductora|traductor|traduzione|tradotto|tradotta|traduttrice|traduttore)";

/// "La source originale de cet article est", "First published", "Republished
/// from", "Оригинал опубликован", "Zuerst erschienen", "Publicado
/// originalmente", "Pubblicato originariamente".
pub(crate) const REPUBLISHED_MARKER: &str = r"(?:(?:la\s+)?source\s+originale\s+(?:de\s+cet\s+article\s+)?est|cet\s+article\s+(?:a\s+été\s+|a\s+d['’]abord\s+été\s+|est\s+)?(?:initialement\s+|originellement\s+|d['’]abord\s+|originalement\s+|à\s+l['’]origine\s+)?(?:publié|paru)(?:\s+(?:initialement|originellement|d['’]abord|à\s+l['’]origine|pour\s+la\s+première\s+fois))?|(?:publiée?|parue?)\s+(?:initialement|originellement|à\s+l['’]origine|d['’]abord|pour\s+la\s+première\s+fois|originalement)|(?:initialement|originellement|d['’]abord)\s+(?:publiée?|parue?)|this\s+(?:article|story|piece|essay|post|column|op-ed|interview)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:first\s+|originally\s+|initially\s+)?(?:published|appeared|ran|posted|republished)|(?:first|originally|initially)\s+(?:published|appeared|posted|ran)|(?:republished|reprinted|reposted|cross-?posted)\s+(?:from|with\s+permission\s+(?:from|of)|by\s+permission\s+of)|оригинал\s+(?:опубликован|публикации)|(?:впервые|первоначально|изначально)\s+опубликова\p{L}*|(?:статья|материал)\s+(?:впервые\s+|первоначально\s+)?опубликова\p{L}*|(?:zuerst|erstmals|ursprünglich)\s+(?:erschienen|veröffentlicht)|erstveröffentlichung|dieser\s+(?:artikel|beitrag|text)\s+(?:ist|erschien|wurde)\s+(?:zuerst|ursprünglich|erstmals)(?:\s+(?:erschienen|veröffentlicht))?|publicad[oa]\s+(?:originalmente|originariamente|por\s+primera\s+vez|inicialmente)|este\s+art[íi]culo\s+(?:fue\s+publicado|se\s+public[óo]|apareci[óo])\s+(?:originalmente|originariamente|por\s+primera\s+vez|inicialmente)|pubblicat[oa]\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta|inizialmente)|questo\s+articolo\s+(?:è\s+stato\s+pubblicato|è\s+apparso)\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta|inizialmente))";
/// The separator and preposition between the marker and the outlet.
const REPUBLISHED_CONNECTOR: &str = r"(?:\s*[:,]\s*|\s+)(?:(?:in|on|at|by|from|sur|dans|par|chez|en|в|на|у|bei|auf|von|im|por|su|da|sul|sulla|nel|nella|dal|dalla)\s+)?";

/// "Source :", "Источник:", "Quelle:": provenance only in the closing lines
/// (in the body it credits a figure or a chart).
pub(crate) const SOURCE_MARKER: &str =
    r"(?:source|sources|источник|источники|quelle|quellen|fuente|fuentes|fonte|fonti)\s*:";

static ORIGINAL_ARTICLE: LazyLock<Regex> = LazyLock::new(|| statement(ORIGINAL_ARTICLE_MARKER, ""));
static TRANSLATION: LazyLock<Regex> = LazyLock::new(|| statement(TRANSLATION_MARKER, ""));
static REPUBLISHED: LazyLock<Regex> =
    LazyLock::new(|| statement(REPUBLISHED_MARKER, REPUBLISHED_CONNECTOR));
static SOURCE: LazyLock<Regex> = LazyLock::new(|| statement(SOURCE_MARKER, ""));
static URL: LazyLock<Regex> = LazyLock::new(|| compile(r#"https?://[^\s<>"«»]+"#));

fn statement(marker: &str, connector: &str) -> Regex {
    compile(&anchored(&format!("(?:{marker}){connector}")))
}

/// "… par X" inside a list of translators: the agent of the translation.
static AGENT_MARKER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\s(?:par|by|von|por|di|da)\s"));

/// Where a translation or original statement leaves the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OriginalStatement {
    /// The title and details were on the same line.
    Complete,
    /// "Article original en anglais :" alone: the title is on the next line.
    DetailsFollow,
}

/// "Article original en anglais : TITLE, OUTLET, le 12 janvier 2022".
pub(crate) fn original_article(
    line: &str,
    provenance: &mut Provenance,
) -> Option<OriginalStatement> {
    let marker = ORIGINAL_ARTICLE.find(line)?;
    let rest = line[marker.end()..].trim();
    let original = provenance.original.get_or_insert_with(Original::default);
    if original.language.is_none() {
        original.language = language_in(marker.as_str()).map(str::to_string);
    }
    if rest.is_empty() {
        return Some(OriginalStatement::DetailsFollow);
    }
    fill_original(rest, original);
    Some(OriginalStatement::Complete)
}

/// A line after "Article original :": the title first, then outlet, date or
/// URL lines. A title alone on its line is taken whole, commas included.
pub(crate) fn original_details(line: &str, provenance: &mut Provenance) {
    let original = provenance.original.get_or_insert_with(Original::default);
    if original.title.is_none() && !is_details_line(line) {
        original.title = Some(strip_decorations(line).to_string());
    } else {
        fill_original(line, original);
    }
}

/// Whether a line may continue an original-article statement after its
/// title: a date or URL line ("Global Research, 12 janvier 2022").
pub(crate) fn is_details_line(line: &str) -> bool {
    line.len() <= 200 && (URL.is_match(line) || find_date(line).is_some())
}

fn fill_original(text: &str, original: &mut Original) {
    let (text, urls) = take_urls(text);
    if original.url.is_none() {
        original.url = urls.into_iter().next();
    }
    let text = match find_date(&text) {
        Some((range, value)) => {
            original.date.get_or_insert(value);
            let before = trim_trailing_connectors(&text[..range.start]);
            let after = text[range.end..].trim_start_matches([')', ' ', ',', '.', ';']);
            if after.is_empty() {
                before.to_string()
            } else {
                format!("{before}, {after}")
            }
        }
        None => text,
    };
    let (quoted_title, rest) = split_quoted(&text);
    let mut pieces: Vec<&str> = Vec::new();
    for piece in rest
        .split(',')
        .map(strip_decorations)
        .filter(|p| !p.is_empty())
    {
        match strip_agent(piece) {
            Some(authors) => original.authors.extend(
                split_names(authors)
                    .filter(|n| is_name_like(n, 1))
                    .map(String::from),
            ),
            None => pieces.push(piece),
        }
    }
    if original.title.is_none() {
        if let Some(title) = quoted_title {
            original.title = Some(title.to_string());
        } else if let Some((outlet, title_parts)) = pieces.split_last() {
            // Titles may hold commas, outlet names rarely do: the last piece
            // is the outlet.
            if title_parts.is_empty() {
                original.title = Some((*outlet).to_string());
            } else {
                original.title = Some(title_parts.join(", "));
                original.outlet.get_or_insert_with(|| (*outlet).to_string());
            }
            return;
        }
    }
    if let Some(outlet) = pieces.first() {
        original.outlet.get_or_insert_with(|| (*outlet).to_string());
    }
}

/// A title in quotation marks at the start of `text`, and what follows it.
fn split_quoted(text: &str) -> (Option<&str>, &str) {
    let text = text.trim();
    let Some(open) = text.chars().next() else {
        return (None, text);
    };
    let close = match open {
        '«' => '»',
        '“' => '”',
        '"' => '"',
        '„' => '“',
        _ => return (None, text),
    };
    let inner = &text[open.len_utf8()..];
    match inner.find(close) {
        Some(end) => (Some(inner[..end].trim()), &inner[end + close.len_utf8()..]),
        None => (None, text),
    }
}

/// "par X", "by X": the names after the preposition.
fn strip_agent(piece: &str) -> Option<&str> {
    let lower = piece.get(..4)?.to_lowercase();
    ["par ", "by ", "von ", "por ", "di "]
        .iter()
        .find(|prefix| lower.starts_with(*prefix))
        .map(|prefix| piece[prefix.len()..].trim())
}

/// "Traduit de l'anglais par X pour Y" → translators `[X]`, original
/// language `en`. False when no name follows the marker.
pub(crate) fn translation(line: &str, provenance: &mut Provenance) -> bool {
    let Some(marker) = TRANSLATION.find(line) else {
        return false;
    };
    let Some(names_start) = translator_names_start(&line[marker.end()..]) else {
        return false;
    };
    let mut head_end = marker.end() + names_start;
    let mut names = cut_at_qualifiers(&line[head_end..]);
    // "Translated from the French by X": the lazy head stopped at "French".
    if let Some(agent) = AGENT_MARKER.find_iter(names).last() {
        head_end += agent.end();
        names = &names[agent.end()..];
    }
    let translators: Vec<String> = split_names(names)
        .filter(|name| is_name_like(name, 1))
        .map(String::from)
        .collect();
    if translators.is_empty() {
        return false;
    }
    for translator in translators {
        if !provenance.translated_by.contains(&translator) {
            provenance.translated_by.push(translator);
        }
    }
    if let Some(language) = language_in(&line[..head_end]) {
        let original = provenance.original.get_or_insert_with(Original::default);
        original
            .language
            .get_or_insert_with(|| language.to_string());
    }
    true
}

/// Where the names start after a translation marker: after a colon, or at
/// the first capitalised word ("de l'anglais par Hervé"). The language part
/// in between is short.
fn translator_names_start(after_marker: &str) -> Option<usize> {
    const MAX_HEAD: usize = 60;
    let start = match after_marker.find(':') {
        Some(colon) if colon <= MAX_HEAD => {
            let names = &after_marker[colon + 1..];
            colon + 1 + (names.len() - names.trim_start().len())
        }
        _ => {
            let mut offset = 0;
            after_marker.split(' ').find_map(|word| {
                let at = offset;
                offset += word.len() + 1;
                word.chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    .then_some(at)
            })?
        }
    };
    let starts_with_capital = after_marker[start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    (start <= MAX_HEAD + 2 && starts_with_capital).then_some(start)
}

/// What follows the translators' names: who they worked for, who
/// proofread.
fn cut_at_qualifiers(names: &str) -> &str {
    const QUALIFIERS: &[&str] = &[
        " pour ", " for ", " für ", " para ", " per ", " для ", ", relu", " relu", ", révis",
        ", edited", " (", ";", " – ", " — ", " | ", " / ",
    ];
    let end = QUALIFIERS
        .iter()
        .filter_map(|q| names.find(q))
        .min()
        .unwrap_or(names.len());
    &names[..end]
}

/// "La source originale de cet article est Global Research" → republished
/// from `[Global Research]`, original outlet `Global Research` if unset.
pub(crate) fn republished(line: &str, provenance: &mut Provenance) -> bool {
    let Some(marker) = REPUBLISHED.find(line) else {
        return false;
    };
    record_origin(&line[marker.end()..], provenance, true)
}

/// "Source : Y" among the closing lines.
pub(crate) fn source(line: &str, provenance: &mut Provenance) -> bool {
    let Some(marker) = SOURCE.find(line) else {
        return false;
    };
    record_origin(&line[marker.end()..], provenance, false)
}

fn record_origin(rest: &str, provenance: &mut Provenance, is_original: bool) -> bool {
    let (text, urls) = take_urls(rest);
    let mut date = None;
    let mut text = text.as_str();
    if let Some((range, value)) = find_date(text) {
        date = Some(value);
        text = trim_trailing_connectors(&text[..range.start]);
    }
    const QUALIFIERS: &[&str] = &[
        "(",
        ",",
        ". ",
        " under ",
        " with permission",
        " with the ",
        " avec ",
        " sous ",
        " unter ",
        " con ",
        " bajo ",
        " и ",
        " on ",
        " le ",
    ];
    let end = QUALIFIERS
        .iter()
        .filter_map(|q| text.find(q))
        .min()
        .unwrap_or(text.len());
    let outlet = strip_decorations(trim_trailing_connectors(&text[..end]));
    let outlet_is_name = !outlet.is_empty()
        && outlet.len() <= 100
        && outlet.split_whitespace().count() <= 8
        && outlet.chars().next().is_some_and(char::is_uppercase);
    let url = urls.into_iter().next();
    if !outlet_is_name && url.is_none() {
        // "Оригинал опубликован 12 января 2022 г. под заголовком «…»": no
        // outlet, but the date and the original title are worth keeping.
        let title = quoted_title(rest);
        if !is_original || (date.is_none() && title.is_none()) {
            return false;
        }
        let original = provenance.original.get_or_insert_with(Original::default);
        if let Some(date) = date {
            original.date.get_or_insert(date);
        }
        if let Some(title) = title {
            original.title.get_or_insert(title);
        }
        return true;
    }
    let origin = if outlet_is_name {
        outlet.to_string()
    } else {
        url.clone().unwrap_or_default()
    };
    if !provenance.republished_from.contains(&origin) {
        provenance.republished_from.push(origin);
    }
    if is_original {
        let original = provenance.original.get_or_insert_with(Original::default);
        if outlet_is_name {
            original.outlet.get_or_insert_with(|| outlet.to_string());
        }
        if let Some(url) = url {
            original.url.get_or_insert(url);
        }
        if let Some(date) = date {
            original.date.get_or_insert(date);
        }
    }
    true
}

/// The first title in quotation marks: «…», “…” or "…".
fn quoted_title(text: &str) -> Option<String> {
    [('«', '»'), ('“', '”'), ('"', '"')]
        .iter()
        .find_map(|&(open, close)| {
            let start = text.find(open)? + open.len_utf8();
            let len = text[start..].find(close)?;
            let title = text[start..start + len].trim();
            (!title.is_empty()).then(|| title.to_string())
        })
}

/// `text` without its URLs, and the URLs in order.
fn take_urls(text: &str) -> (String, Vec<String>) {
    let mut urls = Vec::new();
    let mut rest = String::with_capacity(text.len());
    let mut last = 0;
    for m in URL.find_iter(text) {
        rest.push_str(&text[last..m.start()]);
        last = m.end();
        urls.push(
            m.as_str()
                .trim_end_matches(['.', ',', ';', ':', ')', '!', '?'])
                .to_string(),
        );
    }
    rest.push_str(&text[last..]);
    (rest.trim().to_string(), urls)
}

/// Drops the words that introduced a removed date: "OUTLET, le" → "OUTLET".
fn trim_trailing_connectors(s: &str) -> &str {
    const CONNECTORS: &[&str] = &[
        "le",
        "du",
        "on",
        "published",
        "publié",
        "publiée",
        "от",
        "vom",
        "am",
        "del",
        "el",
        "il",
        "den",
        "in",
        "en",
        "в",
        "dated",
    ];
    let mut s = s;
    loop {
        s = s.trim_end_matches([' ', ',', ';', ':', '-', '–', '—', '(', '\u{a0}']);
        let (head, last_word) = match s.rfind(' ') {
            Some(pos) => (&s[..pos], &s[pos + 1..]),
            None => ("", s),
        };
        if last_word.is_empty() || !CONNECTORS.contains(&last_word.to_lowercase().as_str()) {
            return s;
        }
        s = head;
    }
}

/// The ISO 639-1 code of the first language name in `text` ("anglais",
/// "English", "английского", "Englischen", "inglés", "inglese", …).
pub(crate) fn language_in(text: &str) -> Option<&'static str> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .filter_map(|word| {
            // "l'anglais", "dall'inglese"
            let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
            (word.chars().count() >= 4).then(|| language_code(&word.to_lowercase()))
        })
        .flatten()
        .next()
}

/// Language names by stem: their inflections share the first letters.
fn language_code(word: &str) -> Option<&'static str> {
    const STEMS: &[(&str, &str)] = &[
        ("angl", "en"),
        ("engl", "en"),
        ("ingl", "en"),
        ("англ", "en"),
        ("fran", "fr"),
        ("french", "fr"),
        ("франц", "fr"),
        ("russ", "ru"),
        ("ruso", "ru"),
        ("русск", "ru"),
        ("allem", "de"),
        ("alem", "de"),
        ("deutsch", "de"),
        ("german", "de"),
        ("tedesc", "de"),
        ("немец", "de"),
        ("espa", "es"),
        ("spani", "es"),
        ("spagn", "es"),
        ("испан", "es"),
        ("ital", "it"),
        ("итал", "it"),
        ("arab", "ar"),
        ("араб", "ar"),
        ("chin", "zh"),
        ("cines", "zh"),
        ("кита", "zh"),
        ("portug", "pt"),
        ("порту", "pt"),
        ("néerl", "nl"),
        ("neerl", "nl"),
        ("dutch", "nl"),
        ("niederl", "nl"),
        ("holand", "nl"),
        ("oland", "nl"),
        ("нидерл", "nl"),
        ("голланд", "nl"),
        ("ukrain", "uk"),
        ("ucrain", "uk"),
        ("украин", "uk"),
        ("polon", "pl"),
        ("polish", "pl"),
        ("polnisch", "pl"),
        ("polac", "pl"),
        ("польск", "pl"),
        ("japon", "ja"),
        ("japan", "ja"),
        ("giappon", "ja"),
        ("япон", "ja"),
        ("persan", "fa"),
        ("persian", "fa"),
        ("персид", "fa"),
        ("turc", "tr"),
        ("turk", "tr"),
        ("türk", "tr"),
        ("турец", "tr"),
        ("hébr", "he"),
        ("hebr", "he"),
        ("ebrai", "he"),
        ("иврит", "he"),
    ];
    STEMS
        .iter()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|&(_, code)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lines: &[&str]) -> Provenance {
        let mut provenance = Provenance::default();
        for line in lines {
            let handled = original_article(line, &mut provenance).is_some()
                || translation(line, &mut provenance)
                || republished(line, &mut provenance)
                || source(line, &mut provenance);
            assert!(handled, "not a provenance statement: {line}");
        }
        provenance
    }

    #[test]
    fn original_article_on_one_line() {
        let p = parse(&[
            "Article original en anglais : The Fog of War, Global Research, le 12 janvier 2022",
        ]);
        let original = p.original.unwrap();
        assert_eq!(original.title.as_deref(), Some("The Fog of War"));
        assert_eq!(original.outlet.as_deref(), Some("Global Research"));
        assert_eq!(original.date.as_deref(), Some("2022-01-12"));
        assert_eq!(original.language.as_deref(), Some("en"));
    }

    #[test]
    fn original_article_with_quoted_title_and_url() {
        let p = parse(&[
            "Original article in French: «Le brouillard, la guerre», Le Monde https://lemonde.fr/a.html",
        ]);
        let original = p.original.unwrap();
        assert_eq!(original.title.as_deref(), Some("Le brouillard, la guerre"));
        assert_eq!(original.outlet.as_deref(), Some("Le Monde"));
        assert_eq!(original.url.as_deref(), Some("https://lemonde.fr/a.html"));
        assert_eq!(original.language.as_deref(), Some("fr"));
    }

    #[test]
    fn translations() {
        let p =
            parse(&["Traduit de l'anglais par Wayan, relu par Hervé pour le Saker Francophone"]);
        assert_eq!(p.translated_by, ["Wayan"]);
        assert_eq!(p.original.unwrap().language.as_deref(), Some("en"));

        let p = parse(&["Translated from the French by John Smith"]);
        assert_eq!(p.translated_by, ["John Smith"]);
        assert_eq!(p.original.unwrap().language.as_deref(), Some("fr"));

        let p = parse(&["Перевод с английского: Иван Петров"]);
        assert_eq!(p.translated_by, ["Иван Петров"]);
        assert_eq!(p.original.unwrap().language.as_deref(), Some("en"));

        let p = parse(&["Aus dem Englischen übersetzt von Anna Schmidt und Jan Berg"]);
        assert_eq!(p.translated_by, ["Anna Schmidt", "Jan Berg"]);
        assert_eq!(p.original.unwrap().language.as_deref(), Some("en"));

        let p = parse(&["Traducción de María López", "Traduzione di Marco Rossi"]);
        assert_eq!(p.translated_by, ["María López", "Marco Rossi"]);

        let mut p = Provenance::default();
        assert!(!translation("Traduction : à venir", &mut p));
        assert!(!translation("Translation is an art.", &mut p));
    }

    #[test]
    fn original_statement_without_outlet_keeps_date_and_title() {
        let p = parse(&["Оригинал опубликован 12 января 2022 г. под заголовком «Valdoria calls in Compact troops»."]);
        let original = p.original.expect("original");
        assert_eq!(original.date.as_deref(), Some("2022-01-12"));
        assert_eq!(
            original.title.as_deref(),
            Some("Valdoria calls in Compact troops")
        );
        assert!(p.republished_from.is_empty());
    }

    #[test]
    fn republications() {
        let p = parse(&["First published in The Nation on January 12, 2022."]);
        assert_eq!(p.republished_from, ["The Nation"]);
        let original = p.original.unwrap();
        assert_eq!(original.outlet.as_deref(), Some("The Nation"));
        assert_eq!(original.date.as_deref(), Some("2022-01-12"));

        let p = parse(&[
            "Republished from The Conversation (with permission)",
            "Оригинал опубликован в Коммерсантъ",
            "Zuerst erschienen bei Telepolis",
            "Publicado originalmente en El País",
            "Pubblicato originariamente su Il Manifesto",
        ]);
        assert_eq!(
            p.republished_from,
            [
                "The Conversation",
                "Коммерсантъ",
                "Telepolis",
                "El País",
                "Il Manifesto"
            ]
        );

        let p = parse(&["This article was originally published on https://example.org/x."]);
        assert_eq!(p.republished_from, ["https://example.org/x"]);
        assert_eq!(
            p.original.unwrap().url.as_deref(),
            Some("https://example.org/x")
        );

        let mut p = Provenance::default();
        assert!(!republished(
            "First published in 1995, the novel sold well.",
            &mut p
        ));
    }

    #[test]
    fn languages() {
        assert_eq!(language_in("Article original en anglais"), Some("en"));
        assert_eq!(language_in("Перевод с английского"), Some("en"));
        assert_eq!(language_in("Tradotto dall'inglese"), Some("en"));
        assert_eq!(language_in("Traducido del ruso"), Some("ru"));
        assert_eq!(language_in("Article original"), None);
    }
}
