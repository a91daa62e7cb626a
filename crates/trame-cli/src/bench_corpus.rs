//! `trame bench corpus`: ingest and search figures on a synthetic corpus of
//! N documents made from the samples.
//!
//! Each synthetic article starts from a sample's clean text and changes what
//! makes articles differ: its people, organisations and places (each entity
//! of the base gets another name, consistently through the article), its
//! numbers, the order and choice of its paragraphs, its outlet and date.
//! So the store grows many entities, stories stay small, and the index sees
//! a realistic vocabulary.

use crate::analyze::records;
use crate::bench::{anonymous_memory_mb, peak_memory_mb};
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use trame_doc::{Document, EntityLabel, Format, TextIndex};
use trame_ingest::{Content, IngestError, RawRecord};
use trame_pipeline::Pipeline;
use trame_store::{CorpusRead, IngestOptions, IngestReport, SearchQuery, SqliteStore};

#[derive(clap::Args)]
pub struct Args {
    /// Documents to generate and ingest.
    #[arg(long, default_value_t = 10_000)]
    docs: usize,
    /// Sample articles the corpus is made from.
    #[arg(long, default_value = "samples/corpus")]
    samples: PathBuf,
    /// Store directory (default: a fresh one under the system's temporary
    /// directory, removed at the end).
    #[arg(long)]
    store: Option<PathBuf>,
    /// Search queries timed.
    #[arg(long, default_value_t = 300)]
    queries: usize,
    /// Size each synthetic article grows to, in bytes of text: a typical
    /// news article is about 5 KB, longer than most samples, so an article
    /// continues with varied paragraphs of other samples in its language.
    #[arg(long, default_value_t = 5_000)]
    doc_bytes: usize,
}

/// A small deterministic generator: the same N gives the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Boris", "Claire", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas",
    "Karim", "Lena", "Marek", "Nadia", "Oleg", "Paula", "Quentin", "Rosa", "Sergei", "Tamara",
    "Ulrich", "Vera", "Walter", "Yana", "Zoltan", "Aline", "Bruno", "Chloé", "Denis", "Emma",
];
const LAST: &[&str] = &[
    "Varga",
    "Lindqvist",
    "Moreau",
    "Petrenko",
    "Ashworth",
    "Kowalski",
    "Dubois",
    "Marchetti",
    "Novak",
    "Haddad",
    "Brennan",
    "Okafor",
    "Sandoval",
    "Tanaka",
    "Weiss",
    "Ivanova",
    "Castell",
    "Rahimi",
    "Fontaine",
    "Halvorsen",
    "Mendes",
    "Sokolov",
    "Lambert",
    "Quist",
    "Reyes",
    "Stroud",
    "Almeida",
    "Berger",
    "Costa",
    "Danko",
    "Egger",
    "Falk",
    "Gorski",
    "Horvat",
];
const ORG_HEADS: &[&str] = &[
    "Institute",
    "Council",
    "Agency",
    "Foundation",
    "Alliance",
    "Bureau",
    "Commission",
    "Forum",
];
const ORG_TAILS: &[&str] = &[
    "for Strategic Studies",
    "of the North",
    "for Energy Security",
    "of Maritime Affairs",
    "for Democratic Renewal",
    "on Border Cooperation",
    "for Public Health",
    "of Free Trade",
];
const PLACES: &[&str] = &[
    "Kazakhstan",
    "Armenia",
    "Georgia",
    "Moldova",
    "Finland",
    "Poland",
    "Serbia",
    "Hungary",
    "Tunisia",
    "Mali",
    "Niger",
    "Chad",
    "Ukraine",
    "Belarus",
    "Latvia",
    "Lithuania",
    "Estonia",
    "Romania",
    "Bulgaria",
    "Greece",
    "Turkey",
    "Iran",
    "Syria",
    "Lebanon",
    "Jordan",
    "Egypt",
];
const OUTLETS: &[&str] = &[
    "The Northern Ledger",
    "Continental Wire",
    "Le Veilleur",
    "La Gazette du Levant",
    "Вестник Севера",
    "The Harbour Post",
    "Observatoire des Marches",
    "Daily Meridian",
    "The Coastal Dispatch",
    "Horizon Critique",
    "Le Courrier des Steppes",
    "Балтийский обзор",
];

