use std::collections::HashSet;
use std::sync::OnceLock;
use std::time::Instant;

use proptest::prelude::*;

use super::*;

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::builtin().expect("builtin KB loads"))
}

fn ids(kb: &Kb, surface: &str, lang: Option<&str>) -> Vec<String> {
    kb.lookup(surface, lang)
        .iter()
        .map(|m| m.entry.id.clone())
        .collect()
}

/// Id of the only entry a surface resolves to (panics with the surface otherwise).
fn resolve(surface: &str, lang: Option<&str>) -> String {
    let found = ids(kb(), surface, lang);
    let unique: HashSet<&String> = found.iter().collect();
    assert_eq!(unique.len(), 1, "{surface:?} resolved to {found:?}");
    found[0].clone()
}

#[test]
fn csto_is_one_entity_in_every_language() {
    let csto = "Q318693";
    assert_eq!(resolve("CSTO", None), csto);
    assert_eq!(resolve("OTSC", Some("fr")), csto);
    assert_eq!(resolve("l'OTSC", Some("fr")), csto);
    assert_eq!(resolve("ОДКБ", Some("ru")), csto);
    assert_eq!(
        resolve("Organisation du traité de sécurité collective", Some("fr")),
        csto
    );
    assert_eq!(kb().get(csto).map(|e| e.label), Some(Label::Org));
}

#[test]
fn covid_spellings_are_one_misc_disease() {
    let covid = "Q84263196";
    for (surface, lang) in [
        ("Covid-19", "fr"),
        ("Covid 19", "fr"),
        ("COVID", "fr"),
        ("la Covid", "fr"),
        ("COVID-19", "en"),
        ("Covid19", "it"),
        ("ковида", "ru"),
    ] {
        assert_eq!(resolve(surface, Some(lang)), covid, "{surface}");
    }
    let entry = kb().get(covid).expect("COVID-19 is builtin");
    assert_eq!((entry.label, entry.kind.as_str()), (Label::Misc, "disease"));
    // The virus family is a common noun, not a name of the disease.
    assert!(kb().lookup("coronavirus", Some("fr")).is_empty());
}

#[test]
fn companies_and_short_names_of_organisations() {
    for (surface, name) in [
        ("Alstom", "Alstom"),
        ("McKinsey", "McKinsey & Company"),
        ("Bayer-Monsanto", "Bayer"),
        ("Monsanto", "Monsanto"),
        ("Amnesty", "Amnesty International"),
    ] {
        let id = resolve(surface, Some("fr"));
        let entry = kb().get(&id).expect("resolved ids exist");
        assert_eq!((entry.name.as_str(), entry.label), (name, Label::Org));
    }
    assert_eq!(
        kb().get("Q206921").map(|e| e.kind.as_str()),
        Some("company")
    );
    // "Dassault" alone is as often the family as the aircraft maker.
    assert!(kb().lookup("Dassault", Some("fr")).is_empty());
}

#[test]
fn french_parties_institutions_and_people() {
    let name_of = |surface: &str, lang: &str| {
        let id = resolve(surface, Some(lang));
        kb().get(&id).expect("resolved ids exist").name.clone()
    };
    for (surface, lang, name) in [
        ("RN", "fr", "National Rally"),
        ("Front national", "fr", "National Rally"),
        ("LREM", "fr", "Renaissance (French political party)"),
        ("Renaissance", "fr", "Renaissance (French political party)"),
        ("MoDem", "fr", "Democratic Movement (France)"),
        ("LFI", "fr", "La France Insoumise"),
        ("Непокорённой Франции", "ru", "La France Insoumise"),
        ("PiS", "fr", "Law and Justice"),
        ("Assemblée nationale", "fr", "National Assembly (France)"),
        ("Sénat américain", "fr", "United States Senate"),
        (
            "Quai d'Orsay",
            "fr",
            "Ministry for Europe and Foreign Affairs (France)",
        ),
        ("Le Point", "fr", "Le Point (magazine)"),
        ("Édouard Philippe", "fr", "Édouard Philippe"),
        ("Le Drian", "fr", "Jean-Yves Le Drian"),
        ("Кулебой", "ru", "Dmytro Kuleba"),
        ("Ле Пен", "ru", "Marine Le Pen"),
        ("Macron", "fr", "Emmanuel Macron"),
    ] {
        assert_eq!(name_of(surface, lang), name, "{surface}");
    }
    // Common words and shared names stay unmatched: "Sénat" alone is the
    // French and the American one, "pis" a French word, "maire" (what
    // "Le Maire" normalises to) a common noun, "Philippe" a first name, the
    // one-word party names in English (the Renaissance) and German (das Ensemble).
    for (surface, lang) in [
        ("Sénat", "fr"),
        ("pis", "fr"),
        ("Le Maire", "fr"),
        ("Philippe", "fr"),
        ("Bercy", "fr"),
        ("Marianne", "fr"),
        ("Renaissance", "en"),
        ("Ensemble", "de"),
        ("PP", "fr"),
        ("мэр", "ru"),
    ] {
        assert!(ids(kb(), surface, Some(lang)).is_empty(), "{surface}");
    }
    let lecornu = kb().get(&resolve("Lecornu", Some("fr"))).expect("builtin");
    assert_eq!(
        (lecornu.kind.as_str(), lecornu.country.as_deref()),
        ("head_of_government", Some("Q142"))
    );
}

