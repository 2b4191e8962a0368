//! Closed years. Once the report of a year has gone to the hierarchy, the year is closed:
//! its technical actions, operational cases and enrolments can no longer be created,
//! changed or deleted, whoever writes (a form, the command line, an import, a revert, an
//! undo) — SQLite triggers refuse the write, so no path can forget the rule (their message,
//! `closed_year:YYYY:field`, becomes `YEAR_CLOSED` in `error.rs`). Closing freezes the
//! year's annual report (`api.rs`): what was sent is what is printed again, whatever
//! changes later in other years. Reopening needs a reason; closing and reopening are
//! records of the audit trail like any other (`closed_year`).

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::{i18n, validate};

/// The `closed_year` table and the triggers that hold closed years still (schema step 18).
/// A year's records are dated by the action's start, the case's opening and the session's
/// start; an update is refused when the record is dated in a closed year before or after.
pub(crate) const MIGRATION: &str = "
CREATE TABLE closed_year (
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2100),
    closed    INTEGER NOT NULL CHECK (closed IN (0, 1)),
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE closed_year_report (
    year     INTEGER PRIMARY KEY REFERENCES closed_year (year) ON DELETE CASCADE,
    sections TEXT NOT NULL
) STRICT;
CREATE TRIGGER closed_year_action_insert BEFORE INSERT ON technical_action
    WHEN EXISTS (SELECT 1 FROM closed_year WHERE closed = 1 AND year = CAST(substr(NEW.start_date, 1, 4) AS INTEGER))
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || substr(NEW.start_date, 1, 4) || ':start_date'); END;
CREATE TRIGGER closed_year_action_update BEFORE UPDATE ON technical_action
    WHEN EXISTS (SELECT 1 FROM closed_year WHERE closed = 1 AND year IN (CAST(substr(OLD.start_date, 1, 4) AS INTEGER), CAST(substr(NEW.start_date, 1, 4) AS INTEGER)))
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || (SELECT year FROM closed_year WHERE closed = 1 AND year IN (CAST(substr(OLD.start_date, 1, 4) AS INTEGER), CAST(substr(NEW.start_date, 1, 4) AS INTEGER)) ORDER BY year LIMIT 1) || ':start_date'); END;
CREATE TRIGGER closed_year_action_delete BEFORE DELETE ON technical_action
    WHEN EXISTS (SELECT 1 FROM closed_year WHERE closed = 1 AND year = CAST(substr(OLD.start_date, 1, 4) AS INTEGER))
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || substr(OLD.start_date, 1, 4) || ':'); END;
CREATE TRIGGER closed_year_case_insert BEFORE INSERT ON operational_case
    WHEN EXISTS (SELECT 1 FROM closed_year WHERE closed = 1 AND year = CAST(substr(NEW.opened_on, 1, 4) AS INTEGER))
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || substr(NEW.opened_on, 1, 4) || ':opened_on'); END;
CREATE TRIGGER closed_year_case_update BEFORE UPDATE ON operational_case
    WHEN EXISTS (SELECT 1 FROM closed_year WHERE closed = 1 AND year IN (CAST(substr(OLD.opened_on, 1, 4) AS INTEGER), CAST(substr(NEW.opened_on, 1, 4) AS INTEGER)))
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || (SELECT year FROM closed_year WHERE closed = 1 AND year IN (CAST(substr(OLD.opened_on, 1, 4) AS INTEGER), CAST(substr(NEW.opened_on, 1, 4) AS INTEGER)) ORDER BY year LIMIT 1) || ':opened_on'); END;
CREATE TRIGGER closed_year_case_delete BEFORE DELETE ON operational_case
    WHEN EXISTS (SELECT 1 FROM closed_year WHERE closed = 1 AND year = CAST(substr(OLD.opened_on, 1, 4) AS INTEGER))
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || substr(OLD.opened_on, 1, 4) || ':'); END;
CREATE TRIGGER closed_year_enrolment_insert BEFORE INSERT ON enrolment
    WHEN EXISTS (SELECT 1 FROM closed_year y JOIN session s ON y.year = CAST(substr(s.start_date, 1, 4) AS INTEGER)
                  WHERE y.closed = 1 AND s.id = NEW.session_id)
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || (SELECT substr(start_date, 1, 4) FROM session WHERE id = NEW.session_id) || ':session_id'); END;
CREATE TRIGGER closed_year_enrolment_update BEFORE UPDATE ON enrolment
    WHEN EXISTS (SELECT 1 FROM closed_year y JOIN session s ON y.year = CAST(substr(s.start_date, 1, 4) AS INTEGER)
                  WHERE y.closed = 1 AND s.id IN (OLD.session_id, NEW.session_id))
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || (SELECT min(substr(s.start_date, 1, 4)) FROM session s JOIN closed_year y ON y.year = CAST(substr(s.start_date, 1, 4) AS INTEGER) WHERE y.closed = 1 AND s.id IN (OLD.session_id, NEW.session_id)) || ':'); END;
CREATE TRIGGER closed_year_enrolment_delete BEFORE DELETE ON enrolment
    WHEN EXISTS (SELECT 1 FROM closed_year y JOIN session s ON y.year = CAST(substr(s.start_date, 1, 4) AS INTEGER)
                  WHERE y.closed = 1 AND s.id = OLD.session_id)
    BEGIN SELECT RAISE(ABORT, 'closed_year:' || (SELECT substr(start_date, 1, 4) FROM session WHERE id = OLD.session_id) || ':'); END;
