//! `trame kb …`: growing the knowledge base from Wikidata.

use anyhow::{Context, Result};
use clap::Subcommand;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum What {
    /// Convert a Wikidata JSON dump (or a JSON Lines file of entities; `.gz`
    /// accepted) into knowledge-base entries, one JSON object per line, for
    /// `trame analyze --kb FILE`.
    Import {
        dump: PathBuf,
        /// Languages whose labels and aliases are kept.
        #[arg(long, value_delimiter = ',', default_value = "fr,en,ru,de,es,it,uk")]
        lang: Vec<String>,
        /// Output file (default: stdout).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

pub fn run(what: What) -> Result<()> {
    let What::Import { dump, lang, out } = what;
    let file = File::open(&dump).with_context(|| format!("opening {}", dump.display()))?;
    let reader: Box<dyn BufRead> = if dump.extension().is_some_and(|e| e == "gz") {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let langs: Vec<&str> = lang.iter().map(String::as_str).collect();
    let entries = trame_kb::wikidata::import_dump(reader, &langs)
        .with_context(|| format!("reading {}", dump.display()))?;
    let sink: Box<dyn Write> = match &out {
        Some(path) => {
            Box::new(File::create(path).with_context(|| format!("creating {}", path.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut sink = BufWriter::new(sink);
    for entry in &entries {
        serde_json::to_writer(&mut sink, entry)?;
        sink.write_all(b"\n")?;
    }
    sink.flush().context("writing entries")?;
    eprintln!("imported {} entries", entries.len());
    Ok(())
}

/// Entries of the user's knowledge-base files (JSON Lines, the format of
/// the builtin data and of `trame kb import`).
pub fn load_user_entries(paths: &[PathBuf]) -> Result<Vec<trame_kb::Entry>> {
    let mut entries = Vec::new();
    for path in paths {
        entries.extend(load(path).with_context(|| format!("reading {}", path.display()))?);
    }
    Ok(entries)
}

fn load(path: &Path) -> Result<Vec<trame_kb::Entry>> {
    Ok(trame_kb::Kb::load_jsonl(BufReader::new(File::open(path)?))?)
}
