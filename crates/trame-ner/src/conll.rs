//! Reading the CoNLL-style files of the shared NER corpora.

use std::io::BufRead;

use crate::hash::hash_str;
use crate::tag::{to_iob2, Tag};
use crate::NerError;

/// One tokenised sentence with its gold tags (IOB2).
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<Tag>,
}

/// Reads sentences separated by blank lines. Accepted line shapes:
/// `index TAB token TAB tag` (WikiNEural, CoNLL-2003, WikiANN, BSNLP as shared),
/// `token TAB tag` and `token SPACE tag` (Europeana). Lines starting with `#` without a
/// tab (`#DOCSTART`, comments) and `-DOCSTART-` tokens close the current sentence and
/// are skipped. IOB1 and IO tags are rewritten as IOB2.
pub fn read_conll(reader: impl BufRead) -> Result<Vec<Sentence>, NerError> {
    Ok(read_conll_documents(reader)?
        .into_iter()
        .flatten()
        .collect())
}

/// Reads the file as [`read_conll`] does, keeping its documents apart: a
/// `#DOCSTART` line or a `-DOCSTART-` token opens the next one. A file
/// without markers is one document.
pub fn read_conll_documents(reader: impl BufRead) -> Result<Vec<Vec<Sentence>>, NerError> {
    let mut documents: Vec<Vec<Sentence>> = vec![Vec::new()];
    let mut current = Sentence {
        tokens: Vec::new(),
        tags: Vec::new(),
    };
    let flush = |current: &mut Sentence, documents: &mut Vec<Vec<Sentence>>| {
        if !current.tokens.is_empty() {
            to_iob2(&mut current.tags);
            let sentence = std::mem::replace(
                current,
                Sentence {
                    tokens: Vec::new(),
                    tags: Vec::new(),
                },
            );
            if let Some(document) = documents.last_mut() {
                document.push(sentence);
            }
        }
    };
    let open_document = |documents: &mut Vec<Vec<Sentence>>| {
        if documents.last().is_some_and(|d| !d.is_empty()) {
            documents.push(Vec::new());
        }
    };
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() || (line.starts_with('#') && !line.contains('\t')) {
            flush(&mut current, &mut documents);
            if line.starts_with("#DOCSTART") {
                open_document(&mut documents);
            }
            continue;
        }
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        let (token, tag) = match fields.as_slice() {
            [token, tag] => (*token, *tag),
            [index, token, tag, ..] if index.bytes().all(|b| b.is_ascii_digit()) => (*token, *tag),
            [token, .., tag] => (*token, *tag),
            _ => {
                return Err(NerError::Format {
                    line: n + 1,
                    message: format!("expected token and tag in {line:?}"),
                })
            }
        };
        if token == "-DOCSTART-" {
            flush(&mut current, &mut documents);
            open_document(&mut documents);
            continue;
        }
        let tag = Tag::parse(tag).ok_or_else(|| NerError::Format {
            line: n + 1,
            message: format!("unknown tag {tag:?}"),
        })?;
        current.tokens.push(token.to_string());
        current.tags.push(tag);
    }
    flush(&mut current, &mut documents);
    documents.retain(|d| !d.is_empty());
    Ok(documents)
}

/// Deterministic split by sentence content: a sentence goes to the second part when
/// the hash of its tokens falls in the first `fraction` of the hash range, so the split
/// does not depend on file order and repeated sentences land on the same side.
pub fn split_by_hash(sentences: &[Sentence], fraction: f64) -> (Vec<Sentence>, Vec<Sentence>) {
    let threshold = (fraction.clamp(0.0, 1.0) * 10_000.0) as u64;
    sentences.iter().cloned().partition(|s| {
        let h = s
            .tokens
            .iter()
            .fold(0u64, |h, t| crate::hash::combine(h, hash_str(t)));
        h % 10_000 >= threshold
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::Label;

    #[test]
    fn reads_indexed_tab_format_with_docstart() {
        let text = "0\t-DOCSTART-\tO\n\n0\tEU\tB-ORG\n1\trejects\tO\n\n0\tPeter\tB-PER\n1\tBlackburn\tI-PER\n";
        let s = read_conll(text.as_bytes()).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["EU", "rejects"]);
        assert_eq!(s[1].tags, [Tag::B(Label::Per), Tag::I(Label::Per)]);
    }

    #[test]
    fn reads_comment_lines_and_hash_tokens() {
        let text =
            "#DOCSTART\n1\t«\tO\n2\tГазпром\tB-ORG\n3\t#\tO\n\n#DOCSTART\n1\tМосква\tB-LOC\n";
        let s = read_conll(text.as_bytes()).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["«", "Газпром", "#"]);
        assert_eq!(s[1].tags, [Tag::B(Label::Loc)]);
    }

    #[test]
    fn keeps_documents_apart() {
        let text = "#DOCSTART\n1\tЕС\tB-ORG\n\n1\tМосква\tB-LOC\n\n#DOCSTART\n\
                    1\tПутин\tB-PER\n\n0\t-DOCSTART-\tO\n\n0\tNATO\tB-ORG\n";
        let docs = read_conll_documents(text.as_bytes()).unwrap();
        let sizes: Vec<usize> = docs.iter().map(Vec::len).collect();
        assert_eq!(sizes, [2, 1, 1]);
        assert_eq!(docs[2][0].tokens, ["NATO"]);
        // Without markers, one document; a comment line does not split it.
        let docs = read_conll_documents("a\tO\n\n# note\nb\tO\n".as_bytes()).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].len(), 2);
    }

    #[test]
    fn reads_space_separated_io_tags() {
        let text = "Emmanuel I-PER\nDESOLES I-PER\nde O\nParis I-LOC\n";
        let s = read_conll(text.as_bytes()).unwrap();
        assert_eq!(
            s[0].tags,
            [
                Tag::B(Label::Per),
                Tag::I(Label::Per),
                Tag::O,
                Tag::B(Label::Loc)
            ]
        );
    }

    #[test]
    fn reports_bad_tags_with_line() {
        let err = read_conll("0\tx\tO\n1\ty\tB-DATE\n".as_bytes()).unwrap_err();
        assert!(matches!(err, NerError::Format { line: 2, .. }));
    }

    #[test]
    fn split_is_deterministic() {
        let s: Vec<Sentence> = (0..200)
            .map(|i| Sentence {
                tokens: vec![format!("w{i}")],
                tags: vec![Tag::O],
            })
            .collect();
        let (a, b) = split_by_hash(&s, 0.15);
        assert_eq!(a.len() + b.len(), 200);
        assert!(!b.is_empty() && b.len() < 60);
        assert_eq!(split_by_hash(&s, 0.15), (a, b));
    }
}
