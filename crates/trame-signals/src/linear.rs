//! One-vs-rest logistic regression over hashed features: trained in f32 with
//! AdaGrad, shipped as i8 weights with one scale per label. A row of the weight
//! table holds every label's weight for one bucket, so a feature costs one
//! cache line at prediction time.

use crate::codec::{Reader, Writer};
use crate::features::{for_each_feature, Group, GROUP_COUNT};
use crate::Error;

/// Upper bound on labels per model (23 techniques); fixes the accumulator size.
pub(crate) const MAX_LABELS: usize = 24;

/// A paragraph or article as a sparse vector, sorted by bucket, duplicates summed.
pub(crate) type Sparse = Vec<(u32, f32)>;

pub(crate) fn sparse(text: &str, lang: &str, bits: u32, char_grams: bool) -> Sparse {
    let mut raw = Vec::with_capacity(text.len() * 2);
    let scales = for_each_feature(text, lang, bits, char_grams, |bucket, group| {
        raw.push((bucket, group))
    });
    let mut features: Sparse = raw.iter().map(|&(b, g)| (b, scales[g as usize])).collect();
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
pub(crate) struct Hyper {
    /// Whether the model reads character n-grams besides words and cues.
    pub char_grams: bool,
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
}

impl Hyper {
    /// Paragraphs: few examples per technique, so strong regularisation and
    /// few passes (chosen by 5-fold CV on the French data).
    pub const PARAGRAPH: Hyper = Hyper {
        char_grams: true,
        epochs: 5,
        rate: 0.02,
        l2: 1e-3,
    };
    /// Articles: genre and frames, tuned the same way. Words and cues only:
    /// character n-grams over a whole article double the cost of the layer,
    /// and without them genre macro-F1 changed by +.11 (ru), -.02 (fr, en)
    /// and frames micro-F1 by -.02 (fr, ru).
    pub const ARTICLE: Hyper = Hyper {
        char_grams: false,
        epochs: 5,
        rate: 0.05,
        l2: 1e-4,
    };
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Linear {
    pub bits: u32,
    pub char_grams: bool,
    pub labels: usize,
    weights: Vec<i8>,
    scales: Vec<f32>,
    bias: Vec<f32>,
    /// Logit above which a label is predicted; calibrated by cross-validation.
    pub thresholds: Vec<f32>,
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl Linear {
    /// Trains on `examples` with gold label bitmasks `gold`.
    pub fn train(
        examples: &[Sparse],
        gold: &[u32],
        labels: usize,
        bits: u32,
        hyper: Hyper,
    ) -> Linear {
        let rows = 1usize << bits;
        let mut weights = vec![0f32; rows * labels];
        let mut squares = vec![0f32; rows * labels];
        let mut bias = vec![0f32; labels];
        let mut bias_squares = vec![0f32; labels];
        let mut order: Vec<usize> = (0..examples.len()).collect();
        // A fixed xorshift seed keeps training reproducible.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut gradients = [0f32; MAX_LABELS];
        for _ in 0..hyper.epochs {
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
                    bias[label] -= hyper.rate * g / (bias_squares[label].sqrt() + 1e-6);
                }
                for &(bucket, value) in features {
                    let start = bucket as usize * labels;
                    let row = &mut weights[start..start + labels];
                    let row_squares = &mut squares[start..start + labels];
                    for label in 0..labels {
                        let g = gradients[label] * value + hyper.l2 * row[label];
                        row_squares[label] += g * g;
                        row[label] -= hyper.rate * g / (row_squares[label].sqrt() + 1e-6);
                    }
                }
            }
        }
        let mut model = Linear::quantize(bits, labels, &weights, bias);
        model.char_grams = hyper.char_grams;
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
            weights: quantized,
            scales,
            bias,
            thresholds: vec![0.0; labels],
        }
    }

    /// Logits of a featurised example.
    pub fn logits_sparse(&self, features: &Sparse) -> [f32; MAX_LABELS] {
        let mut sums = [0f32; MAX_LABELS];
        for &(bucket, value) in features {
            let row = &self.weights[bucket as usize * self.labels..][..self.labels];
            for (sum, &weight) in sums.iter_mut().zip(row) {
                *sum += value * f32::from(weight);
            }
        }
        self.finish(&sums)
    }

    /// Logits of a text, computed in one pass with integer accumulators.
    pub fn logits(&self, text: &str, lang: &str) -> [f32; MAX_LABELS] {
        // Each feature reads a row of a table far larger than the caches, and
        // waiting for those loads was most of this function's time. So a
        // row is requested when its feature comes and added `AHEAD`
        // features later, letting the loads overlap.
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
        Ok(Linear {
            bits,
            char_grams,
            labels,
            weights,
            scales,
            bias,
            thresholds,
        })
    }
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
        let examples: Vec<Sparse> = texts.iter().map(|t| sparse(t, "fr", 12, true)).collect();
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
