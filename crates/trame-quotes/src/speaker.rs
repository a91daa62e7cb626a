//! The words naming a speaker next to a cue.
//!
//! Without a parser, a speaker is the run of words between the cue and the
//! nearest clause boundary: punctuation, a quote mark or a clause link
//! ("that", "que", "что"). Runs are capped so a long subject still yields its
//! head-most words rather than a whole clause.

use crate::lexicon::{
    ends_inverted_speaker, is_bare_determiner, is_clause_link, is_day_word, is_pronoun,
};
use std::ops::Range;

/// Speaker phrases longer than this are clauses, not names or roles.
const MAX_SPEAKER_WORDS: usize = 9;

/// Appositive phrases between commas can be longer than a name.
const MAX_APPOSITIVE_WORDS: usize = 30;

/// A word or a punctuation character of a region.
#[derive(Debug, Clone)]
struct Piece {
    range: Range<usize>,
    word: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a word starts at `c`, followed by `next`: a letter or digit, or
/// the @ of a handle ("assure @alma_dufour").
fn starts_word(c: char, next: Option<char>) -> bool {
    is_word_char(c) || (c == '@' && next.is_some_and(is_word_char))
}

/// Words (letters/digits with inner hyphens and apostrophes) and single
/// punctuation characters of `text[lo..hi]`; whitespace is dropped.
fn pieces(text: &str, lo: usize, hi: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let Some(region) = text.get(lo..hi) else {
        return out;
    };
    let mut iter = region.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if starts_word(c, iter.peek().map(|&(_, n)| n)) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                // Handles hold underscores: "@alma_dufour".
                let handle_char = d == '_' && region[i..].starts_with('@');
                let joins = matches!(d, '-' | '\'' | '’' | '.')
                    && region[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                // "Sanders' campaign manager": a plural possessive keeps its
                // apostrophe.
                let plural_possessive =
                    d == '\'' && region[..j].ends_with('s') && region[j + 1..].starts_with(' ');
                if is_word_char(d) || joins || plural_possessive || handle_char {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            // Abbreviations keep their period: "Sen.", "Mr.", "M."
            let word = &region[i..end];
            if region[end..].starts_with('.') && is_abbreviation(word) {
                end += 1;
                iter.next();
            }
            out.push(Piece {
                range: lo + i..lo + end,
                word: true,
            });
        } else {
            out.push(Piece {
                range: lo + i..lo + i + c.len_utf8(),
                word: false,
            });
        }
    }
    out
}

fn is_abbreviation(word: &str) -> bool {
    // Initials ("G.K", "J") keep their period too.
    // An acronym written without periods ("CGT", "FBI") ends a sentence
    // when a period follows it.
    let letters = word.chars().filter(|c| *c != '.').count();
    let initials = word.chars().all(|c| c.is_uppercase() || c == '.')
        && letters <= 3
        && (letters == 1 || word.contains('.'));
    initials
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "St"
                | "Jr"
                | "Sr"
                | "Prof"
                | "Pr"
                | "M"
                | "Mme"
                | "Mgr"
                | "U.S"
                | "D"
                | "R"
        )
}

/// The speaker phrase ending right before `hi` (the cue), not reaching
/// before `lo`. Returns the range and whether the phrase was closed off by a
/// comma (the sign of a trailing attribution: "…, the source said").
pub(crate) fn before(text: &str, lo: usize, hi: usize) -> Option<(Range<usize>, Option<usize>)> {
    // "Rep. Stephen Lynch (D-Mass.) said": the parenthesis belongs to the name.
    let region = text.get(lo..hi)?.trim_end();
    if region.ends_with(')') {
        let open = lo + region.rfind('(')?;
        let (r, comma) = before_plain(text, lo, open)?;
        return Some((r.start..lo + region.len(), comma));
    }
    before_plain(text, lo, hi)
}

