//! Exports of a trame corpus for other tools: JSON Lines, CSV, Parquet,
//! GraphML and schema.org ClaimReview.
//!
//! Every export reads the corpus through [`CorpusRead`] only, so it works on
//! any store backend, and walks documents one at a time: memory stays flat
//! whatever the corpus size (the graph keeps one id per entity and one
//! counter per distinct relation, the claim reviews one id per repeated
//! claim group).
//!
//! All offsets (`start`, `end`) are **Unicode code points** into the
//! document's `text`, end exclusive, as in schema v1: `text[start:end]` in
//! Python or JavaScript gives the span.
//!
//! # Formats
//!
//! * **jsonl** (a file): one analysed document per line, the schema v1
//!   document plus its corpus fields: `version` (1, 2 … for re-published
//!   versions of the same article), `story` (the story id, omitted when the
//!   document has none), `corpus_id` on each entity (the corpus-wide entity
//!   id) and `claim_group` on each claim (omitted when ungrouped).
//! * **csv** and **parquet** (a directory, one file per table): the tables
//!   described in [`TABLES`] — `documents`, `entities`,
//!   `mentions`, `quotes`, `claims`, `quantities`, `relations`, `stories`.
//!   CSV follows RFC 4180 (comma, `"` quoting, CRLF, UTF-8 without BOM, a
//!   header line); a missing value is an empty field and an empty string is
//!   `""`. Parquet is written with Snappy compression in row groups of
//!   [`ROW_GROUP_ROWS`] rows, and each column carries
//!   its description in the field metadata key `description`.
//! * **graphml** (a file): corpus entities as nodes and two kinds of edges,
//!   told apart by the edge key `type`: `cooccurrence` (undirected, `weight`
//!   = documents shared) and `relation` (directed subject → object, with
//!   `kind`, `role`, `negated` and `count` = statements across the corpus,
//!   also given as `weight`). The node key `label` holds the entity's name,
//!   which Gephi shows as the node label; `entity_type` holds PER, ORG, LOC
//!   or MISC.
//! * **claimreview** (a file): a JSON array of schema.org `ClaimReview`
//!   skeletons for fact-checkers to complete, one per line: one per claim
//!   group the store lists (a claim repeated in two or more documents),
//!   then one per other claim that carries a quantity and rests on no
//!   source or an anonymous one. The claim, its appearances (oldest first),
//!   its first appearance and its named author are filled in; what only
//!   the reviewer knows (the review's `author`, `url`, `datePublished` and
//!   `reviewRating`'s `ratingValue`, `bestRating`, `worstRating`,
//!   `alternateName`) is present and `null`.
//!
//! The `stories` table lists the versions of stories with two versions or
//! more; a document alone in its story has its story id in `documents`.

mod claimreview;
mod csv_table;
mod graphml;
mod jsonl;
mod parquet_table;
mod tables;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use trame_store::{CorpusRead, StoreError, StoredDocument};

pub use tables::{Column, ColumnKind, TableSpec, ROW_GROUP_ROWS, TABLES};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Jsonl,
    Csv,
    Parquet,
    Graphml,
    ClaimReview,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Jsonl,
        ExportFormat::Csv,
        ExportFormat::Parquet,
        ExportFormat::Graphml,
        ExportFormat::ClaimReview,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
            ExportFormat::Graphml => "graphml",
            ExportFormat::ClaimReview => "claimreview",
        }
    }

    /// Whether the export is a directory of files (one per table) rather
    /// than a single file.
    pub fn writes_directory(self) -> bool {
        matches!(self, ExportFormat::Csv | ExportFormat::Parquet)
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ExportFormat {
    type Err = ExportError;

    /// Parses a format name, ignoring ASCII case.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        ExportFormat::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| ExportError::UnknownFormat(name.to_string()))
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("unknown export format `{0}` (expected jsonl, csv, parquet, graphml or claimreview)")]
    UnknownFormat(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}: {source}", path.display())]
    Parquet {
        path: PathBuf,
        source: parquet::errors::ParquetError,
    },
    #[error("building a record batch: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    #[error("serialising JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// The files written, in the order they were finished.
    pub files: Vec<PathBuf>,
    /// Rows (lines, nodes, edges, reviews) written, by table or kind.
    pub rows: BTreeMap<String, u64>,
}

