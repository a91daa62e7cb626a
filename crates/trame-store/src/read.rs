//! Reading a store: the [`CorpusRead`] implementation for [`SqliteStore`].
//! Lists are bounded so that a page costs the same on a small corpus and on
//! a large one.

use crate::sqlite::{decode_body, SqliteStore};
use crate::view::*;
use crate::{CorpusRead, Result, StoreError, VersionDiff};
use rusqlite::{params, Connection, OptionalExtension, Row};
use trame_corpus::{ChainRole, VersionInfo, VersionLink};

/// Rows shown per list on an entity page.
const PAGE_LIST: i64 = 100;
/// Co-occurrences are counted over an entity's most recent documents only.
const COOCCURRENCE_WINDOW: i64 = 500;
/// Versions of a story read at most (the earliest ones): a chain of more
/// is not readable, and ordering it costs quadratic time.
const MAX_STORY_VERSIONS: i64 = 100;

pub(crate) fn load_stored(conn: &Connection, seq: i64) -> Result<Option<StoredDocument>> {
    let row = conn
        .prepare_cached("SELECT version, superseded_by, story, body FROM documents WHERE seq = ?1")?
        .query_row([seq], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<i64>>(2)?,
                r.get::<_, Vec<u8>>(3)?,
            ))
        })
        .optional()?;
    let Some((version, superseded_by, story, body)) = row else {
        return Ok(None);
    };
    let document = decode_body(&body)?;
    let entity_ids = {
        let mut st =
            conn.prepare_cached("SELECT local, entity FROM doc_entities WHERE seq = ?1")?;
        let rows = st.query_map([seq], |r| {
            Ok(EntityIdPair {
                local: r.get(0)?,
                corpus: r.get(1)?,
            })
        })?;
        rows.collect::<Result<Vec<_>, _>>()?
    };
    let mut claim_groups = vec![None; document.claims.len()];
    {
        let mut st = conn.prepare_cached("SELECT idx, grp FROM claims WHERE seq = ?1")?;
        let rows = st.query_map([seq], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })?;
        for row in rows {
            let (idx, grp) = row?;
            if let Some(slot) = claim_groups.get_mut(idx as usize) {
                *slot = grp;
            }
        }
    }
    Ok(Some(StoredDocument {
        seq: seq as u64,
        version: version as u32,
        superseded_by,
        story,
        entity_ids,
        claim_groups,
        document,
    }))
}

/// A link kind as stored (its serde name).
fn link_kind(stored: String) -> Option<trame_corpus::LinkKind> {
    serde_json::from_value(serde_json::Value::String(stored)).ok()
}

const SUMMARY_COLUMNS: &str = "d.id, d.title, d.outlet, d.language, d.published, d.url";

fn summary(r: &Row, at: usize) -> rusqlite::Result<DocumentSummary> {
    Ok(DocumentSummary {
        id: r.get(at)?,
        title: r.get(at + 1)?,
        outlet: r.get(at + 2)?,
        language: r.get(at + 3)?,
        published: r.get(at + 4)?,
        url: r.get(at + 5)?,
    })
}

/// An entity from four columns starting at `at`: id, label, name, qid.
fn entity_row(r: &Row, at: usize) -> rusqlite::Result<EntityRef> {
    Ok(EntityRef {
        id: r.get(at)?,
        label: r.get(at + 1)?,
        name: r.get(at + 2)?,
        qid: r.get(at + 3)?,
    })
}

fn entity_ref(conn: &Connection, id: i64) -> Result<Option<EntityRef>> {
    Ok(conn
        .prepare_cached("SELECT id, label, name, qid FROM entities WHERE id = ?1")?
        .query_row([id], |r| entity_row(r, 0))
        .optional()?)
}

fn entity_ref_or_unknown(conn: &Connection, id: Option<i64>) -> Result<Option<EntityRef>> {
    match id {
        Some(id) => entity_ref(conn, id),
        None => Ok(None),
    }
}

