//! Whether two fingerprinted documents are versions of one text, and how.

use crate::align::align_by;
use crate::anchors::{AnchorClass, AnchorCode};
use crate::fingerprint::Fingerprint;
use serde::{Deserialize, Serialize};

/// How two documents are versions of one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The same words.
    Duplicate,
    /// Nearly the same words (an edited copy).
    NearDuplicate,
    /// Whole paragraphs in common.
    PartialReuse,
    /// Different languages, one text.
    Translation,
    /// One says it derives from the other, with no stronger evidence in the
    /// words.
    Stated,
}

impl LinkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Duplicate => "duplicate",
            LinkKind::NearDuplicate => "near_duplicate",
            LinkKind::PartialReuse => "partial_reuse",
            LinkKind::Translation => "translation",
            LinkKind::Stated => "stated",
        }
    }
}

/// A link between two versions, with its strength in `[0, 1]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VersionLink {
    pub kind: LinkKind,
    pub score: f32,
}

/// Texts shorter than this are too small to be called versions of anything.
const MIN_WORDS: u32 = 8;
/// Estimated word-shingle Jaccard similarity of near duplicates.
const NEAR_DUPLICATE_JACCARD: f32 = 0.7;
/// Partial reuse: at least this many paragraphs in common, and at least
/// this share of the shorter document's paragraphs (or twice the count).
const MIN_SHARED_PARAGRAPHS: usize = 2;
const MIN_SHARED_PARAGRAPH_SHARE: f32 = 0.15;
/// Translation: specific numbers matched in order, and the weighted share of
/// the shorter anchor sequence that aligns.
const MIN_MATCHED_NUMBERS: usize = 4;
const MIN_ANCHOR_SIMILARITY: f32 = 0.5;
/// A stated link or an outbound link still needs some agreement in content:
/// a translator's note naming the original does not make an unrelated text
/// a version of it.
const MIN_STATED_NUMBERS: usize = 1;
const MIN_POINTER_NUMBERS: usize = 3;
const MIN_POINTER_SIMILARITY: f32 = 0.3;

/// Whether two documents are versions of one text, and how.
///
/// In order of evidence:
/// 1. the same normalised text: `duplicate`;
/// 2. estimated word-shingle Jaccard ≥ 0.7: `near_duplicate`;
/// 3. at least two long paragraphs in common, making at least 15 % of the
///    shorter document (or four paragraphs whatever the share):
///    `partial_reuse`;
/// 4. different languages and a strong match of the anchor sequences, that
///    is at least four specific numbers aligned in order and half of the
///    weighted anchors of the shorter document aligned: `translation`;
/// 5. one states the other as its original (title or URL), or links to it
///    or names its outlet and day while their anchors partly agree:
///    `translation` when the languages differ, else `stated`.
///
/// Articles on one topic share entities and a few common numbers (days,
/// years); entities weigh little and common numbers are discounted, so they
/// do not reach these thresholds.
pub fn compare(a: &Fingerprint, b: &Fingerprint) -> Option<VersionLink> {
    let link = |kind, score: f32| {
        Some(VersionLink {
            kind,
            score: score.clamp(0.0, 1.0),
        })
    };
    let both_have_text = a.word_count >= MIN_WORDS && b.word_count >= MIN_WORDS;
    if both_have_text && a.text_hash == b.text_hash {
        return link(LinkKind::Duplicate, 1.0);
    }
    if both_have_text {
        let jaccard = estimated_jaccard(&a.minhash, &b.minhash);
        if jaccard >= NEAR_DUPLICATE_JACCARD {
            return link(LinkKind::NearDuplicate, jaccard);
        }
        let shared = a
            .paragraphs
            .iter()
            .filter(|p| b.paragraphs.contains(p))
            .count();
        let fewest = a.paragraphs.len().min(b.paragraphs.len()).max(1);
        let share = shared as f32 / fewest as f32;
        if shared >= 2 * MIN_SHARED_PARAGRAPHS
            || (shared >= MIN_SHARED_PARAGRAPHS && share >= MIN_SHARED_PARAGRAPH_SHARE)
        {
            return link(LinkKind::PartialReuse, share);
        }
    }
    let languages_differ = a.language != b.language;
    let stated = states(a, b) || states(b, a);
    let pointed = points(a, b) || points(b, a);
    // Aligning anchors is the costly step; in one language, without a
    // stated link, nothing below can hold.
    if !languages_differ && !stated && !pointed {
        return None;
    }
    let anchors = anchor_match(&a.anchors, &b.anchors);
    if languages_differ
        && anchors.numbers >= MIN_MATCHED_NUMBERS
        && anchors.similarity >= MIN_ANCHOR_SIMILARITY
    {
        return link(LinkKind::Translation, anchors.similarity);
    }
    let supported = (stated && anchors.numbers >= MIN_STATED_NUMBERS)
        || (pointed
            && anchors.numbers >= MIN_POINTER_NUMBERS
            && anchors.similarity >= MIN_POINTER_SIMILARITY);
    if supported {
        let kind = if languages_differ {
            LinkKind::Translation
        } else {
            LinkKind::Stated
        };
        return link(kind, anchors.similarity.max(0.5));
    }
    None
}

