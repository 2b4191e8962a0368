//! Bilateral and multilateral technical-cooperation programmes, their funders and
//! beneficiary countries.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::country::{self, CountryRef};
use crate::error::{Error, Result};
use crate::reference::Lateral;
use crate::{i18n, validate};

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

/// The budget of each year of a programme, filled from the total at creation (spread
/// evenly over the years of its period) and adjustable year by year.
pub(crate) const BUDGET_MIGRATION: &str = "
CREATE TABLE programme_budget (
    programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    budget_cents INTEGER NOT NULL CHECK (budget_cents >= 0),
    PRIMARY KEY (programme_id, year)
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

/// The rules on a programme's fields and links; returns the cleaned code, name and
/// countries (`except`: the programme edited).
fn checked(
    conn: &Connection,
    new: &NewProgramme,
    except: Option<i64>,
) -> Result<(String, String, Vec<String>)> {
    let code = validate::text("code", &new.code, 30)?;
    let name = validate::text("name", &new.name, 200)?;
    validate::non_negative_amount("budget_cents", new.budget_cents)?;
    validate::date_order("end_date", new.start_date, new.end_date)?;
    validate::unique_except(conn, "programme", "code", &code, "code", except)?;
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
    Ok((code, name, countries))
}

/// Writes programme `id`'s funders and countries (the old ones gone).
fn set_links(conn: &Connection, id: i64, new: &NewProgramme, countries: &[String]) -> Result<()> {
    conn.execute("DELETE FROM programme_funder WHERE programme_id = ?1", [id])?;
    conn.execute(
        "DELETE FROM programme_country WHERE programme_id = ?1",
        [id],
    )?;
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
    Ok(())
}

pub fn insert(conn: &Connection, new: &NewProgramme) -> Result<i64> {
    let (code, name, countries) = checked(conn, new, None)?;
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
    set_links(conn, id, new, &countries)?;
    spread_budget(conn, id)?;
    Ok(id)
}

/// Puts programme `id` back as `new` with the yearly budgets `years` (a revert), through
/// the rules of `insert` and of `set_year_budget`.
pub fn restore(conn: &Connection, id: i64, new: &NewProgramme, years: &[(i32, i64)]) -> Result<()> {
    validate::exists(conn, "programme", id, "id", "what-programme")?;
    let (code, name, countries) = checked(conn, new, Some(id))?;
    conn.execute(
        "UPDATE programme SET code = ?1, name = ?2, kind = ?3, budget_cents = ?4,
                start_date = ?5, end_date = ?6 WHERE id = ?7",
        params![
            code,
            name,
            new.kind.as_str(),
            new.budget_cents,
            new.start_date,
            new.end_date,
            id
        ],
    )?;
    set_links(conn, id, new, &countries)?;
    let kept: Vec<i32> = years.iter().map(|(y, _)| *y).collect();
    let now: Vec<i32> = conn
        .prepare("SELECT year FROM programme_budget WHERE programme_id = ?1")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for year in now.iter().filter(|y| !kept.contains(y)) {
        conn.execute(
            "DELETE FROM programme_budget WHERE programme_id = ?1 AND year = ?2",
            params![id, year],
        )?;
    }
    for (year, budget) in years {
        set_year_budget(conn, id, *year, *budget)?;
    }
    Ok(())
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
    /// Budget, spending and actions year by year.
    pub years: Vec<ProgrammeYear>,
    /// "Union européenne (60 %)", in decreasing share.
    pub funders: Vec<FunderShare>,
    /// Beneficiary countries, by French name.
    pub countries: Vec<CountryRef>,
    pub actions: i64,
    /// Cost of its non-cancelled actions.
    pub spent_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ProgrammeYear {
    pub year: i32,
    pub budget_cents: i64,
    /// Cost of the year's non-cancelled actions.
    pub spent_cents: i64,
    pub actions: i64,
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

pub fn list(conn: &Connection) -> Result<Vec<ProgrammeRow>> {
    let mut shares = conn.prepare(
        "SELECT pf.funder_id, f.name, pf.share_pct FROM programme_funder pf
           JOIN funder f ON f.id = pf.funder_id WHERE pf.programme_id = ?1 ORDER BY pf.share_pct DESC",
    )?;
    let mut years = conn.prepare(
        "WITH spent AS (SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS year, count(*) AS n,
                               sum(cost_cents) AS cost
                          FROM technical_action WHERE programme_id = ?1 AND status <> 'cancelled' GROUP BY 1),
              y AS (SELECT year FROM programme_budget WHERE programme_id = ?1 UNION SELECT year FROM spent)
         SELECT y.year, coalesce(b.budget_cents, 0), coalesce(spent.cost, 0), coalesce(spent.n, 0)
           FROM y LEFT JOIN programme_budget b ON b.programme_id = ?1 AND b.year = y.year
           LEFT JOIN spent USING (year) ORDER BY y.year",
    )?;
    let mut countries = conn.prepare(
        "SELECT pc.country, c.name_fr FROM programme_country pc JOIN country c ON c.alpha2 = pc.country
          WHERE pc.programme_id = ?1 ORDER BY c.name_fr COLLATE FR",
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
            kind: enum_from_sql(&kind)?,
            budget_cents: r.get(4)?,
            start_date: r.get(5)?,
            end_date: r.get(6)?,
            funders: Vec::new(),
            countries: Vec::new(),
            years: Vec::new(),
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
        row.years = years
            .query_map([row.id], |r| {
                Ok(ProgrammeYear {
                    year: r.get(0)?,
                    budget_cents: r.get(1)?,
                    spent_cents: r.get(2)?,
                    actions: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        row.countries = countries
            .query_map([row.id], |r| {
                Ok(CountryRef {
                    alpha2: r.get(0)?,
                    name_fr: r.get(1)?,
                })
            })?
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
           FROM funder f ORDER BY f.name COLLATE FR",
    )?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(2)?;
        Ok(FunderRow {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: enum_from_sql(&kind)?,
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

/// Spreads the total budget evenly over the years of the period (the last year takes the
/// rounding), for a programme that has no yearly budget yet. An open-ended programme is
/// budgeted on its first year.
pub fn spread_budget(conn: &Connection, id: i64) -> Result<()> {
    let (total, start, end): (i64, NaiveDate, Option<NaiveDate>) = conn.query_row(
        "SELECT budget_cents, start_date, end_date FROM programme WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let has: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM programme_budget WHERE programme_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if has {
        return Ok(());
    }
    use chrono::Datelike;
    let first = start.year();
    let last = end.map_or(first, |e| e.year());
    let n = i64::from(last - first + 1);
    for year in first..=last {
        let share = if year == last {
            total - total / n * (n - 1)
        } else {
            total / n
        };
        set_year_budget(conn, id, year, share)?;
    }
    Ok(())
}

/// Sets a programme's budget for one year.
pub fn set_year_budget(conn: &Connection, id: i64, year: i32, budget_cents: i64) -> Result<()> {
    validate::exists(conn, "programme", id, "id", "what-programme")?;
    crate::validate::year(year)?;
    validate::non_negative_amount("budget_cents", budget_cents)?;
    conn.execute(
        "INSERT INTO programme_budget (programme_id, year, budget_cents) VALUES (?1, ?2, ?3)
         ON CONFLICT (programme_id, year) DO UPDATE SET budget_cents = ?3",
        params![id, year, budget_cents],
    )?;
    Ok(())
}
