//! Feature extraction: every feature is a 64-bit hash of (template id, parts), built
//! from per-token hashes computed once per sentence, so extraction allocates no strings.

use std::collections::HashSet;

use crate::clusters::{Clusters, CLUSTER_LEVELS};
use crate::gazetteer::Gazetteer;
use crate::hash::{combine, hash_lower, hash_str, StrHasher};
use crate::tag::Tag;

const CAP: u32 = 1;
const ALL_CAPS: u32 = 1 << 1;
const HAS_DIGIT: u32 = 1 << 2;
const HAS_HYPHEN: u32 = 1 << 3;
const LOWER_INITIAL: u32 = 1 << 4;
const HAS_ALPHA: u32 = 1 << 5;
const HAS_PERIOD: u32 = 1 << 6;
const HAS_APOSTROPHE: u32 = 1 << 7;

const AFFIXES: usize = 4;

/// What the templates that pair a token with its neighbours or its position
/// read of it: kept apart from [`TokenInfo`] because the tagger's word cache
/// stores it for every cached word form.
#[derive(Clone, Copy, Default)]
pub(crate) struct ContextInfo {
    lower: u64,
    short_shape: u64,
    flags: u32,
    /// Gazetteer tag index + 1 (0 = no match).
    gazetteer: usize,
}

/// Per-token hashes and flags shared by all templates that look at the token.
#[derive(Clone, Copy, Default)]
pub(crate) struct TokenInfo {
    word: u64,
    shape: u64,
    prefix: [u64; AFFIXES],
    suffix: [u64; AFFIXES],
    n_chars: usize,
    cluster: Option<[u16; CLUSTER_LEVELS]>,
    context: ContextInfo,
}

fn char_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

impl TokenInfo {
    pub(crate) fn new(token: &str, clusters: Option<&Clusters>) -> TokenInfo {
        let lower = hash_lower(token);
        let mut shape = StrHasher::new();
        let mut short_shape = StrHasher::new();
        let (mut prev_class, mut run) = ('\0', 0usize);
        let mut flags = 0;
        let mut n_chars = 0;
        let mut n_upper = 0;
        let mut prefix = [0u64; AFFIXES];
        let mut prefix_hasher = StrHasher::new();
        for (i, c) in token.chars().enumerate() {
            n_chars += 1;
            let class = char_class(c);
            // Runs longer than four collapse, as in spaCy's shape: "Xxxxx" for any long
            // capitalised word, while "X.X." and "dddd" keep their informative length.
            run = if class == prev_class { run + 1 } else { 1 };
            if run <= 4 {
                shape.push_char(class);
            }
            if class != prev_class {
                short_shape.push_char(class);
            }
            prev_class = class;
            if c.is_uppercase() {
                n_upper += 1;
                if i == 0 {
                    flags |= CAP;
                }
            } else if i == 0 && c.is_lowercase() {
                flags |= LOWER_INITIAL;
            }
            if c.is_alphabetic() {
                flags |= HAS_ALPHA;
            }
            match c {
                '0'..='9' => flags |= HAS_DIGIT,
                '-' => flags |= HAS_HYPHEN,
                '.' => flags |= HAS_PERIOD,
                '\'' | '’' => flags |= HAS_APOSTROPHE,
                _ => {}
            }
            if i < AFFIXES {
                c.to_lowercase().for_each(|l| prefix_hasher.push_char(l));
                prefix[i] = prefix_hasher.finish();
            }
        }
        if n_upper > 1 && n_upper == token.chars().filter(|c| c.is_alphabetic()).count() {
            flags |= ALL_CAPS;
        }
        let mut suffix = [0u64; AFFIXES];
        let mut suffix_hasher = StrHasher::new();
        for (i, c) in token.chars().rev().take(AFFIXES).enumerate() {
            // Suffixes are hashed reversed: only stability matters, not readability.
            c.to_lowercase().for_each(|l| suffix_hasher.push_char(l));
            suffix[i] = suffix_hasher.finish();
        }
        TokenInfo {
            word: hash_str(token),
            shape: shape.finish(),
            prefix,
            suffix,
            n_chars,
            cluster: clusters.and_then(|c| c.get(lower)),
            context: ContextInfo {
                lower,
                short_shape: short_shape.finish(),
                flags,
                gazetteer: 0,
            },
        }
    }

