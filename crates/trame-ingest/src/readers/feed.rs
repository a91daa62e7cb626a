//! RSS and Atom feeds: one record per item, with the full
//! `content:encoded` (or Atom `content`) when present, else the summary.

use super::{non_empty, Content, RawRecord, RecordHints};
use crate::IngestError;
use trame_doc::Format;

/// Parses a whole feed (feeds are small: a few hundred KB at most) into one
/// record per item.
pub fn read_feed(bytes: &[u8], path: &str) -> Result<Vec<RawRecord>, IngestError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| IngestError::Malformed {
        path: path.to_string(),
        message: format!("unreadable feed: {e}"),
    })?;
    let outlet = feed.title.as_ref().and_then(|t| non_empty(&t.content));
    let language = feed.language.clone();
    let records = feed
        .entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, entry)| {
            let body = entry
                .content
                .and_then(|c| c.body)
                .and_then(non_empty)
                .or_else(|| entry.summary.and_then(|s| non_empty(s.content)))?;
            Some(RawRecord {
                path: format!("{path}#{}", i + 1),
                id: None,
                url: entry.links.first().map(|l| l.href.clone()),
                format: Format::Rss,
                content: Content::Html(body),
                hints: RecordHints {
                    title: entry.title.and_then(|t| non_empty(t.content)),
                    authors: entry
                        .authors
                        .into_iter()
                        .filter_map(|p| non_empty(p.name?))
                        .collect(),
                    published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
                    outlet: outlet.clone(),
                    language: entry.language.or_else(|| language.clone()),
                },
            })
        })
        .collect();
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rss_with_content_encoded() {
        let rss = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Réseau Horizon</title><link>https://horizon.example</link><description>d</description>
<item><title>Premier</title><link>https://horizon.example/1</link>
<pubDate>Wed, 12 Jan 2022 10:00:00 GMT</pubDate><dc:creator>Jeanne Martin</dc:creator>
<description>court</description>
<content:encoded><![CDATA[<p>Le texte <b>complet</b>.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://horizon.example/2</link><description>Résumé seul.</description></item>
</channel></rss>"#;
        let records = read_feed(rss.as_bytes(), "f.xml").unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[0].content,
            Content::Html("<p>Le texte <b>complet</b>.</p>".into())
        );
        assert_eq!(records[0].hints.title.as_deref(), Some("Premier"));
        assert_eq!(records[0].hints.outlet.as_deref(), Some("Réseau Horizon"));
        assert_eq!(records[0].hints.authors, vec!["Jeanne Martin"]);
        assert!(records[0]
            .hints
            .published
            .as_deref()
            .unwrap()
            .starts_with("2022-01-12"));
        assert_eq!(records[1].content, Content::Html("Résumé seul.".into()));
    }

    #[test]
    fn broken_feed_is_an_error() {
        assert!(read_feed(b"<rss><channel><item>", "f.xml").is_err());
    }
}