/// Claims selected by `selection`: SQL tables and a condition with `?1`
/// that bind `c` (claims) and `d` (their documents).
fn claim_uses(conn: &Connection, selection: &str, arg: i64, order: &str) -> Result<Vec<ClaimUse>> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, c.text, c.start, c.end, c.source_kind, c.source_text,
                c.source_entity, c.hedges, c.grp
         FROM {selection} ORDER BY {order} LIMIT {PAGE_LIST}"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([arg], |r| {
        Ok((
            summary(r, 0)?,
            r.get::<_, String>(6)?,
            r.get::<_, i64>(7)?,
            r.get::<_, i64>(8)?,
            r.get::<_, String>(9)?,
            r.get::<_, Option<String>>(10)?,
            r.get::<_, Option<i64>>(11)?,
            r.get::<_, String>(12)?,
            r.get::<_, Option<i64>>(13)?,
        ))
    })?;
    let mut uses = Vec::new();
    for row in rows {
        let (document, text, start, end, source_kind, source_text, source_entity, hedges, grp) =
            row?;
        uses.push(ClaimUse {
            document,
            text,
            start: start as usize,
            end: end as usize,
            source_kind,
            source_text,
            source_entity: entity_ref_or_unknown(conn, source_entity)?,
            hedges: serde_json::from_str(&hedges)?,
            claim_group: grp,
        });
    }
    Ok(uses)
}

fn document_by_id(conn: &Connection, id: &str) -> Result<Option<StoredDocument>> {
    let seq: Option<i64> = conn
        .prepare_cached("SELECT seq FROM documents WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    match seq {
        Some(seq) => load_stored(conn, seq),
        None => Ok(None),
    }
}

fn count(conn: &Connection, sql: &str) -> Result<u64> {
    Ok(conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
}

fn story_summaries(conn: &Connection, offset: usize, limit: usize) -> Result<Vec<StorySummary>> {
    let mut st = conn.prepare_cached(
        "SELECT id, title, versions FROM stories WHERE versions > 1
         ORDER BY versions DESC, id LIMIT ?1 OFFSET ?2",
    )?;
    let rows: Vec<(i64, Option<String>, i64)> = st
        .query_map(params![limit as i64, offset as i64], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, title, versions) in rows {
        let mut languages = Vec::new();
        let mut outlets = Vec::new();
        let mut st = conn.prepare_cached(
            "SELECT DISTINCT language, outlet FROM documents WHERE story = ?1 LIMIT 200",
        )?;
        let pairs = st.query_map([id], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, Option<String>>(1)?,
            ))
        })?;
        for pair in pairs {
            let (language, outlet) = pair?;
            if let Some(l) = language.filter(|l| !languages.contains(l)) {
                languages.push(l);
            }
            if let Some(o) = outlet.filter(|o| !outlets.contains(o)) {
                outlets.push(o);
            }
        }
        out.push(StorySummary {
            id,
            title,
            versions: versions as u64,
            languages,
            outlets,
        });
    }
    Ok(out)
}

