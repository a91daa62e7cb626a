//! Incremental, crash-safe ingest: records are analysed in parallel, then a
//! single writer stores each document with its layers, links it to the
//! corpus (entities, claim groups, stories) and indexes it for search.
//!
//! Crash safety rests on two rules. The database commits in transactions
//! of whole documents, so a killed ingest leaves every document it reported
//! committed and nothing half-written. The search index only ever receives
//! documents after their transaction committed, and each index commit
//! records the last sequence number it holds; the next open catches the
//! index up from the database.

use crate::schema;
use crate::sqlite::{decode_body, encode_body, SqliteStore};
use crate::tallies::Tallies;
use crate::{Result, StoreError};
use rusqlite::{params, Connection, OptionalExtension};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use trame_corpus::{ClaimKey, Fingerprint};
use trame_doc::{Document, Entity, TextIndex};
use trame_ingest::{IngestError, RawRecord};
use trame_pipeline::{AnalyzeError, Pipeline};
use trame_search::{IndexWriterHandle, IndexedDocument, IndexedEntity};

/// How often an ingest commits.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Documents per database transaction at most.
    pub commit_every: usize,
    /// Time between database commits at most.
    pub commit_interval: Duration,
    /// Time between search-index commits at most (an index commit costs a
    /// segment; the index catches up from the database after a crash).
    pub index_commit_interval: Duration,
    /// Memory for the search index writer.
    pub index_heap_bytes: usize,
}

impl Default for IngestOptions {
    /// Large transactions: random-place index inserts make a transaction's
    /// cost grow with the number of pages it touches, not of documents, and
    /// on a 40,000-document store 2,048 documents or 4 s per transaction
    /// ingested 315 documents/s where 256 or 1 s managed 225.
    fn default() -> Self {
        IngestOptions {
            commit_every: 2048,
            commit_interval: Duration::from_secs(4),
            index_commit_interval: Duration::from_secs(10),
            index_heap_bytes: 64 << 20,
        }
    }
}

/// Where an ingest stands; handed to the caller after every commit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IngestProgress {
    /// Documents added by this run and committed (new and new versions).
    pub committed: u64,
    /// Records skipped because the store already holds them.
    pub skipped: u64,
    pub failed: u64,
    /// The sequence number of the last committed document.
    pub last_seq: u64,
}

/// What an ingest did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IngestReport {
    pub added: u64,
    /// Of `added`, documents that replaced an older version of themselves.
    pub new_versions: u64,
    pub skipped: u64,
    pub failures: BTreeMap<&'static str, usize>,
    /// Bytes of input content analysed.
    pub input_bytes: u64,
    /// Documents the search index was missing when the run began (left by
    /// an interrupted run) and received.
    pub reindexed: u64,
}

/// A document analysed and prepared on a worker thread: everything the
/// writer needs that does not depend on the store.
struct Prepared {
    doc: Document,
    raw_hash: String,
    fingerprint: Fingerprint,
    entity_keys: Vec<Option<String>>,
    /// Distinct surface forms of each entity's mentions.
    entity_names: Vec<Vec<String>>,
    /// The text each relation rests on.
    relation_evidence: Vec<String>,
    claim_keys: Vec<Option<ClaimKey>>,
    body: Vec<u8>,
}

impl Prepared {
    fn new(doc: Document, raw_hash: String) -> Result<Self> {
        let fingerprint = trame_corpus::fingerprint(&doc);
        let entity_keys: Vec<Option<String>> =
            doc.entities.iter().map(trame_corpus::entity_key).collect();
        let index = TextIndex::new(&doc.text);
        let entity_names = surface_names(&doc, &index);
        let relation_evidence = doc
            .relations
            .iter()
            .map(|r| span_text(&doc, &index, trame_doc::Span::new(r.start, r.end)).to_string())
            .collect();
        let key_by_local: HashMap<String, String> = doc
            .entities
            .iter()
            .zip(&entity_keys)
            .filter_map(|(e, k)| Some((e.id.clone(), k.clone()?)))
            .collect();
        let claim_keys = doc
            .claims
            .iter()
            .map(|c| trame_corpus::claim_key(c, &key_by_local))
            .collect();
        let body = encode_body(&doc)?;
        Ok(Prepared {
            doc,
            raw_hash,
            fingerprint,
            entity_keys,
            entity_names,
            relation_evidence,
            claim_keys,
            body,
        })
    }
}

