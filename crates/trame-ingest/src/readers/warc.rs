//! WARC archives (ISO 28500): the HTML of every `response` record.
//!
//! Records are read one at a time, so an archive of any size streams in
//! bounded memory. Gzip is handled by the caller (a `.warc.gz` is a series of
//! gzip members, one per record, which a multi-member decoder reads as one
//! stream). Non-HTML responses (images, scripts) and other record types
//! (`request`, `warcinfo`, `metadata`) are skipped silently.

use super::{Content, RawRecord};
use crate::encoding::{decode, url_tld, DecodeHints};
use crate::IngestError;
use flate2::read::GzDecoder;
use std::io::{BufRead, Read};
use trame_doc::Format;

/// Records larger than this are skipped with an error: no article is this
/// big, and reading it would hold the whole payload in memory.
const MAX_RECORD_BYTES: u64 = 64 * 1024 * 1024;

pub struct WarcReader<R> {
    reader: R,
    path: String,
    record_no: usize,
    done: bool,
}

struct WarcHeader {
    kind: String,
    length: u64,
    target: Option<String>,
    content_type: String,
}

impl<R: BufRead> WarcReader<R> {
    pub fn new(reader: R, path: String) -> Self {
        WarcReader {
            reader,
            path,
            record_no: 0,
            done: false,
        }
    }

    fn error(&self, message: impl Into<String>) -> IngestError {
        IngestError::Malformed {
            path: format!("{}#{}", self.path, self.record_no),
            message: message.into(),
        }
    }

    /// Reads the next record header; `Ok(None)` at a clean end of input.
    fn read_header(&mut self) -> Result<Option<WarcHeader>, IngestError> {
        let mut line = String::new();
        // Skip the blank lines that end the previous record.
        loop {
            line.clear();
            let n = self.read_line(&mut line)?;
            if n == 0 {
                return Ok(None);
            }
            if !line.trim().is_empty() {
                break;
            }
        }
        if !line.starts_with("WARC/") {
            return Err(self.error(format!(
                "expected a WARC version line, found {:.40?}",
                line.trim()
            )));
        }
        let mut header = WarcHeader {
            kind: String::new(),
            length: 0,
            target: None,
            content_type: String::new(),
        };
        let mut has_length = false;
        loop {
            line.clear();
            if self.read_line(&mut line)? == 0 {
                return Err(self.error("truncated record header"));
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            let Some((name, value)) = l.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => header.kind = value.to_ascii_lowercase(),
                "content-length" => {
                    header.length = value
                        .parse()
                        .map_err(|_| self.error(format!("bad Content-Length {value:?}")))?;
                    has_length = true;
                }
                "warc-target-uri" => {
                    header.target = Some(value.trim_matches(['<', '>']).to_string())
                }
                "content-type" => header.content_type = value.to_ascii_lowercase(),
                _ => {}
            }
        }
        if !has_length {
            return Err(self.error("record without Content-Length"));
        }
        Ok(Some(header))
    }

