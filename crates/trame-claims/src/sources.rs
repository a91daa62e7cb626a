//! Who a claim rests on, read from the sentence text alone: a named person
//! or organisation, an anonymous source, a document, or nobody (the author).
//! Entity ids are attached later by the pipeline; this module returns the
//! words that designate the source.
//!
//! # How a sentence's own source is found
//!
//! In order, the first that applies:
//!
//! 1. An introducer ("selon", "d'après", "aux dires de", "according to", "по словам",
//!    "по данным", "согласно", "citing") followed by a noun phrase, read up
//!    to the next punctuation or clause word; an outlet that relays an
//!    anonymous source ("d'après Bloomberg, qui citait un haut
//!    responsable") gives that anonymous source.
//! 2. An anonymity marker ("sous couvert d'anonymat", "on condition of
//!    anonymity", "на условиях анонимности"): anonymous, from the
//!    indefinite article that opens the speaker's description.
//! 3. A standalone anonymous cue ("de source sûre", "sources close to",
//!    "people familiar with", "источник в", "по нашим данным").
//! 4. A speech or finding verb ("a déclaré", "said", "found", "заявил") with
//!    its subject before it, or after it when inverted ("», a déclaré X").
//! 5. A document as place of the statement ("dans un rapport", "in a
//!    report", "в докладе").
//!
//! A noun phrase is a document when a document noun (rapport, study,
//! доклад…) comes first, anonymous when a source noun does ("source",
//! "officials", "источник", unnamed "experts", "analystes", "médias"; or "un haut responsable", "a senior official"
//! with an indefinite or no article and no name after it), and named when
//! it holds a capitalised name, possibly after a title ("le ministre russe
//! de la Défense Sergueï Choïgou"): the range is then the title and name.
//! A lone title or institution with a definite article or none ("le
//! porte-parole", "police said") is named too: the person was named earlier
//! or the institution is known, and the pipeline links the mention.
//!
//! # Carry-over: how [`attribute_sources`] decides
//!
//! Within one paragraph (the caller passes one), a source governs the
//! sentences after its own as long as each of them continues its account:
//!
//! - it has no source of its own (a new source takes over);
//! - it is in reported mode or points back at the account: it carries a
//!   hedge (the French conditional "auraient été tués", "reportedly",
//!   "якобы"), has a speech verb whose subject is a pronoun ("Il a ajouté",
//!   "he added", "он добавил") or a pronoun source ("selon lui", "according
//!   to him", "по его словам"), or opens with a demonstrative or locative
//!   ("Dans ce centre", "Ces chars", "There", "These", "Там", "При этом");
//! - it is not in the author's voice: no first person ("je", "nous", "I",
//!   "we", "я", "мы" and possessives), no opinion cue ("à mon avis", "il
//!   faut", "in my view", "should", "на мой взгляд");
//! - it does not open with a connective that changes the subject ("Par
//!   ailleurs", "De son côté", "Meanwhile", "Между тем") and is not a
//!   question.
//!
//! The first sentence that does not continue ends the account: later
//! sentences of the paragraph get no source until one states its own. This
//! favours precision: an unmarked sentence is read as the author's, so a
//! fact-checker sees "none" rather than a source that may not have said it.

use std::ops::Range;
use std::sync::LazyLock;

use trame_doc::SourceKind;

use crate::hedges::hedges_in;
use crate::lex::{is_cyrillic, Analysed, FastSet, Kind, PhraseSet};

/// The words that designate who a sentence rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundSource {
    /// Byte range in the sentence.
    pub range: Range<usize>,
    pub kind: SourceKind,
}

/// The source governing a sentence, and the sentence (index in the
/// paragraph) where its words are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub source: FoundSource,
    pub sentence: usize,
}

/// Finds the source `sentence` states for itself.
pub fn find_source(sentence: &str, _lang: Option<&str>) -> Option<FoundSource> {
    source_in(&Analysed::new(sentence))
}

/// What kind of source a speaker's noun phrase is, on the rules that
/// classify a claim's source: "une source citée par Le Figaro" and "un
/// porte-parole du Kremlin" are anonymous though they hold a name.
/// Only a phrase made of its description counts: the words a quote finder
/// takes for a speaker may run over a clause ("there are a lot fewer
/// people", "millions of people took"), so the head noun must come among
/// the first words and end the phrase or take a complement.
pub fn phrase_kind(phrase: &str) -> Option<SourceKind> {
    kind_of_phrase(&Analysed::new(phrase))
}

/// [`phrase_kind`] of an analysed phrase.
fn kind_of_phrase(a: &Analysed) -> Option<SourceKind> {
    let kind = classify(a, 0..a.toks.len())?.kind;
    if kind != SourceKind::Anonymous {
        return Some(kind);
    }
    let is_head = |w: &str| {
        ANONYMOUS_HEADS.contains(&w) || ROLE_HEADS.contains(&w) || PLURAL_ROLE_HEADS.contains(&w)
    };
    let described = (0..a.toks.len())
        .filter(|&k| a.word(k).is_some())
        .take(MAX_DESCRIPTION_OPENING + 1)
        .find(|&k| a.word(k).is_some_and(is_head))
        .is_some_and(|head| match a.word(head + 1) {
            None => true,
            // "источник ТАСС": a Russian genitive complement.
            Some(next) => {
                HEAD_COMPLEMENTS.contains(&next)
                    || a.word(head).is_some_and(|w| w.chars().any(is_cyrillic))
                        && is_name(a, head + 1)
            }
        });
    described.then_some(kind)
}

/// Words of a speaker's description that may stand as a claim's source.
const MAX_DESCRIPTION_WORDS: usize = 8;

/// What kind of source the words a quote finder took for a speaker are,
/// when they describe one on their own: "the ministry", "оборонное
/// ведомство", "в пресс-службе ведомства" (named, with no name), "the report" (a document) or an anonymous source
/// as [`phrase_kind`] reads it. Those words also come out of clauses the
/// finder misread ("Video was also captured", "The department is now"):
/// a named description must end on its institution or that institution's
/// complement and hold no name, a document must open with its article or
/// its noun.
pub fn speaker_description_kind(phrase: &str) -> Option<SourceKind> {
    let a = Analysed::new(phrase);
    let kind = kind_of_phrase(&a)?;
    if kind == SourceKind::Anonymous {
        return Some(kind);
    }
    let words: Vec<usize> = (0..a.toks.len()).filter(|&k| a.word(k).is_some()).collect();
    if words.is_empty() || words.len() > MAX_DESCRIPTION_WORDS {
        return None;
    }
    let first = a.word(words[0]).unwrap_or_default();
    match kind {
        SourceKind::Document => {
            let opens = DEFINITE.contains(&first)
                || INDEFINITE.contains(&first)
                || DOCUMENT_STEMS.iter().any(|d| first.starts_with(d));
            opens.then_some(kind)
        }
        SourceKind::Named => {
            let is_title = |k: usize| a.word(k).is_some_and(|w| TITLES.contains(&w));
            let last = words[words.len() - 1];
            // "The" opens the phrase capitalised; any other capital is a name.
            let unnamed = words.iter().all(|&k| k == words[0] || !is_name(&a, k));
            let ends_on_institution = is_title(last)
                || words.windows(3).any(|w| {
                    is_title(w[0])
                        && a.word(w[1]).is_some_and(|c| HEAD_COMPLEMENTS.contains(&c))
                        && w[2] == last
                });
            (unnamed && ends_on_institution).then_some(kind)
        }
        SourceKind::Anonymous | SourceKind::None => None,
    }
}

/// Words before the head noun of a source's description: a determiner and
/// modifiers ("two House sources", "an unnamed U.S. Intelligence official").
const MAX_DESCRIPTION_OPENING: usize = 4;

/// Words that open the complement of a source's head noun ("a spokesman for
/// the mosque", "une source citée par Le Figaro", "sources close to").
const HEAD_COMPLEMENTS: &[&str] = &[
    "of",
    "at",
    "for",
    "with",
    "from",
    "in",
    "close",
    "familiar",
    "who",
    "that",
    "de",
    "du",
    "des",
    "d",
    "proche",
    "proches",
    "qui",
    "cité",
    "citée",
    "cités",
    "citées",
    "par",
    "by",
    "présent",
    "présente",
    "interrogé",
    "interrogée",
    "из",
    "в",
    "у",
];

/// Attributes a source to each sentence of one paragraph, carrying sources
/// forward as the module documentation describes.
pub fn attribute_sources(paragraph: &[&str], _lang: Option<&str>) -> Vec<Option<Attribution>> {
    let analysed: Vec<Analysed> = paragraph.iter().map(|s| Analysed::new(s)).collect();
    let own: Vec<Option<FoundSource>> = analysed.iter().map(source_in).collect();
    carry_over(&analysed, own)
}

