//! The token scanner: one left-to-right pass over the bytes, splitting the
//! text into whitespace-free chunks and each chunk into tokens.
//!
//! ASCII bytes are classified through a table; other characters are decoded
//! one at a time only where the scanner needs them. No allocation happens
//! per token beyond pushing its range.

use std::ops::Range;

use super::lexicon;
use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CharClass {
    /// Whitespace, invisible separators and control characters: never part
    /// of a token.
    Separator,
    /// Letters, digits, combining marks and anything unclassified.
    Word,
    /// Punctuation and simple symbols: one token per character.
    Punct,
    /// Pictographs and emoji, which carry modifiers and joiners.
    Symbol,
}

const fn ascii_classes() -> [CharClass; 128] {
    let mut table = [CharClass::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() || byte == b'_' {
            CharClass::Word
        } else if byte <= b' ' || byte == 0x7f {
            CharClass::Separator
        } else {
            CharClass::Punct
        };
        b += 1;
    }
    table
}

static ASCII_CLASSES: [CharClass; 128] = ascii_classes();

/// How `chunk_end` treats a byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ChunkByte {
    Plain,
    Separator,
    At,
    /// Lead or continuation byte of a non-ASCII character.
    NonAscii,
}

const fn chunk_bytes() -> [ChunkByte; 256] {
    let ascii = ascii_classes();
    let mut table = [ChunkByte::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if b == b'@' as usize {
            ChunkByte::At
        } else if matches!(ascii[b], CharClass::Separator) {
            ChunkByte::Separator
        } else {
            ChunkByte::Plain
        };
        b += 1;
    }
    table
}

static CHUNK_BYTES: [ChunkByte; 256] = chunk_bytes();

/// Sentinel for "no digit group may be extended".
const NO_OPEN_GROUP: usize = usize::MAX;

#[inline]
pub(super) fn classify(c: char) -> CharClass {
    if c.is_ascii() {
        ASCII_CLASSES[c as usize]
    } else if is_common_letter(c) {
        CharClass::Word
    } else {
        classify_non_ascii(c)
    }
}

/// Fast path for the frequent accented Latin and Cyrillic letters.
#[inline]
fn is_common_letter(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x02AF | 0x0400..=0x052F)
}

/// Classifies by code-point ranges: Rust's `is_alphanumeric` does a binary
/// search for every non-ASCII character, and accented Latin letters,
/// Cyrillic and « » are frequent enough for that to dominate the scan. Only
/// the letterlike-symbols block consults it.
fn classify_non_ascii(c: char) -> CharClass {
    let letter_or = |other: CharClass| {
        if c.is_alphanumeric() {
            CharClass::Word
        } else {
            other
        }
    };
    match c as u32 {
        // C1 controls, NBSP, Ogham space, Mongolian vowel separator, the
        // typographic spaces, zero-width space, line and paragraph
        // separators, bidirectional marks, narrow NBSP, invisible operators,
        // ideographic space, byte-order mark.
        0x0080..=0x00A0
        | 0x1680
        | 0x180E
        | 0x2000..=0x200B
        | 0x200E
        | 0x200F
        | 0x2028..=0x202F
        | 0x205F..=0x206F
        | 0x3000
        | 0xFEFF => CharClass::Separator,
        // Zero-width joiners belong inside Persian and Indic words; the soft
        // hyphen is a hyphenation hint inside a word.
        0x200C | 0x200D | 0x00AD => CharClass::Word,
        // The letters and numbers among Latin-1 punctuation: ª ² ³ µ ¹ º ¼ ½ ¾.
        0x00AA | 0x00B2 | 0x00B3 | 0x00B5 | 0x00B9 | 0x00BA | 0x00BC..=0x00BE => CharClass::Word,
        0x00A1..=0x00BF
        | 0x00D7
        | 0x00F7
        | 0x02B9..=0x02BB
        | 0x055A..=0x055F
        | 0x0589
        | 0x05BE
        | 0x05C0
        | 0x05C3
        | 0x05F3
        | 0x05F4
        | 0x060C
        | 0x061B
        | 0x061F
        | 0x066A..=0x066D
        | 0x06D4
        | 0x0964
        | 0x0965
        | 0x2010..=0x2027
        | 0x2030..=0x205E
        | 0x20A0..=0x20CF
        | 0x2E00..=0x2E7F
        | 0x3001..=0x303F
        | 0xFE10..=0xFE6F
        | 0xFF01..=0xFF0F
        | 0xFF1A..=0xFF20
        | 0xFF3B..=0xFF40
        | 0xFF5B..=0xFF65 => CharClass::Punct,
        0x2100..=0x214F => letter_or(CharClass::Symbol),
        0x2190..=0x2BFF | 0x1F000..=0x1FAFF => CharClass::Symbol,
        _ => CharClass::Word,
    }
}