    /// The padding tokens before and after a sentence (`BOUNDARIES`).
    pub(crate) fn boundary(marker: u64) -> TokenInfo {
        TokenInfo {
            word: marker,
            shape: marker,
            context: ContextInfo {
                lower: marker,
                short_shape: marker,
                ..Default::default()
            },
            ..Default::default()
        }
    }

    pub(crate) fn context(&self) -> ContextInfo {
        self.context
    }

    /// Features that depend on the token's own form only.
    pub(crate) fn own_features(&self, token: &str, out: &mut Vec<u64>) {
        let t = self;
        out.push(feat(T_BIAS, 0));
        out.push(feat(T_WORD, t.word));
        out.push(feat(T_LOWER, t.context.lower));
        out.push(feat(T_SHAPE, t.shape));
        out.push(feat(T_SHORT_SHAPE, t.context.short_shape));
        for k in 0..AFFIXES.min(t.n_chars) {
            out.push(feat(T_PREFIX + k as u64, t.prefix[k]));
            out.push(feat(T_SUFFIX + k as u64, t.suffix[k]));
        }
        out.push(feat(T_LENGTH, t.n_chars.min(12) as u64));
        if t.context.flags & HAS_HYPHEN != 0 {
            let mut parts = token.split('-').filter(|p| !p.is_empty());
            if let Some(first) = parts.next() {
                out.push(feat(T_HYPHEN_FIRST, hash_lower(first)));
                let mut last = first;
                for p in parts {
                    out.push(feat(T_HYPHEN_PART, hash_lower(p)));
                    last = p;
                }
                out.push(feat(T_HYPHEN_LAST, hash_lower(last)));
            }
        }
        if let Some(c) = t.cluster {
            for (level, &id) in c.iter().enumerate() {
                out.push(feat(T_CLUSTER + (level * 8) as u64, u64::from(id)));
            }
        }
    }

    /// Features this token gives to the token `OFFSETS[j]` positions away from
    /// it: they depend on this token's form and on `j` only.
    pub(crate) fn neighbour_features(&self, j: usize, out: &mut Vec<u64>) {
        let o = self;
        out.push(feat(T_LOWER_AT + j as u64, o.context.lower));
        out.push(feat(T_SHAPE_AT + j as u64, o.shape));
        out.push(feat(T_WORD_AT + j as u64, o.word));
        if o.n_chars >= 3 {
            out.push(feat(T_SUFFIX_AT + j as u64, o.suffix[2]));
        }
        // Clusters look one token to each side, under their own template
        // numbers: 1 for the left neighbour, 2 for the right.
        let cluster_slot = match OFFSETS[j] {
            -1 => 1,
            1 => 2,
            _ => return,
        };
        if let Some(c) = o.cluster {
            for (level, &id) in c.iter().enumerate() {
                out.push(feat(
                    T_CLUSTER + (level * 8 + cluster_slot) as u64,
                    u64::from(id),
                ));
            }
        }
    }
}

/// Document-level evidence: words seen in lowercase elsewhere in the document tell a
/// capitalised sentence-initial common noun from a name.
#[derive(Debug, Default, Clone)]
pub struct DocContext {
    lowercase_words: HashSet<u64>,
}

impl DocContext {
    /// Builds the context from all tokenised sentences of a document.
    pub fn from_sentences<'a, S, T>(sentences: S) -> DocContext
    where
        S: IntoIterator<Item = &'a [T]>,
        T: AsRef<str> + 'a,
    {
        let mut lowercase_words = HashSet::new();
        for sentence in sentences {
            for token in sentence {
                let token = token.as_ref();
                if token.chars().next().is_some_and(char::is_lowercase) {
                    lowercase_words.insert(hash_str(token));
                }
            }
        }
        DocContext { lowercase_words }
    }
}