/// The carry-over rule over sentences whose own sources are known.
pub(crate) fn carry_over(
    analysed: &[Analysed],
    own: Vec<Option<FoundSource>>,
) -> Vec<Option<Attribution>> {
    let mut current: Option<Attribution> = None;
    analysed
        .iter()
        .zip(own)
        .enumerate()
        .map(|(i, (a, own))| {
            if let Some(source) = own {
                current = Some(Attribution {
                    source,
                    sentence: i,
                });
            } else if !continues_account(a) {
                current = None;
            }
            current.clone()
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    Introducer,
    AnonymityMarker,
    Anonymous,
    DocumentPlace,
    AuthorVoice,
    TopicShift,
    /// "selon lui", "according to him": the account of a source named before.
    PronounSource,
}

static CUES: LazyLock<PhraseSet<Cue>> = LazyLock::new(|| {
    use Cue::*;
    PhraseSet::new(&[
        ("selon", Introducer),
        ("d'après", Introducer),
        ("aux dires de", Introducer),
        ("aux dires des", Introducer),
        ("de l'avis de", Introducer),
        ("de l'avis des", Introducer),
        ("according to", Introducer),
        ("citing", Introducer),
        ("по словам", Introducer),
        ("по данным", Introducer),
        ("по информации", Introducer),
        ("по сведениям", Introducer),
        ("по мнению", Introducer),
        ("согласно", Introducer),
        ("sous couvert d'anonymat", AnonymityMarker),
        ("sous couvert de l'anonymat", AnonymityMarker),
        ("sous le couvert de l'anonymat", AnonymityMarker),
        ("ayant requis l'anonymat", AnonymityMarker),
        ("qui a requis l'anonymat", AnonymityMarker),
        ("on condition of anonymity", AnonymityMarker),
        ("on the condition of anonymity", AnonymityMarker),
        ("who asked not to be named", AnonymityMarker),
        ("who declined to be named", AnonymityMarker),
        ("на условиях анонимности", AnonymityMarker),
        ("пожелавший остаться неизвестным", AnonymityMarker),
        ("пожелавшего остаться неизвестным", AnonymityMarker),
        ("пожелавшей остаться неизвестной", AnonymityMarker),
        ("пожелавшие остаться неизвестными", AnonymityMarker),
        ("пожелавших остаться неизвестными", AnonymityMarker),
        ("попросивший не называть", AnonymityMarker),
        ("попросившего не называть", AnonymityMarker),
        ("on condition they not be named", AnonymityMarker),
        ("on condition that they not be named", AnonymityMarker),
        ("sous le sceau de l'anonymat", AnonymityMarker),
        ("souhaité garder l'anonymat", AnonymityMarker),
        ("de source sûre", Anonymous),
        ("de sources concordantes", Anonymous),
        ("de source proche", Anonymous),
        ("une source proche", Anonymous),
        ("des sources proches", Anonymous),
        ("sources proches", Anonymous),
        ("sources close to", Anonymous),
        ("a source close to", Anonymous),
        ("people familiar with", Anonymous),
        ("sources familiar with", Anonymous),
        ("источник в", Anonymous),
        ("источники в", Anonymous),
        ("источник, знакомый", Anonymous),
        ("по нашим данным", Anonymous),
        ("по нашей информации", Anonymous),
        ("dans un rapport", DocumentPlace),
        ("dans une étude", DocumentPlace),
        ("dans un document", DocumentPlace),
        ("in a report", DocumentPlace),
        ("in a study", DocumentPlace),
        ("in its report", DocumentPlace),
        ("в докладе", DocumentPlace),
        ("в отчете", DocumentPlace),
        ("в исследовании", DocumentPlace),
        ("в документе", DocumentPlace),
        ("à mon avis", AuthorVoice),
        ("selon moi", AuthorVoice),
        ("il faut", AuthorVoice),
        ("in my view", AuthorVoice),
        ("in my opinion", AuthorVoice),
        ("should", AuthorVoice),
        ("на мой взгляд", AuthorVoice),
        ("по-моему", AuthorVoice),
        ("следует", AuthorVoice),
        ("selon lui", PronounSource),
        ("selon elle", PronounSource),
        ("selon eux", PronounSource),
        ("selon elles", PronounSource),
        ("d'après lui", PronounSource),
        ("d'après elle", PronounSource),
        ("according to him", PronounSource),
        ("according to her", PronounSource),
        ("according to them", PronounSource),
        ("по его словам", PronounSource),
        ("по ее словам", PronounSource),
        ("по их словам", PronounSource),
        ("по его данным", PronounSource),
        ("par ailleurs", TopicShift),
        ("d'autre part", TopicShift),
        ("de son côté", TopicShift),
        ("de leur côté", TopicShift),
        ("pour sa part", TopicShift),
        ("dans le même temps", TopicShift),
        ("meanwhile", TopicShift),
        ("separately", TopicShift),
        ("elsewhere", TopicShift),
        ("for its part", TopicShift),
        ("for his part", TopicShift),
        ("for her part", TopicShift),
        ("между тем", TopicShift),
        ("тем временем", TopicShift),
        ("в свою очередь", TopicShift),
    ])
});

/// Verbs by which a subject states or finds something.
pub(crate) static SPEECH_VERBS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    [
        "déclaré",
        "affirmé",
        "indiqué",
        "annoncé",
        "dit",
        "précisé",
        "expliqué",
        "assuré",
        "estimé",
        "confirmé",
        "ajouté",
        "souligné",
        "rapporté",
        "révélé",
        "raconté",
        "reconnu",
        "démenti",
        "averti",
        "martelé",
        "écrit",
        "signalé",
        "déclare",
        "affirme",
        "indique",
        "annonce",
        "précise",
        "explique",
        "assure",
        "estime",
        "confirme",
        "ajoute",
        "souligne",
        "rapporte",
        "révèle",
        "raconte",
        "reconnaît",
        "dément",
        "avertit",
        "écrit",
        "signale",
        "affirment",
        "déclarent",
        "indiquent",
        "assurent",
        "rapportent",
        "estiment",
        "estimaient",
        "confirment",
        "expliquent",
        "prévoient",
        "prévoyaient",
        "prédisent",
        "prédisaient",
        "notent",
        "relèvent",
        "soulignent",
        "suggère",
        "suggèrent",
        "dénoncent",
        "dénoncé",
        "critiqué",
        "critiquent",
        "comparé",
        "comparent",
        "reprochent",
        "qualifié",
        "qualifient",
        "accusé",
        "accusent",
        "relaient",
        "relayé",
        "demandent",
        "réclament",
        "craignent",
        "jugent",
        "considèrent",
        "attribuent",
        "montre",
        "montrent",
        "conclut",
        "said",
        "says",
        "say",
        "told",
        "stated",
        "announced",
        "claimed",
        "claims",
        "reported",
        "reports",
        "confirmed",
        "added",
        "estimated",
        "estimates",
        "wrote",
        "writes",
        "noted",
        "explained",
        "warned",
        "insisted",
        "argued",
        "denied",
        "acknowledged",
        "revealed",
        "found",
        "finds",
        "shows",
        "showed",
        "concluded",
        "заявил",
        "заявила",
        "заявили",
        "заявляет",
        "заявляют",
        "сообщил",
        "сообщила",
        "сообщили",
        "сообщает",
        "сообщают",
        "сказал",
        "сказала",
        "сказали",
        "отметил",
        "отметила",
        "отметили",
        "подчеркнул",
        "подчеркнула",
        "рассказал",
        "рассказала",
        "утверждает",
        "утверждают",
        "пояснил",
        "пояснила",
        "добавил",
        "добавила",
        "признал",
        "написал",
        "написала",
        "уточнил",
        "говорится",
        "показало",
        "показывает",
    ]
    .into_iter()
    .collect()
});

/// Auxiliaries and adverbs between a subject and its speech verb.
/// Auxiliaries of compound tenses, between a subject and its participle.
const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "has", "have", "had",
];

/// Words that may sit between a speech verb and its subject besides an
/// auxiliary: adverbs and the clitics of an inversion ("a-t-il").
const VERB_COMPANIONS: &[&str] = &[
    "also",
    "again",
    "également",
    "aussi",
    "encore",
    "déjà",
    "t",
    "il",
    "elle",
    "-",
];

/// Nouns of documents.
const DOCUMENT_STEMS: &[&str] = &[
    "rapport",
    "étude",
    "document",
    "enquête",
    "sondage",
    "note",
    "analyse",
    "données",
    "statistique",
    "recensement",
    "communiqué",
    "biographie",
    "ouvrage",
    "report",
    "study",
    "studies",
    "survey",
    "memo",
    "poll",
    "census",
    "analysis",
    "data",
    "paper",
    "biography",
    "biographies",
    // "The letter said that", "The lawsuit says", "The article goes on to
    // say", "l'article 173 de la Constitution précise". ("video" and
    // "evidence" are more often objects: "no evidence", "on video".)
    "letter",
    "lettre",
    "lawsuit",
    "plainte",
    "article",
    "доклад",
    "отчет",
    "исследовани",
    "опрос",
    "документ",
    // "говорится в статье", "в заявлении", "в сообщении ведомства".
    "стать",
    "заявлени",
    "сообщени",
    "письм",
    "отчёт",
];

/// Relative pronouns after "selon", "d'après", "according to".
const RELATIVES: &[&str] = &[
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "which",
    "whom",
];

