//! The fingerprint of a document: what [`crate::compare`] needs to decide
//! whether two documents are versions of one text, and the keys an index
//! uses to find the candidates, in a few hundred bytes.

use crate::anchors::{document_anchors, paragraph_spans, AnchorClass, AnchorCode};
use crate::normalize::{hash_tagged, hash_values, mix, normalise, normalise_url, word_hashes};
use trame_doc::{Document, TextIndex};

/// MinHash signature length: 32 bands of 4 rows. The Jaccard estimate has
/// a standard deviation under 0.045, and two texts with word-shingle
/// similarity 0.5 share a band with probability 0.87, at 0.7 with
/// probability 0.9998.
pub(crate) const MINHASH_SIZE: usize = 128;
const BAND_ROWS: usize = 4;
/// Words per shingle.
const SHINGLE_WORDS: usize = 4;
/// Paragraphs shorter than this are headings, captions or leftover
/// boilerplate, too common across documents to show reuse.
const MIN_PARAGRAPH_WORDS: usize = 12;
/// Caps that keep a fingerprint under about 2 KB whatever the document.
const MAX_PARAGRAPHS: usize = 64;
const MAX_ANCHORS: usize = 256;
const MAX_LINKS: usize = 16;
/// Specific numbers per window key: one shared number proves nothing, three
/// in a row are rare outside versions of one text.
const NUMBER_WINDOW: usize = 3;
/// Titles need this many words to identify an article.
const MIN_TITLE_WORDS: usize = 3;
const FORMAT_VERSION: u8 = 1;

/// Language-independent fingerprint of a document, compact and
/// serialisable ([`Fingerprint::to_bytes`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// ISO 639-1 code, when known.
    pub(crate) language: Option<String>,
    /// Hash of the whole normalised text: equal hashes are duplicates.
    pub(crate) text_hash: u64,
    /// Words in the text: tiny texts ("Subscribe", "Page not found") are
    /// equal without being versions of anything.
    pub(crate) word_count: u32,
    /// MinHash of the word shingles (empty for a text without words).
    pub(crate) minhash: Vec<u32>,
    /// Hashes of the normalised paragraphs long enough to count.
    pub(crate) paragraphs: Vec<u64>,
    /// Numbers and entity mentions in text order.
    pub(crate) anchors: Vec<AnchorCode>,
    /// What identifies this document: its title and its URLs.
    pub(crate) identity: Vec<u64>,
    /// Its outlet and day of publication. Not a candidate key: every
    /// article of one outlet on one day shares it.
    pub(crate) outlet_day: Option<u64>,
    /// What it states it derives from: the original's title and URL.
    pub(crate) stated: Vec<u64>,
    /// Weaker pointers to other documents: outbound links.
    pub(crate) pointers: Vec<u64>,
    /// The stated original's outlet and day, compared with `outlet_day`.
    pub(crate) original_outlet_day: Option<u64>,
}

