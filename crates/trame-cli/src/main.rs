//! The `trame` command line.

mod analyze;
mod bench;
mod bench_corpus;
mod corpus;
mod eval;
mod kb;
mod progress;
mod serve;
mod train;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Documents are many small trees, strings and vectors built and dropped per
/// article (the HTML DOM above all): mimalloc serves them faster than the
/// system allocator, with per-thread free lists for the analysis threads.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "trame",
    version,
    about = "Lays bare who says what, on what evidence, in news and opinion articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles and print schema v1 documents.
    Analyze(analyze::Args),
    /// Analyse articles into a corpus store (incremental, crash-safe).
    Ingest(corpus::IngestArgs),
    /// Search a corpus store.
    Search(corpus::SearchArgs),
    /// Export a corpus store for other tools.
    Export(corpus::ExportArgs),
    /// Serve the workbench (web pages and JSON API) over a store.
    Serve(serve::ServeArgs),
    /// Ingest the sample corpus into a fresh store and serve it.
    Demo(serve::DemoArgs),
    /// Measure quality against reference data.
    Eval {
        #[command(subcommand)]
        what: eval::What,
    },
    /// Train a model of the project.
    Train {
        #[command(subcommand)]
        what: train::What,
    },
    /// Manage the knowledge base.
    Kb {
        #[command(subcommand)]
        what: kb::What,
    },
    /// Measure throughput and peak memory of the pipeline on a corpus.
    Bench(bench::Args),
}

/// Where the shared development and evaluation data lives by default:
/// beside the project's root.
pub fn default_shared_dir() -> PathBuf {
    PathBuf::from("../shared")
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Ingest(args) => corpus::ingest(args),
        Command::Search(args) => corpus::search(args),
        Command::Export(args) => corpus::export(args),
        Command::Serve(args) => serve::serve(args),
        Command::Demo(args) => serve::demo(args),
        Command::Eval { what } => eval::run(what),
        Command::Bench(args) => bench::run(args),
        Command::Train { what } => train::run(what),
        Command::Kb { what } => kb::run(what),
    }
}
