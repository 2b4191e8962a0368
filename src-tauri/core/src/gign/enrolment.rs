//! Enrolments as the planner runs them: places and the waiting list, status changes with
//! automatic promotion, attendance per day, results.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::validate::{self, enum_from_sql, enum_str, fr_date};
use crate::{i18n, person};

/// The enrolment table; part of schema step 12, after the trainee table.
pub(crate) const TABLES: &str = "
CREATE TABLE enrolment (
    id             INTEGER PRIMARY KEY,
    trainee_id     INTEGER NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'waiting', 'attended',
                       'passed', 'failed', 'withdrawn')),
    result         TEXT NOT NULL DEFAULT '',
    certificate_no TEXT UNIQUE,
    UNIQUE (trainee_id, session_id)
) STRICT;
CREATE INDEX enrolment_session ON enrolment (session_id, status);
";

/// The attendance table (schema step 13).
pub(crate) const ATTENDANCE_TABLE: &str = "
CREATE TABLE attendance (
    enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    present      INTEGER NOT NULL CHECK (present IN (0, 1)),
    PRIMARY KEY (enrolment_id, day)
) STRICT, WITHOUT ROWID;
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentStatus {
    Requested,
    Confirmed,
    Waiting,
    Attended,
    Passed,
    Failed,
    Withdrawn,
}

impl EnrolmentStatus {
    /// The trainee took the course (attended it, passed or failed): what the figures count.
    pub fn trained(self) -> bool {
        matches!(self, Self::Attended | Self::Passed | Self::Failed)
    }

    /// The enrolment holds one of the session's places.
    pub fn holds_place(self) -> bool {
        !matches!(self, Self::Waiting | Self::Withdrawn)
    }
}

/// [`EnrolmentStatus::trained`] as an SQL list, for `e.status IN {TRAINED}`.
pub const TRAINED: &str = "('attended', 'passed', 'failed')";

/// [`EnrolmentStatus::holds_place`] as an SQL list, for `e.status IN {HOLDS_PLACE}`.
pub const HOLDS_PLACE: &str = "('requested', 'confirmed', 'attended', 'passed', 'failed')";

/// One trainee in a session's list.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct EnrolmentRow {
    pub id: i64,
    pub trainee_id: i64,
    pub name: String,
    pub country: String,
    pub country_name: String,
    pub unit: Option<String>,
    pub rank: String,
    pub status: EnrolmentStatus,
    pub result: String,
    pub certificate_no: Option<String>,
    /// Days marked present, as ISO dates.
    pub present_days: Vec<NaiveDate>,
}

/// The status changes a planner may make.
pub fn allowed(from: EnrolmentStatus, to: EnrolmentStatus) -> bool {
    use EnrolmentStatus::*;
    matches!(
        (from, to),
        (Requested, Confirmed)
            | (Requested, Withdrawn)
            | (Waiting, Requested)
            | (Waiting, Withdrawn)
            | (Confirmed, Attended)
            | (Confirmed, Withdrawn)
            | (Attended, Passed)
            | (Attended, Failed)
    )
}

