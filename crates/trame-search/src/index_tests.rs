//! Tests of the index on the sample corpus (samples/corpus), in temporary
//! directories.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;

use crate::{IndexedDocument, IndexedEntity, SearchError, SearchIndex, SearchQuery};

const WRITER_HEAP: usize = 20_000_000;

/// A directory under the system's temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "trame-search-{name}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        TempDir(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn entity(id: i64, label: &str, name: &str, qid: Option<&str>) -> IndexedEntity {
    IndexedEntity {
        id,
        label: label.to_string(),
        name: name.to_string(),
        qid: qid.map(str::to_string),
    }
}

fn lanvaard() -> IndexedEntity {
    entity(1, "PER", "Piet Lanvaard", None)
}
fn valdoria() -> IndexedEntity {
    entity(2, "LOC", "Valdoria", None)
}
fn compact() -> IndexedEntity {
    entity(3, "ORG", "Northern Marches Compact", None)
}
fn kostan() -> IndexedEntity {
    entity(4, "PER", "Aurel Kostan", None)
}
fn russia() -> IndexedEntity {
    entity(5, "LOC", "Russia", Some("Q159"))
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|value| value.to_string()).collect()
}

/// The title is the first line of a sample, the text the rest.
fn split_sample(sample: &str) -> (String, String) {
    let (title, text) = sample.split_once('\n').unwrap_or((sample, ""));
    (title.trim().to_string(), text.trim().to_string())
}

/// Six documents: three samples whole, two excerpts of samples and one
/// short undated brief, across French, English and Russian.
fn corpus() -> Vec<IndexedDocument> {
    let (fr_title, fr_text) = split_sample(include_str!(
        "../../../samples/corpus/story-fr-carrefour-global.txt"
    ));
    let (ru_title, ru_text) =
        split_sample(include_str!("../../../samples/corpus/story-ru-vestnik.txt"));
    let (en_title, en_text) = split_sample(include_str!(
        "../../../samples/corpus/reporting-en-wire.txt"
    ));
    vec![
        IndexedDocument {
            seq: 1,
            id: "fr-carrefour".into(),
            title: fr_title,
            text: fr_text,
            language: Some("fr".into()),
            outlet: Some("Carrefour Global".into()),
            published: Some("2022-01-16".into()),
            entities: vec![lanvaard(), valdoria(), russia(), compact()],
            speakers: vec![kostan(), lanvaard()],
            source_kinds: strings(&["named", "anonymous", "named"]),
            techniques: vec![],
        },
        IndexedDocument {
            seq: 2,
            id: "ru-vestnik".into(),
            title: ru_title,
            text: ru_text,
            language: Some("ru".into()),
            outlet: Some("Вестник Пограничья".into()),
            published: Some("2022-01-13".into()),
            entities: vec![lanvaard(), valdoria(), russia(), kostan()],
            speakers: vec![lanvaard()],
            source_kinds: strings(&["named"]),
            techniques: strings(&["Doubt"]),
        },
        IndexedDocument {
            seq: 3,
            id: "en-wire".into(),
            title: en_title,
            text: en_text,
            language: Some("en".into()),
            outlet: Some("Continental Wire".into()),
            published: Some("2022-01-13T09:00:00Z".into()),
            entities: vec![valdoria(), entity(6, "ORG", "Transmarca", None)],
            speakers: vec![],
            source_kinds: strings(&["named", "document"]),
            techniques: vec![],
        },
        IndexedDocument {
            seq: 4,
            id: "fr-opinion".into(),
            title: "Vallée de la Sarn : les « libérateurs » du Pacte".into(),
            // An excerpt of samples/corpus/opinion-fr-valdorie.html.
            text: "La comparaison est grotesque : la Valdorie n'est pas membre de l'OTAN, et le \
                   Pacte n'a ni commandement intégré ni budget commun."
                .into(),
            language: Some("fr".into()),
            outlet: Some("La Vigie Continentale".into()),
            published: Some("2022-02-03".into()),
            entities: vec![valdoria(), entity(7, "ORG", "NATO", Some("Q7184"))],
            speakers: vec![],
            source_kinds: strings(&["none"]),
            techniques: strings(&["Loaded_Language", "Doubt"]),
        },
        IndexedDocument {
            seq: 5,
            id: "fr-brief".into(),
            title: "Brève".into(),
            text: "Un soldat de la garde nationale a été blessé près de Dravik. Le ministère a \
                   reçu une délégation d'Ouzbékistan."
                .into(),
            language: Some("fr-FR".into()),
            outlet: Some("carrefour global".into()),
            published: None,
            entities: vec![],
            speakers: vec![],
            source_kinds: vec![],
            techniques: vec![],
        },
        IndexedDocument {
            seq: 6,
            id: "ru-excerpt".into(),
            title: "Костан".into(),
            // An excerpt of samples/corpus/story-ru-vestnik.txt.
            text: "«Мы имеем дело не с протестом», — заявил премьер-министр Аурел Костан во \
                   вторник вечером в телевизионном обращении."
                .into(),
            language: Some("ru".into()),
            outlet: Some("Вестник Пограничья".into()),
            published: Some("2021-12-30".into()),
            entities: vec![kostan()],
            speakers: vec![kostan()],
            source_kinds: strings(&["named"]),
            techniques: vec![],
        },
    ]
}

