//! Scoring the entity layer against document-level gold lists
//! (`trame eval entities` and the pipeline's gold test).

use std::path::Path;

use trame_entities::score::{score_document, GoldDocument, Tally};

use crate::{AnalyzeError, Pipeline};

impl Pipeline {
    /// Analyses each article `gold` names, read from `articles`, and sums
    /// the scores of its entities ([`trame_entities::score`]). Entities
    /// named only by demonyms are left out, as the scoring rules say.
    pub fn score_entity_gold(
        &self,
        gold: &[GoldDocument],
        articles: &Path,
    ) -> Result<Tally, AnalyzeError> {
        let kb = self.entities().kb();
        let is_demonym = |surface: &str| {
            let matches = kb.lookup(surface, None);
            !matches.is_empty() && matches.iter().all(|m| m.is_demonym())
        };
        let mut total = Tally::default();
        for doc_gold in gold {
            let path = articles.join(&doc_gold.file);
            let mut docs = Vec::new();
            self.analyze_stream(trame_ingest::read_path(&path), |r| docs.push(r));
            let path = path.display().to_string();
            let doc = match docs.len() {
                0 => return Err(AnalyzeError::NoText { path }),
                1 => docs.remove(0)?,
                n => {
                    return Err(AnalyzeError::Internal {
                        path,
                        message: format!("{n} documents where the gold expects one article"),
                    })
                }
            };
            total.add(score_document(&doc_gold.entities, &doc, is_demonym));
        }
        Ok(total)
    }
}