fn places(conn: &Connection, session_id: i64) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        &format!(
            "SELECT s.capacity, (SELECT count(*) FROM enrolment e WHERE e.session_id = s.id
                                   AND e.status IN {HOLDS_PLACE})
               FROM session s WHERE s.id = ?1"
        ),
        [session_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Enrols a trainee: `requested` while places remain, else on the waiting list.
pub fn enrol(
    conn: &Connection,
    session_id: i64,
    trainee_id: i64,
) -> Result<(i64, EnrolmentStatus)> {
    validate::exists(conn, "session", session_id, "session_id", "what-session")?;
    validate::exists(conn, "trainee", trainee_id, "trainee_id", "what-trainee")?;
    let already: Option<String> = conn
        .query_row(
            "SELECT status FROM enrolment WHERE session_id = ?1 AND trainee_id = ?2",
            params![session_id, trainee_id],
            |r| r.get(0),
        )
        .optional()?;
    if already.is_some() {
        return Err(Error::conflict("err-already-enrolled", Vec::new()).with_field("trainee_id"));
    }
    let (capacity, held) = places(conn, session_id)?;
    let status = if held < capacity {
        EnrolmentStatus::Requested
    } else {
        EnrolmentStatus::Waiting
    };
    conn.execute(
        "INSERT INTO enrolment (trainee_id, session_id, status) VALUES (?1, ?2, ?3)",
        params![trainee_id, session_id, enum_str(status)?],
    )?;
    Ok((conn.last_insert_rowid(), status))
}

/// Moves the oldest waiting enrolments up while places are free; returns who was promoted.
pub fn promote_waiting(conn: &Connection, session_id: i64) -> Result<Vec<i64>> {
    let (capacity, held) = places(conn, session_id)?;
    let free = (capacity - held).max(0);
    let mut stmt = conn.prepare(
        "SELECT id FROM enrolment WHERE session_id = ?1 AND status = 'waiting' ORDER BY id LIMIT ?2",
    )?;
    let ids: Vec<i64> = stmt
        .query_map(params![session_id, free], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in &ids {
        conn.execute(
            "UPDATE enrolment SET status = 'requested' WHERE id = ?1",
            [id],
        )?;
    }
    Ok(ids)
}

/// Whether what happened at session `session_id` on `day` can be recorded yet: the day has
/// started, and the session is neither a draft nor cancelled (those count nowhere).
/// Refused on `field` with `future` (naming the day) otherwise.
fn check_held(
    conn: &Connection,
    session_id: i64,
    day: NaiveDate,
    field: &str,
    future: &str,
) -> Result<()> {
    let status: String = conn.query_row(
        "SELECT status FROM session WHERE id = ?1",
        [session_id],
        |r| r.get(0),
    )?;
    match status.as_str() {
        "draft" => Err(Error::invalid(field, "err-session-draft", Vec::new())),
        "cancelled" => Err(Error::invalid(field, "err-session-cancelled", Vec::new())),
        _ if day > crate::today() => Err(Error::invalid(
            field,
            future,
            i18n::args([("day", fr_date(day))]),
        )),
        _ => Ok(()),
    }
}

/// Changes an enrolment's status; an illegal change is refused. Freeing a place promotes
/// the first of the waiting list. Returns the promoted enrolments.
pub fn set_status(conn: &Connection, id: i64, to: EnrolmentStatus) -> Result<Vec<i64>> {
    let (session_id, from): (i64, String) = conn
        .query_row(
            "SELECT session_id, status FROM enrolment WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-enrolment", id))?;
    let from = enum_from_sql(&from)?;
    if !allowed(from, to) {
        let label = |s: EnrolmentStatus| {
            i18n::tr(
                &format!("enrolment-{}", enum_str(s).unwrap_or_default()),
                &[],
            )
        };
        return Err(Error::invalid(
            "status",
            "err-transition",
            i18n::args([("from", label(from)), ("to", label(to))]),
        ));
    }
    // Attended once the session has started; passed or failed once it has ended.
    let (start, end): (NaiveDate, NaiveDate) = conn.query_row(
        "SELECT start_date, end_date FROM session WHERE id = ?1",
        [session_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    match to {
        EnrolmentStatus::Attended => {
            check_held(conn, session_id, start, "status", "err-attended-early")?
        }
        EnrolmentStatus::Passed | EnrolmentStatus::Failed => {
            check_held(conn, session_id, end, "status", "err-result-early")?
        }
        _ => {}
    }
    if from == EnrolmentStatus::Waiting && to == EnrolmentStatus::Requested {
        let (capacity, held) = places(conn, session_id)?;
        if held >= capacity {
            return Err(Error::conflict(
                "err-session-full",
                i18n::args([("capacity", capacity)]),
            ));
        }
    }
    conn.execute(
        "UPDATE enrolment SET status = ?1 WHERE id = ?2",
        params![enum_str(to)?, id],
    )?;
    if from.holds_place() && !to.holds_place() {
        return promote_waiting(conn, session_id);
    }
    Ok(Vec::new())
}

/// Records the result comment of an enrolment.
pub fn set_result(conn: &Connection, id: i64, result: &str) -> Result<()> {
    validate::exists(conn, "enrolment", id, "id", "what-enrolment")?;
    let result = validate::optional_text("result", result, 400)?;
    conn.execute(
        "UPDATE enrolment SET result = ?1 WHERE id = ?2",
        params![result, id],
    )?;
    Ok(())
}

/// Marks a trainee present or absent on one day of the session.
pub fn set_attendance(conn: &Connection, id: i64, day: NaiveDate, present: bool) -> Result<()> {
    let (start, end, status, session_id): (NaiveDate, NaiveDate, String, i64) = conn
        .query_row(
            "SELECT s.start_date, s.end_date, e.status, s.id
               FROM enrolment e JOIN session s ON s.id = e.session_id WHERE e.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-enrolment", id))?;
    if day < start || day > end {
        return Err(Error::invalid(
            "day",
            "err-day-outside",
            i18n::args([
                ("day", fr_date(day)),
                ("start", fr_date(start)),
                ("end", fr_date(end)),
            ]),
        ));
    }
    if matches!(
        enum_from_sql(&status)?,
        EnrolmentStatus::Requested | EnrolmentStatus::Waiting | EnrolmentStatus::Withdrawn
    ) {
        return Err(Error::invalid(
            "status",
            "err-attendance-status",
            Vec::new(),
        ));
    }
    check_held(conn, session_id, day, "day", "err-attendance-future")?;
    conn.execute(
        "INSERT INTO attendance (enrolment_id, day, present) VALUES (?1, ?2, ?3)
         ON CONFLICT (enrolment_id, day) DO UPDATE SET present = ?3",
        params![id, day, present],
    )?;
    Ok(())
}

/// The session's enrolments: places first (by name), then the waiting list in order.
pub fn of_session(conn: &Connection, session_id: i64) -> Result<Vec<EnrolmentRow>> {
    validate::exists(conn, "session", session_id, "session_id", "what-session")?;
    let mut days = conn.prepare(
        "SELECT day FROM attendance WHERE enrolment_id = ?1 AND present = 1 ORDER BY day",
    )?;
    let mut stmt = conn.prepare(
        "SELECT e.id, t.id, t.first_name || char(31) || t.last_name, t.country, c.name_fr, u.name,
                t.rank, e.status, e.result, e.certificate_no
           FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
           JOIN country c ON c.alpha2 = t.country LEFT JOIN foreign_unit u ON u.id = t.unit_id
          WHERE e.session_id = ?1
          ORDER BY e.status = 'withdrawn', e.status = 'waiting', CASE WHEN e.status = 'waiting' THEN e.id END,
                   t.last_name, t.first_name",
    )?;
    let rows = stmt.query_map([session_id], |r| {
        let name: String = r.get(2)?;
        let status: String = r.get(7)?;
        Ok(EnrolmentRow {
            id: r.get(0)?,
            trainee_id: r.get(1)?,
            name: person::display_name(&name),
            country: r.get(3)?,
            country_name: r.get(4)?,
            unit: r.get(5)?,
            rank: r.get(6)?,
            status: enum_from_sql(&status)?,
            result: r.get(8)?,
            certificate_no: r.get(9)?,
            present_days: Vec::new(),
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        let mut row = row?;
        row.present_days = days
            .query_map([row.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        out.push(row);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [EnrolmentStatus; 7] = [
        EnrolmentStatus::Requested,
        EnrolmentStatus::Confirmed,
        EnrolmentStatus::Waiting,
        EnrolmentStatus::Attended,
        EnrolmentStatus::Passed,
        EnrolmentStatus::Failed,
        EnrolmentStatus::Withdrawn,
    ];

    fn sql_list(pick: impl Fn(EnrolmentStatus) -> bool) -> String {
        let names: Vec<String> = ALL
            .into_iter()
            .filter(|s| pick(*s))
            .map(|s| format!("'{}'", enum_str(s).unwrap_or_default()))
            .collect();
        format!("({})", names.join(", "))
    }

    #[test]
    fn sql_lists_match_the_rules() {
        assert_eq!(TRAINED, sql_list(EnrolmentStatus::trained));
        assert_eq!(HOLDS_PLACE, sql_list(EnrolmentStatus::holds_place));
    }
}
