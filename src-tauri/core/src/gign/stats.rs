//! Figures of the GIGN's international courses, per year, for the dashboard.

use rusqlite::Connection;
use serde::Serialize;

use super::enrolment::TRAINED;
use super::session::COUNTED;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct GignYear {
    pub year: i32,
    /// Distinct trainees who took a course (attended, passed or failed).
    pub trainees: i64,
    pub states: i64,
    pub sessions_france: i64,
    pub sessions_abroad: i64,
    /// Places taken over places offered in the year's counted sessions (not drafts, not
    /// cancelled), 0–1.
    pub fill_rate: f64,
    pub requests_received: i64,
    pub requests_refused: i64,
    pub requests_delivered: i64,
    /// Requests of that year still open (received, studied, accepted or scheduled).
    pub requests_open: i64,
}

pub fn gign_by_year(conn: &Connection) -> Result<Vec<GignYear>> {
    let mut stmt = conn.prepare(&format!(
        "WITH y(year) AS (SELECT DISTINCT CAST(substr(start_date, 1, 4) AS INTEGER) FROM session
                          UNION SELECT DISTINCT CAST(substr(received_on, 1, 4) AS INTEGER) FROM request),
         s AS (SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS year,
                      sum(place_country = 'FR') AS fr, sum(place_country <> 'FR') AS abroad,
                      sum(capacity) AS capacity,
                      sum((SELECT count(*) FROM enrolment e WHERE e.session_id = session.id
                             AND e.status IN {TRAINED})) AS taken
                 FROM session WHERE status IN {COUNTED} GROUP BY 1),
         t AS (SELECT CAST(substr(se.start_date, 1, 4) AS INTEGER) AS year,
                      count(DISTINCT tr.id) AS trainees, count(DISTINCT tr.country) AS states
                 FROM enrolment e JOIN session se ON se.id = e.session_id JOIN trainee tr ON tr.id = e.trainee_id
                WHERE se.status IN {COUNTED} AND e.status IN {TRAINED} GROUP BY 1),
         r AS (SELECT CAST(substr(received_on, 1, 4) AS INTEGER) AS year, count(*) AS n,
                      sum(status = 'refused') AS refused, sum(status = 'delivered') AS delivered
                 FROM request GROUP BY 1)
         SELECT y.year, coalesce(t.trainees, 0), coalesce(t.states, 0), coalesce(s.fr, 0),
                coalesce(s.abroad, 0), coalesce(1.0 * s.taken / nullif(s.capacity, 0), 0),
                coalesce(r.n, 0), coalesce(r.refused, 0), coalesce(r.delivered, 0)
           FROM y LEFT JOIN s USING (year) LEFT JOIN t USING (year) LEFT JOIN r USING (year)
          ORDER BY y.year"
    ))?;
    let rows = stmt.query_map([], |r| {
        let received: i64 = r.get(6)?;
        let refused: i64 = r.get(7)?;
        let delivered: i64 = r.get(8)?;
        Ok(GignYear {
            year: r.get(0)?,
            trainees: r.get(1)?,
            states: r.get(2)?,
            sessions_france: r.get(3)?,
            sessions_abroad: r.get(4)?,
            fill_rate: r.get(5)?,
            requests_received: received,
            requests_refused: refused,
            requests_delivered: delivered,
            requests_open: received - refused - delivered,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
