//! Word clusters learnt from unlabelled text.

use std::collections::HashMap;
use std::io::BufRead;

use rayon::prelude::*;

use crate::hash::{fmix64, hash_lower};
use crate::model::{write_varint, Reader};
use crate::NerError;

/// Granularities of the cluster hierarchy (coarse to fine).
pub const CLUSTER_LEVELS: usize = 3;

/// Maps a lowercased word (by hash) to its cluster at each level.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    words: HashMap<u64, [u16; CLUSTER_LEVELS]>,
}

impl Clusters {
    pub(crate) fn get(&self, lower_hash: u64) -> Option<[u16; CLUSTER_LEVELS]> {
        self.words.get(&lower_hash).copied()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub(crate) fn memory_bytes(&self) -> usize {
        self.words.capacity() * (8 + 2 * CLUSTER_LEVELS + 1)
    }

    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        let mut entries: Vec<_> = self.words.iter().collect();
        entries.sort_unstable_by_key(|e| *e.0);
        write_varint(out, entries.len() as u64);
        for (hash, ids) in entries {
            out.extend_from_slice(&hash.to_le_bytes());
            for id in ids {
                out.extend_from_slice(&id.to_le_bytes());
            }
        }
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Clusters, NerError> {
        let n =
            usize::try_from(r.varint()?).map_err(|_| NerError::Model("cluster count".into()))?;
        let mut words = HashMap::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            let hash = u64::from_le_bytes(r.array()?);
            let mut ids = [0u16; CLUSTER_LEVELS];
            for id in &mut ids {
                *id = u16::from_le_bytes(r.array()?);
            }
            words.insert(hash, ids);
        }
        Ok(Clusters { words })
    }
}

/// Settings for [`Clusters::learn`].
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Words seen fewer times get no cluster: their contexts are too thin to place them.
    pub min_count: u32,
    pub max_vocabulary: usize,
    /// The most frequent words serve as context dimensions.
    pub context_words: usize,
    /// Dimensions of the random projection of the context vectors.
    pub dimensions: usize,
    /// Cluster counts per level, coarse to fine.
    pub levels: [usize; CLUSTER_LEVELS],
    pub iterations: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 3,
            max_vocabulary: 60_000,
            context_words: 2_000,
            dimensions: 96,
            levels: [32, 128, 512],
            iterations: 12,
        }
    }
}

