//! Stable 64-bit hashing for features. Models store feature hashes, so these
//! functions must never change for a given model format version.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Murmur3 finaliser: a bijective mix so that combined hashes stay well spread.
#[inline]
pub(crate) fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// Order-sensitive combination of two hashes.
#[inline]
pub(crate) fn combine(h: u64, v: u64) -> u64 {
    fmix64(h.rotate_left(27) ^ v.wrapping_add(0x9e37_79b9_7f4a_7c15))
}

/// Incremental FNV-1a over bytes or chars, so that lowercased or truncated forms can
/// be hashed without building strings.
#[derive(Clone, Copy)]
pub(crate) struct StrHasher(u64);

impl StrHasher {
    #[inline]
    pub(crate) fn new() -> Self {
        StrHasher(FNV_OFFSET)
    }

    #[inline]
    pub(crate) fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }

    #[inline]
    pub(crate) fn push_str(&mut self, s: &str) {
        for &b in s.as_bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }

    #[inline]
    pub(crate) fn finish(self) -> u64 {
        fmix64(self.0)
    }
}

#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h = StrHasher::new();
    h.push_str(s);
    h.finish()
}

/// Hash of the lowercase form, equal to `hash_str(&s.to_lowercase())` for text whose
/// lowercasing is per-char (everything but a final Greek sigma).
#[inline]
pub(crate) fn hash_lower(s: &str) -> u64 {
    let mut h = StrHasher::new();
    for c in s.chars() {
        if c.is_ascii() {
            h.push_char(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(|l| h.push_char(l));
        }
    }
    h.finish()
}

/// 32-bit key under which a feature is stored in a model; never 0, the empty slot.
#[inline]
pub(crate) fn key32(h: u64) -> u32 {
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable() {
        // Pinned values: a change here silently invalidates every shipped model.
        assert_eq!(hash_str("Paris"), 8_949_258_251_525_071_694);
        assert_eq!(combine(1, 2), 17_977_865_578_519_300_284);
    }

    #[test]
    fn lower_hash_matches_lowercased_string() {
        for s in ["Paris", "ÉTATS-UNIS", "Москва", "d'Ornano", "İstanbul"] {
            assert_eq!(hash_lower(s), hash_str(&s.to_lowercase()), "{s}");
        }
    }
}
