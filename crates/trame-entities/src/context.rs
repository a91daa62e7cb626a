//! Corrections of unlinked mentions from the words around them, once the
//! tagger and the KB have spoken. The French model labels an unknown one-word
//! name by its shape, and often as a place: "du préfet Lallement" (MISC),
//! "Trump, Poutine, Bolsonaro, Erdogan" (Bolsonaro LOC), "Marine ou
//! Sandrine" (LOC). Three readings of the context make such a word a person:
//! - a person's title right before it ("préfet", "général", "juge");
//! - it is a known first name (`data/first_names.txt`);
//! - it is coordinated with a person ("X, Y et Z", "X ou Y"), which spreads
//!   along the list.
//!
//! What a role belongs to ("porte-parole d'Action Ecologie") is an
//! organisation, not a person.
//!
//! Linked mentions keep their entry's type, and a word read as a place by
//! its article ("en Lombardie") stays a place. A one-word mention that opens
//! a sentence is a common word capitalised by position ("Jouer les preux
//! chevaliers", "« Personne ne …") when the document also writes it in
//! lowercase or it is in the language's common words
//! (`data/common_words_*.txt`), and the document never names it inside a
//! sentence: dropped; inside a sentence, a lone common word is dropped too,
//! whatever its label ("la Justice", "Visits", "la Réserve", "l'Agence"),
//! unless a full name of the document ends with it or, in English, a longer
//! name opens with it ("the Pope" after "Pope Francis"). Such a word
//! opening a person's name is cut off ("Scandale Buitoni"). In French, a
//! name of several words that are all common words is dropped as well
//! ("les Etats membres"), and so are dates tagged as names ("Juin 2018").

use trame_doc::{EntityLabel, Span};

use crate::{identity, text, token_at, Mention, WordSet};

/// Lowercase titles written right before a person's name in French and
/// English running text.
fn is_person_title(word: &str) -> bool {
    matches!(
        word,
        "préfet"
            | "préfète"
            | "général"
            | "générale"
            | "colonel"
            | "commandant"
            | "capitaine"
            | "lieutenant"
            | "amiral"
            | "maréchal"
            | "sergent"
            | "juge"
            | "procureur"
            | "sénateur"
            | "sénatrice"
            | "député"
            | "députée"
            | "maire"
            | "ambassadeur"
            | "ambassadrice"
            | "professeur"
            | "professeure"
            | "docteur"
            | "abbé"
            | "cardinal"
            | "pape"
            | "roi"
            | "reine"
            | "prince"
            | "princesse"
            | "cheikh"
            | "émir"
            | "ayatollah"
            | "imam"
            | "rabbin"
            | "milliardaire"
            | "oligarque"
            | "journaliste"
            | "chroniqueur"
            | "chroniqueuse"
            | "essayiste"
            | "écrivain"
            | "écrivaine"
            | "philosophe"
            | "économiste"
            | "politologue"
            | "historien"
            | "historienne"
            | "sociologue"
            | "avocat"
            | "avocate"
            | "espion"
            | "espionne"
            | "opposant"
            | "opposante"
            | "dissident"
            | "dissidente"
            | "senator"
            | "governor"
            | "judge"
            | "general"
    )
}

/// Whether the text before a name ends with a role and its "de": "la
/// porte-parole d'", "le fondateur de", "spokesman for".
fn follows_role_of(before: &str) -> bool {
    let before = before.trim_end();
    let Some(role) = ["de", "d'", "d’", "du", "for", "of"]
        .iter()
        .find_map(|of| before.strip_suffix(of))
        .filter(|rest| rest.ends_with(' ') || rest.ends_with('-'))
    else {
        return false;
    };
    let role = role.trim_end().rsplit(' ').next().unwrap_or("");
    matches!(
        role.to_lowercase().as_str(),
        "porte-parole"
            | "fondateur"
            | "fondatrice"
            | "cofondateur"
            | "cofondatrice"
            | "directeur"
            | "directrice"
            | "dirigeant"
            | "dirigeante"
            | "patron"
            | "patronne"
            | "pdg"
            | "adhérent"
            | "adhérente"
            | "militant"
            | "militante"
            | "membre"
            | "membres"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "founder"
            | "director"
    )
}

