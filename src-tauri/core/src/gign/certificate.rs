//! Certificate numbers of passed trainees. A number reads `GIGN-<year of the session's
//! start>-<4 digits>` and is unique across the database (`enrolment.certificate_no` is
//! UNIQUE). Within a year numbers follow each other; the highest one ever issued is kept in
//! `meta`, so that a number freed by the erasure of a trainee is never given to someone else.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::meta;

/// The `meta` key prefix of the highest number issued in a year.
const COUNTER: &str = "certificate_last_";

/// Forgets the highest numbers ever issued: only when every record is deleted (the demo
/// reloaded), so that a new generation numbers from 1 again.
pub(crate) fn forget_counters(conn: &Connection) -> Result<()> {
    conn.execute(
        "DELETE FROM meta WHERE substr(key, 1, ?1) = ?2",
        params![COUNTER.len() as i64, COUNTER],
    )?;
    Ok(())
}

/// The prefix of every certificate number of `year`: `GIGN-2016-`.
pub fn number_prefix(year: i32) -> String {
    format!("GIGN-{year}-")
}

/// Gives a number to each passed enrolment of the session that has none yet, in the order
/// of the trainees' names. Returns how many were issued (0 when all already have one:
/// calling it again changes nothing). All numbers are written or none.
pub fn issue(conn: &Connection, session_id: i64) -> Result<usize> {
    let start: NaiveDate = conn
        .query_row(
            "SELECT start_date FROM session WHERE id = ?1",
            [session_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-session", session_id).with_field("session_id"))?;
    // A savepoint nests inside a caller's transaction and works outside one too.
    conn.execute_batch("SAVEPOINT issue_certificates")?;
    match issue_numbers(conn, session_id, start.year()) {
        Ok(n) => {
            conn.execute_batch("RELEASE issue_certificates")?;
            Ok(n)
        }
        Err(e) => {
            // The first error is the one worth reporting; the rollback cannot make it worse.
            let _ =
                conn.execute_batch("ROLLBACK TO issue_certificates; RELEASE issue_certificates");
            Err(e)
        }
    }
}

fn issue_numbers(conn: &Connection, session_id: i64, year: i32) -> Result<usize> {
    let mut stmt = conn.prepare(
        "SELECT e.id FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
          WHERE e.session_id = ?1 AND e.status = 'passed' AND e.certificate_no IS NULL
          ORDER BY t.last_name COLLATE FR, t.first_name COLLATE FR, t.id",
    )?;
    let pending: Vec<i64> = stmt
        .query_map([session_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if pending.is_empty() {
        return Ok(0);
    }
    let prefix = number_prefix(year);
    let key = format!("{COUNTER}{prefix}");
    let recorded = meta::get(conn, &key)?
        .and_then(|v| v.parse::<u32>().ok())
        .unwrap_or(0);
    let mut last = recorded.max(highest_in_use(conn, &prefix)?);
    let mut stmt = conn.prepare(
        "UPDATE enrolment SET certificate_no = ?1 WHERE id = ?2 AND certificate_no IS NULL",
    )?;
    for id in &pending {
        last += 1;
        stmt.execute(params![format!("{prefix}{last:04}"), id])?;
    }
    meta::set(conn, &key, &last.to_string())?;
    Ok(pending.len())
}

/// The highest sequence number in use with `prefix` (0 when none).
fn highest_in_use(conn: &Connection, prefix: &str) -> Result<u32> {
    let mut stmt = conn
        .prepare("SELECT certificate_no FROM enrolment WHERE substr(certificate_no, 1, ?1) = ?2")?;
    let numbers = stmt
        .query_map(params![prefix.len() as i64, prefix], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(numbers
        .iter()
        .filter_map(|n| n.strip_prefix(prefix))
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|s| s.parse::<u32>().ok())
        .max()
        .unwrap_or(0))
}
