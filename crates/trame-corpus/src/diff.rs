//! What changed from one version of a text to another.
//!
//! Paragraphs are aligned in order, then the sentences of each aligned pair.
//! Within one language, units align on their shared words; across languages
//! on their anchors (numbers and entity mentions, see [`crate::anchors`])
//! helped by their lengths, and the unanchored units between two aligned
//! ones pair by their lengths. Numbers are then compared in aligned
//! sentences, and claims with their counterparts.

use crate::align::align_by;
use crate::anchors::{document_anchors, paragraph_spans, Anchor, AnchorClass};
use crate::normalize::{normalise, words};
use crate::numbers::{find_numbers, value_key};
use crate::{NumberChange, SourcingChange, VersionDiff};
use std::collections::HashSet;
use trame_doc::{Claim, Document, SourceKind, Span, TextIndex};

/// Word overlap (Dice) for two paragraphs, or two sentences, of one language
/// to be the same unit edited.
const SAME_LANGUAGE_PARAGRAPH: f32 = 0.4;
const SAME_LANGUAGE_SENTENCE: f32 = 0.3;
/// A dropped sentence of one language must have most of its words missing
/// from the counterpart paragraph (else it was merged into another sentence).
const DROPPED_SENTENCE_MAX_CONTAINMENT: f32 = 0.6;
/// Length similarity, after correcting for the languages' expansion, for
/// units to pair without shared anchors.
const MIN_LENGTH_SIMILARITY: f32 = 0.5;
/// Bonus for two units that both hold specific numbers none of which match:
/// the same sentence with a number changed; penalty per specific number
/// that only one of them holds.
const CHANGED_NUMBER_BONUS: f32 = 0.5;
/// Weight of length similarity next to anchors across languages: lengths
/// vary with the translator, anchors do not.
const LENGTH_WEIGHT: f32 = 0.5;

/// Weight of a claim's place in its sentence when choosing its counterpart,
/// and of sourcing alike between otherwise equal candidates.
const PLACE_WEIGHT: f32 = 0.5;
const TIE_BREAK: f32 = 0.01;
/// Share of the source clause's length a counterpart in another language
/// must miss for its sourcing to count as cut.
const ATTRIBUTION_CUT_SHARE: f32 = 0.5;

/// A paragraph or a sentence, with what alignment compares.
#[derive(Debug)]
struct Unit {
    span: Span,
    chars: usize,
    words: HashSet<String>,
    anchors: Vec<Anchor>,
}

struct View<'d> {
    doc: &'d Document,
    index: TextIndex,
    paragraphs: Vec<Unit>,
    /// Sentences of each paragraph.
    sentences: Vec<Vec<Unit>>,
    anchors: Vec<Anchor>,
}

impl<'d> View<'d> {
    fn new(doc: &'d Document) -> Self {
        let index = TextIndex::new(&doc.text);
        let anchors = document_anchors(doc, &index);
        let paragraph_spans = paragraph_spans(&doc.text);
        let mut view = View {
            doc,
            index,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            anchors,
        };
        for &span in &paragraph_spans {
            let mut sentences: Vec<Unit> = doc
                .sentences
                .iter()
                .filter(|s| span.start <= s.start && s.start < span.end)
                .map(|s| view.unit(Span::new(s.start, s.end.min(span.end))))
                .filter(|u| u.chars > 0)
                .collect();
            sentences.sort_by_key(|u| u.span.start);
            if sentences.is_empty() {
                sentences.push(view.unit(span));
            }
            view.paragraphs.push(view.unit(span));
            view.sentences.push(sentences);
        }
        view
    }

    fn unit(&self, span: Span) -> Unit {
        let text = self.index.slice(&self.doc.text, span);
        let first = self.anchors.partition_point(|a| a.position < span.start);
        let last = self.anchors.partition_point(|a| a.position < span.end);
        Unit {
            span,
            chars: span.len(),
            words: words(text).into_iter().collect(),
            anchors: self.anchors[first..last].to_vec(),
        }
    }

    fn text(&self, span: Span) -> &str {
        self.index.slice(&self.doc.text, span)
    }
}

