//! The pages and the API over a real store ingested from the sample corpus:
//! statuses, content, security headers, hostile data, malformed parameters,
//! and every JSON answer checked against `openapi.json`.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{get, sample_story, send, Answer, ATTRIBUTE, HOSTILE_ID, JS_LINK, SCRIPT};
use serde_json::Value;
use std::time::{Duration, Instant};
use trame_web::ServeOptions;

fn assert_secure_headers(answer: &Answer) {
    let csp = answer.header("content-security-policy");
    assert!(
        csp.starts_with("default-src 'none'; script-src 'self'; style-src 'self'"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(answer.header("x-content-type-options"), "nosniff");
    assert_eq!(answer.header("referrer-policy"), "no-referrer");
}

/// No inline script or style, and no resource from elsewhere.
fn assert_self_contained(html: &str) {
    assert!(!html.contains("<script>"), "inline script");
    assert!(!html.contains("style="), "inline style");
    assert!(!html.contains("<style"), "style element");
    for attribute in ["src=\"http", "href=\"http", "href=\"//", "src=\"//"] {
        assert!(!html.contains(attribute), "remote resource: {attribute}");
    }
}

/// Hrefs of a page, as written.
fn hrefs(html: &str) -> Vec<&str> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

async fn page(uri: &str) -> String {
    let answer = get(uri).await;
    assert_eq!(answer.status, StatusCode::OK, "{uri}: {}", answer.body);
    assert_eq!(answer.header("content-type"), "text/html; charset=utf-8");
    assert_secure_headers(&answer);
    assert_self_contained(&answer.body);
    answer.body
}

#[tokio::test]
async fn overview_shows_the_sample_corpus() {
    let html = page("/?lang=en").await;
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Busiest entities"));
    assert!(
        html.contains("href=\"/search?language=fr\""),
        "language facets link to search"
    );
    assert!(hrefs(&html).iter().any(|h| h.starts_with("/entities/")));
    assert!(hrefs(&html).iter().any(|h| h.starts_with("/stories/")));
    let french = page("/?lang=fr").await;
    assert!(french.contains("Entités les plus citées"));
}

#[tokio::test]
async fn language_is_remembered_in_a_cookie() {
    let answer = get("/search?q=Kostan&lang=fr").await;
    assert!(answer.header("set-cookie").starts_with("lang=fr;"));
    assert!(
        answer
            .body
            .contains("href=\"/search?q=Kostan&#38;lang=en\""),
        "switch keeps the query"
    );
    let request = Request::get("/")
        .header("cookie", "lang=fr")
        .body(Body::empty())
        .expect("request");
    let answer = send(ServeOptions::default(), request).await;
    assert!(answer.body.contains("<html lang=\"fr\">"));
}

#[tokio::test]
async fn search_highlights_filters_and_pages() {
    let html = page("/search?q=Kostan&lang=en").await;
    assert!(html.contains("<mark>Kostan</mark>"), "highlighted snippet");
    assert!(html.contains("class=\"facets\""));
    assert!(
        hrefs(&html)
            .iter()
            .any(|h| h.starts_with("/search?q=Kostan&#38;language=")),
        "facets narrow the search"
    );
    let total = get("/api/search?q=Kostan").await.json()["total"]
        .as_u64()
        .expect("total");
    assert!(
        total >= 4,
        "Kostan is in every version of the story: {total}"
    );

    let french = get("/api/search?q=Kostan&language=fr").await.json();
    let hits = french["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["language"] == "fr"));

    // Everything, paged: page 2 of a one-page result is empty but fine.
    let all = get("/api/search").await.json();
    assert!(all["total"].as_u64().expect("total") >= 10);
    let page2 = page("/search?page=2&lang=en").await;
    assert!(page2.contains("Page 2"));
}

#[tokio::test]
async fn malformed_parameters_are_a_400_with_a_message() {
    for uri in [
        "/search?page=abc",
        "/search?page=0",
        "/search?from=notadate",
        "/search?to=2022-02-30x",
        "/search?source_kind=rumour",
        "/search?q=a&q=b",
        "/stories?page=-1",
        "/claims?page=x",
        "/stories/1/diff",
    ] {
        let answer = get(uri).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(
            answer.header("content-type").starts_with("text/html"),
            "{uri}"
        );
        assert!(
            answer.body.contains("parameter `"),
            "{uri}: {}",
            answer.body
        );
        assert_secure_headers(&answer);
    }
    let answer = get("/api/search?from=notadate").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.json()["error"]
        .as_str()
        .is_some_and(|e| e.contains("from")));
}

#[tokio::test]
async fn unknown_ids_are_a_404_page() {
    for uri in [
        "/documents/no-such-document",
        "/entities/999999",
        "/entities/abc",
        "/stories/999999",
        "/claims/999999",
        "/nowhere",
        "/static/missing.js",
    ] {
        let answer = get(uri).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
        assert_secure_headers(&answer);
    }
    let html = get("/documents/no-such-document?lang=en").await.body;
    assert!(html.contains("This page does not exist"));
    let api = get("/api/entities/999999").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.json()["error"], "not found");
}

#[tokio::test]
async fn only_reading_is_allowed() {
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let request = Request::builder()
            .method(method)
            .uri("/")
            .body(Body::empty())
            .expect("request");
        let answer = send(ServeOptions::default(), request).await;
        assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
        assert_eq!(answer.header("allow"), "GET, HEAD");
        assert_secure_headers(&answer);
    }
}

