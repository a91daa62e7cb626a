//! Document-level identity: which mentions denote the same entity.
//!
//! Mentions are merged (union-find, so the result does not depend on the
//! order of the text) when they share a KB id, share a normalised surface
//! (case, diacritics, elided articles), or when a bare surname ("Poutine",
//! "Kostan", "von der Leyen", "Al Dhaheri") ends exactly one full PER name
//! of the document.
//! A surname that ends two different full names joins the one the document
//! names in full at least three times as often as each other, or else the
//! only one the KB knows as a person when the KB reads the bare surname as
//! that person; otherwise it is merged with neither, nor linked by the KB's
//! reading of the bare surname, and becomes its own PER entity (a wrong
//! merge would pin one person's words on another). A lone word one typo
//! from the surname of exactly one person joins that person. The
//! document's full name beats the KB's reading of a bare surname: after
//! "Michael Jordan", "Jordan" is the player, not the country.
//! In Russian the surname test compares stems, since the full name and the
//! surname usually come in different cases (Навальный, Навального).

use std::collections::{HashMap, HashSet};

use trame_doc::{Entity, EntityLabel, Span};
use trame_kb::Entry;

use crate::{text, Mention, WordSet};

/// Builds the document's entities, ids `e0, e1, …` in order of first mention.
/// `aliases` pairs the span of an acronym with the span of the full name it
/// is defined as in the document (module `acronym`), and an account's handle
/// with its display name (module `accounts`).
pub(crate) fn resolve<'t, F>(
    mut mentions: Vec<Mention<'_>>,
    surface: &F,
    aliases: &[(Span, Span)],
    first_name_evidence: &FirstNameEvidence<'_>,
    lang: Option<&str>,
) -> Vec<Entity>
where
    F: Fn(Span) -> &'t str,
{
    let russian = lang == Some("ru");
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by_key(|m| m.span);
    let keys: Vec<String> = mentions.iter().map(|m| key(surface(m.span))).collect();
    let word_counts: Vec<usize> = mentions
        .iter()
        .map(|m| surface(m.span).split_whitespace().count())
        .collect();
    let is_full_name: Vec<bool> = mentions
        .iter()
        .zip(&word_counts)
        .map(|(m, &words)| m.label == EntityLabel::Per && words >= 2 && !m.demonym)
        .collect();
    let mut sets = UnionFind::new(mentions.len());

    // Full names first, so that surnames see one group per person.
    let full: Vec<usize> = (0..mentions.len()).filter(|&i| is_full_name[i]).collect();
    union_by(&mut sets, &full, |i| mentions[i].link.map(|e| e.id.clone()));
    union_by(&mut sets, &full, |i| Some(keys[i].clone()));
    // "Егора Бероева" and "Егор Бероев": one name in two cases.
    if russian {
        union_by(&mut sets, &full, |i| {
            Some(
                keys[i]
                    .split(' ')
                    .map(russian_stem)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        });
    }
    join_misspelt_first_names(&mentions, &full, surface, &mut sets);
    join_respelt_full_names(&mentions, &full, surface, &mut sets);

    // A full name ending with a shorter one that opens with a first name:
    // the same person with one more given name, initial or title ("Carlo
    // Maria Martini", "S. Lee Merritt", "Officer Eric Joering"), or, when a
    // function word comes before it, a show or a work named after the
    // person ("The Evening With Vladimir Solovyov"), whose last word is then
    // no one else's surname.
    let mut named_after_someone = vec![false; mentions.len()];
    for &i in &full {
        let ending = full.iter().find_map(|&j| {
            let extra = keys[i].strip_suffix(keys[j].as_str())?.strip_suffix(' ')?;
            let opens_with_first_name = keys[j]
                .split(' ')
                .next()
                .is_some_and(|first| first_name_evidence.known.contains(first));
            opens_with_first_name.then_some((j, extra))
        });
        let Some((j, extra)) = ending else {
            continue;
        };
        if extra.split(' ').any(is_function_word) {
            named_after_someone[i] = true;
        } else if extra.split(' ').count() <= MAX_EXTRA_NAME_WORDS {
            sets.union(i, j);
        }
    }
    // "Sarah Sanders" and "Sarah Huckabee Sanders", "Siraj Wahhaj" and
    // "Siraj Ibn Wahhaj": the same first and last names around a middle
    // name are one person.
    let first_and_last = |i: usize| {
        let mut words = keys[i].split(' ');
        (words.next(), words.next_back())
    };
    for &i in &full {
        if word_counts[i] != 2 {
            continue;
        }
        let with_middle_name = full.iter().copied().find(|&j| {
            (3..=2 + MAX_EXTRA_NAME_WORDS).contains(&word_counts[j])
                && first_and_last(j) == first_and_last(i)
        });
        if let Some(j) = with_middle_name {
            sets.union(i, j);
        }
    }
    let mut surname_groups: HashMap<String, Vec<usize>> = HashMap::new();
    let mut group_link: HashMap<usize, &Entry> = HashMap::new();
    for &i in &full {
        let root = sets.find(i);
        if let Some(entry) = mentions[i].link {
            group_link.insert(root, entry);
        }
        if named_after_someone[i] {
            continue;
        }
        let words: Vec<&str> = surface(mentions[i].span).split_whitespace().collect();
        for start in 1..words.len() {
            for k in surname_keys(&words[start..].join(" "), russian) {
                let roots = surname_groups.entry(k).or_default();
                if !roots.contains(&root) {
                    roots.push(root);
                }
            }
        }
    }

    // "Al Dhaheri" after "Ali Saeed Bin Harmal Al Dhaheri": a name of
    // several words that ends exactly one longer full name, and does not
    // open with a first name, is that person's surname.
    for &i in &full {
        let name = surface(mentions[i].span);
        let first = name.split_whitespace().next().unwrap_or_default();
        if first_name_evidence.known.contains(&key(first)) {
            continue;
        }
        let own = sets.find(i);
        let mut roots: Vec<usize> = surname_keys(name, russian)
            .iter()
            .filter_map(|k| surname_groups.get(k))
            .flatten()
            .map(|&root| sets.find(root))
            .filter(|&root| root != own)
            .collect();
        roots.sort_unstable();
        roots.dedup();
        if let [root] = roots[..] {
            sets.union(i, root);
        }
    }

    // A word the document once writes as a place ("en Lombardie") is that
    // place wherever it stands alone, not the surname of a full name that
    // ends with it ("Coldiretti Lombardie", "Mendès France").
    let places: HashSet<&str> = (0..mentions.len())
        .filter(|&i| mentions[i].place_reading && word_counts[i] == 1)
        .map(|i| keys[i].as_str())
        .collect();
    // How often each person is named in full: a surname shared by several
    // goes to the one the text is about.
    let mut full_mentions: HashMap<usize, usize> = HashMap::new();
    for &i in &full {
        *full_mentions.entry(sets.find(i)).or_default() += 1;
    }
    let mut joined_as_surname = vec![false; mentions.len()];
    for i in 0..mentions.len() {
        if is_full_name[i] || mentions[i].demonym || places.contains(keys[i].as_str()) {
            continue;
        }
        // A place the KB knows is no Russian surname: "Лидеры Афганистана"
        // and "Планам Польши", tagged as people, are capitalised words
        // before a place in the genitive, and "Польша", "Польши" stay
        // Poland. (In English "Jordan" after "Michael Jordan" is his.)
        let kb_place = mentions[i]
            .link
            .is_some_and(|e| e.label == trame_kb::Label::Loc);
        if russian && kb_place {
            continue;
        }
        let mut roots: Vec<usize> = surname_keys(surface(mentions[i].span), russian)
            .iter()
            .filter_map(|k| surname_groups.get(k))
            .flatten()
            .copied()
            .collect();
        roots.sort_unstable();
        roots.dedup();
        if roots.is_empty() {
            continue;
        }
        let mention = &mut mentions[i];
        mention.label = EntityLabel::Per;
        let root = dominant_root(&roots, &full_mentions)
            .or_else(|| known_bearer(mention.link, &roots, &group_link))
            .or_else(|| {
                // Every lone use of the surname must follow the same
                // single bearer: after "Carter Page … Page … Lisa Page …
                // Page", "Page" stays nobody's.
                let mut bearers = (0..keys.len())
                    .filter(|&k| keys[k] == keys[i] && !is_full_name[k])
                    .map(|k| only_bearer_before(k, &roots, &full, &mut sets));
                let first = bearers.next().flatten()?;
                if !bearers.all(|b| b == Some(first)) {
                    return None;
                }
                roots.iter().copied().find(|&r| sets.find(r) == first)
            });
        let Some(root) = root else {
            // Ambiguous in this document: the KB's reading of the bare
            // surname (Clinton → Bill) would be a guess as well.
            mention.link = None;
            continue;
        };
        if mention
            .link
            .is_some_and(|e| e.label != trame_kb::Label::Per)
        {
            mention.link = None;
        }
        // The document's bearer over the KB's reading of the bare surname,
        // even a person the KB knows: after "Sarah Sanders", "Sanders" is
        // hers, not Bernie Sanders's.
        mention.link = group_link.get(&root).copied();
        joined_as_surname[i] = true;
        sets.union(i, root);
    }

    join_misspelt_surnames(
        &mut mentions,
        &keys,
        &is_full_name,
        &word_counts,
        &mut joined_as_surname,
        &mut sets,
        surface,
    );
    join_first_names(
        &mut mentions,
        &keys,
        &full,
        &word_counts,
        &mut joined_as_surname,
        &mut sets,
        surface,
        first_name_evidence,
    );

    let index_of: HashMap<Span, usize> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| (m.span, i))
        .collect();
    for (alias, full_name) in aliases {
        if let (Some(&a), Some(&f)) = (index_of.get(alias), index_of.get(full_name)) {
            sets.union(a, f);
        }
    }

    // French names open with their head noun ("Commission européenne");
    // English ones with adjectives ("Islamic State").
    if lang == Some("fr") {
        link_head_words(&mut mentions, &keys);
    }

    let alias_spans: std::collections::HashSet<Span> =
        aliases.iter().map(|&(alias, _)| alias).collect();
    let all: Vec<usize> = (0..mentions.len()).collect();
    union_by(&mut sets, &all, |i| mentions[i].link.map(|e| e.id.clone()));
    union_by(&mut sets, &all, |i| Some(keys[i].clone()));

    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..mentions.len() {
        groups.entry(sets.find(i)).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    // Members are in text order, since mentions are sorted.
    groups.sort_by_key(|members| members.first().map(|&i| mentions[i].span));
    groups
        .iter()
        .enumerate()
        .map(|(n, members)| {
            let link = majority(members.iter().filter_map(|&i| mentions[i].link));
            let person = members
                .iter()
                .any(|&i| is_full_name[i] || joined_as_surname[i]);
            let label = if person {
                EntityLabel::Per
            } else if let Some(entry) = link {
                entry.label
            } else {
                majority(members.iter().map(|&i| mentions[i].label)).unwrap_or(EntityLabel::Misc)
            };
            // An acronym or a handle names its entity only when no full
            // name does ("Caty" for "@LaColitruche").
            let named = members
                .iter()
                .filter(|&&i| !alias_spans.contains(&mentions[i].span))
                .map(|&i| surface(mentions[i].span));
            let name = match link {
                Some(entry) => entry.name.clone(),
                None => match entity_name(named) {
                    name if name.is_empty() => {
                        entity_name(members.iter().map(|&i| surface(mentions[i].span)))
                    }
                    name => name,
                },
            };
            let mut spans: Vec<Span> = members.iter().map(|&i| mentions[i].span).collect();
            spans.sort_unstable();
            spans.dedup();
            Entity {
                id: format!("e{n}"),
                label,
                name,
                kb_id: link.filter(|e| e.has_wikidata_id()).map(|e| e.id.clone()),
                mentions: spans,
            }
        })
        .collect()
}

/// Given names, initials or titles a full name may hold before a shorter
/// full name of the same person ("Carlo Maria Martini"); more are a run of
/// several names the tagger joined ("John Bolton Richard Grenell Dina
/// Powell").
const MAX_EXTRA_NAME_WORDS: usize = 2;

/// Words that join a name into a title rather than open a person's name:
/// "The Evening With …", "Fondation pour …".
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "of"
            | "with"
            | "and"
            | "for"
            | "by"
            | "in"
            | "on"
            | "a"
            | "an"
            | "de"
            | "du"
            | "des"
            | "la"
            | "le"
            | "les"
            | "l"
            | "d"
            | "au"
            | "aux"
            | "et"
            | "pour"
            | "par"
            | "avec"
            | "en"
            | "sur"
    )
}

