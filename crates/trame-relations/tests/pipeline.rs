//! Relations found on realistic sentences run through the real pipeline, so
//! entities come from the shipped tagger and knowledge base.

use std::sync::LazyLock;
use trame_doc::{Document, Format, Relation, Span};
use trame_ingest::{Content, RawRecord};
use trame_pipeline::Pipeline;
use trame_relations::{relations, MEMBER_OF, ROLE};

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::builtin().expect("shipped models load"));

fn analyze(text: &str) -> Document {
    PIPELINE
        .analyze(RawRecord::new(
            "test.txt".to_string(),
            Format::Text,
            Content::Text(text.to_string()),
        ))
        .expect("analysable text")
}

fn analyze_sample(name: &str) -> Document {
    let path = format!("{}/../../samples/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).expect("sample exists");
    let (format, content) = if name.ends_with(".html") {
        (Format::Html, Content::Html(raw))
    } else {
        (Format::Text, Content::Text(raw))
    };
    PIPELINE
        .analyze(RawRecord::new(path, format, content))
        .expect("analysable sample")
}

fn name_of<'d>(doc: &'d Document, id: &str) -> &'d str {
    doc.entities
        .iter()
        .find(|e| e.id == id)
        .map_or("?", |e| e.name.as_str())
}

/// The relation of `kind` from the entity named `subject` to the one whose
/// name contains `object`.
fn find<'r>(
    doc: &Document,
    rels: &'r [Relation],
    kind: &str,
    subject: &str,
    object: &str,
) -> Option<&'r Relation> {
    rels.iter().find(|r| {
        r.kind == kind
            && name_of(doc, &r.subject) == subject
            && name_of(doc, &r.object).contains(object)
    })
}

fn evidence(doc: &Document, r: &Relation) -> String {
    doc.slice(Span::new(r.start, r.end))
}

const CSTO_MEMBERS: [&str; 6] = [
    "Russia",
    "Belarus",
    "Armenia",
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
];

fn assert_csto_members(doc: &Document, rels: &[Relation]) {
    let members: Vec<&str> = rels
        .iter()
        .filter(|r| {
            r.kind == MEMBER_OF
                && name_of(doc, &r.object) == "Collective Security Treaty Organization"
        })
        .map(|r| name_of(doc, &r.subject))
        .collect();
    assert_eq!(members, CSTO_MEMBERS, "{rels:#?}");
    assert!(rels.iter().all(|r| !r.negated));
}

#[test]
fn french_enumeration_lists_the_csto_members() {
    let doc = analyze(
        "Moscou a convoqué l'OTSC, qui réunit la Russie, la Biélorussie, l'Arménie, le \
         Kazakhstan, le Kirghizistan et le Tadjikistan, pour une réunion d'urgence.",
    );
    let rels = relations(&doc);
    assert_csto_members(&doc, &rels);
    let first = &rels[0];
    assert!(evidence(&doc, first).starts_with("OTSC, qui réunit la Russie"));
    assert!(evidence(&doc, first).ends_with("le Tadjikistan"));
}

#[test]
fn english_and_russian_enumerations_list_the_csto_members() {
    let doc = analyze(
        "The CSTO, which groups Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and \
         Tajikistan, sent troops to Almaty.",
    );
    assert_csto_members(&doc, &relations(&doc));
    let doc =
        analyze("В ОДКБ входят Россия, Белоруссия, Армения, Казахстан, Киргизия и Таджикистан.");
    assert_csto_members(&doc, &relations(&doc));
}

#[test]
fn dont_n_est_pas_membre_is_negated_membership() {
    let doc = analyze(
        "Les mêmes invoquent volontiers l'Union européenne, dont la Norvège n'est pas membre, \
         pour expliquer qu'un pays peut coopérer avec un bloc sans y adhérer.",
    );
    let rels = relations(&doc);
    let r = find(&doc, &rels, MEMBER_OF, "Norway", "European Union").expect("Norway not in the EU");
    assert!(r.negated);
    assert_eq!(
        evidence(&doc, r),
        "Union européenne, dont la Norvège n'est pas membre"
    );
}