/// Nouns of unnamed sources, anonymous whatever their article.
const ANONYMOUS_HEADS: &[&str] = &[
    "source",
    "sources",
    "informations",
    "officials",
    "autorités",
    "authorities",
    "people",
    "insiders",
    "responsables",
    // Unnamed experts and media, as sources of fact: "certains analystes
    // prévoyaient", "selon les médias", "tous les interlocuteurs".
    "experts",
    "analystes",
    "observateurs",
    "spécialistes",
    "médias",
    // "Certains suggèrent": unnamed people, not a name by its capital.
    "certains",
    "certaines",
    "journaux",
    "internautes",
    "militants",
    "économistes",
    "démographes",
    "chercheurs",
    "scientifiques",
    "journalistes",
    "collaborateurs",
    "stratèges",
    "interlocuteurs",
    "témoins",
    "analysts",
    "observers",
    "specialists",
    "media",
    "newspapers",
    "economists",
    "researchers",
    "scientists",
    "witnesses",
    // Unnamed people of a trial or an inquiry: "Federal prosecutors say",
    // "Defense lawyers have said", "les enquêteurs estiment".
    "prosecutors",
    "investigators",
    "lawyers",
    "attorneys",
    "diplomats",
    "aides",
    "staffers",
    "procureurs",
    "enquêteurs",
    "avocats",
    "diplomates",
    // "l'un des auteurs du rapport": the people who wrote a document are
    // no document.
    "auteurs",
    "coauteurs",
    "authors",
    "co-authors",
    "прокуроры",
    "следователи",
    "адвокаты",
    "дипломаты",
    // What unnamed people assert: "les affirmations occidentales selon
    // lesquelles …", "la propagande officielle".
    "affirmations",
    "allégations",
    "rumeurs",
    "propagande",
    "эксперты",
    "аналитики",
    "наблюдатели",
    "сми",
    "очевидцы",
    "источник",
    "источника",
    "источники",
    "источников",
    "собеседник",
    "собеседника",
    "чиновники",
    "власти",
    "ученые",
    "учёные",
    "специалисты",
    "исследователи",
    "политологи",
    "экономисты",
    "юристы",
    "журналисты",
];

/// Nouns of unnamed groups or media, anonymous when no name comes before
/// them in the phrase, even with a name after ("membres du Parti
/// communiste").
const PLURAL_ROLE_HEADS: &[&str] = &["membres", "presse"];

/// Nouns of people who are anonymous when nobody is named after them
/// ("un haut responsable", "a senior official").
const ROLE_HEADS: &[&str] = &[
    "responsable",
    "diplomate",
    "fonctionnaire",
    "conseiller",
    "proche",
    "officier",
    "militaire",
    "membre",
    "témoin",
    "journaliste",
    "porte-parole",
    "official",
    "diplomat",
    "adviser",
    "advisor",
    "officer",
    "aide",
    "insider",
    "witness",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "judge",
    "prosecutor",
    "investigator",
    "lawyer",
    "juge",
    "procureur",
    "enquêteur",
    "avocat",
    "судья",
    "прокурор",
    "следователь",
    "чиновник",
    "дипломат",
    "офицер",
    "представитель",
];

/// Words of titles and institutions that may open a named source.
const TITLES: &[&str] = &[
    "ministre",
    "président",
    "présidente",
    "porte-parole",
    "chef",
    "secrétaire",
    "général",
    "directeur",
    "directrice",
    "ambassadeur",
    "commandant",
    "chancelier",
    "ministère",
    "gouvernement",
    "armée",
    "état-major",
    "premier",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "general",
    "chief",
    "director",
    "ambassador",
    "commander",
    "chancellor",
    "ministry",
    "government",
    "army",
    "prime",
    "министр",
    "президент",
    "глава",
    "пресс-секретарь",
    "министерство",
    "правительство",
    "командующий",
    "генерал",
    "посол",
    "минобороны",
    "мид",
    "police",
    "gendarmerie",
    "полиция",
    // Russian services that speak for an institution: "сообщили в
    // пресс-службе ведомства", "сообщает оборонное ведомство". (The English
    // and French "the agency", "l'ambassade" stay unnamed sources, which
    // the pipeline resolves to the organisation named before.)
    "ведомство",
    "ведомства",
    "ведомстве",
    "пресс-служба",
    "пресс-службы",
    "пресс-службе",
    "министерства",
    "министерстве",
    "представительство",
    "представительства",
    "представительстве",
    "посольство",
    "посольства",
    "посольстве",
    "штаб",
    "штаба",
    "штабе",
    "начальник",
    "руководитель",
    "директор",
    "губернатор",
    "мэр",
    "депутат",
    "сенатор",
    "советник",
    "спикер",
    "премьер-министр",
];

const INDEFINITE: &[&str] = &[
    "un",
    "une",
    "des",
    "a",
    "an",
    "some",
    "several",
    "plusieurs",
    "certains",
    "certaines",
    "deux",
    "trois",
    "two",
    "three",
    "nos",
    "our",
    "один",
    "одна",
];
const DEFINITE: &[&str] = &["le", "la", "l", "les", "the", "du"];

/// Words that end a source's noun phrase.
const PHRASE_ENDS: &[&str] = &[
    "que",
    "qu",
    "qui",
    "dont",
    "où",
    "a",
    "ont",
    "est",
    "sont",
    "était",
    "avait",
    "aurait",
    "auraient",
    "serait",
    "seraient",
    "et",
    "that",
    "who",
    "which",
    "whose",
    "where",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "and",
    "что",
    "который",
    "которая",
    "которые",
    "как",
    "и",
    "будто",
];

/// Subject pronouns: a speech verb after them has no source in the sentence.
const PRONOUNS: &[&str] = &[
    "il", "elle", "ils", "elles", "on", "nous", "je", "j", "he", "she", "they", "we", "i", "it",
    "он", "она", "они", "мы", "я", "вы", "you",
];

/// Capitalised words that are not names, besides pronouns.
const NOT_NAMES: &[&str] = &[
    "this",
    "these",
    "ce",
    "cela",
    "это",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "hier",
    "yesterday",
    "mais",
    "but",
    "selon",
    "according",
    "le",
    "la",
    "les",
    "the",
    "l",
    "un",
    "une",
    "a",
    "an",
    "des",
    "quelques",
    "plusieurs",
    "certains",
    "certaines",
    "some",
    "several",
    // Function words that open a sentence with a capital ("As the Book of
    // Proverbs says", "Autrement dit", "Dans son rapport").
    "as",
    "if",
    "when",
    "while",
    "what",
    "whatever",
    "although",
    "though",
    "despite",
    "because",
    "since",
    "after",
    "before",
    "in",
    "of",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "no",
    "one",
    "another",
    "only",
    "needless",
    "his",
    "her",
    "its",
    "their",
    "my",
    "our",
    "your",
    "there",
    "here",
    "now",
    "then",
    "also",
    "even",
    "such",
    "all",
    "both",
    "each",
    "every",
    "many",
    "most",
    "other",
    "autrement",
    "comme",
    "dans",
    "si",
    "tout",
    "toute",
    "tous",
    "toutes",
    "face",
    "aujourd",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "en",
    "pour",
    "par",
    "sur",
    "avec",
    "après",
    "avant",
    "depuis",
    "pendant",
    "quand",
    "lorsque",
    "alors",
    "ainsi",
    "aussi",
    "donc",
    "puis",
    "ensuite",
    "enfin",
    "déjà",
    "encore",
    "même",
    "cependant",
    "pourtant",
    "toutefois",
    "néanmoins",
    "в",
    "на",
    "по",
    "как",
    "если",
    "когда",
    "также",
    "но",
    "и",
    "а",
    // Russian words opening a sentence with a capital ("Об этом сообщает
    // газета …", "Теперь говорится", "Для этого она написала").
    "о",
    "об",
    "обо",
    "для",
    "при",
    "после",
    "до",
    "из",
    "от",
    "с",
    "со",
    "за",
    "к",
    "у",
    "теперь",
    "сейчас",
    "тогда",
    "затем",
    "потом",
    "уже",
    "ещё",
    "еще",
    "вот",
    "да",
    "нет",
    "однако",
    "поэтому",
    "впрочем",
    "кроме",
    "этом",
    "этого",
    "этот",
    "эта",
    "эти",
    "там",
    "здесь",
];

const FIRST_PERSON: &[&str] = &[
    "je", "j", "nous", "notre", "nos", "moi", "i", "we", "our", "my", "me", "я", "мы", "наш",
    "наша", "наше", "наши", "мой", "моя", "мне", "нам",
];

const MAX_PHRASE_TOKENS: usize = 14;

fn is_phrase_end(a: &Analysed, k: usize) -> bool {
    match a.toks.get(k).map(|t| t.kind) {
        None => true,
        Some(Kind::Sym(c)) => !matches!(c, '\'' | '-'),
        Some(Kind::Num) => false,
        Some(Kind::Word) => a
            .word(k)
            .is_some_and(|w| PHRASE_ENDS.contains(&w) || SPEECH_VERBS.contains(w)),
    }
}

/// The tokens of the noun phrase starting at `start`: `start..end`.
fn phrase_from(a: &Analysed, start: usize) -> Range<usize> {
    // An opening "a" is the English article, not the French auxiliary.
    let mut end = if a.word(start) == Some("a") {
        start + 1
    } else {
        start
    };
    while end < a.toks.len() && end - start < MAX_PHRASE_TOKENS && !is_phrase_end(a, end) {
        end += 1;
    }
    start..end
}

fn is_name(a: &Analysed, k: usize) -> bool {
    // "500K", "10M": a capital glued to a number is its multiplier.
    let multiplier = k > 0 && a.is_num(k - 1) && a.glued(k - 1);
    a.is_capitalised(k)
        && !multiplier
        && a.word(k)
            .is_some_and(|w| !NOT_NAMES.contains(&w) && !PRONOUNS.contains(&w))
}