fn claim_group_summaries(
    conn: &Connection,
    offset: usize,
    limit: usize,
) -> Result<Vec<ClaimGroupSummary>> {
    let mut st = conn.prepare_cached(
        "SELECT id, label, appearances FROM claim_groups WHERE appearances > 1
         ORDER BY appearances DESC, id LIMIT ?1 OFFSET ?2",
    )?;
    let rows: Vec<(i64, String, i64)> = st
        .query_map(params![limit as i64, offset as i64], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, key, appearances) in rows {
        let text: String = conn
            .prepare_cached("SELECT text FROM claims WHERE grp = ?1 LIMIT 1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .unwrap_or_default();
        let outlets = conn
            .prepare_cached("SELECT COUNT(DISTINCT outlet) FROM claims WHERE grp = ?1")?
            .query_row([id], |r| r.get::<_, i64>(0))? as u64;
        let mut st = conn.prepare_cached(
            "SELECT DISTINCT source_kind FROM claims WHERE grp = ?1 ORDER BY source_kind",
        )?;
        let source_kinds = st
            .query_map([id], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        out.push(ClaimGroupSummary {
            id,
            key,
            text,
            appearances: appearances as u64,
            outlets,
            source_kinds,
        });
    }
    Ok(out)
}

impl SqliteStore {
    fn compute_overview(&self, conn: &Connection) -> Result<Overview> {
        let mut top_entities = Vec::new();
        {
            let mut st = conn.prepare_cached(
                "SELECT id, label, name, qid, documents FROM entities
                 ORDER BY documents DESC LIMIT 15",
            )?;
            let rows = st.query_map([], |r| {
                Ok(Cooccurrence {
                    entity: entity_row(r, 0)?,
                    documents: r.get::<_, i64>(4)? as u64,
                })
            })?;
            for row in rows {
                top_entities.push(row?);
            }
        }
        // Languages and outlets come from the search index's facets, and
        // counts from counters the writer keeps: counting in SQLite would
        // scan every document row. The document count is the database's,
        // which the index may trail after an interrupted ingest.
        let all = self.search(&SearchQuery {
            limit: 1,
            ..Default::default()
        })?;
        let counter = |name: &str| -> Result<u64> {
            Ok(conn
                .prepare_cached("SELECT value FROM counters WHERE name = ?1")?
                .query_row([name], |r| r.get::<_, i64>(0))
                .optional()?
                .unwrap_or(0)
                .max(0) as u64)
        };
        Ok(Overview {
            documents: counter("documents")?,
            entities: count(conn, "SELECT COUNT(*) FROM entities WHERE documents > 0")?,
            stories: count(conn, "SELECT COUNT(*) FROM stories WHERE versions > 1")?,
            claim_groups: count(
                conn,
                "SELECT COUNT(*) FROM claim_groups WHERE appearances > 1",
            )?,
            quotes: counter("quotes")?,
            claims: counter("claims")?,
            languages: all.facets.language,
            outlets: all.facets.outlet,
            top_entities,
            top_stories: story_summaries(conn, 0, 10)?,
            top_claim_groups: claim_group_summaries(conn, 0, 10)?,
        })
    }
}

impl CorpusRead for SqliteStore {
    fn overview(&self) -> Result<Overview> {
        let conn = self.reader()?;
        let newest: i64 =
            conn.query_row("SELECT COALESCE(MAX(seq), 0) FROM documents", [], |r| {
                r.get(0)
            })?;
        if let Ok(cache) = self.overview_cache.lock() {
            if let Some((seq, overview)) = cache.as_ref() {
                if *seq == newest {
                    return Ok(overview.clone());
                }
            }
        }
        let overview = self.compute_overview(&conn)?;
        if let Ok(mut cache) = self.overview_cache.lock() {
            *cache = Some((newest, overview.clone()));
        }
        Ok(overview)
    }

    fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.index()
            .search(query)
            .map_err(|e| StoreError::Search(e.to_string()))
    }

    fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        document_by_id(&*self.reader()?, id)
    }

    fn for_each_document(&self, f: &mut dyn FnMut(StoredDocument) -> Result<()>) -> Result<()> {
        let conn = self.reader()?;
        // Walks by sequence number in slices, so no statement stays open
        // while `f` runs (it may read the store itself).
        let mut after = 0i64;
        loop {
            let seqs: Vec<i64> = conn
                .prepare_cached(
                    "SELECT seq FROM documents WHERE seq > ?1 AND superseded_by IS NULL
                     ORDER BY seq LIMIT 256",
                )?
                .query_map([after], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let Some(&last) = seqs.last() else {
                return Ok(());
            };
            for seq in seqs {
                if let Some(doc) = load_stored(&conn, seq)? {
                    f(doc)?;
                }
            }
            after = last;
        }
    }

    fn entity(&self, id: i64) -> Result<Option<EntityView>> {
        let conn = self.reader()?;
        let Some(entity) = entity_ref(&conn, id)? else {
            return Ok(None);
        };
        let (document_count, mention_count): (i64, i64) = conn.query_row(
            "SELECT documents, mentions FROM entities WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let names = {
            let mut st = conn.prepare_cached(
                "SELECT language, name, count FROM entity_names WHERE entity = ?1
                 ORDER BY count DESC, name LIMIT 50",
            )?;
            let rows = st.query_map([id], |r| {
                let language: String = r.get(0)?;
                Ok(NameUse {
                    language: (!language.is_empty()).then_some(language),
                    name: r.get(1)?,
                    count: r.get::<_, i64>(2)? as u64,
                })
            })?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        let timeline = {
            let mut st = conn.prepare_cached(
                "SELECT month, mentions FROM entity_months
                 WHERE entity = ?1 AND mentions > 0 ORDER BY month",
            )?;
            let rows = st.query_map([id], |r| {
                Ok(MonthCount {
                    month: r.get(0)?,
                    count: r.get::<_, i64>(1)? as u64,
                })
            })?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        let cooccurring = {
            let mut st = conn.prepare_cached(
                "SELECT e.id, e.label, e.name, e.qid, COUNT(*) AS shared
                 FROM (SELECT seq FROM doc_entities WHERE entity = ?1 ORDER BY seq DESC LIMIT ?2) mine
                 JOIN doc_entities other ON other.seq = mine.seq AND other.entity != ?1
                 JOIN entities e ON e.id = other.entity
                 GROUP BY e.id ORDER BY shared DESC, e.id LIMIT 20",
            )?;
            let rows = st.query_map(params![id, COOCCURRENCE_WINDOW], |r| {
                Ok(Cooccurrence {
                    entity: entity_row(r, 0)?,
                    documents: r.get::<_, i64>(4)? as u64,
                })
            })?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        let documents = {
            let sql = format!(
                "SELECT {SUMMARY_COLUMNS} FROM doc_entities de JOIN documents d ON d.seq = de.seq
                 WHERE de.entity = ?1 ORDER BY de.seq DESC LIMIT {PAGE_LIST}"
            );
            let mut st = conn.prepare_cached(&sql)?;
            let rows = st.query_map([id], |r| summary(r, 0))?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        let quotes = {
            let sql = format!(
                "SELECT {SUMMARY_COLUMNS}, q.kind, q.text, q.start, q.end
                 FROM quotes q JOIN documents d ON d.seq = q.seq
                 WHERE q.speaker = ?1 ORDER BY q.seq DESC, q.idx LIMIT {PAGE_LIST}"
            );
            let mut st = conn.prepare_cached(&sql)?;
            let rows = st.query_map([id], |r| {
                Ok(QuoteUse {
                    document: summary(r, 0)?,
                    kind: r.get(6)?,
                    text: r.get(7)?,
                    start: r.get::<_, i64>(8)? as usize,
                    end: r.get::<_, i64>(9)? as usize,
                })
            })?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        let claims = claim_uses(
            &conn,
            "claim_entities ce
             JOIN claims c ON c.seq = ce.seq AND c.idx = ce.idx
             JOIN documents d ON d.seq = c.seq
             WHERE ce.entity = ?1",
            id,
            "ce.seq DESC, ce.idx",
        )?;
        let relations = {
            let sql = format!(
                "SELECT {SUMMARY_COLUMNS}, r.kind, r.subject, r.object, r.role, r.negated,
                        r.start, r.end, r.evidence
                 FROM relations r JOIN documents d ON d.seq = r.seq
                 WHERE r.subject = ?1 OR r.object = ?1 ORDER BY r.seq DESC, r.idx LIMIT {PAGE_LIST}"
            );
            let mut st = conn.prepare_cached(&sql)?;
            let rows: Vec<_> = st
                .query_map([id], |r| {
                    Ok((
                        summary(r, 0)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, i64>(7)?,
                        r.get::<_, i64>(8)?,
                        r.get::<_, Option<String>>(9)?,
                        r.get::<_, bool>(10)?,
                        r.get::<_, i64>(11)?,
                        r.get::<_, i64>(12)?,
                        r.get::<_, String>(13)?,
                    ))
                })?
                .collect::<Result<_, _>>()?;
            let mut uses = Vec::with_capacity(rows.len());
            for (document, kind, subject, object, role, negated, start, end, evidence) in rows {
                let (Some(subject), Some(object)) =
                    (entity_ref(&conn, subject)?, entity_ref(&conn, object)?)
                else {
                    continue;
                };
                uses.push(RelationUse {
                    document,
                    kind,
                    subject,
                    object,
                    role,
                    negated,
                    evidence,
                    start: start as usize,
                    end: end as usize,
                });
            }
            uses
        };
        Ok(Some(EntityView {
            entity,
            names,
            document_count: document_count as u64,
            mention_count: mention_count as u64,
            timeline,
            cooccurring,
            documents,
            quotes,
            claims,
            relations,
        }))
    }

    fn for_each_entity(&self, f: &mut dyn FnMut(EntityRef, u64, u64) -> Result<()>) -> Result<()> {
        let conn = self.reader()?;
        let mut after = 0i64;
        loop {
            let batch: Vec<(EntityRef, i64, i64)> = conn
                .prepare_cached(
                    "SELECT id, label, name, qid, documents, mentions FROM entities
                     WHERE id > ?1 AND documents > 0 ORDER BY id LIMIT 1024",
                )?
                .query_map([after], |r| Ok((entity_row(r, 0)?, r.get(4)?, r.get(5)?)))?
                .collect::<Result<_, _>>()?;
            let Some(last) = batch.last().map(|(e, _, _)| e.id) else {
                return Ok(());
            };
            for (entity, documents, mentions) in batch {
                f(entity, documents as u64, mentions as u64)?;
            }
            after = last;
        }
    }

    fn for_each_cooccurrence(&self, f: &mut dyn FnMut(i64, i64, u64) -> Result<()>) -> Result<()> {
        let conn = self.reader()?;
        let mut st = conn.prepare(
            "SELECT a.entity, b.entity, COUNT(*) FROM doc_entities a
             JOIN doc_entities b ON a.seq = b.seq AND a.entity < b.entity
             GROUP BY a.entity, b.entity",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            f(r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64)?;
        }
        Ok(())
    }

    fn story(&self, id: i64) -> Result<Option<StoryView>> {
        let conn = self.reader()?;
        let title: Option<Option<String>> = conn
            .prepare_cached("SELECT title FROM stories WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        let Some(title) = title else {
            return Ok(None);
        };
        let seqs: Vec<i64> = conn
            .prepare_cached("SELECT seq FROM documents WHERE story = ?1 ORDER BY seq LIMIT ?2")?
            .query_map(params![id, MAX_STORY_VERSIONS], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        // Metadata and provenance only: decoding every version's body
        // would cost more than the rest of the page.
        let mut infos = Vec::with_capacity(seqs.len());
        let mut summaries = Vec::with_capacity(seqs.len());
        for &seq in &seqs {
            let row = conn
                .prepare_cached(&format!(
                    "SELECT {SUMMARY_COLUMNS}, d.provenance FROM documents d WHERE d.seq = ?1"
                ))?
                .query_row([seq], |r| Ok((summary(r, 0)?, r.get::<_, String>(6)?)))
                .optional()?;
            let Some((summary, provenance)) = row else {
                continue;
            };
            infos.push(VersionInfo {
                id: summary.id.clone(),
                language: summary.language.clone(),
                outlet: summary.outlet.clone(),
                published: summary.published.clone(),
                provenance: serde_json::from_str(&provenance)?,
                title: summary.title.clone(),
            });
            summaries.push(summary);
        }
        let positions: std::collections::HashMap<i64, usize> =
            seqs.iter().enumerate().map(|(i, &s)| (s, i)).collect();
        let position = |seq: i64| positions.get(&seq).copied();
        let mut links: Vec<(usize, usize, VersionLink)> = Vec::new();
        {
            // Links point from the older version (a) to the newer (b); each
            // version's links are found through the index on b.
            let mut st =
                conn.prepare_cached("SELECT a, kind, score FROM story_links WHERE b = ?1")?;
            for (b, &seq) in seqs.iter().enumerate() {
                let rows = st.query_map([seq], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, f64>(2)?,
                    ))
                })?;
                for row in rows {
                    let (a, kind, score) = row?;
                    let (Some(a), Some(kind)) = (position(a), link_kind(kind)) else {
                        continue;
                    };
                    links.push((
                        a,
                        b,
                        VersionLink {
                            kind,
                            score: score as f32,
                        },
                    ));
                }
            }
        }
        let chain = trame_corpus::order_chain(&infos, &links);
        let versions: Vec<StoryVersion> = chain
            .into_iter()
            .filter_map(|node| {
                let document = summaries.get(node.index)?.clone();
                Some(StoryVersion {
                    document,
                    role: match node.role {
                        ChainRole::Original => VersionRole::Original,
                        ChainRole::Translation => VersionRole::Translation,
                        ChainRole::Republication => VersionRole::Republication,
                    },
                    parent: node
                        .parent
                        .and_then(|p| summaries.get(p))
                        .map(|s| s.id.clone()),
                    link: node.link.as_ref().map(|l| l.kind.as_str().to_string()),
                    score: node.link.map(|l| l.score),
                })
            })
            .collect();
        // Named after its original, whichever version arrived first.
        let title = versions
            .first()
            .and_then(|v: &StoryVersion| v.document.title.clone())
            .or(title);
        Ok(Some(StoryView {
            id,
            title,
            versions,
        }))
    }

    fn stories(&self, offset: usize, limit: usize) -> Result<Vec<StorySummary>> {
        story_summaries(&*self.reader()?, offset, limit)
    }

    fn claim_group(&self, id: i64) -> Result<Option<ClaimGroupView>> {
        let conn = self.reader()?;
        let key: Option<String> = conn
            .prepare_cached("SELECT label FROM claim_groups WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        let Some(key) = key else {
            return Ok(None);
        };
        let appearances = claim_uses(
            &conn,
            "claims c JOIN documents d ON d.seq = c.seq WHERE c.grp = ?1",
            id,
            "COALESCE(d.published, '9999'), d.seq, c.idx",
        )?;
        Ok(Some(ClaimGroupView {
            id,
            key,
            appearances,
        }))
    }

    fn claim_groups(&self, offset: usize, limit: usize) -> Result<Vec<ClaimGroupSummary>> {
        claim_group_summaries(&*self.reader()?, offset, limit)
    }

    fn diff(&self, from: &str, to: &str) -> Result<Option<VersionDiff>> {
        let conn = self.reader()?;
        let (Some(a), Some(b)) = (document_by_id(&conn, from)?, document_by_id(&conn, to)?) else {
            return Ok(None);
        };
        Ok(Some(trame_corpus::diff(&a.document, &b.document)))
    }
}