#[test]
fn negated_membership_in_english_and_russian() {
    let doc =
        analyze("Norway is not a member of the European Union, but it trades freely with it.");
    let rels = relations(&doc);
    assert!(find(&doc, &rels, MEMBER_OF, "Norway", "European Union").is_some_and(|r| r.negated));
    let doc = analyze("Норвегия не является членом Евросоюза, но торгует с ним.");
    let rels = relations(&doc);
    assert!(find(&doc, &rels, MEMBER_OF, "Norway", "European Union").is_some_and(|r| r.negated));
}

#[test]
fn joining_and_leaving() {
    let doc = analyze(
        "La Suède et la Finlande ont rejoint l'OTAN. Le Royaume-Uni a quitté l'Union européenne en 2020.",
    );
    let rels = relations(&doc);
    assert!(find(&doc, &rels, MEMBER_OF, "Sweden", "NATO").is_some_and(|r| !r.negated));
    assert!(find(&doc, &rels, MEMBER_OF, "Finland", "NATO").is_some_and(|r| !r.negated));
    let left = find(&doc, &rels, MEMBER_OF, "United Kingdom", "European Union").expect("Brexit");
    assert!(left.negated);
    let doc =
        analyze("Finland joined NATO in April, and the United Kingdom left the European Union.");
    let rels = relations(&doc);
    assert!(find(&doc, &rels, MEMBER_OF, "Finland", "NATO").is_some_and(|r| !r.negated));
    assert!(
        find(&doc, &rels, MEMBER_OF, "United Kingdom", "European Union").is_some_and(|r| r.negated)
    );
}

#[test]
fn apposition_role_after_the_person() {
    let doc = analyze("Jens Stoltenberg, secrétaire général de l'OTAN, a appelé à la retenue.");
    let rels = relations(&doc);
    let r = find(&doc, &rels, ROLE, "Jens Stoltenberg", "NATO").expect("role");
    assert_eq!(r.role.as_deref(), Some("secrétaire général"));
    assert_eq!(
        evidence(&doc, r),
        "Jens Stoltenberg, secrétaire général de l'OTAN"
    );
}

#[test]
fn role_with_demonym_links_the_country_when_the_document_names_it() {
    let doc = analyze(
        "Le Premier ministre hongrois Viktor Orbán a bloqué le texte. La Hongrie reste isolée.",
    );
    let rels = relations(&doc);
    let r = find(&doc, &rels, ROLE, "Viktor Orbán", "Hungary").expect("role");
    assert_eq!(r.role.as_deref(), Some("premier ministre"));
    // Without an entity for Hungary there is nothing to link to.
    let doc = analyze("Le Premier ministre hongrois Viktor Orbán a bloqué le texte.");
    assert!(
        relations(&doc).iter().all(|r| r.kind != ROLE),
        "{:#?}",
        relations(&doc)
    );
}

#[test]
fn english_roles_before_the_name() {
    let doc = analyze(
        "NATO Secretary General Jens Stoltenberg spoke after Kremlin spokesman Dmitry Peskov. \
         US Secretary of State Antony Blinken met Hungarian Prime Minister Viktor Orbán in Hungary.",
    );
    let rels = relations(&doc);
    let role = |person: &str, object: &str| {
        find(&doc, &rels, ROLE, person, object).and_then(|r| r.role.clone())
    };
    assert_eq!(
        role("Jens Stoltenberg", "NATO").as_deref(),
        Some("secretary general")
    );
    assert_eq!(
        role("Dmitry Peskov", "Kremlin").as_deref(),
        Some("spokesman")
    );
    assert_eq!(
        role("Antony Blinken", "United States").as_deref(),
        Some("secretary of state")
    );
    assert_eq!(
        role("Viktor Orbán", "Hungary").as_deref(),
        Some("prime minister")
    );
}

