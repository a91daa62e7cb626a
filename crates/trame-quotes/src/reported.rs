//! Reported speech: a cue with its speaker and the clause it reports, in a
//! sentence whose words are not already a direct quote.

use crate::lexicon::{CueClass, CueMatch, Lexicon};
use crate::marks::trim_range;
use crate::{cue_of, speaker, speaker_of, FoundQuote, Speaker};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;
use trame_doc::QuoteKind;

/// Reported content needs at least this many words: stance cues take bare
/// objects ("endorsed Clinton"), which PolNeAR counts as Content (tuned on
/// train: 1 beats 2 and 3).
const MIN_CONTENT_WORDS: usize = 1;

/// Words after a verb before which an attribution still ends the sentence
/// ("…, sources said on Thursday.").
const MAX_TRAILING_WORDS: usize = 6;

/// Verbs taking the addressee before the reported clause ("told reporters
/// that …").
fn takes_object(cue: &str) -> bool {
    let verb = cue.rsplit(char::is_whitespace).next().unwrap_or(cue);
    matches!(
        verb,
        "told"
            | "tells"
            | "tell"
            | "telling"
            | "asked"
            | "asks"
            | "warned"
            | "warns"
            | "assured"
            | "reminded"
            | "urged"
    )
}

fn is_complementizer(word: &str) -> bool {
    matches!(
        word,
        "that" | "que" | "qu" | "что" | "if" | "whether" | "si"
    )
}

/// Whether the words before an English cue cannot be its subject: they
/// are all auxiliaries, adverbs, prepositions or "to" ("was reported to
/// have been used", "has extensively reported on", "is clearly", "prompting
/// X to announce", "there is little doubt"), the subject being elsewhere or
/// nowhere; "it seems", "it appears" are no one's words. Read as speakers,
/// these gave English reports a subject such as "was" or "to"; the report
/// stays, PolNeAR counting such clauses as attributions. Capitalised words
/// are names ("Will wrote", "From agreed", "Jolly said").
fn cannot_be_english_subject(speaker: &str, cue: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let impersonal = matches!(words.as_slice(), ["it" | "It"])
        && (cue.starts_with("seem") || cue.starts_with("appear"));
    let function_word = |w: &str| {
        speaker::opens_english_verb_group(w)
            || matches!(
                w,
                "to" | "in" | "with" | "at" | "of" | "for" | "from" | "by" | "into" | "there"
            )
    };
    impersonal || (!words.is_empty() && words.iter().all(|w| function_word(w)))
}

/// Labels that end with a colon without naming a speaker.
fn is_section_label(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "update"
            | "note"
            | "editor"
            | "watch"
            | "read"
            | "photo"
            | "video"
            | "related"
            | "source"
            | "sources"
            | "breaking"
            | "correction"
            | "exclusive"
            | "live"
            | "more"
            | "see"
            | "also"
            | "warning"
            | "lire"
            | "voir"
            | "à"
            | "mise"
            | "photos"
            | "vidéo"
            | "источник"
            | "фото"
            | "видео"
            | "читайте"
            | "q"
            | "a"
    )
}

/// A turn of an interview transcript or a headline signed by its speaker:
/// "PENCE: And that’s why …", "Pence: Trump Was ‘Mocking’ Clinton Camp".
fn transcript_turn(text: &str, s: Range<usize>) -> Option<FoundQuote> {
    let sentence = text.get(s.clone())?;
    let colon = sentence.find(':')?;
    // "\"WALLACE: If I may, sir, …": some transcripts open each turn with a
    // quotation mark.
    let opening = sentence.len() - sentence.trim_start_matches(['"', '“', '«', ' ']).len();
    if opening >= colon {
        return None;
    }
    // Only a label in capitals, as transcripts write them: "\"Content-Type\":
    // …" is code.
    let label = &sentence[opening..colon];
    if opening > 0 && (!crate::is_written_in_capitals(label) || label.contains(['"', '”'])) {
        return None;
    }
    let label = s.start + opening..s.start + colon;
    let words = speaker::word_count(text, label.clone());
    let line_start = s.start == 0 || text[..s.start].ends_with('\n');
    let capitalised = text[label.clone()]
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !line_start || !capitalised || words == 0 || words > 3 {
        return None;
    }
    if text[label.clone()].split_whitespace().any(is_section_label) {
        return None;
    }
    let content = clean_content(text, label.end + 1..s.end);
    if speaker::word_count(text, content.clone()) < MIN_CONTENT_WORDS {
        return None;
    }
    let cue = label.end..label.end + 1;
    Some(FoundQuote {
        content,
        kind: QuoteKind::Direct,
        marked: None,
        cue: Some(cue_of(text, cue)),
        speaker: Some(speaker_of(text, label)),
    })
}

