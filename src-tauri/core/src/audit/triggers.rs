//! The audit triggers, three per domain table (insert, update, delete), generated from the
//! table's columns as the schema has them. They are rebuilt at open whenever the generated
//! SQL differs from the one in place (a migration added a table or a column), so a new table
//! is audited without anyone remembering to: `NOT_AUDITED` is the only way out, and a test
//! checks every other table has its triggers.

use rusqlite::Connection;

use super::{NOT_AUDITED, PARENTS};
use crate::error::Result;
use crate::meta;

/// The meta key holding the hash of the triggers in place.
const SIGNATURE: &str = "audit_triggers";
const PREFIX: &str = "audit_row_";

/// Brings the audit triggers up to date with the schema (writes only when they differ).
pub(crate) fn sync(conn: &Connection) -> Result<()> {
    let sql = generate(conn)?;
    let signature = format!("{:016x}", fnv1a(sql.as_bytes()));
    if meta::get(conn, SIGNATURE)?.as_deref() == Some(signature.as_str()) {
        return Ok(());
    }
    let existing: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ?1")?
        .query_map([format!("{PREFIX}%")], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut batch = String::from("SAVEPOINT audit_triggers;\n");
    for name in existing {
        batch.push_str(&format!("DROP TRIGGER \"{name}\";\n"));
    }
    batch.push_str(&sql);
    batch.push_str("RELEASE audit_triggers;\n");
    conn.execute_batch(&batch)?;
    meta::set(conn, SIGNATURE, &signature)?;
    Ok(())
}

/// The domain tables: every ordinary table but the ones not audited (virtual tables and
/// their shadow tables are not ordinary).
pub(crate) fn audited_tables(conn: &Connection) -> Result<Vec<String>> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM pragma_table_list
              WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'
              ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(tables
        .into_iter()
        .filter(|t| !NOT_AUDITED.contains(&t.as_str()))
        .collect())
}

fn generate(conn: &Connection) -> Result<String> {
    let mut sql = String::new();
    for table in audited_tables(conn)? {
        let columns: Vec<(String, String, i64)> = conn
            .prepare("SELECT name, upper(type), pk FROM pragma_table_info(?1) ORDER BY cid")?
            .query_map([&table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        // The record's id: `id`, or the table's own integer key (a closed year's `year`);
        // link tables with a composite key have none (their parent names them).
        let keys: Vec<&(String, String, i64)> = columns.iter().filter(|c| c.2 > 0).collect();
        let id = match keys.as_slice() {
            [(name, kind, _)] if kind == "INTEGER" => Some(name.clone()),
            _ => columns.iter().find(|c| c.0 == "id").map(|c| c.0.clone()),
        };
        let names: Vec<String> = columns.into_iter().map(|c| c.0).collect();
        sql.push_str(&triggers(&table, &names, id.as_deref()));
    }
    Ok(sql)
}

/// The three triggers of `table`, whose record id is column `id` when it has one.
fn triggers(table: &str, columns: &[String], id: Option<&str>) -> String {
    let json = |row: &str| {
        let pairs: Vec<String> = columns
            .iter()
            .map(|c| format!("'{c}', {row}.\"{c}\""))
            .collect();
        format!("json_object({})", pairs.join(", "))
    };
    let parent = PARENTS.iter().find(|(t, _, _)| *t == table);
    let entry = |action: &str, row: &str, before: &str, after: &str| {
        let record = match id {
            Some(column) => format!("{row}.\"{column}\""),
            None => "NULL".into(),
        };
        let (parent_kind, parent_id) = match parent {
            Some((_, kind, column)) => (format!("'{kind}'"), format!("{row}.\"{column}\"")),
            None => ("NULL".into(), "NULL".into()),
        };
        format!(
            "INSERT INTO audit (at, user, batch_id, tx, kind, record_id, parent_kind, parent_id, action, before, after)
     SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.user, c.batch, c.tx, '{table}', {record}, {parent_kind}, {parent_id}, '{action}', {before}, {after}
       FROM audit_context c;"
        )
    };
    let (old, new) = (json("OLD"), json("NEW"));
    format!(
        "CREATE TRIGGER {PREFIX}{table}_insert AFTER INSERT ON \"{table}\" BEGIN
    {insert}
END;
CREATE TRIGGER {PREFIX}{table}_update AFTER UPDATE ON \"{table}\" WHEN {old} IS NOT {new} BEGIN
    {update}
END;
CREATE TRIGGER {PREFIX}{table}_delete AFTER DELETE ON \"{table}\" BEGIN
    {delete}
END;
",
        insert = entry("insert", "NEW", "NULL", &new),
        update = entry("update", "NEW", &old, &new),
        delete = entry("delete", "OLD", &old, "NULL"),
    )
}

/// FNV-1a: a stable hash of the generated SQL (not for security, only to notice a change).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
