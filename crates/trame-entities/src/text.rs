//! Token-level helpers: which tokens to trust, sentence grouping, and the
//! word shapes that decide where names may start.

use std::ops::Range;

use trame_doc::Span;

/// Tokens that are non-empty, inside the text and in order without overlap:
/// the pipeline produces exactly these, but a document may come from
/// elsewhere and a bad span must not make the stage panic.
pub(crate) fn valid_tokens(tokens: &[Span], len_chars: usize) -> Vec<Span> {
    let mut valid: Vec<Span> = tokens
        .iter()
        .copied()
        .filter(|t| !t.is_empty() && t.end <= len_chars)
        .collect();
    valid.sort_unstable();
    let mut last_end = 0;
    valid.retain(|t| {
        let keep = t.start >= last_end;
        if keep {
            last_end = t.end;
        }
        keep
    });
    valid
}

/// Groups sorted tokens into runs tagged together: the tokens of one
/// sentence, or consecutive tokens outside every sentence.
pub(crate) fn segments(tokens: &[Span], sentences: &[Span]) -> Vec<Range<usize>> {
    let mut sentences: Vec<Span> = sentences.to_vec();
    sentences.sort_unstable();
    let mut runs = Vec::new();
    let mut current: Option<(Option<usize>, usize)> = None;
    let mut s = 0;
    for (i, token) in tokens.iter().enumerate() {
        while s < sentences.len() && sentences[s].end <= token.start {
            s += 1;
        }
        let key = (s < sentences.len() && sentences[s].contains(*token)).then_some(s);
        match current {
            Some((open_key, _)) if open_key == key => {}
            Some((_, start)) => {
                runs.push(start..i);
                current = Some((key, i));
            }
            None => current = Some((key, i)),
        }
    }
    if let Some((_, start)) = current {
        runs.push(start..tokens.len());
    }
    runs
}

/// Code points of a leading French elision ("l'", "d’", "qu'") glued to a
/// capitalised name in one token; 0 when there is none.
pub(crate) fn elision_len(token: &str) -> usize {
    const ELIDED: &[&str] = &[
        "l", "d", "qu", "jusqu", "lorsqu", "puisqu", "s", "n", "c", "j",
    ];
    let Some((head, rest)) = token.split_once(['\'', '’']) else {
        return 0;
    };
    let head_lower = head.to_lowercase();
    if ELIDED.contains(&head_lower.as_str()) && rest.chars().next().is_some_and(char::is_uppercase)
    {
        head.chars().count() + 1
    } else {
        0
    }
}

/// Titles of address written before a surname: the abbreviated ones and
/// those spelt out ("Monsieur", "Sir"), or ambiguous ("Me", Maître or
/// English "me").
pub(crate) fn is_honorific(word: &str) -> bool {
    is_abbreviated_address(word)
        || matches!(
            word,
            "Me" | "Sir"
                | "Herr"
                | "Frau"
                | "Monsieur"
                | "Madame"
                | "Messieurs"
                | "Mesdames"
                | "Mademoiselle"
        )
}

/// Titles of address written as abbreviations ("M.", "Mme", "Dr"): what
/// follows is a person's name, whereas a spelt-out one may open another
/// name ("Madame Figaro" is a magazine).
pub(crate) fn is_abbreviated_address(word: &str) -> bool {
    matches!(
        word,
        "M." | "MM."
            | "Mme"
            | "Mmes"
            | "Mlle"
            | "Mgr"
            | "Dr"
            | "Dr."
            | "Pr"
            | "Mr"
            | "Mr."
            | "Mrs"
            | "Mrs."
            | "Ms"
            | "Ms."
            | "Prof."
            | "г-н"
            | "г-жа"
    )
}

/// A particle that may open a surname the KB knows: the name particles and
/// the French "de" and "du", which open surnames ("de Gaulle") as often as
/// complements, so only a KB match tells.
pub(crate) fn may_open_kb_surname(word: &str) -> bool {
    is_name_particle(word) || matches!(word, "de" | "du")
}