/// A base article: its clean text, metadata, and the spans to vary.
struct Base {
    text: String,
    language: Option<String>,
    /// Byte ranges of entity mentions with their entity's index and label.
    mentions: Vec<(usize, usize, usize)>,
    /// Byte ranges of digit runs.
    numbers: Vec<(usize, usize)>,
    labels: Vec<EntityLabel>,
}

impl Base {
    fn of(doc: &Document) -> Base {
        let index = TextIndex::new(&doc.text);
        let mut mentions = Vec::new();
        for (i, e) in doc.entities.iter().enumerate() {
            for span in &e.mentions {
                if span.end <= index.len_chars() {
                    mentions.push((index.byte(span.start), index.byte(span.end), i));
                }
            }
        }
        mentions.sort();
        mentions.dedup_by(|b, a| b.0 < a.1);
        let mut numbers = Vec::new();
        let bytes = doc.text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if !mentions.iter().any(|m| m.0 < i && start < m.1) {
                    numbers.push((start, i));
                }
            } else {
                i += 1;
            }
        }
        Base {
            text: doc.text.clone(),
            language: doc.meta.language.clone(),
            mentions,
            numbers,
            labels: doc.entities.iter().map(|e| e.label).collect(),
        }
    }

    /// This base's text with new names and numbers, some paragraphs
    /// dropped or swapped.
    fn vary(&self, rng: &mut Rng) -> String {
        // Each entity gets a new name of its kind, kept through the article
        // so the tagger sees names that fit their context; MISC stays.
        let names: Vec<Option<String>> = self
            .labels
            .iter()
            .map(|label| match label {
                EntityLabel::Per => Some(format!("{} {}", rng.pick(FIRST), rng.pick(LAST))),
                EntityLabel::Org => {
                    Some(format!("{} {}", rng.pick(ORG_HEADS), rng.pick(ORG_TAILS)))
                }
                EntityLabel::Loc => Some(rng.pick(PLACES).to_string()),
                EntityLabel::Misc => None,
            })
            .collect();
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        for &(start, end, entity) in &self.mentions {
            if let Some(Some(name)) = names.get(entity) {
                edits.push((start, end, name.clone()));
            }
        }
        for &(start, end) in &self.numbers {
            if rng.below(2) == 0 {
                let digits = end - start;
                let value = rng.below(10usize.pow(digits.min(6) as u32)).max(1);
                edits.push((start, end, value.to_string()));
            }
        }
        edits.sort_by_key(|e| e.0);
        let mut text = String::with_capacity(self.text.len() + 64);
        let mut at = 0;
        for (start, end, with) in edits {
            if start < at {
                continue;
            }
            text.push_str(&self.text[at..start]);
            text.push_str(&with);
            at = end;
        }
        text.push_str(&self.text[at..]);

        // Wording: drop one paragraph in three, swap two middle ones.
        let mut paragraphs: Vec<&str> = text.split("\n\n").collect();
        if paragraphs.len() > 3 && rng.below(3) == 0 {
            paragraphs.remove(1 + rng.below(paragraphs.len() - 2));
        }
        if paragraphs.len() > 4 {
            let a = 1 + rng.below(paragraphs.len() - 2);
            let b = 1 + rng.below(paragraphs.len() - 2);
            paragraphs.swap(a, b);
        }
        paragraphs.join("\n\n")
    }
}

/// For each base, the bases its articles continue with: those in its
/// language with paragraphs beyond their title, so that every continuation
/// lengthens the article.
fn continuations(bases: &[Base]) -> Vec<Vec<usize>> {
    bases
        .iter()
        .map(|base| {
            (0..bases.len())
                .filter(|&i| {
                    let other = &bases[i];
                    other.language == base.language
                        && other.text.len() > 200
                        && other.text.contains("\n\n")
                })
                .collect()
        })
        .collect()
}

