//! Foreign intervention units, the networks they belong to (ATLAS, special means,
//! negotiators) and the exchanges the GIGN holds with them.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::validate::{enum_from_sql, enum_str};
use crate::{country, i18n, validate};

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct NewUnit {
    pub name: String,
    pub country: String,
    pub network_ids: Vec<i64>,
}

/// The unit form's rules; returns the cleaned values.
fn checked_unit(conn: &Connection, new: &NewUnit, except: Option<i64>) -> Result<NewUnit> {
    let mut c = validate::Checks::default();
    let name = c.take(validate::text("name", &new.name, 160))?;
    let country = c.take(country::check("country", &new.country))?;
    for id in &new.network_ids {
        c.take(validate::exists(
            conn,
            "network",
            *id,
            "network_ids",
            "what-network",
        ))?;
    }
    if !c.refused("name") && !c.refused("country") {
        let taken: Option<i64> = conn
            .prepare_cached("SELECT id FROM foreign_unit WHERE name = ?1 AND country = ?2")?
            .query_row([&name, &country], |r| r.get(0))
            .optional()?;
        if taken.is_some() && taken != except {
            c.take::<()>(Err(Error::conflict(
                "err-duplicate",
                i18n::args([("value", name.clone())]),
            )
            .with_field("name")))?;
        }
    }
    c.done()?;
    Ok(NewUnit {
        name,
        country,
        network_ids: new.network_ids.clone(),
    })
}

/// The rows of the link table `link` (`table (owner, item)`) of `owner` become exactly `ids`.
/// The table and column names are constants of this file, never input.
fn set_links(conn: &Connection, link: (&str, &str, &str), owner: i64, ids: &[i64]) -> Result<()> {
    let (table, owner_col, item_col) = link;
    conn.execute(
        &format!(
            "DELETE FROM {table} WHERE {owner_col} = ?1 AND {item_col} NOT IN (SELECT value FROM json_each(?2))"
        ),
        params![owner, serde_json::to_string(ids).map_err(Error::internal)?],
    )?;
    let mut insert = conn.prepare_cached(&format!(
        "INSERT OR IGNORE INTO {table} ({owner_col}, {item_col}) VALUES (?1, ?2)"
    ))?;
    for item in ids {
        insert.execute(params![owner, item])?;
    }
    Ok(())
}

/// The items `owner` is linked to in `link`, in id order.
fn links_of(conn: &Connection, link: (&str, &str, &str), owner: i64) -> Result<Vec<i64>> {
    let (table, owner_col, item_col) = link;
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {item_col} FROM {table} WHERE {owner_col} = ?1 ORDER BY {item_col}"
        ))?
        .query_map([owner], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A unit's networks.
const UNIT_NETWORKS: (&str, &str, &str) = ("unit_network", "unit_id", "network_id");
/// An exchange's units.
const EXCHANGE_UNITS: (&str, &str, &str) = ("exchange_unit", "exchange_id", "unit_id");

pub fn insert_unit(conn: &Connection, new: &NewUnit) -> Result<i64> {
    let u = checked_unit(conn, new, None)?;
    conn.execute(
        "INSERT INTO foreign_unit (name, country) VALUES (?1, ?2)",
        [&u.name, &u.country],
    )?;
    let id = conn.last_insert_rowid();
    set_links(conn, UNIT_NETWORKS, id, &u.network_ids)?;
    Ok(id)
}

/// Changes unit `id` with the rules of `insert_unit`.
pub fn update_unit(conn: &Connection, id: i64, new: &NewUnit) -> Result<()> {
    validate::exists(conn, "foreign_unit", id, "id", "what-unit")?;
    let u = checked_unit(conn, new, Some(id))?;
    conn.execute(
        "UPDATE foreign_unit SET name = ?1, country = ?2 WHERE id = ?3",
        params![u.name, u.country, id],
    )?;
    set_links(conn, UNIT_NETWORKS, id, &u.network_ids)
}

/// Unit `id` as its form edits it.
pub fn unit_input(conn: &Connection, id: i64) -> Result<NewUnit> {
    let (name, country): (String, String) = conn
        .query_row(
            "SELECT name, country FROM foreign_unit WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-unit", id))?;
    let network_ids = links_of(conn, UNIT_NETWORKS, id)?;
    Ok(NewUnit {
        name,
        country,
        network_ids,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
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

/// The exchange form's rules; returns the cleaned values.
fn checked_exchange(conn: &Connection, new: &NewExchange) -> Result<NewExchange> {
    let mut c = validate::Checks::default();
    let title = c.take(validate::text("title", &new.title, 200))?;
    let country = c.take(country::check("country", &new.country))?;
    c.take(validate::date_order(
        "end_date",
        new.start_date,
        Some(new.end_date),
    ))?;
    if let Some(id) = new.network_id {
        c.take(validate::exists(
            conn,
            "network",
            id,
            "network_id",
            "what-network",
        ))?;
    }
    for id in &new.unit_ids {
        c.take(validate::exists(
            conn,
            "foreign_unit",
            *id,
            "unit_ids",
            "what-unit",
        ))?;
    }
    c.done()?;
    Ok(NewExchange {
        title,
        country,
        ..new.clone()
    })
}

pub fn insert_exchange(conn: &Connection, new: &NewExchange) -> Result<i64> {
    let x = checked_exchange(conn, new)?;
    conn.execute(
        "INSERT INTO exchange (kind, title, start_date, end_date, country, network_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            enum_str(x.kind)?,
            x.title,
            x.start_date,
            x.end_date,
            x.country,
            x.network_id
        ],
    )?;
    let id = conn.last_insert_rowid();
    set_links(conn, EXCHANGE_UNITS, id, &x.unit_ids)?;
    Ok(id)
}

/// Changes exchange `id` with the rules of `insert_exchange`.
pub fn update_exchange(conn: &Connection, id: i64, new: &NewExchange) -> Result<()> {
    validate::exists(conn, "exchange", id, "id", "what-exchange")?;
    let x = checked_exchange(conn, new)?;
    conn.execute(
        "UPDATE exchange SET kind = ?1, title = ?2, start_date = ?3, end_date = ?4, country = ?5,
                network_id = ?6 WHERE id = ?7",
        params![
            enum_str(x.kind)?,
            x.title,
            x.start_date,
            x.end_date,
            x.country,
            x.network_id,
            id
        ],
    )?;
    set_links(conn, EXCHANGE_UNITS, id, &x.unit_ids)
}

/// Exchange `id` as its form edits it.
pub fn exchange_input(conn: &Connection, id: i64) -> Result<NewExchange> {
    let row = conn
        .query_row(
            "SELECT kind, title, start_date, end_date, country, network_id FROM exchange WHERE id = ?1",
            [id],
            |r| {
                let kind: String = r.get(0)?;
                Ok(NewExchange {
                    kind: enum_from_sql(&kind)?,
                    title: r.get(1)?,
                    start_date: r.get(2)?,
                    end_date: r.get(3)?,
                    country: r.get(4)?,
                    network_id: r.get(5)?,
                    unit_ids: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-exchange", id))?;
    let unit_ids = links_of(conn, EXCHANGE_UNITS, id)?;
    Ok(NewExchange { unit_ids, ..row })
}
