//! The cases list: filters and paging in SQL, totals of the filtered set.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};

use super::Channel;
use crate::cooperation::technical::MAX_PAGE;
use crate::error::Result;
use crate::filter::Where;
use crate::validate;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CaseFilter {
    pub year: Option<i32>,
    pub country: Option<String>,
    pub ssi_id: Option<i64>,
    pub kind_id: Option<i64>,
    pub domain_id: Option<i64>,
    pub channel: Option<Channel>,
    /// Words searched in the reference.
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CaseRow {
    pub id: i64,
    pub reference: String,
    pub ssi_code: String,
    pub country: String,
    pub country_name: String,
    pub kind: String,
    pub domain: String,
    pub opened_on: NaiveDate,
    pub channel: Channel,
    pub persons_located: i64,
    pub arrest_warrants: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CasePage {
    pub rows: Vec<CaseRow>,
    pub offset: i64,
    pub total_count: i64,
    pub total_persons_located: i64,
    pub total_arrest_warrants: i64,
}

const FROM: &str = "FROM operational_case o
    JOIN ssi s ON s.id = o.ssi_id
    JOIN country c ON c.alpha2 = o.country
    JOIN case_kind k ON k.id = o.kind_id
    JOIN domain d ON d.id = o.domain_id";

/// A page of cases matching `filter`, newest first.
pub fn list(conn: &Connection, filter: &CaseFilter, offset: i64, limit: i64) -> Result<CasePage> {
    validate::non_negative("offset", offset)?;
    let mut w = Where::default();
    w.year("o.opened_on", filter.year)?;
    w.country("o.country", filter.country.as_deref())?;
    w.id("o.ssi_id = {}", filter.ssi_id);
    w.id("o.kind_id = {}", filter.kind_id);
    w.id("o.domain_id = {}", filter.domain_id);
    w.enum_value("o.channel", filter.channel)?;
    w.words(&["o.reference"], filter.text.as_deref());
    let clause = w.sql();
    let mut values = w.values;
    let (total_count, total_persons_located, total_arrest_warrants) = conn.query_row(
        &format!(
            "SELECT count(*), coalesce(sum(o.persons_located), 0), coalesce(sum(o.arrest_warrants), 0)
             {FROM} WHERE {clause}"
        ),
        params_from_iter(values.iter()),
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let n = values.len();
    values.push(Value::Integer(limit.clamp(0, MAX_PAGE)));
    values.push(Value::Integer(offset));
    let mut stmt = conn.prepare(&format!(
        "SELECT o.id, o.reference, s.code, o.country, c.name_fr, k.name_fr, d.name_fr, o.opened_on,
                o.channel, o.persons_located, o.arrest_warrants
         {FROM} WHERE {clause} ORDER BY o.opened_on DESC, o.id DESC LIMIT ?{} OFFSET ?{}",
        n + 1,
        n + 2
    ))?;
    let rows = stmt.query_map(params_from_iter(values.iter()), |r| {
        let channel: String = r.get(8)?;
        Ok(CaseRow {
            id: r.get(0)?,
            reference: r.get(1)?,
            ssi_code: r.get(2)?,
            country: r.get(3)?,
            country_name: r.get(4)?,
            kind: r.get(5)?,
            domain: r.get(6)?,
            opened_on: r.get(7)?,
            channel: enum_from_sql(&channel)?,
            persons_located: r.get(9)?,
            arrest_warrants: r.get(10)?,
        })
    })?;
    Ok(CasePage {
        rows: rows.collect::<Result<_, _>>()?,
        offset,
        total_count,
        total_persons_located,
        total_arrest_warrants,
    })
}
