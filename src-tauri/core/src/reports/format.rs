//! French number formatting for the printed reports, done here so that the templates only
//! lay text out: `2 160`, `12 500,50 €`, `18,4 %`, `+12,5 %` (narrow no-break spaces as
//! thousands separators and before `%`, a no-break space before `€`).

use crate::i18n::format_count;

/// Narrow no-break space (thousands, before `%`).
const NNBSP: char = '\u{202F}';
/// The typographic minus sign.
const MINUS: char = '\u{2212}';

/// A count: `2 160`.
pub fn count(n: i64) -> String {
    format_count(n)
}

/// An amount in cents as euros with cents: `12 500,50 €`.
pub fn euros(cents: i64) -> String {
    crate::i18n::format_euros(cents)
}

/// A number with one decimal and a comma: `18,4`.
fn decimal(value: f64) -> String {
    let tenths = (value.abs() * 10.0).round() as i64;
    let whole = format_count(tenths / 10);
    format!("{whole},{}", tenths % 10)
}

/// `part` as a share of `total`: `18,4 %`; an empty total gives `–`.
pub fn share(part: i64, total: i64) -> String {
    if total == 0 {
        return "–".to_owned();
    }
    format!("{}{NNBSP}%", decimal(100.0 * part as f64 / total as f64))
}

/// A ratio (0–1) as a percentage: `87,5 %`.
pub fn percent(ratio: f64) -> String {
    format!("{}{NNBSP}%", decimal(100.0 * ratio))
}

/// The change from `before` to `now`: `+12,5 %`, `−3,0 %`, `=` when equal; `–` when
/// there was nothing before (no meaningful rate).
pub fn change(before: i64, now: i64) -> String {
    if before == now {
        return "=".to_owned();
    }
    if before == 0 {
        return "–".to_owned();
    }
    let rate = 100.0 * (now - before) as f64 / before as f64;
    let sign = if rate < 0.0 { MINUS } else { '+' };
    format!("{sign}{}{NNBSP}%", decimal(rate))
}

/// The signed difference: `+150`, `−12`, `0`.
pub fn difference(before: i64, now: i64) -> String {
    let d = now - before;
    match d {
        0 => "0".to_owned(),
        d if d > 0 => format!("+{}", format_count(d)),
        d => format!("{MINUS}{}", format_count(-d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        s.replace([NNBSP, '\u{A0}'], " ")
    }

    #[test]
    fn numbers_are_written_the_french_way() {
        assert_eq!(plain(&count(2160)), "2 160");
        assert_eq!(plain(&euros(1_250_050)), "12 500,50 €");
        assert_eq!(plain(&euros(5)), "0,05 €");
        assert_eq!(plain(&euros(-123_456_789)), "-1 234 567,89 €");
        assert_eq!(plain(&share(347, 1600)), "21,7 %");
        assert_eq!(share(1, 0), "–");
        assert_eq!(plain(&percent(0.875)), "87,5 %");
        assert_eq!(plain(&percent(12.3456)), "1 234,6 %");
    }

    #[test]
    fn changes_are_signed() {
        assert_eq!(plain(&change(2000, 2160)), "+8,0 %");
        assert_eq!(plain(&change(100, 97)), "\u{2212}3,0 %");
        assert_eq!(change(5, 5), "=");
        assert_eq!(change(0, 5), "–");
        assert_eq!(plain(&difference(2000, 2160)), "+160");
        assert_eq!(plain(&difference(1600, 1450)), "\u{2212}150");
        assert_eq!(difference(3, 3), "0");
    }
}
