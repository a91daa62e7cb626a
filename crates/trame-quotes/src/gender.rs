//! Grammatical gender of a pronoun and of the person a name stands for,
//! from the words written right before the name: "elle" does not take up
//! "M. Alliot", nor "he" "Ms Sandu".
//!
//! The evidence is what French, English and Russian news writes before a
//! name: honorifics ("M.", "Mme", "Mr", "Ms", "г-жа") and a title with its
//! article ("la ministre", "le président", "l'ancienne députée"). Without
//! them, the name itself suggests a gender: its first name
//! (`data/first_name_genders.tsv`, names shared by both sexes left out) or
//! a Russian surname's ending ("Zakharova", "Лавров").

use std::collections::HashMap;
use std::sync::LazyLock;

/// The gender a pronoun or a name's cue marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The gender of a third-person singular pronoun; `None` for plurals and
/// other words.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "il" | "lui" | "he" | "him" | "он" | "него" | "ему" | "им" => Some(Gender::Male),
        "elle" | "she" | "her" | "она" | "неё" | "нее" | "ей" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender that the words right before a name mark, read from the end
/// of `before` (the text up to the name).
pub fn gender_before(before: &str) -> Option<Gender> {
    let mut words = before
        .split(|c: char| c.is_whitespace() || c == '’' || c == '\'')
        .filter(|w| !w.is_empty())
        .rev();
    let last = words.next()?;
    if let Some(g) = honorific_gender(last) {
        return Some(g);
    }
    // "la ministre X", "le président X", "l'ancienne députée X".
    let title = last.to_lowercase();
    let previous = words.next().map(str::to_lowercase);
    let article = match previous.as_deref() {
        Some("ancien" | "ex" | "nouveau" | "futur") => Some(Gender::Male),
        Some("ancienne" | "nouvelle" | "future") => Some(Gender::Female),
        Some(word) => article_gender(word),
        None => None,
    };
    match (title_gender(&title), article) {
        (Some(Inflected(g)), _) => Some(g),
        (Some(Epicene), article) => article,
        (None, _) => None,
    }
}

/// First names and their usual gender, made by
/// `tools/quotes/gen_first_name_genders.py`: `name<TAB>m|f`, names folded
/// as `trame_kb::normalize` folds them.
const FIRST_NAME_GENDERS: &str = include_str!("../data/first_name_genders.tsv");

static FIRST_NAMES: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
    FIRST_NAME_GENDERS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (name, gender) = line.split_once('\t')?;
            let gender = match gender.trim() {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            Some((name, gender))
        })
        .collect()
});

/// The gender a person's full name suggests: its first name's ("Bertrand
/// Alliot", "Marine Le Pen", the "Jean" of "Jean-Luc Mélenchon"), else the
/// ending of a Russian surname ("Maria Zakharova", "Sergueï Lavrov"). A
/// lone word may be a surname ("Bertrand"), so it says nothing.
pub fn name_gender(name: &str) -> Option<Gender> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (first, last) = match words.as_slice() {
        [first, .., last] => (*first, *last),
        _ => return None,
    };
    let given = first.split('-').next().unwrap_or(first);
    FIRST_NAMES
        .get(trame_kb::normalize(given).as_str())
        .copied()
        .or_else(|| russian_surname_gender(last))
}

/// The gender that a Russian surname's ending marks, in Cyrillic or in
/// French and English transliteration.
fn russian_surname_gender(surname: &str) -> Option<Gender> {
    let surname = surname.to_lowercase();
    let ends = |endings: &[&str]| {
        endings
            .iter()
            .any(|e| surname.ends_with(e) && surname.chars().count() > e.chars().count() + 2)
    };
    if ends(&[
        "ова", "ева", "ёва", "ина", "ская", "цкая", "ova", "eva", "skaïa", "skaya",
    ]) {
        Some(Gender::Female)
    } else if ends(&["ов", "ев", "ёв", "ин", "ский", "цкий", "ov", "ev", "ïev"]) {
        Some(Gender::Male)
    } else {
        None
    }
}

fn honorific_gender(word: &str) -> Option<Gender> {
    match word {
        "M." | "Monsieur" | "Mr" | "Mr." | "Sir" | "Lord" | "г-н" | "господин" => {
            Some(Gender::Male)
        }
        "Mme" | "Mme." | "Madame" | "Mlle" | "Mademoiselle" | "Mrs" | "Mrs." | "Ms" | "Ms."
        | "Miss" | "Lady" | "Dame" | "г-жа" | "госпожа" => Some(Gender::Female),
        _ => None,
    }
}

