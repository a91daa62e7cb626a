//! Acronyms defined in the document: "l'Agence spatiale européenne (ESA)",
//! "l'association des consortiums d'irrigation (Anbi)".
//!
//! An acronym in parentheses right after a name (or after a name and the
//! lowercase words that end it, "l'Agence lombarde pour la protection de
//! l'environnement (Arpa)") is that name: one ORG entity named by the full
//! name. A capitalised word in parentheses ("Orléans (Loiret)") counts only
//! when it starts with the name's initial; capitals in parentheses after no
//! name ("réalité augmentée (RA)", "Phoenix (AZ)") define nothing. After a lowercase description headed by an
//! organisation noun ("association", "agence") it is an organisation. Every
//! unlinked mention of the acronym in the document takes that label, so
//! "l'Anbi" two paragraphs later is not a place. Acronyms the KB knows are
//! left to the KB. A person's name is never the full name of an acronym in
//! parentheses: "Anne Hidalgo (PS)" gives her party. An acronym of three
//! characters or more right after an unknown organisation's name of
//! several words, without parentheses, is its acronym too ("l'Institut de
//! l'économie pour le climat I4CE").

use trame_doc::{EntityLabel, Span};

use crate::{identity, text, Mention};

/// Words walked back from the parenthesis to the name or the organisation
/// noun the acronym stands for.
const MAX_DESCRIPTION_WORDS: usize = 8;

/// Applies the document's acronym definitions to `mentions` (labels, spans
/// of full names ended by lowercase words, mentions of acronyms the tagger
/// missed) and returns the pairs (acronym mention, full name mention) that
/// denote one entity.
pub(crate) fn definitions<'t, F>(
    tokens: &[Span],
    words: &[&str],
    mentions: &mut Vec<Mention<'_>>,
    surface: &F,
) -> Vec<(Span, Span)>
where
    F: Fn(Span) -> &'t str,
{
    let mut pairs = Vec::new();
    let mut defined: Vec<(String, EntityLabel)> = Vec::new();
    for i in 2..words.len().saturating_sub(1) {
        let acronym = words[i];
        let parenthesised = words[i - 1] == "(" && words[i + 1] == ")";
        if !parenthesised || !(text::is_acronym(acronym) || text::is_word_acronym(acronym)) {
            continue;
        }
        let own = mentions.iter().position(|m| m.span == tokens[i]);
        if own.is_some_and(|k| mentions[k].demonym) {
            continue;
        }
        // An acronym the KB knows keeps its entry; it still joins an
        // unlinked organisation name before it ("Forum Économique Mondial
        // de Davos (FEM)"), never a place ("Lyon (AFP)").
        let own_link = own.and_then(|k| mentions[k].link);
        if own_link.is_some_and(|e| e.label != EntityLabel::Org) {
            continue;
        }
        let before = i - 2;
        // "Monsanto (Bayer)", "Orléans (Loiret)": a capitalised word in
        // parentheses is an acronym only if it starts like its full name.
        let initial_fits =
            |name: &str| text::is_acronym(acronym) || initial(name) == initial(acronym);
        let full = full_name(tokens, words, mentions, before)
            .filter(|&k| initial_fits(surface(mentions[k].span)))
            .filter(|&k| {
                // "Italian Bishops Conference (CEI)" is not the KB's CEI
                // (the CIS): a known acronym must also start like the name.
                let name = surface(mentions[k].span);
                own_link.is_none()
                    || mentions[k].link.is_none()
                        && mentions[k].label == EntityLabel::Org
                        && initial(name) == initial(acronym)
            });
        let label = match full {
            Some(k) => {
                if mentions[k].link.is_none() {
                    mentions[k].span.end = tokens[before].end;
                }
                pairs.push((tokens[i], mentions[k].span));
                // A name with an acronym the KB does not know is an
                // organisation's far more often than a place's: the tagger's
                // LOC or MISC for "Rassemblement national (RN)" or
                // "French-American Foundation (FAF)" is its usual mistake.
                EntityLabel::Org
            }
            None if own_link.is_some() => continue,
            None if described_as_organisation(words, before, &initial_fits) => EntityLabel::Org,
            None => continue,
        };
        if own.is_none() {
            mentions.push(Mention {
                span: tokens[i],
                label,
                link: None,
                demonym: false,
                place_reading: false,
            });
        }
        defined.push((identity::key(acronym), label));
    }
    // "l'Institut de l'économie pour le climat I4CE": the acronym may also
    // follow an unknown organisation's name without parentheses.
    for i in 1..words.len() {
        let acronym = words[i];
        if acronym.chars().count() < 3 || !text::is_acronym(acronym) {
            continue;
        }
        let Some(k) = mentions.iter().position(|m| {
            m.span.end == tokens[i - 1].end
                && m.label == EntityLabel::Org
                && m.link.is_none()
                && !m.demonym
                && m.span.start < tokens[i - 1].start
        }) else {
            continue;
        };
        if initial(surface(mentions[k].span)) != initial(acronym) {
            continue;
        }
        let full = mentions[k].span;
        match mentions.iter().position(|m| m.span == tokens[i]) {
            Some(own) if mentions[own].link.is_some() => continue,
            Some(own) => mentions[own].label = EntityLabel::Org,
            None => mentions.push(Mention {
                span: tokens[i],
                label: EntityLabel::Org,
                link: None,
                demonym: false,
                place_reading: false,
            }),
        }
        pairs.push((tokens[i], full));
        defined.push((identity::key(acronym), EntityLabel::Org));
    }
    for mention in mentions
        .iter_mut()
        .filter(|m| m.link.is_none() && !m.demonym)
    {
        let key = identity::key(surface(mention.span));
        if let Some(&(_, label)) = defined.iter().find(|(k, _)| *k == key) {
            mention.label = label;
            mention.place_reading = false;
        }
    }
    pairs
}

