//! The trained model: quantised feature weights, transitions, decoding and the
//! compressed file format.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;

use crate::clusters::Clusters;
use crate::features::{DocContext, Resources, OFFSETS, PAD};
use crate::gazetteer::Gazetteer;
use crate::hash::key32;
use crate::tag::{Tag, N_TAGS};
use crate::word_cache::{with_cache, TaggingState};
use crate::NerError;

const MAGIC: &[u8; 8] = b"TRAMENER";
const FORMAT_VERSION: u32 = 1;

/// How a tag sequence is chosen from the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoder {
    /// Exact first-order search over well-formed BIO sequences.
    Viterbi,
    /// Left to right, each token's best tag given the previous one.
    Greedy,
}

/// Open-addressing map from 32-bit feature keys to rows of `N_TAGS` weights. Faster
/// and smaller than a general hash map because keys are already uniform hashes.
/// Each slot holds its key and its weights in one aligned 32-byte block, so a
/// lookup that hits costs a single cache line; tagging is bound by these
/// lookups' memory latency.
#[derive(Clone)]
pub(crate) struct FeatureTable {
    /// Linear probing; key 0 marks an empty slot.
    slots: Vec<Slot>,
    len: usize,
    mask: usize,
}

#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    key: u32,
    weights: [i16; N_TAGS],
}

