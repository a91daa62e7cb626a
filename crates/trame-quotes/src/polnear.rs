//! Evaluation on PolNeAR (Newell et al., LREC 2018): English political news
//! with every attribution annotated as Source, Cue and Content spans in brat
//! standoff (`T` lines with code-point offsets, fragments joined by `;`, and
//! `E` lines tying the roles into one attribution).
//!
//! PolNeAR's conventions differ from trame's in two ways that the scorer
//! bridges before comparing: a direct quote's Content includes its quotation
//! marks, and a reported clause's Content includes its complementizer
//! ("that …"). Its annotation is univocal (each token in at most one
//! attribution), so a predicted quote nested in another prediction (a partial
//! quote inside a reported clause) is not scored, and the pieces of a quote
//! interrupted by its cue, which share that cue, are scored as one
//! attribution, as PolNeAR annotates them.

use crate::{find_quotes, FoundQuote, QuotesError};
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use trame_doc::{QuoteKind, TextIndex};

/// Precision, recall and F1 of one matching criterion.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Scores {
    fn new(matched: usize, predicted: usize, gold: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(matched, predicted);
        let recall = ratio(matched, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Scores {
            matched,
            precision,
            recall,
            f1,
        }
    }
}

/// PolNeAR figures.
///
/// - `overlap`: a predicted Content matches a gold Content when any of their
///   fragments overlap by one code point; matching is one-to-one, each
///   prediction taking the unmatched gold attribution it overlaps most.
/// - `exact`: the fragments are equal once spaces and final `.,;:` are
///   trimmed from each; also one-to-one.
/// - `speaker_accuracy`: over overlap-matched pairs whose gold attribution has
///   a Source, the fraction whose predicted speaker span overlaps that Source
///   (no predicted speaker counts as wrong).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolnearReport {
    pub files: usize,
    pub gold: usize,
    pub predicted: usize,
    pub overlap: Scores,
    pub exact: Scores,
    pub speaker_pairs: usize,
    pub speaker_correct: usize,
    pub speaker_accuracy: f64,
    /// Gold spans whose annotated words differ from the text at their
    /// offsets: non-zero means the offsets convention was misread.
    pub offset_mismatches: usize,
}

impl fmt::Display for PolnearReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = &self.overlap;
        let e = &self.exact;
        writeln!(
            f,
            "overlap P {:.3} R {:.3} F1 {:.3}",
            o.precision, o.recall, o.f1
        )?;
        writeln!(
            f,
            "exact P {:.3} R {:.3} F1 {:.3}",
            e.precision, e.recall, e.f1
        )?;
        writeln!(f, "speaker accuracy {:.3}", self.speaker_accuracy)?;
        write!(
            f,
            "files {} gold {} predicted {} overlap-matched {} exact-matched {} speaker {}/{} offset-mismatches {}",
            self.files,
            self.gold,
            self.predicted,
            o.matched,
            e.matched,
            self.speaker_correct,
            self.speaker_pairs,
            self.offset_mismatches
        )
    }
}

/// One gold attribution, in code-point ranges.
#[derive(Debug, Clone, Default)]
struct Gold {
    content: Vec<Range<usize>>,
    source: Vec<Range<usize>>,
    cue: Vec<Range<usize>>,
}

