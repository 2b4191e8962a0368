//! The actions list: filters, sorting and paging done in SQL, with totals of the whole
//! filtered set, so the screen stays fast on any volume.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};

use super::ActionStatus;
use crate::error::Result;
use crate::filter::Where;
use crate::validate;

/// What the user filters on; every field is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ActionFilter {
    pub year: Option<i32>,
    /// Start of the period (on the action's start date), inclusive.
    pub from: Option<NaiveDate>,
    /// End of the period, inclusive.
    pub to: Option<NaiveDate>,
    pub country: Option<String>,
    /// Continent code (africa, europe…).
    pub continent: Option<String>,
    pub ssi_id: Option<i64>,
    pub kind_id: Option<i64>,
    pub domain_id: Option<i64>,
    pub programme_id: Option<i64>,
    pub funder_id: Option<i64>,
    pub status: Option<ActionStatus>,
    /// Words searched in the reference, title and beneficiary.
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SortColumn {
    Reference,
    StartDate,
    Country,
    Ssi,
    Kind,
    Domain,
    Participants,
    Cost,
    Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ActionSort {
    pub column: SortColumn,
    pub descending: bool,
}

impl Default for ActionSort {
    fn default() -> Self {
        Self {
            column: SortColumn::StartDate,
            descending: true,
        }
    }
}

/// One line of the actions list.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ActionRow {
    pub id: i64,
    pub reference: String,
    pub title: String,
    pub ssi_code: String,
    pub country: String,
    pub country_name: String,
    pub kind: String,
    pub domain: String,
    pub programme: Option<String>,
    pub funder: Option<String>,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub participants: i64,
    pub cost_cents: i64,
    pub status: ActionStatus,
    /// False when the country is outside the SSI's coverage (allowed, but flagged).
    pub in_coverage: bool,
}

/// One page of the filtered list and the totals of the whole filtered set.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ActionPage {
    pub rows: Vec<ActionRow>,
    pub offset: i64,
    pub total_count: i64,
    pub total_participants: i64,
    pub total_cost_cents: i64,
}

/// The largest page a caller may ask for.
pub const MAX_PAGE: i64 = 2000;

const FROM: &str = "FROM technical_action a
    JOIN ssi s ON s.id = a.ssi_id
    JOIN country c ON c.alpha2 = a.country
    JOIN action_kind k ON k.id = a.kind_id
    JOIN domain d ON d.id = a.domain_id
    LEFT JOIN programme p ON p.id = a.programme_id
    LEFT JOIN funder f ON f.id = a.funder_id";

/// The list's filter as SQL over `technical_action a` joined as [`joins`] says; the charts
/// use it too, so a chart and its list always count the same rows.
pub(crate) fn where_clause(filter: &ActionFilter) -> Result<Where> {
    let mut w = Where::default();
    w.year("a.start_date", filter.year)?;
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        validate::date_order("to", from, Some(to))?;
    }
    if let Some(from) = filter.from {
        w.push("a.start_date >= {}", Value::Text(from.to_string()));
    }
    if let Some(to) = filter.to {
        w.push("a.start_date <= {}", Value::Text(to.to_string()));
    }
    w.country("a.country", filter.country.as_deref())?;
    if let Some(continent) = filter.continent.as_deref().filter(|c| !c.is_empty()) {
        w.push("c.continent = {}", Value::Text(continent.to_owned()));
    }
    w.id("a.ssi_id = {}", filter.ssi_id);
    w.id("a.kind_id = {}", filter.kind_id);
    w.id("a.domain_id = {}", filter.domain_id);
    w.id("a.programme_id = {}", filter.programme_id);
    // Funded directly, or through a programme the funder contributes to.
    w.id(
        "(a.funder_id = {} OR a.programme_id IN
            (SELECT programme_id FROM programme_funder WHERE funder_id = {}))",
        filter.funder_id,
    );
    w.enum_value("a.status", filter.status)?;
    if let Some(query) = fts_query(filter.text.as_deref()) {
        w.push(
            "a.id IN (SELECT rowid FROM technical_action_fts WHERE technical_action_fts MATCH {})",
            Value::Text(query),
        );
    }
    Ok(w)
}

/// The FTS5 query for the user's words: every word, as a prefix ("terror" finds
/// "terrorisme"); quotes dropped so no input can break the query syntax.
fn fts_query(text: Option<&str>) -> Option<String> {
    let words: Vec<String> = text
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.trim_matches('-').is_empty())
        .take(8)
        .map(|w| format!("\"{}\"*", w.trim_matches('-')))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Only the joins the filter and the sort need: the count and the page of ids then stay
