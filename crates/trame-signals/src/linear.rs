//! One-vs-rest logistic regression over hashed features, shipped as i8
//! weights with one scale per label. A row of the weight table holds every
//! label's weight for one bucket, so a feature costs one cache line at
//! prediction time. Paragraph models weigh features by tf-idf and are fitted
//! to convergence with L-BFGS; article models use group-scaled counts and
//! AdaGrad.

use crate::codec::{Reader, Writer};
use crate::features::{for_each_feature, Group, GROUP_COUNT};
use crate::Error;
use std::collections::VecDeque;

/// Upper bound on labels per model (23 techniques); fixes the accumulator size.
pub(crate) const MAX_LABELS: usize = 24;

/// A paragraph or article as a sparse vector, sorted by bucket, duplicates summed.
pub(crate) type Sparse = Vec<(u32, f32)>;

/// Features of `text`, each group scaled by 1/sqrt(its feature count).
fn sparse(text: &str, lang: &str, bits: u32, char_grams: bool) -> Sparse {
    let mut raw = Vec::with_capacity(text.len() * 2);
    let scales = for_each_feature(text, lang, bits, char_grams, |bucket, group| {
        raw.push((bucket, group))
    });
    let features: Sparse = raw.iter().map(|&(b, g)| (b, scales[g as usize])).collect();
    sum_duplicates(features)
}

/// How often each bucket occurs in `text`.
fn counts(text: &str, lang: &str, bits: u32, char_grams: bool) -> Sparse {
    let mut buckets = Vec::with_capacity(text.len() + 64);
    for_each_feature(text, lang, bits, char_grams, |bucket, _| {
        buckets.push(bucket)
    });
    // Sorting bare buckets costs a fraction of sorting (bucket, value) pairs.
    buckets.sort_unstable();
    let mut features: Sparse = Vec::with_capacity(buckets.len());
    for bucket in buckets {
        match features.last_mut() {
            Some((last, count)) if *last == bucket => *count += 1.0,
            _ => features.push((bucket, 1.0)),
        }
    }
    features
}

