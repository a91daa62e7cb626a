//! Readers for the SemEval-2023 Task 3 distribution format.
//!
//! A directory holds `<split>-articles-subtask-3/article<ID>.txt`,
//! `<split>-labels-subtask-3.txt` (`id TAB line TAB technique,technique`, one
//! row per non-empty line, lines numbered from 1), optionally
//! `<split>-labels-subtask-3-spans/` (`id TAB technique TAB start TAB end`, in
//! characters of the raw file, carriage returns included),
//! `<split>-labels-subtask-1.txt` (`id TAB genre`) and
//! `<split>-labels-subtask-2.txt` (`id TAB frame,frame`).

use crate::labels::{index_of, FRAMES, GENRES, TECHNIQUES};
use crate::Error;
use std::collections::HashMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default)]
pub struct Paragraph {
    /// Line number in the article file, from 1.
    pub line: usize,
    /// Byte range of the line in the article text, line break excluded.
    pub range: Range<usize>,
    /// Technique bitmask (bit i = `TECHNIQUES[i]`).
    pub techniques: u32,
}

#[derive(Clone, Debug, Default)]
pub struct Article {
    pub id: String,
    pub text: String,
    /// The labelled paragraphs, in line order.
    pub paragraphs: Vec<Paragraph>,
    /// Technique spans: technique index and byte range.
    pub spans: Vec<(usize, Range<usize>)>,
    pub genre: Option<usize>,
    /// Frame bitmask (bit i = `FRAMES[i]`), when frames are known.
    pub frames: Option<u32>,
}

fn find_entry(dir: &Path, suffix: &str) -> Result<Option<PathBuf>, Error> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(suffix))
        {
            return Ok(Some(path));
        }
    }
    Ok(None)
}

fn read(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

fn mask(names: &str, inventory: &[&str], path: &Path) -> Result<u32, Error> {
    let mut mask = 0;
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let index = index_of(inventory, name)
            .ok_or_else(|| Error::Data(format!("{}: unknown label {name:?}", path.display())))?;
        mask |= 1 << index;
    }
    Ok(mask)
}

/// Byte ranges of the lines of `text`, line breaks (`\n`, `\r\n`) excluded.
pub(crate) fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.trim_end_matches('\r').len();
        ranges.push(start..end);
        start += line.len() + 1;
    }
    ranges
}

/// Byte ranges of the paragraphs of `text`: its lines that are not blank, as
/// in the task's format and in the pipeline's clean text.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    line_ranges(text)
        .into_iter()
        .filter(|range| !text[range.clone()].trim().is_empty())
        .collect()
}

/// Parses a paragraph label file into (article id, line, technique mask) rows.
pub(crate) fn parse_paragraph_labels(
    content: &str,
    path: &Path,
) -> Result<Vec<(String, usize, u32)>, Error> {
    let mut rows = Vec::new();
    for (number, row) in content.lines().enumerate() {
        let row = row.trim_end_matches('\r');
        if row.trim().is_empty() {
            continue;
        }
        let mut fields = row.split('\t');
        let id = fields.next().unwrap_or_default().trim();
        let line = fields
            .next()
            .and_then(|l| l.trim().parse::<usize>().ok())
            .ok_or_else(|| {
                Error::Data(format!(
                    "{}:{}: expected `id TAB line TAB techniques`",
                    path.display(),
                    number + 1
                ))
            })?;
        let techniques = mask(fields.next().unwrap_or_default(), &TECHNIQUES, path)?;
        rows.push((id.to_string(), line, techniques));
    }
    Ok(rows)
}

/// Parses span rows (`id TAB technique TAB start TAB end`, char offsets) of one
/// article into byte ranges; spans outside the text are dropped (a few in the
/// distribution point past the end of their file).
pub(crate) fn parse_spans(
    content: &str,
    text: &str,
    path: &Path,
) -> Result<Vec<(usize, Range<usize>)>, Error> {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut spans = Vec::new();
    for row in content.lines().filter(|r| !r.trim().is_empty()) {
        let fields: Vec<&str> = row.trim_end_matches('\r').split('\t').collect();
        let [_, technique, start, end] = fields[..] else {
            return Err(Error::Data(format!(
                "{}: expected `id TAB technique TAB start TAB end`",
                path.display()
            )));
        };
        let technique = index_of(&TECHNIQUES, technique).ok_or_else(|| {
            Error::Data(format!(
                "{}: unknown technique {technique:?}",
                path.display()
            ))
        })?;
        let (Ok(start), Ok(end)) = (start.parse::<usize>(), end.parse::<usize>()) else {
            return Err(Error::Data(format!(
                "{}: bad offsets in {row:?}",
                path.display()
            )));
        };
        if let (Some(&start), Some(&end)) = (boundaries.get(start), boundaries.get(end)) {
            if start < end {
                spans.push((technique, start..end));
            }
        }
    }
    Ok(spans)
}

