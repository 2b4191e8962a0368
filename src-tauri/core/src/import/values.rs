//! Cell values the way French users type them: `12 500,50 €`, `1.234,5`, `1,234.5`,
//! dd/mm/yyyy and ISO dates, real numeric and date cells; and the folding that makes
//! headers and names match whatever their case, accents and punctuation.

use chrono::{Days, NaiveDate};

use super::reader::{display, Cell};
use crate::i18n::Args;

/// Why a cell was refused: a Fluent id and its arguments (the value is added by the caller).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem {
    pub id: &'static str,
    pub args: Args,
}

impl Problem {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(id: &'static str, args: Args) -> Self {
        Self { id, args }
    }
}

pub(crate) type Parsed<T> = std::result::Result<T, Problem>;

pub(crate) use crate::text::fold;

/// A text cell's content, trimmed (numbers and dates as displayed).
pub(crate) fn text(cell: &Cell) -> String {
    display(cell)
}

/// A decimal written with spaces, `.` or `,` as thousands separators and `,` or `.` as the
/// decimal mark, an optional `€`/`EUR`; returned as (negative, integer digits, decimals).
fn decimal(raw: &str) -> Option<(bool, String, String)> {
    let mut s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '\u{202F}')
        .collect();
    let lower = s.to_lowercase();
    for unit in ["euros", "euro", "eur", "€"] {
        if let Some(rest) = lower.strip_suffix(unit) {
            s.truncate(rest.len());
            break;
        }
        if let Some(rest) = lower.strip_prefix(unit) {
            s = s[s.len() - rest.len()..].to_owned();
            break;
        }
    }
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    // Which mark is the decimal one: the last of two kinds; a lone comma (French); a lone
    // dot unless it is followed by exactly three digits (`1.234` is a thousand).
    let decimal_mark = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (1, 0) => {
            let after = s.len() - s.find('.')? - 1;
            if after == 3 && s.find('.')? <= 3 {
                None
            } else {
                Some('.')
            }
        }
        (0, 1) => Some(','),
        (0, _) => None,
        _ => {
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            Some(if last_dot > last_comma { '.' } else { ',' })
        }
    };
    let (int, frac) = match decimal_mark {
        Some(m) => {
            let at = s.rfind(m)?;
            (&s[..at], &s[at + 1..])
        }
        None => (s, ""),
    };
    if frac.contains(['.', ',']) {
        return None;
    }
    // Thousands groups after the first hold exactly three digits.
    let groups: Vec<&str> = int.split(['.', ',']).collect();
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return None;
    }
    let int: String = groups.concat();
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    Some((negative, int, frac.to_owned()))
}

/// An amount in euros, in cents.
pub(crate) fn cents(cell: &Cell) -> Parsed<i64> {
    let bad = || Problem::new("err-import-amount");
    match cell {
        Cell::Number(n) if n.is_finite() && n.abs() < 1e13 => Ok((n * 100.0).round() as i64),
        Cell::Text(t) => {
            let (negative, int, frac) = decimal(t).ok_or_else(bad)?;
            let frac = frac.trim_end_matches('0');
            if frac.len() > 2 || int.len() > 13 {
                return Err(bad());
            }
            let whole: i64 = if int.is_empty() {
                0
            } else {
                int.parse().map_err(|_| bad())?
            };
            let part: i64 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
            let value = whole * 100 + part;
            Ok(if negative { -value } else { value })
        }
        _ => Err(bad()),
    }
}

/// A whole number (participants, persons located…).
pub(crate) fn count(cell: &Cell) -> Parsed<i64> {
    let bad = || Problem::new("err-import-count");
    match cell {
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(*n as i64),
        Cell::Text(t) => {
            let (negative, int, frac) = decimal(t).ok_or_else(bad)?;
            if !frac.trim_end_matches('0').is_empty() || int.is_empty() || int.len() > 15 {
                return Err(bad());
            }
            let value: i64 = int.parse().map_err(|_| bad())?;
            Ok(if negative { -value } else { value })
        }
        _ => Err(bad()),
    }
}

/// A date: a real date cell, an Excel serial number, dd/mm/yyyy (or d/m/yyyy, with `-` or
/// `.`), yyyy-mm-dd (possibly followed by a time).
pub(crate) fn date(cell: &Cell) -> Parsed<NaiveDate> {
    let bad = || Problem::new("err-import-date");
    match cell {
        Cell::Date(d) => Ok(*d),
        Cell::Number(n) => excel_serial(*n).ok_or_else(bad),
        Cell::Text(t) => text_date(t.trim()).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// Days since 1899-12-30 (Excel's 1900 system, whose fictitious 29/02/1900 is skipped).
fn excel_serial(n: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&n) {
        return None;
    }
    let days = n.floor() as u64;
    let days = if days < 61 { days + 1 } else { days };
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(Days::new(days))
}

fn text_date(t: &str) -> Option<NaiveDate> {
    let day = t.split(['T', ' ']).next()?;
    let parts: Vec<&str> = day.split(['/', '-', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = if parts[0].len() == 4 {
        (n(parts[0])?, n(parts[1])?, n(parts[2])?)
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (n(parts[2])?, n(parts[1])?, n(parts[0])?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn reads_amounts_the_french_way() {
        let ok = |s: &str| cents(&t(s)).ok();
        assert_eq!(ok("12 500,50 €"), Some(1_250_050));
        assert_eq!(ok("12\u{a0}500,50"), Some(1_250_050));
        assert_eq!(ok("12\u{202f}500"), Some(1_250_000));
        assert_eq!(ok("1.234,5"), Some(123_450));
        assert_eq!(ok("1,234.5"), Some(123_450));
        assert_eq!(ok("1234"), Some(123_400));
        assert_eq!(ok("1.234"), Some(123_400));
        assert_eq!(ok("12.5"), Some(1_250));
        assert_eq!(ok("EUR 300"), Some(30_000));
        assert_eq!(ok("1 234 567,00 euros"), Some(123_456_700));
        assert_eq!(ok("-5"), Some(-500));
        assert_eq!(cents(&Cell::Number(1234.565)).ok(), Some(123_457));
        for bad in ["douze", "12,5,3", "1.23.4", "12,505", "", "€", "12 50a"] {
            assert!(cents(&t(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_counts() {
        assert_eq!(count(&t("1 200")).ok(), Some(1200));
        assert_eq!(count(&t("12,0")).ok(), Some(12));
        assert_eq!(count(&Cell::Number(14.0)).ok(), Some(14));
        assert!(count(&Cell::Number(14.5)).is_err());
        assert!(count(&t("12,5")).is_err());
        assert!(count(&t("quinze")).is_err());
    }

    #[test]
    fn reads_dates() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(date(&t("05/03/2016")).ok(), d(2016, 3, 5));
        assert_eq!(date(&t("5/3/2016")).ok(), d(2016, 3, 5));
        assert_eq!(date(&t("05-03-2016")).ok(), d(2016, 3, 5));
        assert_eq!(date(&t("2016-03-05")).ok(), d(2016, 3, 5));
        assert_eq!(date(&t("2016-03-05 00:00:00")).ok(), d(2016, 3, 5));
        assert_eq!(date(&Cell::Number(42434.0)).ok(), d(2016, 3, 5));
        assert_eq!(date(&Cell::Number(1.0)).ok(), d(1900, 1, 1));
        for bad in ["31/02/2016", "05/03/16", "mars 2016", "2016-13-01"] {
            assert!(date(&t(bad)).is_err(), "{bad}");
        }
    }
}
