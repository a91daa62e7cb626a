//! Keys that group claims asserting the same thing across documents and
//! languages.

use crate::numbers::{is_common_value, value_key};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use trame_doc::{Bound, Claim, Quantity};

/// The grouping key of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClaimKey {
    /// Stable string, used as a database unique key.
    pub key: String,
    /// Readable form: "≥3,000 · 1.5 million".
    pub label: String,
}

/// Key grouping claims that assert the same thing, or `None` for a claim too
/// unspecific to group.
///
/// The rule: the claim's quantities, each as its normalised value, its unit
/// when the unit is the same word in every language (currency codes,
/// `percent`, metric units; counted nouns such as "fighters" / "combattants"
/// / "боевиков" are left out because they are translated), and its bound
/// (`min` for "at least", `max` for "up to"); sorted, so word order does not
/// matter. Then the corpus keys of the claim's entities that are
/// knowledge-base links (`qid:…`), sorted: unlinked names are written
/// differently in each language and would split the group.
///
/// `None` when the claim has no quantity, or when its only quantity is small
/// (≤ 31), year-like, or round (one significant digit, up to 1,000) and no
/// linked entity narrows it: "2 people" or "in 2022" alone would group
/// unrelated claims.
///
/// `entity_keys` maps the document's local entity ids to their corpus keys
/// (from [`crate::entity_key`]).
pub fn claim_key(claim: &Claim, entity_keys: &HashMap<String, String>) -> Option<ClaimKey> {
    let mut quantities: Vec<(String, String)> = claim
        .quantities
        .iter()
        .filter(|q| q.value.is_finite())
        .map(|q| (quantity_key(q), quantity_label(q)))
        .collect();
    if quantities.is_empty() {
        return None;
    }
    quantities.sort();
    quantities.dedup();
    let mut entities: Vec<&str> = claim
        .entities
        .iter()
        .filter_map(|id| entity_keys.get(id))
        .map(String::as_str)
        .filter(|k| k.starts_with("qid:"))
        .collect();
    entities.sort_unstable();
    entities.dedup();
    let unspecific = quantities.len() == 1
        && claim
            .quantities
            .iter()
            .all(|q| is_common_value(q.value) || is_round(q.value));
    if unspecific && entities.is_empty() {
        return None;
    }
    let mut key_parts: Vec<&str> = quantities.iter().map(|(k, _)| k.as_str()).collect();
    key_parts.extend(entities.iter().copied());
    let mut label_parts: Vec<&str> = quantities.iter().map(|(_, l)| l.as_str()).collect();
    label_parts.extend(entities.iter().map(|k| k.trim_start_matches("qid:")));
    Some(ClaimKey {
        key: key_parts.join("|"),
        label: label_parts.join(" · "),
    })
}

/// One significant digit, up to 1,000: 10, 20, 500, 1000.
fn is_round(value: f64) -> bool {
    if value.fract() != 0.0 || !(1.0..=1000.0).contains(&value) {
        return false;
    }
    let mut v = value as u64;
    while v.is_multiple_of(10) {
        v /= 10;
    }
    v < 10
}

/// Units that are written the same way in every language, after mapping
/// the scripts' spellings.
fn language_independent_unit(unit: &str) -> Option<&'static str> {
    Some(match unit.to_lowercase().trim_end_matches('.') {
        // Currencies written as words are read as the currency the word
        // most often means in news text.
        "usd" | "dollar" | "dollars" | "доллар" | "доллара" | "долларов" | "dólar" | "dólares" => {
            "USD"
        }
        "eur" | "euro" | "euros" | "евро" => "EUR",
        "gbp" => "GBP",
        "rub" | "рубль" | "рубля" | "рублей" => "RUB",
        "jpy" => "JPY",
        "percent" => "percent",
        "km" | "км" | "kilometres" | "kilometers" | "kilomètres" => "km",
        "m" | "м" | "metres" | "meters" | "mètres" => "m",
        "kg" | "кг" => "kg",
        "t" | "т" | "tonnes" | "tons" => "t",
        "mw" | "мвт" => "MW",
        "mwh" | "мвт·ч" => "MWh",
        "ha" | "га" => "ha",
        _ => return None,
    })
}

fn quantity_key(q: &Quantity) -> String {
    let unit = q.unit.as_deref().and_then(language_independent_unit);
    let bound = match q.bound {
        Some(Bound::Min) => "min",
        Some(Bound::Max) => "max",
        None => "",
    };
    format!("{}:{}:{}", value_key(q.value), unit.unwrap_or(""), bound)
}

