//! A real store ingested from the sample corpus, plus one hostile article,
//! built once per test binary, and a way to send requests to the router.

#![allow(dead_code)] // each test binary uses its own part of this module

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;
use trame_store::{CorpusRead, IngestOptions, SqliteStore};
use trame_web::{router, ServeOptions};

/// What the hostile article carries in its text, title, outlet, author,
/// URL and provenance lines.
pub const SCRIPT: &str = "<script>alert(1)</script>";
pub const ATTRIBUTE: &str = "\" onmouseover=\"alert(1)";
pub const JS_LINK: &str = "javascript:alert(1)";
/// The hostile article's id, given in its record.
pub const HOSTILE_ID: &str = "hostile-1";

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn hostile_record() -> String {
    let nasty = format!("{SCRIPT} {ATTRIBUTE} {JS_LINK}");
    let text = format!(
        "Le ministre Teodor Branik a déclaré : « {nasty} » devant la presse à Castrelle.\n\n\
         Selon un haut responsable, 3 000 soldats seraient déployés. Voir {JS_LINK} et <a href=\"{JS_LINK}\">ici</a>.\n\n\
         Republié depuis {nasty}\n\
         Source : {nasty}"
    );
    let record = serde_json::json!({
        "id": HOSTILE_ID,
        "text": text,
        "title": format!("Titre {nasty}"),
        "outlet": format!("Média {nasty}"),
        "author": format!("Auteur {nasty}"),
        "url": JS_LINK,
        "published": "2022-01-14",
    });
    format!("{record}\n")
}

/// The sample corpus and the hostile article, ingested into a fresh store
/// under the target directory, opened read-only as `trame serve` does.
pub fn store() -> Arc<dyn CorpusRead> {
    static STORE: OnceLock<Arc<SqliteStore>> = OnceLock::new();
    STORE
        .get_or_init(|| {
            // One directory per test binary, emptied at each run, under the
            // target directory when cargo names one.
            let binary = std::env::current_exe()
                .ok()
                .and_then(|exe| exe.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .unwrap_or_else(|| std::process::id().to_string());
            let base =
                option_env!("CARGO_TARGET_TMPDIR").map_or_else(std::env::temp_dir, PathBuf::from);
            let dir = base.join(format!("trame-web-{binary}"));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("test store directory");
            let hostile = dir.join("hostile.jsonl");
            std::fs::write(&hostile, hostile_record()).expect("hostile record");
            let inputs = [workspace_root().join("samples/corpus"), hostile];
            let records = trame_ingest::walk(&inputs)
                .filter_map(Result::ok)
                .flat_map(|file| trame_ingest::read_path(&file.path));
            let pipeline = trame_pipeline::Pipeline::builtin().expect("builtin pipeline");
            let store_dir = dir.join("store");
            let writer = SqliteStore::open(&store_dir).expect("store opens");
            let report = writer
                .ingest(
                    &pipeline,
                    records,
                    &IngestOptions::default(),
                    &mut |_| {},
                    &mut |e| eprintln!("sample not analysed: {e}"),
                )
                .expect("sample corpus ingests");
            drop((writer, report));
            Arc::new(SqliteStore::open_read_only(&store_dir).expect("store reopens"))
        })
        .clone()
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// Sends one request through the whole router, layers included.
pub async fn send(options: ServeOptions, request: Request<Body>) -> Answer {
    let response = router(store(), options)
        .oneshot(request)
        .await
        .expect("the router answers every request");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body reads");
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(uri: &str) -> Answer {
    let request = Request::get(uri).body(Body::empty()).expect("request");
    send(ServeOptions::default(), request).await
}

/// The id of a story with several versions and two of its documents, the
/// original and its altered French version, from the API.
pub async fn sample_story() -> (i64, String, String) {
    let stories = get("/api/stories").await.json();
    let story = stories["items"]
        .as_array()
        .and_then(|items| items.iter().max_by_key(|s| s["versions"].as_u64()))
        .expect("a story");
    let id = story["id"].as_i64().expect("story id");
    let view = get(&format!("/api/stories/{id}")).await.json();
    let versions = view["versions"].as_array().expect("versions").clone();
    let original = versions[0]["document"]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let altered = versions
        .iter()
        .find(|v| {
            v["document"]["outlet"]
                .as_str()
                .is_some_and(|o| o.contains("Horizon"))
        })
        .or(versions.last())
        .and_then(|v| v["document"]["id"].as_str())
        .expect("another version")
        .to_string();
    (id, original, altered)
}
