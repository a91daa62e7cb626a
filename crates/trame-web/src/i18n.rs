//! The interface languages: French and English, chosen by `?lang=`, then
//! the `lang` cookie that a `?lang=` sets, then the browser's preference.

use axum::http::{header, HeaderMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

/// The cookie that remembers the chosen language.
pub const COOKIE: &str = "lang";

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }

    /// The language of a request: its query, its cookie, then
    /// `Accept-Language` (French when French comes first), else English.
    pub fn of_request(query: Option<&str>, headers: &HeaderMap) -> Lang {
        if let Some(lang) = query.and_then(query_lang) {
            return lang;
        }
        if let Some(lang) = cookie(headers, COOKIE).and_then(Lang::parse) {
            return lang;
        }
        let preferred = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .trim_start();
        if preferred.starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }
}

/// The language a query string asks for with `lang=`.
pub fn query_lang(query: &str) -> Option<Lang> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::parse)
}

/// The value of a cookie, when the request carries it.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

/// Every word of the interface, in one language.
pub struct Texts {
    pub app_title: &'static str,
    pub switch_to: &'static str,
    pub nav_overview: &'static str,
    pub nav_search: &'static str,
    pub nav_stories: &'static str,
    pub nav_claims: &'static str,
    pub documents: &'static str,
    pub entities: &'static str,
    pub stories: &'static str,
    pub claim_groups: &'static str,
    pub quotes: &'static str,
    pub claims: &'static str,
    pub languages: &'static str,
    pub outlets: &'static str,
    pub busiest_entities: &'static str,
    pub versions: &'static str,
    pub appearances: &'static str,
    pub search_placeholder: &'static str,
    pub search_button: &'static str,
    pub results: &'static str,
    pub no_results: &'static str,
    pub filters: &'static str,
    pub clear_filters: &'static str,
    pub entity: &'static str,
    pub label: &'static str,
    pub outlet: &'static str,
    pub language: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub speaker: &'static str,
    pub source_kind: &'static str,
    pub technique: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub page: &'static str,
    pub untitled: &'static str,
    pub layers: &'static str,
    pub layer_entities: &'static str,
    pub layer_quotes: &'static str,
    pub layer_claims: &'static str,
    pub layer_hedges: &'static str,
    pub layer_numbers: &'static str,
    pub layer_signals: &'static str,
    pub metadata: &'static str,
    pub title: &'static str,
    pub authors: &'static str,
    pub published: &'static str,
    pub genre: &'static str,
    pub frames: &'static str,
    pub canonical_url: &'static str,
    pub description: &'static str,
    pub source: &'static str,
    pub version: &'static str,
    pub superseded_by: &'static str,
    pub provenance: &'static str,
    pub original: &'static str,
    pub translated_by: &'static str,
    pub republished_from: &'static str,
    pub links: &'static str,
    pub links_note: &'static str,
    pub boilerplate_removed: &'static str,
    pub relations: &'static str,
    pub negated: &'static str,
    pub story: &'static str,
    pub other_versions: &'static str,
    pub this_version: &'static str,
    pub unattributed: &'static str,
    pub hedge: &'static str,
    pub said_by: &'static str,
    pub names: &'static str,
    pub timeline: &'static str,
    pub mentions: &'static str,
    pub cooccurring: &'static str,
    pub quotes_said: &'static str,
    pub claims_about: &'static str,
    pub stated_relations: &'static str,
    pub its_documents: &'static str,
    pub shared_documents: &'static str,
    pub version_chain: &'static str,
    pub role: &'static str,
    pub link_kind: &'static str,
    pub score: &'static str,
    pub compare: &'static str,
    pub diff_with_parent: &'static str,
    pub diff_title: &'static str,
    pub paragraphs_dropped: &'static str,
    pub paragraphs_added: &'static str,
    pub sentences_dropped: &'static str,
    pub sentences_added: &'static str,
    pub numbers_changed: &'static str,
    pub sourcing_changed: &'static str,
    pub nothing: &'static str,
    pub hedges_dropped: &'static str,
    pub hedges_added: &'static str,
    pub claim: &'static str,
    pub date: &'static str,
    pub sourcing: &'static str,
    pub hedges: &'static str,
    pub sourcing_differs: &'static str,
    pub lost_source: &'static str,
    pub all_versions: &'static str,
    pub key: &'static str,
    pub kind_named: &'static str,
    pub kind_anonymous: &'static str,
    pub kind_document: &'static str,
    pub kind_none: &'static str,
    pub role_original: &'static str,
    pub role_translation: &'static str,
    pub role_republication: &'static str,
    pub not_found: &'static str,
    pub not_found_text: &'static str,
    pub bad_request: &'static str,
    pub server_error: &'static str,
    pub back_home: &'static str,
    pub undated: &'static str,
}

