//! Internal-security services (SSI) in embassies: the registry. Coverage rules: `coverage`.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::coverage;
use crate::error::Result;
use crate::{country, person, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE ssi (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    city              TEXT NOT NULL,
    residence_country TEXT NOT NULL REFERENCES country (alpha2),
    opened_on         TEXT NOT NULL,
    closed_on         TEXT,
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
) STRICT;
CREATE TABLE ssi_coverage (
    ssi_id  INTEGER NOT NULL REFERENCES ssi (id) ON DELETE CASCADE,
    country TEXT NOT NULL REFERENCES country (alpha2),
    PRIMARY KEY (ssi_id, country)
) STRICT, WITHOUT ROWID;
CREATE INDEX ssi_coverage_country ON ssi_coverage (country);
";

/// A new SSI as entered by the user.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewSsi {
    pub code: String,
    pub city: String,
    /// ISO alpha-2 of the country where the post is.
    pub residence_country: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
}

/// One line of the SSI registry.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SsiRow {
    pub id: i64,
    pub code: String,
    pub city: String,
    pub residence_country: String,
    pub residence_country_name: String,
    /// French name of the residence country's continent.
    pub continent: String,
    /// The attaché (ASI) posted today, "First LAST", if any.
    pub head: Option<String>,
    pub covered_countries: Vec<String>,
    pub covered_count: i64,
    /// Agents posted today.
    pub staff_count: i64,
    pub open: bool,
}

/// The SSI table's sortable columns, as the screen names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SsiColumn {
    Code,
    City,
    ResidenceCountryName,
    Continent,
    Head,
    CoveredCount,
    StaffCount,
    Open,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SsiSort {
    pub column: SsiColumn,
    pub descending: bool,
}

/// The form's rules on an SSI's fields; returns the cleaned values (`except`: the SSI edited).
fn checked(conn: &Connection, new: &NewSsi, except: Option<i64>) -> Result<NewSsi> {
    let mut c = validate::Checks::default();
    let code = c
        .take(validate::text("code", &new.code, 12))?
        .to_uppercase();
    let city = c.take(validate::text("city", &new.city, 80))?;
    let residence_country = c.take(country::check("residence_country", &new.residence_country))?;
    c.take(validate::date_order(
        "closed_on",
        new.opened_on,
        new.closed_on,
    ))?;
    if !c.refused("code") {
        c.take(validate::unique_except(
            conn, "ssi", "code", &code, "code", except,
        ))?;
    }
    c.done()?;
    Ok(NewSsi {
        code,
        city,
        residence_country,
        ..new.clone()
    })
}

/// Creates an SSI; its residence country is added to its coverage.
pub fn insert(conn: &Connection, new: &NewSsi) -> Result<i64> {
    let s = checked(conn, new, None)?;
    conn.execute(
        "INSERT INTO ssi (code, city, residence_country, opened_on, closed_on) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![s.code, s.city, s.residence_country, s.opened_on, s.closed_on],
    )?;
    let id = conn.last_insert_rowid();
    coverage::add(conn, id, &s.residence_country)?;
    Ok(id)
}

/// Changes SSI `id`'s fields with the rules of `insert`; its coverage becomes `covered` plus
/// its residence country, each country checked against the new dates (one open SSI per
/// country at a time).
pub fn update(conn: &Connection, id: i64, new: &NewSsi, covered: &[String]) -> Result<()> {
    validate::exists(conn, "ssi", id, "id", "what-ssi")?;
    let s = checked(conn, new, Some(id))?;
    conn.execute(
        "UPDATE ssi SET code = ?1, city = ?2, residence_country = ?3, opened_on = ?4,
                closed_on = ?5 WHERE id = ?6",
        params![
            s.code,
            s.city,
            s.residence_country,
            s.opened_on,
            s.closed_on,
            id
        ],
    )?;
    let keep: Vec<&str> = covered
        .iter()
        .map(String::as_str)
        .chain([s.residence_country.as_str()])
        .collect();
    let now = coverage::countries(conn, id)?;
    for gone in now.iter().filter(|c| !keep.contains(&c.as_str())) {
        conn.execute(
            "DELETE FROM ssi_coverage WHERE ssi_id = ?1 AND country = ?2",
            params![id, gone],
        )?;
    }
    for c in keep {
        coverage::add(conn, id, c)?;
    }
    Ok(())
}

/// The registry as of `today`: every SSI with its head, coverage and staff.
pub fn list(conn: &Connection, today: NaiveDate) -> Result<Vec<SsiRow>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, s.code, s.city, s.residence_country, c.name_fr, c.continent,
                (SELECT a.first_name || char(31) || a.last_name
                   FROM posting p JOIN agent a ON a.id = p.agent_id
                  WHERE p.ssi_id = s.id AND p.role = 'attache' AND p.start_date <= ?1
                    AND (p.end_date IS NULL OR p.end_date >= ?1)
                  ORDER BY p.start_date DESC LIMIT 1),
                (SELECT group_concat(country, ',') FROM
                    (SELECT country FROM ssi_coverage WHERE ssi_id = s.id ORDER BY country)),
                (SELECT count(DISTINCT p.agent_id) FROM posting p
                  WHERE p.ssi_id = s.id AND p.start_date <= ?1
                    AND (p.end_date IS NULL OR p.end_date >= ?1)),
                s.opened_on <= ?1 AND (s.closed_on IS NULL OR s.closed_on >= ?1)
           FROM ssi s JOIN country c ON c.alpha2 = s.residence_country
          ORDER BY s.code",
    )?;
    let rows = stmt.query_map([today], |r| {
        let covered: Option<String> = r.get(7)?;
        let covered_countries: Vec<String> = covered
            .map(|s| s.split(',').map(str::to_owned).collect())
            .unwrap_or_default();
        let continent: String = r.get(5)?;
        Ok(SsiRow {
            id: r.get(0)?,
            code: r.get(1)?,
            city: r.get(2)?,
            residence_country: r.get(3)?,
            residence_country_name: r.get(4)?,
            continent: country::continent_name(&continent),
            head: r
                .get::<_, Option<String>>(6)?
                .map(|n| person::display_name(&n)),
            covered_count: covered_countries.len() as i64,
            covered_countries,
            staff_count: r.get(8)?,
            open: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The SSI id for a code, if any.
pub fn id_by_code(conn: &Connection, code: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM ssi WHERE code = ?1",
            [code.trim().to_uppercase()],
            |r| r.get(0),
        )
        .optional()?)
}
