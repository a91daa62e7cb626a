//! Sentence boundaries, decided over the token stream: a boundary can only
//! fall between two tokens, so every token lands in exactly one sentence and
//! sentences come out trimmed.

use std::ops::Range;

use super::lexicon::{self, AbbrevClass};
use super::tokenize::{classify, CharClass};
use super::Lang;

/// What a token contributes to sentence splitting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// ". ! ? 。" and their kin.
    Terminal,
    /// "…" or "...": ends a sentence unless lowercase follows or it stands
    /// for a cut inside brackets ("[…]").
    Ellipsis,
    /// "» ” ) ]": closes whatever the terminal ended.
    Closer,
    /// Quotes whose direction depends on spacing (" ' “ « „): closing when
    /// glued to the terminal (`He left."`, German `„Ja.“`), opening otherwise.
    QuoteMark,
    OpenBracket,
    /// A word that keeps its period.
    Abbrev(AbbrevClass),
    Word,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    None,
    Terminal { bracketed: bool },
    Abbrev(AbbrevClass),
}

/// Groups `tokens` into sentences: returns the sentences' byte ranges and,
/// for each, the index range of its tokens.
pub(super) fn split(
    text: &str,
    tokens: &[Range<usize>],
    lang: Lang,
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut sentences = Vec::with_capacity(tokens.len() / 16);
    let mut spans = Vec::with_capacity(tokens.len() / 16);
    let mut first = 0;
    let mut pending = Pending::None;
    let mut previous_role = Role::Other;
    let mut previous_end = 0;
    for (i, token) in tokens.iter().enumerate() {
        // Most tokens are plain words after a single space, which can
        // neither end nor continue a pending sentence end: skip them fast.
        let plain_word = bytes[token.start].is_ascii_alphanumeric() && bytes[token.end - 1] != b'.';
        let after_space = token.start == previous_end + 1 && bytes[previous_end] == b' ';
        if plain_word && pending == Pending::None && (i == first || after_space) {
            previous_role = Role::Word;
            previous_end = token.end;
            continue;
        }
        let word = &text[token.clone()];
        let role = if plain_word {
            Role::Word
        } else {
            role(word, lang)
        };
        if i > first {
            let attached = previous_end == token.start;
            let absorbed = role == Role::Closer || (role == Role::QuoteMark && attached);
            let boundary = has_line_break(&bytes[previous_end..token.start])
                || match pending {
                    Pending::None => false,
                    Pending::Terminal { .. }
                        if absorbed || matches!(role, Role::Terminal | Role::Ellipsis) =>
                    {
                        false
                    }
                    Pending::Terminal { bracketed } => !bracketed && opens_sentence(role, word),
                    Pending::Abbrev(_) if absorbed => false,
                    Pending::Abbrev(class) => ends_after_abbreviation(class, role, word),
                };
            if boundary {
                sentences.push(tokens[first].start..previous_end);
                spans.push(first..i);
                first = i;
            } else if absorbed && pending != Pending::None {
                previous_role = role;
                previous_end = token.end;
                continue;
            }
        }
        pending = match role {
            Role::Terminal => Pending::Terminal { bracketed: false },
            Role::Ellipsis => Pending::Terminal {
                bracketed: previous_role == Role::OpenBracket
                    && i > first
                    && tokens[i - 1].end == token.start,
            },
            Role::Abbrev(class) => Pending::Abbrev(class),
            _ => Pending::None,
        };
        previous_role = role;
        previous_end = token.end;
    }
    if let (Some(first_token), Some(last_token)) = (tokens.get(first), tokens.last()) {
        sentences.push(first_token.start..last_token.end);
        spans.push(first..tokens.len());
    }
    (sentences, spans)
}

fn role(token: &str, lang: Lang) -> Role {
    let bytes = token.as_bytes();
    let Some(&first) = bytes.first() else {
        return Role::Other;
    };
    if first.is_ascii_alphanumeric() {
        return if bytes.len() > 1 && bytes.ends_with(b".") {
            Role::Abbrev(abbreviation_class(token, lang))
        } else {
            Role::Word
        };
    }
    let mut chars = token.chars();
    let (Some(c), rest) = (chars.next(), chars.as_str()) else {
        return Role::Other;
    };
    match c {
        // Clitics and suffixes split at an apostrophe ("'s", "’da").
        '\'' | '’' if !rest.is_empty() => Role::Word,
        '.' if rest.is_empty() => Role::Terminal,
        '.' | '…' => Role::Ellipsis,
        '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '؟' | '۔' | '।' | '॥' => {
            Role::Terminal
        }
        ')' | ']' | '}' | '»' | '”' | '’' | '›' | '」' | '』' | '）' => Role::Closer,
        '"' | '\'' | '«' | '“' | '‘' | '„' | '‹' if rest.is_empty() => Role::QuoteMark,
        '(' | '[' | '{' => Role::OpenBracket,
        _ if classify(c) == CharClass::Word => {
            if bytes.len() > c.len_utf8() && bytes.ends_with(b".") {
                Role::Abbrev(abbreviation_class(token, lang))
            } else {
                Role::Word
            }
        }
        _ => Role::Other,
    }
}

fn abbreviation_class(token: &str, lang: Lang) -> AbbrevClass {
    if let Some(class) = lexicon::abbreviation(token, lang) {
        return class;
    }
    let body = &token[..token.len() - 1];
    if body.bytes().all(|b| b.is_ascii_digit()) {
        // German day ordinal: "am 1. Mai".
        return AbbrevClass::Title;
    }
    if body.contains('.') && body.chars().any(char::is_lowercase) {
        // Unknown lowercase dotted abbreviations ("a.m.") end sentences the
        // way "etc." does.
        return AbbrevClass::Final;
    }
    AbbrevClass::Name
}

fn first_char(word: &str) -> char {
    word.chars().next().unwrap_or(' ')
}

/// After a terminal: does `word` start a new sentence?
fn opens_sentence(role: Role, word: &str) -> bool {
    match role {
        Role::Word | Role::Abbrev(_) => !first_char(word).is_lowercase(),
        Role::QuoteMark | Role::OpenBracket => true,
        Role::Closer | Role::Terminal | Role::Ellipsis => false,
        Role::Other => !matches!(
            first_char(word),
            ',' | ';' | ':' | '%' | '/' | '&' | '|' | '+' | '=' | '°' | '·' | '،' | '؛'
        ),
    }
}

fn ends_after_abbreviation(class: AbbrevClass, role: Role, word: &str) -> bool {
    match class {
        AbbrevClass::Title => false,
        AbbrevClass::Final => match role {
            Role::Word | Role::Abbrev(_) => {
                let c = first_char(word);
                !c.is_lowercase() && !c.is_numeric()
            }
            Role::QuoteMark => true,
            _ => false,
        },
        AbbrevClass::Name => lexicon::is_sentence_opener(word),
    }
}

/// Whether the gap between two tokens holds a line break: every line is a
/// paragraph or a heading in the cleaned text.
fn has_line_break(gap: &[u8]) -> bool {
    gap.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\r' | 0x0B | 0x0C => true,
        // U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9).
        0x85 => i > 0 && gap[i - 1] == 0xC2,
        0xA8 | 0xA9 => i > 1 && gap[i - 1] == 0x80 && gap[i - 2] == 0xE2,
        _ => false,
    })
}