fn before_plain(text: &str, lo: usize, hi: usize) -> Option<(Range<usize>, Option<usize>)> {
    let ps = pieces(text, lo, hi);
    let run_capped = |end_idx: usize, cap: usize, links_stop: bool| -> (usize, Option<&Piece>) {
        // Index of the first piece of the run ending at end_idx (exclusive),
        // and the boundary piece before it.
        let mut i = end_idx;
        while i > 0 {
            let p = &ps[i - 1];
            // "le « Global Times » reconnaît": a name in quotation marks is
            // part of the speaker's phrase.
            if let Some(open) = quoted_name_before(text, &ps, i) {
                i = open;
                continue;
            }
            // "Comme Bloomberg l’a noté": a capitalised link opening the
            // sentence ends the speaker too.
            let link = links_stop && is_clause_link(&text[p.range.clone()].to_lowercase());
            if !p.word || link || end_idx - i >= cap {
                return (i, Some(p));
            }
            i -= 1;
        }
        (0, None)
    };
    let run = |end_idx: usize| run_capped(end_idx, MAX_SPEAKER_WORDS, true);
    let mut last = ps.len();
    let (mut start, mut boundary) = run(last);
    // "Marco Rubio, speaking at a rally in Miami, is criticizing", "Trump,
    // in particular, has sharply criticized": an English verb group after a
    // comma leaves the subject before the phrase that comma closes.
    // A passive ("Marie Collins, …, was appointed") has no speaker there;
    // a progressive ("is criticizing") has.
    let progressive = text[hi..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|verb| verb.ends_with("ing"));
    let verb_group = start < last
        && (start..last).all(|i| opens_english_verb_group(&text[ps[i].range.clone()]))
        && (progressive || !is_english_be(&text[ps[last - 1].range.clone()]));
    if verb_group && boundary.is_some_and(|b| &text[b.range.clone()] == ",") {
        last = start;
    }
    // "В постановлении суда сухо говорится": a Russian adverb or particle
    // before the verb is no part of its subject.
    while last > start && is_russian_adverb(&text[ps[last - 1].range.clone()]) {
        last -= 1;
    }
    // "L'Autorité environnementale ne dit pas": clitics closing the run
    // open the verb's phrase; when nothing else is left ("Ceux-ci
    // envisageaient l’invasion, mais ne pensaient pas que …"), the subject
    // lies before them.
    let clitics = (start..last)
        .rev()
        .take_while(|&i| ps[i].word && opens_french_verb_phrase(&text[ps[i].range.clone()]))
        .count();
    if clitics > 0 {
        last -= clitics;
        if last == start {
            boundary = start.checked_sub(1).map(|i| &ps[i]);
        }
    }
    if start == last {
        if let Some(b) = boundary.filter(|b| b.word) {
            let word = &text[b.range.clone()];
            // "an architect who said …": the relative pronoun stands for the
            // speaker.
            if is_relative_pronoun(word) {
                return Some((b.range.clone(), None));
            }
            // "I laughed and said …": the subject of the first verb.
            if matches!(word, "and" | "but" | "et" | "mais" | "и" | "но") && start > 0 {
                if let Some(subject) = first_clause_subject(text, &ps[..start - 1]) {
                    return Some((subject, None));
                }
                let (mut head, _) = run(start - 1);
                // "La presse britannique se réfère aux principes de l’UE et
                // souligne": a French clitic opens the first verb's phrase,
                // the subject is the run before it.
                let clitic = (head + 1..start - 1)
                    .find(|&i| opens_french_verb_phrase(&text[ps[i].range.clone()]));
                let end = clitic.unwrap_or(start - 1);
                if clitic.is_some() {
                    head = run(end).0;
                }
                if head < end {
                    return Some((ps[head].range.start..ps[end - 1].range.end, None));
                }
            }
        }
    }
    // "В интервью немецкой медиагруппе Funke он возмутился", "In an
    // interview with CNN he said", "Instead he argued": a subject pronoun
    // closing a run that opens on a preposition, or after one connector, is
    // the subject. "Trump said he responded" keeps its clause: the pronoun
    // there stands for the subject before it.
    let opens_complement = ps
        .get(start)
        .is_some_and(|p| is_preposition(&text[p.range.clone()]));
    let pronoun_subject = last > start + 1
        && (opens_complement || last == start + 2)
        && matches!(
            &text[ps[last - 1].range.clone()],
            "he" | "she" | "they" | "il" | "elle" | "ils" | "elles" | "он" | "она" | "они"
        );
    if pronoun_subject {
        start = last - 1;
    }
    if start < last {
        // "Mi-avril le gouvernement indien a critiqué": a date opening the
        // run is no part of the speaker.
        while start + 1 < last && is_date_word(&text[ps[start].range.clone()]) {
            start += 1;
        }
        let range = ps[start].range.start..ps[last - 1].range.end;
        if start + 1 == last && is_bare_determiner(&text[range.clone()]) {
            return None;
        }
        let comma = boundary
            .filter(|b| &text[b.range.clone()] == ",")
            .map(|b| b.range.start);
        return Some((range, comma));
    }
    // The cue follows a comma: "Jason Miller, a spokesman for Trump, said".
    let b = boundary?;
    if &text[b.range.clone()] != "," || last == 0 {
        return None;
    }
    let appositive_end = last - 1;
    // Appositives run long ("a senior fellow at the Hoover Institution and a
    // former ambassador"): the head before them is what names the speaker.
    let (app_start, app_boundary) = run_capped(appositive_end, MAX_APPOSITIVE_WORDS, false);
    if app_start == appositive_end {
        return None;
    }
    let mut first = app_start;
    if app_boundary.is_some_and(|p| &text[p.range.clone()] == ",") && app_start > 0 {
        let (head_start, _) = run(app_start - 1);
        if head_start < app_start - 1 {
            // "Il a, tout d'abord, dénoncé": the words between commas part
            // an auxiliary from its participle; the subject is before it.
            let head_end = app_start - 2;
            let auxiliary = matches!(
                &text[ps[head_end].range.clone()],
                "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient"
            );
            if auxiliary && head_start < head_end {
                return Some((ps[head_start].range.start..ps[head_end - 1].range.end, None));
            }
            first = head_start;
        }
    }
    Some((
        ps[first].range.start..ps[appositive_end - 1].range.end,
        None,
    ))
}

