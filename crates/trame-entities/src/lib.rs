//! Entity stage of trame: finds entity mentions, links them to the knowledge
//! base and gives each entity one identity per document.
//!
//! Steps, per document:
//! 1. every sentence's tokens are tagged by the language's NER model
//!    (French, English, Russian; other languages get KB matching only);
//! 2. each mention is linked to the KB (module `link`) and capitalised token
//!    sequences the tagger missed are added when they are exact KB surfaces;
//! 3. mentions of the same entity are merged (module `identity`): same KB id, same
//!    surface, a surname after a full name, or a first name alone that is
//!    known as one or that the tagger called a person.
//!
//! Policies (see the module docs for the details):
//! - Languages other than fr/en/ru (and documents without a language) get
//!   KB-only matching: the English model on German or Turkish text would
//!   produce confident noise, while exact KB surfaces stay precise.
//! - Demonyms ("kazakh", "Russes") never create entities on their own; a
//!   tagger mention that is a demonym is kept as MISC with no KB link, as in
//!   CoNLL, so "les Kazakhs" is not counted as a mention of Kazakhstan.
//! - A bare surname shared by two different full names of the document
//!   ("Bill Clinton", "Hillary Clinton", then "Clinton") is not guessed: it
//!   stays its own PER entity.

mod accounts;
mod acronym;
mod context;
mod identity;
mod link;
mod phrases;
mod places;
pub mod score;
mod text;

pub use identity::russian_stem;

/// A set of words or keys, hashed with FxHash: the stage looks words up
/// token by token, and SipHash's resistance to chosen keys buys nothing
/// on the project's own lists.
pub(crate) type WordSet = rustc_hash::FxHashSet<String>;

use std::ops::Range;
use std::sync::LazyLock;

use trame_doc::{Document, EntityLabel, Span, TextIndex};
use trame_kb::{Entry, Kb, KbError};
use trame_ner::{Label, Model, NerError};

/// Errors of loading the stage's models and knowledge base.
#[derive(Debug, thiserror::Error)]
pub enum EntitiesError {
    #[error("loading the {lang} NER model: {source}")]
    Model {
        lang: &'static str,
        #[source]
        source: NerError,
    },
    #[error("loading the knowledge base: {0}")]
    Kb(#[from] KbError),
    #[error("reading the place-name list: {0}")]
    Places(#[source] std::io::Error),
}

/// The entity stage: NER models and the knowledge base, loaded once and
/// shared read-only between threads.
pub struct EntityStage {
    fr: Model,
    en: Model,
    ru: Model,
    kb: Kb,
    /// Normalised words of every KB surface: a window of tokens is looked up
    /// only while each of its tokens is one of them, which spares most of the
    /// lookups of capitalised words ("Selon", "Nous") that start no name.
    kb_words: WordSet,
    /// Identity keys of known first names (module `identity`).
    first_names: WordSet,
    /// Identity keys of common French and English words (module `context`).
    common_words_fr: WordSet,
    common_words_en: WordSet,
    /// KB names written in lowercase ("guerre froide"; module `phrases`).
    lowercase_names: phrases::LowercaseNames,
    /// GeoNames place names (module `places`).
    places: places::Places,
}

/// Known first names, learnt from the NER corpora by
/// `tools/entities/gen_first_names.py`, one a line.
const FIRST_NAMES: &str = include_str!("../data/first_names.txt");
/// Common words of French and English, learnt by
/// `tools/entities/gen_common_words.py`, one a line.
const COMMON_WORDS_FR: &str = include_str!("../data/common_words_fr.txt");
const COMMON_WORDS_EN: &str = include_str!("../data/common_words_en.txt");

/// Words a tagged name may grow by when the KB has it longer: "de la
/// santé" after "Organisation mondiale".
const MAX_NAME_COMPLEMENT_WORDS: usize = 4;

/// Identity keys of a word list, one word a line.
fn word_keys(list: &str) -> WordSet {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(identity::key)
        .collect()
}

/// One mention before identity resolution.
#[derive(Debug, Clone)]
struct Mention<'k> {
    /// Code-point span in the document text.
    span: Span,
    label: EntityLabel,
    link: Option<&'k Entry>,
    /// A demonym kept as MISC (see the crate policies); never linked.
    demonym: bool,
    /// The words before it read it as a place ("en Lombardie", "la
    /// Lombardie"): it is never the bare surname of a person.
    place_reading: bool,
}

impl EntityStage {
    /// The stage with the shipped models and the builtin knowledge base.
    pub fn builtin() -> Result<EntityStage, EntitiesError> {
        Self::with_kb(Kb::builtin()?)
    }

    /// The stage with the shipped models and the given knowledge base (the
    /// builtin one extended with a user's entries, say).
    pub fn with_kb(kb: Kb) -> Result<EntityStage, EntitiesError> {
        let load = |lang: &'static str| {
            let bytes = trame_ner::builtin_model(lang).unwrap_or_default();
            Model::from_bytes(bytes).map_err(|source| EntitiesError::Model { lang, source })
        };
        Ok(EntityStage {
            fr: load("fr")?,
            en: load("en")?,
            ru: load("ru")?,
            kb_words: kb_words(&kb),
            first_names: first_names(&kb),
            common_words_fr: word_keys(COMMON_WORDS_FR),
            common_words_en: word_keys(COMMON_WORDS_EN),
            lowercase_names: phrases::LowercaseNames::new(&kb),
            places: places::Places::builtin()?,
            kb,
        })
    }

    /// The knowledge base the stage links to.
    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// Fills `doc.entities` from `doc.tokens` and `doc.sentences`, replacing
    /// whatever was there.
    pub fn annotate(&self, doc: &mut Document) {
        let index = TextIndex::new(&doc.text);
        self.annotate_indexed(doc, &index);
    }

