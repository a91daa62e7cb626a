//! The shared lexical layer of the claim stages: a case-folded copy of a
//! sentence with the same byte offsets, a light tokenizer over it, and
//! phrase sets matched token by token.
//!
//! Every stage works on tokens rather than on regexes with `\b`: Unicode word
//! boundaries push the regex engine off its DFA on accented or Cyrillic text,
//! while one pass of tokenizing per sentence plus hash lookups per word stays
//! linear and cheap. Folding keeps byte offsets identical to the original, so
//! a token range indexes both texts.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// FNV-1a: the lexicons hash short, fixed keys, for which SipHash's
/// protection against chosen keys buys nothing and costs a third of the
/// stage's time.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The languages whose conventions (decimal comma, "billion") change a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    Fr,
    En,
    Ru,
    Unknown,
}

impl Lang {
    pub(crate) fn from_code(code: Option<&str>) -> Lang {
        match code.map(|c| c.get(..2).unwrap_or(c).to_ascii_lowercase()) {
            Some(c) if c == "fr" => Lang::Fr,
            Some(c) if c == "en" => Lang::En,
            Some(c) if c == "ru" => Lang::Ru,
            _ => Lang::Unknown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, possibly with digits and inner hyphens ("g7", "su-27", "по-видимому").
    Word,
    /// Digits with their decimal and grouping separators ("3 000", "1,5").
    Num,
    /// One other character; typographic apostrophes are read as `'`.
    Sym(char),
}

#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub(crate) range: Range<usize>,
    pub(crate) kind: Kind,
}

/// A sentence with its folded copy and tokens.
pub(crate) struct Analysed<'a> {
    pub(crate) text: &'a str,
    pub(crate) folded: String,
    pub(crate) toks: Vec<Tok>,
}

impl<'a> Analysed<'a> {
    pub(crate) fn new(text: &'a str) -> Analysed<'a> {
        let folded = fold(text);
        let toks = tokenize(&folded);
        Analysed { text, folded, toks }
    }

    /// The folded text of token `i` when it is a word.
    pub(crate) fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Word).then(|| &self.folded[t.range.clone()])
    }

    /// The word `back` tokens before token `i`, if that token is a word.
    pub(crate) fn word_before(&self, i: usize, back: usize) -> Option<&str> {
        self.word(i.checked_sub(back)?)
    }

    /// The value of token `i` when it is four ASCII digits, as years are
    /// written ("1914", "2022").
    pub(crate) fn four_digits(&self, i: usize) -> Option<u32> {
        let raw = &self.text[self.toks.get(i)?.range.clone()];
        is_four_digits(raw).then(|| raw.parse().ok()).flatten()
    }

    pub(crate) fn sym(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Sym(c) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Num)
    }

    /// The key a phrase pattern compares against: folded words and numbers,
    /// and the character of a symbol.
    pub(crate) fn key(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        match t.kind {
            Kind::Sym('\'') => Some("'"),
            _ => Some(&self.folded[t.range.clone()]),
        }
    }

    /// Whether token `i` starts with an uppercase letter in the original text.
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && self.text[t.range.clone()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
    }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    pub(crate) fn glued(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.range.end == b.range.start,
            _ => false,
        }
    }

    /// Whether the sentence ends with a question mark, closing quotes aside.
    pub(crate) fn is_question(&self) -> bool {
        self.text
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '»' | '"' | '”' | ')' | '\'')
            })
            .ends_with('?')
    }

    /// Byte range from the start of token `first` to the end of token `last`.
    pub(crate) fn span(&self, first: usize, last: usize) -> Range<usize> {
        let start = self.toks.get(first).map_or(0, |t| t.range.start);
        let end = self.toks.get(last).map_or(self.text.len(), |t| t.range.end);
        start..end.max(start)
    }
}

/// Lowercases `text` character by character, keeping every character's byte
/// length so offsets stay valid in the original; folds "ё" to "е" as Russian
/// writers do.
/// Whether `raw` is four ASCII digits.
pub(crate) fn is_four_digits(raw: &str) -> bool {
    raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `c` is a letter of the Cyrillic block.
pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c)
}

