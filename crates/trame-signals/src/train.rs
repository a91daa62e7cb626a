//! Training, cross-validation and evaluation on data in the task's format.

use crate::data::{read_dataset, Article};
use crate::features::words;
use crate::labels::{FRAMES, GENRES, TECHNIQUES};
use crate::linear::{calibrate, f1, shared_cut, Hyper, Linear, Sparse, MAX_LABELS};
use crate::model::{LanguageModels, Models, SpanLexicon, LEXICAL};
use crate::Error;
use rayon::prelude::*;
use std::fmt;
use std::path::{Path, PathBuf};

/// 2^16 rows × 23 techniques of i8: 1.5 MB per language before compression.
const PARAGRAPH_BITS: u32 = 16;
/// Articles are few (150–450 per language): a smaller table suffices.
const ARTICLE_BITS: u32 = 15;
/// Span lexicon rows: words sharing a row share a probability, so the table
/// is sparse on purpose (mostly zeros, which deflate to little) to keep
/// function words from inheriting a loaded word's score.
const SPAN_BITS: u32 = 18;
const SPAN_SMOOTHING: f32 = 4.0;
const SPAN_PRECISION: f64 = 0.5;
/// A threshold must mark at least this many training tokens to be trusted.
const MIN_MARKED_TOKENS: usize = 20;
/// Inner folds used to calibrate thresholds on out-of-fold scores.
const CALIBRATION_FOLDS: usize = 4;

/// `../shared/data/persuasion/semeval2023` next to the project root.
pub fn shared_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/persuasion/semeval2023")
}

struct Examples {
    paragraphs: Vec<Sparse>,
    paragraph_gold: Vec<u32>,
    /// Article index of each paragraph, for splitting by article.
    paragraph_article: Vec<usize>,
}

fn paragraph_examples(articles: &[Article], lang: &str) -> Examples {
    let rows: Vec<(Sparse, u32, usize)> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(index, article)| {
            article.paragraphs.iter().map(move |p| {
                (
                    Hyper::PARAGRAPH.example(&article.text[p.range.clone()], lang, PARAGRAPH_BITS),
                    p.techniques,
                    index,
                )
            })
        })
        .collect();
    let mut examples = Examples {
        paragraphs: Vec::new(),
        paragraph_gold: Vec::new(),
        paragraph_article: Vec::new(),
    };
    for (features, gold, article) in rows {
        examples.paragraphs.push(features);
        examples.paragraph_gold.push(gold);
        examples.paragraph_article.push(article);
    }
    examples
}

fn article_gold(article: &Article) -> u32 {
    let genre = article.genre.map_or(0, |g| 1 << g);
    genre | article.frames.unwrap_or(0) << GENRES.len()
}

/// Fold of an article: a fixed interleaving, so folds mix article ids.
fn fold_of(article: usize, folds: usize) -> usize {
    article % folds
}

/// Per-label logit thresholds chosen on out-of-fold logits and gold masks.
type Calibration = fn(&[[f32; MAX_LABELS]], &[u32], usize) -> Vec<f32>;

/// Trains on `examples`, with thresholds chosen by `calibration` on
/// out-of-fold logits. `groups[i]` is the article of example i: folds split
/// by article.
fn train_calibrated(
    examples: &[Sparse],
    gold: &[u32],
    groups: &[usize],
    labels: usize,
    bits: u32,
    hyper: Hyper,
    calibration: Calibration,
) -> (Linear, Vec<(usize, [f32; MAX_LABELS])>) {
    let out_of_fold: Vec<Vec<(usize, [f32; MAX_LABELS])>> = (0..CALIBRATION_FOLDS)
        .into_par_iter()
        .map(|fold| {
            let in_fold = |i: usize| fold_of(groups[i], CALIBRATION_FOLDS) == fold;
            let train: Vec<usize> = (0..examples.len()).filter(|&i| !in_fold(i)).collect();
            let model = Linear::train(
                &train
                    .iter()
                    .map(|&i| examples[i].clone())
                    .collect::<Vec<_>>(),
                &train.iter().map(|&i| gold[i]).collect::<Vec<_>>(),
                labels,
                bits,
                hyper,
            );
            (0..examples.len())
                .filter(|&i| in_fold(i))
                .map(|i| (i, model.logits_sparse(&examples[i])))
                .collect()
        })
        .collect();
    let out_of_fold: Vec<(usize, [f32; MAX_LABELS])> = out_of_fold.into_iter().flatten().collect();
    let (logits, scored_gold): (Vec<[f32; MAX_LABELS]>, Vec<u32>) = out_of_fold
        .iter()
        .map(|&(i, logits)| (logits, gold[i]))
        .unzip();
    let mut model = Linear::train(examples, gold, labels, bits, hyper);
    model.thresholds = calibration(&logits, &scored_gold, labels);
    (model, out_of_fold)
}

