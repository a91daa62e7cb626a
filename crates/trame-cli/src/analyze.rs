//! `trame analyze`: documents as schema v1 JSON.

use crate::progress::Progress;
use anyhow::{Context, Result};
use clap::ValueEnum;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use trame_pipeline::{Layers, Pipeline, RunSummary};

#[derive(Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per line.
    Jsonl,
    /// One JSON array, indented.
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories (walked recursively).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: OutputFormat,
    /// Write to this file instead of stdout.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// `text` stops after clean text, metadata and segmentation; `all` adds
    /// entities, quotes and claims.
    #[arg(long, value_enum, default_value = "all")]
    layers: LayersArg,
    /// Knowledge-base files (JSON Lines entries, e.g. from `trame kb
    /// import`) that extend the builtin one.
    #[arg(long)]
    kb: Vec<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LayersArg {
    Text,
    All,
}

impl From<LayersArg> for Layers {
    fn from(l: LayersArg) -> Self {
        match l {
            LayersArg::Text => Layers::Text,
            LayersArg::All => Layers::All,
        }
    }
}

/// Every record under `paths`, in walk order, with read errors as items.
pub fn records(
    paths: &[PathBuf],
) -> impl Iterator<Item = Result<trame_ingest::RawRecord, trame_ingest::IngestError>> + '_ {
    trame_ingest::walk(paths).flat_map(|file| -> Box<dyn Iterator<Item = _> + Send> {
        match file {
            Ok(f) => trame_ingest::read_path(&f.path),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    })
}

/// Worker threads get large stacks: HTML parsing and tree walks recurse, and
/// hostile pages nest deeply.
pub fn init_threads(threads: Option<usize>) -> Result<()> {
    let mut builder = rayon::ThreadPoolBuilder::new().stack_size(256 * 1024 * 1024);
    if let Some(n) = threads {
        builder = builder.num_threads(n);
    }
    builder.build_global().context("starting worker threads")
}

pub fn run(args: Args) -> Result<()> {
    init_threads(args.threads)?;
    let out: Box<dyn Write> = match &args.out {
        Some(path) => {
            Box::new(File::create(path).with_context(|| format!("creating {}", path.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let pipeline = Pipeline::with_knowledge_base(crate::kb::load_user_entries(&args.kb)?)
        .context("loading the models")?
        .with_layers(args.layers.into());
    let mut progress = Progress::new();
    let mut write_error: Option<std::io::Error> = None;
    let mut first = true;
    let mut count = (0, 0);
    if matches!(args.format, OutputFormat::Json) {
        out.write_all(b"[\n")?;
    }
    let summary: RunSummary = pipeline.analyze_stream(records(&args.paths), |result| {
        match result {
            Ok(doc) => {
                count.0 += 1;
                if write_error.is_some() {
                    return;
                }
                let written = match args.format {
                    OutputFormat::Jsonl => writeln!(out, "{}", doc.to_json_line()),
                    OutputFormat::Json => {
                        let sep = if first { "" } else { ",\n" };
                        first = false;
                        let pretty = serde_json::to_string_pretty(&doc).unwrap_or_default();
                        write!(out, "{sep}{pretty}")
                    }
                };
                if let Err(e) = written {
                    write_error = Some(e);
                }
            }
            Err(e) => {
                count.1 += 1;
                eprintln!("error: {e}");
            }
        }
        progress.update(count.0, count.1, 0);
    });
    progress.finish();
    if let Some(e) = write_error {
        return Err(e).context("writing output");
    }
    if matches!(args.format, OutputFormat::Json) {
        out.write_all(b"\n]\n")?;
    }
    out.flush().context("writing output")?;
    report(&summary);
    Ok(())
}

/// The end-of-run line: how many documents, how many failed and why.
pub fn report(summary: &RunSummary) {
    let mut line = format!(
        "analysed {} documents ({:.1} MB)",
        summary.documents,
        summary.input_bytes as f64 / 1e6
    );
    if summary.failed() > 0 {
        let reasons: Vec<String> = summary
            .failures
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        line.push_str(&format!(
            "; {} failed: {}",
            summary.failed(),
            reasons.join(", ")
        ));
    }
    eprintln!("{line}");
}
