//! CSV tables as RFC 4180 describes them: comma-separated, CRLF line ends,
//! a header line, and a field quoted with `"` (inner quotes doubled) when it
//! holds a comma, a quote, a line break or edge spaces. Article text holds
//! all of these, so every text field goes through [`push_field`].
//!
//! A missing value is an empty field and an empty string a quoted empty
//! field (`""`), the convention PostgreSQL's `COPY … CSV` reads back.

use crate::tables::{Cell, TableSpec, TableWriter};
use crate::{ExportError, OutputFile};
use std::path::{Path, PathBuf};

struct CsvTable {
    file: OutputFile,
    /// The line being written, reused across rows.
    line: String,
}

pub(crate) fn open_table(
    spec: &'static TableSpec,
    path: &Path,
) -> Result<Box<dyn TableWriter>, ExportError> {
    let mut table = CsvTable {
        file: OutputFile::create(path)?,
        line: String::new(),
    };
    let header: Vec<Cell<'_>> = spec
        .columns
        .iter()
        .map(|c| Cell::Text(c.name.into()))
        .collect();
    table.write_row(&header)?;
    Ok(Box::new(table))
}

impl TableWriter for CsvTable {
    fn write_row(&mut self, row: &[Cell<'_>]) -> Result<(), ExportError> {
        self.line.clear();
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                self.line.push(',');
            }
            match cell {
                Cell::Null => {}
                Cell::Text(text) => push_field(&mut self.line, text),
                Cell::Int(n) => self.line.push_str(&n.to_string()),
                // Rust prints floats in full decimal notation, without
                // exponent: `2500000000`, `18.4`.
                Cell::Float(x) => self.line.push_str(&x.to_string()),
                Cell::Bool(b) => self.line.push_str(if *b { "true" } else { "false" }),
            }
        }
        self.line.push_str("\r\n");
        self.file.write_all(self.line.as_bytes())
    }

    fn finish(self: Box<Self>) -> Result<PathBuf, ExportError> {
        self.file.finish()
    }
}

/// Appends one text field, quoted when it needs to be.
fn push_field(line: &mut String, text: &str) {
    let needs_quotes = text.is_empty()
        || text.starts_with(' ')
        || text.ends_with(' ')
        || text.contains([',', '"', '\r', '\n']);
    if needs_quotes {
        line.push('"');
        line.push_str(&text.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut line = String::new();
        push_field(&mut line, text);
        line
    }

    #[test]
    fn plain_fields_stay_bare() {
        assert_eq!(field("Aurel Kostan"), "Aurel Kostan");
        assert_eq!(field("Вестник Пограничья"), "Вестник Пограничья");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        // A sentence of samples/corpus/reporting-en-wire.txt.
        let wire = r#""We will restart the station as soon as the security forces tell us it is safe to do so, and not one minute earlier," Transmarca's chief executive, Oskar Hallen, told reporters in Castrelle."#;
        assert_eq!(
            field(wire),
            r#""""We will restart the station as soon as the security forces tell us it is safe to do so, and not one minute earlier,"" Transmarca's chief executive, Oskar Hallen, told reporters in Castrelle.""#
        );
        assert_eq!(field("line one\r\nline two"), "\"line one\r\nline two\"");
        assert_eq!(field("« 3 000 », selon"), "\"« 3 000 », selon\"");
    }

    #[test]
    fn empty_and_space_edged_text_is_quoted() {
        assert_eq!(field(""), "\"\"");
        assert_eq!(field(" Dravik"), "\" Dravik\"");
    }
}