/// The n-th synthetic article: a varied base, continued with the varied
/// paragraphs (titles dropped) of its `continuations` until it reaches
/// `doc_bytes`.
fn synthetic(
    bases: &[Base],
    continuations: &[Vec<usize>],
    n: usize,
    doc_bytes: usize,
    rng: &mut Rng,
) -> RawRecord {
    let base = &bases[n % bases.len()];
    let continuations = &continuations[n % bases.len()];
    let mut body = base.vary(rng);
    while body.len() < doc_bytes && !continuations.is_empty() {
        let more = bases[continuations[rng.below(continuations.len())]].vary(rng);
        // Paragraph by paragraph, so articles end near `doc_bytes`.
        for paragraph in more.split("\n\n").skip(1) {
            if body.len() >= doc_bytes {
                break;
            }
            body.push_str("\n\n");
            body.push_str(paragraph);
        }
    }
    let title: String = body.lines().next().unwrap_or("").chars().take(90).collect();
    let outlet = rng.pick(OUTLETS);
    let published = format!(
        "{}-{:02}-{:02}",
        2019 + rng.below(6),
        1 + rng.below(12),
        1 + rng.below(28)
    );
    let mut record = RawRecord::new(
        format!("synthetic/{n}.txt"),
        Format::Text,
        Content::Text(body),
    );
    record.url = Some(format!(
        "https://news{}.example/articles/{n}",
        rng.below(50)
    ));
    record.hints.title = Some(format!("{title} ({n})"));
    record.hints.outlet = Some(outlet.to_string());
    record.hints.published = Some(published);
    record.hints.language = base.language.clone();
    record
}

