//! Names that run over lowercase words, which the tagger and the KB's
//! matching from a capital leave in pieces or miss:
//! - KB names the language writes in lowercase ("guerre froide", "prix Nobel
//!   de la paix", "covid"), matched as the KB writes them, case included:
//!   the KB's matching from a capital never looks at a lowercase word;
//! - named events by their head noun and the proper name after it ("guerre
//!   d'Algérie", "accords de Minsk", "opération Barbarossa", "loi Veil"):
//!   the news names wars, treaties and laws this way, and the place or
//!   person inside is part of the event's name, not a mention of its own;
//! - regions by a compass point ("Europe de l'Est", "Ukraine occidentale",
//!   "Europe centrale et orientale"), which the French tagger cuts into a
//!   continent and a stray "Est";
//! - French organisations named by a capitalised head and a lowercase
//!   complement ("l'Institut de l'économie pour le climat"), of which the
//!   tagger keeps the head alone;
//! - titles of works that a noun announces in quotation marks ("son
//!   ouvrage « Le terrorisme intellectuel »"), which the tagger reads word
//!   by word;
//! - periods and scandals by the shape of their names ("la Ve République",
//!   "Russiagate", "McKinseyGate"), which the tagger takes for places and
//!   persons or misses.
//!
//! Each phrase replaces the mentions inside it. And a KB match from a
//! capital must agree with the KB's own case: "Le monde d'après" is no
//! "Le Monde".

use rustc_hash::FxHashMap;

use trame_doc::{EntityLabel, Span};
use trame_kb::{Entry, Kb, Label};

use crate::{text, Mention, WordSet};

/// KB names and aliases that start with a lowercase letter, keyed as
/// written (apostrophes unified), with the first words they start with;
/// and the French names of institutions with their head noun in lowercase
/// ("la cour des comptes", "l'armée populaire de libération"), as the press
/// often writes them, which count only after a definite article: "un parti
/// démocrate" is any democratic party.
pub(crate) struct LowercaseNames {
    entry_of: FxHashMap<String, LowercaseName>,
    first_words: WordSet,
    max_words: usize,
}

#[derive(Clone, Copy)]
struct LowercaseName {
    entry: usize,
    after_definite_article: bool,
}

impl LowercaseNames {
    pub(crate) fn new(kb: &Kb) -> LowercaseNames {
        let mut entry_of = FxHashMap::default();
        let mut first_words = WordSet::default();
        let mut max_words = 0;
        let mut add = |name: &str, name_of: LowercaseName| {
            let key = written_key(name);
            let words: Vec<&str> = key.split(' ').collect();
            max_words = max_words.max(words.len());
            first_words.insert(words[0].to_string());
            entry_of.entry(key).or_insert(name_of);
        };
        for (i, entry) in kb.entries().iter().enumerate() {
            for name in std::iter::once(&entry.name).chain(entry.aliases.values().flatten()) {
                if name.starts_with(char::is_lowercase) && is_named_in_lowercase(entry, name) {
                    let name_of = LowercaseName {
                        entry: i,
                        after_definite_article: false,
                    };
                    add(name, name_of);
                }
            }
            if entry.label != Label::Org {
                continue;
            }
            for name in entry.aliases.get("fr").into_iter().flatten() {
                let Some((head, rest)) = name.split_once(' ') else {
                    continue;
                };
                let head = head.to_lowercase();
                if name.starts_with(char::is_uppercase) && is_institution_head(&head) {
                    let name_of = LowercaseName {
                        entry: i,
                        after_definite_article: true,
                    };
                    add(&format!("{head} {rest}"), name_of);
                }
            }
        }
        LowercaseNames {
            entry_of,
            first_words,
            max_words,
        }
    }