/// Content range trimmed of spaces, leading links and final punctuation.
fn clean_content(text: &str, r: Range<usize>) -> Range<usize> {
    let r = trim_range(text, r);
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start_matches([',', ':', '—', '–', '-', ' ']).len();
    let tail = s.len() - s.trim_end_matches(['.', ',', ';', ':', ' ']).len();
    if lead + tail >= s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - tail
}

/// Where the reported clause after a cue starts: past an addressee and a
/// complementizer ("told reporters on Monday that …", "a souligné que …").
fn clause_start(text: &str, cue: &CueMatch, hi: usize) -> usize {
    let mut pos = cue.range.end;
    let cue_text = &text[cue.range.clone()];
    // "qu’il", "qu'elle": the elided complementizer is glued to the pronoun.
    let rest = text.get(pos..hi).unwrap_or("");
    let trimmed = rest.trim_start_matches([' ', ',', ':']);
    for elided in ["qu’", "qu'"] {
        if trimmed.starts_with(elided) {
            return pos + (rest.len() - trimmed.len()) + elided.len();
        }
    }
    // Look a few words ahead for the complementizer.
    let mut scan = pos;
    // "accuse fréquemment Ankara de …", "a dit clairement que …": French
    // adverbs of manner right after the cue are no part of what is said.
    let mut after_adverbs = pos;
    for n in 0..7 {
        let Some(w) = speaker::first_word(text, skip_spaces_commas(text, scan, hi), hi) else {
            break;
        };
        let word = &text[w.clone()];
        if is_complementizer(word) {
            return w.end;
        }
        let manner = is_french_manner_adverb(word);
        if manner && after_adverbs == scan {
            after_adverbs = w.end;
        }
        // "ne croient pas que …": the negation's second word sits
        // between the verb and its complementizer.
        let adverbial = manner
            || crate::lexicon::ends_inverted_speaker(word)
            || matches!(word, "pas" | "plus" | "jamais" | "guère" | "not" | "never");
        if n == 0
            && !takes_object(cue_text)
            && !adverbial
            && !word.chars().next().is_some_and(char::is_uppercase)
        {
            // A plain clause follows: "said he would", "a dit avoir".
            break;
        }
        scan = w.end;
    }
    if takes_object(cue_text) {
        // "told reporters he …": skip one addressee word or name.
        if let Some(w) = speaker::first_word(text, pos, hi) {
            pos = w.end;
            while let Some(next) = speaker::first_word(text, pos, hi) {
                if text[next.clone()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    && text[w.clone()]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                {
                    pos = next.end;
                } else {
                    break;
                }
            }
        }
    }
    pos.max(after_adverbs)
}

/// French adverbs of manner that stand between a cue and what it reports
/// ("accuse fréquemment", "a dit clairement que"). A list: nouns end in
/// "-ment" as often ("l'ajournement", "le gouvernement").
fn is_french_manner_adverb(word: &str) -> bool {
    matches!(
        word,
        "clairement"
            | "fréquemment"
            | "régulièrement"
            | "fortement"
            | "vivement"
            | "fermement"
            | "ouvertement"
            | "publiquement"
            | "officiellement"
            | "formellement"
            | "explicitement"
            | "implicitement"
            | "directement"
            | "personnellement"
            | "également"
            | "notamment"
            | "récemment"
            | "précédemment"
            | "longuement"
            | "brièvement"
            | "simplement"
            | "franchement"
            | "sérieusement"
            | "catégoriquement"
            | "violemment"
            | "vigoureusement"
            | "unanimement"
            | "solennellement"
            | "impunément"
            | "constamment"
            | "abondamment"
            | "discrètement"
            | "immédiatement"
    )
}

fn skip_spaces_commas(text: &str, pos: usize, hi: usize) -> usize {
    let rest = text.get(pos..hi).unwrap_or("");
    pos + (rest.len() - rest.trim_start_matches([' ', ',', '\u{a0}']).len())
}

/// Whether `r` overlaps a direct quote or one of its cues.
fn taken(text: &str, found: &[FoundQuote], r: &Range<usize>) -> bool {
    found.iter().any(|q| {
        let in_marks = q
            .marked
            .as_ref()
            .is_some_and(|m| m.start < r.end && r.start < m.end);
        let direct = q.kind == QuoteKind::Direct;
        // A quote that took up the cue of an earlier paragraph ("…, a-t-il
        // fait valoir.¶¶« … »") leaves that cue to its own sentence; one
        // that a colon introduces ("Selon X :¶« … »") keeps it.
        let same_paragraph = |c: &Range<usize>| {
            q.marked.as_ref().is_some_and(|m| {
                let between = if c.start < m.start {
                    c.end..m.start
                } else {
                    m.end..c.start
                };
                text.get(between).is_some_and(|gap| {
                    !gap.contains('\n') || (c.start < m.start && gap.trim_end().ends_with(':'))
                })
            })
        };
        let cue_taken = direct
            && q.cue.as_ref().is_some_and(|c| {
                c.range.start < r.end && r.start < c.range.end && same_paragraph(&c.range)
            });
        (direct && in_marks) || cue_taken
    })
}

fn inside_quote(found: &[FoundQuote], r: &Range<usize>) -> bool {
    found.iter().any(|q| {
        q.marked
            .as_ref()
            .is_some_and(|m| m.start <= r.start && r.end <= m.end)
    })
}

pub(crate) fn reported_speech(
    text: &str,
    sentences: &[Range<usize>],
    lex: &Lexicon,
    found: &[FoundQuote],
) -> Vec<FoundQuote> {
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|p| sentences.get(p));
        if let Some(q) = previous.and_then(|p| about_this(text, p, s, lex)) {
            if !taken(text, found, &q.content) {
                out.push(q);
            }
            continue;
        }
        let first_new = out.len();
        sentence_attributions(text, s, lex, found, &mut out);
        // After the sentence: a coordinated clause still takes up the
        // words read as the first one's subject ("X, in particular, has
        // sharply criticized … and called for …").
        for q in &mut out[first_new..] {
            let subjectless = q
                .speaker
                .as_ref()
                .zip(q.cue.as_ref())
                .is_some_and(|(sp, cue)| {
                    cannot_be_english_subject(&text[sp.range.clone()], &cue.text)
                });
            if subjectless {
                q.speaker = None;
            }
        }
    }
    out
}

