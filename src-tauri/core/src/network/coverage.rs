//! The countries an SSI covers. A country is covered by at most one open SSI at a time,
//! and an SSI always covers its residence country.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::{country, i18n, validate};

/// Adds `country` to the SSI's coverage. A country is covered by at most one open SSI at a
/// time: refused with `CONFLICT`, naming the other SSI, when their open periods overlap.
pub fn add(conn: &Connection, ssi_id: i64, country_code: &str) -> Result<()> {
    let alpha2 = country::check("country", country_code)?;
    let (opened, closed): (NaiveDate, Option<NaiveDate>) = conn
        .query_row(
            "SELECT opened_on, closed_on FROM ssi WHERE id = ?1",
            [ssi_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-ssi", ssi_id))?;
    let other: Option<(String, String)> = conn
        .query_row(
            "SELECT s.code, s.city FROM ssi_coverage c JOIN ssi s ON s.id = c.ssi_id
             WHERE c.country = ?1 AND s.id <> ?2
               AND s.opened_on <= coalesce(?4, '9999-12-31')
               AND coalesce(s.closed_on, '9999-12-31') >= ?3
             LIMIT 1",
            params![alpha2, ssi_id, opened, closed],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((code, city)) = other {
        let name = country::get(&alpha2).map(|c| c.name_fr).unwrap_or_default();
        return Err(Error::conflict(
            "err-coverage-taken",
            i18n::args([("country", name), ("ssi", format!("{code} ({city})"))]),
        )
        .with_field("country"));
    }
    conn.execute(
        "INSERT OR IGNORE INTO ssi_coverage (ssi_id, country) VALUES (?1, ?2)",
        params![ssi_id, alpha2],
    )?;
    Ok(())
}

/// Removes a country from an SSI's coverage; its residence country cannot be removed.
/// The countries SSI `ssi_id` covers.
pub fn countries(conn: &Connection, ssi_id: i64) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached("SELECT country FROM ssi_coverage WHERE ssi_id = ?1 ORDER BY country")?
        .query_map([ssi_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn remove(conn: &Connection, ssi_id: i64, country: &str) -> Result<()> {
    validate::exists(conn, "ssi", ssi_id, "ssi_id", "what-ssi")?;
    let residence: String = conn.query_row(
        "SELECT residence_country FROM ssi WHERE id = ?1",
        [ssi_id],
        |r| r.get(0),
    )?;
    let country = country.trim().to_uppercase();
    if residence == country {
        return Err(Error::invalid(
            "country",
            "err-residence-coverage",
            Vec::new(),
        ));
    }
    conn.execute(
        "DELETE FROM ssi_coverage WHERE ssi_id = ?1 AND country = ?2",
        params![ssi_id, country],
    )?;
    Ok(())
}
