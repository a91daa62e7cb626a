//! Running the pipeline over a stream of inputs.

use crate::{AnalyzeError, Pipeline};
use rayon::prelude::*;
use std::collections::BTreeMap;
use trame_doc::Document;
use trame_ingest::{IngestError, RawRecord};

/// Records analysed together. Large enough to keep every core busy on small
/// articles, small enough that a batch of big pages stays in memory easily.
pub const BATCH_SIZE: usize = 64;

/// What a run did, for the report at its end.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct RunSummary {
    pub documents: usize,
    /// Bytes of input content (decoded HTML or text) analysed.
    pub input_bytes: u64,
    pub failures: BTreeMap<&'static str, usize>,
}

impl RunSummary {
    pub fn failed(&self) -> usize {
        self.failures.values().sum()
    }
}

impl Pipeline {
    /// Analyses every record of `records` in parallel, batch by batch, and
    /// hands each result to `sink` in input order. One record's failure never
    /// stops the others.
    pub fn analyze_stream<I, F>(&self, records: I, sink: F) -> RunSummary
    where
        I: Iterator<Item = Result<RawRecord, IngestError>>,
        F: FnMut(Result<Document, AnalyzeError>),
    {
        self.analyze_stream_map(records, |doc| doc, sink)
    }

    /// As [`Pipeline::analyze_stream`], with `map` applied to each analysed
    /// document on the worker threads: per-document work that follows the
    /// analysis (fingerprints, keys) runs in parallel too, and only its
    /// result reaches the sequential `sink`.
    pub fn analyze_stream_map<I, M, T, F>(&self, records: I, map: M, mut sink: F) -> RunSummary
    where
        I: Iterator<Item = Result<RawRecord, IngestError>>,
        M: Fn(Document) -> T + Sync,
        T: Send,
        F: FnMut(Result<T, AnalyzeError>),
    {
        let mut summary = RunSummary::default();
        let mut records = records.peekable();
        while records.peek().is_some() {
            let batch: Vec<_> = records.by_ref().take(BATCH_SIZE).collect();
            summary.input_bytes += batch
                .iter()
                .filter_map(|r| r.as_ref().ok())
                .map(|r| r.content.len() as u64)
                .sum::<u64>();
            let results: Vec<_> = batch
                .into_par_iter()
                .map(|r| {
                    r.map_err(AnalyzeError::from)
                        .and_then(|r| self.analyze(r))
                        .map(&map)
                })
                .collect();
            for result in results {
                match &result {
                    Ok(_) => summary.documents += 1,
                    Err(e) => *summary.failures.entry(e.kind()).or_default() += 1,
                }
                sink(result);
            }
        }
        summary
    }
}
