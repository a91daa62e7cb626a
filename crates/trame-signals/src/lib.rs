//! Persuasion signals for trame: which of the 23 SemEval-2023 Task 3 persuasion
//! techniques a paragraph uses and where, plus the article's genre (opinion,
//! reporting, satire) and its generic frames, for French, English and Russian.
//!
//! Models are linear over hashed features (see `features`), computed without
//! allocating, with integer accumulators: one pass over each paragraph, one
//! over the whole text for genre and frames, and, for techniques that have no
//! words to point at, one over each sentence of the paragraph the pipeline
//! already segmented (`Models::annotate`). `Models::builtin()` loads the
//! models trained on the SemEval-2023 Task 3 training data, which are for
//! research use under the task organisers' terms.

mod codec;
mod data;
mod features;
mod labels;
mod lexicon;
mod linear;
mod model;
mod train;

pub use data::{paragraphs, read_dataset, Article, Paragraph};
pub use labels::{FRAMES, GENRES, LANGUAGES, TECHNIQUES};
pub use model::{Annotation, LanguageModels, Models};
pub use train::{
    cross_validate, evaluate, shared_data_dir, train, train_language, CrossValidation, Report,
};

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid model file: {0}")]
    Format(&'static str),
    #[error("{0}")]
    Data(String),
    #[error("no persuasion model for language {0:?}")]
    NoModel(String),
}

impl Error {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