/// Fingerprints a document.
pub fn fingerprint(doc: &Document) -> Fingerprint {
    let index = TextIndex::new(&doc.text);
    let mut all_words = Vec::new();
    let mut paragraphs = Vec::new();
    for span in paragraph_spans(&doc.text) {
        let paragraph_words = word_hashes(index.slice(&doc.text, span));
        if paragraph_words.len() >= MIN_PARAGRAPH_WORDS && paragraphs.len() < MAX_PARAGRAPHS {
            paragraphs.push(hash_values("paragraph", &paragraph_words));
        }
        all_words.extend(paragraph_words);
    }
    let anchors = document_anchors(doc, &index)
        .into_iter()
        .map(|a| a.code)
        .take(MAX_ANCHORS)
        .collect();
    let mut identity = Vec::new();
    let mut stated = Vec::new();
    let mut pointers = Vec::new();
    if let Some(key) = doc.meta.title.as_deref().and_then(title_key) {
        identity.push(key);
    }
    for url in [doc.meta.canonical_url.as_deref(), doc.source.url.as_deref()]
        .into_iter()
        .flatten()
    {
        push_unique(&mut identity, url_key(url));
    }
    if let Some(original) = &doc.provenance.original {
        if let Some(key) = original.title.as_deref().and_then(title_key) {
            stated.push(key);
        }
        if let Some(url) = original.url.as_deref() {
            push_unique(&mut stated, url_key(url));
        }
    }
    for link in doc.provenance.links.iter().take(MAX_LINKS) {
        let key = url_key(link);
        if !stated.contains(&key) && !identity.contains(&key) {
            push_unique(&mut pointers, key);
        }
    }
    Fingerprint {
        language: doc.meta.language.clone(),
        text_hash: hash_values("text", &all_words),
        word_count: u32::try_from(all_words.len()).unwrap_or(u32::MAX),
        minhash: minhash(&all_words),
        paragraphs,
        anchors,
        identity,
        outlet_day: outlet_day_key(doc.meta.outlet.as_deref(), doc.meta.published.as_deref()),
        stated,
        pointers,
        original_outlet_day: doc.provenance.original.as_ref().and_then(|original| {
            outlet_day_key(original.outlet.as_deref(), original.date.as_deref())
        }),
    }
}

fn push_unique(keys: &mut Vec<u64>, key: u64) {
    if !keys.contains(&key) {
        keys.push(key);
    }
}

fn title_key(title: &str) -> Option<u64> {
    let title = normalise(title);
    (title.split(' ').count() >= MIN_TITLE_WORDS).then(|| hash_tagged("title", &title))
}

fn url_key(url: &str) -> u64 {
    hash_tagged("url", &normalise_url(url))
}

/// Outlet and day of publication: "The Meridian Review" on 2022-01-12.
fn outlet_day_key(outlet: Option<&str>, date: Option<&str>) -> Option<u64> {
    let outlet = normalise(outlet?);
    let day = date?.get(..10)?;
    (!outlet.is_empty()).then(|| hash_tagged("outlet-day", &format!("{outlet}|{day}")))
}

/// MinHash of the word shingles: for each of [`MINHASH_SIZE`] hash
/// functions, the least hash over the shingles. The functions are
/// multiply-shift hashes of the shingle's hash (an odd multiplier and an
/// addend each), one multiplication per function and shingle.
fn minhash(word_hashes: &[u64]) -> Vec<u32> {
    if word_hashes.is_empty() {
        return Vec::new();
    }
    let width = SHINGLE_WORDS.min(word_hashes.len());
    let mut signature = [u32::MAX; MINHASH_SIZE];
    for window in word_hashes.windows(width) {
        let shingle = window
            .iter()
            .fold(0u64, |acc, &h| mix(acc.rotate_left(17) ^ h));
        for (slot, (&multiplier, &addend)) in signature
            .iter_mut()
            .zip(MULTIPLIERS.iter().zip(ADDENDS.iter()))
        {
            let h = (shingle.wrapping_mul(multiplier).wrapping_add(addend) >> 32) as u32;
            *slot = (*slot).min(h);
        }
    }
    signature.to_vec()
}

/// Parameters of the MinHash functions: fixed, so that signatures stay
/// comparable across processes and releases.
const MULTIPLIERS: [u64; MINHASH_SIZE] = splitmix_sequence(0x7472_616d_6521, 1);
const ADDENDS: [u64; MINHASH_SIZE] = splitmix_sequence(0x636f_7270_7573, 0);

/// SplitMix64 outputs from `seed`, or-ed with `low_bits` (1 makes them odd).
const fn splitmix_sequence(seed: u64, low_bits: u64) -> [u64; MINHASH_SIZE] {
    let mut values = [0u64; MINHASH_SIZE];
    let mut state = seed;
    let mut k = 0;
    while k < MINHASH_SIZE {
        // `mix` written out: it is not const.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        values[k] = (z ^ (z >> 31)) | low_bits;
        k += 1;
    }
    values
}