impl Clusters {
    /// Learns clusters of words that occur in similar immediate contexts, a cheap
    /// stand-in for Brown clusters: PPMI vectors over left and right neighbours,
    /// randomly projected, grouped by spherical k-means at the finest level, and the
    /// centroids grouped again for the coarser levels.
    pub fn learn<T: AsRef<str>>(sentences: &[Vec<T>], opts: &ClusterOptions) -> Clusters {
        let hashed: Vec<Vec<u64>> = sentences
            .iter()
            .map(|s| s.iter().map(|t| hash_lower(t.as_ref())).collect())
            .collect();
        let mut freq: HashMap<u64, u32> = HashMap::new();
        for s in &hashed {
            for &w in s {
                *freq.entry(w).or_insert(0) += 1;
            }
        }
        let mut by_freq: Vec<(u64, u32)> = freq
            .into_iter()
            .filter(|&(_, c)| c >= opts.min_count)
            .collect();
        by_freq.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        by_freq.truncate(opts.max_vocabulary);
        let fine = opts.levels[CLUSTER_LEVELS - 1];
        if by_freq.len() < fine * 2 {
            return Clusters::default();
        }
        let vocab: HashMap<u64, u32> = by_freq
            .iter()
            .enumerate()
            .map(|(i, &(w, _))| (w, i as u32))
            .collect();
        let n_ctx = opts.context_words.min(by_freq.len()) as u32;
        // Context ids: [0, n_ctx) left neighbour, [n_ctx, 2 n_ctx) right neighbour,
        // and two more for the sentence boundaries.
        let boundary = 2 * n_ctx;
        let mut pairs: HashMap<(u32, u32), f32> = HashMap::new();
        for s in &hashed {
            let ctx = |j: Option<usize>, right: bool| match j.and_then(|j| s.get(j)) {
                None => Some(boundary + u32::from(right)),
                Some(w) => vocab
                    .get(w)
                    .filter(|&&v| v < n_ctx)
                    .map(|&v| v + if right { n_ctx } else { 0 }),
            };
            for (i, w) in s.iter().enumerate() {
                if let Some(&v) = vocab.get(w) {
                    for c in [ctx(i.checked_sub(1), false), ctx(Some(i + 1), true)]
                        .into_iter()
                        .flatten()
                    {
                        *pairs.entry((v, c)).or_insert(0.0) += 1.0;
                    }
                }
            }
        }
        let (mut word_total, mut ctx_total) =
            (vec![0f32; vocab.len()], vec![0f32; boundary as usize + 2]);
        let mut total = 0f32;
        for (&(w, c), &n) in &pairs {
            word_total[w as usize] += n;
            ctx_total[c as usize] += n;
            total += n;
        }
        let dim = opts.dimensions;
        let mut vectors = vec![0f32; vocab.len() * dim];
        for (&(w, c), &n) in &pairs {
            let pmi = (n * total / (word_total[w as usize] * ctx_total[c as usize])).ln();
            if pmi <= 0.0 {
                continue;
            }
            let v = &mut vectors[w as usize * dim..(w as usize + 1) * dim];
            for (d, x) in v.iter_mut().enumerate() {
                let sign = fmix64(u64::from(c) << 16 | d as u64) & 1;
                *x += if sign == 0 { pmi } else { -pmi };
            }
        }
        vectors.chunks_mut(dim).for_each(normalise);

        let fine_assign = kmeans(&vectors, dim, fine, opts.iterations);
        let mut centroids = centroids_of(&vectors, dim, fine, &fine_assign);
        let mut level_maps: Vec<Vec<u32>> = vec![(0..fine as u32).collect()];
        for &k in opts.levels[..CLUSTER_LEVELS - 1].iter().rev() {
            let assign = kmeans(&centroids, dim, k, opts.iterations);
            centroids = centroids_of(&centroids, dim, k, &assign);
            let prev = level_maps.last().cloned().unwrap_or_default();
            level_maps.push(prev.iter().map(|&p| assign[p as usize]).collect());
        }
        level_maps.reverse();
        let words = by_freq
            .iter()
            .zip(&fine_assign)
            .map(|(&(w, _), &f)| {
                let mut ids = [0u16; CLUSTER_LEVELS];
                for (id, map) in ids.iter_mut().zip(&level_maps) {
                    *id = map[f as usize] as u16;
                }
                (w, ids)
            })
            .collect();
        Clusters { words }
    }
}

