//! `relations` takes any document: arbitrary text, sentences and entity
//! spans, including spans past the end of the text or reversed.

use proptest::prelude::*;
use trame_doc::{Document, Entity, EntityLabel, Span};
use trame_relations::relations;

const WORDS: &[&str] = &[
    "l'OTSC",
    ", qui réunit",
    "la Russie",
    "et",
    "dont",
    "n'est pas membre",
    "de l'",
    "OTAN",
    "secrétaire général",
    "Premier ministre",
    "hongrois",
    "Jens",
    "joined",
    "members of",
    "в",
    "входят",
    "Россия",
    ",",
    ".",
    " ",
    "é",
    "l'a rejoint",
    "Pacte",
    "президент",
    "€",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(WORDS), 0..40).prop_map(|w| w.join(" ")),
        ".{0,200}",
    ]
}

fn span_strategy() -> impl Strategy<Value = Span> {
    (0usize..260, 0usize..40).prop_map(|(start, len)| Span::new(start, start + len))
}

fn label_strategy() -> impl Strategy<Value = EntityLabel> {
    prop_oneof![
        Just(EntityLabel::Per),
        Just(EntityLabel::Org),
        Just(EntityLabel::Loc),
        Just(EntityLabel::Misc),
    ]
}

prop_compose! {
    fn document()(
        text in text_strategy(),
        sentences in proptest::collection::vec((0usize..260, 0usize..260), 0..6),
        entities in proptest::collection::vec(
            (label_strategy(), proptest::collection::vec(span_strategy(), 0..5)),
            0..8,
        ),
    ) -> Document {
        let len = text.chars().count();
        let mut sentences: Vec<Span> = sentences.into_iter().map(|(a, b)| Span::new(a, b)).collect();
        // Half the cases also get a sentence over the whole text, so rules run.
        if len % 2 == 0 {
            sentences.push(Span::new(0, len));
        }
        Document {
            text,
            sentences,
            entities: entities
                .into_iter()
                .enumerate()
                .map(|(i, (label, mentions))| Entity {
                    id: format!("e{i}"),
                    label,
                    name: format!("entity {i}"),
                    kb_id: None,
                    mentions,
                })
                .collect(),
            ..Default::default()
        }
    }
}

proptest! {
    #[test]
    fn relations_stay_inside_the_text_and_reference_entities(doc in document()) {
        let len = doc.text.chars().count();
        for r in relations(&doc) {
            prop_assert!(r.start <= r.end && r.end <= len, "{r:?} in {len}");
            prop_assert!(doc.entities.iter().any(|e| e.id == r.subject));
            prop_assert!(doc.entities.iter().any(|e| e.id == r.object));
            prop_assert_ne!(&r.subject, &r.object);
        }
    }
}
