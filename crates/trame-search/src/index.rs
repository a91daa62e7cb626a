//! The index on disk: opening, writing with the store's sequence number in
//! each commit, and searching.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use tantivy::collector::sort_key::NaturalComparator;
use tantivy::collector::{Count, SegmentSortKeyComputer, SortKeyComputer, TopDocs};
use tantivy::columnar::Column;
use tantivy::directory::error::LockError;
use tantivy::directory::MmapDirectory;
use tantivy::query::{AllQuery, BooleanQuery, Occur};
use tantivy::schema::Value;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DateTime, Directory, DocAddress, DocId, Index, IndexReader, IndexSettings, IndexWriter,
    ReloadPolicy, Score, Searcher, SegmentReader, TantivyDocument, TantivyError, Term,
};

use crate::analysis::{normalize_language, Analysis, KEY_ANALYZER};
use crate::dates::parse_published;
use crate::facets::{facets, FacetCollector};
use crate::query::{entity_keys, filter_clauses, parse_clauses, text_query};
use crate::schema::{column, Fields, ENTITY_NAME_SEPARATOR};
use crate::snippet::SnippetMaker;
use crate::{Hit, IndexedDocument, SearchError, SearchQuery, SearchResults};

/// The file tantivy rewrites atomically at each commit.
const META_FILE: &str = "meta.json";

/// Results per page when the query asks for 0, and at most.
const DEFAULT_LIMIT: usize = 10;
const MAX_LIMIT: usize = 100;

/// Bounds of tantivy's indexing memory budget (per indexing thread; the
/// writer uses fewer threads rather than go below the minimum).
const MIN_WRITER_HEAP: usize = 15_000_000;
const MAX_WRITER_HEAP: usize = 4_000_000_000;

