//! From paths to records: directory walking, gzip, sniffing and dispatch to
//! the reader of each format.

use crate::encoding::{decode, DecodeHints};
use crate::readers::{read_feed, Content, JsonLinesReader, RawRecord, WarcReader};
use crate::sniff::{sniff, Sniffed, SNIFF_BYTES};
use crate::IngestError;
use flate2::read::MultiGzDecoder;
use std::fs::File;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use trame_doc::Format;

/// Single-article files (and feeds) are read whole; past this size they are
/// cut, which keeps a pathological page from taking the run's memory while
/// still giving its beginning, where the article is.
pub const MAX_ARTICLE_BYTES: u64 = 64 * 1024 * 1024;

/// One input file found by [`walk`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
}

/// Every file under `paths`, directories walked recursively in name order
/// (so runs are reproducible), hidden entries skipped. Unreadable entries are
/// yielded as errors and the walk goes on.
pub fn walk(paths: &[PathBuf]) -> impl Iterator<Item = Result<InputFile, IngestError>> {
    let mut stack: Vec<PathBuf> = paths.iter().rev().cloned().collect();
    std::iter::from_fn(move || loop {
        let path = stack.pop()?;
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(source) => return Some(Err(IngestError::Io { path, source })),
        };
        if !meta.is_dir() {
            return Some(Ok(InputFile { path }));
        }
        let entries = match std::fs::read_dir(&path) {
            Ok(rd) => rd,
            Err(source) => return Some(Err(IngestError::Io { path, source })),
        };
        let mut children: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                !p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
            })
            .collect();
        children.sort();
        stack.extend(children.into_iter().rev());
    })
}

/// The records of one input file, streamed: a WARC archive or a JSON Lines
/// file of any size is read one record at a time.
pub fn read_path(path: &Path) -> Box<dyn Iterator<Item = Result<RawRecord, IngestError>> + Send> {
    let name = path.display().to_string();
    let file = match File::open(path) {
        Ok(f) => f,
        Err(source) => {
            return Box::new(std::iter::once(Err(IngestError::Io {
                path: path.to_path_buf(),
                source,
            })))
        }
    };
    let extension = extension_without_gz(path);
    read_stream(Box::new(BufReader::new(file)), name, extension, 0)
}

/// Records of an already opened stream. `depth` counts gzip layers, to stop
/// a file that decompresses into another gzip stream again and again.
fn read_stream(
    mut reader: Box<dyn BufRead + Send>,
    name: String,
    extension: Option<String>,
    depth: u8,
) -> Box<dyn Iterator<Item = Result<RawRecord, IngestError>> + Send> {
    let one_error = |e| -> Box<dyn Iterator<Item = _> + Send> { Box::new(std::iter::once(Err(e))) };
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    if let Err(source) = (&mut reader)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
    {
        return one_error(IngestError::Io {
            path: name.into(),
            source,
        });
    }
    let kind = sniff(&head, extension.as_deref());
    let stream: Box<dyn BufRead + Send> = Box::new(Cursor::new(head).chain(reader));
    match kind {
        Sniffed::Empty => one_error(IngestError::Empty { path: name }),
        Sniffed::Binary(reason) => one_error(IngestError::Binary { path: name, reason }),
        Sniffed::Gzip if depth >= 2 => one_error(IngestError::Malformed {
            path: name,
            message: "nested gzip".into(),
        }),
        Sniffed::Gzip => {
            let inner = BufReader::new(MultiGzDecoder::new(stream));
            read_stream(Box::new(inner), name, extension, depth + 1)
        }
        Sniffed::Warc => Box::new(WarcReader::new(stream, name)),
        Sniffed::JsonLines => Box::new(JsonLinesReader::new(stream, name)),
        Sniffed::Feed => match read_whole(stream, &name) {
            Ok(bytes) => match read_feed(&bytes, &name) {
                Ok(records) => Box::new(records.into_iter().map(Ok)),
                Err(e) => one_error(e),
            },
            Err(e) => one_error(e),
        },
        Sniffed::Html | Sniffed::Markdown | Sniffed::Text => match read_whole(stream, &name) {
            Ok(bytes) => {
                let html = kind == Sniffed::Html;
                let text = decode(
                    &bytes,
                    DecodeHints {
                        html,
                        ..Default::default()
                    },
                )
                .text;
                let (format, content) = match kind {
                    Sniffed::Html => (Format::Html, Content::Html(text)),
                    Sniffed::Markdown => (Format::Markdown, Content::Markdown(text)),
                    _ => (Format::Text, Content::Text(text)),
                };
                Box::new(std::iter::once(Ok(RawRecord::new(name, format, content))))
            }
            Err(e) => one_error(e),
        },
    }
}

