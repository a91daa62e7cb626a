//! Monotone alignment of two sequences: the weighted longest common
//! subsequence. Versions of one text keep their order (a translation moves
//! words, rarely paragraphs), so an order-preserving alignment is both
//! cheaper and stricter than set overlap.

/// Longest sequences aligned in full; beyond this product of lengths the
/// sequences are cut, which bounds time and memory on huge inputs.
const MAX_CELLS: usize = 1 << 20;

/// The matched pairs `(i, j)` of the heaviest common subsequence of `a` and
/// `b`, where `score(i, j)` is the gain of pairing `a[i]` with `b[j]` (zero
/// or less: they cannot pair), and the total gain.
pub fn align_by<F>(a_len: usize, b_len: usize, score: F) -> (f32, Vec<(usize, usize)>)
where
    F: Fn(usize, usize) -> f32,
{
    let (a_len, b_len) = bounded(a_len, b_len);
    if a_len == 0 || b_len == 0 {
        return (0.0, Vec::new());
    }
    let width = b_len + 1;
    let mut table = vec![0.0f32; (a_len + 1) * width];
    for i in 1..=a_len {
        for j in 1..=b_len {
            let gain = score(i - 1, j - 1);
            let diagonal = if gain > 0.0 {
                table[(i - 1) * width + j - 1] + gain
            } else {
                0.0
            };
            let skip = table[(i - 1) * width + j].max(table[i * width + j - 1]);
            table[i * width + j] = diagonal.max(skip);
        }
    }
    let total = table[a_len * width + b_len];
    let mut pairs = Vec::new();
    let (mut i, mut j) = (a_len, b_len);
    while i > 0 && j > 0 {
        let here = table[i * width + j];
        if here == table[(i - 1) * width + j] {
            i -= 1;
        } else if here == table[i * width + j - 1] {
            j -= 1;
        } else {
            pairs.push((i - 1, j - 1));
            i -= 1;
            j -= 1;
        }
    }
    pairs.reverse();
    (total, pairs)
}

/// Lengths cut so that their product stays within [`MAX_CELLS`].
fn bounded(a: usize, b: usize) -> (usize, usize) {
    if a.saturating_mul(b) <= MAX_CELLS {
        return (a, b);
    }
    let side = (MAX_CELLS as f64).sqrt() as usize;
    match (a <= side, b <= side) {
        (true, _) => (a, MAX_CELLS / a.max(1)),
        (_, true) => (MAX_CELLS / b.max(1), b),
        _ => (side, side),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_the_heaviest_common_subsequence() {
        let a = [1, 2, 3, 4, 5];
        let b = [1, 3, 9, 4, 5, 2];
        let (total, pairs) = align_by(a.len(), b.len(), |i, j| f32::from(a[i] == b[j]));
        assert_eq!(total, 4.0);
        assert_eq!(pairs, vec![(0, 0), (2, 1), (3, 3), (4, 4)]);
    }

    #[test]
    fn weights_decide_between_crossing_matches() {
        // Pairing the two heavy items beats pairing the three light ones.
        let a = ["x", "y", "z", "H"];
        let b = ["H", "x", "y", "z"];
        let (total, pairs) = align_by(a.len(), b.len(), |i, j| {
            if a[i] != b[j] {
                0.0
            } else if a[i] == "H" {
                5.0
            } else {
                1.0
            }
        });
        assert_eq!(total, 5.0);
        assert_eq!(pairs, vec![(3, 0)]);
    }

    #[test]
    fn huge_inputs_are_cut() {
        let (total, _) = align_by(10_000_000, 10_000_000, |i, j| f32::from(i == j));
        assert_eq!(total, 1024.0);
    }
}