    /// Reads one header line, bounded so that junk without newlines cannot
    /// grow it without limit.
    fn read_line(&mut self, line: &mut String) -> Result<usize, IngestError> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(64 * 1024)
            .read_until(b'\n', &mut buf)
            .map_err(|e| self.io_error(e))?;
        line.push_str(&String::from_utf8_lossy(&buf));
        Ok(n)
    }

    fn io_error(&self, source: std::io::Error) -> IngestError {
        IngestError::Io {
            path: self.path.clone().into(),
            source,
        }
    }

    fn record(&mut self, header: WarcHeader) -> Result<Option<RawRecord>, IngestError> {
        let wanted = header.kind == "response"
            && header.content_type.starts_with("application/http")
            || header.kind == "resource" && header.content_type.contains("html");
        if !wanted || header.length > MAX_RECORD_BYTES {
            let skipped = std::io::copy(
                &mut (&mut self.reader).take(header.length),
                &mut std::io::sink(),
            )
            .map_err(|e| self.io_error(e))?;
            if skipped < header.length {
                return Err(self.error("truncated record"));
            }
            return if header.length > MAX_RECORD_BYTES {
                Err(self.error(format!("record of {} bytes skipped", header.length)))
            } else {
                Ok(None)
            };
        }
        let mut payload = Vec::with_capacity(header.length as usize);
        (&mut self.reader)
            .take(header.length)
            .read_to_end(&mut payload)
            .map_err(|e| self.io_error(e))?;
        if (payload.len() as u64) < header.length {
            return Err(self.error("truncated record"));
        }
        let (body, charset) = if header.kind == "response" {
            match http_body(&payload) {
                Some(HttpBody::Html { body, charset }) => (body, charset),
                Some(HttpBody::Other) => return Ok(None),
                None => return Err(self.error("unreadable HTTP response")),
            }
        } else {
            (payload, None)
        };
        let url = header.target;
        let text = decode(
            &body,
            DecodeHints {
                declared: charset.as_deref(),
                html: true,
                tld: url.as_deref().and_then(url_tld),
            },
        )
        .text;
        let mut record = RawRecord::new(
            format!("{}#{}", self.path, self.record_no),
            Format::Warc,
            Content::Html(text),
        );
        record.url = url;
        Ok(Some(record))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<RawRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.record_no += 1;
            let header = match self.read_header() {
                Ok(Some(h)) => h,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    // A broken header leaves no way to find the next record.
                    self.done = true;
                    return Some(Err(e));
                }
            };
            match self.record(header) {
                Ok(Some(r)) => return Some(Ok(r)),
                Ok(None) => continue,
                Err(e) => {
                    if matches!(e, IngestError::Io { .. }) || e.to_string().contains("truncated") {
                        self.done = true;
                    }
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

enum HttpBody {
    Html {
        body: Vec<u8>,
        charset: Option<String>,
    },
    Other,
}

/// Splits an HTTP response into headers and body, undoing chunked transfer
/// and gzip content encodings, and keeps it if it is HTML.
fn http_body(payload: &[u8]) -> Option<HttpBody> {
    let split = payload
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| {
            payload
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|i| (i, i + 2))
        })?;
    let head = String::from_utf8_lossy(&payload[..split.0]).to_ascii_lowercase();
    if !head.starts_with("http/") {
        return None;
    }
    let header = |name: &str| {
        head.lines()
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .find(|(n, _)| n.trim() == name)
            .map(|(_, v)| v.trim().to_string())
    };
    let content_type = header("content-type").unwrap_or_default();
    if !(content_type.is_empty() || content_type.contains("html")) {
        return Some(HttpBody::Other);
    }
    let charset = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches('"').to_string())
        .next();
    let mut body = payload[split.1..].to_vec();
    if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        body = dechunk(&body);
    }
    if header("content-encoding").is_some_and(|v| v.contains("gzip")) {
        let mut out = Vec::new();
        if GzDecoder::new(&body[..]).read_to_end(&mut out).is_ok() {
            body = out;
        }
    }
    Some(HttpBody::Html { body, charset })
}

/// Decodes a chunked HTTP body; a malformed chunk ends the body there.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size_field = String::from_utf8_lossy(&data[..eol]);
        let Ok(size) = usize::from_str_radix(size_field.split(';').next().unwrap_or("").trim(), 16)
        else {
            break;
        };
        let start = eol + 2;
        if size == 0 || start + size > data.len() {
            break;
        }
        out.extend_from_slice(&data[start..start + size]);
        data = data.get(start + size + 2..).unwrap_or_default();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, extra: &str, payload: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\n{extra}Content-Length: {}\r\n\r\n",
            payload.len()
        )
        .into_bytes();
        r.extend_from_slice(payload);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    #[test]
    fn reads_html_responses_and_skips_the_rest() {
        let mut warc = record(
            "warcinfo",
            "Content-Type: application/warc-fields\r\n",
            b"software: x\r\n",
        );
        warc.extend(record(
            "request",
            "Content-Type: application/http; msgtype=request\r\n",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        warc.extend(record(
            "response",
            "WARC-Target-URI: <https://news.example.ru/a>\r\nContent-Type: application/http; msgtype=response\r\n",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Привет</p></body></html>".as_bytes(),
        ));
        warc.extend(record(
            "response",
            "Content-Type: application/http; msgtype=response\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ));
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ab\r\n6\r\ncd</p>\r\n0\r\n\r\n";
        warc.extend(record(
            "response",
            "Content-Type: application/http\r\n",
            chunked,
        ));
        let records: Vec<_> = WarcReader::new(&warc[..], "a.warc".into()).collect();
        assert_eq!(records.len(), 2, "{records:?}");
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.url.as_deref(), Some("https://news.example.ru/a"));
        assert!(matches!(&first.content, Content::Html(h) if h.contains("Привет")));
        assert!(
            matches!(&records[1].as_ref().unwrap().content, Content::Html(h) if h == "<p>abcd</p>")
        );
    }

    #[test]
    fn truncated_archive_reports_an_error_and_stops() {
        let mut warc = record(
            "response",
            "Content-Type: application/http\r\n",
            b"HTTP/1.1 200 OK\r\n\r\n<p>x</p>",
        );
        warc.truncate(warc.len() - 10);
        let records: Vec<_> = WarcReader::new(&warc[..], "a.warc".into()).collect();
        assert_eq!(records.len(), 1);
        assert!(records[0].is_err());
    }

    #[test]
    fn junk_is_an_error() {
        let records: Vec<_> = WarcReader::new(&b"WARC/1.0\r\nno end"[..], "j".into()).collect();
        assert!(records.iter().all(|r| r.is_err()));
    }
}