/// A search index in a directory. Share it behind an `Arc`: every method
/// takes `&self`.
pub struct SearchIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    read_only: bool,
    /// `meta.json` as the reader last loaded it: another file on disk means
    /// a newer commit, by this process or another.
    loaded_meta: Mutex<Vec<u8>>,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("dir", &self.dir)
            .field("read_only", &self.read_only)
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating the directory and the index on
    /// first use.
    pub fn open_or_create(dir: &Path) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir).map_err(|source| SearchError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let directory = open_directory(dir)?;
        let (schema, fields) = Fields::build();
        let index = if Index::exists(&directory).map_err(TantivyError::from)? {
            open_checked(dir, directory)?
        } else {
            Index::create(directory, schema, IndexSettings::default())?
        };
        Self::ready(dir, index, fields, false)
    }

    /// Opens an existing index to search it while another process may
    /// write to it; [`SearchIndex::writer`] then fails.
    pub fn open_read_only(dir: &Path) -> Result<Self, SearchError> {
        let not_found = || SearchError::NotFound(dir.to_path_buf());
        if !dir.is_dir() {
            return Err(not_found());
        }
        let directory = open_directory(dir)?;
        if !Index::exists(&directory).map_err(TantivyError::from)? {
            return Err(not_found());
        }
        let (_, fields) = Fields::build();
        let index = open_checked(dir, directory)?;
        Self::ready(dir, index, fields, true)
    }

    fn ready(
        dir: &Path,
        mut index: Index,
        fields: Fields,
        read_only: bool,
    ) -> Result<Self, SearchError> {
        crate::analysis::register_analyzers(index.tokenizers());
        // Segments are searched in parallel: a query that matches most of
        // the corpus spends its time counting facets segment by segment.
        index.set_default_multithread_executor()?;
        // Read before the reader loads, so that a commit landing in
        // between is seen as new by the next search.
        let loaded_meta = read_meta(&index)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            read_only,
            loaded_meta: Mutex::new(loaded_meta),
        })
    }

    /// The writer of the index, with an indexing memory budget of
    /// `heap_bytes` (raised to tantivy's minimum of 15 MB). Only one
    /// writer may exist at a time, across processes.
    pub fn writer(&self, heap_bytes: usize) -> Result<IndexWriterHandle, SearchError> {
        if self.read_only {
            return Err(SearchError::ReadOnly(self.dir.clone()));
        }
        let heap_bytes = heap_bytes.clamp(MIN_WRITER_HEAP, MAX_WRITER_HEAP);
        let writer = self.index.writer(heap_bytes).map_err(|error| match error {
            TantivyError::LockFailure(LockError::LockBusy, _) => {
                SearchError::WriterLocked(self.dir.clone())
            }
            other => other.into(),
        })?;
        Ok(IndexWriterHandle {
            writer,
            fields: self.fields.clone(),
        })
    }

    /// The store sequence number recorded by the last commit (`None` for a
    /// fresh index).
    pub fn committed_seq(&self) -> Result<Option<u64>, SearchError> {
        let payload = self.index.load_metas()?.payload;
        payload
            .map(|payload| {
                payload
                    .parse()
                    .map_err(|_| SearchError::InvalidPayload(payload.clone()))
            })
            .transpose()
    }

    /// Documents in the last commit this index has loaded. It loads a newer
    /// commit first when there is one; if that fails, it counts the
    /// commit it has.
    pub fn doc_count(&self) -> u64 {
        // The count stays meaningful without the refresh, and the next
        // search reports what made it fail.
        let _ = self.refresh();
        self.reader.searcher().num_docs()
    }

    /// Runs a query against the latest commit.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults, SearchError> {
        self.refresh()?;
        let searcher = self.reader.searcher();
        let mut analyzers = Analysis::ALL.map(|analysis| self.analyzer(analysis.analyzer_name()));
        let mut key_analyzer = self.analyzer(KEY_ANALYZER);

        let text = text_query(&parse_clauses(&query.text), &self.fields, &mut analyzers);
        let mut clauses = filter_clauses(query, &self.fields, &mut key_analyzer)?;
        let ranked_by_score = text.has_required;
        if !ranked_by_score && clauses.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        clauses.extend(text.clauses);
        let combined = BooleanQuery::new(clauses);

        let limit = match query.limit {
            0 => DEFAULT_LIMIT,
            limit => limit.min(MAX_LIMIT),
        };
        // Past the last document every page is empty; capping the offset
        // keeps `offset + limit` small.
        let offset = query.offset.min(searcher.num_docs() as usize);
        let page = TopDocs::with_limit(limit).and_offset(offset);
        let (top, total, facet_values) = if ranked_by_score {
            searcher.search(&combined, &(page.order_by_score(), Count, FacetCollector))?
        } else {
            let (newest, total, facet_values) = searcher.search(
                &combined,
                &(page.order_by(NewestFirst), Count, FacetCollector),
            )?;
            let unscored = newest
                .into_iter()
                .map(|(_, address)| (0.0, address))
                .collect();
            (unscored, total, facet_values)
        };

        let snippets =
            SnippetMaker::new(&self.index, &searcher, &self.fields, &text.highlight_terms)?;
        let hits = top
            .into_iter()
            .map(|(score, address)| self.hit(&searcher, &snippets, score, address))
            .collect::<Result<_, _>>()?;
        Ok(SearchResults {
            total,
            hits,
            facets: facets(facet_values),
        })
    }

    fn analyzer(&self, name: &str) -> TextAnalyzer {
        // Registered by `ready` on every index this type opens.
        self.index
            .tokenizers()
            .get(name)
            .expect("analysers are registered when the index is opened")
    }

    fn hit(
        &self,
        searcher: &Searcher,
        snippets: &SnippetMaker,
        score: Score,
        address: DocAddress,
    ) -> Result<Hit, SearchError> {
        let stored: TantivyDocument = searcher.doc(address)?;
        let text_of = |field| {
            stored
                .get_first(field)
                .and_then(|value| value.as_str().map(str::to_string))
        };
        let language = text_of(self.fields.language);
        let text = text_of(self.fields.text).unwrap_or_default();
        Ok(Hit {
            id: text_of(self.fields.id).unwrap_or_default(),
            score,
            title: text_of(self.fields.title).unwrap_or_default(),
            outlet: text_of(self.fields.outlet),
            published: text_of(self.fields.published),
            snippet: snippets.snippet(Analysis::for_language(language.as_deref()), &text),
            language,
        })
    }

    /// Loads the latest commit if `meta.json` changed since the last load.
    fn refresh(&self) -> Result<(), SearchError> {
        let meta = read_meta(&self.index)?;
        let mut loaded = self
            .loaded_meta
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if *loaded != meta {
            // A writer's merge may delete the files of the commit read
            // between reading its meta and opening its segments; the
            // second attempt reads the newer commit.
            self.reader.reload().or_else(|_| self.reader.reload())?;
            *loaded = meta;
        }
        Ok(())
    }
}

fn open_directory(dir: &Path) -> Result<MmapDirectory, SearchError> {
    MmapDirectory::open(dir).map_err(|error| SearchError::Tantivy(error.into()))
}

/// Opens an existing index, refusing one built with another schema.
fn open_checked(dir: &Path, directory: MmapDirectory) -> Result<Index, SearchError> {
    let index = Index::open(directory)?;
    let (expected, _) = Fields::build();
    if index.schema() != expected {
        return Err(SearchError::SchemaMismatch(dir.to_path_buf()));
    }
    Ok(index)
}

fn read_meta(index: &Index) -> Result<Vec<u8>, SearchError> {
    Ok(index
        .directory()
        .atomic_read(Path::new(META_FILE))
        .map_err(TantivyError::from)?)
}

/// The writer of a [`SearchIndex`]. Changes become visible to searches at
/// [`IndexWriterHandle::commit`]; dropping the handle discards uncommitted
/// changes and releases the lock.
pub struct IndexWriterHandle {
    writer: IndexWriter<TantivyDocument>,
    fields: Fields,
}

impl fmt::Debug for IndexWriterHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IndexWriterHandle").finish_non_exhaustive()
    }
}

