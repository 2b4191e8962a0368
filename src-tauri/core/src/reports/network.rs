//! The SSI network of one year by continent: SSIs (by their residence country), countries
//! covered, agents posted, technical actions and persons located (by the country where
//! they took place). The totals match the headline figures.

use rusqlite::{params, Connection};

use super::groups::Years;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContinentRow {
    /// Continent code (`africa`…).
    pub continent: String,
    pub ssis: i64,
    pub countries: i64,
    pub agents: i64,
    pub actions: i64,
    pub persons_located: i64,
}

/// One row per continent with any of the figures, the one with the most SSIs first.
pub fn by_continent(conn: &Connection, years: Years) -> Result<Vec<ContinentRow>> {
    let mut stmt = conn.prepare(
        "WITH open AS (SELECT s.id, c.continent FROM ssi s
                         JOIN country c ON c.alpha2 = s.residence_country
                        WHERE s.opened_on <= ?2 AND (s.closed_on IS NULL OR s.closed_on >= ?1)),
              ssis AS (SELECT continent, count(*) AS n FROM open GROUP BY 1),
              covered AS (SELECT c.continent, count(DISTINCT sc.country) AS n
                            FROM ssi_coverage sc JOIN country c ON c.alpha2 = sc.country
                           WHERE sc.ssi_id IN (SELECT id FROM open) GROUP BY 1),
              agents AS (SELECT open.continent, count(DISTINCT p.agent_id) AS n
                           FROM posting p JOIN open ON open.id = p.ssi_id
                          WHERE p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date >= ?1)
                          GROUP BY 1),
              actions AS (SELECT c.continent, count(*) AS n
                            FROM technical_action a JOIN country c ON c.alpha2 = a.country
                           WHERE a.status <> 'cancelled' AND a.start_date BETWEEN ?1 AND ?2
                           GROUP BY 1),
              located AS (SELECT c.continent, sum(o.persons_located) AS n
                            FROM operational_case o JOIN country c ON c.alpha2 = o.country
                           WHERE o.opened_on BETWEEN ?1 AND ?2 GROUP BY 1),
              continents AS (SELECT continent FROM ssis UNION SELECT continent FROM covered
                             UNION SELECT continent FROM actions UNION SELECT continent FROM located)
         SELECT k.continent, coalesce(ssis.n, 0), coalesce(covered.n, 0), coalesce(agents.n, 0),
                coalesce(actions.n, 0), coalesce(located.n, 0)
           FROM continents k LEFT JOIN ssis USING (continent) LEFT JOIN covered USING (continent)
                LEFT JOIN agents USING (continent) LEFT JOIN actions USING (continent)
                LEFT JOIN located USING (continent)
          ORDER BY 2 DESC, 3 DESC, 1",
    )?;
    let rows = stmt.query_map(params![years.first_day(), years.last_day()], |r| {
        Ok(ContinentRow {
            continent: r.get(0)?,
            ssis: r.get(1)?,
            countries: r.get(2)?,
            agents: r.get(3)?,
            actions: r.get(4)?,
            persons_located: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Agents posted at some point of the period in the SSIs open then.
pub fn agents_posted(conn: &Connection, years: Years) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(DISTINCT p.agent_id) FROM posting p JOIN ssi s ON s.id = p.ssi_id
          WHERE s.opened_on <= ?2 AND (s.closed_on IS NULL OR s.closed_on >= ?1)
            AND p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date >= ?1)",
        params![years.first_day(), years.last_day()],
        |r| r.get(0),
    )?)
}