/// "la Commission" after "la Commission européenne", "l'Union" after
/// "l'UE", "l'Alliance" after "l'OTAN", "le ministère de la défense" after
/// "le ministère de la défense de la Russie": an unlinked name made of the
/// leading words of a KB name of exactly one organisation the document
/// names is that organisation's short name.
fn link_head_words(mentions: &mut [Mention<'_>], keys: &[String]) {
    let short = |m: &Mention<'_>| m.link.is_none() && !m.demonym && m.label != EntityLabel::Per;
    let candidates: HashSet<&str> = mentions
        .iter()
        .zip(keys)
        .filter(|(m, _)| short(m))
        .map(|(_, k)| k.as_str())
        .collect();
    if candidates.is_empty() {
        return;
    }
    let mut organisations: Vec<&Entry> = mentions
        .iter()
        .filter_map(|m| m.link)
        .filter(|entry| entry.label == trame_kb::Label::Org)
        .collect();
    organisations.sort_by(|a, b| a.id.cmp(&b.id));
    organisations.dedup_by(|a, b| a.id == b.id);
    let mut heads: HashMap<String, Vec<&Entry>> = HashMap::new();
    for entry in organisations {
        for name in std::iter::once(&entry.name).chain(entry.aliases.values().flatten()) {
            // The key of a name's leading words is its key's leading words:
            // one normalisation a name.
            let name_key = key(name);
            for (end, _) in name_key.match_indices(' ') {
                let head = &name_key[..end];
                if !candidates.contains(head) {
                    continue;
                }
                let entries = heads.entry(head.to_owned()).or_default();
                if !entries.iter().any(|e| e.id == entry.id) {
                    entries.push(entry);
                }
            }
        }
    }
    for (mention, k) in mentions.iter_mut().zip(keys) {
        if !short(mention) {
            continue;
        }
        if let Some([entry]) = heads.get(k).map(Vec::as_slice) {
            mention.link = Some(*entry);
            mention.label = entry.label;
        }
    }
}

/// Full names with the same surname whose first names are one typo apart
/// ("Jospe Borrell" and "Josep Borrell", "Benn Wallace" and "Ben Wallace",
/// "Mohamed Ben Salmane" and "Mohammed Ben Salmane"), or whose first names
/// are a given name and its short form ("Tom" and "Thomas Weinandy"), are
/// one person: a text that names two people so alike spells them out.
fn join_misspelt_first_names<'t, F>(
    mentions: &[Mention<'_>],
    full: &[usize],
    surface: &F,
    sets: &mut UnionFind,
) where
    F: Fn(Span) -> &'t str,
{
    let mut by_surname: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for &i in full {
        let words: Vec<&str> = surface(mentions[i].span).split_whitespace().collect();
        if let (2..=4, Some((first, surname))) = (words.len(), words.split_first()) {
            by_surname
                .entry(key(&surname.join(" ")))
                .or_default()
                .push((i, key(first)));
        }
    }
    for names in by_surname.values() {
        for (n, (a, first_a)) in names.iter().enumerate() {
            for (b, first_b) in &names[n + 1..] {
                let long_enough = first_a.chars().count() >= 3 && first_b.chars().count() >= 3;
                let typo = long_enough && one_typo_apart(first_a, first_b);
                if first_a != first_b && (typo || nickname_of(first_a, first_b)) {
                    sets.union(*a, *b);
                }
            }
        }
    }
}

/// Full names of as many words, each word the other's or one letter apart,
/// the surname included, are one person: the same name transliterated two
/// ways in one text ("Radoslaw Sikorski", "Radoslav Sikorsky"). A feminine
/// ending is no slip ("Ivan Petrov", "Ivana Petrova" are two people), nor
/// is a short surname ("Roux", "Rous").
fn join_respelt_full_names<'t, F>(
    mentions: &[Mention<'_>],
    full: &[usize],
    surface: &F,
    sets: &mut UnionFind,
) where
    F: Fn(Span) -> &'t str,
{
    let names: Vec<(usize, Vec<String>)> = full
        .iter()
        .map(|&i| {
            let words = surface(mentions[i].span)
                .split_whitespace()
                .map(key)
                .collect();
            (i, words)
        })
        .filter(|(_, words): &(usize, Vec<String>)| (2..=4).contains(&words.len()))
        .collect();
    let feminine =
        |a: &str, b: &str| a.strip_suffix('a') == Some(b) || b.strip_suffix('a') == Some(a);
    for (n, (a, words_a)) in names.iter().enumerate() {
        for (b, words_b) in &names[n + 1..] {
            let (Some(surname_a), Some(surname_b)) = (words_a.last(), words_b.last()) else {
                continue;
            };
            let respelt_surname = surname_a != surname_b
                && surname_a.chars().count() >= MIN_MISSPELT_SURNAME_CHARS
                && surname_b.chars().count() >= MIN_MISSPELT_SURNAME_CHARS;
            let alike = words_a.len() == words_b.len()
                && words_a
                    .iter()
                    .zip(words_b)
                    .all(|(x, y)| x == y || (one_typo_apart(x, y) && !feminine(x, y)));
            if respelt_surname && alike {
                sets.union(*a, *b);
            }
        }
    }
}

/// English given names and the short forms the news writes for them, as
/// identity keys: "Tom Weinandy" is "Thomas Weinandy".
const NICKNAMES: &[(&str, &str)] = &[
    ("tom", "thomas"),
    ("doug", "douglas"),
    ("bill", "william"),
    ("will", "william"),
    ("mike", "michael"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("bob", "robert"),
    ("rob", "robert"),
    ("bobby", "robert"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("joe", "joseph"),
    ("ben", "benjamin"),
    ("dan", "daniel"),
    ("dave", "david"),
    ("chris", "christopher"),
    ("tony", "anthony"),
    ("steve", "steven"),
    ("steve", "stephen"),
    ("jeff", "jeffrey"),
    ("ed", "edward"),
    ("andy", "andrew"),
    ("alex", "alexander"),
    ("matt", "matthew"),
    ("nick", "nicholas"),
    ("pat", "patrick"),
    ("sam", "samuel"),
    ("tim", "timothy"),
    ("ken", "kenneth"),
    ("ron", "ronald"),
    ("don", "donald"),
    ("greg", "gregory"),
    ("jon", "jonathan"),
    ("larry", "lawrence"),
    ("chuck", "charles"),
    ("charlie", "charles"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("kate", "katherine"),
    ("kathy", "katherine"),
    ("sue", "susan"),
    ("jenny", "jennifer"),
    ("vicky", "victoria"),
    ("vicki", "victoria"),
];

/// Whether one given name is the other's short form ("Tom", "Thomas").
fn nickname_of(a: &str, b: &str) -> bool {
    NICKNAMES
        .iter()
        .any(|&(short, full)| (a == short && b == full) || (a == full && b == short))
}

/// Whether `a` and `b` differ by one substituted, inserted, deleted or
/// swapped adjacent character.
fn one_typo_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    match long.len() - short.len() {
        0 => {
            let rest_same = |from: usize| short.get(from..) == long.get(from..);
            // One substitution, or two neighbours swapped.
            rest_same(prefix + 1)
                || (prefix + 1 < short.len()
                    && short[prefix] == long[prefix + 1]
                    && short[prefix + 1] == long[prefix]
                    && rest_same(prefix + 2))
        }
        1 => short.get(prefix..) == long.get(prefix + 1..),
        _ => false,
    }
}

/// The group a bare surname joins when several full names of the document
/// end with it and none dominates: the one the KB's reading of the surname
/// names, if no other is a person the KB knows. After "Emmanuel Macron"
/// and "Ubu Macron", "Macron" is Emmanuel; after "Bill Clinton" and
/// "Hillary Clinton", both known, "Clinton" stays nobody's.
fn known_bearer(
    reading: Option<&Entry>,
    roots: &[usize],
    group_link: &HashMap<usize, &Entry>,
) -> Option<usize> {
    let reading = reading.filter(|e| e.label == trame_kb::Label::Per)?;
    let known: Vec<usize> = roots
        .iter()
        .copied()
        .filter(|r| {
            group_link
                .get(r)
                .is_some_and(|e| e.label == trame_kb::Label::Per)
        })
        .collect();
    match known[..] {
        [root] if group_link.get(&root).is_some_and(|e| e.id == reading.id) => Some(root),
        _ => None,
    }
}

/// The group, among `roots`, of the only bearer named in full before
/// mention `i` (mentions are in text order): "Dr Fouché nous raconte
/// l'histoire de la suspension de sa femme Carole Fouché", after "Louis
/// Fouché" alone, is Louis. After "Bill Clinton and Hillary Clinton",
/// "Clinton" has none.
fn only_bearer_before(
    i: usize,
    roots: &[usize],
    full: &[usize],
    sets: &mut UnionFind,
) -> Option<usize> {
    let groups: Vec<usize> = roots.iter().map(|&r| sets.find(r)).collect();
    let mut before: Vec<usize> = full
        .iter()
        .copied()
        .filter(|&j| j < i)
        .map(|j| sets.find(j))
        .filter(|g| groups.contains(g))
        .collect();
    before.sort_unstable();
    before.dedup();
    match before[..] {
        [group] => Some(group),
        _ => None,
    }
}

/// Shortest surname key that a one-letter slip may join: below it, names
/// one typo apart are as often two people ("Roux", "Rous").
const MIN_MISSPELT_SURNAME_CHARS: usize = 6;

/// A lone word the tagger calls a person, linked to nobody, that is one
/// typo from the surname of exactly one person of the document ("Mélanchon"
/// beside "Mélenchon", "Anderson" beside "Mark Andersen") is that person. A
/// person here is a full name or a bare surname the KB links to a person;
/// two persons are two groups or two KB entries. The words are compared as
/// written, diacritics kept ("Müller" is no slip for "Mullor"), and a
/// plural "s" is no slip ("Latinos").
#[allow(clippy::too_many_arguments)]
fn join_misspelt_surnames<'t, F>(
    mentions: &mut [Mention<'_>],
    keys: &[String],
    is_full_name: &[bool],
    word_counts: &[usize],
    joined: &mut [bool],
    sets: &mut UnionFind,
    surface: &F,
) where
    F: Fn(Span) -> &'t str,
{
    let known_person = |m: &Mention<'_>| m.link.is_some_and(|e| e.label == trame_kb::Label::Per);
    let written: Vec<String> = mentions
        .iter()
        .map(|m| {
            let last = surface(m.span).split_whitespace().next_back();
            last.unwrap_or_default().to_lowercase()
        })
        .collect();
    // (surname as written, the person: KB id or group root, a member)
    let persons: Vec<(&str, String, usize)> = (0..mentions.len())
        .filter(|&j| is_full_name[j] || word_counts[j] == 1 && known_person(&mentions[j]))
        .map(|j| {
            let person = match mentions[j].link {
                Some(entry) if entry.label == trame_kb::Label::Per => entry.id.clone(),
                _ => format!("#{}", sets.find(j)),
            };
            (written[j].as_str(), person, j)
        })
        .collect();
    let slip = |a: &str, b: &str| {
        let plural = |x: &str, y: &str| x.strip_suffix('s') == Some(y);
        a.chars().count() >= MIN_MISSPELT_SURNAME_CHARS
            && b.chars().count() >= MIN_MISSPELT_SURNAME_CHARS
            && !plural(a, b)
            && !plural(b, a)
            && one_typo_apart(a, b)
    };
    for i in 0..mentions.len() {
        let mention = &mentions[i];
        let candidate = !joined[i]
            && word_counts[i] == 1
            && mention.label == EntityLabel::Per
            && mention.link.is_none()
            && !mention.demonym;
        // A surname the document writes exactly is no slip: the surname
        // rules above have decided on it.
        let exact = || {
            persons
                .iter()
                .any(|(_, _, j)| keys[*j].rsplit(' ').next() == Some(keys[i].as_str()))
        };
        if !candidate || exact() {
            continue;
        }
        let own = written[i].as_str();
        let mut near: Vec<(&str, usize)> = persons
            .iter()
            .filter(|(surname, _, _)| slip(surname, own))
            .map(|(_, person, j)| (person.as_str(), *j))
            .collect();
        near.sort_unstable();
        near.dedup_by_key(|(person, _)| *person);
        if let [(_, j)] = near[..] {
            mentions[i].link = mentions[j].link;
            joined[i] = true;
            sets.union(i, j);
        }
    }
}

/// A person named in full this many times as often as every other bearer
/// of a surname takes the surname alone ("Emmanuel Macron" four times,
/// "Brigitte Macron" once: "Macron" is Emmanuel).
const SURNAME_DOMINANCE: usize = 3;

/// The group a bare surname joins among the full names `roots` (not empty)
/// it ends: the only one, or the one named in full dominantly often; None
/// when it is ambiguous.
fn dominant_root(roots: &[usize], full_mentions: &HashMap<usize, usize>) -> Option<usize> {
    let count = |r: &usize| full_mentions.get(r).copied().unwrap_or(0);
    let top = roots
        .iter()
        .copied()
        .max_by_key(|r| (count(r), std::cmp::Reverse(*r)))?;
    roots
        .iter()
        .filter(|&&r| r != top)
        .all(|r| count(&top) >= SURNAME_DOMINANCE * count(r).max(1))
        .then_some(top)
}

/// What tells a lone word for a first name: the known first names (learnt
/// from the NER corpora, `data/first_names.txt`) and the words the document
/// writes in lowercase.
pub(crate) struct FirstNameEvidence<'a> {
    /// Identity keys of known first names.
    pub(crate) known: &'a WordSet,
    /// Lowercased forms of the document's tokens that start in lowercase.
    pub(crate) lowercase_words: &'a WordSet,
}

/// A first name alone ("Victoria a dit…") joins the person when exactly one
/// full name of the document starts with it ("Victoria Toensing"), it is
/// not also a surname there, and it is a first name: a known one (the
/// tagger, seeing one capitalised word, often calls it a place), the first
/// word of a name the KB links to a person, or one the tagger called a
/// person in a name the document never writes as common words. That keeps
/// out the first words of names that are no person's ("Catholic" of a
/// "Catholic Theology" tagged PER) and of phrases the tagger took for one
/// ("God" of "God Himself", where "himself" is a word).
/// A mention the KB links stays with its entry.
#[allow(clippy::too_many_arguments)]
fn join_first_names<'t, F>(
    mentions: &mut [Mention<'_>],
    keys: &[String],
    full: &[usize],
    word_counts: &[usize],
    joined: &mut [bool],
    sets: &mut UnionFind,
    surface: &F,
    evidence: &FirstNameEvidence<'_>,
) where
    F: Fn(Span) -> &'t str,
{
    // Per first word: the persons whose full names start with it, and those names.
    let mut first_names: HashMap<String, (Vec<usize>, Vec<usize>)> = HashMap::new();
    let mut surnames = WordSet::default();
    // A name with a lowercase word in it ("Accords de Minsk", tagged PER)
    // may be no person's: its first word is not taken for a first name.
    let plain_names = full.iter().filter(|&&i| {
        surface(mentions[i].span)
            .split_whitespace()
            .all(text::starts_name)
    });
    for &i in plain_names {
        let root = sets.find(i);
        let mut words = surface(mentions[i].span).split_whitespace();
        if let Some(first) = words.next() {
            let (roots, names) = first_names.entry(key(first)).or_default();
            if !roots.contains(&root) {
                roots.push(root);
            }
            names.push(i);
        }
        surnames.extend(words.map(key));
    }
    // First words of full names the KB links to a person: the KB vouches
    // for them ("Xi" of "Xi Jinping").
    let kb_people: HashSet<&str> = first_names
        .iter()
        .filter(|(_, (_, names))| {
            names.iter().any(|&n| {
                mentions[n]
                    .link
                    .is_some_and(|entry| entry.label == trame_kb::Label::Per)
            })
        })
        .map(|(first, _)| first.as_str())
        .collect();
    // Whether a word of the names a first word starts is also a common word
    // of the document.
    let written_as_common_words: HashMap<&str, bool> = first_names
        .iter()
        .map(|(first, (_, names))| {
            let common = names
                .iter()
                .flat_map(|&n| surface(mentions[n].span).split_whitespace())
                .any(|word| evidence.lowercase_words.contains(&word.to_lowercase()));
            (first.as_str(), common)
        })
        .collect();
    // Persons the KB links ("Le Pen" … "Marine", even never named in
    // full): the first name of the KB's name, by group.
    let mut kb_first_names: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, mention) in mentions.iter().enumerate() {
        let Some(entry) = mention.link.filter(|e| e.label == trame_kb::Label::Per) else {
            continue;
        };
        let mut words = entry.name.split_whitespace();
        let (Some(first), Some(_)) = (words.next(), words.next()) else {
            continue;
        };
        // A known first name: "Pope Francis" opens with a title.
        let first = key(first);
        if !evidence.known.contains(&first) {
            continue;
        }
        let root = sets.find(i);
        let roots = kb_first_names.entry(first).or_default();
        if !roots.contains(&root) {
            roots.push(root);
        }
    }
    for i in 0..mentions.len() {
        let mention = &mentions[i];
        if joined[i] || word_counts[i] != 1 || mention.link.is_some() || mention.demonym {
            continue;
        }
        let written_roots = first_names
            .get(&keys[i])
            .map_or(&[][..], |(r, _)| r.as_slice());
        let kb_roots = kb_first_names.get(&keys[i]).map_or(&[][..], Vec::as_slice);
        let mut roots: Vec<usize> = written_roots.to_vec();
        roots.extend(kb_roots.iter().filter(|r| !written_roots.contains(r)));
        let [root] = roots.as_slice() else {
            continue;
        };
        if surnames.contains(&keys[i]) {
            continue;
        }
        // Only the KB knows the full name: the tagger must have called the
        // word a person ("la Marine" is the navy).
        if written_roots.is_empty() {
            if mention.label == EntityLabel::Per {
                joined[i] = true;
                sets.union(i, *root);
            }
            continue;
        }
        let tagged_person_in_proper_names = mention.label == EntityLabel::Per
            && written_as_common_words.get(keys[i].as_str()) == Some(&false);
        if evidence.known.contains(&keys[i])
            || kb_people.contains(keys[i].as_str())
            || tagged_person_in_proper_names
        {
            mentions[i].label = EntityLabel::Per;
            joined[i] = true;
            sets.union(i, *root);
        }
    }
}

/// Surname keys of the document's full PER names ("Aurel Kostan" → "kostan").
pub(crate) fn known_surnames<'t, F>(mentions: &[Mention<'_>], surface: &F, russian: bool) -> WordSet
where
    F: Fn(Span) -> &'t str,
{
    mentions
        .iter()
        .filter(|m| m.label == EntityLabel::Per && !m.demonym)
        .filter_map(|m| {
            let mut words = surface(m.span).split_whitespace();
            words.next()?;
            words.last()
        })
        .flat_map(|surname| surname_keys(surname, russian))
        .collect()
}

