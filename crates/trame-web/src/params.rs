//! Query parameters: parsed and checked before any store call, so that a
//! malformed value is a 400 with a message, never a 500.

use serde::Deserialize;
use trame_store::SearchQuery;

/// Results per page of search and of the list pages.
pub const PAGE_SIZE: usize = 20;
/// Deeper pages are refused: nobody reads them and offsets stay small.
const MAX_PAGE: usize = 10_000;

/// A parameter that could not be understood, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("parameter `{name}`: {reason}")]
pub struct BadParam {
    pub name: &'static str,
    pub reason: String,
}

impl BadParam {
    pub fn new(name: &'static str, reason: impl Into<String>) -> Self {
        BadParam {
            name,
            reason: reason.into(),
        }
    }
}

/// `?page=` as the search and list pages take it, 1-based.
pub fn page_number(raw: Option<&str>) -> Result<usize, BadParam> {
    let Some(raw) = raw.filter(|r| !r.is_empty()) else {
        return Ok(1);
    };
    match raw.parse::<usize>() {
        Ok(page @ 1..=MAX_PAGE) => Ok(page),
        Ok(_) => Err(BadParam::new(
            "page",
            format!("must be between 1 and {MAX_PAGE}"),
        )),
        Err(_) => Err(BadParam::new(
            "page",
            format!("{raw:?} is not a page number"),
        )),
    }
}

/// The raw search parameters, every one optional and kept as written so
/// that links can reproduce them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    pub q: String,
    pub entity: Option<String>,
    pub label: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub speaker: Option<String>,
    pub source_kind: Option<String>,
    pub technique: Option<String>,
    pub page: Option<String>,
}

/// The filters of a search, by parameter name.
pub const FILTERS: [&str; 9] = [
    "entity",
    "label",
    "outlet",
    "language",
    "from",
    "to",
    "speaker",
    "source_kind",
    "technique",
];

const LABELS: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
pub const SOURCE_KINDS: [&str; 4] = ["named", "anonymous", "document", "none"];

impl SearchParams {
    /// A filter's value by parameter name; empty values count as absent.
    pub fn filter(&self, name: &str) -> Option<&str> {
        let value = match name {
            "entity" => &self.entity,
            "label" => &self.label,
            "outlet" => &self.outlet,
            "language" => &self.language,
            "from" => &self.from,
            "to" => &self.to,
            "speaker" => &self.speaker,
            "source_kind" => &self.source_kind,
            "technique" => &self.technique,
            _ => &None,
        };
        value.as_deref().filter(|v| !v.is_empty())
    }