/// Lowercase particles that belong to a name ("van Rompuy", "al-Assad",
/// "bin Salman", "Людвиг ван Бетховен"): every other lowercase word before a name is not part of
/// it ("anti-russe Brzeziński", "journal de Béziers").
pub(crate) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "al"
            | "el"
            | "ben"
            | "bin"
            | "ibn"
            | "abu"
            | "da"
            | "di"
            | "dos"
            | "das"
            | "do"
            | "del"
            | "della"
            | "dei"
            | "zu"
            | "y"
            | "ван"
            | "фон"
            | "дер"
            | "ди"
            | "аль"
            | "бен"
            | "бин"
            | "ибн"
    ) || word.starts_with("al-")
        || word.starts_with("el-")
}

/// Capitalised conjunctions, adverbs and prepositions that open a sentence
/// and never start a name; the tagger sometimes takes them into the name
/// that follows ("Car Zemmour", "Si Macron", "Peut-être Wicker", "If
/// Putin", "Does Mr. Ferrara", "И Зеленский") or makes them a name alone.
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "Car"
            | "Si"
            | "Mais"
            | "Et"
            | "Or"
            | "Donc"
            | "Quand"
            | "Lorsque"
            | "Selon"
            | "Pour"
            | "Avec"
            | "Sans"
            | "Peut-être"
            | "Comme"
            | "Ainsi"
            | "Alors"
            | "Puis"
            | "Enfin"
            | "Aussi"
            | "Même"
            | "Hier"
            | "Depuis"
            | "Après"
            | "Avant"
            | "Pourtant"
            | "Cependant"
            | "Toutefois"
            | "Certes"
            | "Quant"
            | "Malgré"
            | "If"
            | "When"
            | "While"
            | "Whether"
            | "Although"
            | "Though"
            | "Because"
            | "Unless"
            | "Until"
            | "Does"
            | "Did"
            | "Should"
            | "Would"
            | "Could"
            | "Will"
            | "Has"
            | "Had"
            | "Was"
            | "Were"
    ) || is_russian_sentence_opener(word)
}

/// Russian conjunctions, particles and introductory words that open a
/// sentence capitalised and never start a name; the Russian tagger labels
/// some of them names on their own ("Да", "Итак", "Конечно", "Во-первых").
fn is_russian_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "Да" | "Нет"
            | "И"
            | "А"
            | "Но"
            | "Или"
            | "Итак"
            | "Конечно"
            | "Разумеется"
            | "Впрочем"
            | "Во-первых"
            | "Во-вторых"
            | "В-третьих"
            | "Кстати"
            | "Правда"
            | "Например"
            | "Значит"
            | "Думаю"
            | "Кажется"
            | "Видимо"
            | "Интересно"
            | "Скажем"
            | "Теперь"
            | "Никогда"
            | "Ага"
            | "Однако"
            | "Наконец"
            | "Следовательно"
            | "Безусловно"
            | "Очевидно"
            | "Возможно"
            | "Вероятно"
            | "Пожалуй"
            | "Естественно"
            | "Действительно"
            | "Собственно"
            | "Напротив"
            | "Поэтому"
            | "Причем"
            | "Причём"
            | "Ведь"
            | "Вот"
            | "Ну"
            | "Увы"
            | "Цинично"
            | "Похоже"
            | "Странно"
            | "Вообще"
            | "Также"
            | "Тогда"
            | "Сейчас"
            | "Сегодня"
            | "Вчера"
            | "Завтра"
            | "Здесь"
            | "Почему"
            | "Зачем"
            | "Когда"
            | "Если"
            | "Хотя"
            | "Пока"
            | "Уже"
            | "Ещё"
            | "Еще"
            | "Лишь"
            | "Только"
            | "Даже"
            | "Именно"
    )
}

/// Office titles written before a name ("Premier ministre Trudeau",
/// "président Macron"): the function, not the person's name. "Premier" is
/// one only before "ministre" ("Première Guerre mondiale" is a name).
pub(crate) fn is_leading_title(word: &str, next: Option<&str>) -> bool {
    if matches!(word, "Premier" | "Première") {
        return next == Some("ministre");
    }
    matches!(
        word,
        "ministre"
            | "Président"
            | "président"
            | "Présidente"
            | "présidente"
            | "chancelier"
            | "chancelière"
    )
}

