//! Social-media accounts: the signatures of embedded posts ("— Public Sénat
//! (@publicsenat) July 19, 2022", `trame_text::posts`) and handles in
//! running text ("assure @alma_dufour").
//!
//! A signature's display name is a mention, cut at its first comma ("Caty,
//! gauloise non génétiquement modifiée" is Caty); its handle is a mention
//! of the same entity (returned as a pair for `identity`). The name keeps
//! the KB entry the tagger's mention of that very span was linked to, else
//! takes the KB's entry when it is a KB surface, else the tagger's label
//! unless a place (accounts are seldom places': "Caty"), else ORG for an
//! acronym ("LCP") or a name that reads as an organisation's ("FoxNews",
//! "DHSgov"), and PER for the rest: most accounts quoted in the news are
//! people's. A handle in running text that no KB entry names is an account
//! too, labelled as its signature in the document or by its reading.

use trame_doc::{EntityLabel, Span, TextIndex};

use crate::{identity, link, text, EntityStage, Mention};

impl EntityStage {
    /// Adds the mentions of the accounts that sign the posts of `text` and
    /// of the handles of `words` to `mentions`, and returns the pairs
    /// (handle, display name) that are one entity.
    pub(crate) fn account_mentions<'k>(
        &'k self,
        text: &str,
        index: &TextIndex,
        tokens: &[Span],
        words: &[&str],
        lang: Option<&str>,
        mentions: &mut Vec<Mention<'k>>,
    ) -> Vec<(Span, Span)> {
        let mut pairs = Vec::new();
        // Handle key → the label and link its signature gave.
        let mut owners: Vec<(String, EntityLabel, Option<&'k trame_kb::Entry>)> = Vec::new();
        for signature in trame_text::posts::post_signatures(text) {
            let handle = index.span(signature.handle.clone());
            let name = signature.name.clone().map(|r| index.span(r));
            let (label, entry) = match name {
                Some(name) => {
                    let surface = index.slice(text, name);
                    let tagged = mentions.iter().find(|m| m.span == name);
                    match (tagged, link::link(&self.kb, surface, None, lang).entry()) {
                        (Some(m), _) if m.link.is_some() => (m.label, m.link),
                        (_, Some(entry)) => (entry.label, Some(entry)),
                        (Some(m), _) if m.label != EntityLabel::Loc => (m.label, None),
                        _ if text::is_acronym(surface)
                            || names_an_organisation(surface)
                            || names_an_organisation(&text[signature.handle.clone()]) =>
                        {
                            (EntityLabel::Org, None)
                        }
                        _ => (EntityLabel::Per, None),
                    }
                }
                None => (EntityLabel::Per, None),
            };
            let handle_entry = link::link(&self.kb, index.slice(text, handle), None, lang)
                .entry()
                .or(entry);
            let whole = index.span(signature.signature.clone());
            mentions.retain(|m| !m.span.overlaps(whole));
            if let Some(name) = name {
                mentions.push(account(name, label, entry));
                pairs.push((handle, name));
            }
            let (label, entry) = handle_entry.map_or((label, None), |e| (e.label, Some(e)));
            mentions.push(account(handle, label, entry));
            owners.push((identity::key(index.slice(text, handle)), label, entry));
        }
        for (i, word) in words.iter().enumerate() {
            let Some(handle) = word.strip_prefix('@') else {
                continue;
            };
            let span = Span::new(tokens[i].start + 1, tokens[i].end);
            if !handle.starts_with(|c: char| c.is_alphabetic() || c == '_')
                || !handle.chars().all(|c| c.is_alphanumeric() || c == '_')
                || mentions.iter().any(|m| m.span.overlaps(span))
            {
                continue;
            }
            let key = identity::key(handle);
            let unknown = if names_an_organisation(handle) {
                EntityLabel::Org
            } else {
                EntityLabel::Per
            };
            let (label, entry) = owners
                .iter()
                .find(|(owner, ..)| *owner == key)
                .map_or((unknown, None), |&(_, label, entry)| (label, entry));
            mentions.push(account(span, label, entry));
        }
        pairs
    }
}

/// Whether an account's display name or handle reads as an organisation's:
/// "The Columbia Bugle", "FoxNews", "DHSgov", "WestervillePD",
/// "dailycaller", "CBS Evening News".
fn names_an_organisation(name: &str) -> bool {
    let lower = name.to_lowercase();
    name.starts_with("The ")
        || name.ends_with("PD")
        || lower.ends_with("gov")
        || lower.ends_with("tv")
        || [
            "news", "media", "press", "times", "daily", "network", "radio", "report", "journal",
            "magazine", "police", "dept", "agency", "office", "official",
        ]
        .iter()
        .any(|word| lower.contains(word))
}

fn account<'k>(span: Span, label: EntityLabel, link: Option<&'k trame_kb::Entry>) -> Mention<'k> {
    Mention {
        span,
        label,
        link,
        demonym: false,
        place_reading: false,
    }
}
