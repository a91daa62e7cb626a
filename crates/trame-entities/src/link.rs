//! Linking one mention surface to a KB entry.
//!
//! The KB already folds case and diacritics and strips leading articles
//! ("l'OTAN", "de la Russie"); Russian case forms are KB aliases. Here we pick
//! among the matches by type compatibility with the tagger's label:
//! - PER mentions link to PER entries; a one-word PER mention also links to
//!   the ORG or LOC entry that is the only reading of its surface ("Kyiv",
//!   "Кремль" tagged PER by the weaker models); a longer one never does
//!   ("Paris Hilton");
//! - ORG and LOC mentions prefer their own type, then the other one (the
//!   tagger confuses them: "le Kremlin", "Washington" as government);
//! - MISC mentions prefer MISC, then ORG/LOC;
//! - a non-PER mention links to a PER entry only when that person is the
//!   only entry the surface denotes ("Poutine" mislabelled LOC);
//! - KB-only matches (no tagger label) accept PER, ORG and LOC, never MISC.
//!
//! Distinct entries left tied after preferring canonical names, acronyms and
//! countries are ambiguous: no link rather than a guess.

use trame_doc::EntityLabel;
use trame_kb::{Entry, Kb, Label, Match, MatchField};

/// Outcome of linking a surface.
pub(crate) enum Link<'k> {
    Entry(&'k Entry),
    /// The surface is a demonym or nationality ("Kazakh", "Russes").
    Demonym,
    None,
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
    let one_word = !surface.trim().contains(char::is_whitespace);
    if let Some(entry) = best_entry(&matches, label, one_word) {
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
    let entry = best_entry(&matches, Some(EntityLabel::Per), false)?;
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

/// How well an entry's type fits the tagger's label: lower is better,
/// `None` is incompatible. Tiers from 2 on are cross-type readings, only
/// taken when the surface denotes one entry.
fn tier(label: Option<EntityLabel>, entry: Label, one_word: bool) -> Option<u8> {
    use EntityLabel as E;
    match (label, entry) {
        (None, Label::Misc) => None,
        (None, _) => Some(0),
        (Some(E::Per), Label::Per) => Some(0),
        (Some(E::Per), Label::Org | Label::Loc) => one_word.then_some(3),
        (Some(E::Per), Label::Misc) => None,
        (Some(E::Org), Label::Org) | (Some(E::Loc), Label::Loc) | (Some(E::Misc), Label::Misc) => {
            Some(0)
        }
        (Some(E::Org | E::Loc | E::Misc), Label::Org | Label::Loc) => Some(1),
        (Some(_), Label::Per) => Some(2),
        (Some(_), Label::Misc) => None,
    }
}

fn best_entry<'k>(
    matches: &[Match<'k>],
    label: Option<EntityLabel>,
    one_word: bool,
) -> Option<&'k Entry> {
    let names: Vec<&Match<'k>> = matches.iter().filter(|m| !m.is_demonym()).collect();
    let tier_of = |m: &Match<'_>| tier(label, m.entry.label, one_word);
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