fn quantity_label(q: &Quantity) -> String {
    let bound = match q.bound {
        Some(Bound::Min) => "≥",
        Some(Bound::Max) => "≤",
        None if q.approx => "~",
        None => "",
    };
    let unit = match q.unit.as_deref().and_then(language_independent_unit) {
        Some("percent") => "%".to_string(),
        Some(u) => format!(" {u}"),
        None => String::new(),
    };
    format!("{bound}{}{unit}", readable_number(q.value))
}

/// "3,000", "1.5 million", "2.5 billion", "18.4".
fn readable_number(value: f64) -> String {
    for (scale, word) in [(1e9, "billion"), (1e6, "million")] {
        let scaled = value / scale;
        if scaled.abs() >= 1.0 && (scaled * 100.0).fract() == 0.0 {
            return format!("{} {word}", trim_decimals(scaled));
        }
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = (value.abs() as u64).to_string();
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(d);
        }
        let sign = if value < 0.0 { "-" } else { "" };
        return format!("{sign}{grouped}");
    }
    trim_decimals(value)
}

fn trim_decimals(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_doc::{ClaimSource, SourceKind};

    fn quantity(value: f64, unit: Option<&str>, bound: Option<Bound>) -> Quantity {
        Quantity {
            start: 0,
            end: 1,
            value,
            unit: unit.map(str::to_string),
            approx: false,
            bound,
        }
    }

    fn claim(quantities: Vec<Quantity>, entities: &[&str]) -> Claim {
        Claim {
            start: 0,
            end: 1,
            text: "x".into(),
            quantities,
            source: ClaimSource {
                kind: SourceKind::None,
                entity: None,
                start: None,
                end: None,
                text: None,
            },
            hedges: Vec::new(),
            entities: entities.iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn translated_units_and_unlinked_names_do_not_split_a_group() {
        let en_keys = HashMap::from([("e1".to_string(), "name:LOC:kestrenia".to_string())]);
        let fr_keys = HashMap::from([("e4".to_string(), "name:LOC:kestrenie".to_string())]);
        let en = claim(
            vec![quantity(3000.0, Some("fighters"), Some(Bound::Min))],
            &["e1"],
        );
        let fr = claim(
            vec![quantity(3000.0, Some("combattants"), Some(Bound::Min))],
            &["e4"],
        );
        let en_key = claim_key(&en, &en_keys).expect("specific");
        assert_eq!(Some(en_key.clone()), claim_key(&fr, &fr_keys));
        assert_eq!(en_key.label, "≥3,000");
        let altered = claim(
            vec![quantity(5000.0, Some("combattants"), Some(Bound::Min))],
            &[],
        );
        assert_ne!(
            claim_key(&altered, &fr_keys).map(|k| k.key),
            Some(en_key.key)
        );
    }

    #[test]
    fn units_and_bounds_are_part_of_the_key() {
        let keys = HashMap::new();
        let km = claim(vec![quantity(7500.0, Some("км"), None)], &[]);
        let km_en = claim(vec![quantity(7500.0, Some("km"), None)], &[]);
        let usd = claim(vec![quantity(7500.0, Some("USD"), None)], &[]);
        let at_most = claim(vec![quantity(7500.0, Some("km"), Some(Bound::Max))], &[]);
        let k = |c: &Claim| claim_key(c, &keys).map(|k| k.key);
        assert_eq!(k(&km), k(&km_en));
        assert_ne!(k(&km), k(&usd));
        assert_ne!(k(&km), k(&at_most));
        let label = claim_key(&claim(vec![quantity(2.5e9, Some("USD"), None)], &[]), &keys);
        assert_eq!(label.map(|k| k.label).as_deref(), Some("2.5 billion USD"));
    }

    #[test]
    fn unspecific_claims_get_no_key() {
        let keys = HashMap::from([("e0".to_string(), "qid:Q1".to_string())]);
        assert_eq!(claim_key(&claim(vec![], &["e0"]), &keys), None);
        for value in [2.0, 2022.0, 500.0, 1000.0] {
            let c = claim(vec![quantity(value, None, None)], &[]);
            assert_eq!(claim_key(&c, &keys), None, "{value}");
        }
        let with_entity = claim(vec![quantity(2022.0, None, None)], &["e0"]);
        assert_eq!(
            claim_key(&with_entity, &keys).map(|k| k.key).as_deref(),
            Some("2022000::|qid:Q1")
        );
    }
}