impl FeatureTable {
    pub(crate) fn new(entries: &[(u32, [i16; N_TAGS])]) -> FeatureTable {
        // A load factor between 3/8 and 3/4 keeps probe runs short.
        let capacity = (entries.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let mut table = FeatureTable {
            slots: vec![Slot::default(); capacity],
            len: entries.len(),
            mask: capacity - 1,
        };
        for &(key, weights) in entries {
            let mut i = key as usize & table.mask;
            while table.slots[i].key != 0 {
                i = (i + 1) & table.mask;
            }
            table.slots[i] = Slot { key, weights };
        }
        table
    }

    #[inline]
    fn get(&self, key: u32) -> Option<&[i16; N_TAGS]> {
        let mut i = key as usize & self.mask;
        loop {
            let slot = &self.slots[i];
            if slot.key == key {
                return Some(&slot.weights);
            }
            if slot.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the weights of each token's features to its row of `emissions`:
    /// token `i` owns `features[offsets[i]..offsets[i + 1]]`.
    pub(crate) fn add_to_rows(&self, features: &[u64], offsets: &[usize], emissions: &mut [i32]) {
        // How many features ahead the prefetch runs: enough to cover a
        // cache miss, few enough that the lines are still there.
        const AHEAD: usize = 8;
        for (i, window) in offsets.windows(2).enumerate() {
            let row = &mut emissions[i * N_TAGS..(i + 1) * N_TAGS];
            for at in window[0]..window[1] {
                if let Some(&next) = features.get(at + AHEAD) {
                    self.prefetch(key32(next));
                }
                if let Some(w) = self.get(key32(features[at])) {
                    for (r, &w) in row.iter_mut().zip(w) {
                        *r += i32::from(w);
                    }
                }
            }
        }
    }

    /// Adds the weights of `features` to `row`.
    pub(crate) fn add_weights(&self, features: &[u64], row: &mut [i32; N_TAGS]) {
        self.add_to_rows(features, &[0, features.len()], row);
    }

    /// Asks the CPU to start loading `key`'s home slot, so that the lookup
    /// a few features later finds it in cache.
    #[inline]
    fn prefetch(&self, key: u32) {
        #[cfg(target_arch = "x86_64")]
        {
            let slot: *const Slot = &self.slots[key as usize & self.mask];
            // SAFETY: prefetching is a hint with no architectural effect;
            // the pointer is in bounds of `slots`.
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                    slot.cast::<i8>(),
                )
            };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = key;
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    fn entries(&self) -> Vec<(u32, [i16; N_TAGS])> {
        let mut out: Vec<(u32, [i16; N_TAGS])> = self
            .slots
            .iter()
            .filter(|slot| slot.key != 0)
            .map(|slot| (slot.key, slot.weights))
            .collect();
        out.sort_unstable_by_key(|e| e.0);
        out
    }
}

/// A trained tagger. Immutable after loading, so one instance serves all threads.
#[derive(Clone)]
pub struct Model {
    /// Tells apart the models a thread's word caches belong to; a clone has
    /// the same weights, so it keeps the id.
    pub(crate) id: u64,
    pub(crate) table: FeatureTable,
    /// `transitions[prev][next]`; row `N_TAGS` holds the sentence-start scores.
    pub(crate) transitions: [[i32; N_TAGS]; N_TAGS + 1],
    pub(crate) clusters: Option<Clusters>,
    pub(crate) decoder: Decoder,
}

/// A new id for a model being built (see `Model::id`).
pub(crate) fn next_model_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Score arithmetic shared by the float (training) and integer (model) decoders.
pub(crate) trait Score: Copy + PartialOrd + std::ops::Add<Output = Self> {
    const FORBIDDEN: Self;
}

impl Score for f32 {
    const FORBIDDEN: f32 = -1e30;
}

impl Score for i32 {
    const FORBIDDEN: i32 = i32::MIN / 4;
}

/// Best tag indices for a sentence, given `emissions[i * N_TAGS + tag]` and
/// `transitions[prev][next]` (row `N_TAGS` = start). Ill-formed BIO moves are excluded.
pub(crate) fn decode<S: Score>(
    emissions: &[S],
    transitions: &[[S; N_TAGS]; N_TAGS + 1],
    decoder: Decoder,
    out: &mut Vec<usize>,
) {
    let n = emissions.len() / N_TAGS;
    out.clear();
    if n == 0 {
        return;
    }
    let allowed = |prev: Option<usize>, next: usize| {
        Tag::from_index(next).may_follow(prev.map(Tag::from_index))
    };
    match decoder {
        Decoder::Greedy => {
            let mut prev = None;
            for i in 0..n {
                let row = prev.unwrap_or(N_TAGS);
                let mut best = (0, S::FORBIDDEN);
                for t in 0..N_TAGS {
                    if allowed(prev, t) {
                        let s = emissions[i * N_TAGS + t] + transitions[row][t];
                        if s > best.1 {
                            best = (t, s);
                        }
                    }
                }
                out.push(best.0);
                prev = Some(best.0);
            }
        }
        Decoder::Viterbi => {
            let mut score = [S::FORBIDDEN; N_TAGS];
            let mut back = vec![0u8; n * N_TAGS];
            for t in 0..N_TAGS {
                if allowed(None, t) {
                    score[t] = emissions[t] + transitions[N_TAGS][t];
                }
            }
            for i in 1..n {
                let mut next = [S::FORBIDDEN; N_TAGS];
                for t in 0..N_TAGS {
                    let mut best = (0usize, S::FORBIDDEN);
                    for p in 0..N_TAGS {
                        if score[p] > S::FORBIDDEN && allowed(Some(p), t) {
                            let s = score[p] + transitions[p][t];
                            if s > best.1 {
                                best = (p, s);
                            }
                        }
                    }
                    if best.1 > S::FORBIDDEN {
                        next[t] = best.1 + emissions[i * N_TAGS + t];
                        back[i * N_TAGS + t] = best.0 as u8;
                    }
                }
                score = next;
            }
            let mut best = 0;
            for t in 1..N_TAGS {
                if score[t] > score[best] {
                    best = t;
                }
            }
            out.resize(n, 0);
            out[n - 1] = best;
            for i in (1..n).rev() {
                best = back[i * N_TAGS + best] as usize;
                out[i - 1] = best;
            }
        }
    }
}

impl Model {
    /// Tags one tokenised sentence.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        self.tag_with(tokens, None, None)
    }

    /// Tags one sentence with optional name lists and document-level evidence.
    pub fn tag_with(
        &self,
        tokens: &[&str],
        gazetteer: Option<&Gazetteer>,
        doc_context: Option<&DocContext>,
    ) -> Vec<Tag> {
        with_cache(self, |state| {
            self.emissions(tokens, gazetteer, doc_context, state);
            decode(
                &state.emissions,
                &self.transitions,
                self.decoder,
                &mut state.best,
            );
            state.best.iter().map(|&t| Tag::from_index(t)).collect()
        })
    }

    /// Fills `state.emissions` with each token's score per tag. Without a
    /// gazetteer, the word cache supplies what depends on single word forms
    /// (a gazetteer match depends on the whole sentence, so then every
    /// feature is looked up).
    pub(crate) fn emissions<T: AsRef<str>>(
        &self,
        tokens: &[T],
        gazetteer: Option<&Gazetteer>,
        doc: Option<&DocContext>,
        state: &mut TaggingState,
    ) {
        let res = Resources {
            clusters: self.clusters.as_ref(),
            gazetteer,
            doc,
        };
        let TaggingState {
            cache,
            extractor,
            padded,
            emissions,
            ..
        } = state;
        emissions.clear();
        emissions.resize(tokens.len() * N_TAGS, 0);
        if gazetteer.is_some() {
            extractor.extract(tokens, &res);
        } else {
            cache.sentence(self, tokens, padded);
            for (i, row) in emissions.chunks_exact_mut(N_TAGS).enumerate() {
                let at = i + PAD;
                let mut sum = padded[at].own;
                for (j, &d) in OFFSETS.iter().enumerate() {
                    let lent = &padded[at.wrapping_add_signed(d)].lent[j];
                    for (s, &w) in sum.iter_mut().zip(lent) {
                        *s += w;
                    }
                }
                row.copy_from_slice(&sum);
            }
            extractor.contexts.clear();
            extractor
                .contexts
                .extend(padded.iter().map(|scores| scores.context));
            extractor.extract_context(&res);
        }
        self.table
            .add_to_rows(&extractor.features, &extractor.offsets, emissions);
    }

    /// Number of stored feature rows.
    pub fn n_features(&self) -> usize {
        self.table.len()
    }

    /// Approximate heap memory of the loaded model in bytes.
    pub fn memory_bytes(&self) -> usize {
        self.table.slots.len() * std::mem::size_of::<Slot>()
            + self.clusters.as_ref().map_or(0, Clusters::memory_bytes)
    }

    /// Serialises to the gzip-compressed format read by [`Model::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut raw = Vec::new();
        raw.extend_from_slice(MAGIC);
        raw.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        raw.push(match self.decoder {
            Decoder::Viterbi => 0,
            Decoder::Greedy => 1,
        });
        for row in &self.transitions {
            for &v in row {
                raw.extend_from_slice(&v.to_le_bytes());
            }
        }
        let entries = self.table.entries();
        write_varint(&mut raw, entries.len() as u64);
        // Sorted keys as deltas take about two bytes each instead of four.
        let mut prev = 0u32;
        for (key, _) in &entries {
            write_varint(&mut raw, u64::from(key - prev));
            prev = *key;
        }
        // Most rows have few non-zero weights: a bit mask then only those values.
        for (_, w) in &entries {
            let mut mask = 0u16;
            for (t, &v) in w.iter().enumerate() {
                if v != 0 {
                    mask |= 1 << t;
                }
            }
            raw.extend_from_slice(&mask.to_le_bytes());
            for &v in w.iter().filter(|&&v| v != 0) {
                write_varint(&mut raw, zigzag(v));
            }
        }
        match &self.clusters {
            Some(c) => {
                raw.push(1);
                c.write(&mut raw);
            }
            None => raw.push(0),
        }
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        // Writing into a Vec cannot fail.
        let _ = encoder.write_all(&raw);
        encoder.finish().unwrap_or_default()
    }

    /// Loads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NerError> {
        let mut raw = Vec::new();
        GzDecoder::new(bytes).read_to_end(&mut raw)?;
        let mut r = Reader { buf: &raw, pos: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(NerError::Model("not a trame NER model".into()));
        }
        let version = u32::from_le_bytes(r.array()?);
        if version != FORMAT_VERSION {
            return Err(NerError::Model(format!(
                "unsupported model format version {version}"
            )));
        }
        let decoder = match r.byte()? {
            0 => Decoder::Viterbi,
            1 => Decoder::Greedy,
            d => return Err(NerError::Model(format!("unknown decoder {d}"))),
        };
        let mut transitions = [[0i32; N_TAGS]; N_TAGS + 1];
        for row in &mut transitions {
            for v in row.iter_mut() {
                *v = i32::from_le_bytes(r.array()?);
            }
        }
        let n =
            usize::try_from(r.varint()?).map_err(|_| NerError::Model("feature count".into()))?;
        if n > raw.len() {
            return Err(NerError::Model("feature count exceeds file size".into()));
        }
        let mut entries = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            let delta =
                u32::try_from(r.varint()?).map_err(|_| NerError::Model("key delta".into()))?;
            key = key
                .checked_add(delta)
                .filter(|&k| k != 0)
                .ok_or_else(|| NerError::Model("bad feature key".into()))?;
            entries.push((key, [0i16; N_TAGS]));
        }
        for entry in &mut entries {
            let mask = u16::from_le_bytes(r.array()?);
            for (t, w) in entry.1.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    *w = unzigzag(r.varint()?)?;
                }
            }
        }
        let clusters = match r.byte()? {
            0 => None,
            _ => Some(Clusters::read(&mut r)?),
        };
        Ok(Model {
            id: next_model_id(),
            table: FeatureTable::new(&entries),
            transitions,
            clusters,
            decoder,
        })
    }
}

