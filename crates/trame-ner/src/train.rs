//! Averaged structured perceptron training.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use crate::clusters::Clusters;
use crate::conll::Sentence;
use crate::eval::EvalReport;
use crate::features::{Extractor, Resources};
use crate::gazetteer::Gazetteer;
use crate::hash::{fmix64, key32};
use crate::model::{decode, next_model_id, Decoder, FeatureTable, Model};
use crate::tag::{Tag, N_TAGS};

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    /// Seeds the per-epoch shuffling of the training sentences.
    pub seed: u64,
    pub decoder: Decoder,
    /// Word clusters learnt from unlabelled text; stored in the model.
    pub clusters: Option<Clusters>,
    /// Quantised weights whose magnitude is below this (in units of the largest
    /// weight / 32,000) are dropped: small weights barely change decisions but
    /// dominate the model size.
    pub prune_below: i16,
    /// Name list whose matches become features. The model only learns to use
    /// gazetteer features if it is trained with one; pass the same kind of list to
    /// [`Model::tag_with`]. Not stored in the model.
    pub gazetteer: Option<Gazetteer>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 1,
            decoder: Decoder::Viterbi,
            clusters: None,
            prune_below: 8,
            gazetteer: None,
        }
    }
}

/// Keys are already hashes: one multiply-free mix is enough for the map.
#[derive(Default)]
struct PrehashedHasher(u64);

impl Hasher for PrehashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fmix64(self.0 ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type FeatureIndex = HashMap<u64, u32, BuildHasherDefault<PrehashedHasher>>;

/// A sentence as training sees it: feature indices per token and gold tag indices.
struct Encoded {
    features: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<usize>,
}

fn extract_all(sentences: &[Sentence], opts: &TrainOptions) -> Vec<(Vec<u64>, Vec<usize>)> {
    let res = Resources {
        clusters: opts.clusters.as_ref(),
        gazetteer: opts.gazetteer.as_ref(),
        doc: None,
    };
    sentences
        .par_iter()
        .map_init(Extractor::default, |ex, s| {
            ex.extract(&s.tokens, &res);
            (ex.features.clone(), ex.offsets.clone())
        })
        .collect()
}

fn encode(
    raw: Vec<(Vec<u64>, Vec<usize>)>,
    sentences: &[Sentence],
    index: &mut FeatureIndex,
    grow: bool,
) -> Vec<Encoded> {
    raw.into_iter()
        .zip(sentences)
        .map(|((features, offsets), s)| {
            let mut ids = Vec::with_capacity(features.len());
            let mut new_offsets = Vec::with_capacity(offsets.len());
            for w in offsets.windows(2) {
                new_offsets.push(ids.len() as u32);
                for f in &features[w[0]..w[1]] {
                    let next = index.len() as u32;
                    let id = if grow {
                        Some(*index.entry(*f).or_insert(next))
                    } else {
                        index.get(f).copied()
                    };
                    ids.extend(id);
                }
            }
            new_offsets.push(ids.len() as u32);
            Encoded {
                features: ids,
                offsets: new_offsets,
                gold: s.tags.iter().map(|t| t.index()).collect(),
            }
        })
        .collect()
}

fn emissions(weights: &[f32], s: &Encoded, out: &mut Vec<f32>) {
    out.clear();
    out.resize(s.gold.len() * N_TAGS, 0.0);
    for (i, w) in s.offsets.windows(2).enumerate() {
        let row = &mut out[i * N_TAGS..(i + 1) * N_TAGS];
        for &f in &s.features[w[0] as usize..w[1] as usize] {
            let f = f as usize * N_TAGS;
            for (r, &v) in row.iter_mut().zip(&weights[f..f + N_TAGS]) {
                *r += v;
            }
        }
    }
}

type Transitions<T> = [[T; N_TAGS]; N_TAGS + 1];

/// Weights with the bookkeeping for averaging: the average after `c` updates is
/// `w - u / c`, where `u` accumulates each update scaled by its time step.
struct Averaged {
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Transitions<f32>,
    tu: Transitions<f64>,
}

impl Averaged {
    fn averaged(&self, c: f64) -> (Vec<f32>, Transitions<f32>) {
        let w = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| (f64::from(w) - u / c) as f32)
            .collect();
        let mut t = [[0f32; N_TAGS]; N_TAGS + 1];
        for (p, row) in t.iter_mut().enumerate() {
            for (n, v) in row.iter_mut().enumerate() {
                *v = (f64::from(self.tw[p][n]) - self.tu[p][n] / c) as f32;
            }
        }
        (w, t)
    }
}

fn evaluate_float(
    weights: &[f32],
    transitions: &Transitions<f32>,
    decoder: Decoder,
    dev: &[Encoded],
) -> EvalReport {
    let mut report = EvalReport::default();
    let (mut em, mut best) = (Vec::new(), Vec::new());
    let mut gold_sentences = Vec::with_capacity(dev.len());
    let mut predicted = Vec::with_capacity(dev.len());
    for s in dev {
        emissions(weights, s, &mut em);
        decode(&em, transitions, decoder, &mut best);
        gold_sentences.push(
            s.gold
                .iter()
                .map(|&t| Tag::from_index(t))
                .collect::<Vec<_>>(),
        );
        predicted.push(best.iter().map(|&t| Tag::from_index(t)).collect::<Vec<_>>());
    }
    for (g, p) in gold_sentences.iter().zip(&predicted) {
        report.add(g, p);
    }
    report
}

