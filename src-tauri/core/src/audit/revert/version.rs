//! A record as it was at one entry of its history, read back from the audit trail: its own
//! columns and the rows of the link tables that are part of it (an SSI's coverage, a
//! session's instructors, a programme's funders, countries and yearly budgets).

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::i18n;

use crate::audit::links_of;

pub(super) type Row = Map<String, Value>;

pub(super) struct Version {
    /// The record's columns.
    pub fields: Row,
    /// Each link table's rows, by table.
    pub links: BTreeMap<&'static str, Vec<Row>>,
    /// When the version is the one a deletion removed: that deletion's transaction.
    pub deleted_in: Option<i64>,
}

impl Version {
    pub fn links(&self, table: &str) -> &[Row] {
        self.links.get(table).map_or(&[], Vec::as_slice)
    }
}

fn bad_entry(entry: i64) -> Error {
    Error::invalid("entry", "err-revert-entry", i18n::args([("entry", entry)]))
}

fn parse(text: Option<String>, entry: i64) -> Result<Row> {
    let text = text.ok_or_else(|| bad_entry(entry))?;
    serde_json::from_str(&text).map_err(|e| Error::internal(format!("audit entry {entry}: {e}")))
}

/// Record `kind`/`id` just after entry `entry` (its own or one of its links'), the whole
/// transaction of that entry included; for its deletion, just before it.
pub(super) fn at(conn: &Connection, kind: &str, id: i64, entry: i64) -> Result<Version> {
    let found: Option<(String, String, Option<i64>, Option<String>)> = conn
        .query_row(
            "SELECT kind, action, tx, before FROM audit
              WHERE id = ?1 AND ((kind = ?2 AND record_id = ?3)
                                 OR (parent_kind = ?2 AND parent_id = ?3))",
            rusqlite::params![entry, kind, id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let (entry_kind, action, tx, before) = found.ok_or_else(|| bad_entry(entry))?;
    let own = entry_kind == kind;
    if !own && !links_of(kind).any(|t| t == entry_kind) {
        return Err(bad_entry(entry));
    }
    let (first, last): (i64, i64) = match tx {
        Some(tx) => conn.query_row(
            "SELECT min(id), max(id) FROM audit WHERE tx = ?1",
            [tx],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?,
        None => (entry, entry),
    };
    let deletion = own && action == "delete";
    let cutoff = if deletion { first - 1 } else { last };
    let fields = if deletion {
        parse(before, entry)?
    } else {
        let latest: Option<(String, Option<String>)> = conn
            .query_row(
                "SELECT action, after FROM audit WHERE kind = ?1 AND record_id = ?2 AND id <= ?3
                  ORDER BY id DESC LIMIT 1",
                rusqlite::params![kind, id, cutoff],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match latest {
            Some((action, after)) if action != "delete" => parse(after, entry)?,
            _ => return Err(bad_entry(entry)),
        }
    };
    let mut links = BTreeMap::new();
    for table in links_of(kind) {
        links.insert(table, link_rows(conn, table, kind, id, cutoff)?);
    }
    Ok(Version {
        fields,
        links,
        deleted_in: if deletion { tx } else { None },
    })
}

/// The rows of link table `table` under `kind`/`id` after entry `cutoff`, replayed from
/// the entries up to it.
fn link_rows(conn: &Connection, table: &str, kind: &str, id: i64, cutoff: i64) -> Result<Vec<Row>> {
    let key: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk")?
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let key_of = |row: &Row| -> String {
        let parts: Vec<String> = key
            .iter()
            .map(|c| row.get(c).map(ToString::to_string).unwrap_or_default())
            .collect();
        parts.join("\u{1f}")
    };
    let mut stmt = conn.prepare(
        "SELECT id, action, before, after FROM audit
          WHERE kind = ?1 AND parent_kind = ?2 AND parent_id = ?3 AND id <= ?4 ORDER BY id",
    )?;
    let entries = stmt.query_map(rusqlite::params![table, kind, id, cutoff], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for e in entries {
        let (entry, action, before, after) = e?;
        if action == "delete" {
            rows.remove(&key_of(&parse(before, entry)?));
        } else {
            let row = parse(after, entry)?;
            rows.insert(key_of(&row), row);
        }
    }
    Ok(rows.into_values().collect())
}

/// The rows of `table` that the deletion `tx` took with it, under the parent `column` = `id`.
pub(super) fn cascaded(
    conn: &Connection,
    tx: i64,
    table: &str,
    column: &str,
    ids: &[i64],
) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare(
        "SELECT id, before FROM audit WHERE tx = ?1 AND kind = ?2 AND action = 'delete'
          ORDER BY id",
    )?;
    let entries = stmt.query_map(rusqlite::params![tx, table], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    let mut rows = Vec::new();
    for e in entries {
        let (entry, before) = e?;
        let row = parse(before, entry)?;
        if row
            .get(column)
            .and_then(Value::as_i64)
            .is_some_and(|p| ids.contains(&p))
        {
            rows.push(row);
        }
    }
    Ok(rows)
}
