//! Publication dates: ISO dates and date-times as written in
//! `meta.published`, and the date bounds of queries.
//!
//! Dates are indexed as the wall-clock time written in the document, its
//! UTC offset ignored: a filter on 2022-01-12 then finds what the outlet
//! dated 2022-01-12, whatever its time zone.

use tantivy::time::{Date, Month, PrimitiveDateTime, Time};
use tantivy::DateTime;

/// A date written to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PartialDate {
    year: i32,
    month: Option<Month>,
    day: Option<u8>,
}

impl PartialDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, nothing else.
    fn parse(text: &str) -> Option<PartialDate> {
        let parts: Vec<&str> = text.split('-').collect();
        let (year, month, day) = match parts.as_slice() {
            [year] => (*year, None, None),
            [year, month] => (*year, Some(*month), None),
            [year, month, day] => (*year, Some(*month), Some(*day)),
            _ => return None,
        };
        let month = match month {
            Some(month) => Some(Month::try_from(parse_digits(month, 2)? as u8).ok()?),
            None => None,
        };
        let day = match day {
            Some(day) => Some(parse_digits(day, 2)? as u8),
            None => None,
        };
        let date = PartialDate {
            year: parse_digits(year, 4)? as i32,
            month,
            day,
        };
        // Rejects impossible days (2022-02-30).
        date.first_day().map(|_| date)
    }

    fn first_day(self) -> Option<Date> {
        Date::from_calendar_date(
            self.year,
            self.month.unwrap_or(Month::January),
            self.day.unwrap_or(1),
        )
        .ok()
    }

    /// The first day after the period the date names.
    fn next_period_start(self) -> Option<Date> {
        match (self.month, self.day) {
            (_, Some(_)) => self.first_day()?.next_day(),
            (Some(Month::December), None) => {
                Date::from_calendar_date(self.year + 1, Month::January, 1).ok()
            }
            (Some(month), None) => Date::from_calendar_date(self.year, month.next(), 1).ok(),
            (None, None) => Date::from_calendar_date(self.year + 1, Month::January, 1).ok(),
        }
    }
}

/// `digits` ASCII digits exactly.
fn parse_digits(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn midnight(date: Date) -> DateTime {
    DateTime::from_primitive(PrimitiveDateTime::new(date, Time::MIDNIGHT))
}

/// A publication date as indexed: its instant and its month (`2022-01`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Published {
    pub(crate) at: DateTime,
    pub(crate) month: String,
}

/// Reads `2022-01-12`, `2022-01-12T15:30:00+02:00`, `2022-01-12 15:30`,
/// `2022-01` or `2022`. A time that does not parse is ignored; a date that
/// does not parse gives `None`.
pub(crate) fn parse_published(text: &str) -> Option<Published> {
    let text = text.trim();
    let date_end = text.find(['T', 't', ' ']).unwrap_or(text.len());
    let partial = PartialDate::parse(&text[..date_end])?;
    let date = partial.first_day()?;
    let time = text
        .get(date_end + 1..)
        .and_then(parse_wall_clock)
        .unwrap_or(Time::MIDNIGHT);
    Some(Published {
        at: DateTime::from_primitive(PrimitiveDateTime::new(date, time)),
        month: format!("{:04}-{:02}", date.year(), u8::from(date.month())),
    })
}

/// `HH:MM` or `HH:MM:SS`, followed by anything (fraction, offset).
fn parse_wall_clock(text: &str) -> Option<Time> {
    let hour = parse_digits(text.get(0..2)?, 2)?;
    if text.get(2..3)? != ":" {
        return None;
    }
    let minute = parse_digits(text.get(3..5)?, 2)?;
    let second = match text.get(5..6) {
        Some(":") => parse_digits(text.get(6..8)?, 2)?,
        _ => 0,
    };
    Time::from_hms(hour as u8, minute as u8, second as u8).ok()
}

/// The first instant of a query's lower bound (`2022`, `2022-01`, `2022-01-12`).
pub(crate) fn lower_bound(text: &str) -> Option<DateTime> {
    PartialDate::parse(text.trim())?.first_day().map(midnight)
}

/// The first instant after a query's inclusive upper bound: `2022-01`
/// ends where February starts.
pub(crate) fn upper_bound_exclusive(text: &str) -> Option<DateTime> {
    PartialDate::parse(text.trim())?
        .next_period_start()
        .map(midnight)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> DateTime {
        lower_bound(text).unwrap_or_else(|| panic!("{text} is a date"))
    }

    #[test]
    fn published_dates_and_times() {
        let published = parse_published("2022-01-13T23:30:00-05:00");
        assert_eq!(
            published.as_ref().map(|p| p.month.as_str()),
            Some("2022-01")
        );
        assert_eq!(
            published.map(|p| p.at.into_timestamp_secs() - day("2022-01-13").into_timestamp_secs()),
            Some(23 * 3600 + 30 * 60)
        );
        assert_eq!(
            parse_published("2022-01-12").map(|p| p.at),
            Some(day("2022-01-12"))
        );
        assert_eq!(
            parse_published("2022-01-12 garbage").map(|p| p.at),
            Some(day("2022-01-12"))
        );
        assert_eq!(
            parse_published("2021-02").map(|p| p.month),
            Some("2021-02".into())
        );
        assert_eq!(parse_published("13 janvier 2022"), None);
        assert_eq!(parse_published("2022-02-30"), None);
    }

    #[test]
    fn bounds_cover_the_named_period() {
        assert_eq!(upper_bound_exclusive("2022-01-31"), Some(day("2022-02-01")));
        assert_eq!(upper_bound_exclusive("2022-12"), Some(day("2023-01-01")));
        assert_eq!(upper_bound_exclusive("2022"), Some(day("2023-01-01")));
        assert_eq!(lower_bound("2022-03"), Some(day("2022-03-01")));
        assert_eq!(lower_bound("2022-13"), None);
        assert_eq!(lower_bound("2022-1-5"), None);
        assert_eq!(lower_bound("2022--05"), None);
        assert_eq!(lower_bound(""), None);
    }
}
