//! The pipeline on the bundled sample corpus (`samples/corpus`, CC0) and on
//! bad input: real text end to end, with the facts `samples/README.md` states.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use trame_doc::{validate, BoilerplateKind, Document, EntityLabel, QuoteKind, SourceKind};
use trame_pipeline::{AnalyzeError, Pipeline};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::builtin().expect("shipped models load"))
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/corpus")
}

fn analyse_path(path: &Path) -> Vec<Result<Document, AnalyzeError>> {
    let mut out = Vec::new();
    pipeline().analyze_stream(trame_ingest::read_path(path), |r| out.push(r));
    out
}

fn sample(name: &str) -> Document {
    let mut docs = analyse_path(&corpus().join(name));
    assert_eq!(docs.len(), 1, "{name}");
    docs.remove(0).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_sample_is_analysed_with_valid_spans() {
    let mut all = Vec::new();
    let files: Vec<PathBuf> = trame_ingest::walk(&[corpus()])
        .map(|f| f.unwrap().path)
        .collect();
    assert!(files.len() >= 12, "{files:?}");
    for file in files {
        for doc in analyse_path(&file) {
            let doc = doc.unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert!(
                validate(&doc).is_empty(),
                "{}: {:?}",
                doc.source.path,
                validate(&doc)
            );
            assert!(doc.meta.title.is_some(), "{} has no title", doc.source.path);
            assert!(
                doc.meta.language.is_some(),
                "{} has no language",
                doc.source.path
            );
            assert!(!doc.sentences.is_empty());
            all.push(doc);
        }
    }
    // Two WARC responses, three JSON Lines records, three feed items, and
    // one document for each other file.
    assert_eq!(
        all.len(),
        17,
        "{:?}",
        all.iter().map(|d| &d.source.path).collect::<Vec<_>>()
    );
}

#[test]
fn mondialisation_style_text_comes_out_clean_with_its_chain() {
    let doc = sample("story-fr-carrefour-global.txt");
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("La Valdorie fait appel aux troupes du Pacte alors que les troubles s'étendent dans la vallée de la Sarn")
    );
    assert_eq!(doc.meta.authors, ["Clara Wexford"]);
    assert_eq!(doc.meta.published.as_deref(), Some("2022-01-16"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Carrefour Global"));
    assert_eq!(doc.meta.language.as_deref(), Some("fr"));
    let original = doc
        .provenance
        .original
        .as_ref()
        .expect("original publication");
    assert_eq!(original.outlet.as_deref(), Some("The Meridian Review"));
    assert_eq!(
        original.title.as_deref(),
        Some("Valdoria calls in Compact troops as Sarn Valley unrest spreads")
    );
    assert_eq!(original.date.as_deref(), Some("2022-01-12"));
    assert_eq!(original.language.as_deref(), Some("en"));
    assert_eq!(doc.provenance.translated_by, ["Réseau Horizon"]);
    assert_eq!(doc.provenance.republished_from, ["The Meridian Review"]);
    let kinds: Vec<BoilerplateKind> = doc.boilerplate.iter().map(|b| b.kind).collect();
    for kind in [
        BoilerplateKind::Provenance,
        BoilerplateKind::Copyright,
        BoilerplateKind::Disclaimer,
        BoilerplateKind::Permission,
        BoilerplateKind::Contact,
        BoilerplateKind::Share,
    ] {
        assert!(kinds.contains(&kind), "no {kind:?} in {kinds:?}");
    }
    for gone in [
        "Avis de non-responsabilité",
        "Contact média",
        "Partagez cet article",
        "Copyright ©",
        "Par Clara Wexford",
    ] {
        assert!(!doc.text.contains(gone), "{gone:?} left in the text");
    }
    assert!(
        doc.text.starts_with("CASTRELLE, Valdorie"),
        "{}",
        &doc.text[..80]
    );
    assert!(doc.text.contains("Au moins 3 000 combattants"));
}

#[test]
fn html_original_has_page_metadata_and_no_site_furniture() {
    let doc = sample("story-original-meridian.html");
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Valdoria calls in Compact troops as Sarn Valley unrest spreads")
    );
    assert_eq!(doc.meta.authors, ["Clara Wexford"]);
    assert!(doc
        .meta
        .published
        .as_deref()
        .is_some_and(|d| d.starts_with("2022-01-12")));
    assert_eq!(doc.meta.outlet.as_deref(), Some("The Meridian Review"));
    for furniture in [
        "Accept all cookies",
        "Share on Facebook",
        "Related",
        "Comments",
    ] {
        assert!(
            !doc.text.contains(furniture),
            "{furniture:?} left in the text"
        );
    }
    assert!(doc.text.contains("At least 3,000 fighters"));
}

#[test]
fn windows_1251_without_declaration_is_decoded() {
    let doc = sample("reporting-ru.html");
    assert_eq!(doc.meta.language.as_deref(), Some("ru"));
    assert!(doc.text.contains("беженц"), "{}", &doc.text[..200]);
}

#[test]
fn layers_name_people_quotes_and_sourced_claims() {
    let doc = sample("story-fr-carrefour-global.txt");
    let kostan = doc
        .entities
        .iter()
        .find(|e| e.name == "Aurel Kostan")
        .expect("Aurel Kostan is an entity");
    assert_eq!(kostan.label, EntityLabel::Per);
    let csto = doc
        .entities
        .iter()
        .find(|e| e.kb_id.as_deref() == Some("Q318693"));
    assert!(csto.is_some(), "OTSC linked to the CSTO");
    let quote = doc
        .quotes
        .iter()
        .find(|q| {
            q.kind == QuoteKind::Direct
                && q.text
                    .starts_with("Nous ne sommes pas face à une manifestation")
        })
        .expect("Kostan's quote");
    assert_eq!(quote.speaker.as_deref(), Some(kostan.id.as_str()));
    let fighters = doc
        .claims
        .iter()
        .find(|c| c.text.contains("3 000 combattants"))
        .expect("the fighters claim");
    assert_eq!(fighters.source.kind, SourceKind::Anonymous);
    let q = &fighters.quantities[0];
    assert_eq!((q.value, q.unit.as_deref()), (3000.0, Some("combattants")));
}

#[test]
fn stated_memberships_come_out_as_relations() {
    let doc = sample("story-fr-carrefour-global.txt");
    let csto = doc
        .entities
        .iter()
        .find(|e| e.kb_id.as_deref() == Some("Q318693"))
        .expect("the CSTO");
    let members: Vec<&str> = doc
        .relations
        .iter()
        .filter(|r| r.kind == "member_of" && r.object == csto.id && !r.negated)
        .filter_map(|r| doc.entities.iter().find(|e| e.id == r.subject))
        .map(|e| e.name.as_str())
        .collect();
    for country in [
        "Russia",
        "Belarus",
        "Armenia",
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
    ] {
        assert!(
            members.contains(&country),
            "{country} missing from {members:?}"
        );
    }
}

#[test]
fn bad_input_gives_errors_and_never_stops_the_run() {
    let dir = std::env::temp_dir().join(format!("trame-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a-empty.html"), b"").unwrap();
    std::fs::write(dir.join("b-binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(
        dir.join("c-no-article.html"),
        b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    )
    .unwrap();
    let nested = format!(
        "<html><body>{}<p>Deep text here.</p></body></html>",
        "<div>".repeat(20_000)
    );
    std::fs::write(dir.join("d-nested.html"), nested).unwrap();
    std::fs::write(dir.join("e-truncated.html.gz"), [0x1f, 0x8b, 8, 0, 0, 0]).unwrap();
    std::fs::write(
        dir.join("f-good.txt"),
        "Le ministre a annoncé mardi la fermeture de la frontière pour une durée indéterminée.",
    )
    .unwrap();
    let mut results = Vec::new();
    let files: Vec<PathBuf> = trame_ingest::walk(std::slice::from_ref(&dir))
        .map(|f| f.unwrap().path)
        .collect();
    let summary = pipeline()
        .analyze_stream(files.iter().flat_map(|f| trame_ingest::read_path(f)), |r| {
            results.push(r)
        });
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(results.len(), 6, "{results:?}");
    assert!(
        results.last().unwrap().is_ok(),
        "the good file after the bad ones is analysed"
    );
    assert!(summary.failed() >= 3, "{summary:?}");
    assert!(results[..3].iter().all(Result::is_err), "{results:?}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Whatever the text, every span of every layer lies inside it.
    #[test]
    fn spans_stay_inside_arbitrary_text(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Poutine", "l'OTAN", "«", "»", "a déclaré", "selon", "3 000", "1,5 million", "soldats",
                ".", "\n\n", "Путин", "заявил", "“", "”", "said", "Kostan", "M.", "qui réunit", ",", "et",
                "aurait", "\u{a0}", "é", "🙂", "n'est pas membre", "Pacte", "The", "?",
            ]),
            0..80,
        ),
    ) {
        let text = words.join(" ");
        let record = trame_ingest::RawRecord::new(
            "prop.txt".into(),
            trame_doc::Format::Text,
            trame_ingest::Content::Text(text),
        );
        if let Ok(doc) = pipeline().analyze(record) {
            proptest::prop_assert!(validate(&doc).is_empty(), "{:?}", validate(&doc));
        }
    }
}

#[test]
fn user_knowledge_base_entries_name_and_link_entities() {
    let entry = r#"{"id":"Q999999001","type":"ORG","kind":"intergovernmental_organization","name":"Northern Marches Compact","aliases":{"fr":["Pacte des Marches du Nord"],"en":["Northern Marches Compact"]}}"#;
    let entries = trame_kb::Kb::load_jsonl(entry.as_bytes()).expect("entry parses");
    let pipeline = Pipeline::with_knowledge_base(entries).expect("models load");
    let mut docs = Vec::new();
    pipeline.analyze_stream(
        trame_ingest::read_path(&corpus().join("story-fr-carrefour-global.txt")),
        |r| docs.push(r),
    );
    let doc = docs.remove(0).expect("analysed");
    let compact = doc
        .entities
        .iter()
        .find(|e| e.kb_id.as_deref() == Some("Q999999001"))
        .expect("the user's entry is linked");
    assert_eq!(compact.name, "Northern Marches Compact");
}
