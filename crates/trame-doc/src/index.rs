//! Conversion between code-point offsets (the schema's unit) and byte offsets
//! (Rust's string indices).

/// Maps code-point offsets of one text to byte offsets and back.
///
/// Pure-ASCII texts (the common case for English) need no table: offsets are
/// equal. Other texts keep two tables, one `u32` per code point and one per
/// byte, built in one pass: every stage converts offsets of every token, so
/// each conversion is a lookup rather than a search.
#[derive(Debug, Clone)]
pub struct TextIndex {
    /// Byte offset of each code point, plus the text length at the end;
    /// empty when the text is ASCII.
    char_to_byte: Vec<u32>,
    /// Code-point offset of the character holding each byte, plus the
    /// number of code points at the end; empty when the text is ASCII.
    byte_to_char: Vec<u32>,
    len_bytes: usize,
}

impl TextIndex {
    pub fn new(text: &str) -> Self {
        let mut index = TextIndex {
            char_to_byte: Vec::new(),
            byte_to_char: Vec::new(),
            len_bytes: text.len(),
        };
        if !text.is_ascii() {
            // Branch-free per byte: a character starts at every byte that is
            // not a UTF-8 continuation byte, and valid UTF-8 starts with one,
            // so the running count is at least 1 where it is read.
            let mut chars = 0u32;
            index.byte_to_char = text
                .as_bytes()
                .iter()
                .map(|&byte| {
                    chars += u32::from(!is_continuation(byte));
                    chars - 1
                })
                .collect();
            // Walking the bytes backwards, the last write for a character is
            // its first byte: no branch on the byte's kind.
            index.char_to_byte = vec![0; chars as usize + 1];
            for (b, &c) in index.byte_to_char.iter().enumerate().rev() {
                index.char_to_byte[c as usize] = b as u32;
            }
            index.char_to_byte[chars as usize] = text.len() as u32;
            index.byte_to_char.push(chars);
        }
        index
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        if self.char_to_byte.is_empty() {
            self.len_bytes
        } else {
            self.char_to_byte.len() - 1
        }
    }

    /// Byte offset of code point `c`; `c` past the end clamps to the text length.
    pub fn byte(&self, c: usize) -> usize {
        if self.char_to_byte.is_empty() {
            c.min(self.len_bytes)
        } else {
            self.char_to_byte
                .get(c)
                .map_or(self.len_bytes, |&b| b as usize)
        }
    }

    /// Code-point offset of byte `b`. A byte inside a multi-byte character maps
    /// to that character's start, so a caller holding a byte span from a regex
    /// on the same text always gets a valid code-point span; `b` past the end
    /// clamps to the number of code points.
    pub fn char(&self, b: usize) -> usize {
        if self.byte_to_char.is_empty() {
            b.min(self.len_bytes)
        } else {
            self.byte_to_char
                .get(b)
                .map_or(self.len_chars(), |&c| c as usize)
        }
    }

    /// Code-point span of a byte range.
    pub fn span(&self, bytes: std::ops::Range<usize>) -> crate::Span {
        crate::Span::new(self.char(bytes.start), self.char(bytes.end))
    }

    /// Code-point spans of byte ranges (tokens, sentences).
    pub fn spans(&self, ranges: &[std::ops::Range<usize>]) -> Vec<crate::Span> {
        ranges.iter().map(|r| self.span(r.clone())).collect()
    }

    /// The slice of `text` (the same text this index was built from) that a
    /// code-point span covers.
    pub fn slice<'t>(&self, text: &'t str, span: crate::Span) -> &'t str {
        &text[self.byte(span.start)..self.byte(span.end)]
    }
}

/// Whether `byte` continues a UTF-8 sequence rather than starting a character.
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_unicode_round_trip() {
        for text in ["plain ascii", "« Poutine » a dit — Путин", ""] {
            let idx = TextIndex::new(text);
            assert_eq!(idx.len_chars(), text.chars().count());
            for (c, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(idx.byte(c), b);
                assert_eq!(idx.char(b), c);
            }
            assert_eq!(idx.byte(idx.len_chars()), text.len());
        }
    }

    #[test]
    fn byte_inside_a_character_maps_to_its_start() {
        let text = "aé";
        let idx = TextIndex::new(text);
        assert_eq!(idx.char(2), 1);
        assert_eq!(idx.slice(text, crate::Span::new(1, 2)), "é");
    }

    proptest::proptest! {
        /// Every byte offset, on a character boundary, inside a character or
        /// past the end, maps to the character holding it, as a scan of the
        /// text decides.
        #[test]
        fn char_of_every_byte_matches_a_scan(text in "[a-zé«» Пу€😀]{0,40}", past in 0usize..5) {
            let idx = TextIndex::new(&text);
            let chars = text.chars().count();
            for b in 0..=text.len() + past {
                let expected = if b >= text.len() {
                    chars
                } else {
                    text.char_indices().take_while(|&(start, _)| start <= b).count() - 1
                };
                proptest::prop_assert_eq!(idx.char(b), expected);
                proptest::prop_assert!(idx.byte(idx.char(b)) <= b.min(text.len()));
            }
            let ranges: Vec<std::ops::Range<usize>> = text
                .char_indices()
                .map(|(b, c)| b..b + c.len_utf8())
                .collect();
            let spans = idx.spans(&ranges);
            proptest::prop_assert!(spans.iter().enumerate().all(|(i, s)| s.start == i && s.end == i + 1));
        }
    }
}