/// Classifies the noun phrase `toks` (token indices) as a source.
fn classify(a: &Analysed, toks: Range<usize>) -> Option<FoundSource> {
    if toks.is_empty() {
        return None;
    }
    let whole = a.span(toks.start, toks.end - 1);
    let first_word = a.word(toks.start);
    // A document noun after a name is part of it or its complement ("le
    // Comité d'enquête russe", "la Commission d'enquête"): no document.
    // The first name of the phrase, if one came yet.
    let mut first_name = None;
    for k in toks.clone() {
        let Some(w) = a.word(k) else { continue };
        // "В своей статье Олаф Шольц пишет": a document the speaker
        // calls their own is theirs to answer for.
        let own = k > toks.start
            && a.word(k - 1)
                .is_some_and(|p| matches!(p, "своей" | "своем" | "своём" | "своих"));
        if first_name.is_none() && !own && DOCUMENT_STEMS.iter().any(|d| w.starts_with(d)) {
            return Some(FoundSource {
                range: whole,
                kind: SourceKind::Document,
            });
        }
        // "la presse britannique", "quelques membres du Parti": unnamed
        // unless a name comes first ("The Associated Press", "les États
        // membres").
        let after_determiner = k > toks.start
            && a.word(k - 1).is_some_and(|d| {
                matches!(
                    d,
                    "la" | "les" | "quelques" | "plusieurs" | "certains" | "ses" | "leurs"
                )
            });
        if first_name.is_none()
            && PLURAL_ROLE_HEADS.contains(&w)
            && after_determiner
            && k <= toks.start + 2
        {
            return Some(FoundSource {
                range: whole,
                kind: SourceKind::Anonymous,
            });
        }
        // "Kavanaugh friend Mark Judge": a capitalised noun after a name
        // ends the name.
        let in_a_name = a.is_capitalised(k) && k > toks.start && is_name(a, k - 1);
        let role = ROLE_HEADS.contains(&w) && !in_a_name;
        let head = role || (ANONYMOUS_HEADS.contains(&w) && !in_a_name);
        // "Josep Borrell au journaliste de TF1", "Greg Burke, the pope's
        // press officer": a role or source noun set off from a name before
        // it is the name's complement or apposition, not an unnamed
        // source; right after it, the name qualifies it ("Ukrainian
        // officials", "ICE officials", "an unnamed U.S. Intelligence
        // official").
        let set_off = |name: usize| {
            (name + 1..k).any(|n| {
                a.sym(n) == Some(',')
                    || a.word(n).is_some_and(|w| {
                        matches!(
                            w,
                            "au" | "aux"
                                | "à"
                                | "par"
                                | "pour"
                                | "avec"
                                | "chez"
                                | "to"
                                | "for"
                                | "with"
                                | "by"
                                | "the"
                                | "le"
                                | "la"
                                | "les"
                                | "a"
                                | "an"
                                | "un"
                                | "une"
                        )
                    })
            })
        };
        if head && first_name.is_some_and(set_off) {
            break;
        }
        if is_name(a, k) {
            first_name = first_name.or(Some(k));
        }
        if head {
            // A name right after a role ("le responsable ukrainien Kyrylo
            // Boudanov") makes the phrase named; one after a preposition
            // ("source proche du Kremlin", "une source citée par Le
            // Figaro") does not.
            let named_after = (k + 1..toks.end)
                .take_while(|&n| {
                    a.word(n).is_some_and(|w| {
                        !matches!(
                            w,
                            "de" | "du"
                                | "des"
                                | "d"
                                | "of"
                                | "close"
                                | "to"
                                | "at"
                                | "in"
                                | "from"
                                | "par"
                                | "by"
                                | "в"
                                | "из"
                        )
                    })
                })
                .any(|n| is_name(a, n));
            // "une porte-parole du ministère, Hua Chunying": a name in
            // apposition names the role.
            let apposed = (k + 1..toks.end).any(|n| a.sym(n) == Some(',') && is_name(a, n + 1));
            let definite = first_word.is_some_and(|w| DEFINITE.contains(&w));
            let indefinite = first_word.is_some_and(|w| INDEFINITE.contains(&w));
            // "les informations du New York Times", "les experts de
            // l'OMS": with a definite article, the named owner's.
            let owned = definite
                && matches!(a.word(k + 1), Some("de" | "du" | "des" | "d" | "l"))
                && (k + 2..toks.end.min(k + 4)).any(|n| is_name(a, n));
            // "источник ТАСС", "собеседник РИА Новости": a Russian unnamed
            // source takes the outlet it spoke to in the genitive, with no
            // preposition before it.
            let russian_genitive = !role && w.chars().any(is_cyrillic);
            let named_after = named_after && !russian_genitive;
            if !named_after && !apposed && !owned && (!role || indefinite || !definite) {
                return Some(FoundSource {
                    range: whole,
                    kind: SourceKind::Anonymous,
                });
            }
            break;
        }
    }
    named_in(a, toks)
}

/// The title and name of a named source in `toks`.
fn named_in(a: &Analysed, toks: Range<usize>) -> Option<FoundSource> {
    let is_title = |k: usize| a.word(k).is_some_and(|w| TITLES.contains(&w));
    let first = toks.clone().find(|&k| is_title(k) || is_name(a, k))?;
    let last = toks
        .clone()
        .rev()
        .find(|&k| is_name(a, k))
        .filter(|&l| l >= first);
    let last = match last {
        Some(last) => last,
        // A lone title: named with a definite article or none ("le
        // ministre", "police said"), not with an indefinite one.
        None => {
            let indefinite = a.word(toks.start).is_some_and(|w| INDEFINITE.contains(&w));
            if indefinite {
                return None;
            }
            toks.clone().rev().find(|&k| is_title(k))?
        }
    };
    Some(FoundSource {
        range: a.span(first, last),
        kind: SourceKind::Named,
    })
}

pub(crate) fn source_in(a: &Analysed) -> Option<FoundSource> {
    let mut marker = None;
    let mut anonymous = None;
    let mut place = None;
    let mut i = 0;
    while i < a.toks.len() {
        let Some((end, cue)) = CUES.longest_at(a, i) else {
            i += 1;
            continue;
        };
        match cue {
            // "les affirmations occidentales selon lesquelles la Russie a
            // subi …": a relative makes the noun phrase before the
            // introducer the source of what follows, whatever it names.
            Cue::Introducer if a.word(end).is_some_and(|w| RELATIVES.contains(&w)) => {
                // From its determiner: "Malgré les affirmations …".
                let phrase = phrase_before(a, i);
                let first = phrase
                    .clone()
                    .rev()
                    .find(|&k| {
                        a.word(k)
                            .is_some_and(|w| DEFINITE.contains(&w) || INDEFINITE.contains(&w))
                    })
                    .unwrap_or(phrase.start);
                if let Some(found) = classify(a, first..phrase.end) {
                    return Some(found);
                }
                i = end + 1;
                continue;
            }
            Cue::Introducer => {
                let phrase = phrase_from(a, end);
                if let Some(found) = classify(a, phrase.clone()) {
                    return Some(relayed_anonymous(a, phrase.end).unwrap_or(found));
                }
            }
            Cue::AnonymityMarker => marker = marker.or(Some((i, end))),
            Cue::Anonymous => anonymous = anonymous.or(Some((i, end))),
            Cue::DocumentPlace => place = place.or(Some(i + 1)),
            Cue::AuthorVoice | Cue::TopicShift | Cue::PronounSource => {}
        }
        i = end;
    }
    if let Some((start, end)) = marker {
        // The speaker's description opens with the last indefinite article
        // before the marker ("un haut responsable sécuritaire sous couvert…").
        let first = (start.saturating_sub(MAX_PHRASE_TOKENS)..start)
            .rev()
            .find(|&k| {
                a.word(k)
                    .is_some_and(|w| matches!(w, "un" | "une" | "a" | "an"))
            })
            .unwrap_or(start);
        return Some(FoundSource {
            range: a.span(first, end - 1),
            kind: SourceKind::Anonymous,
        });
    }
    if let Some((start, end)) = anonymous {
        let phrase = phrase_from(a, end);
        return Some(FoundSource {
            range: a.span(start, phrase.end.max(end) - 1),
            kind: SourceKind::Anonymous,
        });
    }
    if let Some(found) = speaker_of_speech_verb(a) {
        return Some(found);
    }
    let start = place?;
    classify(a, phrase_from(a, start)).filter(|f| f.kind == SourceKind::Document)
}

/// Verbs by which an outlet relays what its own source told it.
const RELAY_VERBS: &[&str] = &[
    "cite", "citait", "citant", "citent", "citaient", "citing", "quoting", "cited", "quoted",
];

/// An anonymous source an outlet relays right after its name ("d'après
/// Bloomberg, qui citait un haut responsable", "according to Reuters,
/// citing officials"): the claim rests on the unnamed official, whom the
/// outlet only passes on.
fn relayed_anonymous(a: &Analysed, after: usize) -> Option<FoundSource> {
    let mut k = after;
    if a.sym(k) == Some(',') {
        k += 1;
    }
    if matches!(a.word(k), Some("qui" | "who")) {
        k += 1;
    }
    if !a.word(k).is_some_and(|w| RELAY_VERBS.contains(&w)) {
        return None;
    }
    classify(a, phrase_from(a, k + 1)).filter(|found| found.kind == SourceKind::Anonymous)
}

