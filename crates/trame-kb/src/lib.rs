//! Multilingual knowledge base: gives every entity one identity across
//! languages (OTSC = CSTO = ОДКБ; Poutine = Putin = Путин).
//!
//! The builtin data (countries, regions, cities, organisations, services,
//! armed groups, office holders, media, companies, diseases, events and other
//! named things) is embedded in the binary; user files in the
//! same JSON Lines format and Wikidata dumps extend it.

mod entry;
mod error;
mod normalize;
pub mod wikidata;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::BufRead;

pub use entry::{Entry, Label, LangSurfaces};
pub use error::KbError;
pub use normalize::{acronym_key, normalize};

/// The builtin data files, embedded at compile time.
const BUILTIN: &[(&str, &str)] = &[
    ("countries.jsonl", include_str!("../data/countries.jsonl")),
    ("regions.jsonl", include_str!("../data/regions.jsonl")),
    ("cities.jsonl", include_str!("../data/cities.jsonl")),
    (
        "organizations.jsonl",
        include_str!("../data/organizations.jsonl"),
    ),
    ("services.jsonl", include_str!("../data/services.jsonl")),
    (
        "armed_groups.jsonl",
        include_str!("../data/armed_groups.jsonl"),
    ),
    ("people.jsonl", include_str!("../data/people.jsonl")),
    ("media.jsonl", include_str!("../data/media.jsonl")),
    ("companies.jsonl", include_str!("../data/companies.jsonl")),
    ("diseases.jsonl", include_str!("../data/diseases.jsonl")),
    ("misc.jsonl", include_str!("../data/misc.jsonl")),
];

/// The embedded entries in file order, before ids are deduplicated.
fn builtin_entries() -> Result<Vec<Entry>, KbError> {
    let mut entries = Vec::new();
    for (file, text) in BUILTIN {
        entries.extend(entry::parse_jsonl(text.as_bytes(), file)?);
    }
    Ok(entries)
}

/// Which field of an entry a surface matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchField {
    Name,
    Alias,
    Acronym,
    /// A demonym or adjective ("kazakhe", "Russians"): the entry is the place.
    Demonym,
}

/// One entry matched by a surface.
#[derive(Debug, Clone, Copy)]
pub struct Match<'a> {
    pub entry: &'a Entry,
    pub field: MatchField,
    /// Language of the matched surface; `None` for the canonical name.
    pub lang: Option<&'a str>,
}

impl Match<'_> {
    pub fn is_demonym(&self) -> bool {
        self.field == MatchField::Demonym
    }
}

/// FxHash (the rustc hasher): the keys are our own data and short queries,
/// so DoS-resistant SipHash only slows the builtin load down.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FastMap<V> = HashMap<String, V, BuildHasherDefault<FxHasher>>;

#[derive(Debug, Clone, Copy)]
struct Posting {
    entry: u32,
    field: MatchField,
    lang: Option<u16>,
}

/// The knowledge base: entries plus hash indexes from normalised surfaces.
#[derive(Debug, Default)]
pub struct Kb {
    entries: Vec<Entry>,
    by_id: FastMap<usize>,
    /// Normalised (lowercased, folded) surface → postings.
    surfaces: FastMap<Vec<Posting>>,
    /// Case-preserving acronym key → postings.
    acronyms: FastMap<Vec<Posting>>,
    langs: Vec<String>,
    max_tokens: usize,
}

impl Kb {
    /// The knowledge base shipped with trame.
    pub fn builtin() -> Result<Kb, KbError> {
        Ok(Kb::from_entries(builtin_entries()?))
    }

    /// Builds a knowledge base; a later entry replaces an earlier one with the same id.
    pub fn from_entries(entries: Vec<Entry>) -> Kb {
        let mut kb = Kb::default();
        kb.insert_all(entries);
        kb.rebuild_index();
        kb
    }

    /// Reads entries in the builtin JSON Lines format (one entry per line).
    pub fn load_jsonl(reader: impl BufRead) -> Result<Vec<Entry>, KbError> {
        entry::parse_jsonl(reader, "user entries")
    }