    /// [`EntityStage::annotate`] with the caller's index of `doc.text`: the
    /// pipeline builds one per document for all its stages.
    pub fn annotate_indexed(&self, doc: &mut Document, index: &TextIndex) {
        let lang = doc.meta.language.as_deref().and_then(primary_language);
        let model = match lang.as_deref() {
            Some("fr") => Some(&self.fr),
            Some("en") => Some(&self.en),
            Some("ru") => Some(&self.ru),
            _ => None,
        };
        let tokens = text::valid_tokens(&doc.tokens, index.len_chars());
        let words: Vec<&str> = tokens.iter().map(|&t| index.slice(&doc.text, t)).collect();
        let mut mentions = Vec::new();
        let mut covered = vec![false; tokens.len()];
        let lowercase_words: WordSet = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .map(|w| w.to_lowercase())
            .collect();
        let segments = text::segments(&tokens, &doc.sentences);
        for segment in segments.iter().cloned() {
            if let Some(model) = model {
                let segment_words = &words[segment.clone()];
                let tagged = trame_ner::spans(&model.tag(segment_words));
                let mut reshaped = reshape_tagged(segment_words, tagged);
                if lang.as_deref() == Some("ru") {
                    reshaped = split_russian_run_ons(segment_words, reshaped, &self.first_names);
                }
                let refined = reshaped.into_iter().flat_map(|(range, label)| {
                    let global = segment.start + range.start..segment.start + range.end;
                    self.refine_extent(
                        &doc.text,
                        index,
                        &tokens,
                        &words,
                        global,
                        label,
                        lang.as_deref(),
                    )
                });
                for (global, label) in refined {
                    for flag in &mut covered[global.clone()] {
                        *flag = true;
                    }
                    if let Some(office) = text::portfolio_office(&words, global.clone()) {
                        // "le ministère de la Défense" is an organisation;
                        // "le ministre de la Défense" names a function.
                        if text::is_institution_office(words[office]) {
                            let words = &words[..segment.end];
                            mentions.push(institution_mention(
                                &tokens,
                                words,
                                office,
                                global.end - 1,
                            ));
                        }
                        continue;
                    }
                    if let Some(m) = self.tagged_mention(
                        &doc.text,
                        index,
                        &tokens[global],
                        label,
                        lang.as_deref(),
                    ) {
                        mentions.push(m);
                    }
                }
            }
            self.kb_mentions(
                &doc.text,
                index,
                &tokens[segment.clone()],
                &words[segment.clone()],
                &mut covered[segment],
                &lowercase_words,
                lang.as_deref(),
                &mut mentions,
            );
        }
        institution_mentions(&tokens, &words, &mut mentions);
        extend_ministries_to_their_country(
            &self.kb,
            &doc.text,
            index,
            &tokens,
            &words,
            lang.as_deref(),
            &mut mentions,
        );
        unlink_other_countries_institutions(
            &self.kb,
            &tokens,
            &words,
            lang.as_deref(),
            &mut mentions,
        );
        self.hashtag_mentions(&tokens, &words, &covered, lang.as_deref(), &mut mentions);
        site_mentions(&doc.text, index, &tokens, &words, &covered, &mut mentions);
        self.lowercase_names
            .add_mentions(&self.kb, &tokens, &words, &mut mentions);
        if lang.as_deref() == Some("fr") {
            phrases::add_event_mentions(&tokens, &words, &mut mentions);
            phrases::add_organisation_names(&tokens, &words, &mut mentions);
            phrases::add_bare_institutions(&tokens, &words, &mut mentions);
            phrases::extend_regions(&tokens, &words, &mut mentions);
        }
        let russian = lang.as_deref() == Some("ru");
        let surface = |span: Span| index.slice(&doc.text, span);
        let acronyms = acronym::definitions(&tokens, &words, &mut mentions, &surface);
        mark_place_contexts(&tokens, &words, &mut mentions);
        let surnames = identity::known_surnames(&mentions, &surface, russian);
        mentions.extend(untagged_surnames(
            &tokens, &words, &covered, &surnames, russian,
        ));
        let mut sentence_initial = vec![false; tokens.len()];
        for segment in &segments {
            if let Some(flag) = sentence_initial.get_mut(segment.start) {
                *flag = true;
            }
        }
        for i in 1..tokens.len() {
            if text::opens_sentence(words[i - 1]) {
                sentence_initial[i] = true;
            }
        }
        let no_words = WordSet::default();
        let evidence = context::Evidence {
            tokens: &tokens,
            words: &words,
            sentence_initial: &sentence_initial,
            lowercase_words: &lowercase_words,
            first_names: &self.first_names,
            common_words: self.common_words(lang.as_deref()).unwrap_or(&no_words),
            capitalises_first_word_only: lang.as_deref() == Some("fr"),
        };
        // Where each tagged person's span started, by its end: the
        // corrections cut names from the front only.
        let person_starts: rustc_hash::FxHashMap<usize, usize> = mentions
            .iter()
            .filter(|m| m.label == EntityLabel::Per)
            .map(|m| (m.span.end, m.span.start))
            .collect();
        context::correct(&mut mentions, &evidence, &surface);
        let mut heads = Vec::new();
        for m in mentions.iter_mut() {
            let Some(&start) = person_starts.get(&m.span.end) else {
                continue;
            };
            if m.label != EntityLabel::Per || start >= m.span.start {
                continue;
            }
            // A person's span cut down to the name ("Президент США Джо
            // Байден" to "Джо Байден") may now be a KB surface, and the
            // words cut off may end with a KB name ("США").
            if m.link.is_none() {
                if let link::Link::Entry(entry) = link::link(
                    &self.kb,
                    surface(m.span),
                    Some(EntityLabel::Per),
                    lang.as_deref(),
                ) {
                    m.label = entry.label;
                    m.link = Some(entry);
                }
            }
            let cut = token_at(&tokens, start)..token_at(&tokens, m.span.start);
            heads.extend(self.kb_name_ending(&doc.text, index, &tokens, cut, lang.as_deref()));
        }
        heads.extend(self.places_of_hyphenated_pairs(
            &doc.text,
            index,
            &mut mentions,
            lang.as_deref(),
        ));
        if !heads.is_empty() {
            mentions.extend(heads);
            mentions.sort_by_key(|m| (m.span.start, m.span.end));
        }
        // After the corrections, which drop names made of common words:
        // titles are made of them ("Le retour de l'ours").
        if lang.as_deref() == Some("fr") {
            phrases::add_quoted_titles(&tokens, &words, &mut mentions);
            phrases::add_republic_periods(&tokens, &words, &mut mentions);
        }
        let is_known = |word: &str| {
            self.common_words(lang.as_deref())
                .is_some_and(|common| common.contains(&identity::key(word)))
                || link::link(&self.kb, word, None, lang.as_deref())
                    .entry()
                    .is_some()
        };
        phrases::add_scandal_names(&tokens, &words, &is_known, &mut mentions);
        // "году", "украинской армии", "апреле 2021 года": the Russian tagger
        // also labels lowercase phrases. A Russian person or organisation
        // the KB does not know is named with a capital ("oilprice.com",
        // a site, aside), and a place always is ("поставок газа" is gas,
        // not Gaza); "минобороны", "российской армии" are institutions the
        // KB knows. French writes ministries in lowercase ("le ministère de
        // la défense"), which the KB links later on.
        if russian {
            self.start_russian_names_at_a_capital(
                &doc.text,
                index,
                &tokens,
                &words,
                lang.as_deref(),
                &mut mentions,
            );
            mentions.retain(|m| {
                let text = surface(m.span);
                (m.link.is_some() && m.label != EntityLabel::Loc)
                    || m.label == EntityLabel::Misc
                    || text.chars().any(char::is_uppercase)
                    || text.contains('.')
            });
        }
        // Last, so that no correction relabels or drops an account.
        let mut aliases = acronyms;
        aliases.extend(self.account_mentions(
            &doc.text,
            index,
            &tokens,
            &words,
            lang.as_deref(),
            &mut mentions,
        ));
        let first_name_evidence = identity::FirstNameEvidence {
            known: &self.first_names,
            lowercase_words: &lowercase_words,
        };
        doc.entities = identity::resolve(
            mentions,
            &surface,
            &aliases,
            &first_name_evidence,
            lang.as_deref(),
        );
        if lang.as_deref() == Some("fr") {
            places::drop_unsupported(
                &mut doc.entities,
                &surface,
                &tokens,
                &words,
                &self.kb,
                &self.places,
            );
        }
    }