#[test]
fn french_roles_before_the_name() {
    let doc = analyze(
        "Le président du Kazakhstan, Kassym-Jomart Tokaïev, a demandé l'aide de l'OTSC. \
         Le porte-parole du Kremlin, Dmitri Peskov, a démenti.",
    );
    let rels = relations(&doc);
    let r = find(&doc, &rels, ROLE, "Kassym-Jomart Tokayev", "Kazakhstan").expect("president");
    assert_eq!(r.role.as_deref(), Some("président"));
    let r = find(&doc, &rels, ROLE, "Dmitry Peskov", "Kremlin").expect("spokesman");
    assert_eq!(r.role.as_deref(), Some("porte-parole"));
}

#[test]
fn portfolio_is_not_an_organisation() {
    let doc =
        analyze("À Castrelle, le ministre de l'Intérieur Teodor Branik assure que tout va bien.");
    assert!(
        relations(&doc).iter().all(|r| r.kind != ROLE),
        "{:#?}",
        relations(&doc)
    );
}

const PACT_MEMBERS: [&str; 5] = ["Valdorie", "Lusmark", "Tervie", "Brannholm", "Orlanie"];

fn assert_pact_members(doc: &Document, rels: &[Relation]) {
    for member in PACT_MEMBERS {
        if !doc.entities.iter().any(|e| e.name == member) {
            continue;
        }
        let r = find(doc, rels, MEMBER_OF, member, "Pacte")
            .unwrap_or_else(|| panic!("{member} in the Pacte: {rels:#?}"));
        assert!(!r.negated, "{member}");
    }
}

#[test]
fn opinion_sample_states_the_pact_members_and_non_members() {
    let doc = analyze_sample("opinion-fr-valdorie.html");
    let rels = relations(&doc);
    assert_pact_members(&doc, &rels);
    let anaphoric = find(&doc, &rels, MEMBER_OF, "Lusmark", "Pacte").expect("Lusmark");
    assert!(evidence(&doc, anaphoric).starts_with("L'organisation, qui réunit"));
    let negated = |subject: &str, object: &str| {
        find(&doc, &rels, MEMBER_OF, subject, object).is_some_and(|r| r.negated)
    };
    assert!(negated("Valdorie", "NATO"));
    assert!(negated("Kestrénie", "Pacte"));
    assert!(negated("Norway", "European Union"));
    let r = find(&doc, &rels, ROLE, "Piet Lanvaard", "Pacte").expect("secretary general");
    assert_eq!(r.role.as_deref(), Some("secrétaire général"));
}

#[test]
fn reporting_sample_states_the_pact_and_csto_members() {
    let doc = analyze_sample("story-fr-carrefour-global.txt");
    let rels = relations(&doc);
    assert_pact_members(&doc, &rels);
    let joined = find(&doc, &rels, MEMBER_OF, "Orlanie", "Pacte").expect("Orlanie joined");
    assert!(evidence(&doc, joined).ends_with("l'Orlanie l'a rejoint"));
    let csto: Vec<&str> = rels
        .iter()
        .filter(|r| name_of(&doc, &r.object) == "Collective Security Treaty Organization")
        .map(|r| name_of(&doc, &r.subject))
        .collect();
    assert_eq!(csto, CSTO_MEMBERS);
    assert!(find(&doc, &rels, ROLE, "Piet Lanvaard", "Pacte").is_some());
}

#[test]
fn duplicates_keep_the_first_evidence() {
    let doc = analyze(
        "Finland joined NATO in April. Months later, Finland joined NATO exercises for the first time.",
    );
    let rels = relations(&doc);
    let finland: Vec<&Relation> = rels
        .iter()
        .filter(|r| name_of(&doc, &r.subject) == "Finland")
        .collect();
    assert_eq!(finland.len(), 1, "{rels:#?}");
    assert_eq!(evidence(&doc, finland[0]), "Finland joined NATO");
}