/// Identity key of a surface: the KB's normalisation (case, diacritics,
/// apostrophes, leading article), or the lowercase surface when that is empty.
pub(crate) fn key(surface: &str) -> String {
    let normalized = trame_kb::normalize(surface);
    if normalized.is_empty() {
        surface.to_lowercase()
    } else {
        normalized
    }
}

/// Keys a surname is matched on: its normalised form, plus in Russian the
/// stem of a one-word surname.
pub(crate) fn surname_keys(surname: &str, russian: bool) -> Vec<String> {
    let exact = key(surname);
    let mut keys = Vec::with_capacity(2);
    if russian && !exact.contains(' ') {
        // Tagged apart from exact keys: a stem is not a surface.
        keys.push(format!("{}\u{0}stem", russian_stem(&exact)));
    }
    keys.push(exact);
    keys
}

/// Strips one Russian case ending, keeping at least three letters:
/// Путина → Путин, Навального → Навальн, Навальный → Навальн. `word` is
/// lowercase, as [`key`] makes it.
pub fn russian_stem(word: &str) -> &str {
    // Longest first. "ия", "ию", "ием" make "Валерия", "Валерию",
    // "Валерием" one with "Валерий", and "ея", "ею", "еем" "Сергея",
    // "Сергею", "Сергеем" one with "Сергей".
    const ENDINGS: &[&str] = &[
        "ого", "ему", "ому", "ыми", "ими", "ием", "ией", "еем", "ым", "им", "ом", "ой", "ей", "ый",
        "ий", "ыи", "ии", "ия", "ию", "ея", "ею", "ая", "ую", "ых", "их", "ем", "а", "у", "е", "ы",
        "и", "ю", "я", "ь",
    ];
    for ending in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() >= 3 {
                return stem;
            }
        }
    }
    word
}