/// Whether `copy` names `original` as its original (title or URL).
fn states(copy: &Fingerprint, original: &Fingerprint) -> bool {
    copy.stated.iter().any(|k| original.identity.contains(k))
}

/// Whether `copy` links to `original` or names its outlet and day.
fn points(copy: &Fingerprint, original: &Fingerprint) -> bool {
    copy.pointers.iter().any(|k| original.identity.contains(k))
        || (copy.original_outlet_day.is_some() && copy.original_outlet_day == original.outlet_day)
}

/// Share of equal MinHash slots, the estimate of the Jaccard similarity.
fn estimated_jaccard(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count();
    equal as f32 / a.len() as f32
}

/// How well two anchor sequences align.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct AnchorMatch {
    /// Aligned weight over the total weight of the lighter sequence.
    pub similarity: f32,
    /// Specific numbers aligned.
    pub numbers: usize,
}

pub(crate) fn anchor_match(a: &[AnchorCode], b: &[AnchorCode]) -> AnchorMatch {
    let (aligned, pairs) = align_by(a.len(), b.len(), |i, j| {
        if a[i] == b[j] {
            a[i].weight()
        } else {
            0.0
        }
    });
    let weight = |s: &[AnchorCode]| s.iter().map(|c| c.weight()).sum::<f32>();
    let lighter = weight(a).min(weight(b));
    let numbers = pairs
        .iter()
        .filter(|&&(i, _)| a[i].class() == AnchorClass::Number)
        .count();
    AnchorMatch {
        similarity: if lighter > 0.0 {
            aligned / lighter
        } else {
            0.0
        },
        numbers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::fingerprint;
    use trame_doc::Document;

    fn doc(text: &str, language: &str) -> Document {
        let mut doc = Document {
            text: text.into(),
            ..Default::default()
        };
        doc.meta.language = Some(language.into());
        doc
    }

    const EN: &str = "At least 3,000 fighters have entered the valley from neighbouring Kestrenia since early December, a senior security official said.\n\nPrices of fuel and heating in the valley have risen by up to 40 percent since November. At least 340 people have been detained since the start of the month.\n\nThe valley is crossed by the Trans-Marches pipeline, a 7,500 km gas link whose Valdorian section cost $2.5 billion. A prolonged shutdown would cut gas to about 1.5 million households.";
    const FR: &str = "Au moins 3 000 combattants sont entrés dans la vallée depuis la Kestrénie voisine depuis début décembre, a déclaré un haut responsable.\n\nLes prix du carburant et du chauffage dans la vallée ont augmenté jusqu'à 40 % depuis novembre. Au moins 340 personnes ont été arrêtées depuis le début du mois.\n\nLa vallée est traversée par le gazoduc Trans-Marches, une liaison gazière de 7 500 km dont la section valdorienne a coûté 2,5 milliards de dollars. Un arrêt prolongé priverait de gaz environ 1,5 million de foyers.";
    /// Same topic, same places, different numbers: another article.
    const FR_OTHER: &str = "Plus de 4 200 habitants de la vallée ont franchi la frontière avec la Kestrénie depuis début janvier, selon la protection civile.\n\nTrois camps de 1 500 places ont été ouverts. Le coût est estimé à 2,3 millions d'euros par mois, et jusqu'à 10 % des habitants, environ 40 000 personnes, ont quitté la vallée en 2022.";

    #[test]
    fn a_translation_links_and_a_same_topic_article_does_not() {
        let en = fingerprint(&doc(EN, "en"));
        let fr = fingerprint(&doc(FR, "fr"));
        let other = fingerprint(&doc(FR_OTHER, "fr"));
        let link = compare(&en, &fr).expect("translation");
        assert_eq!(link.kind, LinkKind::Translation);
        assert!(link.score > 0.8, "{link:?}");
        assert_eq!(compare(&fr, &en), Some(link));
        assert_eq!(compare(&en, &other), None);
        assert_eq!(compare(&fr, &other), None);
    }

    #[test]
    fn copies_and_edited_copies() {
        let en = fingerprint(&doc(EN, "en"));
        let copy = fingerprint(&doc(&format!("{EN}\n\n"), "en"));
        assert_eq!(
            compare(&en, &copy).map(|l| l.kind),
            Some(LinkKind::Duplicate)
        );
        let edited = fingerprint(&doc(
            &EN.replace("At least 340 people", "At least 350 people"),
            "en",
        ));
        let edited = compare(&en, &edited).expect("near duplicate");
        assert_eq!(edited.kind, LinkKind::NearDuplicate);
    }

    #[test]
    fn shared_paragraphs_are_partial_reuse() {
        let paragraphs: Vec<&str> = EN.split("\n\n").collect();
        let reuse = format!(
            "An entirely new introduction written by another outlet about other things in the region this week.\n\n{}\n\nA new conclusion by the other outlet, about the weather, the markets, and the coming elections.\n\n{}",
            paragraphs[1], paragraphs[2]
        );
        let link = compare(
            &fingerprint(&doc(EN, "en")),
            &fingerprint(&doc(&reuse, "en")),
        )
        .expect("reuse");
        assert_eq!(link.kind, LinkKind::PartialReuse);
    }

    #[test]
    fn a_stated_original_links_when_the_content_agrees() {
        let mut original = doc(EN, "en");
        original.meta.title = Some("Valdoria calls in Compact troops".into());
        let summary_of = |text: &str| {
            let mut summary = doc(text, "en");
            summary.provenance.original = Some(trame_doc::Original {
                title: Some("Valdoria calls in Compact troops".into()),
                ..Default::default()
            });
            fingerprint(&summary)
        };
        let summary = summary_of("In short: some 3,000 fighters crossed over, officials say, and a pipeline of 7,500 km is at risk.");
        let link = compare(&fingerprint(&original), &summary).expect("stated");
        assert_eq!(link.kind, LinkKind::Stated);
        // The statement alone, on a text with nothing in common, is no link.
        let unrelated = summary_of("A review of the season's football results, with scores from every league in the country.");
        assert_eq!(compare(&fingerprint(&original), &unrelated), None);
    }

    #[test]
    fn kinds_serialise_in_snake_case() {
        assert_eq!(
            serde_json::to_string(&LinkKind::NearDuplicate).unwrap(),
            "\"near_duplicate\""
        );
        assert_eq!(LinkKind::PartialReuse.as_str(), "partial_reuse");
    }
}