    /// Unlinked Russian mentions that open with lowercase words, which the
    /// tagger ran into the name after them ("гитлеровская военная разведка
    /// Абвер", "парламента Грузии", "ликвидации СССР"), start at their first
    /// capital and take the longest part from there that the KB knows
    /// ("Украины массово" is Ukraine). Capitalised words after that part are
    /// a name of their own, a person's from a known first name on ("ФРГ
    /// Ангелы Меркель", "Госдепартамента США Нед Прайс").
    fn start_russian_names_at_a_capital<'k>(
        &'k self,
        text: &str,
        index: &TextIndex,
        tokens: &[Span],
        words: &[&str],
        lang: Option<&str>,
        mentions: &mut Vec<Mention<'k>>,
    ) {
        let capitalised = |i: usize| words.get(i).is_some_and(|w| text::starts_name(w));
        let linked = |span: Span, label: EntityLabel| {
            link::link(&self.kb, index.slice(text, span), Some(label), lang).entry()
        };
        let mut rests = Vec::new();
        for m in mentions.iter_mut() {
            if m.link.is_some()
                || m.label == EntityLabel::Misc
                || !index.slice(text, m.span).starts_with(char::is_lowercase)
            {
                continue;
            }
            let last = token_at(tokens, m.span.end.saturating_sub(1));
            let Some(first_capital) =
                (token_at(tokens, m.span.start)..=last).find(|&i| capitalised(i))
            else {
                continue;
            };
            m.span.start = tokens[first_capital].start;
            let Some((known, entry)) = (first_capital..=last).rev().find_map(|end| {
                let span = Span::new(m.span.start, tokens[end].end);
                linked(span, m.label).map(|entry| (span, entry))
            }) else {
                continue;
            };
            let rest = token_at(tokens, known.end)..last + 1;
            if !rest.is_empty() && rest.clone().all(capitalised) {
                // "США Нед Прайс": what comes before the first name is named
                // apart.
                let parts = match rest.clone().find(|&i| self.is_first_name(words[i])) {
                    Some(p) if p > rest.start => {
                        vec![(rest.start..p, m.label), (p..rest.end, EntityLabel::Per)]
                    }
                    Some(_) => vec![(rest, EntityLabel::Per)],
                    None => vec![(rest, m.label)],
                };
                for (part, label) in parts {
                    let span = Span::new(tokens[part.start].start, tokens[part.end - 1].end);
                    let link = linked(span, label);
                    rests.push(Mention {
                        span,
                        label: link.map_or(label, |e| e.label),
                        link,
                        demonym: false,
                        place_reading: false,
                    });
                }
            }
            m.span = known;
            m.label = entry.label;
            m.link = Some(entry);
        }
        mentions.extend(rests);
    }

    /// "l'axe Paris-Berlin", "la guerre Russie-Ukraine": one hyphenated word
    /// whose parts are each a country or a city the KB knows, and which the
    /// KB does not know whole ("Bosnie-Herzégovine", "Autriche-Hongrie"),
    /// names each place. Its mention leaves `mentions`; the places' mentions
    /// are returned.
    fn places_of_hyphenated_pairs(
        &self,
        text: &str,
        index: &TextIndex,
        mentions: &mut Vec<Mention<'_>>,
        lang: Option<&str>,
    ) -> Vec<Mention<'_>> {
        let mut places = Vec::new();
        mentions.retain(|m| {
            let surface = index.slice(text, m.span);
            if m.link.is_some() || !surface.contains('-') || surface.contains(char::is_whitespace) {
                return true;
            }
            let mut parts = Vec::new();
            let mut offset = m.span.start;
            for part in surface.split('-') {
                let len = part.chars().count();
                let place = match link::link(&self.kb, part, Some(EntityLabel::Loc), lang) {
                    link::Link::Entry(e)
                        if matches!(e.kind.as_str(), "country" | "capital" | "city") =>
                    {
                        Some(e)
                    }
                    _ => None,
                };
                let Some(entry) = place else {
                    return true;
                };
                parts.push(Mention {
                    span: Span::new(offset, offset + len),
                    label: EntityLabel::Loc,
                    link: Some(entry),
                    demonym: false,
                    place_reading: false,
                });
                offset += len + 1;
            }
            if parts.len() < 2 {
                return true;
            }
            places.extend(parts);
            false
        });
        places
    }

    /// Corrects a tagged span's extent against the KB: "d'Amérique latine"
    /// or "la Cour suprême américaine" tagged without its adjective takes it
    /// in, and the KB's type, when the longer name is a KB surface, and "la
    /// Russie de Poutine" tagged as one place is a place and a person.
    #[allow(clippy::too_many_arguments)]
    fn refine_extent(
        &self,
        text: &str,
        index: &TextIndex,
        tokens: &[Span],
        words: &[&str],
        range: Range<usize>,
        label: Label,
        lang: Option<&str>,
    ) -> Vec<(Range<usize>, Label)> {
        let links_to = |range: Range<usize>, label: EntityLabel| {
            let (Some(first), Some(last)) = (tokens.get(range.start), tokens.get(range.end - 1))
            else {
                return None;
            };
            let mut span = Span::new(first.start, last.end);
            span.start += text::elision_len(index.slice(text, *first));
            match link::link(&self.kb, index.slice(text, span), Some(label), lang) {
                link::Link::Entry(entry) => Some(entry.label),
                _ => None,
            }
        };
        // "Allemagne nazie", "Asie-Pacifique du XXIe": a person's or a
        // place's name does not end with common words, unless the KB has
        // the longer name ("Amérique latine"). Names of events and
        // organisations do ("Guerre froide", "Reporters sans frontières"),
        // even tagged as places ("Assemblée fédérale").
        // "du général de Gaulle": the tagger leaves out a surname's
        // lowercase particle; the KB's person has it.
        if range.start > 0
            && text::may_open_kb_surname(words[range.start - 1])
            && links_to(range.start - 1..range.end, EntityLabel::Per) == Some(EntityLabel::Per)
        {
            return vec![(range.start - 1..range.end, Label::Per)];
        }
        let common = self.common_words(lang);
        let mut range = range;
        if let Some(common) = common.filter(|_| matches!(label, Label::Per | Label::Loc)) {
            let trailing = |w: &str| {
                w.starts_with(char::is_lowercase) && common.contains(&identity::key(w))
                    || text::is_roman_ordinal(w)
            };
            if range.len() > 1
                && trailing(words[range.end - 1])
                && !text::is_organisation_head(words[range.start])
                && links_to(range.clone(), entity_label(label)).is_none()
            {
                while range.len() > 1 && trailing(words[range.end - 1]) {
                    range.end -= 1;
                }
            }
        }
        // "l'Union européenne applique": the tagger ran a name into the
        // verb after it; the KB has the name without it.
        if label == Label::Org
            && range.len() > 1
            && links_to(range.clone(), EntityLabel::Org).is_none()
        {
            let mut shorter = range.clone();
            while shorter.len() > 1 && words[shorter.end - 1].starts_with(char::is_lowercase) {
                shorter.end -= 1;
                if shorter.len() < range.len()
                    && links_to(shorter.clone(), EntityLabel::Org).is_some()
                {
                    return vec![(shorter, label)];
                }
            }
        }
        // "le Parti socialiste du Premier ministre Pedro Sanchez": the
        // tagger ran a known organisation into the title of the one who
        // heads it ("le Bureau du Premier ministre", unknown, stays whole).
        if label == Label::Org {
            let title_after = |of: usize| {
                let mut at = of + 1;
                if words
                    .get(at)
                    .is_some_and(|w| matches!(*w, "la" | "l'" | "l’"))
                {
                    at += 1;
                }
                words.get(at).is_some_and(|w| {
                    text::is_leading_title(w, words.get(at + 1).copied())
                        || text::is_trailing_title(w)
                })
            };
            if let Some(of) = (range.start + 1..range.end)
                .find(|&i| matches!(words[i], "du" | "de" | "des") && title_after(i))
                .filter(|&of| links_to(range.start..of, EntityLabel::Org).is_some())
            {
                return vec![(range.start..of, label)];
            }
        }
        // "la Cour suprême américaine", "Nord-Stream 2" or "OPEP+" tagged
        // without its adjective, number or sign: the longer name is the
        // KB's. An organisation or place the KB does not know may also grow
        // by its complement ("l'Organisation mondiale de la santé", where
        // the tagger stops at the first lowercase word), on its own line; a
        // known name is not run into the words after it ("Europe" and "Est"
        // of "Europe de l'Est" are tagged apart).
        let same_line = |k: usize| {
            text.get(index.byte(tokens[k - 1].end)..index.byte(tokens[k].start))
                .is_some_and(|gap| !gap.contains('\n'))
        };
        let unknown_name = matches!(label, Label::Org | Label::Loc)
            && !(range.len() == 1 && text::is_article(words[range.start]))
            && links_to(range.clone(), entity_label(label)).is_none();
        let reach = if unknown_name {
            (range.end..words.len())
                .take(MAX_NAME_COMPLEMENT_WORDS)
                .take_while(|&k| words[k].chars().any(char::is_alphanumeric) && same_line(k))
                .count()
        } else {
            (range.end..words.len().min(range.end + 2))
                .take_while(|&k| {
                    words[k]
                        .chars()
                        .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '+')
                })
                .count()
        };
        for extra in (1..=reach).rev() {
            let longer = range.start..range.end + extra;
            // A known name does not grow into a person's; a name the KB
            // does not know may be a first name ("Саломе Зурабишвили").
            match links_to(longer.clone(), entity_label(label)) {
                None => {}
                Some(EntityLabel::Per) if !unknown_name => {}
                Some(kb_label) => return vec![(longer, ner_label(kb_label))],
            }
        }
        // "ONU Antonio Guterres", "Etat Antony Blinken", "Républicain Mike
        // Rodgers": the tagger runs an organisation or the end of a title
        // into the name of the person after it, who starts with a known
        // first name. A French portfolio after its article ("de l'Asile
        // Notis Mitarachi") ends a title whatever name follows; English
        // portfolio words open names of laws ("the Foreign Corrupt
        // Practices Act").
        if range.len() >= 3 {
            let portfolio_head = range.start > 0
                && matches!(words[range.start - 1], "l'" | "l’" | "la" | "du" | "des")
                && text::is_portfolio_word(words[range.start])
                && range.len() <= 4
                && words[range.start + 1..range.end]
                    .iter()
                    .all(|w| text::starts_name(w));
            let person_from = (range.start + 1..range.end - 1)
                .find(|&i| {
                    self.is_first_name(words[i])
                        && !self.is_first_name(words[range.start])
                        && range.end - i <= 3
                        && words[i..range.end].iter().all(|w| text::starts_name(w))
                })
                .or(portfolio_head.then_some(range.start + 1));
            if let Some(from) = person_from {
                let head = range.start..from;
                // Russian capitalises a sentence's first word and nothing
                // else that is no name: "Экономист Джон Кейнс" opens with the
                // noun "economist", not the magazine, unless the document
                // also writes the word capitalised inside a sentence.
                let after_sentence_break = |at: usize| {
                    at == 0
                        || text::opens_sentence(words[at - 1])
                        || words[at - 1].ends_with(['.', '!', '?', '…'])
                };
                let opens_sentence_only = |at: usize| {
                    lang == Some("ru")
                        && after_sentence_break(at)
                        && !words
                            .iter()
                            .enumerate()
                            .any(|(j, &w)| w == words[at] && !after_sentence_break(j))
                };
                let head_label = if head.len() == 1 && text::is_acronym(words[head.start]) {
                    links_to(head.clone(), EntityLabel::Org).or(Some(EntityLabel::Org))
                } else if head.len() == 1 && opens_sentence_only(head.start) {
                    None
                } else {
                    links_to(head.clone(), EntityLabel::Org).filter(|l| *l != EntityLabel::Per)
                };
                let head_is_title = head.len() == 1
                    && (text::is_capitalised_title(words[head.start])
                        || text::is_portfolio_word(words[head.start]));
                if head_label.is_some() || head_is_title {
                    let mut parts = Vec::with_capacity(2);
                    if let Some(head_label) = head_label {
                        parts.push((head, ner_label(head_label)));
                    }
                    parts.push((from..range.end, Label::Per));
                    return parts;
                }
            }
        }
        // "de" inside the span, alone or elided into the next word.
        let of = (range.start + 1..range.end).find(|&i| {
            matches!(words[i], "de" | "d'" | "d’")
                || words[i].starts_with("d'")
                || words[i].starts_with("d’")
        });
        let after_of = |of: usize| {
            if matches!(words[of], "de" | "d'" | "d’") {
                of + 1
            } else {
                of
            }
        };
        if let Some(of) = of.filter(|&of| after_of(of) < range.end) {
            let (before, after) = (range.start..of, after_of(of)..range.end);
            // "la Russie de Poutine": a place and a person.
            if matches!(label, Label::Loc | Label::Org)
                && links_to(before.clone(), EntityLabel::Loc) == Some(EntityLabel::Loc)
                && links_to(after.clone(), EntityLabel::Per) == Some(EntityLabel::Per)
            {
                return vec![(before, Label::Loc), (after, Label::Per)];
            }
            // "Patrimoine de Macron": a common noun and the person it is
            // of, as a title names them, not a person's full name.
            let common_head = before.len() == 1
                && !self.is_first_name(words[before.start])
                && common.is_some_and(|c| c.contains(&identity::key(words[before.start])));
            if label == Label::Per
                && common_head
                && links_to(after.clone(), EntityLabel::Per) == Some(EntityLabel::Per)
            {
                return vec![(after, Label::Per)];
            }
            // "Joko Widodo d'Indonésie": a person and a place.
            if label == Label::Per
                && links_to(after.clone(), EntityLabel::Loc) == Some(EntityLabel::Loc)
                && links_to(range.clone(), EntityLabel::Per).is_none()
            {
                return vec![(before, Label::Per), (after, Label::Loc)];
            }
        }
        vec![(range, label)]
    }

    /// The common words of a language the stage has a list for.
    fn common_words(&self, lang: Option<&str>) -> Option<&WordSet> {
        match lang {
            Some("fr") => Some(&self.common_words_fr),
            Some("en") => Some(&self.common_words_en),
            _ => None,
        }
    }

    /// A known first name, or a compound one ("Marie-Pierre").
    fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(&identity::key(word))
            || word
                .split_once('-')
                .is_some_and(|(first, _)| self.first_names.contains(&identity::key(first)))
    }

    /// The longest end of `range`, past its first token and opening with a
    /// capitalised token, that names a KB organisation or place
    /// ("Пресс-секретарь президента РФ" → "РФ").
    fn kb_name_ending(
        &self,
        text: &str,
        index: &TextIndex,
        tokens: &[Span],
        range: Range<usize>,
        lang: Option<&str>,
    ) -> Option<Mention<'_>> {
        (range.start + 1..range.end).find_map(|from| {
            let span = Span::new(tokens[from].start, tokens[range.end - 1].end);
            let surface = index.slice(text, span);
            if !text::starts_name(index.slice(text, tokens[from])) {
                return None;
            }
            match link::link(&self.kb, surface, None, lang) {
                link::Link::Entry(entry) if entry.label != EntityLabel::Per => Some(Mention {
                    span,
                    label: entry.label,
                    link: Some(entry),
                    demonym: false,
                    place_reading: false,
                }),
                _ => None,
            }
        })
    }

    /// A tagger mention with its KB link; `None` when it is empty once the
    /// elided article is removed, or only a capitalised common noun ("État").
    fn tagged_mention(
        &self,
        text: &str,
        index: &TextIndex,
        tokens: &[Span],
        label: Label,
        lang: Option<&str>,
    ) -> Option<Mention<'_>> {
        // The article of "l' OTAN" is not part of the name, even when the
        // tagger takes it in.
        // Nor are honorifics ("M. Lanvaard" is Lanvaard, so that he joins
        // "Piet Lanvaard") or counts the tagger swallowed ("9 Polonais"),
        // nor a sentence-opening word or title it took in ("Car Zemmour",
        // "Premier ministre Trudeau"): left in, they make a second full
        // name that keeps the surname from its person.
        let word_at = |i: usize| tokens.get(i).map(|&t| index.slice(text, t));
        // "Cardinal Farrell" is a person whatever the tagger called it.
        let titled = word_at(0).is_some_and(text::is_title_of_persons_only)
            && word_at(1).is_some_and(text::starts_name);
        let label = if titled { Label::Per } else { label };
        let person = entity_label(label) == EntityLabel::Per;
        let place = entity_label(label) == EntityLabel::Loc;
        // "de Gaulle", "von der Leyen": a particle the KB's person has is
        // part of the name.
        let kb_particle = person
            && word_at(0).is_some_and(text::may_open_kb_surname)
            && tokens
                .first()
                .zip(tokens.last())
                .is_some_and(|(first, last)| {
                    let surface = index.slice(text, Span::new(first.start, last.end));
                    matches!(
                        link::link(&self.kb, surface, Some(EntityLabel::Per), lang),
                        link::Link::Entry(entry) if entry.label == EntityLabel::Per
                    )
                });
        let not_of_the_name = |i: usize| {
            let word = word_at(i).unwrap_or_default();
            text::is_lowercase_article(word)
                || text::is_honorific(word)
                || text::is_sentence_opener(word)
                || text::is_leading_title(word, word_at(i + 1))
                || person
                    && text::is_person_title(word)
                    && word_at(i + 1).is_some_and(text::starts_name)
                || !word.chars().any(char::is_alphabetic)
                // A lowercase word before a person's name ("anti-russe
                // Brzeziński"), particles aside, or before a place's
                // ("clan Poutine", "chute du Mur"), unless it heads the
                // place's name ("mer Noire", "lac de Côme").
                || (person || place && !text::is_place_head(word))
                    && i + 1 < tokens.len()
                    && word.starts_with(char::is_lowercase)
                    && !text::is_camel_case_lower(word)
                    && !text::is_name_particle(word)
        };
        let leading_articles = if kb_particle {
            0
        } else {
            (0..tokens.len())
                .take_while(|&i| not_of_the_name(i))
                .count()
        };
        // Nor punctuation the tagger took in at either end ("” Monahan",
        // "Hidalgo !"), but for the sign of a name the KB knows ("OPEP+").
        let known_with_sign = |i: usize| {
            word_at(i) == Some("+")
                && tokens.get(leading_articles).is_some_and(|first| {
                    let surface = index.slice(text, Span::new(first.start, tokens[i].end));
                    link::link(&self.kb, surface, None, lang).entry().is_some()
                })
        };
        let trailing_marks = (leading_articles..tokens.len())
            .rev()
            .take_while(|&i| {
                let word = word_at(i).unwrap_or_default();
                !word.chars().any(char::is_alphanumeric) && !known_with_sign(i)
            })
            .count();
        let tokens = tokens.get(leading_articles..tokens.len() - trailing_marks)?;
        let tokens = if person {
            self.person_name_tokens(text, index, tokens, lang)
        } else {
            tokens
        };
        let first = tokens.first()?;
        let last = tokens.last()?;
        let mut span = Span::new(first.start, last.end);
        // "d'Ouzbékistan" may come as one token: the article is not the name.
        span.start += text::elision_len(index.slice(text, *first));
        if span.is_empty() {
            return None;
        }
        let surface = index.slice(text, span);
        if text::is_capitalised_common_noun(surface) || text::is_roman_ordinal(surface) {
            return None;
        }
        // "George Washington University", "Washington Free Beacon": a name
        // with an organisation's head noun is no person.
        // "Assemblée fédérale", "Conseil fédéral" tagged as places: an
        // institution's head noun first ("Centre-Val de Loire" is a region),
        // "Valdai Club": an English organisation's closing noun.
        let mut words = surface.split_whitespace();
        let names_an_institution = match (words.next(), words.next_back()) {
            (Some(first), Some(last)) => {
                first != "Centre" && text::is_organisation_head(first)
                    || text::is_english_organisation_last_word(last)
            }
            _ => false,
        };
        let label = match entity_label(label) {
            EntityLabel::Per if surface.split_whitespace().any(text::is_organisation_head) => {
                EntityLabel::Org
            }
            EntityLabel::Loc if names_an_institution => EntityLabel::Org,
            label => label,
        };
        // "Cardinal Marx" is no Karl Marx: a living office before a
        // surname rules out the KB's historical figures.
        let living_title =
            titled || (0..leading_articles).any(|i| word_at(i).is_some_and(text::is_person_title));
        let link = match link::link(&self.kb, surface, Some(label), lang) {
            link::Link::Entry(entry) if living_title && entry.kind == "historical_figure" => {
                link::Link::None
            }
            link => link,
        };
        Some(match link {
            link::Link::Entry(entry) => Mention {
                span,
                label: entry.label,
                link: Some(entry),
                demonym: false,
                place_reading: false,
            },
            link::Link::Demonym => Mention {
                span,
                label: EntityLabel::Misc,
                link: None,
                demonym: true,
                place_reading: false,
            },
            link::Link::None => Mention {
                span,
                label,
                link: None,
                demonym: false,
                place_reading: false,
            },
        })
    }

    /// The tokens of a tagged person that name the person: the tagger
    /// sometimes takes in an organisation or place before the name
    /// ("EELV Julien Bayou", "Amazon Jeff Bezos"), a noun and its
    /// complement ("Taipei de Mme Pelosi"), or an affiliation after it
    /// ("Mathieu Ichou de l’Ined"). Left in, they make a second full name
    /// that keeps the surname from its person.
    fn person_name_tokens<'s>(
        &self,
        text: &str,
        index: &TextIndex,
        tokens: &'s [Span],
        lang: Option<&str>,
    ) -> &'s [Span] {
        let word = |tokens: &[Span], i: usize| tokens.get(i).map_or("", |&t| index.slice(text, t));
        let mut tokens = tokens;
        // "Taipei de Mme Pelosi": the name starts after a title that a
        // preposition governs ("Alan M. Gottlieb" keeps its initial).
        if let Some(title) = (1..tokens.len().saturating_sub(1)).rev().find(|&i| {
            text::is_honorific(word(tokens, i))
                && matches!(word(tokens, i - 1), "de" | "du" | "of" | "chez")
        }) {
            tokens = &tokens[title + 1..];
        }
        // "Mathieu Ichou de l’Ined": "de l’" ends the name ("Juan de la
        // Cruz Barros" and "Joachim du Bellay" keep theirs).
        let affiliation = (2..tokens.len()).find(|&i| {
            let next = word(tokens, i + 1);
            word(tokens, i) == "de" && (next.starts_with("l'") || next.starts_with("l’"))
        });
        if let Some(cut) = affiliation {
            tokens = &tokens[..cut];
        }
        // "EELV Julien Bayou": an acronym or a known organisation or place
        // before a name of two capitalised words.
        let rest_is_name = tokens.len() >= 3
            && (1..tokens.len()).all(|i| {
                word(tokens, i)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            });
        let leading_other = || {
            let first = word(tokens, 0);
            text::is_acronym(first)
                || matches!(
                    link::link(&self.kb, first, None, lang),
                    link::Link::Entry(e) if e.label != EntityLabel::Per
                )
        };
        if rest_is_name && leading_other() {
            tokens = &tokens[1..];
        }
        // "Философ Александр Дугин", "Сейчас Бен Стиллер": the Russian
        // tagger takes in the capitalised word opening the sentence; a
        // first name after it starts the name.
        let russian_opener = lang == Some("ru")
            && rest_is_name
            && !self.is_first_name(word(tokens, 0))
            && self.is_first_name(word(tokens, 1));
        // "Лидеры Афганистана", "Планам Польши": a capitalised word before
        // a place or an organisation in the genitive is no person's name
        // ("МИД РФ", a KB name as a whole, stays whole).
        let names_other = |surface: &str| {
            matches!(
                link::link(&self.kb, surface, None, lang),
                link::Link::Entry(e) if e.label != EntityLabel::Per
            )
        };
        let russian_genitive = lang == Some("ru")
            && tokens.len() == 2
            && !self.is_first_name(word(tokens, 0))
            && names_other(word(tokens, 1))
            && !names_other(index.slice(text, Span::new(tokens[0].start, tokens[1].end)));
        if russian_opener || russian_genitive {
            tokens = &tokens[1..];
        }
        tokens
    }

    /// Adds mentions for capitalised token sequences (or acronyms) that are
    /// exact KB surfaces of a PER, ORG or LOC entry and that the tagger left
    /// untagged; longest match first.
    #[allow(clippy::too_many_arguments)]
    fn kb_mentions<'k>(
        &'k self,
        text: &str,
        index: &TextIndex,
        tokens: &[Span],
        words: &[&str],
        covered: &mut [bool],
        lowercase_words: &WordSet,
        lang: Option<&str>,
        out: &mut Vec<Mention<'k>>,
    ) {
        let max_len = self.kb.max_alias_tokens().max(1);
        let mut i = 0;
        while i < words.len() {
            // "von der Leyen", "van Rompuy": a surname the KB knows may open
            // with its lowercase particle.
            let particle = matches!(words[i], "von" | "van");
            if covered[i] || !(text::starts_name(words[i]) || particle) {
                i += 1;
                continue;
            }
            let sentence_initial = i == 0 || text::opens_sentence(words[i - 1]);
            let mut limit = i;
            while limit < words.len()
                && limit - i < max_len
                && !covered[limit]
                && !text::breaks_name(words[limit])
                && self.may_be_in_kb_name(words[limit])
            {
                limit += 1;
            }
            let mut matched = None;
            for end in (i + 1..=limit).rev() {
                // The window may reach into the sentence's final dot, which
                // normalises away: a name does not end with punctuation,
                // but for a sign ("OPEP+").
                if !words[end - 1].chars().any(char::is_alphanumeric) && words[end - 1] != "+" {
                    continue;
                }
                // One capitalised word opening a sentence proves nothing,
                // unless its shape does or it is a person's or a place's
                // name that the document never writes in lowercase
                // ("Macron : l'exil ou la prison ?").
                let unproven = end == i + 1
                    && sentence_initial
                    && !text::is_acronym(words[i])
                    && !text::is_camel_case(words[i]);
                // "Libération écrit :", "Total annonce …": a word that
                // speaks is a name.
                let speaks = words.get(end).is_some_and(|w| text::is_speech_verb(w));
                if unproven && !speaks && lowercase_words.contains(&words[i].to_lowercase()) {
                    continue;
                }
                let bytes = index.byte(tokens[i].start)..index.byte(tokens[end - 1].end);
                let Some(surface) = text.get(bytes) else {
                    continue;
                };
                if let link::Link::Entry(entry) = link::link(&self.kb, surface, None, lang) {
                    if !phrases::case_fits(entry, surface) {
                        continue;
                    }
                    // A person, a place whose name is no common word
                    // ("Ankara a répondu", not "Tours" or "Nice" in
                    // English), or an organisation whose name the
                    // language's common words do not hold ("Gazprom va
                    // couper le gaz", not "Total"; without a list, as in
                    // Russian, "Экономист" and "Спутник" are words first).
                    // Only an unproven match pays for the word's key.
                    let proven = || {
                        let common_word = self
                            .common_words(lang)
                            .map(|common| common.contains(&identity::key(words[i])));
                        match entry.label {
                            EntityLabel::Per => true,
                            EntityLabel::Loc => common_word != Some(true),
                            EntityLabel::Org => common_word == Some(false) || speaks,
                            _ => false,
                        }
                    };
                    if unproven && !proven() {
                        continue;
                    }
                    // Without its article the name must still start with a
                    // capital: "« Le total des guerriers" is no "Total".
                    let start = self.name_start(entry, words, i..end);
                    let particle_surname =
                        particle && start == i && end > i + 1 && entry.label == EntityLabel::Per;
                    if text::starts_name(words[start]) || particle_surname {
                        matched = Some((start, end, entry));
                        break;
                    }
                }
            }
            match matched {
                Some((start, end, entry)) => {
                    for flag in &mut covered[i..end] {
                        *flag = true;
                    }
                    out.push(Mention {
                        span: Span::new(tokens[start].start, tokens[end - 1].end),
                        label: entry.label,
                        link: Some(entry),
                        demonym: false,
                        place_reading: false,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// KB names written as hashtags or handles ("#Pfizer", "@BFMTV"), as
    /// embedded posts write them: the name without its sign.
    fn hashtag_mentions<'k>(
        &'k self,
        tokens: &[Span],
        words: &[&str],
        covered: &[bool],
        lang: Option<&str>,
        out: &mut Vec<Mention<'k>>,
    ) {
        for (i, word) in words.iter().enumerate() {
            let Some(name) = word.strip_prefix(['#', '@']) else {
                continue;
            };
            if covered[i] || !text::starts_name(name) {
                continue;
            }
            if let link::Link::Entry(entry) = link::link(&self.kb, name, None, lang) {
                out.push(Mention {
                    span: Span::new(tokens[i].start + 1, tokens[i].end),
                    label: entry.label,
                    link: Some(entry),
                    demonym: false,
                    place_reading: false,
                });
            }
        }
    }

    fn may_be_in_kb_name(&self, word: &str) -> bool {
        let normalized = trame_kb::normalize(word);
        // Elided articles ("l'") and punctuation normalise to nothing.
        normalized.is_empty() || self.kb_words.contains(&normalized)
    }

    /// First token of a KB match's mention: a leading article ("La Russie")
    /// is dropped unless the entry's own names start with it ("Le Monde").
    fn name_start(&self, entry: &Entry, words: &[&str], range: Range<usize>) -> usize {
        let first = range.start;
        if range.len() < 2 || !text::is_article(words[first]) {
            return first;
        }
        let article = words[first].to_lowercase();
        let named_with_article = std::iter::once(&entry.name)
            .chain(entry.aliases.values().flatten())
            .any(|name| {
                name.split_whitespace()
                    .next()
                    .is_some_and(|w| w.to_lowercase() == article)
            });
        if named_with_article {
            first
        } else {
            first + 1
        }
    }
}

/// Web sites named by their address ("le média hongrois BudapestTimes.hu",
/// "(Gabrielle Cluzel, bvoltaire.fr)"): outlets, so organisations. An
/// address inside a URL or an e-mail address is none.
fn site_mentions(
    text: &str,
    index: &TextIndex,
    tokens: &[Span],
    words: &[&str],
    covered: &[bool],
    mentions: &mut Vec<Mention<'_>>,
) {
    for (i, word) in words.iter().enumerate() {
        if covered[i] || !text::is_site_address(word) {
            continue;
        }
        let before = index.byte(tokens[i].start);
        let glued = text
            .get(..before)
            .and_then(|t| t.chars().next_back())
            .is_some_and(|c| matches!(c, '.' | '/' | '@' | ':'));
        if glued {
            continue;
        }
        mentions.push(Mention {
            span: tokens[i],
            label: EntityLabel::Org,
            link: None,
            demonym: false,
            place_reading: false,
        });
    }
}

/// "le ministère de la défense", "le ministère russe des Affaires
/// étrangères" that the tagger left untagged, lowercase portfolio and all:
/// organisations that speak in the news as often as people do.
fn institution_mentions(tokens: &[Span], words: &[&str], mentions: &mut Vec<Mention<'_>>) {
    for (i, word) in words.iter().enumerate() {
        if !text::is_ministry_word(word) {
            continue;
        }
        let mut k = i + 1;
        // One adjective: "le ministère russe de la Défense".
        if words
            .get(k)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !text::is_link_word(w))
        {
            k += 1;
        }
        let link_start = k;
        while words.get(k).is_some_and(|w| text::is_link_word(w)) {
            k += 1;
        }
        let elided = words
            .get(k)
            .is_some_and(|w| text::without_article_elision(w).is_some());
        let portfolio = words
            .get(k)
            .is_some_and(|w| text::is_portfolio_word_any_case(w));
        if (k == link_start && !elided) || !portfolio {
            continue;
        }
        let mention = institution_mention(tokens, words, i, k);
        if !mentions.iter().any(|m| m.span.overlaps(mention.span)) {
            mentions.push(mention);
        }
    }
}

/// "le ministère de la défense de la Fédération de Russie": a ministry
/// takes in the country named right after it, which is part of its name
/// rather than a mention of the place, and links to the KB's entry for the
/// longer name when there is one.
#[allow(clippy::too_many_arguments)]
fn extend_ministries_to_their_country<'k>(
    kb: &'k Kb,
    text: &str,
    index: &TextIndex,
    tokens: &[Span],
    words: &[&str],
    lang: Option<&str>,
    mentions: &mut Vec<Mention<'k>>,
) {
    let ministries: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let first = token_at(tokens, mentions[i].span.start);
            mentions[i].label == EntityLabel::Org
                && words.get(first).is_some_and(|w| text::is_ministry_word(w))
        })
        .collect();
    let mut absorbed = Vec::new();
    for i in ministries {
        let mut next = token_at(tokens, mentions[i].span.end);
        if !words
            .get(next)
            .is_some_and(|w| matches!(*w, "de" | "du" | "of"))
        {
            continue;
        }
        next += 1;
        if words
            .get(next)
            .is_some_and(|w| matches!(*w, "la" | "l'" | "l’" | "the"))
        {
            next += 1;
        }
        let Some(place_start) = tokens.get(next).map(|t| t.start) else {
            continue;
        };
        // The place's mention starts at the token, or after an elided
        // article inside it ("l'Ukraine").
        let place = mentions.iter().position(|m| {
            m.label == EntityLabel::Loc
                && m.span.start >= place_start
                && m.span.start <= place_start + 2
                && token_at(tokens, m.span.start) == next
        });
        if let Some(place) = place {
            let end = mentions[place].span.end;
            let ministry = &mut mentions[i];
            ministry.span.end = end;
            let surface = index.slice(text, ministry.span);
            ministry.link = match link::link(kb, surface, Some(EntityLabel::Org), lang) {
                link::Link::Entry(entry) if entry.label == EntityLabel::Org => Some(entry),
                _ => None,
            };
            absorbed.push(place);
        }
    }
    absorbed.sort_unstable();
    absorbed.dedup();
    for place in absorbed.into_iter().rev() {
        mentions.remove(place);
    }
}

