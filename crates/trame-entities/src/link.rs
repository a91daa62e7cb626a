//! Linking one mention surface to a KB entry.
//!
//! The KB already folds case and diacritics and strips leading articles
//! ("l'OTAN", "de la Russie"); Russian case forms are KB aliases. Here we pick
//! among the matches by type compatibility with the tagger's label:
//! - each label prefers entries of its own type;
//! - ORG and LOC mentions then take the other one (the tagger confuses
//!   them: "le Kremlin", "Washington" as government), as do MISC mentions;
//! - a surface of several words or an acronym ("Maison Blanche",
//!   "Covid-19", "OTAN") spells out its entry: whatever the tagger's label,
//!   it links to a non-person entry it is a full name of, and the entry's
//!   type wins ("Maison Blanche" tagged PER is the White House, ORG);
//! - a one-word surface ("Kyiv", "Covid", "Кремль" tagged PER or LOC by the
//!   weaker models) links across types only to the entry that is its only
//!   reading, since one word is often shared by a person, a place and a
//!   firm ("Washington");
//! - a non-PER mention links to a PER entry only when that person is the
//!   only entry the surface denotes ("Poutine" mislabelled LOC);
//! - KB-only matches (no tagger label) accept PER, ORG and LOC entries, and
//!   MISC entries on surfaces of several words or acronyms only: a single
//!   capitalised word is too often a title or a common noun for a MISC
//!   reading without the tagger's word for it.
//!
//! Distinct entries left tied after preferring canonical names, acronyms and
//! countries are ambiguous: no link rather than a guess.

use trame_doc::EntityLabel;
use trame_kb::{Entry, Kb, Label, Match, MatchField};

use crate::text;

/// Outcome of linking a surface.
pub(crate) enum Link<'k> {
    Entry(&'k Entry),
    /// The surface is a demonym or nationality ("Kazakh", "Russes").
    Demonym,
    None,
}

impl<'k> Link<'k> {
    /// The entry linked to, if any.
    pub(crate) fn entry(self) -> Option<&'k Entry> {
        match self {
            Link::Entry(entry) => Some(entry),
            Link::Demonym | Link::None => None,
        }
    }
}

/// Links `surface`; `label` is the tagger's label, `None` for KB-only matching.
pub(crate) fn link<'k>(
    kb: &'k Kb,
    surface: &str,
    label: Option<EntityLabel>,
    lang: Option<&str>,
) -> Link<'k> {
    let mut matches = kb.lookup(surface, lang);
    // A tagged mention may be a foreign name ("Vladimir Putin" in French);
    // KB-only matching stays with the document's language for precision.
    if matches.is_empty() && label.is_some() && lang.is_some() {
        matches = kb.lookup(surface, None);
    }
    let shape = SurfaceShape::of(surface);
    if let Some(entry) = best_entry(&matches, label, shape) {
        return Link::Entry(entry);
    }
    if label == Some(EntityLabel::Per) {
        if let Some(entry) = link_by_surname(kb, surface, lang) {
            return Link::Entry(entry);
        }
    }
    if matches.iter().any(Match::is_demonym) {
        Link::Demonym
    } else {
        Link::None
    }
}

/// "Vladimir V. Poutine" is not a KB surface but its surname is: accept the
/// surname's person only if one of its full names starts with a compatible
/// first name, so "Hillary Clinton" never links to Bill Clinton.
fn link_by_surname<'k>(kb: &'k Kb, surface: &str, lang: Option<&str>) -> Option<&'k Entry> {
    let mut words = surface.split_whitespace();
    let first = words.next()?;
    let surname = words.last()?;
    let first_key = letters_key(first);
    if first_key.is_empty() {
        return None;
    }
    let matches = kb.lookup(surname, lang);
    let entry = best_entry(&matches, Some(EntityLabel::Per), SurfaceShape::Word)
        .filter(|entry| entry.label == Label::Per)?;
    let compatible = std::iter::once(&entry.name)
        .chain(entry.aliases.values().flatten())
        .filter(|name| name.split_whitespace().nth(1).is_some())
        .filter_map(|name| name.split_whitespace().next())
        .map(letters_key)
        .any(|known| {
            !known.is_empty() && (first_key.starts_with(&known) || known.starts_with(&first_key))
        });
    compatible.then_some(entry)
}

