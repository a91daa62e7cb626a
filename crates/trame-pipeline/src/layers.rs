//! Stages after segmentation that tie layers together: quote speakers and
//! claim sources become entity ids, claims list the entities they mention.

use std::collections::HashSet;
use std::ops::Range;
use trame_doc::{Document, EntityLabel, Span, TextIndex};

/// Every entity mention in text order, with its entity's index.
struct MentionIndex {
    mentions: Vec<(Span, usize)>,
}

impl MentionIndex {
    fn new(doc: &Document) -> Self {
        let mut mentions: Vec<(Span, usize)> = doc
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i)))
            .collect();
        mentions.sort_unstable_by_key(|&(m, _)| (m.start, m.end));
        MentionIndex { mentions }
    }

    /// Mentions that start before `span` ends, scanning only those that can
    /// overlap it.
    fn overlapping(&self, span: Span) -> impl Iterator<Item = &(Span, usize)> {
        let end = self.mentions.partition_point(|(m, _)| m.start < span.end);
        self.mentions[..end]
            .iter()
            .filter(move |(m, _)| m.overlaps(span))
    }

    /// The entity named inside `span`: the longest mention overlapping it.
    fn named_in(&self, span: Span) -> Option<usize> {
        self.overlapping(span)
            .max_by_key(|(m, _)| m.len())
            .map(|&(_, e)| e)
    }

    /// The nearest person mentioned before `pos`: what a pronoun subject
    /// ("il", "she", "он") most often refers to in news prose.
    fn person_before(&self, doc: &Document, pos: usize) -> Option<usize> {
        let end = self.mentions.partition_point(|(m, _)| m.end <= pos);
        self.mentions[..end]
            .iter()
            .rev()
            .find(|&&(_, e)| doc.entities[e].label == EntityLabel::Per)
            .map(|&(_, e)| e)
    }
}

/// Adds the quote layer: quotes found in `sentences` (byte ranges), with
/// speakers resolved to entity ids when the speaker is named, or is a
/// pronoun standing for the last person mentioned.
pub fn add_quotes(doc: &mut Document, index: &TextIndex, sentences: &[Range<usize>]) {
    let found = trame_quotes::find_quotes(&doc.text, sentences, doc.meta.language.as_deref());
    let pronoun_starts: HashSet<usize> = found
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .filter(|s| s.pronoun)
        .map(|s| index.char(s.range.start))
        .collect();
    let mut quotes = trame_quotes::to_schema(&doc.text, &found);
    let mentions = MentionIndex::new(doc);
    for quote in &mut quotes {
        let Some(span) = quote.speaker_span else {
            continue;
        };
        let entity = if pronoun_starts.contains(&span.start) {
            mentions.person_before(doc, span.start)
        } else {
            mentions.named_in(span)
        };
        quote.speaker = entity.map(|e| doc.entities[e].id.clone());
    }
    doc.quotes = quotes;
}

/// Adds the claim layer, with the entities each claim mentions and the
/// entity its source names.
pub fn add_claims(doc: &mut Document, sentences: &[Range<usize>]) {
    let mut claims =
        trame_claims::extract_claims(&doc.text, sentences, doc.meta.language.as_deref());
    let mentions = MentionIndex::new(doc);
    for claim in &mut claims {
        let span = Span::new(claim.start, claim.end);
        let mut seen = HashSet::new();
        claim.entities = mentions
            .overlapping(span)
            .filter(|(m, _)| span.contains(*m))
            .filter(|&&(_, e)| seen.insert(e))
            .map(|&(_, e)| doc.entities[e].id.clone())
            .collect();
        if let (Some(s), Some(e)) = (claim.source.start, claim.source.end) {
            claim.source.entity = mentions
                .named_in(Span::new(s, e))
                .map(|i| doc.entities[i].id.clone());
        }
    }
    doc.claims = claims;
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_doc::Entity;

    fn doc_with(text: &str, entities: Vec<(EntityLabel, Vec<(usize, usize)>)>) -> Document {
        Document {
            text: text.into(),
            entities: entities
                .into_iter()
                .enumerate()
                .map(|(i, (label, ms))| Entity {
                    id: format!("e{i}"),
                    label,
                    name: String::new(),
                    kb_id: None,
                    mentions: ms.into_iter().map(|(a, b)| Span::new(a, b)).collect(),
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn finds_named_and_preceding_people() {
        let doc = doc_with(
            "Aurel Kostan est arrivé à Dravik. Il a parlé.",
            vec![
                (EntityLabel::Per, vec![(0, 12)]),
                (EntityLabel::Loc, vec![(26, 32)]),
            ],
        );
        let idx = MentionIndex::new(&doc);
        assert_eq!(idx.named_in(Span::new(6, 12)), Some(0));
        assert_eq!(idx.named_in(Span::new(13, 20)), None);
        assert_eq!(idx.person_before(&doc, 34), Some(0));
        assert_eq!(idx.person_before(&doc, 0), None);
    }
}
