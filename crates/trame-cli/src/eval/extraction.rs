//! Extraction quality, scored as the Scrapinghub article-extraction
//! benchmark scores it: multisets of 4-token shingles (tokens are `\w+`
//! runs), precision and recall per page, averaged over pages, and F1 of the
//! averages. Each page is scored twice: the extractor's output alone, and the
//! pipeline's clean text (extractor + in-text boilerplate removal), which is
//! what users get.

use crate::analyze::init_threads;
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use regex::Regex;
use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;
use std::time::Instant;
use trame_ingest::{Content, RawRecord};
use trame_pipeline::Pipeline;

const SHINGLE: usize = 4;

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("static regex"));

/// True positives, false positives and false negatives of one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> = WORD.find_iter(text).map(|m| m.as_str()).collect();
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    let n = SHINGLE.min(tokens.len());
    for w in tokens.windows(n) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

pub fn compare(truth: &str, predicted: &str) -> Counts {
    let t = shingles(truth);
    let p = shingles(predicted);
    let mut c = Counts {
        tp: 0,
        fp: 0,
        fn_: 0,
    };
    for (s, &n) in &p {
        let m = t.get(s).copied().unwrap_or(0);
        c.tp += n.min(m);
        c.fp += n.saturating_sub(m);
    }
    for (s, &n) in &t {
        c.fn_ += n.saturating_sub(p.get(s).copied().unwrap_or(0));
    }
    c
}

fn precision(c: Counts) -> f64 {
    match c {
        Counts { fp: 0, fn_: 0, .. } => 1.0,
        Counts { tp: 0, fp: 0, .. } => 0.0,
        _ => c.tp as f64 / (c.tp + c.fp) as f64,
    }
}

fn recall(c: Counts) -> f64 {
    match c {
        Counts { fp: 0, fn_: 0, .. } => 1.0,
        Counts { tp: 0, fn_: 0, .. } => 0.0,
        _ => c.tp as f64 / (c.tp + c.fn_) as f64,
    }
}

