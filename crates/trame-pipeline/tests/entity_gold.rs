//! The entity stage against the document-level gold of
//! `crates/trame-entities/eval/` when the shared SemEval articles are
//! present. The figures are `trame eval entities`'s business; this checks
//! that every gold line names an article that analyses, and guards the
//! development half's labelled F1 against regressions.

mod common;

use common::{french_semeval_articles, read_gold_file, root};
use std::path::Path;
use trame_entities::score::Tally;
use trame_pipeline::{Layers, Pipeline};

fn score(pipeline: &Pipeline, gold_file: &Path, articles: &Path) -> Tally {
    let gold = read_gold_file(gold_file, 24);
    pipeline
        .score_entity_gold(&gold, articles)
        .unwrap_or_else(|e| panic!("{}: {e}", gold_file.display()))
}

#[test]
fn french_semeval_gold() {
    let Some(articles) = french_semeval_articles() else {
        return;
    };
    let pipeline = Pipeline::builtin()
        .expect("shipped models load")
        .with_layers(Layers::Entities);
    let eval = root().join("crates/trame-entities/eval");
    let dev = score(&pipeline, &eval.join("fr-semeval-dev.jsonl"), &articles);
    let dev2 = score(&pipeline, &eval.join("fr-semeval-dev2.jsonl"), &articles);
    let dev3 = score(&pipeline, &eval.join("fr-semeval-dev3.jsonl"), &articles);
    let test = score(&pipeline, &eval.join("fr-semeval-test.jsonl"), &articles);
    println!("{dev}\n{dev2}\n{dev3}\n{test}");
    for (name, set, floor) in [
        ("first", &dev, 0.88),
        ("second", &dev2, 0.88),
        ("third", &dev3, 0.81),
    ] {
        let (_, _, f1) = set.labelled();
        assert!(
            f1 >= floor,
            "{name} development set: labelled F1 fell to {f1:.3}"
        );
    }
    // One person, one entity: two development articles still split one.
    let split = dev.split_persons + dev2.split_persons + dev3.split_persons;
    assert!(split <= 2, "{split} persons split in the development sets");
    assert!(test.documents == 24 && test.gold.iter().sum::<usize>() > 300);
}
