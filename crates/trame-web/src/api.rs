//! The JSON API behind the pages, described in `openapi.json`. Answers are
//! the store's own shapes, serialised as they are.

use crate::load::{found, list_page, load, numeric_id, story_diff, Failure};
use crate::params::{BadParam, SearchParams};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

/// The OpenAPI 3.0 description of this API.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// `?page=` of the list endpoints.
#[derive(Debug, Default, Deserialize)]
pub struct PageParams {
    pub page: Option<String>,
}

/// `?from=&to=` of the diff endpoints.
#[derive(Debug, Default, Deserialize)]
pub struct DiffParams {
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A query string that does not even parse (a repeated parameter …).
pub fn unreadable(rejection: QueryRejection) -> Failure {
    Failure::BadRequest(BadParam::new("query", rejection.body_text()))
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
}

fn answer<T: Serialize>(result: Result<T, Failure>) -> Response {
    match result {
        Ok(value) => Json(value).into_response(),
        Err(failure) => (
            failure.status(),
            Json(ErrorBody {
                error: failure.to_string(),
            }),
        )
            .into_response(),
    }
}

pub async fn overview(State(state): State<AppState>) -> Response {
    answer(load(&state, |store| Ok(store.overview()?)).await)
}

pub async fn search(
    State(state): State<AppState>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Response {
    let query = params
        .map_err(unreadable)
        .and_then(|Query(p)| Ok(p.to_query()?));
    answer(match query {
        Ok(query) => load(&state, move |store| Ok(store.search(&query)?)).await,
        Err(failure) => Err(failure),
    })
}

pub async fn document(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    answer(load(&state, move |store| found(store.document(&id)?)).await)
}

pub async fn entity(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    answer(match numeric_id(&id) {
        Ok(id) => load(&state, move |store| found(store.entity(id)?)).await,
        Err(failure) => Err(failure),
    })
}

pub async fn story(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    answer(match numeric_id(&id) {
        Ok(id) => load(&state, move |store| found(store.story(id)?)).await,
        Err(failure) => Err(failure),
    })
}

pub async fn diff(
    State(state): State<AppState>,
    Path(id): Path<String>,
    params: Result<Query<DiffParams>, QueryRejection>,
) -> Response {
    answer(match params {
        Ok(Query(p)) => story_diff(&state, &id, p.from, p.to)
            .await
            .map(|(_, diff)| diff),
        Err(rejection) => Err(unreadable(rejection)),
    })
}

pub async fn claim_group(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    answer(match numeric_id(&id) {
        Ok(id) => load(&state, move |store| found(store.claim_group(id)?)).await,
        Err(failure) => Err(failure),
    })
}

pub async fn stories(
    State(state): State<AppState>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Response {
    answer(match params {
        Ok(Query(p)) => {
            list_page(&state, p.page.as_deref(), |store, offset, limit| {
                store.stories(offset, limit)
            })
            .await
        }
        Err(rejection) => Err(unreadable(rejection)),
    })
}

pub async fn claim_groups(
    State(state): State<AppState>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Response {
    answer(match params {
        Ok(Query(p)) => {
            list_page(&state, p.page.as_deref(), |store, offset, limit| {
                store.claim_groups(offset, limit)
            })
            .await
        }
        Err(rejection) => Err(unreadable(rejection)),
    })
}

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Unknown paths under `/api/` answer in JSON.
pub fn not_found() -> Response {
    answer::<()>(Err(Failure::NotFound))
}
