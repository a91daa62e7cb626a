//! `trame eval entities`: document-level entity figures against the gold
//! lists in `crates/trame-entities/eval/` (scoring rules in
//! `trame_entities::score`).

use anyhow::{Context, Result};
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use trame_entities::score::read_gold;
use trame_pipeline::{Layers, Pipeline};

/// The three development sets and the test set of the French SemEval gold.
pub fn default_gold() -> Vec<PathBuf> {
    let dir = PathBuf::from("crates/trame-entities/eval");
    vec![
        dir.join("fr-semeval-dev.jsonl"),
        dir.join("fr-semeval-dev2.jsonl"),
        dir.join("fr-semeval-dev3.jsonl"),
        dir.join("fr-semeval-test.jsonl"),
    ]
}

pub fn run(gold_files: &[PathBuf], articles: &Path, verbose: bool) -> Result<()> {
    let pipeline = Pipeline::builtin()
        .context("loading the models")?
        .with_layers(Layers::Entities);
    for gold_file in gold_files {
        let file =
            File::open(gold_file).with_context(|| format!("opening {}", gold_file.display()))?;
        let gold = read_gold(BufReader::new(file))
            .with_context(|| format!("reading {}", gold_file.display()))?;
        let total = pipeline.score_entity_gold(&gold, articles)?;
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