fn build(dir: &TempDir, docs: &[IndexedDocument], seq: u64) -> SearchIndex {
    let index = SearchIndex::open_or_create(dir.path()).expect("index opens");
    let mut writer = index.writer(WRITER_HEAP).expect("writer opens");
    for doc in docs {
        writer.add(doc).expect("document indexed");
    }
    writer.commit(seq).expect("commit");
    index
}

fn text(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.to_string(),
        ..SearchQuery::default()
    }
}

/// The ids found, in result order.
fn ids(index: &SearchIndex, query: &SearchQuery) -> Vec<String> {
    let results = index.search(query).expect("search succeeds");
    results.hits.into_iter().map(|hit| hit.id).collect()
}

fn sorted_ids(index: &SearchIndex, query: &SearchQuery) -> Vec<String> {
    let mut found = ids(index, query);
    found.sort();
    found
}

#[test]
fn french_elisions_stemming_and_accents() {
    let dir = TempDir::new("french");
    let index = build(&dir, &corpus(), 6);
    // "l'OTAN" is the only form in fr-opinion.
    assert_eq!(ids(&index, &text("OTAN")), vec!["fr-opinion"]);
    // fr-brief has only "soldat", fr-carrefour only "soldats".
    assert_eq!(
        sorted_ids(&index, &text("soldats")),
        vec!["fr-brief", "fr-carrefour"]
    );
    assert_eq!(
        sorted_ids(&index, &text("soldat")),
        vec!["fr-brief", "fr-carrefour"]
    );
    for form in ["Ouzbékistan", "ouzbekistan", "d'Ouzbékistan"] {
        assert_eq!(ids(&index, &text(form)), vec!["fr-brief"], "{form}");
    }
}

#[test]
fn russian_and_english_stemming() {
    let dir = TempDir::new("stemming");
    let index = build(&dir, &corpus(), 6);
    // ru-excerpt has only the nominative "Костан".
    assert_eq!(
        sorted_ids(&index, &text("Костана")),
        vec!["ru-excerpt", "ru-vestnik"]
    );
    assert_eq!(ids(&index, &text("pumping stations")), vec!["en-wire"]);
    assert_eq!(ids(&index, &text("explosions")), vec!["en-wire"]);
}

#[test]
fn phrases_and_exclusions() {
    let dir = TempDir::new("phrases");
    let index = build(&dir, &corpus(), 6);
    // fr-opinion has the phrase in its title.
    assert_eq!(
        sorted_ids(&index, &text("\"vallée de la Sarn\"")),
        vec!["fr-carrefour", "fr-opinion"]
    );
    assert_eq!(
        ids(&index, &text("\"troupes du Pacte\"")),
        vec!["fr-carrefour"]
    );
    assert_eq!(
        ids(&index, &text("« Pacte troupes »")),
        Vec::<String>::new()
    );
    assert_eq!(ids(&index, &text("Pacte troupes")), vec!["fr-carrefour"]);
    // Every French document names the Valdorie; "-OTAN" drops the opinion.
    assert_eq!(
        sorted_ids(&index, &text("Valdorie")),
        vec!["fr-carrefour", "fr-opinion"]
    );
    assert_eq!(ids(&index, &text("Valdorie -OTAN")), vec!["fr-carrefour"]);
    assert_eq!(
        ids(&index, &text("Valdorie -\"membre de l'OTAN\"")),
        vec!["fr-carrefour"]
    );
    // Only exclusions: everything else, newest first.
    assert_eq!(
        ids(&index, &text("-Valdorie -soldat")),
        vec!["en-wire", "ru-vestnik", "ru-excerpt"]
    );
}