fn sum_duplicates(mut features: Sparse) -> Sparse {
    features.sort_unstable_by_key(|&(bucket, _)| bucket);
    features.dedup_by(|later, kept| {
        if later.0 == kept.0 {
            kept.1 += later.1;
            true
        } else {
            false
        }
    });
    features
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Fit {
    /// Group-scaled counts, a few AdaGrad passes.
    AdaGrad { epochs: usize, rate: f32, l2: f32 },
    /// Tf-idf vectors, logistic loss plus ||w||²/(2c) minimised by L-BFGS;
    /// rows seen in fewer than `min_df` training texts are ignored.
    TfIdf { c: f32, min_df: u32 },
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Hyper {
    /// Whether the model reads character n-grams besides words and cues.
    pub char_grams: bool,
    pub fit: Fit,
}

impl Hyper {
    /// Paragraphs: sublinear tf × idf, the paragraph's vector L2-normalised,
    /// weakly regularised logistic regression trained to convergence (the
    /// recipe of a scikit-learn baseline that beat AdaGrad over
    /// group-scaled counts; see models/README.md).
    pub const PARAGRAPH: Hyper = Hyper {
        char_grams: true,
        fit: Fit::TfIdf { c: 4.0, min_df: 2 },
    };
    /// Articles: genre and frames. Words and cues only:
    /// character n-grams over a whole article double the cost of the layer,
    /// and without them genre macro-F1 changed by +.11 (ru), -.02 (fr, en)
    /// and frames micro-F1 by -.02 (fr, ru).
    pub const ARTICLE: Hyper = Hyper {
        char_grams: false,
        fit: Fit::AdaGrad {
            epochs: 5,
            rate: 0.05,
            l2: 1e-4,
        },
    };

    /// `text` as the training examples of this kind of model: counts for
    /// tf-idf models (the weighting is learnt with the weights), group-scaled
    /// values otherwise.
    pub fn example(&self, text: &str, lang: &str, bits: u32) -> Sparse {
        match self.fit {
            Fit::AdaGrad { .. } => sparse(text, lang, bits, self.char_grams),
            Fit::TfIdf { .. } => counts(text, lang, bits, self.char_grams),
        }
    }
}

/// How a text's features become the vector the weights apply to.
#[derive(Clone, Debug, PartialEq)]
enum Weighting {
    /// Counts, each feature group scaled by 1/sqrt(its count).
    Grouped,
    /// (1 + ln count) × idf of the row, the whole vector L2-normalised. The
    /// idf is stored in multiples of `step`; 0 marks rows too rare in
    /// training to be trusted, which are left out of the vector.
    TfIdf { idf: Vec<u8>, step: f32 },
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Linear {
    pub bits: u32,
    pub char_grams: bool,
    pub labels: usize,
    weighting: Weighting,
    weights: Vec<i8>,
    scales: Vec<f32>,
    bias: Vec<f32>,
    /// Logit above which a label is predicted; calibrated by cross-validation.
    pub thresholds: Vec<f32>,
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// ln(1 + e^x), without overflow.
fn softplus(x: f32) -> f32 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

impl Linear {
    /// Trains on `examples` (as `hyper.example` gives them) with gold label
    /// bitmasks `gold`.
    pub fn train(
        examples: &[Sparse],
        gold: &[u32],
        labels: usize,
        bits: u32,
        hyper: Hyper,
    ) -> Linear {
        let (weights, bias, weighting) = match hyper.fit {
            Fit::AdaGrad { epochs, rate, l2 } => {
                let (weights, bias) = adagrad(examples, gold, labels, bits, epochs, rate, l2);
                (weights, bias, Weighting::Grouped)
            }
            Fit::TfIdf { c, min_df } => {
                let weighting = idf(examples, bits, min_df);
                let vectors: Vec<Sparse> = examples.iter().map(|e| weighting.apply(e)).collect();
                let (weights, bias) = logistic_lbfgs(&vectors, gold, labels, bits, c);
                (weights, bias, weighting)
            }
        };
        let mut model = Linear::quantize(bits, labels, &weights, bias);
        model.char_grams = hyper.char_grams;
        model.weighting = weighting;
        model
    }

    fn quantize(bits: u32, labels: usize, weights: &[f32], bias: Vec<f32>) -> Linear {
        let mut scales = vec![0f32; labels];
        for row in weights.chunks_exact(labels) {
            for (scale, weight) in scales.iter_mut().zip(row) {
                *scale = scale.max(weight.abs());
            }
        }
        for scale in &mut scales {
            *scale = if *scale > 0.0 { *scale / 127.0 } else { 1.0 };
        }
        let quantized = weights
            .chunks_exact(labels)
            .flat_map(|row| {
                row.iter()
                    .zip(&scales)
                    .map(|(w, s)| (w / s).round().clamp(-127.0, 127.0) as i8)
            })
            .collect();
        Linear {
            bits,
            char_grams: true,
            labels,
            weighting: Weighting::Grouped,
            weights: quantized,
            scales,
            bias,
            thresholds: vec![0.0; labels],
        }
    }

    /// Logits of an example as `Hyper::example` featurises it.
    pub fn logits_sparse(&self, features: &Sparse) -> [f32; MAX_LABELS] {
        match &self.weighting {
            Weighting::Grouped => self.dot(features),
            weighting => self.dot(&weighting.apply(features)),
        }
    }

    /// Weighted sum of the rows of `vector`, rows requested ahead of use.
    fn dot(&self, vector: &Sparse) -> [f32; MAX_LABELS] {
        // Each feature reads a row of a table far larger than the caches:
        // requesting rows `AHEAD` features early lets the loads overlap.
        const AHEAD: usize = 8;
        let mut sums = [0f32; MAX_LABELS];
        for (index, &(bucket, value)) in vector.iter().enumerate() {
            if let Some(&(ahead, _)) = vector.get(index + AHEAD) {
                self.prefetch_row(ahead);
            }
            let row = &self.weights[bucket as usize * self.labels..][..self.labels];
            for (sum, &weight) in sums.iter_mut().zip(row) {
                *sum += value * f32::from(weight);
            }
        }
        self.finish(&sums)
    }

    /// Logits of a text.
    pub fn logits(&self, text: &str, lang: &str) -> [f32; MAX_LABELS] {
        match self.weighting {
            Weighting::Grouped => self.grouped_logits(text, lang),
            Weighting::TfIdf { .. } => {
                self.logits_sparse(&counts(text, lang, self.bits, self.char_grams))
            }
        }
    }

    /// Logits over group-scaled counts, computed in one pass with integer
    /// accumulators.
    fn grouped_logits(&self, text: &str, lang: &str) -> [f32; MAX_LABELS] {
        // As in `dot`: a row is requested when its feature comes and added
        // `AHEAD` features later, letting the loads overlap.
        const AHEAD: usize = 8;
        let mut sums = [[0i32; MAX_LABELS]; GROUP_COUNT];
        let labels = self.labels;
        let mut add = |bucket: u32, group: Group| {
            let row = &self.weights[bucket as usize * labels..][..labels];
            for (sum, &weight) in sums[group as usize].iter_mut().zip(row) {
                *sum += i32::from(weight);
            }
        };
        let mut waiting = [(0u32, Group::Chars); AHEAD];
        let mut seen = 0usize;
        let scales = for_each_feature(text, lang, self.bits, self.char_grams, |bucket, group| {
            self.prefetch_row(bucket);
            let slot = &mut waiting[seen % AHEAD];
            if seen >= AHEAD {
                add(slot.0, slot.1);
            }
            *slot = (bucket, group);
            seen += 1;
        });
        for i in seen.saturating_sub(AHEAD)..seen {
            let (bucket, group) = waiting[i % AHEAD];
            add(bucket, group);
        }
        let mut combined = [0f32; MAX_LABELS];
        for (group, scale) in sums.iter().zip(scales) {
            for (total, &sum) in combined.iter_mut().zip(group) {
                *total += scale * sum as f32;
            }
        }
        self.finish(&combined)
    }

    /// Asks the CPU to start loading `bucket`'s row of weights.
    #[inline]
    fn prefetch_row(&self, bucket: u32) {
        #[cfg(target_arch = "x86_64")]
        if let Some(row) = self.weights.get(bucket as usize * self.labels) {
            // SAFETY: prefetching is a hint with no architectural effect;
            // the pointer comes from a live reference.
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                    std::ptr::from_ref(row),
                )
            };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = bucket;
    }

    fn finish(&self, sums: &[f32; MAX_LABELS]) -> [f32; MAX_LABELS] {
        let mut logits = [f32::NEG_INFINITY; MAX_LABELS];
        for label in 0..self.labels {
            logits[label] = self.bias[label] + self.scales[label] * sums[label];
        }
        logits
    }

    pub fn write(&self, out: &mut Writer) {
        out.u32(self.bits);
        out.u32(u32::from(self.char_grams));
        out.u32(self.labels as u32);
        out.f32s(&self.scales);
        out.f32s(&self.bias);
        out.f32s(&self.thresholds);
        out.bytes(&self.weights.iter().map(|&w| w as u8).collect::<Vec<u8>>());
        match &self.weighting {
            Weighting::Grouped => out.u32(0),
            Weighting::TfIdf { idf, step } => {
                out.u32(1);
                out.f32s(&[*step]);
                out.bytes(idf);
            }
        }
    }

    pub fn read(input: &mut Reader) -> Result<Linear, Error> {
        let bits = input.u32()?;
        let char_grams = match input.u32()? {
            0 => false,
            1 => true,
            _ => return Err(Error::Format("bad feature flag")),
        };
        let labels = input.u32()? as usize;
        if !(8..=24).contains(&bits) || labels == 0 || labels > MAX_LABELS {
            return Err(Error::Format("linear model dimensions out of range"));
        }
        let scales = input.f32s(labels)?;
        let bias = input.f32s(labels)?;
        let thresholds = input.f32s(labels)?;
        let weights = input
            .bytes(labels << bits)?
            .iter()
            .map(|&b| b as i8)
            .collect();
        let weighting = match input.u32()? {
            0 => Weighting::Grouped,
            1 => Weighting::TfIdf {
                step: input.f32s(1)?[0],
                idf: input.bytes(1 << bits)?.to_vec(),
            },
            _ => return Err(Error::Format("bad weighting flag")),
        };
        Ok(Linear {
            bits,
            char_grams,
            labels,
            weighting,
            weights,
            scales,
            bias,
            thresholds,
        })
    }
}

impl Weighting {
    /// The tf-idf vector of bucket counts (`counts` unchanged when grouped).
    fn apply(&self, counts: &Sparse) -> Sparse {
        let Weighting::TfIdf { idf, step } = self else {
            return counts.clone();
        };
        let mut vector: Sparse = counts
            .iter()
            .filter(|&&(bucket, _)| idf[bucket as usize] > 0)
            .map(|&(bucket, count)| {
                (
                    bucket,
                    (1.0 + count.ln()) * f32::from(idf[bucket as usize]) * step,
                )
            })
            .collect();
        let norm = vector.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, value) in &mut vector {
                *value /= norm;
            }
        }
        vector
    }
}

/// Smoothed idf, ln((1 + n) / (1 + df)) + 1, of every row over the `examples`
/// (bucket counts), quantised to a byte. Rows in fewer than `min_df`
/// examples get 0 and are left out of the vector, as they mostly name one
/// article's topic; so are rows never seen, so that unknown n-grams do not
/// shrink a paragraph's known ones through the norm.
fn idf(examples: &[Sparse], bits: u32, min_df: u32) -> Weighting {
    let mut df = vec![0u32; 1 << bits];
    for example in examples {
        for &(bucket, _) in example {
            df[bucket as usize] += 1;
        }
    }
    let n = examples.len() as f32;
    let largest = (1.0 + n).ln() + 1.0;
    let step = largest / 255.0;
    let idf = df
        .iter()
        .map(|&df| {
            if df == 0 || df < min_df {
                0
            } else {
                let idf = ((1.0 + n) / (1.0 + df as f32)).ln() + 1.0;
                (idf / step).round().clamp(1.0, 255.0) as u8
            }
        })
        .collect();
    Weighting::TfIdf { idf, step }
}

/// A few shuffled passes of AdaGrad over the logistic loss with L2 decay.
fn adagrad(
    examples: &[Sparse],
    gold: &[u32],
    labels: usize,
    bits: u32,
    epochs: usize,
    rate: f32,
    l2: f32,
) -> (Vec<f32>, Vec<f32>) {
    let rows = 1usize << bits;
    let mut weights = vec![0f32; rows * labels];
    let mut squares = vec![0f32; rows * labels];
    let mut bias = vec![0f32; labels];
    let mut bias_squares = vec![0f32; labels];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    // A fixed xorshift seed keeps training reproducible.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut gradients = [0f32; MAX_LABELS];
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &example in &order {
            let features = &examples[example];
            let mut logits = [0f32; MAX_LABELS];
            logits[..labels].copy_from_slice(&bias);
            for &(bucket, value) in features {
                let row = &weights[bucket as usize * labels..][..labels];
                for (logit, weight) in logits.iter_mut().zip(row) {
                    *logit += value * weight;
                }
            }
            for label in 0..labels {
                let target = if gold[example] & (1 << label) != 0 {
                    1.0
                } else {
                    0.0
                };
                gradients[label] = sigmoid(logits[label]) - target;
                let g = gradients[label];
                bias_squares[label] += g * g;
                bias[label] -= rate * g / (bias_squares[label].sqrt() + 1e-6);
            }
            for &(bucket, value) in features {
                let start = bucket as usize * labels;
                let row = &mut weights[start..start + labels];
                let row_squares = &mut squares[start..start + labels];
                for label in 0..labels {
                    let g = gradients[label] * value + l2 * row[label];
                    row_squares[label] += g * g;
                    row[label] -= rate * g / (row_squares[label].sqrt() + 1e-6);
                }
            }
        }
    }
    (weights, bias)
}