/// on the actions table and its indexes.
fn joins(filter: &ActionFilter, sort: Option<ActionSort>) -> String {
    let mut sql = String::new();
    let column = sort.map(|s| s.column);
    if filter.continent.as_deref().is_some_and(|c| !c.is_empty())
        || column == Some(SortColumn::Country)
    {
        sql.push_str(" JOIN country c ON c.alpha2 = a.country");
    }
    match column {
        Some(SortColumn::Ssi) => sql.push_str(" JOIN ssi s ON s.id = a.ssi_id"),
        Some(SortColumn::Kind) => sql.push_str(" JOIN action_kind k ON k.id = a.kind_id"),
        Some(SortColumn::Domain) => sql.push_str(" JOIN domain d ON d.id = a.domain_id"),
        _ => {}
    }
    sql
}

fn order_by(sort: ActionSort) -> String {
    let column = match sort.column {
        SortColumn::Reference => "a.reference",
        SortColumn::StartDate => "a.start_date",
        SortColumn::Country => "c.name_fr",
        SortColumn::Ssi => "s.code",
        SortColumn::Kind => "k.name_fr",
        SortColumn::Domain => "d.name_fr",
        SortColumn::Participants => "a.participants",
        SortColumn::Cost => "a.cost_cents",
        SortColumn::Status => "a.status",
    };
    let dir = if sort.descending { "DESC" } else { "ASC" };
    // The id breaks ties so that paging is stable.
    format!("{column} {dir}, a.id {dir}")
}

/// A page of actions matching `filter`, sorted, from `offset` (at most `MAX_PAGE` rows).
pub fn list(
    conn: &Connection,
    filter: &ActionFilter,
    sort: ActionSort,
    offset: i64,
    limit: i64,
) -> Result<ActionPage> {
    validate::non_negative("offset", offset)?;
    let limit = limit.clamp(0, MAX_PAGE);
    let w = where_clause(filter)?;
    let clause = w.sql();
    let mut values = w.values;
    let (total_count, total_participants, total_cost_cents) = conn.query_row(
        &format!(
            "SELECT count(*), coalesce(sum(a.participants), 0), coalesce(sum(a.cost_cents), 0)
               FROM technical_action a{} WHERE {clause}",
            joins(filter, None)
        ),
        params_from_iter(values.iter()),
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let n = values.len();
    values.push(Value::Integer(limit));
    values.push(Value::Integer(offset));
    let mut stmt = conn.prepare(&format!(
        "SELECT a.id FROM technical_action a{} WHERE {clause} ORDER BY {} LIMIT ?{} OFFSET ?{}",
        joins(filter, Some(sort)),
        order_by(sort),
        n + 1,
        n + 2
    ))?;
    let ids: Vec<i64> = stmt
        .query_map(params_from_iter(values.iter()), |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare(&format!(
        "SELECT a.id, a.reference, a.title, s.code, a.country, c.name_fr, k.name_fr, d.name_fr,
                p.name, f.name, a.start_date, a.end_date, a.participants, a.cost_cents, a.status,
                EXISTS (SELECT 1 FROM ssi_coverage sc WHERE sc.ssi_id = a.ssi_id AND sc.country = a.country)
         {FROM} WHERE a.id IN (SELECT value FROM json_each(?1))"
    ))?;
    let ids_json = serde_json::to_string(&ids).map_err(crate::Error::internal)?;
    let mut by_id = std::collections::HashMap::new();
    let rows = stmt.query_map([ids_json], |r| {
        let status: String = r.get(14)?;
        Ok(ActionRow {
            id: r.get(0)?,
            reference: r.get(1)?,
            title: r.get(2)?,
            ssi_code: r.get(3)?,
            country: r.get(4)?,
            country_name: r.get(5)?,
            kind: r.get(6)?,
            domain: r.get(7)?,
            programme: r.get(8)?,
            funder: r.get(9)?,
            start_date: r.get(10)?,
            end_date: r.get(11)?,
            participants: r.get(12)?,
            cost_cents: r.get(13)?,
            status: enum_from_sql(&status)?,
            in_coverage: r.get(15)?,
        })
    })?;
    for row in rows {
        let row = row?;
        by_id.insert(row.id, row);
    }
    // Back in the page's order.
    let rows = ids.iter().filter_map(|id| by_id.remove(id)).collect();
    Ok(ActionPage {
        rows,
        offset,
        total_count,
        total_participants,
        total_cost_cents,
    })
}