#[tokio::test]
async fn a_token_guards_every_request() {
    let options = || ServeOptions {
        token: Some("s3cret".into()),
    };
    let plain = |uri: &str| Request::get(uri).body(Body::empty()).expect("request");
    for uri in ["/", "/api/overview", "/static/app.css"] {
        let answer = send(options(), plain(uri)).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{uri}");
        assert_secure_headers(&answer);
    }
    let wrong = Request::get("/")
        .header("authorization", "Bearer s3creT")
        .body(Body::empty());
    assert_eq!(
        send(options(), wrong.expect("request")).await.status,
        StatusCode::UNAUTHORIZED
    );
    let bearer = Request::get("/api/overview")
        .header("authorization", "Bearer s3cret")
        .body(Body::empty());
    assert_eq!(
        send(options(), bearer.expect("request")).await.status,
        StatusCode::OK
    );
    let first_visit = send(options(), plain("/?token=s3cret")).await;
    assert_eq!(first_visit.status, StatusCode::OK);
    let cookie = first_visit.header("set-cookie");
    assert!(
        cookie.starts_with("trame_token=s3cret;") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let with_cookie = Request::get("/search")
        .header("cookie", "trame_token=s3cret")
        .body(Body::empty());
    assert_eq!(
        send(options(), with_cookie.expect("request")).await.status,
        StatusCode::OK
    );
}

/// The id of the first search hit for `q`.
async fn first_hit(q: &str) -> String {
    let results = get(&format!("/api/search?q={q}")).await.json();
    results["hits"][0]["id"]
        .as_str()
        .expect("a hit")
        .to_string()
}

#[tokio::test]
async fn an_article_shows_its_layers_metadata_and_versions() {
    // The faithful French translation, with its provenance lines and
    // boilerplate tail.
    let id = first_hit("&outlet=Carrefour%20Global").await;
    let html = page(&format!("/documents/{id}?lang=en")).await;
    assert!(
        html.contains("id=\"layer-toggles\" hidden"),
        "toggles wait for the script"
    );
    assert!(html.contains("data-layer=\"entities\""));
    assert!(html.contains("class=\"ent ent-per\""), "people are marked");
    assert!(
        hrefs(&html).iter().any(|h| h.starts_with("/entities/")),
        "mentions link to entities"
    );
    assert!(html.contains("class=\"quote"), "quotes are underlined");
    assert!(
        html.contains("class=\"claim src-"),
        "claims carry their sourcing"
    );
    assert!(html.contains("<details class=\"boilerplate\">"));
    assert!(
        html.contains("Translated by") || html.contains("Original"),
        "provenance"
    );
    assert!(html.contains("Other versions of the story"));
    // The article text is shown as written: every line of it is in the page.
    let doc = get(&format!("/api/documents/{id}")).await.json();
    let text = doc["document"]["text"].as_str().expect("text");
    let escaped = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let first_line = text
        .lines()
        .find(|l| l.split_whitespace().count() > 3)
        .expect("a line");
    let plain: String = {
        // Strip the markup of the article element to compare text.
        let start = html.find("id=\"doc-text\"").expect("article");
        let body = &html[start..];
        let body = &body
            [body.find('>').expect("tag end") + 1..body.find("</article>").expect("article end")];
        let mut out = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    };
    assert!(plain.contains(
        &escaped(first_line)
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    ));
}

#[tokio::test]
async fn entity_story_diff_and_claim_pages_render() {
    let overview = get("/api/overview").await.json();
    let entity = overview["top_entities"][0]["entity"]["id"]
        .as_i64()
        .expect("entity");
    let html = page(&format!("/entities/{entity}?lang=en")).await;
    assert!(html.contains("<svg class=\"chart\""), "timeline chart");
    assert!(html.contains("Co-occurring entities"));

    let (story, from, to) = sample_story().await;
    let html = page(&format!("/stories/{story}?lang=en")).await;
    assert!(html.contains("<svg class=\"story-graph\""));
    assert!(html.contains("marker-end=\"url(#arrow)\""), "edges drawn");
    assert!(html.contains("class=\"node role-original\""));
    let diff = page(&format!(
        "/stories/{story}/diff?from={from}&to={to}&lang=en"
    ))
    .await;
    assert!(diff.contains("Paragraphs dropped"));
    assert!(diff.contains("Sourcing changed"));

    let same = page(&format!(
        "/stories/{story}/diff?from={from}&to={from}&lang=en"
    ))
    .await;
    assert!(
        same.contains("Paragraphs dropped <span class=\"count\">0</span>"),
        "a version equals itself"
    );
    let wrong = get(&format!("/stories/{story}/diff?from={from}&to=no-such-doc")).await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);

    let groups = get("/api/claims").await.json();
    let group = groups["items"][0]["id"].as_i64().expect("a claim group");
    let html = page(&format!("/claims/{group}?lang=en")).await;
    assert!(html.contains("class=\"table claims-table\""));
    page("/stories").await;
    page("/claims").await;
}