/// Russian role nouns, capitalised only when they open a sentence
/// ("Президент США Джо Байден"): never the first word of a person's name.
pub(crate) fn is_russian_role_noun(word: &str) -> bool {
    matches!(
        word,
        "Президент"
            | "Экс-президент"
            | "Вице-президент"
            | "Премьер"
            | "Премьер-министр"
            | "Вице-премьер"
            | "Министр"
            | "Замминистра"
            | "Глава"
            | "Канцлер"
            | "Пресс-секретарь"
            | "Официальный"
            | "Представитель"
            | "Начальник"
            | "Посол"
            | "Председатель"
            | "Спикер"
            | "Лидер"
            | "Генсек"
            | "Генеральный"
            | "Директор"
            | "Губернатор"
            | "Мэр"
            | "Советник"
            | "Заместитель"
            | "Командующий"
            | "Депутат"
            | "Сенатор"
            | "Конгрессмен"
            | "Бывший"
    )
}

/// Titles English capitalises before a person's name ("Cardinal Farrell",
/// "Rep. Davis", "Sheriff Hogrefe"): the tagger takes them into the name,
/// which then reads as a second full name beside "Kevin Farrell" and keeps
/// the surname from its person. Only inside a span tagged as a person:
/// "General Motors" is a firm.
pub(crate) fn is_person_title(word: &str) -> bool {
    matches!(
        word,
        "President"
            | "Vice-President"
            | "Senator"
            | "Sen."
            | "Representative"
            | "Rep."
            | "Congressman"
            | "Congresswoman"
            | "Governor"
            | "Gov."
            | "Mayor"
            | "Sheriff"
            | "Judge"
            | "Justice"
            | "Secretary"
            | "Minister"
            | "Chancellor"
            | "Ambassador"
            | "General"
            | "Gen."
            | "Colonel"
            | "Col."
            | "Lieutenant"
            | "Lt."
            | "Captain"
            | "Capt."
            | "Sergeant"
            | "Sgt."
            | "Officer"
            | "Detective"
            | "Professor"
            | "Prof."
            | "Pastor"
            | "Cardinal"
            | "Archbishop"
            | "Bishop"
            | "Father"
            | "Rev."
            | "Reverend"
            | "Imam"
            | "Rabbi"
    )
}

/// Person titles that open no organisation's or work's name: "General
/// Motors", "Justice Department", "Secretary General", "Father Christmas"
/// and "President Hotel" keep the tagger's label.
pub(crate) fn is_title_of_persons_only(word: &str) -> bool {
    is_person_title(word)
        && !matches!(
            word,
            "General"
                | "Justice"
                | "Secretary"
                | "Minister"
                | "Chancellor"
                | "Father"
                | "President"
        )
}

/// Capitalised words that end a title or an affiliation written before a
/// name ("secrétaire d'Etat Antony Blinken", "le Républicain Mike Rodgers").
pub(crate) fn is_capitalised_title(word: &str) -> bool {
    matches!(
        word,
        "Etat"
            | "État"
            | "State"
            | "Républicain"
            | "Républicaine"
            | "Démocrate"
            | "Republican"
            | "Democrat"
            | "Sénateur"
            | "Sénatrice"
            | "Senator"
            | "Général"
            | "General"
            | "Président"
            | "Présidente"
            | "President"
            | "Ministre"
            | "Minister"
            | "Secretary"
            | "Chancelier"
            | "Chancellor"
            // "garde des Sceaux Éric Dupond-Moretti".
            | "Sceaux"
    )
}

/// Office titles written after a name in lists of signatories ("Anne
/// Hidalgo Maire de Paris", "Frank Cownie Président des Gouvernements
/// locaux"): capitalised there, and the tagger takes them into the name.
pub(crate) fn is_trailing_title(word: &str) -> bool {
    matches!(
        word,
        "Maire"
            | "Bourgmestre"
            | "Gouverneur"
            | "Gouverneure"
            | "Président"
            | "Présidente"
            | "Vice-président"
            | "Vice-présidente"
            | "Ministre"
            | "Secrétaire"
            | "Directeur"
            | "Directrice"
            | "Député"
            | "Députée"
            | "Sénateur"
            | "Sénatrice"
            | "Conseiller"
            | "Conseillère"
            | "Ambassadeur"
            | "Ambassadrice"
            | "Commissaire"
            | "Préfet"
            | "Préfète"
            | "Syndic"
            | "Cheikh"
            | "Fondateur"
            | "Fondatrice"
            | "PDG"
            | "Mayor"
            | "Governor"
            | "Senator"
            | "Chairman"
            | "Chairwoman"
            | "CEO"
    )
}