    /// Adds the KB names written in lowercase that `words` contain, longest
    /// first, in place of the mentions inside them.
    pub(crate) fn add_mentions<'k>(
        &self,
        kb: &'k Kb,
        tokens: &[Span],
        words: &[&str],
        mentions: &mut Vec<Mention<'k>>,
    ) {
        let mut i = 0;
        while i < words.len() {
            if !self.first_words.contains(words[i]) {
                i += 1;
                continue;
            }
            let definite = i > 0 && is_definite_article(words[i - 1]);
            let longest = (1..=self.max_words.min(words.len() - i))
                .rev()
                .find_map(|n| {
                    let key = written_key(&words[i..i + n].join(" "));
                    self.entry_of
                        .get(&key)
                        .filter(|name| definite || !name.after_definite_article)
                        .map(|name| (n, name.entry))
                });
            let Some((n, entry)) = longest else {
                i += 1;
                continue;
            };
            let entry = &kb.entries()[entry];
            let span = Span::new(tokens[i].start, tokens[i + n - 1].end);
            replace_inside(mentions, span, entry.label, Some(entry));
            i += n;
        }
    }
}

/// Whether a lowercase name of `entry` is a name: that of an event, treaty,
/// award, disease or programme ("guerre froide", "accords de Minsk",
/// "covid"), or of an institution French writes with a lowercase head
/// ("département d'État", "palais de l'Élysée", "al-Qaïda"). The KB's other
/// lowercase aliases describe ("armée russe", "missile Patriot", "pays
/// baltes") or put a kind before the name ("groupe Wagner", "agence
/// Tass"), which the gold and the tagger leave out.
fn is_named_in_lowercase(entry: &Entry, name: &str) -> bool {
    match entry.label {
        Label::Misc => matches!(
            entry.kind.as_str(),
            "event" | "treaty" | "award" | "disease" | "programme" | "military_operation"
        ),
        Label::Org => {
            let head = name.split_whitespace().next().unwrap_or_default();
            head.starts_with("al-")
                || matches!(
                    head,
                    "ministère" | "département" | "palais" | "hôtel" | "pacte" | "cour" | "conseil"
                ) && name.chars().any(char::is_uppercase)
        }
        _ => false,
    }
}

/// French head nouns of institutions' names, written in lowercase.
fn is_institution_head(word: &str) -> bool {
    text::is_organisation_noun(word)
        || matches!(
            word,
            "cour" | "armée" | "assemblée" | "parlement" | "fonds" | "front" | "tribunal"
        )
}

/// "le", "la", "l'" and their contractions with "de" and "à".
fn is_definite_article(word: &str) -> bool {
    matches!(
        word,
        "le" | "la" | "l'" | "l’" | "les" | "du" | "des" | "au" | "aux"
    )
}

/// A surface as the KB writes it, case kept: one space between words, one
/// apostrophe, none after it (the tokeniser may part "d'" from "État").
fn written_key(surface: &str) -> String {
    surface
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .replace("' ", "'")
}

/// Puts a mention of `span` in place of the mentions it covers, unless a
/// mention reaches out of it (the phrase is part of a longer name) or
/// already names it as well ("Accords de Minsk" matched by the KB).
fn replace_inside<'k>(
    mentions: &mut Vec<Mention<'k>>,
    span: Span,
    label: EntityLabel,
    link: Option<&'k Entry>,
) {
    let inside = |m: &Mention<'_>| m.span.start >= span.start && m.span.end <= span.end;
    let names_it = |m: &Mention<'_>| m.span == span && (m.link.is_some() || link.is_none());
    if mentions
        .iter()
        .any(|m| m.span.overlaps(span) && !inside(m) || names_it(m))
    {
        return;
    }
    mentions.retain(|m| !inside(m));
    mentions.push(Mention {
        span,
        label,
        link,
        demonym: false,
        place_reading: false,
    });
}

/// Head nouns of events named by "de" and a proper name ("guerre du
/// Vietnam", "traité de Versailles").
fn is_event_head_with_of(word: &str) -> bool {
    text::is_any_case(
        word,
        &[
            "guerre",
            "guerres",
            "conflit",
            "bataille",
            "accords",
            "accord",
            "traité",
            "mémorandum",
            "pacte",
            "révolution",
            "massacre",
        ],
    )
}

/// Head nouns of events and acts named by a proper name right after them
/// ("opération Barbarossa", "loi Veil", "circulaire Blanquer").
fn is_event_head_with_name(word: &str) -> bool {
    text::is_any_case(
        word,
        &[
            "opération",
            "loi",
            "circulaire",
            "plan",
            "affaire",
            "doctrine",
        ],
    )
}

