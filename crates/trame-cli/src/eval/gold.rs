//! `trame eval entities` and `trame eval attribution`: document-level
//! figures against the gold lists in `crates/trame-entities/eval/` and
//! `crates/trame-quotes/eval/` (scoring rules in `trame_entities::score` and
//! `trame_pipeline::quote_score`).

use anyhow::{Context, Result};
use std::fmt::Display;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use trame_entities::score::read_gold;
use trame_pipeline::{Layers, Pipeline};

/// The three development sets and the test set of the French SemEval
/// entity gold.
pub fn default_entity_gold() -> Vec<PathBuf> {
    let dir = PathBuf::from("crates/trame-entities/eval");
    vec![
        dir.join("fr-semeval-dev.jsonl"),
        dir.join("fr-semeval-dev2.jsonl"),
        dir.join("fr-semeval-dev3.jsonl"),
        dir.join("fr-semeval-test.jsonl"),
    ]
}

/// The three development sets and the test set of the French SemEval
/// quote gold.
pub fn default_quote_gold() -> Vec<PathBuf> {
    let dir = PathBuf::from("crates/trame-quotes/eval");
    vec![
        dir.join("fr-semeval-dev.jsonl"),
        dir.join("fr-semeval-dev2.jsonl"),
        dir.join("fr-semeval-dev3.jsonl"),
        dir.join("fr-semeval-test.jsonl"),
    ]
}

pub fn entities(gold_files: &[PathBuf], articles: &Path, verbose: bool) -> Result<()> {
    let pipeline = Pipeline::builtin()
        .context("loading the models")?
        .with_layers(Layers::Entities);
    for_each_gold(
        gold_files,
        |gold| {
            let total = pipeline.score_entity_gold(&gold, articles)?;
            Ok((total.errors.clone(), total))
        },
        verbose,
    )
}

pub fn attribution(gold_files: &[PathBuf], articles: &Path, verbose: bool) -> Result<()> {
    let pipeline = Pipeline::builtin().context("loading the models")?;
    for_each_gold(
        gold_files,
        |gold| {
            let total = pipeline.score_quote_gold(&gold, articles)?;
            Ok((total.errors.clone(), total))
        },
        verbose,
    )
}

/// Reads each gold file, scores it, and prints its figures (and its errors
/// when `verbose`) under its name.
fn for_each_gold<G, T>(
    gold_files: &[PathBuf],
    score: impl Fn(Vec<G>) -> Result<(Vec<String>, T)>,
    verbose: bool,
) -> Result<()>
where
    G: serde::de::DeserializeOwned,
    T: Display,
{
    for gold_file in gold_files {
        let file =
            File::open(gold_file).with_context(|| format!("opening {}", gold_file.display()))?;
        let gold = read_gold(BufReader::new(file))
            .with_context(|| format!("reading {}", gold_file.display()))?;
        let (errors, total) = score(gold)?;
        println!("# {}", gold_file.display());
        if verbose {
            for line in &errors {
                println!("{line}");
            }
        }
        println!("{total}");
    }
    Ok(())
}
