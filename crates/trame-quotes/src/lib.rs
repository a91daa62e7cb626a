//! Quotations and reported speech: who says what.
//!
//! [`find_quotes`] works on byte ranges of one text and its sentences (from
//! `trame_text::segment`); [`to_schema`] turns its findings into schema v1
//! [`trame_doc::Quote`]s. Speakers are the words naming them ("Aurel Kostan",
//! "le Premier ministre valdorien", "il"): linking those words to entities and
//! resolving pronouns happens later in the pipeline.
//!
//! Rules, in order:
//! 1. Quotation marks are paired (see `marks`): « », “ ”, " ", „ “, ‹ ›, ‘ ’
//!    (’ only where no letter follows, so apostrophes stay text) and the
//!    typewriter '' … ''. Each top-level quote looks for its cue right after
//!    the closing mark ("», a-t-il ajouté", "” he said", "” ― Name"), then
//!    before the opening mark in its sentence ("X a déclaré : « »", "Selon
//!    lui, « »", "qualifie les faits d'« … »"), then inside it between
//!    commas ("« …, a-t-il ajouté. … »").
//! 2. A quote with no cue of its own continues the speaker of the previous
//!    quote in the same sentence or right after that quote's cue ("“…,” he
//!    said, “…”"), or opening the next sentence of the same paragraph
//!    ("“…,” X said. “…”"; a short lead may come first: "Quant aux
//!    précipitations, « … »"), or after a paragraph-opening label ("Le point
//!    essentiel : « »") or a short sentence-opening one in the same
//!    paragraph ("Ce n'est pas tout : « … »").
//!    Quoted words listed or coordinated right after an attributed quote
//!    share its speaker, even a lone word ("de « boucher » et de
//!    « dictateur »", "« … » ; « … »"); those of two words or more in its
//!    clause too ("s'est dit « prêt » à « un échange … »"),
//!    and so do quoted words inside attributed reported speech ("ont estimé
//!    qu'il n'y avait « aucune justification » à ces manœuvres
//!    « agressives »"), unless short and capitalised, as names are.
//! 3. Short quoted terms without a cue are scare quotes (partial, no speaker);
//!    quoted titles ("le rapport « … »", title case) are dropped.
//! 4. A post embedded in the page and signed by its account ("… — Public
//!    Sénat (@publicsenat) July 19, 2022") is the account's direct quote
//!    (`trame_text::posts`); reported speech inside it is dropped.
//! 5. Sentences with a cue give reported speech: "X said (that) …", "…, X
//!    said", "Selon X, …", "по словам X, …", coordinated clauses ("… and said
//!    …", ", though she acknowledged …") each with their own attribution, and
//!    transcript turns ("PENCE: …").
//!
//! English cues are the hand lists of `lexicon` plus the verb cues learnt from
//! PolNeAR's train split (`data/cues-en.tsv`, rebuilt by
//! `examples/learn_cues.rs`; see `data/README.md`).
//!
//! Only sentences containing a cue (one pass of a compiled automaton) or a
//! quotation mark get any further work.

mod error;
mod gender;
mod lexicon;
mod marks;
mod polnear;
mod reported;
mod speaker;

pub use error::QuotesError;
pub use gender::{gender_before, name_gender, pronoun_gender, Gender};
pub use lexicon::{has_speech_gerund, is_french_object_determiner, is_third_person_pronoun};
pub use polnear::{eval_polnear, polnear_errors, PolnearReport, Scores};
pub use speaker::{is_french_relative_pronoun, relative_antecedent, AntecedentLanguage};

use lexicon::{lexicon, CueClass, CueMatch, Lexicon};
use marks::{find_marked, trim_range, MarkedQuote};
use std::ops::Range;
use trame_doc::{Quote, QuoteKind, TextIndex, TextSpan};

/// The speech cue of a quote: a verb, a preposition or an inversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub range: Range<usize>,
    pub text: String,
}

/// The words naming who speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub range: Range<usize>,
    /// A personal pronoun ("il", "she", "он") that the pipeline must resolve.
    pub pronoun: bool,
}

/// A quote or reported clause, in byte offsets of the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    /// The quoted or reported words, without quotation marks, complementizer
    /// ("que", "that", "что") or final punctuation outside the quote.
    pub content: Range<usize>,
    pub kind: QuoteKind,
    /// The quote with its marks, for direct and partial quotes.
    pub marked: Option<Range<usize>>,
    pub cue: Option<Cue>,
    pub speaker: Option<Speaker>,
}

/// Index of the sentence containing byte `pos`, or of the next one.
fn sentence_at(sentences: &[Range<usize>], pos: usize) -> usize {
    sentences.partition_point(|s| s.end <= pos)
}

/// The cue and speaker attributed to one quote.
#[derive(Debug, Clone)]
struct Attribution {
    cue: Range<usize>,
    speaker: Option<Range<usize>>,
    /// Where the attribution words end, to tell what follows them.
    end: usize,
    class: CueClass,
}

fn speaker_of(text: &str, range: Range<usize>) -> Speaker {
    // "qu’il a rappelé", "S'il a évoqué", "Puis il a ajouté": the pronoun
    // without its elided conjunction or the connective before it.
    let words = &text[range.clone()];
    let elision = ["qu'", "qu’", "Qu'", "Qu’", "s'", "s’", "S'", "S’"]
        .iter()
        .find(|e| words.starts_with(*e))
        .map_or(0, |e| e.len());
    let connective = words
        .split_once(' ')
        .filter(|(first, rest)| lexicon::is_connective(first) && lexicon::is_pronoun(rest))
        .map_or(0, |(first, _)| first.len() + 1);
    let range = range.start + elision.max(connective)..range.end;
    let pronoun = lexicon::is_pronoun(&text[range.clone()]);
    Speaker { range, pronoun }
}

