//! `trame ingest` and `trame search`: building and querying a corpus store.

use crate::analyze::{init_threads, records};
use crate::progress::Progress;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use trame_pipeline::Pipeline;
use trame_store::{CorpusRead, IngestOptions, IngestReport, SearchQuery, SqliteStore};

/// Where stores live unless told otherwise.
pub const DEFAULT_STORE: &str = "trame-data";

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files or directories (walked recursively).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The store directory (created when absent).
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// Analysis threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Knowledge-base files that extend the builtin one.
    #[arg(long)]
    kb: Vec<PathBuf>,
    /// Print a line on stderr after every committed transaction (for logs
    /// and for tests that interrupt ingests).
    #[arg(long)]
    log_commits: bool,
    /// Seconds between commits at most: documents become visible to
    /// readers (search, the workbench) at each commit. Shorter intervals
    /// cost ingest speed on large stores.
    #[arg(long, default_value_t = IngestOptions::default().commit_interval.as_secs_f64())]
    commit_seconds: f64,
}

pub fn ingest(args: IngestArgs) -> Result<()> {
    init_threads(args.threads)?;
    let pipeline = Pipeline::with_knowledge_base(crate::kb::load_user_entries(&args.kb)?)
        .context("loading the models")?;
    if !(args.commit_seconds.is_finite() && args.commit_seconds > 0.0) {
        anyhow::bail!("--commit-seconds must be a positive number of seconds");
    }
    let options = IngestOptions {
        commit_interval: std::time::Duration::from_secs_f64(args.commit_seconds),
        ..IngestOptions::default()
    };
    let report = ingest_paths(
        &pipeline,
        &args.paths,
        &args.store,
        &options,
        args.log_commits,
    )?;
    let store = SqliteStore::open_read_only(&args.store)?;
    let overview = store.overview()?;
    eprintln!(
        "store {}: {} documents, {} entities, {} stories, {} claim groups ({:.1} MB)",
        args.store.display(),
        overview.documents,
        overview.entities,
        overview.stories,
        overview.claim_groups,
        store.disk_size() as f64 / 1e6
    );
    if report.failures.values().sum::<usize>() > 0 && report.added == 0 && report.skipped == 0 {
        anyhow::bail!("no document could be ingested");
    }
    Ok(())
}

/// Ingests every record under `paths` into the store at `dir`, showing
/// progress, and prints the end-of-run line.
pub fn ingest_paths(
    pipeline: &Pipeline,
    paths: &[PathBuf],
    dir: &Path,
    options: &IngestOptions,
    log_commits: bool,
) -> Result<IngestReport> {
    let store =
        SqliteStore::open(dir).with_context(|| format!("opening the store {}", dir.display()))?;
    let mut progress = Progress::new();
    let report = store
        .ingest(
            pipeline,
            records(paths),
            options,
            &mut |p| {
                if log_commits {
                    eprintln!(
                        "committed {} documents (last seq {})",
                        p.committed, p.last_seq
                    );
                }
                progress.update(p.committed as usize, p.failed as usize, 0);
            },
            &mut |e| eprintln!("error: {e}"),
        )
        .with_context(|| format!("ingesting into {}", dir.display()))?;
    progress.finish();
    let mut line = format!(
        "ingested {} documents ({} new versions), skipped {} already stored, {:.1} MB analysed",
        report.added,
        report.new_versions,
        report.skipped,
        report.input_bytes as f64 / 1e6
    );
    let failed: usize = report.failures.values().sum();
    if failed > 0 {
        let reasons: Vec<String> = report
            .failures
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        line.push_str(&format!("; {failed} failed ({})", reasons.join(", ")));
    }
    if report.reindexed > 0 {
        line.push_str(&format!(
            "; {} documents from an interrupted run indexed",
            report.reindexed
        ));
    }
    eprintln!("{line}");
    Ok(report)
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words, "quoted phrases", -excluded words. Empty: every document that
    /// passes the filters.
    #[arg(default_value = "")]
    query: String,
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// Entity: corpus id (E12), Wikidata QID (Q7747) or name.
    #[arg(long)]
    entity: Option<String>,
    /// Documents mentioning an entity of this label (PER, ORG, LOC, MISC).
    #[arg(long)]
    label: Option<String>,
    #[arg(long)]
    outlet: Option<String>,
    /// ISO 639-1 code (fr, en, ru …).
    #[arg(long)]
    language: Option<String>,
    /// Published on or after this date (YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Published on or before this date (YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Speaker of a quote: corpus id, QID or name.
    #[arg(long)]
    speaker: Option<String>,
    /// Claim source kind: named, anonymous, document, none.
    #[arg(long)]
    source_kind: Option<String>,
    /// Persuasion technique (e.g. Loaded_Language).
    #[arg(long)]
    technique: Option<String>,
    #[arg(long, default_value_t = 10)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Print the results as JSON (hits, total, facets).
    #[arg(long)]
    json: bool,
}