impl Fingerprint {
    /// Keys to look up candidate versions in an index. A document is a
    /// candidate version of another when they share a key; [`crate::compare`]
    /// then decides. The keys:
    /// * MinHash LSH bands (near duplicates in one language);
    /// * paragraph hashes (partial reuse);
    /// * windows of three consecutive specific numbers with their normalised
    ///   values (translations keep the numbers and their order); days, years
    ///   and small counts are left out of the windows, so "2022" or "1" never
    ///   make every document a candidate;
    /// * the stated provenance and identity: original title and URL on one
    ///   side, own title and URLs on the other; outbound links. (Outlet and
    ///   day are compared, never looked up: one outlet publishes many
    ///   articles a day.)
    pub fn candidate_keys(&self) -> Vec<u64> {
        let mut keys = Vec::new();
        for (band, rows) in self.minhash.chunks(BAND_ROWS).enumerate() {
            let mut values = vec![band as u64];
            values.extend(rows.iter().map(|&r| u64::from(r)));
            keys.push(hash_values("band", &values));
        }
        keys.extend(self.paragraphs.iter().copied());
        let specific: Vec<u64> = self
            .anchors
            .iter()
            .filter(|a| a.class() == AnchorClass::Number)
            .map(|a| u64::from(a.0))
            .collect();
        keys.extend(
            specific
                .windows(NUMBER_WINDOW)
                .map(|w| hash_values("numbers", w)),
        );
        keys.extend(self.identity.iter().copied());
        keys.extend(self.stated.iter().copied());
        keys.extend(self.pointers.iter().copied());
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The language the fingerprint was taken in.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Compact binary form (little-endian, versioned).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + 4 * (self.minhash.len() + self.anchors.len()));
        out.push(FORMAT_VERSION);
        let language = self.language.as_deref().unwrap_or("");
        let language = &language.as_bytes()[..language.len().min(255)];
        out.push(language.len() as u8);
        out.extend_from_slice(language);
        out.extend_from_slice(&self.text_hash.to_le_bytes());
        out.extend_from_slice(&self.word_count.to_le_bytes());
        write_list(&mut out, &self.minhash, |out, v| {
            out.extend_from_slice(&v.to_le_bytes())
        });
        write_list(&mut out, &self.paragraphs, write_u64);
        write_list(&mut out, &self.anchors, |out, a| {
            out.extend_from_slice(&a.0.to_le_bytes())
        });
        write_list(&mut out, &self.identity, write_u64);
        write_list(&mut out, self.outlet_day.as_slice(), write_u64);
        write_list(&mut out, &self.stated, write_u64);
        write_list(&mut out, &self.pointers, write_u64);
        write_list(&mut out, self.original_outlet_day.as_slice(), write_u64);
        out
    }

    /// Reads [`Fingerprint::to_bytes`] output; `None` for anything else.
    pub fn from_bytes(bytes: &[u8]) -> Option<Fingerprint> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(1)?[0] != FORMAT_VERSION {
            return None;
        }
        let language_len = usize::from(reader.take(1)?[0]);
        let language = std::str::from_utf8(reader.take(language_len)?).ok()?;
        let language = (!language.is_empty()).then(|| language.to_string());
        let text_hash = reader.u64()?;
        let word_count = reader.u32()?;
        let minhash = reader.list(Reader::u32)?;
        if !minhash.is_empty() && minhash.len() != MINHASH_SIZE {
            return None;
        }
        let fingerprint = Fingerprint {
            language,
            text_hash,
            word_count,
            minhash,
            paragraphs: reader.list(Reader::u64)?,
            anchors: reader.list(|r| r.u32().map(AnchorCode))?,
            identity: reader.list(Reader::u64)?,
            outlet_day: reader.optional(Reader::u64)?,
            stated: reader.list(Reader::u64)?,
            pointers: reader.list(Reader::u64)?,
            original_outlet_day: reader.optional(Reader::u64)?,
        };
        (reader.at == bytes.len()).then_some(fingerprint)
    }
}