/// L-BFGS stops after this many iterations, or earlier when the objective
/// stops moving.
const MAX_ITERATIONS: usize = 500;
/// Relative decrease of the objective under which L-BFGS has converged.
const TOLERANCE: f64 = 1e-6;
/// Correction pairs kept by L-BFGS.
const MEMORY: usize = 8;

/// Minimises, for every label at once (the problems are independent but share
/// the passes over the data), the logistic loss summed over `examples` plus
/// ||w||²/(2c); the bias is not regularised. Returns the weights
/// (`rows × labels`, row-major) and the bias.
fn logistic_lbfgs(
    examples: &[Sparse],
    gold: &[u32],
    labels: usize,
    bits: u32,
    c: f32,
) -> (Vec<f32>, Vec<f32>) {
    let weight_count = labels << bits;
    let objective = |theta: &[f32], gradient: &mut [f32]| -> f64 {
        gradient.fill(0.0);
        let (weights, bias) = theta.split_at(weight_count);
        let (weight_gradient, bias_gradient) = gradient.split_at_mut(weight_count);
        let mut loss = 0f64;
        for (features, &gold) in examples.iter().zip(gold) {
            let mut logits = [0f32; MAX_LABELS];
            logits[..labels].copy_from_slice(bias);
            for &(bucket, value) in features {
                let row = &weights[bucket as usize * labels..][..labels];
                for (logit, weight) in logits.iter_mut().zip(row) {
                    *logit += value * weight;
                }
            }
            let mut residuals = [0f32; MAX_LABELS];
            for label in 0..labels {
                let target = if gold & (1 << label) != 0 { 1.0 } else { 0.0 };
                let logit = logits[label];
                loss += f64::from(softplus(logit) - target * logit);
                residuals[label] = sigmoid(logit) - target;
                bias_gradient[label] += residuals[label];
            }
            for &(bucket, value) in features {
                let row = &mut weight_gradient[bucket as usize * labels..][..labels];
                for (g, residual) in row.iter_mut().zip(&residuals) {
                    *g += value * residual;
                }
            }
        }
        let mut squares = 0f64;
        for (g, &w) in weight_gradient.iter_mut().zip(weights) {
            squares += f64::from(w * w);
            *g += w / c;
        }
        loss + squares / (2.0 * f64::from(c))
    };
    let dot = |a: &[f32], b: &[f32]| -> f64 {
        a.iter()
            .zip(b)
            .map(|(x, y)| f64::from(*x) * f64::from(*y))
            .sum()
    };

    let size = weight_count + labels;
    let mut theta = vec![0f32; size];
    let mut gradient = vec![0f32; size];
    let mut value = objective(&theta, &mut gradient);
    let mut trial = vec![0f32; size];
    let mut trial_gradient = vec![0f32; size];
    let mut direction = vec![0f32; size];
    // (s, y, 1 / s·y), oldest first.
    let mut history: VecDeque<(Vec<f32>, Vec<f32>, f64)> = VecDeque::new();
    let mut alphas = [0f64; MEMORY];
    for _ in 0..MAX_ITERATIONS {
        // Two-loop recursion: direction = -H·gradient.
        direction.copy_from_slice(&gradient);
        for (k, (s, y, rho)) in history.iter().enumerate().rev() {
            alphas[k] = rho * dot(s, &direction);
            for (d, y) in direction.iter_mut().zip(y) {
                *d -= alphas[k] as f32 * y;
            }
        }
        let gamma = history
            .back()
            .map_or(1.0 / dot(&gradient, &gradient).sqrt(), |(_, y, rho)| {
                1.0 / (rho * dot(y, y))
            });
        for d in &mut direction {
            *d *= gamma as f32;
        }
        for (k, (s, y, rho)) in history.iter().enumerate() {
            let beta = rho * dot(y, &direction);
            for (d, s) in direction.iter_mut().zip(s) {
                *d += (alphas[k] - beta) as f32 * s;
            }
        }
        for d in &mut direction {
            *d = -*d;
        }
        let slope = dot(&gradient, &direction);
        if slope >= 0.0 {
            break;
        }
        // Backtracking to sufficient decrease (Armijo).
        let mut step = 1f32;
        let accepted = loop {
            for ((t, x), d) in trial.iter_mut().zip(&theta).zip(&direction) {
                *t = x + step * d;
            }
            let trial_value = objective(&trial, &mut trial_gradient);
            if trial_value <= value + 1e-4 * f64::from(step) * slope {
                break Some(trial_value);
            }
            step *= 0.5;
            if step < 1e-10 {
                break None;
            }
        };
        let Some(trial_value) = accepted else {
            break;
        };
        let (mut s, mut y) = if history.len() == MEMORY {
            history
                .pop_front()
                .map_or_else(|| (vec![0f32; size], vec![0f32; size]), |(s, y, _)| (s, y))
        } else {
            (vec![0f32; size], vec![0f32; size])
        };
        for (((s, y), (t, x)), (tg, g)) in s
            .iter_mut()
            .zip(y.iter_mut())
            .zip(trial.iter().zip(&theta))
            .zip(trial_gradient.iter().zip(&gradient))
        {
            *s = t - x;
            *y = tg - g;
        }
        let curvature = dot(&s, &y);
        if curvature > 0.0 {
            history.push_back((s, y, 1.0 / curvature));
        }
        std::mem::swap(&mut theta, &mut trial);
        std::mem::swap(&mut gradient, &mut trial_gradient);
        let decrease = value - trial_value;
        value = trial_value;
        if decrease <= TOLERANCE * value.abs().max(1.0) {
            break;
        }
    }
    let bias = theta.split_off(weight_count);
    (theta, bias)
}