/// Trailing titles of a town's or region's head: what follows "de" after
/// them is the place ("Maire de La Nouvelle-Orléans", "Syndic de Lausanne").
pub(crate) fn is_local_office(word: &str) -> bool {
    matches!(
        word,
        "Maire"
            | "Bourgmestre"
            | "Syndic"
            | "Cheikh"
            | "Gouverneur"
            | "Gouverneure"
            | "Préfet"
            | "Préfète"
            | "Mayor"
            | "Governor"
    )
}

/// Where a tagged name ends before a trailing office title, when its first
/// two words or more are capitalised name words: "Anne Hidalgo Maire de
/// Paris" ends after "Hidalgo".
pub(crate) fn name_end_before_title(words: &[&str]) -> Option<usize> {
    let title = words.iter().position(|w| is_trailing_title(w))?;
    let name = words.get(..title).filter(|name| name.len() >= 2)?;
    // "Bruno Le Maire": after a particle, the title word is the surname.
    let after_particle = name
        .last()
        .is_some_and(|w| matches!(*w, "Le" | "La" | "De" | "Du"));
    (!after_particle && name.iter().all(|w| starts_name(w))).then_some(title)
}

/// Acronym-shaped: all capitals (ESA, FEM) or a short capitalised word with
/// no other capital (Anbi, Arpa), as French writes acronyms read as words.
/// Only the second shape needs context (a definition in parentheses) to
/// tell it from a place name.
pub(crate) fn is_word_acronym(word: &str) -> bool {
    let mut chars = word.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let count = word.chars().count();
    first_upper && (3..=6).contains(&count) && chars.all(char::is_lowercase)
}

/// Head nouns of organisation names, lowercase in French when the name is
/// a description ("l'association des consortiums d'irrigation (Anbi)").
pub(crate) fn is_organisation_noun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "association"
            | "agence"
            | "organisation"
            | "institut"
            | "office"
            | "conseil"
            | "comité"
            | "commission"
            | "fédération"
            | "confédération"
            | "union"
            | "syndicat"
            | "parti"
            | "autorité"
            | "centre"
            | "fondation"
            | "société"
            | "groupe"
            | "banque"
            | "ligue"
            | "mouvement"
            | "observatoire"
            | "forum"
            | "réseau"
            | "collectif"
            | "agency"
            | "institute"
            | "council"
            | "committee"
            | "foundation"
            | "federation"
            | "organization"
    )
}

/// French lowercase nouns that say what kind of organisation the name
/// beside them is: the heads of [`is_organisation_noun`] and the kinds of
/// media and firms ("le quotidien Libération", "la banque Rothschild", "le
/// site WikiStrike").
pub(crate) fn is_french_organisation_kind(word: &str) -> bool {
    is_organisation_noun(word)
        || matches!(
            word,
            "journal"
                | "quotidien"
                | "hebdomadaire"
                | "mensuel"
                | "magazine"
                | "site"
                | "chaîne"
                | "radio"
                | "média"
                | "entreprise"
                | "firme"
                | "compagnie"
                | "cabinet"
                | "constructeur"
                | "laboratoire"
                | "marque"
                | "enseigne"
                | "assureur"
                | "opérateur"
                | "ong"
        )
}

/// English lowercase nouns written right before an organisation's name to
/// say its kind: "the newspaper Haaretz", "the law firm Gibson".
pub(crate) fn is_english_organisation_kind(word: &str) -> bool {
    matches!(
        word,
        "newspaper" | "magazine" | "company" | "firm" | "bank" | "network" | "outlet" | "party"
    )
}

/// Lowercase words after which a capitalised word is a place, never a
/// person's surname: "en Lombardie", "la Lombardie", "au Piémont".
pub(crate) fn introduces_place(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "en" | "la" | "le" | "les" | "au" | "aux" | "l'" | "l’"
    )
}

