//! The server-rendered pages. Each handler reads what it needs from the
//! store, shapes it into rows for its template (links built here from ids,
//! never taken from article data) and renders; failures become an HTML page
//! with the right status.

use crate::api::{unreadable, DiffParams, PageParams};
use crate::article::{layered_text, relation_lines, EntityLinks, Layer, RelationLine};
use crate::i18n::{Lang, Texts};
use crate::load::{found, list_page, load, numeric_id, story_diff, Failure, ListPage};
use crate::markup::highlight;
use crate::params::{url_encode, SearchParams, FILTERS, PAGE_SIZE, SOURCE_KINDS};
use crate::svg::{story_graph, timeline, BarChart, StoryGraph, NODE_HEIGHT, NODE_WIDTH};
use crate::AppState;
use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use std::convert::Infallible;
use trame_doc::Boilerplate;
use trame_store::{
    ClaimGroupSummary, ClaimGroupView, ClaimUse, DocumentSummary, EntityView, FacetCount, Overview,
    StoredDocument, StorySummary, StoryView, VersionDiff, VersionRole,
};

/// What every page shows around its content: the language and the link
/// that switches it.
#[derive(Clone)]
pub struct Chrome {
    pub lang: Lang,
    pub t: &'static Texts,
    pub switch_href: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Chrome {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        let lang = Lang::of_request(parts.uri.query(), &parts.headers);
        Ok(Chrome {
            lang,
            t: lang.texts(),
            switch_href: switch_href(&parts.uri, lang.other()),
        })
    }
}

/// The same page in another language: the query is kept as sent, less its
/// `lang` (replaced) and `token` (a cookie holds it by now).
fn switch_href(uri: &Uri, lang: Lang) -> String {
    let kept: Vec<&str> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang=") && !p.starts_with("token="))
        .chain(std::iter::once(if lang == Lang::Fr {
            "lang=fr"
        } else {
            "lang=en"
        }))
        .collect();
    format!("{}?{}", uri.path(), kept.join("&"))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: Chrome,
    t: &'static Texts,
    heading: &'static str,
    message: &'a str,
}

/// An error as a page in the reader's language.
pub fn error_page(lang: Lang, status: StatusCode, message: &str) -> Response {
    let t = lang.texts();
    let heading = match status {
        StatusCode::NOT_FOUND => t.not_found,
        StatusCode::BAD_REQUEST => t.bad_request,
        _ => t.server_error,
    };
    let page = ErrorPage {
        chrome: Chrome {
            lang,
            t,
            switch_href: format!("/?lang={}", lang.other().code()),
        },
        t,
        heading,
        message,
    };
    // The error template has no fallible part; should it fail all the same,
    // the status and the message, escaped, still go out.
    let body = page.render().unwrap_or_else(|_| {
        let mut escaped = String::new();
        crate::markup::escape_into(&mut escaped, message);
        escaped
    });
    (status, Html(body)).into_response()
}

fn respond(chrome: &Chrome, result: Result<impl Template, Failure>) -> Response {
    match result.and_then(|page| Ok(page.render()?)) {
        Ok(html) => Html(html).into_response(),
        Err(Failure::NotFound) => {
            error_page(chrome.lang, StatusCode::NOT_FOUND, chrome.t.not_found_text)
        }
        Err(failure) => error_page(chrome.lang, failure.status(), &failure.to_string()),
    }
}

/// Unknown paths: an HTML 404, or a JSON one under `/api/`.
pub async fn fallback(chrome: Chrome, uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        crate::api::not_found()
    } else {
        error_page(chrome.lang, StatusCode::NOT_FOUND, chrome.t.not_found_text)
    }
}

/// A value with its count, linked to the search it narrows to.
pub struct FacetLink {
    pub name: String,
    pub count: u64,
    pub href: String,
    pub active: bool,
}

fn facet_links(params: &SearchParams, filter: &str, counts: &[FacetCount]) -> Vec<FacetLink> {
    counts
        .iter()
        .map(|f| {
            let active = params.filter(filter) == Some(f.value.as_str());
            FacetLink {
                name: f.name.clone(),
                count: f.count,
                href: params.with_filter(filter, (!active).then_some(f.value.as_str())),
                active,
            }
        })
        .collect()
}

/// `/entities/{id}`, `/stories/{id}` …
fn href(kind: &str, id: impl std::fmt::Display) -> String {
    format!("/{kind}/{}", url_encode(&id.to_string()))
}