/// Characters that modify or join the pictograph before them.
fn is_emoji_extender(c: char) -> bool {
    matches!(c as u32, 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// Length of a UTF-8 sequence from its lead byte.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

/// The only separators that may follow a digit group and still glue it to
/// the next one ("2 500", "2\u{202F}500").
fn is_digit_group_gap(gap: &str) -> bool {
    matches!(gap, " " | "\u{A0}" | "\u{202F}" | "\u{2009}")
}

/// "500", "500,5", "000.25": a group that continues a number split by a
/// thousands separator.
fn is_three_digit_group(group: &[u8]) -> bool {
    match group {
        [a, b, c] => a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit(),
        [a, b, c, sep, decimals @ ..] => {
            a.is_ascii_digit()
                && b.is_ascii_digit()
                && c.is_ascii_digit()
                && matches!(sep, b',' | b'.')
                && !decimals.is_empty()
                && decimals.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack.len() >= prefix.len() && haystack[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The top-level domains a web address in running text ends with: the
/// tokeniser keeps such an address one token ("bvoltaire.fr").
pub fn is_top_level_domain(label: &[u8]) -> bool {
    matches!(
        label,
        b"com"
            | b"org"
            | b"net"
            | b"fr"
            | b"info"
            | b"io"
            | b"ru"
            | b"de"
            | b"uk"
            | b"es"
            | b"it"
            | b"eu"
            | b"gov"
            | b"edu"
            | b"be"
            | b"ch"
            | b"ca"
            | b"ua"
            | b"pl"
            | b"pt"
            | b"nl"
            | b"tr"
            | b"us"
            | b"int"
            | b"news"
            | b"tv"
            | b"me"
            | b"ly"
            | b"co"
            | b"app"
            | b"br"
            | b"mx"
            | b"ar"
            | b"jp"
            | b"cn"
            | b"in"
            | b"au"
            | b"at"
            | b"se"
            | b"no"
            | b"dk"
            | b"fi"
            | b"cz"
            | b"ro"
            | b"gr"
            | b"il"
            | b"ma"
            | b"dz"
            | b"tn"
            | b"sn"
            | b"lu"
            | b"hu"
    )
}

fn is_german_month(word: &str) -> bool {
    matches!(
        word,
        "Januar"
            | "Jänner"
            | "Februar"
            | "März"
            | "April"
            | "Mai"
            | "Juni"
            | "Juli"
            | "August"
            | "September"
            | "Oktober"
            | "November"
            | "Dezember"
    )
}

pub(super) fn tokenize(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        lang,
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        open_digit_group: NO_OPEN_GROUP,
    };
    scanner.run();
    scanner.tokens
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    lang: Lang,
    tokens: Vec<Range<usize>>,
    /// End of the last token while it is a digit group of one to three
    /// digits that a following three-digit group may extend.
    open_digit_group: usize,
}

impl Scanner<'_> {
    /// The character starting at byte `i`, which is a char boundary below
    /// the text length.
    #[inline(always)]
    fn char_at(&self, i: usize) -> (char, usize) {
        let b = self.bytes[i];
        if b < 0x80 {
            return (b as char, 1);
        }
        // Decoding by hand avoids re-validating the slice `text[i..]`; the
        // text is valid UTF-8, so the fallback is never taken.
        let len = utf8_len(b);
        let continuation = |k: usize| u32::from(self.bytes.get(i + k).map_or(0, |c| c & 0x3F));
        let code = match len {
            2 => (u32::from(b & 0x1F) << 6) | continuation(1),
            3 => (u32::from(b & 0x0F) << 12) | (continuation(1) << 6) | continuation(2),
            _ => {
                (u32::from(b & 0x07) << 18)
                    | (continuation(1) << 12)
                    | (continuation(2) << 6)
                    | continuation(3)
            }
        };
        (char::from_u32(code).unwrap_or(' '), len)
    }

    #[inline]
    fn is_word_at(&self, i: usize) -> bool {
        classify(self.char_at(i).0) == CharClass::Word
    }

    /// Byte length of the separator at `i`, or 0 when `i` starts a token.
    #[inline]
    fn separator_len(&self, i: usize) -> usize {
        let b = self.bytes[i];
        if b < 0x80 {
            return usize::from(ASCII_CLASSES[b as usize] == CharClass::Separator);
        }
        // Non-ASCII separators all start with one of these lead bytes
        // (U+0080–U+00A0, U+1680, U+180E, U+2000–U+2060, U+3000, U+FEFF).
        if !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF) {
            return 0;
        }
        let (c, len) = self.char_at(i);
        if classify_non_ascii(c) == CharClass::Separator {
            len
        } else {
            0
        }
    }

    #[inline]
    fn push(&mut self, range: Range<usize>) {
        self.open_digit_group = NO_OPEN_GROUP;
        self.tokens.push(range);
    }

    fn run(&mut self) {
        let len = self.bytes.len();
        let mut i = 0;
        while i < len {
            let sep = self.separator_len(i);
            if sep > 0 {
                i += sep;
                continue;
            }
            let (end, has_at) = self.chunk_end(i);
            self.chunk(i, end, has_at);
            i = end;
        }
    }

    /// End of the whitespace-free chunk starting at `start`, and whether it
    /// contains an "@" (only then is an e-mail address possible).
    fn chunk_end(&self, start: usize) -> (usize, bool) {
        let len = self.bytes.len();
        let mut has_at = false;
        let mut i = start;
        loop {
            // Tight loop over the common bytes; the rest is sorted out below.
            while i < len && CHUNK_BYTES[self.bytes[i] as usize] == ChunkByte::Plain {
                i += 1;
            }
            if i >= len {
                return (len, has_at);
            }
            let b = self.bytes[i];
            match CHUNK_BYTES[b as usize] {
                ChunkByte::Separator => return (i, has_at),
                ChunkByte::At => {
                    has_at = true;
                    i += 1;
                }
                _ => {
                    if self.separator_len(i) > 0 {
                        return (i, has_at);
                    }
                    i += utf8_len(b);
                }
            }
        }
    }

    fn chunk(&mut self, start: usize, end: usize, has_at: bool) {
        let mut i = start;
        while i < end {
            let (c, len) = self.char_at(i);
            i = match classify(c) {
                CharClass::Word => self.word_or_address(i, start, end, has_at),
                CharClass::Symbol => self.symbol(i, c, len, end),
                CharClass::Punct | CharClass::Separator => self.punct(i, c, len, end),
            };
        }
    }

    fn word_or_address(&mut self, i: usize, chunk_start: usize, end: usize, has_at: bool) -> usize {
        if let Some(link_end) = self.link_end(i, end) {
            self.push(i..link_end);
            return link_end;
        }
        if has_at {
            if let Some(mail_end) = self.email_end(i, end) {
                self.push(i..mail_end);
                return mail_end;
            }
        }
        self.word(i, chunk_start, end)
    }

    fn link_end(&self, i: usize, end: usize) -> Option<usize> {
        let rest = &self.bytes[i..end];
        if !matches!(rest[0] | 0x20, b'h' | b'w') {
            return None;
        }
        let is_link = starts_with_ignore_case(rest, b"http://")
            || starts_with_ignore_case(rest, b"https://")
            || (starts_with_ignore_case(rest, b"www.")
                && rest.get(4).is_some_and(u8::is_ascii_alphanumeric));
        is_link.then(|| self.trim_link_tail(i, end))
    }

    /// A link runs to the end of its chunk minus the punctuation that
    /// closes the surrounding sentence or quote; a closing bracket stays
    /// only when the link itself opened it (Wikipedia-style URLs).
    fn trim_link_tail(&self, start: usize, end: usize) -> usize {
        let mut end = end;
        while end > start + 1 {
            let mut last = end - 1;
            while !self.text.is_char_boundary(last) {
                last -= 1;
            }
            let (c, _) = self.char_at(last);
            let link = &self.bytes[start..end];
            let count = |b: u8| link.iter().filter(|&&x| x == b).count();
            let trim = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '…' | '»' | '«' | '”' | '“' | '’' | '"'
                | '\'' | '>' => true,
                ')' => count(b'(') < count(b')'),
                ']' => count(b'[') < count(b']'),
                _ => false,
            };
            if !trim {
                break;
            }
            end = last;
        }
        end
    }

    fn email_end(&self, i: usize, end: usize) -> Option<usize> {
        let b = self.bytes;
        let mut j = i;
        while j < end
            && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            j += 1;
        }
        if j == i || j >= end || b[j] != b'@' {
            return None;
        }
        j += 1;
        let mut labels = 0;
        let mut mail_end = None;
        loop {
            let label_start = j;
            while j < end && (b[j].is_ascii_alphanumeric() || b[j] == b'-') {
                j += 1;
            }
            if j == label_start {
                break;
            }
            labels += 1;
            if labels >= 2 {
                mail_end = Some(j);
            }
            if j + 1 < end && b[j] == b'.' && b[j + 1].is_ascii_alphanumeric() {
                j += 1;
            } else {
                break;
            }
        }
        mail_end
    }

    fn symbol(&mut self, i: usize, first: char, len: usize, end: usize) -> usize {
        let mut j = i + len;
        let mut pairs_with_indicator = is_regional_indicator(first);
        while j < end {
            let (c, l) = self.char_at(j);
            if is_emoji_extender(c) {
                j += l;
            } else if c == '\u{200D}'
                && j + l < end
                && classify(self.char_at(j + l).0) == CharClass::Symbol
            {
                j += l + self.char_at(j + l).1;
            } else if pairs_with_indicator && is_regional_indicator(c) {
                // Two regional indicators spell one flag.
                pairs_with_indicator = false;
                j += l;
            } else {
                break;
            }
        }
        self.push(i..j);
        j
    }

    fn punct(&mut self, i: usize, c: char, len: usize, end: usize) -> usize {
        let j = match c {
            // "...", "--": a run is one token.
            '.' | '-' => {
                let mut j = i + 1;
                while j < end && self.bytes[j] == c as u8 {
                    j += 1;
                }
                j
            }
            '#' | '@' if i + 1 < end && self.is_word_at(i + 1) => self.skip_word_chars(i + 1, end),
            _ => i + len,
        };
        self.push(i..j);
        j
    }

    #[inline]
    fn skip_word_chars(&self, mut i: usize, end: usize) -> usize {
        while i < end {
            let b = self.bytes[i];
            if b < 0x80 {
                if ASCII_CLASSES[b as usize] != CharClass::Word {
                    break;
                }
                i += 1;
            } else {
                let (c, len) = self.char_at(i);
                if classify(c) != CharClass::Word {
                    break;
                }
                i += len;
            }
        }
        i
    }

    /// Scans the word starting at `start`, pushing it (or the pieces it
    /// splits into) and returning where scanning resumes.
    fn word(&mut self, start: usize, chunk_start: usize, end: usize) -> usize {
        let b = self.bytes;
        let mut p = start;
        let mut ends_with_period = false;
        loop {
            p = self.skip_word_chars(p, end);
            if p >= end {
                break;
            }
            let (c, len) = self.char_at(p);
            let after = p + len;
            let next_is_word = after < end && self.is_word_at(after);
            let between_digits =
                b[p - 1].is_ascii_digit() && after < end && b[after].is_ascii_digit();
            match c {
                '-' | '\u{2010}' | '\u{2011}' if next_is_word => {
                    if c == '-' && self.lang.splits_inverted_pronouns() {
                        if let Some(len) = self.inverted_pronoun_len(start, p, end) {
                            self.push(start..p);
                            self.push(p..p + len);
                            return p + len;
                        }
                    }
                    p = after;
                }
                '\'' | '’' if next_is_word => {
                    if let Some(resume) = self.split_at_apostrophe(start, p, after, end) {
                        return resume;
                    }
                    p = after;
                }
                '.' | ',' | ':' | '/' if between_digits => p = after,
                // Variant and model names: "BA.4", "XBB.1.5", "B.1.1.7".
                '.' if after < end
                    && b[after].is_ascii_digit()
                    && self.text[start..p]
                        .bytes()
                        .all(|d| d.is_ascii_uppercase() || d.is_ascii_digit() || d == b'.') =>
                {
                    p = after;
                }
                '.' if next_is_word || self.hyphen_joins_word(after, end) => {
                    // "(D-R.I.)": the dotted part may follow a hyphen.
                    let dotted = self.dotted_abbreviation_end(start, p, end).or_else(|| {
                        let hyphen = self.text[start..p].rfind('-')?;
                        self.dotted_abbreviation_end(start + hyphen + 1, p, end)
                    });
                    if let Some(abbrev_end) = dotted {
                        p = abbrev_end;
                        ends_with_period = true;
                        // "U.S.-led" continues as a compound.
                        if !self.hyphen_joins_word(p, end) {
                            break;
                        }
                        ends_with_period = false;
                        p += 1;
                    } else {
                        if let Some(domain_end) = self.domain_end(start, p, end) {
                            p = domain_end;
                        }
                        break;
                    }
                }
                // "n°" is written as one abbreviation.
                '°' if p == start + 1 && matches!(b[start], b'n' | b'N') => {
                    p = after;
                    break;
                }
                _ => break,
            }
        }
        if !ends_with_period && self.keeps_period(start, p, end) {
            p += 1;
        }
        self.finish_word(start, p, chunk_start, end);
        p
    }

    /// Pushes the word `start..p`, or glues it onto the previous digit group
    /// when it continues a number written with thousands separators.
    fn finish_word(&mut self, start: usize, p: usize, chunk_start: usize, end: usize) {
        let group = &self.bytes[start..p];
        let continues_number = start == chunk_start
            && self.open_digit_group != NO_OPEN_GROUP
            && is_digit_group_gap(&self.text[self.open_digit_group..start])
            && is_three_digit_group(group);
        if continues_number {
            if let Some(last) = self.tokens.last_mut() {
                last.end = p;
            }
            self.open_digit_group = if p == end && group.len() == 3 {
                p
            } else {
                NO_OPEN_GROUP
            };
            return;
        }
        self.push(start..p);
        if p == end && group.len() <= 3 && group.iter().all(u8::is_ascii_digit) {
            self.open_digit_group = p;
        }
    }

    /// Whether the period at `p`, right after the word `start..p`, belongs
    /// to it: initials and known abbreviations.
    fn keeps_period(&self, start: usize, p: usize, end: usize) -> bool {
        let b = self.bytes;
        if p >= end || b[p] != b'.' || (p + 1 < end && b[p + 1] == b'.') {
            return false;
        }
        let word = &self.text[start..p];
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if c.is_uppercase() {
                return true;
            }
        }
        let with_period = &self.text[start..=p];
        if lexicon::abbreviation(with_period, self.lang).is_some() {
            return !lexicon::needs_following_digit(with_period) || self.digit_follows(p + 1);
        }
        self.lang == Lang::De
            && word.len() <= 2
            && word.bytes().all(|d| d.is_ascii_digit())
            && self.month_follows(p + 1)
    }

    /// Whether a digit follows `i` after at most one space ("No. 10").
    fn digit_follows(&self, i: usize) -> bool {
        let b = self.bytes;
        let i = if b.get(i) == Some(&b' ') { i + 1 } else { i };
        b.get(i).is_some_and(u8::is_ascii_digit)
    }

    /// Whether a German month name follows `i` after one space ("1. Mai").
    fn month_follows(&self, i: usize) -> bool {
        if self.bytes.get(i) != Some(&b' ') || i + 1 >= self.bytes.len() {
            return false;
        }
        let word_end = self.skip_word_chars(i + 1, self.bytes.len());
        is_german_month(&self.text[i + 1..word_end])
    }

    fn inverted_pronoun_len(&self, start: usize, p: usize, end: usize) -> Option<usize> {
        let rest = &self.bytes[p..end];
        lexicon::INVERTED_PRONOUNS
            .iter()
            .map(|pronoun| pronoun.as_bytes())
            .find(|pronoun| {
                starts_with_ignore_case(rest, pronoun)
                    && (p + pronoun.len() == end || !self.is_word_at(p + pronoun.len()))
                    && !(pronoun == b"-on" && lexicon::is_english_on_compound(&self.text[start..p]))
            })
            .map(<[u8]>::len)
    }

    /// Splits elisions ("l'" + "État"), English clitics ("Putin" + "'s",
    /// "do" + "n't") and Turkish suffixes ("İstanbul" + "'da") at the
    /// apostrophe at `p`; returns where scanning resumes, or None when the
    /// apostrophe stays inside the word ("aujourd'hui").
    fn split_at_apostrophe(
        &mut self,
        start: usize,
        p: usize,
        after: usize,
        end: usize,
    ) -> Option<usize> {
        let b = self.bytes;
        let ends_word = |i: usize| i == end || !self.is_word_at(i);
        if lexicon::is_elision(&self.text[start..p]) {
            self.push(start..after);
            return Some(after);
        }
        if self.lang == Lang::Tr {
            let suffix_end = self.skip_word_chars(after, end);
            self.push(start..p);
            self.push(p..suffix_end);
            return Some(suffix_end);
        }
        let negation = p - 1 > start
            && matches!(b[p - 1], b'n' | b'N')
            && matches!(b[after], b't' | b'T')
            && ends_word(after + 1);
        if negation {
            self.push(start..p - 1);
            self.push(p - 1..after + 1);
            return Some(after + 1);
        }
        let clitic_len = lexicon::english_clitic_len(&b[after..end])?;
        if !ends_word(after + clitic_len) {
            return None;
        }
        self.push(start..p);
        self.push(p..after + clitic_len);
        Some(after + clitic_len)
    }

    /// Whether a hyphen at `i` joins a word that follows it.
    fn hyphen_joins_word(&self, i: usize, end: usize) -> bool {
        i + 1 < end && self.bytes[i] == b'-' && self.is_word_at(i + 1)
    }

    /// End of the dotted abbreviation starting at `start` whose first
    /// period is at `p`, unless the dots belong to a domain name ("t.me"),
    /// which the abbreviation lists override ("m.in." in Polish).
    fn dotted_abbreviation_end(&self, start: usize, p: usize, end: usize) -> Option<usize> {
        // The segments must reach past `p`: after "z.B.-on", the period in
        // "z.B.-onJ." must not rescan "z.B.".
        let abbrev_end = self.dotted_segments_end(start, end).filter(|&e| e > p)?;
        let listed = lexicon::abbreviation(&self.text[start..abbrev_end], self.lang).is_some();
        if !listed && self.domain_end(start, p, end).is_some() {
            return None;
        }
        Some(abbrev_end)
    }

    /// End of a run of one- or two-letter segments starting at `start`,
    /// each followed by a period: "U.S.A.", "z.B.", "т.е.", "EE.UU.",
    /// "J.-C.".
    fn dotted_segments_end(&self, start: usize, end: usize) -> Option<usize> {
        let b = self.bytes;
        let mut j = start;
        let mut segments = 0;
        let mut abbrev_end = None;
        loop {
            let mut letters = 0;
            while j < end && letters < 3 {
                let (c, len) = self.char_at(j);
                if !c.is_alphabetic() {
                    break;
                }
                j += len;
                letters += 1;
            }
            if letters == 0 || letters > 2 || j >= end || b[j] != b'.' {
                break;
            }
            j += 1;
            segments += 1;
            if segments >= 2 {
                abbrev_end = Some(j);
            }
            if j + 1 < end && b[j] == b'-' && self.char_at(j + 1).0.is_alphabetic() {
                j += 1;
            }
        }
        abbrev_end
    }

    /// End of a bare domain name such as "lemonde.fr" or "t.me" whose first
    /// label is `start..p` (a path makes it a link: "lemonde.fr/monde").
    fn domain_end(&self, start: usize, p: usize, end: usize) -> Option<usize> {
        let b = self.bytes;
        if !b[start..p]
            .iter()
            .all(|&x| x.is_ascii_alphanumeric() || x == b'-')
        {
            return None;
        }
        let mut j = p;
        let mut last_label = p..p;
        while j < end && b[j] == b'.' {
            let label_start = j + 1;
            let mut k = label_start;
            while k < end && (b[k].is_ascii_lowercase() || b[k].is_ascii_digit() || b[k] == b'-') {
                k += 1;
            }
            if k == label_start {
                break;
            }
            if k < end && self.is_word_at(k) {
                return None;
            }
            last_label = label_start..k;
            j = k;
        }
        if !is_top_level_domain(&b[last_label]) {
            return None;
        }
        if j < end && b[j] == b'/' {
            return Some(self.trim_link_tail(start, end));
        }
        Some(j)
    }
}