/// How units are compared: within one language by words, across languages
/// by anchors and length.
struct Similarity {
    cross_language: bool,
    /// Characters of `to` per character of `from`.
    expansion: f32,
    same_language_threshold: f32,
}

impl Similarity {
    fn length(&self, a: &Unit, b: &Unit) -> f32 {
        let a = a.chars as f32 * self.expansion;
        let b = b.chars as f32;
        if a <= 0.0 || b <= 0.0 {
            return 0.0;
        }
        a.min(b) / a.max(b)
    }

    /// Gain of pairing two units; zero when they must not pair.
    fn score(&self, a: &Unit, b: &Unit) -> f32 {
        if !self.cross_language {
            let d = dice(&a.words, &b.words);
            return if d >= self.same_language_threshold {
                d
            } else {
                0.0
            };
        }
        let length = self.length(a, b);
        if length < MIN_LENGTH_SIMILARITY / 2.0 {
            return 0.0;
        }
        let (aligned, pairs) = align_by(a.anchors.len(), b.anchors.len(), |i, j| {
            if a.anchors[i].code == b.anchors[j].code {
                a.anchors[i].code.weight()
            } else {
                0.0
            }
        });
        let unmatched_numbers = |anchors: &[Anchor], matched: &dyn Fn(usize) -> bool| {
            anchors
                .iter()
                .enumerate()
                .filter(|&(k, a)| a.code.class() == AnchorClass::Number && !matched(k))
                .count()
        };
        let a_left = unmatched_numbers(&a.anchors, &|k| pairs.iter().any(|p| p.0 == k));
        let b_left = unmatched_numbers(&b.anchors, &|k| pairs.iter().any(|p| p.1 == k));
        // Specific numbers left on both sides: one number changed. Left on
        // one side only: the other unit lacks a number a translation keeps.
        let numbers = match (a_left, b_left) {
            (0, 0) => 0.0,
            (0, n) | (n, 0) => -CHANGED_NUMBER_BONUS * n as f32,
            _ => CHANGED_NUMBER_BONUS,
        };
        if aligned + numbers <= 0.0 {
            return 0.0;
        }
        aligned + numbers + LENGTH_WEIGHT * length
    }

    /// Aligned pairs of units, in order.
    fn align(&self, from: &[Unit], to: &[Unit]) -> Vec<(usize, usize)> {
        let (_, pairs) = align_by(from.len(), to.len(), |i, j| self.score(&from[i], &to[j]));
        if !self.cross_language {
            return pairs;
        }
        // Runs without anchors between aligned units pair by length alone:
        // between two aligned units, the units of one side are the
        // translations of those of the other, less what was cut.
        let mut filled = Vec::with_capacity(pairs.len());
        let mut previous = (0, 0);
        for &(i, j) in pairs.iter().chain(std::iter::once(&(from.len(), to.len()))) {
            let (from_gap, to_gap) = (&from[previous.0..i], &to[previous.1..j]);
            let (_, gap_pairs) = align_by(from_gap.len(), to_gap.len(), |f, t| {
                let length = self.length(&from_gap[f], &to_gap[t]);
                if length >= MIN_LENGTH_SIMILARITY {
                    length
                } else {
                    0.0
                }
            });
            filled.extend(
                gap_pairs
                    .into_iter()
                    .map(|(f, t)| (previous.0 + f, previous.1 + t)),
            );
            if i < from.len() {
                filled.push((i, j));
            }
            previous = (i + 1, j + 1);
        }
        filled
    }
}

fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(b).count();
    2.0 * shared as f32 / (a.len() + b.len()) as f32
}

/// Dice coefficient of two multisets: 1 for equal ones, 0 for disjoint or
/// empty ones.
fn multiset_dice(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut rest = b.to_vec();
    let shared = a
        .iter()
        .filter(|x| {
            rest.iter()
                .position(|y| y == *x)
                .map(|k| rest.swap_remove(k))
                .is_some()
        })
        .count();
    2.0 * shared as f32 / (a.len() + b.len()) as f32
}

