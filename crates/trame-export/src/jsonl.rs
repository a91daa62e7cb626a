//! JSON Lines: one analysed document per line, the schema v1 document with
//! its corpus fields added in place (see the crate documentation).

use crate::{each_document, ExportError, ExportSummary, OutputFile};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::Path;
use trame_store::{CorpusRead, StoredDocument};

pub(crate) fn export(store: &dyn CorpusRead, out: &Path) -> Result<ExportSummary, ExportError> {
    let mut file = OutputFile::create(out)?;
    let mut documents = 0u64;
    each_document(store, |stored| {
        let mut line = serde_json::to_vec(&document_json(&stored)?)?;
        line.push(b'\n');
        documents += 1;
        file.write_all(&line)
    })?;
    Ok(ExportSummary {
        files: vec![file.finish()?],
        rows: [("documents".to_string(), documents)].into(),
    })
}

/// The document as schema v1 JSON plus `version`, `story`, each entity's
/// `corpus_id` and each claim's `claim_group`; unknown values are omitted,
/// as schema v1 omits them.
fn document_json(stored: &StoredDocument) -> Result<Value, ExportError> {
    let doc = &stored.document;
    let mut value = serde_json::to_value(doc)?;
    let Value::Object(fields) = &mut value else {
        // A struct always serialises to an object.
        return Ok(value);
    };
    fields.insert("version".into(), stored.version.into());
    if let Some(story) = stored.story {
        fields.insert("story".into(), story.into());
    }
    let corpus_ids: HashMap<&str, i64> = stored
        .entity_ids
        .iter()
        .map(|pair| (pair.local.as_str(), pair.corpus))
        .collect();
    for (entity, json) in doc.entities.iter().zip(objects(fields, "entities")) {
        if let Some(&id) = corpus_ids.get(entity.id.as_str()) {
            json.insert("corpus_id".into(), id.into());
        }
    }
    for (group, json) in stored.claim_groups.iter().zip(objects(fields, "claims")) {
        if let Some(group) = group {
            json.insert("claim_group".into(), (*group).into());
        }
    }
    Ok(value)
}

/// The objects of an array field, in order.
fn objects<'a>(
    fields: &'a mut Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a mut Map<String, Value>> {
    fields
        .get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
}
