//! Foreign intervention units, the networks they belong to (ATLAS, special means,
//! negotiators) and the exchanges the GIGN holds with them.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::validate::enum_str;
use crate::{country, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE foreign_unit (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL REFERENCES country (alpha2),
    UNIQUE (name, country)
) STRICT;
CREATE TABLE network (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
) STRICT;
CREATE TABLE unit_network (
    unit_id    INTEGER NOT NULL REFERENCES foreign_unit (id) ON DELETE CASCADE,
    network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
    PRIMARY KEY (unit_id, network_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE exchange (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('tactical', 'technical', 'retex', 'seminar',
                   'training_mission', 'expertise')),
    title      TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,
    country    TEXT NOT NULL REFERENCES country (alpha2),
    network_id INTEGER REFERENCES network (id),
    CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX exchange_start ON exchange (start_date);
CREATE TABLE exchange_unit (
    exchange_id INTEGER NOT NULL REFERENCES exchange (id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES foreign_unit (id),
    PRIMARY KEY (exchange_id, unit_id)
) STRICT, WITHOUT ROWID;
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ExchangeKind {
    Tactical,
    Technical,
    /// Lessons learned (retour d'expérience).
    Retex,
    Seminar,
    TrainingMission,
    Expertise,
}

pub fn insert_network(conn: &Connection, code: &str, name: &str) -> Result<i64> {
    let code = validate::text("code", code, 20)?;
    let name = validate::text("name", name, 120)?;
    validate::unique(conn, "network", "code", &code, "code")?;
    conn.execute(
        "INSERT INTO network (code, name) VALUES (?1, ?2)",
        [code, name],
    )?;
    Ok(conn.last_insert_rowid())
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewUnit {
    pub name: String,
    pub country: String,
    pub network_ids: Vec<i64>,
}

pub fn insert_unit(conn: &Connection, new: &NewUnit) -> Result<i64> {
    let name = validate::text("name", &new.name, 160)?;
    let country = country::check("country", &new.country)?;
    for id in &new.network_ids {
        validate::exists(conn, "network", *id, "network_ids", "what-network")?;
    }
    conn.execute(
        "INSERT INTO foreign_unit (name, country) VALUES (?1, ?2)",
        [&name, &country],
    )?;
    let id = conn.last_insert_rowid();
    for network in &new.network_ids {
        conn.execute(
            "INSERT OR IGNORE INTO unit_network (unit_id, network_id) VALUES (?1, ?2)",
            params![id, network],
        )?;
    }
    Ok(id)
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewExchange {
    pub kind: ExchangeKind,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// Where it takes place (FR when in France).
    pub country: String,
    pub network_id: Option<i64>,
    pub unit_ids: Vec<i64>,
}

pub fn insert_exchange(conn: &Connection, new: &NewExchange) -> Result<i64> {
    let title = validate::text("title", &new.title, 200)?;
    let country = country::check("country", &new.country)?;
    validate::date_order("end_date", new.start_date, Some(new.end_date))?;
    if let Some(id) = new.network_id {
        validate::exists(conn, "network", id, "network_id", "what-network")?;
    }
    for id in &new.unit_ids {
        validate::exists(conn, "foreign_unit", *id, "unit_ids", "what-unit")?;
    }
    conn.execute(
        "INSERT INTO exchange (kind, title, start_date, end_date, country, network_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            enum_str(new.kind)?,
            title,
            new.start_date,
            new.end_date,
            country,
            new.network_id
        ],
    )?;
    let id = conn.last_insert_rowid();
    for unit in &new.unit_ids {
        conn.execute(
            "INSERT OR IGNORE INTO exchange_unit (exchange_id, unit_id) VALUES (?1, ?2)",
            params![id, unit],
        )?;
    }
    Ok(id)
}
