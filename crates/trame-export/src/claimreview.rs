//! schema.org `ClaimReview` skeletons for fact-checkers to complete.
//!
//! **Which claims.** One review per claim group the store lists (claims in
//! two or more documents that assert the same thing: the claims that
//! travel), then one per single claim that carries a quantity and rests on
//! no source or an anonymous one (`none`, `anonymous`): an unsourced figure
//! is what a fact-checker checks first. Groups come in the store's order
//! (most appearances first), single claims in ingestion order.
//!
//! **Fields.** `claimReviewed` is the claim's sentence (of the oldest
//! appearance for a group). `itemReviewed` is a `Claim` with its
//! `appearance`s (oldest first; at most the 100 the store lists per group),
//! each a `NewsArticle` when the outlet is known and a `CreativeWork`
//! otherwise, with `url`, `headline`, `datePublished` and `publisher`
//! when known; `firstAppearance` (the oldest); `datePublished` (its date);
//! and `author`, the named source of the first appearance when it is a
//! corpus entity — a `Person` for a PER entity, an `Organization` for any
//! other, with `sameAs` its Wikidata page when linked. A named source the
//! corpus did not resolve to an entity gets no `author` (its type is
//! unknown), nor does a claim whose first appearance is anonymous or
//! unsourced, even when a later copy credits someone.
//!
//! What only the reviewer can say is present and `null`: the review's
//! `author` (the fact-checking organisation), `url`, `datePublished`, and
//! the `reviewRating` (`ratingValue`, `bestRating`, `worstRating`,
//! `alternateName`). `identifier` ties the review back to the corpus:
//! `trame:claim-group:<id>` or `trame:claim:<document id>:<claim index>`.
//!
//! **Output.** One JSON array (valid JSON-LD as a whole), written one review
//! per line as it goes.

use crate::{each_document, ExportError, ExportSummary, OutputFile};
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::path::Path;
use trame_doc::{Document, SourceKind};
use trame_store::{ClaimUse, CorpusRead, DocumentSummary, EntityRef};

/// Claim groups read per page of [`CorpusRead::claim_groups`].
const GROUP_PAGE: usize = 256;

/// Writes the reviews as a JSON array, one per line.
struct ReviewArray {
    file: OutputFile,
    written: u64,
}

impl ReviewArray {
    fn push(&mut self, review: &Value) -> Result<(), ExportError> {
        let separator: &[u8] = if self.written == 0 { b"[\n" } else { b",\n" };
        self.file.write_all(separator)?;
        self.file.write_all(&serde_json::to_vec(review)?)?;
        self.written += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<std::path::PathBuf, ExportError> {
        let end: &[u8] = if self.written == 0 { b"[]\n" } else { b"\n]\n" };
        self.file.write_all(end)?;
        self.file.finish()
    }
}

pub(crate) fn export(store: &dyn CorpusRead, out: &Path) -> Result<ExportSummary, ExportError> {
    let mut reviews = ReviewArray {
        file: OutputFile::create(out)?,
        written: 0,
    };
    let mut grouped: HashSet<i64> = HashSet::new();
    let mut offset = 0;
    loop {
        let page = store.claim_groups(offset, GROUP_PAGE)?;
        for summary in &page {
            grouped.insert(summary.id);
            let Some(group) = store.claim_group(summary.id)? else {
                continue;
            };
            if let Some(review) = group_review(group.id, &group.appearances) {
                reviews.push(&review)?;
            }
        }
        if page.len() < GROUP_PAGE {
            break;
        }
        offset += page.len();
    }
    let group_reviews = reviews.written;

    each_document(store, |stored| {
        let doc = &stored.document;
        for (i, claim) in doc.claims.iter().enumerate() {
            let in_listed_group = stored
                .claim_groups
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|g| grouped.contains(&g));
            let unsourced = matches!(claim.source.kind, SourceKind::None | SourceKind::Anonymous);
            if in_listed_group || !unsourced || claim.quantities.is_empty() {
                continue;
            }
            reviews.push(&review(
                format!("trame:claim:{}:{i}", doc.id),
                &claim.text,
                claim_item(vec![appearance(&document_summary(doc))], None),
            ))?;
        }
        Ok(())
    })?;
    let single_reviews = reviews.written - group_reviews;
    Ok(ExportSummary {
        files: vec![reviews.finish()?],
        rows: [
            ("claim_groups".to_string(), group_reviews),
            ("single_claims".to_string(), single_reviews),
        ]
        .into(),
    })
}

