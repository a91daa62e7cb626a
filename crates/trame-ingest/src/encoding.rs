//! Decoding bytes to text the way browsers do: byte-order mark first, then
//! the transport's declaration (an HTTP `Content-Type` charset), then the
//! document's own `<meta charset>`, then content-based detection.
//!
//! Two deliberate departures, because mislabelled pages are common in
//! archives and the user wants the words, not mojibake or U+FFFD: a page
//! that declares UTF-8 but is not valid UTF-8 is re-detected, and a page
//! whose non-ASCII bytes form valid UTF-8 is read as UTF-8 whatever its
//! `<meta charset>` says.

use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// How far into an HTML document the `<meta charset>` prescan looks, as in
/// the HTML standard.
const PRESCAN_BYTES: usize = 1024 * 4;

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_:.\-]{1,40})"#)
        .expect("static regex")
});

/// Text decoded from bytes, with the encoding that was used.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    /// Whether some bytes were invalid in that encoding and replaced.
    pub had_errors: bool,
}

/// Where the bytes come from, to guide detection.
#[derive(Debug, Default, Clone, Copy)]
pub struct DecodeHints<'a> {
    /// Charset label from the transport (HTTP header in a WARC record).
    pub declared: Option<&'a str>,
    /// Whether to look for `<meta charset>` in the bytes.
    pub html: bool,
    /// Top-level domain of the source URL, which the detector uses as a prior
    /// (`ru` makes windows-1251 likelier than windows-1252).
    pub tld: Option<&'a str>,
}

/// Decodes `bytes` to UTF-8 text.
pub fn decode(bytes: &[u8], hints: DecodeHints<'_>) -> Decoded {
    // Non-ASCII bytes that form valid UTF-8 are UTF-8, whatever an old
    // `<meta charset>` left in a template says: legacy encodings do not
    // produce such sequences by chance in real text.
    let valid_utf8_text = !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok();
    let declared = Encoding::for_bom(bytes)
        .map(|(enc, _)| enc)
        .or_else(|| {
            hints
                .declared
                .and_then(|l| Encoding::for_label(l.as_bytes()))
        })
        .or_else(|| {
            if hints.html && !valid_utf8_text {
                meta_charset(bytes)
            } else {
                None
            }
        });
    let encoding = match declared {
        Some(enc) if enc != UTF_8 => enc,
        _ if std::str::from_utf8(bytes).is_ok() => UTF_8,
        Some(enc) if enc == UTF_8 && utf8_mostly_valid(bytes) => UTF_8,
        _ => detect(bytes, hints.tld),
    };
    // `decode` strips a BOM matching the encoding and falls back to the BOM's
    // encoding when the two disagree, which is what browsers do.
    let (text, used, had_errors) = encoding.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used,
        had_errors,
    }
}

/// The encoding a `<meta>` tag near the top of an HTML document declares.
/// UTF-16 declarations are read as UTF-8: a page that reached this point has
/// no UTF-16 BOM, so the declaration cannot be true of its bytes.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let enc = Encoding::for_label(label)?;
    Some(if enc.is_single_byte() || enc.output_encoding() == enc {
        enc
    } else {
        UTF_8
    })
}

/// A page declared as UTF-8 with a handful of broken bytes (a truncated
/// multi-byte sequence at a cut) is still UTF-8.
fn utf8_mostly_valid(bytes: &[u8]) -> bool {
    let (text, errors) = UTF_8.decode_without_bom_handling(bytes);
    if !errors {
        return true;
    }
    let invalid = text
        .chars()
        .filter(|&c| c == char::REPLACEMENT_CHARACTER)
        .count();
    invalid * 1000 < bytes.len()
}

fn detect(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(tld.map(str::as_bytes), chardetng::Utf8Detection::Allow)
}

/// The top-level domain of a URL, for [`DecodeHints::tld`].
pub fn url_tld(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let tld = host.rsplit('.').next()?;
    (!tld.is_empty() && tld.len() < host.len() && tld.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(tld)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_without_declaration() {
        let d = decode(
            "Poutine à Moscou — Путин".as_bytes(),
            DecodeHints::default(),
        );
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.text, "Poutine à Moscou — Путин");
    }

    #[test]
    fn windows_1251_detected_from_content() {
        let text = "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в столице.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decode(
            &bytes,
            DecodeHints {
                html: true,
                ..Default::default()
            },
        );
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1251);
        assert_eq!(d.text, text);
    }

    #[test]
    fn meta_charset_is_honoured() {
        let html =
            "<html><head><meta charset=\"iso-8859-1\"></head><body>Élysée déçu</body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(html);
        let d = decode(
            &bytes,
            DecodeHints {
                html: true,
                ..Default::default()
            },
        );
        assert!(d.text.contains("Élysée déçu"));
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_meta_charset() {
        let html = "<meta charset=\"gb2312\"><p>Élysée — 北京</p>";
        let d = decode(
            html.as_bytes(),
            DecodeHints {
                html: true,
                ..Default::default()
            },
        );
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.contains("Élysée — 北京"));
    }

    #[test]
    fn bom_wins_over_meta() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("<meta charset=windows-1251>été".as_bytes());
        let d = decode(
            &bytes,
            DecodeHints {
                html: true,
                ..Default::default()
            },
        );
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.ends_with("été"));
    }

    #[test]
    fn mislabelled_utf8_is_redetected() {
        let text =
            "Les députés ont adopté le texte à une large majorité après des débats très animés.";
        let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let mut bytes = b"<meta charset=\"utf-8\">".to_vec();
        bytes.extend_from_slice(&latin1);
        let d = decode(
            &bytes,
            DecodeHints {
                html: true,
                ..Default::default()
            },
        );
        assert!(d.text.contains("députés"), "{}", d.text);
    }

    #[test]
    fn tld_of_urls() {
        assert_eq!(url_tld("https://www.example.ru/a/b"), Some("ru"));
        assert_eq!(url_tld("http://localhost:8080/"), None);
        assert_eq!(url_tld(""), None);
    }
}