    /// Adds entries; an entry whose id already exists replaces the old one.
    pub fn extend(&mut self, entries: Vec<Entry>) {
        self.insert_all(entries);
        self.rebuild_index();
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&index| &self.entries[index])
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries a surface denotes. Names, aliases and demonyms match on the
    /// normalised form (case, diacritics, apostrophes, hyphens, a leading
    /// article); acronyms and acronym-shaped names match case-sensitively,
    /// or in title case for four letters or more ("Otan"). With `lang`, only
    /// surfaces of that language and canonical names count.
    pub fn lookup(&self, surface: &str, lang: Option<&str>) -> Vec<Match<'_>> {
        let lang_index = match lang {
            Some(code) => match self.langs.iter().position(|l| l == code) {
                Some(index) => Some(Some(index)),
                // A language with no surfaces can still match canonical names.
                None => Some(None),
            },
            None => None,
        };
        let mut matches: Vec<Match<'_>> = Vec::new();
        let mut push = |postings: &Vec<Posting>| {
            for posting in postings {
                if let Some(wanted) = lang_index {
                    let lang_ok = posting.lang.is_none()
                        || wanted.is_some_and(|w| posting.lang == Some(w as u16));
                    if !lang_ok {
                        continue;
                    }
                }
                let entry = &self.entries[posting.entry as usize];
                let duplicate = matches
                    .iter()
                    .any(|m| std::ptr::eq(m.entry, entry) && m.field == posting.field);
                if !duplicate {
                    matches.push(Match {
                        entry,
                        field: posting.field,
                        lang: posting.lang.map(|l| self.langs[l as usize].as_str()),
                    });
                }
            }
        };
        if let Some(postings) = self.surfaces.get(&normalize(surface)) {
            push(postings);
        }
        let key = acronym_key(surface);
        if let Some(postings) = self.acronyms.get(&key) {
            push(postings);
        } else if let Some(upper) = normalize::title_case_acronym(&key) {
            if let Some(postings) = self.acronyms.get(&upper) {
                push(postings);
            }
        }
        matches
    }

    /// Every name, alias, acronym and demonym with its label, for the NER
    /// tagger's gazetteer features; demonyms are MISC as in CoNLL.
    pub fn gazetteer(&self) -> impl Iterator<Item = (&str, Label)> + '_ {
        self.entries.iter().flat_map(|entry| {
            let label = entry.label;
            let names = std::iter::once(entry.name.as_str())
                .chain(entry.aliases.values().flatten().map(String::as_str))
                .chain(entry.acronyms.values().flatten().map(String::as_str))
                .map(move |surface| (surface, label));
            let demonyms = entry
                .demonyms
                .values()
                .flatten()
                .map(|surface| (surface.as_str(), Label::Misc));
            names.chain(demonyms)
        })
    }

    /// Length in tokens of the longest surface, for longest-match windows
    /// (see `normalize::token_count` for what a token is).
    pub fn max_alias_tokens(&self) -> usize {
        self.max_tokens
    }

    fn insert_all(&mut self, entries: Vec<Entry>) {
        for entry in entries {
            match self.by_id.get(&entry.id) {
                Some(&index) => self.entries[index] = entry,
                None => {
                    self.by_id.insert(entry.id.clone(), self.entries.len());
                    self.entries.push(entry);
                }
            }
        }
    }

    fn rebuild_index(&mut self) {
        let surface_count: usize = self
            .entries
            .iter()
            .map(|e| {
                let lists = e.aliases.values().chain(e.demonyms.values());
                1 + lists.map(Vec::len).sum::<usize>()
            })
            .sum();
        let mut surfaces: FastMap<Vec<Posting>> =
            FastMap::with_capacity_and_hasher(surface_count, Default::default());
        let mut acronyms: FastMap<Vec<Posting>> = FastMap::default();
        let mut max_tokens = 0;
        let mut langs: Vec<String> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            let mut add = |surface: &str, field: MatchField, lang: Option<u16>| {
                let posting = Posting {
                    entry: index as u32,
                    field,
                    lang,
                };
                max_tokens = max_tokens.max(normalize::token_count(surface));
                // Acronym-shaped surfaces go to the case-sensitive index only:
                // lowercased, "EAU" would match the French word for water.
                if field == MatchField::Acronym || normalize::is_acronym_shaped(surface) {
                    acronyms
                        .entry(acronym_key(surface))
                        .or_default()
                        .push(posting);
                } else {
                    let key = normalize(surface);
                    if !key.is_empty() {
                        surfaces.entry(key).or_default().push(posting);
                    }
                }
            };
            add(&entry.name, MatchField::Name, None);
            for (field, map) in [
                (MatchField::Alias, &entry.aliases),
                (MatchField::Acronym, &entry.acronyms),
                (MatchField::Demonym, &entry.demonyms),
            ] {
                for (code, list) in map {
                    let lang = match langs.iter().position(|l| l == code) {
                        Some(position) => position,
                        None => {
                            langs.push(code.clone());
                            langs.len() - 1
                        }
                    };
                    for surface in list {
                        add(surface, field, Some(lang as u16));
                    }
                }
            }
        }
        self.surfaces = surfaces;
        self.acronyms = acronyms;
        self.max_tokens = max_tokens;
        self.langs = langs;
    }
}

#[cfg(test)]
mod tests;
