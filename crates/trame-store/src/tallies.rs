//! The counts an ingest keeps up to date (documents and mentions per entity,
//! mentions per month, surface names, corpus counters), summed in memory over
//! a transaction and written when it commits.
//!
//! Written per document, a frequent entity's counters were updated once per
//! document that names it, each update moving its entry in the indexes on
//! those counts; summed first, it costs one update per transaction. Nothing
//! reads these counts inside the writer's transaction, and readers only see
//! committed transactions, so the result is the same as writing each
//! increment at once.

use crate::Result;
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// Pending increments (negative when a superseded version is retracted).
#[derive(Default)]
pub(crate) struct Tallies {
    counters: HashMap<&'static str, i64>,
    /// Entity id → (documents, mentions).
    entities: HashMap<i64, (i64, i64)>,
    /// (entity id, month) → mentions.
    months: HashMap<(i64, String), i64>,
    /// (entity id, language, surface name) → documents.
    names: HashMap<(i64, String, String), i64>,
}

impl Tallies {
    pub(crate) fn counter(&mut self, name: &'static str, by: i64) {
        *self.counters.entry(name).or_default() += by;
    }

    /// One document's worth of an entity: `documents` is +1 or -1.
    pub(crate) fn entity(&mut self, id: i64, documents: i64, mentions: i64, month: &str) {
        let counts = self.entities.entry(id).or_default();
        counts.0 += documents;
        counts.1 += mentions;
        *self.months.entry((id, month.to_string())).or_default() += mentions;
    }

    pub(crate) fn name(&mut self, entity: i64, language: &str, name: &str, by: i64) {
        *self
            .names
            .entry((entity, language.to_string(), name.to_string()))
            .or_default() += by;
    }

    /// Writes and clears the pending increments; to run inside the
    /// transaction they belong to, just before it commits.
    pub(crate) fn flush(&mut self, conn: &Connection) -> Result<()> {
        {
            let mut st = conn.prepare_cached(
                "INSERT INTO counters (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = value + ?2",
            )?;
            for (name, by) in self.counters.drain() {
                st.execute(params![name, by])?;
            }
        }
        {
            let mut st = conn.prepare_cached(
                "UPDATE entities SET documents = documents + ?2, mentions = mentions + ?3
                 WHERE id = ?1",
            )?;
            for (id, (documents, mentions)) in self.entities.drain() {
                if (documents, mentions) != (0, 0) {
                    st.execute(params![id, documents, mentions])?;
                }
            }
        }
        {
            let mut st = conn.prepare_cached(
                "INSERT INTO entity_months (entity, month, mentions) VALUES (?1, ?2, ?3)
                 ON CONFLICT (entity, month) DO UPDATE SET mentions = mentions + ?3",
            )?;
            for ((entity, month), mentions) in self.months.drain() {
                st.execute(params![entity, month, mentions])?;
            }
        }
        let mut names_dropped = false;
        {
            let mut st = conn.prepare_cached(
                "INSERT INTO entity_names (entity, language, name, count) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (entity, language, name) DO UPDATE SET count = count + ?4",
            )?;
            for ((entity, language, name), by) in self.names.drain() {
                names_dropped |= by < 0;
                if by != 0 {
                    st.execute(params![entity, language, name, by])?;
                }
            }
        }
        if names_dropped {
            conn.execute("DELETE FROM entity_names WHERE count <= 0", [])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> Connection {
        let conn = Connection::open_in_memory().expect("in-memory database");
        conn.execute_batch(crate::schema::TABLES)
            .expect("schema applies");
        conn.execute_batch(
            "INSERT INTO entities (id, key, label, name) VALUES (1, 'Q7747', 'PER', 'Vladimir Putin');",
        )
        .expect("rows insert");
        conn
    }

    #[test]
    fn increments_are_summed_then_written_once() {
        let conn = store();
        let mut tallies = Tallies::default();
        for _ in 0..3 {
            tallies.counter("documents", 1);
            tallies.entity(1, 1, 2, "2024-05");
            tallies.name(1, "fr", "Poutine", 1);
        }
        tallies.entity(1, 1, 4, "undated");
        tallies.flush(&conn).expect("flush");
        let row: (i64, i64) = conn
            .query_row(
                "SELECT documents, mentions FROM entities WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("entity row");
        assert_eq!(row, (4, 10));
        let months: Vec<(String, i64)> = conn
            .prepare("SELECT month, mentions FROM entity_months ORDER BY month")
            .and_then(|mut st| {
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .expect("months");
        assert_eq!(months, vec![("2024-05".into(), 6), ("undated".into(), 4)]);
        let count: i64 = conn
            .query_row("SELECT count FROM entity_names", [], |r| r.get(0))
            .expect("name row");
        assert_eq!(count, 3);
        let documents: i64 = conn
            .query_row(
                "SELECT value FROM counters WHERE name = 'documents'",
                [],
                |r| r.get(0),
            )
            .expect("counter row");
        assert_eq!(documents, 3);
    }

    #[test]
    fn a_name_retracted_to_zero_is_dropped() {
        let conn = store();
        let mut tallies = Tallies::default();
        tallies.name(1, "fr", "Poutine", 1);
        tallies.name(1, "fr", "Vladimir Poutine", 1);
        tallies.flush(&conn).expect("flush");
        // A later transaction retracts one of them.
        tallies.name(1, "fr", "Poutine", -1);
        tallies.flush(&conn).expect("flush");
        let names: Vec<String> = conn
            .prepare("SELECT name FROM entity_names")
            .and_then(|mut st| {
                st.query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .expect("names");
        assert_eq!(names, vec!["Vladimir Poutine".to_string()]);
        // Added and retracted within one transaction: never written.
        tallies.name(1, "en", "Putin", 1);
        tallies.name(1, "en", "Putin", -1);
        tallies.flush(&conn).expect("flush");
        let n: i64 = conn
            .query_row("SELECT COUNT(*) FROM entity_names", [], |r| r.get(0))
            .expect("count");
        assert_eq!(n, 1);
    }
}
