//! Fingerprints, comparisons, diffs and keys never panic, whatever the
//! document, as long as its spans are valid (inside the text, start ≤ end).

use proptest::prelude::*;
use std::collections::HashMap;
use trame_corpus::{claim_key, compare, diff, entity_key, fingerprint, Fingerprint, LinkKind};
use trame_doc::{
    Bound, Claim, ClaimSource, Document, Entity, EntityLabel, Quantity, SourceKind, Span, TextSpan,
};

/// Text mixing the scripts, digits, separators and paragraph breaks the
/// crate parses.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "([a-zA-Zéœ]{1,8}|[а-яё]{1,6}|[0-9]{1,4}|[ ,.'’\u{a0}]|\n\n?|[«»“”$%—]){0,120}",
    )
    .expect("regex")
}

/// A valid span of a text of `len` code points.
fn span(len: usize) -> impl Strategy<Value = Span> {
    (0..=len, 0..=len).prop_map(|(a, b)| Span::new(a.min(b), a.max(b)))
}

fn label() -> impl Strategy<Value = EntityLabel> {
    prop_oneof![
        Just(EntityLabel::Per),
        Just(EntityLabel::Org),
        Just(EntityLabel::Loc),
        Just(EntityLabel::Misc)
    ]
}

fn source_kind() -> impl Strategy<Value = SourceKind> {
    prop_oneof![
        Just(SourceKind::Named),
        Just(SourceKind::Anonymous),
        Just(SourceKind::Document),
        Just(SourceKind::None)
    ]
}

fn document() -> impl Strategy<Value = Document> {
    (
        text(),
        prop_oneof![
            Just(None),
            Just(Some("en")),
            Just(Some("fr")),
            Just(Some("ru"))
        ],
    )
        .prop_flat_map(|(text, language)| {
            let len = text.chars().count();
            let entity = (
                label(),
                "[A-Za-zА-я. ]{0,20}",
                proptest::option::of("Q[0-9]{1,5}"),
                proptest::collection::vec(span(len), 0..4),
            );
            let quantity = (
                span(len),
                any::<f64>(),
                proptest::option::of("[a-z%]{1,6}"),
                any::<bool>(),
                proptest::option::of(prop_oneof![Just(Bound::Min), Just(Bound::Max)]),
            );
            let claim = (
                span(len),
                "[a-z ]{0,30}",
                proptest::collection::vec(quantity, 0..3),
                source_kind(),
                proptest::option::of(span(len)),
                proptest::collection::vec((span(len), "[a-z]{1,8}"), 0..2),
                proptest::collection::vec(0usize..4, 0..3),
            );
            (
                Just(text),
                Just(language),
                proptest::collection::vec(span(len), 0..8),
                proptest::collection::vec(entity, 0..4),
                proptest::collection::vec(claim, 0..4),
            )
        })
        .prop_map(|(text, language, mut sentences, entities, claims)| {
            sentences.sort();
            let entities = entities
                .into_iter()
                .enumerate()
                .map(|(i, (label, name, kb_id, mentions))| Entity {
                    id: format!("e{i}"),
                    label,
                    name,
                    kb_id,
                    mentions,
                })
                .collect();
            let claims = claims
                .into_iter()
                .map(
                    |(span, text, quantities, kind, source, hedges, entity_ids)| Claim {
                        start: span.start,
                        end: span.end,
                        text,
                        quantities: quantities
                            .into_iter()
                            .map(|(s, value, unit, approx, bound)| Quantity {
                                start: s.start,
                                end: s.end,
                                value,
                                unit,
                                approx,
                                bound,
                            })
                            .collect(),
                        source: ClaimSource {
                            kind,
                            entity: None,
                            start: source.map(|s| s.start),
                            end: source.map(|s| s.end),
                            text: None,
                        },
                        hedges: hedges
                            .into_iter()
                            .map(|(s, text)| TextSpan {
                                start: s.start,
                                end: s.end,
                                text,
                            })
                            .collect(),
                        entities: entity_ids.into_iter().map(|i| format!("e{i}")).collect(),
                    },
                )
                .collect();
            let mut doc = Document {
                text,
                sentences,
                entities,
                claims,
                ..Default::default()
            };
            doc.meta.language = language.map(str::to_string);
            doc
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn nothing_panics_on_arbitrary_documents(a in document(), b in document()) {
        prop_assert!(trame_doc::validate(&a).is_empty());
        let fa = fingerprint(&a);
        let fb = fingerprint(&b);
        prop_assert_eq!(Fingerprint::from_bytes(&fa.to_bytes()), Some(fa.clone()));
        prop_assert!(fa.to_bytes().len() <= 2048);
        let _ = fa.candidate_keys();
        let _ = compare(&fa, &fb);
        let _ = diff(&a, &b);
        let _ = diff(&b, &a);
        // A document compared with itself is its own duplicate, and shows
        // no change of number or sourcing.
        if let Some(link) = compare(&fa, &fa) {
            prop_assert_eq!(link.kind, LinkKind::Duplicate);
        }
        let same = diff(&a, &a);
        prop_assert!(same.numbers_changed.is_empty());
        prop_assert!(same.sourcing_changed.is_empty());
        let keys: HashMap<String, String> = a
            .entities
            .iter()
            .filter_map(|e| entity_key(e).map(|k| (e.id.clone(), k)))
            .collect();
        for claim in &a.claims {
            let _ = claim_key(claim, &keys);
        }
    }

    #[test]
    fn arbitrary_bytes_are_no_fingerprint_or_a_valid_one(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Some(fp) = Fingerprint::from_bytes(&bytes) {
            prop_assert_eq!(fp.to_bytes(), bytes);
        }
    }
}
