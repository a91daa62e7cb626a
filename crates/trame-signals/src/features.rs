//! Hashed features computed in one pass over the text, without allocating per
//! feature: the persuasion layer runs over every paragraph of every document,
//! so it must stay a small fraction of the cost of the whole analysis.

use crate::lexicon::{cue_mask, CUE_COUNT};

/// Feature groups. Each group is scaled by 1/sqrt(its feature count) so that
/// long and short paragraphs give logits of comparable size and the few cue
/// features are not drowned by hundreds of character n-grams.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    Chars = 0,
    Words = 1,
    Cues = 2,
}

pub(crate) const GROUP_COUNT: usize = 3;

const MIX: u64 = 0x517c_c1b7_2722_0a95;
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;
const NS_CHAR: u64 = 0x243f_6a88_85a3_08d3;
const NS_UNIGRAM: u64 = 0x1319_8a2e_0370_7344;
const NS_BIGRAM: u64 = 0xa409_3822_299f_31d0;
const NS_CUE: u64 = 0x082e_fa98_ec4e_6c89;

#[inline]
fn step(hash: u64, value: u64) -> u64 {
    (hash.rotate_left(5) ^ value).wrapping_mul(MIX)
}

/// Bucket of a hash in a table of 2^bits rows.
#[inline]
pub(crate) fn bucket(hash: u64, namespace: u64, bits: u32) -> u32 {
    ((hash ^ namespace).wrapping_mul(SPREAD) >> (64 - bits)) as u32
}

/// Characters below this code point (Latin-1, Latin Extended, Greek,
/// Cyrillic) are classified from a table: the Unicode lookups of the standard
/// library dominated the cost of non-English text.
const TABLE_END: u32 = 0x500;

const ALPHABETIC: u8 = 1;
const ALPHANUMERIC: u8 = 2;
const UPPERCASE: u8 = 4;

/// Per code point below `TABLE_END`: lower-case form and class bits, exactly
/// as `char::to_lowercase` (first char) and the `char::is_*` methods give them.
fn table() -> &'static [(char, u8)] {
    static TABLE: std::sync::OnceLock<Vec<(char, u8)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0..TABLE_END)
            .map(|code| {
                let c = char::from_u32(code).unwrap_or(' ');
                let lower = c.to_lowercase().next().unwrap_or(c);
                let mut flags = 0;
                if c.is_alphabetic() {
                    flags |= ALPHABETIC;
                }
                if c.is_alphanumeric() {
                    flags |= ALPHANUMERIC;
                }
                if c.is_uppercase() {
                    flags |= UPPERCASE;
                }
                (lower, flags)
            })
            .collect()
    })
}

#[inline]
fn flags(c: char) -> Option<u8> {
    table().get(c as usize).map(|&(_, flags)| flags)
}

#[inline]
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if let Some(&(lower, _)) = table().get(c as usize) {
        lower
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Characters that continue a word: letters and digits, plus a hyphen between
/// them ("soi-disant", "so-called") handled by the tokenizer.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        flags(c).map_or_else(|| c.is_alphanumeric(), |f| f & ALPHANUMERIC != 0)
    }
}

#[inline]
fn is_alphabetic(c: char) -> bool {
    flags(c).map_or_else(|| c.is_alphabetic(), |f| f & ALPHABETIC != 0)
}

#[inline]
fn is_uppercase(c: char) -> bool {
    flags(c).map_or_else(|| c.is_uppercase(), |f| f & UPPERCASE != 0)
}

/// Hash of a word, lower-cased, as the tokenizer computes it.
pub(crate) fn word_hash(word: &str) -> u64 {
    word.chars().fold(0, |hash, c| step(hash, lower(c) as u64))
}

/// A token: byte range in the text and hash of its lower-cased form.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub hash: u64,
    pub all_caps: bool,
}

/// Words of a text: runs of letters and digits, joined by inner hyphens.
pub(crate) struct Words<'a> {
    text: &'a str,
    pos: usize,
}

pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let rest = self.text.get(self.pos..)?;
        let mut chars = rest.char_indices().peekable();
        let start = loop {
            let (offset, c) = chars.next()?;
            if is_word_char(c) {
                break offset;
            }
        };
        let mut hash = 0;
        let mut end = start;
        let mut upper = 0usize;
        let mut letters = 0usize;
        let mut iter = rest[start..].char_indices().peekable();
        while let Some((offset, c)) = iter.next() {
            if is_word_char(c) {
                if is_alphabetic(c) {
                    letters += 1;
                    upper += usize::from(is_uppercase(c));
                }
                hash = step(hash, lower(c) as u64);
                end = start + offset + c.len_utf8();
            } else if c == '-' && iter.peek().is_some_and(|&(_, next)| is_word_char(next)) {
                hash = step(hash, '-' as u64);
            } else {
                break;
            }
        }
        self.pos += end;
        Some(Word {
            start: self.pos - (end - start),
            end: self.pos,
            hash,
            all_caps: letters >= 3 && upper == letters,
        })
    }
}

/// Character used for character n-grams: case, digits, quotes and apostrophes
/// folded so that typography does not split the statistics.
#[inline]
fn fold(c: char) -> char {
    match c {
        '0'..='9' => '0',
        '«' | '»' | '“' | '”' | '„' | '"' => '"',
        '’' | '‘' | '`' => '\'',
        '…' => '.',
        c if c.is_whitespace() => ' ',
        c => lower(c),
    }
}

