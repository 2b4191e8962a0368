//! Planning conflicts of a session. They are warnings: the planner may still save.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;

use super::HOLDS_PLACE;
use crate::error::Result;
use crate::i18n;
use crate::validate::fr_date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// An instructor teaches two overlapping sessions.
    InstructorOverlap,
    /// A trainee is enrolled in two overlapping sessions.
    TraineeOverlap,
    /// More enrolments hold a place than the session has.
    OverCapacity,
    /// A session abroad answers no request from that state.
    AbroadWithoutRequest,
    /// The session does not last the course's duration.
    DurationMismatch,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// French explanation naming who and what.
    pub message: String,
    /// The other session involved, if any.
    pub other_session_id: Option<i64>,
}

fn conflict(kind: ConflictKind, id: &str, args: i18n::Args, other: Option<i64>) -> Conflict {
    Conflict {
        kind,
        message: i18n::tr(id, &args),
        other_session_id: other,
    }
}

/// Every conflict of session `id` with the rest of the planning (cancelled sessions and
/// withdrawn or waiting enrolments aside).
pub fn conflicts(conn: &Connection, id: i64) -> Result<Vec<Conflict>> {
    let mut out = Vec::new();
    let (start, end, place, capacity, request_country, duration, title): (
        NaiveDate,
        NaiveDate,
        String,
        i64,
        Option<String>,
        i64,
        String,
    ) = conn.query_row(
        "SELECT s.start_date, s.end_date, s.place_country, s.capacity, r.country, co.duration_days, co.title
           FROM session s JOIN course co ON co.id = s.course_id
           LEFT JOIN request r ON r.id = s.request_id WHERE s.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
    )?;
    let overlap =
        "o.id <> ?1 AND o.status <> 'cancelled' AND o.start_date <= ?3 AND o.end_date >= ?2";
    let instructors = format!(
        "SELECT i.name, o.id, co.title, o.start_date FROM session_instructor si
           JOIN instructor i ON i.id = si.instructor_id
           JOIN session_instructor so ON so.instructor_id = si.instructor_id
           JOIN session o ON o.id = so.session_id JOIN course co ON co.id = o.course_id
          WHERE si.session_id = ?1 AND {overlap} ORDER BY i.name COLLATE FR, o.start_date"
    );
    let trainees = format!(
        "SELECT t.first_name || ' ' || t.last_name, o.id, co.title, o.start_date
           FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
           JOIN enrolment eo ON eo.trainee_id = e.trainee_id AND eo.status IN {HOLDS_PLACE}
           JOIN session o ON o.id = eo.session_id JOIN course co ON co.id = o.course_id
          WHERE e.session_id = ?1 AND e.status IN {HOLDS_PLACE} AND {overlap}
          ORDER BY t.last_name COLLATE FR, o.start_date"
    );
    for (sql, kind, message) in [
        (
            instructors,
            ConflictKind::InstructorOverlap,
            "conflict-instructor",
        ),
        (trainees, ConflictKind::TraineeOverlap, "conflict-trainee"),
    ] {
        // Each row: who, the other session, its course and its start.
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(params![id, start, end], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, NaiveDate>(3)?,
            ))
        })?;
        for row in rows {
            let (name, other, course, other_start) = row?;
            out.push(conflict(
                kind,
                message,
                i18n::args([
                    ("name", name),
                    ("course", course),
                    ("date", fr_date(other_start)),
                ]),
                Some(other),
            ));
        }
    }
    let held: i64 = conn.query_row(
        &format!(
            "SELECT count(*) FROM enrolment WHERE session_id = ?1 AND status IN {HOLDS_PLACE}"
        ),
        [id],
        |r| r.get(0),
    )?;
    if held > capacity {
        out.push(conflict(
            ConflictKind::OverCapacity,
            "conflict-capacity",
            i18n::args([("held", held), ("capacity", capacity)]),
            None,
        ));
    }
    if place != "FR" && request_country.as_deref() != Some(place.as_str()) {
        let name = crate::country::get(&place)
            .map(|c| c.name_fr)
            .unwrap_or(place);
        out.push(conflict(
            ConflictKind::AbroadWithoutRequest,
            "conflict-no-request",
            i18n::args([("country", name)]),
            None,
        ));
    }
    let days = (end - start).num_days() + 1;
    if days != duration {
        out.push(conflict(
            ConflictKind::DurationMismatch,
            "conflict-duration",
            i18n::args([
                ("days", days.to_string()),
                ("duration", duration.to_string()),
                ("course", title),
            ]),
            None,
        ));
    }
    Ok(out)
}