/// The organisation from the office word at `office` to the portfolio
/// word at `portfolio`, with the adjective some portfolios take along
/// ("ministère des Affaires étrangères"); `words` ends where the
/// adjective may not reach.
fn institution_mention<'k>(
    tokens: &[Span],
    words: &[&str],
    office: usize,
    portfolio: usize,
) -> Mention<'k> {
    let adjective = text::portfolio_adjective(words[portfolio], words.get(portfolio + 1).copied());
    let end = portfolio + usize::from(adjective);
    Mention {
        span: Span::new(tokens[office].start, tokens[end].end),
        label: EntityLabel::Org,
        link: None,
        demonym: false,
        place_reading: false,
    }
}

/// Untagged capitalised tokens that are the surname of a full PER name of
/// the document: the tagger often misses a bare surname, above all at the
/// start of a sentence ("Kostan a ajouté…"), where capitals prove nothing.
fn untagged_surnames<'k>(
    tokens: &[Span],
    words: &[&str],
    covered: &[bool],
    surnames: &WordSet,
    russian: bool,
) -> Vec<Mention<'k>> {
    if surnames.is_empty() {
        return Vec::new();
    }
    (0..tokens.len())
        .filter(|&i| !covered[i] && text::starts_name(words[i]))
        .filter(|&i| i == 0 || !text::introduces_place(words[i - 1]))
        .filter(|&i| {
            identity::surname_keys(words[i], russian)
                .iter()
                .any(|k| surnames.contains(k))
        })
        .map(|i| Mention {
            span: tokens[i],
            label: EntityLabel::Per,
            link: None,
            demonym: false,
            place_reading: false,
        })
        .collect()
}