/// Per-label thresholds maximising micro-F1 over out-of-fold logits, by
/// coordinate ascent from the per-label optimum (micro-F1 couples labels:
/// a rare label's threshold should be stricter than its own F1 suggests).
pub(crate) fn calibrate(logits: &[[f32; MAX_LABELS]], gold: &[u32], labels: usize) -> Vec<f32> {
    let sorted: Vec<Vec<(f32, bool)>> = (0..labels)
        .map(|label| {
            let mut scores: Vec<(f32, bool)> = logits
                .iter()
                .zip(gold)
                .map(|(l, g)| (l[label], g & (1 << label) != 0))
                .collect();
            scores.sort_by(|a, b| b.0.total_cmp(&a.0));
            scores
        })
        .collect();
    let positives: Vec<usize> = sorted
        .iter()
        .map(|s| s.iter().filter(|x| x.1).count())
        .collect();
    // Number of top-scored examples predicted positive, per label.
    let mut cut: Vec<usize> = vec![0; labels];
    let totals = |cut: &[usize]| {
        let (mut tp, mut predicted) = (0usize, 0usize);
        for (label, &k) in cut.iter().enumerate() {
            tp += sorted[label][..k].iter().filter(|x| x.1).count();
            predicted += k;
        }
        (tp, predicted)
    };
    let all_positives: usize = positives.iter().sum();
    for pass in 0..4 {
        for label in 0..labels {
            let (tp_all, predicted_all) = totals(&cut);
            let tp_own = sorted[label][..cut[label]].iter().filter(|x| x.1).count();
            let (tp_rest, predicted_rest) = (tp_all - tp_own, predicted_all - cut[label]);
            let mut best = (f64::MIN, 0usize);
            let mut tp = 0usize;
            for k in 0..=sorted[label].len() {
                if k > 0 {
                    tp += usize::from(sorted[label][k - 1].1);
                    // Only cut between distinct scores.
                    if k < sorted[label].len() && sorted[label][k].0 == sorted[label][k - 1].0 {
                        continue;
                    }
                }
                let score = if pass == 0 {
                    f1(tp, k, positives[label])
                } else {
                    f1(tp_rest + tp, predicted_rest + k, all_positives)
                };
                if score > best.0 {
                    best = (score, k);
                }
            }
            cut[label] = best.1;
        }
    }
    (0..labels)
        .map(|label| {
            let scores = &sorted[label];
            match cut[label] {
                0 => f32::INFINITY,
                k if k >= scores.len() => f32::NEG_INFINITY,
                k => (scores[k - 1].0 + scores[k].0) / 2.0,
            }
        })
        .collect()
}

