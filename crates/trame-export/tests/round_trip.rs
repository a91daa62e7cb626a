//! Every export of the sample corpus, read back with an independent reader
//! and checked against the store it came from.

use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use quick_xml::events::Event;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use trame_export::{export, ExportError, ExportFormat, TABLES};
use trame_store::*;

/// The sample corpus analysed by the real pipeline into a real store, once
/// per test run.
fn store() -> &'static SqliteStore {
    static STORE: OnceLock<SqliteStore> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = scratch("store");
        let store = SqliteStore::open(&dir).unwrap();
        let pipeline = trame_pipeline::Pipeline::builtin().unwrap();
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/corpus");
        let records =
            trame_ingest::walk(&[corpus]).flat_map(|file| -> Box<dyn Iterator<Item = _> + Send> {
                match file {
                    Ok(file) => trame_ingest::read_path(&file.path),
                    Err(e) => Box::new(std::iter::once(Err(e))),
                }
            });
        let report = store
            .ingest(
                &pipeline,
                records,
                &IngestOptions::default(),
                &mut |_| {},
                &mut |e| panic!("sample failed to analyse: {e}"),
            )
            .unwrap();
        assert!(report.added >= 14, "{report:?}");
        store
    })
}

/// An empty directory of this test run.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("trame-export-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn documents(store: &dyn CorpusRead) -> Vec<StoredDocument> {
    let mut docs = Vec::new();
    store
        .for_each_document(&mut |doc| {
            docs.push(doc);
            Ok(())
        })
        .unwrap();
    docs
}

/// Rows each table must have, counted from the documents and the store.
fn expected_rows(store: &dyn CorpusRead) -> BTreeMap<String, u64> {
    let docs = documents(store);
    let sum = |f: &dyn Fn(&trame_doc::Document) -> usize| -> u64 {
        docs.iter().map(|d| f(&d.document) as u64).sum()
    };
    let mut entities = 0;
    store
        .for_each_entity(&mut |_, _, _| {
            entities += 1;
            Ok(())
        })
        .unwrap();
    let stories: u64 = store
        .stories(0, 10_000)
        .unwrap()
        .iter()
        .map(|s| store.story(s.id).unwrap().unwrap().versions.len() as u64)
        .sum();
    [
        ("documents", docs.len() as u64),
        ("entities", entities),
        (
            "mentions",
            sum(&|d| d.entities.iter().map(|e| e.mentions.len()).sum()),
        ),
        ("quotes", sum(&|d| d.quotes.len())),
        ("claims", sum(&|d| d.claims.len())),
        (
            "quantities",
            sum(&|d| d.claims.iter().map(|c| c.quantities.len()).sum()),
        ),
        ("relations", sum(&|d| d.relations.len())),
        ("stories", stories),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

#[test]
fn json_lines_hold_each_document_with_its_corpus_fields() {
    let store = store();
    let out = scratch("jsonl").join("corpus.jsonl");
    let summary = export(store, ExportFormat::Jsonl, &out).unwrap();
    let docs = documents(store);
    assert_eq!(summary.rows["documents"], docs.len() as u64);
    assert_eq!(summary.files, vec![out.clone()]);

    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), docs.len());
    let mut grouped_claims = 0;
    for (line, stored) in lines.iter().zip(&docs) {
        let json: Value = serde_json::from_str(line).unwrap();
        // The schema v1 part reads back as the stored document.
        let back: trame_doc::Document = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, stored.document);
        assert_eq!(json["version"], stored.version);
        assert_eq!(json.get("story").and_then(Value::as_i64), stored.story);
        let corpus: HashMap<&str, i64> = stored
            .entity_ids
            .iter()
            .map(|p| (p.local.as_str(), p.corpus))
            .collect();
        for entity in json["entities"].as_array().into_iter().flatten() {
            let local = entity["id"].as_str().unwrap();
            assert_eq!(entity["corpus_id"].as_i64(), corpus.get(local).copied());
        }
        for (claim, group) in json["claims"]
            .as_array()
            .into_iter()
            .flatten()
            .zip(&stored.claim_groups)
        {
            assert_eq!(claim.get("claim_group").and_then(Value::as_i64), *group);
            grouped_claims += usize::from(group.is_some());
        }
    }
    assert!(
        grouped_claims > 0,
        "no claim of the samples has a claim group"
    );
    assert!(
        docs.iter().filter(|d| d.story.is_some()).count() >= 5,
        "the five versions of the Sarn Valley story have a story id"
    );
}