/// French common nouns capitalised for the institution or the idea they
/// stand for ("l'État", "le Gouvernement", "la République", "le Parti"):
/// alone, no named entity.
pub(crate) fn is_capitalised_common_noun(surface: &str) -> bool {
    matches!(
        surface,
        "État"
            | "Etat"
            | "États"
            | "Etats"
            | "Gouvernement"
            | "Sommet"
            | "Université"
            | "République"
            | "Nation"
            | "Patrie"
            | "Parti"
            | "Autorité"
            | "Diplomatie"
            | "Histoire"
    )
}

/// A capital after the first letter ("McKinsey", "BlackRock", "YouTube"):
/// no common word capitalised by position is written so.
pub(crate) fn is_camel_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
}

/// A lowercase first letter with a capital after it ("iPhone", "eBay").
pub(crate) fn is_camel_case_lower(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

/// A web site's address without scheme or path ("bvoltaire.fr",
/// "BudapestTimes.hu"): a name of letters, digits and hyphens, one dot, a
/// top-level domain the tokeniser knows.
pub(crate) fn is_site_address(word: &str) -> bool {
    let Some((name, domain)) = word.rsplit_once('.') else {
        return false;
    };
    name.chars().count() >= 3
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !name.starts_with('-')
        && !name.eq_ignore_ascii_case("www")
        && trame_text::segment::is_top_level_domain(domain.as_bytes())
}

/// Roman-numeral ordinals ("XXe", "XIXème", "IIIe") name a century or a
/// rank, not an entity.
pub(crate) fn is_roman_ordinal(surface: &str) -> bool {
    let numeral = ["ème", "eme", "e", "er"]
        .iter()
        .find_map(|suffix| surface.strip_suffix(suffix));
    numeral.is_some_and(|n| !n.is_empty() && n.chars().all(|c| "IVXLCDM".contains(c)))
}

/// Whether a name may start at this token: capitalised or an acronym.
pub(crate) fn starts_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// All-capital short words with at least two letters or digits: OTAN, ОДКБ, G20.
pub(crate) fn is_acronym(word: &str) -> bool {
    let count = word.chars().count();
    (2..=8).contains(&count)
        && word.chars().all(char::is_alphanumeric)
        && word.chars().any(char::is_alphabetic)
        && !word.chars().any(char::is_lowercase)
}

/// Tokens after which a capitalised word is capitalised by position, not by
/// being a name: the opening of a quotation or an aside.
pub(crate) fn opens_sentence(word: &str) -> bool {
    matches!(
        word,
        "«" | "\"" | "“" | "„" | "—" | "–" | "-" | "(" | "[" | ":" | "‹"
    )
}

/// Whether `word`, in any case, is one of `lowercase_words`, compared
/// without a lowercase copy: the passes that ask it look at every token.
pub(crate) fn is_any_case(word: &str, lowercase_words: &[&str]) -> bool {
    let first = word.as_bytes().first().copied();
    lowercase_words.iter().any(|w| {
        // Most words fail on their first letter: an ASCII one lowercases to
        // ASCII, so it is checked without decoding.
        let may_match = match first {
            Some(b) if b.is_ascii() => w.as_bytes().first() == Some(&b.to_ascii_lowercase()),
            _ => true,
        };
        may_match && word.chars().flat_map(char::to_lowercase).eq(w.chars())
    })
}

/// "ministère", "Ministry": the word that opens a ministry's name.
pub(crate) fn is_ministry_word(word: &str) -> bool {
    is_any_case(word, &["ministère", "ministry"])
}

/// Lowercase nouns that head a place's name in French ("mer Noire", "lac
/// de Côme", "place Tiananmen", "stade de France").
pub(crate) fn is_place_head(word: &str) -> bool {
    matches!(
        word,
        "mer"
            | "mers"
            | "océan"
            | "lac"
            | "lacs"
            | "mont"
            | "monts"
            | "île"
            | "îles"
            | "golfe"
            | "détroit"
            | "canal"
            | "cap"
            | "baie"
            | "fleuve"
            | "rivière"
            | "vallée"
            | "désert"
            | "massif"
            | "péninsule"
            | "presqu'île"
            | "presqu’île"
            | "archipel"
            | "plaine"
            | "plateau"
            | "bassin"
            | "col"
            | "forêt"
            | "place"
            | "rue"
            | "avenue"
            | "boulevard"
            | "quai"
            | "pont"
            | "stade"
            | "cathédrale"
            | "basilique"
            | "église"
            | "mosquée"
            | "palais"
            | "château"
            | "gare"
            | "aéroport"
            | "port"
            | "quartier"
            | "bâtiment"
            | "camp"
            | "sea"
            | "lake"
            | "mount"
            | "river"
    )
}

/// Punctuation that no KB surface spans (apostrophes, hyphens, dots and
/// ampersands can be inside names).
pub(crate) fn breaks_name(word: &str) -> bool {
    !word.chars().any(char::is_alphanumeric) && !matches!(word, "'" | "’" | "-" | "." | "&" | "+")
}

/// Articles that precede a name in running text ("l'", "de la", "the").
pub(crate) fn is_lowercase_article(word: &str) -> bool {
    matches!(
        word,
        "l'" | "l’" | "d'" | "d’" | "le" | "la" | "les" | "du" | "des" | "de" | "the"
    )
}

/// Capitalised articles that start a sentence-initial name window.
pub(crate) fn is_article(word: &str) -> bool {
    matches!(
        word,
        "Le" | "La" | "Les" | "L'" | "L’" | "The" | "De" | "Du" | "Des"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elision_is_stripped_only_before_a_name() {
        assert_eq!(elision_len("d'Ouzbékistan"), 2);
        assert_eq!(elision_len("l’OTAN"), 2);
        assert_eq!(elision_len("qu'Ankara"), 3);
        assert_eq!(elision_len("aujourd'hui"), 0);
        assert_eq!(elision_len("O'Brien"), 0);
    }

    #[test]
    fn camel_case_and_roman_ordinals() {
        assert!(is_camel_case("McKinsey") && is_camel_case("YouTube"));
        assert!(!is_camel_case("Selon") && !is_camel_case("OTAN") && !is_camel_case("mcKinsey"));
        assert!(is_roman_ordinal("XXe") && is_roman_ordinal("XIXème") && is_roman_ordinal("Ier"));
        assert!(!is_roman_ordinal("Xe1") && !is_roman_ordinal("Marne") && !is_roman_ordinal("e"));
    }

    #[test]
    fn words_compare_in_any_case() {
        let heads = ["guerre", "état", "kelvin"];
        assert!(is_any_case("Guerre", &heads) && is_any_case("GUERRE", &heads));
        assert!(is_any_case("État", &heads) && is_any_case("ÉTAT", &heads));
        // A sign that lowercases to an ASCII letter is still compared.
        assert!(is_any_case("\u{212A}elvin", &heads));
        assert!(!is_any_case("Guerres", &heads) && !is_any_case("", &heads));
        assert!(!is_any_case("Etat", &heads) && !is_any_case("hguerre", &heads));
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("OTAN") && is_acronym("ОДКБ") && is_acronym("G20"));
        assert!(!is_acronym("Otan") && !is_acronym("A") && !is_acronym("1990"));
    }

    #[test]
    fn segments_follow_sentences_and_keep_stray_tokens() {
        let tokens = [
            Span::new(0, 2),
            Span::new(3, 5),
            Span::new(6, 8),
            Span::new(20, 22),
        ];
        let sentences = [Span::new(0, 5), Span::new(6, 10)];
        assert_eq!(segments(&tokens, &sentences), vec![0..2, 2..3, 3..4]);
        assert_eq!(segments(&tokens, &[]), vec![0..4]);
    }
}

/// Office words the tagger takes for names: "Premier" of "Premier ministre",
/// and the portfolio of "ministre de l'Intérieur", "ministère des Affaires
/// étrangères", "Minister of Defence". They name a function, not an entity.
/// Returns the index of the office word ("ministre", "ministère"), or of
/// the mention itself for "Premier".
pub(crate) fn portfolio_office(words: &[&str], mention: std::ops::Range<usize>) -> Option<usize> {
    let &first = words.get(mention.start)?;
    let next = words.get(mention.end).map(|w| w.to_lowercase());
    if mention.len() == 1
        && matches!(first, "Premier" | "Première" | "Prime")
        && next
            .as_deref()
            .is_some_and(|n| matches!(n, "ministre" | "minister"))
    {
        return Some(mention.start);
    }
    const OFFICES: &[&str] = &[
        "ministre",
        "ministère",
        "ministres",
        "secrétaire",
        "secrétariat",
        "département",
        "minister",
        "ministry",
        "secretary",
        "department",
        "министр",
        "министерство",
    ];
    const LINKS: &[&str] = &[
        "de", "des", "du", "d'", "d’", "l'", "l’", "la", "of", "the", "for",
    ];
    // Walk back over the linking words to the office word, if any.
    let mut k = mention.start;
    let mut linked = false;
    while k > 0 && LINKS.contains(&words[k - 1].to_lowercase().as_str()) {
        k -= 1;
        linked = true;
    }
    // "ex-ministre de la Transition écologique" held the office.
    let is_office = |w: &str| {
        let w = w.to_lowercase();
        OFFICES.contains(&w.strip_prefix("ex-").unwrap_or(&w))
    };
    // One adjective may sit between: "le ministre kestrénien des Affaires".
    let office = if k > 0 && is_office(words[k - 1]) {
        k - 1
    } else if k > 1
        && words[k - 1].chars().next().is_some_and(char::is_lowercase)
        && is_office(words[k - 2])
    {
        k - 2
    } else {
        return None;
    };
    (linked && is_portfolio_word(first)).then_some(office)
}

/// Whether `next` is the adjective a portfolio takes along ("Affaires
/// étrangères", "Transition écologique", "Éducation nationale"); other
/// portfolios stand alone, and the word after them is the sentence's.
pub(crate) fn portfolio_adjective(portfolio: &str, next: Option<&str>) -> bool {
    let portfolio = without_article_elision(portfolio)
        .unwrap_or(portfolio)
        .to_lowercase();
    matches!(
        portfolio.as_str(),
        "affaires" | "transition" | "éducation" | "education"
    ) && next.is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// Words that link an office to its portfolio ("de l'", "des", "of the").
pub(crate) fn is_link_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "de" | "des" | "du" | "d'" | "d’" | "l'" | "l’" | "la" | "of" | "the" | "for"
    )
}

