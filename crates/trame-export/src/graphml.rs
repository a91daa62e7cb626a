//! GraphML of corpus entities: nodes, undirected co-occurrence edges and
//! directed relation edges (see the crate documentation for the keys).
//!
//! Names come from article text, which may hold anything: every value is
//! escaped, and characters XML 1.0 forbids even escaped (most C0 controls,
//! U+FFFE, U+FFFF) are dropped, so that the file always parses.

use crate::{each_document, ExportError, ExportSummary, Halt, OutputFile};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use trame_store::CorpusRead;

/// The `<key>` declarations: (id, for, attr.type). The id is also the
/// attribute name.
const KEYS: [(&str, &str, &str); 11] = [
    ("label", "node", "string"),
    ("entity_type", "node", "string"),
    ("qid", "node", "string"),
    ("documents", "node", "long"),
    ("mentions", "node", "long"),
    ("type", "edge", "string"),
    ("weight", "edge", "double"),
    ("kind", "edge", "string"),
    ("role", "edge", "string"),
    ("negated", "edge", "boolean"),
    ("count", "edge", "long"),
];

/// A relation as stated across the corpus, between corpus entities.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct RelationKey {
    subject: i64,
    object: i64,
    kind: String,
    role: Option<String>,
    negated: bool,
}

pub(crate) fn export(store: &dyn CorpusRead, out: &Path) -> Result<ExportSummary, ExportError> {
    let relations = stated_relations(store)?;
    let mut graph = GraphWriter {
        file: OutputFile::create(out)?,
        buffer: String::new(),
        edges: 0,
    };
    graph.header()?;

    let mut nodes: HashSet<i64> = HashSet::new();
    let mut halt = Halt::default();
    let walked = store.for_each_entity(&mut |entity, documents, mentions| {
        nodes.insert(entity.id);
        halt.relay(graph.node(
            entity.id,
            &[
                ("label", &entity.name),
                ("entity_type", &entity.label),
                ("qid", entity.qid.as_deref().unwrap_or_default()),
                ("documents", &documents.to_string()),
                ("mentions", &mentions.to_string()),
            ],
        ))
    });
    halt.finish(walked)?;

    // Edges whose ends are not nodes (entities of no current document)
    // are left out: Gephi would invent nodes for them.
    let mut cooccurrences = 0u64;
    let mut halt = Halt::default();
    let walked = store.for_each_cooccurrence(&mut |a, b, shared| {
        if !(nodes.contains(&a) && nodes.contains(&b)) {
            return Ok(());
        }
        cooccurrences += 1;
        halt.relay(graph.edge(
            a,
            b,
            false,
            &[("type", "cooccurrence"), ("weight", &shared.to_string())],
        ))
    });
    halt.finish(walked)?;

    let mut relation_edges = 0u64;
    for (key, count) in &relations {
        if !(nodes.contains(&key.subject) && nodes.contains(&key.object)) {
            continue;
        }
        relation_edges += 1;
        let count = count.to_string();
        graph.edge(
            key.subject,
            key.object,
            true,
            &[
                ("type", "relation"),
                ("weight", &count),
                ("kind", &key.kind),
                ("role", key.role.as_deref().unwrap_or_default()),
                ("negated", if key.negated { "true" } else { "false" }),
                ("count", &count),
            ],
        )?;
    }
    graph.file.write_all(b"  </graph>\n</graphml>\n")?;
    Ok(ExportSummary {
        files: vec![graph.file.finish()?],
        rows: [
            ("nodes".to_string(), nodes.len() as u64),
            ("cooccurrence_edges".to_string(), cooccurrences),
            ("relation_edges".to_string(), relation_edges),
        ]
        .into(),
    })
}

/// Every relation between corpus entities with the number of statements of
/// it, in a stable order.
fn stated_relations(store: &dyn CorpusRead) -> Result<BTreeMap<RelationKey, u64>, ExportError> {
    let mut relations = BTreeMap::new();
    each_document(store, |stored| {
        let corpus_ids: HashMap<&str, i64> = stored
            .entity_ids
            .iter()
            .map(|pair| (pair.local.as_str(), pair.corpus))
            .collect();
        for relation in &stored.document.relations {
            let (Some(&subject), Some(&object)) = (
                corpus_ids.get(relation.subject.as_str()),
                corpus_ids.get(relation.object.as_str()),
            ) else {
                continue;
            };
            let key = RelationKey {
                subject,
                object,
                kind: relation.kind.clone(),
                role: relation.role.clone(),
                negated: relation.negated,
            };
            *relations.entry(key).or_insert(0) += 1;
        }
        Ok(())
    })?;
    Ok(relations)
}

struct GraphWriter {
    file: OutputFile,
    /// The element being written, reused.
    buffer: String,
    edges: u64,
}

impl GraphWriter {
    fn header(&mut self) -> Result<(), ExportError> {
        self.buffer.clear();
        self.buffer.push_str(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ",
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        ));
        for (id, domain, kind) in KEYS {
            let _ = writeln!(
                self.buffer,
                "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{id}\" attr.type=\"{kind}\"/>"
            );
        }
        self.buffer
            .push_str("  <graph id=\"trame\" edgedefault=\"undirected\">\n");
        self.file.write_all(self.buffer.as_bytes())
    }

    /// A node `n<id>`; empty values are left out.
    fn node(&mut self, id: i64, data: &[(&str, &str)]) -> Result<(), ExportError> {
        self.buffer.clear();
        let _ = writeln!(self.buffer, "    <node id=\"n{id}\">");
        self.push_data(data);
        self.buffer.push_str("    </node>\n");
        self.file.write_all(self.buffer.as_bytes())
    }

    /// An edge `e<n>`; empty values are left out.
    fn edge(
        &mut self,
        source: i64,
        target: i64,
        directed: bool,
        data: &[(&str, &str)],
    ) -> Result<(), ExportError> {
        self.buffer.clear();
        let _ = write!(
            self.buffer,
            "    <edge id=\"e{}\" source=\"n{source}\" target=\"n{target}\"",
            self.edges
        );
        if directed {
            self.buffer.push_str(" directed=\"true\"");
        }
        self.buffer.push_str(">\n");
        self.push_data(data);
        self.buffer.push_str("    </edge>\n");
        self.edges += 1;
        self.file.write_all(self.buffer.as_bytes())
    }

    fn push_data(&mut self, data: &[(&str, &str)]) {
        for (key, value) in data.iter().filter(|(_, v)| !v.is_empty()) {
            let _ = write!(self.buffer, "      <data key=\"{key}\">");
            push_escaped(&mut self.buffer, value);
            self.buffer.push_str("</data>\n");
        }
    }
}

/// Appends `text` escaped for XML content and attribute values, without the
/// characters XML 1.0 does not allow at all.
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        push_escaped(&mut out, text);
        out
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escaped("<script>&\"'"), "&lt;script&gt;&amp;&quot;&apos;");
        // An outlet name of samples/corpus/batch.jsonl.
        assert_eq!(escaped("L'Écho des Marches"), "L&apos;Écho des Marches");
    }

    #[test]
    fn characters_xml_forbids_are_dropped() {
        assert_eq!(escaped("Dra\u{0}vik\u{1B}[0m\u{FFFF}"), "Dravik[0m");
        assert_eq!(escaped("a\tb\nc"), "a\tb\nc");
    }
}
