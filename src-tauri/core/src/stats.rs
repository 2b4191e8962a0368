//! Headline figures, computed in SQL from the records (never stored).

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection};
use serde::Serialize;

use crate::error::Result;
use crate::gign::enrolment::TRAINED;
use crate::gign::session::COUNTED;
use crate::{meta, validate, Store};

/// The dashboard's headline figures for one calendar year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Kpis {
    pub year: i32,
    /// SSIs open at some point of the year.
    pub ssi_count: i64,
    /// Countries covered by those SSIs.
    pub countries_covered: i64,
    /// Technical-cooperation actions starting that year, cancelled ones excluded.
    pub technical_actions: i64,
    /// Wanted persons located abroad through the SSIs.
    pub persons_located: i64,
    /// Of those, persons under an arrest warrant.
    pub arrest_warrants: i64,
    /// Distinct foreign trainees who attended a GIGN session starting that year.
    pub trainees: i64,
    /// Distinct states those trainees came from.
    pub trainee_states: i64,
    /// Creation date of the GIGN international-relations cell (ISO).
    pub cell_founded: String,
}

/// Per-year activity across every area, for summaries and the area screens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ActivityYear {
    pub year: i32,
    pub technical_actions: i64,
    pub operational_cases: i64,
    pub persons_located: i64,
    pub arrest_warrants: i64,
    pub sessions: i64,
    pub trainees: i64,
    pub exchanges: i64,
    pub requests: i64,
}

pub fn kpis(conn: &Connection, year: i32) -> Result<Kpis> {
    validate::year(year)?;
    let (from, to) = (format!("{year:04}-01-01"), format!("{year:04}-12-31"));
    let open_ssi =
        "SELECT id FROM ssi WHERE opened_on <= ?2 AND (closed_on IS NULL OR closed_on >= ?1)";
    let one =
        |sql: &str| -> Result<i64> { Ok(conn.query_row(sql, params![from, to], |r| r.get(0))?) };
    let (persons_located, arrest_warrants) = conn.query_row(
        "SELECT coalesce(sum(persons_located), 0), coalesce(sum(arrest_warrants), 0)
           FROM operational_case WHERE opened_on BETWEEN ?1 AND ?2",
        params![from, to],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (trainees, trainee_states) = conn.query_row(
        &format!(
            "SELECT count(DISTINCT t.id), count(DISTINCT t.country)
               FROM enrolment e JOIN session s ON s.id = e.session_id JOIN trainee t ON t.id = e.trainee_id
              WHERE s.start_date BETWEEN ?1 AND ?2 AND s.status IN {COUNTED} AND e.status IN {TRAINED}"
        ),
        params![from, to],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(Kpis {
        year,
        ssi_count: one(&format!("SELECT count(*) FROM ({open_ssi})"))?,
        countries_covered: one(&format!(
            "SELECT count(DISTINCT country) FROM ssi_coverage WHERE ssi_id IN ({open_ssi})"
        ))?,
        technical_actions: one("SELECT count(*) FROM technical_action
              WHERE start_date BETWEEN ?1 AND ?2 AND status <> 'cancelled'")?,
        persons_located,
        arrest_warrants,
        trainees,
        trainee_states,
        cell_founded: meta::get(conn, meta::CELL_FOUNDED)?.unwrap_or_default(),
    })
}

/// Years that have any record, oldest first.
pub fn data_years(conn: &Connection) -> Result<Vec<i32>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT y FROM (
             SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS y FROM technical_action
             UNION SELECT CAST(substr(opened_on, 1, 4) AS INTEGER) FROM operational_case
             UNION SELECT CAST(substr(start_date, 1, 4) AS INTEGER) FROM session
             UNION SELECT CAST(substr(start_date, 1, 4) AS INTEGER) FROM exchange)
         ORDER BY y",
    )?;
    let years = stmt.query_map([], |r| r.get(0))?;
    Ok(years.collect::<Result<_, _>>()?)
}

/// One year a screen's year list offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct YearChoice {
    pub year: i32,
    /// A year after the current one: only planned activity (sessions, actions to come).
    pub planned: bool,
}

/// The years the screens offer (dashboard, reports, charts, filters) and the ones they open
/// on: one rule for all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct YearList {
    /// Every year from the first with data to the current one (with or without data), then
    /// the later years that have planned activity; oldest first. Empty for an empty base.
    pub years: Vec<YearChoice>,
    /// The latest year with actions done or in progress (the dashboard's).
    pub current: Option<i32>,
    /// The latest year before this one with data (the annual report's: the last full year).
    pub last_full: Option<i32>,
}

