//! Errors of the quote evaluation (quote finding itself cannot fail).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum QuotesError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: malformed annotation: {reason}")]
    Annotation {
        path: PathBuf,
        line: usize,
        reason: String,
    },
    #[error("no PolNeAR texts under {0}")]
    Empty(PathBuf),
}
