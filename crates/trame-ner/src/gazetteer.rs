//! Name lists: longest match of token sequences against `name<TAB>LABEL` entries.

use std::collections::HashMap;
use std::io::BufRead;

use crate::hash::{combine, hash_str};
use crate::tag::{Label, Tag};
use crate::NerError;

/// Names longer than this many tokens are ignored: they are rare and would slow matching.
const MAX_NAME_TOKENS: usize = 8;

/// A set of names, each a token sequence with a label. Matching is case-sensitive:
/// capitalisation is what separates "Orange" the company from "orange".
#[derive(Debug, Default, Clone)]
pub struct Gazetteer {
    names: HashMap<u64, Label>,
    max_tokens: usize,
}

fn sequence_hash<T: AsRef<str>>(tokens: &[T]) -> u64 {
    tokens
        .iter()
        .fold(0x6a7a, |h, t| combine(h, hash_str(t.as_ref())))
}

impl Gazetteer {
    /// Reads `name<TAB>LABEL` lines; the name is split into tokens on whitespace, so it
    /// must be written as the tokenizer splits it (`Jean - Pierre` vs `Jean-Pierre`).
    /// Blank lines and lines starting with `#` are skipped.
    pub fn from_tsv(reader: impl BufRead) -> Result<Gazetteer, NerError> {
        let mut gazetteer = Gazetteer::default();
        for (n, line) in reader.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, label) = line.rsplit_once('\t').ok_or_else(|| NerError::Format {
                line: n + 1,
                message: "expected name<TAB>LABEL".to_string(),
            })?;
            let label = Label::parse(label.trim()).ok_or_else(|| NerError::Format {
                line: n + 1,
                message: format!("unknown label {label:?}"),
            })?;
            let tokens: Vec<&str> = name.split_whitespace().collect();
            gazetteer.insert(&tokens, label);
        }
        Ok(gazetteer)
    }

    /// Adds a name; the last label given for a name wins.
    pub fn insert<T: AsRef<str>>(&mut self, tokens: &[T], label: Label) {
        if tokens.is_empty() || tokens.len() > MAX_NAME_TOKENS {
            return;
        }
        self.names.insert(sequence_hash(tokens), label);
        self.max_tokens = self.max_tokens.max(tokens.len());
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Greedy left-to-right longest match; matched tokens get `B-`/`I-` tags.
    pub fn match_tags<T: AsRef<str>>(&self, tokens: &[T]) -> Vec<Option<Tag>> {
        let mut out = vec![None; tokens.len()];
        let mut i = 0;
        while i < tokens.len() {
            let longest = (1..=self.max_tokens.min(tokens.len() - i))
                .rev()
                .find_map(|len| {
                    self.names
                        .get(&sequence_hash(&tokens[i..i + len]))
                        .map(|&l| (len, l))
                });
            match longest {
                Some((len, label)) => {
                    out[i] = Some(Tag::B(label));
                    for slot in &mut out[i + 1..i + len] {
                        *slot = Some(Tag::I(label));
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins() {
        let tsv = "Nord\tLOC\nNord - Kivu\tLOC\nBanque de France\tORG\n# comment\nFrance\tLOC\n";
        let gaz = Gazetteer::from_tsv(tsv.as_bytes()).unwrap();
        assert_eq!(gaz.len(), 4);
        let tags = gaz.match_tags(&["la", "Banque", "de", "France", "au", "Nord", "-", "Kivu"]);
        assert_eq!(
            tags,
            [
                None,
                Some(Tag::B(Label::Org)),
                Some(Tag::I(Label::Org)),
                Some(Tag::I(Label::Org)),
                None,
                Some(Tag::B(Label::Loc)),
                Some(Tag::I(Label::Loc)),
                Some(Tag::I(Label::Loc)),
            ]
        );
    }

    #[test]
    fn rejects_bad_lines() {
        assert!(Gazetteer::from_tsv("Paris\n".as_bytes()).is_err());
        assert!(Gazetteer::from_tsv("Paris\tCITY\n".as_bytes()).is_err());
    }
}
