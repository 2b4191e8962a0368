//! One SSI's page: its coverage, its staff postings and its activity by year.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::network::staff::{self, PostingRow};

pub use crate::country::CountryRef;

/// Activity of one SSI in one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct SsiYear {
    pub year: i32,
    pub technical_actions: i64,
    pub participants: i64,
    pub operational_cases: i64,
    pub persons_located: i64,
    pub arrest_warrants: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SsiDetail {
    pub id: i64,
    pub code: String,
    pub city: String,
    pub residence_country: CountryRef,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub coverage: Vec<CountryRef>,
    /// Every posting, current and past, newest first.
    pub postings: Vec<PostingRow>,
    pub years: Vec<SsiYear>,
}

pub fn detail(conn: &Connection, id: i64) -> Result<SsiDetail> {
    let head = conn
        .query_row(
            "SELECT s.code, s.city, s.residence_country, c.name_fr, s.opened_on, s.closed_on
               FROM ssi s JOIN country c ON c.alpha2 = s.residence_country WHERE s.id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    CountryRef {
                        alpha2: r.get(2)?,
                        name_fr: r.get(3)?,
                    },
                    r.get(4)?,
                    r.get(5)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-ssi", id))?;
    let (code, city, residence_country, opened_on, closed_on) = head;
    let mut stmt = conn.prepare(
        "SELECT c.alpha2, c.name_fr FROM ssi_coverage sc JOIN country c ON c.alpha2 = sc.country
          WHERE sc.ssi_id = ?1 ORDER BY c.name_fr COLLATE FR",
    )?;
    let coverage = stmt
        .query_map([id], |r| {
            Ok(CountryRef {
                alpha2: r.get(0)?,
                name_fr: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare(
        "WITH t AS (SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS year, count(*) AS n,
                           sum(participants) AS p
                      FROM technical_action WHERE ssi_id = ?1 AND status <> 'cancelled' GROUP BY 1),
              o AS (SELECT CAST(substr(opened_on, 1, 4) AS INTEGER) AS year, count(*) AS n,
                           sum(persons_located) AS l, sum(arrest_warrants) AS w
                      FROM operational_case WHERE ssi_id = ?1 GROUP BY 1),
              y AS (SELECT year FROM t UNION SELECT year FROM o)
         SELECT y.year, coalesce(t.n, 0), coalesce(t.p, 0), coalesce(o.n, 0), coalesce(o.l, 0),
                coalesce(o.w, 0)
           FROM y LEFT JOIN t USING (year) LEFT JOIN o USING (year) ORDER BY y.year DESC",
    )?;
    let years = stmt
        .query_map([id], |r| {
            Ok(SsiYear {
                year: r.get(0)?,
                technical_actions: r.get(1)?,
                participants: r.get(2)?,
                operational_cases: r.get(3)?,
                persons_located: r.get(4)?,
                arrest_warrants: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(SsiDetail {
        id,
        code,
        city,
        residence_country,
        opened_on,
        closed_on,
        coverage,
        postings: staff::postings_of_ssi(conn, id)?,
        years,
    })
}