// Template ids. Values are part of the model format: add new ones, never renumber.
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_LOWER: u64 = 3;
const T_SHAPE: u64 = 4;
const T_SHORT_SHAPE: u64 = 5;
const T_PREFIX: u64 = 6; // + k
const T_SUFFIX: u64 = 10; // + k
const T_LOWER_AT: u64 = 14; // + offset index
const T_SHAPE_AT: u64 = 18; // + offset index
const T_BIGRAM_LEFT: u64 = 22;
const T_BIGRAM_RIGHT: u64 = 23;
const T_SHAPE_TRIGRAM: u64 = 24;
const T_FIRST_CAP: u64 = 25;
const T_CAP_LOWER_SEEN: u64 = 26;
const T_HYPHEN_PART: u64 = 27;
const T_HYPHEN_FIRST: u64 = 28;
const T_HYPHEN_LAST: u64 = 29;
const T_FLAGS: u64 = 30;
const T_LENGTH: u64 = 31;
const T_SHAPE_LEFT_WORD: u64 = 32;
const T_WORD_SHAPE_RIGHT: u64 = 33;
const T_WORD_AT: u64 = 34; // + offset index
const T_SUFFIX_AT: u64 = 38; // + offset index
const T_SKIP_BIGRAM: u64 = 42;
const T_CLUSTER: u64 = 50; // + level * 8 + offset index
const T_GAZ: u64 = 90;
const T_GAZ_SHAPE: u64 = 91;
const T_GAZ_AT: u64 = 92; // + offset index

/// Positions, relative to a token, of the neighbours its features look at.
pub(crate) const OFFSETS: [isize; 4] = [-2, -1, 1, 2];
/// Padding tokens on each side of a sentence, so that every offset in
/// `OFFSETS` lands on a token.
pub(crate) const PAD: usize = 2;
/// The padding tokens' markers: two before the sentence, two after.
pub(crate) const BOUNDARY_MARKERS: [u64; 2 * PAD] = [0xb0, 0xb1, 0xe0, 0xe1];

#[inline]
fn feat(template: u64, a: u64) -> u64 {
    combine(template.wrapping_mul(0x9e37_79b9_7f4a_7c15), a)
}

#[inline]
fn feat2(template: u64, a: u64, b: u64) -> u64 {
    combine(feat(template, a), b)
}

/// Reusable buffers for feature extraction of one sentence.
#[derive(Default)]
pub(crate) struct Extractor {
    infos: Vec<TokenInfo>,
    /// What the context templates read of each token, padded with `PAD`
    /// boundary tokens on each side.
    pub(crate) contexts: Vec<ContextInfo>,
    sentence_lower: Vec<u64>,
    /// Features of all tokens, token `i` owning `features[offsets[i]..offsets[i + 1]]`.
    pub(crate) features: Vec<u64>,
    pub(crate) offsets: Vec<usize>,
}

pub(crate) struct Resources<'a> {
    pub(crate) clusters: Option<&'a Clusters>,
    pub(crate) gazetteer: Option<&'a Gazetteer>,
    pub(crate) doc: Option<&'a DocContext>,
}

impl Extractor {
    /// Every feature of every token: what training learns from.
    pub(crate) fn extract<T: AsRef<str>>(&mut self, tokens: &[T], res: &Resources<'_>) {
        let n = tokens.len();
        self.infos.clear();
        let (before, after) = BOUNDARY_MARKERS.split_at(PAD);
        self.infos
            .extend(before.iter().map(|&m| TokenInfo::boundary(m)));
        for t in tokens {
            self.infos.push(TokenInfo::new(t.as_ref(), res.clusters));
        }
        self.infos
            .extend(after.iter().map(|&m| TokenInfo::boundary(m)));
        if let Some(gaz) = res.gazetteer {
            for (i, tag) in gaz.match_tags(tokens).into_iter().enumerate() {
                self.infos[i + PAD].context.gazetteer = tag.map_or(0, |t: Tag| t.index() + 1);
            }
        }
        self.contexts.clear();
        self.contexts
            .extend(self.infos.iter().map(TokenInfo::context));
        self.collect_sentence_lower();

        self.features.clear();
        self.offsets.clear();
        for (i, token) in tokens.iter().enumerate() {
            self.offsets.push(self.features.len());
            let at = i + PAD;
            self.infos[at].own_features(token.as_ref(), &mut self.features);
            for (j, &d) in OFFSETS.iter().enumerate() {
                self.infos[at.wrapping_add_signed(d)].neighbour_features(j, &mut self.features);
            }
            self.push_context_features(i, res);
        }
        self.offsets.push(self.features.len());
        debug_assert_eq!(self.offsets.len(), n + 1);
    }

    /// Only the features that pair a token with its neighbours or depend on
    /// its position, from `contexts` as filled by the caller (padded). The
    /// tagger's word cache holds what the other features add up to.
    pub(crate) fn extract_context(&mut self, res: &Resources<'_>) {
        self.collect_sentence_lower();
        self.features.clear();
        self.offsets.clear();
        let n = self.contexts.len().saturating_sub(2 * PAD);
        for i in 0..n {
            self.offsets.push(self.features.len());
            self.push_context_features(i, res);
        }
        self.offsets.push(self.features.len());
    }

