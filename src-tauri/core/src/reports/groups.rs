//! Technical actions and operational cases of a period (optionally one country), grouped by
//! one dimension with the sums the reports print beside the counts (participants and cost
//! for actions, persons located and arrest warrants for cases). The chart statistics count
//! only; these add the sums. Cancelled actions are left out, as everywhere.

use rusqlite::{params, Connection};

use crate::error::Result;

/// A period of whole calendar years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    pub from: i32,
    pub to: i32,
}

impl Years {
    pub fn one(year: i32) -> Self {
        Self {
            from: year,
            to: year,
        }
    }

    pub(crate) fn first_day(self) -> String {
        format!("{:04}-01-01", self.from)
    }

    pub(crate) fn last_day(self) -> String {
        format!("{:04}-12-31", self.to)
    }
}

/// What actions are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionBy {
    Kind,
    Domain,
    /// The funder named on the action (none: financed without an outside funder).
    Funder,
    Country,
    Year,
}

/// What cases are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseBy {
    Kind,
    /// Interpol, Europol, Schengen or the SSI alone (the code, labelled by the caller).
    Channel,
    Country,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionGroup {
    /// The group's French name; `None` for "no funder".
    pub name: Option<String>,
    pub count: i64,
    pub participants: i64,
    pub cost_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseGroup {
    pub name: String,
    pub cases: i64,
    pub persons_located: i64,
    pub arrest_warrants: i64,
}

const YEAR_OF_ACTION: &str = "CAST(substr(a.start_date, 1, 4) AS TEXT)";
const YEAR_OF_CASE: &str = "CAST(substr(o.opened_on, 1, 4) AS TEXT)";

/// Actions of `years` (of `country` when given) by `by`, largest group first (by year:
/// oldest first).
pub fn actions(
    conn: &Connection,
    years: Years,
    country: Option<&str>,
    by: ActionBy,
) -> Result<Vec<ActionGroup>> {
    let (key, join) = match by {
        ActionBy::Kind => ("k.name_fr", "JOIN action_kind k ON k.id = a.kind_id"),
        ActionBy::Domain => ("d.name_fr", "JOIN domain d ON d.id = a.domain_id"),
        ActionBy::Funder => ("f.name", "LEFT JOIN funder f ON f.id = a.funder_id"),
        ActionBy::Country => ("c.name_fr", "JOIN country c ON c.alpha2 = a.country"),
        ActionBy::Year => (YEAR_OF_ACTION, ""),
    };
    let order = if by == ActionBy::Year {
        "1"
    } else {
        "2 DESC, 1 COLLATE FR"
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT {key}, count(*), coalesce(sum(a.participants), 0), coalesce(sum(a.cost_cents), 0)
           FROM technical_action a {join}
          WHERE a.status <> 'cancelled' AND a.start_date BETWEEN ?1 AND ?2
            AND (?3 IS NULL OR a.country = ?3)
          GROUP BY {key} ORDER BY {order}"
    ))?;
    let rows = stmt.query_map(params![years.first_day(), years.last_day(), country], |r| {
        Ok(ActionGroup {
            name: r.get(0)?,
            count: r.get(1)?,
            participants: r.get(2)?,
            cost_cents: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Cases opened in `years` (in `country` when given) by `by`, the group with the most
/// persons located first (by year: oldest first).
pub fn cases(
    conn: &Connection,
    years: Years,
    country: Option<&str>,
    by: CaseBy,
) -> Result<Vec<CaseGroup>> {
    let (key, join) = match by {
        CaseBy::Kind => ("k.name_fr", "JOIN case_kind k ON k.id = o.kind_id"),
        CaseBy::Channel => ("o.channel", ""),
        CaseBy::Country => ("c.name_fr", "JOIN country c ON c.alpha2 = o.country"),
        CaseBy::Year => (YEAR_OF_CASE, ""),
    };
    let order = if by == CaseBy::Year {
        "1"
    } else {
        "3 DESC, 2 DESC, 1 COLLATE FR"
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT {key}, count(*), coalesce(sum(o.persons_located), 0),
                coalesce(sum(o.arrest_warrants), 0)
           FROM operational_case o {join}
          WHERE o.opened_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR o.country = ?3)
          GROUP BY {key} ORDER BY {order}"
    ))?;
    let rows = stmt.query_map(params![years.first_day(), years.last_day(), country], |r| {
        Ok(CaseGroup {
            name: r.get(0)?,
            cases: r.get(1)?,
            persons_located: r.get(2)?,
            arrest_warrants: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The sum of the groups: (count, participants, cost).
pub fn action_totals(groups: &[ActionGroup]) -> (i64, i64, i64) {
    groups.iter().fold((0, 0, 0), |(n, p, c), g| {
        (n + g.count, p + g.participants, c + g.cost_cents)
    })
}

/// The sum of the groups: (cases, persons located, arrest warrants).
pub fn case_totals(groups: &[CaseGroup]) -> (i64, i64, i64) {
    groups.iter().fold((0, 0, 0), |(n, l, w), g| {
        (n + g.cases, l + g.persons_located, w + g.arrest_warrants)
    })
}

/// Actions of `country` in `years` counted by (year, kind name), oldest year first.
pub fn actions_by_year_and_kind(
    conn: &Connection,
    years: Years,
    country: &str,
) -> Result<Vec<(i32, String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT CAST(substr(a.start_date, 1, 4) AS INTEGER), k.name_fr, count(*)
           FROM technical_action a JOIN action_kind k ON k.id = a.kind_id
          WHERE a.status <> 'cancelled' AND a.start_date BETWEEN ?1 AND ?2 AND a.country = ?3
          GROUP BY 1, 2 ORDER BY 1, 2",
    )?;
    let rows = stmt.query_map(params![years.first_day(), years.last_day(), country], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