fn document_href(doc: &DocumentSummary) -> String {
    href("documents", &doc.id)
}

#[derive(Template)]
#[template(path = "overview.html")]
struct OverviewPage {
    chrome: Chrome,
    t: &'static Texts,
    overview: Overview,
    languages: Vec<FacetLink>,
    outlets: Vec<FacetLink>,
    stories: Vec<StoryRow>,
    claim_groups: Vec<ClaimGroupRow>,
}

pub async fn overview(chrome: Chrome, State(state): State<AppState>) -> Response {
    let result = load(&state, |store| Ok(store.overview()?))
        .await
        .map(|overview| {
            let none = SearchParams::default();
            OverviewPage {
                t: chrome.t,
                languages: facet_links(&none, "language", &overview.languages),
                outlets: facet_links(&none, "outlet", &overview.outlets),
                stories: overview.top_stories.iter().map(StoryRow::new).collect(),
                claim_groups: overview
                    .top_claim_groups
                    .iter()
                    .map(|g| ClaimGroupRow::new(g, chrome.t))
                    .collect(),
                overview,
                chrome: chrome.clone(),
            }
        });
    respond(&chrome, result)
}

pub struct HitRow {
    pub href: String,
    pub title: String,
    pub outlet: Option<String>,
    pub language: Option<String>,
    pub published: Option<String>,
    /// Escaped snippet with `<mark>` around the matches.
    pub snippet: String,
}

pub struct FacetGroup {
    pub title: &'static str,
    pub links: Vec<FacetLink>,
}

pub struct ActiveFilter {
    pub title: &'static str,
    pub value: String,
    pub clear_href: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    t: &'static Texts,
    params: SearchParams,
    total: usize,
    hits: Vec<HitRow>,
    facets: Vec<FacetGroup>,
    active: Vec<ActiveFilter>,
    page: usize,
    pages: usize,
    previous: Option<String>,
    next: Option<String>,
    source_kinds: [&'static str; 4],
}

fn filter_title(t: &Texts, name: &str) -> &'static str {
    match name {
        "entity" => t.entity,
        "label" => t.label,
        "outlet" => t.outlet,
        "language" => t.language,
        "from" => t.from,
        "to" => t.to,
        "speaker" => t.speaker,
        "source_kind" => t.source_kind,
        _ => t.technique,
    }
}

pub async fn search(
    chrome: Chrome,
    State(state): State<AppState>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Response {
    let result = async {
        let Query(params) = params.map_err(unreadable)?;
        let query = params.to_query()?;
        let page = query.offset / PAGE_SIZE + 1;
        let results = load(&state, move |store| Ok(store.search(&query)?)).await?;
        let t = chrome.t;
        let f = &results.facets;
        let facets = [
            (t.language, "language", &f.language),
            (t.outlet, "outlet", &f.outlet),
            (t.label, "label", &f.label),
            (t.entity, "entity", &f.entity),
            (t.source_kind, "source_kind", &f.source_kind),
            (t.technique, "technique", &f.technique),
        ]
        .into_iter()
        .filter(|(_, _, counts)| !counts.is_empty())
        .map(|(title, name, counts)| FacetGroup {
            title,
            links: facet_links(&params, name, counts),
        })
        .collect();
        let active = FILTERS
            .iter()
            .filter_map(|&name| {
                Some(ActiveFilter {
                    title: filter_title(t, name),
                    value: params.filter(name)?.to_string(),
                    clear_href: params.with_filter(name, None),
                })
            })
            .collect();
        let pages = results.total.div_ceil(PAGE_SIZE).max(1);
        let hits = results
            .hits
            .into_iter()
            .map(|hit| HitRow {
                href: href("documents", &hit.id),
                title: if hit.title.is_empty() {
                    t.untitled.to_string()
                } else {
                    hit.title
                },
                outlet: hit.outlet,
                language: hit.language,
                published: hit.published,
                snippet: highlight(&hit.snippet.text, &hit.snippet.highlights),
            })
            .collect();
        Ok(SearchPage {
            chrome: chrome.clone(),
            t,
            total: results.total,
            hits,
            facets,
            active,
            page,
            pages,
            previous: (page > 1).then(|| params.with_page(page - 1)),
            next: (page < pages).then(|| params.with_page(page + 1)),
            source_kinds: SOURCE_KINDS,
            params,
        })
    }
    .await;
    respond(&chrome, result)
}

#[derive(Clone)]
pub struct VersionRow {
    pub href: String,
    pub outlet: String,
    pub language: String,
    pub published: String,
    pub title: String,
    pub role: &'static str,
    pub link: Option<String>,
    pub score: Option<String>,
    /// The diff from the version it derives from.
    pub diff_href: Option<String>,
    pub id: String,
    pub current: bool,
}

fn role_name(t: &Texts, role: VersionRole) -> &'static str {
    match role {
        VersionRole::Original => t.role_original,
        VersionRole::Translation => t.role_translation,
        VersionRole::Republication => t.role_republication,
    }
}

