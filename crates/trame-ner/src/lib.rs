//! Named-entity tagger for trame: PER, ORG, LOC and MISC spans in tokenised sentences.
//!
//! An averaged structured perceptron over hashed features (word forms, shapes,
//! affixes, context words, capitalisation evidence, hyphen parts, optional word
//! clusters and gazetteer matches), decoded with Viterbi over well-formed BIO
//! sequences. Models are quantised to 16-bit weights and gzip-compressed.

mod clusters;
mod conll;
mod eval;
mod features;
mod gazetteer;
mod hash;
mod model;
mod tag;
mod train;
mod word_cache;

pub use clusters::{tokenize_plain, tokens_from_columns, ClusterOptions, Clusters, CLUSTER_LEVELS};
pub use conll::{read_conll, read_conll_documents, split_by_hash, Sentence};
pub use eval::{evaluate, EvalReport, Scores};
pub use features::DocContext;
pub use gazetteer::Gazetteer;
pub use model::{Decoder, Model};
pub use tag::{spans, Label, Tag};
pub use train::{train, TrainOptions};

/// The bytes of the model shipped for `lang` (ISO 639-1), if there is one.
/// Models are embedded in the binary so that trame runs from any directory.
pub fn builtin_model(lang: &str) -> Option<&'static [u8]> {
    match lang {
        "fr" => Some(include_bytes!("../models/fr.bin")),
        "en" => Some(include_bytes!("../models/en.bin")),
        "ru" => Some(include_bytes!("../models/ru.bin")),
        _ => None,
    }
}

/// Errors of reading data and models.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    #[error("line {line}: {message}")]
    Format { line: usize, message: String },
    #[error("invalid model: {0}")]
    Model(String),
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::*;

    fn sentence(text: &str) -> Sentence {
        let (tokens, tags) = text
            .split_whitespace()
            .map(|pair| {
                let (token, tag) = pair.split_once('/').unwrap_or((pair, "O"));
                (token.to_string(), Tag::parse(tag).unwrap_or(Tag::O))
            })
            .unzip();
        Sentence { tokens, tags }
    }

    /// A model trained on a handful of synthetic sentences: enough to exercise every path.
    fn tiny_model() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            let data: Vec<Sentence> = [
                "Vladimir/B-PER Poutine/I-PER a rencontré l'/O OTAN/B-ORG à Bruxelles/B-LOC .",
                "Emmanuel/B-PER Macron/I-PER parle à Paris/B-LOC .",
                "La Coupe/B-MISC du/I-MISC monde/I-MISC commence .",
                "L'/O ONU/B-ORG siège à New/B-LOC York/I-LOC .",
            ]
            .iter()
            .map(|s| sentence(s))
            .collect();
            let opts = TrainOptions {
                epochs: 5,
                prune_below: 0,
                ..Default::default()
            };
            train(&data, Some(&data), &opts, &mut |_| {})
        })
    }

    fn shared_dir() -> Option<PathBuf> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
        if dir.is_dir() {
            Some(dir)
        } else {
            eprintln!(
                "skipped: {} is absent (shared data is not part of the repository)",
                dir.display()
            );
            None
        }
    }

    #[test]
    fn learns_and_round_trips_through_bytes() {
        let model = tiny_model();
        let tokens = [
            "Vladimir",
            "Poutine",
            "a",
            "rencontré",
            "l'",
            "OTAN",
            "à",
            "Bruxelles",
            ".",
        ];
        let tags = model.tag(&tokens);
        assert_eq!(
            spans(&tags),
            vec![(0..2, Label::Per), (5..6, Label::Org), (7..8, Label::Loc)]
        );
        let bytes = model.to_bytes();
        let loaded = Model::from_bytes(&bytes).unwrap();
        assert_eq!(loaded.to_bytes(), bytes);
        for s in ["Macron parle à Bruxelles .", "L' ONU et l' OTAN", "x", ""] {
            let tokens: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(loaded.tag(&tokens), model.tag(&tokens), "{s}");
        }
        assert!(Model::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    }

    #[test]
    fn gazetteer_and_doc_context_are_accepted() {
        let gaz = Gazetteer::from_tsv("Bruxelles\tLOC\n".as_bytes()).unwrap();
        let doc = DocContext::from_sentences([&["la", "ville"][..]]);
        let tags =
            tiny_model().tag_with(&["La", "Ville", "de", "Bruxelles"], Some(&gaz), Some(&doc));
        assert_eq!(tags.len(), 4);
    }

    #[test]
    fn reads_every_shared_format() {
        let Some(shared) = shared_dir() else { return };
        let ner = shared.join("data/ner");
        for (file, min_sentences) in [
            ("wikineural-fr/val.conllu", 12_000),
            ("conll2003-en/train.conllu", 14_000),
            ("conll2003-en/val.conllu", 3_000),
            ("wikiann-ru/train.conllu", 20_000),
            ("wikiann-ru/val.conllu", 10_000),
            ("bsnlp-ru/val.conllu", 100),
            ("europeana-fr/enp_FR.bnf.bio", 1),
        ] {
            let reader = std::io::BufReader::new(std::fs::File::open(ner.join(file)).unwrap());
            let sentences = read_conll(reader).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(
                sentences.len() >= min_sentences,
                "{file}: {} sentences",
                sentences.len()
            );
            assert!(sentences
                .iter()
                .all(|s| s.tokens.len() == s.tags.len() && s.tokens[0] != "-DOCSTART-"));
        }
    }

    #[test]
    fn shipped_french_model_finds_poutine_and_otan() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/fr.bin");
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("skipped: {} is absent", path.display());
            return;
        };
        let model = Model::from_bytes(&bytes).unwrap();
        let tokens = [
            "Vladimir", "Poutine", "a", "de", "nouveau", "menacé", "l'", "OTAN", "lors", "d'",
            "un", "discours", "à", "Moscou", ".",
        ];
        let found = spans(&model.tag(&tokens));
        assert!(found.contains(&(0..2, Label::Per)), "{found:?}");
        assert!(found.contains(&(7..8, Label::Org)), "{found:?}");
    }

    proptest! {
        #[test]
        fn tagging_never_panics(tokens in proptest::collection::vec(".{0,12}", 0..30)) {
            let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
            let tags = tiny_model().tag(&tokens);
            prop_assert_eq!(tags.len(), tokens.len());
            for (i, t) in tags.iter().enumerate() {
                let prev = i.checked_sub(1).map(|p| tags[p]);
                prop_assert!(t.may_follow(prev), "ill-formed BIO at {}", i);
            }
        }
    }
}
