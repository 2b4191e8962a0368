//! Technical actions and operational cases as tables: every row the list screen would
//! page through, by the same queries.

use rusqlite::Connection;

use super::filters::{label, Lines};
use super::table::{Cell, Column, Kind, Table};
use crate::cooperation::operational::{self, CaseFilter};
use crate::cooperation::technical::{self, ActionFilter, ActionSort, SortColumn, MAX_PAGE};
use crate::error::Result;
use crate::i18n::tr;

fn action_lines(conn: &Connection, f: &ActionFilter) -> Result<Lines> {
    let mut l = Lines::default();
    l.year(f.year);
    l.date("export-filter-from", f.from);
    l.date("export-filter-to", f.to);
    l.country("export-filter-country", f.country.as_deref())?;
    if let Some(c) = f.continent.as_deref().filter(|c| !c.is_empty()) {
        l.push("export-filter-continent", crate::country::continent_name(c));
    }
    l.ssi(conn, f.ssi_id)?;
    l.named(
        conn,
        "export-filter-kind",
        "SELECT name_fr FROM action_kind WHERE id = ?1",
        f.kind_id,
        "what-action-kind",
    )?;
    l.domain(conn, f.domain_id)?;
    l.named(
        conn,
        "export-filter-programme",
        "SELECT name FROM programme WHERE id = ?1",
        f.programme_id,
        "what-programme",
    )?;
    l.named(
        conn,
        "export-filter-funder",
        "SELECT name FROM funder WHERE id = ?1",
        f.funder_id,
        "what-funder",
    )?;
    if let Some(s) = f.status {
        l.push("export-filter-status", label("action-status", s)?);
    }
    l.text(f.text.as_deref());
    Ok(l)
}

fn sort_line(sort: ActionSort) -> String {
    let column = match sort.column {
        SortColumn::Reference => "export-col-reference",
        SortColumn::StartDate => "export-col-start",
        SortColumn::Country => "export-col-country",
        SortColumn::Ssi => "export-col-ssi",
        SortColumn::Kind => "export-col-kind",
        SortColumn::Domain => "export-col-domain",
        SortColumn::Participants => "export-col-participants",
        SortColumn::Cost => "export-col-cost",
        SortColumn::Status => "export-col-status",
    };
    let direction = if sort.descending {
        "export-sort-descending"
    } else {
        "export-sort-ascending"
    };
    let value = format!("{} ({})", tr(column, &[]), tr(direction, &[]));
    tr("export-filter-sort", &crate::i18n::args([("value", value)]))
}

pub(crate) fn actions(conn: &Connection, filter: &ActionFilter, sort: ActionSort) -> Result<Table> {
    let mut lines = action_lines(conn, filter)?;
    let mut rows = Vec::new();
    loop {
        let page = technical::list(conn, filter, sort, rows.len() as i64, MAX_PAGE)?;
        let done =
            page.rows.is_empty() || rows.len() as i64 + page.rows.len() as i64 >= page.total_count;
        for a in page.rows {
            rows.push(vec![
                a.reference.into(),
                a.title.into(),
                a.ssi_code.into(),
                a.country_name.into(),
                a.country.into(),
                a.kind.into(),
                a.domain.into(),
                a.programme.into(),
                a.funder.into(),
                a.start_date.into(),
                a.end_date.into(),
                a.participants.into(),
                Cell::Money(a.cost_cents),
                label("action-status", a.status)?.into(),
                Cell::yes_no(a.in_coverage),
            ]);
        }
        if done {
            break;
        }
    }
    if sort != ActionSort::default() {
        lines.0.push(sort_line(sort));
    }
    let columns = vec![
        Column::new("export-col-reference", Kind::Text).wide(16.0),
        Column::new("export-col-title", Kind::Text).wide(40.0),
        Column::new("export-col-ssi", Kind::Text).wide(7.0),
        Column::new("export-col-country", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-kind", Kind::Text),
        Column::new("export-col-domain", Kind::Text),
        Column::new("export-col-programme", Kind::Text),
        Column::new("export-col-funder", Kind::Text),
        Column::new("export-col-start", Kind::Date),
        Column::new("export-col-end", Kind::Date),
        Column::new("export-col-participants", Kind::Integer),
        Column::new("export-col-cost", Kind::Money),
        Column::new("export-col-status", Kind::Text).wide(10.0),
        Column::new("export-col-in-coverage", Kind::Text).wide(10.0),
    ];
    Ok(Table::new("actions", lines.0, columns, rows))
}

pub(crate) fn cases(conn: &Connection, filter: &CaseFilter) -> Result<Table> {
    let mut l = Lines::default();
    l.year(filter.year);
    l.country("export-filter-country", filter.country.as_deref())?;
    l.ssi(conn, filter.ssi_id)?;
    l.named(
        conn,
        "export-filter-kind",
        "SELECT name_fr FROM case_kind WHERE id = ?1",
        filter.kind_id,
        "what-case-kind",
    )?;
    l.domain(conn, filter.domain_id)?;
    if let Some(c) = filter.channel {
        l.push("export-filter-channel", label("channel", c)?);
    }
    l.text(filter.text.as_deref());
    let mut rows = Vec::new();
    loop {
        let page = operational::list(conn, filter, rows.len() as i64, MAX_PAGE)?;
        let done =
            page.rows.is_empty() || rows.len() as i64 + page.rows.len() as i64 >= page.total_count;
        for c in page.rows {
            rows.push(vec![
                c.reference.into(),
                c.opened_on.into(),
                c.ssi_code.into(),
                c.country_name.into(),
                c.country.into(),
                c.kind.into(),
                c.domain.into(),
                label("channel", c.channel)?.into(),
                c.persons_located.into(),
                c.arrest_warrants.into(),
            ]);
        }
        if done {
            break;
        }
    }
    let columns = vec![
        Column::new("export-col-reference", Kind::Text).wide(16.0),
        Column::new("export-col-date", Kind::Date),
        Column::new("export-col-ssi", Kind::Text).wide(7.0),
        Column::new("export-col-country", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-kind", Kind::Text),
        Column::new("export-col-domain", Kind::Text),
        Column::new("export-col-channel", Kind::Text).wide(12.0),
        Column::new("export-col-located", Kind::Integer).wide(12.0),
        Column::new("export-col-warrants", Kind::Integer).wide(12.0),
    ];
    Ok(Table::new("cases", l.0, columns, rows))
}
