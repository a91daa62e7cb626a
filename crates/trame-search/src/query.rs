//! From a [`SearchQuery`] to tantivy queries: the user's text syntax, its
//! analysis into every language's fields, and the exact filters.

use std::ops::Bound;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryClone, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Term;

use crate::analysis::{analyze, Analysis};
use crate::dates;
use crate::schema::Fields;
use crate::{IndexedEntity, SearchError, SearchQuery};

/// Title matches count this many times a body match.
const TITLE_BOOST: f32 = 2.0;

/// One part of the query text: a word or a quoted phrase, required or
/// excluded (`-word`, `-"a phrase"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    pub(crate) text: String,
    pub(crate) excluded: bool,
}

/// Opening marks of phrases and the mark that closes each.
const PHRASE_QUOTES: [(char, char); 3] = [('"', '"'), ('«', '»'), ('“', '”')];

/// Splits the user's text into clauses. Never fails: a quote without its
/// closing mark, a lone `-` and any other punctuation are left to the
/// analysers, which drop them.
pub(crate) fn parse_clauses(input: &str) -> Vec<Clause> {
    let mut clauses = Vec::new();
    let mut rest = input.trim_start();
    while !rest.is_empty() {
        let (excluded, body) = match rest.strip_prefix('-') {
            Some(after) if after.starts_with(|c: char| !c.is_whitespace()) => (true, after),
            _ => (false, rest),
        };
        let phrase = body.chars().next().and_then(|first| {
            let (_, close) = PHRASE_QUOTES.iter().find(|(open, _)| *open == first)?;
            let inner = &body[first.len_utf8()..];
            let end = inner.find(*close)?;
            Some((&inner[..end], &inner[end + close.len_utf8()..]))
        });
        let (text, after) = phrase.unwrap_or_else(|| {
            let end = body.find(char::is_whitespace).unwrap_or(body.len());
            body.split_at(end)
        });
        clauses.push(Clause {
            text: text.to_string(),
            excluded,
        });
        rest = after.trim_start();
    }
    clauses
}

/// A clause of a `BooleanQuery`.
pub(crate) type BooleanClause = (Occur, Box<dyn Query>);

/// The text part of a search.
pub(crate) struct TextQuery {
    /// Required and excluded clauses; empty when the text has no word the
    /// analysers keep.
    pub(crate) clauses: Vec<BooleanClause>,
    /// Whether a clause is required: results are then ranked by score.
    pub(crate) has_required: bool,
    /// Terms of the required clauses in each language's body field, to
    /// highlight in snippets (in [`Analysis::ALL`] order).
    pub(crate) highlight_terms: [Vec<Term>; 4],
}

/// Each clause matches if it matches in any language's title or body, as
/// that language's analyser reads it, so a French query finds the English
/// documents that share its words and vice versa.
pub(crate) fn text_query(
    clauses: &[Clause],
    fields: &Fields,
    analyzers: &mut [TextAnalyzer; 4],
) -> TextQuery {
    let mut text_query = TextQuery {
        clauses: Vec::new(),
        has_required: false,
        highlight_terms: Default::default(),
    };
    for clause in clauses {
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        for analysis in Analysis::ALL {
            let terms = analyze(&mut analyzers[analysis.index()], &clause.text);
            if terms.is_empty() {
                continue;
            }
            let title_field = fields.title_by_analysis[analysis.index()];
            let text_field = fields.text_by_analysis[analysis.index()];
            alternatives.push(Box::new(BoostQuery::new(
                field_query(title_field, &terms),
                TITLE_BOOST,
            )));
            alternatives.push(field_query(text_field, &terms));
            if !clause.excluded {
                text_query.highlight_terms[analysis.index()].extend(
                    terms
                        .iter()
                        .map(|term| Term::from_field_text(text_field, term)),
                );
            }
        }
        if alternatives.is_empty() {
            continue;
        }
        let matches = BooleanQuery::union(alternatives);
        if clause.excluded {
            // tantivy 0.27's phrase scorer asserts (in debug builds) that an
            // exclusion never probes a document before its current one,
            // which the exclusion does; a union of two copies probes its
            // members safely and excludes the same documents.
            let probed_safely = BooleanQuery::union(vec![matches.box_clone(), Box::new(matches)]);
            text_query
                .clauses
                .push((Occur::MustNot, Box::new(probed_safely)));
        } else {
            text_query.has_required = true;
            text_query.clauses.push((Occur::Must, Box::new(matches)));
        }
    }
    text_query
}

/// A term, or a phrase when the analyser made several terms of one word
/// (`Jean-Pierre`, `l'OTAN` read by the English analyser). `terms` is not
/// empty: callers skip what analyses to nothing.
fn field_query(field: Field, terms: &[String]) -> Box<dyn Query> {
    let terms: Vec<Term> = terms
        .iter()
        .map(|term| Term::from_field_text(field, term))
        .collect();
    match <[Term; 1]>::try_from(terms) {
        Ok([term]) => Box::new(TermQuery::new(
            term,
            IndexRecordOption::WithFreqsAndPositions,
        )),
        Err(terms) => Box::new(PhraseQuery::new(terms)),
    }
}

/// Prefixes of the lookup keys of entities and speakers.
const ID_KEY: &str = "id:";
const QID_KEY: &str = "qid:";
const NAME_KEY: &str = "name:";

/// The keys an entity is found by (the key analyser lowercases them).
pub(crate) fn entity_keys(entity: &IndexedEntity) -> Vec<String> {
    let mut keys = vec![format!("{ID_KEY}{}", entity.id)];
    keys.extend(
        entity
            .qid
            .iter()
            .map(|qid| qid.trim())
            .filter(|qid| !qid.is_empty())
            .map(|qid| format!("{QID_KEY}{qid}")),
    );
    let name = entity.name.trim();
    if !name.is_empty() {
        keys.push(format!("{NAME_KEY}{name}"));
    }
    keys
}