impl IndexWriterHandle {
    /// Adds a document, replacing any document with the same id.
    pub fn add(&mut self, doc: &IndexedDocument) -> Result<(), SearchError> {
        self.writer
            .delete_term(Term::from_field_text(self.fields.id, &doc.id));
        self.writer.add_document(self.document(doc))?;
        Ok(())
    }

    /// Deletes the document with this id, if there is one.
    pub fn delete(&mut self, id: &str) -> Result<(), SearchError> {
        self.writer
            .delete_term(Term::from_field_text(self.fields.id, id));
        Ok(())
    }

    /// Makes the changes visible and records `seq`, the store's sequence
    /// number they bring the index up to, in the same atomic commit.
    pub fn commit(&mut self, seq: u64) -> Result<(), SearchError> {
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&seq.to_string());
        prepared.commit()?;
        Ok(())
    }

    fn document(&self, doc: &IndexedDocument) -> TantivyDocument {
        let fields = &self.fields;
        let mut indexed = TantivyDocument::default();
        indexed.add_text(fields.id, &doc.id);
        indexed.add_u64(fields.seq, doc.seq);
        indexed.add_text(fields.title, &doc.title);
        indexed.add_text(fields.text, &doc.text);

        let language = doc.language.as_deref().and_then(normalize_language);
        let analysis = Analysis::for_language(language.as_deref());
        indexed.add_text(fields.title_by_analysis[analysis.index()], &doc.title);
        indexed.add_text(fields.text_by_analysis[analysis.index()], &doc.text);
        if let Some(language) = &language {
            indexed.add_text(fields.language, language);
        }
        if let Some(outlet) = doc
            .outlet
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            indexed.add_text(fields.outlet, outlet);
        }
        if let Some(published) = &doc.published {
            indexed.add_text(fields.published, published);
            if let Some(date) = parse_published(published) {
                indexed.add_date(fields.published_at, date.at);
                indexed.add_text(fields.month, &date.month);
            }
        }

        // Facets count documents, so each value goes in once per document.
        let mut entity_ids: Vec<i64> = Vec::new();
        let mut labels: Vec<&str> = Vec::new();
        for entity in &doc.entities {
            if entity_ids.contains(&entity.id) {
                continue;
            }
            entity_ids.push(entity.id);
            for key in entity_keys(entity) {
                indexed.add_text(fields.entity_key, key);
            }
            indexed.add_text(
                fields.entity,
                format!("{}{ENTITY_NAME_SEPARATOR}{}", entity.id, entity.name.trim()),
            );
            let label = entity.label.trim();
            if !label.is_empty() && !labels.contains(&label) {
                labels.push(label);
                indexed.add_text(fields.label, label);
            }
        }
        for speaker in &doc.speakers {
            for key in entity_keys(speaker) {
                indexed.add_text(fields.speaker_key, key);
            }
        }
        for (field, values) in [
            (fields.source_kind, &doc.source_kinds),
            (fields.technique, &doc.techniques),
        ] {
            let mut seen: Vec<&str> = Vec::new();
            for value in values.iter().map(|value| value.trim()) {
                if !value.is_empty() && !seen.contains(&value) {
                    seen.push(value);
                    indexed.add_text(field, value);
                }
            }
        }
        indexed
    }
}

/// Orders documents newest first by publication date, undated last, then
/// by descending sequence number.
struct NewestFirst;

struct NewestFirstInSegment {
    published_at: Option<Column<DateTime>>,
    seq: Option<Column<u64>>,
}

impl SortKeyComputer for NewestFirst {
    type SortKey = (Option<i64>, u64);
    type Child = NewestFirstInSegment;
    type Comparator = NaturalComparator;

    fn segment_sort_key_computer(
        &self,
        segment_reader: &SegmentReader,
    ) -> tantivy::Result<NewestFirstInSegment> {
        // A segment where no document has a date has no date column.
        let fast_fields = segment_reader.fast_fields();
        Ok(NewestFirstInSegment {
            published_at: fast_fields.column_opt(column::PUBLISHED_AT)?,
            seq: fast_fields.column_opt(column::SEQ)?,
        })
    }
}

impl SegmentSortKeyComputer for NewestFirstInSegment {
    type SortKey = (Option<i64>, u64);
    type SegmentSortKey = (Option<i64>, u64);
    type SegmentComparator = NaturalComparator;

    fn segment_sort_key(&mut self, doc: DocId, _score: Score) -> (Option<i64>, u64) {
        let published_at = self
            .published_at
            .as_ref()
            .and_then(|column| column.first(doc))
            .map(DateTime::into_timestamp_secs);
        let seq = self
            .seq
            .as_ref()
            .and_then(|column| column.first(doc))
            .unwrap_or_default();
        (published_at, seq)
    }

    fn convert_segment_sort_key(&self, sort_key: (Option<i64>, u64)) -> (Option<i64>, u64) {
        sort_key
    }
}