/// A portfolio word whatever its case and elision ("défense", "Défense",
/// "l’Intérieur").
pub(crate) fn is_portfolio_word_any_case(word: &str) -> bool {
    let word = without_article_elision(word).unwrap_or(word).to_lowercase();
    PORTFOLIOS.iter().any(|p| p.to_lowercase() == word)
}

/// The word after an elided article or preposition ("l’Intérieur",
/// "d'économie"), whatever its case.
pub(crate) fn without_article_elision(word: &str) -> Option<&str> {
    ["l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’"]
        .iter()
        .find_map(|e| word.strip_prefix(e))
}

/// The capitalised word that names a minister's portfolio ("Intérieur",
/// "Affaires", "Asile").
pub(crate) fn is_portfolio_word(word: &str) -> bool {
    PORTFOLIOS.contains(&word)
}

const PORTFOLIOS: &[&str] = &[
    "Intérieur",
    "Défense",
    "Affaires",
    "Justice",
    "Économie",
    "Economie",
    "Finances",
    "Santé",
    "Éducation",
    "Education",
    "Culture",
    "Travail",
    "Agriculture",
    "Armées",
    "Transition",
    "Écologie",
    "Ecologie",
    "Environnement",
    "Énergie",
    "Energie",
    "Industrie",
    "Logement",
    "Transports",
    "Solidarités",
    "Outre-mer",
    "Asile",
    "Migration",
    "Immigration",
    "Interior",
    "Defence",
    "Defense",
    "Foreign",
    "Home",
    "Treasury",
    "State",
    "Health",
    "Finance",
];

