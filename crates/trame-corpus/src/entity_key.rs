//! Corpus-wide identity of document entities.

use crate::normalize::words;
use trame_doc::{Entity, EntityLabel};

/// Corpus identity key of a document entity, or `None` when the entity must
/// stay local to its document.
///
/// The rule:
/// * linked to the knowledge base: `qid:Q7747` (the QID is the identity,
///   whatever name the document wrote);
/// * otherwise `name:LABEL:normalised name`, the name lowercased with accents
///   folded and punctuation removed (`name:PER:vladimir putin`), when the
///   name is specific enough to mean the same entity in another document:
///   - a person needs at least two words of two letters or more (first name
///     and surname): a bare surname ("Kostan"), or an initial and a surname
///     ("A. Kostan"), would merge different people who share a surname;
///   - an organisation, place or other name needs at least three letters in
///     all, and at least one word that is not a number (so "UN", "G7" or
///     "2022" stay local unless linked);
/// * anything else (empty names, one- or two-letter names): `None`.
///
/// Unlinked names are not translated: "Valdoria" and "Valdorie" get different
/// keys, and only knowledge-base links join entities across languages.
pub fn entity_key(entity: &Entity) -> Option<String> {
    if let Some(qid) = entity.kb_id.as_deref().map(str::trim) {
        if !qid.is_empty() {
            return Some(format!("qid:{qid}"));
        }
    }
    let words = words(&entity.name);
    let letters: usize = words
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    let has_word = words.iter().any(|w| w.chars().any(|c| c.is_alphabetic()));
    let specific = match entity.label {
        EntityLabel::Per => {
            words
                .iter()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                .count()
                >= 2
        }
        EntityLabel::Org | EntityLabel::Loc | EntityLabel::Misc => letters >= 3 && has_word,
    };
    specific.then(|| format!("name:{}:{}", entity.label.as_str(), words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(label: EntityLabel, name: &str, kb_id: Option<&str>) -> Entity {
        Entity {
            id: "e0".into(),
            label,
            name: name.into(),
            kb_id: kb_id.map(str::to_string),
            mentions: Vec::new(),
        }
    }

    #[test]
    fn linked_entities_key_on_their_qid() {
        let putin = entity(EntityLabel::Per, "Poutine", Some("Q7747"));
        assert_eq!(entity_key(&putin).as_deref(), Some("qid:Q7747"));
    }

    #[test]
    fn full_names_key_on_their_normalised_form() {
        let e = entity(EntityLabel::Per, "Piet  Lanvaard", None);
        assert_eq!(entity_key(&e).as_deref(), Some("name:PER:piet lanvaard"));
        let e = entity(EntityLabel::Loc, "Kestrénie", None);
        assert_eq!(entity_key(&e).as_deref(), Some("name:LOC:kestrenie"));
        let e = entity(EntityLabel::Org, "The Meridian Review", None);
        assert_eq!(
            entity_key(&e).as_deref(),
            Some("name:ORG:the meridian review")
        );
    }

    #[test]
    fn surnames_initials_and_tiny_names_stay_local() {
        for (label, name) in [
            (EntityLabel::Per, "Kostan"),
            (EntityLabel::Per, "A. Kostan"),
            (EntityLabel::Org, "UN"),
            (EntityLabel::Misc, "2022"),
            (EntityLabel::Loc, ""),
        ] {
            assert_eq!(entity_key(&entity(label, name, None)), None, "{name}");
        }
    }
}
