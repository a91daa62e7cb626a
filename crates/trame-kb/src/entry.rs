use std::collections::BTreeMap;
use std::io::BufRead;

use serde::{Deserialize, Serialize};

use crate::error::KbError;
use crate::normalize::local_id;

/// Entity labels are the document model's (CoNLL scheme), so a KB entry's
/// label is an entity's label with no conversion.
pub use trame_doc::EntityLabel as Label;

/// Surfaces per language code ("en", "fr", "ru", …).
pub type LangSurfaces = BTreeMap<String, Vec<String>>;

/// One entity with its names in every language it is known by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Wikidata QID ("Q7184"), or "trame:<slug>" for entries without one.
    #[serde(default)]
    pub id: String,
    #[serde(rename = "type")]
    pub label: Label,
    /// Finer type: country, city, intergovernmental_organization, head_of_state, …
    #[serde(default)]
    pub kind: String,
    /// Canonical English name (the Wikidata English label).
    pub name: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aliases: LangSurfaces,
    /// Matched case-sensitively: "OTAN" is the organisation, "otan" is not.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub acronyms: LangSurfaces,
    /// Adjectives and people nouns of a place, with their inflected forms.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub demonyms: LangSurfaces,
    /// Country the entry belongs to (cities, services, office holders).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Entry {
    /// Whether the id is a Wikidata item id ("Q" followed by digits).
    pub fn has_wikidata_id(&self) -> bool {
        is_qid(&self.id)
    }
}

pub(crate) fn is_qid(id: &str) -> bool {
    id.strip_prefix('Q')
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// Parses a JSON Lines file of entries; blank lines are skipped, missing ids
/// become "trame:<slug of the name>".
pub(crate) fn parse_jsonl(reader: impl BufRead, source_name: &str) -> Result<Vec<Entry>, KbError> {
    let mut entries = Vec::new();
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let mut entry: Entry = serde_json::from_str(&line).map_err(|error| KbError::Json {
            source_name: source_name.to_string(),
            line: index + 1,
            error,
        })?;
        if entry.name.trim().is_empty() {
            return Err(KbError::Invalid {
                source_name: source_name.to_string(),
                line: index + 1,
                reason: "entry has an empty name".to_string(),
            });
        }
        if entry.id.is_empty() {
            entry.id = local_id(&entry.name);
        }
        entries.push(entry);
    }
    Ok(entries)
}