/// Words of a name quoted inside a speaker's phrase, at most.
const MAX_QUOTED_NAME_WORDS: usize = 4;

/// When `ps[end - 1]` closes French quotation marks around capitalised
/// words only ("« Global Times »"), the index of the opening mark. English
/// marks are left out: quoted names there run into adjectives ("the “Pose”
/// actor", "the “Jewish State” argument").
fn quoted_name_before(text: &str, ps: &[Piece], end: usize) -> Option<usize> {
    let is_mark = |p: &Piece, marks: &str| {
        !p.word && text[p.range.clone()].chars().all(|c| marks.contains(c))
    };
    if !is_mark(ps.get(end.checked_sub(1)?)?, "»") {
        return None;
    }
    let open = (end.saturating_sub(MAX_QUOTED_NAME_WORDS + 2)..end - 1)
        .rev()
        .find(|&k| is_mark(&ps[k], "«"))?;
    let words = &ps[open + 1..end - 1];
    let name = !words.is_empty()
        && words
            .iter()
            .all(|p| p.word && text[p.range.clone()].starts_with(char::is_uppercase));
    name.then_some(open)
}

/// Pieces of a clause's opening searched for its verb, commas and
/// appositions included ("Interrogé lundi, Wang Wenbin, un porte-parole du
/// ministère chinois des Affaires étrangères, n'a pas …").
const MAX_CLAUSE_OPENING_PIECES: usize = 30;

/// The subject of the clause before a coordinated cue ("Vietnam is one of
/// the critics of the plan and has accused …", "Le ministre a visité Kiev et
/// a déclaré …", "Le ministre ne veut pas … et a souligné"): the words that
/// open the clause up to its auxiliary or its negation, when they are a
/// plain phrase, or past an opening participle or adverbial the first
/// phrase set off by commas, the later ones its appositions. The run right
/// before the coordinator is the object or the complement of that clause,
/// not its subject.
fn first_clause_subject(text: &str, ps: &[Piece]) -> Option<Range<usize>> {
    let word_at = |i: usize| ps.get(i).filter(|p| p.word).map(|p| &text[p.range.clone()]);
    let opening = word_at(0)?.to_lowercase();
    if crate::lexicon::ends_inverted_speaker(&opening) {
        return None;
    }
    let verb = (1..ps.len().min(MAX_CLAUSE_OPENING_PIECES)).find(|&i| {
        let Some(word) = word_at(i) else {
            return false;
        };
        match word {
            "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "could"
            | "should" | "can" | "must" | "est" | "sont" | "était" | "étaient" => true,
            // French "a" is also the English article: an auxiliary only
            // before its participle, maybe after an adverb ("a également
            // visité").
            "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" => {
                let next = word_at(i + 1).unwrap_or("");
                let participle = if next.ends_with("ment") {
                    word_at(i + 2).unwrap_or("")
                } else {
                    next
                };
                is_french_participle(participle)
            }
            // "ne veut pas", "n'a pas confirmé".
            _ => {
                let lower = word.to_lowercase().replace('’', "'");
                lower == "ne" || lower.starts_with("n'")
            }
        }
    })?;
    if (0..verb).all(|i| ps[i].word) {
        return (verb <= MAX_SPEAKER_WORDS).then(|| ps[0].range.start..ps[verb - 1].range.end);
    }
    if !(0..verb).all(|i| ps[i].word || &text[ps[i].range.clone()] == ",") {
        return None;
    }
    // Set off by commas: a name and its apposition ("Wang Wenbin, un
    // porte-parole …, n'a pas"), maybe after an opening French participle
    // ("Interrogé lundi, …"). Other openings ("Contrairement à
    // l'Allemagne, …", "Of the two, …") are adverbials, not subjects.
    let phrases: Vec<&[Piece]> = ps[..verb]
        .split(|p| !p.word)
        .filter(|phrase| !phrase.is_empty())
        .collect();
    let participle = |phrase: &[Piece]| {
        ["é", "ée", "és", "ées"]
            .iter()
            .any(|end| text[phrase[0].range.clone()].ends_with(end))
    };
    // Two words at least: "However, …", "Indeed, …" open sentences too.
    let name = |phrase: &[Piece]| {
        (2..=MAX_NAME_WORDS).contains(&phrase.len())
            && phrase
                .iter()
                .all(|p| text[p.range.clone()].starts_with(char::is_uppercase))
    };
    let at = usize::from(phrases.first().is_some_and(|first| participle(first)));
    let subject = *phrases.get(at)?;
    let apposition = phrases.get(at + 1).is_some();
    if !(name(subject) && apposition) {
        return None;
    }
    Some(subject.first()?.range.start..subject.last()?.range.end)
}

/// Words of a full name set off by commas before its apposition, at most.
const MAX_NAME_WORDS: usize = 4;