/// Reads a single-article input, cut at [`MAX_ARTICLE_BYTES`]. A gzip stream
/// that breaks midway gives what was decoded before the break.
fn read_whole(stream: Box<dyn BufRead + Send>, name: &str) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    match stream.take(MAX_ARTICLE_BYTES).read_to_end(&mut bytes) {
        Ok(_) => Ok(bytes),
        Err(_) if !bytes.is_empty() => Ok(bytes),
        Err(source) => Err(IngestError::Io {
            path: name.into(),
            source,
        }),
    }
}

/// `a.html.gz` → `html`; `a.txt` → `txt`.
fn extension_without_gz(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if ext == "gz" {
        extension_without_gz(Path::new(path.file_stem()?))
    } else {
        Some(ext)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use std::io::Write;

    fn records(bytes: &[u8], ext: Option<&str>) -> Vec<Result<RawRecord, IngestError>> {
        read_stream(
            Box::new(Cursor::new(bytes.to_vec())),
            "input".into(),
            ext.map(String::from),
            0,
        )
        .collect()
    }

    #[test]
    fn gzip_of_any_format() {
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(b"{\"text\": \"un\"}\n{\"text\": \"deux\"}\n")
            .unwrap();
        let gz = enc.finish().unwrap();
        let recs = records(&gz, Some("jsonl"));
        assert_eq!(recs.len(), 2);
        assert_eq!(
            recs[1].as_ref().unwrap().content,
            Content::Text("deux".into())
        );
    }

    #[test]
    fn truncated_gzip_gives_what_was_decoded() {
        let text = "Un article assez long pour être compressé. ".repeat(2000);
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(text.as_bytes()).unwrap();
        let gz = enc.finish().unwrap();
        let recs = records(&gz[..gz.len() / 2], Some("txt"));
        assert_eq!(recs.len(), 1);
        // Either a best-effort prefix or a clear error; never a panic.
        if let Ok(r) = &recs[0] {
            assert!(text.starts_with(match &r.content {
                Content::Text(t) => t.as_str(),
                other => panic!("{other:?}"),
            }));
        }
    }

    #[test]
    fn empty_and_binary_inputs_are_errors() {
        assert!(matches!(
            records(b"", None)[0],
            Err(IngestError::Empty { .. })
        ));
        assert!(matches!(
            records(b"\x7FELF\x02\x01", None)[0],
            Err(IngestError::Binary { .. })
        ));
    }

    #[test]
    fn walks_directories_in_order_skipping_hidden_files() {
        let dir = std::env::temp_dir().join(format!("trame-walk-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.txt"), "b").unwrap();
        std::fs::write(dir.join("a.txt"), "a").unwrap();
        std::fs::write(dir.join(".hidden"), "h").unwrap();
        std::fs::write(dir.join("sub/c.txt"), "c").unwrap();
        let found: Vec<String> = walk(&[dir.clone(), dir.join("missing")])
            .map(|r| match r {
                Ok(f) => f.path.strip_prefix(&dir).unwrap().display().to_string(),
                Err(_) => "error".into(),
            })
            .collect();
        assert_eq!(found, ["a.txt", "b.txt", "sub/c.txt", "error"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Arbitrary bytes, and arbitrary bytes behind the signature of
        /// each container format, never panic a reader: they give records
        /// or errors.
        #[test]
        fn readers_survive_arbitrary_bytes(
            prefix in proptest::sample::select(vec![
                &b""[..], b"WARC/1.0\r\n", b"\x1f\x8b", b"{\"text\": ", b"<?xml version=\"1.0\"?><rss><channel>",
                b"<html><body>", b"# Titre\n\n", b"Content-Length: 5\r\n\r\n",
            ]),
            body in proptest::collection::vec(proptest::num::u8::ANY, 0..2048),
            ext in proptest::option::of(proptest::sample::select(vec!["html", "txt", "jsonl", "md", "xml", "warc"])),
        ) {
            let mut bytes = prefix.to_vec();
            bytes.extend_from_slice(&body);
            for record in records(&bytes, ext).into_iter().flatten() {
                proptest::prop_assert!(!record.path.is_empty());
            }
        }
    }

    #[test]
    fn extension_ignores_gz() {
        assert_eq!(
            extension_without_gz(Path::new("a/b.html.gz")).as_deref(),
            Some("html")
        );
        assert_eq!(
            extension_without_gz(Path::new("b.TXT")).as_deref(),
            Some("txt")
        );
        assert_eq!(extension_without_gz(Path::new("b")), None);
    }
}
