//! The layers every request goes through, and the embedded static files.

use crate::i18n::{self, cookie, Lang};
use axum::body::Body;
use axum::extract::{Path, Request};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
    base-uri 'none'; frame-ancestors 'none'";

/// The cookie that holds the bearer token after a `?token=` visit.
const TOKEN_COOKIE: &str = "trame_token";

/// Security headers on every response, errors included.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// The workbench only reads: GET (and HEAD, which axum answers as GET).
pub async fn read_only(req: Request, next: Next) -> Response {
    if req.method() == Method::GET || req.method() == Method::HEAD {
        return next.run(req).await;
    }
    let mut response = plain(
        StatusCode::METHOD_NOT_ALLOWED,
        "405 Method Not Allowed: the workbench is read-only.",
    );
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
    response
}

/// Refuses requests without the token when one is configured. A token
/// given as `?token=` is kept in an HttpOnly cookie, so links work after
/// the first visit.
pub async fn require_token(token: Option<Arc<str>>, req: Request, next: Next) -> Response {
    let Some(token) = token else {
        return next.run(req).await;
    };
    let headers = req.headers();
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let from_query = req
        .uri()
        .query()
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("token=")));
    let presented = [bearer, cookie(headers, TOKEN_COOKIE), from_query];
    if !presented.iter().flatten().any(|p| same_secret(p, &token)) {
        let mut response = plain(
            StatusCode::UNAUTHORIZED,
            "401 Unauthorized: a bearer token is required.",
        );
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return response;
    }
    let set_cookie = from_query.is_some_and(|q| same_secret(q, &token)).then(|| {
        format!(
            "{TOKEN_COOKIE}={q}; Path=/; HttpOnly; SameSite=Strict",
            q = token.as_ref()
        )
    });
    let mut response = next.run(req).await;
    if let Some(value) = set_cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Compares without stopping at the first difference, so response time
/// says nothing about how much of a guess was right.
fn same_secret(presented: &str, token: &str) -> bool {
    presented.len() == token.len()
        && presented
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Remembers `?lang=` in a cookie.
pub async fn remember_language(req: Request, next: Next) -> Response {
    let chosen = req.uri().query().and_then(i18n::query_lang);
    let mut response = next.run(req).await;
    if let Some(lang) = chosen {
        let value = format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            i18n::COOKIE,
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Runs the rest of the stack in its own task, so that a panic anywhere
/// in a handler becomes a 500 page instead of a dropped connection.
pub async fn catch_panics(req: Request, next: Next) -> Response {
    let lang = Lang::of_request(req.uri().query(), req.headers());
    match tokio::spawn(next.run(req)).await {
        Ok(response) => response,
        Err(_) => crate::pages::error_page(
            lang,
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error while answering this request",
        ),
    }
}

const APP_CSS: &str = include_str!("../static/app.css");
const APP_JS: &str = include_str!("../static/app.js");

/// The style sheet and the script, from the binary.
pub async fn static_file(Path(file): Path<String>) -> Response {
    let (body, content_type) = match file.as_str() {
        "app.css" => (APP_CSS, "text/css; charset=utf-8"),
        "app.js" => (APP_JS, "text/javascript; charset=utf-8"),
        _ => return plain(StatusCode::NOT_FOUND, "404 Not Found"),
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

fn plain(status: StatusCode, message: &'static str) -> Response {
    let mut response = Response::new(Body::from(message));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use axum::Router;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_panicking_handler_is_a_500_page_with_security_headers() {
        async fn broken() -> &'static str {
            panic!("a bug in a handler")
        }
        let app = Router::new()
            .route("/", get(broken))
            .layer(axum::middleware::from_fn(catch_panics))
            .layer(axum::middleware::from_fn(security_headers));
        let request = Request::get("/?lang=en")
            .body(Body::empty())
            .expect("request");
        let response = app.oneshot(request).await.expect("an answer");
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            response.headers()[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff"
        );
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("body");
        let html = String::from_utf8_lossy(&body);
        assert!(html.contains("<h1>Server error</h1>"), "{html}");
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("s3cret", "s3cret"));
        assert!(!same_secret("s3cre", "s3cret"));
        assert!(!same_secret("s3creT", "s3cret"));
    }
}