#[test]
fn titles_weigh_more_than_body() {
    let dir = TempDir::new("titles");
    // Sentences of samples/corpus/reporting-en-wire.txt.
    let doc = |id: &str, title: &str, text: &str| IndexedDocument {
        id: id.into(),
        title: title.into(),
        text: text.into(),
        language: Some("en".into()),
        ..IndexedDocument::default()
    };
    let index = build(
        &dir,
        &[
            doc(
                "in-body",
                "Station taken offline",
                "Transmarca said the station had been taken offline as a precaution.",
            ),
            doc(
                "in-title",
                "Transmarca shuts station",
                "The operator said the station had been taken offline as a precaution.",
            ),
        ],
        2,
    );
    assert_eq!(
        ids(&index, &text("Transmarca")),
        vec!["in-title", "in-body"]
    );
}

#[test]
fn every_filter_narrows_exactly() {
    let dir = TempDir::new("filters");
    let index = build(&dir, &corpus(), 6);
    let all = |query: SearchQuery| sorted_ids(&index, &query);
    for reference in ["E2", "2", "valdoria", " Valdoria "] {
        assert_eq!(
            all(SearchQuery {
                entity: Some(reference.into()),
                ..SearchQuery::default()
            }),
            vec!["en-wire", "fr-carrefour", "fr-opinion", "ru-vestnik"],
            "{reference}"
        );
    }
    assert_eq!(
        all(SearchQuery {
            entity: Some("Q159".into()),
            ..SearchQuery::default()
        }),
        vec!["fr-carrefour", "ru-vestnik"]
    );
    assert_eq!(
        all(SearchQuery {
            label: Some("ORG".into()),
            ..SearchQuery::default()
        }),
        vec!["en-wire", "fr-carrefour", "fr-opinion"]
    );
    assert_eq!(
        all(SearchQuery {
            outlet: Some("CARREFOUR GLOBAL".into()),
            ..SearchQuery::default()
        }),
        vec!["fr-brief", "fr-carrefour"]
    );
    assert_eq!(
        all(SearchQuery {
            language: Some("RU".into()),
            ..SearchQuery::default()
        }),
        vec!["ru-excerpt", "ru-vestnik"]
    );
    assert_eq!(
        all(SearchQuery {
            speaker: Some("aurel kostan".into()),
            ..SearchQuery::default()
        }),
        vec!["fr-carrefour", "ru-excerpt"]
    );
    assert_eq!(
        all(SearchQuery {
            source_kind: Some("document".into()),
            ..SearchQuery::default()
        }),
        vec!["en-wire"]
    );
    assert_eq!(
        all(SearchQuery {
            technique: Some("Doubt".into()),
            ..SearchQuery::default()
        }),
        vec!["fr-opinion", "ru-vestnik"]
    );
    // Filters combine with each other and with the text.
    assert_eq!(
        all(SearchQuery {
            text: "Pacte".into(),
            entity: Some("E2".into()),
            language: Some("fr".into()),
            technique: Some("Doubt".into()),
            ..SearchQuery::default()
        }),
        vec!["fr-opinion"]
    );
    // Empty filter values, as web forms send them, filter nothing.
    assert_eq!(
        all(SearchQuery {
            outlet: Some(String::new()),
            date_from: Some(" ".into()),
            ..SearchQuery::default()
        })
        .len(),
        6
    );
}

#[test]
fn date_ranges_are_inclusive_and_skip_undated_documents() {
    let dir = TempDir::new("dates");
    let index = build(&dir, &corpus(), 6);
    let between = |from: Option<&str>, to: Option<&str>| {
        sorted_ids(
            &index,
            &SearchQuery {
                date_from: from.map(str::to_string),
                date_to: to.map(str::to_string),
                ..SearchQuery::default()
            },
        )
    };
    assert_eq!(
        between(Some("2022-01-13"), Some("2022-01-13")),
        vec!["en-wire", "ru-vestnik"]
    );
    assert_eq!(
        between(Some("2022-01"), None),
        vec!["en-wire", "fr-carrefour", "fr-opinion", "ru-vestnik"]
    );
    assert_eq!(between(None, Some("2021")), vec!["ru-excerpt"]);
    let invalid = index.search(&SearchQuery {
        date_from: Some("13/01/2022".into()),
        ..SearchQuery::default()
    });
    assert!(matches!(invalid, Err(SearchError::InvalidDate(date)) if date == "13/01/2022"));
}

#[test]
fn without_text_newest_first_then_undated() {
    let dir = TempDir::new("order");
    let index = build(&dir, &corpus(), 6);
    let results = index.search(&SearchQuery::default()).expect("search");
    assert_eq!(results.total, 6);
    let order: Vec<&str> = results.hits.iter().map(|hit| hit.id.as_str()).collect();
    assert_eq!(
        order,
        vec![
            "fr-opinion",
            "fr-carrefour",
            "en-wire",
            "ru-vestnik",
            "ru-excerpt",
            "fr-brief"
        ]
    );
    let opinion = &results.hits[0];
    assert_eq!(opinion.outlet.as_deref(), Some("La Vigie Continentale"));
    assert_eq!(opinion.language.as_deref(), Some("fr"));
    assert_eq!(opinion.published.as_deref(), Some("2022-02-03"));
    assert!(opinion
        .snippet
        .text
        .starts_with("La comparaison est grotesque"));
    assert!(opinion.snippet.highlights.is_empty());
}