    fn filter_mut(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "entity" => &mut self.entity,
            "label" => &mut self.label,
            "outlet" => &mut self.outlet,
            "language" => &mut self.language,
            "from" => &mut self.from,
            "to" => &mut self.to,
            "speaker" => &mut self.speaker,
            "source_kind" => &mut self.source_kind,
            "technique" => &mut self.technique,
            _ => return None,
        })
    }

    /// Checks every value and builds the store query for the asked page.
    pub fn to_query(&self) -> Result<SearchQuery, BadParam> {
        let page = page_number(self.page.as_deref())?;
        let from = self
            .filter("from")
            .map(|d| iso_date("from", d))
            .transpose()?;
        let to = self.filter("to").map(|d| iso_date("to", d)).transpose()?;
        if let (Some(from), Some(to)) = (&from, &to) {
            if from > to {
                return Err(BadParam::new("to", "must not be before `from`"));
            }
        }
        let label = self.filter("label").map(|l| l.to_ascii_uppercase());
        if let Some(label) = &label {
            if !LABELS.contains(&label.as_str()) {
                return Err(BadParam::new(
                    "label",
                    format!("must be one of {}", LABELS.join(", ")),
                ));
            }
        }
        if let Some(kind) = self.filter("source_kind") {
            if !SOURCE_KINDS.contains(&kind) {
                return Err(BadParam::new(
                    "source_kind",
                    format!("must be one of {}", SOURCE_KINDS.join(", ")),
                ));
            }
        }
        let owned = |name| self.filter(name).map(str::to_string);
        Ok(SearchQuery {
            text: self.q.trim().to_string(),
            entity: owned("entity"),
            label,
            outlet: owned("outlet"),
            language: owned("language"),
            date_from: from,
            date_to: to,
            speaker: owned("speaker"),
            source_kind: owned("source_kind"),
            technique: owned("technique"),
            offset: (page - 1) * PAGE_SIZE,
            limit: PAGE_SIZE,
        })
    }

    /// The search URL with one filter set (or cleared with `None`), back on
    /// page 1.
    pub fn with_filter(&self, name: &str, value: Option<&str>) -> String {
        let mut params = self.clone();
        if let Some(slot) = params.filter_mut(name) {
            *slot = value.map(str::to_string);
        }
        params.page = None;
        params.url()
    }

    /// The search URL of another page of the same results.
    pub fn with_page(&self, page: usize) -> String {
        let mut params = self.clone();
        params.page = Some(page.to_string());
        params.url()
    }

    /// `/search?…` with every non-empty parameter.
    pub fn url(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", &self.q));
        }
        for name in FILTERS {
            if let Some(value) = self.filter(name) {
                pairs.push((name, value));
            }
        }
        if let Some(page) = self.page.as_deref().filter(|p| !p.is_empty() && *p != "1") {
            pairs.push(("page", page));
        }
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", url_encode(v)))
            .collect();
        if query.is_empty() {
            "/search".into()
        } else {
            format!("/search?{}", query.join("&"))
        }
    }
}

/// `YYYY-MM-DD` with a real month and day.
fn iso_date(name: &'static str, raw: &str) -> Result<String, BadParam> {
    let bad = || BadParam::new(name, format!("{raw:?} is not a date (YYYY-MM-DD)"));
    let parts: Vec<&str> = raw.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return Err(bad());
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return Err(bad());
    }
    let (month, day): (u32, u32) = (
        month.parse().map_err(|_| bad())?,
        day.parse().map_err(|_| bad())?,
    );
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    Ok(raw.to_string())
}

/// Percent-encodes a query value or a path segment (a space is `%20`,
/// which both read as a space).
pub fn url_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(q: &str) -> SearchParams {
        SearchParams {
            q: q.into(),
            ..Default::default()
        }
    }

    #[test]
    fn pages_and_dates_are_checked() {
        assert_eq!(page_number(None), Ok(1));
        assert_eq!(page_number(Some("3")), Ok(3));
        assert_eq!(page_number(Some("abc")).map_err(|e| e.name), Err("page"));
        assert_eq!(page_number(Some("0")).map_err(|e| e.name), Err("page"));
        let mut p = params("Kostan");
        p.from = Some("notadate".into());
        assert_eq!(p.to_query().map_err(|e| e.name), Err("from"));
        p.from = Some("2022-01-12".into());
        p.to = Some("2022-13-01".into());
        assert_eq!(p.to_query().map_err(|e| e.name), Err("to"));
        p.to = Some("2022-01-31".into());
        p.page = Some("2".into());
        let query = p.to_query().expect("valid parameters");
        assert_eq!(query.date_from.as_deref(), Some("2022-01-12"));
        assert_eq!((query.offset, query.limit), (PAGE_SIZE, PAGE_SIZE));
        p.source_kind = Some("rumour".into());
        assert_eq!(p.to_query().map_err(|e| e.name), Err("source_kind"));
    }

    #[test]
    fn links_keep_the_other_parameters() {
        let mut p = params("Pacte des Marches");
        p.language = Some("fr".into());
        p.page = Some("3".into());
        assert_eq!(
            p.with_filter("outlet", Some("L'Horizon & co")),
            "/search?q=Pacte%20des%20Marches&outlet=L%27Horizon%20%26%20co&language=fr"
        );
        assert_eq!(
            p.with_filter("language", None),
            "/search?q=Pacte%20des%20Marches"
        );
        assert_eq!(
            p.with_page(4),
            "/search?q=Pacte%20des%20Marches&language=fr&page=4"
        );
    }
}
