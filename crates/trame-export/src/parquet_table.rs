//! Parquet tables through the `parquet` crate's `ArrowWriter`: rows are
//! gathered in Arrow builders and handed over as a record batch every
//! [`ROW_GROUP_ROWS`] rows, which is also the row-group size, so a table of
//! any length holds at most one batch in memory. Snappy compression.

use crate::tables::{Cell, Column, ColumnKind, TableSpec, TableWriter, ROW_GROUP_ROWS};
use crate::ExportError;
use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The field metadata key that holds a column's description.
const DESCRIPTION_KEY: &str = "description";

/// The values of one column not yet written.
enum ColumnBuilder {
    Text(StringBuilder),
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
}

impl ColumnBuilder {
    fn new(kind: ColumnKind) -> Self {
        match kind {
            ColumnKind::Text => ColumnBuilder::Text(StringBuilder::new()),
            ColumnKind::Int => ColumnBuilder::Int(Int64Builder::with_capacity(ROW_GROUP_ROWS)),
            ColumnKind::Float => {
                ColumnBuilder::Float(Float64Builder::with_capacity(ROW_GROUP_ROWS))
            }
            ColumnKind::Bool => ColumnBuilder::Bool(BooleanBuilder::with_capacity(ROW_GROUP_ROWS)),
        }
    }

    /// Appends a value; `false` when the cell's type is not the column's.
    fn append(&mut self, cell: &Cell<'_>) -> bool {
        match (self, cell) {
            (ColumnBuilder::Text(b), Cell::Text(s)) => b.append_value(s),
            (ColumnBuilder::Int(b), Cell::Int(n)) => b.append_value(*n),
            (ColumnBuilder::Float(b), Cell::Float(x)) => b.append_value(*x),
            (ColumnBuilder::Bool(b), Cell::Bool(v)) => b.append_value(*v),
            (ColumnBuilder::Text(b), Cell::Null) => b.append_null(),
            (ColumnBuilder::Int(b), Cell::Null) => b.append_null(),
            (ColumnBuilder::Float(b), Cell::Null) => b.append_null(),
            (ColumnBuilder::Bool(b), Cell::Null) => b.append_null(),
            _ => return false,
        }
        true
    }

    /// The values appended since the last call, as an array.
    fn take(&mut self) -> ArrayRef {
        match self {
            ColumnBuilder::Text(b) => Arc::new(b.finish()),
            ColumnBuilder::Int(b) => Arc::new(b.finish()),
            ColumnBuilder::Float(b) => Arc::new(b.finish()),
            ColumnBuilder::Bool(b) => Arc::new(b.finish()),
        }
    }
}

struct ParquetTable {
    path: PathBuf,
    spec: &'static TableSpec,
    schema: SchemaRef,
    columns: Vec<ColumnBuilder>,
    buffered: usize,
    writer: ArrowWriter<BufWriter<File>>,
}

/// The Arrow schema of a table, with each column's description.
pub(crate) fn arrow_schema(spec: &TableSpec) -> Schema {
    Schema::new(spec.columns.iter().map(arrow_field).collect::<Vec<_>>())
}

fn arrow_field(column: &Column) -> Field {
    let data_type = match column.kind {
        ColumnKind::Text => DataType::Utf8,
        ColumnKind::Int => DataType::Int64,
        ColumnKind::Float => DataType::Float64,
        ColumnKind::Bool => DataType::Boolean,
    };
    Field::new(column.name, data_type, column.nullable).with_metadata(HashMap::from([(
        DESCRIPTION_KEY.to_string(),
        column.description.to_string(),
    )]))
}

pub(crate) fn open_table(
    spec: &'static TableSpec,
    path: &Path,
) -> Result<Box<dyn TableWriter>, ExportError> {
    let file = File::create(path).map_err(|source| crate::io_error(path, source))?;
    let schema: SchemaRef = Arc::new(arrow_schema(spec));
    let properties = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .build();
    let writer = ArrowWriter::try_new(
        BufWriter::with_capacity(1 << 16, file),
        schema.clone(),
        Some(properties),
    )
    .map_err(|source| parquet_error(path, source))?;
    Ok(Box::new(ParquetTable {
        path: path.to_path_buf(),
        spec,
        schema,
        columns: spec
            .columns
            .iter()
            .map(|c| ColumnBuilder::new(c.kind))
            .collect(),
        buffered: 0,
        writer,
    }))
}

