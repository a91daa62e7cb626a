//! Grammatical gender of a pronoun and of the person a name stands for,
//! from the words written right before the name: "elle" does not take up
//! "M. Alliot", nor "he" "Ms Sandu".
//!
//! The evidence is what French, English and Russian news writes before a
//! name: honorifics ("M.", "Mme", "Mr", "Ms", "г-жа") and a title with its
//! article ("la ministre", "le président", "l'ancienne députée"). First
//! names are not read: many are shared, and no list of their genders ships.

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
        | "commissaire" | "homologue" => Epicene,
        "président" | "député" | "sénateur" | "ambassadeur" | "directeur" | "chancelier"
        | "conseiller" | "avocat" | "écrivain" | "acteur" | "chanteur" | "candidat" | "préfet"
        | "patron" | "fondateur" | "dirigeant" | "premier" | "militant" | "opposant" | "élu"
        | "roi" | "prince" | "congressman" | "chairman" | "spokesman" | "actor" => {
            Inflected(Gender::Male)
        }
        "présidente" | "députée" | "sénatrice" | "ambassadrice" | "directrice" | "chancelière"
        | "conseillère" | "avocate" | "écrivaine" | "actrice" | "chanteuse" | "candidate"
        | "cheffe" | "préfète" | "patronne" | "fondatrice" | "dirigeante" | "première"
        | "militante" | "opposante" | "élue" | "reine" | "princesse" | "congresswoman"
        | "chairwoman" | "spokeswoman" | "actress" => Inflected(Gender::Female),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