/// Share of the words of `part` found in `whole`.
fn containment(part: &HashSet<String>, whole: &HashSet<String>) -> f32 {
    if part.is_empty() {
        return 1.0;
    }
    part.iter().filter(|w| whole.contains(*w)).count() as f32 / part.len() as f32
}

/// What changed from one version to another: paragraphs dropped and added
/// (across languages, a translated paragraph is aligned, not added),
/// sentences dropped and added within aligned paragraphs, numbers altered in
/// aligned sentences, and claims whose sourcing weakened or whose hedges
/// changed.
pub fn diff(from: &Document, to: &Document) -> VersionDiff {
    let from_view = View::new(from);
    let to_view = View::new(to);
    let cross_language = from.meta.language != to.meta.language;
    let paragraph_similarity = Similarity {
        cross_language,
        expansion: expansion(&from_view.paragraphs, &to_view.paragraphs, None),
        same_language_threshold: SAME_LANGUAGE_PARAGRAPH,
    };
    let paragraph_pairs = paragraph_similarity.align(&from_view.paragraphs, &to_view.paragraphs);
    let mut result = VersionDiff::default();
    let from_aligned: HashSet<usize> = paragraph_pairs.iter().map(|p| p.0).collect();
    let to_aligned: HashSet<usize> = paragraph_pairs.iter().map(|p| p.1).collect();
    result.paragraphs_dropped = unaligned_texts(&from_view, &from_aligned);
    result.paragraphs_added = unaligned_texts(&to_view, &to_aligned);
    // Sentences compare lengths with the ratio of the aligned paragraphs
    // only: a dropped paragraph would skew it.
    let sentence_similarity = Similarity {
        cross_language,
        expansion: expansion(
            &from_view.paragraphs,
            &to_view.paragraphs,
            Some(&paragraph_pairs),
        ),
        same_language_threshold: SAME_LANGUAGE_SENTENCE,
    };
    for &(fp, tp) in &paragraph_pairs {
        let from_sentences = &from_view.sentences[fp];
        let to_sentences = &to_view.sentences[tp];
        let pairs = sentence_similarity.align(from_sentences, to_sentences);
        let dropped = unpaired(
            &pairs,
            from_sentences,
            to_sentences,
            true,
            &sentence_similarity,
            &to_view.paragraphs[tp],
        );
        let added = unpaired(
            &pairs,
            to_sentences,
            from_sentences,
            false,
            &sentence_similarity,
            &from_view.paragraphs[fp],
        );
        let to_group_chars = group_chars(&pairs, to_sentences, &added);
        result.sentences_dropped.extend(
            dropped
                .iter()
                .map(|&k| from_view.text(from_sentences[k].span).to_string()),
        );
        result.sentences_added.extend(
            added
                .iter()
                .map(|&k| to_view.text(to_sentences[k].span).to_string()),
        );
        for &(fs, ts) in &pairs {
            result.numbers_changed.extend(number_changes(
                &from_view,
                from_sentences[fs].span,
                &to_view,
                to_sentences[ts].span,
                to_view.paragraphs[tp].span,
            ));
        }
        result.sourcing_changed.extend(sourcing_changes(
            &from_view,
            from_sentences,
            &to_view,
            to_sentences,
            &pairs,
            &to_group_chars,
            &sentence_similarity,
        ));
    }
    result
}

/// Characters of `to` per character of `from`, over the aligned pairs when
/// given, else over everything.
fn expansion(from: &[Unit], to: &[Unit], pairs: Option<&[(usize, usize)]>) -> f32 {
    let (from_chars, to_chars) = match pairs {
        Some(pairs) => pairs.iter().fold((0, 0), |(f, t), &(i, j)| {
            (f + from[i].chars, t + to[j].chars)
        }),
        None => (
            from.iter().map(|u| u.chars).sum(),
            to.iter().map(|u| u.chars).sum(),
        ),
    };
    if from_chars == 0 || to_chars == 0 {
        1.0
    } else {
        to_chars as f32 / from_chars as f32
    }
}

fn unaligned_texts(view: &View, aligned: &HashSet<usize>) -> Vec<String> {
    view.paragraphs
        .iter()
        .enumerate()
        .filter(|(k, _)| !aligned.contains(k))
        .map(|(_, p)| view.text(p.span).to_string())
        .collect()
}