pub fn run(args: Args) -> Result<()> {
    let pipeline = Pipeline::builtin().context("loading the models")?;
    let mut bases = Vec::new();
    pipeline.analyze_stream(records(std::slice::from_ref(&args.samples)), |r| {
        if let Ok(doc) = r {
            bases.push(Base::of(&doc));
        }
    });
    if bases.is_empty() {
        bail!(
            "{}: no sample article to build from",
            args.samples.display()
        );
    }
    let (dir, temporary) = match &args.store {
        Some(dir) => (dir.clone(), false),
        None => (
            std::env::temp_dir().join(format!("trame-bench-{}", std::process::id())),
            true,
        ),
    };
    if temporary {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let store = SqliteStore::open(&dir)?;
    let docs = args.docs;
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let doc_bytes = args.doc_bytes;
    let continuations = continuations(&bases);
    let corpus =
        (0..docs).map(move |n| Ok(synthetic(&bases, &continuations, n, doc_bytes, &mut rng)));
    let mut input_bytes = 0u64;
    // The kernel keeps no peak of memory not backed by files, so a thread
    // samples it every 20 ms while the ingest runs.
    let ingesting = AtomicBool::new(true);
    let start = Instant::now();
    let (report, peak_anonymous) = std::thread::scope(|scope| {
        let sampler = scope.spawn(|| {
            let mut peak = 0f64;
            while ingesting.load(Ordering::Relaxed) {
                peak = peak.max(anonymous_memory_mb().unwrap_or(0.0));
                std::thread::sleep(Duration::from_millis(20));
            }
            peak
        });
        let report = ingest_corpus(&store, &pipeline, corpus, &mut input_bytes);
        ingesting.store(false, Ordering::Relaxed);
        let peak = sampler.join().unwrap_or(0.0);
        report.map(|r| (r, peak))
    })?;
    let seconds = start.elapsed().as_secs_f64();
    eprintln!();
    let threads = rayon::current_num_threads();
    println!(
        "ingest: {} documents ({:.1} MB, {:.1} KB/doc) in {:.1} s: {:.0} docs/s with {threads} analysis thread(s) + 1 writer ({} failed)",
        report.added,
        input_bytes as f64 / 1e6,
        input_bytes as f64 / 1e3 / docs.max(1) as f64,
        seconds,
        report.added as f64 / seconds,
        report.failures.values().sum::<usize>()
    );
    // Measured before search maps the index in, so it is ingest's own peak:
    // the figure that must not grow with the corpus.
    if let Some(mb) = peak_memory_mb() {
        println!(
            "peak memory after ingest: {mb:.0} MB resident, of which at most {peak_anonymous:.0} MB not file-backed"
        );
    }
    let size = store.disk_size();
    println!(
        "store: {:.1} MB, {:.1} KB per document",
        size as f64 / 1e6,
        size as f64 / 1e3 / report.added.max(1) as f64
    );
    let reader = SqliteStore::open_read_only(&dir)?;
    let overview = reader.overview()?;
    println!(
        "corpus: {} documents, {} entities, {} stories, {} claim groups",
        overview.documents, overview.entities, overview.stories, overview.claim_groups
    );
    let latencies = time_queries(&reader, args.queries)?;
    println!(
        "search: {} queries, p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        latencies.len(),
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.95),
        latencies.last().copied().unwrap_or(0.0)
    );
    if let Some(mb) = peak_memory_mb() {
        println!("peak memory after search: {mb:.0} MB");
    }
    if temporary {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}

/// Ingests the synthetic corpus, counting its bytes into `input_bytes`.
fn ingest_corpus(
    store: &SqliteStore,
    pipeline: &Pipeline,
    corpus: impl Iterator<Item = Result<RawRecord, IngestError>> + Send,
    input_bytes: &mut u64,
) -> Result<IngestReport> {
    Ok(store.ingest(
        pipeline,
        corpus.inspect(|r| {
            if let Ok(r) = r {
                *input_bytes += r.content.len() as u64;
            }
        }),
        &IngestOptions::default(),
        &mut |p| eprint!("\r{} documents committed   ", p.committed),
        &mut |e| eprintln!("error: {e}"),
    )?)
}

/// Words, phrases, and filtered queries, as an analyst would type them.
fn time_queries(store: &SqliteStore, n: usize) -> Result<Vec<f64>> {
    const WORDS: &[&str] = &[
        "troupes",
        "soldiers",
        "élections",
        "sanctions",
        "minister",
        "ministre",
        "гуманитарной",
        "border",
        "frontière",
        "refugees",
        "réfugiés",
        "accord",
        "treaty",
        "pipeline",
        "gaz",
        "energy",
        "OTSC",
        "CSTO",
        "ОДКБ",
        "Valdoria",
        "Kestrenia",
        "Moreau",
        "Institute",
    ];
    let mut rng = Rng(42);
    let mut latencies = Vec::with_capacity(n);
    for i in 0..n {
        let mut query = SearchQuery {
            limit: 10,
            ..Default::default()
        };
        match i % 6 {
            0 => query.text = rng.pick(WORDS).to_string(),
            1 => query.text = format!("{} {}", rng.pick(WORDS), rng.pick(WORDS)),
            2 => query.text = format!("\"{} {}\"", rng.pick(FIRST), rng.pick(LAST)),
            3 => {
                query.text = rng.pick(WORDS).to_string();
                query.outlet = Some(rng.pick(OUTLETS).to_string());
            }
            4 => {
                query.entity = Some(rng.pick(PLACES).to_string());
                query.date_from = Some("2021-01-01".into());
                query.date_to = Some("2022-12-31".into());
            }
            _ => {
                query.text = rng.pick(WORDS).to_string();
                query.source_kind = Some("anonymous".into());
                query.language = Some("fr".into());
            }
        }
        let start = Instant::now();
        store.search(&query)?;
        latencies.push(start.elapsed().as_secs_f64() * 1e3);
    }
    latencies.sort_by(f64::total_cmp);
    Ok(latencies)
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}
