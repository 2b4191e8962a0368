//! Operational cooperation cases. A case is known by its reference number only: the
//! identity of a wanted person is never stored.

mod query;

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::reference::RefList;
use crate::store::sql;
use crate::{country, i18n, validate};

pub use query::{list, CaseFilter, CasePage, CaseRow};

pub(crate) const MIGRATION: &str = "
CREATE TABLE operational_case (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    ssi_id          INTEGER NOT NULL REFERENCES ssi (id),
    country         TEXT NOT NULL REFERENCES country (alpha2),
    kind_id         INTEGER NOT NULL REFERENCES case_kind (id),
    domain_id       INTEGER NOT NULL REFERENCES domain (id),
    opened_on       TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('none', 'interpol', 'europol', 'schengen')),
    persons_located INTEGER NOT NULL CHECK (persons_located >= 0),
    arrest_warrants INTEGER NOT NULL CHECK (arrest_warrants >= 0 AND arrest_warrants <= persons_located)
) STRICT;
CREATE INDEX operational_case_date ON operational_case (opened_on);
CREATE INDEX operational_case_country ON operational_case (country, opened_on);
";

/// The cooperation channel used alongside the SSI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case", rename = "CaseChannel")]
pub enum Channel {
    None,
    Interpol,
    Europol,
    Schengen,
}

/// A case as the form edits it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct CaseInput {
    /// The case reference; never a person's name.
    pub reference: String,
    pub ssi_id: i64,
    pub country: String,
    pub kind_id: i64,
    pub domain_id: i64,
    pub opened_on: NaiveDate,
    pub channel: Channel,
    pub persons_located: i64,
    /// Of the persons located, how many were under an arrest warrant.
    pub arrest_warrants: i64,
}

fn checked(conn: &Connection, input: &CaseInput, id: Option<i64>) -> Result<CaseInput> {
    let mut c = validate::Checks::default();
    let reference = c.take(validate::text("reference", &input.reference, 40))?;
    let country = c.take(country::check("country", &input.country))?;
    c.take(validate::non_negative(
        "persons_located",
        input.persons_located,
    ))?;
    c.take(validate::non_negative(
        "arrest_warrants",
        input.arrest_warrants,
    ))?;
    if input.arrest_warrants > input.persons_located {
        c.take::<()>(Err(Error::invalid(
            "arrest_warrants",
            "err-warrants-exceed",
            i18n::args([
                ("warrants", input.arrest_warrants),
                ("located", input.persons_located),
            ]),
        )))?;
    }
    super::check_shared(
        &mut c,
        conn,
        ("operational_case", &reference, id),
        input.ssi_id,
        (RefList::CaseKind, input.kind_id),
        input.domain_id,
    )?;
    c.done()?;
    Ok(CaseInput {
        reference,
        country,
        ..input.clone()
    })
}

const COLUMNS: &str = "reference, ssi_id, country, kind_id, domain_id, opened_on, channel,
    persons_located, arrest_warrants";

/// The column values in `COLUMNS` order, then `extra` (the id for an update).
fn values(c: &CaseInput, extra: Option<i64>) -> Result<Vec<Value>> {
    let mut v = vec![
        Value::Text(c.reference.clone()),
        Value::Integer(c.ssi_id),
        Value::Text(c.country.clone()),
        Value::Integer(c.kind_id),
        Value::Integer(c.domain_id),
        Value::Text(c.opened_on.to_string()),
        Value::Text(validate::enum_str(c.channel)?),
        Value::Integer(c.persons_located),
        Value::Integer(c.arrest_warrants),
    ];
    v.extend(extra.map(Value::Integer));
    Ok(v)
}

pub fn insert(conn: &Connection, input: &CaseInput) -> Result<i64> {
    let c = checked(conn, input, None)?;
    conn.prepare_cached(&sql::insert("operational_case", COLUMNS))?
        .execute(params_from_iter(values(&c, None)?))?;
    Ok(conn.last_insert_rowid())
}

/// Brings back a deleted case under its former `id`, through the same checks.
pub fn reinsert(conn: &Connection, id: i64, input: &CaseInput) -> Result<()> {
    let c = checked(conn, input, Some(id))?;
    conn.execute(
        &sql::insert_with_id("operational_case", COLUMNS),
        params_from_iter(values(&c, Some(id))?),
    )?;
    Ok(())
}

pub fn update(conn: &Connection, id: i64, input: &CaseInput) -> Result<()> {
    validate::exists(conn, "operational_case", id, "id", "what-case")?;
    let c = checked(conn, input, Some(id))?;
    conn.execute(
        &sql::update("operational_case", COLUMNS),
        params_from_iter(values(&c, Some(id))?),
    )?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<CaseInput> {
    conn.query_row(
        "SELECT reference, ssi_id, country, kind_id, domain_id, opened_on, channel,
                persons_located, arrest_warrants
           FROM operational_case WHERE id = ?1",
        [id],
        |r| {
            let channel: String = r.get(6)?;
            Ok(CaseInput {
                reference: r.get(0)?,
                ssi_id: r.get(1)?,
                country: r.get(2)?,
                kind_id: r.get(3)?,
                domain_id: r.get(4)?,
                opened_on: r.get(5)?,
                channel: enum_from_sql(&channel)?,
                persons_located: r.get(7)?,
                arrest_warrants: r.get(8)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("what-case", id))
}

pub fn delete(conn: &Connection, ids: &[i64]) -> Result<usize> {
    validate::delete_ids(conn, "operational_case", ids, "what-case")
}
