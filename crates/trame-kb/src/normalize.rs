//! Surface normalisation shared by the index and the queries, so that both
//! sides agree on case, diacritics, punctuation and leading articles.

/// Leading articles stripped before lookup: the linker sees "l'OTAN", "de la
/// Russie" or "the United States" and the KB lists the bare names.
const LEADING_ARTICLES: &[&str] = &[
    "de la ", "de l'", "l'", "d'", "le ", "la ", "les ", "du ", "des ", "the ",
];

/// Folds one lowercase character; `None` means "keep as is".
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        // Russian texts write ё and е interchangeably (Соединённые/Соединенные).
        'ё' => "е",
        _ => return None,
    })
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | '´' | 'ʼ' | 'ʻ' | '′')
}

/// Characters that separate words like a space does: hyphens, dashes and the
/// punctuation that varies between spellings of one name ("St. Petersburg").
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '‐'
                | '‑'
                | '‒'
                | '–'
                | '—'
                | '−'
                | '.'
                | ','
                | '/'
                | '('
                | ')'
                | '"'
                | '«'
                | '»'
                | '“'
                | '”'
                | '„'
                | ':'
                | ';'
                | '!'
                | '?'
        )
}

/// Lowercased, diacritic-folded form with unified apostrophes and separators,
/// and one leading article removed.
pub fn normalize(surface: &str) -> String {
    let mut out = String::with_capacity(surface.len());
    let mut pending_space = false;
    for c in surface.chars() {
        if is_separator(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            // No ASCII letter folds further; most surfaces are all ASCII.
            out.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        if is_apostrophe(c) {
            out.push('\'');
            continue;
        }
        for lower in c.to_lowercase() {
            match fold(lower) {
                Some(folded) => out.push_str(folded),
                None => out.push(lower),
            }
        }
    }
    strip_article(out)
}

fn strip_article(mut normalized: String) -> String {
    let article_len = LEADING_ARTICLES
        .iter()
        .find(|article| normalized.starts_with(**article) && normalized.len() > article.len())
        .map_or(0, |article| article.len());
    normalized.drain(..article_len);
    normalized
}

/// Case-preserving key for acronyms: "l'OTAN" → "OTAN", "U.S." → "US",
/// "EE. UU." → "EEUU". Case is kept because "otan" in prose is no acronym.
pub fn acronym_key(surface: &str) -> String {
    let unified: String = surface
        .trim()
        .chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect();
    let mut body = unified.as_str();
    for article in LEADING_ARTICLES {
        if let Some(prefix) = body.get(..article.len()) {
            if prefix.eq_ignore_ascii_case(article) && body.len() > article.len() {
                body = &body[article.len()..];
                break;
            }
        }
    }
    body.chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect()
}

/// Whether a surface is written as an acronym (all letters uppercase, short),
/// in which case it is matched case-sensitively only.
pub fn is_acronym_shaped(surface: &str) -> bool {
    // Cheap rejection first: almost every surface has a lowercase letter.
    if surface.chars().any(char::is_lowercase) {
        return false;
    }
    let key = acronym_key(surface);
    let letters = key.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&key.chars().count())
        && letters >= 2
        && key
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '+' | '-' | '&' | '\''))
}

/// The acronym spelling of a title-case word ("Otan" → "OTAN"), which the
/// French and German press use for acronyms of four letters or more.
pub fn title_case_acronym(key: &str) -> Option<String> {
    let mut chars = key.chars();
    let first = chars.next()?;
    let mut rest_len = 0;
    let rest_lowercase = chars.all(|c| {
        rest_len += 1;
        c.is_lowercase()
    });
    let is_title = first.is_uppercase() && rest_len >= 3 && rest_lowercase;
    is_title.then(|| key.to_uppercase())
}

/// Token count of a surface: each run of letters/digits and each other
/// non-space character counts as one, which bounds any word tokenizer that
/// splits at punctuation.
pub fn token_count(surface: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in surface.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
                in_word = true;
            }
        } else {
            in_word = false;
            if !c.is_whitespace() {
                count += 1;
            }
        }
    }
    count
}

/// Local identifier for entries without a Wikidata QID: "trame:<slug>".
pub fn local_id(name: &str) -> String {
    let mut slug = String::new();
    for c in normalize(name).chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    format!("trame:{}", slug.trim_end_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_articles() {
        assert_eq!(normalize("l’Ouzbékistan"), "ouzbekistan");
        assert_eq!(normalize("d'Ouzbékistan"), "ouzbekistan");
        assert_eq!(normalize("de la Russie"), "russie");
        assert_eq!(normalize("Émirats  arabes—unis"), "emirats arabes unis");
        assert_eq!(normalize("Соединённые Штаты"), "соединенные штаты");
        assert_eq!(normalize("St. Petersburg"), "st petersburg");
        assert_eq!(normalize("La"), "la");
        assert_eq!(normalize("l`OTAN"), "otan");
        assert_eq!(normalize("The Hague"), "hague");
    }

    #[test]
    fn acronym_keys_keep_case() {
        assert_eq!(acronym_key("l'OTAN"), "OTAN");
        assert_eq!(acronym_key("L’OTAN"), "OTAN");
        assert_eq!(acronym_key("U.S."), "US");
        assert_eq!(acronym_key("EE. UU."), "EEUU");
        assert_eq!(acronym_key("otan"), "otan");
        assert!(is_acronym_shaped("ОДКБ"));
        assert!(is_acronym_shaped("OPEC+"));
        assert!(!is_acronym_shaped("Otan"));
        assert!(!is_acronym_shaped("G7"));
        assert_eq!(title_case_acronym("Otan").as_deref(), Some("OTAN"));
        assert_eq!(title_case_acronym("Onu"), None);
    }

    #[test]
    fn counts_tokens_and_slugs() {
        assert_eq!(
            token_count("Organisation du traité de l'Atlantique nord"),
            8
        );
        assert_eq!(
            local_id("Réseau International"),
            "trame:reseau-international"
        );
    }
}