/// The review of a claim group, `None` when it has no appearance.
fn group_review(id: i64, appearances: &[ClaimUse]) -> Option<Value> {
    let first = appearances.first()?;
    // Later appearances may credit another source (or none): the claim is
    // the first appearance's, as the reviewer will find it.
    let author = match (first.source_kind.as_str(), &first.source_entity) {
        ("named", Some(entity)) => Some(author(entity)),
        _ => None,
    };
    let item = claim_item(
        appearances
            .iter()
            .map(|a| appearance(&a.document))
            .collect(),
        author,
    );
    Some(review(format!("trame:claim-group:{id}"), &first.text, item))
}

/// A `ClaimReview` with the reviewer's fields left `null`.
fn review(identifier: String, text: &str, item: Value) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": identifier,
        "claimReviewed": text,
        "itemReviewed": item,
        "author": null,
        "url": null,
        "datePublished": null,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": null,
            "bestRating": null,
            "worstRating": null,
            "alternateName": null,
        },
    })
}

/// The `Claim` reviewed: where it appeared (oldest first) and who made it.
fn claim_item(appearances: Vec<Value>, author: Option<Value>) -> Value {
    let mut item = Map::new();
    item.insert("@type".into(), "Claim".into());
    if let Some(author) = author {
        item.insert("author".into(), author);
    }
    if let Some(first) = appearances.first() {
        if let Some(date) = first.get("datePublished") {
            item.insert("datePublished".into(), date.clone());
        }
        item.insert("firstAppearance".into(), first.clone());
    }
    item.insert("appearance".into(), Value::Array(appearances));
    Value::Object(item)
}

/// A document where a claim appears, with what is known of it.
fn appearance(doc: &DocumentSummary) -> Value {
    let mut work = Map::new();
    let kind = if doc.outlet.is_some() {
        "NewsArticle"
    } else {
        "CreativeWork"
    };
    work.insert("@type".into(), kind.into());
    for (key, value) in [
        ("url", &doc.url),
        ("headline", &doc.title),
        ("datePublished", &doc.published),
    ] {
        if let Some(value) = value {
            work.insert(key.into(), value.as_str().into());
        }
    }
    if let Some(outlet) = &doc.outlet {
        work.insert(
            "publisher".into(),
            json!({ "@type": "Organization", "name": outlet }),
        );
    }
    Value::Object(work)
}

/// The named source of a claim as a schema.org `Person` or `Organization`.
fn author(entity: &EntityRef) -> Value {
    let kind = if entity.label == "PER" {
        "Person"
    } else {
        "Organization"
    };
    let mut author = Map::new();
    author.insert("@type".into(), kind.into());
    author.insert("name".into(), entity.name.as_str().into());
    if let Some(qid) = &entity.qid {
        author.insert(
            "sameAs".into(),
            format!("https://www.wikidata.org/wiki/{qid}").into(),
        );
    }
    Value::Object(author)
}