#[test]
fn other_membership_phrasings() {
    let doc = analyze(
        "La Suisse, qui ne fait pas partie de l'Union européenne, a suivi les sanctions. \
         La Géorgie adhère à l'OTAN, selon Tbilissi. Les membres de l'OTSC sont la Russie, \
         la Biélorussie et l'Arménie.",
    );
    let rels = relations(&doc);
    assert!(
        find(&doc, &rels, MEMBER_OF, "Switzerland", "European Union").is_some_and(|r| r.negated),
        "{rels:#?}"
    );
    assert!(find(&doc, &rels, MEMBER_OF, "Georgia", "NATO").is_some_and(|r| !r.negated));
    for member in ["Russia", "Belarus", "Armenia"] {
        assert!(
            find(&doc, &rels, MEMBER_OF, member, "Collective Security").is_some(),
            "{member}"
        );
    }
    let doc = analyze("NATO members Poland and Estonia asked for more troops on Monday.");
    let rels = relations(&doc);
    assert!(
        find(&doc, &rels, MEMBER_OF, "Poland", "NATO").is_some(),
        "{rels:#?}"
    );
    assert!(find(&doc, &rels, MEMBER_OF, "Estonia", "NATO").is_some());
}

#[test]
fn minister_with_demonym_and_portfolio() {
    let doc = analyze(
        "Le ministre russe des Affaires étrangères Sergueï Lavrov a reçu son homologue. \
         La Russie dément. Russian Foreign Minister Sergei Lavrov said nothing.",
    );
    let rels = relations(&doc);
    let roles: Vec<(&str, &str, Option<&str>)> = rels
        .iter()
        .filter(|r| r.kind == ROLE)
        .map(|r| {
            (
                name_of(&doc, &r.subject),
                name_of(&doc, &r.object),
                r.role.as_deref(),
            )
        })
        .collect();
    assert!(
        roles.contains(&(
            "Sergey Lavrov",
            "Russia",
            Some("ministre des affaires étrangères")
        )),
        "{roles:?}"
    );
}

#[test]
fn former_roles_and_russian_apposition() {
    let doc = analyze(
        "Nikolaï Patrouchev, ancien directeur du FSB, a parlé longuement devant la presse.",
    );
    let rels = relations(&doc);
    let r = rels
        .iter()
        .find(|r| r.kind == ROLE)
        .expect("former director");
    assert_eq!(r.role.as_deref(), Some("ancien directeur"), "{rels:#?}");
    assert_eq!(
        evidence(&doc, r),
        "Nikolaï Patrouchev, ancien directeur du FSB"
    );
    let doc = analyze("Дмитрий Песков, пресс-секретарь Кремля, отказался от комментариев.");
    let rels = relations(&doc);
    let r = rels.iter().find(|r| r.kind == ROLE).expect("spokesman");
    assert_eq!(r.role.as_deref(), Some("пресс-секретарь"), "{rels:#?}");
    assert_eq!(name_of(&doc, &r.object), "Kremlin");
}

#[test]
fn english_original_names_the_compact_members_even_where_the_tagger_missed_it() {
    let doc = analyze_sample("story-original-meridian.html");
    let rels = relations(&doc);
    for member in ["Valdoria", "Lusmark", "Tervia", "Brannholm"] {
        let r = find(&doc, &rels, MEMBER_OF, member, "Compact")
            .unwrap_or_else(|| panic!("{member}: {rels:#?}"));
        assert!(evidence(&doc, r).starts_with("Compact, founded in 2009, brings together"));
    }
    let r = find(&doc, &rels, ROLE, "Piet Lanvaard", "Compact").expect("secretary general");
    assert_eq!(r.role.as_deref(), Some("secretary general"));
}
