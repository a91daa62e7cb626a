//! Claims: the checkable sentences of a text, with their quantities, the
//! source they rest on and their hedges, as schema v1 [`Claim`]s.
//!
//! A sentence is checkable when it states a quantity, when a source
//! (its own or one carried over, see [`crate::sources`]) governs it and it
//! has a finite verb of fact or speech, or when it names its own anonymous
//! source. Questions are not claims; quoted
//! sentences are (a quoted claim is still a claim).
//!
//! Cost: each sentence is case-folded and tokenized once; every rule then
//! reads those tokens with hash lookups, so the stage is linear in the text
//! with no regex and no per-character allocation. Hedges are only looked for
//! in sentences already found checkable.

use std::ops::Range;

use trame_doc::{Claim, ClaimSource, Quantity, SourceKind, TextIndex, TextSpan};

use crate::hedges::hedges_in;
use crate::lex::{Analysed, Lang};
use crate::quantities::{is_large_scale_word, is_money_unit, quantities_in};
use crate::sources::{carry_over, source_in, Attribution, SPEECH_VERBS};

/// Builds the claims of `text`, whose sentences are the byte ranges
/// `sentences` (in order, as `trame_text::segment` gives them). Sentences
/// separated by a line break belong to different paragraphs, and sources
/// never carry across paragraphs. Ranges that do not fall on the text's
/// character boundaries are ignored. Offsets in the claims are code points;
/// `entities` stay empty for the pipeline to fill.
pub fn extract_claims(text: &str, sentences: &[Range<usize>], lang: Option<&str>) -> Vec<Claim> {
    extract_claims_indexed(text, &TextIndex::new(text), sentences, lang)
}

/// [`extract_claims`] with the caller's index of `text`: the pipeline builds
/// one per document for all its stages.
pub fn extract_claims_indexed(
    text: &str,
    index: &TextIndex,
    sentences: &[Range<usize>],
    lang: Option<&str>,
) -> Vec<Claim> {
    let lang = Lang::from_code(lang);
    let valid: Vec<(Range<usize>, &str)> = sentences
        .iter()
        .filter_map(|r| text.get(r.clone()).map(|s| (r.clone(), s)))
        .collect();
    let mut claims = Vec::new();
    let mut paragraph_start = 0;
    for k in 1..=valid.len() {
        let paragraph_ends = valid
            .get(k)
            .is_none_or(|next| paragraph_break(text, &valid[k - 1].0, &next.0));
        if paragraph_ends {
            let paragraph = &valid[paragraph_start..k];
            claims_of_paragraph(text, index, paragraph, lang, &mut claims);
            paragraph_start = k;
        }
    }
    claims
}

/// Whether a line break (or a disorder in the ranges) separates two sentences.
fn paragraph_break(text: &str, prev: &Range<usize>, next: &Range<usize>) -> bool {
    text.get(prev.end..next.start)
        .is_none_or(|gap| gap.contains('\n'))
}

/// Amounts from a million up, written with a scale word ("500 millions",
/// "le milliard").
const LARGE_AMOUNT: f64 = 1e6;