";

/// A year that was closed at least once, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct YearState {
    pub year: i32,
    pub closed: bool,
    /// When it was last closed (UTC, ISO 8601) and by whom.
    pub closed_at: String,
    pub closed_by: String,
    /// Why it was last reopened (empty while closed since).
    pub reason: String,
}

/// Every year ever closed, latest first.
pub fn list(conn: &Connection) -> Result<Vec<YearState>> {
    let mut stmt = conn.prepare(
        "SELECT year, closed, closed_at, closed_by, reason FROM closed_year ORDER BY year DESC",
    )?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Where `year` stands (`None`: never closed).
pub fn get(conn: &Connection, year: i32) -> Result<Option<YearState>> {
    Ok(conn
        .query_row(
            "SELECT year, closed, closed_at, closed_by, reason FROM closed_year WHERE year = ?1",
            [year],
            row,
        )
        .optional()?)
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<YearState> {
    Ok(YearState {
        year: r.get(0)?,
        closed: r.get(1)?,
        closed_at: r.get(2)?,
        closed_by: r.get(3)?,
        reason: r.get(4)?,
    })
}

/// Closes `year`; refused when it is closed already.
pub fn close(conn: &Connection, year: i32, user: &str) -> Result<YearState> {
    validate::year(year)?;
    if get(conn, year)?.is_some_and(|y| y.closed) {
        return Err(Error::conflict(
            "err-year-already-closed",
            i18n::args([("year", year.to_string())]),
        )
        .with_field("year"));
    }
    conn.execute(
        "INSERT INTO closed_year (year, closed, closed_at, closed_by, reason)
              VALUES (?1, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, '')
         ON CONFLICT (year) DO UPDATE SET closed = 1, closed_at = excluded.closed_at,
                                          closed_by = excluded.closed_by, reason = ''",
        params![year, user],
    )?;
    get(conn, year)?.ok_or_else(|| Error::not_found("what-year", year))
}

/// Reopens `year`, saying why (required); refused when it is not closed.
pub fn reopen(conn: &Connection, year: i32, reason: &str) -> Result<YearState> {
    validate::year(year)?;
    let reason = validate::text("reason", reason, 500)?;
    if !get(conn, year)?.is_some_and(|y| y.closed) {
        return Err(Error::conflict(
            "err-year-not-closed",
            i18n::args([("year", year.to_string())]),
        )
        .with_field("year"));
    }
    conn.execute(
        "UPDATE closed_year SET closed = 0, reason = ?2 WHERE year = ?1",
        params![year, reason],
    )?;
    conn.execute("DELETE FROM closed_year_report WHERE year = ?1", [year])?;
    get(conn, year)?.ok_or_else(|| Error::not_found("what-year", year))
}

/// Keeps the sections of the annual report of closed `year` as it was when closed (JSON).
pub(crate) fn freeze(conn: &Connection, year: i32, sections: &str) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO closed_year_report (year, sections) VALUES (?1, ?2)",
        params![year, sections],
    )?;
    Ok(())
}

/// The frozen sections of `year`'s annual report, while the year is closed.
pub(crate) fn frozen(conn: &Connection, year: i32) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT r.sections FROM closed_year_report r JOIN closed_year y USING (year)
              WHERE y.closed = 1 AND r.year = ?1",
            [year],
            |r| r.get(0),
        )
        .optional()?)
}
