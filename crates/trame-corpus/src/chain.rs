//! The chain of a story's versions: which is the original, and which
//! version each other one derives from.

use crate::compare::{LinkKind, VersionLink};
use crate::normalize::normalise;
use serde::{Deserialize, Serialize};
use trame_doc::Provenance;

/// What the store knows of one version of a story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VersionInfo {
    pub id: String,
    pub language: Option<String>,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD` or RFC 3339.
    pub published: Option<String>,
    pub provenance: Provenance,
    pub title: Option<String>,
}

/// The place of a version in the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChainRole {
    Original,
    /// In another language than its parent.
    Translation,
    /// In the language of its parent.
    Republication,
}

impl ChainRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ChainRole::Original => "original",
            ChainRole::Translation => "translation",
            ChainRole::Republication => "republication",
        }
    }
}

/// One version in chain order.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ChainNode {
    /// Index into the versions given to [`order_chain`].
    pub index: usize,
    pub role: ChainRole,
    /// Index of the version this one derives from.
    pub parent: Option<usize>,
    /// The pairwise link with the parent, when known.
    pub link: Option<VersionLink>,
}

/// Evidence weights for choosing a parent. What a text states about itself
/// outweighs what the words suggest: a translator named as an outlet of the
/// story is where the copy was taken from.
const TRANSLATOR_IS_OUTLET: f32 = 12.0;
const REPUBLISHED_FROM_OUTLET: f32 = 4.0;
const NEAREST_REPUBLISHED_FROM: f32 = 1.0;
const IS_STATED_ORIGINAL_TITLE: f32 = 3.0;
const IS_STATED_ORIGINAL_OUTLET: f32 = 2.0;
const IS_STATED_ORIGINAL_LANGUAGE: f32 = 1.0;
const SAME_LANGUAGE: f32 = 0.5;
/// A version that states an original, a translator or a source is not the
/// original itself.
const STATES_A_SOURCE: f32 = -5.0;

/// Orders a story's versions into a chain: the original first, then each
/// other version after the version it most likely derives from.
///
/// The original is the version the others name as their original (outlet,
/// title, language of `provenance.original`, outlets of `republished_from`),
/// penalised when it states a source of its own; ties go to the earliest
/// date, then to input order.
///
/// The other versions are placed by date (undated last, input order breaking
/// ties), each attached to the placed version with the most evidence of
/// being its source: its outlet is the stated translator ("Traduction :
/// Réseau Horizon" makes a French copy a republication of Réseau Horizon's
/// translation) or a `republished_from` outlet; it is the stated original;
/// the pairwise link between them (`links`, indices into `versions`, either
/// order), weighted by kind, duplicates first; the same language. Without
/// any evidence a version hangs from the original. The role follows the
/// languages: a parent in another language makes a translation, the same
/// language a republication.
///
/// Returns nodes in chain order (parents before children).
pub fn order_chain(
    versions: &[VersionInfo],
    links: &[(usize, usize, VersionLink)],
) -> Vec<ChainNode> {
    let Some(root) = original_index(versions) else {
        return Vec::new();
    };
    let link_between = |a: usize, b: usize| {
        links
            .iter()
            .filter(|(x, y, _)| (*x == a && *y == b) || (*x == b && *y == a))
            .map(|(_, _, link)| *link)
            .max_by(|p, q| link_strength(p).total_cmp(&link_strength(q)))
    };
    let mut rest: Vec<usize> = (0..versions.len()).filter(|&i| i != root).collect();
    rest.sort_by(|&a, &b| {
        let day = |i: usize| versions[i].published.as_deref().map(date_prefix);
        match (day(a), day(b)) {
            (Some(x), Some(y)) => x.cmp(y).then(a.cmp(&b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.cmp(&b),
        }
    });
    let mut chain = vec![ChainNode {
        index: root,
        role: ChainRole::Original,
        parent: None,
        link: None,
    }];
    for child in rest {
        let mut best = (root, f32::MIN);
        for placed in chain.iter().map(|n| n.index) {
            let evidence = parent_evidence(&versions[child], &versions[placed])
                + link_between(child, placed).map_or(0.0, |l| link_strength(&l));
            if evidence > best.1 {
                best = (placed, evidence);
            }
        }
        let parent = if best.1 > 0.0 { best.0 } else { root };
        let role = if versions[child].language == versions[parent].language {
            ChainRole::Republication
        } else {
            ChainRole::Translation
        };
        chain.push(ChainNode {
            index: child,
            role,
            parent: Some(parent),
            link: link_between(child, parent),
        });
    }
    chain
}

/// The comparable part of a date: its day, so that a date-only value and a
/// full timestamp of the same day compare as equal.
fn date_prefix(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

fn link_strength(link: &VersionLink) -> f32 {
    let kind_weight = match link.kind {
        LinkKind::Duplicate => 3.0,
        LinkKind::NearDuplicate => 2.5,
        LinkKind::PartialReuse => 1.5,
        LinkKind::Translation | LinkKind::Stated => 1.0,
    };
    kind_weight * link.score
}

fn same_name(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let a = normalise(a);
            !a.is_empty() && a == normalise(b)
        }
        _ => false,
    }
}

/// How much `candidate` looks like what `copy` states as its original.
fn stated_original_evidence(copy: &VersionInfo, candidate: &VersionInfo) -> f32 {
    let Some(original) = &copy.provenance.original else {
        return 0.0;
    };
    let mut evidence = 0.0;
    if same_name(original.title.as_deref(), candidate.title.as_deref()) {
        evidence += IS_STATED_ORIGINAL_TITLE;
    }
    if same_name(original.outlet.as_deref(), candidate.outlet.as_deref()) {
        evidence += IS_STATED_ORIGINAL_OUTLET;
    }
    if original.language.is_some() && original.language == candidate.language {
        evidence += IS_STATED_ORIGINAL_LANGUAGE;
    }
    evidence
}

/// Evidence from the texts' statements that `copy` derives from `candidate`.
fn parent_evidence(copy: &VersionInfo, candidate: &VersionInfo) -> f32 {
    let outlet = candidate.outlet.as_deref();
    let mut evidence = stated_original_evidence(copy, candidate);
    if copy
        .provenance
        .translated_by
        .iter()
        .any(|t| same_name(Some(t), outlet))
    {
        evidence += TRANSLATOR_IS_OUTLET;
    }
    if let Some(position) = copy
        .provenance
        .republished_from
        .iter()
        .position(|r| same_name(Some(r), outlet))
    {
        evidence += REPUBLISHED_FROM_OUTLET;
        if position == 0 {
            evidence += NEAREST_REPUBLISHED_FROM;
        }
    }
    if copy.language.is_some() && copy.language == candidate.language {
        evidence += SAME_LANGUAGE;
    }
    evidence
}

/// The version the others point to as the original.
fn original_index(versions: &[VersionInfo]) -> Option<usize> {
    let score = |i: usize| {
        let candidate = &versions[i];
        let votes: f32 = versions
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, other)| {
                let named_source = other
                    .provenance
                    .republished_from
                    .iter()
                    .any(|r| same_name(Some(r), candidate.outlet.as_deref()));
                stated_original_evidence(other, candidate) + f32::from(u8::from(named_source))
            })
            .sum();
        let provenance = &candidate.provenance;
        let states_source = provenance.original.is_some()
            || !provenance.translated_by.is_empty()
            || !provenance.republished_from.is_empty();
        votes + if states_source { STATES_A_SOURCE } else { 0.0 }
    };
    (0..versions.len()).max_by(|&a, &b| {
        score(a).total_cmp(&score(b)).then_with(|| {
            // Earlier dates win, then earlier input: reversed because
            // max_by keeps the greatest.
            let day = |i: usize| versions[i].published.as_deref().map(date_prefix);
            match (day(a), day(b)) {
                (Some(x), Some(y)) => y.cmp(x),
                (Some(_), None) => std::cmp::Ordering::Greater,
                (None, Some(_)) => std::cmp::Ordering::Less,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then(b.cmp(&a))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_doc::Original;

    fn version(id: &str, language: &str, outlet: &str, published: &str) -> VersionInfo {
        VersionInfo {
            id: id.into(),
            language: Some(language.into()),
            outlet: Some(outlet.into()),
            published: Some(published.into()),
            provenance: Provenance::default(),
            title: None,
        }
    }

    fn from_meridian(mut v: VersionInfo, translated_by: &[&str]) -> VersionInfo {
        v.provenance = Provenance {
            original: Some(Original {
                outlet: Some("The Meridian Review".into()),
                language: Some("en".into()),
                ..Default::default()
            }),
            translated_by: translated_by.iter().map(|t| t.to_string()).collect(),
            republished_from: vec!["The Meridian Review".into()],
            links: Vec::new(),
        };
        v
    }

    #[test]
    fn stated_translator_and_source_decide_the_parents() {
        let versions = vec![
            from_meridian(
                version("aggregator", "fr", "Carrefour Global", "2022-01-16"),
                &["Réseau Horizon"],
            ),
            from_meridian(
                version(
                    "translator",
                    "fr",
                    "Réseau Horizon",
                    "2022-01-14T08:00:00+01:00",
                ),
                &["Luc Fermont"],
            ),
            version(
                "original",
                "en",
                "The Meridian Review",
                "2022-01-12T14:20:00Z",
            ),
            from_meridian(
                version("copy", "en", "The Coastal Dispatch", "2022-01-13"),
                &[],
            ),
        ];
        let chain = order_chain(&versions, &[]);
        let summary: Vec<(&str, ChainRole, Option<&str>)> = chain
            .iter()
            .map(|n| {
                (
                    versions[n.index].id.as_str(),
                    n.role,
                    n.parent.map(|p| versions[p].id.as_str()),
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                ("original", ChainRole::Original, None),
                ("copy", ChainRole::Republication, Some("original")),
                ("translator", ChainRole::Translation, Some("original")),
                ("aggregator", ChainRole::Republication, Some("translator")),
            ]
        );
    }

    #[test]
    fn without_statements_links_and_dates_decide() {
        let versions = vec![
            version("late copy", "en", "B", "2022-02-01"),
            version("first", "en", "A", "2022-01-01"),
            version("translation", "de", "C", "2022-01-05"),
        ];
        let translation = VersionLink {
            kind: LinkKind::Translation,
            score: 0.9,
        };
        let duplicate = VersionLink {
            kind: LinkKind::Duplicate,
            score: 1.0,
        };
        let chain = order_chain(&versions, &[(2, 0, translation), (0, 1, duplicate)]);
        let order: Vec<(usize, Option<usize>)> =
            chain.iter().map(|n| (n.index, n.parent)).collect();
        assert_eq!(order, vec![(1, None), (2, Some(1)), (0, Some(1))]);
        assert_eq!(chain[2].link, Some(duplicate));
        assert_eq!(chain[1].role, ChainRole::Translation);
        assert!(order_chain(&[], &[]).is_empty());
    }
}