pub fn search(args: SearchArgs) -> Result<()> {
    let store = SqliteStore::open_read_only(&args.store)?;
    let query = SearchQuery {
        text: args.query,
        entity: args.entity,
        label: args.label,
        outlet: args.outlet,
        language: args.language,
        date_from: args.from,
        date_to: args.to,
        speaker: args.speaker,
        source_kind: args.source_kind,
        technique: args.technique,
        offset: args.offset,
        limit: args.limit,
    };
    let results = store.search(&query)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(());
    }
    println!(
        "{} documents match; showing {}–{}",
        results.total,
        (query.offset + 1).min(results.total),
        query.offset + results.hits.len()
    );
    for hit in &results.hits {
        println!();
        let meta: Vec<&str> = [&hit.outlet, &hit.published, &hit.language]
            .into_iter()
            .filter_map(|v| v.as_deref())
            .collect();
        println!("{}  [{}]", hit.title, meta.join(" · "));
        println!("  id {}", hit.id);
        println!("  {}", highlighted(&hit.snippet));
    }
    let facets = &results.facets;
    for (name, counts) in [
        ("outlets", &facets.outlet),
        ("languages", &facets.language),
        ("entities", &facets.entity),
        ("source kinds", &facets.source_kind),
        ("techniques", &facets.technique),
    ] {
        if counts.is_empty() {
            continue;
        }
        let line: Vec<String> = counts
            .iter()
            .take(8)
            .map(|c| format!("{} ({})", c.name, c.count))
            .collect();
        println!("\n{name}: {}", line.join(", "));
    }
    Ok(())
}

/// The snippet with its matches in [brackets], on one line.
fn highlighted(snippet: &trame_store::Snippet) -> String {
    let text = &snippet.text;
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for &(start, end) in &snippet.highlights {
        let (Some(before), Some(word)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        out.push_str(before);
        out.push('[');
        out.push_str(word);
        out.push(']');
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// jsonl, csv, parquet, graphml or claimreview.
    #[arg(long)]
    format: trame_export::ExportFormat,
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// Output file (jsonl, graphml, claimreview) or directory (csv and
    /// parquet: one file per table). Default: `export.<format>` here.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn export(args: ExportArgs) -> Result<()> {
    let store = SqliteStore::open_read_only(&args.store)?;
    let out = args
        .out
        .unwrap_or_else(|| PathBuf::from(format!("export.{}", args.format.as_str())));
    let summary = trame_export::export(&store, args.format, &out)
        .with_context(|| format!("exporting to {}", out.display()))?;
    let rows: Vec<String> = summary
        .rows
        .iter()
        .map(|(table, n)| format!("{n} {table}"))
        .collect();
    eprintln!(
        "wrote {} file(s) under {}: {}",
        summary.files.len(),
        out.display(),
        rows.join(", ")
    );
    Ok(())
}
