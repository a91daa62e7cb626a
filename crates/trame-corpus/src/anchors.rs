//! Paragraphs and language-independent anchors of a document: the numbers
//! and the entity mentions, in text order, which a translation keeps while
//! every word changes.

use crate::normalize::{hash_tagged, name_skeleton};
use crate::numbers::{find_numbers, is_common_value, value_key};
use trame_doc::{Document, Span, TextIndex};

/// What an anchor is, which decides how much a match on it proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorClass {
    /// A number every text writes: a day, a year, a small count.
    CommonNumber = 0,
    /// Any other number.
    Number = 1,
    /// An entity mention: its QID, else the skeleton of its name.
    Entity = 2,
}

impl AnchorClass {
    /// Weight of a match in the anchor similarity. A specific number is the
    /// strongest evidence; articles on one topic share their entities, and
    /// every article shares days and years.
    pub fn weight(self) -> f32 {
        match self {
            AnchorClass::CommonNumber => 0.25,
            AnchorClass::Number => 1.0,
            AnchorClass::Entity => 0.35,
        }
    }

    fn from_bits(bits: u32) -> AnchorClass {
        match bits & 3 {
            0 => AnchorClass::CommonNumber,
            1 => AnchorClass::Number,
            _ => AnchorClass::Entity,
        }
    }
}

/// An anchor packed in 32 bits: 30 bits of key hash, 2 bits of class. Equal
/// codes mean the same number or the same entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AnchorCode(pub u32);

impl AnchorCode {
    fn new(class: AnchorClass, key: u64) -> Self {
        AnchorCode(((key as u32) & !3) | class as u32)
    }
    pub fn class(self) -> AnchorClass {
        AnchorClass::from_bits(self.0)
    }
    pub fn weight(self) -> f32 {
        self.class().weight()
    }
}

/// An anchor at its place in the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    /// Code-point offset in the text.
    pub position: usize,
    pub code: AnchorCode,
}

/// Code-point spans of the paragraphs of a clean text: runs of text
/// separated by blank lines (cleanup writes "\n\n" between paragraphs),
/// trimmed, empty ones skipped.
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut newlines = 0;
    let mut blank_run_start = 0;
    for (position, &c) in chars.iter().enumerate() {
        if c == '\n' {
            if newlines == 0 {
                blank_run_start = position;
            }
            newlines += 1;
        } else if !c.is_whitespace() && newlines > 0 {
            if newlines >= 2 {
                push_trimmed(&chars, &mut spans, start, blank_run_start);
                start = position;
            }
            newlines = 0;
        }
    }
    push_trimmed(&chars, &mut spans, start, chars.len());
    spans
}

fn push_trimmed(chars: &[char], spans: &mut Vec<Span>, start: usize, end: usize) {
    let piece = &chars[start..end];
    let leading = piece.iter().take_while(|c| c.is_whitespace()).count();
    let trailing = piece[leading..]
        .iter()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    if leading + trailing < piece.len() {
        spans.push(Span::new(start + leading, end - trailing));
    }
}

/// The numbers and entity mentions of a document in text order.
pub fn document_anchors(doc: &Document, index: &TextIndex) -> Vec<Anchor> {
    let mut anchors: Vec<Anchor> = find_numbers(&doc.text)
        .into_iter()
        .map(|n| {
            let class = if is_common_value(n.value) {
                AnchorClass::CommonNumber
            } else {
                AnchorClass::Number
            };
            Anchor {
                position: index.char(n.start),
                code: number_code(class, n.value),
            }
        })
        .collect();
    for entity in &doc.entities {
        let Some(code) = entity_code(entity) else {
            continue;
        };
        anchors.extend(entity.mentions.iter().map(|m| Anchor {
            position: m.start,
            code,
        }));
    }
    anchors.sort_by_key(|a| a.position);
    // A number inside an entity name ("G7") is part of the name.
    anchors.dedup_by_key(|a| a.position);
    anchors
}

fn number_code(class: AnchorClass, value: f64) -> AnchorCode {
    AnchorCode::new(class, crate::normalize::mix(value_key(value)))
}

/// The anchor of an entity: its QID when linked, else the consonant skeleton
/// of the last word of its name (the surname of a person, which survives
/// transliteration and inflection); none when the skeleton is too short to
/// mean anything.
fn entity_code(entity: &trame_doc::Entity) -> Option<AnchorCode> {
    if let Some(qid) = entity.kb_id.as_deref().filter(|q| !q.is_empty()) {
        return Some(AnchorCode::new(
            AnchorClass::Entity,
            hash_tagged("qid", qid),
        ));
    }
    let last_word = entity.name.split_whitespace().last()?;
    let skeleton = name_skeleton(last_word);
    (skeleton.len() >= 2)
        .then(|| AnchorCode::new(AnchorClass::Entity, hash_tagged("name", &skeleton)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let text = "First para\nstill first.\n\n  Second.\n \n\nThird\n";
        let spans = paragraph_spans(text);
        let texts: Vec<String> = spans
            .iter()
            .map(|s| text.chars().skip(s.start).take(s.len()).collect())
            .collect();
        assert_eq!(texts, vec!["First para\nstill first.", "Second.", "Third"]);
        assert!(paragraph_spans(" \n\n ").is_empty());
    }

    #[test]
    fn anchors_mix_numbers_and_entities_in_order() {
        let text = "Кестрения: 3 000 боевиков, 2022.";
        let doc = Document {
            text: text.into(),
            entities: vec![trame_doc::Entity {
                id: "e0".into(),
                label: trame_doc::EntityLabel::Loc,
                name: "Кестрения".into(),
                kb_id: None,
                mentions: vec![Span::new(0, 9)],
            }],
            ..Default::default()
        };
        let anchors = document_anchors(&doc, &TextIndex::new(text));
        let classes: Vec<AnchorClass> = anchors.iter().map(|a| a.code.class()).collect();
        assert_eq!(
            classes,
            vec![
                AnchorClass::Entity,
                AnchorClass::Number,
                AnchorClass::CommonNumber
            ]
        );
        assert_eq!(anchors[1].position, 11);
        assert_eq!(
            anchors[1].code,
            number_code(AnchorClass::Number, 3000.0),
            "3 000 reads as 3000"
        );
    }
}
