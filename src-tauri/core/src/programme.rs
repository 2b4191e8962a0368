//! Bilateral and multilateral technical-cooperation programmes, their funders and
//! beneficiary countries.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

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

/// A programme with its funders, what its actions cost, and how many there are.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ProgrammeRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub kind: Lateral,
    pub budget_cents: i64,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    /// "Union européenne (60 %)", in decreasing share.
    pub funders: Vec<FunderShare>,
    pub countries: Vec<String>,
    pub actions: i64,
    /// Cost of its non-cancelled actions.
    pub spent_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct FunderShare {
    pub funder_id: i64,
    pub name: String,
    pub share_pct: f64,
}

/// A funder with the programmes it contributes to.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct FunderRow {
    pub id: i64,
    pub name: String,
    pub kind: Lateral,
    pub programmes: Vec<String>,
    /// Its share of the budgets of those programmes.
    pub committed_cents: i64,
}

fn lateral(s: &str) -> Lateral {
    if s == "multilateral" {
        Lateral::Multilateral
    } else {
        Lateral::Bilateral
    }
}

pub fn list(conn: &Connection) -> Result<Vec<ProgrammeRow>> {
    let mut shares = conn.prepare(
        "SELECT pf.funder_id, f.name, pf.share_pct FROM programme_funder pf
           JOIN funder f ON f.id = pf.funder_id WHERE pf.programme_id = ?1 ORDER BY pf.share_pct DESC",
    )?;
    let mut countries = conn.prepare(
        "SELECT country FROM programme_country WHERE programme_id = ?1 ORDER BY country",
    )?;
    let mut stmt = conn.prepare(
        "SELECT p.id, p.code, p.name, p.kind, p.budget_cents, p.start_date, p.end_date,
                count(a.id), coalesce(sum(a.cost_cents), 0)
           FROM programme p
           LEFT JOIN technical_action a ON a.programme_id = p.id AND a.status <> 'cancelled'
          GROUP BY p.id ORDER BY p.start_date DESC, p.code",
    )?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(3)?;
        Ok(ProgrammeRow {
            id: r.get(0)?,
            code: r.get(1)?,
            name: r.get(2)?,
            kind: lateral(&kind),
            budget_cents: r.get(4)?,
            start_date: r.get(5)?,
            end_date: r.get(6)?,
            funders: Vec::new(),
            countries: Vec::new(),
            actions: r.get(7)?,
            spent_cents: r.get(8)?,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        let mut row = row?;
        row.funders = shares
            .query_map([row.id], |r| {
                Ok(FunderShare {
                    funder_id: r.get(0)?,
                    name: r.get(1)?,
                    share_pct: r.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        row.countries = countries
            .query_map([row.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        out.push(row);
    }
    Ok(out)
}

pub fn funders(conn: &Connection) -> Result<Vec<FunderRow>> {
    let mut programmes = conn.prepare(
        "SELECT p.code || ' — ' || p.name FROM programme_funder pf JOIN programme p ON p.id = pf.programme_id
          WHERE pf.funder_id = ?1 ORDER BY p.start_date DESC",
    )?;
    let mut stmt = conn.prepare(
        "SELECT f.id, f.name, f.kind,
                coalesce((SELECT sum(CAST(p.budget_cents * pf.share_pct / 100 AS INTEGER))
                            FROM programme_funder pf JOIN programme p ON p.id = pf.programme_id
                           WHERE pf.funder_id = f.id), 0)
           FROM funder f ORDER BY f.name",
    )?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(2)?;
        Ok(FunderRow {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: lateral(&kind),
            programmes: Vec::new(),
            committed_cents: r.get(3)?,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        let mut row = row?;
        row.programmes = programmes
            .query_map([row.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        out.push(row);
    }
    Ok(out)
}
