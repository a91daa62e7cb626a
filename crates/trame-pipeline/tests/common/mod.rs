//! What the gold tests share: where the repository and the shared SemEval
//! articles are, and reading a gold file.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared French SemEval articles, or None (with a message saying the
/// test is skipped) when `../shared` does not hold them.
pub fn french_semeval_articles() -> Option<PathBuf> {
    let articles = root().join("../shared/data/persuasion/semeval2023/fr/train-articles-subtask-3");
    if articles.exists() {
        Some(articles)
    } else {
        eprintln!(
            "skipping: no SemEval French articles at {}",
            articles.display()
        );
        None
    }
}

/// The lines of a gold file, which must name `documents` articles.
pub fn read_gold_file<T: serde::de::DeserializeOwned>(path: &Path, documents: usize) -> Vec<T> {
    let gold: Vec<T> = trame_entities::score::read_gold(BufReader::new(
        File::open(path).expect("gold file opens"),
    ))
    .expect("gold file parses");
    assert_eq!(gold.len(), documents, "{}", path.display());
    gold
}