/// The keys a user's entity reference may mean: always a name, and also a
/// corpus id (`E12`, `12`) or a QID (`Q7747`) when it has their shape.
fn entity_lookup_keys(reference: &str) -> Vec<String> {
    let mut keys = vec![format!("{NAME_KEY}{reference}")];
    let digits = reference.strip_prefix(['E', 'e']).unwrap_or(reference);
    if let Ok(id) = digits.parse::<i64>() {
        keys.push(format!("{ID_KEY}{id}"));
    }
    let is_qid = reference
        .strip_prefix(['Q', 'q'])
        .is_some_and(|number| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()));
    if is_qid {
        keys.push(format!("{QID_KEY}{reference}"));
    }
    keys
}

/// A filter value, if the user gave one (web forms send empty strings).
fn given(value: &Option<String>) -> Option<&str> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|value| !value.is_empty())
}

/// The exact filters of a query, each a clause every result must match.
/// They score nothing, so that they do not change the ranking.
pub(crate) fn filter_clauses(
    query: &SearchQuery,
    fields: &Fields,
    key_analyzer: &mut TextAnalyzer,
) -> Result<Vec<BooleanClause>, SearchError> {
    let mut filters: Vec<Box<dyn Query>> = Vec::new();
    let mut any_key = |field: Field, keys: Vec<String>| -> Box<dyn Query> {
        let terms = keys
            .iter()
            .flat_map(|key| analyze(key_analyzer, key))
            .map(|key| Term::from_field_text(field, &key))
            .collect();
        Box::new(BooleanQuery::new_multiterms_query(terms))
    };
    if let Some(entity) = given(&query.entity) {
        filters.push(any_key(fields.entity_key, entity_lookup_keys(entity)));
    }
    if let Some(speaker) = given(&query.speaker) {
        filters.push(any_key(fields.speaker_key, entity_lookup_keys(speaker)));
    }
    if let Some(outlet) = given(&query.outlet) {
        filters.push(any_key(fields.outlet, vec![outlet.to_string()]));
    }
    let exact = |field: Field, value: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        ))
    };
    if let Some(language) = given(&query.language).and_then(crate::analysis::normalize_language) {
        filters.push(exact(fields.language, &language));
    }
    if let Some(label) = given(&query.label) {
        filters.push(exact(fields.label, label));
    }
    if let Some(source_kind) = given(&query.source_kind) {
        filters.push(exact(fields.source_kind, source_kind));
    }
    if let Some(technique) = given(&query.technique) {
        filters.push(exact(fields.technique, technique));
    }
    if let Some(range) = date_range(query, fields.published_at)? {
        filters.push(range);
    }
    Ok(filters
        .into_iter()
        .map(|filter| {
            let unscored: Box<dyn Query> = Box::new(ConstScoreQuery::new(filter, 0.0));
            (Occur::Must, unscored)
        })
        .collect())
}

/// The range of `published` the query asks for, inclusive at both ends,
/// or `None` without bounds. Documents without a date have no value in the
/// field and so never match a range.
fn date_range(query: &SearchQuery, field: Field) -> Result<Option<Box<dyn Query>>, SearchError> {
    let invalid = |text: &str| SearchError::InvalidDate(text.to_string());
    let lower = match given(&query.date_from) {
        Some(text) => Bound::Included(Term::from_field_date(
            field,
            dates::lower_bound(text).ok_or_else(|| invalid(text))?,
        )),
        None => Bound::Unbounded,
    };
    let upper = match given(&query.date_to) {
        Some(text) => Bound::Excluded(Term::from_field_date(
            field,
            dates::upper_bound_exclusive(text).ok_or_else(|| invalid(text))?,
        )),
        None => Bound::Unbounded,
    };
    if matches!((&lower, &upper), (Bound::Unbounded, Bound::Unbounded)) {
        return Ok(None);
    }
    Ok(Some(Box::new(RangeQuery::new(lower, upper))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(text: &str, excluded: bool) -> Clause {
        Clause {
            text: text.to_string(),
            excluded,
        }
    }

    #[test]
    fn words_phrases_and_exclusions() {
        assert_eq!(
            parse_clauses(r#"Pacte "vallée de la Sarn" -Kestrénie -"maintien de l'ordre""#),
            vec![
                clause("Pacte", false),
                clause("vallée de la Sarn", false),
                clause("Kestrénie", true),
                clause("maintien de l'ordre", true),
            ]
        );
        assert_eq!(
            parse_clauses("« installations stratégiques » troupes"),
            vec![
                clause(" installations stratégiques ", false),
                clause("troupes", false)
            ]
        );
    }

    #[test]
    fn malformed_syntax_is_plain_words() {
        assert_eq!(
            parse_clauses(r#"  "Lanvaard a déclaré - title:(x*  "#),
            vec![
                clause("\"Lanvaard", false),
                clause("a", false),
                clause("déclaré", false),
                clause("-", false),
                clause("title:(x*", false),
            ]
        );
        assert_eq!(parse_clauses(""), vec![]);
        assert_eq!(parse_clauses("-"), vec![clause("-", false)]);
    }

    #[test]
    fn entity_references_by_id_qid_or_name() {
        assert_eq!(entity_lookup_keys("E12"), vec!["name:E12", "id:12"]);
        assert_eq!(entity_lookup_keys("12"), vec!["name:12", "id:12"]);
        assert_eq!(entity_lookup_keys("Q7747"), vec!["name:Q7747", "qid:Q7747"]);
        assert_eq!(
            entity_lookup_keys("Piet Lanvaard"),
            vec!["name:Piet Lanvaard"]
        );
    }
}
