//! Place names as evidence: a one-word place the tagger found stays a place
//! when the knowledge base or the GeoNames list knows it, or when a
//! locative word comes before it; otherwise it is dropped. Tagged "places"
//! nothing supports are mostly capitalised common words, products and
//! names ("Corrompue", "Panoptique", "Orangina"); the list keeps the towns
//! the knowledge base lacks. French only: the rule was measured on the
//! French development articles.

use crate::{identity, token_at, EntitiesError};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Read;
use trame_doc::{Entity, EntityLabel, Span};
use trame_kb::Kb;

/// Cities of 15,000 inhabitants or more with their Latin and Cyrillic
/// names, countries, US states and continents, from GeoNames (CC BY 4.0),
/// written by `tools/entities/gen_places.py`: gzip, one name a line.
const PLACES_GZ: &[u8] = include_bytes!("../data/places.txt.gz");

/// The GeoNames place names, kept as 64-bit fingerprints of their
/// identity keys: 150,000 names take about 2 MB so, against 25 MB as
/// strings, and a false hit among them is vanishingly unlikely.
pub(crate) struct Places(rustc_hash::FxHashSet<u64>);

impl Places {
    pub(crate) fn builtin() -> Result<Places, EntitiesError> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(PLACES_GZ)
            .read_to_string(&mut text)
            .map_err(EntitiesError::Places)?;
        let keys = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| fingerprint(&identity::key(line)))
            .collect();
        Ok(Places(keys))
    }

    /// Whether `word` names a place of the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains(&fingerprint(&identity::key(word)))
    }
}

fn fingerprint(key: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

/// Words after which a capitalised word reads as a place ("à Marignan",
/// "près de Tengiz").
fn is_locative(previous: &str, before_previous: Option<&str>) -> bool {
    let previous = previous.to_lowercase();
    matches!(
        previous.as_str(),
        "à" | "en" | "au" | "aux" | "vers" | "depuis"
    ) || (matches!(previous.as_str(), "de" | "d'" | "d’")
        && before_previous.is_some_and(|w| w.eq_ignore_ascii_case("près")))
}

/// Drops the places no evidence supports: unlinked, every mention one
/// capitalised word (no acronym) that no locative word precedes, unknown
/// to the knowledge base's places and to the GeoNames list. Ids are then
/// numbered again in order.
pub(crate) fn drop_unsupported<'t>(
    entities: &mut Vec<Entity>,
    surface: &dyn Fn(Span) -> &'t str,
    tokens: &[Span],
    words: &[&str],
    kb: &Kb,
    places: &Places,
) {
    let one_word = |m: &Span| {
        let i = token_at(tokens, m.start);
        tokens.get(i).is_some_and(|t| t == m)
    };
    let known = |word: &str| {
        places.contains(word)
            || kb
                .lookup(word, Some("fr"))
                .iter()
                .any(|hit| hit.entry.label == EntityLabel::Loc && !hit.is_demonym())
    };
    // "Autriche-Hongrie", "Asie-Pacifique": a compound of known places.
    let compound_of_places = |word: &str| {
        word.contains('-') && word.split('-').all(|part| !part.is_empty() && known(part))
    };
    // "qui réunit la Valdorie, le Lusmark et l'Orlanie": a word listed with
    // another place is one, known or not.
    let place_bounds: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.label == EntityLabel::Loc)
        .flat_map(|e| &e.mentions)
        .map(|m| {
            (
                token_at(tokens, m.start),
                token_at(tokens, m.end.saturating_sub(1)),
            )
        })
        .collect();
    let listed_with_a_place = |i: usize| {
        let link = |w: &str| matches!(w, "," | "et" | "ou" | "and" | "or");
        // A determiner may open the next item: ", le Lusmark".
        let next = (i + 2..=i + 3).any(|j| {
            words.get(i + 1).is_some_and(|w| link(w))
                && place_bounds.iter().any(|&(first, _)| first == j)
        });
        let previous = (2..=3).any(|back| {
            i.checked_sub(back).is_some_and(|j| {
                words
                    .get(j + 1)
                    .is_some_and(|w| link(w) || is_determiner(w))
                    && place_bounds.iter().any(|&(_, last)| last == j)
            })
        });
        next || previous
    };
    let unsupported = |entity: &Entity| {
        entity.label == EntityLabel::Loc
            && entity.kb_id.is_none()
            && entity.mentions.iter().all(|m| {
                let word = surface(*m);
                let i = token_at(tokens, m.start);
                let acronym = word
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                // "depuis la Kestrénie", "la Tervie": a preposition of place
                // or, since French names countries and regions with one, an
                // article.
                let locative = i > 0
                    && (is_locative(words[i - 1], i.checked_sub(2).map(|j| words[j]))
                        || is_determiner(words[i - 1]));
                one_word(m)
                    && !listed_with_a_place(i)
                    && word.starts_with(char::is_uppercase)
                    && !acronym
                    && !locative
                    && !known(word)
                    && !compound_of_places(word)
            })
    };
    // "le régulateur Bundesnetzagentur a reconnu", "selon Assoidroelettrica":
    // a "place" that speaks is an organisation the tagger mislabelled.
    let speaks = |entity: &Entity| {
        entity.mentions.iter().any(|m| {
            let i = token_at(tokens, m.start);
            let after = words.get(i + 1).map(|w| w.to_lowercase());
            let before = i.checked_sub(1).map(|j| words[j].to_lowercase());
            after.is_some_and(|w| opens_speech(&w))
                || before.is_some_and(|w| matches!(w.as_str(), "selon" | "après"))
        })
    };
    // "selon l'Ifop", "d'après la Coface": a name no list knows as a place,
    // cited as a source after its article, is an organisation too.
    let cited = |entity: &Entity| {
        entity.label == EntityLabel::Loc
            && entity.kb_id.is_none()
            && entity
                .mentions
                .iter()
                .all(|m| one_word(m) && !known(surface(*m)))
            && entity.mentions.iter().any(|m| {
                let i = token_at(tokens, m.start);
                i >= 2
                    && is_determiner(words[i - 1])
                    && matches!(words[i - 2].to_lowercase().as_str(), "selon" | "après")
            })
    };
    for entity in entities.iter_mut() {
        if (unsupported(entity) && speaks(entity)) || cited(entity) {
            entity.label = EntityLabel::Org;
        }
    }
    let before = entities.len();
    entities.retain(|e| !unsupported(e));
    if entities.len() != before {
        for (n, entity) in entities.iter_mut().enumerate() {
            entity.id = format!("e{n}");
        }
    }
}

fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "le" | "la" | "les" | "l'" | "l’"
    )
}

/// Verbs right after a subject that speaks ("a", "affirme", "indique").
fn opens_speech(word: &str) -> bool {
    matches!(word, "a" | "ont" | "avait") || crate::text::is_speech_verb(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_knows_towns_and_countries() {
        let places = Places::builtin().unwrap_or_else(|e| panic!("{e}"));
        for town in [
            "Bakhmout",
            "Kharkiv",
            "Ludwigshafen",
            "Nouakchott",
            "Marioupol",
        ] {
            assert!(places.contains(town), "{town}");
        }
        for word in ["Corrompue", "Panoptique", "Orangina"] {
            assert!(!places.contains(word), "{word}");
        }
    }

    #[test]
    fn locative_words_read_a_place() {
        assert!(is_locative("à", None));
        assert!(is_locative("de", Some("près")));
        assert!(!is_locative("de", Some("ministre")));
        assert!(!is_locative("le", None));
    }
}