impl Texts {
    /// The name of a claim source kind (`named`, `anonymous` …).
    pub fn source_kind_name(&self, kind: &str) -> &'static str {
        match kind {
            "named" => self.kind_named,
            "anonymous" => self.kind_anonymous,
            "document" => self.kind_document,
            _ => self.kind_none,
        }
    }
}

pub static FR: Texts = Texts {
    app_title: "trame · atelier",
    switch_to: "English",
    nav_overview: "Vue d’ensemble",
    nav_search: "Recherche",
    nav_stories: "Récits",
    nav_claims: "Affirmations",
    documents: "Documents",
    entities: "Entités",
    stories: "Récits",
    claim_groups: "Groupes d’affirmations",
    quotes: "Citations",
    claims: "Affirmations",
    languages: "Langues",
    outlets: "Médias",
    busiest_entities: "Entités les plus citées",
    versions: "versions",
    appearances: "apparitions",
    search_placeholder: "Rechercher dans le corpus…",
    search_button: "Rechercher",
    results: "résultats",
    no_results: "Aucun document ne correspond.",
    filters: "Filtres",
    clear_filters: "Effacer les filtres",
    entity: "Entité",
    label: "Type",
    outlet: "Média",
    language: "Langue",
    from: "Du",
    to: "Au",
    speaker: "Locuteur",
    source_kind: "Sourçage",
    technique: "Technique",
    previous: "Précédent",
    next: "Suivant",
    page: "Page",
    untitled: "(sans titre)",
    layers: "Calques",
    layer_entities: "Entités",
    layer_quotes: "Citations",
    layer_claims: "Affirmations",
    layer_hedges: "Précautions",
    layer_numbers: "Nombres",
    layer_signals: "Techniques",
    metadata: "Métadonnées",
    title: "Titre",
    authors: "Auteurs",
    published: "Publié",
    genre: "Genre",
    frames: "Cadrages",
    canonical_url: "URL canonique",
    description: "Description",
    source: "Source",
    version: "Version",
    superseded_by: "Remplacé par",
    provenance: "Provenance",
    original: "Original",
    translated_by: "Traduit par",
    republished_from: "Repris de",
    links: "Liens",
    links_note: "Adresses montrées en texte : rien n’est chargé depuis les sites cités.",
    boilerplate_removed: "Passages retirés",
    relations: "Relations",
    negated: "nié",
    story: "Récit",
    other_versions: "Autres versions du récit",
    this_version: "cette version",
    unattributed: "non attribuée",
    hedge: "précaution",
    said_by: "dit par",
    names: "Noms",
    timeline: "Mentions par mois",
    mentions: "mentions",
    cooccurring: "Entités voisines",
    quotes_said: "Ses citations",
    claims_about: "Affirmations qui la citent",
    stated_relations: "Relations énoncées",
    its_documents: "Ses documents",
    shared_documents: "documents en commun",
    version_chain: "Chaîne des versions",
    role: "Rôle",
    link_kind: "Lien",
    score: "Similarité",
    compare: "Comparer",
    diff_with_parent: "différences avec la source",
    diff_title: "Différences entre deux versions",
    paragraphs_dropped: "Paragraphes supprimés",
    paragraphs_added: "Paragraphes ajoutés",
    sentences_dropped: "Phrases supprimées",
    sentences_added: "Phrases ajoutées",
    numbers_changed: "Nombres modifiés",
    sourcing_changed: "Sourçage modifié",
    nothing: "Aucun.",
    hedges_dropped: "précautions retirées",
    hedges_added: "précautions ajoutées",
    claim: "Affirmation",
    date: "Date",
    sourcing: "Sourçage",
    hedges: "Précautions",
    sourcing_differs: "Le sourçage diffère selon les médias :",
    lost_source: "sans source ici, sourcée ailleurs",
    all_versions: "Toutes les versions",
    key: "Clé",
    kind_named: "nommée",
    kind_anonymous: "anonyme",
    kind_document: "document",
    kind_none: "aucune",
    role_original: "original",
    role_translation: "traduction",
    role_republication: "reprise",
    not_found: "Introuvable",
    not_found_text: "Cette page n’existe pas dans le corpus.",
    bad_request: "Requête invalide",
    server_error: "Erreur du serveur",
    back_home: "Retour à la vue d’ensemble",
    undated: "non daté",
};