fn write_u64(out: &mut Vec<u8>, v: &u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// A list as a `u16` count and its items; every list is capped far below
/// `u16::MAX` when built.
fn write_list<T>(out: &mut Vec<u8>, items: &[T], write: impl Fn(&mut Vec<u8>, &T)) {
    let count = items.len().min(usize::from(u16::MAX));
    out.extend_from_slice(&(count as u16).to_le_bytes());
    for item in &items[..count] {
        write(out, item);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn list<T>(&mut self, read: impl Fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let count = u16::from_le_bytes(self.take(2)?.try_into().ok()?);
        (0..count).map(|_| read(self)).collect()
    }
    /// A list of at most one item; `None` when malformed.
    fn optional<T>(&mut self, read: impl Fn(&mut Self) -> Option<T>) -> Option<Option<T>> {
        let mut items = self.list(read)?;
        (items.len() <= 1).then(|| items.pop())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_doc::{Original, Provenance};

    fn doc(text: &str, language: &str) -> Document {
        let mut doc = Document {
            text: text.into(),
            ..Default::default()
        };
        doc.meta.language = Some(language.into());
        doc
    }

    const STORY: &str = "Valdorian officials insist the unrest is not home-grown. At least 3,000 fighters have entered the valley from neighbouring Kestrenia since early December.\n\nThe Sarn Valley is crossed by the Trans-Marches pipeline, a 7,500 km gas link whose Valdorian section cost $2.5 billion. A prolonged shutdown would cut gas to about 1.5 million households.";

    #[test]
    fn round_trips_through_bytes() {
        let mut d = doc(STORY, "en");
        d.meta.title = Some("Valdoria calls in Compact troops".into());
        d.meta.outlet = Some("The Coastal Dispatch".into());
        d.meta.published = Some("2022-01-13".into());
        d.provenance = Provenance {
            original: Some(Original {
                outlet: Some("The Meridian Review".into()),
                date: Some("2022-01-12".into()),
                url: Some("https://meridianreview.example/a".into()),
                ..Default::default()
            }),
            links: vec!["https://other.example/b".into()],
            ..Default::default()
        };
        let fp = fingerprint(&d);
        let bytes = fp.to_bytes();
        assert!(bytes.len() < 2048, "{} bytes", bytes.len());
        assert_eq!(Fingerprint::from_bytes(&bytes), Some(fp));
        assert_eq!(Fingerprint::from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(Fingerprint::from_bytes(b""), None);
    }

    #[test]
    fn translations_share_number_window_keys() {
        let fr = "Les responsables valdoriens affirment que les troubles ne sont pas d'origine locale. Au moins 3 000 combattants sont entrés dans la vallée depuis la Kestrénie voisine.\n\nLa vallée est traversée par le gazoduc Trans-Marches, une liaison gazière de 7 500 km dont la section valdorienne a coûté 2,5 milliards de dollars. Un arrêt prolongé priverait de gaz environ 1,5 million de foyers.";
        let en_keys = fingerprint(&doc(STORY, "en")).candidate_keys();
        let fr_keys = fingerprint(&doc(fr, "fr")).candidate_keys();
        let shared = en_keys.iter().filter(|k| fr_keys.contains(k)).count();
        assert_eq!(shared, 2, "3000-7500-2.5e9 and 7500-2.5e9-1.5e6");
    }

    #[test]
    fn common_numbers_make_no_keys() {
        let a = fingerprint(&doc("In 2022, 1 man and 2 women met on 12 March.", "en"));
        let b = fingerprint(&doc("Le 12 mars 2022, 1 homme et 2 femmes.", "fr"));
        let a_keys = a.candidate_keys();
        assert!(b.candidate_keys().iter().all(|k| !a_keys.contains(k)));
    }
}
