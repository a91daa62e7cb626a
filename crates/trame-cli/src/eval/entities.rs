//! `trame eval entities`: document-level entity figures against the gold
//! lists in `crates/trame-entities/eval/` (scoring rules in
//! `trame_entities::score`).

use anyhow::{Context, Result};
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use trame_entities::score::{read_gold, score_document, Tally};
use trame_pipeline::{Layers, Pipeline};

/// The development and test halves of the French SemEval gold.
pub fn default_gold() -> Vec<PathBuf> {
    let dir = PathBuf::from("crates/trame-entities/eval");
    vec![
        dir.join("fr-semeval-dev.jsonl"),
        dir.join("fr-semeval-test.jsonl"),
    ]
}

pub fn run(gold_files: &[PathBuf], articles: &Path, verbose: bool) -> Result<()> {
    let pipeline = Pipeline::builtin()
        .context("loading the models")?
        .with_layers(Layers::Entities);
    let kb = pipeline.entities().kb();
    let is_demonym = |surface: &str| {
        let matches = kb.lookup(surface, None);
        !matches.is_empty() && matches.iter().all(|m| m.is_demonym())
    };
    for gold_file in gold_files {
        let file =
            File::open(gold_file).with_context(|| format!("opening {}", gold_file.display()))?;
        let gold = read_gold(BufReader::new(file))
            .with_context(|| format!("reading {}", gold_file.display()))?;
        let mut total = Tally::default();
        for doc_gold in &gold {
            let path = articles.join(&doc_gold.file);
            let record = crate::analyze::records(std::slice::from_ref(&path))
                .next()
                .with_context(|| format!("{}: no article", path.display()))?
                .with_context(|| format!("reading {}", path.display()))?;
            let doc = pipeline
                .analyze(record)
                .with_context(|| format!("analysing {}", path.display()))?;
            total.add(score_document(&doc_gold.entities, &doc, is_demonym));
        }
        println!("# {}", gold_file.display());
        if verbose {
            for line in &total.errors {
                println!("{line}");
            }
        }
        println!("{total}");
    }
    Ok(())
}
