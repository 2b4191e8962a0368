//! The statistics behind the charts, computed in SQL with every value bound. Cancelled
//! actions and sessions are left out, as in the dashboard's figures.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};

use super::ChartFilter;
use crate::cooperation::technical;
use crate::error::Result;
use crate::filter::Where;
use crate::gign::enrolment::TRAINED;

/// A dimension the action counts can be grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Dim {
    Country,
    Year,
    Kind,
    Domain,
}

impl Dim {
    pub const ALL: [Dim; 4] = [Dim::Country, Dim::Year, Dim::Kind, Dim::Domain];

    pub fn code(self) -> &'static str {
        match self {
            Dim::Country => "country",
            Dim::Year => "year",
            Dim::Kind => "kind",
            Dim::Domain => "domain",
        }
    }
}

/// One group of actions: the grouped dimensions are set, the others `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, specta::Type)]
pub struct StatRow {
    /// ISO alpha-2.
    pub country: Option<String>,
    pub country_name: Option<String>,
    pub year: Option<i32>,
    /// Action kind code and French name.
    pub kind: Option<String>,
    pub kind_name: Option<String>,
    /// Domain code and French name.
    pub domain: Option<String>,
    pub domain_name: Option<String>,
    pub count: i64,
}

const YEAR: &str = "CAST(substr(a.start_date, 1, 4) AS INTEGER)";

/// The filter as SQL over `technical_action a JOIN country c`: the actions list's own
/// filter, less the cancelled actions (as the dashboard's figures).
pub(crate) fn action_where(filter: &ChartFilter) -> Result<Where> {
    filter.validate()?;
    let mut w = technical::where_clause(&filter.actions())?;
    w.push("a.status <> {}", Value::Text("cancelled".into()));
    Ok(w)
}

/// `column` (an ISO date) within the filter's years.
pub(crate) fn period(w: &mut Where, column: &str, filter: &ChartFilter) {
    if let Some(from) = filter.from {
        w.push(
            &format!("{column} >= {{}}"),
            Value::Text(format!("{from:04}-01-01")),
        );
    }
    if let Some(to) = filter.to {
        w.push(
            &format!("{column} <= {{}}"),
            Value::Text(format!("{to:04}-12-31")),
        );
    }
}