/// A strict RFC 4180 reader: quoted fields with doubled quotes, CRLF
/// records. `None` is an empty unquoted field (missing), `Some("")` a
/// quoted empty one.
fn read_csv(text: &str) -> Vec<Vec<Option<String>>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut field = String::new();
        let quoted = chars.peek() == Some(&'"');
        if quoted {
            chars.next();
            loop {
                match chars.next().expect("unterminated quoted field") {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => break,
                    c => field.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\r' {
                    break;
                }
                assert!(
                    c != '"' && c != '\n',
                    "bare quote or line feed in {field:?}"
                );
                field.push(c);
                chars.next();
            }
        }
        record.push((quoted || !field.is_empty()).then_some(field));
        match chars.next() {
            Some(',') => {}
            Some('\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                records.push(std::mem::take(&mut record));
            }
            other => panic!("unexpected {other:?} after a field"),
        }
    }
    records
}

#[test]
fn csv_tables_read_back_with_every_row_and_value() {
    let store = store();
    let dir = scratch("csv");
    let summary = export(store, ExportFormat::Csv, &dir).unwrap();
    assert_eq!(summary.rows, expected_rows(store));
    assert_eq!(summary.files.len(), TABLES.len());

    let mut tables: HashMap<&str, Vec<HashMap<&str, Option<String>>>> = HashMap::new();
    for spec in &TABLES {
        let text = std::fs::read_to_string(dir.join(format!("{}.csv", spec.name))).unwrap();
        let mut records = read_csv(&text).into_iter();
        let header: Vec<String> = records.next().unwrap().into_iter().flatten().collect();
        let names: Vec<&str> = spec.columns.iter().map(|c| c.name).collect();
        assert_eq!(header, names);
        let rows: Vec<HashMap<&str, Option<String>>> = records
            .map(|r| {
                assert_eq!(r.len(), names.len(), "{}: {r:?}", spec.name);
                names.iter().copied().zip(r).collect()
            })
            .collect();
        assert_eq!(rows.len() as u64, summary.rows[spec.name], "{}", spec.name);
        tables.insert(spec.name, rows);
    }

    // Every claim's sentence survives quoting, commas, quotes and all.
    let docs = documents(store);
    let claims: Vec<(&str, &str)> = docs
        .iter()
        .flat_map(|d| {
            d.document
                .claims
                .iter()
                .map(move |c| (d.document.id.as_str(), c.text.as_str()))
        })
        .collect();
    let exported: Vec<(&str, &str)> = tables["claims"]
        .iter()
        .map(|r| {
            (
                r["document"].as_deref().unwrap(),
                r["text"].as_deref().unwrap(),
            )
        })
        .collect();
    assert_eq!(exported, claims);
    assert!(claims
        .iter()
        .any(|(_, t)| t.contains(',') && t.contains('"')));

    // Mention text is the span of the text it points to.
    let text_of: HashMap<&str, &str> = docs
        .iter()
        .map(|d| (d.document.id.as_str(), d.document.text.as_str()))
        .collect();
    for row in &tables["mentions"] {
        let text = text_of[row["document"].as_deref().unwrap()];
        let at = |k: &str| row[k].as_deref().unwrap().parse::<usize>().unwrap();
        let span: String = text
            .chars()
            .skip(at("start"))
            .take(at("end") - at("start"))
            .collect();
        assert_eq!(row["text"].as_deref(), Some(span.as_str()));
    }

    // The anonymous "at least 3,000 fighters" of the original is a bounded quantity.
    assert!(tables["quantities"]
        .iter()
        .any(|r| r["value"].as_deref() == Some("3000") && r["bound"].as_deref() == Some("min")));
    assert!(tables["claims"]
        .iter()
        .any(|r| r["source_kind"].as_deref() == Some("anonymous")));
    // Story versions name their roles and parents.
    let roles: Vec<&str> = tables["stories"]
        .iter()
        .filter_map(|r| r["role"].as_deref())
        .collect();
    assert!(
        roles.contains(&"original") && roles.contains(&"translation"),
        "{roles:?}"
    );
}

