//! Rebuild `data/cues-en.tsv`, the English cue lexicon learnt from PolNeAR's
//! train split (never dev):
//! `cargo run --release -p trame-quotes --example learn_cues [TRAIN_DIR] > crates/trame-quotes/data/cues-en.tsv`.
//!
//! Every Cue span of `TRAIN_DIR/attributions` is lowercased and tokenised;
//! leading auxiliaries and adverbs ("has", "also", "was") are dropped, and
//! what remains (one to three words, "said", "pointed to", "according to")
//! is a cue form. Forms are grouped by a crude lemma (each word stripped of
//! -s/-es/-ies/-ed/-ing and a final e, so "argue", "argued", "arguing"
//! group). For each group the support is how often it is annotated as a cue
//! and the precision is that support over how often its words occur in the
//! train texts at all. Groups with enough support and precision are kept,
//! with every form seen as a cue. A form's class is read off its contexts:
//! `prep` for a form ending in "to" with a Source after it ("according to"),
//! `noun` when the word before it is mostly a determiner or possessive
//! ("the criticism of", "Trump's claim"), `verb` otherwise.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// A group must be annotated as a cue at least this often in train.
const MIN_SUPPORT: usize = 4;
/// ... and be a cue in at least this fraction of its occurrences.
const MIN_PRECISION: f64 = 0.15;
/// ... in at least this many articles, so no one writer's habit counts.
const MIN_ARTICLES: usize = 3;
/// Cue forms longer than this are paraphrases, not lexical cues.
const MAX_WORDS: usize = 3;

/// Words that make a form a one-off phrasing rather than a cue: days and
/// times the annotators kept inside the span ("said Tuesday").
const ONE_OFF: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "then",
    "week",
    "s",
    "re",
    "both",
    "now",
    "first",
    "last",
    "yesterday",
    "today",
];

/// Words dropped from the start of a cue span: auxiliaries, negation and
/// adverbs, which the engine matches separately.
const LEADING: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "also",
    "later",
    "previously",
    "repeatedly",
    "recently",
    "again",
    "then",
    "once",
    "publicly",
    "privately",
    "reportedly",
    "further",
    "often",
    "even",
    "still",
    "never",
    "not",
    "n't",
    "just",
    "already",
    "always",
    "openly",
    "who",
    "which",
    "that",
    "and",
    "but",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "'s",
    "’s", "s",
];

fn tokens(s: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let word = c.is_alphanumeric() || ((c == '\'' || c == '’') && start.is_some());
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, s[st..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s[st..].to_lowercase()));
    }
    // "Trump's" → "trump", "'s": possessives are determiners.
    out.into_iter()
        .flat_map(|(i, w)| {
            for apo in ["'s", "’s"] {
                if let Some(stem) = w.strip_suffix(apo) {
                    if !stem.is_empty() {
                        return vec![(i, stem.to_string()), (i + stem.len(), apo.to_string())];
                    }
                }
            }
            vec![(i, w)]
        })
        .collect()
}

fn lemma(word: &str) -> String {
    let mut w = word;
    for suffix in ["ies", "ing", "ed", "es", "s"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 3 {
                w = stem;
                break;
            }
        }
    }
    let w = w.strip_suffix('e').filter(|s| s.len() >= 3).unwrap_or(w);
    w.to_string()
}

