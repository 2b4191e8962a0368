//! Revoked certificates. A certificate given in error (or whose holder was found not to
//! deserve it) is revoked with a reason; its number then verifies as « révoqué », whatever
//! its QR code says, and is no longer printed. Revocations are ordinary records of the
//! audit trail (who, when, why), undone like any other write.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::lookup;
use crate::error::{Error, Result};
use crate::{i18n, validate};

/// The `certificate_revocation` table (schema step 20). Keyed by the number, not by the
/// enrolment: a revoked number stays revoked even if its enrolment is deleted.
pub(crate) const MIGRATION: &str = "
CREATE TABLE certificate_revocation (
    id         INTEGER PRIMARY KEY,
    number     TEXT NOT NULL UNIQUE,
    revoked_on TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;
";

/// The longest reason kept.
const REASON_MAX: usize = 500;

/// When and why a certificate was revoked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Revocation {
    pub number: String,
    pub revoked_on: NaiveDate,
    pub reason: String,
}

/// The revocation of `number` (normalised), if any.
pub fn find(conn: &Connection, number: &str) -> Result<Option<Revocation>> {
    Ok(conn
        .prepare_cached(
            "SELECT number, revoked_on, reason FROM certificate_revocation WHERE number = ?1",
        )?
        .query_row([number], |r| {
            Ok(Revocation {
                number: r.get(0)?,
                revoked_on: r.get(1)?,
                reason: r.get(2)?,
            })
        })
        .optional()?)
}

/// Revokes the certificate `number` on `today` for `reason`. The number must have been
/// issued by this desk; a reason is required; a number already revoked is refused.
pub fn revoke(
    conn: &Connection,
    number: &str,
    reason: &str,
    today: NaiveDate,
) -> Result<Revocation> {
    let number = lookup::normalise(number);
    let reason = validate::text("reason", reason, REASON_MAX)?;
    if lookup::find(conn, &number)?.is_none() {
        return Err(Error::invalid(
            "number",
            "err-certificate-unknown",
            i18n::args([("number", number.as_str())]),
        ));
    }
    if let Some(done) = find(conn, &number)? {
        return Err(Error::invalid(
            "number",
            "err-certificate-already-revoked",
            i18n::args([
                ("number", number.as_str()),
                ("date", validate::fr_date(done.revoked_on).as_str()),
            ]),
        ));
    }
    conn.execute(
        "INSERT INTO certificate_revocation (number, revoked_on, reason) VALUES (?1, ?2, ?3)",
        params![number, today, reason],
    )?;
    find(conn, &number)?.ok_or_else(|| Error::internal("revocation not stored"))
}

/// Every revocation, newest first.
pub fn list(conn: &Connection) -> Result<Vec<Revocation>> {
    let mut stmt = conn.prepare(
        "SELECT number, revoked_on, reason FROM certificate_revocation
          ORDER BY revoked_on DESC, number DESC",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Revocation {
                number: r.get(0)?,
                revoked_on: r.get(1)?,
                reason: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
