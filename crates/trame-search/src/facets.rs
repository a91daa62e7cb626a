//! Facet counts over every matching document, read from the fast columns:
//! each segment counts term ordinals in a flat array, and ordinals become
//! strings only once per segment, at harvest.

use rustc_hash::FxHashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Cardinality, Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::schema::{column, ENTITY_NAME_SEPARATOR};
use crate::{FacetCount, Facets};

/// Entities listed in the entity facet.
const TOP_ENTITIES: usize = 20;

/// The faceted columns, in the order of [`FacetValues`].
const FACET_COLUMNS: [&str; 7] = [
    column::OUTLET,
    column::LANGUAGE,
    column::LABEL,
    column::ENTITY,
    column::SOURCE_KIND,
    column::TECHNIQUE,
    column::MONTH,
];

/// Document counts per value, per faceted column. A broad query counts tens
/// of thousands of entity values per segment, so the hash is the fast one.
type FacetValues = [FxHashMap<String, u64>; 7];

pub(crate) struct FacetCollector;

pub(crate) struct SegmentFacetCounter {
    /// Per faceted column: the segment's column (absent when no document
    /// of the segment has a value) and a count per term ordinal.
    columns: Vec<Option<(StrColumn, Vec<u64>)>>,
    /// Reused buffer of the ordinals of a block of documents.
    block_ords: Vec<Option<u64>>,
}

impl Collector for FacetCollector {
    type Fruit = FacetValues;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let columns = FACET_COLUMNS
            .iter()
            .map(|name| {
                Ok(segment.fast_fields().str(name)?.map(|column| {
                    let counts = vec![0; column.num_terms()];
                    (column, counts)
                }))
            })
            .collect::<tantivy::Result<_>>()?;
        Ok(SegmentFacetCounter {
            columns,
            block_ords: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segment_fruits: Vec<FacetValues>) -> tantivy::Result<FacetValues> {
        let mut merged = FacetValues::default();
        for fruit in segment_fruits {
            for (total, segment) in merged.iter_mut().zip(fruit) {
                for (value, count) in segment {
                    *total.entry(value).or_default() += count;
                }
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = FacetValues;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for (column, counts) in self.columns.iter_mut().flatten() {
            count_values(column.ords(), counts, doc);
        }
    }

    /// Queries without scoring (no text, or only exclusions) often match
    /// most of the corpus: single-valued columns are then read a block at a
    /// time, which is several times faster than document by document.
    fn collect_block(&mut self, docs: &[DocId]) {
        let SegmentFacetCounter {
            columns,
            block_ords,
        } = self;
        for (column, counts) in columns.iter_mut().flatten() {
            let ords = column.ords();
            if ords.get_cardinality() == Cardinality::Multivalued {
                for &doc in docs {
                    count_values(ords, counts, doc);
                }
            } else {
                block_ords.clear();
                block_ords.resize(docs.len(), None);
                ords.first_vals(docs, block_ords);
                for &ord in block_ords.iter().flatten() {
                    count_ord(counts, ord);
                }
            }
        }
    }

    fn harvest(self) -> FacetValues {
        let mut values = FacetValues::default();
        for (counted, column) in values.iter_mut().zip(self.columns) {
            let Some((column, counts)) = column else {
                continue;
            };
            // Terms are read back in one pass over the sorted dictionary:
            // a broad query counts thousands of entities, and looking each
            // ordinal up alone decodes its dictionary block from the start.
            let (ords, counts): (Vec<u64>, Vec<u64>) = counts
                .into_iter()
                .enumerate()
                .filter(|&(_, count)| count > 0)
                .map(|(ord, count)| (ord as u64, count))
                .unzip();
            let mut counts = counts.into_iter();
            // A dictionary that cannot give its terms back leaves the facet
            // short rather than failing a whole search.
            let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |term| {
                let count = counts.next().unwrap_or(0);
                if let Ok(value) = std::str::from_utf8(term) {
                    *counted.entry(value.to_string()).or_default() += count;
                }
            });
        }
        values
    }
}

fn count_values(ords: &Column<u64>, counts: &mut [u64], doc: DocId) {
    for ord in ords.values_for_doc(doc) {
        count_ord(counts, ord);
    }
}

fn count_ord(counts: &mut [u64], ord: u64) {
    // Ordinals are below the column's term count, which sized `counts`.
    if let Some(count) = counts.get_mut(ord as usize) {
        *count += 1;
    }
}

/// Most frequent first, then by value for a stable order.
fn ranked(counts: FxHashMap<String, u64>) -> Vec<FacetCount> {
    let mut ranked: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, count)| FacetCount {
            name: value.clone(),
            value,
            count,
        })
        .collect();
    ranked.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    ranked
}

