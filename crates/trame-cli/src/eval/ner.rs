//! `trame eval ner`: exact-span P/R/F1 per label (CoNLL convention) of a
//! tagger model on a labelled file, and its tagging speed.

use anyhow::{Context, Result};
use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::time::Instant;
use trame_ner::{evaluate, read_conll, Model, Sentence};

pub fn load_sentences(path: &Path) -> Result<Vec<Sentence>> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    read_conll(BufReader::new(file)).with_context(|| format!("reading {}", path.display()))
}

/// The model at `path`, or the shipped model of `lang`.
pub fn load_model(path: Option<&Path>, lang: &str) -> Result<Model> {
    let bytes = match path {
        Some(p) => std::fs::read(p).with_context(|| format!("reading {}", p.display()))?,
        None => trame_ner::builtin_model(lang)
            .with_context(|| format!("no shipped model for language {lang:?}: pass --model"))?
            .to_vec(),
    };
    Model::from_bytes(&bytes).context("loading the model")
}

pub fn run(file: &Path, model: Option<&Path>, lang: &str) -> Result<()> {
    let model = load_model(model, lang)?;
    let gold = load_sentences(file)?;
    let tokens: usize = gold.iter().map(|s| s.tokens.len()).sum();
    let start = Instant::now();
    let report = evaluate(&model, &gold);
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} sentences, {tokens} tokens, tagged in {secs:.2} s ({:.0} tokens/s, one thread)",
        gold.len(),
        tokens as f64 / secs.max(1e-9)
    );
    println!("{report}");
    Ok(())
}