/// The genre is the argmax of the genre logits minus per-genre offsets,
/// chosen here to maximise macro-F1 over out-of-fold logits: without them the
/// rare genre (satire: 8 to 11 articles per language) is never predicted.
/// The grid is coarse on purpose, as a hundred-odd articles cannot support a
/// finer choice.
fn genre_offsets(logits: &[[f32; MAX_LABELS]], gold: &[Option<usize>]) -> [f32; GENRES.len()] {
    let grid: Vec<f32> = (-8..=8).map(|step| step as f32 * 0.5).collect();
    let mut best = (f64::MIN, [0f32; GENRES.len()]);
    // Offsets are relative: the first genre's stays at zero.
    for &second in &grid {
        for &third in &grid {
            let offsets = [0.0, second, third];
            let score = genre_macro_f1(logits, gold, &offsets);
            if score > best.0 + 1e-9 {
                best = (score, offsets);
            }
        }
    }
    best.1
}

/// Genre predicted from article logits, offsets subtracted.
pub(crate) fn genre_of(logits: &[f32; MAX_LABELS], offsets: &[f32]) -> Option<usize> {
    (0..GENRES.len()).max_by(|&a, &b| (logits[a] - offsets[a]).total_cmp(&(logits[b] - offsets[b])))
}

fn genre_macro_f1(logits: &[[f32; MAX_LABELS]], gold: &[Option<usize>], offsets: &[f32]) -> f64 {
    let mut counts = [(0, 0, 0); GENRES.len()];
    for (logits, gold) in logits.iter().zip(gold) {
        let (Some(gold), Some(predicted)) = (gold, genre_of(logits, offsets)) else {
            continue;
        };
        for (g, counts) in counts.iter_mut().enumerate() {
            counts.0 += usize::from(g == *gold && g == predicted);
            counts.1 += usize::from(g == predicted);
            counts.2 += usize::from(g == *gold);
        }
    }
    counts.iter().map(|&(tp, p, g)| f1(tp, p, g)).sum::<f64>() / GENRES.len() as f64
}

/// Counts, for each lexical technique, how often each word is inside one of
/// its spans in paragraphs labelled with it. The marking threshold is the
/// lowest whose leave-one-out precision (the lexicon is not judged on its own
/// counts) reaches `SPAN_PRECISION`: a span shown to a reader must point at
/// the right words more than it must find them all.
fn train_span_lexicon(articles: &[Article]) -> SpanLexicon {
    let rows = 1usize << SPAN_BITS;
    let mut lexicon = SpanLexicon {
        bits: SPAN_BITS,
        probabilities: vec![0; rows * LEXICAL.len()],
        thresholds: vec![255; LEXICAL.len()],
    };
    let mut inside = vec![0u32; rows * LEXICAL.len()];
    let mut total = vec![0u32; rows * LEXICAL.len()];
    let mut tokens: Vec<(usize, usize, bool)> = Vec::new();
    for article in articles {
        for paragraph in &article.paragraphs {
            let text = &article.text[paragraph.range.clone()];
            for (k, &(technique, _)) in LEXICAL.iter().enumerate() {
                if paragraph.techniques & (1 << technique) == 0 {
                    continue;
                }
                for word in words(text) {
                    let (start, end) = (
                        paragraph.range.start + word.start,
                        paragraph.range.start + word.end,
                    );
                    let is_inside = article
                        .spans
                        .iter()
                        .any(|(t, span)| *t == technique && span.start <= start && end <= span.end);
                    let slot = lexicon.slot(word.hash, k);
                    inside[slot] += u32::from(is_inside);
                    total[slot] += 1;
                    tokens.push((k, slot, is_inside));
                }
            }
        }
    }
    // Smoothed towards zero so that a word seen once inside a span (a
    // name, a topic word) does not outrank words seen in several.
    let probability = |inside: u32, total: u32| inside as f32 / (total as f32 + SPAN_SMOOTHING);
    for slot in 0..inside.len() {
        lexicon.probabilities[slot] =
            (probability(inside[slot], total[slot]) * 255.0).round() as u8;
    }
    for k in 0..LEXICAL.len() {
        // Never marking is the answer when no threshold is precise enough:
        // the hand-written cues and the sentence fallback take over.
        lexicon.thresholds[k] = (20..=250u8)
            .step_by(10)
            .find(|&threshold| {
                let (mut tp, mut predicted) = (0usize, 0usize);
                for &(_, slot, is_inside) in tokens.iter().filter(|t| t.0 == k) {
                    let own = u32::from(is_inside);
                    let held_out = probability(inside[slot] - own, total[slot] - 1);
                    let marked = held_out * 255.0 >= f32::from(threshold);
                    tp += usize::from(marked && is_inside);
                    predicted += usize::from(marked);
                }
                predicted >= MIN_MARKED_TOKENS && tp as f64 >= SPAN_PRECISION * predicted as f64
            })
            .unwrap_or(u8::MAX);
    }
    lexicon
}