/// Trains a tagger. With `dev`, the averaged weights of the epoch with the best dev
/// F1 are kept; `log` receives one line per epoch.
pub fn train(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Model {
    let mut index = FeatureIndex::default();
    let data = encode(extract_all(train, opts), train, &mut index, true);
    let dev_data = dev.map(|d| encode(extract_all(d, opts), d, &mut index, false));
    let n_features = index.len();
    log(&format!(
        "{} sentences, {} distinct features",
        train.len(),
        n_features
    ));

    let mut params = Averaged {
        w: vec![0.0; n_features * N_TAGS],
        u: vec![0.0; n_features * N_TAGS],
        tw: [[0.0; N_TAGS]; N_TAGS + 1],
        tu: [[0.0; N_TAGS]; N_TAGS + 1],
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = opts.seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut c = 1.0f64;
    let (mut em, mut pred) = (Vec::new(), Vec::new());
    let mut best: Option<(f64, Vec<f32>, Transitions<f32>)> = None;

    for epoch in 1..=opts.epochs {
        // Fisher-Yates with a splitmix64 stream: reproducible for a given seed.
        for i in (1..order.len()).rev() {
            rng = rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
            order.swap(i, (fmix64(rng) % (i as u64 + 1)) as usize);
        }
        let mut mistakes = 0usize;
        for &si in &order {
            let s = &data[si];
            emissions(&params.w, s, &mut em);
            decode(&em, &params.tw, opts.decoder, &mut pred);
            if pred != s.gold {
                mistakes += 1;
                update(&mut params, s, &pred, c);
            }
            c += 1.0;
        }
        let (w, t) = params.averaged(c);
        let line = match &dev_data {
            Some(dev_data) => {
                let f1 = evaluate_float(&w, &t, opts.decoder, dev_data).overall.f1();
                let improved = best.as_ref().is_none_or(|b| f1 > b.0);
                let line = format!(
                    "epoch {epoch}: {mistakes} sentences wrong, dev F1 {f1:.4}{}",
                    if improved { " *" } else { "" }
                );
                if improved {
                    best = Some((f1, w, t));
                }
                line
            }
            None => {
                best = Some((0.0, w, t));
                format!("epoch {epoch}: {mistakes} sentences wrong")
            }
        };
        log(&line);
    }
    let (w, t) = match best {
        Some((_, w, t)) => (w, t),
        None => params.averaged(c),
    };
    quantise(&index, &w, &t, opts)
}

fn update(params: &mut Averaged, s: &Encoded, pred: &[usize], c: f64) {
    let mut add = |f: usize, tag: usize, d: f32| {
        let k = f * N_TAGS + tag;
        params.w[k] += d;
        params.u[k] += c * f64::from(d);
    };
    for (i, w) in s.offsets.windows(2).enumerate() {
        let (g, p) = (s.gold[i], pred[i]);
        if g != p {
            for &f in &s.features[w[0] as usize..w[1] as usize] {
                add(f as usize, g, 1.0);
                add(f as usize, p, -1.0);
            }
        }
    }
    for i in 0..s.gold.len() {
        let (gp, pp) = if i == 0 {
            (N_TAGS, N_TAGS)
        } else {
            (s.gold[i - 1], pred[i - 1])
        };
        let (g, p) = (s.gold[i], pred[i]);
        if (gp, g) != (pp, p) {
            params.tw[gp][g] += 1.0;
            params.tu[gp][g] += c;
            params.tw[pp][p] -= 1.0;
            params.tu[pp][p] -= c;
        }
    }
}

fn quantise(index: &FeatureIndex, w: &[f32], t: &Transitions<f32>, opts: &TrainOptions) -> Model {
    let max = w
        .iter()
        .chain(t.iter().flatten())
        .fold(0f32, |m, &v| m.max(v.abs()))
        .max(1e-9);
    let scale = 32_000.0 / max;
    let q = |v: f32| (v * scale).round() as i32;
    let mut rows: HashMap<u32, [i32; N_TAGS]> = HashMap::new();
    for (&hash, &id) in index {
        let src = &w[id as usize * N_TAGS..(id as usize + 1) * N_TAGS];
        let row = rows.entry(key32(hash)).or_insert([0; N_TAGS]);
        // Distinct 64-bit features sharing a 32-bit key are rare; summing their
        // weights is what the lookup would see anyway.
        for (r, &v) in row.iter_mut().zip(src) {
            *r += q(v);
        }
    }
    let mut entries: Vec<(u32, [i16; N_TAGS])> = rows
        .into_iter()
        .filter_map(|(k, row)| {
            let mut out = [0i16; N_TAGS];
            for (o, &v) in out.iter_mut().zip(&row) {
                let v = v.clamp(i32::from(i16::MIN), i32::from(i16::MAX));
                if v.abs() >= i32::from(opts.prune_below) {
                    *o = v as i16;
                }
            }
            out.iter().any(|&v| v != 0).then_some((k, out))
        })
        .collect();
    entries.sort_unstable_by_key(|e| e.0);
    let mut transitions = [[0i32; N_TAGS]; N_TAGS + 1];
    for (dst, src) in transitions.iter_mut().zip(t) {
        for (d, &s) in dst.iter_mut().zip(src) {
            *d = q(s);
        }
    }
    Model {
        id: next_model_id(),
        table: FeatureTable::new(&entries),
        transitions,
        clusters: opts.clusters.clone(),
        decoder: opts.decoder,
    }
}