/// Words between "Об этом" and its verb, at most: a date ("29 апреля"), a
/// day ("в пятницу"), a pronoun ("он"), an occasion ("в беседе с ФАН").
const MAX_ABOUT_THIS_GAP_WORDS: usize = 4;

/// "…. Об этом заявил финский политолог Мика Аалтола в Twitter.", "Это
/// сказал вице-президент Линдон Джонсон.", "Эту точку зрения в беседе с ФАН
/// высказал политолог Валерий Коровин.": a Russian sentence that
/// attributes the one before it, its speaker after the verb, or before it
/// as a pronoun ("Об этом он написал в блоге").
/// Read as any other sentence, "Об этом" was the speaker and the speaker
/// the reported clause.
fn about_this(
    text: &str,
    previous: &Range<usize>,
    s: &Range<usize>,
    lex: &Lexicon,
) -> Option<FoundQuote> {
    let sentence = text.get(s.clone())?;
    let lead = sentence.trim_start();
    // "Это сказал X", "Эту информацию подтвердил X": the same with the
    // sentence before as the verb's object.
    let rest = [
        "Об этом",
        "Эту информацию",
        "Эту точку зрения",
        "Такую точку зрения",
        "Это мнение",
        "Такое мнение",
        "Эту позицию",
        "Такую оценку",
        "Такой прогноз",
        "Такой вывод",
        "Это",
    ]
    .iter()
    .find_map(|opening| lead.strip_prefix(opening))?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let after_lead = s.end - rest.len();
    // A capitalised cue is a noun ("в Послании белорусскому народу").
    let cue = lex
        .cues(text, after_lead, s.end)
        .into_iter()
        .find(|c| !text[c.range.clone()].starts_with(char::is_uppercase))
        .filter(|c| c.class == CueClass::Verb)?;
    // "Это говорит о том, что …", "Такое мнение говорит не о большом уме":
    // this shows something, no one's words.
    let opening = &lead[..lead.len() - rest.len()];
    if shows_rather_than_says(opening, &text[cue.range.end..s.end]) {
        return None;
    }
    let gap = text.get(after_lead..cue.range.start)?;
    if speaker::word_count(text, after_lead..cue.range.start) > MAX_ABOUT_THIS_GAP_WORDS {
        return None;
    }
    // The pronoun's own offset: "он" is also inside "в понедельник".
    let pronoun = gap
        .split_whitespace()
        .find(|w| matches!(*w, "он" | "она" | "они"))
        .map(|w| {
            let at = after_lead + (w.as_ptr() as usize - gap.as_ptr() as usize);
            at..at + w.len()
        });
    // "Об этом Президент Беларуси Александр Лукашенко заявил сегодня …":
    // a name opening the gap is the subject before its verb.
    let named_subject = gap
        .trim_start()
        .starts_with(char::is_uppercase)
        .then(|| crate::marks::trim_range(text, after_lead..cue.range.start))
        .filter(|r| !r.is_empty() && !text[r.clone()].contains(','));
    let speaker = match pronoun.or(named_subject) {
        Some(subject) => subject,
        None => {
            // "сообщает РБК-Украина со ссылкой на Reuters": the relay is
            // the speaker, not its own source.
            // A comma after a name ends the subject ("подтвердил и сам
            // Саакашвили, заявив …"); one before any name is inside it ("в
            // пятницу, 24 июня, газета The New York Times").
            let tail = text.get(cue.range.end..s.end)?;
            let comma_after_name = tail
                .match_indices(',')
                .map(|(at, _)| at)
                .find(|&at| tail[..at].contains(char::is_uppercase));
            let end = tail
                .find(" со ссылкой")
                .into_iter()
                .chain(comma_after_name)
                .min()
                .unwrap_or(tail.len());
            let speaker = without_final_stop(text, cue.range.end..cue.range.end + end);
            if speaker.is_empty() {
                return None;
            }
            speaker
        }
    };
    let content = without_final_stop(text, previous.clone());
    reported_quote(text, content, &cue, speaker)
}