#[test]
fn facets_count_every_matching_document() {
    let dir = TempDir::new("facets");
    let index = build(&dir, &corpus(), 6);
    let results = index
        .search(&SearchQuery {
            limit: 1,
            ..SearchQuery::default()
        })
        .expect("search");
    assert_eq!(results.hits.len(), 1);
    let counts = |facets: &[crate::FacetCount]| -> Vec<(String, String, u64)> {
        facets
            .iter()
            .map(|facet| (facet.value.clone(), facet.name.clone(), facet.count))
            .collect()
    };
    let pair = |value: &str, count: u64| (value.to_string(), value.to_string(), count);
    let facets = &results.facets;
    assert_eq!(
        counts(&facets.language),
        vec![pair("fr", 3), pair("ru", 2), pair("en", 1)]
    );
    assert_eq!(
        counts(&facets.outlet),
        vec![
            pair("Вестник Пограничья", 2),
            pair("Carrefour Global", 1),
            pair("Continental Wire", 1),
            pair("La Vigie Continentale", 1),
            pair("carrefour global", 1),
        ]
    );
    assert_eq!(
        counts(&facets.label),
        vec![pair("LOC", 4), pair("ORG", 3), pair("PER", 3)]
    );
    let entity = |id: &str, name: &str, count: u64| (id.to_string(), name.to_string(), count);
    assert_eq!(
        counts(&facets.entity),
        vec![
            entity("2", "Valdoria", 4),
            entity("1", "Piet Lanvaard", 2),
            entity("4", "Aurel Kostan", 2),
            entity("5", "Russia", 2),
            entity("3", "Northern Marches Compact", 1),
            entity("6", "Transmarca", 1),
            entity("7", "NATO", 1),
        ]
    );
    assert_eq!(
        counts(&facets.source_kind),
        vec![
            pair("named", 4),
            pair("anonymous", 1),
            pair("document", 1),
            pair("none", 1)
        ]
    );
    assert_eq!(
        counts(&facets.technique),
        vec![pair("Doubt", 2), pair("Loaded_Language", 1)]
    );
    assert_eq!(
        counts(&facets.month),
        vec![pair("2022-01", 3), pair("2021-12", 1), pair("2022-02", 1)]
    );

    // With text, facets follow the matches.
    let russian = index.search(&text("Костан")).expect("search");
    assert_eq!(counts(&russian.facets.language), vec![pair("ru", 2)]);
}

#[test]
fn snippet_highlights_cover_the_query_words() {
    let dir = TempDir::new("snippets");
    let index = build(&dir, &corpus(), 6);
    for (query, stem) in [
        ("soldats", "soldat"),
        ("Костана", "Костан"),
        ("stations", "station"),
    ] {
        let results = index.search(&text(query)).expect("search");
        assert!(!results.hits.is_empty(), "{query}");
        for hit in results.hits {
            let snippet = &hit.snippet;
            // About 200 characters; the fragment is measured in bytes.
            assert!(snippet.text.chars().count() <= 260, "{}", snippet.text);
            assert!(!snippet.highlights.is_empty(), "{query} in {}", hit.id);
            for &(start, end) in &snippet.highlights {
                assert!(snippet.text.is_char_boundary(start) && snippet.text.is_char_boundary(end));
                let highlighted = &snippet.text[start..end];
                assert!(
                    highlighted.to_lowercase().starts_with(&stem.to_lowercase()),
                    "{highlighted:?} for {query}"
                );
            }
            assert!(snippet
                .highlights
                .windows(2)
                .all(|pair| pair[0].1 <= pair[1].0));
        }
    }
}

