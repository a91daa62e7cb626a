//! Dates in the forms French, English, Russian, German, Spanish and Italian
//! articles write them.
//!
//! Values are normalised to `YYYY-MM-DD`, or to a full RFC 3339 timestamp
//! when the input states a time *and* an offset (a time without an offset
//! cannot be placed on the timeline, so it is dropped rather than guessed).
//!
//! Word boundaries are ASCII-only (`(?-u:\b)`) and only ever sit next to
//! digits: a Unicode `\b` would push the regex engine off its DFA on any
//! non-ASCII haystack, and month words never need one because a separator
//! and a year must follow them.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

/// Month words (full names, inflections, abbreviations, spellings without
/// diacritics) of the supported languages. Duplicates across languages agree
/// on the month, so one table serves all of them.
const MONTH_WORDS: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("jaenner", 1),
    ("februar", 2),
    ("feber", 2),
    ("märz", 3),
    ("maerz", 3),
    ("marz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("mär", 3),
    ("okt", 10),
    ("dez", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("abr", 4),
    ("ago", 8),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("gen", 1),
    ("mag", 5),
    ("giu", 6),
    ("lug", 7),
    ("set", 9),
    ("ott", 10),
    // Russian: genitive (the form after a day), nominative, abbreviations
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("янв", 1),
    ("фев", 2),
    ("февр", 2),
    ("мар", 3),
    ("апр", 4),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("сент", 9),
    ("окт", 10),
    ("ноя", 11),
    ("нояб", 11),
    ("дек", 12),
];

/// English month words: the only language that writes the month first.
const ENGLISH_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Weekday names that may precede a date ("lundi 3 mars 2021"), so that the
/// range `find_date` reports covers them.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "lunedi",
    "martedì",
    "martedi",
    "mercoledì",
    "mercoledi",
    "giovedì",
    "giovedi",
    "venerdì",
    "venerdi",
    "sabato",
    "domenica",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

/// An alternation of `words`, longest first so that a full month name is
/// preferred over its abbreviation at the same position.
fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

fn compile(pattern: &str) -> Regex {
    // The patterns are built from constants above; failing to compile one is
    // a bug in this file that every test run catches.
    Regex::new(pattern).expect("date pattern is valid")
}

/// `2022-01-16`, `2022-01-16T10:30:00+01:00`.
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?-u:\b)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[Tt ](?P<hh>\d{2}):(?P<mm>\d{2})(?::(?P<ss>\d{2})(?P<frac>\.\d{1,9})?)?\s?(?P<tz>[Zz]|[+-]\d{2}:?\d{2})?)?",
    )
});

/// `16/01/2022`, `16.01.2022`, `16-01-2022` (day first, as in every supported
/// language but English; see `numeric_date` for the US order).
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?-u:\b)(?P<a>\d{1,2})(?P<s1>[./-])(?P<b>\d{1,2})(?P<s2>[./-])(?P<y>\d{4})(?-u:\b)")
});

/// Day, month word, year: `16 janvier 2022`, `1er février 2022`,
/// `3. März 2021`, `5 de marzo de 2020`, `12 января 2022 г.`.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let weekdays = alternation(WEEKDAYS.iter().copied());
    let months = alternation(MONTH_WORDS.iter().map(|(w, _)| *w));
    compile(&format!(
        r"(?i)(?:(?:{weekdays})\.?,?\s+(?:(?:le|el|il|den|the)\s+)?)?(?-u:\b)\d{{1,2}}(?:er|re|st|nd|rd|th|º|°)?\.?\s*(?:(?:de|of)\s+)?(?:{months})(?:\.?,?\s+(?:(?:de|del)\s+)?|\.?\s*-\s*)\d{{4}}(?-u:\b)(?:\s?(?:года|г\.))?"
    ))
});

/// English month first: `Jan. 12, 2022`, `Wednesday, January 12th 2022`.
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let weekdays = alternation(WEEKDAYS.iter().take(17).copied());
    let months = alternation(ENGLISH_MONTHS.iter().copied());
    compile(&format!(
        r"(?i)(?:(?-u:\b)(?:{weekdays})\.?,?\s+)?(?-u:\b)(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?-u:\b),?\s+\d{{4}}(?-u:\b)"
    ))
});

/// RFC 2822: `Wed, 12 Jan 2022 10:00:00 GMT`.
static RFC2822: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:(?-u:\b)(?:mon|tue|wed|thu|fri|sat|sun),\s*)?(?-u:\b)(?P<d>\d{1,2})\s+(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(?P<y>\d{4})\s+(?P<hh>\d{2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?(?:\s*(?P<tz>[+-]\d{4}|gmt|utc|ut|z|[ecmp][sd]t|cest|cet|msk)(?-u:\b))?",
    )
});