fn sentence_attributions(
    text: &str,
    s: &Range<usize>,
    lex: &Lexicon,
    found: &[FoundQuote],
    out: &mut Vec<FoundQuote>,
) {
    {
        if let Some(q) = transcript_turn(text, s.clone()) {
            if !taken(text, found, &q.content) {
                out.push(q);
            }
            return;
        }
        let cues: Vec<CueMatch> = lex
            .cues(text, s.start, s.end)
            .into_iter()
            .filter(|c| c.class != CueClass::Govern && !inside_quote(found, &c.range))
            .filter(|c| !taken(text, found, &c.range))
            .collect();
        if cues.is_empty() {
            return;
        }
        // A direct quote in the sentence ends the clause reported before it:
        // "When Clinton noted that …, Trump boasted, “…”".
        let clause_end = |from: usize| {
            found
                .iter()
                .filter(|q| q.kind == QuoteKind::Direct)
                // A later quote that takes up this sentence's speaker ("…,
                // a-t-il fait valoir.¶¶« … »") leaves its clauses alone.
                .filter(|q| q.marked.as_ref().is_some_and(|m| m.start < s.end))
                .filter_map(|q| {
                    let cue_start = q.cue.as_ref().map_or(usize::MAX, |c| c.range.start);
                    // "…, Nefzi said, adding, “…”": the speaker's own cue
                    // ends the clause it reports, not the speaker.
                    let speaker_cue = |sp: &Speaker| {
                        cues.iter()
                            .any(|c| c.range.start >= sp.range.end && c.range.end <= cue_start)
                    };
                    let first = q
                        .speaker
                        .as_ref()
                        .filter(|sp| !speaker_cue(sp))
                        .map_or(usize::MAX, |sp| sp.range.start)
                        .min(q.cue.as_ref().map_or(usize::MAX, |c| c.range.start))
                        .min(q.marked.as_ref().map_or(usize::MAX, |m| m.start));
                    (first > from && first < s.end).then_some(first)
                })
                .min()
                .unwrap_or(s.end)
        };
        // The attribution ending the sentence may be followed by another cue
        // ("…, according to a poll released last week").
        let trailing = cues
            .iter()
            .rev()
            .find_map(|c| trailing_attribution(text, s.start..clause_end(s.start), c));
        let mut from = s.start;
        if let Some(q) = trailing {
            if !taken(text, found, &q.content) {
                out.push(q);
                return;
            }
            // The direct quotes hold what it reports; a clause after its
            // speaker may report more ("«…», a ajouté l’armée, qui affirme
            // avoir riposté …").
            from = q.speaker.map_or(s.end, |sp| sp.range.end);
        }
        // The speaker of the previous clause, for a coordinated one whose
        // subject is elided ("X denied it and said …", "…, adding that …").
        let mut previous: Option<Speaker> = None;
        for (i, c) in cues.iter().enumerate() {
            if c.range.start < from || inverted_at_the_end(text, s, c) {
                continue;
            }
            // A later coordinated cue ends this clause.
            let end = cues[i + 1..]
                .iter()
                .find_map(|next| {
                    coordination(text, c.range.end, next.range.start).map(|(at, _)| at)
                })
                .unwrap_or_else(|| clause_end(c.range.end));
            let coordinated = previous
                .as_ref()
                .and_then(|sp| coordination(text, from, c.range.start).map(|(_, pro)| (sp, pro)));
            let q = match coordinated {
                Some((sp, subject)) if c.class != CueClass::Prep => {
                    let speaker = subject.unwrap_or_else(|| sp.range.clone());
                    reported_quote(text, clause_start(text, c, end)..end, c, speaker)
                }
                _ => leading_attribution(text, from..end, c),
            };
            let Some(q) = q.filter(|q| !taken(text, found, &q.content)) else {
                continue;
            };
            from = q.content.end;
            previous = q.speaker.clone();
            out.push(q);
        }
    }
}

