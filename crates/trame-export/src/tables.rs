//! The tables of the CSV and Parquet exports: their columns, and the rows
//! of one document, one entity or one story. The two formats share this
//! module and differ only in their [`TableWriter`].

use crate::{each_document, serde_name, ExportError, ExportSummary, Halt};
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use trame_doc::{Span, TextIndex};
use trame_store::{CorpusRead, StoredDocument};
use ColumnKind::{Bool, Float, Int, Text};

/// Rows per Parquet row group and per record batch: small enough that a
/// batch of article texts stays a few megabytes, large enough to compress.
pub const ROW_GROUP_ROWS: usize = 4096;

/// Stories read per page of [`CorpusRead::stories`].
const STORY_PAGE: usize = 256;

/// The type of a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Text,
    /// A 64-bit signed integer.
    Int,
    /// A 64-bit float.
    Float,
    Bool,
}

/// A column of an exported table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColumnKind,
    /// Whether the value may be missing.
    pub nullable: bool,
    pub description: &'static str,
}

/// An exported table: `<name>.csv` or `<name>.parquet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSpec {
    pub name: &'static str,
    pub columns: &'static [Column],
}

const fn column(
    name: &'static str,
    kind: ColumnKind,
    nullable: bool,
    description: &'static str,
) -> Column {
    Column {
        name,
        kind,
        nullable,
        description,
    }
}

const DOCUMENT_ID: Column = column("document", Text, false, "Document id");
const START: Column = column(
    "start",
    Int,
    false,
    "Start offset in Unicode code points into the document text",
);
const END: Column = column(
    "end",
    Int,
    false,
    "End offset (exclusive) in Unicode code points into the document text",
);

/// The tables, in the order the exports write them.
pub const TABLES: [TableSpec; 8] = [
    TableSpec {
        name: "documents",
        columns: &[
            column("id", Text, false, "Document id"),
            column("title", Text, true, "Title"),
            column("outlet", Text, true, "Publishing outlet"),
            column("language", Text, true, "ISO 639-1 language code"),
            column("published", Text, true, "Publication date, YYYY-MM-DD or RFC 3339"),
            column("url", Text, true, "Canonical URL, else the URL it was read from"),
            column("source_path", Text, false, "Input path it was read from"),
            column("source_format", Text, false, "Input format (html, text, markdown, jsonl, rss, warc)"),
            column("genre", Text, true, "opinion, reporting or satire, when classified"),
            column("authors", Text, true, "Authors joined with \"; \""),
            column("story", Int, true, "Story id (versions of one text across outlets and languages)"),
            column("version", Int, false, "1 for the first version of an article, then 2, 3 …"),
            column("text_chars", Int, false, "Length of the text in Unicode code points"),
            column("sentences", Int, false, "Number of sentences"),
            column("entities", Int, false, "Number of document entities"),
            column("mentions", Int, false, "Number of entity mentions"),
            column("quotes", Int, false, "Number of quotes"),
            column("claims", Int, false, "Number of claims"),
            column("quantities", Int, false, "Number of quantities in claims"),
            column("relations", Int, false, "Number of relations"),
        ],
    },
    TableSpec {
        name: "entities",
        columns: &[
            column("id", Int, false, "Corpus entity id"),
            column("label", Text, false, "PER, ORG, LOC or MISC"),
            column("name", Text, false, "Canonical name"),
            column("qid", Text, true, "Wikidata QID when linked"),
            column("documents", Int, false, "Documents that mention it"),
            column("mentions", Int, false, "Mentions across the corpus"),
        ],
    },
    TableSpec {
        name: "mentions",
        columns: &[
            DOCUMENT_ID,
            column("entity", Text, false, "Document-local entity id (e0, e1 …)"),
            column("corpus_entity", Int, true, "Corpus entity id"),
            START,
            END,
            column("text", Text, false, "The mention's words"),
        ],
    },
    TableSpec {
        name: "quotes",
        columns: &[
            DOCUMENT_ID,
            column("index", Int, false, "Position of the quote in the document"),
            column("kind", Text, false, "direct, partial or indirect"),
            column("speaker", Text, true, "Document-local entity id of the speaker"),
            column("speaker_corpus_entity", Int, true, "Corpus entity id of the speaker"),
            column("speaker_text", Text, true, "The words naming the speaker"),
            START,
            END,
            column("text", Text, false, "The quoted words, without quotation marks"),
            column("cue", Text, true, "The attribution cue (said, a déclaré …)"),
        ],
    },
    TableSpec {
        name: "claims",
        columns: &[
            DOCUMENT_ID,
            column("index", Int, false, "Position of the claim in the document"),
            START,
            END,
            column("text", Text, false, "The claim's sentence"),
            column("source_kind", Text, false, "named, anonymous, document or none"),
            column("source_text", Text, true, "The words of the source, when stated"),
            column("source_entity", Int, true, "Corpus entity id of a named source"),
            column("hedges", Text, true, "Hedging words joined with \"; \""),
            column("quantities", Int, false, "Number of quantities in the claim"),
            column("claim_group", Int, true, "Claim group: claims across documents that assert the same thing"),
        ],
    },
    TableSpec {
        name: "quantities",
        columns: &[
            DOCUMENT_ID,
            column("claim_index", Int, false, "Position of the claim in the document"),
            column("value", Float, false, "The number"),
            column("unit", Text, true, "Unit or counted noun"),
            column("approx", Bool, false, "Whether the number is approximate (about, environ …)"),
            column("bound", Text, true, "min (at least …) or max (at most …)"),
            START,
            END,
        ],
    },
    TableSpec {
        name: "relations",
        columns: &[
            DOCUMENT_ID,
            column("index", Int, false, "Position of the relation in the document"),
            column("kind", Text, false, "member_of or role"),
            column("subject", Int, true, "Corpus entity id of the subject"),
            column("object", Int, true, "Corpus entity id of the object"),
            column("role", Text, true, "The role's words, for role relations"),
            column("negated", Bool, false, "Whether the text states that the relation does not hold"),
            column("evidence_start", Int, false, "Start of the evidence in Unicode code points"),
            column("evidence_end", Int, false, "End (exclusive) of the evidence in Unicode code points"),
            column("evidence", Text, false, "The sentence or clause that states it"),
        ],
    },
    TableSpec {
        name: "stories",
        columns: &[
            column("story", Int, false, "Story id"),
            DOCUMENT_ID,
            column("role", Text, false, "original, translation or republication"),
            column("parent", Text, true, "Document id of the version it derives from"),
            column("link", Text, true, "How it was matched to its parent: duplicate, near_duplicate, partial_reuse, translation or stated"),
            column("score", Float, true, "Similarity to the parent, 0 to 1"),
        ],
    },
];