/// Sentences of `side` left out of `pairs` that are really gone: within
/// one language, most of their words are missing from the other paragraph;
/// across languages, merging them into an aligned neighbour's counterpart
/// would not fit the lengths better (a translator who splits or joins
/// sentences drops nothing).
fn unpaired(
    pairs: &[(usize, usize)],
    side: &[Unit],
    other: &[Unit],
    side_is_from: bool,
    similarity: &Similarity,
    other_paragraph: &Unit,
) -> Vec<usize> {
    let partner = |k: usize| {
        pairs.iter().find_map(|&(f, t)| {
            if side_is_from {
                (f == k).then_some(t)
            } else {
                (t == k).then_some(f)
            }
        })
    };
    let fit = |a: usize, b: usize| {
        let (from_chars, to_chars) = if side_is_from { (a, b) } else { (b, a) };
        let scaled = from_chars as f32 * similarity.expansion;
        let to_chars = to_chars as f32;
        if scaled <= 0.0 || to_chars <= 0.0 {
            0.0
        } else {
            scaled.min(to_chars) / scaled.max(to_chars)
        }
    };
    (0..side.len())
        .filter(|&k| partner(k).is_none())
        .filter(|&k| {
            if !similarity.cross_language {
                return containment(&side[k].words, &other_paragraph.words)
                    < DROPPED_SENTENCE_MAX_CONTAINMENT;
            }
            let neighbours = [k.checked_sub(1), Some(k + 1)];
            !neighbours.into_iter().flatten().any(|n| {
                let (Some(unit), Some(p)) = (side.get(n), partner(n)) else {
                    return false;
                };
                let counterpart = other[p].chars;
                fit(unit.chars + side[k].chars, counterpart) > fit(unit.chars, counterpart)
            })
        })
        .collect()
}

/// Numbers whose value changed between two aligned sentences: numbers are
/// aligned by value in order, and a run of unmatched numbers pairs one to
/// one when both sides have as many.
fn number_changes(
    from_view: &View,
    from_span: Span,
    to_view: &View,
    to_span: Span,
    to_paragraph: Span,
) -> Vec<NumberChange> {
    let numbers = |view: &View, span: Span| {
        let text = view.text(span);
        find_numbers(text)
            .into_iter()
            .map(|n| (text[n.start..n.end].to_string(), n.value))
            .collect::<Vec<_>>()
    };
    let a = numbers(from_view, from_span);
    let b = numbers(to_view, to_span);
    let (_, pairs) = align_by(a.len(), b.len(), |i, j| {
        f32::from(u8::from(value_key(a[i].1) == value_key(b[j].1)))
    });
    let mut changes = Vec::new();
    let mut previous = (0, 0);
    for &(i, j) in pairs.iter().chain(std::iter::once(&(a.len(), b.len()))) {
        let (from_gap, to_gap) = (previous.0..i, previous.1..j);
        if from_gap.len() == to_gap.len() {
            for (f, t) in from_gap.zip(to_gap) {
                changes.push(NumberChange {
                    from_text: a[f].0.clone(),
                    to_text: b[t].0.clone(),
                    from_value: a[f].1,
                    to_value: b[t].1,
                    context: to_view.text(to_paragraph).to_string(),
                });
            }
        }
        previous = (i + 1, j + 1);
    }
    changes
}

/// Strength of a claim's sourcing: a named person or a document, an
/// anonymous source, nothing.
fn sourcing_strength(kind: SourceKind) -> u8 {
    match kind {
        SourceKind::Named | SourceKind::Document => 2,
        SourceKind::Anonymous => 1,
        SourceKind::None => 0,
    }
}

fn source_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "named",
        SourceKind::Anonymous => "anonymous",
        SourceKind::Document => "document",
        SourceKind::None => "none",
    }
}

fn claims_in(doc: &Document, span: Span) -> impl Iterator<Item = &Claim> {
    doc.claims
        .iter()
        .filter(move |c| span.overlaps(Span::new(c.start, c.end)))
}

