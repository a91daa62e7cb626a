//! What fingerprinting, comparing and diffing cost on the sample corpus.
//!
//!     cargo run --release -p trame-corpus --example fingerprint_cost
//!
//! Analyses every sample once, then times each operation over many rounds
//! and reports the fingerprint cost per document and per 5 KB of clean text.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;
use trame_corpus::{compare, diff, fingerprint, Fingerprint};
use trame_doc::Document;

const ROUNDS: u32 = 500;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pipeline = trame_pipeline::Pipeline::builtin()?;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .flat_map(|p| trame_ingest::read_path(p))
        .filter_map(|record| pipeline.analyze(record.ok()?).ok())
        .collect();
    let text_bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let start = Instant::now();
    for _ in 0..ROUNDS {
        for doc in &docs {
            black_box(fingerprint(black_box(doc)));
        }
    }
    let per_doc = start.elapsed().as_secs_f64() * 1e6 / f64::from(ROUNDS) / docs.len() as f64;
    let per_5kb = per_doc * 5000.0 / (text_bytes as f64 / docs.len() as f64);

    let fingerprints: Vec<Fingerprint> = docs.iter().map(fingerprint).collect();
    let bytes: Vec<usize> = fingerprints.iter().map(|f| f.to_bytes().len()).collect();
    let start = Instant::now();
    let mut pairs = 0u64;
    for _ in 0..ROUNDS / 10 {
        for a in &fingerprints {
            for b in &fingerprints {
                black_box(compare(black_box(a), black_box(b)));
                pairs += 1;
            }
        }
    }
    let per_compare = start.elapsed().as_secs_f64() * 1e6 / pairs as f64;

    let start = Instant::now();
    let diff_rounds = 20;
    for _ in 0..diff_rounds {
        for pair in docs.windows(2) {
            black_box(diff(black_box(&pair[0]), black_box(&pair[1])));
        }
    }
    let per_diff =
        start.elapsed().as_secs_f64() * 1e6 / f64::from(diff_rounds) / (docs.len() - 1) as f64;

    println!(
        "{} documents, {:.1} KB of clean text on average",
        docs.len(),
        text_bytes as f64 / docs.len() as f64 / 1000.0
    );
    println!("fingerprint: {per_doc:.1} µs per document, {per_5kb:.1} µs per 5 KB");
    println!(
        "fingerprint size: {} to {} bytes",
        bytes.iter().min().unwrap_or(&0),
        bytes.iter().max().unwrap_or(&0)
    );
    println!("compare: {per_compare:.2} µs per pair");
    println!("diff: {per_diff:.0} µs per pair of documents");
    Ok(())
}
