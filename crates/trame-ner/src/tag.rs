//! Entity labels, BIO tags and span conversion.

use std::fmt;
use std::ops::Range;

/// Entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Per,
    Org,
    Loc,
    Misc,
}

impl Label {
    pub const ALL: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    /// Parses the label names used by the shared corpora (case-insensitive):
    /// HIPE writes `pers`, OntoNotes-style data writes `GPE`.
    pub fn parse(s: &str) -> Option<Label> {
        match s.to_ascii_uppercase().as_str() {
            "PER" | "PERS" | "PERSON" => Some(Label::Per),
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Some(Label::Org),
            "LOC" | "LOCATION" | "GPE" => Some(Label::Loc),
            "MISC" => Some(Label::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            Label::Per => 0,
            Label::Org => 1,
            Label::Loc => 2,
            Label::Misc => 3,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// BIO tag of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(Label),
    I(Label),
}

/// Number of distinct tags: O plus B and I for each label.
pub(crate) const N_TAGS: usize = 1 + 2 * Label::ALL.len();

impl Tag {
    /// Dense index used by the weight tables: O = 0, B-X = 1 + 2x, I-X = 2 + 2x.
    pub(crate) fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(l) => 1 + 2 * l.index(),
            Tag::I(l) => 2 + 2 * l.index(),
        }
    }

    pub(crate) fn from_index(i: usize) -> Tag {
        if i == 0 {
            return Tag::O;
        }
        let label = Label::ALL[(i - 1) / 2];
        if (i - 1) & 1 == 0 {
            Tag::B(label)
        } else {
            Tag::I(label)
        }
    }

    pub fn label(self) -> Option<Label> {
        match self {
            Tag::O => None,
            Tag::B(l) | Tag::I(l) => Some(l),
        }
    }

    /// Parses `O`, `B-X`, `I-X` (also `B_X`); `None` for anything else.
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" || s == "_" {
            return Some(Tag::O);
        }
        let (prefix, label) = s.split_at_checked(2)?;
        let label = Label::parse(label)?;
        match prefix {
            "B-" | "B_" => Some(Tag::B(label)),
            "I-" | "I_" => Some(Tag::I(label)),
            _ => None,
        }
    }

    /// Whether `self` may follow `prev` in well-formed IOB2 (`None` = sentence start).
    pub(crate) fn may_follow(self, prev: Option<Tag>) -> bool {
        match self {
            Tag::I(l) => matches!(prev, Some(Tag::B(p)) | Some(Tag::I(p)) if p == l),
            _ => true,
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(l) => write!(f, "B-{l}"),
            Tag::I(l) => write!(f, "I-{l}"),
        }
    }
}

/// Token-index entity spans of a BIO sequence. An `I-X` that does not continue an
/// entity of type X opens a new one (the CoNLL evaluation script's reading), so IOB1
/// input and ill-formed predictions still yield spans.
pub fn spans(tags: &[Tag]) -> Vec<(Range<usize>, Label)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        match tag {
            Tag::O => {
                if let Some((start, l)) = open.take() {
                    out.push((start..i, l));
                }
            }
            Tag::B(l) => {
                if let Some((start, p)) = open.take() {
                    out.push((start..i, p));
                }
                open = Some((i, l));
            }
            Tag::I(l) => match open {
                Some((_, p)) if p == l => {}
                _ => {
                    if let Some((start, p)) = open.take() {
                        out.push((start..i, p));
                    }
                    open = Some((i, l));
                }
            },
        }
    }
    if let Some((start, l)) = open {
        out.push((start..tags.len(), l));
    }
    out
}

/// Rewrites IOB1 (or IO) tags as IOB2: an `I-X` that opens an entity becomes `B-X`.
pub(crate) fn to_iob2(tags: &mut [Tag]) {
    let mut prev = Tag::O;
    for tag in tags.iter_mut() {
        if let Tag::I(l) = *tag {
            if prev.label() != Some(l) {
                *tag = Tag::B(l);
            }
        }
        prev = *tag;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_round_trip() {
        for i in 0..N_TAGS {
            assert_eq!(Tag::from_index(i).index(), i);
        }
    }

    #[test]
    fn spans_from_iob2() {
        let tags = [
            Tag::B(Label::Per),
            Tag::I(Label::Per),
            Tag::O,
            Tag::B(Label::Org),
            Tag::B(Label::Org),
            Tag::I(Label::Org),
        ];
        assert_eq!(
            spans(&tags),
            vec![(0..2, Label::Per), (3..4, Label::Org), (4..6, Label::Org)]
        );
    }

    #[test]
    fn spans_from_ill_formed_sequences() {
        let tags = [Tag::I(Label::Loc), Tag::I(Label::Per), Tag::I(Label::Per)];
        assert_eq!(spans(&tags), vec![(0..1, Label::Loc), (1..3, Label::Per)]);
        assert!(spans(&[]).is_empty());
    }

    #[test]
    fn iob1_becomes_iob2() {
        let mut tags = [
            Tag::I(Label::Per),
            Tag::I(Label::Per),
            Tag::O,
            Tag::I(Label::Loc),
        ];
        to_iob2(&mut tags);
        assert_eq!(
            tags,
            [
                Tag::B(Label::Per),
                Tag::I(Label::Per),
                Tag::O,
                Tag::B(Label::Loc)
            ]
        );
    }

    #[test]
    fn parse_tags() {
        assert_eq!(Tag::parse("B-PER"), Some(Tag::B(Label::Per)));
        assert_eq!(Tag::parse("I-pers"), Some(Tag::I(Label::Per)));
        assert_eq!(Tag::parse("O"), Some(Tag::O));
        assert_eq!(Tag::parse("B-DATE"), None);
        assert_eq!(Tag::parse("é"), None);
    }
}
