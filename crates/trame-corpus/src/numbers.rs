//! Numbers written in digits, with their values normalised across the
//! languages' formats: "3,000", "3 000" and "3&nbsp;000" are 3000; "1.5
//! million", "1,5 million" and "1,5 млн" are 1 500 000. These are the
//! language-independent anchors that survive translation.

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte range in the text, scale word included.
    pub start: usize,
    pub end: usize,
    pub value: f64,
}

/// Whether a value is too common to identify a text on its own: small
/// counts and days of the month (≤ 31), years, and the round numbers every
/// article writes.
pub fn is_common_value(value: f64) -> bool {
    let integral = value.fract() == 0.0;
    integral
        && (value <= 31.0 || (1900.0..=2100.0).contains(&value) || [50.0, 100.0].contains(&value))
}

/// The value as an integer key: thousandths, so that 2.5 and 2.50 agree
/// and float noise in scale multiplication does not. Values beyond the
/// `i64` range saturate, which is harmless for a key.
pub fn value_key(value: f64) -> u64 {
    (value * 1000.0).round() as i64 as u64
}

/// Characters that separate groups of three digits in the formats of the
/// supported languages: comma, dot, space, no-break and thin spaces,
/// apostrophe (Swiss).
fn is_group_separator(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\''
    )
}

/// The multiplier a scale word after a number stands for.
fn scale(word: &str) -> Option<f64> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    const THOUSAND: [&str; 4] = ["thousand", "тыс", "тысяч", "mil"];
    const MILLION: [&str; 4] = ["million", "millón", "millones", "млн"];
    const BILLION: [&str; 3] = ["billion", "milliard", "млрд"];
    if MILLION.iter().any(|m| w.starts_with(m)) || w.starts_with("миллион") {
        Some(1e6)
    } else if BILLION.iter().any(|m| w.starts_with(m)) || w.starts_with("миллиард") {
        Some(1e9)
    } else if THOUSAND.iter().any(|m| w == *m || w.starts_with("тысяч"))
        || w.starts_with("thousand")
    {
        Some(1e3)
    } else {
        None
    }
}

/// Every number written in digits in `text`, in order.
pub fn find_numbers(text: &str) -> Vec<Number> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let is_digit = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_ascii_digit());
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = is_digit(i)
            && (i == 0 || {
                let prev = chars[i - 1].1;
                !prev.is_alphanumeric() && prev != '.' && prev != ','
            });
        if !starts_number {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        while is_digit(i) {
            digits.push(chars[i].1);
            i += 1;
        }
        // Groups of exactly three digits after a separator are thousands,
        // provided the leading group has at most three digits ("2022 200"
        // is two numbers) and every group uses the same separator (in
        // "1,234.567" the dot starts the decimal part).
        if digits.len() <= 3 {
            let mut group_separator = None;
            while let Some(&(_, sep)) = chars.get(i) {
                let is_group = is_group_separator(sep)
                    && group_separator.is_none_or(|g| g == sep)
                    && (1..=3).all(|k| is_digit(i + k))
                    && !is_digit(i + 4);
                if !is_group {
                    break;
                }
                for k in 1..=3 {
                    digits.push(chars[i + k].1);
                }
                group_separator = Some(sep);
                i += 4;
            }
        }
        let mut value: f64 = digits.parse().unwrap_or(0.0);
        // Decimal part: '.' or ',' followed by digits that are not a group
        // of three (those were taken above).
        if chars.get(i).is_some_and(|&(_, c)| c == '.' || c == ',') && is_digit(i + 1) {
            let mut fraction = String::from("0.");
            let mut j = i + 1;
            while is_digit(j) {
                fraction.push(chars[j].1);
                j += 1;
            }
            value += fraction.parse::<f64>().unwrap_or(0.0);
            i = j;
        }
        let mut end = i;
        // A scale word after optional spaces multiplies.
        let mut j = i;
        while chars
            .get(j)
            .is_some_and(|&(_, c)| c == ' ' || c == '\u{a0}' || c == '\u{202f}')
        {
            j += 1;
        }
        let word_start = j;
        while chars.get(j).is_some_and(|&(_, c)| c.is_alphabetic()) {
            j += 1;
        }
        if j > word_start {
            let word = &text[byte_at(word_start)..byte_at(j)];
            if let Some(multiplier) = scale(word) {
                value *= multiplier;
                end = j;
            }
        }
        out.push(Number {
            start: byte_at(start),
            end: byte_at(end),
            value,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<f64> {
        find_numbers(text).iter().map(|n| n.value).collect()
    }

    #[test]
    fn formats_of_the_story_agree_across_languages() {
        let en = "At least 3,000 fighters; $2.5 billion; about 1.5 million households; 7,500 km; 40 percent.";
        let fr = "Au moins 3 000 combattants ; 2,5 milliards de dollars ; environ 1,5 million de foyers ; 7\u{a0}500\u{a0}km ; 40 %.";
        let ru = "не менее 3 000 боевиков; 2,5 млрд долларов; около 1,5 млн домохозяйств; 7 500 км; 40%.";
        let expected = vec![3000.0, 2.5e9, 1.5e6, 7500.0, 40.0];
        assert_eq!(values(en), expected);
        assert_eq!(values(fr), expected);
        assert_eq!(values(ru), expected);
    }

    #[test]
    fn decimals_years_and_adjacent_numbers() {
        assert_eq!(values("18.4% and 96.50 euros"), vec![18.4, 96.5]);
        assert_eq!(values("1,234.5 then 3.000 pesos"), vec![1234.5, 3000.0]);
        assert_eq!(values("en 2018 150 soldats"), vec![2018.0, 150.0]);
        assert_eq!(values("71 of 120 seats, Q7747, COVID19"), vec![71.0, 120.0]);
        let spans: Vec<_> = find_numbers("about 1.5 million people")
            .iter()
            .map(|n| (n.start, n.end))
            .collect();
        assert_eq!(spans, vec![(6, 17)]);
    }

    #[test]
    fn common_numbers_are_flagged() {
        for v in [1.0, 16.0, 2022.0, 100.0] {
            assert!(is_common_value(v), "{v}");
        }
        for v in [48.0, 340.0, 3000.0, 1.5] {
            assert!(!is_common_value(v), "{v}");
        }
    }
}