fn lemma_key(form: &[String]) -> String {
    form.iter().map(|w| lemma(w)).collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct FormStats {
    cue: usize,
    before_det: usize,
    source_after: usize,
    articles: HashSet<String>,
}

fn main() {
    let dir = std::env::args().nth(1).map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/quotes/polnear/data/train")
        },
        PathBuf::from,
    );
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))
        .expect("attributions dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut forms: HashMap<Vec<String>, FormStats> = HashMap::new();
    let mut texts: Vec<Vec<String>> = Vec::new();
    for ann_path in &anns {
        let stem = ann_path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a);
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{article}.txt")))
        else {
            continue;
        };
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let byte = |cp: usize| chars.get(cp).map_or(text.len(), |(b, _)| *b);
        let text_tokens = tokens(&text);
        let ann = std::fs::read_to_string(ann_path).expect("annotation file");
        // Source starts, to tell prepositions ("according to X") apart.
        let mut sources: Vec<usize> = Vec::new();
        let mut cues: Vec<(usize, usize)> = Vec::new();
        for line in ann.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            let Some(head) = fields.get(1) else { continue };
            let Some((kind, offsets)) = head.split_once(' ') else {
                continue;
            };
            // Discontinuous cues ("said … in a statement") are left out.
            if offsets.contains(';') {
                continue;
            }
            let Some((a, b)) = offsets.split_once(' ') else {
                continue;
            };
            let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                continue;
            };
            match kind {
                "Cue" => cues.push((byte(a), byte(b))),
                "Source" => sources.push(byte(a)),
                _ => {}
            }
        }
        for (a, b) in cues {
            let words: Vec<String> = tokens(&text[a..b]).into_iter().map(|(_, w)| w).collect();
            // Leading auxiliaries and -ly adverbs ("has", "flatly") go.
            let lead = words
                .iter()
                .take_while(|w| LEADING.contains(&w.as_str()) || w.ends_with("ly"))
                .count();
            let form: Vec<String> = words[lead..].to_vec();
            let one_off = form.iter().any(|w| ONE_OFF.contains(&w.as_str()));
            if form.is_empty() || form.len() > MAX_WORDS || one_off {
                continue;
            }
            let stats = forms.entry(form).or_default();
            stats.cue += 1;
            stats.articles.insert(article.to_string());
            let prev = text_tokens.iter().rev().find(|(i, _)| *i < a);
            if prev.is_some_and(|(_, w)| DETERMINERS.contains(&w.as_str())) {
                stats.before_det += 1;
            }
            if sources.iter().any(|s| *s >= b && *s <= b + 2) {
                stats.source_after += 1;
            }
        }
        texts.push(text_tokens.into_iter().map(|(_, w)| w).collect());
    }
    // Occurrences of every candidate form's lemma sequence in the texts.
    let keys: HashSet<String> = forms.keys().map(|f| lemma_key(f)).collect();
    let mut occurrences: HashMap<String, usize> = HashMap::new();
    for words in &texts {
        let lemmas: Vec<String> = words.iter().map(|w| lemma(w)).collect();
        for n in 1..=MAX_WORDS {
            for window in lemmas.windows(n) {
                let key = window.join(" ");
                if keys.contains(&key) {
                    *occurrences.entry(key).or_default() += 1;
                }
            }
        }
    }
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut group_articles: HashMap<String, HashSet<&str>> = HashMap::new();
    for (form, stats) in &forms {
        let key = lemma_key(form);
        *groups.entry(key.clone()).or_default() += stats.cue;
        group_articles
            .entry(key)
            .or_default()
            .extend(stats.articles.iter().map(String::as_str));
    }
    let mut rows: Vec<(String, &'static str, usize, usize, usize, f64)> = Vec::new();
    for (form, stats) in &forms {
        let key = lemma_key(form);
        let support = groups[&key];
        let seen = occurrences.get(&key).copied().unwrap_or(0).max(support);
        let precision = support as f64 / seen as f64;
        let alphabetic = form.iter().all(|w| w.chars().all(char::is_alphabetic));
        let articles = group_articles[&key].len();
        if support < MIN_SUPPORT
            || articles < MIN_ARTICLES
            || precision < MIN_PRECISION
            || !alphabetic
        {
            continue;
        }
        let class = if form.last().is_some_and(|w| w == "to") && stats.source_after * 2 > stats.cue
        {
            "prep"
        } else if stats.cue >= 3 && stats.before_det * 2 > stats.cue {
            "noun"
        } else {
            "verb"
        };
        rows.push((form.join(" "), class, stats.cue, support, seen, precision));
    }
    rows.sort_by(|a, b| b.3.cmp(&a.3).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
    println!("# English cue lexicon learnt from PolNeAR train; see data/README.md.");
    println!("# min_support={MIN_SUPPORT} min_articles={MIN_ARTICLES} min_precision={MIN_PRECISION} max_words={MAX_WORDS}");
    println!("# form\tclass\tform_cues\tgroup_cues\tgroup_occurrences\tgroup_precision");
    for (form, class, cue, support, seen, precision) in rows {
        println!("{form}\t{class}\t{cue}\t{support}\t{seen}\t{precision:.3}");
    }
}