    fn push_context_features(&mut self, i: usize, res: &Resources<'_>) {
        context_features(
            &self.contexts,
            &self.sentence_lower,
            i,
            res,
            &mut self.features,
        );
    }

    fn collect_sentence_lower(&mut self) {
        self.sentence_lower.clear();
        let n = self.contexts.len().saturating_sub(2 * PAD);
        self.sentence_lower.extend(
            self.contexts[PAD..PAD + n]
                .iter()
                .filter(|t| t.flags & LOWER_INITIAL != 0)
                .map(|t| t.lower),
        );
        self.sentence_lower.sort_unstable();
    }
}

/// Features of token `i` that look at its neighbours together with it, at its
/// place in the sentence, at the document, or at gazetteer matches.
fn context_features(
    contexts: &[ContextInfo],
    sentence_lower: &[u64],
    i: usize,
    res: &Resources<'_>,
    out: &mut Vec<u64>,
) {
    let at = |d: isize| &contexts[(i + PAD).wrapping_add_signed(d)];
    let (l, t, r) = (at(-1), at(0), at(1));
    out.push(feat2(T_BIGRAM_LEFT, l.lower, t.lower));
    out.push(feat2(T_BIGRAM_RIGHT, t.lower, r.lower));
    out.push(feat2(T_SKIP_BIGRAM, l.lower, r.lower));
    out.push(combine(
        feat2(T_SHAPE_TRIGRAM, l.short_shape, t.short_shape),
        r.short_shape,
    ));
    out.push(feat2(T_SHAPE_LEFT_WORD, l.short_shape, t.lower));
    out.push(feat2(T_WORD_SHAPE_RIGHT, t.lower, r.short_shape));
    out.push(feat2(T_FLAGS, u64::from(t.flags), u64::from(i == 0)));

    if t.flags & CAP != 0 {
        let seen_lower = sentence_lower.binary_search(&t.lower).is_ok()
            || res
                .doc
                .is_some_and(|d| d.lowercase_words.contains(&t.lower));
        if i == 0 {
            out.push(feat2(T_FIRST_CAP, t.lower, u64::from(seen_lower)));
        }
        out.push(feat2(
            T_CAP_LOWER_SEEN,
            u64::from(seen_lower),
            u64::from(i == 0),
        ));
    }
    if res.gazetteer.is_some() {
        if t.gazetteer != 0 {
            out.push(feat(T_GAZ, t.gazetteer as u64));
            out.push(feat2(T_GAZ_SHAPE, t.gazetteer as u64, t.short_shape));
        }
        for (j, d) in [-1isize, 1].into_iter().enumerate() {
            let g = at(d).gazetteer;
            if g != 0 {
                out.push(feat(T_GAZ_AT + j as u64, g as u64));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features_of(tokens: &[&str]) -> Vec<u64> {
        let mut ex = Extractor::default();
        ex.extract(
            tokens,
            &Resources {
                clusters: None,
                gazetteer: None,
                doc: None,
            },
        );
        ex.features.clone()
    }

    #[test]
    fn extraction_is_deterministic_and_context_sensitive() {
        let a = features_of(&["Jean-Pierre", "vit", "au", "Nord-Kivu", "."]);
        assert_eq!(
            a,
            features_of(&["Jean-Pierre", "vit", "au", "Nord-Kivu", "."])
        );
        let b = features_of(&["Jean-Pierre", "vit", "à", "Nord-Kivu", "."]);
        assert_ne!(a, b);
    }

    #[test]
    fn feature_hash_is_stable() {
        // Pinned: a change invalidates shipped models.
        assert_eq!(feat(T_WORD, hash_str("Paris")), 3_406_650_828_323_236_931);
    }

    #[test]
    fn shapes() {
        let x = TokenInfo::new("Xxxxxxx", None).shape;
        assert_eq!(TokenInfo::new("Poutine", None).shape, x);
        assert_eq!(
            TokenInfo::new("Kivu", None).shape,
            TokenInfo::new("Xxxx", None).shape
        );
        assert_ne!(
            TokenInfo::new("U.S.", None).shape,
            TokenInfo::new("US", None).shape
        );
        assert!(TokenInfo::new("OTAN", None).context.flags & ALL_CAPS != 0);
        assert!(TokenInfo::new("Élysée", None).context.flags & CAP != 0);
    }
}