fn cue_of(text: &str, range: Range<usize>) -> Cue {
    Cue {
        text: text[range.clone()].to_string(),
        range,
    }
}

/// Punctuation and spaces that may separate a quote from its cue.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || ",.;:!?—–-".contains(c)
}

/// The end of a window starting at `from`: the first line break or opening
/// mark, or `limit`.
fn window_end(text: &str, from: usize, limit: usize) -> usize {
    let limit = limit.min(text.len());
    text.get(from..limit)
        .and_then(|w| w.find(['\n', '«', '“', '„', '"', '‹']))
        .map_or(limit, |i| from + i)
}

/// The attribution right after a closing mark: "», a-t-il ajouté",
/// "” said X", "” he said", "», selon le Kremlin".
fn attribution_after(
    text: &str,
    lex: &Lexicon,
    from: usize,
    to: usize,
    cue_before: bool,
) -> Option<Attribution> {
    let window = text.get(from..to)?;
    let lead = window.len() - window.trim_start_matches(is_gap).len();
    let start = from + lead;
    if start >= to {
        return None;
    }
    // "” ― Francisco Herrero": a dash and a name sign the quote.
    let dash = window
        .trim_start()
        .chars()
        .next()
        .filter(|c| "―—–".contains(*c));
    if let Some(dash) = dash {
        let dash_at = from + (window.len() - window.trim_start().len());
        let dash_range = dash_at..dash_at + dash.len_utf8();
        let name = speaker::after_closed(text, dash_range.end, to)
            .filter(|r| speaker::opens_noun_phrase(text, r.clone()));
        let cue_follows = name.as_ref().is_some_and(|r| {
            !lex.cues(text, r.start, to).is_empty() || !text[r.end..to].trim().is_empty()
        });
        if let (Some(name), false) = (name, cue_follows) {
            return Some(Attribution {
                end: name.end,
                cue: dash_range,
                speaker: Some(name),
                class: CueClass::Verb,
            });
        }
    }
    // "», analyse Orietta Cazzuli, …": a verb then its subject closing the
    // clause, also after "« … » : c'est ce qu'écrivent X".
    let verb_at = start + echo_clause_len(&text[start..to]);
    let postposed = lex.postposed_cue(text, verb_at, to).and_then(|cue| {
        let name = speaker::after_closed(text, cue.end, to)
            .filter(|r| speaker::opens_noun_phrase(text, r.clone()))?;
        // "”, détaille les raisons qui …": an object with its relative
        // clause, not a subject.
        if speaker::first_word(text, name.end, to)
            .is_some_and(|w| lexicon::is_clause_link(&text[w]))
        {
            return None;
        }
        Some(Attribution {
            end: name.end,
            cue,
            speaker: Some(name),
            class: CueClass::Verb,
        })
    });
    if postposed.is_some() {
        return postposed;
    }
    let cue = lex.cues(text, start, to).into_iter().next()?;
    let cue_range = cue.range.clone();
    if cue.class == CueClass::Govern {
        return None;
    }
    if let Some(pronoun) = cue.pronoun {
        return Some(Attribution {
            end: cue_range.end,
            cue: cue_range,
            speaker: Some(pronoun),
            class: cue.class,
        });
    }
    // "», — робко задались вопросом левые интеллигенты": an adverb may
    // come before the verb that takes its subject after it.
    let only_adverbs = text[start..cue_range.start]
        .split_whitespace()
        .all(speaker::is_russian_adverb);
    if only_adverbs {
        let speaker = speaker::after(text, cue_range.end, to);
        return Some(Attribution {
            end: speaker.as_ref().map_or(cue_range.end, |s| s.end),
            cue: cue_range,
            speaker,
            class: cue.class,
        });
    }
    // "» lors des opérations menées en Cisjordanie, a indiqué l’armée": after
    // a French complement closed by a comma, a compound past inverts its
    // subject as "», a indiqué l’armée" does, and so does a verb that takes
    // its subject after it ("» et prévenir les risques, explique l'un des
    // auteurs du rapport").
    let after_comma = text[start..cue_range.start].trim_end().ends_with(',');
    let french_compound = ["a ", "ont ", "avait ", "avaient "]
        .iter()
        .any(|aux| text[cue_range.clone()].starts_with(aux));
    let inverting = french_compound || lex.postposed_cue(text, cue_range.start, to).is_some();
    if after_comma && inverting && cue.class == CueClass::Verb {
        // A simple tense inverts only a subject closing the clause: "»,
        // publié l'an dernier, reconnaissait pourtant que la force …" has
        // its subject before the quote.
        let closes_clause = |r: &Range<usize>| {
            let rest = text[r.end..].trim_start();
            rest.is_empty() || rest.starts_with([',', '.', ';', '!', '?', ')'])
        };
        let inverted = speaker::after(text, cue_range.end, to)
            .filter(|r| speaker::opens_noun_phrase(text, r.clone()))
            .filter(|r| french_compound || closes_clause(r));
        if let Some(speaker) = inverted {
            return Some(Attribution {
                end: speaker.end,
                cue: cue_range,
                speaker: Some(speaker),
                class: cue.class,
            });
        }
    }
    // "” the Kremlin spokesman said": the words before the cue must be a short
    // noun phrase, or the cue belongs to a new clause.
    if cue.class == CueClass::Prep {
        return None;
    }
    // "» и две такие машины под Одессой, говорится в сводке": an
    // impersonal verb has no subject before it.
    if speaker::is_impersonal_russian_cue(&text[cue_range.clone()]) {
        return None;
    }
    let (speaker, _) = speaker::before(text, start, cue_range.start)?;
    if speaker::first_word(text, speaker.start, speaker.end)
        .is_some_and(|w| lexicon::opens_complement(&text[w]))
    {
        return None;
    }
    // "Le Premier ministre évoque une opération « … », la présidence
    // palestinienne dénonce un « crime »": when a cue before the quote
    // attributes it, a verb after it with an object of its own opens a new
    // clause ("», – Duda a indiqué la perspective …" alone attributes).
    if cue_before
        && speaker::first_word(text, cue_range.end, to)
            .is_some_and(|w| lexicon::is_french_object_determiner(&text[w]))
    {
        return None;
    }
    // "” for criminal behavior, she said": a short tail of the quoted clause
    // may come before the speaker.
    let lead = &text[start..speaker.start];
    let short_tail =
        lead.trim_end().ends_with(',') && speaker::word_count(text, start..speaker.start) <= 6;
    // "» Puis il a ajouté": a connector may open the clause before its
    // pronoun subject.
    let connector_then_pronoun = lexicon::is_pronoun(&text[speaker.clone()])
        && speaker::word_count(text, start..speaker.start) <= 1;
    if speaker.start != start && !short_tail && !connector_then_pronoun {
        return None;
    }
    Some(Attribution {
        end: cue_range.end,
        cue: cue_range,
        speaker: Some(speaker),
        class: cue.class,
    })
}