/// The tagger's spans of one sentence with four corrections: a span is cut
/// at a colon or quotation mark, names joined by "&" are one firm
/// ("Johnson & Johnson", not twice Boris Johnson's surname), a trailing
/// office title is cut off a person's name ("Anne Hidalgo Maire de Paris"),
/// its tokens left to the KB pass ("Paris"), and a name after an
/// abbreviated title of address is a person's ("le Dr Ali Saeed Bin Harmal
/// Al Dhaheri", which the tagger may call an organisation).
fn reshape_tagged(
    words: &[&str],
    tagged: Vec<(Range<usize>, Label)>,
) -> Vec<(Range<usize>, Label)> {
    // "Zemmour : Nous", "Gates : Breakthrough Energy Ventures": no name
    // runs over a colon or a quotation mark; each side is a name.
    let separates = |w: &str| matches!(w, ":" | ";" | "|" | "«" | "»" | "“" | "”");
    let tagged = tagged.into_iter().flat_map(|(range, label)| {
        let mut parts = Vec::new();
        let mut start = range.start;
        for i in range.clone() {
            if separates(words[i]) {
                parts.extend((start < i).then_some((start..i, label)));
                start = i + 1;
            }
        }
        parts.extend((start < range.end).then_some((start..range.end, label)));
        parts
    });
    let mut joined: Vec<(Range<usize>, Label)> = Vec::new();
    for (range, label) in tagged {
        // The tagger leaves the "&" out ("Johnson", "Johnson") or starts
        // the second name with it ("Johnson", "& Johnson").
        let ampersand_before = |previous: &Range<usize>| {
            let gap = range.start.saturating_sub(previous.end);
            gap <= 1 && range.start >= previous.end && words.get(range.start - gap) == Some(&"&")
        };
        match joined.last_mut() {
            Some((previous, previous_label)) if ampersand_before(previous) => {
                previous.end = range.end;
                *previous_label = Label::Org;
            }
            _ => joined.push((range, label)),
        }
    }
    let mut reshaped = Vec::with_capacity(joined.len());
    for (range, mut label) in joined {
        let inner = &words[range.clone()];
        let addressed = range
            .start
            .checked_sub(1)
            .is_some_and(|before| text::is_abbreviated_address(words[before]))
            || inner.len() > 1 && text::is_abbreviated_address(inner[0]);
        if addressed
            && inner
                .iter()
                .all(|w| !w.starts_with(char::is_lowercase) || text::is_name_particle(w))
        {
            label = Label::Per;
        }
        if inner.contains(&"&") {
            reshaped.push((range, Label::Org));
            continue;
        }
        let Some(end) = text::name_end_before_title(inner) else {
            reshaped.push((range, label));
            continue;
        };
        reshaped.push((range.start..range.start + end, Label::Per));
        // "Maire de Tunis": the town after a local office's "de" is a place,
        // known to the KB or not.
        if text::is_local_office(inner[end]) {
            let place = (end + 1..inner.len())
                .rev()
                .find(|&i| matches!(inner[i - 1], "de" | "du" | "d'" | "d’"))
                .filter(|&i| inner[i..].iter().all(|w| !text::breaks_name(w)));
            if let Some(start) = place.filter(|&i| text::starts_name(inner[i])) {
                reshaped.push((range.start + start..range.end, Label::Loc));
            }
        }
    }
    reshaped
}