/// The first letter of a name, folded ("Économique" → 'e').
fn initial(name: &str) -> Option<char> {
    identity::key(name).chars().next()
}

/// The non-person mention that ends at token `last`, or before it with only
/// lowercase words in between; never an acronym itself ("l'IVG (ACAI)").
fn full_name(
    tokens: &[Span],
    words: &[&str],
    mentions: &[Mention<'_>],
    last: usize,
) -> Option<usize> {
    let lowest = last.saturating_sub(MAX_DESCRIPTION_WORDS);
    let mut j = last;
    loop {
        // "Committee on Foreign Investment in the United States (CFIUS)":
        // a name the KB knows as a place or a person is not the full name.
        let ending_here = mentions.iter().position(|m| {
            m.span.end == tokens[j].end
                && m.label != EntityLabel::Per
                && !m.demonym
                && m.link.is_none_or(|e| e.label == EntityLabel::Org)
        });
        if let Some(k) = ending_here {
            let is_acronym =
                tokens[j].start <= mentions[k].span.start && text::is_acronym(words[j]);
            return (!is_acronym).then_some(k);
        }
        if !is_lowercase_word(words[j]) || j == lowest {
            return None;
        }
        j -= 1;
    }
}

/// Whether the lowercase words ending at token `last` are headed by an
/// organisation noun that `fits` the acronym: "association des consortiums
/// d'irrigation".
fn described_as_organisation(words: &[&str], last: usize, fits: &dyn Fn(&str) -> bool) -> bool {
    let lowest = last.saturating_sub(MAX_DESCRIPTION_WORDS);
    (lowest..=last)
        .rev()
        .take_while(|&j| is_lowercase_word(words[j]))
        .any(|j| text::is_organisation_noun(words[j]) && fits(words[j]))
}

/// A word that continues a French name or description: lowercase letters,
/// possibly with an elided article ("l'environnement", "d'irrigation").
fn is_lowercase_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
}
