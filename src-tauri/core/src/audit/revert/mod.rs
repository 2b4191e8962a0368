//! Bringing a record back to an earlier version, or back from its deletion. The version is
//! read from the audit trail (`version.rs`: the record and its links as they were after the
//! chosen entry; for a deletion, just before it) and written through the owner's own checks
//! — the form's — in one batch of kind `revert`, itself audited. A version that is no longer
//! valid (its SSI closed, its reference entry removed, a country covered by another SSI
//! since) is refused with the check's French message.

mod version;

use serde::Serialize;
use serde_json::Value;

use super::links_of;
use crate::cooperation::{operational, programme, technical};
use crate::error::{Error, Result};
use crate::gign::{session, trainee_record};
use crate::network::ssi;
use crate::{i18n, Store};
use version::{Row, Version};

/// What a revert did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Reverted {
    /// The record existed: its fields now hold the chosen version.
    Restored,
    /// The record had been deleted: it is back, under its former id.
    Recreated,
}

/// The kinds of record a version can be restored for.
pub const REVERTIBLE: &[&str] = &[
    "technical_action",
    "operational_case",
    "ssi",
    "trainee",
    "session",
    "programme",
];

/// Whether an entry of `kind` (under `parent_kind`, for a link row) names a version that can
/// be restored.
pub fn revertible(kind: &str, parent_kind: Option<&str>) -> bool {
    REVERTIBLE.contains(&kind) || parent_kind.is_some_and(|p| links_of(p).any(|t| t == kind))
}

impl Store {
    /// Puts record `kind`/`id` back as it was after audit entry `entry` — its own or one of
    /// its links' (before it, when the entry is its deletion).
    pub fn revert(&mut self, kind: &str, id: i64, entry: i64) -> Result<Reverted> {
        if !REVERTIBLE.contains(&kind) {
            return Err(Error::invalid(
                "kind",
                "err-revert-kind",
                i18n::args([("value", kind)]),
            ));
        }
        let v = version::at(self.conn(), kind, id, entry)?;
        let label = format!("{kind} {id} ← {entry}");
        let outcome = self.write_batch("revert", &label, |tx, _| {
            let exists: bool = tx.query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {kind} WHERE id = ?1)"),
                [id],
                |r| r.get(0),
            )?;
            write(tx, kind, id, &v, exists)?;
            Ok(if exists {
                Reverted::Restored
            } else {
                Reverted::Recreated
            })
        });
        outcome.map_err(|e| match e.code {
            // Why this version cannot come back, in the words of the form's check.
            crate::ErrorCode::InvalidInput
            | crate::ErrorCode::NotFound
            | crate::ErrorCode::Conflict => Error {
                message: i18n::tr("err-revert-invalid", &i18n::args([("reason", &e.message)])),
                ..e
            },
            _ => e,
        })
    }
}

/// The version's fields, with `extra` fields the form takes, as the owner's input type.
fn input<T: serde::de::DeserializeOwned>(v: &Version, extra: &[(&str, Value)]) -> Result<T> {
    let mut fields = v.fields.clone();
    for (name, value) in extra {
        fields.insert((*name).to_owned(), value.clone());
    }
    serde_json::from_value(Value::Object(fields))
        .map_err(|e| Error::internal(format!("audit version: {e}")))
}

/// Column `column` of each row of link table `table`.
fn column(v: &Version, table: &str, column: &str) -> Vec<Value> {
    v.links(table)
        .iter()
        .filter_map(|r| r.get(column).cloned())
        .collect()
}

fn write(tx: &rusqlite::Connection, kind: &str, id: i64, v: &Version, exists: bool) -> Result<()> {
    match (kind, exists) {
        ("technical_action", true) => technical::update(tx, id, &input(v, &[])?).map(drop),
        ("technical_action", false) => technical::reinsert(tx, id, &input(v, &[])?).map(drop),
        ("operational_case", true) => operational::update(tx, id, &input(v, &[])?),
        ("operational_case", false) => operational::reinsert(tx, id, &input(v, &[])?),
        ("trainee", true) => trainee_record::update(tx, id, &input(v, &[])?),
        ("ssi", true) => {
            let covered: Vec<String> = column(v, "ssi_coverage", "country")
                .into_iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect();
            ssi::update(tx, id, &input(v, &[])?, &covered)
        }
        ("session", _) => {
            let instructors = Value::Array(column(v, "session_instructor", "instructor_id"));
            let s = input(v, &[("instructor_ids", instructors)])?;
            if exists {
                return session::update(tx, id, &s).map(drop);
            }
            session::reinsert(tx, id, &s)?;
            bring_back_enrolments(tx, id, v)
        }
        ("programme", true) => {
            let funders: Vec<Value> = v
                .links("programme_funder")
                .iter()
                .map(|r| Value::Array(vec![field(r, "funder_id"), field(r, "share_pct")]))
                .collect();
            let countries = Value::Array(column(v, "programme_country", "country"));
            let p = input(
                v,
                &[("funders", Value::Array(funders)), ("countries", countries)],
            )?;
            let years: Vec<(i32, i64)> = v
                .links("programme_budget")
                .iter()
                .filter_map(|r| {
                    let year = r
                        .get("year")?
                        .as_i64()
                        .and_then(|y| i32::try_from(y).ok())?;
                    Some((year, r.get("budget_cents")?.as_i64()?))
                })
                .collect();
            programme::restore(tx, id, &p, &years)
        }
        // SSIs, trainees and programmes are never deleted (a trainee is erased in place).
        ("ssi", false) => Err(Error::not_found("what-ssi", id)),
        ("trainee", false) => Err(Error::not_found("what-trainee", id)),
        ("programme", false) => Err(Error::not_found("what-programme", id)),
        _ => Err(Error::internal(format!("revert of {kind}"))),
    }
}

fn field(row: &Row, name: &str) -> Value {
    row.get(name).cloned().unwrap_or(Value::Null)
}

/// A deleted session comes back with the enrolments (and their attendance) its deletion
/// took, for the trainees who are still there.
fn bring_back_enrolments(tx: &rusqlite::Connection, id: i64, v: &Version) -> Result<()> {
    let Some(deletion) = v.deleted_in else {
        return Ok(());
    };
    let mut back = Vec::new();
    for row in version::cascaded(tx, deletion, "enrolment", "session_id", &[id])? {
        let trainee = row.get("trainee_id").and_then(Value::as_i64);
        let present: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM trainee WHERE id = ?1)",
            [trainee],
            |r| r.get(0),
        )?;
        if present {
            super::undo::insert_row(tx, "enrolment", &Value::Object(row.clone()).to_string())?;
            back.extend(row.get("id").and_then(Value::as_i64));
        }
    }
    for row in version::cascaded(tx, deletion, "attendance", "enrolment_id", &back)? {
        super::undo::insert_row(tx, "attendance", &Value::Object(row).to_string())?;
    }
    Ok(())
}
