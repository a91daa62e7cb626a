//! The embedded store: one directory holding `trame.db` (SQLite) and
//! `search/` (the tantivy index).

use crate::schema;
use crate::{Result, StoreError};
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use flate2::Compression;
use rusqlite::Connection;
use std::io::{Read, Write};
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use trame_doc::Document;
use trame_search::SearchIndex;

const DATABASE: &str = "trame.db";
const SEARCH_DIR: &str = "search";
/// Idle reader connections kept for reuse.
const MAX_IDLE_READERS: usize = 8;

/// A corpus store in a directory. Share it behind an `Arc`: reads take a
/// pooled connection each, so pages are served concurrently.
pub struct SqliteStore {
    dir: PathBuf,
    index: SearchIndex,
    readers: Mutex<Vec<Connection>>,
    /// The last overview and the newest sequence number it saw: every
    /// write adds a document, so an unchanged number means an unchanged
    /// overview, and the front page stays cheap on a large corpus.
    pub(crate) overview_cache: Mutex<Option<(i64, crate::Overview)>>,
}

impl SqliteStore {
    /// Opens the store in `dir` for ingesting, creating it when absent.
    pub fn open(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        // The database file marks a store: the search index is made first,
        // so that an ingest killed while creating the store never leaves a
        // database that readers cannot open for want of an index.
        let index = SearchIndex::open_or_create(&dir.join(SEARCH_DIR))
            .map_err(|e| StoreError::Search(e.to_string()))?;
        let db = dir.join(DATABASE);
        drop(schema::open_writer(&db)?);
        Ok(SqliteStore {
            dir: dir.to_path_buf(),
            index,
            readers: Mutex::new(Vec::new()),
            overview_cache: Mutex::new(None),
        })
    }

    /// Opens an existing store for reading only (search, export, serve),
    /// possibly while another process ingests into it.
    pub fn open_read_only(dir: &Path) -> Result<Self> {
        let db = dir.join(DATABASE);
        if !db.is_file() {
            return Err(StoreError::Invalid(format!(
                "{}: no trame store here (run `trame ingest` first)",
                dir.display()
            )));
        }
        let index = SearchIndex::open_read_only(&dir.join(SEARCH_DIR))
            .map_err(|e| StoreError::Search(e.to_string()))?;
        let store = SqliteStore {
            dir: dir.to_path_buf(),
            index,
            readers: Mutex::new(Vec::new()),
            overview_cache: Mutex::new(None),
        };
        drop(store.reader()?);
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn db_path(&self) -> PathBuf {
        self.dir.join(DATABASE)
    }

    pub(crate) fn index(&self) -> &SearchIndex {
        &self.index
    }

    pub(crate) fn index_committed_seq(&self) -> Result<Option<u64>> {
        self.index
            .committed_seq()
            .map_err(|e| StoreError::Search(e.to_string()))
    }

    /// A reading connection from the pool.
    pub(crate) fn reader(&self) -> Result<PooledReader<'_>> {
        let idle = self.readers.lock().ok().and_then(|mut pool| pool.pop());
        let conn = match idle {
            Some(conn) => conn,
            None => schema::open_reader(&self.db_path())?,
        };
        Ok(PooledReader {
            conn: Some(conn),
            pool: &self.readers,
        })
    }

    /// Checks the database file's integrity (SQLite's `integrity_check`).
    pub fn check_integrity(&self) -> Result<()> {
        let conn = self.reader()?;
        let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(StoreError::Invalid(format!("integrity check: {verdict}")))
        }
    }

    /// Size on disk of the store's files, in bytes.
    pub fn disk_size(&self) -> u64 {
        fn walk(path: &Path) -> u64 {
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => std::fs::read_dir(path)
                    .map(|entries| entries.flatten().map(|e| walk(&e.path())).sum())
                    .unwrap_or(0),
                Ok(m) => m.len(),
                Err(_) => 0,
            }
        }
        walk(&self.dir)
    }
}

/// A connection borrowed from the pool, returned to it on drop.
pub(crate) struct PooledReader<'a> {
    conn: Option<Connection>,
    pool: &'a Mutex<Vec<Connection>>,
}

impl Deref for PooledReader<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        // Present from construction until drop.
        self.conn
            .as_ref()
            .expect("pooled connection present until drop")
    }
}

impl Drop for PooledReader<'_> {
    fn drop(&mut self) {
        if let (Some(conn), Ok(mut pool)) = (self.conn.take(), self.pool.lock()) {
            if pool.len() < MAX_IDLE_READERS {
                pool.push(conn);
            }
        }
    }
}

/// A document's schema v1 JSON, compressed: bodies are most of a store's
/// size, and zlib at its fastest level shrinks them about fourfold for a
/// small share of ingest time.
pub(crate) fn encode_body(doc: &Document) -> Result<Vec<u8>> {
    let json = serde_json::to_vec(doc)?;
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(json.len() / 3), Compression::fast());
    encoder
        .write_all(&json)
        .and_then(|_| encoder.finish())
        .map_err(|e| StoreError::Invalid(format!("compressing a document: {e}")))
}

pub(crate) fn decode_body(bytes: &[u8]) -> Result<Document> {
    let mut json = Vec::with_capacity(bytes.len() * 4);
    ZlibDecoder::new(bytes)
        .read_to_end(&mut json)
        .map_err(|e| StoreError::Invalid(format!("reading a stored document: {e}")))?;
    Ok(serde_json::from_slice(&json)?)
}

fn io_error(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}
