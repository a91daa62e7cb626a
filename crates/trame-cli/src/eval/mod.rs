//! `trame eval …`: quality figures against the reference data in
//! `../shared/data`.

mod extraction;
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
    },
}

pub fn run(what: What) -> Result<()> {
    match what {
        What::Extraction { shared, verbose } => extraction::run(&shared, verbose),
        What::Ner { file, model, lang } => ner::run(&file, model.as_deref(), &lang),
    }
}