#[tokio::test]
async fn the_altered_translation_shows_in_the_diff() {
    let (story, from, to) = sample_story().await;
    let diff = get(&format!("/api/stories/{story}/diff?from={from}&to={to}"))
        .await
        .json();
    let changes = ["paragraphs_dropped", "numbers_changed", "sourcing_changed"]
        .iter()
        .map(|k| diff[k].as_array().map_or(0, Vec::len))
        .sum::<usize>();
    assert!(
        changes > 0,
        "the altered version differs from the original: {diff}"
    );
}

/// Pages that show the hostile article's fields.
async fn hostile_pages() -> Vec<(String, String)> {
    let mut uris = vec![
        format!("/documents/{HOSTILE_ID}"),
        "/search?q=alert".to_string(),
        "/search?q=%3Cscript%3E".to_string(),
        "/".to_string(),
    ];
    let doc = get(&format!("/api/documents/{HOSTILE_ID}")).await.json();
    if let Some(entity) = doc["entity_ids"][0]["corpus"].as_i64() {
        uris.push(format!("/entities/{entity}"));
    }
    let mut pages = Vec::new();
    for uri in uris {
        pages.push((uri.clone(), page(&uri).await));
    }
    pages
}

#[tokio::test]
async fn hostile_article_data_is_escaped_everywhere() {
    let doc = get(&format!("/api/documents/{HOSTILE_ID}")).await.json();
    let meta = &doc["document"]["meta"];
    assert!(
        meta["title"].as_str().is_some_and(|t| t.contains(SCRIPT)),
        "the title is hostile: {meta}"
    );
    assert!(meta["outlet"]
        .as_str()
        .is_some_and(|t| t.contains(ATTRIBUTE)));
    for (uri, html) in hostile_pages().await {
        assert!(!html.contains(SCRIPT), "{uri}: raw script tag");
        assert!(!html.contains(ATTRIBUTE), "{uri}: attribute breakout");
        assert!(
            !html.contains("onmouseover=\""),
            "{uri}: event handler attribute"
        );
        for href in hrefs(&html) {
            assert!(
                href.starts_with('/') || href.starts_with('#'),
                "{uri}: href {href:?} leaves the site"
            );
        }
        assert!(
            !html.contains(&format!("=\"{JS_LINK}")),
            "{uri}: javascript: in an attribute"
        );
    }
    let html = page(&format!("/documents/{HOSTILE_ID}")).await;
    assert!(html.contains("<h1 class=\"doc-title\">Titre &#60;script&#62;alert(1)&#60;/script&#62; &#34; onmouseover=&#34;alert(1) javascript:alert(1)</h1>"), "the title is shown as text");
    assert!(
        html.contains("&lt;script&gt;alert("),
        "the article text is shown as text"
    );
    assert!(html.contains("&quot; onmouseover=&quot;alert("));
}