pub static EN: Texts = Texts {
    app_title: "trame · workbench",
    switch_to: "Français",
    nav_overview: "Overview",
    nav_search: "Search",
    nav_stories: "Stories",
    nav_claims: "Claims",
    documents: "Documents",
    entities: "Entities",
    stories: "Stories",
    claim_groups: "Claim groups",
    quotes: "Quotes",
    claims: "Claims",
    languages: "Languages",
    outlets: "Outlets",
    busiest_entities: "Busiest entities",
    versions: "versions",
    appearances: "appearances",
    search_placeholder: "Search the corpus…",
    search_button: "Search",
    results: "results",
    no_results: "No document matches.",
    filters: "Filters",
    clear_filters: "Clear filters",
    entity: "Entity",
    label: "Label",
    outlet: "Outlet",
    language: "Language",
    from: "From",
    to: "To",
    speaker: "Speaker",
    source_kind: "Sourcing",
    technique: "Technique",
    previous: "Previous",
    next: "Next",
    page: "Page",
    untitled: "(untitled)",
    layers: "Layers",
    layer_entities: "Entities",
    layer_quotes: "Quotes",
    layer_claims: "Claims",
    layer_hedges: "Hedges",
    layer_numbers: "Numbers",
    layer_signals: "Techniques",
    metadata: "Metadata",
    title: "Title",
    authors: "Authors",
    published: "Published",
    genre: "Genre",
    frames: "Frames",
    canonical_url: "Canonical URL",
    description: "Description",
    source: "Source",
    version: "Version",
    superseded_by: "Superseded by",
    provenance: "Provenance",
    original: "Original",
    translated_by: "Translated by",
    republished_from: "Republished from",
    links: "Links",
    links_note: "Addresses shown as text: nothing is loaded from the sites named.",
    boilerplate_removed: "Removed passages",
    relations: "Relations",
    negated: "negated",
    story: "Story",
    other_versions: "Other versions of the story",
    this_version: "this version",
    unattributed: "unattributed",
    hedge: "hedge",
    said_by: "said by",
    names: "Names",
    timeline: "Mentions per month",
    mentions: "mentions",
    cooccurring: "Co-occurring entities",
    quotes_said: "Quotes it said",
    claims_about: "Claims that mention it",
    stated_relations: "Stated relations",
    its_documents: "Its documents",
    shared_documents: "shared documents",
    version_chain: "Chain of versions",
    role: "Role",
    link_kind: "Link",
    score: "Similarity",
    compare: "Compare",
    diff_with_parent: "changes from its source",
    diff_title: "Changes between two versions",
    paragraphs_dropped: "Paragraphs dropped",
    paragraphs_added: "Paragraphs added",
    sentences_dropped: "Sentences dropped",
    sentences_added: "Sentences added",
    numbers_changed: "Numbers changed",
    sourcing_changed: "Sourcing changed",
    nothing: "None.",
    hedges_dropped: "hedges dropped",
    hedges_added: "hedges added",
    claim: "Claim",
    date: "Date",
    sourcing: "Sourcing",
    hedges: "Hedges",
    sourcing_differs: "Sourcing differs between outlets:",
    lost_source: "unsourced here, sourced elsewhere",
    all_versions: "All versions",
    key: "Key",
    kind_named: "named",
    kind_anonymous: "anonymous",
    kind_document: "document",
    kind_none: "none",
    role_original: "original",
    role_translation: "translation",
    role_republication: "republication",
    not_found: "Not found",
    not_found_text: "This page does not exist in the corpus.",
    bad_request: "Bad request",
    server_error: "Server error",
    back_home: "Back to the overview",
    undated: "undated",
};

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn query_beats_cookie_beats_accept_language() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("fr-FR,fr;q=0.9"),
        );
        assert_eq!(Lang::of_request(None, &headers), Lang::Fr);
        headers.insert(header::COOKIE, HeaderValue::from_static("token=x; lang=en"));
        assert_eq!(Lang::of_request(Some("q=a"), &headers), Lang::En);
        assert_eq!(Lang::of_request(Some("q=a&lang=fr"), &headers), Lang::Fr);
        assert_eq!(
            Lang::of_request(Some("lang=xx"), &HeaderMap::new()),
            Lang::En
        );
    }
}
