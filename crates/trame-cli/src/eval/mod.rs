//! `trame eval …`: quality figures against the reference data in
//! `../shared/data`.

mod extraction;
mod gold;
pub mod ner;

use anyhow::Result;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum What {
    /// Main-content extraction: token-shingle P/R/F1 on the Scrapinghub
    /// benchmark and on the readability test pages, plus page metadata.
    Extraction {
        /// The shared data directory.
        #[arg(long, default_value_os_t = crate::default_shared_dir())]
        shared: PathBuf,
        /// Print the score of every page.
        #[arg(long)]
        verbose: bool,
    },
    /// Named entities: exact-span P/R/F1 per label and overall (last line)
    /// on a CoNLL-style file.
    Ner {
        file: PathBuf,
        /// A model file (default: the shipped model of --lang).
        #[arg(long)]
        model: Option<PathBuf>,
        #[arg(long, default_value = "fr")]
        lang: String,
        /// Score the whole entity stage (tagger, knowledge base and
        /// document rules, as `trame analyze` runs it) on the file's
        /// documents instead of the tagger alone.
        #[arg(long, conflicts_with = "model")]
        pipeline: bool,
        /// With --pipeline, print every missed and extra name.
        #[arg(long, requires = "pipeline")]
        verbose: bool,
    },
    /// Entities per document: labelled P/R/F1 per label and overall (last
    /// line), split persons and merges, against a gold list of the entities
    /// each article names.
    Entities {
        /// Gold files, one JSON line per article (`crates/trame-entities/eval/`).
        #[arg(default_values_os_t = gold::default_entity_gold())]
        gold: Vec<PathBuf>,
        /// The folder holding the articles the gold files name.
        #[arg(long, default_value_os_t = crate::default_shared_dir().join("data/persuasion/semeval2023/fr/train-articles-subtask-3"))]
        articles: PathBuf,
        /// Print every error (missed, extra, wrong label, split, merged).
        #[arg(long)]
        verbose: bool,
    },
    /// Quotes per document: quotes found, speakers of named speech, scare
    /// quotes and titles given a speaker, anonymous speech and anonymous
    /// sources, against a gold list of every quotation of each article.
    Attribution {
        /// Gold files, one JSON line per article (`crates/trame-quotes/eval/`).
        #[arg(default_values_os_t = gold::default_quote_gold())]
        gold: Vec<PathBuf>,
        /// The folder holding the articles the gold files name.
        #[arg(long, default_value_os_t = crate::default_shared_dir().join("data/persuasion/semeval2023/fr/train-articles-subtask-3"))]
        articles: PathBuf,
        /// Print every error (quote not found, wrong or missing speaker,
        /// scare quote with a speaker, anonymous source not recognised).
        #[arg(long)]
        verbose: bool,
    },
    /// Quotes and attribution on PolNeAR: content-span P/R/F1 at overlap and
    /// exact match, and speaker accuracy.
    Quotes {
        /// A PolNeAR split directory (holding `text/` and `attributions/`).
        #[arg(default_value_os_t = crate::default_shared_dir().join("data/quotes/polnear/data/dev"))]
        dir: PathBuf,
    },
    /// Persuasion techniques: paragraph-level micro-F1 (the SemEval-2023
    /// Task 3 measure) and per-technique P/R/F1 on DIR (an
    /// `*-articles-subtask-3/` folder and a `*-labels-subtask-3.txt` file);
    /// with `--cross-validate K`, K-fold figures on the training data instead.
    Signals {
        #[arg(long)]
        lang: String,
        dir: Option<PathBuf>,
        /// A model file (default: the shipped models).
        #[arg(long)]
        model: Option<PathBuf>,
        #[arg(long)]
        cross_validate: Option<usize>,
        /// The `semeval2023` training data, for `--cross-validate`.
        #[arg(long, default_value_os_t = crate::default_shared_dir().join("data/persuasion/semeval2023"))]
        data: PathBuf,
    },
}

pub fn run(what: What) -> Result<()> {
    match what {
        What::Extraction { shared, verbose } => extraction::run(&shared, verbose),
        What::Ner {
            file,
            lang,
            pipeline: true,
            verbose,
            ..
        } => ner::run_pipeline(&file, &lang, verbose),
        What::Ner {
            file, model, lang, ..
        } => ner::run(&file, model.as_deref(), &lang),
        What::Entities {
            gold,
            articles,
            verbose,
        } => gold::entities(&gold, &articles, verbose),
        What::Attribution {
            gold,
            articles,
            verbose,
        } => gold::attribution(&gold, &articles, verbose),
        What::Quotes { dir } => {
            println!("{}", trame_quotes::eval_polnear(&dir)?);
            Ok(())
        }
        What::Signals {
            lang,
            dir,
            model,
            cross_validate,
            data,
        } => signals(&lang, dir, model, cross_validate, &data),
    }
}

fn signals(
    lang: &str,
    dir: Option<PathBuf>,
    model: Option<PathBuf>,
    folds: Option<usize>,
    data: &std::path::Path,
) -> Result<()> {
    use anyhow::Context;
    if let Some(k) = folds {
        print!("{}", trame_signals::cross_validate(data, lang, k)?);
        return Ok(());
    }
    let dir = dir.context("give DIR, or --cross-validate K")?;
    let models = match model {
        Some(path) => trame_signals::Models::from_bytes(
            &std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?,
        )?,
        None => trame_signals::Models::builtin()?,
    };
    print!("{}", trame_signals::evaluate(&models, &dir, lang)?);
    Ok(())
}
