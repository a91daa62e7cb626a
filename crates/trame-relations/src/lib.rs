//! Relations the text itself asserts, each with the clause that states it.
//!
//! Two kinds, both between entities of the document:
//!
//! - `member_of`: subject = member (country or organisation), object = the
//!   organisation. Stated by enumerations ("l'OTSC, qui réunit la Russie, la
//!   Biélorussie …", "the members of X are …", "в ОДКБ входят …"), by
//!   membership predicates ("X n'est pas membre de Y", "X is not a member of
//!   Y", "X не является членом Y") and by joining or leaving ("X a rejoint
//!   Y", "X left Y"). Leaving is `member_of` with `negated = true`: what the
//!   text asserts afterwards is that X is no longer a member, and one kind
//!   keeps consumers from reconciling two.
//! - `role`: subject = person, object = organisation or country, `role` = the
//!   role words lowercased without article ("secrétaire général", "ancien
//!   directeur", "пресс-секретарь"). A role given by a demonym ("le Premier
//!   ministre hongrois X") links to the country only when the document has an
//!   entity for that country; otherwise no relation is emitted, since an
//!   object that is not an entity id would break the schema.
//!
//! The rules are lexical and anchored on entity mentions: a relation needs
//! both ends to be entities, so a missed entity costs recall, never a
//! dangling id. Two allowances for the tagger: an organisation may carry any
//! label when its name says what it is ("Pacte des Marches du Nord", tagged
//! LOC), and an organisation the tagger missed once may still be found by the
//! text of its other mentions. "L'organisation, qui réunit …" resolves to the
//! nearest organisation before it. Positive and negated membership of the
//! same pair (joined, then left) are both kept. Evidence spans run from the
//! first to the last words of the construction, within one sentence.
//! Sentences without a trigger word are skipped before any other work.

mod lexicon;
mod rules;

use trame_doc::{Document, EntityLabel, Relation, TextIndex};

/// The relation kind of membership (and, negated, of non-membership).
pub const MEMBER_OF: &str = "member_of";
/// The relation kind of a person's position in an organisation or country.
pub const ROLE: &str = "role";

/// One entity mention, in byte offsets of `Document::text`.
#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    entity: usize,
    label: EntityLabel,
}

/// A relation found by a rule, before offsets are converted and ids looked up.
#[derive(Debug)]
struct Found {
    kind: &'static str,
    subject: usize,
    object: usize,
    role: Option<String>,
    negated: bool,
    /// Byte range of the evidence.
    start: usize,
    end: usize,
}

/// The relations stated in `doc`, deduplicated on (kind, subject, object,
/// negated) with the first evidence kept, in text order.
pub fn relations(doc: &Document) -> Vec<Relation> {
    relations_indexed(doc, &TextIndex::new(&doc.text))
}

/// [`relations`] with the caller's index of `doc.text`: the pipeline builds
/// one per document for all its stages.
pub fn relations_indexed(doc: &Document, index: &TextIndex) -> Vec<Relation> {
    let text = doc.text.as_str();
    // Every relation links two distinct entities.
    if doc.entities.len() < 2 {
        return Vec::new();
    }
    let mentions = mentions_in_bytes(doc, index);
    let mut found = Vec::new();
    for sentence in &doc.sentences {
        let start = index.byte(sentence.start);
        let end = index.byte(sentence.end);
        if start >= end {
            continue;
        }
        let first = mentions.partition_point(|m| m.start < start);
        let inside: Vec<Mention> = mentions[first..]
            .iter()
            .take_while(|m| m.start < end)
            .filter(|m| m.end <= end)
            .copied()
            .collect();
        if inside.is_empty() {
            continue;
        }
        let ctx = rules::Context {
            text,
            doc,
            start,
            end,
            mentions: &inside,
            all_mentions: &mentions,
        };
        rules::find(&ctx, &mut found);
    }
    finish(doc, index, found)
}

/// Every mention of every entity as byte ranges, sorted by start; spans that
/// fall outside the text or are empty are dropped.
fn mentions_in_bytes(doc: &Document, index: &TextIndex) -> Vec<Mention> {
    let len_chars = index.len_chars();
    let mut mentions: Vec<Mention> = doc
        .entities
        .iter()
        .enumerate()
        .flat_map(|(entity, e)| {
            e.mentions
                .iter()
                .filter(move |s| s.start < s.end && s.end <= len_chars)
                .map(move |s| Mention {
                    start: index.byte(s.start),
                    end: index.byte(s.end),
                    entity,
                    label: e.label,
                })
        })
        .collect();
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    mentions
}

/// Orders, deduplicates and converts found relations to schema relations.
fn finish(doc: &Document, index: &TextIndex, mut found: Vec<Found>) -> Vec<Relation> {
    // Stable: among equal starts the rule order decides which evidence wins.
    found.sort_by_key(|f| f.start);
    let mut out: Vec<Relation> = Vec::new();
    for f in found {
        if f.subject == f.object {
            continue;
        }
        let (Some(subject), Some(object)) =
            (doc.entities.get(f.subject), doc.entities.get(f.object))
        else {
            continue;
        };
        let duplicate = out.iter().any(|r| {
            r.kind == f.kind
                && r.subject == subject.id
                && r.object == object.id
                && r.negated == f.negated
        });
        if duplicate {
            continue;
        }
        out.push(Relation {
            kind: f.kind.to_string(),
            subject: subject.id.clone(),
            object: object.id.clone(),
            role: f.role,
            negated: f.negated,
            start: index.char(f.start),
            end: index.char(f.end),
        });
    }
    out
}