fn is_french_participle(word: &str) -> bool {
    word.ends_with('é')
        || matches!(
            word,
            "dit"
                | "fait"
                | "pris"
                | "mis"
                | "écrit"
                | "promis"
                | "admis"
                | "reconnu"
                | "voulu"
                | "pu"
                | "dû"
                | "eu"
                | "été"
                | "vu"
                | "su"
                | "tenu"
                | "obtenu"
                | "fini"
                | "choisi"
                | "ouvert"
                | "offert"
        )
}

/// A month's name, possibly after "mi-" ("Mi-avril", "mid-April", "April
/// data"): a word that dates a clause, never names who speaks. Short
/// forms and "May" are left alone: they are also words and names ("set",
/// "may", Theresa May).
fn is_date_word(word: &str) -> bool {
    let month = word
        .split_once('-')
        .filter(|(mid, _)| matches!(mid.to_lowercase().as_str(), "mi" | "mid"))
        .map_or(word, |(_, month)| month);
    month.chars().count() > 3 && trame_text::dates::is_month_word(month)
}

/// A French reflexive or negative clitic, which only a verb follows: "se",
/// "s'est", "ne", "n'a" ("s'il" is "si il").
fn opens_french_verb_phrase(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    let conjunction = matches!(lower.as_str(), "s'il" | "s'ils");
    matches!(lower.as_str(), "se" | "ne")
        || (!conjunction && (lower.starts_with("s'") || lower.starts_with("n'")))
}

/// Prepositions opening an adverbial phrase or a complement ("En
/// Lombardie", "In Ohio", "В интервью …").
pub(crate) fn is_preposition(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "en" | "à"
            | "au"
            | "aux"
            | "dans"
            | "pour"
            | "sur"
            | "chez"
            | "depuis"
            | "après"
            | "avant"
            | "lors"
            | "in"
            | "on"
            | "at"
            | "for"
            | "after"
            | "before"
            | "since"
            | "during"
            | "в"
            | "во"
            | "на"
            | "после"
            | "при"
    )
}

fn is_english_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "are" | "were" | "be" | "been" | "being"
    )
}

/// English auxiliaries and adverbs that open a verb group before its verb
/// ("is", "has sharply", "would not", "have both"), lowercase: no part of a
/// subject.
pub(crate) fn opens_english_verb_group(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ly") && word.starts_with(|c: char| c.is_ascii_lowercase()))
        || is_english_be(word)
        || matches!(
            word,
            "has"
                | "have"
                | "had"
                | "would"
                | "will"
                | "can"
                | "could"
                | "should"
                | "must"
                | "may"
                | "might"
                | "not"
                | "also"
                | "both"
                | "still"
        )
}

fn is_relative_pronoun(word: &str) -> bool {
    matches!(
        word,
        "who" | "which" | "that" | "qui" | "который" | "которая" | "которые" | "кто"
    )
}

/// The speaker phrase after `lo` when it ends the clause: only punctuation,
/// the end or an adverbial ("on Monday", "in a statement") follows it.
pub(crate) fn after_closed(text: &str, lo: usize, hi: usize) -> Option<Range<usize>> {
    let r = after(text, lo, hi)?;
    let next = pieces(text, r.end, hi).into_iter().next();
    let closed = next.is_none_or(|p| !p.word || ends_inverted_speaker(&text[p.range]));
    (closed && word_count(text, r.clone()) < MAX_SPEAKER_WORDS).then_some(r)
}

/// The speaker phrase starting right after `lo` (the cue), not reaching `hi`.
pub(crate) fn after(text: &str, lo: usize, hi: usize) -> Option<Range<usize>> {
    let ps = pieces(text, lo, hi);
    let ps = &ps[adverbial_lead(text, &ps)..];
    // "Le communiqué le dit clairement : « … »": an adverb no subject
    // follows is no speaker.
    if ps
        .first()
        .is_some_and(|p| p.word && is_sentence_adverb(&text[p.range.clone()]))
    {
        return None;
    }
    let mut end = 0;
    for (n, p) in ps.iter().enumerate() {
        if !p.word || n >= MAX_SPEAKER_WORDS {
            break;
        }
        let word = &text[p.range.clone()];
        // "les ambassadeurs de Russie et de Chine": a coordinated complement
        // is part of the name, a coordinated verb ("et ajoute") is not.
        let coordinated_complement = matches!(word, "et" | "and")
            && ps.get(n + 1).is_some_and(|next| {
                let next = &text[next.range.clone()];
                matches!(next, "de" | "du" | "des" | "of")
                    || next.starts_with(['d', 'D']) && next[1..].starts_with(['\'', '’'])
            });
        if ends_inverted_speaker(word) && n > 0 && !coordinated_complement {
            break;
        }
        // "adding that …": a complementizer is no speaker.
        if n == 0 && is_clause_link(word) {
            break;
        }
        end = n + 1;
    }
    if end == 0 {
        return None;
    }
    let range = ps[0].range.start..ps[end - 1].range.end;
    if end == 1 && is_bare_determiner(&text[range.clone()]) {
        return None;
    }
    Some(range)
}