pub(crate) fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        let folded = match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        };
        out.push(if folded == 'ё' { 'е' } else { folded });
    }
    out
}

/// Spaces that French and Russian typography put between digit groups.
pub(crate) fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')
}

fn digits_len(s: &str, from: usize) -> usize {
    s.as_bytes()
        .get(from..)
        .map_or(0, |b| b.iter().take_while(|b| b.is_ascii_digit()).count())
}

fn tokenize(s: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(s.len() / 5 + 1);
    let mut pos = 0;
    while let Some(c) = s[pos..].chars().next() {
        let start = pos;
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let kind = if c.is_ascii_digit() {
            pos = number_end(s, pos);
            Kind::Num
        } else if c.is_alphanumeric() {
            pos = word_end(s, pos);
            Kind::Word
        } else {
            pos += c.len_utf8();
            Kind::Sym(match c {
                '’' | '‘' | 'ʼ' => '\'',
                // The minus sign and Unicode hyphens join ranges as the
                // hyphen does: "на 5−7 минут".
                '\u{2212}' | '\u{2010}' | '\u{2011}' => '-',
                other => other,
            })
        };
        toks.push(Tok {
            range: start..pos,
            kind,
        });
    }
    toks
}

/// End of the number starting at `start`: decimal or grouping `.`/`,`
/// followed by digits, and space-separated groups of exactly three digits
/// after a group of one to three (so "en 2022 3 000" keeps the year apart).
fn number_end(s: &str, start: usize) -> usize {
    let mut end = start + digits_len(s, start);
    let mut group_len = end - start;
    let mut separator_seen = false;
    while let Some(c) = s[end..].chars().next() {
        if matches!(c, '.' | ',') {
            let n = digits_len(s, end + 1);
            if n == 0 {
                break;
            }
            end += 1 + n;
            group_len = n;
            separator_seen = true;
        } else if is_group_space(c) && !separator_seen && (1..=3).contains(&group_len) {
            let after = end + c.len_utf8();
            if digits_len(s, after) != 3 {
                break;
            }
            end = after + 3;
            group_len = 3;
        } else {
            break;
        }
    }
    end
}

