//! Cross-validation and annotation speed of the persuasion models:
//! `cargo run --release -p trame-signals --example signals_cv -- fr en ru`
//! (`FOLDS=10` for another number of folds than 5).

use std::time::Instant;

fn main() -> Result<(), trame_signals::Error> {
    let root = trame_signals::shared_data_dir();
    let langs: Vec<String> = std::env::args().skip(1).collect();
    let folds = std::env::var("FOLDS")
        .ok()
        .and_then(|f| f.parse().ok())
        .unwrap_or(5);
    for lang in &langs {
        if let Some(model) = lang.strip_prefix("speed:") {
            speed(&root, model)?;
            continue;
        }
        let started = Instant::now();
        let cv = trame_signals::cross_validate(&root, lang, folds)?;
        let (tp, predicted, gold) = cv
            .paragraphs
            .counts
            .iter()
            .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        println!(
            "{lang}: micro F1 {:.4} (tp {tp} pred {predicted} gold {gold}) genre {:.3} frames {:.3} ({:.0?})",
            cv.paragraphs.micro_f1(),
            cv.genre_macro_f1,
            cv.frames_micro_f1,
            started.elapsed()
        );
        if std::env::var_os("VERBOSE").is_some() {
            print!("{cv}");
        }
    }
    Ok(())
}

/// Tokens per second of `annotate` on one thread over a language's articles.
fn speed(root: &std::path::Path, lang: &str) -> Result<(), trame_signals::Error> {
    let models = trame_signals::Models::builtin()?;
    let articles = trame_signals::read_dataset(&root.join(lang))?;
    let tokens: usize = articles
        .iter()
        .map(|a| a.text.split_whitespace().count())
        .sum();
    // Sentences as the pipeline finds them, computed outside the timing.
    let sentences: Vec<Vec<std::ops::Range<usize>>> = articles
        .iter()
        .map(|a| trame_text::segment::segment(&a.text, Some(lang)).sentences)
        .collect();
    let mut signals = 0;
    let started = Instant::now();
    let rounds = 5;
    for _ in 0..rounds {
        for (article, sentences) in articles.iter().zip(&sentences) {
            signals += models
                .annotate(&article.text, sentences, lang)
                .signals
                .len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{lang}: annotate {:.0} tokens/s on one thread ({signals} signals)",
        (tokens * rounds) as f64 / secs
    );
    Ok(())
}