#[tokio::test]
async fn static_files_come_from_the_binary() {
    let css = get("/static/app.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert!(css.body.contains(".hide-entities .ent"));
    let js = get("/static/app.js").await;
    assert_eq!(js.header("content-type"), "text/javascript; charset=utf-8");
    assert!(js.body.contains("hide-"));
}

#[tokio::test]
async fn pages_render_quickly() {
    let (story, from, to) = sample_story().await;
    let document = first_hit("Kostan").await;
    let overview = get("/api/overview").await.json();
    let entity = overview["top_entities"][0]["entity"]["id"]
        .as_i64()
        .expect("entity");
    let uris = [
        "/".to_string(),
        "/search?q=Kostan".to_string(),
        format!("/documents/{document}"),
        format!("/entities/{entity}"),
        format!("/stories/{story}"),
        format!("/stories/{story}/diff?from={from}&to={to}"),
    ];
    for uri in &uris {
        get(uri).await; // warm the store's caches
        let runs = 5;
        let start = Instant::now();
        for _ in 0..runs {
            assert_eq!(get(uri).await.status, StatusCode::OK, "{uri}");
        }
        let each = start.elapsed() / runs;
        println!("render {uri}: {:.2} ms", each.as_secs_f64() * 1000.0);
        assert!(each < Duration::from_millis(500), "{uri} took {each:?}");
    }
}

/// A store that fails every read, by error or by panic.
struct BrokenStore {
    panics: bool,
}

impl BrokenStore {
    fn fail<T>(&self) -> trame_store::Result<T> {
        if self.panics {
            panic!("a bug in the store");
        }
        Err(trame_store::StoreError::Invalid(
            "the disk is on fire".into(),
        ))
    }
}

impl trame_store::CorpusRead for BrokenStore {
    fn overview(&self) -> trame_store::Result<trame_store::Overview> {
        self.fail()
    }
    fn search(
        &self,
        _: &trame_store::SearchQuery,
    ) -> trame_store::Result<trame_store::SearchResults> {
        self.fail()
    }
    fn document(&self, _: &str) -> trame_store::Result<Option<trame_store::StoredDocument>> {
        self.fail()
    }
    fn for_each_document(
        &self,
        _: &mut dyn FnMut(trame_store::StoredDocument) -> trame_store::Result<()>,
    ) -> trame_store::Result<()> {
        self.fail()
    }
    fn entity(&self, _: i64) -> trame_store::Result<Option<trame_store::EntityView>> {
        self.fail()
    }
    fn for_each_entity(
        &self,
        _: &mut dyn FnMut(trame_store::EntityRef, u64, u64) -> trame_store::Result<()>,
    ) -> trame_store::Result<()> {
        self.fail()
    }
    fn for_each_cooccurrence(
        &self,
        _: &mut dyn FnMut(i64, i64, u64) -> trame_store::Result<()>,
    ) -> trame_store::Result<()> {
        self.fail()
    }
    fn story(&self, _: i64) -> trame_store::Result<Option<trame_store::StoryView>> {
        self.fail()
    }
    fn stories(&self, _: usize, _: usize) -> trame_store::Result<Vec<trame_store::StorySummary>> {
        self.fail()
    }
    fn claim_group(&self, _: i64) -> trame_store::Result<Option<trame_store::ClaimGroupView>> {
        self.fail()
    }
    fn claim_groups(
        &self,
        _: usize,
        _: usize,
    ) -> trame_store::Result<Vec<trame_store::ClaimGroupSummary>> {
        self.fail()
    }
    fn diff(&self, _: &str, _: &str) -> trame_store::Result<Option<trame_store::VersionDiff>> {
        self.fail()
    }
}

#[tokio::test]
async fn store_failures_are_a_500_page_with_the_reason() {
    use tower::ServiceExt;
    for (panics, reason) in [(false, "the disk is on fire"), (true, "store task failed")] {
        for uri in [
            "/?lang=en",
            "/documents/x",
            "/entities/1",
            "/search?q=a",
            "/api/overview",
        ] {
            let app = trame_web::router(
                std::sync::Arc::new(BrokenStore { panics }),
                ServeOptions::default(),
            );
            let response = app
                .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
                .await
                .expect("an answer");
            assert_eq!(
                response.status(),
                StatusCode::INTERNAL_SERVER_ERROR,
                "{uri}"
            );
            let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .expect("body");
            let body = String::from_utf8_lossy(&body);
            assert!(body.contains(reason), "{uri}: {body}");
        }
    }
}

/// A validator for the JSON Schema subset `openapi.json` uses: type,
/// properties, required, items, $ref, nullable, enum, allOf and
/// additionalProperties.
mod schema {
    use serde_json::Value;

    pub struct Spec(pub Value);

    impl Spec {
        pub fn load() -> Spec {
            let text = include_str!("../openapi.json");
            Spec(serde_json::from_str(text).expect("openapi.json is JSON"))
        }

        /// The schema of the 200 answer of `GET path`.
        pub fn response(&self, path: &str) -> &Value {
            let schema = &self.0["paths"][path]["get"]["responses"]["200"]["content"]
                ["application/json"]["schema"];
            assert!(!schema.is_null(), "no 200 schema for {path}");
            schema
        }

        pub fn check(&self, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
            if let Some(reference) = schema["$ref"].as_str() {
                let name = reference.trim_start_matches("#/components/schemas/");
                let target = &self.0["components"]["schemas"][name];
                if target.is_null() {
                    errors.push(format!("{at}: unknown $ref {reference}"));
                    return;
                }
                return self.check(target, value, at, errors);
            }
            if value.is_null() {
                if schema["nullable"] != Value::Bool(true) {
                    errors.push(format!("{at}: null where not nullable"));
                }
                return;
            }
            if let Some(all) = schema["allOf"].as_array() {
                for part in all {
                    self.check(part, value, at, errors);
                }
            }
            if let Some(allowed) = schema["enum"].as_array() {
                if !allowed.contains(value) {
                    errors.push(format!("{at}: {value} not in {allowed:?}"));
                }
            }
            let type_ok = match schema["type"].as_str() {
                None => true,
                Some("object") => value.is_object(),
                Some("array") => value.is_array(),
                Some("string") => value.is_string(),
                Some("integer") => value.is_i64() || value.is_u64(),
                Some("number") => value.is_number(),
                Some("boolean") => value.is_boolean(),
                Some(other) => {
                    errors.push(format!("{at}: unsupported type {other}"));
                    return;
                }
            };
            if !type_ok {
                errors.push(format!("{at}: {value} is not of type {}", schema["type"]));
                return;
            }
            if let (Some(items), Some(values)) = (schema.get("items"), value.as_array()) {
                for (i, item) in values.iter().enumerate() {
                    self.check(items, item, &format!("{at}[{i}]"), errors);
                }
            }
            if let Some(object) = value.as_object() {
                let properties = schema["properties"].as_object();
                for required in schema["required"].as_array().into_iter().flatten() {
                    let name = required.as_str().unwrap_or_default();
                    if !object.contains_key(name) {
                        errors.push(format!("{at}: missing required {name}"));
                    }
                }
                for (key, field) in object {
                    match properties.and_then(|p| p.get(key)) {
                        Some(property) => {
                            self.check(property, field, &format!("{at}.{key}"), errors)
                        }
                        None => match schema.get("additionalProperties") {
                            Some(Value::Bool(false)) => {
                                errors.push(format!("{at}: unexpected property {key}"))
                            }
                            Some(extra @ Value::Object(_)) => {
                                self.check(extra, field, &format!("{at}.{key}"), errors)
                            }
                            _ => {}
                        },
                    }
                }
            }
        }
    }
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let spec = schema::Spec::load();
    let summary = serde_json::json!({"$ref": "#/components/schemas/DocumentSummary"});
    let mut errors = Vec::new();
    let good = serde_json::json!({"id": "d", "title": null, "outlet": "o", "language": null, "published": null, "url": null});
    spec.check(&summary, &good, "$", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    let bad =
        serde_json::json!({"id": 3, "title": null, "outlet": "o", "language": null, "extra": 1});
    spec.check(&summary, &bad, "$", &mut errors);
    assert_eq!(
        errors,
        [
            "$: missing required published",
            "$: missing required url",
            "$: unexpected property extra",
            "$.id: 3 is not of type \"string\""
        ]
    );
}

#[tokio::test]
async fn api_answers_match_the_openapi_schemas() {
    let spec = schema::Spec::load();
    let served = get("/api/openapi.json").await;
    assert_eq!(served.json(), spec.0, "the served description is the file");

    let (story, from, to) = sample_story().await;
    let overview = get("/api/overview").await.json();
    let entity = overview["top_entities"][0]["entity"]["id"]
        .as_i64()
        .expect("entity");
    let group = get("/api/claims").await.json()["items"][0]["id"]
        .as_i64()
        .expect("claim group");
    let mut checks: Vec<(String, &str)> = vec![
        ("/api/overview".into(), "/api/overview"),
        ("/api/search?q=Kostan".into(), "/api/search"),
        ("/api/search?language=ru&page=1".into(), "/api/search"),
        ("/api/stories".into(), "/api/stories"),
        ("/api/claims".into(), "/api/claims"),
        (format!("/api/entities/{entity}"), "/api/entities/{id}"),
        (format!("/api/stories/{story}"), "/api/stories/{id}"),
        (
            format!("/api/stories/{story}/diff?from={from}&to={to}"),
            "/api/stories/{id}/diff",
        ),
        (format!("/api/claims/{group}"), "/api/claims/{id}"),
    ];
    let all = get("/api/search?q=").await.json();
    let ids: Vec<String> = all["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .filter_map(|h| h["id"].as_str().map(str::to_string))
        .collect();
    for id in &ids {
        checks.push((format!("/api/documents/{id}"), "/api/documents/{id}"));
    }
    let mut errors = Vec::new();
    for (uri, path) in &checks {
        let answer = get(uri).await;
        assert_eq!(answer.status, StatusCode::OK, "{uri}");
        assert_eq!(answer.header("content-type"), "application/json");
        let value: Value = answer.json();
        spec.check(spec.response(path), &value, uri, &mut errors);
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));

    let error_schema = serde_json::json!({"$ref": "#/components/schemas/Error"});
    let not_found = get("/api/documents/nope").await.json();
    spec.check(&error_schema, &not_found, "404", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
}