/// Coordination right before a cue at `hi`: ", and", "but he", ", adding",
/// ", though Clinton". Returns where the connector starts and the subject
/// of the coordinated clause, if it has its own.
fn coordination(text: &str, lo: usize, hi: usize) -> Option<(usize, Option<Range<usize>>)> {
    static CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:,?\s*(?:and|but|while|though|although|whereas|which|et|mais|tandis\s+que|и|но|а)\s+|,\s*)(?P<np>(?:[\p{L}\p{N}’'.-]+\s+){0,5}?)$",
        )
        .expect("connector regex is valid")
    });
    let region = text.get(lo..hi)?;
    let caps = CONNECTOR.captures(region)?;
    let at = lo + caps.get(0)?.start();
    let subject = caps
        .name("np")
        .filter(|m| !m.as_str().trim().is_empty())
        .map(|m| trim_range(text, lo + m.start()..lo + m.end()));
    Some((at, subject))
}

fn reported_quote(
    text: &str,
    content: Range<usize>,
    cue: &CueMatch,
    speaker: Range<usize>,
) -> Option<FoundQuote> {
    let content = clean_content(text, content);
    if speaker::word_count(text, content.clone()) < MIN_CONTENT_WORDS {
        return None;
    }
    Some(FoundQuote {
        content,
        kind: QuoteKind::Indirect,
        marked: None,
        cue: Some(cue_of(text, cue.range.clone())),
        speaker: Some(speaker_of(text, speaker)),
    })
}