/// Words of a prepositional phrase between a cue and its postposed
/// subject ("dans un communiqué", "sur sa chaîne Telegram").
const MAX_ADVERBIAL_PHRASE_WORDS: usize = 6;

/// How many pieces of `ps` (the words after a cue) are adverbials before a
/// postposed subject: "a annoncé samedi le président", "a indiqué lundi dans
/// un communiqué le Commandement Est", "a écrit sur sa chaîne Telegram le
/// gouverneur". Zero unless a noun phrase follows them: a day, then a
/// preposition whose phrase ends where a definite article opens the
/// subject.
fn adverbial_lead(text: &str, ps: &[Piece]) -> usize {
    let word = |i: usize| ps.get(i).filter(|p| p.word).map(|p| &text[p.range.clone()]);
    let mut i = 0;
    // "confirment cependant tous les interlocuteurs"
    while word(i).is_some_and(is_sentence_adverb) {
        i += 1;
    }
    if word(i).is_some_and(is_day_word) {
        i += 1;
        // "jeudi soir", "samedi dernier", "jeudi 4 août"
        if word(i).is_some_and(|w| {
            matches!(
                w,
                "soir" | "matin" | "midi" | "dernier" | "dernière" | "prochain"
            )
        }) {
            i += 1;
        } else if word(i).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit())) {
            i += 2;
        }
    }
    if word(i).is_some_and(|w| {
        matches!(
            w,
            "dans"
                | "sur"
                | "lors"
                | "devant"
                | "via"
                | "auprès"
                | "pendant"
                | "durant"
                | "à"
                | "au"
        )
    }) {
        let subject = (i + 2..(i + 2 + MAX_ADVERBIAL_PHRASE_WORDS).min(ps.len())).find(|&j| {
            let opens = word(j).is_some_and(|w| {
                matches!(w, "le" | "la" | "les") || w.starts_with("l'") || w.starts_with("l’")
            });
            let governed = word(j - 1).is_some_and(|w| {
                matches!(
                    w,
                    "de" | "du" | "des" | "à" | "au" | "aux" | "par" | "sur" | "dans"
                )
            });
            opens && !governed
        });
        match subject {
            Some(j) => i = j,
            None => return 0,
        }
    }
    let subject_follows = i > 0
        && ps
            .get(i)
            .is_some_and(|p| p.word && opens_noun_phrase(text, p.range.clone()));
    if subject_follows {
        i
    } else {
        0
    }
}

fn is_sentence_adverb(word: &str) -> bool {
    // French adverbs of manner: "clairement", "publiquement"; a bare noun
    // in "-ment" ("gouvernement") does not follow a cue without its article.
    let french_manner =
        word.chars().count() >= 7 && word.ends_with("ment") && word.starts_with(char::is_lowercase);
    french_manner
        || matches!(
            word,
            "cependant"
                | "pourtant"
                | "toutefois"
                | "néanmoins"
                | "également"
                | "aussi"
                | "encore"
                | "ainsi"
                | "alors"
                | "déjà"
                | "enfin"
                | "ensuite"
                | "notamment"
                | "however"
                | "also"
        )
}

/// Whether `text[r]` starts like a name or a noun phrase (capitalised word,
/// determiner or pronoun) rather than a clause ("said parents still want").
pub(crate) fn opens_noun_phrase(text: &str, r: Range<usize>) -> bool {
    let Some(first) = first_word(text, r.start, r.end) else {
        return false;
    };
    let word = &text[first.clone()];
    // "l’Arcom", "l'organisation": an elided article is one piece with its
    // noun.
    let elided_article = ["l'", "l’", "L'", "L’"].iter().any(|a| word.starts_with(a));
    word.chars().next().is_some_and(char::is_uppercase)
        || elided_article
        || is_pronoun(word)
        || opens_russian_noun_phrase(text, word, first.end, r.end)
        || is_english_determiner(word)
        || matches!(
            word,
            "another"
                | "both"
                | "officials"
                | "sources"
                | "le"
                | "la"
                | "les"
                | "un"
                | "une"
                | "des"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "tous"
                | "toutes"
                | "plusieurs"
                | "certains"
                | "certaines"
        )
}