/// The length of "C'est ce que " / "c’est ce qu’" opening `s`: the clause
/// that hands a quote just read to its speaker ("« … » : c'est ce
/// qu'écrivent les ambassadeurs").
fn echo_clause_len(s: &str) -> usize {
    let Some(rest) = ["C'est ce qu", "C’est ce qu", "c'est ce qu", "c’est ce qu"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
    else {
        return 0;
    };
    let tail = ["e ", "'", "’"].iter().find_map(|p| rest.strip_prefix(p));
    tail.map_or(0, |t| s.len() - t.len())
}

/// The nearest cue before an opening mark in its sentence.
fn attribution_before(text: &str, lex: &Lexicon, lo: usize, hi: usize) -> Option<Attribution> {
    let cue: CueMatch = lex.cues(text, lo, hi).into_iter().last()?;
    let range = cue.range.clone();
    if cue.class == CueClass::Govern && follows_etre(text, lo, &range) {
        return None;
    }
    let speaker = match cue.class {
        CueClass::Inverted => cue.pronoun.clone(),
        CueClass::Prep => speaker::after(text, range.end, hi),
        // "un pays qualifié de « … »": a passive participle's subject is
        // what is named, not who names it.
        CueClass::Govern if is_passive_participle(text, lo, &range) => None,
        // "a déclaré le ministre : « … »": a subject after the verb only
        // when it runs up to the quote; "accuse l'administration Biden de
        // … « … »" names an object.
        // "Une occasion manquée, observe l’Arcom, alors que … « … »": a
        // French verb set off by commas, its subject after it, is an incise.
        _ => french_incise_subject(text, lex, lo, &range, hi)
            .or_else(|| {
                speaker::before(text, lo, range.start)
                    .map(|(r, _)| subject_of_earlier_cue(text, lex, lo, r))
            })
            .or_else(|| {
                speaker::after(text, range.end, hi).filter(|r| {
                    // "a demandé à Joe Biden de rester « … »": a complement.
                    let complement = speaker::first_word(text, r.start, r.end)
                        .is_some_and(|w| lexicon::opens_complement(&text[w]));
                    !complement && subject_reaches_quote(text, r.end, hi)
                })
            }),
    };
    Some(Attribution {
        end: speaker.as_ref().map_or(range.end, |s| s.end.max(range.end)),
        cue: range,
        speaker,
        class: cue.class,
    })
}

/// The subject after a French verb set off by commas before a quote, as
/// in "Une occasion manquée, observe l’Arcom, alors que … « … »".
fn french_incise_subject(
    text: &str,
    lex: &Lexicon,
    lo: usize,
    cue: &Range<usize>,
    hi: usize,
) -> Option<Range<usize>> {
    // "« … », a déclaré le maire, dont la « fermeté »": the verb must
    // follow words of the clause, not the quote before it.
    let lead = &text[lo..cue.start];
    if lex.postposed.is_none()
        || !lead.trim_end().ends_with(',')
        || speaker::word_count(text, lo..cue.start) == 0
    {
        return None;
    }
    speaker::after_closed(text, cue.end, hi).filter(|r| {
        text[r.end..hi].trim_start().starts_with(',') && speaker::opens_noun_phrase(text, r.clone())
    })
}

/// Words a subject after its verb may be followed by before the quote: a
/// participle set off by a comma ("a poursuivi Biden, ajoutant : « … »").
const MAX_WORDS_BETWEEN_SUBJECT_AND_QUOTE: usize = 2;

/// Whether a phrase after a cue, ending at `end`, reaches the quote opening
/// at `open` as its subject does: nothing but punctuation, an aside in
/// parentheses or a participle set off by a comma lies between.
fn subject_reaches_quote(text: &str, end: usize, open: usize) -> bool {
    let rest = trame_text::without_aside(&text[end..open]);
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // "ajoutant", "adding", "комментируя", "заявив"
    let participle = words
        .first()
        .is_some_and(|w| ["ant", "ing", "я", "в"].iter().any(|end| w.ends_with(end)));
    rest.chars().all(is_gap)
        || (rest.trim_start().starts_with(',')
            && participle
            && words.len() <= MAX_WORDS_BETWEEN_SUBJECT_AND_QUOTE)
}

/// Words looked at before a participle for its auxiliary.
const AUXILIARY_REACH: usize = 7;

/// Whether a govern cue follows a form of "être", maybe past an adverb:
/// "celle de l'impact est bien présente" is an adjective, "il est
/// qualifié de" a passive; neither is a cue of the quote after it.
fn follows_etre(text: &str, lo: usize, cue: &Range<usize>) -> bool {
    text[lo..cue.start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .find(|w| {
            !matches!(
                *w,
                "bien" | "très" | "plus" | "aussi" | "encore" | "toujours" | "déjà" | "souvent"
            )
        })
        .is_some_and(|w| {
            matches!(
                w,
                "est"
                    | "sont"
                    | "était"
                    | "étaient"
                    | "être"
                    | "été"
                    | "sera"
                    | "seront"
                    | "serait"
                    | "seraient"
                    | "fut"
                    | "furent"
            )
        })
}

/// Whether a govern cue is a participle without an auxiliary before it:
/// "un pays qualifié de", not "il a qualifié de".
fn is_passive_participle(text: &str, lo: usize, cue: &Range<usize>) -> bool {
    let mut words = text[cue.clone()].split_whitespace();
    let word = words.next().unwrap_or_default();
    // "avait employé l'expression": the cue has its auxiliary ("avait"
    // ends as "écrit" does, and is no participle).
    if is_auxiliary(word) {
        return false;
    }
    // "fustigeait" ends as "écrit" does too, and is an imperfect.
    let imperfect = word.ends_with("ait") || word.ends_with("aient");
    let participle = !imperfect
        && ["é", "ée", "és", "ées", "it", "ite", "its", "ites"]
            .iter()
            .any(|end| word.ends_with(end));
    // Adverbs may part the auxiliary from its participle: "a en effet
    // appelé", "a, tout d'abord, dénoncé"; a relative or completive clause
    // ("a affirmé que ce qu'il décrit") has its own verb.
    let auxiliary = text[lo..cue.start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(AUXILIARY_REACH)
        .take_while(|w| !matches!(*w, "que" | "qu" | "qui" | "dont" | "où" | "ce"))
        .any(is_auxiliary);
    participle && !auxiliary
}

fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "ai" | "avons" | "avez"
    )
}

/// A speaker phrase holding a cue of its own ("Nefzi said, adding", "Lazar
/// said he … and added"): the speaker is that earlier cue's subject, which
/// may lie before the phrase, from `lo` on ("Suu Kyi, 70, said it was too
/// early … but added, “…”").
fn subject_of_earlier_cue(text: &str, lex: &Lexicon, lo: usize, r: Range<usize>) -> Range<usize> {
    let Some(cue) = lex
        .cues(text, r.start, r.end)
        .into_iter()
        .find(|c| c.class == CueClass::Verb)
    else {
        return r;
    };
    speaker::before(text, lo, cue.range.start).map_or(r, |(s, _)| s)
}

/// Title case: every word of four letters or more capitalised, as in book,
/// film and report titles.
fn is_title_case(s: &str) -> bool {
    let s = s.trim_end_matches(['.', ',', '!', '?', ';', ':']);
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// `sentences` clipped to the text, to char boundaries and to increasing
/// order, so that every later slice is valid whatever the caller passed.
fn usable_sentences(text: &str, sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut out: Vec<Range<usize>> = Vec::with_capacity(sentences.len());
    let mut last = 0;
    for s in sentences {
        let start = floor(s.start.max(last));
        let end = floor(s.end);
        if end > start {
            out.push(start..end);
            last = end;
        }
    }
    out
}

/// Find direct, partial and reported quotes in `text`, whose sentences are
/// `sentences` (byte ranges, in order). `lang` is an ISO 639-1 code; None
/// applies every supported language's cues.
pub fn find_quotes(text: &str, sentences: &[Range<usize>], lang: Option<&str>) -> Vec<FoundQuote> {
    let lex = lexicon(lang);
    let sentences = &usable_sentences(text, sentences);
    let marked = find_marked(text);
    let mut out = direct_quotes(text, sentences, lex, &marked);
    let mut indirect = reported::reported_speech(text, sentences, lex, &out);
    attribute_quoted_words_of_reported_speech(text, &mut out, &indirect, lang == Some("fr"));
    let posts = embedded_posts(text);
    // A post's words are its account's: the cues inside it report nothing
    // the post does not already say ("@FBI note … proves FBI misled").
    indirect.retain(|q| {
        !posts
            .iter()
            .any(|p| p.content.start <= q.content.start && q.content.end <= p.content.end)
    });
    out.extend(indirect);
    out.extend(posts);
    out.sort_by_key(|q| (q.content.start, q.content.end));
    out
}

/// The posts embedded in `text` and signed by their account ("… — Laura
/// Loomer (@LauraLoomer) October 6, 2017"), as direct quotes of the
/// account's display name (its handle when the name is only emoji), the
/// signature being the cue. Quotes marked inside a post keep their own
/// attribution ("\"…\", assure @alma_dufour").
fn embedded_posts(text: &str) -> Vec<FoundQuote> {
    trame_text::posts::post_signatures(text)
        .into_iter()
        .filter(|p| !p.post.is_empty())
        .map(|p| FoundQuote {
            content: p.post,
            kind: QuoteKind::Direct,
            marked: None,
            cue: Some(cue_of(text, p.signature)),
            speaker: Some(Speaker {
                range: p.name.unwrap_or(p.handle),
                pronoun: false,
            }),
        })
        .collect()
}

/// Words from which a capitalised quote reads as a sentence, not a name.
pub const MIN_REPORTED_SENTENCE_WORDS: usize = 4;

/// Quoted words inside reported speech are the reported speaker's: "les
/// chefs de la diplomatie du G7 ont estimé qu'il n'y avait « aucune
/// justification » à ces manœuvres « agressives »".
fn attribute_quoted_words_of_reported_speech(
    text: &str,
    quotes: &mut [FoundQuote],
    reported: &[FoundQuote],
    french: bool,
) {
    // "X reconnaît que les propos sont « relativement positifs », il estime
    // par ailleurs que …": in French, a partial quote inside the reported
    // clause is its speaker's, not the subject's of the clause after it.
    // English and Russian write a cue after quoted words far more often
    // ("called it “a disaster,” Smith said"): there the cue after stands.
    let cue_after = |q: &FoundQuote| {
        french
            && q.kind == QuoteKind::Partial
            && q.cue
                .as_ref()
                .zip(q.marked.as_ref())
                .is_some_and(|(c, m)| c.range.start >= m.end)
    };
    for q in quotes
        .iter_mut()
        .filter(|q| q.speaker.is_none() || cue_after(q))
    {
        let Some(marked) = &q.marked else {
            continue;
        };
        // A capitalised short quote is more often a name («Айдар») than
        // the reported speaker's words.
        let words = speaker::word_count(text, q.content.clone());
        let lowercase = text[q.content.clone()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if !lowercase && words < MIN_REPORTED_SENTENCE_WORDS {
            continue;
        }
        let holder = reported.iter().find(|r| {
            r.speaker.is_some() && r.content.start <= marked.start && marked.end <= r.content.end
        });
        if let Some(r) = holder {
            q.cue.clone_from(&r.cue);
            q.speaker.clone_from(&r.speaker);
        }
    }
}

fn direct_quotes(
    text: &str,
    sentences: &[Range<usize>],
    lex: &Lexicon,
    marked: &[MarkedQuote],
) -> Vec<FoundQuote> {
    let mut out: Vec<FoundQuote> = Vec::new();
    // The attribution of the previous quote, and where its marks end.
    let mut previous: Option<(Attribution, usize)> = None;
    let mut last_attributed: Option<Attribution> = None;
    let mut prev_close = 0;
    for (n, q) in marked.iter().enumerate() {
        let content = q.inner(text);
        if content.is_empty() {
            prev_close = q.close.end;
            continue;
        }
        let open_sentence = sentence_at(sentences, q.open.start);
        let sentence_start = sentences
            .get(open_sentence)
            .map_or(0, |s| s.start.min(q.open.start));
        let mut before_lo = sentence_start.max(prev_close);
        if text[before_lo..q.open.start].trim().is_empty() && open_sentence > 0 {
            // "Caddell continued:" then the quote as a new sentence.
            if let Some(prev) = sentences.get(open_sentence - 1) {
                if prev.start >= prev_close && text[prev.clone()].trim_end().ends_with(':') {
                    before_lo = prev.start;
                }
            }
        }
        let near_words = speaker::last_words(text, before_lo, q.open.start, 3);
        if near_words.iter().any(|w| lexicon::is_title_noun(w)) {
            prev_close = q.close.end;
            continue;
        }

        let close_sentence = sentence_at(sentences, q.close.start);
        let mut after_limit = sentences.get(close_sentence).map_or(text.len(), |s| s.end);
        // "« … » : C'est ce qu'écrit X": the sentence may end with the quote
        // and a colon; its attribution is in the next one.
        if text
            .get(q.close.end..after_limit)
            .is_none_or(|rest| rest.chars().all(is_gap))
        {
            after_limit = sentences
                .get(close_sentence + 1)
                .map_or(text.len(), |s| s.end);
        }
        let after_hi = window_end(text, q.close.end, after_limit);

        let previous_in_sentence = previous
            .as_ref()
            .filter(|(a, close)| {
                a.speaker.is_some()
                    && sentence_at(sentences, close.saturating_sub(1)) == open_sentence
            })
            .map(|(a, _)| a);
        let before = attribution_before(text, lex, before_lo, q.open.start).map(|mut a| {
            // "le Kremlin a qualifié … d'« insultes » et a demandé à Joe
            // Biden de rester « réfléchi »": a coordinated verb's elided
            // subject is the one of the quote before it in the sentence.
            if a.speaker.is_none() {
                a.speaker = previous_in_sentence
                    .filter(|_| coordinates(text.get(before_lo..a.cue.start).unwrap_or_default()))
                    .and_then(|p| p.speaker.clone());
            }
            a
        });
        // "…», a déclaré Viktor Orban, selon un journaliste de LCI, …,
        // ajoutant : « … »": a speech gerund goes on with the clause's
        // speaker, not with the source of the report; so does a quote the
        // report's source runs straight into ("…», a déclaré Simonyan
        // selon le Daily Beast, « … »).
        let before = match before {
            Some(a)
                if a.class == CueClass::Prep
                    && (text
                        .get(a.end..q.open.start)
                        .is_some_and(lexicon::has_speech_gerund)
                        || previous_in_sentence.is_some_and(|p| {
                            p.end <= a.cue.start
                                && text[p.end..a.cue.start].chars().all(is_gap)
                                && text[a.end..q.open.start].chars().all(is_gap)
                        })) =>
            {
                previous_in_sentence.cloned().or(Some(a))
            }
            other => other,
        };
        let own = attribution_after(text, lex, q.close.end, after_hi, before.is_some())
            .or(before)
            .or_else(|| signature(text, lex, q));
        let own_from_before = own.as_ref().is_some_and(|a| a.cue.end <= q.open.start);
        let (inherited, inheritance) = if own.is_some() {
            (None, None)
        } else {
            inherit(
                text,
                sentences,
                q,
                previous.as_ref(),
                last_attributed.as_ref(),
            )
            .map_or((None, None), |(a, how)| (Some(a), Some(how)))
        };
        let own = own.or_else(|| incise(text, lex, &content));
        let attribution = own
            .clone()
            .or(inherited)
            .or_else(|| transcript_label(text, &content))
            .filter(|a| {
                !a.speaker
                    .as_ref()
                    .is_some_and(|r| lexicon::names_a_saying(&text[r.clone()]))
            })
            // "On parle de « stagflation »": what people in general call
            // something is no one's words.
            .filter(|a| {
                !(a.class == CueClass::Govern
                    && a.speaker
                        .as_ref()
                        .is_some_and(|r| text[r.clone()].eq_ignore_ascii_case("on")))
            })
            // "Quant aux « cryptos », Christine Lagarde estime …": the topic
            // a sentence opens with is the writer's.
            .filter(|_| !opens_with_a_topic(&text[sentence_start..q.open.start]));

        let words = speaker::word_count(text, content.clone());
        let quoted = &text[content.clone()];
        let kind = match &attribution {
            None if is_title_case(quoted) && words <= 10 => {
                prev_close = q.close.end;
                continue;
            }
            None if words <= 4 => QuoteKind::Partial,
            Some(a) if a.class == CueClass::Govern => QuoteKind::Partial,
            _ => {
                let lead = text[before_lo..q.open.start].trim_end();
                let attribution_lead = own_from_before
                    && own.as_ref().is_some_and(|a| {
                        text.get(a.end.max(a.cue.end)..q.open.start)
                            .is_some_and(|gap| gap.chars().all(is_gap))
                    });
                if lead.trim().is_empty()
                    || lead.ends_with([':', ',', '—', '–', '-'])
                    || attribution_lead
                {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                }
            }
        };
        // Names of shows and laws quoted in a sentence with a cue:
        // "told “Face the Nation”", "the “State of the Union”".
        if kind == QuoteKind::Partial && words >= 3 && is_title_case(quoted) {
            prev_close = q.close.end;
            continue;
        }
        // A scare quote keeps no speaker even when a paragraph cue is near;
        // quoted words of several words in the clause of an attributed quote
        // are that speaker's ("Il s'est dit « prêt » à « un échange de nos
        // militaires », sous « n'importe quel format »").
        let attribution = match kind {
            QuoteKind::Partial
                if own.is_none()
                    && !(inheritance == Some(Inheritance::Listed)
                        || (inheritance == Some(Inheritance::Clause) && words >= 2)) =>
            {
                None
            }
            _ => attribution,
        };
        if let Some(a) = &attribution {
            if a.speaker.is_some() {
                last_attributed = Some(a.clone());
            }
        }
        previous = attribution.clone().map(|a| (a, q.close.end));
        // "a qualifié l'idéologie russe « Russkiy mir » (Monde russe) de
        // « cancer »": a quote in a naming verb's object is the name of what
        // it names; the words after "de" are the namer's.
        let in_named_object = own_from_before
            && attribution
                .as_ref()
                .is_some_and(|a| a.class == CueClass::Govern)
            && !calls_it(&text[before_lo..q.open.start])
            && marked.get(n + 1).is_some_and(|next| {
                text.get(q.close.end..next.open.start).is_some_and(|gap| {
                    calls_it(gap)
                        && !gap
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| matches!(w, "et" | "ou" | "and" | "or"))
                })
            });
        let attribution = attribution.filter(|_| !in_named_object);
        prev_close = q.close.end;
        out.push(FoundQuote {
            content,
            kind,
            marked: Some(q.open.start..q.close.end),
            cue: attribution.as_ref().map(|a| cue_of(text, a.cue.clone())),
            speaker: attribution
                .as_ref()
                .and_then(|a| a.speaker.clone())
                .map(|r| speaker_of(text, r)),
        });
    }
    out
}

/// Whether the words between two quotes say what a naming verb calls the
/// first one's object: "« Russkiy mir » (Monde russe) de « … »".
fn calls_it(gap: &str) -> bool {
    let gap = gap.trim_end_matches(|c: char| c.is_whitespace() || "«“\"".contains(c));
    !gap.contains('\n')
        && gap.split_whitespace().count() <= MAX_NAMED_AS_GAP_WORDS
        && [" de", " d'", " d’"].iter().any(|de| gap.ends_with(de))
}

/// Whether the words before a quote, from its sentence's start, announce
/// a topic: "Quant aux", "As for".
fn opens_with_a_topic(lead: &str) -> bool {
    let lead = lead.trim().to_lowercase();
    matches!(
        lead.as_str(),
        "quant à" | "quant au" | "quant aux" | "as for" | "as to"
    )
}

/// Whether a label is written in capitals, as transcripts name their
/// speakers ("HANNITY", "SEN. KLOBUCHAR"): two letters or more, all
/// uppercase.
pub fn is_written_in_capitals(label: &str) -> bool {
    let letters = || label.chars().filter(|c| c.is_alphabetic());
    letters().nth(1).is_some() && letters().all(char::is_uppercase)
}

/// Whether the words between a quote and the next cue only coordinate the
/// cue's clause with the quote's: "et", "mais", "puis", "and", "but".
fn coordinates(gap: &str) -> bool {
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    matches!(
        words.as_slice(),
        ["et" | "mais" | "puis" | "and" | "but" | "then"]
    )
}

/// Words of a name signing a quote, with what qualifies it ("( Pr Luc
/// Montagnier, prix Nobel, à propos de ce livre )").
const MAX_SIGNATURE_WORDS: usize = 12;

/// A quote opening its line and signed by a name that ends the line, as
/// epigraphs and pull quotes are: "« … » Laurence Haïm.", "« … » (Michel
/// Chossudovsky)", "\"…\"Marine Le Pen à Madrid". The name is both cue
/// and speaker.
fn signature(text: &str, lex: &Lexicon, q: &MarkedQuote) -> Option<Attribution> {
    let line_start = text[..q.open.start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..q.open.start].trim().is_empty() {
        return None;
    }
    let line_end = text[q.close.end..]
        .find('\n')
        .map_or(text.len(), |i| q.close.end + i);
    let rest = &text[q.close.end..line_end];
    if rest.chars().all(is_gap) {
        return signature_line(text, line_end);
    }
    let lead = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '(']).len();
    let from = q.close.end + lead;
    let words = speaker::word_count(text, from..line_end);
    let capitalised = text[from..line_end]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if words == 0 || words > MAX_SIGNATURE_WORDS || !capitalised {
        return None;
    }
    if !lex.cues(text, from, line_end).is_empty() {
        return None;
    }
    speaker::after(text, from, line_end).map(signed_by)
}

