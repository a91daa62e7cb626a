//! What each word form adds to the emission scores, remembered per thread.
//!
//! Most of a token's features depend on one word form only: its own form,
//! shape and affixes, and the form, shape and suffix it shows to the tokens
//! up to two places away. Summed once per form, they cost one lookup in this
//! cache instead of about thirty in the model's feature table, whose random
//! accesses bound tagging speed. Only the features that pair tokens or look
//! at the sentence are then looked up per token. The sums are exact integer
//! sums of the same weights, so tagging gives the same tags either way (a
//! test checks it).

use std::cell::RefCell;

use crate::features::{ContextInfo, Extractor, TokenInfo, BOUNDARY_MARKERS, OFFSETS, PAD};
use crate::hash::hash_str;
use crate::model::{FeatureTable, Model};
use crate::tag::N_TAGS;

/// Slots per cache. Direct-mapped: a form takes the slot its hash picks,
/// evicting whatever was there. News text's frequent forms fit many times
/// over; a cache costs `SLOTS * size_of::<WordScores>()` (224 bytes each: 3.7 MB).
const SLOTS: usize = 1 << 14;
/// Models a thread keeps a cache for (trame loads three).
const STATES_PER_THREAD: usize = 4;

/// The scores one word form contributes, wherever it occurs.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordScores {
    /// `hash_str` of the form; 0 marks an empty slot.
    word: u64,
    pub(crate) context: ContextInfo,
    /// Sum of the weights of the form's own features.
    pub(crate) own: [i32; N_TAGS],
    /// `lent[j]`: sum of the weights of the features the form gives to the
    /// token `OFFSETS[j]` places away.
    pub(crate) lent: [[i32; N_TAGS]; OFFSETS.len()],
}

impl WordScores {
    fn compute(
        table: &FeatureTable,
        info: &TokenInfo,
        token: &str,
        word: u64,
        features: &mut Vec<u64>,
    ) -> WordScores {
        let mut scores = WordScores {
            word,
            context: info.context(),
            ..Default::default()
        };
        features.clear();
        info.own_features(token, features);
        table.add_weights(features, &mut scores.own);
        for (j, lent) in scores.lent.iter_mut().enumerate() {
            features.clear();
            info.neighbour_features(j, features);
            table.add_weights(features, lent);
        }
        scores
    }
}

/// One model's word cache.
pub(crate) struct WordCache {
    slots: Vec<WordScores>,
    /// The sentence-boundary padding tokens, computed once.
    boundaries: [WordScores; 2 * PAD],
    features: Vec<u64>,
}

impl WordCache {
    fn new(model: &Model) -> WordCache {
        let mut features = Vec::new();
        let boundaries = BOUNDARY_MARKERS.map(|marker| {
            let info = TokenInfo::boundary(marker);
            WordScores::compute(&model.table, &info, "", marker, &mut features)
        });
        WordCache {
            slots: vec![WordScores::default(); SLOTS],
            boundaries,
            features,
        }
    }

    fn scores(&mut self, model: &Model, token: &str) -> &WordScores {
        // 0 marks an empty slot; a form hashing to 0 is computed every time.
        let word = hash_str(token);
        let slot = word as usize & (SLOTS - 1);
        if self.slots[slot].word != word || word == 0 {
            let info = TokenInfo::new(token, model.clusters.as_ref());
            self.slots[slot] =
                WordScores::compute(&model.table, &info, token, word, &mut self.features);
        }
        &self.slots[slot]
    }

    /// Fills `padded` with the scores of the sentence's tokens between the
    /// boundary padding.
    pub(crate) fn sentence<T: AsRef<str>>(
        &mut self,
        model: &Model,
        tokens: &[T],
        padded: &mut Vec<WordScores>,
    ) {
        padded.clear();
        padded.extend_from_slice(&self.boundaries[..PAD]);
        for token in tokens {
            let scores = *self.scores(model, token.as_ref());
            padded.push(scores);
        }
        padded.extend_from_slice(&self.boundaries[PAD..]);
    }
}

/// A thread's state for tagging with one model: its word cache and the
/// buffers each sentence reuses.
pub(crate) struct TaggingState {
    model_id: u64,
    pub(crate) cache: WordCache,
    pub(crate) extractor: Extractor,
    /// The sentence's word scores, padded like the extractor's contexts.
    pub(crate) padded: Vec<WordScores>,
    pub(crate) emissions: Vec<i32>,
    pub(crate) best: Vec<usize>,
}