/// An English speech verb that is a plural noun here ("the claims are
/// old", "reports of shelling"), as the quotes layer reads its cues.
fn reads_as_plural_noun(a: &Analysed, k: usize) -> bool {
    if !a
        .word(k)
        .is_some_and(|w| matches!(w, "claims" | "reports" | "estimates" | "shows"))
    {
        return false;
    }
    let previous = k.checked_sub(1).and_then(|j| a.word(j)).unwrap_or("");
    // "China’s claims": the apostrophe splits off an "s".
    trame_text::words::english_cue_is_plural_noun(
        previous,
        previous == "s",
        a.word(k + 1).unwrap_or(""),
    )
}

/// The subject of the first speech verb, or the speaker after it when the
/// sentence inverts them ("», a déclaré Dmitri Peskov").
fn speaker_of_speech_verb(a: &Analysed) -> Option<FoundSource> {
    let verb = (0..a.toks.len()).find(|&k| {
        a.word(k).is_some_and(|w| SPEECH_VERBS.contains(w)) && !reads_as_plural_noun(a, k)
    })?;
    if let Some(found) = source_after_about_this(a, verb) {
        return found;
    }
    let mut subject_end = verb;
    // "Donald Trump a de nouveau accusé", "X a récemment déclaré": an
    // adverb between the auxiliary and the participle is no subject. One
    // in "-ment" only right after an auxiliary: elsewhere it is as often a
    // noun ("le gouvernement a", "the document shows").
    let word_at = |k: usize| k.checked_sub(1).and_then(|k| a.word(k));
    let companion = |w: &str| AUXILIARIES.contains(&w) || VERB_COMPANIONS.contains(&w);
    loop {
        let word = word_at(subject_end);
        let before = word_at(subject_end.saturating_sub(1)).filter(|_| subject_end > 1);
        if word == Some("nouveau") && before.is_some_and(|w| matches!(w, "de" | "à")) {
            subject_end -= 2;
        } else if word.is_some_and(companion)
            || word.is_some_and(|w| w.len() > 6 && w.ends_with("ment"))
                && before.is_some_and(|w| AUXILIARIES.contains(&w))
            || subject_end > 0 && a.sym(subject_end - 1) == Some('-')
        {
            subject_end -= 1;
        } else {
            break;
        }
    }
    let mut subject = phrase_before(a, subject_end);
    // "Dmitri Peskov, porte-parole du Kremlin, a déclaré": the speaker is
    // the name before an appositive holding a title.
    if subject.is_empty() && subject_end > 0 && a.sym(subject_end - 1) == Some(',') {
        // "… lors des opérations menées en Cisjordanie, a indiqué l’armée":
        // a noun phrase right after the verb is its inverted subject.
        // "…, précise Ermes Sagula": so is a name, unless the verb tells
        // it something ("…, told AJC"); Russian puts the outlet told there
        // ("…, сообщили РИА Новости в пресс-службе").
        let tells = a
            .word(verb)
            .is_some_and(|w| matches!(w, "told" | "tells" | "tell"));
        let latin_name = is_name(a, verb + 1)
            && a.word(verb + 1)
                .is_some_and(|w| !w.chars().any(is_cyrillic));
        let inverted = a
            .word(verb + 1)
            .is_some_and(|w| matches!(w, "l" | "le" | "la" | "les" | "un" | "une"))
            || (latin_name && !tells);
        if let Some(found) = inverted
            .then(|| classify(a, phrase_from(a, verb + 1)))
            .flatten()
        {
            return Some(found);
        }
        // "…, утверждают американские климатологи и юристы.", "…», -
        // заявил Кобахидзе.": with no "что" after it, a Russian verb after a
        // comma has its subject after it and reports the clause before the
        // comma, which is never the source. After an impersonal plural, a
        // name followed by "в" is the outlet told ("…, сообщили РИА
        // Новости в пресс-службе"), not the source: the quote layer names
        // that one.
        let russian_verb = a.word(verb).filter(|w| w.chars().any(is_cyrillic));
        // A pronoun after it ("подчеркнул он") is read as before.
        let russian_inverted = russian_verb.is_some()
            && a.word(verb + 1).is_some_and(|w| !PRONOUNS.contains(&w))
            && !(verb + 1..a.toks.len()).any(|k| a.word(k) == Some("что"));
        if russian_inverted {
            let phrase = phrase_from(a, verb + 1);
            let outlet_told = russian_verb.is_some_and(|w| w.ends_with("ли"))
                && is_name(a, verb + 1)
                && (verb + 2..a.toks.len()).any(|k| matches!(a.word(k), Some("в" | "во")));
            return classify(a, phrase).filter(|_| !outlet_told);
        }
        // "His lawyer, Ronald Daigle, told": a name set off by commas
        // after the opening phrase is its apposition and names the source.
        let apposition = phrase_before(a, subject_end - 1);
        let apposed_name = apposition.start > 0
            && a.sym(apposition.start - 1) == Some(',')
            && is_name(a, apposition.start);
        if let Some(named) = apposed_name
            .then(|| classify(a, apposition))
            .flatten()
            .filter(|f| f.kind == SourceKind::Named)
        {
            return Some(named);
        }
        // "Une source …, que nous avons pu rencontrer à Castrelle, affirme":
        // past a comma, the phrase opening the sentence is the subject when
        // it is an unnamed source; the name before the comma is only a place.
        let opening = classify(a, phrase_from(a, 0)).filter(|f| f.kind != SourceKind::Named);
        if opening.is_some() {
            return opening;
        }
        subject = phrase_before(a, subject_end - 1);
        // "Les chiffres publiés par l'OMS, qui prennent en compte les décès
        // causés par le Covid, relèvent …": the subject is before the
        // relative clause, not at its end.
        let clause_comma = (0..subject_end - 1).rev().find(|&k| a.sym(k) == Some(','));
        if let Some(comma) = clause_comma {
            if a.word(comma + 1)
                .is_some_and(|w| RELATIVE_PRONOUNS.contains(&w))
            {
                subject = phrase_before(a, comma);
            }
        }
    }
    // "Josh Blackman, one of the firm's lawyers, said": a title, or a role
    // set off by commas on both sides, after a name describes it ("…,
    // certains analystes prévoyaient" is a subject of its own).
    let set_off = a.sym(subject.end) == Some(',');
    let describes = |k: usize| {
        a.word(k).is_some_and(|w| {
            TITLES.contains(&w)
                || set_off && (ROLE_HEADS.contains(&w) || ANONYMOUS_HEADS.contains(&w))
        })
    };
    if subject.start > 0 && a.sym(subject.start - 1) == Some(',') && subject.clone().any(describes)
    {
        // "Interrogée, une porte-parole de la Commission a annoncé": a
        // participle opening the sentence is no name.
        let before = phrase_before(a, subject.start - 1);
        // "…, over Siberia on Thursday, the Russian space agency said": a
        // title closing the sentence with its verb is the subject; one
        // describes the phrase before it when set off on both sides or
        // after the name opening the sentence ("Dmitri Peskov, Kremlin
        // spokesman said").
        let name_opens =
            before.start == 0 && before.clone().all(|k| a.word(k).is_none() || is_name(a, k));
        let appositive = set_off || name_opens;
        let participle = before == (0..1)
            && a.word(0)
                .is_some_and(|w| ["é", "ée", "és", "ées"].iter().any(|end| w.ends_with(end)));
        let named = classify(a, before)
            .filter(|f| f.kind == SourceKind::Named && appositive && !participle);
        if named.is_some() {
            return named;
        }
    }
    let found = classify(a, subject.clone()).or_else(|| unnamed_subject(a, subject.clone(), verb));
    if found.is_some() {
        return found;
    }
    let subject_is_pronoun = subject
        .clone()
        .any(|k| a.word(k).is_some_and(|w| PRONOUNS.contains(&w)));
    if subject_is_pronoun {
        return None;
    }
    classify(a, phrase_from(a, verb + 1))
}

/// "Об этом сообщает в пятницу, 24 июня, газета The New York Times", "Об
/// этом 29 апреля сообщает «БЕЛТА»": a Russian sentence opening on "об
/// этом" reports the one before it, and its source follows the verb, the
/// first phrase after it that names one. `None` when the sentence opens
/// otherwise or a pronoun is the subject ("Об этом он рассказал"), read as
/// any other; `Some(None)` when no phrase after the verb is a source.
fn source_after_about_this(a: &Analysed, verb: usize) -> Option<Option<FoundSource>> {
    let about_this = matches!(
        (a.word(0), a.word(1)),
        (Some("об" | "о"), Some("этом" | "том"))
    );
    let pronoun_subject = (2..verb).any(|k| a.word(k).is_some_and(|w| PRONOUNS.contains(&w)));
    if !about_this || pronoun_subject {
        return None;
    }
    let mut start = verb + 1;
    let mut found = None;
    while start < a.toks.len() && found.is_none() {
        while start < a.toks.len() && a.sym(start).is_some() {
            start += 1;
        }
        let phrase = phrase_from(a, start);
        found = classify(a, phrase.clone());
        start = phrase.end.max(start + 1);
    }
    Some(found)
}