#[test]
fn pages_and_limits() {
    let dir = TempDir::new("pages");
    let many: Vec<IndexedDocument> = (0..130)
        .map(|n| IndexedDocument {
            seq: n,
            id: format!("doc-{n}"),
            text: format!("Dépêche numéro {n} sur la vallée de la Sarn."),
            language: Some("fr".into()),
            ..IndexedDocument::default()
        })
        .collect();
    let index = build(&dir, &many, 129);
    let page = |offset: usize, limit: usize| {
        index
            .search(&SearchQuery {
                offset,
                limit,
                ..SearchQuery::default()
            })
            .expect("search")
    };
    assert_eq!(page(0, 0).hits.len(), 10);
    assert_eq!(page(0, 1000).hits.len(), 100);
    // Undated: by descending sequence number.
    assert_eq!(
        page(5, 2)
            .hits
            .iter()
            .map(|hit| hit.id.as_str())
            .collect::<Vec<_>>(),
        vec!["doc-124", "doc-123"]
    );
    let past_the_end = page(usize::MAX, 10);
    assert_eq!((past_the_end.total, past_the_end.hits.len()), (130, 0));
}

#[test]
fn commits_record_seq_and_readers_see_them() {
    let dir = TempDir::new("commits");
    let docs = corpus();
    let index = SearchIndex::open_or_create(dir.path()).expect("index");
    assert_eq!(index.committed_seq().expect("seq"), None);
    assert_eq!(index.doc_count(), 0);

    let mut writer = index.writer(WRITER_HEAP).expect("writer");
    assert!(matches!(
        index.writer(WRITER_HEAP),
        Err(SearchError::WriterLocked(_))
    ));
    writer.add(&docs[0]).expect("add");
    writer.add(&docs[1]).expect("add");
    writer.commit(2).expect("commit");
    assert_eq!(index.committed_seq().expect("seq"), Some(2));
    assert_eq!(index.doc_count(), 2);

    let reader = SearchIndex::open_read_only(dir.path()).expect("read-only");
    assert_eq!(reader.committed_seq().expect("seq"), Some(2));
    assert_eq!(reader.doc_count(), 2);
    assert!(matches!(
        reader.writer(WRITER_HEAP),
        Err(SearchError::ReadOnly(_))
    ));

    // A later commit is seen by the already open reader.
    writer.add(&docs[3]).expect("add");
    writer.commit(4).expect("commit");
    assert_eq!(ids(&reader, &text("OTAN")), vec!["fr-opinion"]);
    assert_eq!(reader.committed_seq().expect("seq"), Some(4));
    drop(writer);

    // Reopening for writing keeps everything committed.
    drop(index);
    let reopened = SearchIndex::open_or_create(dir.path()).expect("reopen");
    assert_eq!(reopened.doc_count(), 3);
    assert_eq!(reopened.committed_seq().expect("seq"), Some(4));

    let missing = TempDir::new("missing");
    assert!(matches!(
        SearchIndex::open_read_only(missing.path()),
        Err(SearchError::NotFound(_))
    ));
}

#[test]
fn adding_an_id_again_replaces_and_delete_removes() {
    let dir = TempDir::new("replace");
    let mut docs = corpus();
    let index = build(&dir, &docs, 6);
    let mut writer = index.writer(WRITER_HEAP).expect("writer");

    docs[3].text = "Le Pacte n'a ni commandement intégré ni budget commun.".into();
    docs[3].seq = 7;
    writer.add(&docs[3]).expect("replace");
    writer.delete("en-wire").expect("delete");
    writer
        .delete("no-such-document")
        .expect("delete of nothing");
    writer.commit(7).expect("commit");

    assert_eq!(index.doc_count(), 5);
    assert_eq!(ids(&index, &text("OTAN")), Vec::<String>::new());
    assert_eq!(ids(&index, &text("commandement")), vec!["fr-opinion"]);
    assert_eq!(ids(&index, &text("pipeline")), Vec::<String>::new());
}

#[test]
fn hostile_query_text_never_fails() {
    let dir = TempDir::new("hostile");
    let index = build(&dir, &corpus(), 6);
    let search = |text: &str| {
        index.search(&SearchQuery {
            text: text.to_string(),
            entity: Some(text.to_string()),
            outlet: Some(text.to_string()),
            speaker: Some(text.to_string()),
            ..SearchQuery::default()
        })
    };
    for hostile in [
        "\"",
        "-",
        "- -",
        "--",
        ":",
        "*",
        "(",
        ")",
        "title:(",
        "\"\"",
        "-\"\"",
        "«",
        "»«",
        "AND OR NOT",
        "\u{0}",
        "l'",
        "'",
        "’’",
        "\u{301}",
        "🙂",
        "[1 TO 2]",
        "~2",
        "^3",
        "\\",
    ] {
        assert!(search(hostile).is_ok(), "{hostile:?}");
    }
    proptest!(ProptestConfig::with_cases(200), |(text in any::<String>())| {
        prop_assert!(search(&text).is_ok());
    });
}

#[test]
fn the_index_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<SearchIndex>();
    fn movable<T: Send>() {}
    movable::<crate::IndexWriterHandle>();
}