fn zigzag(v: i16) -> u64 {
    u64::from(((v << 1) ^ (v >> 15)) as u16)
}

fn unzigzag(v: u64) -> Result<i16, NerError> {
    let v = u16::try_from(v).map_err(|_| NerError::Model("weight out of range".into()))?;
    Ok(((v >> 1) as i16) ^ -((v & 1) as i16))
}

pub(crate) fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Bounds-checked cursor over the decompressed model.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn truncated() -> NerError {
        NerError::Model("truncated model file".into())
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(Self::truncated)?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub(crate) fn byte(&mut self) -> Result<u8, NerError> {
        Ok(self.take(1)?[0])
    }

    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N], NerError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    pub(crate) fn varint(&mut self) -> Result<u64, NerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(NerError::Model("bad varint".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zigzag_round_trip() {
        for v in [0i16, 1, -1, 300, -300, i16::MAX, i16::MIN] {
            assert_eq!(unzigzag(zigzag(v)).unwrap(), v);
        }
    }

    #[test]
    fn viterbi_respects_bio() {
        // Token 0 prefers I-PER (index 2), which cannot start a sentence.
        let mut emissions = vec![0i32; 2 * N_TAGS];
        emissions[2] = 10;
        emissions[1] = 5;
        emissions[N_TAGS + 2] = 10;
        let transitions = [[0i32; N_TAGS]; N_TAGS + 1];
        let mut out = Vec::new();
        decode(&emissions, &transitions, Decoder::Viterbi, &mut out);
        assert_eq!(out, [1, 2]);
        decode(&emissions, &transitions, Decoder::Greedy, &mut out);
        assert_eq!(out, [1, 2]);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(Model::from_bytes(b"not gzip").is_err());
    }
}
