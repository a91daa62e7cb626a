//! Document-level scoring of entities against a gold list of the entities
//! each article names (`trame eval entities`).
//!
//! The measure is the one a reader of an article cares about: is every
//! person, organisation and place it names found once, with the right label?
//! Mentions are not scored one by one. The rules:
//! - A gold entity and a predicted entity correspond when they share a form
//!   after normalisation (case, diacritics, apostrophes and hyphens, a
//!   leading article or elision: "l'OTAN" = "OTAN"). Pairs are matched one to
//!   one, those sharing most forms first.
//! - A matched pair with the same label is a labelled true positive;
//!   precision is over predicted entities, recall over gold entities.
//! - A gold person whose forms are spread over two or more predicted
//!   entities is a split person; a predicted entity holding the forms of two
//!   gold entities is a merge.
//! - Entities named only by demonyms are not scored: gold lists none, and the
//!   stage keeps the tagger's demonyms as MISC, as CoNLL does.
//! - Gold entities none of whose forms is in the analysed text are not
//!   scored: the title is metadata, not text, and spans can only point into
//!   the text.

use std::collections::{BTreeSet, HashSet};
use std::fmt;

use serde::Deserialize;
use trame_doc::{Document, EntityLabel};

/// Errors of reading a gold file.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("line {line}: {source}")]
    Parse {
        line: usize,
        #[source]
        source: serde_json::Error,
    },
    #[error("reading the gold file: {0}")]
    Io(#[from] std::io::Error),
}

/// The gold entities of one article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDocument {
    /// The article's file name, relative to the articles' folder.
    pub file: String,
    pub entities: Vec<GoldEntity>,
}

/// One referent and every form the article names it by.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub label: EntityLabel,
    pub forms: Vec<String>,
}

/// Reads a gold file: one JSON document (a [`GoldDocument`] here, the gold
/// of another layer elsewhere) per line; blank lines are skipped.
pub fn read_gold<T: serde::de::DeserializeOwned>(
    reader: impl std::io::BufRead,
) -> Result<Vec<T>, GoldError> {
    let mut docs = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc = serde_json::from_str(&line).map_err(|source| GoldError::Parse {
            line: n + 1,
            source,
        })?;
        docs.push(doc);
    }
    Ok(docs)
}

const LABELS: [EntityLabel; 4] = [
    EntityLabel::Per,
    EntityLabel::Org,
    EntityLabel::Loc,
    EntityLabel::Misc,
];

fn label_index(label: EntityLabel) -> usize {
    match label {
        EntityLabel::Per => 0,
        EntityLabel::Org => 1,
        EntityLabel::Loc => 2,
        EntityLabel::Misc => 3,
    }
}

/// Counts over one or many documents; [`Tally::add`] sums them.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub documents: usize,
    /// Per label, in the order PER, ORG, LOC, MISC.
    pub gold: [usize; 4],
    pub predicted: [usize; 4],
    pub labelled_matches: [usize; 4],
    /// Matched pairs whatever their labels.
    pub matches: usize,
    /// Predicted entities left out as demonym-only.
    pub demonym_only: usize,
    /// Gold entities left out as absent from the analysed text.
    pub not_in_text: usize,
    pub split_persons: usize,
    pub merges: usize,
    /// One line per error, prefixed by its kind, for reading.
    pub errors: Vec<String>,
}

impl Tally {
    pub fn add(&mut self, other: Tally) {
        self.documents += other.documents;
        for i in 0..4 {
            self.gold[i] += other.gold[i];
            self.predicted[i] += other.predicted[i];
            self.labelled_matches[i] += other.labelled_matches[i];
        }
        self.matches += other.matches;
        self.demonym_only += other.demonym_only;
        self.not_in_text += other.not_in_text;
        self.split_persons += other.split_persons;
        self.merges += other.merges;
        self.errors.extend(other.errors);
    }

    /// Labelled precision, recall and F1 over every label.
    pub fn labelled(&self) -> (f64, f64, f64) {
        prf(
            self.labelled_matches.iter().sum(),
            self.predicted.iter().sum(),
            self.gold.iter().sum(),
        )
    }
}

fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        0.0
    } else {
        tp as f64 / predicted as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl fmt::Display for Tally {
    /// Per-label lines, the unlabelled figures and the error counts; the
    /// labelled overall figures come last.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (gold, predicted): (usize, usize) =
            (self.gold.iter().sum(), self.predicted.iter().sum());
        writeln!(
            f,
            "{} documents, {gold} gold entities ({} outside the text not scored), \
             {predicted} predicted ({} demonym-only not scored)",
            self.documents, self.not_in_text, self.demonym_only
        )?;
        for label in LABELS {
            let i = label_index(label);
            let (p, r, f1) = prf(self.labelled_matches[i], self.predicted[i], self.gold[i]);
            writeln!(
                f,
                "{:<5} P {p:.3} R {r:.3} F1 {f1:.3}  (gold {}, predicted {})",
                label.as_str(),
                self.gold[i],
                self.predicted[i]
            )?;
        }
        let (p, r, f1) = prf(self.matches, predicted, gold);
        writeln!(f, "unlabelled P {p:.3} R {r:.3} F1 {f1:.3}")?;
        writeln!(
            f,
            "split persons {}, merged entities {}",
            self.split_persons, self.merges
        )?;
        let (p, r, f1) = self.labelled();
        write!(f, "labelled P {p:.3} R {r:.3} F1 {f1:.3}")
    }
}

