//! Undo: one write (a form's save, a delete, an import) taken back whole. Every write of the
//! store is one transaction and its audit entries share its `tx` number; undoing it applies
//! the entries backwards — a created row is deleted, an updated one gets its former values,
//! a deleted one comes back under its id — in one batch of kind `undo`, itself audited.
//!
//! An undo restores a state that was valid a moment ago, so it does not go through the
//! forms' checks; what it does check is that nothing changed since: every row it touches
//! must still be exactly as the write left it, and undoing must not take anything else
//! with it (a row deleted in cascade). Otherwise it is refused and changes nothing. Closed
//! years hold as for any write.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::{i18n, Store};

/// What an undo did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Undone {
    /// How many rows were put back as they were (created ones deleted, deleted ones back).
    pub rows: usize,
    /// The undo's own batch in the journal.
    pub batch_id: i64,
}

struct Entry {
    kind: String,
    action: String,
    before: Option<String>,
    after: Option<String>,
}

impl Store {
    /// Undoes this desk's last write when it touched record `kind`/`id` or one of the link
    /// rows that are part of it (an SSI's coverage, a programme's yearly budget) — the notice shown after a save
    /// or a delete; anything else is « Rien à annuler ».
    pub fn undo_latest(&mut self, kind: &str, id: i64) -> Result<Undone> {
        // The record's link rows count as the record (enrolments are records of their own).
        let links: Vec<String> = super::links_of(kind).map(|t| format!("'{t}'")).collect();
        let links = if links.is_empty() {
            "NULL".to_owned()
        } else {
            links.join(", ")
        };
        let tx: Option<i64> = self
            .conn()
            .query_row(
                &format!(
                    "SELECT a.tx FROM audit a LEFT JOIN audit_batch b ON b.id = a.batch_id
                      WHERE ((a.kind = ?1 AND a.record_id = ?2)
                             OR (a.parent_kind = ?1 AND a.parent_id = ?2 AND a.kind IN ({links})))
                        AND a.user = ?3
                        AND b.kind IS NOT 'undo'
                      ORDER BY a.id DESC LIMIT 1"
                ),
                rusqlite::params![kind, id, self.user()],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let tx = tx.ok_or_else(|| Error::invalid("id", "err-undo-nothing", Vec::new()))?;
        // Only the desk's very last write, and only a plain one (a batch — the demo, an
        // import — is undone whole from the journal): a save that changed nothing must not
        // take back an older write instead.
        let (last, batched): (Option<i64>, bool) = self.conn().query_row(
            "SELECT (SELECT max(a.tx) FROM audit a LEFT JOIN audit_batch b ON b.id = a.batch_id
                      WHERE a.user = ?1 AND b.kind IS NOT 'undo'),
                    EXISTS (SELECT 1 FROM audit WHERE tx = ?2 AND batch_id IS NOT NULL)",
            rusqlite::params![self.user(), tx],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if last != Some(tx) || batched {
            return Err(Error::invalid("id", "err-undo-nothing", Vec::new()));
        }
        let label = format!("{kind} {id}");
        self.undo_tx(tx, &label)
    }

    /// Undoes a whole batch of the journal (« Annuler cet import »), all or nothing.
    pub fn undo_batch(&mut self, batch_id: i64) -> Result<Undone> {
        let found: Option<(String, String, Option<i64>)> = self
            .conn()
            .query_row(
                "SELECT b.kind, b.label, (SELECT max(tx) FROM audit WHERE batch_id = b.id)
                   FROM audit_batch b WHERE b.id = ?1",
                [batch_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((kind, label, Some(tx))) = found else {
            return Err(Error::invalid(
                "batch_id",
                "err-undo-batch",
                i18n::args([("batch", batch_id)]),
            ));
        };
        if kind == "demo" {
            return Err(Error::invalid("batch_id", "err-undo-demo", Vec::new()));
        }
        self.undo_tx(tx, &format!("{kind} {batch_id} {label}"))
    }

    fn undo_tx(&mut self, tx_no: i64, label: &str) -> Result<Undone> {
        let entries = entries(self.conn(), tx_no)?;
        if entries.is_empty() {
            return Err(Error::invalid("id", "err-undo-nothing", Vec::new()));
        }
        let done: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM audit_batch WHERE undoes_tx = ?1)",
            [tx_no],
            |r| r.get(0),
        )?;
        if done {
            return Err(Error::conflict("err-undo-done", Vec::new()));
        }
        self.write_batch("undo", label, |tx, batch_id| {
            tx.execute(
                "UPDATE audit_batch SET undoes_tx = ?1 WHERE id = ?2",
                [tx_no, batch_id],
            )?;
            for e in entries.iter().rev() {
                reverse(tx, e)?;
            }
            // A cascade (a child row written later, deleted with its parent) would be a loss.
            let written: i64 = tx.query_row(
                "SELECT count(*) FROM audit WHERE batch_id = ?1",
                [batch_id],
                |r| r.get(0),
            )?;
            if usize::try_from(written).ok() != Some(entries.len()) {
                return Err(changed_since());
            }
            Ok(Undone {
                rows: entries.len(),
                batch_id,
            })
        })
    }
}

fn entries(conn: &Connection, tx: i64) -> Result<Vec<Entry>> {
    let mut stmt =
        conn.prepare("SELECT kind, action, before, after FROM audit WHERE tx = ?1 ORDER BY id")?;
    let rows = stmt.query_map([tx], |r| {
        Ok(Entry {
            kind: r.get(0)?,
            action: r.get(1)?,
            before: r.get(2)?,
            after: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn changed_since() -> Error {
    Error::conflict("err-undo-changed", Vec::new())
}

/// Applies one entry backwards, after checking the row is as the entry left it.
fn reverse(conn: &Connection, e: &Entry) -> Result<()> {
    let table = Table::of(conn, &e.kind)?;
    let now = table.current(conn, e.after.as_deref().or(e.before.as_deref()))?;
    match e.action.as_str() {
        "insert" | "update" if now.as_deref() != e.after.as_deref() => Err(changed_since()),
        "delete" if now.is_some() => Err(changed_since()),
        "insert" => table.delete(conn, e.after.as_deref()),
        "update" => table.update(conn, e.before.as_deref(), e.after.as_deref()),
        "delete" => table.insert(conn, e.before.as_deref()),
        _ => Err(Error::internal(format!("audit action {}", e.action))),
    }
}

/// Puts back in `table` a row as an audit entry holds it (JSON of every column): a revert
/// brings back the rows a deletion took with its record this way.
pub(super) fn insert_row(conn: &Connection, table: &str, row: &str) -> Result<()> {
    Table::of(conn, table)?.insert(conn, Some(row))
}

/// A domain table as the audit triggers see it: its columns in order and its key.
struct Table {
    name: String,
    columns: Vec<String>,
    key: Vec<String>,
}

impl Table {
    fn of(conn: &Connection, name: &str) -> Result<Self> {
        let mut stmt = conn.prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows: Vec<(String, i64)> = stmt
            .query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if rows.is_empty() {
            return Err(changed_since());
        }
        let mut key: Vec<(i64, String)> = rows
            .iter()
            .filter(|(_, pk)| *pk > 0)
            .map(|(c, pk)| (*pk, c.clone()))
            .collect();
        key.sort();
        Ok(Self {
            name: name.to_owned(),
            columns: rows.into_iter().map(|(c, _)| c).collect(),
            key: key.into_iter().map(|(_, c)| c).collect(),
        })
    }

    /// `key = json_extract(?1, '$.key') AND …`: the row the JSON `?1` names.
    fn key_matches(&self, param: usize) -> String {
        self.key
            .iter()
            .map(|c| format!("\"{c}\" IS json_extract(?{param}, '$.{c}')"))
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    fn extracts(&self, param: usize) -> String {
        self.columns
            .iter()
            .map(|c| format!("json_extract(?{param}, '$.{c}')"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The row named by `json` as the trigger would write it, if it exists.
    fn current(&self, conn: &Connection, json: Option<&str>) -> Result<Option<String>> {
        let pairs: Vec<String> = self
            .columns
            .iter()
            .map(|c| format!("'{c}', \"{c}\""))
            .collect();
        let sql = format!(
            "SELECT json_object({}) FROM \"{}\" WHERE {}",
            pairs.join(", "),
            self.name,
            self.key_matches(1)
        );
        Ok(conn.query_row(&sql, [json], |r| r.get(0)).optional()?)
    }

    fn delete(&self, conn: &Connection, after: Option<&str>) -> Result<()> {
        let sql = format!(
            "DELETE FROM \"{}\" WHERE {}",
            self.name,
            self.key_matches(1)
        );
        one(conn.execute(&sql, [after])?)
    }

    fn update(&self, conn: &Connection, before: Option<&str>, after: Option<&str>) -> Result<()> {
        let sql = format!(
            "UPDATE \"{}\" SET ({}) = (SELECT {}) WHERE {}",
            self.name,
            self.column_list(),
            self.extracts(1),
            self.key_matches(2)
        );
        one(conn.execute(&sql, [before, after])?)
    }

    fn insert(&self, conn: &Connection, before: Option<&str>) -> Result<()> {
        let sql = format!(
            "INSERT INTO \"{}\" ({}) SELECT {}",
            self.name,
            self.column_list(),
            self.extracts(1)
        );
        one(conn.execute(&sql, [before])?)
    }
}

fn one(changed: usize) -> Result<()> {
    if changed == 1 {
        Ok(())
    } else {
        Err(changed_since())
    }
}
