//! Bilateral and multilateral technical-cooperation programmes, their funders and
//! beneficiary countries.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::reference::Lateral;
use crate::{country, i18n, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE programme (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('bilateral', 'multilateral')),
    budget_cents INTEGER NOT NULL CHECK (budget_cents >= 0),
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE TABLE programme_funder (
    programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    funder_id    INTEGER NOT NULL REFERENCES funder (id),
    share_pct    REAL NOT NULL CHECK (share_pct > 0 AND share_pct <= 100),
    PRIMARY KEY (programme_id, funder_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE programme_country (
    programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    country      TEXT NOT NULL REFERENCES country (alpha2),
    PRIMARY KEY (programme_id, country)
) STRICT, WITHOUT ROWID;
";

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewProgramme {
    pub code: String,
    pub name: String,
    pub kind: Lateral,
    pub budget_cents: i64,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    /// Funder id and its share of the budget in percent; shares add up to 100.
    pub funders: Vec<(i64, f64)>,
    /// Beneficiary countries, ISO alpha-2.
    pub countries: Vec<String>,
}

pub fn insert(conn: &Connection, new: &NewProgramme) -> Result<i64> {
    let code = validate::text("code", &new.code, 30)?;
    let name = validate::text("name", &new.name, 200)?;
    validate::non_negative("budget_cents", new.budget_cents)?;
    validate::date_order("end_date", new.start_date, new.end_date)?;
    validate::unique(conn, "programme", "code", &code, "code")?;
    let total: f64 = new.funders.iter().map(|(_, s)| s).sum();
    if new.funders.is_empty()
        || (total - 100.0).abs() > 0.01
        || new.funders.iter().any(|(_, s)| *s <= 0.0)
    {
        return Err(Error::invalid(
            "funders",
            "err-shares",
            i18n::args([("total", format!("{total:.1}"))]),
        ));
    }
    let countries = new
        .countries
        .iter()
        .map(|c| country::check("countries", c))
        .collect::<Result<Vec<_>>>()?;
    for (funder, _) in &new.funders {
        validate::exists(conn, "funder", *funder, "funders", "what-funder")?;
    }
    conn.execute(
        "INSERT INTO programme (code, name, kind, budget_cents, start_date, end_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            code,
            name,
            new.kind.as_str(),
            new.budget_cents,
            new.start_date,
            new.end_date
        ],
    )?;
    let id = conn.last_insert_rowid();
    for (funder, share) in &new.funders {
        conn.execute(
            "INSERT INTO programme_funder (programme_id, funder_id, share_pct) VALUES (?1, ?2, ?3)",
            params![id, funder, share],
        )?;
    }
    for c in countries {
        conn.execute(
            "INSERT OR IGNORE INTO programme_country (programme_id, country) VALUES (?1, ?2)",
            params![id, c],
        )?;
    }
    Ok(id)
}