/// The attribution of a quote a name signs: the name is both cue and
/// speaker.
fn signed_by(name: Range<usize>) -> Attribution {
    Attribution {
        end: name.end,
        cue: name.clone(),
        speaker: Some(name),
        class: CueClass::Verb,
    }
}

/// Words of a signature line: a name, a place, a year.
const MAX_SIGNATURE_LINE_WORDS: usize = 8;

/// The line after a quote that stands as a paragraph, when it signs the
/// quote as epigraphs are signed: "« … »¶¶Sir Francis Bacon, Londres, 1620".
/// Every word is capitalised, a number or a name particle, so a heading
/// ("Marine Le Pen en campagne") or a sentence is no signature.
fn signature_line(text: &str, quote_line_end: usize) -> Option<Attribution> {
    let rest = &text[quote_line_end..];
    let from = quote_line_end + (rest.len() - rest.trim_start().len());
    let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
    let line = text[from..line_end].trim_end();
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let signs = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            || w.chars().all(|c| c.is_ascii_digit())
            || matches!(
                *w,
                "de" | "du" | "des" | "la" | "le" | "von" | "van" | "ben" | "al"
            )
    };
    let two_capitalised = words
        .iter()
        .take(2)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count()
        == 2;
    if words.len() > MAX_SIGNATURE_LINE_WORDS
        || !two_capitalised
        || !words.iter().all(signs)
        || line.ends_with(['.', '!', '?', ':', '»', '”', '"'])
    {
        return None;
    }
    speaker::after(text, from, from + line.len()).map(signed_by)
}