#[test]
fn parquet_tables_read_back_with_every_row_and_value() {
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Float64Type, Int64Type};

    let store = store();
    let dir = scratch("parquet");
    let summary = export(store, ExportFormat::Parquet, &dir).unwrap();
    assert_eq!(summary.rows, expected_rows(store));

    let read = |name: &str| {
        let file = std::fs::File::open(dir.join(format!("{name}.parquet"))).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        let compression = builder.metadata().row_group(0).column(0).compression();
        assert_eq!(compression, parquet::basic::Compression::SNAPPY);
        builder
            .build()
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap()
    };
    for spec in &TABLES {
        let batches = read(spec.name);
        let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
        assert_eq!(rows as u64, summary.rows[spec.name], "{}", spec.name);
        let schema = batches[0].schema();
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        let expected: Vec<&str> = spec.columns.iter().map(|c| c.name).collect();
        assert_eq!(names, expected);
    }

    let docs = documents(store);
    let documents = read("documents");
    let ids: Vec<&str> = documents
        .iter()
        .flat_map(|b| {
            b.column_by_name("id")
                .unwrap()
                .as_string::<i32>()
                .iter()
                .flatten()
        })
        .collect();
    let stored_ids: Vec<&str> = docs.iter().map(|d| d.document.id.as_str()).collect();
    assert_eq!(ids, stored_ids);
    let lengths: Vec<i64> = documents
        .iter()
        .flat_map(|b| {
            b.column_by_name("text_chars")
                .unwrap()
                .as_primitive::<Int64Type>()
                .values()
                .to_vec()
        })
        .collect();
    let stored_lengths: Vec<i64> = docs
        .iter()
        .map(|d| d.document.text.chars().count() as i64)
        .collect();
    assert_eq!(lengths, stored_lengths);

    let quantities = read("quantities");
    let values: Vec<f64> = quantities
        .iter()
        .flat_map(|b| {
            b.column_by_name("value")
                .unwrap()
                .as_primitive::<Float64Type>()
                .values()
                .to_vec()
        })
        .collect();
    assert!(
        values.contains(&3000.0) && values.contains(&1.5e6),
        "{values:?}"
    );
    let units = quantities[0].column_by_name("unit").unwrap();
    assert!(units.null_count() < units.len());
}

/// The store with one entity renamed to hostile markup, to check escaping.
struct HostileNames<'a>(&'a SqliteStore);

const HOSTILE: &str = "<script>&\"'";

impl CorpusRead for HostileNames<'_> {
    fn overview(&self) -> Result<Overview> {
        self.0.overview()
    }
    fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.0.search(query)
    }
    fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        self.0.document(id)
    }
    fn for_each_document(&self, f: &mut dyn FnMut(StoredDocument) -> Result<()>) -> Result<()> {
        self.0.for_each_document(f)
    }
    fn entity(&self, id: i64) -> Result<Option<EntityView>> {
        self.0.entity(id)
    }
    fn for_each_entity(&self, f: &mut dyn FnMut(EntityRef, u64, u64) -> Result<()>) -> Result<()> {
        let mut first = true;
        self.0
            .for_each_entity(&mut |mut entity, documents, mentions| {
                if std::mem::take(&mut first) {
                    // A control character XML cannot hold, even escaped.
                    entity.name = format!("{HOSTILE}\u{1}");
                }
                f(entity, documents, mentions)
            })
    }
    fn for_each_cooccurrence(&self, f: &mut dyn FnMut(i64, i64, u64) -> Result<()>) -> Result<()> {
        self.0.for_each_cooccurrence(f)
    }
    fn story(&self, id: i64) -> Result<Option<StoryView>> {
        self.0.story(id)
    }
    fn stories(&self, offset: usize, limit: usize) -> Result<Vec<StorySummary>> {
        self.0.stories(offset, limit)
    }
    fn claim_group(&self, id: i64) -> Result<Option<ClaimGroupView>> {
        self.0.claim_group(id)
    }
    fn claim_groups(&self, offset: usize, limit: usize) -> Result<Vec<ClaimGroupSummary>> {
        self.0.claim_groups(offset, limit)
    }
    fn diff(&self, from: &str, to: &str) -> Result<Option<VersionDiff>> {
        self.0.diff(from, to)
    }
}

/// What a GraphML file holds, as quick-xml reads it.
#[derive(Default)]
struct Graph {
    nodes: usize,
    /// Edge `type` values.
    edge_types: Vec<String>,
    /// Node `label` values, unescaped.
    labels: Vec<String>,
    directed_edges: usize,
}