/// Adds named events ("guerre d'Algérie", "opération Barbarossa", "loi
/// Veil") as MISC mentions in place of the mention inside them. A war "de
/// Poutine" or "de l'OTAN" is theirs, not a named war: after "de", the name
/// may be no person's or organisation's.
pub(crate) fn add_event_mentions(tokens: &[Span], words: &[&str], mentions: &mut Vec<Mention<'_>>) {
    for (head, word) in words.iter().enumerate() {
        // "guerre de Poutine" is his war, "loi Veil" is a law's name.
        let (name_start, person_allowed) = if is_event_head_with_of(word) {
            match words.get(head + 1) {
                Some(&("de" | "du" | "des" | "d'" | "d’")) => (head + 2, false),
                Some(next) if text::without_article_elision(next).is_some() => (head + 1, false),
                _ => continue,
            }
        } else if is_event_head_with_name(word) {
            (head + 1, true)
        } else {
            continue;
        };
        let Some(&first) = words.get(name_start) else {
            continue;
        };
        let first = text::without_article_elision(first).unwrap_or(first);
        if !text::starts_name(first) {
            continue;
        }
        let name_end = (name_start + 1..words.len().min(name_start + 3))
            .take_while(|&k| text::starts_name(words[k]))
            .last()
            .map_or(name_start + 1, |k| k + 1);
        let name = Span::new(tokens[name_start].start, tokens[name_end - 1].end);
        let names_actor = mentions.iter().any(|m| {
            let actor = match m.label {
                EntityLabel::Per => !person_allowed,
                EntityLabel::Org => true,
                _ => false,
            };
            actor && m.span.overlaps(name)
        });
        if names_actor {
            continue;
        }
        let span = Span::new(tokens[head].start, name.end);
        replace_inside(mentions, span, EntityLabel::Misc, None);
    }
}

/// Capitalised heads of French organisations' names that run on in
/// lowercase ("l'Institut de l'économie pour le climat", "l'Agence
/// internationale de l'énergie"). "Centre" is left out: alone it is the
/// political centre, and "le Centre de la ville" a place.
fn is_organisation_name_head(word: &str) -> bool {
    matches!(
        word,
        "Institut"
            | "Agence"
            | "Office"
            | "Observatoire"
            | "Conseil"
            | "Comité"
            | "Commission"
            | "Commissariat"
            | "Fédération"
            | "Confédération"
            | "Fondation"
            | "Association"
            | "Autorité"
            | "Syndicat"
            | "Ligue"
            | "Mouvement"
            | "Collectif"
            | "Organisation"
            | "Académie"
    )
}

/// Words of such a name after its head, at most.
const MAX_ORGANISATION_NAME_WORDS: usize = 10;