/// Lowercase words written right after the noun of an organisation's kind
/// and before its name, at most: "l'association environnementale
/// Legambiente", "l'association d' agriculteurs Coldiretti" (the elided
/// preposition is a token).
const MAX_KIND_MODIFIER_WORDS: usize = 3;

/// Whether the words before token `first` name a kind of organisation:
/// "l'agence publique Wafa", "le site WikiStrike", "the law firm Gibson".
/// French may set adjectives and complements between the two; an article
/// or a preposition right before the name makes it what the kind is of or
/// at ("le site de Fukushima", "La marque de la Bête", "a group funded by
/// Gulf monarchies"), and English writes its kinds right before the name
/// or after it ("bank records", "the Catholic establishment").
fn organisation_kind_before(words: &[&str], first: usize, french: bool) -> bool {
    let mut before = words[..first].iter().rev();
    if !french {
        return before
            .next()
            .is_some_and(|w| text::is_english_organisation_kind(w));
    }
    let next_to_name = words[..first].last();
    next_to_name.is_some_and(|w| !is_function_word(w))
        && before
            .take(MAX_KIND_MODIFIER_WORDS + 1)
            .take_while(|w| is_lowercase_word(w))
            .any(|w| {
                text::is_french_organisation_kind(text::without_article_elision(w).unwrap_or(w))
            })
}

/// Whether the words after token `last` set the name in apposition to a
/// kind of organisation: "Atout France, agence de développement",
/// "Legambiente, une association". Only French: an English apposition
/// ends with its head noun ("Leeann Tweeden, a radio news anchor").
fn organisation_kind_after(words: &[&str], last: usize) -> bool {
    if words.get(last + 1) != Some(&",") {
        return false;
    }
    let mut after = words.iter().skip(last + 2);
    let Some(mut noun) = after.next() else {
        return false;
    };
    if matches!(*noun, "un" | "une" | "le" | "la") {
        let Some(next) = after.next() else {
            return false;
        };
        noun = next;
    }
    let noun = text::without_article_elision(noun).unwrap_or(noun);
    is_lowercase_word(noun) && text::is_french_organisation_kind(noun)
}

/// A word written in lowercase letters (an elided article may open it).
fn is_lowercase_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Articles and prepositions, which tie a name to a noun before it as its
/// complement rather than its kind.
fn is_function_word(word: &str) -> bool {
    is_place_preposition(word)
        || matches!(
            word,
            "des"
                | "aux"
                | "la"
                | "le"
                | "les"
                | "l'"
                | "l’"
                | "un"
                | "une"
                | "par"
                | "pour"
                | "sur"
        )
}

/// Prepositions after which a capitalised word is a place rather than a
/// person in a list ("de Namur", "à Liège").
fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "de" | "d'" | "d’" | "du" | "à" | "au" | "en" | "depuis" | "vers" | "in" | "from" | "to"
    )
}

/// Separators of a coordination between two names.
fn coordinates(between: &str) -> bool {
    matches!(
        between.trim(),
        "," | "et" | "ou" | ", et" | ", ou" | "and" | "or" | ", and" | ", or" | "и" | ", и"
    )
}

/// The preposition repeated after the conjunction of two names governed by
/// it: "de" in "de Kennedy et de Mendès France".
fn coordinated_by_preposition(between: &str) -> Option<&str> {
    let mut words = between.split_whitespace();
    let (Some(conjunction), Some(preposition), None) = (words.next(), words.next(), words.next())
    else {
        return None;
    };
    (matches!(conjunction, "et" | "ou" | "and" | "or")
        && matches!(preposition, "de" | "à" | "of" | "to"))
    .then_some(preposition)
}