/// The first date `s` states, normalised (see the module documentation).
///
/// Meant for short strings such as metadata values or `<time>` contents;
/// words around the date are ignored: `"Publié le 12 janv. 2022"` gives
/// `2022-01-12`.
pub fn parse_date(s: &str) -> Option<String> {
    find_date(s).map(|(_, value)| value)
}

/// The first valid date expression in `s`: its byte range and normalised
/// value. At equal starts the longest expression wins, so a weekday prefix
/// or an RFC 2822 time is part of the range.
pub fn find_date(s: &str) -> Option<(Range<usize>, String)> {
    // Every date form has a four-digit year: skip the regexes on the many
    // lines without one.
    if !has_four_digits(s) {
        return None;
    }
    let candidates = [
        first_valid(&RFC2822, s, Reader::Groups(rfc2822_date)),
        first_valid(&ISO, s, Reader::Groups(iso_date)),
        first_valid(&DAY_MONTH_YEAR, s, Reader::Span(day_month_year)),
        first_valid(&MONTH_DAY_YEAR, s, Reader::Span(month_day_year)),
        first_valid(&NUMERIC, s, Reader::Groups(numeric_date)),
    ];
    candidates
        .into_iter()
        .flatten()
        .min_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)))
}

fn has_four_digits(s: &str) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    })
}

/// How a date form's match becomes a value.
enum Reader {
    /// From capture groups: for the small numeric patterns.
    Groups(fn(&Captures) -> Option<String>),
    /// From the matched text: the worded patterns are large alternations
    /// that would make capture extraction (a backtracker over thousands of
    /// states) the costliest step.
    Span(fn(&str) -> Option<String>),
}

/// The first match of `re` in `s` that `reader` accepts. After a rejected
/// match the search resumes one character after its start, so that a shorter
/// valid date overlapping an invalid one is still found.
fn first_valid(re: &Regex, s: &str, reader: Reader) -> Option<(Range<usize>, String)> {
    let mut from = 0;
    while from <= s.len() {
        let (range, value) = match reader {
            Reader::Groups(value_of) => {
                let caps = re.captures_at(s, from)?;
                (caps.get(0)?.range(), value_of(&caps))
            }
            Reader::Span(value_of) => {
                let found = re.find_at(s, from)?;
                (found.range(), value_of(found.as_str()))
            }
        };
        if let Some(value) = value {
            return Some((range, value));
        }
        let next_char_len = s[range.start..].chars().next().map_or(1, char::len_utf8);
        from = range.start + next_char_len;
    }
    None
}

fn number(caps: &Captures, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

fn iso_date(caps: &Captures) -> Option<String> {
    let date = ymd(number(caps, "y")?, number(caps, "m")?, number(caps, "d")?)?;
    let Some(tz) = caps.name("tz") else {
        return Some(date);
    };
    let offset = numeric_offset(tz.as_str())?;
    let frac = caps.name("frac").map_or("", |m| m.as_str());
    timestamp(&date, caps, frac, &offset)
}

fn rfc2822_date(caps: &Captures) -> Option<String> {
    let month = month_number(caps.name("m")?.as_str())?;
    let date = ymd(number(caps, "y")?, month, number(caps, "d")?)?;
    let Some(tz) = caps.name("tz") else {
        return Some(date);
    };
    let offset = match tz.as_str().to_ascii_lowercase().as_str() {
        "gmt" | "utc" | "ut" | "z" => "Z".to_string(),
        "est" => "-05:00".to_string(),
        "edt" => "-04:00".to_string(),
        "cdt" => "-05:00".to_string(),
        "cst" => "-06:00".to_string(),
        "mst" => "-07:00".to_string(),
        "mdt" => "-06:00".to_string(),
        "pst" => "-08:00".to_string(),
        "pdt" => "-07:00".to_string(),
        "cet" => "+01:00".to_string(),
        "cest" => "+02:00".to_string(),
        "msk" => "+03:00".to_string(),
        other => numeric_offset(other)?,
    };
    timestamp(&date, caps, "", &offset)
}

/// `2022-01-12T10:00:00+01:00` from a validated date and the `hh`, `mm`,
/// `ss` groups.
fn timestamp(date: &str, caps: &Captures, frac: &str, offset: &str) -> Option<String> {
    let hour = number(caps, "hh")?;
    let minute = number(caps, "mm")?;
    let second = number(caps, "ss").unwrap_or(0);
    // 60 is a leap second, which RFC 3339 allows.
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(format!(
        "{date}T{hour:02}:{minute:02}:{second:02}{frac}{offset}"
    ))
}

/// `Z`, `+0100`, `-05:30` → `Z` or `±HH:MM`; a zero offset is written `Z` so
/// that equal instants compare equal as strings more often.
fn numeric_offset(tz: &str) -> Option<String> {
    if tz.eq_ignore_ascii_case("z") {
        return Some("Z".to_string());
    }
    let sign = tz.get(..1)?;
    let digits: String = tz[1..].chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let hours: u32 = digits[..2].parse().ok()?;
    let minutes: u32 = digits[2..].parse().ok()?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    if hours == 0 && minutes == 0 {
        return Some("Z".to_string());
    }
    Some(format!("{sign}{hours:02}:{minutes:02}"))
}

/// "lundi 3 mars 2021", "1er février 2022", "5 de marzo de 2020".
fn day_month_year(span: &str) -> Option<String> {
    let mut tokens = span
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty());
    let day = tokens.by_ref().find_map(leading_number)?;
    let month = tokens.by_ref().find_map(month_number)?;
    let year = tokens.find_map(leading_number)?;
    ymd(year, month, day)
}

