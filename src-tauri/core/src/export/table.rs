//! A neutral table, the one shape every exported list takes before it becomes XLSX, ODS or
//! CSV: a title, lines stating the filters, the generation date, typed columns and rows.

use chrono::{NaiveDate, NaiveDateTime};

use crate::i18n::{self, tr};

/// What a column holds; sets the cell format and the default width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Integer,
    /// Euros, stored in cents; written as a number formatted `# ##0,00 €`.
    Money,
    /// A real date cell, shown dd/mm/yyyy.
    Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    pub kind: Kind,
    /// Width in characters.
    pub width: f64,
}

impl Column {
    /// A column headed by the Fluent entry `id`, of the kind's usual width.
    pub fn new(id: &str, kind: Kind) -> Self {
        let width = match kind {
            Kind::Text => 18.0,
            Kind::Integer => 11.0,
            Kind::Money => 14.0,
            Kind::Date => 12.0,
        };
        Self {
            header: tr(id, &[]),
            kind,
            width,
        }
    }

    pub fn wide(mut self, width: f64) -> Self {
        self.width = width;
        self
    }
}

/// One cell. `Empty` stands for a missing value (no programme, no head of post…).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Integer(i64),
    /// Cents.
    Money(i64),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    /// "oui" or "non".
    pub fn yes_no(b: bool) -> Self {
        Cell::Text(tr(if b { "export-yes" } else { "export-no" }, &[]))
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_owned())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<Option<String>> for Cell {
    fn from(s: Option<String>) -> Self {
        s.filter(|s| !s.is_empty()).map_or(Cell::Empty, Cell::Text)
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Cell::Integer(n)
    }
}

impl From<NaiveDate> for Cell {
    fn from(d: NaiveDate) -> Self {
        Cell::Date(d)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Also the sheet's name (cut to what spreadsheets accept).
    pub sheet: String,
    pub title: String,
    /// One line per active filter ("Année : 2016"); "Aucun filtre" when there is none.
    pub filters: Vec<String>,
    pub generated: NaiveDateTime,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The table of list `list` (its sheet name and title come from `export-sheet-{list}`
    /// and `export-title-{list}`), not yet dated.
    pub fn new(
        list: &str,
        filters: Vec<String>,
        columns: Vec<Column>,
        rows: Vec<Vec<Cell>>,
    ) -> Self {
        Self {
            sheet: tr(&format!("export-sheet-{list}"), &[]),
            title: tr(&format!("export-title-{list}"), &[]),
            filters,
            generated: NaiveDateTime::default(),
            columns,
            rows,
        }
    }

    /// The lines above the column headers: title, filters, "Exporté le …", row count.
    pub fn preamble(&self) -> Vec<String> {
        let mut lines = vec![self.title.clone()];
        if self.filters.is_empty() {
            lines.push(tr("export-no-filter", &[]));
        } else {
            lines.extend(self.filters.iter().cloned());
        }
        lines.push(tr(
            "export-generated",
            &i18n::args([
                ("date", self.generated.format("%d/%m/%Y").to_string()),
                ("time", self.generated.format("%H:%M").to_string()),
            ]),
        ));
        lines.push(tr(
            "export-row-count",
            &i18n::args([("count", i18n::format_count(self.rows.len() as i64))]),
        ));
        lines
    }

    /// The row (0-based) where the column headers go: after the preamble and a blank line.
    pub fn header_row(&self) -> usize {
        self.preamble().len() + 1
    }

    /// A sheet name spreadsheets accept: at most 31 characters, none of `[]:*?/\`.
    pub fn sheet_name(&self) -> String {
        let clean: String = self
            .sheet
            .chars()
            .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
            .take(31)
            .collect();
        if clean.trim().is_empty() {
            "Export".to_owned()
        } else {
            clean
        }
    }
}

/// Euros as a number (cents / 100), for the spreadsheet cells.
pub fn euros(cents: i64) -> f64 {
    cents as f64 / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_cut_and_cleaned() {
        let mut t = Table {
            sheet: "Actions 2016/2017 [brouillon] : une liste très longue".into(),
            title: String::new(),
            filters: vec![],
            generated: NaiveDateTime::default(),
            columns: vec![],
            rows: vec![],
        };
        let name = t.sheet_name();
        assert_eq!(name.chars().count(), 31);
        assert!(!name.contains(['/', '[', ']', ':']));
        t.sheet = "   ".into();
        assert_eq!(t.sheet_name(), "Export");
    }

    #[test]
    fn the_preamble_states_the_filters_the_date_and_the_count() {
        let t = Table {
            sheet: "Actions".into(),
            title: "Actions".into(),
            filters: vec![],
            generated: NaiveDate::from_ymd_opt(2026, 3, 5)
                .and_then(|d| d.and_hms_opt(9, 7, 0))
                .unwrap_or_default(),
            columns: vec![],
            rows: vec![vec![Cell::Empty]; 3],
        };
        let lines = t.preamble();
        assert_eq!(lines[1], "Aucun filtre");
        assert_eq!(lines[2], "Exporté le 05/03/2026 à 09:07");
        assert_eq!(lines[3], "Lignes : 3");
        assert_eq!(t.header_row(), 5);
    }
}