/// The comparison key of a form: lowercase without diacritics, apostrophes
/// and hyphens as spaces, no leading article, elided preposition or
/// handle "@".
pub fn form_key(form: &str) -> String {
    // "Reconquête !" and "Reconquête": end punctuation is not the name,
    // but a sign is ("OPEP+" is not "OPEP").
    let lower = form
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '+')
        .trim_end()
        .to_lowercase();
    // "@alma_dufour" and "alma_dufour": a handle's "@" is not the name.
    let mut rest = lower.strip_prefix('@').unwrap_or(&lower);
    for elision in ["l'", "l’", "d'", "d’"] {
        if let Some(name) = rest.strip_prefix(elision) {
            rest = name;
            break;
        }
    }
    let mut key = String::with_capacity(rest.len());
    for c in rest.chars() {
        let c = match c {
            '’' | '\'' | '-' | '‐' | '–' | '\u{a0}' => ' ',
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            '.' => continue,
            c => c,
        };
        key.push(c);
    }
    let mut words: Vec<&str> = key.split_whitespace().collect();
    while words.len() > 1 && matches!(words[0], "le" | "la" | "les" | "du" | "des") {
        words.remove(0);
    }
    words.join(" ")
}

/// Scores one analysed document. `is_demonym` tells whether a surface is a
/// demonym or a nationality word.
pub fn score_document(
    gold: &[GoldEntity],
    doc: &Document,
    is_demonym: impl Fn(&str) -> bool,
) -> Tally {
    let mut tally = Tally {
        documents: 1,
        ..Tally::default()
    };
    let title = doc.meta.title.as_deref().unwrap_or("");
    let mut predicted: Vec<(EntityLabel, &str, BTreeSet<String>)> = Vec::new();
    for entity in &doc.entities {
        let surfaces: Vec<String> = entity.mentions.iter().map(|&m| doc.slice(m)).collect();
        if surfaces.iter().all(|s| is_demonym(s)) {
            tally.demonym_only += 1;
            continue;
        }
        let keys = surfaces.iter().map(|s| form_key(s)).collect();
        predicted.push((entity.label, entity.name.as_str(), keys));
    }
    let in_text: Vec<&GoldEntity> = gold
        .iter()
        .filter(|g| g.forms.iter().any(|f| doc.text.contains(f.as_str())))
        .collect();
    tally.not_in_text = gold.len() - in_text.len();
    let gold = in_text;
    let gold_keys: Vec<HashSet<String>> = gold
        .iter()
        .map(|g| g.forms.iter().map(|f| form_key(f)).collect())
        .collect();
    for g in &gold {
        tally.gold[label_index(g.label)] += 1;
    }
    for p in &predicted {
        tally.predicted[label_index(p.0)] += 1;
    }

    let shared = |gi: usize, pi: usize| {
        predicted[pi]
            .2
            .iter()
            .filter(|k| gold_keys[gi].contains(*k))
            .count()
    };
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for gi in 0..gold.len() {
        for pi in 0..predicted.len() {
            let n = shared(gi, pi);
            if n > 0 {
                pairs.push((n, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_match: Vec<Option<usize>> = vec![None; gold.len()];
    let mut predicted_matched = vec![false; predicted.len()];
    for &(_, gi, pi) in &pairs {
        if gold_match[gi].is_none() && !predicted_matched[pi] {
            gold_match[gi] = Some(pi);
            predicted_matched[pi] = true;
        }
    }

    let forms = |keys: &BTreeSet<String>| keys.iter().cloned().collect::<Vec<_>>().join(" | ");
    for (gi, g) in gold.iter().enumerate() {
        let name = g.forms.first().map(String::as_str).unwrap_or("");
        match gold_match[gi] {
            Some(pi) => {
                tally.matches += 1;
                if predicted[pi].0 == g.label {
                    tally.labelled_matches[label_index(g.label)] += 1;
                } else {
                    tally.errors.push(format!(
                        "label  {} {name} predicted {}",
                        g.label.as_str(),
                        predicted[pi].0.as_str()
                    ));
                }
            }
            None => tally
                .errors
                .push(format!("missed {} {name}", g.label.as_str())),
        }
        if g.label == EntityLabel::Per {
            let holders: Vec<usize> = (0..predicted.len())
                .filter(|&pi| shared(gi, pi) > 0)
                .collect();
            if holders.len() > 1 {
                tally.split_persons += 1;
                let parts: Vec<String> =
                    holders.iter().map(|&pi| forms(&predicted[pi].2)).collect();
                tally
                    .errors
                    .push(format!("split  PER {name}: {}", parts.join(" / ")));
            }
        }
    }
    for (pi, p) in predicted.iter().enumerate() {
        let held = (0..gold.len()).filter(|&gi| shared(gi, pi) > 0).count();
        if held > 1 {
            tally.merges += 1;
            tally
                .errors
                .push(format!("merged {} {}: {}", p.0.as_str(), p.1, forms(&p.2)));
        }
        if !predicted_matched[pi] && held == 0 {
            tally
                .errors
                .push(format!("extra  {} {}: {}", p.0.as_str(), p.1, forms(&p.2)));
        }
    }
    if !title.is_empty() {
        for line in &mut tally.errors {
            line.insert_str(0, &format!("{title}: "));
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_doc::{Entity, Span};

    fn doc(text: &str, entities: &[(EntityLabel, &str, &[&str])]) -> Document {
        let mut doc = Document {
            text: text.to_string(),
            ..Document::default()
        };
        for (n, (label, name, surfaces)) in entities.iter().enumerate() {
            let mentions = surfaces
                .iter()
                .map(|s| {
                    let byte = text.find(s).expect("surface in text");
                    let start = text[..byte].chars().count();
                    Span::new(start, start + s.chars().count())
                })
                .collect();
            doc.entities.push(Entity {
                id: format!("e{n}"),
                label: *label,
                name: name.to_string(),
                kb_id: None,
                mentions,
            });
        }
        doc
    }

    fn gold(entities: &[(EntityLabel, &[&str])]) -> Vec<GoldEntity> {
        entities
            .iter()
            .map(|(label, forms)| GoldEntity {
                label: *label,
                forms: forms.iter().map(|f| f.to_string()).collect(),
            })
            .collect()
    }

    #[test]
    fn keys_ignore_case_accents_articles_and_elision() {
        assert_eq!(form_key("l’OTAN"), "otan");
        assert_eq!(form_key("Etats-Unis"), form_key("États Unis"));
        assert_eq!(form_key("D. Trump"), "d trump");
        assert_eq!(form_key("La Haye"), "haye");
        assert_eq!(form_key("Le"), "le");
        assert_eq!(form_key("Reconquête !"), form_key("Reconquête"));
        assert_eq!(form_key("@alma_dufour"), form_key("alma_dufour"));
        assert_ne!(form_key("OPEP+"), form_key("OPEP"));
    }

    #[test]
    fn counts_labelled_matches_misses_and_extras() {
        use EntityLabel::*;
        let d = doc(
            "Vladimir Poutine et l’OTAN. Poutine à Kiev. Selon Macron.",
            &[
                (Per, "Vladimir Putin", &["Vladimir Poutine", "Poutine"]),
                (Loc, "NATO", &["l’OTAN"]),
                (Loc, "Kyiv", &["Kiev"]),
                (Per, "Selon", &["Selon"]),
            ],
        );
        let g = gold(&[
            (Per, &["Vladimir Poutine", "Poutine"]),
            (Org, &["OTAN"]),
            (Loc, &["Kiev"]),
            (Per, &["Macron"]),
            (Per, &["Xi Jinping"]),
        ]);
        let t = score_document(&g, &d, |_| false);
        assert_eq!(t.not_in_text, 1);
        assert_eq!(t.gold, [2, 1, 1, 0]);
        assert_eq!(t.predicted, [2, 0, 2, 0]);
        assert_eq!(t.labelled_matches, [1, 0, 1, 0]);
        assert_eq!(t.matches, 3);
        let (p, r, _) = t.labelled();
        assert!((p - 0.5).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
        let kinds: Vec<&str> = t.errors.iter().map(|e| &e[..6]).collect();
        assert_eq!(kinds, ["label ", "missed", "extra "]);
    }

    #[test]
    fn finds_split_persons_and_merges_and_skips_demonyms() {
        use EntityLabel::*;
        let d = doc(
            "Joe Biden, Biden, Hunter Biden et les Russes.",
            &[
                (Per, "Joe Biden", &["Joe Biden"]),
                (Per, "Biden", &["Biden"]),
                (Per, "Hunter Biden", &["Hunter Biden", "Joe Biden"]),
                (Misc, "Russes", &["Russes"]),
            ],
        );
        let g = gold(&[(Per, &["Joe Biden", "Biden"]), (Per, &["Hunter Biden"])]);
        let t = score_document(&g, &d, |s| s == "Russes");
        assert_eq!(t.demonym_only, 1);
        assert_eq!(t.split_persons, 1);
        assert_eq!(t.merges, 1);
        assert_eq!(t.labelled_matches[0], 2);
    }

    #[test]
    fn reads_gold_lines() {
        let text =
            "{\"file\": \"a.txt\", \"entities\": [{\"label\": \"PER\", \"forms\": [\"X Y\"]}]}\n\n";
        let docs: Vec<GoldDocument> = read_gold(text.as_bytes()).expect("parses");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].entities[0].label, EntityLabel::Per);
        assert!(read_gold::<GoldDocument>("{".as_bytes()).is_err());
    }
}
