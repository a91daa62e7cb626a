//! The store on the bundled sample corpus: ingest, idempotence, versions,
//! and every read the pages and exports rely on.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use trame_pipeline::Pipeline;
use trame_store::{CorpusRead, IngestOptions, IngestReport, SearchQuery, SqliteStore, VersionRole};

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::builtin().expect("shipped models load"));

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/corpus")
}

/// A fresh directory under the system's temporary directory.
fn temp_store(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("trame-store-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn ingest(store: &SqliteStore, paths: &[PathBuf]) -> IngestReport {
    let records = paths.iter().flat_map(|p| {
        trame_ingest::walk(std::slice::from_ref(p)).flat_map(|f| match f {
            Ok(f) => trame_ingest::read_path(&f.path),
            Err(e) => Box::new(std::iter::once(Err(e))),
        })
    });
    let records: Vec<_> = records.collect();
    store
        .ingest(
            &PIPELINE,
            records.into_iter(),
            &IngestOptions {
                commit_every: 4,
                ..Default::default()
            },
            &mut |_| {},
            &mut |e| panic!("sample failed: {e}"),
        )
        .expect("ingest succeeds")
}

fn path_of(store: &SqliteStore, id: &str) -> String {
    store
        .document(id)
        .expect("reads")
        .expect("known id")
        .document
        .source
        .path
}

#[test]
fn sample_corpus_ingests_once_and_reads_back() {
    let dir = temp_store("samples");
    let store = SqliteStore::open(&dir).expect("store opens");
    let first = ingest(&store, &[samples()]);
    assert!(first.added >= 12, "{first:?}");
    assert_eq!(first.new_versions, 0);

    // Idempotent: the same input again is skipped before analysis.
    let second = ingest(&store, &[samples()]);
    assert_eq!(second.added, 0, "{second:?}");
    assert_eq!(second.skipped, first.added + first.skipped);

    let reader = SqliteStore::open_read_only(&dir).expect("opens read-only");
    reader.check_integrity().expect("integrity");
    let overview = reader.overview().expect("overview");
    assert_eq!(overview.documents, first.added);
    assert!(overview.entities > 20, "{overview:?}");
    assert!(overview.quotes > 10 && overview.claims > 10, "{overview:?}");
    assert!(overview.languages.iter().any(|l| l.value == "ru"));

    // Every document reads back whole, with corpus ids for its entities.
    let mut seen = 0;
    reader
        .for_each_document(&mut |stored| {
            seen += 1;
            assert_eq!(stored.entity_ids.len(), stored.document.entities.len());
            assert_eq!(stored.claim_groups.len(), stored.document.claims.len());
            assert!(stored.story.is_some());
            let again = reader.document(&stored.document.id)?.expect("by id");
            assert_eq!(again.document, stored.document);
            Ok(())
        })
        .expect("walks");
    assert_eq!(seen, first.added);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_story_and_its_claims_are_linked_across_languages() {
    let dir = temp_store("story");
    let store = SqliteStore::open(&dir).expect("store opens");
    ingest(&store, &[samples()]);

    // The story holding the Meridian original.
    let hits = store
        .search(&SearchQuery {
            text: "Valdoria calls in Compact troops".into(),
            outlet: Some("The Meridian Review".into()),
            limit: 5,
            ..Default::default()
        })
        .expect("search");
    let original = hits.hits.first().expect("the original is found");
    let stored = store.document(&original.id).unwrap().unwrap();
    let story = store.story(stored.story.unwrap()).unwrap().unwrap();
    let paths: Vec<String> = story
        .versions
        .iter()
        .map(|v| path_of(&store, &v.document.id))
        .collect();
    // The translator's page and its feed item share URL and text: one
    // document, whichever was read first.
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("story-fr-horizon.html") || p.ends_with("feed-horizon.xml#2")),
        "Réseau Horizon's version missing: {paths:?}"
    );
    for expected in [
        "story-original-meridian.html",
        "story-en-republished.txt.gz",
        "story-fr-carrefour-global.txt",
        "story-ru-vestnik.txt",
    ] {
        assert!(
            paths.iter().any(|p| p.ends_with(expected)),
            "{expected} missing from the story: {paths:?}"
        );
    }
    assert!(
        !paths.iter().any(|p| p.ends_with("reporting-ru.html")),
        "another story joined: {paths:?}"
    );
    assert_eq!(story.versions[0].role, VersionRole::Original);
    assert!(
        paths[0].ends_with("story-original-meridian.html"),
        "{paths:?}"
    );
    assert!(story.versions[1..].iter().all(|v| v.parent.is_some()));
    let ru = story
        .versions
        .iter()
        .find(|v| v.document.language.as_deref() == Some("ru"))
        .unwrap();
    assert_eq!(ru.role, VersionRole::Translation);

    // What the altered translation changed.
    let horizon = story
        .versions
        .iter()
        .find(|v| v.document.outlet.as_deref() == Some("Réseau Horizon"))
        .unwrap();
    let carrefour = story
        .versions
        .iter()
        .find(|v| path_of(&store, &v.document.id).ends_with("story-fr-carrefour-global.txt"))
        .unwrap();
    let diff = store
        .diff(&carrefour.document.id, &horizon.document.id)
        .unwrap()
        .unwrap();
    assert!(!diff.paragraphs_dropped.is_empty(), "{diff:?}");
    assert!(!diff.numbers_changed.is_empty(), "{diff:?}");

    // The repeated claims form groups carried by several outlets.
    let groups = store.claim_groups(0, 50).unwrap();
    assert!(!groups.is_empty());
    let widest = groups.iter().max_by_key(|g| g.outlets).unwrap();
    assert!(widest.outlets >= 3, "{groups:?}");
    let view = store.claim_group(widest.id).unwrap().unwrap();
    assert_eq!(view.appearances.len() as u64, widest.appearances);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn entity_pages_gather_names_across_languages() {
    let dir = temp_store("entities");
    let store = SqliteStore::open(&dir).expect("store opens");
    ingest(&store, &[samples()]);
    let hits = store
        .search(&SearchQuery {
            entity: Some("Collective Security Treaty Organization".into()),
            limit: 20,
            ..Default::default()
        })
        .unwrap();
    assert!(hits.total >= 2, "{hits:?}");
    let doc = store.document(&hits.hits[0].id).unwrap().unwrap();
    let local = doc
        .document
        .entities
        .iter()
        .find(|e| e.name == "Collective Security Treaty Organization")
        .unwrap();
    let corpus = doc
        .entity_ids
        .iter()
        .find(|p| p.local == local.id)
        .unwrap()
        .corpus;
    let view = store.entity(corpus).unwrap().unwrap();
    assert!(view.entity.qid.is_some());
    assert!(view.document_count >= 2);
    let languages: Vec<_> = view
        .names
        .iter()
        .filter_map(|n| n.language.clone())
        .collect();
    assert!(languages.len() >= 2, "{:?}", view.names);
    assert!(!view.timeline.is_empty());
    assert!(!view.cooccurring.is_empty());
    assert!(store.entity(i64::MAX).unwrap().is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_changed_article_becomes_a_new_version() {
    let dir = temp_store("versions");
    let inputs = temp_store("versions-input");
    std::fs::create_dir_all(&inputs).unwrap();
    let article = inputs.join("article.txt");
    let text = std::fs::read_to_string(samples().join("reporting-en-wire.txt")).unwrap();
    std::fs::write(&article, &text).unwrap();
    let store = SqliteStore::open(&dir).expect("store opens");
    assert_eq!(ingest(&store, std::slice::from_ref(&inputs)).added, 1);

    let changed = text.replacen("61 million cubic meters", "59 million cubic meters", 1);
    assert_ne!(changed, text);
    std::fs::write(&article, changed).unwrap();
    let report = ingest(&store, std::slice::from_ref(&inputs));
    assert_eq!((report.added, report.new_versions), (1, 1), "{report:?}");

    let overview = store.overview().unwrap();
    assert_eq!(overview.documents, 1);
    let mut current = Vec::new();
    store
        .for_each_document(&mut |d| {
            current.push(d);
            Ok(())
        })
        .unwrap();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].version, 2);
    let hits = store
        .search(&SearchQuery {
            text: "Continental Wire".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.total, 1, "the old version left the index: {hits:?}");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&inputs);
}

#[test]
fn reading_a_missing_store_is_a_clear_error() {
    let dir = temp_store("missing");
    let err = SqliteStore::open_read_only(&dir).err().expect("fails");
    assert!(err.to_string().contains("no trame store"), "{err}");
}
