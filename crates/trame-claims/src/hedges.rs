//! Hedges: the words by which a sentence says its content is unconfirmed or
//! uncertain ("vraisemblablement", "reportedly", "якобы"), including the
//! French conditional of unconfirmed news ("aurait tué", "seraient morts").
//!
//! Matching is on whole tokens of the case-folded sentence, so "may" does not
//! match inside "mayor"; a capitalised "May" is the month and is skipped.

use std::ops::Range;
use std::sync::LazyLock;

use crate::lex::{Analysed, PhraseSet};

/// Finds the hedges of `sentence`; byte ranges, in order.
///
/// The language is not needed: the lexicons of all languages are small and
/// disjoint enough to run together, which also covers quotes in another
/// language.
pub fn find_hedges(sentence: &str, _lang: Option<&str>) -> Vec<Range<usize>> {
    hedges_in(&Analysed::new(sentence))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Hedge {
    Plain,
    /// A French conditional auxiliary, a hedge only before a past
    /// participle: "aurait tué", "seraient morts".
    ConditionalAuxiliary,
}

static HEDGES: LazyLock<PhraseSet<Hedge>> = LazyLock::new(|| {
    use Hedge::*;
    PhraseSet::new(&[
        ("vraisemblablement", Plain),
        ("probablement", Plain),
        ("selon toute vraisemblance", Plain),
        ("selon toute probabilité", Plain),
        ("il se peut", Plain),
        ("il se pourrait", Plain),
        ("apparemment", Plain),
        ("prétendument", Plain),
        ("présumé*", Plain),
        ("prétendu*", Plain),
        ("soi-disant", Plain),
        ("semble", Plain),
        ("semblent", Plain),
        ("semblerait", Plain),
        ("sembleraient", Plain),
        ("pourrait", Plain),
        ("pourraient", Plain),
        ("peut-être", Plain),
        ("sans doute", Plain),
        ("possiblement", Plain),
        ("il est possible", Plain),
        ("il est probable", Plain),
        ("aurait", ConditionalAuxiliary),
        ("auraient", ConditionalAuxiliary),
        ("serait", ConditionalAuxiliary),
        ("seraient", ConditionalAuxiliary),
        ("reportedly", Plain),
        ("allegedly", Plain),
        ("alleged", Plain),
        ("apparently", Plain),
        ("purportedly", Plain),
        ("supposedly", Plain),
        ("presumably", Plain),
        ("may", Plain),
        ("might", Plain),
        ("could", Plain),
        ("seems", Plain),
        ("seem", Plain),
        ("seemed", Plain),
        ("appears to", Plain),
        ("appear to", Plain),
        ("appeared to", Plain),
        ("likely", Plain),
        ("unlikely", Plain),
        ("possibly", Plain),
        ("probably", Plain),
        ("perhaps", Plain),
        ("is said to", Plain),
        ("are said to", Plain),
        ("was said to", Plain),
        ("were said to", Plain),
        ("is believed to", Plain),
        ("are believed to", Plain),
        ("was believed to", Plain),
        ("were believed to", Plain),
        ("is thought to", Plain),
        ("are thought to", Plain),
        ("is reported to", Plain),
        ("are reported to", Plain),
        ("якобы", Plain),
        ("предположительно", Plain),
        ("по-видимому", Plain),
        ("по всей видимости", Plain),
        ("по всей вероятности", Plain),
        ("возможно", Plain),
        ("вероятно", Plain),
        ("видимо", Plain),
        ("может", Plain),
        ("может быть", Plain),
        ("могут", Plain),
        ("скорее всего", Plain),
        ("судя по всему", Plain),
        ("будто бы", Plain),
        ("предполагаем*", Plain),
        ("по неподтвержденным данным", Plain),
        ("по неподтвержденной информации", Plain),
    ])
});

/// Adverbs that may stand between a conditional auxiliary and its participle.
const INSERTED_ADVERBS: &[&str] = &[
    "déjà",
    "également",
    "aussi",
    "bien",
    "même",
    "notamment",
    "ainsi",
    "encore",
    "tous",
    "toutes",
];

/// Endings of French past participles ("tué", "pris", "mort", "détruites").
const PARTICIPLE_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes",
];

pub(crate) fn hedges_in(a: &Analysed) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < a.toks.len() {
        let Some((end, hedge)) = HEDGES.longest_at(a, i) else {
            i += 1;
            continue;
        };
        let last = match hedge {
            Hedge::Plain if a.word(i) == Some("may") && a.is_capitalised(i) => None,
            Hedge::Plain => Some(end - 1),
            Hedge::ConditionalAuxiliary => participle_after(a, end),
        };
        match last {
            Some(last) => {
                found.push(a.span(i, last));
                i = last + 1;
            }
            None => i = end,
        }
    }
    found
}

/// The participle right after a conditional auxiliary, past one adverb.
fn participle_after(a: &Analysed, j: usize) -> Option<usize> {
    let is_participle = |k: usize| {
        a.word(k).is_some_and(|w| {
            w.chars().count() > 2 && PARTICIPLE_ENDINGS.iter().any(|e| w.ends_with(e))
        })
    };
    if is_participle(j) {
        return Some(j);
    }
    let adverb = a.word(j).is_some_and(|w| INSERTED_ADVERBS.contains(&w));
    (adverb && is_participle(j + 1)).then_some(j + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hedges<'a>(s: &'a str, lang: &str) -> Vec<&'a str> {
        find_hedges(s, Some(lang))
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn french_hedges() {
        assert_eq!(
            hedges(
                "Le missile aurait tué 22 personnes, selon toute vraisemblance.",
                "fr"
            ),
            ["aurait tué", "selon toute vraisemblance"]
        );
        assert_eq!(
            hedges("Dix soldats seraient morts.", "fr"),
            ["seraient morts"]
        );
        assert_eq!(
            hedges("Il aurait déjà quitté Kiev.", "fr"),
            ["aurait déjà quitté"]
        );
        assert_eq!(
            hedges("Le présumé auteur pourrait être extradé.", "fr"),
            ["présumé", "pourrait"]
        );
        assert_eq!(
            hedges("Il se peut que Moscou vraisemblablement recule.", "fr"),
            ["Il se peut", "vraisemblablement"]
        );
        assert_eq!(hedges("Cela semblerait logique.", "fr"), ["semblerait"]);
    }

    #[test]
    fn french_conditional_without_participle_is_not_a_hedge() {
        assert!(hedges("Ce serait une erreur.", "fr").is_empty());
        assert!(hedges("Il aurait une maison.", "fr").is_empty());
    }

    #[test]
    fn english_hedges() {
        assert_eq!(
            hedges(
                "The commander was reportedly killed and is believed to have fled.",
                "en"
            ),
            ["reportedly", "is believed to"]
        );
        assert_eq!(
            hedges("Troops may have crossed; it could escalate.", "en"),
            ["may", "could"]
        );
        assert!(hedges("The mayor met him in May.", "en").is_empty());
        assert_eq!(hedges("He ALLEGEDLY lied.", "en"), ["ALLEGEDLY"]);
    }

    #[test]
    fn russian_hedges() {
        assert_eq!(
            hedges("По неподтверждённым данным, командир якобы погиб.", "ru"),
            ["По неподтверждённым данным", "якобы"]
        );
        assert_eq!(
            hedges("По-видимому, удар, возможно, был нанесён дроном.", "ru"),
            ["По-видимому", "возможно"]
        );
        assert_eq!(
            hedges("Предполагаемый организатор может быть задержан.", "ru"),
            ["Предполагаемый", "может быть"]
        );
    }
}
