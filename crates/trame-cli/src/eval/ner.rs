//! `trame eval ner`: exact-span P/R/F1 per label (CoNLL convention) of a
//! tagger model on a labelled file, and its tagging speed; with
//! `--pipeline`, of the whole entity stage on the file's documents.

use anyhow::{Context, Result};
use std::collections::HashSet;
use std::fs::File;
use std::io::BufReader;
use std::ops::Range;
use std::path::Path;
use std::time::Instant;
use trame_doc::{Document, Meta, Span, TextIndex};
use trame_entities::{ner_label, EntityStage};
use trame_ner::{evaluate, read_conll, read_conll_documents, EvalReport, Label, Model, Sentence};

pub fn load_sentences(path: &Path) -> Result<Vec<Sentence>> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    read_conll(BufReader::new(file)).with_context(|| format!("reading {}", path.display()))
}

/// The model at `path`, or the shipped model of `lang`.
pub fn load_model(path: Option<&Path>, lang: &str) -> Result<Model> {
    let bytes = match path {
        Some(p) => std::fs::read(p).with_context(|| format!("reading {}", p.display()))?,
        None => trame_ner::builtin_model(lang)
            .with_context(|| format!("no shipped model for language {lang:?}: pass --model"))?
            .to_vec(),
    };
    Model::from_bytes(&bytes).context("loading the model")
}

pub fn run(file: &Path, model: Option<&Path>, lang: &str) -> Result<()> {
    let model = load_model(model, lang)?;
    let gold = load_sentences(file)?;
    let tokens: usize = gold.iter().map(|s| s.tokens.len()).sum();
    let start = Instant::now();
    let report = evaluate(&model, &gold);
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} sentences, {tokens} tokens, tagged in {secs:.2} s ({:.0} tokens/s, one thread)",
        gold.len(),
        tokens as f64 / secs.max(1e-9)
    );
    println!("{report}");
    Ok(())
}

/// Scores the entity stage as the pipeline runs it (tagger, knowledge
/// base, document-level rules) rather than the tagger alone: each document
/// of the file is written back as text, one sentence a line, and annotated
/// with the shipped models and KB. Scored as BSNLP scores its documents,
/// whose files tag one occurrence of a name and leave its repeats
/// untagged: each distinct written form a document names counts once,
/// with its label.
pub fn run_pipeline(file: &Path, lang: &str, verbose: bool) -> Result<()> {
    let reader =
        BufReader::new(File::open(file).with_context(|| format!("opening {}", file.display()))?);
    let documents =
        read_conll_documents(reader).with_context(|| format!("reading {}", file.display()))?;
    let stage = EntityStage::builtin().context("loading the entity stage")?;
    let mut report = EvalReport::default();
    let mut chars = 0;
    let start = Instant::now();
    for (n, sentences) in documents.iter().enumerate() {
        let (text, gold_spans) = rebuild_text(sentences);
        chars += text.chars().count();
        let (doc, index) = annotated(&stage, text, lang);
        let form = |span: &Range<usize>| {
            index
                .slice(&doc.text, Span::new(span.start, span.end))
                .to_string()
        };
        let gold: HashSet<(String, Label)> = gold_spans
            .iter()
            .map(|(span, label)| (form(span), *label))
            .collect();
        let predicted: HashSet<(String, Label)> = doc
            .entities
            .iter()
            .flat_map(|e| {
                let label = ner_label(e.label);
                e.mentions.iter().map(move |m| (m.start..m.end, label))
            })
            .map(|(span, label)| (form(&span), label))
            .collect();
        if verbose {
            for (form, label) in gold.difference(&predicted) {
                println!("document {}: missed {} «{form}»", n + 1, label.as_str());
            }
            for (form, label) in predicted.difference(&gold) {
                println!("document {}: extra {} «{form}»", n + 1, label.as_str());
            }
        }
        report.add_entities(gold, predicted);
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} documents, {chars} characters, annotated in {secs:.2} s (one thread)",
        documents.len()
    );
    println!("{report}");
    Ok(())
}

/// The text of a document's tokens, one sentence a line, with the gold
/// entities as code-point spans of it. Punctuation is attached the way it
/// is written, so the text reads as an article does.
fn rebuild_text(sentences: &[Sentence]) -> (String, Vec<(Range<usize>, Label)>) {
    let mut text = String::new();
    let mut chars = 0;
    let mut gold = Vec::new();
    for sentence in sentences {
        if !text.is_empty() {
            text.push('\n');
            chars += 1;
        }
        let mut starts = Vec::with_capacity(sentence.tokens.len());
        let mut previous: Option<&str> = None;
        for token in &sentence.tokens {
            let attached = previous.is_none_or(|p| matches!(p, "(" | "[" | "«" | "„"))
                || matches!(
                    token.as_str(),
                    "," | "." | ":" | ";" | "!" | "?" | ")" | "]" | "»" | "…" | "%"
                );
            if !attached {
                text.push(' ');
                chars += 1;
            }
            starts.push(chars);
            text.push_str(token);
            chars += token.chars().count();
            previous = Some(token);
        }
        let end_of = |i: usize| starts[i] + sentence.tokens[i].chars().count();
        gold.extend(
            trame_ner::spans(&sentence.tags)
                .into_iter()
                .map(|(range, label)| (starts[range.start]..end_of(range.end - 1), label)),
        );
    }
    (text, gold)
}

/// `text` segmented as the pipeline does and annotated by `stage`, with
/// the index of its code points.
fn annotated(stage: &EntityStage, text: String, lang: &str) -> (Document, TextIndex) {
    let segmentation = trame_text::segment::segment(&text, Some(lang));
    let index = TextIndex::new(&text);
    let span = |r: &Range<usize>| index.span(r.clone());
    let mut doc = Document {
        meta: Meta {
            language: Some(lang.to_string()),
            ..Default::default()
        },
        sentences: segmentation.sentences.iter().map(span).collect(),
        tokens: segmentation.tokens.iter().map(span).collect(),
        text,
        ..Default::default()
    };
    stage.annotate_indexed(&mut doc, &index);
    (doc, index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_ner::Tag;

    fn sentence(tokens: &[&str], tags: &[Tag]) -> Sentence {
        Sentence {
            tokens: tokens.iter().map(|t| t.to_string()).collect(),
            tags: tags.to_vec(),
        }
    }

    #[test]
    fn rebuilt_text_attaches_punctuation_and_keeps_gold_spans() {
        let o = Tag::O;
        let sentences = [
            sentence(
                &["«", "Газпром", "»", ",", "похоже", "."],
                &[o, Tag::B(Label::Org), o, o, o, o],
            ),
            sentence(
                &["Марош", "Шефчович", "(", "ЕС", ")"],
                &[
                    Tag::B(Label::Per),
                    Tag::I(Label::Per),
                    o,
                    Tag::B(Label::Org),
                    o,
                ],
            ),
        ];
        let (text, gold) = rebuild_text(&sentences);
        assert_eq!(text, "«Газпром», похоже.\nМарош Шефчович (ЕС)");
        let chars: Vec<char> = text.chars().collect();
        let forms: Vec<(String, Label)> = gold
            .into_iter()
            .map(|(span, label)| (chars[span].iter().collect(), label))
            .collect();
        assert_eq!(
            forms,
            [
                ("Газпром".to_string(), Label::Org),
                ("Марош Шефчович".to_string(), Label::Per),
                ("ЕС".to_string(), Label::Org),
            ]
        );
    }
}