impl TaggingState {
    fn new(model: &Model) -> TaggingState {
        TaggingState {
            model_id: model.id,
            cache: WordCache::new(model),
            extractor: Extractor::default(),
            padded: Vec::new(),
            emissions: Vec::new(),
            best: Vec::new(),
        }
    }
}

thread_local! {
    static STATES: RefCell<Vec<TaggingState>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with this thread's tagging state for `model`, creating it if
/// needed. A nested call (the thread's states already in use) gets a fresh
/// state, so this never fails.
pub(crate) fn with_cache<R>(model: &Model, f: impl FnOnce(&mut TaggingState) -> R) -> R {
    STATES.with(|states| match states.try_borrow_mut() {
        Ok(mut states) => {
            let position = states.iter().position(|s| s.model_id == model.id);
            let index = match position {
                Some(i) => i,
                None => {
                    if states.len() == STATES_PER_THREAD {
                        states.remove(0);
                    }
                    states.push(TaggingState::new(model));
                    states.len() - 1
                }
            };
            f(&mut states[index])
        }
        Err(_) => f(&mut TaggingState::new(model)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{DocContext, Resources};
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn french_model() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            Model::from_bytes(crate::builtin_model("fr").unwrap_or_default())
                .expect("the shipped French model loads")
        })
    }

    /// Emissions from every feature looked up one by one, as training sees them.
    fn emissions_uncached(model: &Model, tokens: &[&str], doc: Option<&DocContext>) -> Vec<i32> {
        let res = Resources {
            clusters: model.clusters.as_ref(),
            gazetteer: None,
            doc,
        };
        let mut extractor = Extractor::default();
        extractor.extract(tokens, &res);
        let mut emissions = vec![0; tokens.len() * N_TAGS];
        model
            .table
            .add_to_rows(&extractor.features, &extractor.offsets, &mut emissions);
        emissions
    }

    fn emissions_cached(model: &Model, tokens: &[&str], doc: Option<&DocContext>) -> Vec<i32> {
        with_cache(model, |state| {
            model.emissions(tokens, None, doc, state);
            state.emissions.clone()
        })
    }

    #[test]
    fn cached_scores_equal_feature_by_feature_scores() {
        let model = french_model();
        let sentences = [
            "Le président kazakh Kassym-Jomart Tokaïev a rencontré Vladimir Poutine à Moscou .",
            "Selon l' OTSC , « 3 000 soldats » seraient déployés d' ici au 15 janvier .",
            "Poutine",
            "",
            "L' ONU et l' OTAN , l' UE et la CEI : qui paiera ?",
        ];
        let doc = DocContext::from_sentences([&["président", "kazakh"][..]]);
        for sentence in sentences {
            let tokens: Vec<&str> = sentence.split_whitespace().collect();
            for doc in [None, Some(&doc)] {
                let expected = emissions_uncached(model, &tokens, doc);
                // Twice: once filling the cache, once reading it.
                assert_eq!(
                    emissions_cached(model, &tokens, doc),
                    expected,
                    "{sentence}"
                );
                assert_eq!(
                    emissions_cached(model, &tokens, doc),
                    expected,
                    "{sentence}"
                );
            }
        }
    }

    #[test]
    fn evicted_forms_are_recomputed() {
        let model = french_model();
        // More distinct forms than slots: every slot is overwritten at least once.
        let forms: Vec<String> = (0..SLOTS + 500).map(|i| format!("Mot{i}")).collect();
        for chunk in forms.chunks(40) {
            let tokens: Vec<&str> = chunk.iter().map(String::as_str).collect();
            assert_eq!(
                emissions_cached(model, &tokens, None),
                emissions_uncached(model, &tokens, None)
            );
        }
        let again: Vec<&str> = forms[..40].iter().map(String::as_str).collect();
        assert_eq!(
            emissions_cached(model, &again, None),
            emissions_uncached(model, &again, None)
        );
    }

    #[test]
    fn a_cache_is_as_large_as_documented() {
        // ARCHITECTURE.md and the `SLOTS` comment state 224 bytes a form.
        assert_eq!(std::mem::size_of::<WordScores>(), 224);
    }

    proptest! {
        #[test]
        fn cached_scores_equal_on_any_tokens(tokens in proptest::collection::vec("[A-Za-zÉé'.-]{0,6}|.{0,4}", 0..20)) {
            let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
            let model = french_model();
            prop_assert_eq!(emissions_cached(model, &tokens, None), emissions_uncached(model, &tokens, None));
        }
    }
}