/// Russian has no articles: a lowercase word opens a noun phrase unless it
/// is a function word ("сообщает оборонное ведомство", "отметил эксперт",
/// not "заявил, что …"). "в" opens one when an institution follows, named
/// or not ("сообщили в пресс-службе ведомства", "заявили в Кремле"), and
/// not a time ("сообщили в понедельник").
fn opens_russian_noun_phrase(text: &str, word: &str, word_end: usize, hi: usize) -> bool {
    if !word.starts_with(|c: char| matches!(c, 'а'..='я' | 'ё')) {
        return false;
    }
    if matches!(word, "в" | "во") {
        return first_word(text, word_end, hi).is_some_and(|next| {
            let next = &text[next];
            next.starts_with(char::is_uppercase)
                || is_russian_institution(next)
                || is_russian_document(next)
        });
    }
    !matches!(
        word,
        "что"
            | "чтобы"
            | "как"
            | "когда"
            | "если"
            | "будто"
            | "и"
            | "а"
            | "но"
            | "или"
            | "не"
            | "ни"
            | "ли"
            | "же"
            | "бы"
            | "это"
            | "то"
            | "так"
            | "также"
            | "тоже"
            | "уже"
            | "еще"
            | "ещё"
            | "о"
            | "об"
            | "обо"
            | "по"
            | "на"
            | "с"
            | "со"
            | "к"
            | "ко"
            | "от"
            | "до"
            | "из"
            | "за"
            | "для"
            | "при"
            | "под"
            | "над"
            | "у"
            | "после"
            | "ранее"
            | "сегодня"
            | "вчера"
    )
}

/// A Russian adverb or particle that stands before a verb ("робко",
/// "регулярно", "сухо", "не", "также"): lowercase, a particle of the list
/// or an adverb's ending. Nouns in "-ство" end otherwise; "письмо", "место",
/// "число" are left out.
pub(crate) fn is_russian_adverb(word: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "не",
        "уже",
        "также",
        "тоже",
        "ещё",
        "еще",
        "вновь",
        "снова",
        "ранее",
        "тогда",
        "даже",
        "лишь",
        "только",
        "прямо",
        "вполне",
    ];
    const NOUNS: &[&str] = &["письмо", "место", "число", "окно", "кино", "вино", "лето"];
    if !word.starts_with(|c: char| matches!(c, 'а'..='я' | 'ё')) || NOUNS.contains(&word) {
        return false;
    }
    PARTICLES.contains(&word)
        || (word.chars().count() >= 4
            && ["но", "ко", "хо", "мо", "ло", "то"]
                .iter()
                .any(|end| word.ends_with(end))
            && !matches!(word, "это" | "что-то" | "кто-то" | "как-то"))
}

/// Whether `word` is written in Russian letters.
pub(crate) fn is_russian_word(word: &str) -> bool {
    word.starts_with(|c: char| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'))
}

/// Words of a Russian subject closing its sentence after the verb, at most:
/// services are named at length ("сообщили в представительстве ДНР в
/// Совместном центре по контролю и координации").
const MAX_RUSSIAN_SUBJECT_WORDS: usize = 16;

/// The subject after a Russian verb that closes the sentence, up to a comma
/// ("…, сообщили в пресс-службе ведомства.", "…, заявил глава МИД Сергей
/// Лавров, выступая …"). [`after_closed`] stops at the "в" of a second
/// complement ("в представительстве ДНР в Совместном центре …").
pub(crate) fn russian_subject_to_the_end(
    text: &str,
    cue: Range<usize>,
    hi: usize,
) -> Option<Range<usize>> {
    if !is_russian_word(text.get(cue.clone())?) {
        return None;
    }
    let tail = text.get(cue.end..hi)?;
    // "сообщает РБК-Украина со ссылкой на Reuters": the relay speaks.
    let end = cue.end
        + [tail.find(','), tail.find(" со ссылкой")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(tail.len());
    let r = crate::marks::trim_range(text, cue.end..end);
    let r = r.start..r.start + text[r.clone()].trim_end_matches(['.', '!', '?', ' ']).len();
    // "…, говорится в опубликованном комитетом документе": after the
    // impersonal verb, the place it is said in is the source, whatever
    // word follows "в".
    let impersonal_source = is_impersonal_russian_cue(&text[cue.clone()])
        && first_word(text, r.start, r.end).is_some_and(|w| matches!(&text[w], "в" | "во"));
    (!r.is_empty()
        && word_count(text, r.clone()) <= MAX_RUSSIAN_SUBJECT_WORDS
        && (opens_noun_phrase(text, r.clone()) || impersonal_source))
        .then_some(r)
}

/// "говорится": an impersonal verb of saying, whose source is the
/// document after it ("говорится в сводке") or before it ("В докладе
/// говорится, что …"), never a subject before it.
pub(crate) fn is_impersonal_russian_cue(cue: &str) -> bool {
    cue.ends_with("говорится")
}

/// Russian nouns of documents, in the locative that "в" takes ("говорится
/// в сводке Минобороны", "в заявлении", "в докладе").
fn is_russian_document(word: &str) -> bool {
    [
        "сводк",
        "сообщени",
        "заявлени",
        "доклад",
        "отчет",
        "отчёт",
        "документ",
        "стать",
        "релиз",
        "пресс-релиз",
        "письм",
        "публикаци",
        "материал",
        "постановлени",
        "решени",
        "приказ",
        "резолюци",
        "коммюнике",
        "текст",
        "обращени",
        "записк",
        "исследовани",
        "бюллетен",
        "протокол",
        "указ",
    ]
    .iter()
    .any(|stem| word.starts_with(stem))
}

/// Russian nouns of services and institutions, in the locative that "в"
/// takes ("в пресс-службе", "в министерстве", "в посольстве").
fn is_russian_institution(word: &str) -> bool {
    [
        "пресс-служб",
        "пресс-центр",
        "представительств",
        "министерств",
        "ведомств",
        "штаб",
        "оперштаб",
        "генштаб",
        "администрац",
        "правительств",
        "посольств",
        "мэрии",
        "аппарат",
        "офис",
        "департамент",
        "управлени",
        "командовани",
        "комитет",
        "совет",
        "прокуратур",
        "полиции",
        "компании",
        "организации",
        "агентств",
        "минобороны",
        "минздрав",
        "мид",
    ]
    .iter()
    .any(|stem| word.starts_with(stem))
}

/// Number of words in `text[r]`.
pub(crate) fn word_count(text: &str, r: Range<usize>) -> usize {
    pieces(text, r.start, r.end)
        .iter()
        .filter(|p| p.word)
        .count()
}

/// The last `n` words before `hi`, lowercased, nearest last.
pub(crate) fn last_words(text: &str, lo: usize, hi: usize, n: usize) -> Vec<String> {
    let ps = pieces(text, lo, hi);
    let words: Vec<String> = ps
        .iter()
        .rev()
        .take_while(|p| p.word)
        .take(n)
        .map(|p| text[p.range.clone()].to_lowercase())
        .collect();
    words.into_iter().rev().collect()
}

/// The first word of `text[lo..hi]`, if the region starts with one.
pub(crate) fn first_word(text: &str, lo: usize, hi: usize) -> Option<Range<usize>> {
    pieces(text, lo, hi)
        .into_iter()
        .next()
        .filter(|p| p.word)
        .map(|p| p.range)
}

/// French relative pronouns a speaker phrase can be ("…, lesquels ont
/// estimé que").
pub fn is_french_relative_pronoun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "qui" | "lesquels" | "lesquelles" | "lequel" | "laquelle"
    )
}

