//! Bringing a record back to an earlier version, or back from its deletion. The version is
//! read from the audit trail (the values after the chosen entry; for a deletion, the values
//! just before it) and written through the owner's own checks — the form's — in one batch of
//! kind `revert`, itself audited. A version that is no longer valid (its SSI closed, its
//! reference entry removed) is refused with the check's French message.

use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::cooperation::{operational, technical};
use crate::error::{Error, Result};
use crate::{i18n, Store};

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
pub const REVERTIBLE: &[&str] = &["technical_action", "operational_case"];

impl Store {
    /// Puts record `kind`/`id` back as it was after audit entry `entry` (before it, when
    /// the entry is its deletion).
    pub fn revert(&mut self, kind: &str, id: i64, entry: i64) -> Result<Reverted> {
        if !REVERTIBLE.contains(&kind) {
            return Err(Error::invalid(
                "kind",
                "err-revert-kind",
                i18n::args([("value", kind)]),
            ));
        }
        let version: Option<String> = self
            .conn()
            .query_row(
                "SELECT coalesce(after, before) FROM audit
                  WHERE id = ?1 AND kind = ?2 AND record_id = ?3",
                rusqlite::params![entry, kind, id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let version = version.ok_or_else(|| {
            Error::invalid("entry", "err-revert-entry", i18n::args([("entry", entry)]))
        })?;
        let label = format!("{kind} {id} ← {entry}");
        let outcome = self.write_batch("revert", &label, |tx, _| {
            let exists: bool = tx.query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {kind} WHERE id = ?1)"),
                [id],
                |r| r.get(0),
            )?;
            let parse = |e: serde_json::Error| Error::internal(format!("audit entry {entry}: {e}"));
            match (kind, exists) {
                ("technical_action", true) => {
                    technical::update(tx, id, &serde_json::from_str(&version).map_err(parse)?)?;
                }
                ("technical_action", false) => {
                    technical::reinsert(tx, id, &serde_json::from_str(&version).map_err(parse)?)?;
                }
                (_, true) => {
                    operational::update(tx, id, &serde_json::from_str(&version).map_err(parse)?)?
                }
                (_, false) => {
                    operational::reinsert(tx, id, &serde_json::from_str(&version).map_err(parse)?)?
                }
            }
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