fn claims_of_paragraph(
    text: &str,
    index: &TextIndex,
    paragraph: &[(Range<usize>, &str)],
    lang: Lang,
    claims: &mut Vec<Claim>,
) {
    let analysed: Vec<Analysed> = paragraph.iter().map(|(_, s)| Analysed::new(s)).collect();
    let own = analysed.iter().map(source_in).collect();
    let attributions = carry_over(&analysed, own);
    // The unit of the paragraph's last large amount, for a later bare scale
    // word: "évalués à plus de 500 millions d’euros. … un chiffre qui
    // dépasse le milliard"; and for a number of its scale with no unit, in
    // the same sentence or when it is money ("33 milliards de dollars
    // d'aide, en plus des 22,5 milliards qu'il avait déjà demandés"): a
    // count of people or things a sentence before is often another count.
    let mut large_unit: Option<(String, usize)> = None;
    for (i, (((range, sentence), a), attribution)) in paragraph
        .iter()
        .zip(&analysed)
        .zip(attributions)
        .enumerate()
    {
        if a.is_question() {
            continue;
        }
        let mut found = quantities_in(a, lang);
        for q in &mut found {
            if q.value < LARGE_AMOUNT {
                continue;
            }
            // "le milliard", not the vague "les millions".
            let written = &sentence[q.range.clone()];
            let digits = written.contains(|c: char| c.is_ascii_digit());
            let bare_scale = !q.approx && !digits;
            let scaled_number = digits
                && written
                    .split_whitespace()
                    .next_back()
                    .is_some_and(is_large_scale_word);
            match &q.unit {
                None if bare_scale => q.unit = large_unit.as_ref().map(|(u, _)| u.clone()),
                None if scaled_number => {
                    q.unit = large_unit
                        .as_ref()
                        .filter(|(u, at)| *at == i || is_money_unit(u))
                        .map(|(u, _)| u.clone());
                }
                Some(unit) => large_unit = Some((unit.clone(), i)),
                None => {}
            }
        }
        let sourced = attribution
            .as_ref()
            .is_some_and(|at| at.source.kind != SourceKind::None);
        // A sentence naming its own unnamed source is what a reader checks
        // first, whatever its verb: "Ce qui, aux dires de tous les experts,
        // représente un véritable casse-tête".
        let own_anonymous = attribution
            .as_ref()
            .is_some_and(|at| at.sentence == i && at.source.kind == SourceKind::Anonymous);
        if found.is_empty() && !(sourced && has_factual_verb(a)) && !own_anonymous {
            continue;
        }
        let to_span = |r: Range<usize>| index.span(range.start + r.start..range.start + r.end);
        let quantities = found
            .into_iter()
            .map(|q| {
                let span = to_span(q.range);
                Quantity {
                    start: span.start,
                    end: span.end,
                    value: q.value,
                    unit: q.unit,
                    approx: q.approx,
                    bound: q.bound,
                }
            })
            .collect();
        let hedges = hedges_in(a)
            .into_iter()
            .map(|r| {
                let span = to_span(r.clone());
                TextSpan {
                    start: span.start,
                    end: span.end,
                    text: sentence[r].to_owned(),
                }
            })
            .collect();
        let span = index.span(range.clone());
        claims.push(Claim {
            start: span.start,
            end: span.end,
            text: (*sentence).to_owned(),
            quantities,
            source: claim_source(text, index, paragraph, attribution),
            hedges,
            entities: Vec::new(),
        });
    }
}

fn claim_source(
    text: &str,
    index: &TextIndex,
    paragraph: &[(Range<usize>, &str)],
    attribution: Option<Attribution>,
) -> ClaimSource {
    let located = attribution.and_then(|at| {
        let base = paragraph.get(at.sentence)?.0.start;
        let bytes = base + at.source.range.start..base + at.source.range.end;
        Some((at.source.kind, text.get(bytes.clone())?, index.span(bytes)))
    });
    match located {
        Some((kind, words, span)) => ClaimSource {
            kind,
            entity: None,
            start: Some(span.start),
            end: Some(span.end),
            text: Some(words.to_owned()),
        },
        None => ClaimSource {
            kind: SourceKind::None,
            entity: None,
            start: None,
            end: None,
            text: None,
        },
    }
}

/// Auxiliaries and copulas that make a sentence state something.
const FACTUAL_WORDS: &[&str] = &[
    "a",
    "ont",
    "est",
    "sont",
    "était",
    "étaient",
    "avait",
    "avaient",
    "été",
    "fut",
    "furent",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "been",
    "did",
    "will",
    "является",
    "есть",
    "будет",
];

