//! Text normalisation and stable hashing shared by every key of this crate.
//!
//! Keys end up in a database and are compared across processes and
//! releases, so hashing is a fixed algorithm (FNV-1a then a SplitMix64
//! finaliser), never `std`'s randomly seeded hasher.

/// FNV-1a over bytes, finalised with SplitMix64 so that nearby inputs spread
/// over all 64 bits (the MinHash bands and the index need that).
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// Hash of a tagged string: the tag keeps keys of different kinds (a
/// paragraph, a title, a URL) from colliding when their texts are equal.
pub fn hash_tagged(tag: &str, value: &str) -> u64 {
    let mut bytes = Vec::with_capacity(tag.len() + 1 + value.len());
    bytes.extend_from_slice(tag.as_bytes());
    bytes.push(0);
    bytes.extend_from_slice(value.as_bytes());
    hash_bytes(&bytes)
}

/// Hash of a tagged sequence of numbers (MinHash bands, anchor windows).
pub fn hash_values(tag: &str, values: &[u64]) -> u64 {
    let mut bytes = Vec::with_capacity(tag.len() + 1 + values.len() * 8);
    bytes.extend_from_slice(tag.as_bytes());
    bytes.push(0);
    for v in values {
        bytes.extend_from_slice(&v.to_le_bytes());
    }
    hash_bytes(&bytes)
}

/// SplitMix64 finaliser.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Lowercase, accents folded, one character in, zero or more out.
fn fold_into(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        let folded = match lower {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
            'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' | 'ŕ' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ё' => 'е',
            'й' => 'и',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            'œ' => {
                out.push_str("oe");
                continue;
            }
            other => other,
        };
        out.push(folded);
    }
}

/// Calls `each` with every word of a text, lowercased with accents folded;
/// punctuation and symbols separate words and are dropped. Apostrophes
/// split too, so that "l'Orlanie" and "Orlanie" share the word "orlanie".
/// One buffer serves every word: fingerprints call this on whole texts.
pub fn for_each_word(text: &str, mut each: impl FnMut(&str)) {
    let mut current = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            current.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            fold_into(c, &mut current);
        } else if !current.is_empty() {
            each(&current);
            current.clear();
        }
    }
    if !current.is_empty() {
        each(&current);
    }
}

/// The words of a text, as [`for_each_word`] cuts them.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(w.to_string()));
    out
}

/// Stable hashes of the words of a text, as [`for_each_word`] cuts them.
pub fn word_hashes(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(hash_bytes(w.as_bytes())));
    out
}

/// A name or text normalised for comparison: its words joined by single
/// spaces.
pub fn normalise(text: &str) -> String {
    words(text).join(" ")
}

/// A URL reduced to what identifies the page: no scheme, no `www.`, no
/// query or fragment, no trailing slash, lowercase.
pub fn normalise_url(url: &str) -> String {
    let url = url.trim();
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let without_query = without_scheme
        .split(['?', '#'])
        .next()
        .unwrap_or(without_scheme);
    let host_and_path = without_query.strip_prefix("www.").unwrap_or(without_query);
    host_and_path.trim_end_matches('/').to_lowercase()
}

/// Latin transliteration of a Cyrillic letter (already lowercase).
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'э' | 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "iu",
        'я' => "ia",
        'ъ' | 'ь' => "",
        _ => return None,
    })
}

/// The consonant skeleton of a name, the same across Latin and Cyrillic
/// scripts and across the vowel endings languages add to names: "Valdoria",
/// "Valdorie", "Валдории" all give `vldr`; "Kestrenia" and "Кестрения" give
/// `kstrn`. Spellings that vary by letter (c/k/q, w/v, doubled letters) are
/// unified first.
pub fn name_skeleton(name: &str) -> String {
    let mut latin = String::new();
    for word in words(name) {
        for c in word.chars() {
            match transliterate(c) {
                Some(t) => latin.push_str(t),
                None => latin.push(c),
            }
        }
    }
    let latin = latin
        .replace("qu", "kv")
        .replace("ck", "k")
        .replace("ph", "f")
        .replace('x', "ks");
    let mut skeleton = String::new();
    for c in latin.chars() {
        let c = match c {
            'c' | 'q' => 'k',
            'w' => 'v',
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'j' => continue,
            c if c.is_ascii_alphabetic() => c,
            _ => continue,
        };
        if !skeleton.ends_with(c) {
            skeleton.push(c);
        }
    }
    skeleton
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_accents_and_punctuation() {
        assert_eq!(
            words("L'Orlanie a rejoint le Pacte, en 2021 — « déjà » !"),
            vec!["l", "orlanie", "a", "rejoint", "le", "pacte", "en", "2021", "deja"]
        );
        assert_eq!(normalise("Vladimir  Putin."), "vladimir putin");
        assert_eq!(normalise("Ёлка"), "елка");
        assert_eq!(word_hashes("Déjà vu"), word_hashes("deja, VU!"));
    }

    #[test]
    fn names_share_a_skeleton_across_scripts_and_endings() {
        for (a, b) in [
            ("Valdoria", "Валдории"),
            ("Valdorie", "Valdoria"),
            ("Kestrenia", "Кестрения"),
            ("Brannholm", "Браннхольма"),
            ("Quillen", "Квиллен"),
            ("Dalca", "Далка"),
            ("Aurel Kostan", "Аурел Костан"),
        ] {
            assert_eq!(name_skeleton(a), name_skeleton(b), "{a} / {b}");
        }
        assert_ne!(name_skeleton("Kostan"), name_skeleton("Morozan"));
    }

    #[test]
    fn urls_reduce_to_host_and_path() {
        assert_eq!(
            normalise_url(
                "https://www.meridianreview.example/world/2022/01/12/valdoria/?utm=x#top"
            ),
            "meridianreview.example/world/2022/01/12/valdoria"
        );
        assert_eq!(normalise_url("http://A.example/b/"), "a.example/b");
    }

    #[test]
    fn hashes_are_stable_and_tagged() {
        assert_eq!(hash_bytes(b"trame"), hash_bytes(b"trame"));
        assert_ne!(hash_tagged("title", "x"), hash_tagged("url", "x"));
        assert_ne!(hash_values("n", &[1, 2]), hash_values("n", &[2, 1]));
    }
}
