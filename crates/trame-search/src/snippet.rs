//! Snippets: the fragment of a document's text that best matches the query,
//! found by tantivy's `SnippetGenerator` in the field of the document's
//! language, with highlights as byte ranges into the fragment.

use std::collections::BTreeMap;

use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, Searcher, Term};

use crate::analysis::Analysis;
use crate::schema::Fields;
use crate::{SearchError, Snippet};

/// Target length of a snippet, in characters.
const SNIPPET_CHARS: usize = 200;

/// One generator per language field that has query terms.
pub(crate) struct SnippetMaker {
    generators: [Option<SnippetGenerator>; 4],
}

impl SnippetMaker {
    /// `highlight_terms` are the required terms of the query in each
    /// language's body field (in [`Analysis::ALL`] order).
    pub(crate) fn new(
        index: &Index,
        searcher: &Searcher,
        fields: &Fields,
        highlight_terms: &[Vec<Term>; 4],
    ) -> Result<SnippetMaker, SearchError> {
        let mut generators: [Option<SnippetGenerator>; 4] = Default::default();
        for analysis in Analysis::ALL {
            let terms = &highlight_terms[analysis.index()];
            if terms.is_empty() {
                continue;
            }
            // Rarer terms weigh more in choosing the fragment, as in
            // `SnippetGenerator::create`.
            let mut weighted = BTreeMap::new();
            for term in terms {
                let doc_freq = searcher.doc_freq(term)?;
                if let (true, Some(text)) = (doc_freq > 0, term.value().as_str()) {
                    weighted.insert(text.to_string(), 1.0 / (1.0 + doc_freq as f32));
                }
            }
            let field = fields.text_by_analysis[analysis.index()];
            generators[analysis.index()] = Some(SnippetGenerator::new(
                weighted,
                index.tokenizer_for_field(field)?,
                field,
                fragment_bytes(analysis),
            ));
        }
        Ok(SnippetMaker { generators })
    }

    /// The best fragment of `text` for the query, or the start of the text
    /// when the query has no words or matched only elsewhere (the title).
    pub(crate) fn snippet(&self, analysis: Analysis, text: &str) -> Snippet {
        let Some(generator) = &self.generators[analysis.index()] else {
            return lead(text);
        };
        let found = generator.snippet(text);
        if found.is_empty() {
            return lead(text);
        }
        let mut highlights: Vec<(usize, usize)> = found
            .highlighted()
            .iter()
            .map(|range| (range.start, range.end))
            .collect();
        highlights.sort_unstable();
        highlights.dedup();
        Snippet {
            text: found.fragment().to_string(),
            highlights,
        }
    }
}

/// The generator measures fragments in bytes: Cyrillic takes two bytes a
/// letter where French and English take about one.
fn fragment_bytes(analysis: Analysis) -> usize {
    match analysis {
        Analysis::Russian => 2 * SNIPPET_CHARS,
        Analysis::French | Analysis::English | Analysis::Other => SNIPPET_CHARS,
    }
}

/// The first [`SNIPPET_CHARS`] characters of the text, cut at a space
/// when one is near the end.
pub(crate) fn lead(text: &str) -> Snippet {
    let text = text.trim_start();
    let cut = text
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(offset, _)| offset);
    let mut lead = &text[..cut];
    if cut < text.len() {
        if let Some(space) = lead.rfind(char::is_whitespace) {
            if space > cut / 2 {
                lead = &lead[..space];
            }
        }
    }
    Snippet {
        text: lead.trim_end().to_string(),
        highlights: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_cuts_at_a_space_within_the_limit() {
        // From samples/corpus/story-ru-vestnik.txt: two-byte letters.
        let text = "Правительство Валдории в среду официально обратилось к Пакту Северных марок \
                    с просьбой направить войска в долину Сарна. Это произошло после недели \
                    столкновений между силами безопасности и вооружёнными группами.";
        let snippet = lead(text);
        assert!(snippet.text.chars().count() <= SNIPPET_CHARS);
        assert!(snippet.text.chars().count() > SNIPPET_CHARS / 2);
        assert!(text.starts_with(&snippet.text));
        assert!(text[snippet.text.len()..].starts_with(' '));
        assert!(snippet.highlights.is_empty());
        assert_eq!(lead("  short text").text, "short text");
    }
}