/// The document-level evidence the corrections read.
pub(crate) struct Evidence<'a> {
    pub tokens: &'a [Span],
    pub words: &'a [&'a str],
    /// Per token: it opens a sentence or follows an opening quote or dash.
    pub sentence_initial: &'a [bool],
    /// Lowercase words of the document, lowercased.
    pub lowercase_words: &'a WordSet,
    /// Identity keys of known first names.
    pub first_names: &'a WordSet,
    /// Identity keys of the document language's common words (empty when
    /// the stage has no list for it).
    pub common_words: &'a WordSet,
    /// The language capitalises only the first word of most names, so that
    /// a run of capitalised common words is no name (French); English
    /// capitalises every word of "Home Office" or "Common Cause".
    pub capitalises_first_word_only: bool,
}

/// Applies the corrections of the module doc to `mentions`; `surface` gives
/// a span's text.
pub(crate) fn correct<'t, F>(mentions: &mut Vec<Mention<'_>>, evidence: &Evidence<'_>, surface: &F)
where
    F: Fn(Span) -> &'t str,
{
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    let one_word = |m: &Mention<'_>| !surface(m.span).contains(char::is_whitespace);
    let open = |m: &Mention<'_>| {
        m.link.is_none()
            && !m.demonym
            && !m.place_reading
            && matches!(m.label, EntityLabel::Loc | EntityLabel::Misc)
    };

    let initial = |m: &Mention<'_>| {
        let first = token_at(evidence.tokens, m.span.start);
        evidence
            .sentence_initial
            .get(first)
            .copied()
            .unwrap_or(false)
    };
    let is_common_word = |word: &str| {
        let key = identity::key(word);
        // "bvoltaire.fr" is written in lowercase and is a site's name.
        !text::is_site_address(word)
            && !evidence.first_names.contains(&key)
            && (evidence.lowercase_words.contains(&word.to_lowercase())
                || evidence.common_words.contains(&key))
    };
    // A name also written after a sentence's first word is a name, and so
    // is the surname of a full name ("Sessions" after "Jeff Sessions").
    let surnames: WordSet = mentions
        .iter()
        .filter_map(|m| {
            let mut words = surface(m.span).split_whitespace();
            words.next()?;
            words.last().map(identity::key)
        })
        .collect();
    // "the Pope" after "Pope Francis", "the Cardinal" after "Cardinal
    // McCarrick": English capitalises a title that stands for its holder,
    // which the head of a longer name of the document shows. French writes
    // such titles in lowercase ("le pape").
    let english_titles: WordSet = if evidence.capitalises_first_word_only {
        WordSet::default()
    } else {
        mentions
            .iter()
            .filter_map(|m| {
                let mut words = surface(m.span).split_whitespace();
                let head = words.next()?;
                words.next().map(|_| identity::key(head))
            })
            .collect()
    };
    let named_inside: WordSet = mentions
        .iter()
        .filter(|m| !initial(m))
        .map(|m| identity::key(surface(m.span)))
        .collect();
    let shouted = |m: &Mention<'_>| {
        let at = token_at(evidence.tokens, m.span.start);
        let capitals = |i: usize| evidence.words.get(i).is_some_and(|w| text::is_acronym(w));
        (at > 0 && capitals(at - 1)) || capitals(at + 1)
    };
    // "Juin 2018", "July 18": a date, whatever the tagger says ("May"
    // alone may be Theresa May).
    mentions.retain(|m| {
        let words: Vec<&str> = surface(m.span).split_whitespace().collect();
        let numbers = |w: &&str| w.chars().all(|c| c.is_ascii_digit() || c == ',');
        !(words.len() > 1
            && trame_text::dates::is_month_word(words[0])
            && words[1..].iter().all(numbers))
    });
    // "les Etats membres", "les Affaires étrangères", "la Forêt Vierge":
    // in French, capitalised common words make no name, whatever their
    // number. Names
    // led by a lowercase noun ("ministère de la défense", "lac Majeur") or
    // an organisation's head ("Agence européenne"), or holding an acronym
    // ("VA Éditions"), are names of their own kind.
    mentions.retain(|m| {
        let words: Vec<&str> = surface(m.span).split_whitespace().collect();
        if !evidence.capitalises_first_word_only || m.link.is_some() || m.demonym || words.len() < 2
        {
            return true;
        }
        let shouted = words.iter().all(|w| text::is_acronym(w));
        if words[0].starts_with(char::is_lowercase)
            || text::is_organisation_head(words[0])
            || (!shouted && words.iter().any(|w| text::is_acronym(w)))
        {
            return true;
        }
        let mut content = words
            .iter()
            .map(|w| text::without_article_elision(w).unwrap_or(w))
            .filter(|w| {
                !w.is_empty() && !text::is_link_word(w) && !matches!(*w, "et" | "and" | "pour")
            })
            .peekable();
        content.peek().is_none()
            || !content.all(|w| is_common_word(w) || text::is_capitalised_common_noun(w))
    });
    mentions.retain(|m| {
        let word = surface(m.span);
        if m.link.is_some() || !one_word(m) || !is_common_word(word) {
            return true;
        }
        // "ICE" among lowercase words is an acronym; "SANS LEUR ACCORD"
        // is shouting.
        if text::is_acronym(word) && !shouted(m) {
            return true;
        }
        let key = identity::key(word);
        // Opening a sentence, a common word is capitalised by position;
        // inside one, a lone common word is a capitalised common noun ("la
        // Justice", "le Concept", "l'Agence"), unless a full name ends with
        // it.
        let common_word = !surnames.contains(&key)
            && !english_titles.contains(&key)
            && (!initial(m) || !named_inside.contains(&key));
        !common_word
    });
    // "Scandale Buitoni": a person's name does not open with a common word.
    for m in mentions.iter_mut() {
        if m.link.is_some() || m.label != EntityLabel::Per || !initial(m) {
            continue;
        }
        let first = token_at(evidence.tokens, m.span.start);
        let (Some(&word), Some(&next), Some(next_token)) = (
            evidence.words.get(first),
            evidence.words.get(first + 1),
            evidence.tokens.get(first + 1),
        ) else {
            continue;
        };
        if next_token.end <= m.span.end
            && next.starts_with(char::is_uppercase)
            && (is_common_word(word) || text::is_russian_role_noun(word))
        {
            // "Президент США Джо Байден", "Пресс-секретарь президента РФ
            // Дмитрий Песков": what the role belongs to goes too, when a
            // first name opens the name after it (Russian capitalises a
            // sentence's role noun, and the tagger takes in all that
            // follows it up to the person).
            let person_start = (first + 1..evidence.tokens.len())
                .take_while(|&i| evidence.tokens[i].end <= m.span.end)
                .find(|&i| {
                    evidence.words[i].starts_with(char::is_uppercase)
                        && evidence
                            .first_names
                            .contains(&identity::key(evidence.words[i]))
                        && evidence.tokens[i].end < m.span.end
                });
            m.span.start = person_start.map_or(next_token.start, |i| evidence.tokens[i].start);
        }
    }

    for m in mentions.iter_mut() {
        let first = token_at(evidence.tokens, m.span.start);
        // "la maire Hidalgo" is a person whatever the tagger's label.
        let titled = m.link.is_none()
            && !m.demonym
            && m.label != EntityLabel::Per
            && first > 0
            && is_person_title(evidence.words[first - 1]);
        let first_name = open(m)
            && one_word(m)
            && evidence
                .first_names
                .contains(&identity::key(surface(m.span)));
        if titled || first_name {
            m.label = EntityLabel::Per;
        }
    }

    // "l'association environnementale Legambiente", "l'agence publique
    // Wafa", "la banque Rothschild", "Atout France, agence de
    // développement": the kind of organisation written beside an unknown
    // name says what it is, unless a first name opens the name.
    for m in mentions.iter_mut() {
        if m.link.is_some() || m.demonym || m.label == EntityLabel::Org {
            continue;
        }
        let first = token_at(evidence.tokens, m.span.start);
        let last = token_at(evidence.tokens, m.span.end.saturating_sub(1));
        let opens_with_first_name = evidence
            .first_names
            .contains(&identity::key(evidence.words[first]));
        let french = evidence.capitalises_first_word_only;
        if !opens_with_first_name
            && (organisation_kind_before(evidence.words, first, french)
                || (french && organisation_kind_after(evidence.words, last)))
        {
            m.label = EntityLabel::Org;
        }
    }

    // "porte-parole d'Action Ecologie", "fondateur de Reconquête": what a
    // role belongs to is an organisation, unless a first name opens it.
    for m in mentions.iter_mut() {
        let opens_with_first_name = surface(m.span)
            .split_whitespace()
            .next()
            .is_some_and(|w| evidence.first_names.contains(&identity::key(w)));
        if m.link.is_none()
            && m.label == EntityLabel::Per
            && !opens_with_first_name
            && follows_role_of(surface(Span::new(
                m.span.start.saturating_sub(30),
                m.span.start,
            )))
        {
            m.label = EntityLabel::Org;
        }
    }

    // Coordination spreads a person's label along a list, in both
    // directions, until nothing changes.
    let mut changed = true;
    while changed {
        changed = false;
        for i in 1..mentions.len() {
            let (a, b) = (&mentions[i - 1], &mentions[i]);
            if a.span.end > b.span.start {
                continue;
            }
            let between = surface(Span::new(a.span.end, b.span.start));
            let word_before = |m: &Mention<'_>| {
                let first = token_at(evidence.tokens, m.span.start);
                (first > 0).then(|| evidence.words[first - 1])
            };
            // "le fils naturel de Kennedy et de Mendès France": the same
            // preposition before both names coordinates them too.
            let parallel =
                coordinated_by_preposition(between).is_some_and(|of| word_before(a) == Some(of));
            if !parallel && !coordinates(between) {
                continue;
            }
            // "Maire de Namur, Maxime Prévot": after a preposition, a place.
            let governed = |m: &Mention<'_>| word_before(m).is_some_and(is_place_preposition);
            let spreads = |person: &Mention<'_>, other: &Mention<'_>| {
                person.label == EntityLabel::Per
                    && open(other)
                    && one_word(other)
                    && (parallel || !governed(other))
            };
            let (to_right, to_left) = (spreads(a, b), spreads(b, a));
            if to_right {
                mentions[i].label = EntityLabel::Per;
            }
            if to_left {
                mentions[i - 1].label = EntityLabel::Per;
            }
            changed |= to_right || to_left;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_before_a_name() {
        assert!(follows_role_of("Bertrand Alliot, porte-parole d'"));
        assert!(follows_role_of("le fondateur de "));
        assert!(follows_role_of("a spokesman for "));
        assert!(!follows_role_of("la fille de "));
        assert!(!follows_role_of("de "));
    }

    #[test]
    fn person_titles_and_coordination() {
        assert!(is_person_title("préfet") && !is_person_title("Préfet"));
        assert!(coordinates(" et ") && coordinates(", ") && !coordinates(" de "));
        assert!(is_place_preposition("de") && !is_place_preposition(","));
        assert_eq!(coordinated_by_preposition(" et de "), Some("de"));
        assert_eq!(coordinated_by_preposition(" et "), None);
        assert_eq!(coordinated_by_preposition(" et de la "), None);
    }

    #[test]
    fn organisation_kinds_beside_a_name() {
        let words = ["l'", "association", "d'", "agriculteurs", "Coldiretti"];
        assert!(organisation_kind_before(&words, 4, true));
        let words = ["le", "site", "de", "Fukushima"];
        assert!(!organisation_kind_before(&words, 3, true));
        let words = ["the", "law", "firm", "Gibson"];
        assert!(organisation_kind_before(&words, 3, false));
        let words = ["a", "group", "funded", "by", "Gulf"];
        assert!(!organisation_kind_before(&words, 4, false));
        let words = ["Atout", "France", ",", "agence", "de", "développement"];
        assert!(organisation_kind_after(&words, 1));
        let words = ["Marie", ",", "sa", "mère"];
        assert!(!organisation_kind_after(&words, 0));
    }
}