/// The distinct words each entity is mentioned by, in mention order.
pub(crate) fn surface_names(doc: &Document, index: &TextIndex) -> Vec<Vec<String>> {
    doc.entities
        .iter()
        .map(|e| {
            let mut names: Vec<String> = Vec::new();
            for &span in &e.mentions {
                let name = span_text(doc, index, span).trim();
                if !name.is_empty() && !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
            names
        })
        .collect()
}

/// The text of `span`, or "" for a span outside the text (a document read
/// back from a store written by another version).
fn span_text<'a>(doc: &'a Document, index: &TextIndex, span: trame_doc::Span) -> &'a str {
    if span.end > index.len_chars() || span.is_empty() {
        ""
    } else {
        index.slice(&doc.text, span)
    }
}

/// A message from the analysis threads to the writer.
enum Analysed {
    Ready(Box<Prepared>),
    Failed(AnalyzeError),
    Broken(StoreError),
}

impl SqliteStore {
    /// Analyses `records` with `pipeline` and stores them. Records the store
    /// already holds (same content) are skipped before analysis; a record
    /// whose identity (canonical URL, URL, path) matches a stored document
    /// and whose text is a version of it supersedes it. `on_commit` is
    /// called after every committed transaction, `on_failure` for every
    /// record that could not be analysed (the run goes on).
    pub fn ingest<I>(
        &self,
        pipeline: &Pipeline,
        records: I,
        options: &IngestOptions,
        on_commit: &mut dyn FnMut(&IngestProgress),
        on_failure: &mut dyn FnMut(&AnalyzeError),
    ) -> Result<IngestReport>
    where
        I: Iterator<Item = Result<RawRecord, IngestError>> + Send,
    {
        // Taking the index writer first makes a second concurrent ingest
        // fail at once, with the index's lock message.
        let index_writer = self
            .index()
            .writer(options.index_heap_bytes)
            .map_err(|e| StoreError::Search(e.to_string()))?;
        let mut writer = Writer {
            conn: schema::open_writer(&self.db_path())?,
            index: index_writer,
            pending_index: Vec::new(),
            last_index_commit: Instant::now(),
            index_dirty: false,
            last_seq: 0,
            saturated_keys: HashSet::new(),
            fingerprints: HashMap::new(),
            entity_ids: HashMap::new(),
            tallies: Tallies::default(),
        };
        let mut report = IngestReport {
            reindexed: writer.catch_up_index(self.index_committed_seq()?)?,
            ..Default::default()
        };
        let skipped = AtomicU64::new(0);
        let stop = AtomicBool::new(false);
        let (tx, rx) = mpsc::sync_channel::<Analysed>(256);
        let mut progress = IngestProgress::default();

        let outcome: Result<()> = std::thread::scope(|scope| {
            // Owned here so that leaving early drops it: the analysis
            // threads then see the writer gone and stop.
            let rx = rx;
            let producer = scope.spawn(|| {
                let tx = tx;
                let lookup = match schema::open_reader(&self.db_path()) {
                    Ok(conn) => conn,
                    Err(e) => {
                        let _ = tx.send(Analysed::Broken(e));
                        return 0;
                    }
                };
                // Content hashes of the records in flight, in input order:
                // the pipeline keeps order, so each result takes the front.
                let hashes: RefCell<VecDeque<String>> = RefCell::new(VecDeque::new());
                let fresh = records
                    .take_while(|_| !stop.load(Ordering::Relaxed))
                    .filter(|record| match record {
                        Ok(r) => {
                            let hash = r.content_hash();
                            if holds_raw(&lookup, &hash) {
                                skipped.fetch_add(1, Ordering::Relaxed);
                                false
                            } else {
                                hashes.borrow_mut().push_back(hash);
                                true
                            }
                        }
                        Err(_) => {
                            hashes.borrow_mut().push_back(String::new());
                            true
                        }
                    });
                let summary = pipeline.analyze_stream_map(
                    fresh,
                    |doc| doc,
                    |result| {
                        let hash = hashes.borrow_mut().pop_front().unwrap_or_default();
                        let message = match result.map(|doc| Prepared::new(doc, hash)) {
                            Ok(Ok(p)) => Analysed::Ready(Box::new(p)),
                            Ok(Err(e)) => Analysed::Broken(e),
                            Err(e) => Analysed::Failed(e),
                        };
                        if tx.send(message).is_err() {
                            stop.store(true, Ordering::Relaxed);
                        }
                    },
                );
                summary.input_bytes
            });

            let mut in_tx = 0usize;
            let mut tx_started = Instant::now();
            let result = loop {
                let message = match rx.recv_timeout(options.commit_interval) {
                    Ok(m) => Some(m),
                    Err(mpsc::RecvTimeoutError::Timeout) => None,
                    Err(mpsc::RecvTimeoutError::Disconnected) => break Ok(()),
                };
                match message {
                    Some(Analysed::Ready(prepared)) => {
                        if in_tx == 0 {
                            writer.begin()?;
                            tx_started = Instant::now();
                        }
                        match writer.insert(*prepared)? {
                            Stored::New => report.added += 1,
                            Stored::NewVersion => {
                                report.added += 1;
                                report.new_versions += 1;
                            }
                            Stored::Held => {
                                skipped.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        in_tx += 1;
                    }
                    Some(Analysed::Failed(e)) => {
                        *report.failures.entry(e.kind()).or_default() += 1;
                        progress.failed += 1;
                        on_failure(&e);
                    }
                    Some(Analysed::Broken(e)) => break Err(e),
                    None => {}
                }
                if in_tx > 0
                    && (in_tx >= options.commit_every
                        || tx_started.elapsed() >= options.commit_interval)
                {
                    writer.commit(options.index_commit_interval)?;
                    progress.committed += in_tx as u64;
                    progress.skipped = skipped.load(Ordering::Relaxed);
                    progress.last_seq = writer.last_seq;
                    in_tx = 0;
                    on_commit(&progress);
                }
            };
            if result.is_err() {
                stop.store(true, Ordering::Relaxed);
                drop(rx);
            }
            let input_bytes = producer.join().unwrap_or(0);
            report.input_bytes = input_bytes;
            result?;
            if in_tx > 0 {
                writer.commit(Duration::ZERO)?;
                progress.committed += in_tx as u64;
            }
            Ok(())
        });
        outcome?;
        progress.last_seq = writer.last_seq;
        writer.finish()?;
        report.skipped = skipped.load(Ordering::Relaxed);
        progress.skipped = report.skipped;
        on_commit(&progress);
        Ok(report)
    }
}

fn holds_raw(conn: &Connection, hash: &str) -> bool {
    conn.prepare_cached("SELECT 1 FROM documents WHERE raw_hash = ?1 LIMIT 1")
        .and_then(|mut st| st.exists([hash]))
        .unwrap_or(false)
}

/// The single writer of an ingest.
struct Writer {
    conn: Connection,
    index: IndexWriterHandle,
    /// Documents stored in the open transaction, for the index once it commits.
    pending_index: Vec<PendingIndex>,
    last_index_commit: Instant,
    index_dirty: bool,
    last_seq: u64,
    /// Keys found held by more than `MAX_KEY_DOCUMENTS` documents: they are
    /// no evidence of a version, so they are neither looked up again (which
    /// reads `MAX_KEY_DOCUMENTS` rows to learn it) nor extended. Bounded by
    /// `MAX_SATURATED_KEYS`; a key forgotten is found saturated again.
    saturated_keys: HashSet<u64>,
    /// Decoded fingerprints of stored documents, by sequence number.
    fingerprints: HashMap<i64, Rc<Fingerprint>>,
    /// Corpus entity ids by key (entity rows are never deleted, so an id
    /// once read stays right); up to `ENTITY_IDS_KEPT`.
    entity_ids: HashMap<String, i64>,
    /// Counter increments of the open transaction.
    tallies: Tallies,
}

/// What became of a document handed to the writer.
enum Stored {
    New,
    /// It replaced an older version of itself.
    NewVersion,
    /// The store already held it (same content read twice in one run, or
    /// the same page again with only its markup changed).
    Held,
}

enum PendingIndex {
    Add(Box<IndexedDocument>),
    Delete(String),
}

/// Of the documents sharing keys with a new one, at most this many (those
/// sharing the most) are compared with it.
const MAX_CANDIDATES: usize = 64;
/// A key held by more documents than this says nothing about versions.
const MAX_KEY_DOCUMENTS: usize = 500;
/// Saturated keys the writer remembers at most (8 bytes each).
const MAX_SATURATED_KEYS: usize = 1 << 20;
/// Decoded fingerprints the writer keeps at most (about 2 KB each).
const FINGERPRINTS_KEPT: usize = 8_192;
/// Entity ids the writer keeps by key at most (under 100 bytes each).
const ENTITY_IDS_KEPT: usize = 1 << 17;

impl Writer {
    fn begin(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(())
    }

    fn commit(&mut self, index_interval: Duration) -> Result<()> {
        self.tallies.flush(&self.conn)?;
        self.conn.execute_batch("COMMIT")?;
        for pending in self.pending_index.drain(..) {
            match pending {
                PendingIndex::Add(doc) => self.index.add(&doc),
                PendingIndex::Delete(id) => self.index.delete(&id),
            }
            .map_err(|e| StoreError::Search(e.to_string()))?;
            self.index_dirty = true;
        }
        if self.index_dirty && self.last_index_commit.elapsed() >= index_interval {
            self.commit_index()?;
        }
        Ok(())
    }

    fn commit_index(&mut self) -> Result<()> {
        self.index
            .commit(self.last_seq)
            .map_err(|e| StoreError::Search(e.to_string()))?;
        self.index_dirty = false;
        self.last_index_commit = Instant::now();
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        if self.index_dirty {
            self.commit_index()?;
        }
        Ok(())
    }

    /// Indexes the committed documents the index does not hold yet.
    fn catch_up_index(&mut self, indexed: Option<u64>) -> Result<u64> {
        let from = indexed.unwrap_or(0);
        self.last_seq =
            self.conn
                .query_row("SELECT COALESCE(MAX(seq), 0) FROM documents", [], |r| {
                    r.get::<_, i64>(0)
                })? as u64;
        if indexed.is_some() && from >= self.last_seq {
            return Ok(0);
        }
        let mut count = 0;
        let seqs: Vec<(i64, Option<String>)> = {
            let mut st = self
                .conn
                .prepare("SELECT seq, superseded_by FROM documents WHERE seq > ?1 ORDER BY seq")?;
            let rows = st.query_map([from as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        for (seq, superseded_by) in seqs {
            if superseded_by.is_some() {
                continue;
            }
            if let Some(doc) = crate::read::load_stored(&self.conn, seq)? {
                let indexed = indexed_document(&self.conn, &doc)?;
                self.index
                    .add(&indexed)
                    .map_err(|e| StoreError::Search(e.to_string()))?;
                count += 1;
            }
        }
        self.commit_index()?;
        Ok(count)
    }

    /// Stores one document.
    fn insert(&mut self, mut p: Prepared) -> Result<Stored> {
        let text_hash = trame_ingest::hash_hex(p.doc.text.as_bytes());
        let held = self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE raw_hash = ?1 LIMIT 1")?
            .exists([&p.raw_hash])?;
        if held {
            return Ok(Stored::Held);
        }
        let doc = &p.doc;
        let identity = doc
            .meta
            .canonical_url
            .clone()
            .or_else(|| doc.source.url.clone())
            .unwrap_or_else(|| doc.source.path.clone());

        let previous: Option<(i64, String, i64, String)> = self
            .conn
            .prepare_cached(
                "SELECT seq, id, version, text_hash FROM documents
                 WHERE identity = ?1 AND superseded_by IS NULL ORDER BY seq DESC LIMIT 1",
            )?
            .query_row([&identity], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let previous = match previous {
            Some((_, _, _, old_text)) if old_text == text_hash => return Ok(Stored::Held),
            Some((seq, id, version, _)) => {
                let fp = self.fingerprint_of(seq)?;
                fp.filter(|fp| trame_corpus::compare(fp, &p.fingerprint).is_some())
                    .map(|_| (seq, id, version))
            }
            None => None,
        };
        let version = previous.as_ref().map_or(1, |(_, _, v)| v + 1);

        // A caller's id reused for changed content: keep both, apart.
        let id_taken = self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?
            .exists([&p.doc.id])?;
        if id_taken {
            p.doc.id = format!("{}@{}", p.doc.id, p.raw_hash);
            p.body = encode_body(&p.doc)?;
        }
        let doc = &p.doc;

        self.conn
            .prepare_cached(
                "INSERT INTO documents
                 (id, raw_hash, text_hash, identity, version, title, outlet, language, published,
                  url, provenance, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?
            .execute(params![
                doc.id,
                p.raw_hash,
                text_hash,
                identity,
                version,
                doc.meta.title,
                doc.meta.outlet,
                doc.meta.language,
                doc.meta.published,
                doc.meta.canonical_url.as_ref().or(doc.source.url.as_ref()),
                serde_json::to_string(&doc.provenance)?,
                p.body,
            ])?;
        let seq = self.conn.last_insert_rowid();
        self.last_seq = seq as u64;
        self.tallies.counter("documents", 1);

        if let Some((old_seq, old_id, _)) = &previous {
            self.conn
                .prepare_cached("UPDATE documents SET superseded_by = ?1 WHERE seq = ?2")?
                .execute(params![doc.id, old_seq])?;
            self.retract(*old_seq)?;
            self.pending_index
                .push(PendingIndex::Delete(old_id.clone()));
        }

        let entity_ids = self.store_entities(seq, &p)?;
        let local_to_corpus: HashMap<&str, i64> = doc
            .entities
            .iter()
            .zip(&entity_ids)
            .map(|(e, &id)| (e.id.as_str(), id))
            .collect();
        self.store_quotes(seq, doc, &local_to_corpus)?;
        self.store_claims(seq, doc, &p.claim_keys, &local_to_corpus)?;
        self.store_relations(seq, doc, &p.relation_evidence, &local_to_corpus)?;
        self.link_story(seq, &p)?;

        let stored = crate::StoredDocument {
            seq: seq as u64,
            version: version as u32,
            superseded_by: None,
            story: None,
            entity_ids: Vec::new(),
            claim_groups: Vec::new(),
            document: p.doc,
        };
        let indexed = indexed_document(&self.conn, &stored)?;
        self.pending_index
            .push(PendingIndex::Add(Box::new(indexed)));
        Ok(if previous.is_some() {
            Stored::NewVersion
        } else {
            Stored::New
        })
    }

    /// A stored document's fingerprint. Stored fingerprints never change,
    /// and the documents of a story come up as candidates again and again,
    /// so decoded ones are kept (up to `FINGERPRINTS_KEPT`).
    fn fingerprint_of(&mut self, seq: i64) -> Result<Option<Rc<Fingerprint>>> {
        if let Some(fp) = self.fingerprints.get(&seq) {
            return Ok(Some(Rc::clone(fp)));
        }
        let bytes: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT data FROM fingerprints WHERE seq = ?1")?
            .query_row([seq], |r| r.get(0))
            .optional()?;
        let Some(fp) = bytes.and_then(|b| Fingerprint::from_bytes(&b)) else {
            return Ok(None);
        };
        if self.fingerprints.len() >= FINGERPRINTS_KEPT {
            self.fingerprints.clear();
        }
        let fp = Rc::new(fp);
        self.fingerprints.insert(seq, Rc::clone(&fp));
        Ok(Some(fp))
    }

    fn store_entities(&mut self, seq: i64, p: &Prepared) -> Result<Vec<i64>> {
        let language = p.doc.meta.language.as_deref().unwrap_or("");
        let month = month_of(&p.doc);
        let mut ids = Vec::with_capacity(p.doc.entities.len());
        for ((entity, key), names) in p
            .doc
            .entities
            .iter()
            .zip(&p.entity_keys)
            .zip(&p.entity_names)
        {
            let id = match key {
                Some(k) => match self.entity_ids.get(k) {
                    Some(&id) => id,
                    None => {
                        let id = self.find_or_add_entity(Some(k), entity)?;
                        if self.entity_ids.len() >= ENTITY_IDS_KEPT {
                            self.entity_ids.clear();
                        }
                        self.entity_ids.insert(k.clone(), id);
                        id
                    }
                },
                None => self.find_or_add_entity(None, entity)?,
            };
            let mentions = entity.mentions.len() as i64;
            self.conn
                .prepare_cached(
                    "INSERT OR REPLACE INTO doc_entities (seq, local, entity, mentions)
                     VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![seq, entity.id, id, mentions])?;
            self.tallies.entity(id, 1, mentions, &month);
            for name in names {
                self.tallies.name(id, language, name, 1);
            }
            ids.push(id);
        }
        Ok(ids)
    }

    /// The id of the corpus entity with `key`, added if there is none; an
    /// entity without a key (document-local) is always added.
    fn find_or_add_entity(&mut self, key: Option<&String>, entity: &Entity) -> Result<i64> {
        if let Some(k) = key {
            let existing: Option<i64> = self
                .conn
                .prepare_cached("SELECT id FROM entities WHERE key = ?1")?
                .query_row([k], |r| r.get(0))
                .optional()?;
            if let Some(id) = existing {
                return Ok(id);
            }
        }
        self.conn
            .prepare_cached("INSERT INTO entities (key, label, name, qid) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![
                key,
                entity.label.as_str(),
                entity.name,
                entity.kb_id
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    fn store_quotes(&mut self, seq: i64, doc: &Document, ids: &HashMap<&str, i64>) -> Result<()> {
        self.tallies.counter("quotes", doc.quotes.len() as i64);
        let mut st = self.conn.prepare_cached(
            "INSERT INTO quotes (seq, idx, kind, speaker, start, end, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (idx, q) in doc.quotes.iter().enumerate() {
            let speaker = q.speaker.as_deref().and_then(|s| ids.get(s));
            let kind = serde_json::to_value(q.kind)?;
            st.execute(params![
                seq,
                idx as i64,
                kind.as_str().unwrap_or("direct"),
                speaker,
                q.start as i64,
                q.end as i64,
                q.text
            ])?;
        }
        Ok(())
    }

    fn store_claims(
        &mut self,
        seq: i64,
        doc: &Document,
        keys: &[Option<ClaimKey>],
        ids: &HashMap<&str, i64>,
    ) -> Result<()> {
        self.tallies.counter("claims", doc.claims.len() as i64);
        for (idx, (claim, key)) in doc.claims.iter().zip(keys).enumerate() {
            let group: Option<i64> = match key {
                Some(k) => Some(
                    self.conn
                        .prepare_cached(
                            "INSERT INTO claim_groups (key, label, appearances) VALUES (?1, ?2, 1)
                             ON CONFLICT (key) DO UPDATE SET appearances = appearances + 1
                             RETURNING id",
                        )?
                        .query_row(params![k.key, k.label], |r| r.get(0))?,
                ),
                None => None,
            };
            let source_entity = claim.source.entity.as_deref().and_then(|s| ids.get(s));
            let kind = serde_json::to_value(claim.source.kind)?;
            let hedges: Vec<&str> = claim.hedges.iter().map(|h| h.text.as_str()).collect();
            self.conn
                .prepare_cached(
                    "INSERT INTO claims
                     (seq, idx, start, end, text, source_kind, outlet, source_entity, source_text,
                      hedges, grp)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )?
                .execute(params![
                    seq,
                    idx as i64,
                    claim.start as i64,
                    claim.end as i64,
                    claim.text,
                    kind.as_str().unwrap_or("none"),
                    doc.meta.outlet,
                    source_entity,
                    claim.source.text,
                    serde_json::to_string(&hedges)?,
                    group
                ])?;
            let entities: HashSet<i64> = claim
                .entities
                .iter()
                .filter_map(|e| ids.get(e.as_str()).copied())
                .collect();
            for entity in entities {
                self.conn
                    .prepare_cached(
                        "INSERT OR IGNORE INTO claim_entities (entity, seq, idx) VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![entity, seq, idx as i64])?;
            }
        }
        Ok(())
    }

    fn store_relations(
        &mut self,
        seq: i64,
        doc: &Document,
        evidence: &[String],
        ids: &HashMap<&str, i64>,
    ) -> Result<()> {
        let mut st = self.conn.prepare_cached(
            "INSERT INTO relations
             (seq, idx, kind, subject, object, role, negated, start, end, evidence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for ((idx, r), evidence) in doc.relations.iter().enumerate().zip(evidence) {
            let (Some(subject), Some(object)) =
                (ids.get(r.subject.as_str()), ids.get(r.object.as_str()))
            else {
                continue;
            };
            st.execute(params![
                seq,
                idx as i64,
                r.kind,
                subject,
                object,
                r.role,
                r.negated,
                r.start as i64,
                r.end as i64,
                evidence
            ])?;
        }
        Ok(())
    }

    /// Finds the stored versions of the document through shared keys, links
    /// it to them, and merges their stories into one.
    fn link_story(&mut self, seq: i64, p: &Prepared) -> Result<()> {
        let keys = p.fingerprint.candidate_keys();
        let mut shared: HashMap<i64, usize> = HashMap::new();
        {
            let mut st = self
                .conn
                .prepare_cached("SELECT seq FROM link_keys WHERE key = ?1 LIMIT ?2")?;
            for &key in &keys {
                if self.saturated_keys.contains(&key) {
                    continue;
                }
                let holders: Vec<i64> = st
                    .query_map(params![key as i64, MAX_KEY_DOCUMENTS as i64 + 1], |r| {
                        r.get(0)
                    })?
                    .collect::<Result<_, _>>()?;
                if holders.len() > MAX_KEY_DOCUMENTS {
                    if self.saturated_keys.len() >= MAX_SATURATED_KEYS {
                        self.saturated_keys.clear();
                    }
                    self.saturated_keys.insert(key);
                    continue;
                }
                for holder in holders {
                    *shared.entry(holder).or_default() += 1;
                }
            }
        }
        let mut candidates: Vec<(i64, usize)> = shared.into_iter().collect();
        candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.truncate(MAX_CANDIDATES);

        let mut stories: Vec<i64> = Vec::new();
        for (other, _) in candidates {
            let Some(fp) = self.fingerprint_of(other)? else {
                continue;
            };
            let Some(link) = trame_corpus::compare(&fp, &p.fingerprint) else {
                continue;
            };
            self.conn
                .prepare_cached(
                    "INSERT OR REPLACE INTO story_links (a, b, kind, score) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![other, seq, link.kind.as_str(), f64::from(link.score)])?;
            let story: Option<i64> = self
                .conn
                .prepare_cached("SELECT story FROM documents WHERE seq = ?1")?
                .query_row([other], |r| r.get(0))?;
            if let Some(s) = story {
                if !stories.contains(&s) {
                    stories.push(s);
                }
            }
        }

        self.conn
            .prepare_cached("INSERT INTO fingerprints (seq, data) VALUES (?1, ?2)")?
            .execute(params![seq, p.fingerprint.to_bytes()])?;
        {
            let mut st = self
                .conn
                .prepare_cached("INSERT OR IGNORE INTO link_keys (key, seq) VALUES (?1, ?2)")?;
            for key in keys.iter().filter(|k| !self.saturated_keys.contains(k)) {
                st.execute(params![*key as i64, seq])?;
            }
        }

        stories.sort_unstable();
        let story = match stories.split_first() {
            None => {
                self.conn
                    .prepare_cached("INSERT INTO stories (title, versions) VALUES (?1, 0)")?
                    .execute([&p.doc.meta.title])?;
                self.conn.last_insert_rowid()
            }
            Some((&target, merged)) => {
                for &other in merged {
                    self.conn
                        .prepare_cached("UPDATE documents SET story = ?1 WHERE story = ?2")?
                        .execute(params![target, other])?;
                    self.conn
                        .prepare_cached(
                            "UPDATE stories SET versions = versions +
                               (SELECT versions FROM stories WHERE id = ?2) WHERE id = ?1",
                        )?
                        .execute(params![target, other])?;
                    self.conn
                        .prepare_cached("DELETE FROM stories WHERE id = ?1")?
                        .execute([other])?;
                }
                target
            }
        };
        self.conn
            .prepare_cached("UPDATE documents SET story = ?1 WHERE seq = ?2")?
            .execute(params![story, seq])?;
        self.conn
            .prepare_cached("UPDATE stories SET versions = versions + 1 WHERE id = ?1")?
            .execute([story])?;
        Ok(())
    }

    /// Takes a superseded document out of every corpus-level table; its
    /// body stays, as the record of the older version.
    fn retract(&mut self, seq: i64) -> Result<()> {
        let body: Vec<u8> =
            self.conn
                .query_row("SELECT body FROM documents WHERE seq = ?1", [seq], |r| {
                    r.get(0)
                })?;
        let old = decode_body(&body)?;
        let language = old.meta.language.clone().unwrap_or_default();
        let names = surface_names(&old, &TextIndex::new(&old.text));
        let local_ids: HashMap<String, (i64, i64)> = {
            let mut st = self
                .conn
                .prepare("SELECT local, entity, mentions FROM doc_entities WHERE seq = ?1")?;
            let rows = st.query_map([seq], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
            rows.collect::<Result<_, _>>()?
        };
        let month = month_of(&old);
        self.tallies.counter("documents", -1);
        self.tallies.counter("quotes", -(old.quotes.len() as i64));
        self.tallies.counter("claims", -(old.claims.len() as i64));
        for (entity, entity_names) in old.entities.iter().zip(&names) {
            let Some(&(id, mentions)) = local_ids.get(&entity.id) else {
                continue;
            };
            self.tallies.entity(id, -1, -mentions, &month);
            for name in entity_names {
                self.tallies.name(id, &language, name, -1);
            }
        }
        self.conn.execute(
            "UPDATE claim_groups SET appearances = appearances - 1
             WHERE id IN (SELECT grp FROM claims WHERE seq = ?1 AND grp IS NOT NULL)",
            [seq],
        )?;
        for table in ["doc_entities", "quotes", "claims", "relations"] {
            self.conn
                .execute(&format!("DELETE FROM {table} WHERE seq = ?1"), [seq])?;
        }
        self.conn
            .execute("DELETE FROM claim_entities WHERE seq = ?1", [seq])?;
        if let Some(fp) = self.fingerprint_of(seq)? {
            let mut st = self
                .conn
                .prepare_cached("DELETE FROM link_keys WHERE key = ?1 AND seq = ?2")?;
            for key in fp.candidate_keys() {
                st.execute(params![key as i64, seq])?;
            }
        }
        self.conn.execute(
            "UPDATE stories SET versions = versions - 1
             WHERE id = (SELECT story FROM documents WHERE seq = ?1)",
            [seq],
        )?;
        self.conn
            .execute("UPDATE documents SET story = NULL WHERE seq = ?1", [seq])?;
        Ok(())
    }
}

/// The month a document counts under in timelines: `YYYY-MM` of its
/// publication date, or `undated`.
fn month_of(doc: &Document) -> String {
    doc.meta
        .published
        .as_deref()
        .and_then(|p| p.get(..7))
        .filter(|m| m.as_bytes().get(4) == Some(&b'-'))
        .map_or_else(|| "undated".to_string(), str::to_string)
}

/// What the search index holds of a stored document.
fn indexed_document(conn: &Connection, stored: &crate::StoredDocument) -> Result<IndexedDocument> {
    let doc = &stored.document;
    let seq = stored.seq as i64;
    let mut entities = Vec::new();
    let mut by_local: HashMap<String, IndexedEntity> = HashMap::new();
    {
        let mut st = conn.prepare_cached(
            "SELECT de.local, e.id, e.label, e.name, e.qid
             FROM doc_entities de JOIN entities e ON e.id = de.entity WHERE de.seq = ?1",
        )?;
        let rows = st.query_map([seq], |r| {
            Ok((
                r.get::<_, String>(0)?,
                IndexedEntity {
                    id: r.get(1)?,
                    label: r.get(2)?,
                    name: r.get(3)?,
                    qid: r.get(4)?,
                },
            ))
        })?;
        for row in rows {
            let (local, entity) = row?;
            if !entities.iter().any(|e: &IndexedEntity| e.id == entity.id) {
                entities.push(entity.clone());
            }
            by_local.insert(local, entity);
        }
    }
    let mut speakers: Vec<IndexedEntity> = Vec::new();
    for q in &doc.quotes {
        if let Some(e) = q.speaker.as_ref().and_then(|s| by_local.get(s)) {
            if !speakers.iter().any(|s| s.id == e.id) {
                speakers.push(e.clone());
            }
        }
    }
    let mut source_kinds: Vec<String> = Vec::new();
    for c in &doc.claims {
        let kind = serde_json::to_value(c.source.kind)?;
        if let Some(k) = kind.as_str() {
            if !source_kinds.iter().any(|s| s == k) {
                source_kinds.push(k.to_string());
            }
        }
    }
    let mut techniques: Vec<String> = Vec::new();
    for s in &doc.signals {
        if !techniques.contains(&s.technique) {
            techniques.push(s.technique.clone());
        }
    }
    Ok(IndexedDocument {
        seq: stored.seq,
        id: doc.id.clone(),
        title: doc.meta.title.clone().unwrap_or_default(),
        text: doc.text.clone(),
        language: doc.meta.language.clone(),
        outlet: doc.meta.outlet.clone(),
        published: doc.meta.published.clone(),
        entities,
        speakers,
        source_kinds,
        techniques,
    })
}