/// Entities are counted per `id␟name`; an id indexed under several names
/// (renamed between two ingestions) is one entity, named by its most
/// frequent name.
fn ranked_entities(counts: FxHashMap<String, u64>) -> Vec<FacetCount> {
    let mut by_id: FxHashMap<&str, (u64, &str, u64)> = FxHashMap::default();
    for (value, &count) in &counts {
        let (id, name) = value
            .split_once(ENTITY_NAME_SEPARATOR)
            .unwrap_or((value.as_str(), value.as_str()));
        let entry = by_id.entry(id).or_default();
        entry.0 += count;
        if count > entry.2 || (count == entry.2 && name < entry.1) {
            entry.1 = name;
            entry.2 = count;
        }
    }
    let mut ranked: Vec<(&str, u64, &str)> = by_id
        .into_iter()
        .map(|(id, (count, name, _))| (id, count, name))
        .collect();
    let order =
        |a: &(&str, u64, &str), b: &(&str, u64, &str)| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0));
    // Only the first few are listed: select them, then sort those alone.
    if ranked.len() > TOP_ENTITIES {
        ranked.select_nth_unstable_by(TOP_ENTITIES, order);
        ranked.truncate(TOP_ENTITIES);
    }
    ranked.sort_by(order);
    ranked
        .into_iter()
        .map(|(id, count, name)| FacetCount {
            value: id.to_string(),
            name: name.to_string(),
            count,
        })
        .collect()
}

pub(crate) fn facets(values: FacetValues) -> Facets {
    let [outlet, language, label, entity, source_kind, technique, month] = values;
    Facets {
        outlet: ranked(outlet),
        language: ranked(language),
        label: ranked(label),
        entity: ranked_entities(entity),
        source_kind: ranked(source_kind),
        technique: ranked(technique),
        month: ranked(month),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entity_renamed_counts_once_under_its_usual_name() {
        let counts = FxHashMap::from_iter([
            ("12\u{1f}Piet Lanvaard".to_string(), 3),
            ("12\u{1f}P. Lanvaard".to_string(), 1),
            ("7\u{1f}Aurel Kostan".to_string(), 2),
        ]);
        let ranked = ranked_entities(counts);
        let summary: Vec<(&str, &str, u64)> = ranked
            .iter()
            .map(|facet| (facet.value.as_str(), facet.name.as_str(), facet.count))
            .collect();
        assert_eq!(
            summary,
            vec![("12", "Piet Lanvaard", 4), ("7", "Aurel Kostan", 2)]
        );
    }

    #[test]
    fn the_top_entities_are_the_most_frequent_in_order() {
        // Counts tie in pairs, so the order also rests on the id.
        let counts: FxHashMap<String, u64> = (0..45u64)
            .map(|i| (format!("{i}\u{1f}Entity {i}"), i / 2))
            .collect();
        let ranked = ranked_entities(counts);
        let ids: Vec<&str> = ranked.iter().map(|facet| facet.value.as_str()).collect();
        let mut expected: Vec<(u64, String)> = (0..45u64).map(|i| (i / 2, i.to_string())).collect();
        expected.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let expected: Vec<&str> = expected[..TOP_ENTITIES]
            .iter()
            .map(|(_, id)| id.as_str())
            .collect();
        assert_eq!(ids, expected);
    }
}