/// Lowercase nouns that head Russian place names, in the nominative:
/// "Одесская область", "Суэцкий канал", "Балтийское море".
const RUSSIAN_PLACE_HEADS: &[&str] = &[
    "область",
    "район",
    "край",
    "округ",
    "море",
    "океан",
    "озеро",
    "река",
    "канал",
    "остров",
    "полуостров",
    "залив",
    "пролив",
    "улица",
    "площадь",
    "проспект",
    "гора",
    "хребет",
    "пустыня",
    "долина",
    "город",
    "республика",
    "штат",
    "провинция",
    "губерния",
    "поселок",
    "посёлок",
    "село",
    "деревня",
];

/// The stems of [`RUSSIAN_PLACE_HEADS`], cut once.
static RUSSIAN_PLACE_HEAD_STEMS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    RUSSIAN_PLACE_HEADS
        .iter()
        .map(|head| identity::russian_stem(head))
        .collect()
});

/// Whether `word`, in any case, is a lowercase head of a Russian place
/// name ("области", "морем").
fn is_russian_place_head(word: &str) -> bool {
    RUSSIAN_PLACE_HEAD_STEMS.contains(&identity::russian_stem(word))
}

/// Russian words that neither open nor close a name: prepositions and
/// conjunctions.
fn is_russian_function_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "в" | "во"
            | "на"
            | "по"
            | "с"
            | "со"
            | "за"
            | "из"
            | "от"
            | "до"
            | "к"
            | "ко"
            | "о"
            | "об"
            | "у"
            | "для"
            | "при"
            | "под"
            | "над"
            | "без"
            | "через"
            | "после"
            | "и"
            | "или"
            | "а"
            | "но"
    )
}

