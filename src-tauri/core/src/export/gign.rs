//! GIGN lists as tables: trainees, sessions, requests, partner units and exchanges, by the
//! queries their screens use.

use rusqlite::Connection;

use super::filters::{label, Lines};
use super::table::{Column, Kind, Table};
use crate::error::Result;
use crate::gign::{course, partner_query, request, session, trainee_record};
use crate::i18n::tr;

pub(crate) fn trainees(
    conn: &Connection,
    text: &str,
    state: Option<&str>,
    session_id: Option<i64>,
) -> Result<Table> {
    let mut l = Lines::default();
    l.text(Some(text));
    l.country("export-filter-state", state)?;
    l.named(
        conn,
        "export-filter-session",
        "SELECT co.code || ' ' || co.title || ' (' || strftime('%d/%m/%Y', s.start_date) || ')'
           FROM session s JOIN course co ON co.id = s.course_id WHERE s.id = ?1",
        session_id,
        "what-session",
    )?;
    let rows = trainee_record::search_all(conn, text, state, session_id)?
        .into_iter()
        .map(|t| {
            vec![
                t.last_name.into(),
                t.first_name.into(),
                t.country_name.into(),
                t.country.into(),
                t.unit.into(),
                Some(t.rank).into(),
                t.sessions.into(),
            ]
        })
        .collect();
    let columns = vec![
        Column::new("export-col-last-name", Kind::Text),
        Column::new("export-col-first-name", Kind::Text),
        Column::new("export-col-state", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-unit", Kind::Text).wide(30.0),
        Column::new("export-col-rank", Kind::Text),
        Column::new("export-col-sessions", Kind::Integer),
    ];
    Ok(Table::new("trainees", l.0, columns, rows))
}

pub(crate) fn sessions(conn: &Connection, year: Option<i32>) -> Result<Table> {
    let mut l = Lines::default();
    l.year(year);
    let mut rows = Vec::new();
    for s in session::list(conn, year)? {
        rows.push(vec![
            s.start_date.into(),
            s.end_date.into(),
            s.course_code.into(),
            s.course_title.into(),
            s.place_country_name.into(),
            s.place_country.into(),
            Some(s.city).into(),
            Some(s.language).into(),
            s.capacity.into(),
            s.enrolled.into(),
            s.waiting.into(),
            label("session-status", s.status)?.into(),
            Some(s.instructors.join(", ")).into(),
            s.request_reference.into(),
        ]);
    }
    let columns = vec![
        Column::new("export-col-start", Kind::Date),
        Column::new("export-col-end", Kind::Date),
        Column::new("export-col-course-code", Kind::Text).wide(10.0),
        Column::new("export-col-course", Kind::Text).wide(36.0),
        Column::new("export-col-country", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-city", Kind::Text),
        Column::new("export-col-language", Kind::Text).wide(10.0),
        Column::new("export-col-capacity", Kind::Integer),
        Column::new("export-col-enrolled", Kind::Integer),
        Column::new("export-col-waiting", Kind::Integer),
        Column::new("export-col-status", Kind::Text).wide(11.0),
        Column::new("export-col-instructors", Kind::Text).wide(30.0),
        Column::new("export-col-request", Kind::Text).wide(16.0),
    ];
    Ok(Table::new("sessions", l.0, columns, rows))
}

pub(crate) fn requests(conn: &Connection, year: Option<i32>) -> Result<Table> {
    let mut l = Lines::default();
    l.year(year);
    let mut rows = Vec::new();
    for r in request::list(conn, year)? {
        rows.push(vec![
            r.reference.into(),
            r.received_on.into(),
            r.country_name.into(),
            r.country.into(),
            label("request-kind", r.kind)?.into(),
            r.subject.into(),
            label("request-status", r.status)?.into(),
            r.sessions.into(),
        ]);
    }
    let columns = vec![
        Column::new("export-col-reference", Kind::Text).wide(16.0),
        Column::new("export-col-received", Kind::Date),
        Column::new("export-col-country", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-kind", Kind::Text).wide(11.0),
        Column::new("export-col-subject", Kind::Text).wide(40.0),
        Column::new("export-col-status", Kind::Text).wide(11.0),
        Column::new("export-col-sessions", Kind::Integer),
    ];
    Ok(Table::new("requests", l.0, columns, rows))
}

pub(crate) fn units(conn: &Connection) -> Result<Table> {
    let rows = partner_query::units(conn)?
        .into_iter()
        .map(|u| {
            vec![
                u.name.into(),
                u.country_name.into(),
                u.country.into(),
                Some(u.networks.join(", ")).into(),
                u.trainees.into(),
                u.exchanges.into(),
            ]
        })
        .collect();
    let columns = vec![
        Column::new("export-col-name", Kind::Text).wide(36.0),
        Column::new("export-col-state", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-networks", Kind::Text).wide(30.0),
        Column::new("export-col-trainees", Kind::Integer),
        Column::new("export-col-exchanges", Kind::Integer),
    ];
    Ok(Table::new("units", Vec::new(), columns, rows))
}

pub(crate) fn exchanges(conn: &Connection, year: Option<i32>) -> Result<Table> {
    let mut l = Lines::default();
    l.year(year);
    let mut rows = Vec::new();
    for x in partner_query::exchanges(conn, year, None)? {
        rows.push(vec![
            x.start_date.into(),
            x.end_date.into(),
            label("exchange-kind", x.kind)?.into(),
            x.title.into(),
            x.country_name.into(),
            x.country.into(),
            x.network.into(),
            Some(x.units.join(", ")).into(),
        ]);
    }
    let columns = vec![
        Column::new("export-col-start", Kind::Date),
        Column::new("export-col-end", Kind::Date),
        Column::new("export-col-kind", Kind::Text),
        Column::new("export-col-title", Kind::Text).wide(40.0),
        Column::new("export-col-country", Kind::Text),
        Column::new("export-col-iso", Kind::Text).wide(9.0),
        Column::new("export-col-network", Kind::Text),
        Column::new("export-col-units", Kind::Text).wide(36.0),
    ];
    Ok(Table::new("exchanges", l.0, columns, rows))
}

/// The catalogue as the screen lists it: courses in use first, archived ones only on demand.
pub(crate) fn courses(conn: &Connection, archived: bool) -> Result<Table> {
    let mut l = Lines::default();
    if archived {
        l.push("export-filter-archived", tr("export-included", &[]));
    }
    let mut rows = Vec::new();
    for c in course::list(conn)?
        .into_iter()
        .filter(|c| archived || !c.archived)
    {
        let state = if c.archived { "archived" } else { "active" };
        rows.push(vec![
            c.code.into(),
            c.title.into(),
            label("mission", c.mission)?.into(),
            label("level", c.level)?.into(),
            c.duration_days.into(),
            c.capacity.into(),
            c.prerequisites.into(),
            c.sessions.into(),
            tr(&format!("export-course-{state}"), &[]).into(),
        ]);
    }
    let columns = vec![
        Column::new("export-col-code", Kind::Text).wide(10.0),
        Column::new("export-col-title", Kind::Text).wide(40.0),
        Column::new("export-col-mission", Kind::Text).wide(22.0),
        Column::new("export-col-level", Kind::Text).wide(14.0),
        Column::new("export-col-duration", Kind::Integer),
        Column::new("export-col-capacity", Kind::Integer),
        Column::new("export-col-prerequisites", Kind::Text).wide(36.0),
        Column::new("export-col-sessions", Kind::Integer),
        Column::new("export-col-course-state", Kind::Text).wide(12.0),
    ];
    Ok(Table::new("courses", l.0, columns, rows))
}
