//! Partner units, networks and exchanges as the cell reads them, and one unit's roll-up.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::gign::partner::ExchangeKind;
use crate::gign::trainee_record::{self, TraineeRow};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct UnitRow {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub country_name: String,
    pub networks: Vec<String>,
    pub trainees: i64,
    pub exchanges: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct NetworkRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub units: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ExchangeRow {
    pub id: i64,
    pub kind: ExchangeKind,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub country: String,
    pub country_name: String,
    pub network: Option<String>,
    pub units: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct UnitDetail {
    pub unit: UnitRow,
    pub exchanges: Vec<ExchangeRow>,
    pub trainees: Vec<TraineeRow>,
}

fn split(list: Option<String>) -> Vec<String> {
    list.map(|s| s.split('\u{1f}').map(str::to_owned).collect())
        .unwrap_or_default()
}

const UNIT_SELECT: &str = "SELECT u.id, u.name, u.country, c.name_fr,
        (SELECT group_concat(n.name, char(31)) FROM unit_network un JOIN network n ON n.id = un.network_id
          WHERE un.unit_id = u.id),
        (SELECT count(*) FROM trainee t WHERE t.unit_id = u.id),
        (SELECT count(*) FROM exchange_unit eu WHERE eu.unit_id = u.id)
   FROM foreign_unit u JOIN country c ON c.alpha2 = u.country";

fn unit_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<UnitRow> {
    Ok(UnitRow {
        id: r.get(0)?,
        name: r.get(1)?,
        country: r.get(2)?,
        country_name: r.get(3)?,
        networks: split(r.get(4)?),
        trainees: r.get(5)?,
        exchanges: r.get(6)?,
    })
}

pub fn units(conn: &Connection) -> Result<Vec<UnitRow>> {
    let mut stmt = conn.prepare(&format!(
        "{UNIT_SELECT} ORDER BY c.name_fr COLLATE FR, u.name COLLATE FR"
    ))?;
    let rows = stmt.query_map([], unit_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn networks(conn: &Connection) -> Result<Vec<NetworkRow>> {
    let mut stmt = conn.prepare(
        "SELECT n.id, n.code, n.name, (SELECT count(*) FROM unit_network un WHERE un.network_id = n.id)
           FROM network n ORDER BY n.name COLLATE FR",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(NetworkRow {
            id: r.get(0)?,
            code: r.get(1)?,
            name: r.get(2)?,
            units: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Exchanges starting in `year` (all when `None`), or involving `unit_id`, newest first.
pub fn exchanges(
    conn: &Connection,
    year: Option<i32>,
    unit_id: Option<i64>,
) -> Result<Vec<ExchangeRow>> {
    let mut w = crate::filter::Where::default();
    w.year("x.start_date", year)?;
    w.id(
        "x.id IN (SELECT exchange_id FROM exchange_unit WHERE unit_id = {})",
        unit_id,
    );
    let mut stmt = conn.prepare(&format!(
        "SELECT x.id, x.kind, x.title, x.start_date, x.end_date, x.country, c.name_fr, n.name,
                (SELECT group_concat(u.name, char(31)) FROM exchange_unit eu
                   JOIN foreign_unit u ON u.id = eu.unit_id WHERE eu.exchange_id = x.id)
           FROM exchange x JOIN country c ON c.alpha2 = x.country LEFT JOIN network n ON n.id = x.network_id
          WHERE {} ORDER BY x.start_date DESC, x.id DESC",
        w.sql()
    ))?;
    let rows = stmt.query_map(rusqlite::params_from_iter(w.values.iter()), |r| {
        let kind: String = r.get(1)?;
        Ok(ExchangeRow {
            id: r.get(0)?,
            kind: enum_from_sql(&kind)?,
            title: r.get(2)?,
            start_date: r.get(3)?,
            end_date: r.get(4)?,
            country: r.get(5)?,
            country_name: r.get(6)?,
            network: r.get(7)?,
            units: split(r.get(8)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Everything about one unit: its exchanges and its trainees (with their sessions count).
pub fn unit_detail(conn: &Connection, id: i64) -> Result<UnitDetail> {
    let unit = conn
        .query_row(&format!("{UNIT_SELECT} WHERE u.id = ?1"), [id], unit_row)
        .optional()?
        .ok_or_else(|| Error::not_found("what-unit", id))?;
    let trainees = trainee_record::search_all(conn, "", None, None)?
        .into_iter()
        .filter(|t| t.unit_id == Some(id))
        .collect();
    Ok(UnitDetail {
        exchanges: exchanges(conn, None, Some(id))?,
        trainees,
        unit,
    })
}
