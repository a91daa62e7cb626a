//! Import of Wikidata JSON dumps into knowledge-base entries.
//!
//! The standard dump (`latest-all.json`) is one JSON array with one entity
//! object per line: "[", then lines `{...},`, then "]". Plain JSON Lines
//! files of entity objects are accepted too.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;

use serde::Deserialize;

use crate::entry::{is_qid, Entry, Label};
use crate::error::KbError;
use crate::normalize::is_acronym_shaped;

/// Classes recognised in P31 (instance of), with the label and kind they give.
/// Only direct P31 values are read: the dump holds no subclass closure.
const CLASSES: &[(&str, Label, &str)] = &[
    ("Q5", Label::Per, "human"),
    ("Q6256", Label::Loc, "country"),
    ("Q3624078", Label::Loc, "country"),
    ("Q161243", Label::Loc, "territory"),
    ("Q5119", Label::Loc, "capital"),
    ("Q515", Label::Loc, "city"),
    ("Q1549591", Label::Loc, "city"),
    ("Q1637706", Label::Loc, "city"),
    ("Q200250", Label::Loc, "city"),
    ("Q3957", Label::Loc, "town"),
    ("Q532", Label::Loc, "village"),
    ("Q486972", Label::Loc, "settlement"),
    ("Q15284", Label::Loc, "municipality"),
    ("Q484170", Label::Loc, "municipality"),
    ("Q747074", Label::Loc, "municipality"),
    ("Q2074737", Label::Loc, "municipality"),
    ("Q262166", Label::Loc, "municipality"),
    ("Q10864048", Label::Loc, "region"),
    ("Q35657", Label::Loc, "region"),
    ("Q107390", Label::Loc, "region"),
    ("Q82794", Label::Loc, "region"),
    ("Q1620908", Label::Loc, "region"),
    ("Q5107", Label::Loc, "continent"),
    ("Q23442", Label::Loc, "island"),
    ("Q34763", Label::Loc, "peninsula"),
    ("Q8502", Label::Loc, "mountain"),
    ("Q46831", Label::Loc, "mountain_range"),
    ("Q4022", Label::Loc, "river"),
    ("Q23397", Label::Loc, "lake"),
    ("Q165", Label::Loc, "sea"),
    ("Q9430", Label::Loc, "ocean"),
    ("Q484652", Label::Org, "international_organization"),
    ("Q245065", Label::Org, "intergovernmental_organization"),
    ("Q43229", Label::Org, "organization"),
    ("Q7278", Label::Org, "political_party"),
    ("Q7210356", Label::Org, "political_organization"),
    ("Q327333", Label::Org, "government_agency"),
    ("Q2659904", Label::Org, "government_organization"),
    ("Q4830453", Label::Org, "business"),
    ("Q783794", Label::Org, "company"),
    ("Q891723", Label::Org, "company"),
    ("Q163740", Label::Org, "nonprofit_organization"),
    ("Q48204", Label::Org, "association"),
    ("Q1530022", Label::Org, "religious_organization"),
    ("Q3918", Label::Org, "university"),
    ("Q31855", Label::Org, "research_institute"),
    ("Q11032", Label::Org, "newspaper"),
    ("Q192283", Label::Org, "news_agency"),
    ("Q1616075", Label::Org, "television_station"),
    ("Q14350", Label::Org, "radio_station"),
    ("Q476028", Label::Org, "football_club"),
    ("Q847017", Label::Org, "sports_club"),
];

#[derive(Deserialize)]
struct RawEntity {
    id: String,
    #[serde(default)]
    labels: HashMap<String, LangValue>,
    #[serde(default)]
    aliases: HashMap<String, Vec<LangValue>>,
    #[serde(default)]
    claims: Claims,
}

#[derive(Deserialize)]
struct LangValue {
    value: String,
}

/// Only the properties read; serde skips the rest of each claim map.
#[derive(Default, Deserialize)]
struct Claims {
    #[serde(rename = "P31", default)]
    instance_of: Vec<Statement>,
    #[serde(rename = "P17", default)]
    country: Vec<Statement>,
}

#[derive(Deserialize)]
struct Statement {
    mainsnak: Snak,
}

#[derive(Deserialize)]
struct Snak {
    /// Absent for "no value"/"unknown value" snaks; `value` is an object with an
    /// "id" for item-valued properties, but kept loose so odd snaks don't fail
    /// the whole entity.
    #[serde(default)]
    datavalue: Option<DataValue>,
}

#[derive(Deserialize)]
struct DataValue {
    value: serde_json::Value,
}

impl Statement {
    fn item_id(&self) -> Option<&str> {
        self.mainsnak.datavalue.as_ref()?.value.get("id")?.as_str()
    }
}

/// Reads a Wikidata dump (array-per-line or JSON Lines) and keeps, for each
/// item with an English label, its labels and aliases in `langs`. Aliases
/// written as acronyms ("NATO", "ОДКБ") become case-sensitive acronyms. The
/// multilingual "mul" label stands in for a missing English one, since
/// Wikidata moved many personal names there.
pub fn import_dump(reader: impl BufRead, langs: &[&str]) -> Result<Vec<Entry>, KbError> {
    let mut entries = Vec::new();
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        let text = line.trim();
        let text = text.strip_suffix(',').unwrap_or(text);
        if text.is_empty() || text == "[" || text == "]" {
            continue;
        }
        let raw: RawEntity = serde_json::from_str(text).map_err(|error| KbError::Json {
            source_name: "Wikidata dump".to_string(),
            line: index + 1,
            error,
        })?;
        if let Some(entry) = to_entry(raw, langs) {
            entries.push(entry);
        }
    }
    Ok(entries)
}

fn to_entry(mut raw: RawEntity, langs: &[&str]) -> Option<Entry> {
    if !is_qid(&raw.id) {
        return None; // properties and lexemes are not entities of text
    }
    let name = raw
        .labels
        .get("en")
        .or_else(|| raw.labels.get("mul"))?
        .value
        .clone();
    let (label, kind) = raw
        .claims
        .instance_of
        .iter()
        .filter_map(Statement::item_id)
        .find_map(|class| {
            CLASSES
                .iter()
                .find(|(qid, _, _)| *qid == class)
                .map(|&(_, label, kind)| (label, kind))
        })
        .unwrap_or((Label::Misc, "other"));
    let country = if kind == "country" {
        None
    } else {
        raw.claims
            .country
            .iter()
            .find_map(Statement::item_id)
            .map(str::to_string)
    };
    let mut aliases = BTreeMap::new();
    let mut acronyms = BTreeMap::new();
    for &lang in langs {
        let mut surfaces: Vec<String> = Vec::new();
        if let Some(label_value) = raw.labels.remove(lang) {
            surfaces.push(label_value.value);
        }
        if let Some(values) = raw.aliases.remove(lang) {
            surfaces.extend(values.into_iter().map(|v| v.value));
        }
        let (short, long): (Vec<String>, Vec<String>) = surfaces
            .into_iter()
            .filter(|s| *s != name && !s.trim().is_empty())
            .partition(|s| is_acronym_shaped(s));
        if !long.is_empty() {
            aliases.insert(lang.to_string(), long);
        }
        if !short.is_empty() {
            acronyms.insert(lang.to_string(), short);
        }
    }
    Some(Entry {
        id: raw.id,
        label,
        kind: kind.to_string(),
        name,
        aliases,
        acronyms,
        demonyms: BTreeMap::new(),
        country,
    })
}