fn read_graph(xml: &str) -> Graph {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut graph = Graph::default();
    let mut key: Option<String> = None;
    let mut raw = String::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == "node" => graph.nodes += 1,
            Event::Start(e) if e.name().as_ref() == "edge" => {
                let directed = e.try_get_attribute("directed").unwrap();
                if directed.is_some_and(|a| a.value == "true") {
                    graph.directed_edges += 1;
                }
            }
            Event::Start(e) if e.name().as_ref() == "data" => {
                let attribute = e.try_get_attribute("key").unwrap().unwrap();
                key = Some(attribute.value.into_owned());
                raw.clear();
            }
            Event::Text(t) => raw.push_str(&t),
            Event::GeneralRef(r) => {
                raw.push('&');
                raw.push_str(&r);
                raw.push(';');
            }
            Event::End(e) if e.name().as_ref() == "data" => {
                let value = quick_xml::escape::unescape(&raw).unwrap().into_owned();
                match key.take().as_deref() {
                    Some("label") => graph.labels.push(value),
                    Some("type") => graph.edge_types.push(value),
                    _ => {}
                }
            }
            Event::Eof => return graph,
            _ => {}
        }
    }
}

#[test]
fn graphml_parses_with_every_entity_and_edge_and_escapes_names() {
    let store = store();
    let out = scratch("graphml").join("corpus.graphml");
    let summary = export(&HostileNames(store), ExportFormat::Graphml, &out).unwrap();
    let graph = read_graph(&std::fs::read_to_string(&out).unwrap());

    let mut entities = 0;
    store
        .for_each_entity(&mut |_, _, _| {
            entities += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(graph.nodes, entities);
    assert_eq!(summary.rows["nodes"], entities as u64);
    assert_eq!(graph.labels.len(), entities);
    assert!(
        graph.labels.iter().any(|l| l == HOSTILE),
        "the hostile name survives"
    );
    assert!(graph.labels.iter().any(|l| l == "Piet Lanvaard"));

    let count = |kind: &str| graph.edge_types.iter().filter(|t| *t == kind).count() as u64;
    assert_eq!(count("cooccurrence"), summary.rows["cooccurrence_edges"]);
    assert_eq!(count("relation"), summary.rows["relation_edges"]);
    assert_eq!(graph.directed_edges as u64, summary.rows["relation_edges"]);
    assert!(summary.rows["cooccurrence_edges"] > 0);
    assert!(
        summary.rows["relation_edges"] > 0,
        "the opinion piece states memberships of the Compact"
    );
}

#[test]
fn claim_reviews_are_schema_org_skeletons() {
    let store = store();
    let out = scratch("claimreview").join("reviews.json");
    let summary = export(store, ExportFormat::ClaimReview, &out).unwrap();
    let reviews: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(
        reviews.len() as u64,
        summary.rows["claim_groups"] + summary.rows["single_claims"]
    );
    let groups = store.claim_groups(0, 10_000).unwrap();
    assert_eq!(summary.rows["claim_groups"], groups.len() as u64);
    assert!(!groups.is_empty(), "the story's versions repeat claims");
    assert!(summary.rows["single_claims"] > 0);

    for review in &reviews {
        assert_eq!(review["@context"], "https://schema.org");
        assert_eq!(review["@type"], "ClaimReview");
        assert!(review["claimReviewed"]
            .as_str()
            .is_some_and(|t| !t.is_empty()));
        assert!(review["reviewRating"]["ratingValue"].is_null());
        assert!(review["author"].is_null());
        let item = &review["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        let appearances = item["appearance"].as_array().unwrap();
        assert!(!appearances.is_empty());
        assert_eq!(item["firstAppearance"], appearances[0]);
        for appearance in appearances {
            let kind = appearance["@type"].as_str().unwrap();
            assert!(kind == "NewsArticle" || kind == "CreativeWork", "{kind}");
        }
    }

    // A group's review lists one appearance per document that repeats it.
    for (group, review) in groups.iter().zip(&reviews) {
        assert_eq!(
            review["identifier"],
            format!("trame:claim-group:{}", group.id)
        );
        let appearances = review["itemReviewed"]["appearance"].as_array().unwrap();
        assert_eq!(appearances.len() as u64, group.appearances);
    }
    assert!(
        reviews.iter().any(
            |r| r["itemReviewed"]["firstAppearance"]["publisher"]["name"] == "The Meridian Review"
        ),
        "the original is the first appearance of the story's claims"
    );
}

#[test]
fn an_unwritable_output_names_its_path() {
    let store = store();
    let blocker = scratch("unwritable").join("file");
    std::fs::write(&blocker, "not a directory").unwrap();
    let out = blocker.join("corpus.jsonl");
    match export(store, ExportFormat::Jsonl, &out) {
        Err(err @ ExportError::Io { .. }) => {
            assert!(err.to_string().contains("file"), "{err}");
        }
        other => panic!("expected an I/O error, got {other:?}"),
    }
}
