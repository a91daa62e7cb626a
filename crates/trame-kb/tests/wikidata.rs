//! Importing the sample Wikidata dump in its real array-per-line format.

use std::fs::File;
use std::io::BufReader;

use trame_kb::{wikidata, Kb, Label, MatchField};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/wikidata-sample.json"
);
const LANGS: &[&str] = &["en", "fr", "ru", "de", "es", "it"];

fn import() -> Vec<trame_kb::Entry> {
    let file = File::open(SAMPLE).expect("sample dump present");
    wikidata::import_dump(BufReader::new(file), LANGS).expect("sample dump parses")
}

#[test]
fn imports_items_with_english_labels_only() {
    let entries = import();
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    // The property P31 and the item without an English label are skipped.
    assert_eq!(
        ids,
        ["Q318693", "Q7747", "Q232", "Q35493", "Q7184", "Q9682", "Q1860"]
    );
}

#[test]
fn derives_labels_from_instance_of() {
    let entries = import();
    let label_of = |id: &str| {
        let entry = entries.iter().find(|e| e.id == id).expect("imported");
        (entry.label, entry.kind.as_str())
    };
    assert_eq!(label_of("Q7747"), (Label::Per, "human"));
    assert_eq!(label_of("Q232"), (Label::Loc, "country"));
    assert_eq!(label_of("Q35493"), (Label::Loc, "city"));
    assert_eq!(
        label_of("Q318693"),
        (Label::Org, "intergovernmental_organization")
    );
    assert_eq!(label_of("Q1860"), (Label::Misc, "other"));
}

#[test]
fn keeps_labels_aliases_acronyms_and_country() {
    let entries = import();
    let csto = entries.iter().find(|e| e.id == "Q318693").expect("CSTO");
    assert_eq!(csto.acronyms["ru"], ["ОДКБ"]);
    assert_eq!(csto.acronyms["fr"], ["OTSC"]);
    assert!(
        csto.aliases["fr"].contains(&"Organisation du traité de sécurité collective".to_string())
    );
    let almaty = entries.iter().find(|e| e.id == "Q35493").expect("Almaty");
    assert_eq!(almaty.country.as_deref(), Some("Q232"));
    // Languages outside the requested list (kk) are dropped.
    let kazakhstan = entries.iter().find(|e| e.id == "Q232").expect("Kazakhstan");
    assert!(!kazakhstan.aliases.contains_key("kk"));
}

#[test]
fn imported_entries_are_searchable() {
    let kb = Kb::from_entries(import());
    let matches = kb.lookup("l'OTSC", Some("fr"));
    assert_eq!(matches.len(), 1);
    assert_eq!(matches[0].entry.id, "Q318693");
    assert_eq!(matches[0].field, MatchField::Acronym);
    assert!(kb.lookup("otsc", Some("fr")).is_empty());
    assert_eq!(kb.lookup("Poutine", Some("fr"))[0].entry.id, "Q7747");
}

#[test]
fn accepts_json_lines_and_reports_errors() {
    let lines = concat!(
        r#"{"type":"item","id":"Q1","labels":{"en":{"language":"en","value":"Universe"}},"claims":{}}"#,
        "\n"
    );
    let entries = wikidata::import_dump(lines.as_bytes(), LANGS).expect("parses");
    assert_eq!(entries[0].name, "Universe");
    let broken = "[\n{\"id\":\"Q1\",\n]\n";
    assert!(wikidata::import_dump(broken.as_bytes(), LANGS).is_err());
}
