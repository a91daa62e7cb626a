//! `trame train …`: training the project's models.

use crate::eval::ner::load_sentences;
use anyhow::{bail, Context, Result};
use clap::Subcommand;
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::time::Instant;
use trame_ner::{
    evaluate, split_by_hash, tokenize_plain, tokens_from_columns, train, ClusterOptions, Clusters,
    Decoder, TrainOptions,
};

#[derive(Subcommand)]
pub enum What {
    /// The named-entity tagger, on CoNLL-style files (`token … TAB tag`).
    Ner {
        /// Language of the model (for the log and the default output name).
        #[arg(long)]
        lang: String,
        #[arg(long)]
        train: PathBuf,
        /// Development file, used to pick the best epoch and reported.
        #[arg(long, conflicts_with = "split_tune")]
        dev: Option<PathBuf>,
        /// Hold out this fraction of the training sentences (chosen by hash)
        /// as the development set instead of a separate file.
        #[arg(long)]
        split_tune: Option<f64>,
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        #[arg(long, default_value = "viterbi")]
        decoder: String,
        /// After reporting on the held-out part, retrain on every sentence.
        #[arg(long = "final")]
        retrain_on_all: bool,
        /// Plain-text files (`.txt`, or directories of them) or column files
        /// to learn word clusters from, besides the training sentences.
        #[arg(long, value_delimiter = ',')]
        unlabelled: Vec<PathBuf>,
        /// Where to write the model (default: LANG.bin).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The persuasion models (techniques per paragraph, genre, frames) on
    /// the SemEval-2023 Task 3 training data.
    Signals {
        /// The `semeval2023` directory holding `fr/`, `en/`, `ru/`.
        #[arg(long, default_value_os_t = crate::default_shared_dir().join("data/persuasion/semeval2023"))]
        data: PathBuf,
        #[arg(long, value_delimiter = ',', default_value = "fr,en,ru")]
        lang: Vec<String>,
        #[arg(long, default_value = "crates/trame-signals/models/signals.bin")]
        out: PathBuf,
    },
}

pub fn run(what: What) -> Result<()> {
    match what {
        What::Signals { data, lang, out } => train_signals(&data, &lang, &out),
        ner => train_ner(ner),
    }
}

fn train_signals(data: &std::path::Path, langs: &[String], out: &std::path::Path) -> Result<()> {
    let langs: Vec<&str> = langs.iter().map(String::as_str).collect();
    let models = trame_signals::train(data, &langs).context("training the persuasion models")?;
    let bytes = models.to_bytes();
    std::fs::write(out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    for language in models.languages() {
        eprintln!(
            "{}: {} bytes uncompressed",
            language.lang(),
            language.uncompressed_size()
        );
    }
    eprintln!("wrote {}: {} bytes", out.display(), bytes.len());
    Ok(())
}

fn train_ner(what: What) -> Result<()> {
    let What::Ner {
        lang,
        train: train_path,
        dev,
        split_tune,
        epochs,
        decoder,
        retrain_on_all,
        unlabelled,
        out,
    } = what
    else {
        bail!("not a tagger training request");
    };
    let all = load_sentences(&train_path)?;
    let (sentences, dev) = match (split_tune, dev) {
        (Some(fraction), _) => {
            let (train_part, tune) = split_by_hash(&all, fraction);
            eprintln!(
                "split: {} train / {} tune sentences",
                train_part.len(),
                tune.len()
            );
            (train_part, Some(tune))
        }
        (None, Some(path)) => (all.clone(), Some(load_sentences(&path)?)),
        (None, None) => (all.clone(), None),
    };
    let clusters = if unlabelled.is_empty() {
        None
    } else {
        let mut text = unlabelled_sentences(&unlabelled)?;
        text.extend(all.iter().map(|s| s.tokens.clone()));
        Some(Clusters::learn(&text, &ClusterOptions::default()))
    };
    let opts = TrainOptions {
        clusters,
        epochs,
        decoder: match decoder.as_str() {
            "viterbi" => Decoder::Viterbi,
            "greedy" => Decoder::Greedy,
            other => bail!("unknown decoder {other:?} (viterbi or greedy)"),
        },
        ..TrainOptions::default()
    };
    let start = Instant::now();
    let mut log = |line: &str| eprintln!("[{lang}] {line}");
    let mut model = train(&sentences, dev.as_deref(), &opts, &mut log);
    eprintln!("trained in {:.1} s", start.elapsed().as_secs_f64());
    if let Some(dev) = &dev {
        println!("{}", evaluate(&model, dev));
    }
    if retrain_on_all {
        eprintln!("retraining on all {} sentences", all.len());
        model = train(&all, None, &opts, &mut log);
    }
    let out = out.unwrap_or_else(|| PathBuf::from(format!("{lang}.bin")));
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    eprintln!(
        "wrote {}: {:.2} MB",
        out.display(),
        bytes.len() as f64 / 1e6
    );
    Ok(())
}

/// Tokenised sentences of unlabelled sources: `.txt` files are plain text,
/// one paragraph per line; other files are in a column format.
fn unlabelled_sentences(paths: &[PathBuf]) -> Result<Vec<Vec<String>>> {
    let mut out = Vec::new();
    for file in trame_ingest::walk(paths) {
        let path = file?.path;
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            out.extend(text.lines().map(tokenize_plain).filter(|s| !s.is_empty()));
        } else {
            let reader = BufReader::new(
                File::open(&path).with_context(|| format!("opening {}", path.display()))?,
            );
            out.extend(
                tokens_from_columns(reader)
                    .with_context(|| format!("reading {}", path.display()))?,
            );
        }
    }
    Ok(out)
}