/// Lowercase, diacritic-free letters of a word ("V." → "v", "Władimir" → "wladimir").
fn letters_key(word: &str) -> String {
    trame_kb::normalize(word)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// What the written form of a surface says about how many things it may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SurfaceShape {
    /// One word ("Washington", "Covid", "Maison"): people, places, firms and
    /// common nouns share such words.
    Word,
    /// Several words once normalised ("Maison Blanche", "Maison-Blanche",
    /// "Covid-19") or an acronym ("OTAN", "COVID"): a full name, which the
    /// KB matched whole.
    Distinctive,
}

impl SurfaceShape {
    fn of(surface: &str) -> SurfaceShape {
        let surface = surface.trim();
        if trame_kb::normalize(surface).contains(' ') || text::is_acronym(surface) {
            SurfaceShape::Distinctive
        } else {
            SurfaceShape::Word
        }
    }
}

/// How well an entry's type fits the tagger's label: lower is better,
/// `None` is incompatible. Tiers from 2 on are cross-type readings, only
/// taken when the surface denotes one entry.
fn tier(label: Option<EntityLabel>, entry: Label, shape: SurfaceShape) -> Option<u8> {
    use EntityLabel as E;
    let distinctive = shape == SurfaceShape::Distinctive;
    match (label, entry) {
        (None, Label::Misc) => distinctive.then_some(0),
        (None, _) => Some(0),
        (Some(E::Per), Label::Per)
        | (Some(E::Org), Label::Org)
        | (Some(E::Loc), Label::Loc)
        | (Some(E::Misc), Label::Misc) => Some(0),
        (Some(E::Org | E::Loc | E::Misc), Label::Org | Label::Loc) => Some(1),
        (Some(_), Label::Per) => Some(2),
        // PER tags on ORG, LOC or MISC entries; ORG and LOC tags on MISC ones.
        (Some(_), Label::Org | Label::Loc | Label::Misc) => {
            if distinctive {
                Some(1)
            } else {
                Some(3)
            }
        }
    }
}

fn best_entry<'k>(
    matches: &[Match<'k>],
    label: Option<EntityLabel>,
    shape: SurfaceShape,
) -> Option<&'k Entry> {
    let names: Vec<&Match<'k>> = matches.iter().filter(|m| !m.is_demonym()).collect();
    let tier_of = |m: &Match<'_>| tier(label, m.entry.label, shape);
    let best_tier = names.iter().filter_map(|m| tier_of(m)).min()?;
    let mut candidates: Vec<&Match<'k>> = names
        .iter()
        .copied()
        .filter(|m| tier_of(m) == Some(best_tier))
        .collect();
    if best_tier >= 2 && distinct(&names) > 1 {
        return None;
    }
    for prefer in [
        |m: &Match<'_>| matches!(m.field, MatchField::Name | MatchField::Acronym),
        |m: &Match<'_>| m.entry.kind == "country",
    ] {
        if distinct(&candidates) > 1 && candidates.iter().any(|m| prefer(m)) {
            candidates.retain(|m| prefer(m));
        }
    }
    match distinct(&candidates) {
        1 => candidates.first().map(|m| m.entry),
        _ => None,
    }
}

fn distinct(matches: &[&Match<'_>]) -> usize {
    let mut ids: Vec<&str> = matches.iter().map(|m| m.entry.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked<'k>(kb: &'k Kb, surface: &str, label: Option<EntityLabel>) -> Option<&'k str> {
        match link(kb, surface, label, Some("fr")) {
            Link::Entry(entry) => Some(entry.name.as_str()),
            Link::Demonym | Link::None => None,
        }
    }

    #[test]
    fn distinctive_surfaces_override_the_tag_and_single_words_need_one_reading() {
        let kb = Kb::builtin().expect("builtin KB loads");
        let per = Some(EntityLabel::Per);
        let loc = Some(EntityLabel::Loc);
        // Several words or an acronym: the KB entry's type wins.
        assert_eq!(linked(&kb, "Maison Blanche", per), Some("White House"));
        assert_eq!(linked(&kb, "Covid-19", loc), Some("COVID-19"));
        assert_eq!(
            linked(&kb, "COVID", Some(EntityLabel::Org)),
            Some("COVID-19")
        );
        // One word: only as the surface's only reading.
        assert_eq!(linked(&kb, "Covid", loc), Some("COVID-19"));
        assert_eq!(linked(&kb, "Alstom", per), Some("Alstom"));
        // Persons stay persons.
        assert_eq!(linked(&kb, "Vladimir Poutine", per), Some("Vladimir Putin"));
        // Without the tagger, a single word is no MISC name; a longer one is.
        assert_eq!(linked(&kb, "Covid", None), None);
        assert_eq!(linked(&kb, "Covid-19", None), Some("COVID-19"));
    }
}