/// The year list as of `today`.
pub fn year_list(conn: &Connection, today: NaiveDate) -> Result<YearList> {
    let data = data_years(conn)?;
    let this = today.year();
    let Some(&first) = data.first() else {
        return Ok(YearList {
            years: Vec::new(),
            current: None,
            last_full: None,
        });
    };
    let mut years: Vec<YearChoice> = (first.min(this)..=this)
        .map(|year| YearChoice {
            year,
            planned: false,
        })
        .collect();
    years.extend(data.iter().filter(|y| **y > this).map(|&year| YearChoice {
        year,
        planned: true,
    }));
    // Done, or started and not cancelled: what the cell has actually been doing.
    let active: Option<i32> = conn.query_row(
        "SELECT max(CAST(substr(start_date, 1, 4) AS INTEGER)) FROM technical_action
          WHERE status = 'done' OR (status <> 'cancelled' AND start_date <= ?1)",
        [today],
        |r| r.get(0),
    )?;
    let latest_past = data.iter().copied().filter(|y| *y <= this).max();
    let current = active.map(|y| y.min(this)).or(latest_past).or(Some(this));
    let last_full = data.iter().copied().filter(|y| *y < this).max().or(current);
    Ok(YearList {
        years,
        current,
        last_full,
    })
}

/// Activity of every year that has data, oldest first.
pub fn activity_by_year(conn: &Connection) -> Result<Vec<ActivityYear>> {
    let years = data_years(conn)?;
    if years.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare(&format!(
        "WITH y(year) AS (VALUES {}),
         ta AS (SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS year, count(*) AS n
                  FROM technical_action WHERE status <> 'cancelled' GROUP BY 1),
         oc AS (SELECT CAST(substr(opened_on, 1, 4) AS INTEGER) AS year, count(*) AS n,
                       sum(persons_located) AS located, sum(arrest_warrants) AS warrants
                  FROM operational_case GROUP BY 1),
         se AS (SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS year, count(*) AS n
                  FROM session WHERE status IN {COUNTED} GROUP BY 1),
         tr AS (SELECT CAST(substr(s.start_date, 1, 4) AS INTEGER) AS year, count(DISTINCT e.trainee_id) AS n
                  FROM enrolment e JOIN session s ON s.id = e.session_id
                 WHERE s.status IN {COUNTED} AND e.status IN {TRAINED} GROUP BY 1),
         ex AS (SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS year, count(*) AS n FROM exchange GROUP BY 1),
         rq AS (SELECT CAST(substr(received_on, 1, 4) AS INTEGER) AS year, count(*) AS n FROM request GROUP BY 1)
         SELECT y.year, coalesce(ta.n, 0), coalesce(oc.n, 0), coalesce(oc.located, 0),
                coalesce(oc.warrants, 0), coalesce(se.n, 0), coalesce(tr.n, 0),
                coalesce(ex.n, 0), coalesce(rq.n, 0)
           FROM y LEFT JOIN ta USING (year) LEFT JOIN oc USING (year) LEFT JOIN se USING (year)
                  LEFT JOIN tr USING (year) LEFT JOIN ex USING (year) LEFT JOIN rq USING (year)
          ORDER BY y.year",
        years.iter().map(|y| format!("({y})")).collect::<Vec<_>>().join(", ")
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok(ActivityYear {
            year: r.get(0)?,
            technical_actions: r.get(1)?,
            operational_cases: r.get(2)?,
            persons_located: r.get(3)?,
            arrest_warrants: r.get(4)?,
            sessions: r.get(5)?,
            trainees: r.get(6)?,
            exchanges: r.get(7)?,
            requests: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    pub fn kpis(&self, year: i32) -> Result<Kpis> {
        kpis(self.conn(), year)
    }

    pub fn data_years(&self) -> Result<Vec<i32>> {
        data_years(self.conn())
    }

    /// The years the screens offer as of today, and the ones they open on.
    pub fn year_list(&self) -> Result<YearList> {
        year_list(self.conn(), crate::today())
    }

    pub fn activity_by_year(&self) -> Result<Vec<ActivityYear>> {
        activity_by_year(self.conn())
    }
}