fn word_end(s: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = s[start..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_hyphen = matches!(c, '-' | '\u{2011}')
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_hyphen {
            end = start + i + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// One token of a phrase: a folded word or symbol, or a stem matching every
/// word it begins ("présumé*" matches "présumée").
#[derive(Debug)]
struct Pat {
    text: String,
    stem: bool,
}

impl Pat {
    fn matches(&self, key: &str) -> bool {
        if self.stem {
            key.starts_with(self.text.as_str())
        } else {
            key == self.text
        }
    }
}

/// Multi-word phrases with a value each, looked up by their first token
/// (forward matching) and by their last (backward matching). Stems may only
/// end a phrase of two or more tokens, or stand alone.
pub(crate) struct PhraseSet<T> {
    by_first: FastMap<String, Vec<(Vec<Pat>, T)>>,
    by_last: FastMap<String, Vec<(Vec<Pat>, T)>>,
    lone_stems: Vec<(Pat, T)>,
}

impl<T: Copy> PhraseSet<T> {
    pub(crate) fn new(phrases: &[(&str, T)]) -> PhraseSet<T> {
        let mut set = PhraseSet {
            by_first: FastMap::default(),
            by_last: FastMap::default(),
            lone_stems: Vec::new(),
        };
        for &(phrase, value) in phrases {
            let (body, stem) = match phrase.strip_suffix('*') {
                Some(body) => (body, true),
                None => (phrase, false),
            };
            let a = Analysed::new(body);
            let mut pats: Vec<Pat> = (0..a.toks.len())
                .filter_map(|i| a.key(i))
                .map(|k| Pat {
                    text: k.to_owned(),
                    stem: false,
                })
                .collect();
            if let Some(last) = pats.last_mut() {
                last.stem = stem;
            }
            match pats.len() {
                0 => {}
                1 if stem => set.lone_stems.extend(pats.pop().map(|p| (p, value))),
                _ => {
                    let first = pats[0].text.clone();
                    let last = pats[pats.len() - 1].text.clone();
                    let copy: Vec<Pat> = pats
                        .iter()
                        .map(|p| Pat {
                            text: p.text.clone(),
                            stem: p.stem,
                        })
                        .collect();
                    set.by_first.entry(first).or_default().push((pats, value));
                    if !stem {
                        set.by_last.entry(last).or_default().push((copy, value));
                    }
                }
            }
        }
        set
    }

    /// The longest phrase starting at token `i`: (index past its last token, value).
    pub(crate) fn longest_at(&self, a: &Analysed, i: usize) -> Option<(usize, T)> {
        let key = a.key(i)?;
        let mut best: Option<(usize, T)> = None;
        if let Some(cands) = self.by_first.get(key) {
            for (pats, value) in cands {
                let fits = pats
                    .iter()
                    .enumerate()
                    .all(|(k, p)| a.key(i + k).is_some_and(|key| p.matches(key)));
                if fits && best.is_none_or(|(end, _)| i + pats.len() > end) {
                    best = Some((i + pats.len(), *value));
                }
            }
        }
        if best.is_none() && a.word(i).is_some() {
            best = self
                .lone_stems
                .iter()
                .find(|(p, _)| p.matches(key))
                .map(|(_, v)| (i + 1, *v));
        }
        best
    }

    /// The longest phrase whose last token is `end - 1`: (index of its first token, value).
    pub(crate) fn longest_ending_at(&self, a: &Analysed, end: usize) -> Option<(usize, T)> {
        let last = end.checked_sub(1)?;
        let cands = self.by_last.get(a.key(last)?)?;
        let mut best: Option<(usize, T)> = None;
        for (pats, value) in cands {
            let Some(start) = end.checked_sub(pats.len()) else {
                continue;
            };
            let fits = pats
                .iter()
                .enumerate()
                .all(|(k, p)| a.key(start + k).is_some_and(|key| p.matches(key)));
            if fits && best.is_none_or(|(s, _)| start < s) {
                best = Some((start, *value));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(a: &Analysed) -> Vec<String> {
        a.toks
            .iter()
            .map(|t| a.text[t.range.clone()].to_owned())
            .collect()
    }

    #[test]
    fn fold_keeps_offsets() {
        for s in ["Éric À ПУТИН Ёлка", "İstanbul ẞ", "plain"] {
            assert_eq!(fold(s).len(), s.len());
        }
        assert_eq!(fold("ЁЛКА Été"), "елка été");
    }

    #[test]
    fn numbers_group_by_thin_spaces_but_keep_years_apart() {
        let a = Analysed::new("en 2022 3 000 soldats, 1\u{202F}200 et 2,5 millions");
        assert_eq!(
            texts(&a),
            [
                "en",
                "2022",
                "3 000",
                "soldats",
                ",",
                "1\u{202F}200",
                "et",
                "2,5",
                "millions"
            ]
        );
    }

    #[test]
    fn words_keep_inner_hyphens_and_split_elisions() {
        let a = Analysed::new("jusqu’à quatre-vingt-dix Su-27, по-видимому.");
        assert_eq!(
            texts(&a),
            [
                "jusqu",
                "’",
                "à",
                "quatre-vingt-dix",
                "Su-27",
                ",",
                "по-видимому",
                "."
            ]
        );
        assert_eq!(a.key(1), Some("'"));
    }

    #[test]
    fn phrase_sets_match_longest_both_ways() {
        let set = PhraseSet::new(&[("moins de", 1), ("pas moins de", 2), ("présumé*", 3)]);
        let a = Analysed::new("pas moins de 40 présumées");
        assert_eq!(set.longest_at(&a, 0), Some((3, 2)));
        assert_eq!(set.longest_ending_at(&a, 3), Some((0, 2)));
        assert_eq!(set.longest_at(&a, 4), Some((5, 3)));
        assert_eq!(set.longest_ending_at(&a, 0), None);
    }
}