#[inline]
fn count_bucket(count: usize) -> u64 {
    match count {
        0 => 0,
        1 => 1,
        2 => 2,
        _ => 3,
    }
}

/// Length of the character n-grams.
const CHAR_ORDER: usize = 4;

/// Calls `sink(bucket, group)` for every feature of `text` (character
/// n-grams only when `char_grams`), then returns the per-group scales
/// (1/sqrt(count)) to apply to the sums.
pub(crate) fn for_each_feature(
    text: &str,
    lang: &str,
    bits: u32,
    char_grams: bool,
    mut sink: impl FnMut(u32, Group),
) -> [f32; GROUP_COUNT] {
    let mut counts = [0usize; GROUP_COUNT];
    let mut emit = |hash: u64, namespace: u64, group: Group| {
        sink(bucket(hash, namespace, bits), group);
        counts[group as usize] += 1;
    };

    // Character 4-grams over the folded text, runs of spaces collapsed (3-
    // and 5-grams as well cost three times as much for half a point of
    // micro-F1 in cross-validation).
    let mut window = [' ' as u64; CHAR_ORDER];
    let mut filled = 1usize;
    let mut previous_space = true;
    let mut questions = 0usize;
    let mut exclamations = 0usize;
    let mut quotes = 0usize;
    let mut digits = 0usize;
    let mut ellipses = 0usize;
    for c in text.chars() {
        match c {
            '?' => questions += 1,
            '!' => exclamations += 1,
            '«' | '»' | '“' | '”' | '"' | '„' => quotes += 1,
            '…' => ellipses += 1,
            '0'..='9' => digits += 1,
            _ => {}
        }
        if !char_grams {
            continue;
        }
        let folded = fold(c);
        if folded == ' ' {
            if previous_space {
                continue;
            }
            previous_space = true;
        } else {
            previous_space = false;
        }
        window.copy_within(1.., 0);
        window[CHAR_ORDER - 1] = folded as u64;
        filled += 1;
        if filled >= CHAR_ORDER {
            let gram = window.iter().fold(CHAR_ORDER as u64, |h, &v| step(h, v));
            emit(gram, NS_CHAR, Group::Chars);
        }
    }

    // Word unigrams and bigrams, and lexicon cue counts.
    let mut cue_counts = [0usize; CUE_COUNT];
    let mut previous = None;
    let mut word_count = 0usize;
    let mut all_caps = 0usize;
    for word in words(text) {
        word_count += 1;
        all_caps += usize::from(word.all_caps);
        emit(word.hash, NS_UNIGRAM, Group::Words);
        if let Some(previous) = previous {
            emit(step(previous, word.hash), NS_BIGRAM, Group::Words);
        }
        previous = Some(word.hash);
        let mask = cue_mask(lang, word.hash);
        for (cue, count) in cue_counts.iter_mut().enumerate() {
            *count += usize::from(mask & (1 << cue) != 0);
        }
    }

    let last = text.trim_end().chars().next_back().unwrap_or(' ');
    let first = text.trim_start().chars().next().unwrap_or(' ');
    let length = match word_count {
        0..=7 => 0,
        8..=19 => 1,
        20..=49 => 2,
        50..=99 => 3,
        _ => 4,
    };
    let cues: [(u64, u64); 11] = [
        (1, count_bucket(questions)),
        (2, count_bucket(exclamations)),
        (3, count_bucket(quotes)),
        (4, count_bucket(all_caps)),
        (5, count_bucket(ellipses + text.matches("...").count())),
        (6, count_bucket(digits.min(3))),
        (7, length),
        (8, fold(last) as u64),
        (9, fold(first) as u64),
        (10, 0), // always present: a per-language bias shared with the cue group
        (11, u64::from(text.contains('%'))),
    ];
    for (cue, value) in cues {
        emit(step(cue, value), NS_CUE, Group::Cues);
    }
    for (cue, count) in cue_counts.iter().enumerate() {
        emit(
            step(100 + cue as u64, count_bucket(*count)),
            NS_CUE,
            Group::Cues,
        );
    }

    counts.map(|count| {
        if count == 0 {
            0.0
        } else {
            1.0 / (count as f32).sqrt()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_and_split_apostrophes() {
        let text = "L’État, soi-disant «neutre» -- OUI!";
        let found: Vec<&str> = words(text).map(|w| &text[w.start..w.end]).collect();
        assert_eq!(found, ["L", "État", "soi-disant", "neutre", "OUI"]);
        assert!(words(text).last().is_some_and(|w| w.all_caps));
        assert_eq!(
            words(text).nth(3).map(|w| w.hash),
            Some(word_hash("NEUTRE"))
        );
    }

    #[test]
    fn character_table_agrees_with_the_standard_library() {
        for c in (0..TABLE_END + 0x100).filter_map(char::from_u32) {
            assert_eq!(lower(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn features_are_deterministic_and_in_range() {
        let mut first = Vec::new();
        let scales = for_each_feature("Quelle honte !", "fr", 12, true, |b, g| first.push((b, g)));
        let mut second = Vec::new();
        for_each_feature("Quelle honte !", "fr", 12, true, |b, g| second.push((b, g)));
        assert_eq!(first, second);
        assert!(first.iter().all(|&(b, _)| b < 1 << 12));
        assert!(scales.iter().all(|s| *s > 0.0));
    }
}
