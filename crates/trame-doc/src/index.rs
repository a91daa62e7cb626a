//! Conversion between code-point offsets (the schema's unit) and byte offsets
//! (Rust's string indices).

/// Maps code-point offsets of one text to byte offsets and back.
///
/// Pure-ASCII texts (the common case for English) need no table: offsets are
/// equal. Other texts keep one `u32` per code point, which is cheaper than
/// re-scanning the text for every span a stage emits.
#[derive(Debug, Clone)]
pub struct TextIndex {
    /// Byte offset of each code point, plus the text length at the end;
    /// empty when the text is ASCII.
    char_to_byte: Vec<u32>,
    len_bytes: usize,
}

impl TextIndex {
    pub fn new(text: &str) -> Self {
        let char_to_byte = if text.is_ascii() {
            Vec::new()
        } else {
            let mut table: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
            table.push(text.len() as u32);
            table
        };
        TextIndex {
            char_to_byte,
            len_bytes: text.len(),
        }
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
    /// on the same text always gets a valid code-point span.
    pub fn char(&self, b: usize) -> usize {
        if self.char_to_byte.is_empty() {
            b.min(self.len_bytes)
        } else {
            match self.char_to_byte.binary_search(&(b as u32)) {
                Ok(i) => i,
                Err(i) => i.saturating_sub(1),
            }
        }
    }

    /// Code-point span of a byte range.
    pub fn span(&self, bytes: std::ops::Range<usize>) -> crate::Span {
        crate::Span::new(self.char(bytes.start), self.char(bytes.end))
    }

    /// Code-point spans of byte ranges sorted by start and end (tokens,
    /// sentences): one walk over the table instead of a binary search per
    /// offset, which matters for the token layer of long texts.
    pub fn sorted_spans(&self, ranges: &[std::ops::Range<usize>]) -> Vec<crate::Span> {
        if self.char_to_byte.is_empty() {
            return ranges.iter().map(|r| self.span(r.clone())).collect();
        }
        let mut start_cursor = 0;
        let mut end_cursor = 0;
        let advance = |cursor: &mut usize, b: usize| {
            if *cursor < self.char_to_byte.len() && self.char_to_byte[*cursor] as usize > b {
                // Out of order: fall back to a search for this offset.
                *cursor = self.char(b);
                return *cursor;
            }
            while *cursor + 1 < self.char_to_byte.len()
                && (self.char_to_byte[*cursor + 1] as usize) <= b
            {
                *cursor += 1;
            }
            *cursor
        };
        ranges
            .iter()
            .map(|r| {
                let start = advance(&mut start_cursor, r.start);
                let end = advance(&mut end_cursor, r.end);
                crate::Span::new(start, end)
            })
            .collect()
    }

    /// The slice of `text` (the same text this index was built from) that a
    /// code-point span covers.
    pub fn slice<'t>(&self, text: &'t str, span: crate::Span) -> &'t str {
        &text[self.byte(span.start)..self.byte(span.end)]
    }
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
    fn sorted_spans_agree_with_span() {
        let text = "« Poutine » a dit — Путин, l'OTAN. é";
        let idx = TextIndex::new(text);
        let ranges: Vec<std::ops::Range<usize>> = text
            .char_indices()
            .map(|(b, c)| b..b + c.len_utf8())
            .collect();
        let expected: Vec<crate::Span> = ranges.iter().map(|r| idx.span(r.clone())).collect();
        assert_eq!(idx.sorted_spans(&ranges), expected);
        let unordered = vec![10..12, 0..3, 5..text.len()];
        let expected: Vec<crate::Span> = unordered.iter().map(|r| idx.span(r.clone())).collect();
        assert_eq!(idx.sorted_spans(&unordered), expected);
    }

    #[test]
    fn byte_inside_a_character_maps_to_its_start() {
        let text = "aé";
        let idx = TextIndex::new(text);
        assert_eq!(idx.char(2), 1);
        assert_eq!(idx.slice(text, crate::Span::new(1, 2)), "é");
    }
}