/// The language of the noun phrase a relative pronoun stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AntecedentLanguage {
    French,
    English,
}

impl AntecedentLanguage {
    /// The language of a speaker phrase that is a relative pronoun:
    /// "qui", "lesquels" or "who".
    pub fn of_relative_pronoun(word: &str) -> Option<AntecedentLanguage> {
        if is_french_relative_pronoun(word) {
            Some(AntecedentLanguage::French)
        } else if word.eq_ignore_ascii_case("who") {
            Some(AntecedentLanguage::English)
        } else {
            None
        }
    }
}

/// Longest noun phrase a relative pronoun is taken to stand for, in words.
const MAX_ANTECEDENT_WORDS: usize = 12;

/// The byte range of the noun phrase that ends `before`, the text of a
/// sentence up to a relative pronoun: "un haut fonctionnaire américain" in
/// "… rédigé par un haut fonctionnaire américain, qui", "les chefs de la
/// diplomatie du G7" before "(États-Unis, Japon…), lesquels", "the woman"
/// before "who accused". The phrase starts at a determiner, or is a run of
/// capitalised words; "de", "du", "des" and "of" link a complement to the
/// noun before them, so the phrase goes on leftwards across them. `None`
/// when no such phrase ends there.
pub fn relative_antecedent(before: &str, lang: AntecedentLanguage) -> Option<Range<usize>> {
    let english = lang == AntecedentLanguage::English;
    let is_determiner = |w: &str| {
        if english {
            is_english_antecedent_determiner(w)
        } else {
            is_antecedent_determiner(w)
        }
    };
    let ends = |w: &str| {
        if english {
            ends_english_antecedent(w)
        } else {
            ends_antecedent(w)
        }
    };
    let is_linker = |w: &str| matches!(w, "de" | "d'" | "d’" | "of");
    let end = trimmed_end(before);
    let words = elided_words(&before[..end]);
    let lower = |i: usize| before[words[i].clone()].to_lowercase();
    let mut phrase_start = None;
    let mut all_capitalised = true;
    let mut closed = false;
    for (taken, i) in (0..words.len()).rev().enumerate() {
        if taken == MAX_ANTECEDENT_WORDS {
            break;
        }
        let w = lower(i);
        if w.ends_with([',', ';', ':', '.', '»', '«', '"', '(', ')']) || ends(&w) {
            closed = true;
            break;
        }
        if is_determiner(&w) {
            phrase_start = Some(words[i].start);
            // "la diplomatie du G7", "les critiques des chefs", "one of the
            // critics": the phrase is the complement of a noun further left.
            let linked = i > 0 && {
                let previous = lower(i - 1);
                is_linker(&previous)
                    || (matches!(w.as_str(), "du" | "des")
                        && !ends(&previous)
                        && !previous.ends_with([',', ';', ':', '.']))
            };
            if !linked {
                closed = true;
                break;
            }
        } else if is_linker(&w) {
            all_capitalised = false;
        } else if before[words[i].clone()].starts_with(char::is_uppercase) {
            // A name with no determiner: "Pierre Dupont, qui".
            if all_capitalised {
                phrase_start = Some(words[i].start);
            }
        } else {
            all_capitalised = false;
        }
        if i == 0 {
            closed = true;
        }
    }
    let start = phrase_start.filter(|_| closed)?;
    // An English description that holds a name is read as that name ("an
    // Arizona man", "the Clinton case", "one of Judge Kavanaugh’s fiercest
    // critics"): only unnamed ones stand for "who" ("the same woman",
    // "Prosecutors").
    let named = english
        && before[start..end]
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase));
    (start < end && !named).then_some(start..end)
}