/// The most frequent item; ties go to the one seen first.
fn majority<T: PartialEq + Copy>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(seen, _)| *seen == item) {
            Some((_, count)) => *count += 1,
            None => counts.push((item, 1)),
        }
    }
    let best = counts.iter().map(|&(_, count)| count).max()?;
    counts
        .into_iter()
        .find(|&(_, count)| count == best)
        .map(|(item, _)| item)
}

/// The longest surface in code points; ties go to the first.
fn entity_name<'t>(surfaces: impl Iterator<Item = &'t str>) -> String {
    // The fullest form the text uses most: of "Paul Manafort" (22) and a
    // misspelt "Paula Manafort" (1), the first; then the longest.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in surfaces {
        *counts.entry(s).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(s, n)| {
            (
                s.split_whitespace().count(),
                n,
                s.chars().count(),
                std::cmp::Reverse(s),
            )
        })
        .map_or_else(String::new, |(s, _)| s.to_string())
}

/// Unions the given mentions that share a key.
fn union_by(sets: &mut UnionFind, members: &[usize], key: impl Fn(usize) -> Option<String>) {
    let mut first: HashMap<String, usize> = HashMap::new();
    for &i in members {
        if let Some(k) = key(i) {
            match first.get(&k) {
                Some(&j) => sets.union(i, j),
                None => {
                    first.insert(k, i);
                }
            }
        }
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two sets; the smaller index stays root so that roots are stable.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (root, child) = if a <= b { (a, b) } else { (b, a) };
        self.parent[child] = root;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_one_edit_apart() {
        assert!(one_typo_apart("jospe", "josep"));
        assert!(one_typo_apart("ben", "benn"));
        assert!(one_typo_apart("emmanel", "emmanuel"));
        assert!(one_typo_apart("lily", "lilly"));
        assert!(!one_typo_apart("liz", "dick"));
        assert!(!one_typo_apart("boris", "igor"));
        assert!(!one_typo_apart("jean", "joan1x"));
        assert!(nickname_of("tom", "thomas") && nickname_of("thomas", "tom"));
        assert!(!nickname_of("tom", "james"));
    }

    #[test]
    fn russian_stems_meet_across_cases() {
        let stem = |w: &str| russian_stem(&key(w)).to_string();
        assert_eq!(stem("Навальный"), stem("Навального"));
        assert_eq!(stem("Навальный"), stem("Навальным"));
        assert_eq!(stem("Путин"), stem("Путина"));
        for form in ["Валерия", "Валерию", "Валерием"] {
            assert_eq!(stem("Валерий"), stem(form), "{form}");
        }
        for form in ["Сергея", "Сергею", "Сергеем"] {
            assert_eq!(stem("Сергей"), stem(form), "{form}");
        }
    }
}