fn normalise(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

fn centroids_of(vectors: &[f32], dim: usize, k: usize, assign: &[u32]) -> Vec<f32> {
    let mut c = vec![0f32; k * dim];
    for (v, &a) in vectors.chunks(dim).zip(assign) {
        for (x, y) in c[a as usize * dim..(a as usize + 1) * dim]
            .iter_mut()
            .zip(v)
        {
            *x += y;
        }
    }
    c.chunks_mut(dim).for_each(normalise);
    c
}

/// Spherical k-means (cosine similarity on unit vectors), seeded with evenly spaced
/// vectors so that the result is deterministic.
fn kmeans(vectors: &[f32], dim: usize, k: usize, iterations: usize) -> Vec<u32> {
    let n = vectors.len() / dim;
    let k = k.min(n).max(1);
    let mut centroids: Vec<f32> = (0..k)
        .flat_map(|i| vectors[(i * n / k) * dim..(i * n / k + 1) * dim].to_vec())
        .collect();
    let mut assign = vec![0u32; n];
    for _ in 0..iterations {
        assign = vectors
            .par_chunks(dim)
            .map(|v| {
                let mut best = (0u32, f32::MIN);
                for (j, c) in centroids.chunks(dim).enumerate() {
                    let s: f32 = v.iter().zip(c).map(|(a, b)| a * b).sum();
                    if s > best.1 {
                        best = (j as u32, s);
                    }
                }
                best.0
            })
            .collect();
        let updated = centroids_of(vectors, dim, k, &assign);
        // An emptied cluster keeps its old centroid instead of collapsing to zero.
        for (new, old) in centroids.chunks_mut(dim).zip(updated.chunks(dim)) {
            if old.iter().any(|&x| x != 0.0) {
                new.copy_from_slice(old);
            }
        }
    }
    assign
}

/// Splits plain text into tokens roughly as the NER corpora do: punctuation apart,
/// French elided articles and pronouns (`l'`, `d'`, `qu'`) as their own tokens.
pub fn tokenize_plain(text: &str) -> Vec<String> {
    const ELIDED: [&str; 12] = [
        "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
    ];
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let mut rest = chunk;
        while let Some(c) = rest.chars().next().filter(|c| !c.is_alphanumeric()) {
            out.push(c.to_string());
            rest = &rest[c.len_utf8()..];
        }
        let mut trailing = Vec::new();
        while let Some(c) = rest.chars().next_back().filter(|c| !c.is_alphanumeric()) {
            trailing.push(c.to_string());
            rest = &rest[..rest.len() - c.len_utf8()];
        }
        if let Some(pos) = rest.find(['\'', '’']) {
            let head = &rest[..pos];
            if ELIDED.contains(&head.to_lowercase().as_str()) {
                out.push(format!("{head}'"));
                rest = &rest[pos + rest[pos..].chars().next().map_or(1, char::len_utf8)..];
            }
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
        out.extend(trailing.into_iter().rev());
    }
    out
}

/// Token sequences from a column file (CoNLL, HIPE TSV, Europeana BIO): the token
/// column of each line, sentences broken at blank lines and sentence-final periods.
pub fn tokens_from_columns(reader: impl BufRead) -> Result<Vec<Vec<String>>, NerError> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in reader.lines() {
        let line = line?;
        if line.starts_with('#') || line.starts_with("TOKEN\t") {
            continue;
        }
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        let token = match fields.as_slice() {
            [] => None,
            [index, token, _, ..] if index.bytes().all(|b| b.is_ascii_digit()) => Some(*token),
            [token, ..] => Some(*token),
        };
        match token {
            Some(t) if t != "-DOCSTART-" => {
                current.push(t.to_string());
                if t == "." {
                    sentences.push(std::mem::take(&mut current));
                }
            }
            _ => {
                if !current.is_empty() {
                    sentences.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tokens() {
        assert_eq!(
            tokenize_plain("L'invitation de «Greta» à l’Élysée, aujourd'hui."),
            [
                "L'",
                "invitation",
                "de",
                "«",
                "Greta",
                "»",
                "à",
                "l'",
                "Élysée",
                ",",
                "aujourd'hui",
                "."
            ]
        );
    }

    #[test]
    fn column_tokens() {
        let text = "TOKEN\tNE\n# doc\nM\tB-pers\n.\tI-pers\nIlg\tI-pers\n\n0\tEU\tB-ORG\nParis O\n";
        let s = tokens_from_columns(text.as_bytes()).unwrap();
        assert_eq!(s, vec![vec!["M", "."], vec!["Ilg"], vec!["EU", "Paris"]]);
    }

    #[test]
    fn learns_clusters_of_interchangeable_words() {
        let names = ["Paris", "Lyon", "Lille", "Nantes"];
        let verbs = ["mange", "boit", "voit", "prend"];
        let mut sentences = Vec::new();
        for i in 0..400 {
            let (a, b) = (names[i % 4], verbs[(i / 4) % 4]);
            sentences.push(vec!["à", a, "il", b, "le", "pain", "."]);
        }
        let opts = ClusterOptions {
            min_count: 1,
            levels: [2, 3, 4],
            ..Default::default()
        };
        let c = Clusters::learn(&sentences, &opts);
        let id = |w: &str| c.get(hash_lower(w)).unwrap()[CLUSTER_LEVELS - 1];
        assert_eq!(id("Paris"), id("Lyon"));
        assert_eq!(id("mange"), id("prend"));
        assert_ne!(id("Paris"), id("mange"));
    }
}