#[test]
fn firms_places_events_and_weapons_of_the_news() {
    let name_of = |surface: &str, lang: &str| {
        let id = resolve(surface, Some(lang));
        kb().get(&id).expect("resolved ids exist").name.clone()
    };
    for (surface, lang, name) in [
        ("Goldman Sachs", "fr", "Goldman Sachs"),
        ("Crédit agricole", "fr", "Crédit Agricole"),
        ("Rolls-Royce", "fr", "Rolls-Royce Holdings"),
        ("Telegram", "fr", "Telegram"),
        ("Сбербанка", "ru", "Sberbank"),
        ("Areva", "fr", "Orano"),
        ("Brest", "fr", "Brest"),
        ("Бресте", "ru", "Brest (Belarus)"),
        ("Saint-Denis", "fr", "Saint-Denis (Seine-Saint-Denis)"),
        ("Maine et Loire", "fr", "Maine-et-Loire"),
        ("Bouches-du-Rhône", "fr", "Bouches-du-Rhône"),
        ("la Loire", "fr", "Loire"),
        ("la Manche", "fr", "English Channel"),
        ("Somme", "fr", "Somme (department)"),
        ("Zaporijia", "fr", "Zaporizhzhia"),
        ("Severodonetsk", "fr", "Sievierodonetsk"),
        ("CAESAR", "fr", "CAESAR (howitzer)"),
        (
            "COP 26",
            "fr",
            "2021 United Nations Climate Change Conference",
        ),
        (
            "COP26",
            "en",
            "2021 United Nations Climate Change Conference",
        ),
        ("Северного потока-2", "ru", "Nord Stream 2"),
        ("Seconde Guerre mondiale", "fr", "World War II"),
        ("JO de Paris 2024", "fr", "2024 Summer Olympics"),
        ("Jeux olympiques", "fr", "Olympic Games"),
        ("AIDS", "en", "AIDS"),
        ("variole du singe", "fr", "mpox"),
    ] {
        assert_eq!(name_of(surface, lang), name, "{surface}");
    }
    // Left out: a letter, family and first names, a currency, common words and the names a
    // département shares with a river, a sea, a city or the football referee ("VAR").
    for (surface, lang) in [
        ("X", "fr"),
        ("César", "fr"),
        ("Rothschild", "fr"),
        ("Bouygues", "fr"),
        ("Leonardo", "it"),
        ("Roche", "en"),
        ("Abrams", "en"),
        ("Bayraktar", "fr"),
        ("Euro", "fr"),
        ("Nobel", "fr"),
        ("Patriot", "en"),
        ("Patriot", "de"),
        ("Nord", "fr"),
        ("Cher", "fr"),
        ("Var", "fr"),
        ("Jura", "fr"),
        ("Aides", "fr"),
        ("Landes", "de"),
        ("Valence", "fr"),
        ("JO", "fr"),
    ] {
        assert!(ids(kb(), surface, Some(lang)).is_empty(), "{surface}");
    }
    // "Caesar" is the howitzer in French, the Roman in English (and, through the
    // title-case reading of the acronym "CAESAR", the howitzer for a MISC tag).
    assert_eq!(name_of("Caesar", "fr"), "CAESAR (howitzer)");
    let caesar: Vec<&str> = kb()
        .lookup("Caesar", Some("en"))
        .iter()
        .map(|m| m.entry.name.as_str())
        .collect();
    assert!(caesar.contains(&"Julius Caesar"), "{caesar:?}");
    // "Orange" is the town and the telecom firm: the tagger's label chooses.
    let orange: HashSet<String> = ids(kb(), "Orange", Some("fr")).into_iter().collect();
    assert_eq!(orange.len(), 2);
    assert_eq!(
        kb().get("Q12193")
            .map(|e| (e.kind.as_str(), e.country.as_deref())),
        Some(("city", Some("Q142")))
    );
}

