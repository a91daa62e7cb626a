//! Throughput of `find_quotes` on a directory of texts (PolNeAR's `text/` by
//! default), in segmenter tokens per second on one core:
//! `cargo run --release -p trame-quotes --example throughput [DIR]`.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/quotes/polnear/data/dev/text")
        },
        PathBuf::from,
    );
    let docs: Vec<(String, trame_text::segment::Segmentation)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .map(|text| {
            let seg = trame_text::segment::segment(&text, Some("en"));
            (text, seg)
        })
        .collect();
    let tokens: usize = docs.iter().map(|(_, seg)| seg.tokens.len()).sum();
    if tokens == 0 {
        eprintln!("throughput: no text under {}", dir.display());
        return;
    }
    const ROUNDS: u32 = 10;
    let started = Instant::now();
    let mut quotes = 0;
    for _ in 0..ROUNDS {
        for (text, seg) in &docs {
            quotes += trame_quotes::find_quotes(text, &seg.sentences, Some("en")).len();
        }
    }
    let seconds = started.elapsed().as_secs_f64() / f64::from(ROUNDS);
    println!(
        "{} documents, {tokens} tokens, {} quotes: {:.0} tokens/s",
        docs.len(),
        quotes / ROUNDS as usize,
        tokens as f64 / seconds
    );
}
