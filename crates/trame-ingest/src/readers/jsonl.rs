//! JSON Lines: one article per line, with `text` or `html` and optional
//! `id`, `url`, `title`, `published`, `outlet`, `author(s)`, `language`.

use super::{non_empty, Content, RawRecord, RecordHints};
use crate::IngestError;
use serde_json::Value;
use std::io::BufRead;
use trame_doc::Format;

/// Streams the records of a JSON Lines input, one line at a time. A bad line
/// is an error for that line only; reading goes on with the next.
pub struct JsonLinesReader<R> {
    lines: std::io::Lines<R>,
    path: String,
    line_no: usize,
}

impl<R: BufRead> JsonLinesReader<R> {
    pub fn new(reader: R, path: String) -> Self {
        JsonLinesReader {
            lines: reader.lines(),
            path,
            line_no: 0,
        }
    }
}

impl<R: BufRead> Iterator for JsonLinesReader<R> {
    type Item = Result<RawRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let line = self.lines.next()?;
            self.line_no += 1;
            let path = format!("{}#{}", self.path, self.line_no);
            let line = match line {
                Ok(l) => l,
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    return Some(Err(IngestError::Malformed {
                        path,
                        message: "line is not valid UTF-8".into(),
                    }))
                }
                Err(e) => {
                    return Some(Err(IngestError::Io {
                        path: path.into(),
                        source: e,
                    }))
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(parse_line(&line, path));
        }
    }
}

fn parse_line(line: &str, path: String) -> Result<RawRecord, IngestError> {
    let value: Value = serde_json::from_str(line).map_err(|e| IngestError::Malformed {
        path: path.clone(),
        message: format!("invalid JSON: {e}"),
    })?;
    let obj = value.as_object().ok_or_else(|| IngestError::Malformed {
        path: path.clone(),
        message: "line is not a JSON object".into(),
    })?;
    let field = |k: &str| obj.get(k).and_then(Value::as_str).and_then(non_empty);
    let content = match (field("html"), field("text")) {
        (Some(html), _) => Content::Html(html),
        (None, Some(text)) => Content::Text(text),
        (None, None) => {
            return Err(IngestError::Malformed {
                path,
                message: "record has neither `text` nor `html`".into(),
            })
        }
    };
    let authors = match obj.get("authors").or_else(|| obj.get("author")) {
        Some(Value::String(s)) => non_empty(s).into_iter().collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .filter_map(non_empty)
            .collect(),
        _ => Vec::new(),
    };
    let id = obj.get("id").and_then(|v| match v {
        Value::String(s) => non_empty(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    Ok(RawRecord {
        path,
        id,
        url: field("url"),
        format: Format::Jsonl,
        content,
        hints: RecordHints {
            title: field("title"),
            authors,
            published: field("published").or_else(|| field("date")),
            outlet: field("outlet").or_else(|| field("source")),
            language: field("language").or_else(|| field("lang")),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_reports_bad_lines() {
        let input = concat!(
            "{\"text\": \"Bonjour le monde.\", \"title\": \"T\", \"published\": \"2022-01-12\", \"outlet\": \"Le Devoir\", \"id\": 7}\n",
            "\n",
            "not json\n",
            "{\"html\": \"<p>Hi</p>\", \"url\": \"https://x.org/a\", \"authors\": [\"A\", \"B\"]}\n",
            "{\"title\": \"no body\"}\n",
        );
        let records: Vec<_> = JsonLinesReader::new(input.as_bytes(), "b.jsonl".into()).collect();
        assert_eq!(records.len(), 4);
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.content, Content::Text("Bonjour le monde.".into()));
        assert_eq!(first.id.as_deref(), Some("7"));
        assert_eq!(first.hints.outlet.as_deref(), Some("Le Devoir"));
        assert_eq!(first.path, "b.jsonl#1");
        assert!(matches!(records[1], Err(IngestError::Malformed { .. })));
        let html = records[2].as_ref().unwrap();
        assert_eq!(html.hints.authors, vec!["A", "B"]);
        assert_eq!(html.url.as_deref(), Some("https://x.org/a"));
        assert!(records[3].is_err());
    }
}
