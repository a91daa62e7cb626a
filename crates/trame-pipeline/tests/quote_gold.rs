//! Quotes, speakers and anonymous sources against the document-level gold
//! of `crates/trame-quotes/eval/` when the shared SemEval articles are
//! present. The figures are `trame eval attribution`'s business; this checks
//! that every gold line names an article that analyses and locates its
//! quotes, and guards the development half against regressions.

mod common;

use common::{french_semeval_articles, read_gold_file, root};
use std::path::Path;
use trame_pipeline::quote_score::{GoldQuoteDocument, QuoteTally};
use trame_pipeline::Pipeline;

fn score(pipeline: &Pipeline, gold_file: &Path, articles: &Path, documents: usize) -> QuoteTally {
    let gold: Vec<GoldQuoteDocument> = read_gold_file(gold_file, documents);
    pipeline
        .score_quote_gold(&gold, articles)
        .unwrap_or_else(|e| panic!("{}: {e}", gold_file.display()))
}

#[test]
fn french_semeval_quote_gold() {
    let Some(articles) = french_semeval_articles() else {
        return;
    };
    let pipeline = Pipeline::builtin().expect("shipped models load");
    let eval = root().join("crates/trame-quotes/eval");
    let dev = score(&pipeline, &eval.join("fr-semeval-dev.jsonl"), &articles, 24);
    let dev2 = score(
        &pipeline,
        &eval.join("fr-semeval-dev2.jsonl"),
        &articles,
        48,
    );
    let dev3 = score(
        &pipeline,
        &eval.join("fr-semeval-dev3.jsonl"),
        &articles,
        24,
    );
    let test = score(
        &pipeline,
        &eval.join("fr-semeval-test.jsonl"),
        &articles,
        24,
    );
    println!("{dev}\n{dev2}\n{dev3}\n{test}");
    // Only the title line's quotes lie outside the text.
    assert!(
        dev.not_in_text <= 1
            && dev2.not_in_text <= 3
            && dev3.not_in_text <= 1
            && test.not_in_text <= 1
    );
    for set in [&dev, &dev2, &dev3, &test] {
        assert_eq!(set.anonymous_sources_not_in_text, 0);
    }
    assert!(
        dev2.named_speaker_accuracy() >= 0.66,
        "second development set: named speakers right fell to {:.3}",
        dev2.named_speaker_accuracy()
    );
    assert!(
        dev3.anonymous_sources_recognised * 5 >= dev3.anonymous_sources * 3,
        "third development set: {} of {} anonymous sources recognised",
        dev3.anonymous_sources_recognised,
        dev3.anonymous_sources
    );
    assert!(
        dev3.named_speaker_accuracy() >= 0.60,
        "third development set: named speakers right fell to {:.3}",
        dev3.named_speaker_accuracy()
    );
    assert!(
        dev.found * 100 >= dev.located * 94,
        "dev: quotes found fell"
    );
    assert!(
        dev.named_speaker_accuracy() >= 0.88,
        "dev: named speakers right fell to {:.3}",
        dev.named_speaker_accuracy()
    );
    assert!(
        dev.not_speech_with_speaker <= 2,
        "dev: {} scare quotes or titles given a speaker",
        dev.not_speech_with_speaker
    );
}