/// The Russian model, trained on WikiANN's title-like sentences, runs
/// names on through what follows them in news text: "ЕС Дональд Туск
/// сказал", "России Александра Новака и вице-президента Еврокомиссии
/// Мароша Шефчовича", "Нагорном Карабахе в апреле 2016 года". A figure, a
/// currency sign, a comma or a month ends a name; a person's name holds
/// no lowercase word but a particle, a place's none but its head before
/// another capitalised word; a known first name and a surname after
/// another word start a person of their own. The pieces lose their
/// prepositions at both ends and a person's lowercase words at its end
/// (an organisation keeps lowercase words inside and at its end:
/// "Европейская комиссия"); the words left out are free for the KB's
/// names, and a piece opening with lowercase words is cut to its first
/// capital later, as any tagged name.
fn split_russian_run_ons(
    words: &[&str],
    tagged: Vec<(Range<usize>, Label)>,
    first_names: &WordSet,
) -> Vec<(Range<usize>, Label)> {
    let capitalised = |i: usize| words[i].starts_with(char::is_uppercase);
    let first_name = |i: usize| capitalised(i) && first_names.contains(&identity::key(words[i]));
    let breaks = |i: usize| {
        let w = words[i];
        w.chars().any(|c| c.is_ascii_digit())
            || matches!(w, "," | "$" | "€" | "£" | "₽")
            || (!capitalised(i) && trame_text::dates::is_month_word(w))
    };
    let mut out = Vec::with_capacity(tagged.len());
    let mut push_piece = |mut piece: Range<usize>, label: Label| {
        while !piece.is_empty() && is_russian_function_word(words[piece.start]) {
            piece.start += 1;
        }
        while !piece.is_empty()
            && (is_russian_function_word(words[piece.end - 1])
                || (label == Label::Per && !capitalised(piece.end - 1)))
        {
            piece.end -= 1;
        }
        if piece.is_empty() {
            return;
        }
        // "Ernst & Young" is a firm whatever its first word.
        let person_like = piece
            .clone()
            .all(|i| capitalised(i) || text::is_name_particle(words[i]));
        let label = if first_name(piece.start) && piece.len() > 1 && person_like {
            Label::Per
        } else {
            label
        };
        out.push((piece, label));
    };
    for (range, label) in tagged {
        let mut start = range.start;
        let mut piece_label = label;
        for i in range.clone() {
            // A first name and a surname ("Розамин Луис" ends with a first
            // name, "Сонный Джо" is a nickname), inside a span of another
            // kind: a person's own span is left to the context's
            // corrections, which cut a role or a common word off its front.
            let person_starts = label != Label::Per
                && i > start
                && first_name(i)
                && !first_name(i - 1)
                && i + 1 < range.end
                && capitalised(i + 1);
            // "Людвиг ван Бетховен": a surname's particle is no break, nor
            // is a place's lowercase head ("Одесской области").
            let lowercase_inside = !capitalised(i)
                && words[i] != "-"
                && !text::is_name_particle(words[i])
                && match piece_label {
                    Label::Per => true,
                    // A place tagged over lowercase words may be another
                    // kind of name ("Римской империи", "Волынской резней"):
                    // cut only between capitalised words.
                    Label::Loc => {
                        !is_russian_place_head(words[i]) && (i + 1..range.end).any(capitalised)
                    }
                    _ => false,
                };
            if breaks(i) || lowercase_inside || person_starts {
                push_piece(start..i, piece_label);
                start = if person_starts { i } else { i + 1 };
                // The person's name ends at the next break, and what
                // follows it has the span's label again.
                piece_label = if person_starts { Label::Per } else { label };
            }
        }
        push_piece(start..range.end, piece_label);
    }
    out
}