/// Writes the export to `out`: a file for jsonl, graphml and claimreview, a
/// directory of files for csv and parquet (one file per table, created with
/// its parents when missing; files of the same names are replaced).
pub fn export(
    store: &dyn CorpusRead,
    format: ExportFormat,
    out: &Path,
) -> Result<ExportSummary, ExportError> {
    match format {
        ExportFormat::Jsonl => jsonl::export(store, out),
        ExportFormat::Csv => tables::export(store, out, "csv", csv_table::open_table),
        ExportFormat::Parquet => tables::export(store, out, "parquet", parquet_table::open_table),
        ExportFormat::Graphml => graphml::export(store, out),
        ExportFormat::ClaimReview => claimreview::export(store, out),
    }
}

/// A buffered output file that names itself in its errors.
pub(crate) struct OutputFile {
    path: PathBuf,
    writer: BufWriter<File>,
}

impl OutputFile {
    pub(crate) fn create(path: &Path) -> Result<Self, ExportError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| io_error(parent, source))?;
        }
        let file = File::create(path).map_err(|source| io_error(path, source))?;
        Ok(OutputFile {
            path: path.to_path_buf(),
            writer: BufWriter::with_capacity(1 << 16, file),
        })
    }

    pub(crate) fn write_all(&mut self, bytes: &[u8]) -> Result<(), ExportError> {
        self.writer
            .write_all(bytes)
            .map_err(|source| io_error(&self.path, source))
    }

    /// Flushes the buffer and returns the path written.
    pub(crate) fn finish(mut self) -> Result<PathBuf, ExportError> {
        self.writer
            .flush()
            .map_err(|source| io_error(&self.path, source))?;
        Ok(self.path)
    }
}

pub(crate) fn io_error(path: &Path, source: io::Error) -> ExportError {
    ExportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Carries an export error out of a store walk: the store's callbacks can
/// only fail with a [`StoreError`], so the export error is kept aside, the
/// walk is stopped with a placeholder, and the kept error is what the caller
/// gets back.
#[derive(Default)]
pub(crate) struct Halt {
    failure: Option<ExportError>,
}

impl Halt {
    pub(crate) fn relay(&mut self, step: Result<(), ExportError>) -> Result<(), StoreError> {
        step.map_err(|e| {
            self.failure = Some(e);
            StoreError::Invalid("export stopped".to_string())
        })
    }

    pub(crate) fn finish(self, walked: Result<(), StoreError>) -> Result<(), ExportError> {
        match self.failure {
            Some(e) => Err(e),
            None => walked.map_err(ExportError::from),
        }
    }
}

/// Calls `f` on every current document of the store, in ingestion order.
pub(crate) fn each_document(
    store: &dyn CorpusRead,
    mut f: impl FnMut(StoredDocument) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let mut halt = Halt::default();
    let walked = store.for_each_document(&mut |doc| halt.relay(f(doc)));
    halt.finish(walked)
}

/// The name serde gives a unit enum value (`SourceKind::None` → `none`), so
/// that the tables spell kinds exactly as the JSON does.
pub(crate) fn serde_name(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for format in ExportFormat::ALL {
            assert_eq!(format.as_str().parse::<ExportFormat>().unwrap(), format);
        }
        assert_eq!(
            "ClaimReview".parse::<ExportFormat>().unwrap(),
            ExportFormat::ClaimReview
        );
        let err = "xlsx".parse::<ExportFormat>().unwrap_err();
        assert!(err.to_string().contains("`xlsx`"), "{err}");
    }

    #[test]
    fn serde_names_match_the_schema() {
        assert_eq!(serde_name(&trame_doc::SourceKind::Anonymous), "anonymous");
        assert_eq!(serde_name(&trame_doc::QuoteKind::Indirect), "indirect");
        assert_eq!(
            serde_name(&trame_store::VersionRole::Translation),
            "translation"
        );
    }

    #[test]
    fn a_failing_step_stops_the_walk_with_its_own_error() {
        let mut halt = Halt::default();
        let stopped = halt.relay(Err(ExportError::UnknownFormat("x".into())));
        assert!(stopped.is_err());
        match halt.finish(stopped) {
            Err(ExportError::UnknownFormat(name)) => assert_eq!(name, "x"),
            other => panic!("expected the step's error, got {other:?}"),
        }
    }
}