#[test]
fn every_sovereign_state_has_its_capital() {
    // Capitals the KB leaves to the country that bears their name, or leaves
    // out as names of other things ("Victoria", "Castries", "Saint John's"),
    // and the two whose capital's status is disputed (Jerusalem, Ramallah).
    let without_capital: HashSet<&str> = [
        "Q977", "Q817", "Q32", "Q235", "Q238", "Q334", "Q237", "Q1042", "Q760", "Q781", "Q801",
        "Q219060",
    ]
    .into_iter()
    .collect();
    let with_capital: HashSet<&str> = kb()
        .entries()
        .iter()
        .filter(|e| e.kind == "capital")
        .filter_map(|e| e.country.as_deref())
        .collect();
    let missing: Vec<&str> = kb()
        .entries()
        .iter()
        .filter(|e| e.kind == "country" && !without_capital.contains(e.id.as_str()))
        .filter(|e| !with_capital.contains(e.id.as_str()))
        .map(|e| e.name.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "countries without a capital: {missing:?}"
    );
    for (surface, lang, id) in [
        ("Taïpei", "fr", "Q1867"),
        ("Тайбэе", "ru", "Q1867"),
        ("Bogota", "fr", "Q2841"),
        ("Katmandou", "fr", "Q3037"),
        ("Mogadiscio", "it", "Q2449"),
        ("Khartoum", "fr", "Q1963"),
        ("Tripoli", "en", "Q3579"),
    ] {
        assert_eq!(resolve(surface, Some(lang)), id, "{surface}");
    }
    // Names of other things stay out: a first name, a district, a camera.
    for surface in ["Santiago", "Georgetown", "Victoria", "CCTV"] {
        assert!(ids(kb(), surface, Some("en")).is_empty(), "{surface}");
    }
}

#[test]
fn french_articles_and_elision_are_stripped() {
    assert_eq!(resolve("l'OTAN", Some("fr")), "Q7184");
    assert_eq!(resolve("L’OTAN", Some("fr")), "Q7184");
    assert_eq!(resolve("d'Ouzbékistan", Some("fr")), "Q265");
    assert_eq!(resolve("de la Russie", Some("fr")), "Q159");
    assert_eq!(resolve("les Etats-Unis", Some("fr")), "Q30");
}

#[test]
fn acronyms_match_case_sensitively() {
    assert!(kb().lookup("otan", Some("fr")).is_empty());
    assert!(kb().lookup("otan", None).is_empty());
    assert!(kb().lookup("eau", Some("fr")).is_empty());
    assert_eq!(resolve("Otan", Some("fr")), "Q7184");
    let matches = kb().lookup("OTAN", Some("fr"));
    assert!(matches.iter().all(|m| m.field == MatchField::Acronym));
}

#[test]
fn demonyms_resolve_to_their_country() {
    for surface in [
        "kazakh",
        "kazakhe",
        "Kazakhs",
        "казахский",
        "казахских",
        "казахов",
    ] {
        let matches = kb().lookup(surface, None);
        assert!(
            matches
                .iter()
                .any(|m| m.entry.id == "Q232" && m.is_demonym()),
            "{surface:?} gave {matches:?}"
        );
    }
    assert_eq!(resolve("ouzbèkes", Some("fr")), "Q265");
    assert_eq!(resolve("américaines", Some("fr")), "Q30");
}

#[test]
fn russian_case_forms_resolve() {
    for surface in [
        "Казахстан",
        "Казахстана",
        "Казахстану",
        "Казахстаном",
        "Казахстане",
    ] {
        assert_eq!(resolve(surface, Some("ru")), "Q232");
    }
    assert_eq!(resolve("России", Some("ru")), "Q159");
    assert_eq!(resolve("Соединённых Штатов", Some("ru")), "Q30");
}

#[test]
fn putin_resolves_in_every_script() {
    let putin = "Q7747";
    for surface in [
        "Poutine",
        "Vladimir Poutine",
        "Putin",
        "Путин",
        "Путина",
        "Владимиром Путиным",
    ] {
        assert_eq!(resolve(surface, None), putin, "{surface}");
    }
    assert_eq!(kb().get(putin).map(|e| e.label), Some(Label::Per));
}

#[test]
fn language_filter_keeps_canonical_names() {
    assert_eq!(resolve("Kazakhstan", Some("ru")), "Q232");
    assert!(ids(kb(), "Казахстан", Some("fr")).is_empty());
}

