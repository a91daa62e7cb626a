//! Exact-span evaluation (CoNLL convention: boundaries and label must both match).

use std::collections::HashSet;
use std::fmt;
use std::hash::Hash;

use crate::conll::Sentence;
use crate::model::Model;
use crate::tag::{spans, Label, Tag};

/// Counts and scores for one label or for all labels together.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Number of gold entities.
    pub fn support(&self) -> usize {
        self.true_positives + self.false_negatives
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Per-label and micro-averaged span scores.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalReport {
    /// One entry per label, in `Label::ALL` order.
    pub per_label: Vec<(Label, Scores)>,
    pub overall: Scores,
}

impl Default for EvalReport {
    fn default() -> EvalReport {
        EvalReport::empty()
    }
}

impl EvalReport {
    fn empty() -> EvalReport {
        EvalReport {
            per_label: Label::ALL.iter().map(|&l| (l, Scores::default())).collect(),
            overall: Scores::default(),
        }
    }

    /// Adds one sentence's gold and predicted tags.
    pub(crate) fn add(&mut self, gold: &[Tag], predicted: &[Tag]) {
        self.add_entities(spans(gold), spans(predicted));
    }

    /// Adds the gold and predicted entities of one text, each a key (a
    /// span of tokens or characters, a written form) and its label. An
    /// entity predicted twice counts once.
    pub fn add_entities<K: Eq + Hash>(
        &mut self,
        gold: impl IntoIterator<Item = (K, Label)>,
        predicted: impl IntoIterator<Item = (K, Label)>,
    ) {
        let gold: HashSet<_> = gold.into_iter().collect();
        let predicted: HashSet<_> = predicted.into_iter().collect();
        for span in &predicted {
            let hit = gold.contains(span);
            let s = self.label_mut(span.1);
            if hit {
                s.true_positives += 1;
            } else {
                s.false_positives += 1;
            }
        }
        for span in gold.difference(&predicted) {
            self.label_mut(span.1).false_negatives += 1;
        }
        self.overall = Scores::default();
        for (_, s) in &self.per_label {
            self.overall.true_positives += s.true_positives;
            self.overall.false_positives += s.false_positives;
            self.overall.false_negatives += s.false_negatives;
        }
    }

    fn label_mut(&mut self, label: Label) -> &mut Scores {
        let i = Label::ALL.iter().position(|&l| l == label).unwrap_or(0);
        &mut self.per_label[i].1
    }

    /// Scores whole predicted tag sequences against gold sentences.
    pub fn from_predictions(gold: &[Sentence], predicted: &[Vec<Tag>]) -> EvalReport {
        let mut report = EvalReport::empty();
        for (g, p) in gold.iter().zip(predicted) {
            report.add(&g.tags, p);
        }
        report
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (label, s) in &self.per_label {
            if s.support() + s.false_positives == 0 {
                continue;
            }
            writeln!(
                f,
                "{:<8} P {:.3}  R {:.3}  F1 {:.3}  (n={})",
                label.as_str(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.support()
            )?;
        }
        let s = &self.overall;
        write!(
            f,
            "overall  P {:.3}  R {:.3}  F1 {:.3}  (n={})",
            s.precision(),
            s.recall(),
            s.f1(),
            s.support()
        )
    }
}

/// Tags every gold sentence with `model` and scores the spans.
pub fn evaluate(model: &Model, gold: &[Sentence]) -> EvalReport {
    use rayon::prelude::*;
    let predicted: Vec<Vec<Tag>> = gold
        .par_iter()
        .map(|s| {
            let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            model.tag(&tokens)
        })
        .collect();
    EvalReport::from_predictions(gold, &predicted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_span_counts() {
        let gold = [
            Tag::B(Label::Per),
            Tag::I(Label::Per),
            Tag::O,
            Tag::B(Label::Loc),
        ];
        let pred = [Tag::B(Label::Per), Tag::O, Tag::O, Tag::B(Label::Loc)];
        let mut r = EvalReport::empty();
        r.add(&gold, &pred);
        assert_eq!(
            r.overall,
            Scores {
                true_positives: 1,
                false_positives: 1,
                false_negatives: 1
            }
        );
        assert!((r.overall.f1() - 0.5).abs() < 1e-9);
        let text = r.to_string();
        assert!(text.lines().last().unwrap().starts_with("overall  P 0.500"));
        assert!(text.starts_with("PER      P 0.000"));
    }
}