/// Office words that name an institution ("le ministère des Armées", "the
/// State Department"): with its portfolio, an organisation.
pub(crate) fn is_institution_office(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "ministère" | "secrétariat" | "département" | "ministry" | "department" | "министерство"
    )
}

#[cfg(test)]
mod portfolio_tests {
    use super::portfolio_office;

    fn is_portfolio(words: &[&str], mention: std::ops::Range<usize>) -> bool {
        portfolio_office(words, mention).is_some()
    }

    #[test]
    fn offices_and_portfolios_are_not_entities() {
        let words = ["le", "Premier", "ministre", "Aurel", "Kostan"];
        assert!(is_portfolio(&words, 1..2));
        assert!(!is_portfolio(&words, 3..5));
        let words = [
            "le",
            "ministre",
            "de",
            "l'",
            "Intérieur",
            "Teodor",
            "Branik",
        ];
        assert!(is_portfolio(&words, 4..5));
        assert!(!is_portfolio(&words, 5..7));
        let words = ["ministère", "des", "Affaires", "étrangères"];
        assert!(is_portfolio(&words, 2..4));
        let words = [
            "le",
            "ministre",
            "kestrénien",
            "des",
            "Affaires",
            "étrangères",
        ];
        assert!(is_portfolio(&words, 4..6));
        let words = ["la", "France", "et", "la", "Justice"];
        assert!(!is_portfolio(&words, 4..5));
        let words = ["l'", "ex-ministre", "de", "la", "Transition", "écologique"];
        assert!(is_portfolio(&words, 4..5));
        let words = ["du", "département", "de", "la", "Défense", "Viola"];
        assert_eq!(portfolio_office(&words, 4..5), Some(1));
    }
}