/// "…, sources said.", "…, said X.", "…, according to X.", "…, a-t-il dit."
fn trailing_attribution(text: &str, s: Range<usize>, cue: &CueMatch) -> Option<FoundQuote> {
    let before = text.get(s.start..cue.range.start)?;
    let before_trim = before.trim_end_matches([' ', '—', '–', '\u{a0}']);
    let words_after = |from: usize| speaker::word_count(text, from..s.end);
    match cue.class {
        CueClass::Govern => None,
        CueClass::Inverted => {
            let comma = before_trim.strip_suffix(',')?;
            // "Mais, nous avait-on assuré à l’époque, tout ceci …": an
            // incise after a connector, the clause it reports after it.
            let incise = speaker::word_count(text, s.start..s.start + comma.len())
                <= MAX_INCISE_LEAD_WORDS
                && words_after(cue.range.end) > MAX_INCISE_LEAD_WORDS;
            if incise {
                return None;
            }
            reported_quote(
                text,
                s.start..s.start + comma.len(),
                cue,
                cue.pronoun.clone()?,
            )
        }
        CueClass::Prep => {
            let comma = before_trim.strip_suffix(',')?;
            let sp = speaker_until_comma(text, cue.range.end, s.end)?;
            // ", according to X, more than twice …": the source is set off.
            let set_off = text[sp.end..s.end].starts_with(',');
            // "Pourtant, comme le rappelle X, elle a …", "En outre, selon
            // le Daily Mail, le premier ministre a …": what follows is
            // reported.
            if set_off && (is_incise(text, cue) || after_a_short_lead(text, s.clone(), cue, sp.end))
            {
                return None;
            }
            if !set_off && words_after(sp.end) > MAX_TRAILING_WORDS {
                return None;
            }
            reported_quote(text, s.start..s.start + comma.len(), cue, sp)
        }
        CueClass::Verb | CueClass::ThatVerb => {
            if let Some(comma) = before_trim.strip_suffix(',') {
                // "…, said Sen. Cruz." / "…, — заявил он."
                let sp = speaker::russian_subject_to_the_end(text, cue.range.clone(), s.end)
                    .or_else(|| speaker::after_closed(text, cue.range.end, s.end))?;
                // "Ivanka Trump, the nominee's daughter, noted the rule": a
                // name set off by a comma opens a subject, not a clause.
                let head = &text[s.start..s.start + comma.len()];
                // "En Lombardie, …" is an adverbial, not a name.
                let named_subject = head.split_once(',').is_some_and(|(name, _)| {
                    let words: Vec<&str> = name.split_whitespace().collect();
                    !words.is_empty()
                        && words.len() <= 6
                        && !words.first().is_some_and(|w| speaker::is_preposition(w))
                        && words
                            .iter()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                });
                if named_subject {
                    return None;
                }
                let appositive = text[sp.end..s.end].starts_with(',');
                // "…, говорится в опубликованном … документе": the place
                // the impersonal verb names (russian_subject_to_the_end).
                let opens_source = speaker::opens_noun_phrase(text, sp.clone())
                    || speaker::is_impersonal_russian_cue(&text[cue.range.clone()]);
                if reads_as_clause(text, sp.clone())
                    || !opens_source
                    || (!appositive && words_after(sp.end) > MAX_TRAILING_WORDS)
                {
                    return None;
                }
                return reported_quote(text, s.start..s.start + comma.len(), cue, sp);
            }
            // "…, the source added."
            let (sp, comma) = speaker::before(text, s.start, cue.range.start)?;
            let comma = comma?;
            // "…, lawmakers said Friday afternoon, as they …": a short
            // adverbial and a comma still end the attribution.
            // Anything else after the cue is the reported clause itself
            // ("During the race, Sanders said he would win").
            let rest = text.get(cue.range.end..s.end)?;
            let ends_here =
                rest.trim_start().starts_with([',', '.', ';', '!', '?']) || rest.trim().is_empty();
            let next = speaker::first_word(text, cue.range.end, s.end);
            // "…, some GOP figures declared that …" reports what follows.
            if next
                .as_ref()
                .is_some_and(|w| is_complementizer(&text[w.clone()]))
            {
                return None;
            }
            let adverbial = next.is_some_and(|w| crate::lexicon::ends_inverted_speaker(&text[w]));
            let adverbial_then_comma = adverbial
                && rest.find(',').is_some_and(|i| {
                    speaker::word_count(text, cue.range.end..cue.range.end + i) <= 4
                });
            let short_adverbial = adverbial && words_after(cue.range.end) <= MAX_TRAILING_WORDS;
            // "…, Sen. Graham told Breitbart News."
            let addressee =
                takes_object(&text[cue.range.clone()]) && words_after(cue.range.end) <= 4;
            if !(ends_here || adverbial_then_comma || short_adverbial || addressee)
                || speaker::word_count(text, s.start..comma) < 4
            {
                return None;
            }
            reported_quote(text, s.start..comma, cue, sp)
        }
    }
}

/// `r` trimmed of spaces and of the stop ending its sentence.
fn without_final_stop(text: &str, r: Range<usize>) -> Range<usize> {
    let r = trim_range(text, r);
    r.start..r.start + text[r.clone()].trim_end_matches(['.', '!', ' ']).len()
}

/// Whether a French present cue ends its sentence inverted, after a comma
/// and before its subject: "…, écrit le journal." It reports what comes
/// before it, never its own subject, nor a clause coordinated with the one
/// before. (In English, "X, 45, said the report was false", the comma
/// closes an apposition.)
fn inverted_at_the_end(text: &str, s: &Range<usize>, cue: &CueMatch) -> bool {
    // The comma first: every cue of every sentence is asked.
    text[..cue.range.start].trim_end().ends_with(',')
        && crate::lexicon::is_french_inverted_present(&text[cue.range.clone()])
        && speaker::after_closed(text, cue.range.end, s.end).is_some_and(|subject| {
            !reads_as_clause(text, subject.clone())
                && text[subject.end..s.end]
                    .trim()
                    .chars()
                    .all(|c| matches!(c, '.' | '!' | '?' | '»' | '”' | '"'))
        })
}