/// "les assureurs ont estimé que …", "le mouvement écologiste affirme que
/// …": a noun phrase with its determiner and no name, subject (tokens
/// `subject`) of the speech verb at token `verb` that reports a clause, is
/// an unnamed source. ("a" is the French auxiliary as often as the English
/// article.) A longer phrase before the verb runs over another clause ("The
/// new allegations came yesterday amid reports that …").
fn unnamed_subject(a: &Analysed, subject: Range<usize>, verb: usize) -> Option<FoundSource> {
    let reports_a_clause = (verb + 1..verb + 4).any(|k| {
        a.word(k)
            .is_some_and(|w| matches!(w, "que" | "qu" | "that" | "что"))
    });
    let short = (2..=MAX_UNNAMED_SUBJECT_TOKENS).contains(&subject.len());
    if !reports_a_clause || !short {
        return None;
    }
    let (first, last) = (subject.start, subject.end - 1);
    let determined = a
        .word(first)
        .is_some_and(|w| w != "a" && (DEFINITE.contains(&w) || INDEFINITE.contains(&w)));
    let common_noun = a
        .word(first + 1)
        .is_some_and(|w| !PRONOUNS.contains(&w) && !DEFINITE.contains(&w))
        && !a.is_capitalised(first + 1);
    let modal_last = a.word(last).is_some_and(|w| {
        matches!(
            w,
            "might" | "may" | "could" | "would" | "will" | "should" | "can" | "must"
        )
    });
    let named = (first + 1..=last).any(|k| is_name(a, k));
    (determined && common_noun && !modal_last && !named).then(|| FoundSource {
        range: a.span(first, last),
        kind: SourceKind::Anonymous,
    })
}

/// Tokens of an unnamed subject of a speech verb, at most ("the judge",
/// "two treating physicians", "le mouvement écologiste").
const MAX_UNNAMED_SUBJECT_TOKENS: usize = 5;

/// Words opening a relative clause set off by commas.
const RELATIVE_PRONOUNS: &[&str] = &[
    "qui",
    "que",
    "dont",
    "lequel",
    "laquelle",
    "who",
    "which",
    "whose",
    "который",
    "которая",
    "которое",
    "которые",
];

/// The tokens of the noun phrase ending before token `end`.
fn phrase_before(a: &Analysed, end: usize) -> Range<usize> {
    let mut start = end;
    while start > 0 && end - start < MAX_PHRASE_TOKENS && !is_phrase_end(a, start - 1) {
        start -= 1;
    }
    // The English article "a" opening the sentence or clause is not the
    // French auxiliary that ends phrases ("A 2018 study by … found").
    let opens_clause = |k: usize| k == 0 || a.sym(k - 1).is_some();
    if start > 0 && a.word(start - 1) == Some("a") && opens_clause(start - 1) {
        start -= 1;
    }
    start..end
}

/// Words opening a sentence that points back at the account being told.
const ANAPHORIC_OPENERS: &[&str] = &[
    "ce",
    "cet",
    "cette",
    "ces",
    "là",
    "this",
    "these",
    "that",
    "those",
    "there",
    "это",
    "этот",
    "эта",
    "эти",
    "этом",
    "там",
    "тогда",
];

const OPENING_PREPOSITIONS: &[&str] =
    &["dans", "en", "à", "sur", "in", "at", "on", "в", "на", "при"];

/// Whether unsourced sentence `a` continues the account of a carried
/// source (see the module documentation).
fn continues_account(a: &Analysed) -> bool {
    if a.is_question()
        || matches!(CUES.longest_at(a, 0), Some((_, Cue::TopicShift)))
        || in_author_voice(a)
    {
        return false;
    }
    // "Ces chars", or "Dans ce centre", "In this town", "В этом городе".
    let opener = match a.word(0) {
        Some(w) if ANAPHORIC_OPENERS.contains(&w) => true,
        Some(w) if OPENING_PREPOSITIONS.contains(&w) => {
            a.word(1).is_some_and(|d| ANAPHORIC_OPENERS.contains(&d))
        }
        _ => false,
    };
    // "Il a ajouté", "a-t-il précisé", "he added", "он добавил".
    let is_pronoun = |w: &str| PRONOUNS.contains(&w) || w.ends_with("-il") || w.ends_with("-elle");
    let pronoun_speaker = (0..a.toks.len()).any(|k| {
        a.word(k).is_some_and(|w| SPEECH_VERBS.contains(w))
            && (k.saturating_sub(3)..k).any(|p| a.word(p).is_some_and(is_pronoun))
    });
    let pronoun_source =
        (0..a.toks.len()).any(|k| matches!(CUES.longest_at(a, k), Some((_, Cue::PronounSource))));
    opener || pronoun_speaker || pronoun_source || !hedges_in(a).is_empty()
}

