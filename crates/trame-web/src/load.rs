//! Store calls off the async threads, and what can go wrong answering.

use crate::params::{BadParam, PAGE_SIZE};
use crate::AppState;
use axum::http::StatusCode;
use trame_store::{CorpusRead, StoreError, StoryView, VersionDiff};

/// Why a request gets no normal answer. Pages draw it as an HTML page, the
/// API as a JSON object; both with the same status.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    BadRequest(#[from] BadParam),
    #[error("{0}")]
    Internal(String),
}

impl Failure {
    pub fn status(&self) -> StatusCode {
        match self {
            Failure::NotFound => StatusCode::NOT_FOUND,
            Failure::BadRequest(_) => StatusCode::BAD_REQUEST,
            Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Internal(e.to_string())
    }
}

impl From<askama::Error> for Failure {
    fn from(e: askama::Error) -> Self {
        Failure::Internal(format!("rendering: {e}"))
    }
}

/// Runs `read` against the store on the blocking pool. A panic in the store
/// is an internal failure of this request only.
pub async fn load<T, F>(state: &AppState, read: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce(&dyn CorpusRead) -> Result<T, Failure> + Send + 'static,
{
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || read(store.as_ref()))
        .await
        .map_err(|e| Failure::Internal(format!("store task failed: {e}")))?
}

/// `Some` or 404.
pub fn found<T>(value: Option<T>) -> Result<T, Failure> {
    value.ok_or(Failure::NotFound)
}

/// A numeric id from a path; anything else names nothing, so it is a 404.
pub fn numeric_id(raw: &str) -> Result<i64, Failure> {
    raw.parse().map_err(|_| Failure::NotFound)
}

/// A page of a list, and whether another follows.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListPage<T> {
    pub items: Vec<T>,
    pub page: usize,
    pub has_more: bool,
}

/// One page of a list read with `read(offset, limit)`: one more item than
/// shown is asked for, to know whether a next page exists.
pub async fn list_page<T, F>(
    state: &AppState,
    raw_page: Option<&str>,
    read: F,
) -> Result<ListPage<T>, Failure>
where
    T: Send + 'static,
    F: FnOnce(&dyn CorpusRead, usize, usize) -> trame_store::Result<Vec<T>> + Send + 'static,
{
    let page = crate::params::page_number(raw_page)?;
    let mut items = load(state, move |store| {
        Ok(read(store, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1)?)
    })
    .await?;
    let has_more = items.len() > PAGE_SIZE;
    items.truncate(PAGE_SIZE);
    Ok(ListPage {
        items,
        page,
        has_more,
    })
}

/// A story and the diff between two of its versions. Both documents must be
/// versions of the story, so that the page can place them.
pub async fn story_diff(
    state: &AppState,
    raw_id: &str,
    from: Option<String>,
    to: Option<String>,
) -> Result<(StoryView, VersionDiff), Failure> {
    let id = numeric_id(raw_id)?;
    let missing = |name| BadParam::new(name, "a document id is required");
    let from = from
        .filter(|f| !f.is_empty())
        .ok_or_else(|| missing("from"))?;
    let to = to.filter(|t| !t.is_empty()).ok_or_else(|| missing("to"))?;
    load(state, move |store| {
        let story = found(store.story(id)?)?;
        for (name, doc) in [("from", &from), ("to", &to)] {
            if !story.versions.iter().any(|v| &v.document.id == doc) {
                return Err(
                    BadParam::new(name, format!("{doc:?} is not a version of story {id}")).into(),
                );
            }
        }
        let diff = found(store.diff(&from, &to)?)?;
        Ok((story, diff))
    })
    .await
}
