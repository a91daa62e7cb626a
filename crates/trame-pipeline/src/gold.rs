//! Scoring layers against document-level gold lists (`trame eval entities`,
//! `trame eval quotes --gold` and the pipeline's gold tests).

use std::path::Path;

use trame_doc::Document;
use trame_entities::score::{score_document, GoldDocument, Tally};

use crate::quote_score::{self, GoldQuoteDocument, QuoteTally};
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
            let doc = self.analyze_article(&articles.join(&doc_gold.file))?;
            total.add(score_document(&doc_gold.entities, &doc, is_demonym));
        }
        Ok(total)
    }

    /// Analyses each article `gold` names, read from `articles`, and sums
    /// the scores of its quotes, speakers and anonymous sources
    /// ([`quote_score`]).
    pub fn score_quote_gold(
        &self,
        gold: &[GoldQuoteDocument],
        articles: &Path,
    ) -> Result<QuoteTally, AnalyzeError> {
        let mut total = QuoteTally::default();
        for doc_gold in gold {
            let doc = self.analyze_article(&articles.join(&doc_gold.file))?;
            total.add(quote_score::score_document(doc_gold, &doc));
        }
        Ok(total)
    }

    /// Analyses the one article at `path`.
    fn analyze_article(&self, path: &Path) -> Result<Document, AnalyzeError> {
        let mut docs = Vec::new();
        self.analyze_stream(trame_ingest::read_path(path), |r| docs.push(r));
        let path = path.display().to_string();
        match docs.len() {
            0 => Err(AnalyzeError::NoText { path }),
            1 => docs.remove(0),
            n => Err(AnalyzeError::Internal {
                path,
                message: format!("{n} documents where the gold expects one article"),
            }),
        }
    }
}
