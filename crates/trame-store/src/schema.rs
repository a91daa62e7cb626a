//! The SQLite schema of a store, and how connections are opened.
//!
//! The database is the source of truth; the search index beside it is
//! derived and can be caught up from it. Documents keep their full schema v1
//! JSON (compressed) in `documents.body`; the other tables hold what pages,
//! filters and exports query across documents.

use crate::Result;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// Bumped when the tables change incompatibly.
pub const SCHEMA_VERSION: i64 = 1;

pub(crate) const TABLES: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per analysed document. `seq` orders ingestion; `identity` is what
-- makes two documents versions of one article (canonical URL, else URL, else
-- source path); `raw_hash` lets an ingest skip input it already holds, and
-- `text_hash` recognises a page fetched again with only its markup changed.
CREATE TABLE IF NOT EXISTS documents (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    raw_hash      TEXT NOT NULL,
    text_hash     TEXT NOT NULL,
    identity      TEXT NOT NULL,
    version       INTEGER NOT NULL,
    superseded_by TEXT,
    title         TEXT,
    outlet        TEXT,
    language      TEXT,
    published     TEXT,
    url           TEXT,
    story         INTEGER,
    provenance    TEXT NOT NULL,
    body          BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_raw_hash ON documents(raw_hash);
CREATE INDEX IF NOT EXISTS documents_identity ON documents(identity);
-- Covering: a story's languages and outlets without reading document rows.
CREATE INDEX IF NOT EXISTS documents_story ON documents(story, language, outlet);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);

-- Corpus entities. `key` is trame_corpus::entity_key (QID or specific name);
-- NULL for a document-local entity that must not merge with others.
CREATE TABLE IF NOT EXISTS entities (
    id        INTEGER PRIMARY KEY,
    key       TEXT UNIQUE,
    label     TEXT NOT NULL,
    name      TEXT NOT NULL,
    qid       TEXT,
    documents INTEGER NOT NULL DEFAULT 0,
    mentions  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entities_documents ON entities(documents);
CREATE INDEX IF NOT EXISTS entities_qid ON entities(qid);
CREATE TABLE IF NOT EXISTS entity_names (
    entity   INTEGER NOT NULL,
    language TEXT NOT NULL,
    name     TEXT NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (entity, language, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_entities (
    seq      INTEGER NOT NULL,
    local    TEXT NOT NULL,
    entity   INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (seq, local)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity, seq);
-- Mentions per entity and month (`undated` when the document has no date),
-- kept by the writer so a timeline costs the same whatever the corpus size.
CREATE TABLE IF NOT EXISTS entity_months (
    entity   INTEGER NOT NULL,
    month    TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, month)
) WITHOUT ROWID;
-- Corpus-wide counts kept by the writer (`documents`, `quotes`, `claims`).
CREATE TABLE IF NOT EXISTS counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    seq     INTEGER NOT NULL,
    idx     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    speaker INTEGER,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    PRIMARY KEY (seq, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker, seq);

CREATE TABLE IF NOT EXISTS claim_groups (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    appearances INTEGER NOT NULL DEFAULT 0
);
-- Only groups that appear more than once are listed or counted, and most
-- groups never do: partial, the index stays small and a new group's insert
-- leaves it alone. (Stores made before had a full index, dropped here.)
DROP INDEX IF EXISTS claim_groups_appearances;
CREATE INDEX IF NOT EXISTS claim_groups_repeated ON claim_groups(appearances)
    WHERE appearances > 1;
CREATE TABLE IF NOT EXISTS claims (
    seq           INTEGER NOT NULL,
    idx           INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    source_kind   TEXT NOT NULL,
    outlet        TEXT,
    source_entity INTEGER,
    source_text   TEXT,
    hedges        TEXT NOT NULL,
    grp           INTEGER,
    PRIMARY KEY (seq, idx)
) WITHOUT ROWID;
-- Covering: a claim group's outlets and source kinds from the index alone.
CREATE INDEX IF NOT EXISTS claims_grp_outlet ON claims(grp, outlet);
CREATE INDEX IF NOT EXISTS claims_grp_source ON claims(grp, source_kind);
CREATE TABLE IF NOT EXISTS claim_entities (
    entity INTEGER NOT NULL,
    seq    INTEGER NOT NULL,
    idx    INTEGER NOT NULL,
    PRIMARY KEY (entity, seq, idx)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS relations (
    seq     INTEGER NOT NULL,
    idx     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    subject INTEGER NOT NULL,
    object  INTEGER NOT NULL,
    role    TEXT,
    negated  INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (seq, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS relations_subject ON relations(subject);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object);

-- Story linking: each document's fingerprint, the candidate keys that find
-- its possible versions, the links found, and the story groups.
CREATE TABLE IF NOT EXISTS fingerprints (
    seq  INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS link_keys (
    key INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_links (
    a     INTEGER NOT NULL,
    b     INTEGER NOT NULL,
    kind  TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_links_b ON story_links(b);
CREATE TABLE IF NOT EXISTS stories (
    id       INTEGER PRIMARY KEY,
    title    TEXT,
    versions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS stories_versions ON stories(versions);
"#;

/// Opens the database for writing, creating it and its tables if needed.
pub fn open_writer(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    configure(&conn)?;
    // WAL: readers never block the writer nor see a half-written
    // transaction. synchronous=NORMAL keeps every committed transaction
    // across a killed process (the WAL is in the OS's hands once written);
    // only a power cut can lose the last transactions, never corrupt.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Claim groups, link keys and the by-entity indexes take their rows at
    // random places, so one transaction dirties pages all over them; a
    // 64 MB page cache (a fixed bound, whatever the corpus) holds a
    // transaction's dirty pages instead of spilling them to the WAL twice.
    conn.pragma_update(None, "cache_size", -64_000)?;
    conn.execute_batch(TABLES)?;
    let version: Option<i64> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'schema_version'",
            [],
            |r| r.get::<_, String>(0),
        )
        .ok()
        .and_then(|v| v.parse().ok());
    match version {
        None => {
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?1)",
                [SCHEMA_VERSION.to_string()],
            )?;
        }
        Some(v) if v != SCHEMA_VERSION => {
            return Err(crate::StoreError::Invalid(format!(
                "{}: store schema version {v}, this trame reads version {SCHEMA_VERSION}",
                path.display()
            )))
        }
        Some(_) => {}
    }
    Ok(conn)
}

/// Opens a connection that only reads. The database must exist.
pub fn open_reader(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    configure(&conn)?;
    conn.pragma_update(None, "query_only", true)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    // A reader may meet the writer's checkpoint; wait rather than fail.
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "foreign_keys", false)?;
    conn.pragma_update(None, "cache_size", -16_000)?;
    // The writer runs about thirty distinct statements per document and the
    // readers about as many; rusqlite's default cache of 16 would evict and
    // re-prepare them on every document.
    conn.set_prepared_statement_cache_capacity(96);
    Ok(())
}