/// The tables by name, as indices into [`TABLES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    Documents,
    Entities,
    Mentions,
    Quotes,
    Claims,
    Quantities,
    Relations,
    Stories,
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell<'a> {
    Null,
    Text(Cow<'a, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl<'a> Cell<'a> {
    fn text(s: &'a str) -> Self {
        Cell::Text(Cow::Borrowed(s))
    }

    fn opt_text(s: Option<&'a str>) -> Self {
        s.map_or(Cell::Null, Cell::text)
    }

    fn count(n: usize) -> Self {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    fn opt_int(n: Option<i64>) -> Self {
        n.map_or(Cell::Null, Cell::Int)
    }

    /// Several values joined with `"; "`, missing when there are none.
    fn joined<S: AsRef<str>>(parts: &[S]) -> Self {
        if parts.is_empty() {
            Cell::Null
        } else {
            let words: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
            Cell::Text(Cow::Owned(words.join("; ")))
        }
    }
}

/// Where the rows of one table go.
pub(crate) trait TableWriter {
    fn write_row(&mut self, row: &[Cell<'_>]) -> Result<(), ExportError>;
    /// Writes what is buffered, closes the file and returns its path.
    fn finish(self: Box<Self>) -> Result<PathBuf, ExportError>;
}

/// Opens the writer of one table at a path.
pub(crate) type OpenTable =
    fn(&'static TableSpec, &Path) -> Result<Box<dyn TableWriter>, ExportError>;

/// The open writers, one per table, with their row counts.
struct Writers {
    writers: Vec<Box<dyn TableWriter>>,
    rows: Vec<u64>,
}

impl Writers {
    fn emit(&mut self, table: Table, row: &[Cell<'_>]) -> Result<(), ExportError> {
        let at = table as usize;
        debug_assert_eq!(row.len(), TABLES[at].columns.len(), "{}", TABLES[at].name);
        self.writers[at].write_row(row)?;
        self.rows[at] += 1;
        Ok(())
    }
}

/// Writes every table into `dir` as `<table>.<extension>`.
pub(crate) fn export(
    store: &dyn CorpusRead,
    dir: &Path,
    extension: &str,
    open: OpenTable,
) -> Result<ExportSummary, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| crate::io_error(dir, source))?;
    let mut writers = Writers {
        writers: TABLES
            .iter()
            .map(|spec| open(spec, &dir.join(format!("{}.{extension}", spec.name))))
            .collect::<Result<_, _>>()?,
        rows: vec![0; TABLES.len()],
    };
    each_document(store, |stored| document_rows(&stored, &mut writers))?;
    entity_rows(store, &mut writers)?;
    story_rows(store, &mut writers)?;
    let mut summary = ExportSummary::default();
    for ((spec, writer), rows) in TABLES.iter().zip(writers.writers).zip(writers.rows) {
        summary.files.push(writer.finish()?);
        summary.rows.insert(spec.name.to_string(), rows);
    }
    Ok(summary)
}

/// The rows of one document in the documents, mentions, quotes, claims,
/// quantities and relations tables.
fn document_rows(stored: &StoredDocument, out: &mut Writers) -> Result<(), ExportError> {
    let doc = &stored.document;
    let id = Cell::text(&doc.id);
    let corpus_ids: HashMap<&str, i64> = stored
        .entity_ids
        .iter()
        .map(|pair| (pair.local.as_str(), pair.corpus))
        .collect();
    let corpus_id =
        |local: Option<&str>| Cell::opt_int(local.and_then(|l| corpus_ids.get(l).copied()));
    let index = TextIndex::new(&doc.text);
    let slice = |start: usize, end: usize| -> &str {
        // Stored spans are validated; an impossible one exports as empty
        // text rather than stopping the export.
        if start <= end && end <= index.len_chars() {
            index.slice(&doc.text, Span::new(start, end))
        } else {
            ""
        }
    };
    let meta = &doc.meta;

    out.emit(
        Table::Documents,
        &[
            id.clone(),
            Cell::opt_text(meta.title.as_deref()),
            Cell::opt_text(meta.outlet.as_deref()),
            Cell::opt_text(meta.language.as_deref()),
            Cell::opt_text(meta.published.as_deref()),
            Cell::opt_text(meta.canonical_url.as_deref().or(doc.source.url.as_deref())),
            Cell::text(&doc.source.path),
            Cell::text(doc.source.format.as_str()),
            Cell::opt_text(meta.genre.as_deref()),
            Cell::joined(&meta.authors),
            Cell::opt_int(stored.story),
            Cell::Int(i64::from(stored.version)),
            Cell::count(index.len_chars()),
            Cell::count(doc.sentences.len()),
            Cell::count(doc.entities.len()),
            Cell::count(doc.entities.iter().map(|e| e.mentions.len()).sum()),
            Cell::count(doc.quotes.len()),
            Cell::count(doc.claims.len()),
            Cell::count(doc.claims.iter().map(|c| c.quantities.len()).sum()),
            Cell::count(doc.relations.len()),
        ],
    )?;

    for entity in &doc.entities {
        for span in &entity.mentions {
            out.emit(
                Table::Mentions,
                &[
                    id.clone(),
                    Cell::text(&entity.id),
                    corpus_id(Some(&entity.id)),
                    Cell::count(span.start),
                    Cell::count(span.end),
                    Cell::text(slice(span.start, span.end)),
                ],
            )?;
        }
    }

    for (i, quote) in doc.quotes.iter().enumerate() {
        out.emit(
            Table::Quotes,
            &[
                id.clone(),
                Cell::count(i),
                Cell::Text(Cow::Owned(serde_name(&quote.kind))),
                Cell::opt_text(quote.speaker.as_deref()),
                corpus_id(quote.speaker.as_deref()),
                Cell::opt_text(quote.speaker_text.as_deref()),
                Cell::count(quote.start),
                Cell::count(quote.end),
                Cell::text(&quote.text),
                Cell::opt_text(quote.cue.as_ref().map(|cue| cue.text.as_str())),
            ],
        )?;
    }

    for (i, claim) in doc.claims.iter().enumerate() {
        let hedges: Vec<&str> = claim.hedges.iter().map(|h| h.text.as_str()).collect();
        out.emit(
            Table::Claims,
            &[
                id.clone(),
                Cell::count(i),
                Cell::count(claim.start),
                Cell::count(claim.end),
                Cell::text(&claim.text),
                Cell::Text(Cow::Owned(serde_name(&claim.source.kind))),
                Cell::opt_text(claim.source.text.as_deref()),
                corpus_id(claim.source.entity.as_deref()),
                Cell::joined(&hedges),
                Cell::count(claim.quantities.len()),
                Cell::opt_int(stored.claim_groups.get(i).copied().flatten()),
            ],
        )?;
        for quantity in &claim.quantities {
            out.emit(
                Table::Quantities,
                &[
                    id.clone(),
                    Cell::count(i),
                    Cell::Float(quantity.value),
                    Cell::opt_text(quantity.unit.as_deref()),
                    Cell::Bool(quantity.approx),
                    quantity
                        .bound
                        .map_or(Cell::Null, |b| Cell::Text(Cow::Owned(serde_name(&b)))),
                    Cell::count(quantity.start),
                    Cell::count(quantity.end),
                ],
            )?;
        }
    }

    for (i, relation) in doc.relations.iter().enumerate() {
        out.emit(
            Table::Relations,
            &[
                id.clone(),
                Cell::count(i),
                Cell::text(&relation.kind),
                corpus_id(Some(&relation.subject)),
                corpus_id(Some(&relation.object)),
                Cell::opt_text(relation.role.as_deref()),
                Cell::Bool(relation.negated),
                Cell::count(relation.start),
                Cell::count(relation.end),
                Cell::text(slice(relation.start, relation.end)),
            ],
        )?;
    }
    Ok(())
}

fn entity_rows(store: &dyn CorpusRead, out: &mut Writers) -> Result<(), ExportError> {
    let mut halt = Halt::default();
    let walked = store.for_each_entity(&mut |entity, documents, mentions| {
        halt.relay(out.emit(
            Table::Entities,
            &[
                Cell::Int(entity.id),
                Cell::text(&entity.label),
                Cell::text(&entity.name),
                Cell::opt_text(entity.qid.as_deref()),
                Cell::Int(i64::try_from(documents).unwrap_or(i64::MAX)),
                Cell::Int(i64::try_from(mentions).unwrap_or(i64::MAX)),
            ],
        ))
    });
    halt.finish(walked)
}

/// One row per version of every story with more than one version (a
/// document alone in its story has its story id in the documents table).
fn story_rows(store: &dyn CorpusRead, out: &mut Writers) -> Result<(), ExportError> {
    let mut offset = 0;
    loop {
        let page = store.stories(offset, STORY_PAGE)?;
        for summary in &page {
            let Some(story) = store.story(summary.id)? else {
                continue;
            };
            for version in &story.versions {
                out.emit(
                    Table::Stories,
                    &[
                        Cell::Int(story.id),
                        Cell::text(&version.document.id),
                        Cell::Text(Cow::Owned(serde_name(&version.role))),
                        Cell::opt_text(version.parent.as_deref()),
                        Cell::opt_text(version.link.as_deref()),
                        version.score.map_or(Cell::Null, |s| Cell::Float(widen(s))),
                    ],
                )?;
            }
        }
        if page.len() < STORY_PAGE {
            return Ok(());
        }
        offset += page.len();
    }
}

/// A score kept as `f32` by the store, widened to the `f64` with the same
/// shortest decimal form (0.8122743, not 0.8122742772102356).
fn widen(score: f32) -> f64 {
    score.to_string().parse().unwrap_or(f64::from(score))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_follow_the_table_enum() {
        let order = [
            (Table::Documents, "documents"),
            (Table::Entities, "entities"),
            (Table::Mentions, "mentions"),
            (Table::Quotes, "quotes"),
            (Table::Claims, "claims"),
            (Table::Quantities, "quantities"),
            (Table::Relations, "relations"),
            (Table::Stories, "stories"),
        ];
        for (table, name) in order {
            assert_eq!(TABLES[table as usize].name, name);
        }
    }

    #[test]
    fn column_names_are_unique_within_a_table() {
        for spec in &TABLES {
            let mut names: Vec<&str> = spec.columns.iter().map(|c| c.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), spec.columns.len(), "{}", spec.name);
        }
    }

    #[test]
    fn scores_keep_their_short_form() {
        assert_eq!(widen(0.812_274_3).to_string(), "0.8122743");
        assert_eq!(widen(1.0), 1.0);
    }

    #[test]
    fn hedges_are_joined_and_absent_when_none() {
        assert_eq!(
            Cell::joined(&["reportedly", "allegedly"]),
            Cell::Text(Cow::Borrowed("reportedly; allegedly"))
        );
        assert_eq!(Cell::joined::<&str>(&[]), Cell::Null);
    }
}