/// Claims of aligned sentences whose sourcing weakened or whose hedges
/// changed. A claim's counterpart is the claim of the aligned sentence that
/// shares the most numbers (then words, within one language).
fn sourcing_changes(
    from_view: &View,
    from_sentences: &[Unit],
    to_view: &View,
    to_sentences: &[Unit],
    pairs: &[(usize, usize)],
    to_group_chars: &[usize],
    similarity: &Similarity,
) -> Vec<SourcingChange> {
    let cross_language = similarity.cross_language;
    let mut changes = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for &(fs, ts) in pairs {
        for from_claim in claims_in(from_view.doc, from_sentences[fs].span) {
            let from_numbers: Vec<u64> = from_claim
                .quantities
                .iter()
                .map(|q| value_key(q.value))
                .collect();
            let from_words: HashSet<String> = words(&from_claim.text).into_iter().collect();
            let from_sentence = from_sentences[fs].span;
            let to_sentence = to_sentences[ts].span;
            let from_place = relative_place(from_claim, from_sentence);
            let counterpart = claims_in(to_view.doc, to_sentence).max_by(|x, y| {
                let closeness = |c: &Claim| {
                    let numbers: Vec<u64> =
                        c.quantities.iter().map(|q| value_key(q.value)).collect();
                    let shared_numbers = multiset_dice(&from_numbers, &numbers);
                    let overlap = if cross_language {
                        0.0
                    } else {
                        dice(&from_words, &words(&c.text).into_iter().collect())
                    };
                    let (start, end) = relative_place(c, to_sentence);
                    let place =
                        1.0 - ((from_place.0 - start).abs() + (from_place.1 - end).abs()) / 2.0;
                    // Between equally close claims, the one sourced alike:
                    // a change is reported only when no counterpart lacks it.
                    let alike = f32::from(u8::from(c.source.kind == from_claim.source.kind))
                        + f32::from(u8::from(
                            hedge_changes(from_claim, c, cross_language)
                                == (Vec::new(), Vec::new()),
                        ));
                    shared_numbers + overlap + PLACE_WEIGHT * place + TIE_BREAK * alike
                };
                closeness(x).total_cmp(&closeness(y))
            });
            let Some(to_claim) = counterpart else {
                continue;
            };
            let key = (from_claim.start, to_claim.start);
            if !seen.insert(key) {
                continue;
            }
            let weakened = sourcing_strength(to_claim.source.kind)
                < sourcing_strength(from_claim.source.kind)
                && (!cross_language
                    || attribution_cut(
                        from_claim,
                        from_sentences[fs].chars,
                        to_group_chars[ts],
                        similarity.expansion,
                    ));
            let (hedges_dropped, hedges_added) =
                hedge_changes(from_claim, to_claim, cross_language);
            if weakened || !hedges_dropped.is_empty() || !hedges_added.is_empty() {
                changes.push(SourcingChange {
                    from_claim: from_claim.text.clone(),
                    to_claim: Some(to_claim.text.clone()),
                    from_source: source_name(from_claim.source.kind).to_string(),
                    to_source: Some(source_name(to_claim.source.kind).to_string()),
                    hedges_dropped,
                    hedges_added,
                });
            }
        }
    }
    changes
}

/// Where a claim starts and ends within its sentence, from 0 (the start)
/// to 1 (the end).
fn relative_place(claim: &Claim, sentence: Span) -> (f32, f32) {
    if sentence.is_empty() {
        return (0.0, 0.0);
    }
    let place = |offset: usize| {
        offset.saturating_sub(sentence.start).min(sentence.len()) as f32 / sentence.len() as f32
    };
    (place(claim.start), place(claim.end))
}

/// Whether the counterpart of a claim's sentence in another language is
/// shorter than the sentence by about its source clause. The claim layers of
/// two languages can read one attribution differently; a weakening across
/// languages counts only when the words of the attribution are gone.
/// `to_chars` covers the counterpart sentence with the sentences a
/// translator split off it.
fn attribution_cut(from: &Claim, from_chars: usize, to_chars: usize, expansion: f32) -> bool {
    let (Some(start), Some(end)) = (from.source.start, from.source.end) else {
        return false;
    };
    let inside = from.start <= start && end <= from.end;
    let source_chars = end.saturating_sub(start) as f32 * expansion;
    let missing = from_chars as f32 * expansion - to_chars as f32;
    inside && source_chars > 0.0 && missing >= ATTRIBUTION_CUT_SHARE * source_chars
}