/// "Wednesday, Jan. 12, 2022", "March 3rd, 2021".
fn month_day_year(span: &str) -> Option<String> {
    let mut tokens = span
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty());
    let month = tokens.by_ref().find_map(month_number)?;
    let day = tokens.by_ref().find_map(leading_number)?;
    let year = tokens.find_map(leading_number)?;
    ymd(year, month, day)
}

/// 12 from "12", "12th", "1er" → 1, "1º" → 1; `None` for words.
fn leading_number(token: &str) -> Option<u32> {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    token[..digits].parse().ok()
}

fn numeric_date(caps: &Captures) -> Option<String> {
    let separator = caps.name("s1")?.as_str();
    if separator != caps.name("s2")?.as_str() {
        return None;
    }
    let first = number(caps, "a")?;
    let second = number(caps, "b")?;
    let year = number(caps, "y")?;
    // Day first unless that is impossible and the US order is not: 01/16/2022.
    if separator == "/" && first <= 12 && second > 12 {
        return ymd(year, first, second);
    }
    ymd(year, second, first)
}

/// Whether `word` names a month in one of the supported languages
/// ("janvier", "Jan.", "января", "März"): number parsers use it to tell a
/// day of the month from a count.
pub fn is_month_word(word: &str) -> bool {
    month_number(word).is_some()
}

fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTH_WORDS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, month)| month)
}

