//! Ingests inputs into a fresh store and exports it in every format,
//! printing rows, time and size per format: the figures of the exports on a
//! given corpus.
//!
//! ```text
//! cargo run -p trame-export --example export_corpus -- OUT_DIR INPUT...
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;
use trame_export::{export, ExportFormat};
use trame_store::{IngestOptions, SqliteStore};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let (Some(out), inputs) = (args.next(), args.collect::<Vec<_>>()) else {
        return Err("usage: export_corpus OUT_DIR INPUT...".into());
    };
    let store_dir = out.join("store");
    if store_dir.exists() {
        std::fs::remove_dir_all(&store_dir)?;
    }
    let store = SqliteStore::open(&store_dir)?;
    let pipeline = trame_pipeline::Pipeline::builtin()?;
    let records =
        trame_ingest::walk(&inputs).flat_map(|file| -> Box<dyn Iterator<Item = _> + Send> {
            match file {
                Ok(file) => trame_ingest::read_path(&file.path),
                Err(e) => Box::new(std::iter::once(Err(e))),
            }
        });
    let started = Instant::now();
    let report = store.ingest(
        &pipeline,
        records,
        &IngestOptions::default(),
        &mut |_| {},
        &mut |e| eprintln!("not analysed: {e}"),
    )?;
    println!(
        "ingested {} documents in {:.2} s",
        report.added,
        started.elapsed().as_secs_f64()
    );

    for format in ExportFormat::ALL {
        let target = match format {
            ExportFormat::Jsonl => out.join("corpus.jsonl"),
            ExportFormat::Csv => out.join("csv"),
            ExportFormat::Parquet => out.join("parquet"),
            ExportFormat::Graphml => out.join("corpus.graphml"),
            ExportFormat::ClaimReview => out.join("claimreview.json"),
        };
        let started = Instant::now();
        let summary = export(&store, format, &target)?;
        let elapsed = started.elapsed();
        let bytes: u64 = summary.files.iter().map(|f| file_size(f)).sum();
        println!(
            "{format}: {:.1} ms, {} files, {bytes} bytes",
            elapsed.as_secs_f64() * 1000.0,
            summary.files.len()
        );
        for (table, rows) in &summary.rows {
            println!("  {table}: {rows}");
        }
    }
    Ok(())
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}