/// "австралийское минобороны": the KB reads a bare "Минобороны" as
/// Russia's, but a lowercase country adjective right before it names
/// another country's. An institution of one country that another country's
/// adjective opens is left unlinked.
fn unlink_other_countries_institutions(
    kb: &Kb,
    tokens: &[Span],
    words: &[&str],
    lang: Option<&str>,
    mentions: &mut [Mention<'_>],
) {
    for m in mentions.iter_mut() {
        let Some(country) = m.link.and_then(|entry| entry.country.as_deref()) else {
            continue;
        };
        let first = token_at(tokens, m.span.start);
        let Some(adjective) = first.checked_sub(1).and_then(|i| words.get(i)) else {
            continue;
        };
        if !adjective.starts_with(char::is_lowercase) {
            continue;
        }
        let demonym_of: Vec<&str> = kb
            .lookup(adjective, lang)
            .into_iter()
            .filter(|found| found.is_demonym())
            .map(|found| found.entry.id.as_str())
            .collect();
        if !demonym_of.is_empty() && !demonym_of.contains(&country) {
            m.link = None;
        }
    }
}

/// Index of the token that holds code point `at` (tokens sorted, disjoint).
fn token_at(tokens: &[Span], at: usize) -> usize {
    tokens.partition_point(|t| t.end <= at)
}

/// Marks mentions that follow a place's article or preposition ("en
/// Lombardie", "la Lombardie") as place readings.
fn mark_place_contexts(tokens: &[Span], words: &[&str], mentions: &mut [Mention<'_>]) {
    for mention in mentions.iter_mut() {
        let first = token_at(tokens, mention.span.start);
        if first > 0
            && words
                .get(first - 1)
                .is_some_and(|w| text::introduces_place(w))
        {
            mention.place_reading = true;
        }
    }
}

/// The shipped first names (Latin script, from the NER corpora), plus the
/// first words of the KB's Cyrillic full names of persons with their case
/// forms ("Джо", "Дмитрий", "Дмитрием"): no Russian corpus gives first
/// names (WikiANN writes surnames first), and without them a Russian
/// surname never finds its full name.
fn first_names(kb: &Kb) -> WordSet {
    let mut names = word_keys(FIRST_NAMES);
    for entry in kb.entries().iter().filter(|e| e.label == EntityLabel::Per) {
        let surfaces = std::iter::once(&entry.name).chain(entry.aliases.values().flatten());
        for surface in surfaces {
            let mut words = surface.split_whitespace();
            if let (Some(first), Some(_)) = (words.next(), words.next()) {
                let cyrillic_name = first
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() && ('\u{400}'..='\u{4ff}').contains(&c));
                if cyrillic_name {
                    names.insert(identity::key(first));
                }
            }
        }
    }
    names
}

/// Normalised words of every name, alias and acronym, whole ("kassym-jomart")
/// and split at apostrophes and hyphens, since tokenisers split there too.
fn kb_words(kb: &Kb) -> WordSet {
    let mut words = WordSet::default();
    for entry in kb.entries() {
        let surfaces = std::iter::once(&entry.name)
            .chain(entry.aliases.values().flatten())
            .chain(entry.acronyms.values().flatten());
        for surface in surfaces {
            for word in surface.split_whitespace() {
                words.insert(trame_kb::normalize(word));
                for piece in word.split(['\'', '’', '-']) {
                    words.insert(trame_kb::normalize(piece));
                }
                // "OPEP+" is two tokens: the sign is a word of the name.
                if word.len() > 1 && word.ends_with('+') {
                    words.insert("+".to_string());
                }
            }
        }
    }
    words
}

/// "fr" from "fr", "FR" or "fr-CA".
fn primary_language(code: &str) -> Option<String> {
    let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (!primary.is_empty()).then_some(primary)
}

/// The tagger's label of an entity label (`trame eval ner --pipeline`
/// compares the stage's entities with CoNLL gold by it).
pub fn ner_label(label: EntityLabel) -> Label {
    match label {
        EntityLabel::Per => Label::Per,
        EntityLabel::Org => Label::Org,
        EntityLabel::Loc => Label::Loc,
        EntityLabel::Misc => Label::Misc,
    }
}

fn entity_label(label: Label) -> EntityLabel {
    match label {
        Label::Per => EntityLabel::Per,
        Label::Org => EntityLabel::Org,
        Label::Loc => EntityLabel::Loc,
        Label::Misc => EntityLabel::Misc,
    }
}

#[cfg(test)]
mod tests;