/// One probability cut shared by every label, maximising micro-F1 over
/// out-of-fold logits, as per-label logit thresholds. With few positives for
/// most techniques, per-label cuts fit the noise of the out-of-fold scores.
pub(crate) fn shared_cut(logits: &[[f32; MAX_LABELS]], gold: &[u32], labels: usize) -> Vec<f32> {
    let gold_count: usize = gold
        .iter()
        .map(|g| (g & ((1u32 << labels) - 1)).count_ones() as usize)
        .sum();
    let mut best = (f64::MIN, f32::INFINITY);
    for percent in 1..60 {
        let probability = percent as f32 / 100.0;
        let cut = (probability / (1.0 - probability)).ln();
        let (mut tp, mut predicted) = (0usize, 0usize);
        for (logits, gold) in logits.iter().zip(gold) {
            for (label, &logit) in logits[..labels].iter().enumerate() {
                if logit > cut {
                    predicted += 1;
                    tp += usize::from(gold & (1 << label) != 0);
                }
            }
        }
        let score = f1(tp, predicted, gold_count);
        if score > best.0 {
            best = (score, cut);
        }
    }
    vec![best.1; labels]
}

pub(crate) fn f1(true_positives: usize, predicted: usize, gold: usize) -> f64 {
    if predicted + gold == 0 {
        0.0
    } else {
        2.0 * true_positives as f64 / (predicted + gold) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_toy_problem_and_round_trips() {
        let texts = [
            "quelle honte absolue !",
            "le conseil a voté mardi.",
            "honte à eux !",
            "la séance est levée.",
        ];
        let examples: Vec<Sparse> = texts
            .iter()
            .map(|t| Hyper::PARAGRAPH.example(t, "fr", 12))
            .collect();
        let gold = [1, 0, 1, 0];
        let mut model = Linear::train(&examples, &gold, 1, 12, Hyper::PARAGRAPH);
        let logits: Vec<[f32; MAX_LABELS]> =
            examples.iter().map(|e| model.logits_sparse(e)).collect();
        model.thresholds = calibrate(&logits, &gold, 1);
        for (text, gold) in texts.iter().zip(gold) {
            assert_eq!(
                model.logits(text, "fr")[0] > model.thresholds[0],
                gold == 1,
                "{text}"
            );
        }
        let mut out = Writer::default();
        model.write(&mut out);
        let bytes = out.into_bytes();
        let read = Linear::read(&mut Reader::new(&bytes)).expect("round trip");
        assert_eq!(read, model);
    }
}