fn version_rows(story: &StoryView, t: &Texts, current: Option<&str>) -> Vec<VersionRow> {
    story
        .versions
        .iter()
        .map(|v| {
            let d = &v.document;
            VersionRow {
                href: document_href(d),
                outlet: d.outlet.clone().unwrap_or_default(),
                language: d.language.clone().unwrap_or_default(),
                published: d.published.clone().unwrap_or_default(),
                title: d.title.clone().unwrap_or_else(|| t.untitled.to_string()),
                role: role_name(t, v.role),
                link: v.link.clone(),
                score: v.score.map(|s| format!("{:.0} %", s * 100.0)),
                diff_href: v
                    .parent
                    .as_ref()
                    .map(|parent| diff_href(story.id, parent, &d.id)),
                id: d.id.clone(),
                current: current == Some(d.id.as_str()),
            }
        })
        .collect()
}

fn diff_href(story: i64, from: &str, to: &str) -> String {
    format!(
        "/stories/{story}/diff?from={}&to={}",
        url_encode(from),
        url_encode(to)
    )
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    chrome: Chrome,
    t: &'static Texts,
    stored: StoredDocument,
    title: String,
    text_html: String,
    layers: Vec<Layer>,
    relations: Vec<RelationLine>,
    boilerplate: Vec<Boilerplate>,
    story_href: Option<String>,
    versions: Vec<VersionRow>,
    superseded_href: Option<String>,
}

pub async fn document(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    let result = load(&state, move |store| {
        let stored = found(store.document(&id)?)?;
        let story = match stored.story {
            Some(story) => store.story(story)?,
            None => None,
        };
        Ok((stored, story))
    })
    .await
    .map(|(stored, story)| {
        let t = chrome.t;
        let links = EntityLinks::new(&stored);
        let layered = layered_text(&stored, &links, t);
        let relations = relation_lines(&stored, &links);
        let versions = story
            .as_ref()
            .map(|s| version_rows(s, t, Some(&stored.document.id)))
            .unwrap_or_default();
        DocumentPage {
            chrome: chrome.clone(),
            t,
            title: stored
                .document
                .meta
                .title
                .clone()
                .unwrap_or_else(|| t.untitled.to_string()),
            text_html: layered.html,
            layers: layered.layers,
            relations,
            boilerplate: stored.document.boilerplate.clone(),
            story_href: story.as_ref().map(|s| href("stories", s.id)),
            versions,
            superseded_href: stored
                .superseded_by
                .as_ref()
                .map(|id| href("documents", id)),
            stored,
        }
    });
    respond(&chrome, result)
}