#[test]
fn entries_are_well_formed() {
    let mut seen = HashSet::new();
    // The raw file entries: the Kb itself would hide a duplicate by replacing it.
    let raw = builtin_entries().expect("builtin files parse");
    assert_eq!(raw.len(), kb().len());
    for entry in &raw {
        assert!(!entry.name.trim().is_empty(), "{entry:?}");
        assert!(seen.insert(entry.id.as_str()), "duplicate id {}", entry.id);
        assert!(
            entry.has_wikidata_id() || entry.id.starts_with("trame:"),
            "bad id {}",
            entry.id
        );
        if let Some(country) = &entry.country {
            assert!(
                kb().get(country).is_some(),
                "{} refers to unknown country {country}",
                entry.id
            );
        }
        for surfaces in entry.aliases.values().chain(entry.acronyms.values()) {
            assert!(
                surfaces.iter().all(|s| !s.trim().is_empty()),
                "{}",
                entry.id
            );
        }
    }
    assert!(kb().len() > 800, "only {} entries", kb().len());
}

#[test]
fn user_entries_override_builtin_ones() {
    let mut kb = Kb::builtin().expect("builtin KB loads");
    let before = kb.len();
    let user = concat!(
        r#"{"id":"Q7184","type":"ORG","kind":"military_alliance","name":"NATO","acronyms":{"fr":["OTAN"]}}"#,
        "\n\n",
        r#"{"type":"ORG","kind":"think_tank","name":"Institut Montaigne"}"#,
        "\n"
    );
    let entries = Kb::load_jsonl(user.as_bytes()).expect("valid user file");
    assert_eq!(entries[1].id, "trame:institut-montaigne");
    kb.extend(entries);
    assert_eq!(kb.len(), before + 1);
    assert_eq!(
        kb.get("Q7184").map(|e| e.kind.as_str()),
        Some("military_alliance")
    );
    assert_eq!(
        ids(&kb, "Institut Montaigne", Some("fr")),
        ["trame:institut-montaigne"]
    );
    // The replaced entry's old aliases are gone from the index.
    assert!(kb.lookup("Alliance atlantique", Some("fr")).is_empty());
}

#[test]
fn load_jsonl_reports_bad_lines() {
    let err = Kb::load_jsonl(&b"{\"type\":\"PER\",\"name\":\"A\"}\n{oops\n"[..]).unwrap_err();
    assert!(matches!(err, KbError::Json { line: 2, .. }), "{err}");
    let err = Kb::load_jsonl(&b"{\"type\":\"XYZ\",\"name\":\"A\"}\n"[..]).unwrap_err();
    assert!(matches!(err, KbError::Json { line: 1, .. }), "{err}");
    let err = Kb::load_jsonl(&b"{\"type\":\"PER\",\"name\":\" \"}\n"[..]).unwrap_err();
    assert!(matches!(err, KbError::Invalid { line: 1, .. }), "{err}");
}

#[test]
fn gazetteer_and_windows_cover_the_data() {
    let kb = kb();
    let gazetteer: Vec<(&str, Label)> = kb.gazetteer().collect();
    assert!(gazetteer.contains(&("ОДКБ", Label::Org)));
    assert!(gazetteer.contains(&("kazakhe", Label::Misc)));
    assert!(gazetteer.contains(&("Путин", Label::Per)));
    let longest = gazetteer
        .iter()
        .map(|(s, _)| normalize::token_count(s))
        .max()
        .unwrap_or(0);
    assert_eq!(kb.max_alias_tokens(), longest);
    assert!(kb.max_alias_tokens() >= 6);
}

#[test]
fn builtin_load_is_fast() {
    // Debug builds are several times slower than release; the 50 ms budget is
    // for release builds, so a debug run only guards against regressions.
    let budget_ms = if cfg!(debug_assertions) { 1000 } else { 50 };
    // Best of five: the machine is shared with parallel builds, and the
    // fastest run is the one that measures the code rather than the load.
    let (parse, total, len) = (0..5)
        .map(|_| {
            let start = Instant::now();
            let entries = builtin_entries().expect("builtin files parse");
            let parsed = start.elapsed();
            let kb = Kb::from_entries(entries);
            (parsed, start.elapsed(), kb.len())
        })
        .min_by_key(|&(_, total, _)| total)
        .expect("five runs");
    eprintln!(
        "builtin KB: {len} entries in {total:?} (parse {parse:?}, index {:?})",
        total - parse
    );
    assert!(total.as_millis() < budget_ms, "load took {total:?}");
}

#[test]
fn kb_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Kb>();
}

proptest! {
    #[test]
    fn lookup_never_panics(surface in "\\PC*", lang in proptest::option::of("[a-z]{2}")) {
        let _ = kb().lookup(&surface, lang.as_deref());
    }

    #[test]
    fn normalize_is_idempotent_on_article_free_text(surface in "[\\p{L} '’-]{0,30}") {
        let once = normalize(&surface);
        let again = normalize(&once);
        // A second pass may only strip one more article ("la l'x").
        prop_assert!(again == once || once.ends_with(&again));
    }
}