/// Trains every model of one language on `articles`.
pub fn train_language(lang: &str, articles: &[Article]) -> LanguageModels {
    let examples = paragraph_examples(articles, lang);
    let (techniques, _) = train_calibrated(
        &examples.paragraphs,
        &examples.paragraph_gold,
        &examples.paragraph_article,
        TECHNIQUES.len(),
        PARAGRAPH_BITS,
        Hyper::PARAGRAPH,
        shared_cut,
    );
    let spans = train_span_lexicon(articles);
    let article_features: Vec<Sparse> = articles
        .par_iter()
        .map(|a| Hyper::ARTICLE.example(&a.text, lang, ARTICLE_BITS))
        .collect();
    let gold: Vec<u32> = articles.iter().map(article_gold).collect();
    let indices: Vec<usize> = (0..articles.len()).collect();
    let (mut article, out_of_fold) = train_calibrated(
        &article_features,
        &gold,
        &indices,
        GENRES.len() + FRAMES.len(),
        ARTICLE_BITS,
        Hyper::ARTICLE,
        calibrate,
    );
    let (logits, genres): (Vec<[f32; MAX_LABELS]>, Vec<Option<usize>>) = out_of_fold
        .iter()
        .map(|&(i, logits)| (logits, articles[i].genre))
        .unzip();
    article.thresholds[..GENRES.len()].copy_from_slice(&genre_offsets(&logits, &genres));
    LanguageModels {
        lang: lang.to_string(),
        techniques,
        spans,
        article,
    }
}

/// Trains the models of `langs` on `<data_root>/<lang>/` (the task's format).
pub fn train(data_root: &Path, langs: &[&str]) -> Result<Models, Error> {
    let mut languages = Vec::new();
    for lang in langs {
        let articles = read_dataset(&data_root.join(lang))?;
        languages.push(train_language(lang, &articles));
    }
    Ok(Models::new(languages))
}

/// Paragraph-level scores: micro over (paragraph, technique) pairs, as in the
/// task, and per technique.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub lang: String,
    pub paragraphs: usize,
    /// Per technique (`TECHNIQUES` order): true positives, predicted, gold.
    pub counts: Vec<(usize, usize, usize)>,
}

impl Report {
    fn new(lang: &str) -> Report {
        Report {
            lang: lang.to_string(),
            paragraphs: 0,
            counts: vec![(0, 0, 0); TECHNIQUES.len()],
        }
    }

    fn add(&mut self, predicted: u32, gold: u32) {
        self.paragraphs += 1;
        for (t, counts) in self.counts.iter_mut().enumerate() {
            let (p, g) = (predicted & (1 << t) != 0, gold & (1 << t) != 0);
            counts.0 += usize::from(p && g);
            counts.1 += usize::from(p);
            counts.2 += usize::from(g);
        }
    }

    fn totals(&self) -> (usize, usize, usize) {
        self.counts
            .iter()
            .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2))
    }

    pub fn micro_f1(&self) -> f64 {
        let (tp, predicted, gold) = self.totals();
        f1(tp, predicted, gold)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (tp, predicted, gold) = self.totals();
        writeln!(
            f,
            "{}: {} paragraphs, micro P {:.3} R {:.3} F1 {:.3}",
            self.lang,
            self.paragraphs,
            ratio(tp, predicted),
            ratio(tp, gold),
            self.micro_f1()
        )?;
        writeln!(
            f,
            "{:<36} {:>6} {:>6} {:>6} {:>5} {:>5}",
            "technique", "P", "R", "F1", "pred", "gold"
        )?;
        for (name, &(tp, predicted, gold)) in TECHNIQUES.iter().zip(&self.counts) {
            writeln!(
                f,
                "{name:<36} {:>6.3} {:>6.3} {:>6.3} {predicted:>5} {gold:>5}",
                ratio(tp, predicted),
                ratio(tp, gold),
                f1(tp, predicted, gold)
            )?;
        }
        Ok(())
    }
}