/// Action counts grouped by `by` (in that order; empty means one total row), sorted by
/// the same keys. Only groups with at least one action appear.
pub fn actions_by(conn: &Connection, by: &[Dim], filter: &ChartFilter) -> Result<Vec<StatRow>> {
    let w = action_where(filter)?;
    let mut by: Vec<Dim> = by.to_vec();
    by.dedup();
    // Counted on the actions table alone, grouped by ids; the names are joined on the
    // groups afterwards: several times faster than joining every action to its names.
    let (mut inner, mut keys, mut outer, mut joins) =
        (Vec::new(), Vec::new(), Vec::new(), String::new());
    for d in &by {
        let (i, k, o, j) = match d {
            Dim::Country => (
                "a.country",
                "country",
                "g.country, c.name_fr",
                " JOIN country c ON c.alpha2 = g.country",
            ),
            Dim::Year => (YEAR, "year", "g.year", ""),
            Dim::Kind => (
                "a.kind_id",
                "kind_id",
                "k.code, k.name_fr",
                " JOIN action_kind k ON k.id = g.kind_id",
            ),
            Dim::Domain => (
                "a.domain_id",
                "domain_id",
                "d.code, d.name_fr",
                " JOIN domain d ON d.id = g.domain_id",
            ),
        };
        inner.push(format!("{i} AS {k}"));
        keys.push(k);
        outer.push(o);
        joins.push_str(j);
    }
    let continent_join = if filter.continent().is_some() {
        " JOIN country c ON c.alpha2 = a.country"
    } else {
        ""
    };
    let sql = if by.is_empty() {
        format!(
            "SELECT NULL, count(*) FROM technical_action a{continent_join} WHERE {}",
            w.sql()
        )
    } else {
        format!(
            "SELECT {}, g.n FROM (
                 SELECT {}, count(*) AS n FROM technical_action a{continent_join}
                  WHERE {} GROUP BY {}) g{joins}
              ORDER BY {}",
            outer.join(", "),
            inner.join(", "),
            w.sql(),
            keys.join(", "),
            outer.join(", "),
        )
    };
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(w.values.iter()), |r| {
        let mut row = StatRow::default();
        let mut i = 0;
        for d in &by {
            match d {
                Dim::Country => {
                    row.country = r.get(i)?;
                    row.country_name = r.get(i + 1)?;
                    i += 2;
                }
                Dim::Year => {
                    row.year = r.get(i)?;
                    i += 1;
                }
                Dim::Kind => {
                    row.kind = r.get(i)?;
                    row.kind_name = r.get(i + 1)?;
                    i += 2;
                }
                Dim::Domain => {
                    row.domain = r.get(i)?;
                    row.domain_name = r.get(i + 1)?;
                    i += 2;
                }
            }
        }
        if by.is_empty() {
            i = 1;
        }
        row.count = r.get(i)?;
        Ok(row)
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Operational results of one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct OperationalYear {
    pub year: i32,
    pub persons_located: i64,
    /// Of those, persons under an arrest warrant.
    pub arrest_warrants: i64,
}

/// Persons located and arrest warrants per year (filters: period, SSI, domain, continent).
pub fn operational_by_year(
    conn: &Connection,
    filter: &ChartFilter,
) -> Result<Vec<OperationalYear>> {
    filter.validate()?;
    let mut w = Where::default();
    period(&mut w, "o.opened_on", filter);
    w.id("o.ssi_id = {}", filter.ssi_id);
    w.id("o.domain_id = {}", filter.domain_id);
    if let Some(c) = filter.continent() {
        w.push("c.continent = {}", Value::Text(c.to_owned()));
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT CAST(substr(o.opened_on, 1, 4) AS INTEGER) AS y,
                coalesce(sum(o.persons_located), 0), coalesce(sum(o.arrest_warrants), 0)
           FROM operational_case o JOIN country c ON c.alpha2 = o.country
          WHERE {} GROUP BY y ORDER BY y",
        w.sql()
    ))?;
    let rows = stmt.query_map(params_from_iter(w.values.iter()), |r| {
        Ok(OperationalYear {
            year: r.get(0)?,
            persons_located: r.get(1)?,
            arrest_warrants: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Distinct trainees of one state who took a course starting that year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct TraineeCount {
    pub year: i32,
    pub country: String,
    pub country_name: String,
    pub trainees: i64,
}

/// Trainees by state and year (filters: period, continent of the state).
pub fn trainees_by_state(conn: &Connection, filter: &ChartFilter) -> Result<Vec<TraineeCount>> {
    filter.validate()?;
    let mut w = Where::default();
    w.push("s.status <> {}", Value::Text("cancelled".into()));
    period(&mut w, "s.start_date", filter);
    if let Some(c) = filter.continent() {
        w.push("c.continent = {}", Value::Text(c.to_owned()));
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT CAST(substr(s.start_date, 1, 4) AS INTEGER) AS y, t.country, c.name_fr,
                count(DISTINCT t.id)
           FROM enrolment e JOIN session s ON s.id = e.session_id
           JOIN trainee t ON t.id = e.trainee_id JOIN country c ON c.alpha2 = t.country
          WHERE e.status IN {TRAINED} AND {}
          GROUP BY y, t.country ORDER BY y, t.country",
        w.sql()
    ))?;
    let rows = stmt.query_map(params_from_iter(w.values.iter()), |r| {
        Ok(TraineeCount {
            year: r.get(0)?,
            country: r.get(1)?,
            country_name: r.get(2)?,
            trainees: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Countries covered by, and residence countries of, the SSIs open at some point of the
/// period (and matching the SSI filter).
pub(crate) fn network_countries(
    conn: &Connection,
    filter: &ChartFilter,
) -> Result<(Vec<String>, Vec<String>)> {
    let mut w = Where::default();
    if let Some(to) = filter.to {
        w.push("s.opened_on <= {}", Value::Text(format!("{to:04}-12-31")));
    }
    if let Some(from) = filter.from {
        w.push(
            "(s.closed_on IS NULL OR s.closed_on >= {})",
            Value::Text(format!("{from:04}-01-01")),
        );
    }
    w.id("s.id = {}", filter.ssi_id);
    let list = |sql: String| -> Result<Vec<String>> {
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(w.values.iter()), |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    };
    let covered = list(format!(
        "SELECT DISTINCT sc.country FROM ssi_coverage sc JOIN ssi s ON s.id = sc.ssi_id WHERE {}",
        w.sql()
    ))?;
    let residences = list(format!(
        "SELECT DISTINCT s.residence_country FROM ssi s WHERE {}",
        w.sql()
    ))?;
    Ok((covered, residences))
}

/// The id of the programme with `code` (for the command line).
pub fn programme_id(conn: &Connection, code: &str) -> Result<i64> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT id FROM programme WHERE code = ?1",
        [code.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| crate::Error::not_found("what-programme", code))
}

/// The id of the funder named `name`, any case (for the command line).
pub fn funder_id(conn: &Connection, name: &str) -> Result<i64> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT id FROM funder WHERE lower(name) = lower(?1)",
        [name.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| crate::Error::not_found("what-funder", name))
}

/// Parses "country,year" into dimensions; anything else is a French `INVALID_INPUT`.
pub fn parse_dims(list: &str) -> Result<Vec<Dim>> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            Dim::ALL.into_iter().find(|d| d.code() == s).ok_or_else(|| {
                crate::Error::invalid("by", "err-chart-dim", crate::i18n::args([("value", s)]))
            })
        })
        .collect()
}

/// The rows as CSV (comma-separated, header first), only the grouped columns and the count.
pub fn to_csv(by: &[Dim], rows: &[StatRow]) -> String {
    let field = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    };
    let mut header: Vec<&str> = Vec::new();
    for d in by {
        header.extend(match d {
            Dim::Country => ["country", "country_name"].as_slice(),
            Dim::Year => ["year"].as_slice(),
            Dim::Kind => ["kind", "kind_name"].as_slice(),
            Dim::Domain => ["domain", "domain_name"].as_slice(),
        });
    }
    header.push("count");
    let mut out = header.join(",");
    out.push('\n');
    for r in rows {
        let mut cells: Vec<String> = Vec::new();
        for d in by {
            let text = |v: &Option<String>| field(v.as_deref().unwrap_or_default());
            match d {
                Dim::Country => cells.extend([text(&r.country), text(&r.country_name)]),
                Dim::Year => cells.push(r.year.map(|y| y.to_string()).unwrap_or_default()),
                Dim::Kind => cells.extend([text(&r.kind), text(&r.kind_name)]),
                Dim::Domain => cells.extend([text(&r.domain), text(&r.domain_name)]),
            }
        }
        cells.push(r.count.to_string());
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