/// What an appearance says of a document, as the store summarises it.
fn document_summary(doc: &Document) -> DocumentSummary {
    DocumentSummary {
        id: doc.id.clone(),
        title: doc.meta.title.clone(),
        outlet: doc.meta.outlet.clone(),
        language: doc.meta.language.clone(),
        published: doc.meta.published.clone(),
        url: doc.meta.canonical_url.clone().or(doc.source.url.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(outlet: Option<&str>, published: Option<&str>) -> DocumentSummary {
        DocumentSummary {
            id: "d1".into(),
            title: Some("Valdoria calls in Compact troops as Sarn Valley unrest spreads".into()),
            outlet: outlet.map(Into::into),
            language: Some("en".into()),
            published: published.map(Into::into),
            url: None,
        }
    }

    #[test]
    fn an_appearance_without_outlet_is_a_creative_work() {
        let known = appearance(&summary(Some("The Meridian Review"), Some("2022-01-12")));
        assert_eq!(known["@type"], "NewsArticle");
        assert_eq!(known["publisher"]["name"], "The Meridian Review");
        assert_eq!(known["datePublished"], "2022-01-12");
        assert!(known.get("url").is_none());
        let unknown = appearance(&summary(None, None));
        assert_eq!(unknown["@type"], "CreativeWork");
        assert!(unknown.get("publisher").is_none());
    }

    #[test]
    fn people_and_organisations_are_told_apart() {
        let person = author(&EntityRef {
            id: 1,
            label: "PER".into(),
            name: "Piet Lanvaard".into(),
            qid: None,
        });
        assert_eq!(person["@type"], "Person");
        assert!(person.get("sameAs").is_none());
        let org = author(&EntityRef {
            id: 2,
            label: "ORG".into(),
            name: "Collective Security Treaty Organization".into(),
            qid: Some("Q188815".into()),
        });
        assert_eq!(org["@type"], "Organization");
        assert_eq!(org["sameAs"], "https://www.wikidata.org/wiki/Q188815");
    }

    /// P5 of the Sarn Valley story: anonymous in the original, then a copy
    /// crediting a named entity.
    fn fighters_claim(
        outlet: &str,
        published: &str,
        source_kind: &str,
        source: Option<EntityRef>,
    ) -> ClaimUse {
        ClaimUse {
            document: summary(Some(outlet), Some(published)),
            text: "At least 3,000 fighters have entered the valley from neighbouring Kestrenia since early December.".into(),
            source_kind: source_kind.into(),
            source_entity: source,
            ..Default::default()
        }
    }

    #[test]
    fn a_group_is_credited_to_its_first_appearance_only() {
        let lanvaard = EntityRef {
            id: 7,
            label: "PER".into(),
            name: "Piet Lanvaard".into(),
            qid: None,
        };
        let anonymous_first = [
            fighters_claim("The Meridian Review", "2022-01-12", "anonymous", None),
            fighters_claim(
                "Réseau Horizon",
                "2022-01-14",
                "named",
                Some(lanvaard.clone()),
            ),
        ];
        let review = group_review(6, &anonymous_first).unwrap();
        assert_eq!(review["identifier"], "trame:claim-group:6");
        assert!(review["claimReviewed"]
            .as_str()
            .unwrap()
            .starts_with("At least 3,000"));
        assert!(review["itemReviewed"].get("author").is_none());

        let named_first = [fighters_claim(
            "The Meridian Review",
            "2022-01-12",
            "named",
            Some(lanvaard),
        )];
        let review = group_review(6, &named_first).unwrap();
        assert_eq!(review["itemReviewed"]["author"]["name"], "Piet Lanvaard");
        assert!(group_review(6, &[]).is_none());
    }

    #[test]
    fn the_claim_takes_its_first_appearance_and_date() {
        let item = claim_item(
            vec![
                appearance(&summary(Some("The Meridian Review"), Some("2022-01-12"))),
                appearance(&summary(Some("Carrefour Global"), Some("2022-01-16"))),
            ],
            None,
        );
        assert_eq!(
            item["firstAppearance"]["publisher"]["name"],
            "The Meridian Review"
        );
        assert_eq!(item["datePublished"], "2022-01-12");
        assert_eq!(item["appearance"].as_array().unwrap().len(), 2);
        assert!(item.get("author").is_none());
    }
}