/// Scores `models` on a directory in the task's format.
pub fn evaluate(models: &Models, dir: &Path, lang: &str) -> Result<Report, Error> {
    let language = models
        .language(lang)
        .ok_or_else(|| Error::NoModel(lang.to_string()))?;
    let articles = read_dataset(dir)?;
    let mut report = Report::new(lang);
    for article in &articles {
        for paragraph in &article.paragraphs {
            report.add(
                language.technique_mask(&article.text[paragraph.range.clone()]),
                paragraph.techniques,
            );
        }
    }
    Ok(report)
}

/// K-fold cross-validation by article on `<data_root>/<lang>/`.
#[derive(Clone, Debug)]
pub struct CrossValidation {
    pub folds: usize,
    /// Paragraph-level scores pooled over the held-out folds.
    pub paragraphs: Report,
    pub genre_macro_f1: f64,
    pub frames_micro_f1: f64,
}

impl fmt::Display for CrossValidation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}-fold cross-validation by article", self.folds)?;
        write!(f, "{}", self.paragraphs)?;
        writeln!(f, "genre macro-F1 {:.3}", self.genre_macro_f1)?;
        writeln!(f, "frames micro-F1 {:.3}", self.frames_micro_f1)
    }
}

pub fn cross_validate(
    data_root: &Path,
    lang: &str,
    folds: usize,
) -> Result<CrossValidation, Error> {
    if folds < 2 {
        return Err(Error::Data(
            "cross-validation needs at least 2 folds".into(),
        ));
    }
    let articles = read_dataset(&data_root.join(lang))?;
    let mut paragraphs = Report::new(lang);
    let mut genre_logits = Vec::new();
    let mut genre_gold = Vec::new();
    let mut frame_counts = (0, 0, 0);
    for fold in 0..folds {
        let mut held_out = Vec::new();
        let mut train = Vec::new();
        for (index, article) in articles.iter().enumerate() {
            if index % folds == fold {
                held_out.push(article);
            } else {
                train.push(article.clone());
            }
        }
        let models = train_language(lang, &train);
        for article in held_out {
            for paragraph in &article.paragraphs {
                let predicted = models.technique_mask(&article.text[paragraph.range.clone()]);
                paragraphs.add(predicted, paragraph.techniques);
            }
            let logits = models.article.logits(&article.text, lang);
            // Offsets differ between folds: pool the logits with them applied.
            let mut offset = logits;
            for (logit, threshold) in offset
                .iter_mut()
                .zip(&models.article.thresholds[..GENRES.len()])
            {
                *logit -= threshold;
            }
            genre_logits.push(offset);
            genre_gold.push(article.genre);
            if let Some(gold) = article.frames {
                for frame in 0..FRAMES.len() {
                    let label = GENRES.len() + frame;
                    let predicted = logits[label] > models.article.thresholds[label];
                    let is_gold = gold & (1 << frame) != 0;
                    frame_counts.0 += usize::from(predicted && is_gold);
                    frame_counts.1 += usize::from(predicted);
                    frame_counts.2 += usize::from(is_gold);
                }
            }
        }
    }
    let genre_macro_f1 = genre_macro_f1(&genre_logits, &genre_gold, &[0.0; GENRES.len()]);
    Ok(CrossValidation {
        folds,
        paragraphs,
        genre_macro_f1,
        frames_micro_f1: f1(frame_counts.0, frame_counts.1, frame_counts.2),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logits(genre_logits: [f32; 3]) -> [f32; MAX_LABELS] {
        let mut logits = [0.0; MAX_LABELS];
        logits[..3].copy_from_slice(&genre_logits);
        logits
    }

    #[test]
    fn genre_offsets_let_a_rare_genre_be_predicted() {
        // Satire articles score highest on satire only relative to the
        // other satire articles: its logit is always below opinion's.
        let rows = [
            (logits([2.0, 0.0, 0.5]), Some(0)),
            (logits([2.0, 0.0, 0.4]), Some(0)),
            (logits([0.0, 2.0, 0.0]), Some(1)),
            (logits([0.0, 2.5, 0.3]), Some(1)),
            (logits([1.8, 0.0, 1.5]), Some(2)),
        ];
        let (all, gold): (Vec<_>, Vec<_>) = rows.into_iter().unzip();
        let zero = [0.0; GENRES.len()];
        assert!(all.iter().all(|l| genre_of(l, &zero) != Some(2)));
        let offsets = genre_offsets(&all, &gold);
        assert_eq!(offsets[0], 0.0);
        let predicted: Vec<Option<usize>> = all.iter().map(|l| genre_of(l, &offsets)).collect();
        assert_eq!(predicted, gold);
        assert!(genre_macro_f1(&all, &gold, &offsets) > genre_macro_f1(&all, &gold, &zero));
    }
}