/// One scored prediction, in code-point ranges.
#[derive(Debug, Clone)]
struct Predicted {
    content: Vec<Range<usize>>,
    speaker: Option<Range<usize>>,
    /// The cue's words, for error listings.
    cue: String,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> QuotesError + '_ {
    move |source| QuotesError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Evaluate [`find_quotes`] on a PolNeAR compartment (`dir` holds `text/` and
/// `attributions/`, e.g. `data/dev`).
pub fn eval_polnear(dir: &Path) -> Result<PolnearReport, QuotesError> {
    eval_inner(dir, None)
}

/// The errors of [`eval_polnear`] on `dir`, one line each, for error
/// analysis on train: `MISS` (gold unmatched), `FP` (prediction unmatched),
/// `SPK` (matched, speaker wrong), with the file and the words involved.
pub fn polnear_errors(dir: &Path) -> Result<Vec<String>, QuotesError> {
    let mut lines = Vec::new();
    eval_inner(dir, Some(&mut lines))?;
    Ok(lines)
}

fn eval_inner(
    dir: &Path,
    mut errors: Option<&mut Vec<String>>,
) -> Result<PolnearReport, QuotesError> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&text_dir)
        .map_err(io_err(&text_dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    // Annotation files carry the annotator's id after the article name.
    let mut anns: HashMap<String, PathBuf> = HashMap::new();
    for entry in std::fs::read_dir(&ann_dir).map_err(io_err(&ann_dir))? {
        let path = entry.map_err(io_err(&ann_dir))?.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|x| x == "ann") {
            let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a).to_string();
            anns.insert(article, path.clone());
            anns.insert(stem.to_string(), path);
        }
    }
    if texts.is_empty() {
        return Err(QuotesError::Empty(text_dir));
    }
    let mut report = PolnearReport::default();
    let (mut overlap_matched, mut exact_matched) = (0, 0);
    for path in &texts {
        let text = std::fs::read_to_string(path).map_err(io_err(path))?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some(ann_path) = anns.get(stem) else {
            return Err(QuotesError::Annotation {
                path: path.clone(),
                line: 0,
                reason: "no attributions file".into(),
            });
        };
        let ann = std::fs::read_to_string(ann_path).map_err(io_err(ann_path))?;
        let index = TextIndex::new(&text);
        let (gold, mismatches) = parse_ann(&ann, ann_path, &text, &index)?;
        report.offset_mismatches += mismatches;
        let seg = trame_text::segment::segment(&text, Some("en"));
        let found = find_quotes(&text, &seg.sentences, Some("en"));
        let predicted = to_polnear(&text, &index, &found);
        report.files += 1;
        report.gold += gold.len();
        report.predicted += predicted.len();

        let pairs = match_one_to_one(&predicted, &gold, |p, g| {
            overlap_len(&p.content, &g.content)
        });
        overlap_matched += pairs.len();
        for &(p, g) in &pairs {
            let (Some(pred), Some(gold)) = (predicted.get(p), gold.get(g)) else {
                continue;
            };
            if gold.source.is_empty() {
                continue;
            }
            report.speaker_pairs += 1;
            let hit = pred.speaker.as_ref().is_some_and(|s| {
                gold.source
                    .iter()
                    .any(|g| s.start < g.end && g.start < s.end)
            });
            report.speaker_correct += usize::from(hit);
        }
        if let Some(lines) = errors.as_deref_mut() {
            error_lines(stem, &text, &index, &predicted, &gold, &pairs, lines);
        }
        let exact = match_one_to_one(&predicted, &gold, |p, g| {
            usize::from(same_fragments(&text, &index, &p.content, &g.content))
        });
        exact_matched += exact.len();
    }
    report.overlap = Scores::new(overlap_matched, report.predicted, report.gold);
    report.exact = Scores::new(exact_matched, report.predicted, report.gold);
    report.speaker_accuracy = if report.speaker_pairs == 0 {
        0.0
    } else {
        report.speaker_correct as f64 / report.speaker_pairs as f64
    };
    Ok(report)
}

