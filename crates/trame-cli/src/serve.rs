//! `trame serve` and `trame demo`: the workbench over a store.

use crate::corpus::{ingest_paths, DEFAULT_STORE};
use anyhow::{bail, Context, Result};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use trame_pipeline::Pipeline;
use trame_store::{CorpusRead, SqliteStore};
use trame_web::ServeOptions;

#[derive(clap::Args)]
pub struct ServeArgs {
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// Address to listen on. Loopback by default: the workbench shows
    /// whatever the corpus holds to whoever can reach it.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Require `Authorization: Bearer TOKEN` on every request.
    #[arg(long)]
    token: Option<String>,
}

pub fn serve(args: ServeArgs) -> Result<()> {
    let store = SqliteStore::open_read_only(&args.store)?;
    run_server(Arc::new(store), args.addr, args.token)
}

#[derive(clap::Args)]
pub struct DemoArgs {
    /// The sample corpus to ingest.
    #[arg(long, default_value = "samples/corpus")]
    samples: PathBuf,
    /// Where the demo store is built (emptied first).
    #[arg(long, default_value = "trame-demo-data")]
    store: PathBuf,
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
}

pub fn demo(args: DemoArgs) -> Result<()> {
    if !args.samples.is_dir() {
        bail!(
            "{}: sample corpus not found (run `trame demo` from the project's root, or give --samples)",
            args.samples.display()
        );
    }
    reset_store(&args.store)?;
    let pipeline = Pipeline::builtin().context("loading the models")?;
    ingest_paths(
        &pipeline,
        std::slice::from_ref(&args.samples),
        &args.store,
        &trame_store::IngestOptions::default(),
        false,
    )?;
    let store = SqliteStore::open_read_only(&args.store)?;
    let overview = store.overview()?;
    eprintln!(
        "{} documents, {} entities, {} stories, {} claim groups",
        overview.documents, overview.entities, overview.stories, overview.claim_groups
    );
    run_server(Arc::new(store), args.addr, None)
}

/// Empties a previous demo store, refusing to touch a directory that holds
/// anything but a store.
fn reset_store(dir: &Path) -> Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let foreign = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .any(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            !(name.starts_with("trame.db") || name == "search")
        });
    if foreign {
        bail!(
            "{}: exists and is not a trame store; give another --store",
            dir.display()
        );
    }
    std::fs::remove_dir_all(dir).with_context(|| format!("emptying {}", dir.display()))
}

fn run_server(store: Arc<dyn CorpusRead>, addr: SocketAddr, token: Option<String>) -> Result<()> {
    if !addr.ip().is_loopback() && token.is_none() {
        eprintln!(
            "warning: listening on {addr} without --token: anyone who can reach it reads the corpus"
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server runtime")?;
    println!("trame workbench: http://{addr}/");
    runtime
        .block_on(trame_web::serve(store, addr, ServeOptions { token }))
        .with_context(|| format!("serving on {addr}"))
}