/// Present forms of speech verbs right after a subject: "Libération écrit
/// :", "Total annonce", "Reuters reports", "selon l'Ifop, qui affirme".
pub(crate) fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "écrit"
            | "rapporte"
            | "affirme"
            | "déclare"
            | "dit"
            | "annonce"
            | "indique"
            | "révèle"
            | "précise"
            | "explique"
            | "souligne"
            | "titre"
            | "dénonce"
            | "estime"
            | "assure"
            | "confirme"
            | "reconnaît"
            | "prévient"
            | "writes"
            | "reports"
            | "says"
            | "announces"
            | "reveals"
    )
}

/// Nouns that close English names of organisations and never of places:
/// "Valdai Club", "Middle East Institute", "Pacific Islands Forum". "Bank"
/// and "Center" close places too ("West Bank", "World Trade Center").
pub(crate) fn is_english_organisation_last_word(word: &str) -> bool {
    matches!(
        word,
        "Club"
            | "Institute"
            | "Institution"
            | "Foundation"
            | "University"
            | "College"
            | "Committee"
            | "Council"
            | "Party"
            | "Agency"
            | "Corporation"
            | "Association"
            | "Forum"
    )
}

/// Capitalised nouns that head the names of organisations, never of people:
/// "George Washington University", "Fondation Abbé-Pierre".
pub(crate) fn is_organisation_head(word: &str) -> bool {
    matches!(
        word,
        "University"
            | "Université"
            | "Universität"
            | "Universidad"
            | "Università"
            | "Institute"
            | "Institut"
            | "Foundation"
            | "Fondation"
            | "College"
            | "Ministry"
            | "Ministère"
            | "Agency"
            | "Agence"
            | "Bank"
            | "Banque"
            | "Corporation"
            | "Inc."
            | "Ltd"
            | "Party"
            | "Parti"
            | "Committee"
            | "Comité"
            | "Council"
            | "Association"
            | "Times"
            | "Post"
            | "Journal"
            | "Gazette"
            | "Herald"
            | "Telegraph"
            | "Tribune"
            | "Beacon"
            | "Network"
            | "Institution"
            | "Center"
            | "Centre"
            | "Assemblée"
            | "Conseil"
            | "Parlement"
            | "Commission"
            | "Cour"
            | "Tribunal"
            | "Ligue"
            | "Mouvement"
            | "Syndicat"
            | "Observatoire"
            | "Gouvernement"
            | "Gouvernements"
            | "Holdings"
            | "Holding"
            | "Advisors"
            | "Partners"
            | "Capital"
            | "Group"
            | "Groupe"
            | "News"
            | "Media"
            | "Médias"
            | "Airlines"
            | "Motors"
            | "Technologies"
            | "Systems"
            | "Industries"
            | "Pharma"
    )
}