/// Characters of each aligned sentence of `to` with the unpaired sentences
/// around it that are not reported as added (a translator's split): each
/// such sentence joins the aligned sentence before it, else the one after.
fn group_chars(pairs: &[(usize, usize)], to: &[Unit], added: &[usize]) -> Vec<usize> {
    let mut chars: Vec<usize> = to.iter().map(|u| u.chars).collect();
    let paired = |k: usize| pairs.iter().any(|p| p.1 == k);
    for k in (0..to.len()).filter(|&k| !paired(k) && !added.contains(&k)) {
        let before = (0..k).rev().find(|&n| paired(n));
        let after = (k + 1..to.len()).find(|&n| paired(n));
        if let Some(host) = before.or(after) {
            chars[host] += to[k].chars;
        }
    }
    chars
}

/// Hedges dropped and added. Within one language hedges compare by their
/// words; across languages only their number can be compared, so the
/// surplus on either side is reported.
fn hedge_changes(from: &Claim, to: &Claim, cross_language: bool) -> (Vec<String>, Vec<String>) {
    let texts = |c: &Claim| c.hedges.iter().map(|h| h.text.clone()).collect::<Vec<_>>();
    let (from_hedges, to_hedges) = (texts(from), texts(to));
    if cross_language {
        return match from_hedges.len().cmp(&to_hedges.len()) {
            std::cmp::Ordering::Greater => (from_hedges[to_hedges.len()..].to_vec(), Vec::new()),
            std::cmp::Ordering::Less => (Vec::new(), to_hedges[from_hedges.len()..].to_vec()),
            std::cmp::Ordering::Equal => (Vec::new(), Vec::new()),
        };
    }
    let normalised = |hs: &[String]| hs.iter().map(|h| normalise(h)).collect::<HashSet<_>>();
    let (from_set, to_set) = (normalised(&from_hedges), normalised(&to_hedges));
    (
        from_hedges
            .iter()
            .filter(|h| !to_set.contains(&normalise(h)))
            .cloned()
            .collect(),
        to_hedges
            .iter()
            .filter(|h| !from_set.contains(&normalise(h)))
            .cloned()
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_doc::{ClaimSource, Quantity};

    /// A document with sentences cut after ". " and the given claims, each
    /// `(sentence start, source kind, source words)`.
    fn document(
        text: &str,
        language: &str,
        claims: &[(&str, SourceKind, Option<&str>)],
    ) -> Document {
        let chars = |byte: usize| text[..byte].chars().count();
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices(['.', '\n']) {
            let end = i + 1;
            if text[start..end].trim().len() > 1 {
                let lead = text[start..end].len() - text[start..end].trim_start().len();
                sentences.push(Span::new(chars(start + lead), chars(end)));
            }
            start = end;
        }
        let claims = claims
            .iter()
            .map(|&(opening, kind, source)| {
                let begin = text.find(opening).expect("claim in text");
                let end = begin + text[begin..].find('.').expect("sentence end") + 1;
                let sentence = &text[begin..end];
                let source_span = source.map(|s| {
                    let at = begin + sentence.find(s).expect("source in claim");
                    (chars(at), chars(at + s.len()))
                });
                Claim {
                    start: chars(begin),
                    end: chars(end),
                    text: sentence.to_string(),
                    quantities: find_numbers(sentence)
                        .iter()
                        .map(|n| Quantity {
                            start: chars(begin + n.start),
                            end: chars(begin + n.end),
                            value: n.value,
                            unit: None,
                            approx: false,
                            bound: None,
                        })
                        .collect(),
                    source: ClaimSource {
                        kind,
                        entity: None,
                        start: source_span.map(|s| s.0),
                        end: source_span.map(|s| s.1),
                        text: source.map(str::to_string),
                    },
                    hedges: Vec::new(),
                    entities: Vec::new(),
                }
            })
            .collect();
        let mut doc = Document {
            text: text.into(),
            sentences,
            claims,
            ..Default::default()
        };
        doc.meta.language = Some(language.into());
        doc
    }

    const FROM: &str = "The ministry said at least 3,000 fighters had crossed the border, an official who asked not to be named said. Nobody outside the ministry has been able to verify the figure independently so far. The border stays closed.\n\nThe foreign minister denied everything and offered to open the border posts to observers from abroad.\n\nPrices rose by up to 40 percent since November, and 340 people were detained.";
    const TO: &str = "The ministry said at least 5,000 fighters had crossed the border. The border stays closed.\n\nPrices rose by up to 40 percent since November, and 340 people were detained.";

    #[test]
    fn an_edited_copy_shows_its_cuts_and_changes() {
        let from = document(
            FROM,
            "en",
            &[(
                "The ministry said",
                SourceKind::Anonymous,
                Some("an official who asked not to be named"),
            )],
        );
        let to = document(TO, "en", &[("The ministry said", SourceKind::None, None)]);
        let changes = diff(&from, &to);
        assert_eq!(changes.paragraphs_dropped.len(), 1);
        assert!(changes.paragraphs_dropped[0].starts_with("The foreign minister"));
        assert!(changes.paragraphs_added.is_empty());
        assert_eq!(changes.sentences_dropped, vec!["Nobody outside the ministry has been able to verify the figure independently so far."]);
        assert!(changes.sentences_added.is_empty());
        let numbers: Vec<(&str, &str)> = changes
            .numbers_changed
            .iter()
            .map(|n| (n.from_text.as_str(), n.to_text.as_str()))
            .collect();
        assert_eq!(numbers, vec![("3,000", "5,000")]);
        assert_eq!(changes.sourcing_changed.len(), 1);
        assert_eq!(changes.sourcing_changed[0].from_source, "anonymous");
        assert_eq!(
            changes.sourcing_changed[0].to_source.as_deref(),
            Some("none")
        );
        assert_eq!(diff(&from, &from), VersionDiff::default());
    }

    #[test]
    fn a_translation_aligns_on_numbers_and_shows_what_it_dropped() {
        let from = document(FROM, "en", &[]);
        let to = document(
            "Le ministère a affirmé qu'au moins 5 000 combattants avaient franchi la frontière. La frontière reste fermée.\n\nLes prix ont augmenté jusqu'à 40 % depuis novembre, et 340 personnes ont été arrêtées.",
            "fr",
            &[],
        );
        let changes = diff(&from, &to);
        assert_eq!(changes.paragraphs_dropped.len(), 1, "{changes:#?}");
        assert!(changes.paragraphs_dropped[0].starts_with("The foreign minister"));
        assert!(changes.paragraphs_added.is_empty(), "{changes:#?}");
        assert_eq!(changes.sentences_dropped, vec!["Nobody outside the ministry has been able to verify the figure independently so far."]);
        let numbers: Vec<(f64, f64)> = changes
            .numbers_changed
            .iter()
            .map(|n| (n.from_value, n.to_value))
            .collect();
        assert_eq!(numbers, vec![(3000.0, 5000.0)]);
    }

    #[test]
    fn hedges_compare_by_words_within_a_language_and_by_count_across() {
        let hedge = |text: &str| trame_doc::TextSpan {
            start: 0,
            end: 1,
            text: text.into(),
        };
        let mut from = document("It may rise.", "en", &[("It may", SourceKind::None, None)])
            .claims
            .remove(0);
        let mut to = from.clone();
        from.hedges = vec![hedge("may")];
        to.hedges = vec![hedge("reportedly")];
        assert_eq!(
            hedge_changes(&from, &to, false),
            (vec!["may".to_string()], vec!["reportedly".to_string()])
        );
        assert_eq!(hedge_changes(&from, &to, true), (Vec::new(), Vec::new()));
        to.hedges.push(hedge("якобы"));
        assert_eq!(
            hedge_changes(&from, &to, true),
            (Vec::new(), vec!["якобы".to_string()])
        );
    }
}