/// A cue set inside the quote by commas, French style: "« Nous avons tout
/// essayé, a-t-il ajouté. Nous irons jusqu’au bout. »".
fn incise(text: &str, lex: &Lexicon, content: &Range<usize>) -> Option<Attribution> {
    lex.cues(text, content.start, content.end)
        .into_iter()
        .filter(|c| text[content.start..c.range.start].trim_end().ends_with(','))
        .filter(|c| !gives_a_nickname(text, content.start, &c.range))
        .find_map(|c| {
            let speaker = match c.class {
                CueClass::Inverted => c.pronoun.clone()?,
                CueClass::Verb => {
                    let r = speaker::after_closed(text, c.range.end, content.end)?;
                    speaker::opens_noun_phrase(text, r.clone()).then_some(r)?
                }
                _ => return None,
            };
            let end = speaker.end.max(c.range.end);
            // The incise closes on punctuation: ", a-t-il ajouté." / ", dit-il, ".
            let closes = text[end..content.end]
                .trim_start()
                .starts_with([',', '.', ';', '!', '?']);
            closes.then(|| Attribution {
                cue: c.range.clone(),
                speaker: Some(speaker),
                end,
                class: c.class,
            })
        })
}

/// "Naevius Sutorius Macro, dit Macron,": a bare "dit" after a name gives
/// the name's bearer another one; it reports no speech.
fn gives_a_nickname(text: &str, lo: usize, cue: &Range<usize>) -> bool {
    let after_name = text[lo..cue.start]
        .trim_end()
        .trim_end_matches(',')
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    matches!(&text[cue.clone()], "dit" | "dite" | "dits" | "dites") && after_name
}

