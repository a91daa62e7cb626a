//! `trame bench`: throughput of the pipeline and peak memory.
//!
//! Records are read into memory first, so the figures measure analysis, not
//! the disk. Per-core figures come from a one-thread pool; the all-cores run
//! shows how the pipeline scales.

use crate::analyze::{init_threads, records};
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::time::Instant;
use trame_ingest::{Content, RawRecord};
use trame_pipeline::{Layers, Pipeline};

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    what: Option<What>,
    /// Corpus files or directories.
    #[arg(default_value = "samples/corpus")]
    paths: Vec<PathBuf>,
    /// Analyse the corpus until at least this many megabytes went through
    /// each measurement.
    #[arg(long, default_value_t = 20.0)]
    min_mb: f64,
    /// Threads of the all-cores run (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// Ingest and search figures on a synthetic corpus of N documents.
    Corpus(crate::bench_corpus::Args),
}

#[derive(Default)]
struct Figures {
    docs: usize,
    bytes: u64,
    tokens: usize,
    seconds: f64,
}

impl Figures {
    fn line(&self, label: &str, threads: usize) -> String {
        let per_core = self.seconds * threads as f64;
        format!(
            "{label:<12} {threads} thread(s): {:>8.1} MB/s  {:>9.0} docs/s  {:>10.0} tokens/s  per core: {:>7.1} MB/s {:>8.0} docs/s  ({} docs, {:.1} MB, {:.2} s)",
            self.bytes as f64 / 1e6 / self.seconds,
            self.docs as f64 / self.seconds,
            self.tokens as f64 / self.seconds,
            self.bytes as f64 / 1e6 / per_core,
            self.docs as f64 / per_core,
            self.docs,
            self.bytes as f64 / 1e6,
            self.seconds,
        )
    }
}

/// How many passes over `corpus` make at least `min_mb` megabytes.
fn rounds(corpus: &[RawRecord], min_mb: f64) -> usize {
    let size: u64 = corpus.iter().map(|r| r.content.len() as u64).sum();
    ((min_mb * 1e6) / size.max(1) as f64).ceil().max(1.0) as usize
}

fn measure(pipeline: &Pipeline, corpus: &[RawRecord], min_mb: f64) -> Figures {
    let rounds = rounds(corpus, min_mb);
    let mut tokens = 0;
    let start = Instant::now();
    let summary = pipeline.analyze_stream(
        (0..rounds).flat_map(|_| corpus.iter().cloned().map(Ok)),
        |r| {
            if let Ok(doc) = r {
                tokens += doc.tokens.len();
            }
        },
    );
    Figures {
        docs: summary.documents,
        bytes: summary.input_bytes,
        tokens,
        seconds: start.elapsed().as_secs_f64(),
    }
}

/// Main-text extraction alone (the extractor's text and metadata, before
/// cleanup and segmentation), the part comparable with other extractors.
/// Tokens are counted as whitespace-separated words of the extracted text.
fn measure_extraction(pipeline: &Pipeline, pages: &[RawRecord], min_mb: f64) -> Figures {
    let mut figures = Figures::default();
    let start = Instant::now();
    for record in (0..rounds(pages, min_mb)).flat_map(|_| pages) {
        if let Content::Html(html) = &record.content {
            let extracted = pipeline.extractor().extract(html, record.url.as_deref());
            figures.docs += 1;
            figures.bytes += html.len() as u64;
            figures.tokens += extracted.text.split_whitespace().count();
        }
    }
    figures.seconds = start.elapsed().as_secs_f64();
    figures
}

/// Documents analysed before timing starts.
const WARM_UP_DOCS: usize = 200;

/// Peak resident memory of this process (Linux), in MB.
pub fn peak_memory_mb() -> Option<f64> {
    status_mb("VmHWM:")
}

/// Resident memory of this process that no file backs (Linux), in MB: the
/// heap and stacks, without the pages of memory-mapped index files, which
/// the kernel counts as resident while they are cached but can drop.
pub fn anonymous_memory_mb() -> Option<f64> {
    status_mb("RssAnon:")
}

fn status_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub fn run(args: Args) -> Result<()> {
    init_threads(args.threads)?;
    if let Some(What::Corpus(corpus)) = args.what {
        return crate::bench_corpus::run(corpus);
    }
    let corpus: Vec<RawRecord> = records(&args.paths).filter_map(Result::ok).collect();
    if corpus.is_empty() {
        bail!("no readable document under the given paths");
    }
    let pipeline = Pipeline::builtin().context("loading the models")?;
    let text_stages = Pipeline::builtin()
        .context("loading the models")?
        .with_layers(Layers::Text);
    let entity_stages = Pipeline::builtin()
        .context("loading the models")?
        .with_layers(Layers::Entities);
    let (html, text): (Vec<RawRecord>, Vec<RawRecord>) = corpus
        .iter()
        .cloned()
        .partition(|r| matches!(r.content, Content::Html(_)));
    let size: u64 = corpus.iter().map(|r| r.content.len() as u64).sum();
    println!(
        "corpus: {} documents ({} text, {} HTML), {:.2} MB",
        corpus.len(),
        text.len(),
        html.len(),
        size as f64 / 1e6
    );
    // One untimed pass loads models and fills the one-time tables (the
    // extractor's fallbacks load their stop lists on first use), so the
    // figures are steady-state throughput.
    let warm_up = &corpus[..corpus.len().min(WARM_UP_DOCS)];
    measure(&pipeline, warm_up, 0.0);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .stack_size(256 * 1024 * 1024)
        .build()?;
    println!("text stages (reading to segmentation):");
    for (label, group) in [("text input", &text), ("html input", &html)] {
        if !group.is_empty() {
            let f = one.install(|| measure(&text_stages, group, args.min_mb));
            println!("  {}", f.line(label, 1));
        }
    }
    if !html.is_empty() {
        let f = one.install(|| measure_extraction(&pipeline, &html, args.min_mb));
        println!("  {}", f.line("extraction", 1));
    }
    // Tokens of the text stages over the extra time of the entity stage:
    // the speed of tagging and linking alone.
    if !text.is_empty() {
        let base = one.install(|| measure(&text_stages, &text, args.min_mb));
        let with = one.install(|| measure(&entity_stages, &text, args.min_mb));
        let extra = with.seconds - base.seconds * (with.bytes as f64 / base.bytes.max(1) as f64);
        println!(
            "entities (tagging + linking alone, text input, 1 thread): {:.0} tokens/s",
            with.tokens as f64 / extra.max(1e-9)
        );
    }
    println!("full analysis (plus entities, relations, quotes, claims):");
    for (label, group) in [("text input", &text), ("html input", &html)] {
        if !group.is_empty() {
            let f = one.install(|| measure(&pipeline, group, args.min_mb));
            println!("  {}", f.line(label, 1));
        }
    }
    let threads = rayon::current_num_threads();
    let all = measure(&pipeline, &corpus, args.min_mb);
    println!("  {}", all.line("all input", threads));
    if let Some(mb) = peak_memory_mb() {
        println!("peak memory: {mb:.0} MB");
    }
    Ok(())
}