fn article_gender(word: &str) -> Option<Gender> {
    match word {
        "le" | "du" | "au" | "ce" | "cet" => Some(Gender::Male),
        "la" | "cette" => Some(Gender::Female),
        _ => None,
    }
}

/// A title's gender: inflected ("présidente") or given by its article
/// ("la ministre", "le ministre").
enum TitleGender {
    Inflected(Gender),
    Epicene,
}
use TitleGender::{Epicene, Inflected};

fn title_gender(title: &str) -> Option<TitleGender> {
    Some(match title {
        "maire" | "ministre" | "juge" | "porte-parole" | "secrétaire" | "chef" | "journaliste"
        | "commissaire" | "homologue" | "milliardaire" | "écologiste" | "leader"
        | "parlementaire" | "diplomate" | "économiste" | "sociologue" | "politologue"
        | "philosophe" | "syndicaliste" => Epicene,
        "président" | "député" | "sénateur" | "ambassadeur" | "directeur" | "chancelier"
        | "conseiller" | "avocat" | "écrivain" | "acteur" | "chanteur" | "candidat" | "préfet"
        | "patron" | "fondateur" | "dirigeant" | "premier" | "militant" | "opposant" | "élu"
        | "roi" | "prince" | "congressman" | "chairman" | "spokesman" | "actor" | "politicien"
        | "eurodéputé" | "historien" | "expert" | "entrepreneur" | "magnat" => {
            Inflected(Gender::Male)
        }
        "présidente" | "députée" | "sénatrice" | "ambassadrice" | "directrice" | "chancelière"
        | "conseillère" | "avocate" | "écrivaine" | "actrice" | "chanteuse" | "candidate"
        | "cheffe" | "préfète" | "patronne" | "fondatrice" | "dirigeante" | "première"
        | "militante" | "opposante" | "élue" | "reine" | "princesse" | "congresswoman"
        | "chairwoman" | "spokeswoman" | "actress" | "politicienne" | "eurodéputée"
        | "historienne" | "experte" | "entrepreneuse" => Inflected(Gender::Female),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name_gender("Bertrand Alliot"), Some(Gender::Male));
        assert_eq!(name_gender("Marine Le Pen"), Some(Gender::Female));
        assert_eq!(name_gender("Ségolène Royal"), Some(Gender::Female));
        assert_eq!(name_gender("Jean-Luc Mélenchon"), Some(Gender::Male));
        assert_eq!(name_gender("Sergueï Lavrov"), Some(Gender::Male));
        assert_eq!(name_gender("Maria Zakharova"), Some(Gender::Female));
        assert_eq!(name_gender("Мария Захарова"), Some(Gender::Female));
        // An unknown first name: the Russian surname decides.
        assert_eq!(name_gender("Xyzzia Ivanova"), Some(Gender::Female));
        // Shared names and lone words say nothing.
        assert_eq!(name_gender("Dominique Strauss"), None);
        assert_eq!(name_gender("Bertrand"), None);
        assert_eq!(name_gender("Xi Jinping"), None);
    }

    #[test]
    fn pronouns() {
        assert_eq!(pronoun_gender("Elle"), Some(Gender::Female));
        assert_eq!(pronoun_gender("he"), Some(Gender::Male));
        assert_eq!(pronoun_gender("ils"), None);
    }

    #[test]
    fn cues_before_a_name() {
        assert_eq!(gender_before("selon M. "), Some(Gender::Male));
        assert_eq!(gender_before("a déclaré Mme "), Some(Gender::Female));
        assert_eq!(gender_before("pour la ministre "), Some(Gender::Female));
        assert_eq!(gender_before("selon le ministre "), Some(Gender::Male));
        assert_eq!(gender_before("l’ancienne députée "), Some(Gender::Female));
        assert_eq!(gender_before("la présidente "), Some(Gender::Female));
        assert_eq!(gender_before("le président "), Some(Gender::Male));
        assert_eq!(gender_before("a dit Ms. "), Some(Gender::Female));
        assert_eq!(gender_before("selon "), None);
        assert_eq!(gender_before("des ministres "), None);
        assert_eq!(gender_before(""), None);
    }
}