/// Whether the quote is all its paragraph holds, but for closing
/// punctuation.
fn is_whole_paragraph(text: &str, q: &MarkedQuote) -> bool {
    let line_start = text[..q.open.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[q.close.end..]
        .find('\n')
        .map_or(text.len(), |i| q.close.end + i);
    text[line_start..q.open.start].trim().is_empty()
        && text[q.close.end..line_end].chars().all(is_gap)
}

/// A quoted transcript turn names its speaker: "“WALLACE: Let’s start …”".
fn transcript_label(text: &str, content: &Range<usize>) -> Option<Attribution> {
    let quoted = text.get(content.clone())?;
    let colon = quoted.find(':')?;
    let label = &quoted[..colon];
    let is_name = !label.is_empty()
        && label.split_whitespace().count() <= 3
        && label
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || c == '.');
    is_name.then(|| Attribution {
        cue: content.start + colon..content.start + colon + 1,
        speaker: Some(content.start..content.start + colon),
        end: content.start + colon + 1,
        class: CueClass::Verb,
    })
}

/// Words of a short lead that opens a sentence and leaves its quote to the
/// last speaker: "Quant aux précipitations, « … »", "Ce n'est pas tout : ".
const MAX_CONTINUATION_LEAD_WORDS: usize = 4;

