use std::path::PathBuf;

/// Why an input, or one record of it, could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: file is empty")]
    Empty { path: String },
    #[error("{path}: looks like binary data, not an article ({reason})")]
    Binary { path: String, reason: &'static str },
    #[error("{path}: {message}")]
    Malformed { path: String, message: String },
    #[error("{path}: HTML holds no article text")]
    NoArticle { path: String },
    #[error("{path}: file of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge { path: String, size: u64, limit: u64 },
}

impl IngestError {
    /// A short, stable name of the failure, used to summarise a run.
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Io { .. } => "unreadable",
            IngestError::Empty { .. } => "empty",
            IngestError::Binary { .. } => "binary",
            IngestError::Malformed { .. } => "malformed",
            IngestError::NoArticle { .. } => "no article",
            IngestError::TooLarge { .. } => "too large",
        }
    }
}
