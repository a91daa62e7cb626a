//! Render latency of the main pages over the sample corpus, through the
//! whole router (layers, store reads on the blocking pool, templates).
//!
//!     cargo run --release -p trame-web --example render_latency [-- RUNS]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

#[tokio::main]
async fn main() {
    let runs: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50)
        .max(1);
    let build = Instant::now();
    drop(common::store());
    println!(
        "store built from samples/corpus in {:.1} s",
        build.elapsed().as_secs_f64()
    );
    let (story, from, to) = common::sample_story().await;
    let document = common::get("/api/search?q=Kostan").await.json()["hits"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let overview = common::get("/api/overview").await.json();
    let entity = overview["top_entities"][0]["entity"]["id"]
        .as_i64()
        .unwrap_or(1);
    let group = common::get("/api/claims").await.json()["items"][0]["id"]
        .as_i64()
        .unwrap_or(1);
    let pages = [
        "/".to_string(),
        "/search?q=Kostan".to_string(),
        "/search?q=&language=fr".to_string(),
        format!("/documents/{document}"),
        format!("/entities/{entity}"),
        format!("/stories/{story}"),
        format!("/stories/{story}/diff?from={from}&to={to}"),
        format!("/claims/{group}"),
        format!("/api/documents/{document}"),
    ];
    println!(
        "{:<60} {:>6} {:>9} {:>9} {:>9}",
        "page", "status", "median", "p95", "bytes"
    );
    for page in &pages {
        common::get(page).await;
        let mut times: Vec<Duration> = Vec::with_capacity(runs as usize);
        let mut last = None;
        for _ in 0..runs {
            let start = Instant::now();
            let answer = common::get(page).await;
            times.push(start.elapsed());
            last = Some(answer);
        }
        let (status, bytes) = last.map_or((0, 0), |a| (a.status.as_u16(), a.body.len()));
        times.sort();
        let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
        println!(
            "{page:<60} {status:>6} {:>7.2}ms {:>7.2}ms {bytes:>9}",
            at(0.5),
            at(0.95)
        );
    }
}