/// A lowercase French word that reads as an adjective by its ending:
/// "internationale", "national", "économiques", "atomique", "français".
fn reads_as_french_adjective(word: &str) -> bool {
    [
        "al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne", "iens", "iennes", "ais",
        "aise", "aises", "ois", "oise", "oises", "el", "elle", "els", "elles", "if", "ive", "ifs",
        "ives", "aire", "aires", "eux", "euse", "euses", "ain", "aine", "ains", "aines",
    ]
    .iter()
    .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

/// Adds French organisations named by a capitalised head and a lowercase
/// complement after a definite article ("l'Institut de l'économie pour le
/// climat", "l'Agence internationale de l'énergie atomique", "l'Institut
/// national de la statistique et des études économiques") as ORG mentions
/// in place of the mentions inside them; the tagger keeps the head alone,
/// as a place. The complement is read as nouns after prepositions and
/// articles, each with at most one adjective, so that a verb ends it ("…
/// de l'environnement surveille …").
pub(crate) fn add_organisation_names(
    tokens: &[Span],
    words: &[&str],
    mentions: &mut Vec<Mention<'_>>,
) {
    let is_link = |w: &str| {
        matches!(
            w,
            "de" | "du"
                | "des"
                | "d'"
                | "d’"
                | "la"
                | "le"
                | "les"
                | "l'"
                | "l’"
                | "pour"
                | "et"
                | "sur"
                | "contre"
                | "à"
                | "au"
                | "aux"
                | "en"
        )
    };
    let is_noun = |w: &str| {
        w.chars().all(|c| c.is_lowercase() || c == '-')
            && w.chars().count() >= 3
            && !matches!(
                w,
                "qui" | "que" | "dont" | "une" | "ses" | "son" | "sur" | "par"
            )
    };
    // Past one adjective after a noun at `k - 1`: "Agence internationale".
    let past_adjective = |k: usize| {
        let adjective = words
            .get(k)
            .is_some_and(|w| is_noun(w) && reads_as_french_adjective(w));
        k + usize::from(adjective)
    };
    for head in 1..words.len() {
        if !is_organisation_name_head(words[head]) || !is_definite_article(words[head - 1]) {
            continue;
        }
        let mut k = past_adjective(head + 1);
        let mut end = k;
        let mut complements = 0;
        while k < words.len() && k - head <= MAX_ORGANISATION_NAME_WORDS {
            let links = (k..words.len()).take_while(|&j| is_link(words[j])).count();
            let noun = k + links;
            // A complement opens with a preposition: "à la Commission la
            // possibilité de …" gives the Commission an object.
            if links == 0
                || is_definite_article(words[k]) && !matches!(words[k], "du" | "des" | "au" | "aux")
                || !words.get(noun).is_some_and(|w| is_noun(w))
            {
                // "Comité de contrôle de la Douma d'État": a name may close
                // the complement.
                let closing_name = complements > 0
                    && links > 0
                    && matches!(words[k], "de" | "du" | "des" | "d'" | "d’")
                    && words.get(noun).is_some_and(|w| text::starts_name(w));
                if closing_name {
                    let mut last = noun;
                    while last + 2 < words.len()
                        && last - noun < 2
                        && matches!(words[last + 1], "d'" | "d’")
                        && text::starts_name(words[last + 2])
                    {
                        last += 2;
                    }
                    end = last + 1;
                }
                break;
            }
            k = past_adjective(noun + 1);
            end = k;
            complements += 1;
        }
        if complements == 0 {
            continue;
        }
        let span = Span::new(tokens[head].start, tokens[end - 1].end);
        replace_inside(mentions, span, EntityLabel::Org, None);
    }
}

/// Nouns that announce the title of a work ("son ouvrage « Le terrorisme
/// intellectuel »", "l'enquête « Trajectoires et origines »").
fn is_work_noun(word: &str) -> bool {
    text::is_any_case(
        word,
        &[
            "ouvrage",
            "livre",
            "essai",
            "roman",
            "film",
            "reportage",
            "documentaire",
            "enquête",
            "rapport",
            "étude",
            "article",
            "série",
            "émission",
            "chanson",
            "album",
            "pièce",
            "tribune",
            "podcast",
            "intitulé",
            "intitulée",
            "intitulés",
            "intitulées",
            "titré",
            "titrée",
        ],
    )
}

/// Makes `span` a mention labelled `label`: relabels the unlinked mention
/// of exactly that span, else puts a new one in place of those it covers.
fn name_as(mentions: &mut Vec<Mention<'_>>, span: Span, label: EntityLabel) {
    match mentions.iter_mut().find(|m| m.span == span) {
        Some(m) if m.link.is_none() => m.label = label,
        Some(_) => {}
        None => replace_inside(mentions, span, label, None),
    }
}

/// Adds the legislature and the supreme court a French article names bare
/// ("le Congrès ne peut abdiquer", "les juges de la Cour suprême"): the
/// tagger reads "Congrès" as an event and leaves "Cour suprême" out, and
/// the KB links them only with their country. A named complement after
/// them ("le Congrès de Vienne", "la Cour suprême du Canada") makes another
/// name; "le Congrès de nos jours" is the legislature.
pub(crate) fn add_bare_institutions(
    tokens: &[Span],
    words: &[&str],
    mentions: &mut Vec<Mention<'_>>,
) {
    for i in 1..words.len() {
        let len = match (words[i], words.get(i + 1)) {
            ("Congrès", _) => 1,
            ("Cour", Some(&"suprême")) => 2,
            _ => continue,
        };
        let definite = matches!(words[i - 1], "le" | "la" | "du" | "au" | "Le" | "La");
        let capitalised = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        let complement = capitalised(i + len)
            || words
                .get(i + len)
                .is_some_and(|w| matches!(*w, "de" | "du" | "des" | "d'" | "d’"))
                && capitalised(i + len + 1);
        if !definite || complement {
            continue;
        }
        let span = Span::new(tokens[i].start, tokens[i + len - 1].end);
        // "le Congrès de nos jours": the tagger ran the name into the
        // lowercase words after it.
        if let Some(m) = mentions
            .iter_mut()
            .find(|m| m.span.start == span.start && m.span.end > span.end && m.link.is_none())
        {
            let tail = i + len..tokens.partition_point(|t| t.end <= m.span.end);
            if tail.clone().all(|k| !capitalised(k)) {
                m.span.end = span.end;
                m.label = EntityLabel::Org;
            }
            continue;
        }
        name_as(mentions, span, EntityLabel::Org);
    }
}

/// A French ordinal written in figures or letters ("Ve", "IIIème", "5e",
/// "Cinquième").
fn is_french_ordinal(word: &str) -> bool {
    let figures = ["ème", "eme", "e"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    figures
        || text::is_roman_ordinal(word)
        || text::is_any_case(
            word,
            &[
                "première",
                "deuxième",
                "seconde",
                "troisième",
                "quatrième",
                "cinquième",
                "sixième",
            ],
        )
}

/// Adds the French republics as periods ("la Ve République", "la IIIème
/// République", "la 5e république"): the tagger reads them as places.
pub(crate) fn add_republic_periods(
    tokens: &[Span],
    words: &[&str],
    mentions: &mut Vec<Mention<'_>>,
) {
    for (i, pair) in words.windows(2).enumerate() {
        if is_french_ordinal(pair[0]) && text::is_any_case(pair[1], &["république"]) {
            name_as(
                mentions,
                Span::new(tokens[i].start, tokens[i + 1].end),
                EntityLabel::Misc,
            );
        }
    }
}

/// Fewest letters before "gate" in a scandal's name: "Spygate".
const MIN_SCANDAL_STEM_CHARS: usize = 3;

/// Adds the scandals named after Watergate ("Russiagate", "Spygate",
/// "#McKinseyGate") as MISC mentions. The stem must be a name or a word
/// (`is_known`), or "Gate" capitalised, so that "Delegate" and "Aggregate"
/// stay words; a plural stem is a place or a firm ("Ramsgate", "Lionsgate").
pub(crate) fn add_scandal_names(
    tokens: &[Span],
    words: &[&str],
    is_known: &dyn Fn(&str) -> bool,
    mentions: &mut Vec<Mention<'_>>,
) {
    for (token, word) in tokens.iter().zip(words) {
        // "#McKinseyGate": a hashtag names the scandal too.
        let (word, span) = match word.strip_prefix('#') {
            Some(tagged) => (tagged, Span::new(token.start + 1, token.end)),
            None => (*word, *token),
        };
        let (stem, capital_gate) = match (word.strip_suffix("gate"), word.strip_suffix("Gate")) {
            (Some(stem), _) => (stem, false),
            (_, Some(stem)) => (stem, true),
            _ => continue,
        };
        let shaped = stem.chars().count() >= MIN_SCANDAL_STEM_CHARS
            && text::starts_name(stem)
            && stem.chars().all(char::is_alphabetic)
            && !stem.ends_with('s');
        if shaped && (capital_gate || is_known(stem)) {
            name_as(mentions, span, EntityLabel::Misc);
        }
    }
}

/// Adds the quoted titles of works as MISC mentions, in place of the
/// mentions inside them: a title a work noun announces, in French
/// quotation marks and opening with a capital ("le reportage d'ARTE
/// intitulé « Le retour de l'ours »").
pub(crate) fn add_quoted_titles(tokens: &[Span], words: &[&str], mentions: &mut Vec<Mention<'_>>) {
    const LONGEST_TITLE: usize = 16;
    for (open, word) in words.iter().enumerate() {
        if *word != "«" || open == 0 || !is_work_noun(words[open - 1]) {
            continue;
        }
        let Some(close) =
            (open + 1..words.len().min(open + LONGEST_TITLE + 2)).find(|&i| words[i] == "»")
        else {
            continue;
        };
        if close == open + 1 || !text::starts_name(words[open + 1]) {
            continue;
        }
        let span = Span::new(tokens[open + 1].start, tokens[close - 1].end);
        replace_inside(mentions, span, EntityLabel::Misc, None);
    }
}

/// Compass words after a place that name a region of it.
fn compass_words(words: &[&str]) -> usize {
    let is_adjective = |w: &str| {
        matches!(
            w,
            "centrale" | "orientale" | "occidentale" | "méridionale" | "septentrionale"
        )
    };
    let is_point = |w: &str| {
        matches!(
            w,
            "Est" | "Ouest" | "Nord" | "Sud" | "Nord-Est" | "Nord-Ouest" | "Sud-Est" | "Sud-Ouest"
        )
    };
    match words {
        // "Europe centrale et orientale".
        [a, "et", b, ..] if is_adjective(a) && is_adjective(b) => 3,
        [a, ..] if is_adjective(a) => 1,
        // "Afrique du Nord", "Europe de l'Est" (the elision in one token or two).
        ["du", point, ..] if is_point(point) => 2,
        ["de", elided, ..] if text::without_article_elision(elided).is_some_and(is_point) => 2,
        ["de", "l'" | "l’", point, ..] if is_point(point) => 3,
        _ => 0,
    }
}

/// Extends a French place by the compass words after it ("Europe de
/// l'Est"), as an unlinked place in place of the mentions inside.
pub(crate) fn extend_regions<'k>(tokens: &[Span], words: &[&str], mentions: &mut Vec<Mention<'k>>) {
    let places: Vec<Span> = mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Loc && !m.demonym)
        .map(|m| m.span)
        .collect();
    for place in places {
        let last = crate::token_at(tokens, place.end - 1);
        if tokens.get(last).is_none_or(|t| t.end != place.end) {
            continue;
        }
        let n = compass_words(&words[last + 1..]);
        if n == 0 {
            continue;
        }
        let span = Span::new(place.start, tokens[last + n].end);
        replace_inside(mentions, span, EntityLabel::Loc, None);
    }
}