/// The schema's name of a boilerplate kind (`copyright`, `share` …): the
/// model gives it only through serde.
pub fn boilerplate_kind(b: &Boilerplate) -> String {
    serde_json::to_value(b.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub struct ClaimRow {
    pub document_href: String,
    /// The outlet, else the document's title.
    pub outlet: String,
    pub published: String,
    pub language: String,
    pub text: String,
    pub kind: String,
    pub kind_name: &'static str,
    pub source_text: Option<String>,
    pub source_entity: Option<(String, String)>,
    pub hedges: String,
    pub group_href: Option<String>,
    /// Unsourced here while another appearance of the same claim gives a
    /// source: what a reader of this outlet was not told.
    pub lost_source: bool,
}

fn claim_rows(claims: &[ClaimUse], t: &Texts) -> Vec<ClaimRow> {
    let sourced_somewhere = claims.iter().any(|c| c.source_kind != "none");
    claims
        .iter()
        .map(|c| {
            let d = &c.document;
            ClaimRow {
                document_href: document_href(d),
                outlet: d
                    .outlet
                    .clone()
                    .or_else(|| d.title.clone())
                    .unwrap_or_else(|| t.untitled.to_string()),
                published: d.published.clone().unwrap_or_default(),
                language: d.language.clone().unwrap_or_default(),
                text: c.text.clone(),
                kind: c.source_kind.clone(),
                kind_name: t.source_kind_name(&c.source_kind),
                source_text: c.source_text.clone(),
                source_entity: c
                    .source_entity
                    .as_ref()
                    .map(|e| (href("entities", e.id), e.name.clone())),
                hedges: c.hedges.join(", "),
                group_href: c.claim_group.map(|g| href("claims", g)),
                lost_source: sourced_somewhere && c.source_kind == "none",
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "entity.html")]
struct EntityPage {
    chrome: Chrome,
    t: &'static Texts,
    view: EntityView,
    chart: BarChart,
    claims: Vec<ClaimRow>,
}

pub async fn entity(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    let result = async {
        let id = numeric_id(&id)?;
        let view = load(&state, move |store| found(store.entity(id)?)).await?;
        Ok(EntityPage {
            chrome: chrome.clone(),
            t: chrome.t,
            chart: timeline(&view.timeline),
            claims: claim_rows(&view.claims, chrome.t),
            view,
        })
    }
    .await;
    respond(&chrome, result)
}

#[derive(Template)]
#[template(path = "story.html")]
struct StoryPage {
    chrome: Chrome,
    t: &'static Texts,
    story: StoryView,
    title: String,
    graph: StoryGraph,
    node_width: u32,
    node_height: u32,
    versions: Vec<VersionRow>,
}

pub async fn story(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    let result = async {
        let id = numeric_id(&id)?;
        let story = load(&state, move |store| found(store.story(id)?)).await?;
        let t = chrome.t;
        Ok(StoryPage {
            chrome: chrome.clone(),
            t,
            title: story
                .title
                .clone()
                .unwrap_or_else(|| t.untitled.to_string()),
            graph: story_graph(&story.versions, t.untitled),
            node_width: NODE_WIDTH,
            node_height: NODE_HEIGHT,
            versions: version_rows(&story, t, None),
            story,
        })
    }
    .await;
    respond(&chrome, result)
}

#[derive(Template)]
#[template(path = "diff.html")]
struct DiffPage {
    chrome: Chrome,
    t: &'static Texts,
    story_href: String,
    title: String,
    from: VersionRow,
    to: VersionRow,
    diff: VersionDiff,
}

pub async fn diff(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
    params: Result<Query<DiffParams>, QueryRejection>,
) -> Response {
    let result = async {
        let Query(params) = params.map_err(unreadable)?;
        let (story, diff) = story_diff(&state, &id, params.from.clone(), params.to.clone()).await?;
        let t = chrome.t;
        let rows = version_rows(&story, t, None);
        // Both are versions of the story (checked by `story_diff`), possibly
        // the same one.
        let row = |id: &Option<String>| {
            rows.iter()
                .find(|r| Some(&r.id) == id.as_ref())
                .cloned()
                .ok_or(Failure::NotFound)
        };
        let (from, to) = (row(&params.from)?, row(&params.to)?);
        Ok(DiffPage {
            chrome: chrome.clone(),
            t,
            story_href: href("stories", story.id),
            title: story
                .title
                .clone()
                .unwrap_or_else(|| t.untitled.to_string()),
            from,
            to,
            diff,
        })
    }
    .await;
    respond(&chrome, result)
}

#[derive(Template)]
#[template(path = "claim.html")]
struct ClaimPage {
    chrome: Chrome,
    t: &'static Texts,
    group: ClaimGroupView,
    claims: Vec<ClaimRow>,
    /// Each distinct sourcing with its outlets, when they differ.
    sourcing_split: Vec<(&'static str, String)>,
}

pub async fn claim_group(
    chrome: Chrome,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    let result = async {
        let id = numeric_id(&id)?;
        let group = load(&state, move |store| found(store.claim_group(id)?)).await?;
        let t = chrome.t;
        let rows = claim_rows(&group.appearances, t);
        // Each sourcing with its outlets, in the order of SOURCE_KINDS
        // (named first), shown when the outlets disagree.
        let sourcing_split: Vec<(&'static str, String)> = SOURCE_KINDS
            .iter()
            .filter_map(|&kind| {
                let mut outlets: Vec<&str> = Vec::new();
                for row in rows.iter().filter(|r| r.kind == kind) {
                    if !outlets.contains(&row.outlet.as_str()) {
                        outlets.push(&row.outlet);
                    }
                }
                (!outlets.is_empty()).then(|| (t.source_kind_name(kind), outlets.join(", ")))
            })
            .collect();
        let sourcing_split = if sourcing_split.len() > 1 {
            sourcing_split
        } else {
            Vec::new()
        };
        Ok(ClaimPage {
            chrome: chrome.clone(),
            t,
            group,
            claims: rows,
            sourcing_split,
        })
    }
    .await;
    respond(&chrome, result)
}

pub struct StoryRow {
    pub href: String,
    pub title: Option<String>,
    pub versions: u64,
    pub languages: String,
    pub outlets: String,
}

impl StoryRow {
    fn new(s: &StorySummary) -> Self {
        StoryRow {
            href: href("stories", s.id),
            title: s.title.clone(),
            versions: s.versions,
            languages: s.languages.join(", "),
            outlets: s.outlets.join(", "),
        }
    }
}

pub struct ClaimGroupRow {
    pub href: String,
    pub key: String,
    pub text: String,
    pub appearances: u64,
    pub outlets: u64,
    pub kinds: Vec<(String, &'static str)>,
}

impl ClaimGroupRow {
    fn new(g: &ClaimGroupSummary, t: &Texts) -> Self {
        ClaimGroupRow {
            href: href("claims", g.id),
            key: g.key.clone(),
            text: g.text.clone(),
            appearances: g.appearances,
            outlets: g.outlets,
            kinds: g
                .source_kinds
                .iter()
                .map(|k| (k.clone(), t.source_kind_name(k)))
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "list.html")]
struct ListPageView {
    chrome: Chrome,
    t: &'static Texts,
    heading: &'static str,
    stories: Vec<StoryRow>,
    claim_groups: Vec<ClaimGroupRow>,
    page: usize,
    previous: Option<String>,
    next: Option<String>,
}

fn list_view<T>(
    chrome: &Chrome,
    heading: &'static str,
    path: &str,
    list: &ListPage<T>,
) -> ListPageView {
    ListPageView {
        chrome: chrome.clone(),
        t: chrome.t,
        heading,
        stories: Vec::new(),
        claim_groups: Vec::new(),
        page: list.page,
        previous: (list.page > 1).then(|| format!("{path}?page={}", list.page - 1)),
        next: list
            .has_more
            .then(|| format!("{path}?page={}", list.page + 1)),
    }
}

pub async fn stories(
    chrome: Chrome,
    State(state): State<AppState>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Response {
    let result = async {
        let Query(params) = params.map_err(unreadable)?;
        let list = list_page(&state, params.page.as_deref(), |store, offset, limit| {
            store.stories(offset, limit)
        })
        .await?;
        Ok(ListPageView {
            stories: list.items.iter().map(StoryRow::new).collect(),
            ..list_view(&chrome, chrome.t.stories, "/stories", &list)
        })
    }
    .await;
    respond(&chrome, result)
}

pub async fn claim_groups(
    chrome: Chrome,
    State(state): State<AppState>,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Response {
    let result = async {
        let Query(params) = params.map_err(unreadable)?;
        let list = list_page(&state, params.page.as_deref(), |store, offset, limit| {
            store.claim_groups(offset, limit)
        })
        .await?;
        Ok(ListPageView {
            claim_groups: list
                .items
                .iter()
                .map(|g| ClaimGroupRow::new(g, chrome.t))
                .collect(),
            ..list_view(&chrome, chrome.t.claim_groups, "/claims", &list)
        })
    }
    .await;
    respond(&chrome, result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_switch_keeps_the_query() {
        let uri: Uri = "/search?q=Kostan&lang=fr&token=s3cret&page=2"
            .parse()
            .expect("uri");
        assert_eq!(
            switch_href(&uri, Lang::En),
            "/search?q=Kostan&page=2&lang=en"
        );
        let uri: Uri = "/".parse().expect("uri");
        assert_eq!(switch_href(&uri, Lang::Fr), "/?lang=fr");
    }

    #[test]
    fn a_source_dropped_by_one_outlet_stands_out() {
        let claim = |kind: &str| ClaimUse {
            source_kind: kind.into(),
            ..Default::default()
        };
        let rows = claim_rows(
            &[claim("anonymous"), claim("none"), claim("named")],
            &crate::i18n::EN,
        );
        let lost: Vec<bool> = rows.iter().map(|r| r.lost_source).collect();
        assert_eq!(lost, [false, true, false]);
        let unsourced_everywhere = claim_rows(&[claim("none"), claim("none")], &crate::i18n::EN);
        assert!(unsourced_everywhere.iter().all(|r| !r.lost_source));
    }
}