/// Whether the words after "…, said" are a clause ("said he fully supports
/// it", "said the family deserved better") rather than an inverted speaker
/// ("said Sen. Cruz", "said he"): a pronoun followed by more words, or a
/// lowercase past form, negation or auxiliary.
fn reads_as_clause(text: &str, sp: Range<usize>) -> bool {
    let words: Vec<&str> = text[sp].split_whitespace().collect();
    let pronoun_subject = words.len() > 1
        && words
            .first()
            .is_some_and(|w| crate::lexicon::is_pronoun(w) && !w.eq_ignore_ascii_case("her"));
    pronoun_subject
        || words.iter().skip(1).any(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && w.is_ascii()
                && (w.ends_with("ed")
                    || w.ends_with("n't")
                    || matches!(
                        *w,
                        "is" | "was"
                            | "are"
                            | "were"
                            | "will"
                            | "would"
                            | "could"
                            | "should"
                            | "can"
                            | "has"
                            | "have"
                            | "had"
                            | "must"
                            | "may"
                            | "might"
                    ))
        })
}

/// "X said (that) …", "Selon X, …", "По словам X, …".
fn leading_attribution(text: &str, s: Range<usize>, cue: &CueMatch) -> Option<FoundQuote> {
    match cue.class {
        CueClass::Govern | CueClass::Inverted => None,
        CueClass::Prep => {
            let before = text.get(s.start..cue.range.start)?;
            let lead = speaker::word_count(text, s.start..cue.range.start);
            let sp = speaker_until_comma(text, cue.range.end, s.end)?;
            let opens = before.trim().is_empty()
                || (lead <= 1 && !before.contains(','))
                || before.trim_end().ends_with([':', ';'])
                || (is_incise(text, cue) && lead <= MAX_INCISE_LEAD_WORDS)
                || (before.trim_end().ends_with(',')
                    && after_a_short_lead(text, s.clone(), cue, sp.end));
            if !opens {
                return None;
            }
            let after = text.get(sp.end..s.end)?;
            let rest = after.trim_start().strip_prefix(',')?;
            reported_quote(text, s.end - rest.len()..s.end, cue, sp)
        }
        CueClass::Verb | CueClass::ThatVerb => {
            if inverted_russian(text, s.clone(), cue) {
                return None;
            }
            let (sp, _) = speaker::before(text, s.start, cue.range.start)?;
            if shows_rather_than_says(&text[sp.clone()], &text[cue.range.end..s.end])
                || addresses_the_reader(&text[sp.clone()])
                || credits_a_republication(&text[sp.clone()], &text[cue.range.clone()])
            {
                return None;
            }
            // "… comme il l’a déclaré à la HATVP": the verb confirms the
            // main clause and reports nothing after it.
            let after_comme = speaker::last_words(text, s.start, sp.start, 1)
                .first()
                .is_some_and(|w| w == "comme");
            if after_comme {
                return None;
            }
            let start = clause_start(text, cue, s.end);
            if start == cue.range.end && reads_as_plural_noun(text, s.start, cue) {
                return None;
            }
            if cue.class == CueClass::ThatVerb
                && start == cue.range.end
                && !text[cue.range.clone()].ends_with("that")
            {
                return None;
            }
            reported_quote(text, start..s.end, cue, sp)
        }
    }
}

/// Whether a Russian verb after a comma or a topic takes its subject after
/// it and reports the clause before it ("…, сообщили в представительстве ДНР в
/// Совместном центре по контролю и координации."): with no "что" after it,
/// the words that follow are that subject, not a clause it reports.
fn inverted_russian(text: &str, s: Range<usize>, cue: &CueMatch) -> bool {
    // Every cue of every sentence is asked: the language first.
    if !speaker::is_russian_word(&text[cue.range.clone()]) {
        return false;
    }
    let lead = &text[s.start..cue.range.start];
    // "О надвигающемся кризисе говорит мэр Варшавы …", "о которых не раз
    // говорили эксперты": a clause opening on its topic inverts too.
    let clause = lead.rsplit(',').next().unwrap_or(lead);
    let on_a_topic = clause
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "о" | "об" | "обо" | "О" | "Об" | "Обо"));
    (lead.trim_end().ends_with(',') || on_a_topic)
        && !text[cue.range.end..s.end]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w == "что")
        && (speaker::opens_noun_phrase(text, cue.range.end..s.end)
            || speaker::is_impersonal_russian_cue(&text[cue.range.clone()]))
}

