//! Person names and outlet names as bylines and credits write them.

/// Lowercase words that may sit inside a capitalised personal name.
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "da", "di", "del", "della",
    "dos", "das", "bin", "ben", "ibn", "al", "el", "y", "zu", "af", "st.",
];

/// News agencies: credited like authors in bylines, but outlets.
const AGENCIES: &[&str] = &[
    "afp",
    "ap",
    "associated press",
    "reuters",
    "bloomberg",
    "dpa",
    "efe",
    "ansa",
    "europa press",
    "xinhua",
    "upi",
    "kyodo",
    "anadolu",
    "belga",
    "apa",
    "ats",
    "interfax",
    "тасс",
    "риа новости",
    "интерфакс",
];

/// Whether `s` reads as a personal name (or an organisation credited as
/// one): `min_words..=5` words, capitalised apart from particles, initials
/// allowed, no digits or sentence punctuation.
pub(crate) fn is_name_like(s: &str, min_words: usize) -> bool {
    if s.is_empty() || s.len() > 80 {
        return false;
    }
    if s.chars()
        .any(|c| c.is_ascii_digit() || ",!?:;\"«»“”()[]{}@/|".contains(c))
    {
        return false;
    }
    let mut words = 0;
    let mut first_capitalised = false;
    let mut last_capitalised = false;
    for word in s.split_whitespace() {
        words += 1;
        if words > 5 {
            return false;
        }
        let capitalised = is_capitalised(word);
        // A period only ends an initial ("J.", "Jr.", "St.").
        if word.ends_with('.') && word.chars().count() > 4 {
            return false;
        }
        if !capitalised && !NAME_PARTICLES.contains(&word) {
            return false;
        }
        if words == 1 {
            first_capitalised = capitalised;
        }
        last_capitalised = capitalised;
    }
    words >= min_words && first_capitalised && last_capitalised
}

/// `Jean-Luc`, `O'Neil`, `d'Estaing`, `al-Assad`: the first letter that
/// follows an elision or a lowercase prefix decides.
fn is_capitalised(word: &str) -> bool {
    let core = word
        .rsplit(['\'', '’'])
        .next()
        .unwrap_or(word)
        .trim_start_matches("al-");
    core.chars().next().is_some_and(char::is_uppercase)
}

pub(crate) fn is_agency(s: &str) -> bool {
    let lower = s.to_lowercase();
    AGENCIES.contains(&lower.as_str())
}

/// Splits a list of names: "A, B et C", "A and B", "A & B", "А и Б".
pub(crate) fn split_names(s: &str) -> impl Iterator<Item = &str> {
    s.split([',', ';', '&'])
        .flat_map(|part| {
            part.split(" et ")
                .flat_map(|p| p.split(" and "))
                .flat_map(|p| p.split(" und "))
                .flat_map(|p| p.split(" y "))
                .flat_map(|p| p.split(" e "))
                .flat_map(|p| p.split(" и "))
        })
        .map(|name| name.trim().trim_end_matches('.').trim())
        .filter(|name| !name.is_empty())
}

/// Surrounding quotation marks and trailing punctuation of a quoted title
/// or outlet name.
pub(crate) fn strip_decorations(s: &str) -> &str {
    s.trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .trim()
        .trim_matches(['«', '»', '“', '”', '"', '\'', '‘', '’', '„', '*', '_'])
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(is_name_like("Jeanne Martin", 2));
        assert!(is_name_like("Valéry Giscard d'Estaing", 2));
        assert!(is_name_like("J. R. Smith", 2));
        assert!(is_name_like("Иван Петров", 2));
        assert!(is_name_like("Ursula von der Leyen", 2));
        assert!(!is_name_like("Jeanne", 2));
        assert!(is_name_like("Jeanne", 1));
        assert!(!is_name_like("la suite", 1));
        assert!(!is_name_like("Le gouvernement a tranché", 1));
        assert!(!is_name_like("Conclusion.", 1));
        assert!(!is_name_like("Ville de", 1));
    }

    #[test]
    fn name_lists() {
        let names: Vec<_> = split_names("Jeanne Martin, Paul Durand et Marie Curie.").collect();
        assert_eq!(names, ["Jeanne Martin", "Paul Durand", "Marie Curie"]);
    }
}