/// Whether the sentence has a finite verb of fact or speech: an auxiliary or
/// copula, a speech verb, a French conditional (-rait, -raient), an English
/// past (-ed) or a Russian past (-л, -ла, -ло, -ли).
fn has_factual_verb(a: &Analysed) -> bool {
    (0..a.toks.len()).filter_map(|k| a.word(k)).any(|w| {
        let long = w.chars().count() > 3;
        FACTUAL_WORDS.contains(&w)
            || SPEECH_VERBS.contains(w)
            || (long && (w.ends_with("rait") || w.ends_with("raient") || w.ends_with("ed")))
            || (long && ["л", "ла", "ло", "ли"].iter().any(|e| w.ends_with(e)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use trame_doc::{Bound, Span};

    fn claims(text: &str, lang: &str) -> Vec<Claim> {
        let seg = trame_text::segment::segment(text, Some(lang));
        extract_claims(text, &seg.sentences, Some(lang))
    }

    fn slice(text: &str, start: usize, end: usize) -> String {
        let index = TextIndex::new(text);
        index.slice(text, Span::new(start, end)).to_owned()
    }

    #[test]
    fn a_bare_scale_word_counts_what_the_last_large_amount_counted() {
        // Article 23102.
        let text = "Aujourd’hui, les dégâts pour l’agriculture italienne sont évalués à plus de 500 millions d’euros. « Vers la fin de l’année, on aura surement un chiffre qui dépasse le milliard », continue-t-il.";
        let got = claims(text, "fr");
        let units: Vec<(f64, Option<&str>)> = got
            .iter()
            .flat_map(|c| &c.quantities)
            .map(|q| (q.value, q.unit.as_deref()))
            .collect();
        assert_eq!(units, [(5e8, Some("euros")), (1e9, Some("euros"))]);
    }

    #[test]
    fn a_number_of_a_large_scale_counts_the_money_counted_before() {
        let units = |text: &str, lang: &str| -> Vec<Option<String>> {
            claims(text, lang)
                .iter()
                .flat_map(|c| &c.quantities)
                .map(|q| q.unit.clone())
                .collect()
        };
        let text = "Biden a demandé 33 milliards de dollars d’aide supplémentaire, en plus des 22,5 milliards qu’il avait déjà demandés. Le Congrès a voté 40 milliards.";
        assert_eq!(units(text, "fr"), vec![Some("dollars".to_string()); 3]);
        // A count of people a sentence before is often another count.
        let text = "The number of non-Hispanics holding jobs has declined by 1.9 million. Over that period Hispanic employment rose by 3.9 million.";
        assert_eq!(units(text, "en"), [Some("non-hispanics".to_string()), None]);
    }

    #[test]
    fn unnamed_experts_and_media_are_anonymous_sources() {
        for (text, source) in [
            (
                "Ce qui, aux dires de tous les experts, représente un véritable casse-tête.",
                "tous les experts",
            ),
            (
                "Certains analystes prévoyaient un million de morts en cas de guerre.",
                "Certains analystes",
            ),
            (
                "Selon les médias, la police a formé un contingent.",
                "les médias",
            ),
        ] {
            let got = claims(text, "fr");
            assert_eq!(got.len(), 1, "{text}: {got:#?}");
            assert_eq!(got[0].source.kind, SourceKind::Anonymous, "{text}");
            assert_eq!(got[0].source.text.as_deref(), Some(source), "{text}");
        }
        let got = claims("Certains suggèrent de risquer une guerre nucléaire.", "fr");
        assert_eq!(got[0].source.kind, SourceKind::Anonymous);
        let got = claims(
            "Toutes les conditions sont préparées, notent les experts.",
            "fr",
        );
        assert_eq!(got[0].source.kind, SourceKind::Anonymous);
        // A name after the head makes the source named.
        let got = claims(
            "Selon les médias russes RT et Sputnik, 300 soldats sont partis.",
            "fr",
        );
        assert_eq!(got[0].source.kind, SourceKind::Named);
    }

    #[test]
    fn french_paragraph_with_carried_anonymous_source() {
        let text = "Selon une source de renseignements très haut placée, pas moins de 3\u{202F}000 combattants étrangers seraient morts. Dans ce centre, 22 Américains auraient été tués.\nÀ mon avis, c'est une honte.";
        let got = claims(text, "fr");
        assert_eq!(got.len(), 2, "{got:#?}");
        let first = &got[0];
        assert_eq!(first.source.kind, SourceKind::Anonymous);
        let (s, e) = (
            first.source.start.unwrap_or(0),
            first.source.end.unwrap_or(0),
        );
        assert_eq!(
            slice(text, s, e),
            "une source de renseignements très haut placée"
        );
        let q = &first.quantities[0];
        assert_eq!(slice(text, q.start, q.end), "3\u{202F}000 combattants");
        assert_eq!((q.value, q.bound), (3000.0, Some(Bound::Min)));
        assert_eq!(first.hedges[0].text, "seraient morts");
        let second = &got[1];
        assert_eq!(second.source.kind, SourceKind::Anonymous);
        assert_eq!(second.source.start, first.source.start);
        assert_eq!(slice(text, second.start, second.end), second.text);
        assert_eq!(second.quantities[0].unit.as_deref(), Some("américains"));
        assert!(second.entities.is_empty());
    }

    #[test]
    fn sourced_sentence_without_number_is_a_claim_and_opinion_is_not() {
        let text = "Selon le Kremlin, l'armée a repris la ville. Nous pensons que c'est faux. Est-ce vrai ?";
        let got = claims(text, "fr");
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].source.kind, SourceKind::Named);
        assert_eq!(got[0].source.text.as_deref(), Some("Kremlin"));
    }

    #[test]
    fn english_and_russian_claims() {
        let en = claims(
            "Ukrainian officials said 40 drones were shot down. Is that true?",
            "en",
        );
        assert_eq!(en.len(), 1);
        assert_eq!(en[0].source.kind, SourceKind::Anonymous);
        let ru = claims("По данным источника, погибли около 20 человек.", "ru");
        assert_eq!(ru.len(), 1);
        assert!(ru[0].quantities[0].approx);
        let none = claims("Le soleil brille sur 40 % du pays.", "fr");
        assert_eq!(none[0].source.kind, SourceKind::None);
        assert!(none[0].source.start.is_none());
    }

    #[test]
    fn invalid_ranges_are_ignored() {
        let text = "Près de 3 000 soldats.";
        // Out of bounds, reversed, then valid.
        let reversed = Range { start: 5, end: 2 };
        let bad = [0..1000, reversed, 0..text.len()];
        let got = extract_claims(text, &bad, Some("fr"));
        assert_eq!(got.len(), 1);
    }

    /// Throughput on news-like French text; run with `--ignored --nocapture`.
    /// The budget is the whole pipeline's 200,000 tokens/s per core, of
    /// which this stage should take a small share.
    #[test]
    #[ignore]
    fn throughput() {
        let paragraph = "Selon une source très haut placée, pas moins de 3 000 combattants étrangers seraient morts depuis février 2022. Dans ce centre, 22 Américains auraient été tués. Le président a rappelé que la France avait livré 40 % des obus promis, soit environ 1,5 million d'euros. Par ailleurs, Kiev a reçu une dizaine de chars Leopard.\n";
        let text = paragraph.repeat(2000);
        let seg = trame_text::segment::segment(&text, Some("fr"));
        let started = std::time::Instant::now();
        let found = extract_claims(&text, &seg.sentences, Some("fr"));
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{} tokens, {} claims, {:.0} tokens/s",
            seg.tokens.len(),
            found.len(),
            seg.tokens.len() as f64 / secs
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_stay_inside(
            text in "[ -~\u{A0}\u{202F}àéèêçôÀÉ«»’ёЁА-Яа-я0-9%$€\n.,]{0,200}",
            cuts in proptest::collection::vec((0usize..220, 0usize..220), 0..8),
        ) {
            let len = text.chars().count();
            let mut sentences: Vec<Range<usize>> = cuts.into_iter().map(|(a, b)| a..b).collect();
            sentences.extend(trame_text::segment::segment(&text, Some("fr")).sentences);
            for lang in [Some("fr"), Some("en"), Some("ru"), None] {
                for claim in extract_claims(&text, &sentences, lang) {
                    prop_assert!(claim.start <= claim.end && claim.end <= len);
                    for q in &claim.quantities {
                        prop_assert!(claim.start <= q.start && q.start <= q.end && q.end <= claim.end);
                    }
                    for h in &claim.hedges {
                        prop_assert!(claim.start <= h.start && h.start <= h.end && h.end <= claim.end);
                    }
                    if let (Some(s), Some(e)) = (claim.source.start, claim.source.end) {
                        prop_assert!(s <= e && e <= len);
                    }
                }
            }
        }
    }
}