fn parquet_error(path: &Path, source: parquet::errors::ParquetError) -> ExportError {
    ExportError::Parquet {
        path: path.to_path_buf(),
        source,
    }
}

impl ParquetTable {
    /// Hands the buffered rows to the writer as one record batch.
    fn flush_batch(&mut self) -> Result<(), ExportError> {
        if self.buffered == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.columns.iter_mut().map(ColumnBuilder::take).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)?;
        self.buffered = 0;
        self.writer
            .write(&batch)
            .map_err(|source| parquet_error(&self.path, source))
    }
}

impl TableWriter for ParquetTable {
    fn write_row(&mut self, row: &[Cell<'_>]) -> Result<(), ExportError> {
        for ((builder, cell), column) in self.columns.iter_mut().zip(row).zip(self.spec.columns) {
            if !builder.append(cell) {
                // Row shapes are fixed in `tables`; this is a defect there,
                // reported rather than written as a wrong value.
                return Err(ExportError::Arrow(
                    arrow_schema::ArrowError::InvalidArgumentError(format!(
                        "{}.{}: a {:?} column was given {cell:?}",
                        self.spec.name, column.name, column.kind
                    )),
                ));
            }
        }
        self.buffered += 1;
        if self.buffered >= ROW_GROUP_ROWS {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<PathBuf, ExportError> {
        self.flush_batch()?;
        let path = self.path;
        self.writer
            .close()
            .map_err(|source| parquet_error(&path, source))?;
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::TABLES;
    use arrow_array::Array;

    #[test]
    fn schemas_carry_types_nullability_and_descriptions() {
        let claims = TABLES.iter().find(|t| t.name == "claims").unwrap();
        let schema = arrow_schema(claims);
        let group = schema.field_with_name("claim_group").unwrap();
        assert_eq!(group.data_type(), &DataType::Int64);
        assert!(group.is_nullable());
        let start = schema.field_with_name("start").unwrap();
        assert!(!start.is_nullable());
        assert!(start.metadata()[DESCRIPTION_KEY].contains("code points"));
    }

    #[test]
    fn long_tables_are_written_in_row_groups() {
        use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
        let entities = TABLES.iter().find(|t| t.name == "entities").unwrap();
        let dir = std::env::temp_dir().join(format!("trame-export-groups-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("entities.parquet");
        let mut table = open_table(entities, &path).unwrap();
        // People of the sample corpus, over and over.
        let names = [
            "Aurel Kostan",
            "Piet Lanvaard",
            "Nadia Serban",
            "Надя Сербан",
        ];
        let rows = 2 * ROW_GROUP_ROWS + 1;
        for i in 0..rows {
            let qid = (i % 2 == 0).then_some("Q1");
            table
                .write_row(&[
                    Cell::Int(i as i64),
                    Cell::Text("PER".into()),
                    Cell::Text(names[i % names.len()].into()),
                    qid.map_or(Cell::Null, |q| Cell::Text(q.into())),
                    Cell::Int(1),
                    Cell::Int(2),
                ])
                .unwrap();
        }
        assert_eq!(table.finish().unwrap(), path);

        let reader =
            ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(reader.metadata().num_row_groups(), 3);
        let batches: Vec<RecordBatch> = reader.build().unwrap().map(Result::unwrap).collect();
        assert_eq!(batches.iter().map(|b| b.num_rows()).sum::<usize>(), rows);
        let missing_qids: usize = batches
            .iter()
            .map(|b| b.column_by_name("qid").unwrap().null_count())
            .sum();
        assert_eq!(missing_qids, rows / 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_cell_of_the_wrong_type_is_refused() {
        let mut builder = ColumnBuilder::new(ColumnKind::Int);
        assert!(builder.append(&Cell::Int(3)));
        assert!(builder.append(&Cell::Null));
        assert!(!builder.append(&Cell::Bool(true)));
        assert_eq!(builder.take().len(), 2);
    }
}