/// Mean precision, mean recall and their F1 over pages.
pub fn prf(pages: &[Counts]) -> (f64, f64, f64) {
    if pages.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let n = pages.len() as f64;
    let p = pages.iter().map(|&c| precision(c)).sum::<f64>() / n;
    let r = pages.iter().map(|&c| recall(c)).sum::<f64>() / n;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

struct Case {
    name: String,
    record: RawRecord,
    truth: String,
}

struct Scored {
    name: String,
    extractor: Counts,
    pipeline: Counts,
    seconds: f64,
}

fn score(pipeline: &Pipeline, case: &Case) -> Scored {
    let Content::Html(html) = &case.record.content else {
        return Scored {
            name: case.name.clone(),
            extractor: compare(&case.truth, ""),
            pipeline: compare(&case.truth, ""),
            seconds: 0.0,
        };
    };
    let start = Instant::now();
    let extracted = pipeline
        .extractor()
        .extract(html, case.record.url.as_deref());
    let seconds = start.elapsed().as_secs_f64();
    let clean = pipeline
        .analyze(case.record.clone())
        .map(|d| d.text)
        .unwrap_or_default();
    Scored {
        name: case.name.clone(),
        extractor: compare(&case.truth, &extracted.text),
        pipeline: compare(&case.truth, &clean),
        seconds,
    }
}

fn report(set: &str, pipeline: &Pipeline, cases: &[Case], verbose: bool) {
    let scored: Vec<Scored> = cases.par_iter().map(|c| score(pipeline, c)).collect();
    if verbose {
        for s in &scored {
            let (p, r, f) = prf(&[s.pipeline]);
            println!("  {:<70} P {p:.3} R {r:.3} F1 {f:.3}", s.name);
        }
    }
    let bytes: usize = cases.iter().map(|c| c.record.content.len()).sum();
    let seconds: f64 = scored.iter().map(|s| s.seconds).sum();
    for (label, counts) in [
        (
            "extractor",
            scored.iter().map(|s| s.extractor).collect::<Vec<_>>(),
        ),
        ("clean text", scored.iter().map(|s| s.pipeline).collect()),
    ] {
        let (p, r, f) = prf(&counts);
        println!(
            "{set:<12} {label:<10} pages {:>4}  P {p:.3}  R {r:.3}  F1 {f:.3}",
            counts.len()
        );
    }
    println!(
        "{set:<12} extractor speed: {:.0} pages/s, {:.1} MB/s per core ({})",
        cases.len() as f64 / seconds.max(1e-9),
        bytes as f64 / 1e6 / seconds.max(1e-9),
        pipeline.extractor().name()
    );
}

fn read_html(path: &Path) -> Result<RawRecord> {
    let record = trame_ingest::read_path(path)
        .next()
        .with_context(|| format!("{}: no record", path.display()))??;
    Ok(record)
}

fn scrapinghub(dir: &Path) -> Result<Vec<Case>> {
    let truth_path = dir.join("ground-truth.json");
    let truth: HashMap<String, serde_json::Value> = serde_json::from_slice(
        &std::fs::read(&truth_path).with_context(|| format!("reading {}", truth_path.display()))?,
    )?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let mut cases = Vec::new();
    for id in ids {
        let entry = &truth[id];
        let mut record = read_html(&dir.join("html").join(format!("{id}.html.gz")))?;
        record.url = entry["url"].as_str().map(String::from);
        cases.push(Case {
            name: id.clone(),
            record,
            truth: entry["articleBody"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        });
    }
    Ok(cases)
}

fn readability(dir: &Path) -> Result<Vec<Case>> {
    let mut names: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").exists() && p.join("expected.html").exists())
        .collect();
    names.sort();
    let mut cases = Vec::new();
    for case in names {
        let expected = std::fs::read_to_string(case.join("expected.html"))?;
        cases.push(Case {
            name: case
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            record: read_html(&case.join("source.html"))?,
            truth: trame_ingest::extract::html_to_text(&expected),
        });
    }
    Ok(cases)
}

/// Title, author and date of the French readability pages, beside what the
/// reference says.
fn french_metadata(pipeline: &Pipeline, dir: &Path) -> Result<()> {
    for name in ["lemonde-1", "liberation-1", "videos-2"] {
        let case = dir.join(name);
        let expected: serde_json::Value =
            serde_json::from_slice(&std::fs::read(case.join("expected-metadata.json"))?)?;
        let doc = pipeline.analyze(read_html(&case.join("source.html"))?)?;
        println!("{name}:");
        println!(
            "  title     {:?}\n  expected  {:?}",
            doc.meta.title.unwrap_or_default(),
            expected["title"]
        );
        println!(
            "  authors   {:?}\n  expected  {:?}",
            doc.meta.authors, expected["byline"]
        );
        println!(
            "  published {:?}  expected {:?}  outlet {:?}  language {:?}",
            doc.meta.published.unwrap_or_default(),
            expected["publishedTime"],
            doc.meta.outlet.unwrap_or_default(),
            doc.meta.language.unwrap_or_default()
        );
    }
    Ok(())
}

pub fn run(shared: &Path, verbose: bool) -> Result<()> {
    let root = shared.join("data/extraction");
    if !root.is_dir() {
        bail!(
            "{} not found: pass --shared DIR (the shared data directory)",
            root.display()
        );
    }
    init_threads(None)?;
    let pipeline = Pipeline::builtin().context("loading the models")?;
    let hub = scrapinghub(&root.join("scrapinghub"))?;
    report("scrapinghub", &pipeline, &hub, verbose);
    let pages_dir = root.join("readability/pages");
    let pages = readability(&pages_dir)?;
    report("readability", &pipeline, &pages, verbose);
    french_metadata(&pipeline, &pages_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let c = compare("a b c d e f", "a b c d e f");
        assert_eq!(
            c,
            Counts {
                tp: 3,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(prf(&[c]), (1.0, 1.0, 1.0));
    }

    #[test]
    fn extra_and_missing_text_lower_precision_and_recall() {
        let truth = "one two three four five six";
        let c = compare(truth, "zero one two three four");
        assert_eq!(
            c,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 2
            }
        );
        let (p, r, _) = prf(&[c]);
        assert!((p - 0.5).abs() < 1e-9 && (r - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn empty_cases_follow_the_benchmark() {
        assert_eq!(prf(&[compare("", "")]), (1.0, 1.0, 1.0));
        let c = compare("a b c d", "");
        assert_eq!((precision(c), recall(c)), (0.0, 0.0));
        let short = compare("a b", "a b");
        assert_eq!(short.tp, 1);
    }

    #[test]
    fn punctuation_and_markup_do_not_count() {
        assert_eq!(
            compare("Hello, world! How are you?", "Hello world How are you").fp,
            0
        );
    }
}