/// The words of `text` left to right, an elided determiner or conjunction
/// ("l'", "d'", "qu'") a word of its own.
fn elided_words(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut offset = 0;
    for word in text.split_whitespace() {
        let start = offset + text[offset..].find(word).unwrap_or(0);
        offset = start + word.len();
        match word.find(['\'', '’']) {
            // "l'", "d'", "qu'": one or two letters before the apostrophe.
            Some(apostrophe) if (1..=2).contains(&apostrophe) => {
                let cut = apostrophe + word[apostrophe..].chars().next().map_or(1, char::len_utf8);
                if cut < word.len() {
                    words.push(start..start + cut);
                    words.push(start + cut..offset);
                } else {
                    words.push(start..offset);
                }
            }
            _ => words.push(start..offset),
        }
    }
    words
}

/// Where the phrase before a relative pronoun ends: commas and an aside in
/// parentheses are skipped ("du G7 (États-Unis, Japon…), lesquels").
fn trimmed_end(before: &str) -> usize {
    let mut end = before
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .len();
    if before[..end].ends_with(')') {
        if let Some(open) = before[..end].rfind('(') {
            end = before[..open]
                .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
                .len();
        }
    }
    end
}

fn is_antecedent_determiner(word: &str) -> bool {
    matches!(
        word,
        "le" | "la"
            | "les"
            | "l'"
            | "l’"
            | "un"
            | "une"
            | "des"
            | "du"
            | "ces"
            | "ce"
            | "cet"
            | "cette"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "plusieurs"
            | "certains"
            | "certaines"
            | "quelques"
    )
}

/// English determiners and quantifiers that open a noun phrase.
fn is_english_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "one"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "some"
            | "several"
            | "many"
            | "two"
            | "three"
    )
}

/// What opens the noun phrase "who" stands for: a determiner, or a
/// demonstrative ("those who say").
fn is_english_antecedent_determiner(word: &str) -> bool {
    is_english_determiner(word) || matches!(word, "this" | "these" | "those")
}

/// English words no noun phrase before "who" runs across.
fn ends_english_antecedent(word: &str) -> bool {
    matches!(
        word,
        "by" | "for"
            | "with"
            | "to"
            | "from"
            | "at"
            | "in"
            | "on"
            | "into"
            | "against"
            | "among"
            | "about"
            | "after"
            | "before"
            | "like"
            | "as"
            | "and"
            | "or"
            | "but"
            | "that"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "he"
            | "she"
            | "they"
            | "it"
            | "we"
            | "i"
    )
}

/// Words no noun phrase before a relative pronoun runs across.
fn ends_antecedent(word: &str) -> bool {
    matches!(
        word,
        "par"
            | "pour"
            | "avec"
            | "dans"
            | "sur"
            | "sous"
            | "à"
            | "au"
            | "aux"
            | "en"
            | "entre"
            | "contre"
            | "vers"
            | "chez"
            | "selon"
            | "après"
            | "avant"
            | "depuis"
            | "pendant"
            | "sans"
            | "comme"
            | "malgré"
            | "et"
            | "ou"
            | "mais"
            | "que"
            | "qu'"
            | "qu’"
            | "qui"
            | "dont"
            | "où"
            | "car"
            | "donc"
            | "est"
            | "sont"
            | "a"
            | "ont"
            | "était"
            | "avait"
            | "été"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "on"
            | "se"
            | "ne"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before_text(s: &str, cue: &str) -> Option<String> {
        let at = s.find(cue)?;
        before(s, 0, at).map(|(r, _)| s[r].to_string())
    }

    #[test]
    fn subject_before_cue() {
        assert_eq!(
            before_text(
                "Mardi, le Premier ministre valdorien a déclaré",
                "a déclaré"
            ),
            Some("le Premier ministre valdorien".into())
        );
        assert_eq!(
            before_text("“No,” the Kremlin spokesman said", "said"),
            Some("the Kremlin spokesman".into())
        );
        assert_eq!(
            before_text("Jason Miller, a spokesman for Trump, said", "said"),
            Some("Jason Miller, a spokesman for Trump".into())
        );
        assert_eq!(before_text("Le juge", "juge"), None);
    }

    #[test]
    fn inverted_speaker_after_cue() {
        let s = ", said Sen. Ted Cruz on Monday.";
        let at = s.find("said").map_or(0, |a| a + 4);
        assert_eq!(after(s, at, s.len()).map(|r| &s[r]), Some("Sen. Ted Cruz"));
    }
}