/// Words between a naming verb's first quote and the "de « … »" that says
/// what it calls its object ("« Russkiy mir » (Monde russe) de").
const MAX_NAMED_AS_GAP_WORDS: usize = 5;

/// How a quote without a cue takes up an earlier quote's attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inheritance {
    /// Listed or coordinated right after a quote with a speaker: even a
    /// lone word is that speaker's ("de « boucher » et de « dictateur »").
    Listed,
    /// In the clause of a quote with a speaker (the same sentence, or right
    /// after its cue).
    Clause,
    /// The speaker going on in a later sentence or paragraph.
    Continuation,
}

/// Whether the words between two quotes of a sentence introduce the second
/// one as someone else's: "L'UE invoque la « menace russe », comme le titre
/// Le Figaro : « … »" ends in a name and a colon, where "… mais en niant
/// vouloir employer cet outil : « … »" goes on with the same speaker.
pub fn introduces_another(gap: &str) -> bool {
    let Some(lead) = gap.strip_suffix(':') else {
        return false;
    };
    let words: Vec<&str> = lead.split_whitespace().collect();
    words.len() >= 2
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// The attribution a quote without a cue takes from an earlier quote, and
/// how.
fn inherit(
    text: &str,
    sentences: &[Range<usize>],
    q: &MarkedQuote,
    previous: Option<&(Attribution, usize)>,
    last_attributed: Option<&Attribution>,
) -> Option<(Attribution, Inheritance)> {
    if let Some((a, prev_close)) = previous {
        let introduced_apart = text
            .get(*prev_close..q.open.start)
            .is_some_and(|gap| introduces_another(gap.trim_end()));
        let same_sentence = sentence_at(sentences, prev_close.saturating_sub(1))
            == sentence_at(sentences, q.open.start)
            && !introduced_apart;
        // "« …, a-t-il ajouté. « … »": only the cue lies between the quotes.
        let right_after_cue = a.end >= *prev_close
            && text
                .get(a.end..q.open.start)
                .is_some_and(|gap| gap.chars().all(|c| is_gap(c) && c != '\n'));
        // "“…,” said X, a spokesman. “…”": a quote opening the next sentence
        // of the same paragraph goes on with the same speaker.
        // "Quant aux précipitations, « … »": a short adverbial may open it.
        let open_sentence = sentence_at(sentences, q.open.start);
        let next_sentence = sentence_at(sentences, a.end.max(*prev_close).saturating_sub(1)) + 1
            == open_sentence
            && sentences
                .get(open_sentence)
                .and_then(|s| text.get(s.start.min(q.open.start)..q.open.start))
                .is_some_and(|lead| {
                    lead.trim().is_empty()
                        || (lead.trim_end().ends_with(',')
                            && lead.split_whitespace().count() <= MAX_CONTINUATION_LEAD_WORDS)
                })
            && text
                .get(*prev_close..q.open.start)
                .is_some_and(|gap| !gap.contains('\n'));
        // "« … », a poursuivi Weimer.¶¶« … »": a quote standing as a
        // paragraph of its own right after an attributed one goes on with it.
        let next_paragraph = a.speaker.is_some()
            && a.class != CueClass::Govern
            && text
                .get(a.end.max(*prev_close)..q.open.start)
                .is_some_and(|gap| gap.contains('\n') && gap.chars().all(is_gap))
            && is_whole_paragraph(text, q);
        // "de « boucher » et de « dictateur »", "« … » ; « … »": listed
        // after it, even past a sentence end inside the earlier quote.
        let listed = a.speaker.is_some()
            && text.get(*prev_close..q.open.start).is_some_and(|gap| {
                let words: Vec<&str> = gap
                    .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                    .filter(|w| !w.is_empty())
                    .collect();
                !gap.contains('\n')
                    && words.len() <= 2
                    && words.iter().all(|w| {
                        matches!(
                            *w,
                            "et" | "ou" | "de" | "d'" | "d’" | "des" | "du" | "and" | "or"
                        )
                    })
            });
        // "a qualifié l'idéologie russe « Russkiy mir » (Monde russe) de
        // « cancer »": what a naming verb calls its object is the namer's.
        let named_as = a.speaker.is_some()
            && a.class == CueClass::Govern
            && same_sentence
            && text.get(*prev_close..q.open.start).is_some_and(calls_it);
        let listed = listed || named_as;
        let how = if listed {
            Inheritance::Listed
        } else if (same_sentence || right_after_cue) && a.speaker.is_some() {
            Inheritance::Clause
        } else {
            Inheritance::Continuation
        };
        if listed || same_sentence || right_after_cue || next_sentence || next_paragraph {
            return Some((a.clone(), how));
        }
    }
    // "Et d'ajouter : « … »": the last speaker goes on.
    let sentence_lead = sentences
        .get(sentence_at(sentences, q.open.start))
        .and_then(|s| text.get(s.start.min(q.open.start)..q.open.start))
        .unwrap_or_default();
    if lexicon::continues_speech(sentence_lead) {
        return last_attributed.map(|a| (a.clone(), Inheritance::Continuation));
    }
    // "Le point essentiel : « … »" at the start of a paragraph.
    let para_start = text[..q.open.start].rfind('\n').map_or(0, |i| i + 1);
    let label = text[para_start..q.open.start].trim_end();
    let is_label = label.ends_with(':') && speaker::word_count(text, para_start..q.open.start) <= 8;
    if is_label {
        return last_attributed.map(|a| (a.clone(), Inheritance::Continuation));
    }
    // "Ce n'est pas tout : « … »" opening a sentence of the paragraph where
    // the last speaker spoke.
    let sentence_label = sentence_lead.trim_end().ends_with(':')
        && sentence_lead.split_whitespace().count() <= MAX_CONTINUATION_LEAD_WORDS + 1;
    let same_paragraph = |a: &&Attribution| {
        text.get(a.end.min(q.open.start)..q.open.start)
            .is_some_and(|gap| !gap.contains('\n'))
    };
    if sentence_label {
        return last_attributed
            .filter(same_paragraph)
            .map(|a| (a.clone(), Inheritance::Continuation));
    }
    None
}

/// Schema quotes of `found`, in code-point offsets. Speakers are left
/// unresolved (`speaker: None`): the pipeline maps speaker spans to entities.
pub fn to_schema(text: &str, found: &[FoundQuote]) -> Vec<Quote> {
    to_schema_indexed(text, &TextIndex::new(text), found)
}

/// [`to_schema`] with the caller's index of `text`: the pipeline builds one
/// per document for all its stages.
pub fn to_schema_indexed(text: &str, index: &TextIndex, found: &[FoundQuote]) -> Vec<Quote> {
    found
        .iter()
        .filter_map(|q| {
            let content = trim_range(text, q.content.clone());
            let quoted = text.get(content.clone())?;
            let span = index.span(content.clone());
            Some(Quote {
                start: span.start,
                end: span.end,
                text: quoted.to_string(),
                kind: q.kind,
                speaker: None,
                speaker_text: q
                    .speaker
                    .as_ref()
                    .and_then(|s| text.get(s.range.clone()))
                    .map(str::to_string),
                speaker_span: q.speaker.as_ref().map(|s| index.span(s.range.clone())),
                cue: q.cue.as_ref().map(|c| {
                    let span = index.span(c.range.clone());
                    TextSpan {
                        start: span.start,
                        end: span.end,
                        text: c.text.clone(),
                    }
                }),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
