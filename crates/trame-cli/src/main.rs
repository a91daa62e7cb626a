//! The `trame` command line.

mod analyze;
mod bench;
mod eval;
mod kb;
mod progress;
mod train;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

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
        Command::Eval { what } => eval::run(what),
        Command::Bench(args) => bench::run(args),
        Command::Train { what } => train::run(what),
        Command::Kb { what } => kb::run(what),
    }
}
