//! The trame workbench: an HTTP API and server-rendered pages over a corpus
//! store.
//!
//! Everything is read through [`CorpusRead`]; store calls block (SQLite), so
//! they run on tokio's blocking pool. Pages are askama templates (escaped
//! by default), the article text with its layers comes from a pure renderer
//! (the `markup` module) that escapes too, and the charts are SVG drawn on the
//! server. Style sheet and script are compiled into the binary and served
//! from `/static/`: no remote resource is ever loaded, and the content
//! security policy forbids inline scripts and styles.

mod api;
mod article;
mod guard;
mod i18n;
mod load;
mod markup;
mod pages;
mod params;
mod svg;

use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;
use trame_store::CorpusRead;

/// How the server runs.
#[derive(Debug, Clone, Default)]
pub struct ServeOptions {
    /// When set, every request must carry it: `Authorization: Bearer …`,
    /// or `?token=…` once, which sets an HttpOnly cookie for the next
    /// requests. The query form is compared as sent (not percent-decoded),
    /// so tokens should be URL-safe (letters, digits, `-`, `_`).
    pub token: Option<String>,
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server stopped: {0}")]
    Serve(std::io::Error),
}

/// What every handler gets: the corpus.
#[derive(Clone)]
pub(crate) struct AppState {
    pub store: Arc<dyn CorpusRead>,
}

/// The workbench's routes: pages, JSON API and static files, behind the
/// security layers (headers, read-only methods, optional token, panics
/// turned into error pages).
pub fn router(store: Arc<dyn CorpusRead>, options: ServeOptions) -> Router {
    let token: Option<Arc<str>> = options.token.map(Arc::from);
    Router::new()
        .route("/", get(pages::overview))
        .route("/search", get(pages::search))
        .route("/documents/{id}", get(pages::document))
        .route("/entities/{id}", get(pages::entity))
        .route("/stories", get(pages::stories))
        .route("/stories/{id}", get(pages::story))
        .route("/stories/{id}/diff", get(pages::diff))
        .route("/claims", get(pages::claim_groups))
        .route("/claims/{id}", get(pages::claim_group))
        .route("/api/overview", get(api::overview))
        .route("/api/search", get(api::search))
        .route("/api/documents/{id}", get(api::document))
        .route("/api/entities/{id}", get(api::entity))
        .route("/api/stories", get(api::stories))
        .route("/api/stories/{id}", get(api::story))
        .route("/api/stories/{id}/diff", get(api::diff))
        .route("/api/claims", get(api::claim_groups))
        .route("/api/claims/{id}", get(api::claim_group))
        .route("/api/openapi.json", get(api::openapi))
        .route("/static/{file}", get(guard::static_file))
        .fallback(pages::fallback)
        .with_state(AppState { store })
        .layer(axum::middleware::from_fn(guard::catch_panics))
        .layer(axum::middleware::from_fn(guard::remember_language))
        .layer(axum::middleware::from_fn(move |req, next| {
            guard::require_token(token.clone(), req, next)
        }))
        .layer(axum::middleware::from_fn(guard::read_only))
        .layer(axum::middleware::from_fn(guard::security_headers))
}

/// Serves the workbench on `addr` until Ctrl-C.
pub async fn serve(
    store: Arc<dyn CorpusRead>,
    addr: SocketAddr,
    options: ServeOptions,
) -> Result<(), WebError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| WebError::Bind { addr, source })?;
    axum::serve(listener, router(store, options))
        .with_graceful_shutdown(async {
            // Without a signal handler the server runs until killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
        .map_err(WebError::Serve)
}