/// `YYYY-MM-DD` when the day exists in that month of that year.
fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    let valid = (1000..=2999).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(year, month);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    // Remainders rather than `is_multiple_of`, which is newer than the
    // workspace's minimum Rust version.
    let is_leap = matches!((year % 4, year % 100, year % 400), (0, 0, 0) | (0, 1.., _));
    match month {
        2 if is_leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> Option<String> {
        parse_date(s)
    }

    #[test]
    fn iso_forms() {
        assert_eq!(date("2022-01-16").as_deref(), Some("2022-01-16"));
        assert_eq!(
            date("2022-01-16T10:30:00+01:00").as_deref(),
            Some("2022-01-16T10:30:00+01:00")
        );
        assert_eq!(
            date("2022-01-16t10:30+0100").as_deref(),
            Some("2022-01-16T10:30:00+01:00")
        );
        assert_eq!(
            date("2022-01-16T10:30:00.123Z").as_deref(),
            Some("2022-01-16T10:30:00.123Z")
        );
        assert_eq!(
            date("2022-01-16T10:30:00+00:00").as_deref(),
            Some("2022-01-16T10:30:00Z")
        );
        // A time without an offset is not an instant: keep the date only.
        assert_eq!(date("2022-01-16 10:30").as_deref(), Some("2022-01-16"));
        assert_eq!(date("2022-13-01"), None);
        assert_eq!(date("2022-01-16T25:00:00Z"), None);
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(date("16/01/2022").as_deref(), Some("2022-01-16"));
        assert_eq!(date("16.01.2022").as_deref(), Some("2022-01-16"));
        assert_eq!(date("3.3.2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("01/16/2022").as_deref(), Some("2022-01-16"));
        assert_eq!(date("16/01.2022"), None);
        assert_eq!(date("31/02/2022"), None);
        assert_eq!(date("29.02.2024").as_deref(), Some("2024-02-29"));
        assert_eq!(date("29.02.2023"), None);
    }

    #[test]
    fn french() {
        assert_eq!(date("16 janvier 2022").as_deref(), Some("2022-01-16"));
        assert_eq!(date("1er février 2022").as_deref(), Some("2022-02-01"));
        assert_eq!(date("le 12 janv. 2022").as_deref(), Some("2022-01-12"));
        assert_eq!(date("lundi 3 mars 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("15 AOÛT 2020").as_deref(), Some("2020-08-15"));
        assert_eq!(date("25 decembre 2019").as_deref(), Some("2019-12-25"));
        assert_eq!(
            date("16\u{a0}janvier\u{a0}2022").as_deref(),
            Some("2022-01-16")
        );
        assert_eq!(date("32 janvier 2022"), None);
    }

    #[test]
    fn english() {
        assert_eq!(date("Jan. 12, 2022").as_deref(), Some("2022-01-12"));
        assert_eq!(date("January 12, 2022").as_deref(), Some("2022-01-12"));
        assert_eq!(date("12 January 2022").as_deref(), Some("2022-01-12"));
        assert_eq!(
            date("Wednesday, Jan 12 2022").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(date("March 3rd, 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("the 1st of May 2020").as_deref(), Some("2020-05-01"));
        assert_eq!(date("Sept. 31, 2022"), None);
    }

    #[test]
    fn russian() {
        assert_eq!(date("12 января 2022 г.").as_deref(), Some("2022-01-12"));
        assert_eq!(date("12 янв. 2022").as_deref(), Some("2022-01-12"));
        assert_eq!(date("1 Мая 2021 года").as_deref(), Some("2021-05-01"));
        assert_eq!(date("среда, 12 января 2022").as_deref(), Some("2022-01-12"));
    }

    #[test]
    fn german() {
        assert_eq!(date("3. März 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("3. Maerz 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(
            date("Mittwoch, den 12. Januar 2022").as_deref(),
            Some("2022-01-12")
        );
        assert_eq!(date("24. Dez. 2021").as_deref(), Some("2021-12-24"));
    }

    #[test]
    fn spanish_and_italian() {
        assert_eq!(date("5 de marzo de 2020").as_deref(), Some("2020-03-05"));
        assert_eq!(date("1º de mayo del 2020").as_deref(), Some("2020-05-01"));
        assert_eq!(date("5 marzo 2020").as_deref(), Some("2020-03-05"));
        assert_eq!(
            date("lunedì 2 novembre 2020").as_deref(),
            Some("2020-11-02")
        );
    }

    #[test]
    fn rfc2822() {
        assert_eq!(
            date("Wed, 12 Jan 2022 10:00:00 GMT").as_deref(),
            Some("2022-01-12T10:00:00Z")
        );
        assert_eq!(
            date("Wed, 12 Jan 2022 10:00:00 +0100").as_deref(),
            Some("2022-01-12T10:00:00+01:00")
        );
        assert_eq!(
            date("Wed, 12 Jan 2022 10:00 EDT").as_deref(),
            Some("2022-01-12T10:00:00-04:00")
        );
        assert_eq!(
            date("Wed, 12 Jan 2022 10:00 CDT").as_deref(),
            Some("2022-01-12T10:00:00-05:00")
        );
        assert_eq!(
            date("Wed, 12 Jan 2022 10:00").as_deref(),
            Some("2022-01-12")
        );
    }

    #[test]
    fn rejects_non_dates() {
        for s in [
            "",
            "Le Devoir",
            "Article 12",
            "2022",
            "12 pommes 2022",
            "1.2.3",
            "10 mars",
        ] {
            assert_eq!(date(s), None, "{s}");
        }
    }

    #[test]
    fn finds_dates_in_lines() {
        let line = "Le Devoir, 16 janvier 2022";
        let (range, value) = find_date(line).unwrap();
        assert_eq!(&line[range], "16 janvier 2022");
        assert_eq!(value, "2022-01-16");

        let line = "By Jane Roe, Jan. 12, 2022 at 10:00";
        let (range, value) = find_date(line).unwrap();
        assert_eq!(&line[range], "Jan. 12, 2022");
        assert_eq!(value, "2022-01-12");

        let line = "Publié lundi 3 mars 2021 à 10h";
        let (range, _) = find_date(line).unwrap();
        assert_eq!(&line[range], "lundi 3 mars 2021");

        let line = "Москва, 12 января 2022 г. — РИА";
        let (range, _) = find_date(line).unwrap();
        assert_eq!(&line[range], "12 января 2022 г.");

        // An invalid date does not hide a later valid one.
        let line = "31 février 2022, puis le 2 mars 2022";
        assert_eq!(find_date(line).unwrap().1, "2022-03-02");
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = parse_date(&s);
            if let Some((range, _)) = find_date(&s) {
                prop_assert!(s.get(range).is_some());
            }
        }

        #[test]
        fn never_panics_on_date_like_input(s in "[0-9 .,/:+TZ-]{0,12}(janv|Jan|мая|März|de marzo)?[0-9 .,/:+TZ-]{0,16}") {
            let _ = parse_date(&s);
        }
    }
}