/// Whether the sentence speaks in the first person or gives an opinion.
fn in_author_voice(a: &Analysed) -> bool {
    let mut i = 0;
    while i < a.toks.len() {
        if let Some(w) = a.word(i) {
            // "US" is the country, not the pronoun.
            let pronoun = FIRST_PERSON.contains(&w) && !(w == "us" && a.is_capitalised(i));
            if pronoun {
                return true;
            }
        }
        match CUES.longest_at(a, i) {
            Some((_, Cue::AuthorVoice)) => return true,
            Some((end, _)) => i = end,
            None => i += 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source<'a>(s: &'a str, lang: &str) -> Option<(SourceKind, &'a str)> {
        find_source(s, Some(lang)).map(|f| (f.kind, &s[f.range]))
    }

    use SourceKind::{Anonymous, Document, Named};

    #[test]
    fn the_phrase_before_selon_lequel_is_the_source() {
        assert_eq!(
            source(
                "Malgré les affirmations occidentales selon lesquelles la Russie a subi des pertes catastrophiques, aucune preuve n'existe.",
                "fr"
            ),
            Some((Anonymous, "les affirmations occidentales"))
        );
        assert_eq!(
            source(
                "Il convient de rappeler les déclarations du président polonais Andrzej Duda selon lesquelles la frontière cessera d'exister.",
                "fr"
            )
            .map(|(kind, _)| kind),
            Some(Named)
        );
        // A phrase that names no source leaves the clause unsourced, never
        // to the name inside it.
        assert_eq!(
            source(
                "Il a contesté le principe selon lequel la Russie paierait 3 milliards.",
                "fr"
            ),
            None
        );
    }

    #[test]
    fn a_russian_sentence_on_what_was_just_said_has_its_source_after_the_verb() {
        assert_eq!(
            source(
                "Об этом сообщает в пятницу, 24 июня, газета The New York Times.",
                "ru"
            ),
            Some((Named, "New York Times"))
        );
        // A capitalised preposition or adverb opening a sentence is no name.
        assert_eq!(
            source("Сейчас парадигма совершенно другая, - отметил он.", "ru"),
            None
        );
    }

    #[test]
    fn a_multiplier_glued_to_a_number_is_no_name() {
        // Article 23162.
        let found = source(
            "Le patrimoine de Macron ne serait pas de 500K seulement comme il l’a déclaré.",
            "fr",
        );
        assert!(found.is_none_or(|(_, words)| words != "K"), "{found:?}");
    }

    #[test]
    fn french_anonymous_sources() {
        assert_eq!(
            source(
                "Selon une source très haut placée, 3 000 combattants sont morts.",
                "fr"
            ),
            Some((Anonymous, "une source très haut placée"))
        );
        assert_eq!(
            source(
                "Un haut responsable sécuritaire sous couvert d'anonymat a confirmé l'attaque.",
                "fr"
            ),
            Some((
                Anonymous,
                "Un haut responsable sécuritaire sous couvert d'anonymat"
            ))
        );
        assert_eq!(
            source("Selon nos informations, le convoi a été détruit.", "fr"),
            Some((Anonymous, "nos informations"))
        );
        assert_eq!(
            source(
                "Nous savons de source sûre que le ministre a démissionné.",
                "fr"
            ),
            Some((Anonymous, "de source sûre"))
        );
        assert_eq!(
            source(
                "Un responsable américain a déclaré que l'aide arrivera.",
                "fr"
            ),
            Some((Anonymous, "Un responsable américain"))
        );
        // Members of a named party, the press of a country: unnamed.
        assert_eq!(
            source(
                "Quelques membres du Parti communiste ont déclaré qu'ils aimeraient démissionner.",
                "fr"
            )
            .map(|(kind, _)| kind),
            Some(Anonymous)
        );
        assert_eq!(
            source(
                "La presse britannique souligne que l'accord est fragile.",
                "fr"
            )
            .map(|(kind, _)| kind),
            Some(Anonymous)
        );
        // "les États membres", "un point presse" are no unnamed sources.
        assert_ne!(
            source("Les États membres ont déclaré que l'accord tiendra.", "fr")
                .map(|(kind, _)| kind),
            Some(Anonymous)
        );
        assert_ne!(
            source(
                "Il a déclaré lors d'un point presse que l'accord tiendra.",
                "fr"
            )
            .map(|(kind, _)| kind),
            Some(Anonymous)
        );
    }

    #[test]
    fn an_outlet_relaying_an_unnamed_official_is_an_anonymous_source() {
        assert_eq!(
            source(
                "D'après le média américain Bloomberg qui citait un haut responsable du gouvernement hongrois, Budapest est opposé à la mesure.",
                "fr"
            ),
            Some((Anonymous, "un haut responsable du gouvernement hongrois"))
        );
        assert_eq!(
            source(
                "According to Reuters, citing two officials, 300 troops were moved.",
                "en"
            )
            .map(|(k, _)| k),
            Some(Anonymous)
        );
        // An outlet that names its source stays named.
        assert_eq!(
            source("Selon Bloomberg, le prix a doublé.", "fr"),
            Some((Named, "Bloomberg"))
        );
    }

    #[test]
    fn unnamed_subject_before_a_relative_clause_stays_anonymous() {
        assert_eq!(
            source(
                "Une source de renseignements très haut placée, que nous avons pu rencontrer à Castrelle, affirme que 14 instructeurs étaient présents.",
                "fr"
            )
            .map(|(k, _)| k),
            Some(Anonymous)
        );
    }

    #[test]
    fn a_named_subject_before_a_relative_clause_is_the_source() {
        // Article 23115: not the disease at the end of the clause. The
        // name's capitalised head stands for it; the pipeline links it to
        // the mention it overlaps.
        assert_eq!(
            source(
                "Les chiffres publiés par l'Organisation mondiale de la santé, qui prennent en compte les décès causés par le Covid, relèvent de 60 % les estimations.",
                "fr"
            ),
            Some((Named, "Organisation"))
        );
    }

    #[test]
    fn an_adverb_between_auxiliary_and_participle_is_skipped() {
        // Article 23130: not the object after the verb.
        assert_eq!(
            source(
                "Donald Trump a de nouveau accusé Hunter Biden d'avoir reçu 3,5 millions de dollars.",
                "fr"
            ),
            Some((Named, "Donald Trump"))
        );
        assert_eq!(
            source(
                "L’expert militaire Yuri Knutov a récemment déclaré que l’armée polonaise comptait 150 000 soldats.",
                "fr"
            ),
            Some((Named, "Yuri Knutov"))
        );
        // A noun in "-ment" before the verb is the subject.
        assert_eq!(
            source("The document shows that 40 officials paid attention.", "en").map(|(k, _)| k),
            Some(Document)
        );
    }

    #[test]
    fn french_documents() {
        assert_eq!(
            source(
                "Une étude de 2018 du Carnegie montre que 40 % des Russes approuvent.",
                "fr"
            ),
            Some((Document, "Une étude de 2018 du Carnegie"))
        );
        assert_eq!(
            source("Selon un rapport de l'ONU, 500 civils ont été tués.", "fr"),
            Some((Document, "un rapport de l'ONU"))
        );
        // A document noun inside an institution's name is no document.
        assert_eq!(
            source(
                "Selon le Comité d'enquête russe, 12 civils ont été tués.",
                "fr"
            )
            .map(|(kind, _)| kind),
            Some(Named)
        );
        assert_eq!(
            source("D'après un document interne, le plan date de 2021.", "fr"),
            Some((Document, "un document interne"))
        );
        // A biography of someone is not that person.
        assert_eq!(
            source(
                "Selon les biographies autorisées d'Emmanuel et Brigitte Macron, l'infidélité aurait dévasté son mari.",
                "fr"
            )
            .map(|(kind, _)| kind),
            Some(Document)
        );
    }

    #[test]
    fn french_named_sources() {
        // A function word opening the sentence names nobody.
        assert_eq!(source("Autrement dit, 300 soldats sont morts.", "fr"), None);
        // The subject after the verb, past a complement and a comma.
        assert_eq!(
            source(
                "Quatre individus ont été arrêtés lors des opérations menées en Cisjordanie, a indiqué le gouvernement.",
                "fr"
            ),
            Some((Named, "gouvernement"))
        );
        assert_eq!(
            source(
                "Selon Dmitri Peskov, porte-parole du Kremlin, rien n'a changé.",
                "fr"
            ),
            Some((Named, "Dmitri Peskov"))
        );
        assert_eq!(
            source(
                "D'après le ministre russe de la Défense Sergueï Choïgou, l'offensive continue.",
                "fr"
            ),
            Some((Named, "ministre russe de la Défense Sergueï Choïgou"))
        );
        assert_eq!(
            source(
                "Emmanuel Macron a déclaré que la France enverrait des chars.",
                "fr"
            ),
            Some((Named, "Emmanuel Macron"))
        );
        assert_eq!(
            source("« Rien n'a changé », a déclaré Dmitri Peskov.", "fr"),
            Some((Named, "Dmitri Peskov"))
        );
        assert_eq!(
            source("Le Kremlin a-t-il déclaré la guerre ?", "fr"),
            Some((Named, "Kremlin"))
        );
        assert_eq!(
            source(
                "Dmitri Peskov, porte-parole du Kremlin, a déclaré que rien n'avait changé.",
                "fr"
            ),
            Some((Named, "Dmitri Peskov"))
        );
        assert_eq!(source("Il a déclaré que tout allait bien.", "fr"), None);
        assert_eq!(source("Les troupes avancent vers Kherson.", "fr"), None);
    }

    #[test]
    fn english_sources() {
        assert_eq!(
            source("Ukrainian officials said 40 drones were shot down.", "en"),
            Some((Anonymous, "Ukrainian officials"))
        );
        assert_eq!(
            source(
                "A senior official, speaking on condition of anonymity, confirmed the strike.",
                "en"
            ),
            Some((
                Anonymous,
                "A senior official, speaking on condition of anonymity"
            ))
        );
        assert_eq!(
            source(
                "According to people familiar with the matter, talks stalled.",
                "en"
            ),
            Some((Anonymous, "people familiar with the matter"))
        );
        assert_eq!(
            source("Sources close to the Kremlin denied it.", "en"),
            Some((Anonymous, "Sources close to the Kremlin"))
        );
        assert_eq!(
            source(
                "A 2018 study by the Carnegie Endowment found that support fell.",
                "en"
            ),
            Some((Document, "A 2018 study by the Carnegie Endowment"))
        );
        assert_eq!(
            source(
                "According to a report by Amnesty, 300 people were detained.",
                "en"
            ),
            Some((Document, "a report by Amnesty"))
        );
        assert_eq!(
            source(
                "Defense Secretary Lloyd Austin said the aid would continue.",
                "en"
            ),
            Some((Named, "Defense Secretary Lloyd Austin"))
        );
        assert_eq!(
            source("At least two people died, police said.", "en"),
            Some((Named, "police"))
        );
        assert_eq!(
            source(
                "John Kirby, the Pentagon spokesman, said talks continue.",
                "en"
            ),
            Some((Named, "John Kirby"))
        );
        assert_eq!(
            source("According to the Pentagon, 3,000 troops will deploy.", "en"),
            Some((Named, "Pentagon"))
        );
        // A function word opening the sentence names nobody.
        assert_eq!(
            source("As the Pentagon said, 3,000 troops will deploy.", "en"),
            Some((Named, "Pentagon"))
        );
        // "claims" and "reports" as plural nouns have no subject that speaks.
        assert_eq!(
            source("The claims of 300 deaths were never checked.", "en"),
            None
        );
        assert_eq!(source("Reports of 40 strikes surprised Kyiv.", "en"), None);
    }

    #[test]
    fn russian_sources() {
        assert_eq!(
            source("По данным источника, удар нанесли дроны.", "ru"),
            Some((Anonymous, "источника"))
        );
        assert_eq!(
            source("Источник в Минобороны сообщил о потерях.", "ru"),
            Some((Anonymous, "Источник в Минобороны"))
        );
        assert_eq!(
            source("По нашим данным, погибли 20 человек.", "ru"),
            Some((Anonymous, "По нашим данным"))
        );
        assert_eq!(
            source("Согласно докладу ООН, 500 мирных жителей погибли.", "ru"),
            Some((Document, "докладу ООН"))
        );
        assert_eq!(
            source("По словам Дмитрия Пескова, переговоры продолжаются.", "ru"),
            Some((Named, "Дмитрия Пескова"))
        );
        assert_eq!(
            source("Сергей Шойгу заявил, что армия наступает.", "ru"),
            Some((Named, "Сергей Шойгу"))
        );
        // The anonymity marker in the genitive, after "по словам".
        let anonymous = source(
            "По словам высокопоставленного представителя силовых структур, пожелавшего остаться неизвестным, в долину проникли не менее 3 000 боевиков.",
            "ru",
        );
        assert_eq!(anonymous.map(|(kind, _)| kind), Some(Anonymous));
        // The outlet a source spoke to, in the genitive (article 2483).
        assert_eq!(phrase_kind("источник ТАСС"), Some(Anonymous));
        assert_eq!(phrase_kind("представитель МИД Мария Захарова"), Some(Named));
    }

    #[test]
    fn russian_subject_after_the_verb_and_never_the_clause_before() {
        // Articles 2471, 2474, 2458: the clause before the comma is what is
        // said, never its source.
        assert_eq!(
            source("Власти ФРГ ведут переговоры с Польшей, заявила глава германского МИД Анналена Бербок.", "ru"),
            Some((Named, "глава германского МИД Анналена Бербок"))
        );
        assert_eq!(
            source(
                "Город продолжают активно бомбить, заявил мэр города Алексей Кулемзин.",
                "ru"
            ),
            Some((Named, "мэр города Алексей Кулемзин"))
        );
        assert_eq!(
            source("Россия может лишиться контроля над путем, если лед в Арктике растает, утверждают американские ученые.", "ru"),
            Some((Anonymous, "американские ученые"))
        );
        assert_eq!(
            source("Россия может лишиться контроля над путем, если лед в Арктике растает, утверждают климатологи и юристы.", "ru"),
            None
        );
        // The outlet told is not the source; the quote layer finds the
        // service that spoke.
        assert_eq!(
            source(
                "Склад уничтожен в Донецке, сообщили РИА Новости в пресс-службе ведомства.",
                "ru"
            ),
            None
        );
        // A document the speaker calls their own is the speaker's.
        assert_eq!(
            source(
                "В своей статье Олаф Шольц написал, что Германия готова помочь.",
                "ru"
            ),
            Some((Named, "Олаф Шольц"))
        );
        assert_eq!(
            source(
                "Запасы газа сократились на 10%, говорится в сообщении Минобороны.",
                "ru"
            ),
            Some((Document, "в сообщении Минобороны"))
        );
    }

    #[test]
    fn a_title_closing_the_sentence_is_the_subject_not_an_apposition() {
        assert_eq!(
            source(
                "The ship broke up over Siberia on Thursday, the Russian space agency said.",
                "en"
            ),
            Some((Named, "Russian"))
        );
        assert_eq!(
            source(
                "Twelve people died in Kabul, the defence minister said.",
                "en"
            ),
            Some((Named, "minister"))
        );
        // A name opening the sentence, or a title set off on both sides,
        // is described by it.
        assert_eq!(
            source(
                "Dmitri Peskov, Kremlin spokesman said the talks went on.",
                "en"
            ),
            Some((Named, "Dmitri Peskov"))
        );
    }

    #[test]
    fn speaker_descriptions_stand_as_sources_only_when_whole() {
        for (words, kind) in [
            ("the ministry", Some(Named)),
            ("оборонное ведомство", Some(Named)),
            ("в пресс-службе ведомства", Some(Named)),
            ("the report", Some(Document)),
            ("officials", Some(Anonymous)),
            // Words of clauses a quote finder misread.
            ("Video was also captured", None),
            ("The department is now", None),
            ("won't try to police technical data about the guns", None),
            ("the Russian space agency", None),
            ("he", None),
        ] {
            assert_eq!(speaker_description_kind(words), kind, "{words:?}");
        }
    }

    #[test]
    fn carry_over_until_own_source_author_voice_or_shift() {
        let paragraph = [
            "Selon une source de renseignements très haut placée, 3 000 combattants étrangers seraient engagés.",
            "Dans ce centre, 22 Américains auraient été tués.",
            "Il a ajouté que 14 Britanniques étaient présents.",
            "Par ailleurs, Kiev a reçu des chars.",
            "Ces chars seraient déjà sur le front.",
        ];
        let got = attribute_sources(&paragraph, Some("fr"));
        let from = |a: &Option<Attribution>| a.as_ref().map(|a| (a.sentence, a.source.kind));
        assert_eq!(from(&got[0]), Some((0, Anonymous)));
        assert_eq!(from(&got[1]), Some((0, Anonymous)));
        assert_eq!(from(&got[2]), Some((0, Anonymous)));
        assert_eq!(from(&got[3]), None);
        assert_eq!(from(&got[4]), None);
    }

    #[test]
    fn unmarked_sentence_ends_the_account() {
        let paragraph = [
            "Selon Kiev, 40 drones ont été abattus.",
            "L'hiver a été rude.",
            "Les drones auraient visé Odessa.",
        ];
        let got = attribute_sources(&paragraph, Some("fr"));
        assert!(got[0].is_some() && got[1].is_none() && got[2].is_none());
        let pronoun = attribute_sources(
            &[
                "Selon Kiev, 40 drones ont été abattus.",
                "Selon lui, la défense tient.",
            ],
            Some("fr"),
        );
        assert_eq!(pronoun[1].as_ref().map(|a| a.sentence), Some(0));
        let ru = attribute_sources(
            &[
                "По словам Пескова, переговоры идут.",
                "Он добавил, что Москва готова.",
            ],
            Some("ru"),
        );
        assert_eq!(ru[1].as_ref().map(|a| a.sentence), Some(0));
    }

    #[test]
    fn author_voice_and_new_source_end_the_carry() {
        let paragraph = [
            "According to officials, 40 drones were launched.",
            "They were reportedly shot down over Kyiv.",
            "We should not believe these numbers.",
            "The figure is disputed.",
        ];
        let got = attribute_sources(&paragraph, Some("en"));
        assert!(got[1].is_some());
        assert!(got[2].is_none() && got[3].is_none());
        let switched = attribute_sources(
            &[
                "Selon Kiev, 40 drones ont été abattus.",
                "Moscou a affirmé le contraire.",
            ],
            Some("fr"),
        );
        let kinds: Vec<_> = switched
            .iter()
            .map(|a| a.as_ref().map(|a| a.sentence))
            .collect();
        assert_eq!(kinds, [Some(0), Some(1)]);
    }

    #[test]
    fn unnamed_people_behind_named_organisations_and_named_people_with_roles() {
        assert_eq!(
            source(
                "Un porte-parole du Kremlin a estimé que la baisse de 40 % venait des sanctions.",
                "fr"
            ),
            Some((Anonymous, "Un porte-parole du Kremlin"))
        );
        assert_eq!(
            phrase_kind("Greg Burke, the pope's press officer"),
            Some(Named)
        );
        assert_eq!(
            phrase_kind("une source citée par Le Figaro"),
            Some(Anonymous)
        );
        assert_eq!(
            phrase_kind("un journaliste de LCI présent"),
            Some(Anonymous)
        );
        assert_eq!(phrase_kind("Ukrainian officials"), Some(Anonymous));
        // The people who wrote a document are no document (article 2383).
        assert_eq!(phrase_kind("l'un des auteurs du rapport"), Some(Anonymous));
        assert_eq!(
            phrase_kind("les informations du New York Times"),
            Some(Named)
        );
        assert_eq!(
            phrase_kind("une porte-parole du ministère des Affaires étrangères, Hua Chunying"),
            Some(Named)
        );
        assert_eq!(
            phrase_kind("Josep Borrell au journaliste de TF1"),
            Some(Named)
        );
        // Speaker words that run over a clause are no description.
        assert_eq!(phrase_kind("millions of people took"), None);
    }

    #[test]
    fn unnamed_people_of_a_trial_and_named_appositions() {
        // English articles 787730392, 784143418 and 723883127.
        let kind = |s: &str| source(s, "en").map(|(kind, _)| kind);
        assert_eq!(
            kind("Federal prosecutors say that the group had 11 rifles."),
            Some(Anonymous)
        );
        assert_eq!(
            kind("Defense lawyers have said that the five adults were exercising their rights."),
            Some(Anonymous)
        );
        assert_eq!(
            kind("A Chilean judge also found the 12 victims to be credible."),
            Some(Anonymous)
        );
        // "Mark Judge" is a name, not a judge.
        assert_eq!(phrase_kind("Kavanaugh friend Mark Judge"), Some(Named));
        // English articles 761564397 and 776126299: a name in apposition.
        assert_eq!(
            source(
                "His lawyer, Ronald Daigle, told Fox News that 50 people were hurt.",
                "en"
            ),
            Some((Named, "Ronald Daigle"))
        );
        assert_eq!(
            kind("Josh Blackman, one of the firm's lawyers, said that 40 people were hurt."),
            Some(Named)
        );
        // A name after the verb is its inverted subject, unless it is told.
        assert_eq!(
            source(
                "Le rendement du blé a diminué de 30 à 40 %, précise Ermes Sagula.",
                "fr"
            ),
            Some((Named, "Ermes Sagula"))
        );
        assert_ne!(
            source(
                "We are all stronger when 40 voters participate, Sara Henderson, director of the group, told AJC.",
                "en"
            ),
            Some((Named, "AJC"))
        );
        // French article 2315: a subject after a clause is its own.
        assert_eq!(
            source(
                "Lorsque l’administration Clinton envisageait une action militaire, certains analystes prévoyaient un million de morts.",
                "fr"
            ),
            Some((Anonymous, "certains analystes"))
        );
    }

    #[test]
    fn a_determined_noun_reporting_a_clause_is_an_unnamed_source() {
        // French articles 2383 and 23121, English articles 770938827 and
        // 725498022.
        assert_eq!(
            source(
                "Les assureurs ont estimé que le nombre de sinistres grimpera de 35 %.",
                "fr"
            ),
            Some((Anonymous, "Les assureurs"))
        );
        assert_eq!(
            source(
                "Depuis cinquante ans, le mouvement écologiste affirme que la question est liée à 3 guerres.",
                "fr"
            ),
            Some((Anonymous, "le mouvement écologiste"))
        );
        assert_eq!(
            source("The judge noted that 12 of them are respected.", "en"),
            Some((Anonymous, "The judge"))
        );
        assert_eq!(
            source(
                "The letter said that in 2014 the nuncio asked 3 bishops to resign.",
                "en"
            )
            .map(|(kind, _)| kind),
            Some(Document)
        );
        // A sentence opened by its verb has no subject to read.
        assert_eq!(source("Précise que 30 personnes sont mortes.", "fr"), None);
        // No clause reported, or a longer phrase running over a clause: no
        // source.
        assert_eq!(
            source("La guerre montre 3 signes d'enlisement.", "fr"),
            None
        );
        assert_eq!(
            source(
                "The new allegations came yesterday amid reports that 3 senators said nothing.",
                "en"
            )
            .map(|(kind, _)| kind),
            None
        );
    }
}