fn error_lines(
    stem: &str,
    text: &str,
    index: &TextIndex,
    predicted: &[Predicted],
    gold: &[Gold],
    pairs: &[(usize, usize)],
    lines: &mut Vec<String>,
) {
    let words = |fs: &[Range<usize>]| -> String {
        fs.iter()
            .map(|f| text[index.byte(f.start)..index.byte(f.end)].replace('\n', " "))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let context = |fs: &[Range<usize>]| -> String {
        let (Some(a), Some(b)) = (
            fs.iter().map(|f| f.start).min(),
            fs.iter().map(|f| f.end).max(),
        ) else {
            return String::new();
        };
        let mut lo = index.byte(a).saturating_sub(150);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (index.byte(b) + 150).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        text[lo..hi].replace('\n', " ")
    };
    for (g, item) in gold.iter().enumerate() {
        if !pairs.iter().any(|&(_, pg)| pg == g) {
            lines.push(format!(
                "MISS\t{stem}\t[{}]\tsrc=[{}]\tcue=[{}]\tctx={}",
                words(&item.content),
                words(&item.source),
                words(&item.cue),
                context(&item.content)
            ));
        }
    }
    for (p, item) in predicted.iter().enumerate() {
        let sp: Vec<Range<usize>> = item.speaker.iter().cloned().collect();
        match pairs.iter().find(|&&(pp, _)| pp == p) {
            None => lines.push(format!(
                "FP\t{stem}\t[{}]\tspk=[{}]\tcue=[{}]\tctx={}",
                words(&item.content),
                words(&sp),
                item.cue,
                context(&item.content)
            )),
            Some(&(_, g)) => {
                let gi = &gold[g];
                let hit = item
                    .speaker
                    .as_ref()
                    .is_some_and(|s| gi.source.iter().any(|g| s.start < g.end && g.start < s.end));
                if !gi.source.is_empty() && !hit {
                    lines.push(format!(
                        "SPK\t{stem}\t[{}]\tspk=[{}]\tgold=[{}]\tcue=[{}]\tctx={}",
                        words(&item.content),
                        words(&sp),
                        words(&gi.source),
                        words(&gi.cue),
                        context(&item.content)
                    ));
                }
            }
        }
    }
}

/// Gold attributions of one `.ann` file, and how many spans disagree with
/// the text.
fn parse_ann(
    ann: &str,
    path: &Path,
    text: &str,
    index: &TextIndex,
) -> Result<(Vec<Gold>, usize), QuotesError> {
    let bad = |line: usize, reason: &str| QuotesError::Annotation {
        path: path.to_path_buf(),
        line: line + 1,
        reason: reason.to_string(),
    };
    let mut spans: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
    let mut events: Vec<Vec<(&str, &str)>> = Vec::new();
    let mut mismatches = 0;
    for (n, line) in ann.lines().enumerate() {
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or("");
        // Annotated words may hold line breaks (train has a few): their
        // continuation lines are no annotation of their own.
        let numbered = |prefix: char| {
            id.strip_prefix(prefix)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        if !(numbered('T') || numbered('E') || numbered('R')) {
            continue;
        }
        if id.starts_with('T') {
            let head = fields.next().ok_or_else(|| bad(n, "T line without type"))?;
            let words = fields.next().unwrap_or("");
            let (_, offsets) = head
                .split_once(' ')
                .ok_or_else(|| bad(n, "T line without offsets"))?;
            let mut fragments = Vec::new();
            for frag in offsets.split(';') {
                let (a, b) = frag
                    .trim()
                    .split_once(' ')
                    .ok_or_else(|| bad(n, "fragment is not `start end`"))?;
                let a: usize = a.parse().map_err(|_| bad(n, "start is not a number"))?;
                let b: usize = b.parse().map_err(|_| bad(n, "end is not a number"))?;
                if b < a {
                    return Err(bad(n, "fragment ends before it starts"));
                }
                fragments.push(a..b);
            }
            let annotated: String = fragments
                .iter()
                .map(|f| &text[index.byte(f.start)..index.byte(f.end)])
                .collect::<Vec<_>>()
                .join(" ");
            if annotated != words {
                mismatches += 1;
            }
            spans.insert(id, fragments);
        } else if id.starts_with('E') || id.starts_with('R') {
            let args = fields
                .next()
                .ok_or_else(|| bad(n, "event without arguments"))?;
            events.push(
                args.split_whitespace()
                    .filter_map(|a| a.split_once(':'))
                    .collect(),
            );
        }
    }
    let mut gold = Vec::new();
    for event in events {
        let mut g = Gold::default();
        for (role, tid) in event {
            let Some(fragments) = spans.get(tid) else {
                continue;
            };
            match role {
                "Content" => g.content.extend(fragments.iter().cloned()),
                "Source" => g.source.extend(fragments.iter().cloned()),
                "Cue" => g.cue.extend(fragments.iter().cloned()),
                _ => {}
            }
        }
        if !g.content.is_empty() {
            gold.push(g);
        }
    }
    Ok((gold, mismatches))
}

/// Predictions in PolNeAR's conventions (see the module comment).
fn to_polnear(text: &str, index: &TextIndex, found: &[FoundQuote]) -> Vec<Predicted> {
    let mut by_cue: Vec<(Option<Range<usize>>, Predicted)> = Vec::new();
    // Scare quotes are not attributions in PolNeAR either.
    let attributed = found
        .iter()
        .filter(|q| !(q.kind == QuoteKind::Partial && q.speaker.is_none()));
    for q in attributed {
        let content = match (&q.marked, q.kind) {
            (Some(m), _) => m.clone(),
            (None, QuoteKind::Indirect) => {
                let before = &text[..q.content.start];
                let start = ["that ", "that\u{a0}"]
                    .iter()
                    .find_map(|c| before.strip_suffix(c))
                    .map_or(q.content.start, str::len);
                start..q.content.end
            }
            (None, _) => q.content.clone(),
        };
        let span = index.span(content);
        let cue = q.cue.as_ref().map(|c| c.range.clone());
        let speaker = q.speaker.as_ref().map(|s| {
            let sp = index.span(s.range.clone());
            sp.start..sp.end
        });
        let same_cue = cue.is_some()
            && by_cue
                .last()
                .is_some_and(|(c, _)| c.as_ref() == cue.as_ref());
        match by_cue.last_mut() {
            Some((_, prev)) if same_cue => prev.content.push(span.start..span.end),
            _ => by_cue.push((
                cue,
                Predicted {
                    content: std::iter::once(span.start..span.end).collect(),
                    speaker,
                    cue: q.cue.as_ref().map_or_else(String::new, |c| c.text.clone()),
                },
            )),
        }
    }
    let all: Vec<Predicted> = by_cue.into_iter().map(|(_, p)| p).collect();
    // Univocal gold: a prediction inside another one is not an attribution of
    // its own.
    all.iter()
        .enumerate()
        .filter(|(i, p)| {
            !all.iter().enumerate().any(|(j, o)| {
                j != *i
                    && p.content.iter().all(|f| {
                        o.content.iter().any(|g| {
                            g.start <= f.start
                                && f.end <= g.end
                                && (g.end - g.start) > (f.end - f.start)
                        })
                    })
            })
        })
        .map(|(_, p)| p.clone())
        .collect()
}

fn overlap_len(a: &[Range<usize>], b: &[Range<usize>]) -> usize {
    a.iter()
        .flat_map(|x| {
            b.iter()
                .map(move |y| x.end.min(y.end).saturating_sub(x.start.max(y.start)))
        })
        .sum()
}

fn same_fragments(text: &str, index: &TextIndex, a: &[Range<usize>], b: &[Range<usize>]) -> bool {
    let norm = |fs: &[Range<usize>]| -> Vec<String> {
        let mut v: Vec<String> = fs
            .iter()
            .map(|f| {
                text[index.byte(f.start)..index.byte(f.end)]
                    .trim()
                    .trim_end_matches(['.', ',', ';', ':'])
                    .trim()
                    .to_string()
            })
            .collect();
        v.sort();
        v
    };
    norm(a) == norm(b)
}

/// One-to-one pairs (prediction index, gold index): each prediction takes the
/// free gold item scoring highest under `score` (zero means no match).
fn match_one_to_one(
    predicted: &[Predicted],
    gold: &[Gold],
    score: impl Fn(&Predicted, &Gold) -> usize,
) -> Vec<(usize, usize)> {
    let mut taken = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (p, pred) in predicted.iter().enumerate() {
        let best = gold
            .iter()
            .enumerate()
            .filter(|(g, _)| !taken[*g])
            .map(|(g, item)| (score(pred, item), g))
            .filter(|(s, _)| *s > 0)
            .max();
        if let Some((_, g)) = best {
            taken[g] = true;
            pairs.push((p, g));
        }
    }
    pairs
}
