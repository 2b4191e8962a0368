//! A [`Table`] as CSV, UTF-8 with a byte-order mark (without it, Excel reads the accents
//! as Windows-1252). With `;`, numbers take the decimal comma French Excel expects; with
//! `,`, the decimal point. Dates are dd/mm/yyyy, which both recognise as dates.

use super::table::{Cell, Table};
use crate::error::{Error, Result};
use crate::validate::fr_date;

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn money(cents: i64, decimal: char) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}{decimal}{:02}", abs / 100, abs % 100)
}

pub fn write(table: &Table, separator: u8) -> Result<Vec<u8>> {
    let decimal = if separator == b';' { ',' } else { '.' };
    let mut out = csv::WriterBuilder::new()
        .delimiter(separator)
        // The preamble lines hold one field, the rows one per column.
        .flexible(true)
        .from_writer(BOM.to_vec());
    let fail = |e: csv::Error| Error::internal(format!("CSV : {e}"));
    for line in table.preamble() {
        out.write_record([line]).map_err(fail)?;
    }
    out.write_record([""]).map_err(fail)?;
    out.write_record(table.columns.iter().map(|c| c.header.as_str()))
        .map_err(fail)?;
    for cells in &table.rows {
        let fields = cells.iter().map(|cell| match cell {
            Cell::Text(s) => s.clone(),
            Cell::Integer(n) => n.to_string(),
            Cell::Money(cents) => money(*cents, decimal),
            Cell::Date(d) => fr_date(*d),
            Cell::Empty => String::new(),
        });
        out.write_record(fields).map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| Error::internal(format!("CSV : {e}")))
}

#[cfg(test)]
mod tests {
    use super::money;

    #[test]
    fn money_keeps_every_cent() {
        assert_eq!(money(123_456, ','), "1234,56");
        assert_eq!(money(5, '.'), "0.05");
        assert_eq!(money(-1_050, ','), "-10,50");
        assert_eq!(money(0, ','), "0,00");
    }
}
