//! The SSI registry as a table. The screen filters and sorts its 74 rows itself; the same
//! search (code, city, country name or code, accents and case ignored) and sort are done
//! here so that the file holds what the screen shows.

use std::cmp::Ordering;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::filters::Lines;
use super::table::{Cell, Column, Kind, Table};
use crate::error::Result;
use crate::i18n::tr;
use crate::network::ssi::{self, SsiRow};
use crate::network::ssi::{SsiColumn, SsiSort};
use crate::text::fold;

fn matches(row: &SsiRow, needle: &str) -> bool {
    [
        &row.code,
        &row.city,
        &row.residence_country_name,
        &row.residence_country,
    ]
    .iter()
    .any(|field| fold(field).contains(needle))
}

/// The screen's order: by `column`, an empty head of post always last, ties by code.
fn compare(a: &SsiRow, b: &SsiRow, sort: SsiSort) -> Ordering {
    let text = |x: &str, y: &str| fold(x).cmp(&fold(y));
    let primary = match sort.column {
        SsiColumn::Code => text(&a.code, &b.code),
        SsiColumn::City => text(&a.city, &b.city),
        SsiColumn::ResidenceCountryName => {
            text(&a.residence_country_name, &b.residence_country_name)
        }
        SsiColumn::Continent => text(&a.continent, &b.continent),
        SsiColumn::Head => match (&a.head, &b.head) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => return Ordering::Greater,
            (Some(_), None) => return Ordering::Less,
            (Some(x), Some(y)) => text(x, y),
        },
        SsiColumn::CoveredCount => a.covered_count.cmp(&b.covered_count),
        SsiColumn::StaffCount => a.staff_count.cmp(&b.staff_count),
        // Open posts first when ascending.
        SsiColumn::Open => b.open.cmp(&a.open),
    };
    let primary = if sort.descending {
        primary.reverse()
    } else {
        primary
    };
    primary.then_with(|| text(&a.code, &b.code))
}

fn column_label(column: SsiColumn) -> &'static str {
    match column {
        SsiColumn::Code => "export-col-code",
        SsiColumn::City => "export-col-city",
        SsiColumn::ResidenceCountryName => "export-col-residence",
        SsiColumn::Continent => "export-col-continent",
        SsiColumn::Head => "export-col-head",
        SsiColumn::CoveredCount => "export-col-covered-count",
        SsiColumn::StaffCount => "export-col-staff",
        SsiColumn::Open => "export-col-status",
    }
}

pub(crate) fn ssi(
    conn: &Connection,
    text: &str,
    sort: Option<SsiSort>,
    today: NaiveDate,
) -> Result<Table> {
    let mut l = Lines::default();
    l.text(Some(text));
    let needle = fold(text.trim());
    let mut list: Vec<SsiRow> = ssi::list(conn, today)?
        .into_iter()
        .filter(|r| needle.is_empty() || matches(r, &needle))
        .collect();
    if let Some(sort) = sort {
        list.sort_by(|a, b| compare(a, b, sort));
        let direction = if sort.descending {
            "export-sort-descending"
        } else {
            "export-sort-ascending"
        };
        let value = format!(
            "{} ({})",
            tr(column_label(sort.column), &[]),
            tr(direction, &[])
        );
        l.push("export-filter-sort", value);
    }
    let rows = list
        .into_iter()
        .map(|s| {
            vec![
                s.code.into(),
                s.city.into(),
                s.residence_country_name.into(),
                s.residence_country.into(),
                s.continent.into(),
                s.head.into(),
                s.covered_count.into(),
                Some(s.covered_countries.join(", ")).into(),
                s.staff_count.into(),
                Cell::Text(tr(
                    if s.open {
                        "export-ssi-open"
                    } else {
                        "export-ssi-closed"
                    },
                    &[],
                )),
            ]
        })
        .collect();
    let columns = vec![
        Column::new("export-col-code", Kind::Text).wide(7.0),
        Column::new("export-col-city", Kind::Text),
        Column::new("export-col-residence", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-continent", Kind::Text),
        Column::new("export-col-head", Kind::Text).wide(24.0),
        Column::new("export-col-covered-count", Kind::Integer),
        Column::new("export-col-covered", Kind::Text).wide(30.0),
        Column::new("export-col-staff", Kind::Integer),
        Column::new("export-col-status", Kind::Text).wide(9.0),
    ];
    Ok(Table::new("ssi", l.0, columns, rows))
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn fold_ignores_case_and_accents() {
        assert_eq!(fold("Émirats arabes unis"), "emirats arabes unis");
        assert_eq!(fold("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(fold("SÃO TOMÉ"), "sao tome");
    }
}
