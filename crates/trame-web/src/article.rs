//! The article page's text: every layer of a stored document turned into
//! spans for the markup renderer, and the lists shown beside the text.

use crate::i18n::Texts;
use crate::markup::{render, Markup, Tag};
use std::collections::HashMap;
use trame_doc::{Document, EntityLabel, QuoteKind, SourceKind};
use trame_store::StoredDocument;

/// A layer the reader can switch off, with how many spans it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    /// The class suffix the script toggles (`hide-<key>` on the article).
    pub key: &'static str,
    pub name: &'static str,
    pub count: usize,
}

/// A named thing in the side lists, linked when it is a corpus entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityLink {
    pub name: String,
    pub href: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationLine {
    pub kind: String,
    pub subject: EntityLink,
    pub object: EntityLink,
    pub role: Option<String>,
    pub negated: bool,
    pub evidence: String,
}

/// The text of a document as layered HTML, with its layers.
pub struct LayeredText {
    pub html: String,
    pub layers: Vec<Layer>,
}

/// Corpus links of a document's entities, by local id.
pub struct EntityLinks<'d> {
    document: &'d Document,
    corpus: HashMap<&'d str, i64>,
}

impl<'d> EntityLinks<'d> {
    pub fn new(stored: &'d StoredDocument) -> Self {
        EntityLinks {
            document: &stored.document,
            corpus: stored
                .entity_ids
                .iter()
                .map(|pair| (pair.local.as_str(), pair.corpus))
                .collect(),
        }
    }

    fn href(&self, local: &str) -> Option<String> {
        self.corpus.get(local).map(|id| format!("/entities/{id}"))
    }

    fn name(&self, local: &str) -> Option<&'d str> {
        self.document
            .entities
            .iter()
            .find(|e| e.id == local)
            .map(|e| e.name.as_str())
    }

    pub fn link(&self, local: &str) -> EntityLink {
        EntityLink {
            name: self.name(local).unwrap_or(local).to_string(),
            href: self.href(local),
        }
    }
}

fn label_class(label: EntityLabel) -> &'static str {
    match label {
        EntityLabel::Per => "ent ent-per",
        EntityLabel::Org => "ent ent-org",
        EntityLabel::Loc => "ent ent-loc",
        EntityLabel::Misc => "ent ent-misc",
    }
}

fn source_class(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "claim src-named",
        SourceKind::Anonymous => "claim src-anonymous",
        SourceKind::Document => "claim src-document",
        SourceKind::None => "claim src-none",
    }
}

fn source_kind_code(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "named",
        SourceKind::Anonymous => "anonymous",
        SourceKind::Document => "document",
        SourceKind::None => "none",
    }
}

/// Every layer of `stored` drawn over its text.
pub fn layered_text(stored: &StoredDocument, links: &EntityLinks, t: &Texts) -> LayeredText {
    let doc = &stored.document;
    let mut spans: Vec<Markup> = Vec::new();
    let mut layers: Vec<Layer> = Vec::new();
    let mut add_layer = |key, name, layer: Vec<Markup>, spans: &mut Vec<Markup>| {
        if !layer.is_empty() {
            layers.push(Layer {
                key,
                name,
                count: layer.len(),
            });
            spans.extend(layer);
        }
    };

    let entities = doc
        .entities
        .iter()
        .flat_map(|e| {
            let tag = links.href(&e.id).map_or(Tag::Span, Tag::Link);
            let title = format!("{} ({})", e.name, e.label);
            e.mentions.iter().map(move |m| {
                Markup::new(m.start, m.end, tag.clone(), label_class(e.label))
                    .with_title(title.clone())
            })
        })
        .collect();
    add_layer("entities", t.layer_entities, entities, &mut spans);

    let quotes = doc
        .quotes
        .iter()
        .map(|q| {
            let speaker = q
                .speaker
                .as_deref()
                .and_then(|s| links.name(s))
                .or(q.speaker_text.as_deref());
            let class = match q.kind {
                QuoteKind::Direct => "quote quote-direct",
                QuoteKind::Partial => "quote quote-partial",
                QuoteKind::Indirect => "quote quote-indirect",
            };
            let markup = Markup::new(q.start, q.end, Tag::Span, class);
            match speaker {
                Some(name) => markup
                    .with_title(format!("{} {name}", t.said_by))
                    .with_label(name),
                None => markup.with_title(t.unattributed).with_label("?"),
            }
        })
        .collect();
    add_layer("quotes", t.layer_quotes, quotes, &mut spans);

    let claims = doc
        .claims
        .iter()
        .map(|c| {
            let kind = source_kind_code(c.source.kind);
            let mut title = format!("{}: {}", t.sourcing, t.source_kind_name(kind));
            if let Some(words) = &c.source.text {
                title.push_str(" — ");
                title.push_str(words);
            }
            Markup::new(c.start, c.end, Tag::Span, source_class(c.source.kind))
                .with_title(title)
                .with_label(t.source_kind_name(kind))
        })
        .collect();
    add_layer("claims", t.layer_claims, claims, &mut spans);

    let hedges = doc
        .claims
        .iter()
        .flat_map(|c| &c.hedges)
        .map(|h| Markup::new(h.start, h.end, Tag::Span, "hedge").with_title(t.hedge))
        .collect();
    add_layer("hedges", t.layer_hedges, hedges, &mut spans);

    let numbers = doc
        .claims
        .iter()
        .flat_map(|c| &c.quantities)
        .map(|q| {
            let unit = q
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            Markup::new(q.start, q.end, Tag::Span, "num").with_title(format!("{}{unit}", q.value))
        })
        .collect();
    add_layer("numbers", t.layer_numbers, numbers, &mut spans);

    let signals = doc
        .signals
        .iter()
        .map(|s| {
            // SemEval names read better with spaces ("Loaded Language").
            let name = s.technique.replace('_', " ");
            Markup::new(s.start, s.end, Tag::Span, "signal")
                .with_title(name.clone())
                .with_label(name)
        })
        .collect();
    add_layer("signals", t.layer_signals, signals, &mut spans);

    LayeredText {
        html: render(&doc.text, &spans),
        layers,
    }
}