/// "Такая позиция говорит о том, что …", "Такое мнение говорит не о
/// большом уме": what a demonstrative takes up "speaks of" something it
/// shows; no one says it.
fn shows_rather_than_says(speaker: &str, after_cue: &str) -> bool {
    let demonstrative = speaker.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "это"
                | "эта"
                | "этот"
                | "эти"
                | "такая"
                | "такое"
                | "такой"
                | "такие"
                | "подобное"
        )
    });
    let after = after_cue.trim_start();
    demonstrative && (after.starts_with("о ") || after.starts_with("не о "))
}

/// The reader addressed before an English cue: "You also agree to this
/// site's Privacy Policy and Terms of Use", "Whom do you consider to be …?"
/// attribute nothing to anyone. (Verb fragments such as "to ask …" or "we
/// don't know …" stay: PolNeAR annotates what they introduce, and dropping
/// them cost recall there.)
fn addresses_the_reader(speaker: &str) -> bool {
    speaker
        .split_whitespace()
        .next_back()
        .is_some_and(|last| matches!(last, "You" | "you"))
}

/// A republication credit: "Article posted with permission from Pamela
/// Geller", "This story was reposted from …". The site's line says where
/// the text comes from, not what anyone said.
fn credits_a_republication(speaker: &str, cue: &str) -> bool {
    let piece = speaker
        .trim_start_matches("This ")
        .trim_start_matches("this ");
    matches!(
        piece,
        "Article" | "article" | "Story" | "story" | "Post" | "post"
    ) && cue
        .split_whitespace()
        .next_back()
        .is_some_and(|verb| matches!(verb, "posted" | "reposted" | "republished" | "reprinted"))
}

/// English cues that are also plural nouns ("territorial claims", "his
/// notes").
fn is_plural_noun_cue(cue: &str) -> bool {
    matches!(
        cue.split_whitespace().next().unwrap_or(cue),
        "claims"
            | "notes"
            | "reports"
            | "plans"
            | "fears"
            | "hopes"
            | "demands"
            | "charges"
            | "estimates"
            | "promises"
            | "supports"
            | "shows"
            | "attacks"
            | "blasts"
            | "counters"
            | "mentions"
            | "pledges"
            | "vows"
            | "calls"
            | "points"
    )
}

/// A cue that is a plural noun rather than a verb (see
/// [`trame_text::words::english_cue_is_plural_noun`]); the caller asks only
/// when no complementizer follows it.
fn reads_as_plural_noun(text: &str, lo: usize, cue: &CueMatch) -> bool {
    if !is_plural_noun_cue(&text[cue.range.clone()]) {
        return false;
    }
    let before = text[lo..cue.range.start].trim_end();
    let possessive = ["’s", "'s", "s’", "s'"].iter().any(|p| before.ends_with(p));
    let previous = speaker::last_words(text, lo, cue.range.start, 1);
    let next = speaker::first_word(
        text,
        skip_spaces_commas(text, cue.range.end, text.len()),
        text.len(),
    )
    .map(|w| text[w].to_lowercase());
    trame_text::words::english_cue_is_plural_noun(
        previous.first().map_or("", String::as_str),
        possessive,
        next.as_deref().unwrap_or(""),
    )
}

/// Words a sentence may open with before "comme le dit X, …" ("Pourtant,",
/// "Et pourtant,").
const MAX_INCISE_LEAD_WORDS: usize = 3;

/// Whether a preposition cue set off by commas follows a lead of a few
/// words and comes before a longer clause ("En outre, selon le Daily Mail,
/// le premier ministre a …", "Les Occidentaux sont, selon lui, les
/// responsables …"): the clause after it is what the source reports.
fn after_a_short_lead(text: &str, s: Range<usize>, cue: &CueMatch, speaker_end: usize) -> bool {
    speaker::word_count(text, s.start..cue.range.start) <= MAX_INCISE_LEAD_WORDS
        && speaker::word_count(text, speaker_end..s.end) > MAX_INCISE_LEAD_WORDS
}

/// "comme le dit X": an incise whose sentence reports the clause after it.
fn is_incise(text: &str, cue: &CueMatch) -> bool {
    text[cue.range.clone()]
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("comme"))
}

/// The speaker after a preposition cue, up to the next comma.
fn speaker_until_comma(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    let rest = text.get(from..to)?;
    let end = rest.find([',', ';', ':', '.']).map_or(to, |i| from + i);
    let r = trim_range(text, from..end);
    let n = speaker::word_count(text, r.clone());
    // "selon toute vraisemblance", "selon toute probabilité": a hedge, no
    // source.
    let hedge = text[r.clone()].starts_with("toute ");
    (n > 0 && n <= 12 && !hedge).then_some(r)
}