fn id_map(path: Option<PathBuf>, inventory: &[&str]) -> Result<HashMap<String, u32>, Error> {
    let Some(path) = path else {
        return Ok(HashMap::new());
    };
    let mut map = HashMap::new();
    for row in read(&path)?.lines() {
        let mut fields = row.trim_end_matches('\r').split('\t');
        if let (Some(id), Some(labels)) = (fields.next(), fields.next()) {
            map.insert(id.trim().to_string(), mask(labels, inventory, &path)?);
        }
    }
    Ok(map)
}

/// Reads a directory in the task's format. Articles are sorted by id.
pub fn read_dataset(dir: &Path) -> Result<Vec<Article>, Error> {
    let articles_dir = find_entry(dir, "-articles-subtask-3")?
        .ok_or_else(|| Error::Data(format!("{}: no *-articles-subtask-3 folder", dir.display())))?;
    let labels_path = find_entry(dir, "-labels-subtask-3.txt")?
        .ok_or_else(|| Error::Data(format!("{}: no *-labels-subtask-3.txt file", dir.display())))?;
    let spans_dir = find_entry(dir, "-labels-subtask-3-spans")?;
    let genres = id_map(find_entry(dir, "-labels-subtask-1.txt")?, &GENRES)?;
    let frames = id_map(find_entry(dir, "-labels-subtask-2.txt")?, &FRAMES)?;

    let mut by_id: HashMap<String, Vec<(usize, u32)>> = HashMap::new();
    for (id, line, techniques) in parse_paragraph_labels(&read(&labels_path)?, &labels_path)? {
        by_id.entry(id).or_default().push((line, techniques));
    }
    let mut articles = Vec::with_capacity(by_id.len());
    for (id, mut rows) in by_id {
        let path = articles_dir.join(format!("article{id}.txt"));
        let text = read(&path)?;
        let lines = line_ranges(&text);
        rows.sort_unstable();
        let paragraphs = rows
            .into_iter()
            .map(|(line, techniques)| {
                let range = line
                    .checked_sub(1)
                    .and_then(|i| lines.get(i))
                    .cloned()
                    .ok_or_else(|| {
                        Error::Data(format!(
                            "{}: line {line} is past the end of the article",
                            path.display()
                        ))
                    })?;
                Ok(Paragraph {
                    line,
                    range,
                    techniques,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let spans = match &spans_dir {
            Some(dir) => {
                let span_path = dir.join(format!("article{id}-labels-subtask-3.txt"));
                match fs::read_to_string(&span_path) {
                    Ok(content) => parse_spans(&content, &text, &span_path)?,
                    Err(_) => Vec::new(),
                }
            }
            None => Vec::new(),
        };
        let genre = genres
            .get(&id)
            .and_then(|mask| (0..GENRES.len()).find(|i| mask & (1 << i) != 0));
        let frames = frames.get(&id).copied();
        articles.push(Article {
            id,
            text,
            paragraphs,
            spans,
            genre,
            frames,
        });
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(articles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_labels_allow_empty_technique_lists() {
        let content = "2310\t1\t\n2310\t3\tDoubt,Slogans\n2310\t5\n";
        let rows = parse_paragraph_labels(content, Path::new("x")).expect("parses");
        assert_eq!(rows[0], ("2310".to_string(), 1, 0));
        assert_eq!(rows[1].2, 1 << 9 | 1 << 20);
        assert_eq!(rows[2].2, 0);
        assert!(parse_paragraph_labels("1\t2\tNot_A_Technique\n", Path::new("x")).is_err());
    }

    #[test]
    fn spans_count_characters_of_the_raw_file() {
        // "é" is two bytes; "\r" counts as a character, as in the distribution.
        let text = "Titre é\r\n\r\nQuelle honte !";
        let spans = parse_spans(
            "1\tLoaded_Language\t18\t23\n1\tDoubt\t90\t95\n",
            text,
            Path::new("x"),
        )
        .expect("parses");
        assert_eq!(spans.len(), 1);
        assert_eq!(&text[spans[0].1.clone()], "honte");
        let lines = line_ranges(text);
        assert_eq!(&text[lines[0].clone()], "Titre é");
        assert_eq!(&text[lines[2].clone()], "Quelle honte !");
    }

    #[test]
    fn reads_the_shared_french_training_data() {
        let dir = crate::shared_data_dir().join("fr");
        if !dir.is_dir() {
            eprintln!("skipping: {} is absent", dir.display());
            return;
        }
        let articles = read_dataset(&dir).expect("reads");
        assert!(articles.len() > 100);
        let loaded = articles
            .iter()
            .flat_map(|a| &a.paragraphs)
            .filter(|p| p.techniques & 1 << 14 != 0)
            .count();
        assert!(loaded > 500, "{loaded}");
        // Subtasks 1 and 2 label a different, overlapping set of articles (119 of 158).
        let labelled = articles
            .iter()
            .filter(|a| a.genre.is_some() && a.frames.is_some())
            .count();
        assert!(
            labelled * 2 > articles.len(),
            "{labelled} of {}",
            articles.len()
        );
        assert!(articles.iter().map(|a| a.spans.len()).sum::<usize>() > 4000);
    }
}