/// The relations of a document, with the words that state them.
pub fn relation_lines(stored: &StoredDocument, links: &EntityLinks) -> Vec<RelationLine> {
    let doc = &stored.document;
    doc.relations
        .iter()
        .map(|r| RelationLine {
            kind: r.kind.clone(),
            subject: links.link(&r.subject),
            object: links.link(&r.object),
            role: r.role.clone(),
            negated: r.negated,
            evidence: doc.slice(trame_doc::Span::new(r.start, r.end)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use trame_doc::{Claim, ClaimSource, Entity, Quote, Span, TextSpan};
    use trame_store::EntityIdPair;

    /// A sentence of the sample story (`story-fr-horizon.html`) with the
    /// layers the pipeline gives it.
    fn horizon_sentence() -> StoredDocument {
        let text = "« Nous ne céderons pas », a déclaré Aurel Kostan, selon qui 3 000 soldats seraient déployés.";
        let chars = |needle: &str| {
            let byte = text.find(needle).expect("needle in text");
            let start = text[..byte].chars().count();
            (start, start + needle.chars().count())
        };
        let (ks, ke) = chars("Aurel Kostan");
        let (qs, qe) = chars("Nous ne céderons pas");
        let (ns, ne) = chars("3 000");
        let (hs, he) = chars("seraient");
        let claim_start = chars("selon").0;
        StoredDocument {
            seq: 1,
            version: 1,
            superseded_by: None,
            story: Some(1),
            entity_ids: vec![EntityIdPair {
                local: "e0".into(),
                corpus: 7,
            }],
            claim_groups: vec![None],
            document: Document {
                id: "d1".into(),
                text: text.into(),
                entities: vec![Entity {
                    id: "e0".into(),
                    label: EntityLabel::Per,
                    name: "Aurel Kostan".into(),
                    kb_id: None,
                    mentions: vec![Span::new(ks, ke)],
                }],
                quotes: vec![Quote {
                    start: qs,
                    end: qe,
                    text: "Nous ne céderons pas".into(),
                    kind: QuoteKind::Direct,
                    speaker: Some("e0".into()),
                    speaker_text: None,
                    speaker_span: None,
                    cue: None,
                }],
                claims: vec![Claim {
                    start: claim_start,
                    end: text.chars().count(),
                    text: String::new(),
                    quantities: vec![trame_doc::Quantity {
                        start: ns,
                        end: ne,
                        value: 3000.0,
                        unit: Some("soldats".into()),
                        approx: false,
                        bound: None,
                    }],
                    source: ClaimSource {
                        kind: SourceKind::Named,
                        entity: Some("e0".into()),
                        start: None,
                        end: None,
                        text: None,
                    },
                    hedges: vec![TextSpan {
                        start: hs,
                        end: he,
                        text: "seraient".into(),
                    }],
                    entities: vec![],
                }],
                ..Default::default()
            },
        }
    }

    #[test]
    fn every_layer_is_drawn_and_counted() {
        let stored = horizon_sentence();
        let links = EntityLinks::new(&stored);
        let layered = layered_text(&stored, &links, &EN);
        let keys: Vec<(&str, usize)> = layered.layers.iter().map(|l| (l.key, l.count)).collect();
        assert_eq!(
            keys,
            [
                ("entities", 1),
                ("quotes", 1),
                ("claims", 1),
                ("hedges", 1),
                ("numbers", 1)
            ]
        );
        let html = &layered.html;
        assert!(html.contains(
            "<a href=\"/entities/7\" class=\"ent ent-per\" title=\"Aurel Kostan (PER)\">Aurel Kostan</a>"
        ));
        assert!(html.contains(
            "<span class=\"quote quote-direct\" title=\"said by Aurel Kostan\" data-label=\"Aurel Kostan\">Nous ne céderons pas</span>"
        ));
        assert!(html.contains("data-label=\"named\">selon qui <span class=\"num\" title=\"3000 soldats\">3 000</span>"));
        assert!(html.contains("<span class=\"hedge\" title=\"hedge\">seraient</span>"));
    }
}
