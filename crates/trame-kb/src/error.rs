use thiserror::Error;

/// Errors raised while loading knowledge-base files or Wikidata dumps.
#[derive(Debug, Error)]
pub enum KbError {
    #[error("reading knowledge-base input: {0}")]
    Io(#[from] std::io::Error),
    #[error("{source_name}, line {line}: invalid JSON: {error}")]
    Json {
        source_name: String,
        line: usize,
        #[source]
        error: serde_json::Error,
    },
    #[error("{source_name}, line {line}: {reason}")]
    Invalid {
        source_name: String,
        line: usize,
        reason: String,
    },
}