/// Whether the text's case agrees with some KB surface of `entry` that
/// reads as `surface`: a word the KB capitalises may not be written in
/// lowercase ("Le monde" is no "Le Monde"; "Nations Unies" is "Nations
/// unies"). Words are compared from the end, since the text may add an
/// article the KB leaves out.
pub(crate) fn case_fits(entry: &Entry, surface: &str) -> bool {
    // Only a lowercase word after the first can disagree; most names have
    // none, and they spare the comparison with every alias.
    let mut words = surface.split(|c: char| c.is_whitespace() || c == '-');
    words.next();
    if !words.any(|w| w.starts_with(char::is_lowercase)) {
        return true;
    }
    let key = trame_kb::normalize(surface);
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(|w| text::without_article_elision(w).unwrap_or(w).to_string())
            .collect()
    };
    let written = split(surface);
    let mut readings = std::iter::once(&entry.name)
        .chain(entry.aliases.values().flatten())
        .filter(|name| trame_kb::normalize(name) == key)
        .peekable();
    if readings.peek().is_none() {
        return true;
    }
    readings.any(|name| {
        split(name)
            .iter()
            .rev()
            .zip(written.iter().rev())
            .all(|(kb, text)| {
                !(kb.starts_with(char::is_uppercase) && text.starts_with(char::is_lowercase))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens_of(text: &str) -> (Vec<Span>, Vec<&str>) {
        let mut tokens = Vec::new();
        let mut words = Vec::new();
        let mut offset = 0;
        for word in text.split(' ') {
            let len = word.chars().count();
            tokens.push(Span::new(offset, offset + len));
            words.push(word);
            offset += len + 1;
        }
        (tokens, words)
    }

    fn mention(span: Span, label: EntityLabel) -> Mention<'static> {
        Mention {
            span,
            label,
            link: None,
            demonym: false,
            place_reading: false,
        }
    }

    #[test]
    fn named_events_take_in_their_place() {
        let (tokens, words) = tokens_of("pendant la guerre d'Algérie et après");
        let mut mentions = vec![mention(tokens[3], EntityLabel::Loc)];
        add_event_mentions(&tokens, &words, &mut mentions);
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].label, EntityLabel::Misc);
        assert_eq!(mentions[0].span, Span::new(tokens[2].start, tokens[3].end));

        let (tokens, words) = tokens_of("la guerre de Poutine continue");
        let mut mentions = vec![mention(tokens[3], EntityLabel::Per)];
        add_event_mentions(&tokens, &words, &mut mentions);
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].label, EntityLabel::Per);

        let (tokens, words) = tokens_of("la guerre d’ Indochine et la loi Veil");
        let mut mentions = vec![
            mention(tokens[3], EntityLabel::Loc),
            mention(tokens[7], EntityLabel::Per),
        ];
        add_event_mentions(&tokens, &words, &mut mentions);
        let labels: Vec<EntityLabel> = mentions.iter().map(|m| m.label).collect();
        assert_eq!(labels, [EntityLabel::Misc, EntityLabel::Misc]);

        let (tokens, words) = tokens_of("la guerre en Ukraine");
        let mut mentions = vec![mention(tokens[3], EntityLabel::Loc)];
        add_event_mentions(&tokens, &words, &mut mentions);
        assert_eq!(mentions[0].label, EntityLabel::Loc);
    }

    #[test]
    fn quoted_titles_of_works() {
        let (tokens, words) = tokens_of("le reportage intitulé « Le retour de l'ours » est");
        let mut mentions = Vec::new();
        add_quoted_titles(&tokens, &words, &mut mentions);
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].label, EntityLabel::Misc);
        assert_eq!(mentions[0].span, Span::new(tokens[4].start, tokens[7].end));

        // A quotation after a speech verb is no title.
        let (tokens, words) = tokens_of("il a dit « Le retour » hier");
        let mut mentions = Vec::new();
        add_quoted_titles(&tokens, &words, &mut mentions);
        assert!(mentions.is_empty());
    }

    #[test]
    fn regions_by_compass_point() {
        let (tokens, words) = tokens_of("en Europe de l'Est et");
        let mut mentions = vec![
            mention(tokens[1], EntityLabel::Loc),
            mention(
                Span::new(tokens[3].start + 2, tokens[3].end),
                EntityLabel::Loc,
            ),
        ];
        extend_regions(&tokens, &words, &mut mentions);
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].span, Span::new(tokens[1].start, tokens[3].end));

        let (tokens, words) = tokens_of("l'Europe centrale et orientale ,");
        let mut mentions = vec![mention(
            Span::new(tokens[0].start + 2, tokens[0].end),
            EntityLabel::Loc,
        )];
        extend_regions(&tokens, &words, &mut mentions);
        assert_eq!(mentions[0].span.end, tokens[3].end);
    }

    #[test]
    fn kb_case_must_agree() {
        let kb = Kb::builtin().expect("builtin KB");
        let le_monde = kb
            .entries()
            .iter()
            .find(|e| e.name == "Le Monde")
            .expect("Le Monde in the KB");
        assert!(case_fits(le_monde, "Le Monde"));
        assert!(case_fits(le_monde, "LE MONDE"));
        assert!(!case_fits(le_monde, "Le monde"));
    }

    #[test]
    fn lowercase_kb_names_written_apart_at_an_apostrophe() {
        let kb = Kb::builtin().expect("builtin KB");
        let names = LowercaseNames::new(&kb);
        let (tokens, words) = tokens_of("selon le département d' État ,");
        let mut mentions = Vec::new();
        names.add_mentions(&kb, &tokens, &words, &mut mentions);
        let linked: Vec<&str> = mentions
            .iter()
            .filter_map(|m| m.link.map(|e| e.name.as_str()))
            .collect();
        assert_eq!(linked, ["United States Department of State"]);
    }

    #[test]
    fn lowercase_kb_names() {
        let kb = Kb::builtin().expect("builtin KB");
        let names = LowercaseNames::new(&kb);
        let (tokens, words) = tokens_of("depuis la guerre froide , le prix Nobel de la paix");
        let mut mentions = vec![mention(tokens[7], EntityLabel::Per)];
        names.add_mentions(&kb, &tokens, &words, &mut mentions);
        let names: Vec<&str> = mentions
            .iter()
            .filter_map(|m| m.link.map(|e| e.name.as_str()))
            .collect();
        assert_eq!(names, ["Cold War", "Nobel Peace Prize"]);
    }
}
